"""Whole archive pages (Markdown or plain text, as the Wilson Center Digital Archive exports them).

A page gives the document's record (its citation block, summary, original language, credits) and
its translator's notes, numbered, for the footnote-prose reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .archival import LANGUAGES, ParseResult, parse_archival

_HEADING_RE = re.compile(r"^\s*\**\s*(Citation|Summary|Credits|Original Language|Contents)\s*:?\s*"
                         r"\**\s*:?\s*$", re.I | re.M)
_NOTE_RE = re.compile(r"^\[(\d{1,4})\]\s+(.+?)\s*$", re.M)


@dataclass
class Page:
    document: ParseResult
    notes: list[tuple[int, str]] = field(default_factory=list)  # (number, text)


def is_page(text: str) -> bool:
    """A page has a 'Citation:' heading on a line of its own."""
    return any(m.group(1).lower() == "citation" for m in _HEADING_RE.finditer(text))


def _sections(text: str) -> dict[str, str]:
    marks = list(_HEADING_RE.finditer(text))
    out = {}
    for m, nxt in zip(marks, marks[1:] + [None]):
        body = text[m.end(): nxt.start() if nxt else len(text)].strip()
        out[m.group(1).lower()] = body
    return out


def read_page(text: str) -> Page:
    sections = _sections(text)
    citation = " ".join(sections.get("citation", "").split("\n\n")[0].split())
    result = parse_archival(citation)
    rec = result.record
    if rec is not None:
        summary = " ".join(sections.get("summary", "").split())
        if summary:
            rec.setdefault("abstract", summary)
        credits = " ".join(sections.get("credits", "").split())
        if credits:
            rec.setdefault("note", credits)
        lang = LANGUAGES.get(sections.get("original language", "").strip().split("\n")[0].lower())
        if lang:
            rec.setdefault("custom", {})["original-language"] = lang
    notes = [(int(n), " ".join(body.split())) for n, body in _NOTE_RE.findall(text)]
    return Page(result, notes)
