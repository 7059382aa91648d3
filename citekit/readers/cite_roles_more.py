"""Editor roles of more languages and styles, shared by the readers of names and of the imprint."""

from __future__ import annotations

import re

from .names import parse_names

# marks after the editors' names: Spanish 'comp.', Portuguese 'org.', Italian 'cur.', Latin 'edd.'
# (the first is already in cite_people's list of marks before a title)
_MORE_ED_MARKS = (r"comps?", r"orgs?(?=\.)", r"cur(?=\.)", r"edd(?=\.)")

_WHO = r"(?P<who>[A-ZÀ-ÞŁŚŻŹ][^,(]*?)(?=\s*(?:,|\(|$))"
# a role, then the editors, after a book's title: each pattern opens on ',' or a space and needs one of its marks
MORE_ROLES = (
    # French 'sous la dir. de X', 'textes réunis par X'; Spanish 'coord. (por) X', 'ed. de X', 'dir. por X',
    # 'edición a cargo de X'; Portuguese 'org. de X', 'coord. X'; Dutch 'onder red. van X'
    ("editor", ("dir.", "réuni", "coord", "ed. de", "ed. por", "cargo", "org. ", "orgs. ", "red. van", "redactie"),
     re.compile(r"(?:,\s*|\s+)(?:sous\s+la\s+dir\.\s+de|(?:textes\s+)?réunis\s+(?:et\s+présentés\s+)?par"
                r"|coords?\.(?:\s+(?:por|de|par|by))?|dir\.\s+(?:por|de)|eds?\.\s+(?:de|por)|(?:edición\s+)?a\s+cargo\s+de"
                r"|orgs?\.(?:\s+(?:de|por))?|onder\s+(?:de\s+)?red(?:\.|actie)\s+van)\s+" + _WHO)),
    # Hungarian 'szerk. X'; GOST in the nominative '/ ред. X', '/ под общ. ред. X' is read before
    ("editor", ("szerk.", "ред."),
     re.compile(r"(?:,\s*|\.\s+|\s+)szerk\.\s+" + _WHO + r"|/\s*ред\.\s+(?P<who2>(?:[А-ЯЁ]\.\s?){1,2}\s*[А-ЯЁ][а-яё\-]+"
                r"(?:,\s*(?:[А-ЯЁ]\.\s?){1,2}\s*[А-ЯЁ][а-яё\-]+)*)")),
)

# a list of editors the comma also joins: ', G. Verdi', ', A. Ruiz y B. Gil' (initials keep it from a town)
MORE_INITIALLED = re.compile(r"(?:,\s+(?:[A-ZÀ-ÞŁŚŻŹ]\.\s?){1,3}\s*[A-ZÀ-ÞŁŚŻŹ][\w’'\-]+)+"
                             r"(?:\s+(?:e|y|i|et|und|u\.|and|&)\s+(?:[A-ZÀ-ÞŁŚŻŹ]\.\s?){1,3}\s*[A-ZÀ-ÞŁŚŻŹ][\w’'\-]+)?(?=\s*(?:,|\(|$))")

# 'e', 'y', 'i', 'és', 'и' join two editors where parse_names keeps one literal: each side a name of two or three words
_JOINED = re.compile(r"(?P<a>(?:[A-ZÀ-ÞŁŚŻŹА-ЯЁ][\w’'\-]*\.?\s*){2,3}?)\s+(?:e|y|i|és|и)\s+(?P<b>(?:[A-ZÀ-ÞŁŚŻŹА-ЯЁ][\w’'\-]*\.?\s*){2,3})")


def role_names(who: str) -> list[dict]:
    """The editors a role names; two joined by a Romance, Slavic or Hungarian 'and' are two."""
    who = who.strip()
    if " " in who and (" e " in who or " y " in who or " i " in who or " és " in who or " и " in who):
        m = _JOINED.fullmatch(who)
        if m:
            return parse_names(m.group("a").strip()) + parse_names(m.group("b").strip())
    return parse_names(who)
