"""The author named after the title, as nineteenth-century books print it: Italian 'Istoria di Pistoja … di Michel
Angelo Salvi', French 'Histoire de France, par M. Michelet', Portuguese and Spanish '…, por D. António Caetano de
Sousa', Dutch '…, door Mr. b. voorda', German '…, von Hans Meier'. The text is rewritten author first, as the general reader expects it."""

from __future__ import annotations

import re

from .cite_parts import is_place

_NAME_WORD = r"[A-ZÀ-Þ][a-zà-ÿ’'\-]+"
_PARTICLE = r"(?:d[aeiou]|dos|das|del|della|van|von|der|den|ten|ter|d’|d')"
# honorifics and ranks before the name: dropped
_HONORIFIC = r"(?:(?:M|MM|Mme|Mlle|Mr|Mgr|Dr|D|Fr|Fr\.\s?Fr|P|Sr|Sig|prof|dott|cav|conte|abate|ab|padre|frei|dom)\.?\s+)?"
_ONE = (rf"(?:(?:[A-ZÀ-Þa-z]\.\s?){{1,3}}|{_NAME_WORD}\s+(?:{_PARTICLE}\s+)*){{0,3}}"
        rf"(?:[a-zà-ÿ][a-zà-ÿ\-]+(?=\s*[,(]|\s+(?:en|et|e|y)\s)|{_NAME_WORD})")
_SECOND = re.compile(r"\s+(?:en|et|e|y)\s+" + _HONORIFIC)
_BY = re.compile(
    r"(?P<t>[A-ZÀ-Þ][^,;:()«»“”\[\]]{3,160})(?P<sep>,\s+|\s+)(?P<by>di|par|por|door|von)\s+" + _HONORIFIC +
    rf"(?P<who>{_ONE}(?:\s+(?:en|et|e|y)\s+{_HONORIFIC}{_ONE})?)"
    r"(?=\s*,|\s+(?:t|tom|vol|lib|l|c|cap|p|pag)\.\s|\s*\(|\.?$)")
# a participle or role before 'par'/'por'/'di': the name is a translator's or an editor's, not the author's
_ROLE_BEFORE = re.compile(r"(?:traduit|traduite|traduits|publiée?s?|éditée?s?|annotée?s?|revue?s?|présentée?s?|établie?s?|"
                          r"préfacée?s?|recueillie?s?|traduzid[ao]s?|publicad[ao]s?|editad[ao]s?|anotad[ao]s?|tradott[aoie]|"
                          r"pubblicat[aoie]|curat[aoie]|vertaald|uitgegeven|bewerkt|ingeleid|trad|éd|ed|opera|cura)\.?$", re.I)
# words of a place or a saint after Italian 'di': 'la battaglia di Monte Cassino', 'Vita di San Francesco'
_NOT_A_PERSON = frozenset("San Santo Santa Sant Monte Porto Porta Castel Castello Borgo Val Villa Ponte Torre Isola Capo "
                          "Rocca Campo Terra Lago Piazza Colle Nostra Nostro".split())
# what follows a by-line: the volume, the book or chapter, the page, the imprint's year, a parenthesis
_IMPRINT_OR_PART = re.compile(r"\(|\d|[IVXLC]+\b|(?:t|tt|tom|tomo|tome|vol|voll|lib|liv|l|c|cap|chap|p|pp|pag|n|no|ed|éd|ediz|edit)\.?\s"
                              r"|[A-ZÀ-Þ][\w.\-]+,?\s+(?:1[5-9]|20)\d\d\b")
_SMALL = frozenset("il lo la i gli le l un una uno e ed o di del della dello dei degli delle da dal dalla in nel nella "
                   "a al alla su sul sulla per con tra fra".split())


def title_byline(text: str) -> str:
    """'Title di/par/por/door Name, rest' as 'Name, Title, rest'; the text unchanged when no by-line is found."""
    m = _BY.match(text)
    if not m:
        return text
    title, by, who = m.group("t").strip(), m.group("by"), m.group("who")
    if by == "von" and "," not in m.group("sep"):
        return text  # German 'von' after a comma only: 'Geschichte Galliens, von Hans Meier', not 'Die Schlacht von Sedan'
    words = title.split()
    if _ROLE_BEFORE.search(words[-1]):
        return text
    if by == "di":  # Italian 'di' names a subject as often as an author: two names, a title of two words at least
        names = [w for w in who.split() if w[:1].isupper()]
        content = [w for w in re.split(r"[\s’']+", title) if w.lower() not in _SMALL]
        if len(names) < 2 or names[0] in _NOT_A_PERSON or len(content) < 2 or is_place(who):
            return text
        if " di " in who:  # 'Neri di Donato': a name that holds 'di' is left to the chronicle rule
            return text
    elif who[:1].islower() and "." not in who:
        return text  # a lower-case name only with its initials: 'door m.j. adriani', not 'par exemple'
    who = _SECOND.sub(" and ", who)  # 'door m.j. adriani en Mr. w.a. spandaw': two authors
    rest = text[m.end():]
    after = rest.lstrip(" ,.")
    if after and not _IMPRINT_OR_PART.match(after) and not is_place(after.split(",")[0]):
        return text  # '… aportadas por Hugh Thomas, La guerra civil española': the name leads the next title
    return f"{who}, {title}{',' if rest[:1] == ' ' else ''}{rest}"


# Italian prose naming a writer by both names, then 'in the' and his work: 'Ci avea preceduto … Cesare Balbo nella
# Vita di Dante Alighieri.'
_NAMED_IN_WORK = re.compile(r"(?P<who>[A-ZÀ-Þ][a-zà-ÿ]{2,}\s+[A-ZÀ-Þ][a-zà-ÿ]{2,})\s+(?:nella|nel|nello|negli|nelle)\s+"
                            r"(?P<t>[A-ZÀ-Þ][^,;.:()«»]{3,80}?)(?=\s*[,;.:]|$)")


# a chronicle an Italian sentence names with its writer: 'stando alla Cronaca di Paolino di Piero, …'
_CHRONICLE_IN_PROSE = re.compile(r"\b(?:alla|nella|dalla|della|la)\s+(?P<t>Cronac[ah]|Cronica|Diario|Istorie|Storie|Annali)\s+di\s+"
                                 r"(?P<who>[A-ZÀ-Þ][a-zà-ÿ]{2,}\s+(?:di\s+)?[A-ZÀ-Þ][a-zà-ÿ]{2,})(?=\s*[,;.:]|$)")


def italian_named_work(chunk: str) -> dict | None:
    """The book an Italian sentence names after its writer's given and family name, or a chronicle with its writer."""
    chronicle = _CHRONICLE_IN_PROSE.search(chunk) if " di " in chunk else None
    if chronicle and not is_place(chronicle.group("who")):
        who = chronicle.group("who")
        name = {"literal": who} if " di " in who else dict(zip(("given", "family"), who.split()))
        return {"author": [name], "title": chronicle.group("t")}
    m = _NAMED_IN_WORK.search(chunk)
    if not m or is_place(m.group("who")) or m.group("who").split()[0] in _NOT_A_PERSON:
        return None
    given, family = m.group("who").split()
    return {"type": "book", "author": [{"family": family, "given": given}], "title": m.group("t").strip()}
