"""A note cut into the texts of its citations: segments at its semicolons, works joined by 'and', sentences that end
as citations end, and the cues ('see', 'cf.', 'quoted in') that open a citation."""

from __future__ import annotations

import re

from .cite_news import newspaper_issue
from .cite_parts import THESIS_IMPRINT, by_first_letter, is_place, is_publisher
from .note_records import _prose
from .note_own_work import OWN_HINT, own_work_title_runs_on


# the cues, each one case of _CUE (keep _CUE_FIRST in step)
_CUES = (
    r"see\s+also", r"see\s+further", r"see\s+(?:especially|esp\.|in\s+particular|now)", r"see,?\s+(?:for\s+example|e\.g\.),?", r"see", r"also\s+see", r"cf\.",
    r"vgl\.(?:\s+pars\s+pro\s+toto|\s+auch|\s+nur|\s+etwa|\s+dazu|\s+hierzu|\s+ferner)?", r"см\.(?:\s+также)?:?",
    r"цит(?:\.|ируется)\s+по(?:\s+(?:кн|ст)\.)?:?", r"див\.(?:\s+також)?:?", r"цит\.\s+за:?",  # Ukrainian 'see', 'quoted from'
    r"ср\.(?:\s+также)?:?", r"cit(?:é|ée|ation)\s+(?:dans|par(?:(?:\s+[\w’'\-]+){1,3}\s+dans)?)", r"zit(?:\.|iert)\s+(?:n\.|nach)",
    r"citado\s+(?:en|por)", r"citat[oaie]\s+(?:da|in)", r"lásd(?:\s+még)?:?", r"vö\.:?", r"apud", r"zob\.(?:\s+też)?:?", r"patrz(?:\s+(?:też|także))?:?", r"por\.", r"srovn?\.", r"viz", r"zie", r"se\s+(?:även|också)", r"se(?<=(?-i:S)e)(?=\s+[A-ZÅÄÖ]\.)", r"jfr(?<=(?-i:J)fr)\.?",
    r"cyt\.\s+(?:za|wg\.?):?", r"voir(?:\s+aussi)?", r"véase(?:\s+también)?(?:,?\s+por\s+ejemplo)?,?", r"ver(?:\s+también)?", r"seg[úu]n",
    r"cfr\.(?:\s+anche)?", r"conf[ée]rez", r"conforme", r"bei(?=\s+[A-ZÄÖÜ][\w\-]+,\s+[A-ZÄÖÜ])", r"siehe(?:\s+auch)?", r"desgl\.", r"vedi(?:\s+anche)?", r"vegg(?:asi|ansi)", r"ved(?:asi|ansi)", r"trovasi\s+(?:nella|nel|nello|negli|nelle|in)",
    r"leggesi\s+(?:nella|nel|nello|negli|nelle|in)", r"а\s+также", r"cited\s+(?:in|by)",
    r"reprinted\s+in", r"later\s+(?:reprinted\s+)?in", r"reprinted\s+from", r"adapted\s+from", r"taken\s+from",
    r"reported\s+in", r"text(?<=(?-i:T)ext)\s+in", r"english\s+translation\s+in", r"translation(?<=(?-i:T)ranslation)\s+in",
    r"printed(?<=(?-i:P)rinted)\s+in",
    r"repr\.\s+in", r"repris\s+dans", r"geciteerd\s+(?:in|bij):?", r"aangehaald\s+(?:in|bij):?", r"ristampat[oa]\s+in",
    r"reimpreso\s+en", r"w(?:g\.?:?|edług:?|ieder\s+abgedr(?:uckt|\.)\s+in:?)", r"ora\s+in", r"quoted\s+by", r"citing",
    r"quoting", r"contra:", r"compare(?=\s+(?-i:[A-Z]))", r"based\s+on", r"may\s+consult", r"quoted\s+(?:and\s+translated\s+)?in", r"e\.\s?g\.", r"draws\s+(?:principally\s+)?on",
    # the printed source after a web page or a reprint (capitalized, opening a sentence: not '…, originally published in')
    r"original\s+source", r"originally(?<=(?-i:O)riginally)\s+published\s+in", r"first(?<=(?-i:F)irst)\s+published\s+in",
    r"for\s+(?:example|instance),?", r"notable\s+examples?\s+include:?", r"examples?\s+include:?", r"is(?:\s+(?:published|printed)\s+in)?",
    r"in\s+(?=[A-Z][a-z]+\s+[A-Z])", r"in(?<=\d{4},\sin)(?=\s+[A-Z][\w’'\-]+,\s)",
)
_CUE = re.compile(  # a word's start (looked at first: most positions are not), then the lookahead with the
    # first letters of the cues (keep them in step): a quick skip
    rf"(?<![^\s(:])(?=[sacvzprwoqbmedfniсцаgtljд])(?:{by_first_letter(_CUES)}):?\s+", re.I)
# _CUE's 'is' and 'in' cases alone (keep them in step)
# it opens on the 'i' it consumes (a class matched with case: a quick scan, 'i' being rarer than a word's start),
# the group's own class looked at behind it
_CUE_IS_IN = re.compile(r"(?-i:[iIİı])(?<![^\s(:].)(?:"
                        + re.sub(r"\(\?-i:(\[[^]]*\])\)", r"(?<=\1)", by_first_letter(_CUES[-3:])) + r"):?\s+", re.I)
_IS_IN = frozenset({"is", "in"})
# the first word of every _CUE alternative, for a quick look before the pattern
_CUE_FIRST = frozenset("see also cf. conférez conferez conforme bei vgl. см. цит. цитируется ср. ср.: див. див.: voir véase ver según segun cfr. siehe desgl. vedi por. zob. zob.: srov. srovn. viz zie se jfr jfr. а "
                       "patrz contra compare cited cité citée citation citato citata citati citate lásd vö. zit. zitiert citado apud cyt. wg wg. wg: według według: reprinted adapted taken repr. "
                       "repris geciteerd aangehaald ristampato ristampata reimpreso wieder ora veggasi vedasi veggansi vedansi trovasi leggesi "
                       "quoted citing quoting original originally first based may e.g. e. draws for notable examples example is in "
                       "reported text english translation printed".split())


_IBID = re.compile(r"^(?:ibid|ibidem|ibíd|ebd|ebenda|ivi|tamże|tamtéž|tamže|tamt(?=\.)|dtto|там\s+же|там\s+само|пак\s+там|isto(?=[.,]\s*(?:str\.|s\.|\d|$)|$)|исто(?=[.,]\s*(?:стр\.|с\.|\d|$)|$)|id\.(?=,?\s*(?:pp?\.|S\.|С\.|\d|at\s|$))|idem(?=[.,]?\s*(?:pp?\.|S\.|С\.|\d|$))|(?:op|loc)\.\s*cit|dz\.\s*cyt|uo(?=\.)"
                   # Dutch 'aldaar', Hungarian 'ugyanott', the short 'ib.', 'ibd.' before a page
                   r"|aldaar|ugyanott|ibd?(?=\.,?\s*(?:pp?\.|S\.|\d|$)))\.?,?\s*", re.I)
# every letter re.I lets _IBID open with: most texts are turned away on their first letter, before the pattern
_IBID_FIRST = frozenset("iIİıeEtTтТᲄᲅoOlLdDuUaAпПиИ")  # 'u': Hungarian 'Uo.', 'ugyanott'; 'a': Dutch 'aldaar';
# 'п': Bulgarian 'Пак там'; 'и': Serbian 'Исто'


def _ibid(text: str) -> re.Match | None:
    """_IBID.match(text)."""
    return _IBID.match(text) if text[:1] in _IBID_FIRST else None


# the break opens on its first space, so the scan skips quickly from space to space; the looks back
# (a sentence's end, not 'ed.' or 'vol.') take in that space
# what follows a day's number or an edition's, not a new sentence: 'Die Zeit, 12. März 1956', '2. Aufl.'
_NOT_AFTER_DAY = (r"(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jänner"
                  r"|Aufl|Auflage|Ausg|Jg|Jahrg|Bd|Band|Heft|Teil|Tl|Halbbd|Jh|Jahrhundert|Kapitel|Kap|Abschn|Buch|EL\s)")
_SENTENCE = re.compile(rf"\s(?<=[.!?”’\"]\s)(?:(?<=[a-zA-Z0-9\u0430-\u044f)*'’”\"]{{3}}[.!?]\s)|(?<=[a-z]{{3}}[.!?][”’\"]\s)|(?:(?<=[,–\-]\s\d\.\s)|(?<=[,–\-]\s\d\d\.\s)|(?<=\d[–\-]\d\.\s)|(?<=\d[–\-]\d\d\.\s)|(?<=\d\.\d\.\s))(?!{_NOT_AFTER_DAY}))(?<!ред\.\s)(?<!пер\.\s)(?<!сост\.\s)(?<!\bed\.\s)(?<!eds\.\s)(?<!vol\.\s)(?<!tom\.\s)(?<!cap\.\s)(?<!trans\.\s)(?<![hH]rsg\.\s)(?<!comp\.\s)(?<!\bred\.\s)(?<!oprac\.\s)(?<!(?:opr|wyd|Vol)\.\s)(?<!przeł\.\s)(?<!tłum\.\s)(?<!trad\.\s)(?<!coord\.\s)(?<!,\sdir\.\s)(?<!szerk\.\s)(?<!,\sorg\.\s)(?<!fasc\.\s)(?<!fase\.\s)\s*(?=[A-Z\u0410-\u042f*\"“‘(]|\d{{1,3}}(?:[.,]\d{{1,2}})?\s?%\s)(?![A-Z\u0410-\u042f]\.?\s?\d)(?!(?:No|Nr|Vol|Bd|Jg|Vyp|Вып|Кн)\.?\s?\d)(?!(?:Т|Кн|Ч)\.\s?[IVXL]{{1,6}}\.)(?![МЛ]\.:)")


_SECOND_PLACE = re.compile(r"\s*(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|(?<=[МЛ]\.;)\s?(?:М|Л|СПб|Пг|К)\.|(?:L|N\.\s?Y|P)\.|[A-Z]\.\s?[A-Z]\.|[A-Z][a-z]{2,4}\.)(?::\s*[^,;:()]{2,40})?,\s*(?:1[5-9]|20)\d\d\b")


# GOST's two publishers of one imprint: 'М.: Яуза; Эксмо, 2004'
_GOST_PUBLISHER_BEFORE = re.compile(r"(?<!\w)(?:М|Л|СПб|К|Мн|Київ|Москва)\.?:\s*[^,;:.()]{2,40}$")
# or of a town in Latin letters, firms by their names: 'Bloomington: Indiana University Press; Hoover Institution Press, 1988'
_PUBLISHER_BEFORE = re.compile(r"(?<![\w.])[A-Z][\w.\-]+(?:\s[A-Z][\w.\-]+)?:\s*(?P<pub>[^,;:.()]{2,40})$")
_SECOND_PUBLISHER = re.compile(r"\s*[«\"]?[А-ЯЁA-Z][^,;:.()]{1,40},\s*(?:1[5-9]|20)\d\d\b")
# GOST's two cities of one imprint: 'М.; Л., 1946'
_SECOND_GOST_CITY = re.compile(r"\s*(?:М|Л|СПб|Пг|К)\.[,:]")
_GOST_CITY_BEFORE = re.compile(r"(?<!\w)(?:М|Л|СПб|Пг|К)\.$")
_SEASON_NEXT = re.compile(r"\s(?:Spring|Summer|Autumn|Fall|Winter)\s+(?:1[5-9]|20)\d\d,")
_BRACKET_OR_SEMI = re.compile(r"[()\[\];]")


def _firm_before(text: str, i: int) -> bool:
    """'Place: Firm' ends just before the ';', the firm named as one ('… University Press')."""
    m = _PUBLISHER_BEFORE.search(text, max(0, i - 60), i)
    return bool(m) and is_publisher(m.group("pub"))


def _split_depth0(text: str) -> list[str]:
    """`text` cut at each ';' outside brackets (unless a second place of publication follows)."""
    if ";" not in text:
        return [text]
    out, depth, start = [], 0, 0
    for m in _BRACKET_OR_SEMI.finditer(text):
        c, i = m.group(), m.start()
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and not _SECOND_PLACE.match(text, i + 1) and text[i + 1:i + 8] != " being " \
                and not (text[i - 1:i] == "." and _SECOND_GOST_CITY.match(text, i + 1)
                         and _GOST_CITY_BEFORE.search(text, max(0, i - 5), i)) \
                and not (_SECOND_PUBLISHER.match(text, i + 1) and (
                    _GOST_PUBLISHER_BEFORE.search(text, max(0, i - 50), i) or _firm_before(text, i))) \
                and not _SEASON_NEXT.match(text, i + 1):  # 'International Security; Summer 1976, vol. I': its issue
            out.append(text[start:i])  # 'Quarantine and Plague; being a summary of …': an old title runs on
            start = i + 1
    out.append(text[start:])
    return out


_AND_NEXT = re.compile(r"\)(?P<loc>,\s*(?:pp?\.\s*)?\d[\d–\-]*(?:(?:,|\s+and)\s*\d[\d–\-]*)*)?\s*,?\s+(?:and|or|och|o\.)\s+"
                       r"(?:(?:on|in|to|from)\s+|(?:to\s+a\s+lesser\s+extent|more\s+generally|in\s+particular),?\s+)?"
                       r"(?=[A-Z][\w.’'\-]*,?\s+[A-Z])"  # '…, 45, and on Mark Harrison, …', '…), and to a lesser extent X, …'
                       # '…, pp. 70–1, and, more generally, his The Rise of …'
                       r"|\)(?P<loc2>,\s*(?:pp?\.\s*)?\d[\d–\-]*)?,?\s+and,?\s+(?:(?:more\s+generally|also|especially|in\s+particular),?\s+)?"
                       r"(?=(?:his|her|their)\s+[A-Z‘“])")  # '…, 1975) and his ‘John Robert Seeley …’ in …'



_AUTHOR_YEAR_AND = re.compile(r"(?<=\d),\s+and\s+(?=[A-Z][\w’'\-]+(?:\s+(?:and|&)\s+[A-Z][\w’'\-]+)?\s+(?:1[5-9]|20)\d\d[a-z]?\b)")


_TWO_ANCIENT_WORKS = re.compile(r"(?P<who>[A-Z][a-z]{2,15}),\s(?P<a>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3}\s\d{1,2}\.\d{1,4})"
                                r"\sand\s(?P<b>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3}\s\d{1,2}\.\d{1,4})")
_SAME_JOURNAL_AGAIN = re.compile(r"(?P<head>(?P<who>[A-Z][^()]{1,80}?),\sin\s(?P<j>[A-Z][^()]{2,100}?)\s\((?:1[6-9]|20)\d\d\),"
                                 r"\s\d{1,4}(?:[–-]\d{1,4})?),\sand\s(?P<more>\((?:1[6-9]|20)\d\d\),\s\d{1,4}(?:[–-]\d{1,4})?)")


_AND_QUOTED = re.compile(r"\)(?P<loc>,\s*(?:pp?\.\s*)?\d[\d–\-]*(?:,\s*\d[\d–\-]*)*)?,\s+and\s+(?=[“\"][^”\"]{3,200}[”\"])")


# '…, Madrid, 1975, y Panorama de …, Madrid, 1978': the same author's next book after an imprint's year
_YEAR_AND_TITLE = re.compile(r",(?<=\D(?:1[5-9]|20)\d\d,)\s+(?:y|e|et|and|und|i|и)\s+(?=[A-ZÀ-ÞА-ЯЁ«“„‘][^,;()]{3,120},"
                             r"\s*(?:[A-ZÀ-ÞА-ЯЁ][^,;()]{1,40},\s*)?(?:1[5-9]|20)\d\d)")


# '…, S. 111 und J. G. Keenan, B.A.S.P. 27 …': after a page, the next work by initials and surname
_PAGE_AND_NAME = re.compile(r"(?<=\d),?\s+(?:und|and|et|en|e|y|i)(?:,\s+[a-z][^,;()\d]{2,80},)?\s+(?=(?:[A-ZÀ-Þ]\.\s?-?){1,3}\s?(?:(?:von|van|de|di|da|du|del|della|le|la)\s)?"
                            r"[A-ZÀ-Þ](?:[a-zß-ÿ’'\-]+|[A-ZÀ-Þ’'\-]+),\s)")  # '…, DDC 1 (1935) 1387, and R. von Heckel, ‘…’'
                            # (a surname in small capitals too: '…, pagine 308-13, e G. SNYDERS, "…"')
# after a page, a conjunction and the next short form by surname, title and page, in the notes' languages:
# 'Marsh, Farm Politics, 12–15, and Lowe, Bread, 7', 'Rossi, Storia, p. 45 e Bianchi, Città, p. 7', '…, 45, with Jones, …'
_SHORT_FORM_AND = re.compile(r"[,\s](?<=\d[,\s])\s*(?:und|and|et|en|e|y|i|with)\s+(?=[A-ZÀ-Þ][\w’'\-]+,\s+[A-ZÀ-Þ][^,()]{1,60},\s*"
                             r"(?:(?:pp?|S|s|pagg?|págs?)\.\s*)?\d)")
_YEAR_AND_NAME_YEAR = re.compile(r"(?<=\d),?\s+(?:et|und|y|en|e|i)\s+(?=[A-ZÀ-Þ][\w’'\-]+\s+(?:1[5-9]|20)\d\d[a-z]?\b)")
# French '…, p. 48-53 et introduction à Jacques Le Goff, Saint-Louis, …': the front matter of the next book
_PAGE_AND_FRONT_MATTER = re.compile(r"(?<=\d)\s+et\s+"
                                    r"(?=(?:introduction|préface|postface|avant-propos)\s+(?:à|de)\s+[A-ZÀ-Þ])")


# an imprint's year (and the first edition's in brackets), a conjunction, then the next work's author in full
_IMPRINT_AND_NAME = re.compile(r"(?:(?<=,\s\d{4})|(?<=,\s\d{4}\s\[\d{4}\]))\s+(?:und|and|et|y|e|i)\s+(?=[A-ZÀ-Þ][a-zß-ÿ]+(?:\s+[A-ZÀ-Þ][a-zß-ÿ]+){1,3},\s)")
# French '…, et la 3e partie de ces Mémoires, …': the writer's own book, cited after a work, no work of its own
_OWN_BOOK_AFTER = re.compile(r",\s+et\s+(?:la|le|les|l[’'])\s?[^,;()]{0,40}?\b(?:de|dans)\s+(?:ces|ce|cet)\s+"
                             r"(?:Mémoires|livre|ouvrage|volume|tome|travail)\b[^;]*$")
# a page, a conjunction, then a paper's name and a day's date: 'Ibid., p. 12, et Le Monde, 5 novembre 1956'
_PAGE_AND_PAPER = re.compile(r",(?<=\d,)\s+(?:and|et|y|e|und|i)\s+(?=(?:the\s+)?[A-ZÀ-Þ][^,;()]{1,40},\s*(?:\d{1,2}\.?\s+(?:de\s+)?"
                             r"[^\W\d]{3,12}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},)\s+(?:de\s+)?(?:1[6-9]|20)\d\d\b)")
_DIGIT_CONJUNCTION = re.compile(r"[\d\]],?\s(?:und|and|et|en|e|y|i)[\s,]")  # what the patterns above need
# ' and ', ' e ', ' et ', ' y ', ' und ', ' en ', ' i ': one scan from the space (quicker than the pattern above, so first)
_CONJUNCTION_WORD = re.compile(r" (?:and|et?|y|und|en|i)[ ,]")


def _split_and(segment: str) -> list[str]:
    """'A, Title (1990), 45, and B, Title (1995)': two citations, each with its locator."""
    if ", et " in segment and (" ces " in segment or " ce " in segment or " cet " in segment):
        segment = _OWN_BOOK_AFTER.sub("", segment)  # '…, p. 384, et la 3e partie de ces Mémoires, chap. XII': this book
    if _CONJUNCTION_WORD.search(segment) and _DIGIT_CONJUNCTION.search(segment):  # a number, then 'und' …
        parts = _PAGE_AND_NAME.split(segment) if ". " in segment else [segment]
        if len(parts) == 1 and segment.count(", ") >= 3:
            parts = _SHORT_FORM_AND.split(segment)  # 'Rossi, Storia, p. 45 e Bianchi, Città, p. 7'
        if len(parts) == 1 and ("introduction " in segment or "face " in segment or "avant-propos " in segment):
            parts = _PAGE_AND_FRONT_MATTER.split(segment)  # '…, p. 48-53 et introduction à X, Title …'
        if len(parts) == 1:
            parts = _YEAR_AND_NAME_YEAR.split(segment)  # 'Dupont 1998 et Martin 2001': two author-date references
        if len(parts) == 1:
            parts = _IMPRINT_AND_NAME.split(segment)  # '…, Madrid, 1976 y José Manuel Martínez Bande, La batalla …'
        if len(parts) == 1:
            parts = _PAGE_AND_PAPER.split(segment)  # '…, 45, and Washington Post, 12 June 1963': a paper's issue next
        if len(parts) > 1:
            return [c for p in parts for c in _split_and(p)]
    if _YEAR_AND_TITLE.search(segment):
        parts = _YEAR_AND_TITLE.split(segment)
        if len(parts) > 1:  # the later books are the same author's: read as after 'idem,'
            return [parts[0]] + [c for p in parts[1:] for c in _split_and("idem, " + p)]
    if " and" not in segment and " or " not in segment and ") o" not in segment and ", with " not in segment:  # Swedish ') o. C. Strandberg'
        return [segment]
    if "“" in segment and ", and “" in segment or '"' in segment and ', and "' in segment:
        quoted = _AND_QUOTED.search(segment)
        if quoted:  # '…(New York: Norton, 2006), and “Whose Culture Is It?” New York Review …': the same author's article
            return [segment[:quoted.end("loc") if quoted.group("loc") else quoted.start() + 1]] + \
                _split_and("idem, " + segment[quoted.end():])
    if segment.rstrip(".")[-1:].isdigit() and segment.count(", ") == 1:
        works = _TWO_ANCIENT_WORKS.fullmatch(segment.rstrip("."))
        if works:  # 'Homer, Iliad 6.528 and Odyssey 17.323': two works of one author by book and line
            return [f"{works.group('who')}, {works.group('a')}", f"{works.group('who')}, {works.group('b')}"]
    if ", and (" in segment:
        again = _SAME_JOURNAL_AGAIN.fullmatch(segment.rstrip(" ."))
        if again:  # 'X, in Journal (1998), 889–906, and (2001), 527–46': the same authors in the same journal
            return [again.group("head"), f"{again.group('who')}, in {again.group('j')} {again.group('more')}"]
    if ", with " in segment and _SHORT_FORM_AND.search(segment):  # 'Compare Smith, Title, 45, with Jones, Other, 67'
        return _SHORT_FORM_AND.split(segment)
    if ", and " in segment:
        if _AUTHOR_YEAR_AND.search(segment):  # 'Gaddis 1997, 45–50, and Leffler 1992, ch. 3'
            return _AUTHOR_YEAR_AND.split(segment)
    out, start = [], 0
    for m in _AND_NEXT.finditer(segment):
        loc = "loc" if m.group("loc") else "loc2" if m.group("loc2") else None
        out.append(segment[start:m.end(loc) if loc else m.start() + 1])
        start = m.end()
    out.append(segment[start:])
    return out


# an imprint '(London, 1990)', '(1990)' or a journal's '45 (1986)' closes a citation; a title's
# '(1919-1989)' does not
_IMPRINT_END = r"(?:\([^()]*[,:;][^()]*|\d\)?\s*\([^()]*|\()(?:1[5-9]|20)\d\d\)"


# two of _FINISHED's endings (', 45', a year); opens on a class of their first characters (a quick scan), a year's
# word start looked at behind its first digit
_FINISHED_QUICK = re.compile(r"[,12](?:(?<=,)\s*\d{1,4}(?:\s*[-–]\s*\d{1,4}|\.\d{1,3})?|(?<!\w1)(?<=1)[5-9]\d\d|(?<!\w2)(?<=2)0\d\d)\.?$")
_NEXT_CUED = re.compile(r"(?:See|Cf\.|Vgl\.|Voir|Siehe|For\s[^,.;]{2,40},\s+see)\s")
_FOLIO_END = re.compile(r",\s\d{1,4}[rv](?:\s?[-–]\s?\d{1,4}[rv])?\.$")
_FINISHED_LAST = frozenset("0123456789)–-, ")
_QUOTED_END = re.compile(r",\s*“[^”]{2,200}[.!?]”\.?$")
_YEAR_DOT = re.compile(r"(?:1[5-9]|20)\d\d[a-z]?\)?\.$")
# opens on its capital (a space or the start before it looked at behind it): a quick scan
_YEAR_HEAD = re.compile(r"[A-Z](?<!\S[A-Z])[\w’'\-]+(?: [a-z]+ [A-Z][\w’'\-]+)?,\s+(?:[A-Z][\w’'\-]*\.?\s?){1,4}"
                        r"(?:,\s+[^\d()]{3,120}?)?(?:,\s*|\s*\(|(?:(?<=\.)|(?<=\.\s))\s*)(?:1[5-9]|20)\d\d[a-z]?\)?\.$")
# the names in reading order and the year of an author-year citation, the whole of a sentence
_NATURAL_YEAR_HEAD = re.compile(r"(?:[A-Z][\w’'\-]*\.?\s+){0,3}[A-Z][\w’'\-]+(?:,?\s+(?:and|&)\s+(?:[A-Z][\w’'\-]*\.?\s+){0,3}"
                                r"[A-Z][\w’'\-]+)?\.\s+(?:1[5-9]|20)\d\d[a-z]?\.")
_STATE_YEAR_END = re.compile(r",\s(?:Pa|Mass|Conn|Calif|Ill|Mich|Md|Va|Wis|Minn|Tenn|Ind)\.,\s(?:1[5-9]|20)\d\d\.$")
_PAREN_IMPRINT_ONLY = re.compile(r"\([^()]{3,80}(?:1[5-9]|20)\d\d\)\.?")
_IMPRINT_ONLY = re.compile(r"[A-Z][\w .’'\-]{1,30}(?:,\s*[A-Z]{2})?:\s*[A-Z][^:.;()]{1,50}\.?")
_THESIS_IMPRINT_ONLY = re.compile(THESIS_IMPRINT)


_PLACE_YEAR = re.compile(r"(?P<p>[A-ZÀ-Þ][a-zà-ÿ]{2,20}),?\s(?:1[5-9]|20)\d\d\.?")


def _place_year(text: str) -> bool:
    """A bare imprint of place and year ('Lisboa 1647.')."""
    m = _PLACE_YEAR.fullmatch(text) if text[-1:] in ".0123456789" else None
    return bool(m and is_place(m.group("p")))


# a short form by initials, surname and title, nothing after: 'R. Conquest, The Great Terror.'
_INITIALS_TITLE = re.compile(r"(?:[A-Z]\.\s?){1,3}[A-Z][a-zß-ÿ’'\-]+,\s+[A-Z‘“«][^.;:()\d]{2,100}\.")


def _prose_sentence(text: str) -> bool:
    """Ten words or more of prose, counting only what follows the last cue ('… is G. Invitto, …')."""
    if text.count(" ") < 9 or len(text.split()) < 10 or "[" in text and "[w:]" in text or "’" in text and "’ in: " in text or "”" in text and "” in: " in text \
            or not _prose(text):
        return False  # Polish '[w:] Book', '‘Title’ in: Book': a chapter's container, never prose
    last = None
    for last in _cues(text):
        pass
    return _prose(text[last.end():]) if last else True  # no cue: the whole text, prose as found


def _finished(text: str) -> bool:
    """The text ends as a citation ends: pages, an imprint, a year (only its tail is looked at)."""
    if len(text) < 12 and _ibid(text) and not _IBID.sub("", text).strip(" ."):
        return True  # 'Ibid.' on its own
    if text.endswith(("”", "”.")) and _QUOTED_END.search(text, max(0, len(text) - 200)):
        return True  # 'Yuan Zhen, “Faqu.”': a quoted title closes a short form
    if text[-2:] == "f." and _FIN_PAGES_AND_AFTER.search(text, max(0, len(text) - 20)):
        return True  # 'Walter Ulbricht pp. 122f.': the pages and those after them
    if text.rstrip(".")[-1:] not in _FINISHED_LAST:  # every ending below closes on a digit, a parenthesis or a page
        # list's punctuation; or a leaf, recto or verso: 'Leroy, Interchangeable Course, 127v.'
        return text[-2:] in ("v.", "r.") and _FOLIO_END.search(text, max(0, len(text) - 20)) is not None
    if _FINISHED_QUICK.search(text, max(0, len(text) - 16)):
        return True  # the common endings, a page or a year, seen in the last few characters
    return _finished_slow(text, max(0, len(text) - 120)) or _finished_short_form(text)


def _finished_short_form(text: str) -> bool:
    """'Simpson, “Chamber Music,” 250.': a quoted title and its page; '…, (1781), ch. 38.': a chapter cited."""
    tail = text[-18:]
    return bool(("”" in tail or '"' in tail) and _QUOTED_PAGE_END.search(text, max(0, len(text) - 16))
                or ("ch" in tail or "cap" in tail or "ep." in tail) and _CHAPTER_END.search(text, max(0, len(text) - 18)))


_CHAPTER_END = re.compile(r",\s*(?:chs?|chaps?|capp?|ep|rub)\.\s*\d{1,3}(?:\s*(?:[-–]|e|y|et)\s*\d{1,3})?\.?$")  # 'ch. 38', 'chaps. 1–2', 'cap. 38 e 39', a letter 'ep. 13'
_QUOTED_PAGE_END = re.compile(r"[,.][”\"]\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?\.?$")


# how a citation ends, in one pattern: the reference the quicker patterns below keep in step with
_FINISHED = re.compile(r"(?:,\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:,\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)*"
                       rf"|{_IMPRINT_END}|\b(?:1[5-9]|20)\d\d|,\s\d{{1,2}}:\d+(?:[–\-]\d+)?|(?<=[\d)]):\s*\d{{1,5}}(?:\s*[-–]\s*\d{{1,5}})?"
                       r"|\b(?:pp?\.?|pagg?\.|S\.|С\.|Р\.|pages?)\s*[A-Z]?\d[\d–\-, ]*(?:\s(?:et|and|und|и|e|y)\s\d+)?|\),\s*\d[\d–\-, ]*)\.?$")

# _FINISHED's endings in patterns that each open with a literal or a class, which scan quickly (its
# 'p.' and year cases open with '\b', tried at every position); keep them in step with _FINISHED
_FIN_IMPRINT = re.compile(rf"(?:{_IMPRINT_END})\.?$")
_FIN_COMMA = re.compile(r",(?:\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:,\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)*"
                        r"|\s\d{1,2}:\d+(?:[–\-]\d+)?)\.?$")
_FIN_PAGES_AND_AFTER = re.compile(r"\b(?:pp?|S)\.\s*\d{1,4}\s?ff?\.$")  # also German "S. 27 f."
_FIN_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\.?$")
_FIN_PAGES = re.compile(r"[pSСР](?<!\w.)(?:(?<=p)(?:p?\.?|agg?\.|ages?)|(?<=[SСР])\.)"
                        r"\s*[A-Z]?\d[\d–\-, ]*(?:\s(?:et|and|und|и|e|y)\s\d+)?\.?$")
_FIN_PAGE_IN_PARENS = re.compile(r"[pSСР]\.\s?\d{1,4}(?:\s?[-–]\s?\d{1,4})?\)\.?$")
_FIN_AFTER_PAREN = re.compile(r"\),\s*\d[\d–\-, ]*\.?$")
_FIN_JOURNAL_PAGES = re.compile(r"[\d)]:\s*\d{1,5}(?:\s*[-–—]\s*\d{1,5})?\.?$")  # '24 (1981): 607–18', '18: 209–25'


def _finished_slow(text: str, start: int) -> bool:
    """_FINISHED.search(text, start) is not None, for a text with no line break at its end."""
    if (text[:-1] if text.endswith(".") else text)[-1:] == ")":
        return _FIN_IMPRINT.search(text, start) is not None or (  # the imprint ends on ')', or a source in
            _FIN_PAGE_IN_PARENS.search(text, max(start, len(text) - 24)) is not None)  # parentheses: '(… С. 69).'
    return bool(_FIN_COMMA.search(text, start) or _FIN_AFTER_PAREN.search(text, start)
                or ":" in text[-14:] and _FIN_JOURNAL_PAGES.search(text, max(start, len(text) - 16))
                or _FIN_YEAR.search(text, max(start, len(text) - 5)) or _FIN_PAGES.search(text, start))


_STOP = re.compile(r"\.\s+(?=[A-Z\u0410-\u042f*\"“‘(])(?![A-Z\u0410-\u042f]\.?\s?\d)")
_ENDS_CITATION = re.compile(rf"(?:\)[,:]?\s*(?:pp?\.\s*)?\d[\d–—\-, ]*|{_IMPRINT_END}|,\s\d{{1,2}}:\s?\d[\d–—\-, ]*"
                            r"|\b(?:pp?\.?|pagg?\.|S\.|С\.|Р\.|pages?)\s*[A-Z]?\d[\d–—\-, ]*)$")


# an ancient text's book and chapters joined by a comma: 'Socrates, H.E., ii,6.7, and v,9. Sozomen, …'
_BOOK_CHAPTER_CUT = re.compile(r"(?<![\w.])(?!l+,)[ivxl]{1,6},\d{1,3}(?:[.\-–]\d{1,3})*$")


# what _ENDS_CITATION can end on besides a digit (or stop before, a line break)
_ENDS_CITATION_LAST = frozenset(")–-, \n")


# German 'S. 27 f', 'S. 32 ff': a page and the one(s) after it, before the full stop that ends the citation
_PAGE_AND_AFTER_END = re.compile(r"(?:S|pp?)\.\s?\d{1,4}\s?ff?$")


def _cut_after_citations(sentence: str) -> list[str]:
    """'..., 1990), 45. Smith argues ...': a full stop after pages or an imprint ends a citation."""
    if ". " not in sentence:
        return [sentence]
    out, start = [], 0
    for m in _STOP.finditer(sentence):
        last = sentence[m.start() - 1:m.start()]
        if (last in _ENDS_CITATION_LAST or last.isdigit()) and (
                _ENDS_CITATION.search(sentence, max(start, m.start() - 40), m.start())
                or last.isdigit() and _QUOTED_PAGE_END.search(sentence, max(start, m.start() - 16), m.start())
                or last.isdigit() and _CHAPTER_END.search(sentence, max(start, m.start() - 14), m.start())
                or last.isdigit() and "," in sentence[m.start() - 8:m.start()]
                and _BOOK_CHAPTER_CUT.search(sentence, max(start, m.start() - 60), m.start())) \
                or last == "f" and _PAGE_AND_AFTER_END.search(sentence, max(start, m.start() - 16), m.start()):
            out.append(sentence[start:m.start() + 1])
            start = m.end()
    out.append(sentence[start:])
    return out


_GOST_NEXT = re.compile(r"(?P<place>(?:М|Л|СПб|К|Мн|[A-ZА-ЯЁ][\w\-]+(?:\s[A-ZА-ЯЁ][\w\-]+)?)\.?|(?:L|N\.\s?Y|P|Wash)\.)"
                        r"(?:;\s*(?:(?:L|N\.\s?Y|P)\.|[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?))?(?P<pub>:\s*[^,.;]{2,50})?"
                        r",\s*(?:1[5-9]|20)\d\d\b")  # Latin-script GOST too: 'L., 1953', 'New Haven; L., 2006'


def _gost_imprint_next(part: str) -> bool:
    """The sentence is a GOST imprint: 'М., 1993. С. 151.', 'Frankfurt, 2014.', 'М.: Наука, 1975.'"""
    m = _GOST_NEXT.match(part)
    return bool(m) and (m.group("pub") is not None or len(m.group("place")) <= 3 or is_place(m.group("place")))


_TITLE_YEARS_END = re.compile(r"(?P<sep>,\s*|(?<=[^\W\d]{3})\s)(?:1[5-9]|20)\d\d\s*[-–]\s*(?:1[5-9]|20)\d\d\.$")
# a town ahead, then ',' or ':' (or the German year: 'München 2007')
_PLACE_AHEAD = re.compile(r",\s*([A-ZÀ-Þ][\w\-]+(?:\s[A-ZÀ-Þ][\w\-]+)?)(?:[,:]\s|\s(?=(?:1[5-9]|20)\d\d\b))")
_ANY_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


_JOURNAL_RUNS_ON = re.compile(r"[A-ZÀ-Þ][^,.;:]{1,60},\s*\d")  # '… Historia contemporánea, 32 (2014)'
_QUOTED_THEN_JOURNAL = re.compile(r"[»”],\s+[A-ZÀ-Þ][^,.;:«»“”()]{1,40}\.$")


def _open_container(acc: str) -> bool:
    """What follows GOST's last '//' is short and has no year yet: its imprint is still to come."""
    tail = acc[acc.rfind(" // ") + 4:]
    return len(tail) < 120 and _ANY_YEAR.search(tail) is None


# prose, then a dash and a citation: '… отпустил в монастырь». — Скрынников Р. Г. Иван Грозный. М., 2002'
# (a GOST imprint after a dash, '. — М.: Наука', has no surname and initials)
_DASH_CITATION = re.compile(r"(?<=[.!?»”])\s+[—–]\s+(?=[A-ZА-ЯЁ][a-zа-яё\-]+\s+(?:[A-ZА-ЯЁ]\.\s?){1,2}\s*[A-ZА-ЯЁ«])"
                            # a list of works set apart by dashes: '… al 1313. — Villari, Il Comune …'
                            r"|(?<=[.!?»”)])\s+[—–]\s+(?=(?:[A-Z]\.\s?){0,2}(?P<name>[A-ZÀ-Þ][\w’'\-]+),\s+[A-ZÀ-Þ])"
                            # the same author's next piece, its title quoted: '…, p. 93–107. — « Les recherches … », Ibid.'
                            r"|(?<=\.)\s+[—–]\s+(?P<same>(?=[«“‘]\s?[A-ZÀ-Þ]))")


_DOT_DASH = re.compile(r"(?<=\.)—(?=[A-ZÀ-ÞŒ])")  # French '…, p. 379.—Lettres de …': a dash after the stop


# a journal's name, its volume (and issue) and a year in parentheses: 'Speculum 12, no. 3 (1937)', 'Past and Present 18 (Summer 1987)'
_JOURNAL_ISSUE_NEXT = re.compile(r"[A-Z][^.;:()]{2,80}?,?\s+(?:\d{1,4}|[IVXLC]{1,8})(?:[.,:/]\s*(?:no\.\s*)?\d{1,3})?"
                                 r"\s*\((?:[A-Za-z]+\.?,?\s+)?\d{4}\)")


_CLOSED_TITLE = frozenset((".”", '."', "?”", '?"', "!”", '!"'))  # a title's own stop inside its closing quote


def _title_quote_opens(acc: str) -> bool:
    """The closing quote's opening one starts the text or follows an author's comma or colon, as a title's does; not
    a quotation inside a sentence ('… a prediction at the time that “the automobile …”')."""
    q = max(acc.rfind("“"), acc.rfind('"', 0, len(acc) - 1))
    return q <= 0 or acc[q - 2:q] in (", ", ": ") or acc[q - 1:q] in ",:"


def _chunks(text: str) -> list[str]:
    """Sentences; a sentence that is neither prose nor a finished citation stays with the next."""
    out, acc = [], ""
    if "—" in text and ".—" in text:  # older French notes run their citations on with '.—': a sentence ends there
        text = _DOT_DASH.sub(" ", text)
    if "—" in text and "— " in text or "–" in text and "– " in text:
        cuts = [m for m in _DASH_CITATION.finditer(text) if not (m.group("name") and is_place(m.group("name")))]
        if cuts:
            bounds = [0] + [x for m in cuts for x in (m.start(), m.end())] + [len(text)]
            same = {m.end() for m in cuts if m.group("same") is not None}  # read as after 'idem,'
            return [c for a, b in zip(bounds[::2], bounds[1::2])
                    for c in _chunks(("idem, " if a in same else "") + text[a:b])]
    parts = [c for sentence in _SENTENCE.split(text) for c in _cut_after_citations(sentence)]
    last = len(parts) - 1
    for i, s in enumerate(parts):
        acc = f"{acc} {s}" if acc else s
        if i == last:
            break  # the last sentence is kept whatever it is: no test can change that
        if acc.endswith((".", ".\n")) and _YEAR_DOT.search(acc[-8:]) and _YEAR_HEAD.search(acc, max(0, len(acc) - 200)) \
                and not _STATE_YEAR_END.search(acc, max(0, len(acc) - 16)):
            continue  # 'Kissinger, Henry, 1994.' opens an author-year citation (not 'Meadwill, Pa., 1970.': a town)
        if len(acc) < 110 and (". 1" in acc or ". 2" in acc) and acc[-1:] == "." and _YEAR_DOT.search(acc[-8:]) \
                and _NATURAL_YEAR_HEAD.fullmatch(acc):
            continue  # 'Bertrand Russell. 1927.' opens an author-year citation, names in reading order
        if i + 1 < len(parts) and parts[i + 1][:5] == "Изд. ":
            continue  # '… “Очерки большевизмоведения”. Изд. Посев, 1956': the publishing house follows
        if i + 1 < len(parts) and (_IMPRINT_ONLY.fullmatch(parts[i + 1]) or parts[i + 1][-1:] in ".)"
                                   and _THESIS_IMPRINT_ONLY.fullmatch(parts[i + 1])):
            continue  # '... Title. New York: Random House', '… Title. University of Chicago, 1998 (Ph. D. diss.)'
        if i + 1 < len(parts) and len(parts[i + 1]) < 30 and _place_year(parts[i + 1]):
            continue  # Portuguese '… e impedido miraculosamente. Lisboa 1647.': the place and year belong here
        if i + 1 < len(parts) and parts[i + 1][:1] == "(" and _PAREN_IMPRINT_ONLY.fullmatch(parts[i + 1]):
            continue  # 'Il monogramma … di Ravenna. (Felix Ravenna, settembre 1915).': its journal or imprint
        if i + 2 < len(parts) and parts[i + 1][:1] in "ПР" and parts[i + 1] in ("Переизд.", "Репринт.") \
                and _gost_imprint_next(parts[i + 2]):
            continue  # '… время). Переизд. М., 1937': a reprint's imprint
        if i + 1 < len(parts) and _gost_imprint_next(parts[i + 1]):
            continue  # 'Общество и реформы, 1945–1964. М., 1993': a title's years, then the imprint
        years = _TITLE_YEARS_END.search(acc, max(0, len(acc) - 40)) if i + 1 < len(parts) and acc[-5:-1].isdigit() else None
        if years and not (years.group("sep") == " " and is_place(acc[:years.start()].rsplit(None, 1)[-1])) \
                and _PLACE_AHEAD.search(parts[i + 1]) and is_place(_PLACE_AHEAD.search(parts[i + 1]).group(1)):
            continue  # 'Aux origines du communisme, 1914-1920. Contribution à …, Paris, Mouton', 'Der Kalte Krieg
            # 1947–1991. Geschichte …, München 2007': a title's years (not 'Berlin 1950–1960.': an imprint's)
        if i + 1 < len(parts) and ("»," in acc or "”," in acc) and _QUOTED_THEN_JOURNAL.search(acc, max(0, len(acc) - 60)) \
                and _JOURNAL_RUNS_ON.match(parts[i + 1]):
            continue  # '«Nuevos enfoques…», Studia historica. Historia contemporánea, 32 (2014)': the journal runs on
        if i + 1 < len(parts) and acc[-1:] == "." and OWN_HINT.search(acc) and own_work_title_runs_on(acc):
            continue  # 'Voir notre ouvrage, Le Prix de la gloire. Napoléon et l’argent, Paris, …': a title's full stop
        if i + 1 < len(parts) and acc[-2:] in _CLOSED_TITLE and _JOURNAL_ISSUE_NEXT.match(parts[i + 1]) \
                and _title_quote_opens(acc):
            continue  # 'J. Smith, “The Town.” Journal of Modern History 44, no. 4 (1972)': the title's journal follows
        if i + 1 < len(parts) and " // " in acc and _open_container(acc):
            continue  # '// Вестник Европы. Т. II. 1866': the container runs on to its year
        if _finished(acc) or _prose_sentence(acc) or (  # the quicker test first: most sentences end as citations
                i + 1 < len(parts) and _NEXT_CUED.match(parts[i + 1]) and len(acc) > 20) or (
                acc[1:2] == "." and _INITIALS_TITLE.fullmatch(acc) and _prose_sentence(parts[i + 1])):
            out.append(acc)  # a sentence opening with 'See …' starts the next citation; 'R. Conquest, The Great
            acc = ""  # Terror.' is a short form when prose follows it
    if acc:
        out.append(acc)
    return out


def _cues(text: str):
    """_CUE's matches in `text`, looked for only when a word a cue opens with is there."""
    words = _CUE_FIRST.intersection(text.lower().replace("(", " ").replace(":", " ").replace(",", " ").split())
    if not words and "later in " not in text:  # '… and later in F. Giunta, Essenza …': a cue of two words
        return ()  # the pattern cannot match
    if words <= _IS_IN and "later in " not in text:
        return _CUE_IS_IN.finditer(text)  # only _CUE's 'is' and 'in' cases can match: a shorter pattern
    return _CUE.finditer(text)


def _after_cues(part: str) -> list[tuple[str, bool]]:
    """(text, follows a cue) for the text before the first cue and after each cue ('see', 'cf.')."""
    cues = [m for m in _cues(part) if m.end() < len(part) - 3
            and _outside_quotes(part[:m.start()]) and part.count("[", 0, m.start()) <= part.count("]", 0, m.start())]
    if cues and "I" in part and "Is " in part:
        cues = [m for m in cues if not _TITLE_IS.match(part, m.start())]  # 'The Empire Is Marching': a title's word
    if cues and " is " in part:
        cues = [m for m in cues if m.group(0)[:3] != "is " or not _QUESTION_IS.search(part, max(0, m.start() - 9), m.start())]
    if not cues:
        return [(part, False)]
    ends = [m.start() for m in cues[1:]] + [len(part)]
    bodies = [(part[m.end():end], True) for m, end in zip(cues, ends)]
    head = part[:cues[0].start()].strip(" ,;")
    if (cues[0].group(0)[:2].lower() == "in" or "ed in" in cues[0].group(0)) and head[-4:].isdigit() \
            and not newspaper_issue(head):  # (not 'Pravda, 3 March 1953, quoted in …': a paper's issue is a work)
        return bodies  # 'Speech, Jan. 28, 1924, in Stalin, Sochineniia, 6:53': the document, read in the work
        # ('Macaulay’s Minute on Education, 2 Feb 1835, is published in Henry Sharp, Selections …' likewise)
    if len(head) > 8:  # 'Taylor, 286. See also …': keep what comes first
        quoting = cues[0].group(0)[:3].lower() in ("quo", "cit", "zit", "cyt")
        bodies.insert(0, (head, quoting))  # 'Aquinas, Scriptum super sententiis, quoted in …': a work too
    return bodies


# 'is' after a title's opening question word or pronoun: 'E. H. Carr, What is History?', '“Who is Sylvia?”'
_QUESTION_IS = re.compile(r"(?:^|[,:“‘\"«]\s?)(?:What|Who|Where|Why|How|Which|When|This|That|It|There|Here)\s$")
# 'Is' between capitalized words, or opening a subtitle ('Famines: Is a New Interpretation Possible?'), inside a title
_TITLE_IS = re.compile(r"Is\s(?:(?<=[A-Za-z] Is\s)(?=[A-Z])|(?<=[a-z]: Is\s))")


def _outside_quotes(text: str) -> bool:
    """No quotation or parenthesis is left open at the end of `text`."""
    return (text.count("“") <= text.count("”") and text.count("«") <= text.count("»")
            and text.count("(") <= text.count(")"))
