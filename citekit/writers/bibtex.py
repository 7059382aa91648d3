"""Records -> BibTeX or BibLaTeX, written from the record model (mappings/bibtex.py)."""

from __future__ import annotations

import re

from ..mappings import bibtex as M
from ..model import Record

_SPECIAL = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "#": r"\#", "_": r"\_",
            "{": r"\{", "}": r"\}", "$": r"\$", "^": r"\textasciicircum{}",
            "~": r"\textasciitilde{}"}
_SPECIAL_RE = re.compile(r"[\\&%#_{}$^~]")
# NATO, RGANI, McNamara, iPhone: capitals a style must not lower-case
_PROTECT_RE = re.compile(r"(?<![\w{])([A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[a-z]+[A-Z]\w*)(?![\w}])")
TITLE_FIELDS = {"title", "shorttitle", "journal", "journaltitle", "booktitle", "series"}


def escape(text: str, *, protect: bool = False, ascii_only: bool = False) -> str:
    out = _SPECIAL_RE.sub(lambda m: _SPECIAL[m.group(0)], text)
    if protect:
        out = _PROTECT_RE.sub(r"{\1}", out)
    if ascii_only and not out.isascii():
        out = _to_ascii(out)
    return out


def _to_ascii(text: str) -> str:
    from pylatexenc.latexencode import UnicodeToLatexEncoder

    encoder = UnicodeToLatexEncoder(non_ascii_only=True, replacement_latex_protection="braces-all",
                                    unknown_char_policy="keep")
    return encoder.unicode_to_latex(text)


def _name(n: dict, ascii_only: bool) -> str:
    if n.get("literal"):
        return "{" + escape(n["literal"], ascii_only=ascii_only) + "}"
    family = " ".join(p for p in (n.get("non-dropping-particle"), n.get("family")) if p)
    family = escape(family, ascii_only=ascii_only)
    if " and " in family or family.count(" ") and not n.get("non-dropping-particle"):
        family = "{" + family + "}"  # one family name of several words stays together
    given = " ".join(p for p in (n.get("given"), n.get("dropping-particle")) if p)
    parts = [family]
    if n.get("suffix"):
        parts.append(escape(n["suffix"], ascii_only=ascii_only))
    if given:
        parts.append(escape(given, ascii_only=ascii_only))
    return ", ".join(parts)


def _date(value: dict) -> str | None:
    """EDTF for a CSL date: 1962-12-03, 1962-12, 1962/1963."""
    parts = value.get("date-parts") if isinstance(value, dict) else None
    if not parts:
        return None
    return "/".join("-".join(f"{int(p):04d}" if i == 0 else f"{int(p):02d}"
                             for i, p in enumerate(span)) for span in parts)


def _fields(record: Record, profile: int, ascii_only: bool) -> tuple[str, list[tuple[str, str]]]:
    rtype = record.get("type", "document")
    chicago = profile == M.CHICAGO
    chicago_archival = chicago and rtype in M.CHICAGO_SUBTYPES
    profile = M.column(profile)
    entry = "misc" if chicago_archival else M.TYPES.get(rtype, ("misc", "misc"))[profile]
    out: list[tuple[str, str]] = []

    def put(name: str, value, *, raw: bool = False, bare: bool = False) -> None:
        if value in (None, ""):
            return
        text = str(value)
        if not raw:
            text = escape(text, protect=name in TITLE_FIELDS, ascii_only=ascii_only)
        out.append((name, text if bare else "{" + text + "}"))

    for var, field in M.NAME_FIELDS:
        if record.get(var):
            put(field, " and ".join(_name(n, ascii_only) for n in record[var]), raw=True)
    moved = {var for var, _ in M.CHICAGO_ARCHIVE_FIELDS} if chicago_archival else set()
    for var, names in M.TEXT_FIELDS:
        if names[profile] and var not in moved:
            if var == "title" and chicago_archival and record.get(var):
                # a specific archival title is quoted by hand in biblatex-chicago's plain @misc
                text = escape(str(record[var]), protect=True, ascii_only=ascii_only)
                out.append(("title", "{\\mkbibquote{" + text + "}}"))
                continue
            put(names[profile], record.get(var))
    for var, field in M.CHICAGO_ARCHIVE_FIELDS if chicago_archival else ():
        put(field, record.get(var))
    if record.get("container-title"):
        field = M.CONTAINER.get(entry, ("journal", "journaltitle") if rtype.startswith("article")
                                else ("booktitle", "booktitle"))[profile]
        put(field, record["container-title"])
    if record.get("number") and not record.get("issue"):
        put(M.NUMBER, record["number"])
    if record.get("publisher"):
        field = M.PUBLISHER.get(rtype, "publisher") if entry != "misc" else "publisher"
        put(field, record["publisher"])
    if chicago_archival:
        put("entrysubtype", M.CHICAGO_SUBTYPES[rtype])
    elif M.READ_TYPES.get(entry) != rtype:
        # biblatex-chicago knows one subtype for newspapers and magazines alike
        subtype = M.SUBTYPES.get(rtype, rtype)
        put("entrysubtype", M.CHICAGO_PERIODICAL if chicago and rtype in M.SUBTYPES else subtype)
    issued = record.get("issued")
    date = _date(issued) if issued else None
    if date:
        first = issued["date-parts"][0]
        if profile == 0:
            put("year", first[0], raw=True)
            if len(first) > 1:
                put("month", M.MONTHS[first[1] - 1], raw=True, bare=True)
            if len(first) > 2 or len(issued["date-parts"]) > 1:
                put("date", date, raw=True)
        else:
            put("date", date, raw=True)
    elif isinstance(issued, dict) and (issued.get("literal") or issued.get("raw")):
        put("year" if profile == 0 else "date", issued.get("literal") or issued.get("raw"))
    if record.get("accessed") and _date(record["accessed"]):
        put("urldate", _date(record["accessed"]), raw=True)
    for var, field in M.RAW_FIELDS:
        put(field, record.get(var), raw=True)
    note = None if chicago_archival else record.get("note")
    if profile == 0 and any(record.get(v) for v in M.ARCHIVE_VARS):
        # a location or place without the archive's name is still where the original is
        where = ", ".join(str(record[v]) for v in ("archive", "archive-place") if record.get(v))
        if record.get("archive_location"):
            where = ": ".join(p for p in (where, str(record["archive_location"])) if p)
        sentence = M.ARCHIVE_NOTE + where + ("" if where.endswith(".") else ".")
        note = f"{note}\n{sentence}" if note else sentence
    put("note", note)
    return entry, out


def write(records: list[Record], profile: str = "bibtex", *, ascii_only: bool = False) -> str:
    index = M.profile_index(profile)
    chunks = []
    for record in records:
        entry, fields = _fields(record, index, ascii_only)
        width = max((len(name) for name, _ in fields), default=0)
        body = ",\n".join(f"  {name:<{width}} = {value}" for name, value in fields)
        chunks.append(f"@{entry}{{{record['id']},\n{body}\n}}\n")
    return "\n".join(chunks)
