"""Text in, records out: one citation, many (one per line or paragraph), or a whole page."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import Record, key_base, unique_key
from .readers.archival import parse_archival
from .readers.page import is_page, read_page


@dataclass
class Parsed:
    record: Record
    line: int  # where its text starts in the input
    warnings: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class ParseOutcome:
    parsed: list[Parsed] = field(default_factory=list)
    unread: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)


def _chunks(text: str) -> list[tuple[int, str]]:
    """Paragraphs when the text has blank lines, else lines; with their first line numbers."""
    lines = text.splitlines()
    if any(not ln.strip() for ln in lines) and len([ln for ln in lines if ln.strip()]) > 1:
        out, start, buf = [], 0, []
        for i, ln in enumerate(lines, 1):
            if ln.strip():
                if not buf:
                    start = i
                buf.append(ln.strip())
            elif buf:
                out.append((start, " ".join(buf)))
                buf = []
        if buf:
            out.append((start, " ".join(buf)))
        return out
    return [(i, ln.strip()) for i, ln in enumerate(lines, 1) if ln.strip()]


def parse_text(text: str, source: str | None = None) -> ParseOutcome:
    """Parse citations in `text`; each record gets a provisional citekey and its provenance."""
    outcome = ParseOutcome()
    if is_page(text):
        page = read_page(text)
        line = next((i for i, ln in enumerate(text.splitlines(), 1)
                     if re.search(r"citation", ln, re.I)), 1)
        items = [(line, page.document)]
    else:
        items = [(line, parse_archival(chunk)) for line, chunk in _chunks(text)]
    taken: set[str] = set()
    for line, result in items:
        if result.record is None:
            reason = "; ".join(msg for _, msg in result.warnings) or "no citation found"
            outcome.unread.append((line, reason))
            continue
        record = result.record
        if source:
            prov = record.setdefault("custom", {}).setdefault("provenance", {})
            prov.setdefault("file", source)
            prov.setdefault("line", line)
        record = {"id": unique_key(key_base(record), taken), **record}
        taken.add(record["id"])
        outcome.parsed.append(Parsed(record, line, list(result.warnings)))
    return outcome
