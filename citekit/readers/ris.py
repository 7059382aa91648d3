"""RIS in (mappings/ris.py): tolerant of blank lines, CRLF and continuation lines."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..mappings import ris as M
from ..model import Record
from . import parts
from .csljson import Entry, Problem, file_text_or_temp

_LINE_RE = re.compile(r"^([A-Z][A-Z0-9])  -(?: (.*))?$")
_TYPES = {**M.READ_ONLY_TYPES, **{ty: csl for csl, ty in reversed(M.TYPES)}}
_TEXT = {tag: var for var, tag in M.TEXT_TAGS}
_TEXT_BY_TY = {ty: {tag: var for var, tag in M.text_tags(ty)} for ty in M.TEXT_TAGS_BY_TY}
_NAMES_BY_TY = {ty: {tag: var for var, tag in M.name_tags(ty)} for ty in {t for _, t in M.TYPES} | set(M.READ_ONLY_TYPES)}
_NAMES = {tag: var for var, tag in M.NAME_TAGS} | {t: M.READ_ONLY_TAGS[t] for t in ("A1", "ED")}
_DATES = {tag: var for var, tag in M.DATE_TAGS.items()}


def parse_name(text: str) -> dict:
    parts = [p.strip() for p in text.split(",")]
    if len(parts) == 1:
        return {"literal": parts[0]}
    name = {"family": parts[0]}
    if parts[1]:
        name["given"] = parts[1]
    if len(parts) > 2 and parts[2]:
        name["suffix"] = parts[2]
    return name


def _date(text: str) -> dict | None:
    nums = [int(p) for p in re.split(r"[/-]", text.strip()) if p.strip().isdigit()]
    return {"date-parts": [nums[:3]]} if nums and 0 < nums[0] < 10000 else None


def _record(tags: list[tuple[str, str]], warnings: list[str]) -> Record:
    rec: Record = {}
    pages = {}
    names, texts = _NAMES, _TEXT
    for tag, value in tags:
        if tag == "TY":
            rec["type"] = _TYPES.get(value, "document")
            names = {**_NAMES, **_NAMES_BY_TY.get(value, {})}
            texts = _TEXT_BY_TY.get(value, _TEXT)
            if value not in _TYPES:
                warnings.append(f"unknown type TY {value!r}, read as a document")
        elif tag == "ID":
            rec["id"] = value
        elif tag in names:
            rec.setdefault(names[tag], []).append(parse_name(value))
        elif tag in texts:
            var = texts[tag]
            rec[var] = f"{rec[var]}\n{value}" if var in rec and var in ("note", "abstract") else value
        elif tag in ("SP", "EP"):
            pages[tag] = value
        elif tag in _DATES or tag == "Y1":
            d = _date(value)
            if d:
                rec[_DATES.get(tag, "issued")] = d
        elif tag == "PY":
            if "issued" not in rec and _date(value):
                rec["issued"] = _date(value)
        elif tag in M.READ_ONLY_TAGS:
            rec.setdefault(M.READ_ONLY_TAGS[tag], value)
        elif tag != "ER":
            warnings.append(f"tag {tag} not kept")
    if pages:
        rec["page"] = "–".join(p for p in (pages.get("SP"), pages.get("EP")) if p)
    return rec


def read_text(text: str, name: str, *, jobs: int | None = None) -> tuple[list[Entry], list[Problem]]:
    """Entries of a RIS file, and a Problem ('file:line: message') for each line or tag not
    kept. A large file is read in parts by worker processes; the result is the same."""
    return parts.collect(iter_entries, text, name, jobs)


def iter_entries(text: str, name: str, problems: list[Problem], *, jobs: int | None = None,
                 file_texts: bool = True, stage: str | None = None) -> Iterator[Entry]:
    """`read_text`'s entries, yielded as the workers finish each part, each with its record
    file's text (`file_texts`), written to a temp file in the folder `stage` if given;
    `problems` gets the Problems as they are met."""
    text = text.lstrip("\ufeff")
    # line numbers of later parts count '\n': a file with other line breaks is read whole
    whole = _ODD_BREAKS.search(text)
    pieces = ([(text, 0)] if whole else
              parts.cut(text, _RECORD_START, _closed_before, jobs or parts.stream_jobs()))
    for entries, part_problems in parts.stream(_read_part, pieces, name, file_texts, stage):
        problems.extend(part_problems)
        for record, start, record_text, temp in entries:
            yield Entry(record, start, text=record_text, temp=temp)


_RECORD_START = re.compile(r"(?m)^TY  -")
_ODD_BREAKS = re.compile(r"\r(?!\n)|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def _closed_before(text: str, pos: int) -> bool:
    """Whether the last line with text before `pos` is an ER line, so a cut at `pos` falls
    between records."""
    end = pos
    while end and text[end - 1] in " \t\r\n":
        end -= 1
    return text.startswith("ER", text.rfind("\n", 0, end) + 1)


def _read_part(text: str, offset: int, name: str, file_texts: bool = False,
               stage: str | None = None):
    """(record, start line, record file text or None) for each record of part of a file that
    starts `offset` lines into it, and the Problems met."""
    entries, problems = [], []
    tags: list[tuple[str, str]] = []
    start = 0

    def finish():
        record = _finish(tags, start, name, problems)
        made = file_text_or_temp(record, stage) if file_texts else (None, None)
        entries.append((record, start, *made))

    for lineno, line in enumerate(text.splitlines(), offset + 1):
        m = _LINE_RE.match(line.rstrip())
        if not m:
            if line.strip() and tags:  # a wrapped value continues the previous tag
                tags[-1] = (tags[-1][0], f"{tags[-1][1]} {line.strip()}")
            elif line.strip():
                problems.append(Problem(f"{name}:{lineno}: not a RIS line"))
            continue
        tag, value = m.group(1), (m.group(2) or "").strip()
        if tag == "TY":
            if tags:
                problems.append(Problem(f"{name}:{start}: record without ER; read up to line "
                                        f"{lineno - 1}"))
                finish()
            tags, start = [], lineno
        elif not tags:
            problems.append(Problem(f"{name}:{lineno}: {tag} outside a record (no TY before it)"))
            continue
        tags.append((tag, value))
        if tag == "ER":
            finish()
            tags = []
    if tags:
        problems.append(Problem(f"{name}:{start}: record without ER at the end of the file"))
        finish()
    return entries, problems


def _finish(tags, start, name, problems) -> Record:
    warnings: list[str] = []
    rec = _record(tags, warnings)
    problems.extend(Problem(f"{name}:{start}: {w}") for w in warnings)
    return rec
