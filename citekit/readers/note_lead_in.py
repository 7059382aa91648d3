"""Words of prose that lead up to an author's initials and surname: French 'Citons, parmi les plus récents :
Abbé J. Canard, Title', 'Cf., sur ces travaux, G. Lefebvre, Title', English 'For the treaty, see also: A. B. Smith,
Title'. The lead ends on a comma or a colon; its words, after a first capital one, are all in lower case."""

from __future__ import annotations

import re

# a cue or a first word, then words in lower case, the last one before a comma or a colon
_LEAD = re.compile(r"(?:[A-ZÀ-Þ][a-zà-ÿ]*\.?(?P<cue>,)?\s+)?(?:[a-zà-ÿ’'\-]+,?\s+){0,8}[a-zà-ÿ’'\-]+(?:,|\s?:)\s+"
                   # an honorific may stand before the name: 'Abbé', 'chanoine', 'Dr.'
                   r"(?=(?:(?:Dr\.?|Abbé|abbé|Chanoine|chanoine|Mgr\.?|Prof\.)\s)?"
                   r"(?:[A-ZÀ-Þ]\.\s?){1,3}\s*(?:(?:de|van|von|le|la|du|di|da|del)\s+)?[A-ZÀ-Þ][a-zà-ÿ’'\-]+,\s)")


def lead_before_initials(text: str) -> int:
    """Where the author begins after a lead of prose ('Cf., sur ces travaux, G. Lefebvre, …'), or 0."""
    m = _LEAD.match(text)
    if not m or m.group(0)[:1].isupper() and not m.group("cue") and ":" not in m.group(0)[-3:]:
        return 0  # 'Historia de la guerra, J. Pérez': a title's words, unless a cue's comma or a colon ends them
    return m.end()
