"""A volume of a work named in a Romance-language sentence: Portuguese 'no tomo II das Provas da historia
genealogica, pag. 8 e 51', Italian 'nel tomo III della Storia …', French 'au tome II de l'Histoire …', Spanish
'en el tomo II de la Historia …': a short form with the title and the volume, and the page after it."""

from __future__ import annotations

import re

from .cite_parts import take_locator
from .note_citation import NoteCitation

_VOLUME_OF = re.compile(
    r"(?<![\w-])(?:n[oa]|d[oa]|ao|nel|del|al|au|du|en\s+el|del|dans\s+le)\s+(?:tomo|tome|volume|vol\.)\s+"
    r"(?P<v>[IVXLC]{1,6}|\d{1,3}(?:\.?\s?[ºᵒ°])?)\s+"
    r"(?:d[ao]s?|della|dello|dei|degli|delle|de\s+la|de\s+l['’]|des|du|de)\s*"
    r"(?P<t>[A-ZÀ-Þ][^,;:()«»“”.]{3,120}?)(?P<loc>,\s*(?:pag|pp?|pág)\.\s*\d[^;:()]{0,30}?)?(?=\s*[.;:]|\s*$)")


# front matter before the volume: 'dans la préface au tome 3 de …' cites the preface, read elsewhere
_FRONT_MATTER_BEFORE = re.compile(r"(?:pr[ée]face|introduction|postface|avant-propos|prefazione|introduzione|prefácio|"
                                  r"prólogo|prologo|nota|note|notes|avvertenza)\s*$", re.I)


def volume_of_work(text: str) -> NoteCitation | None:
    """The volume named and the work it belongs to, with the page cited after it."""
    m = _VOLUME_OF.search(text)
    if not m or _FRONT_MATTER_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return None
    loc = label = None
    if m.group("loc"):
        loc, label, _ = take_locator(m.group("loc"))
    return NoteCitation({"title": m.group("t").strip(), "volume": m.group("v")}, loc, label, m.group(0))
