"""A contribution named by its author in an edited book cited short: 'Marc Derez in Liddle (ed.), Passchendaele in
Perspective, pp. 437–58', 'J. Stengers on Belgium in Wilson (ed.), Decisions for War, pp. 151–6'."""

from __future__ import annotations

import re

from .names import parse_name
from .note_citation import NoteCitation

_NAME = r"(?:[A-Z]\.\s?){1,3}[A-Z][\w’'\-]+|[A-Z][a-z]+\s[A-Z][\w’'\-]+"
_CONTRIBUTION = re.compile(
    r"(?:the\s(?:[a-z]+\s){0,3}(?:chapter|essay|article|contribution|piece)\sby\s)?"
    rf"(?P<who>{_NAME})(?:\son\s[A-Z][\w’'\-]+(?:\s[a-z]+){{0,2}})?,?\sin\s"  # 'J. Stengers on Belgium in …'
    r"(?P<ed>[A-Z][\w’'\-]+(?:\s(?:and|&)\s[A-Z][\w’'\-]+)?)\s\(eds?\.?\),\s"
    r"(?:(?P<op>op\.\s?cit\.?)|(?P<t>[A-Z][^,;()]{2,120}?))(?:,\s"
    r"(?:pp?\.\s?)(?P<p>\d{1,4}(?:\s?[-–]\s?\d{1,4})?))?\.?")


def contribution_in_edited(text: str) -> NoteCitation | None:
    """The contribution's author, the book's editor and short title (none after 'op. cit.'), and its pages."""
    m = _CONTRIBUTION.fullmatch(text)
    if not m:
        return None
    record = {"author": [parse_name(m.group("who"))],
              "editor": [parse_name(n) for n in re.split(r"\s(?:and|&)\s", m.group("ed"))]}
    if m.group("t"):
        record["container-title"] = m.group("t").strip()
    pages = m.group("p")
    return NoteCitation(record, pages.replace("-", "–") if pages else None, "page" if pages else None, text,
                        warnings=["short form: needs the earlier full citation"])
