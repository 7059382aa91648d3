"""A reprint's or a new issue's year printed after the imprint's: French 'Paris, Grasset, 1948, rééd. 1979', English
'London, 1948, repr. 1979', '(London, 1948; repr. 1979)', German 'Berlin 1948, Nachdr. 1979', Italian 'rist. 1979',
Spanish 'reed. 1979'. The later year is the one cited (`issued`), the first `original-date`."""

from __future__ import annotations

import re

_REPRINT = re.compile(r"\s*[,;]\s*(?:rééd\.|réimpr\.|repr\.|reprinted|reprint|rpt\.|Nachdr\.|ND|rist\.|ristampa|reed\."
                      r"|reimpr\.|reimpresión)\s*(?:(?:in|en)\s+)?(?P<y>(?:1[5-9]|20)\d\d)(?=\s*[,)]|\s*$)")


def without_reprint(text: str, rec: dict) -> str:
    """The text without the reprint's clause; its year kept in `rec` until the imprint is read."""
    m = _REPRINT.search(text)
    if not m or not text[m.start() - 4:m.start()].isdigit():
        return text
    rec["_reprint"] = int(m.group("y"))
    return text[:m.start()] + text[m.end():]


def reprint_dates(rec: dict, pub: dict) -> None:
    """The imprint's year becomes the original date, the reprint's the date cited."""
    year = rec.pop("_reprint", None)
    if year is None:
        return
    if pub.get("issued"):
        pub["original-date"] = pub["issued"]
    pub["issued"] = {"date-parts": [[year]]}
