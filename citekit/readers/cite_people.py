"""Who wrote or edited what: the names and the title at the head of one citation.

`_author_title` splits 'Authors, Title' (marked or not, GOST or inverted); `_short_form` reads
'Stevenson, p. 45'-style short references; `prose_lead` and `citation_start` find where a citation
begins after running prose.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .cite_inverted_names import inverted_name
from .cite_parts import _GOST_EDITION, by_first_letter, first_date, is_place, marked_title
from .cite_roles_more import _MORE_ED_MARKS, inverted_editors, iso_editor_head
from .names import by_epithet, given_of_place, parse_name, parse_names

_THESIS = re.compile(r"\b(?:dissertation|thesis|d\.\s?phil|ph\.\s?d|диссертац\w*|(?<!\w)дис\.|автореф\w*\.?|diss\.|thèse|tesi\s+di|tesis\s+doctoral"
                     r"|habilitationsschrift|mémoire\s+de)(?!\w)[^,]*", re.I)
_THESIS_HINT = re.compile(r"dissert|thesis|phil|ph\.|ph d|диссерт|дис\.|автореф|diss\.|thèse|tesi|habil|mémoire")


def _thesis_hint(low: str) -> bool:
    """_THESIS_HINT.search(low): each of its words holds one of these pieces, found faster by `in`."""
    return (("diss" in low or "hesis" in low or "p" in low and "ph" in low or "с" in low and "дис" in low or "tesi" in low or "è" in low and "thèse" in low
             or "b" in low and "habil" in low or "о" in low and "автореф" in low or "é" in low and "mémoire" in low) and _THESIS_HINT.search(low) is not None)


# an editors' mark: 'eds.', '(Hrsg.)', 'a cura di', 'ред.' (the look ahead holds the characters it can open with)
_EDS = re.compile(r"(?=[,\s(eéhdrsoacрс]),?\s*\(?\b(?:" + by_first_letter(
    (r"eds?", r"éds?", r"hrsgg?", r"hgg?", r"dir", r"red", r"szerk", r"oprac", r"a\s+cura\s+di", r"coords?", r"ред", r"сост")
    + _MORE_ED_MARKS) + r")\.?\)?\s*$", re.I)
# an ASCII character one of _EDS's marks can end with (re.I matches only these to them; past '.', ')' and spaces)
_EDS_LAST_ASCII = frozenset("dsgrkciDSGRKCIpPfF")


def _eds_end(text: str):
    """_EDS.search(text), looked for only when the text's last letter can end one of its marks."""
    last = text.rstrip()
    last = last[:-1] if last[-1:] == ")" else last
    last = last[-2:-1] if last[-1:] == "." else last[-1:]
    return _EDS.search(text) if last in _EDS_LAST_ASCII or not last.isascii() else None


_POSSESSIVE = re.compile(r"((?:[A-Z][\w\-]+\s+){0,2}[A-Z][\w\-]+)['’]s\s+[\w\- ]{0,40},?\s*$")
_ORG = re.compile(r"\b(?:Bureau|Ministry|Ministerio|Department|Office|Committee|Commission|Council|"
                  r"Institute|Estado|Government|Society|Association|Agency|Board|Academy|Foundation|"
                  r"Nations|Bank|Watch|Organi[sz]ation|Fund|Ministère|Ministerium|Ministero|Institut|Istituto|"
                  r"Zentrum|Centro|Comité|Comitato|Bundesarchiv|Amt)\b")
_ORG_WORDS = frozenset(
    "Bureau Ministry Ministerio Department Office Committee Commission Council Institute Estado Government "
    "Society Association Agency Board Academy Foundation Nations Bank Watch Organization Organisation Fund "
    "Ministère Ministerium Ministero Institut Istituto Zentrum Centro Comité Comitato Bundesarchiv Amt".split())


# any of the words anywhere (opening on capitals: a quick scan); without one the words cannot be there
_ORG_WORD_ANYWHERE = re.compile("|".join(map(re.escape, sorted(_ORG_WORDS))))


def _has_org(text: str) -> bool:
    """A body's word in the text ('Ministry', 'Bank', …); a set lookup, faster than the pattern."""
    if _ORG_WORD_ANYWHERE.search(text) is None:
        return False  # none of the words anywhere: no word of the text is one
    # punctuation made spaces one replace at a time: quicker than str.translate on these short texts
    return not _ORG_WORDS.isdisjoint(text.replace(",", " ").replace(".", " ").replace(";", " ").replace(":", " ")
                                     .replace("(", " ").replace(")", " ").replace("“", " ").replace("”", " ")
                                     .replace('"', " ").replace("'", " ").replace("’", " ").replace("«", " ")
                                     .replace("»", " ").split())


_GENRE = re.compile(r"(?:speech|broadcast|lecture|interview|letter|address|diary)$", re.I)
_PARTICLE_WORDS = frozenset("de des del della da di do dos du la le van von v. der den ter ten zu al- al el "
                            "bin ibn y".split())
_PAREN_END = re.compile(r"\s*\([^()]{1,20}\)$")
_ET_AL = re.compile(r"\bet al\.?|\s+(?:a\s+kol|i\s+in|u\.\s?a)\.")  # Czech 'a kol.', Polish 'i in.', German 'u. a.'
# ',', a joining word between spaces, or '/'; opens on a class of the three first characters (a quick scan), the
# case looked at behind it (after ',' or '/' the case cannot fail: only a space goes on to the last)
_NAME_SEP = re.compile(r"[,\s/](?:(?<=,)\s*(?:and\s+)?|(?<=/)\s*|\s*(?:(?:and|&|y|und|et|e|en|и|–)\s+|/\s*))")


def _elided_particle(word: str) -> bool:
    """French 'd’Alembert', 'l’Ain' (in 'Girod de l’Ain'): a particle elided onto the name."""
    return word[:1] in "dl" and word[1:2] in "’'" and word[2:3].isupper()


@lru_cache(maxsize=4096)  # asked again of the same text several times within one note
def _namelike(text: str) -> bool:
    """A list of personal or corporate names, not prose."""
    if len(text) > 140:
        return False
    if "l" in text and "et al" in text or "." in text and ("k" in text and " a kol." in text or "n" in text and " i in." in text
                                                       or " u. a." in text):
        text = _ET_AL.sub("", text)
    if text.endswith(")"):  # 'R. Ducoulombier e J. Vigreux (a cura di)'
        text = _PAREN_END.sub("", text)
    if text.startswith(("and ", "& ")):  # the last of a list cut at its commas: 'and John Whitmore'
        text = text[text.index(" ") + 1:]
    text = text.strip(" ,.")
    if not text or len(text) > 120 or text.startswith(("O ", "Os ", "As ")):
        return False  # Portuguese 'O Panorama': an article, not an initial
    for part in _NAME_SEP.split(text):
        words = part.split()
        if not words or len(words) > 5 or not all(w[0].isupper() or w.lower() in
                                                  _PARTICLE_WORDS
                                                  or w[0] in "(" or _elided_particle(w) for w in words) \
                and not given_of_place(part):
            return text.count(" ") < 8 and _has_org(text)  # a body: 'Ministry of Foreign Affairs'
    return True


def citation_start(text: str) -> int:
    """Where the citation begins when running prose leads up to an italic or quoted title."""
    m = marked_title(text)
    if not m or m.start() == 0 or _namelike(text[:m.start()].strip(" ,.")):
        return prose_lead(text)
    if text[m.start() - 2:m.start()] == ": " and _embedded_quote(text, m):
        return prose_lead(text)  # 'A and B, Stalinskie “sudy chesti”: “Delo KR”': quoted words in an unmarked title
    lead = prose_lead(text[:m.start()])
    if lead:
        return lead
    p = _POSSESSIVE.search(text[:m.start()])
    return p.start() if p else m.start()


def _quoted_words_before(before: str) -> bool:
    """'Names, Words “quoted”' before a subtitle's colon: the title, unmarked, holds the quotation."""
    head, _, tail = before.rpartition(", ")
    return tail[:1].isupper() and tail[-1:] in "”\"" and "“" in tail and _namelike(head)


_NAME_TAIL = re.compile(r"(?:(?:[A-ZÀ-Þ][a-zß-ÿ’']+(?:-[A-ZÀ-Þ][a-zß-ÿ’']+)?|[A-Z][a-z’'\-]+|[A-Z]\.(?:\s?[A-Z]\.)*|[A-Z](?=\s[A-Z][a-z]))\s+){1,3}[A-Z][\w’'\-]+(?:\s(?:Jr|Sr)\.)?(?:\s+et\s+al\.)?"
                        r"(?:\s+(?:and|&|et)\s+(?:(?:[A-Z][a-z’'\-]+|[A-Z]\.)\s+){1,3}[A-Z][\w’'\-]+)?,\s*$")


_NAME_TAIL_FROM = re.compile(r"(?=[A-ZÀ-Þ])" + _NAME_TAIL.pattern)  # a quick look at the capital it opens with
_COMPOUND_NAME_TAIL = re.compile(r"(?=[A-ZÀ-Þ])(?:[A-ZÀ-Þ][a-zß-ÿ’']+\s+){1,2}[A-ZÀ-Þ][a-zß-ÿ’']+\s+(?:de\s+la|de\s+los|del|de|y)\s+"
                                 r"[A-ZÀ-Þ][\w’'\-]+,\s*$")


@lru_cache(maxsize=4096)  # pure; _one and citation_start ask it of the same text
def _by_or_in(head: str) -> bool:
    """The prose before a name ends in 'by' or 'in': '… explained as relatively conservative, by F. W. Mote'."""
    return head.endswith((" by ", " in "))


def prose_lead(text: str) -> int:
    """'The best account remains John Smith, Title': where the name after the prose begins (or 0)."""
    lead = _LEAD.match(text) if text[:1].isalpha() and (", " in text[:14] or ": " in text[:100]) else None
    if lead and (lead.group(0)[:1].islower() or lead.group("cue") or ":" in lead.group(0)[-3:]):
        return lead.end()  # 'in general, G. Constable, …', 'Cf., sur ces travaux, G. Lefebvre, …', 'See also: A. B. Smith, …'
    head = text[:text.find(", ") + 2] if ", " in text else ""
    if not head or _namelike(head.strip(" ,")) or "p" in head and " par " in head and _TITLE_BY.fullmatch(head.strip(" ,")):
        return 0  # 'Les Corte-Real par mr. H. Harrisse, pag. 209': a title and its author
    if head[:1] in "“‘\"'" and _QUOTED_THEN_IN.search(head):
        return 0  # '“Naming the Country,” in Dutton, Sources …': a piece's title, then the book it is in
    if head[:1].islower() and _LOWER_LEAD.fullmatch(head) and _SURNAME_SHORT_FORM.fullmatch(text, len(head)) \
            and not is_place(text[len(head):text.find(",", len(head))]):
        return len(head)  # 'on the date, Jones, Other, 67': prose, then the author
    last = head[:-2].rsplit(None, 1)[-1:]  # the word before the comma: a name's tail ends on a capital's word or 'al.'
    m = _NAME_TAIL_FROM.search(head) if last and ("A" <= last[0][:1] <= "Z" or last[0] == "al.") else None
    if not m and (" de" in head or "y" in head and " y " in head):
        m = _COMPOUND_NAME_TAIL.search(head)  # 'por Fernando Puell de la Villa, «…»': a Spanish compound surname
    if not m and head[:1].isupper() and head[1:2].islower() and " " in head and head[head.find(" "):].islower() \
            and not _DIGIT.search(head):  # 'And in even more detail, with little horror spared,
        for _ in range(2):  # Anthony Beevor, Berlin …': the prose runs on past a comma or two
            nxt = text.find(", ", len(head))
            if nxt < 0:
                break
            if _SHORT_TITLE_PAGE.fullmatch(text, nxt + 2) and not _ANY_YEAR.search(text, nxt + 2):
                one = _ONE_SURNAME.fullmatch(text, len(head), nxt + 2) or _ONE_NAME_AFTER_WORD.search(text, len(head), nxt + 2)
                if one and not is_place(text[one.start():nxt]):  # 'For a different view, Gilbert, Wilderness, 153',
                    return one.start()  # '…, on consultera Dupont, Histoire, p. 45': a surname, a short title, a page
            m, head = _NAME_TAIL_FROM.search(text[:nxt + 2], len(head)), text[:nxt + 2]
            if m:
                words = m.group(0).split()
                if (len(words) < 2 or not (words[0][1:].islower() or words[0][1:] == "." and _by_or_in(head[:m.start()]))
                        or _DIGIT.search(head, 0, m.start())
                        or not text[nxt + 2:nxt + 3].isupper() or not text[head.find(" "):m.start()].islower()):
                    return 0  # only a full name after words of prose, then a title
                break
    if not m and text[len(head) + 1:len(head) + 2] == "." and head[-2:] == ", ":
        at = _inverted_initials_after_prose(text, head)
        if at:  # 'The phrase … is from Clark, J. C. D., Revolution and Rebellion': Cambridge's inverted name
            return at
    if not m and "n" in head and " in " in head and head[-2:] == ", ":
        inverted = _INVERTED_AFTER_IN.search(text, 0, len(head) + 40)
        if inverted:  # 'See also the discussion in de Grazia, Margreta, ‘The modern divide’': an inverted name after prose
            return inverted.end()
    if not m and head.endswith(", ") and (" in " in head or " by " in head or " from " in head or " par " in head
                                          or " bei " in head or " por " in head or " da " in head) \
            and not _ANY_YEAR.search(text, len(head)):
        m = _ONE_NAME_AFTER_IN.search(head, max(0, len(head) - 40))  # 'the discussion in Smith, Bread, 45': its author
    if not m and head.endswith(", ") and head[-3:-2].isalpha() and _SHORT_TITLE_PAGE.fullmatch(text, len(head)) \
            and not _ANY_YEAR.search(text, len(head)):
        m = _ONE_NAME_AFTER_WORD.search(head, max(0, len(head) - 40))  # 'Voir à ce sujet Dupont, Histoire, p. 45'
        m = None if m and is_place(m.group(0)[:-2]) else m
    if not m and head.endswith(", ") and " in " in head and _GIVEN_THEN_QUOTE.match(text, len(head)):
        m = _INVERTED_AFTER_IN.search(head)  # 'the discussion in de Grazia, Margreta, ‘The modern divide’, …'
    if not m or not m.start():
        return 0
    before = [w for w in head[:m.start()].split() if w[:1].isalpha()]
    if not before or not before[-1].islower() or not (any(w.islower() and w not in _LEAD_SMALL for w in before)
                                                      or before[-1] in ("in", "by") and len(before) <= 3):
        return 0  # 'Table 3 in Ruth Hale, …' leads up to a name too
    if len(before) > 2 and before[0] in _TITLE_ARTICLES and before[1][:1].isupper() and before[-1] == "in":
        return 0  # 'The Negro in Virginia, 173': a title's words before 'in', not prose
    if before[0][-1:] == ":" and before[0][:1].isupper() and len(before) <= 4:
        return 0  # German 'Glatzer: Berlin zur Weimarer Zeit, S. 308': the author, a colon, then the title
    if before[-1].rsplit("-", 1)[-1].rsplit("'", 1)[-1] in _SOVEREIGN:
        return 0  # Portuguese '… contra a Magestade d'el-rei D. João IV, …': a king in the title, not its author
    capitals = sum(w[0].isupper() for w in before[1:])
    if capitals >= 2 and capitals * 3 > len(before):  # 'Trial of the Major War Criminals before the …': a title
        return 0
    return m.start()


_PROSE_THEN_INVERTED = re.compile(r"(?:(?<=[a-z])\s|^)(?:from|in|by)\s(?P<n>[A-Z][\w’'\-]+),\s$")
_INITIALS_THEN_COMMA = re.compile(r"(?:[A-Z]\.\s?){1,3},\s")


def _inverted_initials_after_prose(text: str, head: str) -> int:
    """Where 'Clark' begins in 'The phrase … is from Clark, J. C. D., Title' (or 0)."""
    m = _PROSE_THEN_INVERTED.search(head, max(0, len(head) - 40))
    if not m or not _INITIALS_THEN_COMMA.match(text, len(head)):
        return 0
    return m.start("n")


_INVERTED_AFTER_IN = re.compile(r"(?<=[a-z])\s+in\s+(?=(?:de|van|von|van der|van den|de la|du|da|di|del|della|le|la)\s+[A-Z][\w’'\-]+,"
                                r"\s+[A-Z][a-z]+(?:\s+[A-Z]\.)?,\s+[‘“\"«])")
_QUOTED_THEN_IN = re.compile(r"[”’\"'],?\s+in\s+[A-Z]")
_ANY_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_TITLE_ARTICLES = frozenset(("The", "A", "An"))
_LOWER_LEAD = re.compile(r"(?:[a-z]+\s){0,3}[a-z]+,\s")
# words of prose before an author's initials and surname: a cue or a first word, then words in lower case, the last
# before a comma or a colon; an honorific may stand before the name ('Abbé', 'chanoine', 'Dr.')
_LEAD = re.compile(r"(?:[A-ZÀ-Þ][a-zà-ÿ]*\.?(?P<cue>,)?\s+)?(?:[a-zà-ÿ’'\-]+,?\s+){0,8}[a-zà-ÿ’'\-]+(?:,|\s?:)\s+"
                   r"(?=(?:(?:Dr\.?|Abbé|abbé|Chanoine|chanoine|Mgr\.?|Prof\.)\s)?"
                   r"(?:[A-ZÀ-Þ]\.\s?){1,3}\s*(?:(?:de|van|von|le|la|du|di|da|del)\s+)?[A-ZÀ-Þ][a-zà-ÿ’'\-]+,\s)")
_DIGIT = re.compile(r"\d")
# an inverted name after 'in' (its particle too), then the given name and a quoted title
_INVERTED_AFTER_IN = re.compile(r"(?<=\sin\s)(?:(?:de|van|von|du|da|di|le|la)\s)?[A-ZÀ-Þ][a-zß-ÿ’'\-]{2,},\s$")
_GIVEN_THEN_QUOTE = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+(?:\s[A-Z]\.)?,\s[‘“]")
_SURNAME_SHORT_FORM = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ’'\-]{2,},\s[A-ZÀ-Þ‘“«][^,;()\d]{1,60},\s(?:(?:pp?|S|s|pagg?|págs?)\.\s?)?"
                                 r"\d{1,4}(?:\s?[-–]\s?\d{1,4})?\.?")
_ONE_SURNAME = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ’'\-]{2,},\s")
_SHORT_TITLE_PAGE = re.compile(r"[A-ZÀ-Þ‘“«][^,;()\d]{1,60},\s(?:(?:pp?|S|s|pagg?|págs?|С|с)\.\s?)?\d{1,4}(?:\s?[-–]\s?\d{1,4})?\.?")
_ONE_NAME_AFTER_WORD = re.compile(r"(?<=[a-zß-ÿ]\s)[A-ZÀ-Þ][a-zß-ÿ’'\-]{2,}(?:\s+et\s+al\.)?,\s$")
_ONE_NAME_AFTER_IN = re.compile(r"(?:(?<=\sin\s)|(?<=\sby\s)|(?<=\sfrom\s)|(?<=\spar\s)|(?<=\sbei\s)|(?<=\spor\s)|(?<=\sda\s))[A-ZÀ-Þ][a-zß-ÿ’'\-]{2,}(?:\s+et\s+al\.)?,\s*$")
_SOVEREIGN = frozenset("rei re roi rey king queen rainha regina reine reina könig kaiser imperatore empereur papa pope".split())
_LEAD_SMALL = frozenset("a an the of and or in on to for with by at from as".split())
_PEOPLE_NOISE = re.compile(r"\bet al\.?|\s+u\.\s?a\.|\bVV\.?\s?AA\.?|\s*\([^)]*\)")
_ITALIAN_E = re.compile(r"(?<=\w\.|\w\w)\s+en?\s+(?=[A-ZÀ-Þ])")  # Italian 'e', Dutch 'en'
_CAPS_SURNAMES = re.compile(r"(?P<given>[A-ZÀ-Þ][a-zß-ÿ][\w’'\-]*(?:\s+[A-ZÀ-Þ][a-zß-ÿ][\w’'\-]*)?|(?:[A-ZÀ-Þ]\.\s?){1,3})\s*"
                            r"(?P<fam>[A-ZÀ-Þ][A-ZÀ-Þ’'\-]{2,}(?:\s+(?:Y\s+|DE\s+)?[A-ZÀ-Þ][A-ZÀ-Þ’'\-]{2,})+)")
_CAPS_WORD = re.compile(r"\b[A-ZÀ-ÞА-Я][A-ZÀ-ÞА-Я'’\-]{3,}\b")  # 'STUDER' -> 'Studer'; 'BBC' stays


def _title_case(m: re.Match) -> str:
    return m.group(0).title()


def _people(text: str) -> list[dict]:
    given = _GIVEN_IN_PARENS.fullmatch(text.strip()) if text[-1:] == ")" else None
    if given and given.group("given").lower().rstrip(".") not in _ROLE_WORDS:
        return [{"family": given.group("fam"), "given": given.group("given")}]  # catalogue style 'Ricci (Corrado)'
    if "(" in text or "et al" in text or "VV" in text or " u. a." in text:
        text = _PEOPLE_NOISE.sub("", text)
    if " a kol." in text or " i in." in text:
        text = _ET_AL.sub("", text)
    if " – " in text:  # Czech 'V. Bůžek – J. Hrdlička': a dash between names
        text = text.replace(" – ", " and ")
    if " y " in text:
        one = _surnames_joined_by_y(text)
        if one:
            return [one]
        text = text.replace(" y ", " and ")
    if " e " in text or " en " in text:  # Italian 'S. Dullin e B. Studer', Dutch 'P. Brusse en W. Mijnhardt'
        text = _ITALIAN_E.sub(" and ", text)
    caps = _CAPS_SURNAMES.fullmatch(text.strip()) if text.rstrip()[-2:].isupper() else None
    if caps:  # 'Pere MOLAS RIBALTA', 'E. LARGO CABALLERO': the surnames in capitals, however many
        return [{"family": caps.group("fam").title(), "given": caps.group("given").strip()}]
    text = _CAPS_WORD.sub(_title_case, text)
    return [_person(n) for n in parse_names(text)]


def personal_literal(text: str) -> bool:
    """A name kept whole that is still one person's: Spanish compounds, a nobleman's title."""
    return bool(IBERIAN_LITERAL.fullmatch(text) or INITIALS_COMPOUND.fullmatch(text) or INITIALS_PARTICLE.fullmatch(text)
                or text.split(" ", 1)[0] in _NOBLE_TITLES or by_epithet(text)
                or len(text) <= 10 and text[-2:] in ("V.", "A.") and text[:1] in "AV")  # 'AA.VV.': various people


def _person(name: dict) -> dict:
    """'J. Bank', 'A. Church': initials and one word name a person, whatever the word; 'Conde de
    Romanones': a nobleman known by his title is named whole."""
    if name.get("given") in _NOBLE_TITLES and name.get("non-dropping-particle"):
        return {"literal": f"{name['given']} {name['non-dropping-particle']} {name['family']}"}
    given = name.get("given")
    if given and " " in given and given.split(" ", 1)[0] in _RANKS:
        return {**name, "given": given.split(" ", 1)[1]}  # 'Captain John Smith', 'Lt-Col Gustavo Ramaciotti': the rank goes
    lit = name.get("literal", "")
    if lit and " " in lit and _INITIALS_THEN_ONE.fullmatch(lit):
        given, _, family = lit.rpartition(" ")
        return {"family": family, "given": given}
    return name


_GIVEN_IN_PARENS = re.compile(r"(?P<fam>[A-ZÀ-Þ][\w.’'\-]+)\s+\((?P<given>[A-ZÀ-Þ][\w’'\-]*\.?(?:\s?[A-ZÀ-Þ][\w’'\-]*\.?){0,2})\)")
_ROLE_WORDS = frozenset("ed eds edd éd éds hg hgg hrsg hrsgg dir red coord coords comp comps org orgs cur trad tr ред сост szerk".split())


def _surnames_joined_by_y(text: str) -> dict | None:
    """'Emilio Mola y Vidal', 'José Ortega y Gasset': one person's two surnames, not two people."""
    head, _, tail = text.partition(" y ")
    words = head.split()
    if " y " in tail or " " in tail.strip() or "," in head or not 2 <= len(words) <= 3 or "." in tail \
            or not all(w[:1].isupper() for w in words + [tail]):
        return None
    name = parse_name(head)
    if not name or "family" not in name or not name.get("given"):
        return None
    return dict(name, family=f"{name['family']} y {tail.strip()}")


_RANKS = frozenset("Captain Capt. Colonel Col. Lt-Col Lt.-Col. Lieutenant-Colonel Major Maj. Brigadier Admiral".split())
_NOBLE_TITLES = frozenset("Conde Condesa Duque Duquesa Marqués Marquesa Comte Comtesse Duc Duchesse Marquis Marquise "
                          "Graf Gräfin Fürst Freiherr Conte Contessa Duca Marchese Principe Conde Visconde".split())
_INITIALS_THEN_ONE = re.compile(r"(?:[A-ZÀ-Þ]\.(?:-[A-ZÀ-Þ]\.)?\s?){1,3}(?<=\s|\.)[A-ZÀ-Þ][a-zß-ÿ’'\-]+")
_RU_AUTHOR = re.compile(r"^(?P<fam>[А-ЯЁІЇЄҐ][а-яёіїєґ\-]+)\s+(?P<ini>(?:[А-ЯЁІЇЄҐA-Z][а-яёіїєґ]?\.\s?){1,2})\s*(?P<title>\S.*)$")
_GOST_ONE = re.compile(r"(?P<fam>(?:Ma?c(?=[A-Z])|O['’](?=[A-Z]))?[A-ZÀ-ÞА-ЯЁІЇЄҐ][a-zß-ÿа-яёіїєґ\u0100-\u017f\-]+)\s+(?P<ini>(?:[A-ZА-ЯЁІЇЄҐΑ-Ω][a-zа-яёіїєґ]?\.\s?){1,2}(?:(?<=[A-Z]\.\s)[A-Z]\.\s?)?)")
_GOST_AUTHORS = re.compile(r"^(?:(?:Ma?c(?=[A-Z])|O['’](?=[A-Z]))?[A-ZÀ-ÞА-ЯЁІЇЄҐ][a-zß-ÿа-яёіїєґ\u0100-\u017f\-]+\s+(?:[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ]?\.\s?){1,2}(?:(?<=[A-Z]\.\s)[A-Z]\.\s?)?,\s*){0,3}"
                           r"(?P<fam>(?:Ma?c(?=[A-Z])|O['’](?=[A-Z]))?[A-ZÀ-ÞА-ЯЁІЇЄҐ][a-zß-ÿа-яёіїєґ\u0100-\u017f\-]+)\s+(?P<ini>(?:(?!Op\.)[A-ZА-ЯЁІЇЄҐΑ-Ω][a-zа-яёіїєґ]?\.\s?){1,2}(?:(?<=[A-Z]\.\s)[A-Z]\.\s?)?)"
                           r"\s*(?P<title>\S.*)$")  # not 'Dorey T. Op. cit.': no initial 'Op.'; 'Holdich P. G. H.': three
_CYRILLIC = re.compile("[\u0400-\u04ff]")
# 'И.И. Смирнов. Очерки', Czech 'M. Pujmanová. Božena Benešová': initials, surname, full stop, title
_RU_INITIALS_FIRST = re.compile(r"(?P<ini>(?:[А-ЯЁA-ZÀ-Þ]\.\s?){1,3})\s*(?P<fam>[А-ЯЁA-ZÀ-Þ\u0100-\u017f](?:[^\W\d_]|-){2,})\.\s+"
                                r"(?P<title>[А-ЯЁA-ZÀ-Þ\u0100-\u017f«„“\"].*)$")


def _initial_after_family(text: str) -> bool:
    """'Kozlov D. …', 'Девятов С., …', 'Гиттингс Дж. …': a word, then an initial and its full stop."""
    w = text.find(" ")
    return 1 < w < 30 and "." in text[w + 2:w + 4]


def _gost_context(text: str, rec: dict) -> bool:
    """A GOST description: Cyrillic, or '//', or a 'М., 1993'-style imprint already read off."""
    return (_CYRILLIC.search(text, 0, 40) is not None or " // " in text
            or rec.get("publisher-place", "").rstrip(".") in ("М", "Л") or bool(rec.get("_gost_imprint")))


# one person of a serial list 'A, B, and C, Title': given names or initials and a surname, not 'Man'
_FULL_NAME_PIECE = re.compile(r"(?:[A-ZÀ-Þ][\w’'\-]*\.?\s+){1,3}(?:(?:de|van|von|da|di|del|du|le|la)\s+)*[A-ZÀ-Þ][\w’'\-]+(?:,?\s+(?:Jr|Sr)\.?)?")
_SUFFIX_PIECE = re.compile(r"(?:Jr|Sr)\.?|I{2,3}|IV")
# a Spanish name whose letters show it (two surnames, the first the main one); Portuguese names,
# whose last surname is the main one, and Vietnamese ones are left as they are
_IBERIAN_NAME = re.compile(r"[áéíóúñ]")
_NOT_IBERIAN = re.compile(r"[ãõç]|\b(?:Henrique|João|Gonçalo|Luiz|Sérgio)\b|[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]|[^\x00-\u024f]")
IBERIAN_LITERAL = re.compile(r"(?P<given>[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)?)\s+"
                             r"(?P<family>[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\s+(?:de|del|de la|y)\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)")
_PATRONYMIC = re.compile(r"[A-ZÁÉÍÓÚ][a-záéíóúñ]+ez")  # Martínez, López: a first surname


def _small_caps(name: dict) -> dict:
    """'SMITH' (small capitals in the source) -> 'Smith'."""
    fam = name.get("family", "")
    return dict(name, family=fam.title()) if len(fam) > 2 and fam.isupper() else name


# Spanish names carry two surnames: 'Alberto Reig Tapia' is Alberto of the Reig Tapia; read so only in
# a Spanish citation, after a common Spanish given name that is not followed by a second one
_SPANISH_GIVEN = frozenset(
    "josé juan manuel francisco antonio luis carlos javier miguel ángel pedro jesús rafael fernando pablo "
    "jorge alberto enrique ramón vicente andrés joaquín santiago eduardo julio ignacio alfonso ricardo emilio "
    "salvador tomás agustín gonzalo julián alejandro diego sergio raúl víctor rubén armando gustavo mario gabriel "
    "jaime ernesto arturo octavio "
    "maría carmen ana isabel pilar dolores teresa rosa josefa mercedes concepción elena lucía paloma cristina "
    "marta montserrat ángeles consuelo beatriz".split())
# a Spanish place or article; each case opens on its literal first letter (a quick scan) and looks behind it
# for the word's start, as '\b' before it would
_SPANISH_HINT = re.compile("|".join(rf"{w[0]}(?<!\w{w[0]}){w[1:]}\b" for w in (
    "Madrid", "Barcelona", "Sevilla", "Valencia", "Salamanca", "Zaragoza", "Granada", "Bilbao", "Oviedo",
    "México", "Buenos Aires", "Santiago", "Lima", "Bogotá", "La Habana", "Caracas"))
    + "|" + "|".join(rf"{w[0]}(?<!\w{w[0]}){w[1:]}\s[a-záéíóúñ]" for w in ("de la", "del", "los", "las", "y")))


def _spanish_surnames(name: dict) -> dict:
    """'Lázaro Somoza Silva' in a Spanish note: given 'Lázaro', family 'Somoza Silva'."""
    words = (name.get("given") or "").split()
    if len(words) != 2 or "non-dropping-particle" in name or words[0].lower() not in _SPANISH_GIVEN \
            or _NOT_IBERIAN.search(" ".join(words)) \
            or words[1].lower() in _SPANISH_GIVEN or not words[1][:1].isupper() or "." in words[1]:
        return name
    return dict(name, given=words[0], family=f"{words[1]} {name['family']}")


INITIALS_COMPOUND = re.compile(r"(?P<given>(?:[A-ZÀ-Þ]\.\s?){1,3})\s*"
                                r"(?P<family>[A-ZÀ-Þ][a-zß-ÿ]+\s+(?:de|del|de la|de los|y)\s+[A-ZÀ-Þ][a-zß-ÿ]+)")


INITIALS_PARTICLE = re.compile(r"(?P<given>(?:[A-ZÀ-Þ]\.\s?){1,3})\s*(?P<p>de|da|do|dos|das)\s+"
                                r"(?P<family>[A-ZÀ-Þ][a-zß-ÿ]+\s+[A-ZÀ-Þ][a-zß-ÿ]+)")


def _iberian(name: dict) -> dict:
    """'José Manuel Martínez Bande': a given-name word in -ez starts the compound surname; so does
    the last of two given-name words in a name whose letters are Spanish ('Daniel Cosío Villegas',
    'Esperanza Durán de Seade'), which carries two surnames."""
    full = name.get("literal") or name.get("given", "")
    if ". " in full and (" de " in full or " y " in full or " del " in full or "literal" in name):
        full = " ".join(x for x in (full, name.get("non-dropping-particle"), name.get("family")) if x and "literal" not in name) or full
        m = INITIALS_COMPOUND.fullmatch(full)
        if m:  # 'J. A. Primo de Rivera', 'J. Ortega y Gasset': initials, then a compound surname
            return {"family": m.group("family"), "given": m.group("given").strip()}
        m = INITIALS_PARTICLE.fullmatch(full) if "literal" in name else None
        if m:  # 'A. H. de Oliveira Marques': initials, a particle, two surnames
            return {"family": m.group("family"), "given": m.group("given").strip(), "non-dropping-particle": m.group("p")}
    lit = IBERIAN_LITERAL.fullmatch(name.get("literal", "")) if "literal" in name else None
    if lit and _iberian_letters(lit.group(0)):
        return {"family": lit.group("family"), "given": lit.group("given")}  # 'José Ángel García de Cortázar'
    words = (name.get("given") or "").split()
    if len(words) >= 2 and _iberian_letters(" ".join(words + [name.get("family", "")])) \
            and words[-1].lower() not in _SPANISH_GIVEN and words[-1][:1].isupper() and len(words[-1]) > 2 and not words[-1].endswith("."):
        particle = name.get("non-dropping-particle")
        family = " ".join(x for x in (words[-1], particle, name["family"]) if x)
        out = {k: v for k, v in name.items() if k != "non-dropping-particle"}
        out.update(family=family, given=" ".join(words[:-1]))
        return out
    if not words or not words[-1].endswith("ez") or "non-dropping-particle" in name \
            or not _PATRONYMIC.fullmatch(words[-1]):
        return name
    out = dict(name, family=f"{words[-1]} {name['family']}")
    if words[:-1]:
        out["given"] = " ".join(words[:-1])
    else:
        out.pop("given")
    return out


SPANISH_LETTER = re.compile(r"[áíóúñ]")  # not 'é' alone: 'Léon Faucher' is French


def _iberian_letters(text: str) -> bool:
    return bool(_IBERIAN_NAME.search(text)) and not _NOT_IBERIAN.search(text)


_SHORT_SEP = re.compile(r"\s+(?:and|&|y|und|et|и)\s+|,\s*|(?<=\w)/(?=[A-ZÀ-Þ])")  # 'Marx/Engels'


# first words of titles that a short form may be cited by alone, never of a name
_TITLE_HEADS = frozenset("""history histories histoire histoires storia storie geschichte historia dějiny dzieje история
    life vie vita leben жизнь memoirs mémoires memorie memorias erinnerungen воспоминания letters lettres lettere
    briefe cartas письма correspondence correspondance carteggio briefwechsel works oeuvres œuvres opere werke obras
    сочинения собрание documents documenti dokumente documentos документы papers annals annales annali chronicle
    chronique cronaca chronik crónica летопись proceedings
    cahiers carnets diaries diary diari diarios tagebücher дневники writings scritti escritos schriften chapters
    essays essais saggi ensayos speeches discours discorsi discursos reden речи records actes acta atti akten
    regesta regesten transactions commentaries""".split())  # the kinds of a work: a title's head, never a name
_SHORT_VOLUME = re.compile(r"(?:,\s*(?:(?:vol|tomo?|t|v|Bd|т|Т)\.\s*)?|(?<=\.)\s+tomo?\.\s*)"  # 'Theatr. Univ. tom. 1'
                           r"([IVX]{1,5}|(?<=\.\s)[IVXLC]{2,7}|(?<=\.)[IVXLC]{2,7}|\d{1,2}|(?<=\.\s)Ier|(?<=\.)Ier)$")  # 't. LXVI': a label first


def _title_only(text: str) -> dict:
    title, vol = text.strip(" ,."), None
    m = _SHORT_VOLUME.search(title, max(0, len(title) - 24))  # it ends the title: only its end is looked at
    if m and m.start() > 2:
        vol, title = m.group(1), title[:m.start()]
    elif "Т." in title:
        m = _RU_SHORT_VOLUME.search(title)
        if m and m.start() > 2:  # 'История КПСС. Т. 3. Кн. 2': the volume, then its book
            vol, title = m.group("v"), title[:m.start()]
    rec = {"title": title.strip(" ,.")}
    if vol:
        rec["volume"] = vol
    return rec


_NAME_IN_TITLE = re.compile(r"(?P<who>[A-ZÀ-Þ][\w’'\-]+)\s+(?:na|no|nas|nos|nella|nelle|nel|negli)\s+(?=[A-ZÀ-Þ«“])")
_TITLE_BY = re.compile(r"(?P<t>[A-ZÀ-Þ][^,;:]{2,80}?)\s+par\s+(?:(?:M|Mr|mr|MM|Mme|Dr)\.?\s+)?"
                       r"(?P<who>(?:[A-ZÀ-Þ]\.\s?){1,3}\s*[A-ZÀ-Þ][\w’'\-]+|[A-ZÀ-Þ][a-zß-ÿ]+\s+[A-ZÀ-Þ][\w’'\-]+)")


# a Russian short form: one surname ('и др.' for the others), a full stop, the title
_GLUED_INITIALS = re.compile(r"^((?:[А-ЯЁA-Z]\.){1,2})(?=[А-ЯЁA-Z][а-яёa-z])")
_RU_SHORT_VOLUME = re.compile(r"\.\s*Т\.\s*(?P<v>\d{1,3})(?:\.\s*(?:Ч|Кн|Вып)\.\s*(?P<p>\d{1,3}))?$")
RU_SHORT = re.compile(r"[А-ЯЁ][а-яё\-]+(?:\s+и\s+др)?\.\s+(?=[А-ЯЁ«])")


# compiled once: _short_form and _author_title ask them of most citations
_WORD_STOP_LEAD = re.compile(r"[A-ZА-ЯЁ][\w’'\-]+\.\s")
_INITIAL_WORD = re.compile(r"\w\.")
_END_VOLUME = re.compile(r"(?:^|,\s*)(?:(?:[Vv]ol|t|Bd|т|Т)\.\s*)?([IVX]+|[ivx]{1,5}|\d{1,2})$")
_AND_LEAD = re.compile(r"^(?:and|&)\s+")
_AND_WORD = re.compile(r"(?:and|&)\s")
_AND_OR_INITIAL = re.compile(r"(?:and|&)\s|[A-Z]\.")
_TITLE_AND_VOLUME = re.compile(r"(?P<t>[A-ZÀ-Þ][\w.\-]+)\s+(?P<v>[IVX]{1,4})")


def _short_form(text: str) -> dict | None:
    """'Stevenson', 'Bailey and Ryan', 'Gilbert, Wilderness', 'Trotsky, Stalin': family names only."""
    text = text.strip(" ,.")
    if " // " in text:  # an article and its journal, not a short form
        return None
    gost = _GOST_AUTHORS.match(text) if "., " in text[:60] else None
    if gost and (_gost_context(text, {}) or gost.group("title").startswith("Op. cit")):  # 'Dorey T., Dudley D. Op. cit.'
        # 'Девятов С., Шефов А., Юрьев Ю. Ближняя дача Сталина'
        names = [{"family": a.group("fam"), "given": a.group("ini").strip()}
                 for a in _GOST_ONE.finditer(text[:gost.start("title")])]
        out = {"author": names, "title": gost.group("title").strip(" ,."), "_gost": True}
        ed = _GOST_EDITION.search(out["title"]) if "-е " in out["title"] else None
        if ed:  # 'Маркс К., Энгельс Ф. Соч. 2-е изд. Т. 2': the edition, not the title
            out["edition"], out["title"] = ed.group("ed") or ed.group("ed2"), (out["title"][:ed.start()] + out["title"][ed.end():]).strip(" ,.")
        return out
    ri = _RU_INITIALS_FIRST.match(text) if "." in text[:4] else None
    if ri:  # 'И.И. Смирнов. Очерки': initials, surname, full stop, title
        out = {"author": [{"family": ri.group("fam"), "given": ri.group("ini").strip()}],
               "title": ri.group("title").strip(" ,.")}
        out["_gost"] = True  # a book by its GOST description, as 'Смирнов И.И. Очерки'; 'A. Ulam. Stalin. p. 25' too
        return out
    ru = _RU_AUTHOR.match(text) if "А" <= text[:1] <= "Я" and ", " not in text else None
    if ru and ". " not in ru.group("title"):  # 'Гордиенко А.Н. Иосиф Сталин': a title that could read as a name
        return {"author": [{"family": ru.group("fam"), "given": ru.group("ini").strip()}],
                "title": ru.group("title").strip(" ,."), "_gost": True}
    by = _TITLE_BY.fullmatch(text) if " par " in text else None
    if by:  # 'Les Corte-Real par mr. H. Harrisse': the title, then its author
        return {"author": [parse_name(by.group("who"))], "title": by.group("t")}
    na = _NAME_IN_TITLE.match(text) if " na " in text or " no " in text or " nel" in text else None
    if na:  # Portuguese and Italian 'Humboldt na Histoire de la géographie, tom. I': the author in his book
        text = f"{na.group('who')}, {text[na.end():]}"
    who, _, title = text.partition(", ")
    while ", " in title and _INITIALS_THEN_ONE.fullmatch(title.split(", ", 1)[0]) and _INITIALS_THEN_ONE.fullmatch(who.split(", ")[-1]):
        more, _, title = title.partition(", ")  # 'J. M. Diethart, K. A. Worp, Byz. Not.': every author first
        who = f"{who}, {more}"
    if not title and _WORD_STOP_LEAD.match(text):  # 'Голдстейн. Sino-Soviet Alliance'
        who, _, title = text.partition(". ")
    elif RU_SHORT.match(text):  # 'Рамзин и др. Процесс «Промпартии»': the first author, then the others
        who, _, title = text.partition(". ")
        who = who.removesuffix(" и др")
    if not title and who[-1:] in "IVX":
        vol = _TITLE_AND_VOLUME.fullmatch(who)
        if vol:  # 'VerfKomm I, S. 225': a work's short title and volume, no author
            return {"title": vol.group("t"), "volume": vol.group("v")}
    if who.split(" ", 1)[0].lower() in _TITLE_HEADS:  # 'Histoire de la Géographie, t. IV': a title, no author
        return _title_only(text)
    key = "author"
    if who.endswith(")") and _EDS.search(who):  # 'Rizvi and Bhargava (eds.), Freedom Struggle, i, 139'
        who, key = _EDS.sub("", who), "editor"
    if not _namelike(who) or len(who.split()) > 6:
        return None
    names = []
    if "." in who[:5]:
        who = _GLUED_INITIALS.sub(r"\1 ", who)  # 'И.Сталин': the initials set close to the name
    for part in _SHORT_SEP.split(_ET_AL.sub("", who)):
        words = part.split()
        if len(words) == 3 and words[1] in ("de", "del", "y") and words[0][:1].isupper() and words[2][:1].isupper() \
                and "." not in part:
            names.append({"family": part})  # 'Tuñón de Lara', 'Ortega y Gasset': a short form's compound surname
            continue
        name = parse_name(part) if len(words) > 1 else None
        if name and not name.get("literal"):
            names.append(name)
        elif name and (_has_org(part) or given_of_place(part)):
            names.append(name)
        elif words:
            names.append({"family": " ".join(w for w in words if not _INITIAL_WORD.fullmatch(w))
                          or words[-1]})
    rec: dict = {key: names}
    title = title.strip(" ,.")
    title = re.sub(r"(?:^|,\s*)(?:op\.\s*cit|loc\.\s*cit|ob\.\s*cit|art\.\s*cit|ouvr\.\s*cit|cit|a\.\s?a\.\s?O"
                   r"|(?:указ|цит)\.\s*соч|dz\.\s*cyt|a\.\s?w|t\.\s?a\.\s?p)\.?(?=,|$)", "", title).strip(" ,.")  # Polish 'dz. cyt.'
    if title:
        gost = _RU_SHORT_VOLUME.search(title) if "Т." in title else None
        if gost:  # 'Совершенно секретно. Т. 8. Ч. 2': the volume and its part
            rec["volume"], title = gost.group("v"), title[:gost.start()]
            if gost.group("p"):
                rec["part-number"] = gost.group("p")
        vol = None if gost else _END_VOLUME.search(title)
        if not vol and not gost and title[-1:] in _VOLUME_LAST and title.count(" ") >= 3:
            vol = _SPACED_VOLUME.search(title, max(0, len(title) - 8))  # 'Der Kaiser in Holland I', '… Wereldoorlog 14'
            if vol and title[-1:] in "IVX" and title.split()[-3] in _OF_A_RULER and title.split()[-2][:1].isupper():
                vol = None  # 'The Life of Henry VIII' (not 'Een halve eeuw van strijd II': a word, then the volume)
        if vol:
            rec["volume"], title = vol.group(1), title[:vol.start()]
        rec["title"] = title.strip(" ,.")
        inside = _IN_BOOK_SHORT.match(rec["title"])
        if inside:  # 'Carlo Troya, in Prose Lett., pag. 396': the author's piece in a book named short
            rec["container-title"] = rec.pop("title")[inside.end():]
    if not rec.get("title"):
        rec.pop("title", None)
    return rec


_VOLUME_LAST = frozenset("0123456789IVX")
# a volume after a title of three words or more, by a space only; not a ruler's numeral ('Henry VIII')
_SPACED_VOLUME = re.compile(r"(?<=[a-zß-ÿ]{3})\s+([IVX]{1,4}|\d{1,2})$")
_OF_A_RULER = frozenset(("of", "van", "von", "de", "di", "du", "der", "des", "del", "la", "le"))
_IN_BOOK_SHORT = re.compile(r"(?:in|dans|en|w):?\s+(?=[A-ZÀ-Þ«“])")


# not 'Hilary, Hist. frag.': a title's abbreviated word before a word in lower case
_INVERTED = re.compile(r"^(?P<fam>(?:(?:de|van|von|van der|de la|du|da|di|le|la)\s+)?[A-ZÀ-Þ\u0100-\u017fА-ЯЁ][\w’'\-]+)(?:,?\s+(?P<given>(?:[A-Z]\.\s?){1,3})"
                       r"|,\s+(?P<gw>[A-ZÀ-Þ\u0100-\u017fА-ЯЁ][a-zß-ÿ\u0100-\u017fа-яё]+(?:\s+(?:[A-Z][a-z]+|[A-Z]\.(?=\s)))?(?:\s+[A-Z][a-z]+)?(?:\s+[A-Z])?(?=\.\s(?![a-z]))))(?:[,.]\s+|(?<=\.)\s*(?=[‘“\"]))"
                       r"|^(?P<fam2>[A-Z][a-z\-]+)\s+(?P<ini>(?:[A-Z]\.\s?){1,3}),\s+")
_GIVEN_WORD = r"(?:[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?|[A-ZÀ-Þ]\.(?:\[[a-zß-ÿ]+\])?)"  # 'Jean-Pierre' too
_INVERTED_FULL = re.compile(rf"^(?P<fam>(?:(?:de|van|von|van der|van den|de la|du|da|di|del|della|le|la)\s+)?[A-ZÀ-Þ][\w’'\-]+),\s+(?P<gw>{_GIVEN_WORD}(?:\s+{_GIVEN_WORD}){{0,2}}"
                            r"(?:\s+(?:v\.|von|van|de))?),\s+(?=\S)")
_OPEN_QUOTES = frozenset("‘“\"«„")
_TITLE_GOES_ON = re.compile(r"(?:and|of|as)\s+(?:the\s+|The\s+|a\s+|A\s+)?[A-Z][\w’'\-]+:?(?:\s+\S+)*$")  # '… of the Past: The Use
_INVERTED_PAIR = re.compile(rf"^(?P<f1>[A-ZÀ-Þ][\w’'\-]+),\s+(?P<g1>{_GIVEN_WORD}(?:\s+{_GIVEN_WORD})?)\s+(?:et|and|und|y|e|&)\s+"
                            rf"(?P<f2>[A-ZÀ-Þ][\w’'\-]+),\s+(?P<g2>{_GIVEN_WORD}(?:\s+{_GIVEN_WORD})?),\s+(?=\S)")
_ED_MARK = re.compile(r"\(?(?:" + by_first_letter(
    (r"eds?", r"éds?", r"dir", r"hrsgg?", r"hgg?", r"comps?", r"red", r"szerk", r"oprac", r"a\s+cura\s+di", r"coords?", r"ред", r"сост")
    + _MORE_ED_MARKS[1:]) + r")\.*\)?", re.I)
# kept: one split gives both; each case opens with its punctuation (the letters before a full stop are
# checked behind it), so the scan skips quickly to a ',' or a '.'
_PIECE_SEP = re.compile(r"(,\s+|\.(?<=[a-z\u0430-\u044f]{2}\.)\s+(?=[A-Z\u0410-\u042f]))")


_LAST_SURNAME = re.compile(r",\s(?P<fam>[A-ZÀ-Þ][a-zß-ÿ’'\-]+(?:\s[A-ZÀ-Þ][a-zß-ÿ’'\-]+)?)$")


def _surname_before_title(before: str, rec: dict) -> bool:
    """'Serrano Súñer la atribuyó a Lequerica, Saña, “Franquismo”': prose, then the surname of the title's author."""
    m = _LAST_SURNAME.search(before, max(0, len(before) - 40))
    if m and not is_place(m.group("fam")):
        fam = m.group("fam")  # two words are two surnames only in Spanish: 'David Cannadine' is a given name and one
        rec["author"] = [{"family": fam}] if " " not in fam or SPANISH_LETTER.search(before) else parse_names(fam)
    return bool(m) and "author" in rec


def _author_title(text: str, rec: dict, editors: bool = False) -> None:
    """Split 'Authors, Title' (title marked or not) into author and title."""
    text = text.strip(" ,.")
    iso = iso_editor_head(text) if editors or ")." in text or " a kol." in text else None
    if iso:  # ISO 690, ABNT 'SVOBODA, Petr (ed.). Dějiny měst': the editor in capitals, the role, the book
        rec["editor"], rec["title"] = iso
        return
    eds = inverted_editors(text, _EDS) if ")" in text and text.count(", ") > 3 else None
    if eds:  # 'Jones, M., Brown, P. and White, A. (eds), Medieval Towns': each editor inverted
        rec["editor"], rec["title"] = eds
        return
    low = text.lower()
    th = _THESIS.search(text) if _thesis_hint(low) else None
    if th and th.start() > 0:
        start = max(text.rfind(",", 0, th.start()), text.rfind(": ", 0, th.start())) + 1  # the whole piece: 'unpublished D.Phil. thesis'
        rec["genre"] = text[start:th.end()].strip(" ,.")
        text = text[:start].strip(" ,.:")
    ru = _GOST_AUTHORS.match(text) if _initial_after_family(text) else None
    if ru is None or not (_gost_context(text, rec) or ru.start("fam") > 0):  # 'Getty J. A., Naumov O. Title': a GOST list
        ru = _RU_AUTHOR.match(text) if "А" <= text[:1] <= "Я" or text[:1] == "Ё" else None  # a Russian capital first
    if ru:
        rec["author"] = [{"family": a.group("fam"), "given": a.group("ini").strip()}
                         for a in _GOST_ONE.finditer(ru.group(0)[:ru.start("title")])] or [
                            {"family": ru.group("fam"), "given": ru.group("ini").strip()}]
        rec["title"] = ru.group("title").strip(" ,.")
        rec["_gost"] = True
        role = _GOST_ROLE_LEAD.match(rec["title"])
        if role:  # 'Орлов П. П. (ред.) Мельницы': the names edit the book
            rec["editor"] = rec.pop("author")
            rec["title"] = rec["title"][role.end():]
        return
    ri = _RU_INITIALS_FIRST.match(text) if "." in text[:4] else None
    if ri and not editors:  # 'И.И. Смирнов. Очерки': initials, surname, full stop, title
        rec["author"] = [{"family": ri.group("fam"), "given": ri.group("ini").strip()}]
        rec["title"] = ri.group("title").strip(" ,.")
        return
    pair = _INVERTED_PAIR.match(text) if not editors and ", " in text[:40] else None
    if pair:  # 'Fentress, James et Wickham, Chris, Social Memory': two authors, each inverted
        rec["author"] = [{"family": pair.group("f1"), "given": pair.group("g1")},
                         {"family": pair.group("f2"), "given": pair.group("g2")}]
        text = text[pair.end():]
        if marked_title(text) is None:
            rec["title"] = text.strip(" ,.")
            return
        _author_title(text, rec)
        return
    multi = inverted_name(text) if not editors and "," in text[:40] and text[:1].isupper() else None
    if multi:  # 'De Felice, Renzo, …', 'Menéndez Pidal, R., …', 'Lotman, Iu. M., …': the surname, then the given name
        rec["author"] = [multi[0]]
        text = text[multi[1]:]
        if marked_title(text) is None:
            rec["title"] = text.strip(" ,.")
            return
        _author_title(text, rec)
        return
    inv = _INVERTED.match(text)
    if not inv and not editors:
        inv = _INVERTED_FULL.match(text)  # 'Riemann, Robert, Title. Leipzig 1904', 'Basalla, George, ‘The spread …’'
        if inv and not (rec.get("issued") or rec.get("publisher-place") or text[inv.end():inv.end() + 1] in _OPEN_QUOTES):
            inv = None
    if inv and not editors:
        groups = inv.groupdict()
        given = (groups.get("given") or groups.get("gw") or groups.get("ini")).strip()
        if given[-2:-1] == " " and given[-1].isupper():
            given += "."  # 'Downing, Brian M. The Military Revolution': the initial's stop ends the name
        rec["author"] = [{"family": groups.get("fam") or groups.get("fam2"), "given": given}]
        text = text[inv.end():]
        if marked_title(text) is None:
            rec["title"] = text.strip(" ,.")
            return
        _author_title(text, rec)
        return
    m = marked_title(text)
    if m and m.group("i") is None and _embedded_quote(text, m):
        m = None  # 'Hans Mommsen, Die Realisierung …: Die „Endlösung der Judenfrage“ im …': words quoted in a title
    if m:
        title = next(g for g in m.groups() if g)
        before, after = text[:m.start()].strip(" ,.:"), text[m.end():].strip(" ,.")
        if before.endswith(("’s", "'s")) and " " not in before:
            before = before[:-2]  # 'Geertz’s “Thick Description”': the author's essay
        if before:
            _set_people(before, rec, editors)
            if not (rec.get("author") or rec.get("editor")) and ", " in before:
                _set_people(_lead_names(before), rec, editors)  # 'J. B. Priestley, broadcast, 9 July 1940'
            if not (rec.get("author") or rec.get("editor")) and len(before.split()) > 4:
                rec["_prose"] = not _surname_before_title(before, rec)
        rec["title"] = title.strip(" ,")
        italic = m.group("i") is not None  # an italic title is the book or journal itself
        if not italic and after.startswith(("and ", "of ", "as ")) and _TITLE_GOES_ON.match(after):
            rec["title"] = text[m.start():].strip(" ,.")  # '"Kubla Khan" and The Fall of Jerusalem'
            return
        if after and is_place(after.split(",")[0]) and not rec.get("publisher-place") and (
                italic or len(after.split(",")[0].split()) <= 2):  # '"Tytuł", Warszawa 1999': a town, no journal
            rec.setdefault("publisher-place", after.split(",")[0].strip())
        elif after and not italic and not rec.get("container-title") and after[0].isupper():
            book = rec.get("publisher-place") and not (rec.get("volume") or rec.get("issue"))
            if len(after.split(",")[0].split()) <= (12 if book else 8):
                rec["container-title"] = after.split(",")[0].strip()
                rec["type"] = "chapter" if book else "article-journal"  # '‘T’, Book (Farnham 2008)': no 'in'
        return
    split = _PIECE_SEP.split(text)
    pieces, seps = split[::2], split[1::2]
    corp = _corporate_chain(pieces) if len(pieces) > 2 and not editors else 0
    if corp:  # 'Estado Español, Ministerio de la Gobernación, Dictamen …': one body, named down its hierarchy
        rec["author"] = [{"literal": ", ".join(pieces[:corp])}]
        rec["title"] = "".join(p + s for p, s in zip(pieces[corp:], seps[corp:] + [""])).strip(" ,.")
        return
    if len(pieces) > 1 and not editors and len(pieces[0]) < 40 and _state(pieces[0]):
        rec["author"] = [{"literal": pieces[0]}]  # 'Republic of Kenya, Kenya Population Census, 1962'
        rec["title"] = "".join(p + s for p, s in zip(pieces[1:], seps[1:] + [""])).strip(" ,.")
        return
    if not editors and len(pieces) > 2 and ")" in pieces[1] and _EDS.search(pieces[1]):
        eds = _inverted_names(f"{pieces[0]}, {_EDS.sub('', pieces[1])}")
        if eds:  # 'Kinyatti, M. wa (ed.), The Dedan Kimathi Papers'
            rec["editor"] = eds
            pieces, seps = pieces[2:], seps[2:]
    people = []
    k = 0  # 'A, B, C, eds., Title' / 'A, B (dir.), Title': every name before the marker edits
    while k < min(len(pieces) - 1, 8) and _namelike(pieces[k]) and not _ED_MARK.fullmatch(pieces[k]):
        k += 1
    if k > 1 and (_ED_MARK.fullmatch(pieces[k]) or _eds_end(pieces[k - 1])):
        people, pieces = pieces[:k], pieces[k:]
        editors = True
    last = next((i for i in range(1, min(len(pieces) - 1, 6)) if pieces[i].startswith(("and ", "& "))), 0) \
        if ", and " in text or "&" in text and ", & " in text else 0
    if not editors and last and all(_namelike(p) for p in pieces[:last + 1]) and all(
            _FULL_NAME_PIECE.fullmatch(_AND_LEAD.sub("", p)) for p in pieces[:last + 1]):
        people, pieces = pieces[:last], pieces[last:]  # 'A, B, and C, Title': every name up to the 'and'
    elif not editors and len(pieces) > 3 and (" et " in text or " and " in text or " & " in text):
        last = _names_then_pair(pieces)
        people, pieces = pieces[:last], pieces[last:]  # 'A, B, C et D, Title': names up to the pair joined
    while not editors and len(pieces) > 1 and _namelike(pieces[0]) and len(people) < 6:
        people.append(pieces.pop(0))
        if len(pieces) > 1 and _SUFFIX_PIECE.fullmatch(pieces[0]):  # 'Alfred A. Moss, Jr., From Slavery …'
            people[-1] += ", " + pieces.pop(0)
        if pieces and _AND_WORD.match(pieces[0]):
            continue
        if len(people) >= 1 and not (pieces and _namelike(pieces[0]) and len(pieces) > 1
                                     and _AND_OR_INITIAL.match(pieces[0])):
            break
    if people and pieces and _ED_MARK.fullmatch(pieces[0]):
        pieces.pop(0)
        editors = True
    if people:
        _set_people(", ".join(people), rec, editors)
    while len(pieces) > 1 and (_GENRE.match(pieces[0]) or pieces[0][:1].isdigit() and not pieces[1][:1].islower()
                               and len(pieces[0].split()) <= 4 and first_date(pieces[0])):  # '1810, le tournant': a title opening on a year
        pieces.pop(0)
    if pieces:  # only leading pieces went: the title is the split's tail, pieces and separators as printed
        rec["title"] = "".join(split[len(split) + 1 - 2 * len(pieces):]).strip(" ,.")


_NAME_PAIR = re.compile(rf"{_FULL_NAME_PIECE.pattern}\s+(?:and|et|&)\s+{_FULL_NAME_PIECE.pattern}")


def _names_then_pair(pieces: list[str]) -> int:
    """How many full names come before a pair joined by 'and' or 'et' that ends a list of four or more."""
    for i in range(1, min(len(pieces) - 1, 6)):
        if not _FULL_NAME_PIECE.fullmatch(pieces[i - 1]):
            return 0
        if " et " in pieces[i] or " and " in pieces[i] or " & " in pieces[i]:
            return i if i > 1 and _NAME_PAIR.fullmatch(pieces[i]) else 0  # not 'A, Roosevelt and American Policy'
    return 0


def _embedded_quote(text: str, m: re.Match) -> bool:
    """The quotation marks sit inside an unmarked title that follows the names."""
    before = text[:m.start()]
    if before[-2:] == ": ":  # 'A and B, Stalinskie “sudy chesti”: “Delo KR”': the subtitle quoted too
        return _quoted_words_before(before[:-2])
    if not before or before.rstrip()[-1:] in ",:.;(" or ", " not in before:
        return False
    head, _, tail = before.rpartition(", ")
    goes_on = text[m.end():m.end() + 2].startswith(" ") and text[m.end() + 1:m.end() + 2].islower()
    return (len(tail.split()) >= 3 or ":" in tail or tail.strip() in _TITLE_ARTICLES or goes_on) \
        and _namelike(head) and tail[:1].isupper()  # 'Aksiutin, Khrushchevskaia "ottepel'" i obshchestvennye …'


# 'Mampel, Die “sozialistische Verfassung der DDR” unter …': an article opens the title before the quote
_TITLE_ARTICLES = frozenset("Die Der Das Ein Eine The A An La Le Les L’ Il Lo Gli El Los Las Un Une Uno Una O Os As".split())


def _lead_names(text: str) -> str:
    """The names that open 'Name, genre, date' ('J. B. Priestley, broadcast, 9 July 1940')."""
    pieces = text.split(", ")
    rest = pieces[1:]
    if _namelike(pieces[0]) and rest and all(_GENRE.match(p) or first_date(p) for p in rest):
        return pieces[0]
    return ""


_STATE = re.compile(r"(?:The\s+)?(?:United\s+States(?:\s+of\s+America)?|U\.\s?S\.(?:\s?A\.)?|USA|UK|United\s+Kingdom"
                    r"|Great\s+Britain|Soviet\s+Union|USSR|Estado\s+\w+|Republic\s+of\s+\w+|\w+\s+Government)$")


def _state(text: str) -> bool:
    """_STATE.match(text), looked for only when one of its words is there."""
    return ("U" in text or "B" in text and "Britain" in text or "v" in text and "Soviet" in text or "E" in text and "Estado" in text  # 'U': United, US, UK, USSR
            or "p" in text and "Republic" in text or "v" in text and "Government" in text) and _STATE.match(text) is not None


def _corporate_chain(pieces: list[str]) -> int:
    """How many leading comma pieces name one body: a state or organisation, then its offices."""
    if not (_has_org(pieces[0]) or _state(pieces[0].strip())) or len(pieces[0].split()) > 8:
        return 0
    n = 1
    while n < min(len(pieces) - 1, 4) and _ORG.match(pieces[n].strip().removeprefix("the ").removeprefix("The ")) \
            and len(pieces[n].split()) <= 8:
        n += 1
    return n if n >= 2 else 0


_TRANS_AND_ED = re.compile(r"\s*\((?:trans|tr)\.\s+and\s+ed\.\)$|\s*\(ed\.\s+and\s+(?:trans|tr)\.\)$")


# British 'Smith, J. (ed.)', 'Kinyatti, M. wa (ed.)', 'Smith, John and Jones, K. (eds.)': each name family first
_INVERTED_NAME = re.compile(r"(?P<fam>[A-ZÀ-Þ][\w’'\-]+),\s+(?P<given>(?:[A-ZÀ-Þ]\.\s?){1,3}|[A-ZÀ-Þ][a-zß-ÿ]+(?:\s+[A-Z]\.)?)"
                            r"(?P<part>\s+(?:wa|de|van|von|da|di|du|le|la|al|el|del|della|der|den))?")
_ET_AL_END = re.compile(r",?\s+et\s+al\.?[\s,]*$")
_NAMES_AND = re.compile(r"\s+(?:and|&)\s+|;\s+")


def _inverted_names(text: str) -> list[dict] | None:
    names = []
    for piece in _NAMES_AND.split(text.strip(" ,")):
        m = _INVERTED_NAME.fullmatch(piece.strip())
        if not m:
            return None
        given = m.group("given").strip()
        if m.group("part"):
            given += " " + m.group("part").strip()
        names.append({"family": m.group("fam"), "given": given})
    return names


def _set_people(text: str, rec: dict, editors: bool) -> None:
    pieces = text.split(", ")
    if len(pieces) >= 2 and not editors and _corporate_chain(pieces + [""]) == len(pieces):
        rec["author"] = [{"literal": text.strip(" ,")}]
        return
    if not editors and _state(text.strip(" ,.")):  # 'Great Britain, Joint Select Committee …': the state wrote it
        rec["author"] = [{"literal": text.strip(" ,.")}]
        return
    both = _TRANS_AND_ED.search(text) if "(" in text and ("(tr" in text or "(ed" in text) else None
    if both:  # 'Rosemary Horrox (trans. and ed.), The Black Death'
        names = _people(text[:both.start()])
        if names:
            rec["editor"], rec["translator"] = names, names
        return
    if _eds_end(text) or editors:
        bare = _EDS.sub("", text)
        names = _inverted_names(bare) if ", " in bare else None
        names = names or _people(bare)
        if names:
            rec["editor"] = names
        return
    inverted = _inverted_names(_ET_AL_END.sub("", text)) if " et al" in text and ", " in text else None
    if inverted:  # 'Brooks, N. et al. ,': a name printed inverted, then others not named
        rec["author"] = inverted
        return
    names = _people(text) if _namelike(text) else []
    if len(names) > 1 and "," not in text and _ORG_LAST.search(text.strip(" ,.")):
        names = [{"literal": text.strip(" ,.")}]  # 'Food and Agriculture Organization': one body
    if not names:
        p = _POSSESSIVE.search(text)
        name = parse_name(p.group(1)) if p else None
        names = [name] if name and p.group(1)[0].isupper() and len(p.group(1).split()) > 1 else []
    if names:
        rec["author"] = names


_GOST_ROLE_LEAD = re.compile(r"\((?:ред|сост|отв\.\s*ред|eds?|Hrsg|Hg)\.?\)\s*")
_ORG_LAST = re.compile(r"\b(?:Organi[sz]ation|Committee|Commission|Council|Institute|Institution|Foundation|"
                       r"Association|Society|Bureau|Office|Agency|Board|Ministry|Department|Fund|Bank|Union|League)$")
