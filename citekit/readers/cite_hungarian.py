"""Hungarian citations: the author's family name first and set off by a colon ('Rainer M. János: Nagy Imre'),
a volume as 'I. köt.', a journal's issue as '3. sz.' ('Századok, 1998. 3. sz. 555–570.')."""

from __future__ import annotations

import re

from .names import HU_GIVEN

_UP = "A-ZÁÉÍÓÖŐÚÜŰ"
_LOW = "a-záéíóöőúüű"
_NAME = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?\s(?:[{_UP}]\.\s)?(?:[{_UP}][{_LOW}]+|[{_UP}]\.)"
# what marks a note as Hungarian: a page as '45. o.', 'sz.', 'köt.', 'évf.', 'szerk.', 'ford.', Budapest, 'ő' or 'ű'
_CUE = re.compile(r"\d\.\s?o\.|\b(?:sz|köt|évf|szerk|ford)\.|Budapest|[őűŐŰ]")
_AUTHORS = re.compile(rf"(?P<who>{_NAME}(?:\s?[–,-]\s?{_NAME}){{0,2}})(?=\s?(?:\(szerk\.\))?\s?:\s)")
_ONE = re.compile(rf"(?P<fam>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)\s(?P<given>(?:[{_UP}]\.\s)?(?:[{_UP}][{_LOW}]+|[{_UP}]\.))")
# in a Hungarian note, also the given names other languages share ('Anna', 'Melinda', 'Iván')
_GIVEN = HU_GIVEN | frozenset(
    "Anna Andrea Beáta Dóra Edit Emese Gabriella Hajnalka Kinga Lívia Magdolna Melinda Mónika Noémi Orsolya Réka Rita "
    "Szilvia Veronika Viktória Zita Benedek Ervin Ferenc Frigyes Gellért Henrik Ignác Iván Kázmér Marcell Máté Norbert "
    "Olivér Richárd Róbert Rudolf Simon Vince Viktor Zsombor".split())
_VOLUME = re.compile(r"\.\s(?P<v>[IVX]{1,5}|\d{1,2})\.\s?köt\.")
_JOURNAL = re.compile(rf"(?P<t>.+?)\.\s(?P<j>[{_UP}][^.,:()]{{1,60}}?),?\s(?:(?P<v>\d{{1,3}})\.?\s(?:évf\.\s)?)?"
                      r"\(?(?P<y>(?:1[6-9]|20)\d\d)\)?[.,]?\s(?P<i>\d{1,3}(?:[-–]\d{1,3})?)\.\s?sz(?:ám)?\."
                      r"(?:,?\s(?P<p>\d{1,4}(?:\s?[-–]\s?\d{1,4})?)\.?)?$")


def hungarian(text: str) -> bool:
    """The text has a mark only Hungarian citations have (plain look-ups first, the pattern only where one may be)."""
    if "o." not in text and "sz" not in text and "köt." not in text and "évf." not in text and "ford." not in text \
            and "Budapest" not in text and "ő" not in text and "ű" not in text and "Ő" not in text and "Ű" not in text:
        return False
    return _CUE.search(text) is not None


def author_head(text: str) -> tuple[list[dict], str, str] | None:
    """'Rainer M. János: Nagy Imre …' -> ([Rainer, M. János], 'author', 'Nagy Imre …'): the names before the
    colon, family name first ('Balogh Sándor – Izsák Lajos:'); 'editor' when '(szerk.)' follows them."""
    m = _AUTHORS.match(text)
    if not m:
        return None
    names = [{"family": one.group("fam"), "given": one.group("given")} for one in _ONE.finditer(m.group("who"))]
    if not all(n["given"].split()[-1] in _GIVEN for n in names):
        return None  # 'Raul Hilberg: The Destruction …' in a Hungarian note: a foreign name, in its own order
    rest = text[m.end():].lstrip()
    role = "author"
    if rest.startswith("(szerk.)"):
        role, rest = "editor", rest[8:].lstrip()
    return names, role, rest[1:].lstrip()


def volume(text: str, rec: dict) -> str:
    """'Nagy Imre. Politikai életrajz. I. köt. Budapest, 1996': the volume, out of the title."""
    m = _VOLUME.search(text) if "köt." in text else None
    if not m:
        return text
    rec["volume"] = m.group("v")
    return text[:m.start()] + "." + text[m.end():]


def journal_issue(rest: str) -> tuple[dict, str | None] | None:
    """'Title. Századok, 1998. 3. sz. 555–570', 'Title. Századok 132 (1998) 3. sz.': the article and its journal's
    issue, and the pages after it (the author's part, before the colon, already taken off)."""
    m = _JOURNAL.fullmatch(rest.strip(" ,.") + ".") if "sz" in rest else None
    if not m:
        return None
    out = {"type": "article-journal", "title": m.group("t").strip(), "container-title": m.group("j").strip(),
           "issue": m.group("i"), "issued": {"date-parts": [[int(m.group("y"))]]}}
    if m.group("v"):
        out["volume"] = m.group("v")
    return out, m.group("p")
