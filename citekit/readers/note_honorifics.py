"""An honorific before an author's name is not part of the name: French 'Abbé J. Canard', 'chanoine L. Clément',
'Dr. Noirot, Louis', 'Mgr', English 'Prof.'; only before a name's shape ('J. Canard,', 'Noirot, Louis,')."""

from __future__ import annotations

import re

_HONORIFIC = re.compile(r"(?:Dr\.?|Abbé|abbé|Chanoine|chanoine|Mgr\.?|Monseigneur|Prof\.|Professor)\s"
                        r"(?=(?:[A-Z]\.\s?){1,3}[A-ZÀ-Þ][\w’'\-]+,\s|[A-ZÀ-Þ][\w’'\-]+,\s[A-ZÀ-Þ][a-zà-ÿ]+,\s)")
_FIRST = frozenset("DAaCcMP")


def without_honorific(text: str) -> str:
    """'Abbé J. Canard, Les Mouvements …' -> 'J. Canard, Les Mouvements …'."""
    if text[:1] not in _FIRST:
        return text
    m = _HONORIFIC.match(text)
    return text[m.end():] if m else text
