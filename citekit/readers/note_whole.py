"""A short note that is one work named whole, with no page, year or imprint: 'Rebello da Silva, Annaes das
sciencias e lettras.', 'The Dead Sea Scrolls.'. Read only when nothing else was found in the note."""

from __future__ import annotations

import re

from .note_citation import NoteCitation
from .names import parse_names
from .note_records import _CLAUSE, _prose
from .notes_prose import _SMALL
from .romance_given import ROMANCE_GIVEN

# a surname (with its particles: 'Rebello da Silva') or a full name, a comma, then a title in upper case
_NAME_THEN_TITLE = re.compile(r"(?P<who>[A-ZÀ-Þ][\w’'\-]+(?:\s(?:[a-z]{1,3}\s)?[A-ZÀ-Þ][\w’'\-]+){0,2}),\s"
                              r"(?P<t>[A-ZÀ-Þ][^\d,;:()\[\]«»“”\"]{3,120})")
_PARTICLE_INSIDE = re.compile(r"\s[a-z]{1,3}\s")
_JOINERS = frozenset("and or e et y und".split())  # 'Villani e Ammirato': two names, not a title
_CUE_OR_IBID = frozenset("see cf. cfr. vgl. ibid. ibid id. ebd. idem voir vedi véase zie".split())


# a letter's title as Founders Online gives it, quoted alone: '“From Thomas Jefferson to Nathaniel Macon, December 4, 1818.”'
_FOUNDERS_TITLE = re.compile(r"[“\"](?P<t>(?:From|To)\s[A-Z][^,“”\"]{2,80}\sto\s[A-Z][^,“”\"]{2,80},\s"
                             r"(?:[A-Z][a-z]{2,8}\s\d{1,2},\s\d{4}|\d{1,2}\s[A-Z][a-z]{2,8}\s\d{4}))\.?[”\"]\.?")


def whole_note_work(text: str) -> list[NoteCitation]:
    """The work a short note names whole: 'Name, Title.' or a title alone in headline case."""
    if text[:2] in ("“F", "“T", '"F', '"T'):
        letter = _FOUNDERS_TITLE.fullmatch(text.strip())
        if letter:  # a document of an online edition, cited again by its title
            return [NoteCitation({"title": letter.group("t")}, raw=text.strip(),
                                 warnings=["short form: needs the earlier full citation"])]
    body = text.strip().rstrip(".").strip()
    if not body or len(body) > 100 or body[-1:] in ")]:" or any(ch.isdigit() for ch in body):
        return []
    words = body.split()
    if len(words) <= 3:
        named = _names_alone(body)
        if named:
            return named
    if words[0].lower() in _CUE_OR_IBID or _CLAUSE.search(f" {body} ") or _prose(body):
        return []
    m = _NAME_THEN_TITLE.fullmatch(body) if ", " in body else None
    if m:
        title = m.group("t")
        if len(title.split()) < 2 or title.split()[-1].lower() in _SMALL:
            return []
        who = m.group("who")
        names = [{"literal": who}] if " " not in who or _PARTICLE_INSIDE.search(who) else parse_names(who)
        return [NoteCitation({"author": names, "title": title}, raw=body,
                             warnings=["short form: needs the earlier full citation"])]
    if "," in body or len(words) < 3 or len(words) > 10:
        return []
    if words[0].lower() in _TITLE_HEAD_WORDS and not _headline(words):
        return _work_by_its_head(body, words)
    if not _headline(words):
        return []
    return [NoteCitation({"title": body}, raw=body, warnings=["short form: needs the earlier full citation"])]


# a title in sentence case that opens on the word for a life, history or memoirs: 'Vida e feitos de D. João II.'
_TITLE_HEAD_WORDS = frozenset("vida vidas storia storie historia histoire vita vie memorias mémoires memorie cronica "
                              "crónica chronique".split())
# its author after it: Italian "… di Roma d'Antonio Vitale", 'di', French 'de'
_BY_AUTHOR_END = re.compile(r"\s(?:d['’]|di\s|de\s)(?P<g>[A-ZÀ-Þ][a-zà-ÿ]+)\s(?P<f>[A-ZÀ-Þ][\w’'\-]+)$")


def _work_by_its_head(body: str, words: list[str]) -> list[NoteCitation]:
    """'Vida e feitos de D. João II.' a title alone; "Storia de' senatori di Roma d'Antonio Vitale." and its author."""
    if not all(w[:1].islower() or w[:1].isupper() for w in words[1:]) or words[-1][-1:] in "!?":
        return []
    by = _BY_AUTHOR_END.search(body)
    if by and by.group("g").lower() in ROMANCE_GIVEN:
        rec = {"type": "book", "title": body[:by.start()], "author": [{"family": by.group("f"), "given": by.group("g")}]}
        return [NoteCitation(rec, raw=body)]
    return [NoteCitation({"title": body}, raw=body, warnings=["short form: needs the earlier full citation"])]


# a note that names its authors only: '[16.] Balbo.', '[77]. Villani e Ammirato.'
_NAMES_ALONE = re.compile(r"(?P<a>[A-ZÀ-Þ][a-zà-ÿ]{3,})(?:\s(?:e|et|y|and|und)\s(?P<b>[A-ZÀ-Þ][a-zà-ÿ]{3,}))?")
_NOT_A_NAME = frozenset("ibid ibidem idem ebd ebenda ivi passim sic ders dies derselbe dieselbe tamże none same "
                        "above below supra infra loc cit".split())


def _names_alone(body: str) -> list[NoteCitation]:
    m = _NAMES_ALONE.fullmatch(body)
    if not m or any(w and w.lower() in _NOT_A_NAME for w in m.group("a", "b")):
        return []
    return [NoteCitation({"author": [{"family": w}]}, raw=w, warnings=["short form: needs the earlier full citation"])
            for w in m.group("a", "b") if w]


def _headline(words: list[str]) -> bool:
    """Every word but small ones capitalised, and at least one small word: a title ('Cahiers de la IIIe
    Internationale'), not a person's name ('Filippo Maria Visconti')."""
    small = [w.lower() for w in words if w.lower() in _SMALL]
    return any(w not in _JOINERS for w in small) and len(small) < len(words) - 1 and words[0][:1].isupper() and all(
        w[:1].isupper() or w.lower() in _SMALL for w in words)


def opening_work(text: str, found: list[NoteCitation]) -> list[NoteCitation]:
    """The work a note's first sentence names whole, when the sentences after it cite others: 'Sluglett, Britain in
    Iraq. See also Charles Tripp, …'. Read as a short note of its own."""
    cut = text.find(". ")
    if cut < 8 or cut > 100 or not text[cut + 2:cut + 3].isupper() or ", " not in text[:cut]:
        return []
    last = text[:cut].rsplit(None, 1)[-1]
    if len(last) < 3 or not last[-1].islower():
        return []  # 'Cited in Bertram D. Wolfe, …', 'del prof. Cristoforo …': an initial or an abbreviation, no sentence end
    first = text[:cut + 1]
    if any(c.raw and 0 <= text.find(c.raw[:12]) <= cut for c in found):
        return []  # a citation found there already ('Gaddis, John Lewis. The Cold War: …')
    work = whole_note_work(first)
    return work if all(c.record.keys() == {"author", "title"} for c in work) else []
