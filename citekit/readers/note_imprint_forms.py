"""Imprint forms of older and non-English books, rewritten into the shapes the general reader knows: a book's
format after its year ('Pistoja 1627. 3 vol. in 4.º', 'Leid. 1792. 4to.'), the Dutch 'te Leiden bij v.d. Heuvell,
1849', and a thesis's school set in lower case ('thèse de science politique, université Paris 1, 2001')."""

from __future__ import annotations

import re

# the format (and the number of volumes) after the year, closing the citation
_FORMAT_END = re.compile(r"(?<=\d)[.,]\s+(?:(?P<n>\d{1,2})\s+vol(?:s|umi|umes)?\.?\s+)?"
                         r"(?:in[-\s]?(?:fol(?:io)?|4|8|12|16|18|24|32)\.?\s?[º°ᵒo]?|(?:gr\.\s+)?(?:4|8|12|16)(?:to|vo|mo|o|º|°))\.?\s*$")


def format_at_end(text: str) -> tuple[str, str | None]:
    """The text without a format after its year, and the number of volumes printed with it."""
    m = _FORMAT_END.search(text, max(0, len(text) - 24))
    if not m:
        return text, None
    return text[:m.start()], m.group("n")


# Dutch 'uitgegeven te Leiden bij v.d. Heuvell, 1849', 'Gron. bij Oomkens, 1827': place, 'bij', publisher, year
_DUTCH_IMPRINT = re.compile(r"(?:,\s*|\s+)(?:uitgegeven\s+)?(?:te\s+)?(?P<place>[A-Z][a-z]+\.?(?:\s[a-z]{1,3}\s[A-Z][a-z]+)?),?\s+"
                            r"bij\s+(?P<pub>[^,;()]{2,60}?),?\s+(?P<y>(?:1[5-9]|20)\d\d)\b")


def dutch_imprint(text: str) -> str:
    """'Title, te Leiden bij X, 1849' as 'Title (Leiden: X, 1849)'."""
    m = _DUTCH_IMPRINT.search(text)
    if not m or m.start() < 3:
        return text
    return f"{text[:m.start()]} ({m.group('place')}: {m.group('pub')}, {m.group('y')}){text[m.end():]}"


# a thesis's school in lower case after its kind: the imprint reader takes a publisher by its capital
_SCHOOL = re.compile(r"(?<=, )(?:universit[éàäy]|universidad|universidade|universiteit|universitat|uniwersytet)(?=\s)")
_THESIS_WORD = re.compile(r"\b(?:thèse|tesi|tesis|tese|proefschrift|thesis|dissertation|Diss\.|mémoire)\b")


def thesis_school(text: str) -> tuple[str, str | None]:
    """The text with the school after a thesis's kind capitalised, and the word as printed (None if none)."""
    m = _SCHOOL.search(text)
    if not m or not _THESIS_WORD.search(text, 0, m.start()):
        return text, None
    word = m.group(0)
    return f"{text[:m.start()]}{word.capitalize()}{text[m.end():]}", word


def school_as_printed(record: dict, word: str) -> None:
    """The publisher's first word back in its printed case."""
    school = record.get("publisher", "")
    if school[:len(word)].lower() == word:
        record["publisher"] = word + school[len(word):]
