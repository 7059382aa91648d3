"""A series statement set as a sentence of its own between the title and the imprint: French 'Title. Publication du
Centre d'Études économiques, Armand Colin, 1966', English '. Publications of the Surtees Society, …', German
'. Veröffentlichungen des Instituts für …, …', Italian '. Pubblicazioni della …', Spanish '. Publicaciones del …'."""

from __future__ import annotations

import re

# opens on the full stop that ends the title; the statement runs to the comma before the imprint
_STATEMENT = re.compile(r"\.\s+(?P<s>(?:Publications?|Publicaciones|Publicações|Pubblicazioni|Veröffentlichungen)\s+"
                        r"(?:de\s+la|de\s+l['’]|du|des|de|of(?:\s+the)?|der|dell['’]|della|dello|del|do|da)\s*"
                        r"[^,;()]{3,140}?)(?:,?\s(?:n[o°]\.?\s?|vol\.\s?)?(?P<n>\d{1,4}|[IVXLC]{1,6}))?(?=,\s|\s\()")


def series_statement(text: str, rec: dict) -> str:
    """The text without the statement, which goes into `rec` as the collection's title."""
    m = _STATEMENT.search(text)
    if not m:
        return text
    rec.setdefault("collection-title", m.group("s"))
    if m.group("n"):
        rec.setdefault("collection-number", m.group("n"))
    return text[:m.start()] + text[m.end():]
