"""Author-date references set in running text, read where nothing else was: bracketed ('[Aron 2000]',
'[Knight 1990; Rahr 1989]', '[Brown 1996: 195–196]', '[Tetlock, Belkin 1996]') or after a cue word
('… vgl. die Konflikttheorie von Gessner 1976, insbesondere S. 170—183', 'Koch 1975, S. 75 der …'). The forms in
parentheses ('Gaddis (1997) argues', '(Leffler 1992: 45)') are read in notes_prose, and both build their short form
with `author_date`."""

from __future__ import annotations

import re

from .cite_parts import STRESS_ALTERNATION, dash, first_date, is_place
from .dates import SEASONS
from .note_citation import NoteCitation

_NAME = r"(?:(?:von|van|de|di|du|del|della|le|la)\s+)?[A-ZÀ-ÞА-ЯЁ][a-zß-ÿа-яё’'\-]+(?:-[A-ZÀ-ÞА-ЯЁ][a-zß-ÿа-яё]+)?"
_JOIN = r"(?:\s*/\s*|,\s+|\s+(?:and|und|&|et|e|y|и)\s+)"
_ET_AL = r"(?:\s+(?:et\s+al\.|u\.\s*a\.|и\s+др\.))"
_ACRONYM = r"[A-Z]{2,6}(?![\w.])"  # a body as author: 'IBGE, 1990: p.32'
_REF = (rf"(?P<who>{_ACRONYM}|{_NAME}(?:{_JOIN}{_NAME}){{0,5}}){_ET_AL}?,?\s+(?P<y>(?:1[5-9]|20)\d\d)[a-z]?"
        r"(?:\s*\[(?P<orig>(?:1[5-9]|20)\d\d)\])?"  # 'Furtado, 1976 [1959]': the first edition's year
        rf"(?:(?::\s*|,\s*(?:(?:{STRESS_ALTERNATION})\s+)?)(?:(?:S|pp?|с|С)\.\s*)?"
        r"(?P<p>\d+(?:\s*[-–—]\s*\d+)?(?:\s*ff?\.?)?))?")
_ONE_REF = re.compile(rf"(?:(?:see|cf\.|vgl\.|см\.|ср\.)\s+)?{_REF}", re.I)
_BRACKETS = re.compile(r"\[(?P<refs>[^\[\]]{4,200})\]")
_CUES = ("von", "bei", "vgl.", "Vgl.", "siehe", "Siehe", "by", "see", "See", "cf.", "Cf.", "nach", "laut", "chez", "par",
         "in", "em", "dans", ".")  # and a sentence's start, with a page after the year
# in prose: after a cue word (found first, by plain search), or opening the text; then the sentence's stop or its
# next lower-case word
_REF_AT = re.compile(rf"{_REF}(?=\s*(?:[.;,)]|$)|\s+[a-zäöüß])")
_NAME_SPLIT = re.compile(_JOIN)
_NOT_NAMES = frozenset("the in on by see cf this that when after before since and but for as at also vgl siehe voir von "
                       "im seit bis ab um anfang ende mitte sommer herbst winter frühjahr frühling jahr jahre jahren "
                       "stand nr no heft band bd vol table tab fig figure abb map karte plate tafel".split())


def in_text_references(text: str) -> list[NoteCitation]:
    """Every author-date reference of a text that holds no other citation, in order."""
    found = []
    if "[" in text:
        for m in _BRACKETS.finditer(text):
            parts = [_ONE_REF.fullmatch(p.strip(" .")) for p in m.group("refs").split(";")]
            if all(parts):  # a bracket of references and nothing else
                found.extend((m.start() + 1, p) for p in parts)
    if not found:
        found = [(m.start(), m) for m in _in_prose(text) if m.group("p") or text[m.end():m.end() + 1] in ".;"
                 and text[m.start() - 2:m.start()] != ". "]
    out = [_reference(m) for _, m in found]
    return [c for c in out if c] if all(out) else []


def _cue_ends(text: str) -> list[int]:
    """0, and where each cue word of _CUES and its space end (a word cue not inside another word), in order."""
    ends = [0]
    for cue in _CUES:
        at = text.find(cue + " ")
        while at >= 0:
            if cue[0] == "." or at == 0 or not text[at - 1].isalpha():
                ends.append(at + len(cue) + 1)
            at = text.find(cue + " ", at + 1)
    return sorted(ends)


def _in_prose(text: str) -> list[re.Match]:
    """The references that open the text or follow a cue word, none inside another."""
    found: list[re.Match] = []
    for start in _cue_ends(text):
        if found and start < found[-1].end():
            continue
        m = _REF_AT.match(text, start)
        if m:
            found.append(m)
    return found


def _reference(m: re.Match) -> NoteCitation | None:
    names = [n.strip() for n in _NAME_SPLIT.split(m.group("who"))]
    first = names[0].split()[-1]
    month = first_date(f"{first} 2000")
    if any(n.lower() in _NOT_NAMES or is_place(n) for n in names) or first.lower() in SEASONS \
            or month and len(month["date-parts"][0]) > 1:
        return None  # 'im Mai 1975', 'in Paris 1968', 'Herbst 1976': a time or a place, no author
    locator = dash(m.group("p")) if m.group("p") else None
    return author_date(names, m.group("y"), m.group(0), locator, "page" if locator else None, m.group("orig"))


def author_date(families: list[str], year: str, raw: str, locator: str | None = None, label: str | None = None,
                orig: str | None = None) -> NoteCitation:
    """The short form an author-date reference stands for: its authors and year (and first edition's year)."""
    record = {"author": [{"family": n} for n in families], "issued": {"date-parts": [[int(year)]]}}
    if orig:
        record["original-date"] = {"date-parts": [[int(orig)]]}
    return NoteCitation(record, locator, label, raw, ["short form: needs the earlier full citation"])
