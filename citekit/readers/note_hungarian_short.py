"""Hungarian notes set the author off by a colon ('Gosztonyi: „Aufstand”, 211. o.'), so a short form with no colon,
its words then the page as '70. o.', names the work: 'Procčs, 70. o.' is a title."""

from __future__ import annotations

import re

from .cite_parts import dash
from .note_citation import NoteCitation

_TITLE_THEN_HU_PAGE = re.compile(r"(?P<t>[A-ZÀ-Þ][\w’'\-]+(?:\s[\w’'\-]+){0,3}),\s(?P<p>\d+(?:\s?[-–]\s?\d+)?)\.\s?o\.")


def hungarian_title_short(chunk: str) -> NoteCitation | None:
    if chunk[-2:] != "o." or ":" in chunk:
        return None
    m = _TITLE_THEN_HU_PAGE.fullmatch(chunk)
    if not m:
        return None
    return NoteCitation({"title": m.group("t")}, dash(m.group("p")), "page", chunk,
                        warnings=["short form: needs the earlier full citation"])
