"""Inverted names whose surname has more than one word, and initials of transliterated names:
'De Felice, Renzo, Title', 'DE CERTEAU, Michel, Title', 'van der Linden, Marcel, Title' (a particle opens the
surname), 'Menéndez Pidal, R., Title', 'Le Roy Ladurie, E., Title' (two or three words, then initials or a known
given name: 'Pérez García, Juan,'), 'Lotman,
Iu. M., Title' (Russian 'Iu.', 'Zh.', 'Kh.'), 'VERNANT J.-P., Title' (hyphenated initials after the surname)."""

from __future__ import annotations

import re

from .cite_parts import is_place
from .names import GIVEN_OF
from .romance_given import DUTCH_GIVEN, ROMANCE_GIVEN

_WORD = r"[A-ZÀ-Þ][\w’'\-]+"
_PARTICLE = (r"(?:[Ll][ea]|[Dd]e(?:\s[Ll]a|\s[Ll]os)?|DE(?:\sLA)?|[Dd]el|DEL|[Dd]ella|DELLA|[Vv]an(?:\s[Dd]e[rn])?|VAN(?:\sDE[RN])?"
             r"|[Vv]on|VON|[Dd]u|DU|[Dd]i|DI|[Dd]a|DA|[Dd]os|[Dd]as)")
# initials; of two letters only a transliteration's or a language's digraph ('Iu.', 'Zh.', 'Kh.', Hungarian 'Gy.')
_INITIALS = r"(?:(?:[A-ZÀ-Þ]|Iu|Ia|Yu|Ya|Ie|Ye|Zh|Kh|Ch|Sh|Ts|Th|Gy|Sz|Cs|Zs|Ny|Ju|Ja)\.[\s\-]?){1,3}"
_ONE_GIVEN = r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?"  # not 'Robert Frank': a whole name in a list
# a particle, then the surname: any given name may follow; two or three capital words: initials only
_MULTI = re.compile(rf"(?P<fam>{_PARTICLE}\s{_WORD}(?:\s{_WORD})?),\s+(?P<given>{_INITIALS}|{_ONE_GIVEN}),\s+(?=\S)"
                    rf"|(?P<fam2>{_WORD}(?:\s{_WORD}){{1,2}}),\s+(?:(?P<ini>{_INITIALS})|(?P<gw>{_ONE_GIVEN})),\s+(?=\S)")
# one surname, then initials that a plain inverted name does not read: 'Lotman, Iu. M.,', 'VERNANT J.-P.,'
_ONE = re.compile(rf"(?P<fam>{_WORD}),?\s+(?P<ini>{_INITIALS}),\s+(?=\S)")
_ODD_INITIAL = re.compile(r"[A-Z][a-z]\.|\.-")  # 'Iu.', 'Kh.', 'J.-P.'
_KNOWN_GIVEN = ROMANCE_GIVEN | DUTCH_GIVEN | GIVEN_OF


def inverted_name(text: str) -> tuple[dict, int] | None:
    """The name and where the title begins, or None."""
    c = text.find(",", 0, 40)
    if c < 0 or " " not in text[:c] and text[c + 4:c + 5] not in (".", "-"):
        return None  # one word before the comma, then no 'Iu.' or 'J.-P.': a plain inverted name, read elsewhere
    if text[c - 1] != "." and text.find(",", c + 1, c + 24) < 0:
        return None  # after the surname's comma, the given name or initials end on a comma close by
    m = _MULTI.match(text)
    if m:
        given = (m.group("given") or m.group("ini") or m.group("gw")).strip()
        if m.group("gw") and (given.split()[0].split("-")[0].lower() not in _KNOWN_GIVEN
                              or m.group("fam2").split()[0].split("-")[0].lower() in _KNOWN_GIVEN):
            return None  # 'Pérez García, Juan,': surnames, then a given name; not 'Jean Cameron, Anne Hutchinson,'
        if m.group("given") and given[-1:] != "." and (is_place(given) or not (
                m.group("fam").isupper() or given.split()[0].split("-")[0].lower() in _KNOWN_GIVEN)):
            return None  # 'De Gaulle, Mémoires, p. 3', 'De Telegraaf, Amsterdam': a title or a town, no given name
        return {"family": m.group("fam") or m.group("fam2"), "given": given}, m.end()
    m = _ONE.match(text)
    if m and _ODD_INITIAL.search(m.group("ini")):
        return {"family": m.group("fam"), "given": m.group("ini").strip()}, m.end()
    return None


# German lists of inverted names joined by slashes before a colon: 'Meier, Hans/Schmidt, Karl: Titel'
_ONE_INVERTED = rf"{_WORD},\s+(?:[A-ZÀ-Þ][a-zß-ÿ]+(?:[\s\-][A-ZÀ-Þ][a-zß-ÿ]+)?|{_INITIALS})"
_SLASHED = re.compile(rf"(?P<names>{_ONE_INVERTED}(?:\s*/\s*{_ONE_INVERTED}){{1,3}})\s*:\s+(?=\S)")


def slashed_inverted(text: str) -> str:
    """'Meier, Hans/Schmidt, Karl: Titel' -> 'Hans Meier and Karl Schmidt, Titel' (the text as it was otherwise)."""
    m = _SLASHED.match(text)
    if not m:
        return text
    names = [" ".join(reversed([p.strip() for p in one.split(",", 1)])) for one in m.group("names").split("/")]
    return f"{' and '.join(names)}, {text[m.end():]}"


# a bibliography's head, the first name inverted, a full stop before the title: 'Smith, John, and Mary Jones. Title.',
# 'Smith, John, ed. Title.', 'Smith, J. A. Title.'
_NAMED = rf"(?:(?:{_ONE_GIVEN}|[A-ZÀ-Þ]\.)\s){{1,3}}{_WORD}"
_HEAD = re.compile(rf"(?P<fam>{_WORD}),\s+(?P<given>(?:{_ONE_GIVEN}|[A-ZÀ-Þ]\.)(?:\s(?:{_ONE_GIVEN}|[A-ZÀ-Þ]\.)){{0,2}})"
                   rf"(?P<more>(?:,\s+{_NAMED})*,?\s+and\s+{_NAMED})?(?P<ed>,\s+eds?\.)?(?:(?<=\.)|\.)\s+(?![A-ZÀ-Þ]\.|[A-ZÀ-Þ][a-zß-ÿ]+,)(?=[A-ZÀ-Þ“\"‘])")  # not 'Smith, A. Hassell,'


def bibliography_head(text: str) -> str:
    """'Smith, John, and Mary Jones. Title. Place: Firm, 1990' with the names in reading order and a comma:
    'John Smith, and Mary Jones, Title. …' (the text as it was when it has no such head)."""
    m = _HEAD.match(text)
    if not m or not (m.group("more") or m.group("ed") or m.group("given").endswith(".")):
        return text  # 'Smith, John. Title.' is read as it is
    head = f"{m.group('given')} {m.group('fam')}{m.group('more') or ''}{', eds.' if m.group('ed') else ''}"
    return f"{head}, {text[m.end():]}"
