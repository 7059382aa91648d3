"""German collected editions cited by siglum, with or without a volume: 'MEW Bd. 23, S. 25' (Marx-Engels-Werke),
'MEW 23', 'LW, Bd. 4', 'Title. MERK, S. 70', 'Title; LAW Bd. 1, S. 292': the siglum is the edition's title, or the
container of the work named before it."""

from __future__ import annotations

import re
from typing import Callable

from .cite_parts import take_locator
from .note_citation import NoteCitation

# capitals only, two to six ('MEW', 'MEGA', 'LW', 'MERK'), a volume by 'Bd.' or none, then the page
_EDITION_END = re.compile(r"(?:(?<=[.;:])\s+|,?\s+in:?\s+|^)(?![IVXLC]{2,6},)(?P<ed>[A-Z]{2,6}²?)(?:,?\s+(?:Bd\.\s*)?(?P<v>\d{1,3}|[IVX]{1,5}))?"
                          r"(?P<loc>,\s*S\.\s*\d[^,;()]{0,20}?)(?:\s*\([^()]{2,60}\))?$")  # and a remark: '(Nachwort …)'
_SIGLUM_BEFORE_PAGE = re.compile(r"[A-Z]{2}²?(?:,?\s+(?:Bd\.\s*)?(?:\d{1,3}|[IVX]{1,5}))?$")
_NOT_EDITIONS = frozenset("DDR BRD USA UDSSR NATO SED SPD KPD CDU CSU FDP NSDAP SS SA".split())  # states and parties
# '…»; LAW Bd. 1, S. 292': the semicolon sets the edition after the work, not a second citation
_SEMICOLON_EDITION = re.compile(r"(?<=[»”\"\]a-zäöüß]);\s(?=[A-Z]{2,6}²?(?:,?\s(?:Bd\.\s?)?(?:\d{1,3}|[IVX]{1,5}))?,\sS\.\s?\d)")


def edition_after_work(text: str) -> str:
    """The note with the semicolon before a collected edition's siglum read as the edition the work is in."""
    return _SEMICOLON_EDITION.sub(". ", text)


def in_collected_edition(text: str, parse: Callable[[str], NoteCitation | None]) -> NoteCitation | None:
    """A work in a collected edition cited by siglum, or the edition's volume alone; None for any other text."""
    page = text.rfind(", S. ")
    if page < 2 or not _SIGLUM_BEFORE_PAGE.search(text, max(0, page - 16), page):
        return None  # a quick look first: capitals, and a volume perhaps, just before the page
    m = _EDITION_END.search(text, max(0, len(text) - 110))
    if not m or (m.start() == 0 and not m.group("v")) or m.group("ed") in _NOT_EDITIONS:
        return None  # 'MERK, S. 302' alone could be a surname in capitals
    loc, label, _ = take_locator(m.group("loc"))
    if m.start() == 0:
        record = {"title": m.group("ed"), "volume": m.group("v")}
        return NoteCitation(record, loc, label, text)
    before = text[:m.start()].rstrip(" .,")
    head = parse(before)
    if head is None and before[:1].isupper() and len(before) < 120 and ". " not in before:
        record = {"title": before}  # 'Vorrede zur russischen Ausgabe des «Kommunistischen Manifests»': a piece, untitled by author
    elif head is None or not head.record.get("title") or head.record.get("container-title"):
        return None
    else:
        record = {k: v for k, v in head.record.items() if k != "type"}
    record["container-title"] = m.group("ed")
    if m.group("v"):
        record["volume"] = m.group("v")
    return NoteCitation(record, loc, label, text)
