"""An article named only by its journal, year and pages after 'in', as classicists cite ('S. Mitchell, in Journal
of Roman Studies (1990), 184–5'): no article title, no editor, no imprint."""

from __future__ import annotations

import re

from .cite_parts import dash
from .names import parse_names

_NAME = r"(?:[A-Z][a-z]?\.\s?){0,3}[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?"
# a journal's name has no comma, except a list closed by 'and' ('Greek, Roman and Byzantine Studies')
_IN_JOURNAL_YEAR = re.compile(
    rf"(?P<who>{_NAME}(?:,\s{_NAME})?),\sin\s(?P<j>[A-Z](?:[\w’'-]+(?:,\s[A-Z][\w’'-]+)+\sand\s)?[^,()]{{2,100}}?)"
    r"\s\((?P<y>1[6-9]\d\d|20\d\d)\),\s(?P<p>\d{1,4}(?:\s?[–-]\s?\d{1,4})?)(?:,\s[a-z].*)?")


def article_in_journal_by_year(text: str) -> tuple[dict, str, str] | None:
    """(record, pages, 'page') for 'Author, in Journal (Year), pages', else None."""
    m = _IN_JOURNAL_YEAR.fullmatch(text)
    if not m or " ed" in m.group("j") or " (" in m.group("who"):
        return None
    rec = {"type": "article-journal", "author": parse_names(m.group("who")), "container-title": m.group("j"),
           "issued": {"date-parts": [[int(m.group("y"))]]}}
    return rec, dash(m.group("p")), "page"
