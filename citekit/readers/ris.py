"""RIS in (mappings/ris.py): tolerant of blank lines, CRLF and continuation lines."""

from __future__ import annotations

import re

from ..mappings import ris as M
from ..model import Record
from .csljson import Entry, Problem

_LINE_RE = re.compile(r"^([A-Z][A-Z0-9])  -(?: (.*))?$")
_TYPES = {**M.READ_ONLY_TYPES, **{ty: csl for csl, ty in reversed(M.TYPES)}}
_TEXT = {tag: var for var, tag in M.TEXT_TAGS}
_NAMES = {tag: var for var, tag in M.NAME_TAGS}
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
    for tag, value in tags:
        if tag == "TY":
            rec["type"] = _TYPES.get(value, "document")
            if value not in _TYPES:
                warnings.append(f"unknown type TY {value!r}, read as a document")
        elif tag == "ID":
            rec["id"] = value
        elif tag in _NAMES or tag in ("A1", "ED"):
            var = _NAMES.get(tag) or M.READ_ONLY_TAGS[tag]
            rec.setdefault(var, []).append(parse_name(value))
        elif tag in _TEXT:
            var = _TEXT[tag]
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


def read_text(text: str, name: str) -> tuple[list[Entry], list[str]]:
    entries, problems = [], []
    tags: list[tuple[str, str]] = []
    start = 0
    for lineno, line in enumerate(text.lstrip("\ufeff").splitlines(), 1):
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
                entries.append(_finish(tags, start, name, problems))
            tags, start = [], lineno
        elif not tags:
            problems.append(Problem(f"{name}:{lineno}: {tag} outside a record (no TY before it)"))
            continue
        tags.append((tag, value))
        if tag == "ER":
            entries.append(_finish(tags, start, name, problems))
            tags = []
    if tags:
        problems.append(Problem(f"{name}:{start}: record without ER at the end of the file"))
        entries.append(_finish(tags, start, name, problems))
    return entries, problems


def _finish(tags, start, name, problems) -> Entry:
    warnings: list[str] = []
    rec = _record(tags, warnings)
    problems.extend(Problem(f"{name}:{start}: {w}") for w in warnings)
    return Entry(rec, start)
