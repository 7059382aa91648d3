"""BibTeX / BibLaTeX in: bibtexparser's default parse stack, then the field table backwards.

URLs and DOIs are taken verbatim; only text fields are LaTeX-decoded.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

from ..mappings import bibtex as M
from ..model import CSL_TYPES, Record, parse_iso_date
from . import parts
from .csljson import Entry, InputError, Problem, file_text_or_temp

_FIELD_MAP = M.read_field_map()
_QUIET = logging.NullHandler()
_RAW = {field: var for var, field in M.RAW_FIELDS}
_NAMES = {field: var for var, field in M.NAME_FIELDS}
_SUBTYPES = {v: k for k, v in M.SUBTYPES.items()}
_CHICAGO_TYPES = {sub: csl for csl, sub in M.CHICAGO_SUBTYPES.items()}  # and back
# fields only biblatex-chicago's archival @misc has (citekit's other profiles never write them)
_CHICAGO_ONLY = frozenset({"institution", "organization", "addendum", "origlocation"})
_MKBIBQUOTE = re.compile(r"\{?\\mkbibquote\{(.*)\}\}?", re.S)
_AND_RE = re.compile(r"\s+and\s+", re.I)
_COMMA_RE = re.compile(r"\s*,\s*")
_SPACE_RE = re.compile(r"\s+")
_decoder = None
_ARCHIVE_FIELDS = {names[0] for var, names in M.TEXT_FIELDS if var in M.ARCHIVE_VARS}


# A circumflex written as text: pylatexenc makes `\^{}` an accent over nothing (dropped) and
# \textasciicircum the modifier letter U+02C6, where LaTeX prints "^".
_CIRCUMFLEX_RE = re.compile(r"\\\^\{\}|\\textasciicircum(?:\{\}|\s+|(?![A-Za-z]))")


def decode(text: str) -> str:
    """LaTeX to Unicode; plain text (the common case) only loses its protecting braces."""
    global _decoder
    if "\\" in text:
        text = _CIRCUMFLEX_RE.sub("^", text)
    if "\\" not in text and "~" not in text and "$" not in text:
        return " ".join(text.replace("{", "").replace("}", "").split())
    if _decoder is None:
        from pylatexenc.latex2text import LatexNodes2Text

        _decoder = LatexNodes2Text(math_mode="verbatim", strict_latex_spaces=True)
    return " ".join(_decoder.latex_to_text(text).split())


def _split_top(text: str, sep: re.Pattern) -> list[str]:
    """Split on `sep` outside braces."""
    if "{" not in text:
        return [p.strip() for p in sep.split(text) if p.strip()]
    out, depth, start = [], 0, 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif depth == 0:
            m = sep.match(text, i)
            if m and m.end() > i:
                out.append(text[start:i])
                start = i = m.end()
                continue
        i += 1
    out.append(text[start:])
    return [p.strip() for p in out if p.strip()]


def parse_name(text: str) -> dict:
    if text.startswith("{") and text.endswith("}") and _balanced(text[1:-1]):
        return {"literal": decode(text[1:-1])}
    parts = _split_top(text, _COMMA_RE)
    if len(parts) == 1:  # First von Last
        words = _split_top(parts[0], _SPACE_RE)
        if len(words) == 1:
            return {"family": decode(words[0])}
        return {"family": decode(words[-1]), "given": decode(" ".join(words[:-1]))}
    family, given = parts[0], parts[-1]
    name = {}
    words = family.split(" ")
    particles = []
    while len(words) > 1 and words[0][:1].islower():
        particles.append(words.pop(0))
    name["family"] = decode(" ".join(words))
    if particles:
        name["non-dropping-particle"] = decode(" ".join(particles))
    if given:
        name["given"] = decode(given)
    if len(parts) == 3:
        name["suffix"] = decode(parts[1])
    return name


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += ch == "{"
        depth -= ch == "}"
        if depth < 0:
            return False
    return depth == 0


def _entry_record(entry) -> tuple[Record, list[str]]:
    warnings = []
    etype = entry.entry_type.lower()
    fields = {f.key.lower(): f.value for f in entry.fields}
    subtype = fields.get("entrysubtype", "").strip()
    if etype == "misc" and subtype and (subtype in _CHICAGO_TYPES or subtype not in CSL_TYPES
                                        or not _CHICAGO_ONLY.isdisjoint(fields)):
        rtype = _CHICAGO_TYPES.get(subtype) or (subtype if subtype in CSL_TYPES else "document")
        return _chicago_archival(entry.key, rtype, fields, warnings)
    rtype = (_SUBTYPES.get(subtype) or (subtype if subtype in CSL_TYPES else None)
             or M.READ_TYPES.get(etype))
    if rtype is None:
        warnings.append(f"unknown entry type @{etype}, read as a document")
        rtype = "document"
    record, more = _fields_record(entry.key, rtype, fields)
    return record, warnings + more


def _fields_record(key: str, rtype: str, fields: dict) -> tuple[Record, list[str]]:
    """A record from an entry's fields (entry type already settled) through the field table."""
    warnings = []
    fields = dict(fields)
    record: Record = {"id": key, "type": rtype}
    date = fields.pop("date", None)
    year, month, day = (fields.pop(k, None) for k in ("year", "month", "day"))
    if date:
        record["issued"] = parse_iso_date(date) or {"raw": decode(date)}
    elif year:
        parsed = parse_iso_date(str(year).strip())
        if parsed and month:
            m = str(month).strip().lower()[:3]
            mnum = M.MONTHS.index(m) + 1 if m in M.MONTHS else int(m) if m.isdigit() else None
            if mnum:
                parsed["date-parts"][0].append(mnum)
        record["issued"] = parsed or {"literal": decode(str(year))}
    if fields.get("urldate"):
        record["accessed"] = parse_iso_date(fields.pop("urldate")) or None
    for key, value in fields.items():
        if key in _RAW:
            record[_RAW[key]] = value.strip()
        elif key in _NAMES:
            record[_NAMES[key]] = [parse_name(n) for n in _split_top(value, _AND_RE)]
        elif key == M.NUMBER:
            record["issue" if rtype.startswith("article") else "number"] = decode(value)
        elif key == "note":
            note = decode(value)
            if M.ARCHIVE_NOTE in value and not fields.keys().isdisjoint(_ARCHIVE_FIELDS):
                # our sentence for Zotero users, which the archive fields hold
                note = note.split(M.ARCHIVE_NOTE)[0].strip()
            if note:
                record["note"] = note
        elif key in _FIELD_MAP:
            record[_FIELD_MAP[key]] = decode(value)
        elif key not in ("entrysubtype",):
            warnings.append(f"field {key!r} not kept")
    return {k: v for k, v in record.items() if v not in (None, "", [])}, warnings


def _chicago_archival(key: str, rtype: str, fields: dict, warnings: list[str]):
    """biblatex-chicago's archival @misc: its locating fields back into the CSL archive ones."""
    fields = dict(fields)
    title = fields.get("title", "").strip()
    quoted = _MKBIBQUOTE.fullmatch(title)
    if quoted:
        fields["title"] = quoted.group(1)
    moved = {}
    for var, field in M.CHICAGO_ARCHIVE_FIELDS:
        if field in fields:
            moved[var] = decode(fields.pop(field))
    organization = fields.pop("organization", None)
    if organization:  # a collection inside the repository, or the repository itself
        organization = decode(organization)
        if "archive" in moved:
            moved["archive_location"] = ", ".join(
                p for p in (moved.get("archive_location"), organization) if p)
        else:
            moved["archive"] = organization
    fields.pop("entrysubtype", None)
    record, more = _fields_record(key, rtype, fields)
    record.update({k: v for k, v in moved.items() if v})
    return record, warnings + more


def read_text(text: str, name: str, *, jobs: int | None = None) -> tuple[list[Entry], list[Problem]]:
    """Entries of a .bib file, and a Problem ('file:line: message') for each block that failed
    (skipped) and each field or type not kept.

    A large file is cut at entry boundaries and its parts parsed in worker processes (`jobs`
    parts; default: several per CPU); the result is the same as parsing it whole.
    """
    return parts.collect(iter_entries, text, name, jobs)


def iter_entries(text: str, name: str, problems: list[Problem], *, jobs: int | None = None,
                 file_texts: bool = True, stage: str | None = None) -> Iterator[Entry]:
    """`read_text`'s entries, yielded as the workers finish each part, each with its record
    file's text (`file_texts`), written to a temp file in the folder `stage` if given;
    `problems` gets the Problems, in line order, at the end."""
    # @string macros would have to reach every part: such files are read whole
    macros = re.search(r"@\s*string\s*[{(]", text, re.I)
    pieces = ([(text, 0)] if macros else
              parts.cut(text, _ENTRY_START, _closed_before, jobs or parts.stream_jobs()))
    found, count = [], 0
    for entries, part_problems in parts.stream(_read_part, pieces, name, file_texts, stage):
        found.extend(part_problems)
        for record, line, record_text, temp in entries:
            count += 1
            yield Entry(record, line, text=record_text, temp=temp)
    problems.extend(problem for _, problem in sorted(found, key=lambda p: p[0]))
    if not count and not problems and text.strip():
        raise InputError(f"{name}:1: no BibTeX entries found")


def _read_part(text: str, offset: int, name: str, file_texts: bool = False,
               stage: str | None = None):
    """Records with their start lines (and record file texts, if asked), and (line, message)
    problems, for part of a file that starts `offset` lines into it."""
    import bibtexparser

    # its log repeats each failed block over several lines; the Problems below say it in one
    logging.getLogger("bibtexparser").addHandler(_QUIET)
    library = bibtexparser.parse_string(text)
    problems = []
    for block in library.failed_blocks:
        line = block.start_line + 1 + offset
        problems.append((line, Problem(f"{name}:{line}: not a valid BibTeX entry: "
                                       f"{_reason(block)}", skipped=True)))
    entries = []
    for entry in library.entries:
        record, warnings = _entry_record(entry)
        line = entry.start_line + 1 + offset
        problems.extend((line, Problem(f"{name}:{line}: {entry.key}: {w}")) for w in warnings)
        made = file_text_or_temp(record, stage) if file_texts else (None, None)
        entries.append((record, line, *made))
    return entries, problems


def _reason(block) -> str:
    """bibtexparser's reason for a failed block, on one line."""
    error = getattr(block, "error", None)
    text = getattr(error, "abort_reason", None) or str(error or "")
    return " ".join(text.split()) or type(error).__name__ if error else "parse error"


_ENTRY_START = re.compile(r"(?m)^@[A-Za-z]")


def _closed_before(text: str, pos: int) -> bool:
    """Whether the block opened by the last '@' line before `pos` has balanced braces, so a cut
    at `pos` is between entries (not inside a field value or a damaged entry)."""
    start = text.rfind("\n@", 0, pos - 1) + 1
    return text.count("{", start, pos) == text.count("}", start, pos)
