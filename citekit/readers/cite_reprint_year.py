"""A reprint's or a new issue's year printed after the imprint's: French 'Paris, Grasset, 1948, rééd. 1979', English
'London, 1948, repr. 1979', '(London, 1948; repr. 1979)', German 'Berlin 1948, Nachdr. 1979', Italian 'rist. 1979',
Spanish 'reed. 1979'. The later year is the one cited (`issued`), the first `original-date`."""

from __future__ import annotations

import re

# the words that mark a reprint or a new issue, each with its stop if it has one: one list for every reader that looks
# for a reprint ('repr. 1979', '1938; reprint, New York', 'Nachdruck 1987', 'Bd. 5, 1904, Ndr. 1965')
REPRINT_WORDS = frozenset("reprint reprinted Reprint repr. rpt. Nachdruck Nachdr. Neudruck Ndr. ND rist. ristampa Ristampa "
                          "reed. rééd. réimpr. Réimpression reimpr. reimpresión Reimpresión".split())
# German 'Ndr.', 'Nachdruck', 'Neudruck' after a first printing's year: read with the title ('Bd. 5, 1904, Ndr. 1965')
AFTER_FIRST_PRINTING = frozenset(("Ndr.", "Nachdruck", "Neudruck"))


def _alternatives(words: frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


REPRINT_WORD = _alternatives(REPRINT_WORDS)
_REPRINT = re.compile(rf"\s*[,;]\s*(?:{_alternatives(REPRINT_WORDS - AFTER_FIRST_PRINTING)})\s*(?:(?:in|en)\s+)?(?P<y>(?:1[5-9]|20)\d\d)(?=\s*[,)]|\s*$)")


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
