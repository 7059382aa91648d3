"""An encyclopedia's entry named in parentheses after the column cited: 'J. Rosén, Kulturhist. lex. IX, sp. 434
(Kronogods)', 'RGG 3, Sp. 45 (Reformation)'. The entry is a chapter titled by its headword (sp., col.: column)."""

from __future__ import annotations

import re

_ENTRY_AFTER_COLUMN = re.compile(r"(?P<head>,\s*(?:sp|Sp|col|coll|kol|stb|Стб)\.\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)"
                                 r"\s*\((?P<w>[A-ZÀ-ÞА-ЯЁ][^()\d,;]{2,40})\)$")
_VOLUME_END = re.compile(r"\.?\s+(?P<v>[IVXLC]{1,6}|\d{1,3})$")


def entry_after_column(text: str) -> tuple[str, str | None]:
    """The text without the headword after its column, and the headword (None when there is none)."""
    m = _ENTRY_AFTER_COLUMN.search(text, max(0, len(text) - 70))
    if not m:
        return text, None
    return text[:m.end("head")], m.group("w").strip()


def as_entry(record: dict, headword: str) -> None:
    """The work read as the encyclopedia, the headword as its entry's title."""
    title = record.get("title", "")
    vol = _VOLUME_END.search(title) if "volume" not in record else None
    if vol:
        record["volume"], title = vol.group("v"), title[:vol.start()].rstrip(" ,") + ("." if title[vol.start()] == "." else "")
    record.update({"type": "chapter", "container-title": title, "title": headword})
