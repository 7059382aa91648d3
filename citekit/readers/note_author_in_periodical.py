"""An article cited by its author and its periodical, with no title of its own: 'Raphaël Draï, in La Pensée de midi,
entretien avec Bruno Étienne, février 2000, p. 106' (French 'dans', Italian and German 'in', Spanish 'en')."""

from __future__ import annotations

import re

from .cite_parts import dash
from .dates import _MONTH_WORDS
from .names import parse_name
from .note_citation import NoteCitation

# the author's full name, 'in' and the periodical, a remark in lower case, then the date and the page
_AUTHOR_IN_PERIODICAL = re.compile(
    r"(?P<who>[A-ZÀ-Þ][\w’'\-]+(?:\s(?:[A-ZÀ-Þ][\w’'\-]+|[A-ZÀ-Þ]\.)){1,2}),\s(?:in:?|dans|en)\s"
    r"(?P<c>[A-ZÀ-Þ][^,;()«»“”\"\d]{2,60}),\s(?:[a-zà-ÿ][^,\d]{2,60},\s)?"
    r"(?:(?P<d>\d{1,2})(?:er)?\s)?(?:(?P<m>[a-zà-ÿ]{3,10})\.?\s)?(?P<y>(?:1[6-9]|20)\d\d),\s"
    r"(?:pp?|S|s)\.\s?(?P<p>\d+(?:\s?[-–]\s?\d+)?)\.?")


def author_in_periodical(chunk: str) -> NoteCitation | None:
    if ", in" not in chunk and ", dans " not in chunk and ", en " not in chunk:
        return None
    m = _AUTHOR_IN_PERIODICAL.fullmatch(chunk)
    if not m:
        return None
    month = _MONTH_WORDS.get(m.group("m")) if m.group("m") else None
    if m.group("m") and not month:
        return None
    name = parse_name(m.group("who"))
    if not name or not name.get("given"):
        return None
    date = [int(m.group("y"))] + ([month] if month else []) + ([int(m.group("d"))] if month and m.group("d") else [])
    kind = "article-newspaper" if len(date) == 3 else "article-journal"
    rec = {"type": kind, "author": [name], "container-title": m.group("c").strip(), "issued": {"date-parts": [date]}}
    return NoteCitation(rec, dash(m.group("p")), "page", chunk)
