"""A journal cited by volume and year with no article title: 'Geographical Journal, cxxviii, 1962, pp. 389–90',
'PBSR, xxix, 1961', 'Annales, t. I, 1929, p. 108', 'Harris, W. in PBSR, xxxiii, 1965, p. 114'. With a page range or
an author it is an untitled article; by volume alone or with one page, the periodical itself."""

from __future__ import annotations

import re

from .cite_parts import dash
from .note_citation import NoteCitation

_JOURNAL_BY_VOLUME = re.compile(
    r"(?:(?:Cf\.|Voir|See)\s)?(?:(?P<who>[A-Z][\w’'\-]+,\s[A-Z][\w’'\-]*\.?(?:\s?[A-Z]\.)*)\sin\s)?"
    r"(?P<c>[A-ZÀ-Þ][^,;:()«»“”\"\d]{1,60}),\s(?:(?:t\.|vol\.)\s?(?P<v>[IVXLC]{1,7}|\d{1,4})|(?P<rv>[ivxlc]{1,8})"
    r"|no\s(?P<i>\d{1,4})),\s(?P<y>(?:1[6-9]|20)\d\d)(?:,\s(?:pp?)\.\s?(?P<p>\d{1,4}(?:\s?[-–]\s?\d{1,4}|\set\s\d{1,4})?))?\.?")
# a word naming a journal, or a name in capitals ('PBSR'): a book's title by volume and year is left alone
_JOURNAL_WORD = re.compile(r"\b(?:Journal|Review|Revue|Annales|Annals|Bulletin|Bull\.|Tijdschrift|Zeitschrift|Proceedings"
                           r"|Transactions|Quarterly|Papers|Rivista|Archiv|Archives|Historia|Speculum|Antiquity)\b|^[A-Z]{2,6}$")


def journal_by_volume(chunk: str) -> NoteCitation | None:
    if len(chunk) > 140 or not chunk[:1].isupper() or ", " not in chunk:
        return None
    m = _JOURNAL_BY_VOLUME.fullmatch(chunk)
    if not m or not _JOURNAL_WORD.search(m.group("c")):
        return None
    who = m.group("who")
    pages = m.group("p")
    rec: dict = {"type": "article-journal" if who or pages and ("-" in pages or "–" in pages) else "periodical"}
    if who:
        family, given = who.split(", ", 1)
        rec["author"] = [{"family": family, "given": given}]
    rec["container-title" if rec["type"] == "article-journal" else "title"] = m.group("c").strip()
    volume = m.group("v") or m.group("rv")
    if volume:
        rec["volume"] = volume
    if m.group("i"):
        rec["issue"] = m.group("i")
    rec["issued"] = {"date-parts": [[int(m.group("y"))]]}
    return NoteCitation(rec, dash(pages) if pages else None, "page" if pages else None, chunk)
