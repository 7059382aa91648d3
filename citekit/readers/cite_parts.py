"""Pieces of one footnote citation: locator, publication facts, contributor roles, titles.

Each helper takes the citation text, returns what it found and the text with that part removed,
so the note reader can peel a citation from the outside in.
"""

from __future__ import annotations

import re

from .dates import find_date, parse_date
from .cite_reprint_year import REPRINT_WORD
from .cite_roles_more import MORE_FULL, MORE_INITIALLED, MORE_ROLES, NAMES_THEN_ROLE, VOLUME_OF, after_a_book, role_names, second_editor

# the letters re.I takes for a letter besides itself and its capital ('ſ' for 's', …)
_MORE_CASES = {"s": "ſ", "i": "İı", "k": "\u212a", "å": "\u212b", "в": "ᲀ", "д": "ᲁ", "о": "ᲂ", "с": "ᲃ", "т": "ᲄᲅ", "ъ": "ᲆ", "ѣ": "ᲇ"}


def by_first_letter(cases: tuple[str, ...]) -> str:
    """The cases as one alternation, grouped by their first letter, which each group opens with as a
    class matched with case (under re.I a case cannot be dropped on its first letter alone, so every
    case would be tried at every word). Cases keep their order within a group."""
    groups: dict[str, list[str]] = {}
    for case in cases:
        groups.setdefault(case[0].lower(), []).append(case[1:])
    return "|".join(f"(?-i:[{c}{c.upper()}{_MORE_CASES.get(c, '')}])(?:{'|'.join(rest)})" for c, rest in groups.items())


_DASH = re.compile(r"\s*(?:-|–|—)\s*")
_PAGES = (r"(?:(?:\d+|(?-i:[IVXL]{1,5})):\s?)?\d+[a-z]?(?:\s*(?:-|–|—)\s*\d+)?(?:\s?(?:ff?|y\s+ss?)\.(?=,))?(?:\s*(?:,|\s;(?=\s)|(?<=\d)\s(?:et|and|und|и|e|en|y|&|à)\s)\s*\d+(?:[a-z](?![\w.]))?(?:\s*(?:-|–|—)\s*\d+)?)*"
          r"(?:,?\s?nn?\.?\s?\d+)?(?:\s*(?:ff?|ss|sqq?|sgg?|segg|sigs?|et\s+seq|e\s+segg?|et\s+suiv|suiv|y\s+ss?|i\s+nast|inn|ecc|(?:и\s+)?сл)\.?)?")  # '45n12', '45 sq.', Polish '356 i nast.', '211 inn.', Russian '130 сл.'

_THOUSANDS = r"\d{1,2}\.\d{3}(?:\s*[-–]\s*\d{1,2}\.\d{3})?"  # Spanish 'pp. 1.056-1.060': a point marks thousands
# a locator's label: 'p.', 'pp.', 'pag.', 'S.', 'С.', 'ch.', 'appendix'. The cases are grouped by their first letter,
# matched with case (the letters re.I also takes listed), so a wrong group is dropped on its first letter
_LABEL = (r"(?-i:[pP])(?:p?\.?|agg?\.|agg?(?=\s\d)|ágs?\.|(?<=, p)ages?|[aá]gin(?:[ae]|as)\.?)|(?-i:[sSſ])(?:tr\.|s?\.)|(?-i:[сСᲃ])(?:тр\.|с\.|\.?)|(?-i:[рР])р?\."
          r"|(?-i:[tT])(?<=, t)r\.|(?-i:[cC])(?:hapters?|haps?\.|hs?\.|ap\.(?=\s?[IVXLC\d]))|(?-i:[aA])ppendix|(?-i:[гГ])л\.")
# a label without its stop never ends a word: 'Knapp 1990' is no page 1990 of 'Kna'
_LABELLED = re.compile(
    rf"(?:,|\.|:)?\s*(?:esp\.\s*)?(?!(?<=[^\W\d_])[^\W\d_]{{1,2}}\s)(?P<lab>{_LABEL})\s*(?P<loc>{_PAGES}|{_THOUSANDS}|\d+|(?-i:[A-Z])-?\d{{1,3}}(?:,\s*(?-i:[A-Z])-?\d{{1,3}})*|(?-i:[IVXLC]{{1,7}}(?:\s(?:e|et|y)\s[IVXLC]{{1,7}})?|[ivxlc]{{1,7}}(?:\s?[-–]\s?[ivxlc]{{1,7}})?)(?:\s(?:e\s+segg?|sgg?|segg)\.?)?(?=\s*\.?\s*$)|\d{{1,4}}\s\d{{1,4}}(?:[-–]\d{{1,4}})?(?=\.?$)|(?:(?<=S\.)|(?<=S\.\s))\d{{1,4}}/\d{{1,3}}(?=\.?$))"
    r"(?:\s*(?:etc\.?|ss\.?|(?:and\s+)?passim|и далее|и\s+(?:мн\.\s*)?др\.?|\(.*?\)))*\s*[.,]?\s*$", re.I)
# _LABELLED behind a quick look at the first character a match can open with (a space, ',.:', 'esp.' or a label)
_LABELLED_FROM = re.compile(r"(?=[,.:\sepsсрcat])" + _LABELLED.pattern, _LABELLED.flags)
# where a labelled locator can start; case spelled out, which scans faster than re.I. Every case opens
# with its own literal letter: the engine then skips quickly to candidate letters and drops a wrong
# case on its first letter (a class followed by lookbehinds tried each case in turn)
_HINT_P = r"[pP]?(?:\.|\s(?=\d))|ages?|[aá]g[gs]?\.|agg?(?=\s\d)|[aá]gin(?:[ae]|as)\.?"  # 'p.', 'pp.', 'p 5', 'page', 'pag.', 'pag 5', 'págs.', 'página', 'pagine.'
_HINT_S = r"(?:tr|s)?\."  # 's.', 'str.', Polish 'ss.'
_HINT_ES = r"тр\.|с\.|\.?"  # Cyrillic 'с.', 'сс.', 'стр.'
_HINT_CH = r"[hH](?:[aA][pP][tT][eE][rR][sS]?|[aA][pP][sS]?\.|[sS]?\.)|ap\."  # 'cap.': Italian and Spanish
_HINT_APPENDIX = r"[pP][pP][eE][nN][dD][iI][xX]"
_LAB_HINT = re.compile("(?:" + "|".join(f"{first}(?:{rest})" for first, rest in (
    ("p", _HINT_P), ("P", _HINT_P), ("s", _HINT_S), ("S", _HINT_S), ("Р", r"\."), ("р", r"р?\."), ("с", _HINT_ES),
    ("С", _HINT_ES),
    ("t", r"r\."), ("c", _HINT_CH), ("C", _HINT_CH), ("a", _HINT_APPENDIX), ("A", _HINT_APPENDIX), ("г", r"л\."),
    ("Г", r"л\.")))
    + r")\s*(?:[A-Z]?-?\d|[IVXLCivxlc]{1,7}(?:\s?[-–]\s?[ivxlc]{1,7}|\s(?:e|et|y)\s[IVXLC]{1,7})?(?:\s(?:e\s+segg?|sgg?|segg))?\.?\s*$)")  # 'pag. VIII e seg.', 'pp. xiii–xiv'
_BARE = re.compile(rf"(?<=[),.\d*’”\"'\w])\s*(?:,|(?<=\)):|(?<=\d\d\d\d):|(?<=\d\d\d\d[a-z]):|(?<=\d\)\s))\s*(?P<loc>{_PAGES}(?:\s+u\.\s?pass(?:im)?\.?)?)(?:\s*(?:ss|etc)\.?)?\s*\.?\s*$")  # German 'u. pass.': and passim
_BARE_CHARS = "0123456789 \t\n\xa0\u2009\u202f,:.-–—&abcdefghijklmnopqrstuvwxyzиIVXL"
_DIGIT_NEAR_END = re.compile(r"\d")  # a bare locator's last digit is near the end ('45 et suiv.')
_YEAR_DOT_PAGES = re.compile(rf", (?:1[5-9]|20)\d\d\.\s+(?P<loc>{_PAGES})\s*\.?\s*$")
_QUESTION_PAGES = re.compile(rf"(?:(?<=\w\?)|(?<=[’”]\?))\s+(?P<loc>{_PAGES})\s*\.?\s*$")
_PUB_PAREN = re.compile(r"\((?P<body>[^()]*?(?:(?:1[4-9]|20)\d\d(?:\s*[-–]\s*\d{1,4}|\s+(?:edn\.?|ed\.|edition))?|,\s*n\.\s?d\."
                        r"|[,:]\s*(?:forthcoming|in\s+press|im\s+Druck|sous\s+presse|в\s+печати)))\s*\)")
_YEAR_EDITION = re.compile(r"(?<=\d)\s+(?:edn\.?|ed\.|edition)$")
_VOLS_PAIR = re.compile(r"[,:]\s*[Vv]ols\.\s*(?P<v>\d+\s*[&–-]\s*\d+)(?![\w.])(?P<kn>)")  # ': Vols. 1&2'
_VOLUME_TITLE = re.compile(r":\s*([A-ZÀ-Þ][^,;()]{2,120})$")
# Chicago 'Stalin, vol. 1, Paradoxes of Power, 1878–1928': the volume's own title after a comma
_VOLUME_TITLE_COMMA = re.compile(r",\s*([A-ZÀ-Þ][a-zß-ÿ’']+(?:\s+\S+){1,15})$")


_COLON_BEFORE_IMPRINT = re.compile(r":\s*([A-ZÀ-Þ][^()]{1,150}?)(?=\s*\()")
_SERIES_VOLUME_TITLE = re.compile(r",\s*([A-ZÀ-Þ][^()]{1,80}?)(?=\s*\()")
_BEFORE_IMPRINT = re.compile(r",\s*([A-ZÀ-Þ][a-zß-ÿ’']+(?:\s+[^\s(]+){1,15})(?=\s*\()")


_YEARS_BEFORE_IMPRINT = re.compile(r",\s(1[5-9]\d\d\s?[–-]\s?\d{2,4})(?=\s*\()")


def volume_title(after: str, series: bool = False) -> tuple[str, str] | None:
    """(volume title, what follows it) for ', Paradoxes of Power, 1878–1928 (New York …)' after 'vol. 1'.
    In a series of documents (`series`), whatever stands there is the volume's title: FRUS's 'Cuba, 1961–1962'."""
    if series:
        m = _SERIES_VOLUME_TITLE.match(after)
        if m:
            return m.group(1).strip(" ,"), after[m.end():]
    if after[:1] == ":":  # 'vol. 2: Starting World War II, 1937–1939 (Chicago, 1980)'
        m = _COLON_BEFORE_IMPRINT.match(after)
        return (m.group(1).strip(" ,"), after[m.end():]) if m else None
    span = _YEARS_BEFORE_IMPRINT.match(after) if after[2:3] == "1" else None
    if span:  # 'Hankey: Man of Secrets, Vol. III, 1931–1963 (London, 1974)': the volume's years are its title
        return span.group(1).replace("-", "–"), after[span.end():]
    m = _BEFORE_IMPRINT.match(after)
    if not m or len(m.group(1).split()) < 3 or _is_place(m.group(1)) or not _title_words(m.group(1)):
        return None  # two words may be a name: 'vol. 3, Robert Smith (…)'
    return m.group(1).strip(" ,"), after[m.end():]


def _title_words(text: str) -> bool:
    """Two or more words, most of them capitalised: a title, not a name or a place."""
    words = [w for w in text.split() if w[:1].isalpha() and w.lower() not in ("of", "the", "and", "in", "a", "an", "to", "for")]
    return len(text.split()) >= 2 and sum(w[:1].isupper() for w in words) * 2 >= len(words) + 1
_FORTHCOMING = re.compile(r"[,:]?\s*(?P<s>forthcoming|in\s+press|im\s+Druck|sous\s+presse|в\s+печати)$")
_YEAR_END = re.compile(r"(?P<y>(?:1[4-9]|20)\d\d(?:\s*[-–]\s*\d{1,4})?)\s*\.?\s*$")


def _ends_on_digit(text: str) -> bool:
    """The text ends on a digit, spaces and full stops aside: else no pattern ending on a year can match."""
    return text.rstrip().rstrip(".").rstrip()[-1:].isdigit()


def _year_end(text: str) -> re.Match | None:
    """_YEAR_END.search(text)."""
    return _YEAR_END.search(text) if _ends_on_digit(text) else None
_COLON_PUB = re.compile(r"(?:^|,|\.)\s*+(?!(?i:in|w|dans)\s*:)(?P<body>(?:(?!(?<=[^\W\d]{3})\.\s)[^,:;()]){2,40}"
                        r"(?:,\s*(?:[A-Z][a-z]{1,5}\.|[A-Z]{2}))?:\s*[^:;()]{2,60}?,?\s*"
                        r"(?:1[4-9]|20)\d\d(?:\s*[-–]\s*\d{1,4})?)\s*\.?\s*$")
_PUBLISHERISH = re.compile(r"press|verlag|books|publish|\bco\b|&|\band\b|\by\b|ediciones|editorial|"
                           r"university|mouton|penguin|macmillan|cape|norton|scribner|doubleday|"
                           r"harper|knopf|random|routledge|gallimard|einaudi|laterza|mimesis|pons|bantam|"
                           r"longmans?\b|blackwell|praeger|pantheon|vintage|heinemann|collins|hutchinson|"
                           r"faber|flammarion|fayard|seuil|\bplon\b|payot|mondadori|feltrinelli|rizzoli|"
                           r"suhrkamp|rowohlt|oldenbourg|ullstein|hmso|\bgpo\b|\b[oc]\.\s?u\.\s?p\b", re.I)
# GOST's Latin-script cities: London, New York, Paris, Washington; a town's state in parentheses: 'Lanham (Md.)'
_LATIN_GOST_CITY = r"(?:L|N\.\s?Y|NY|P|Wash)\.|[A-Z][\w\-]{1,20}(?:\s[A-Z][\w\-]{1,20})?\s\((?:[A-Z][a-z]{1,4}\.|[A-Z]{2})\)"
_GOST = re.compile(r"\.(?<!(?<!\d(?:st|nd|rd|th))[\s,][ÉEée]d\.)(?:(?<![\s,][A-Z]\.)|(?<=[нТЧ]\.\s[IVX]\.))\s*(?P<place>(?:М|Л|СПб|Спб|Пг|К|Мн)\.(?:\s*[,;–\-]\s*(?:М|Л|СПб|Спб|Пг|К|Мн)\.)?|"
                   rf"(?:{_LATIN_GOST_CITY}|[A-ZА-Я][\w\- ]{{1,20}}?(?:,\s*(?:[A-Z]\.?[A-Z]\.?(?![\w.])|[A-Z][a-z]{{2,4}}\.))?)"
                   rf"(?:;\s*(?:{_LATIN_GOST_CITY}|[A-ZА-Я][\w\-]{{1,20}}(?:\s[A-ZА-Я][\w\-]{{1,20}})?|[A-Z]\.\s?[A-Z]\.|[A-Z][a-z]{{2,4}}\.))?)"
                   r"(?::\s*(?P<pub>(?:(?<![^\s.])[A-ZА-Я]\.\s|(?!\.\s)[^,:])+?))?,\s*(?P<y>(?:1[4-9]|20)\d\d)\s*\.?\s*$")
_GOST_CITIES = r"М|Л|СПб|К|Мн|Пг"  # Moscow, Leningrad, St Petersburg, Kyiv, Minsk, Petrograd
_GOST_CITY = re.compile(rf"(?:{_GOST_CITIES})\.[,\s]")
_GOST_DOTS = re.compile(rf"\.\s*(?P<place>{_GOST_CITIES})\.(?:,\s*|\s+)(?P<pub>«?[А-ЯЁ][\w\-]+(?:\s[\w\-]+){{0,2}}»?)[.,]\s*"
                        r"(?P<y>(?:1[4-9]|20)\d\d)(?:\s*(?:год|г)\.?)?\s*\.?\s*$")
# Cambridge Core prints editors inverted: 'ed. Napier, A. S. and Stevenson, W. H. (Oxford, 1895)', 'ed. by Sedgwick, R. R.'
_ED_INVERTED = re.compile(r"(?:,\s*|\s+)ed\.(?:\s+by)?\s+(?P<who>[A-Z][\w’'\-]+,\s(?:[A-Z]\.\s?){1,3}"
                          r"(?:\s*and\s+[A-Z][\w’'\-]+,\s(?:[A-Z]\.\s?){1,3})*)(?=\s*(?:\(|,|$))")
_INVERTED_ONE = re.compile(r"([A-Z][\w’'\-]+),\s((?:[A-Z]\.\s?){0,2}[A-Z]\.)")


def _uninvert(who: str) -> str:
    """'Napier, A. S. and Stevenson, W. H.' -> 'A. S. Napier and W. H. Stevenson'."""
    return _INVERTED_ONE.sub(lambda m: m.group(2).strip() + " " + m.group(1), who.strip())


# (role, marks, pattern): the pattern cannot match unless the lower-cased text holds one of its marks;
# marks avoid 'i', 's' and 'k', which re.I also matches as 'ı', 'ſ' and the Kelvin sign
_ROLES = (
    # GOST '/ под ред. Н. И. Егоровой, А. О. Чубарьяна', '/ отв. ред. …', '/ гл. ред. …', '/ ред.-сост. …', '/ сост. …':
    # a list of initials and surnames
    ("editor", ("/",),
     re.compile(r"/\s*(?:[Пп]од\s+(?:общ\.\s+|науч\.\s+)?ред\.|(?:[Оо]тв|[Гг]л|[Нн]ауч)\.\s+ред\.|[Рр]ед\.(?:\s?[-–]\s?сост\.)?|[Сс]ост\.)\s+(?P<who>(?:[А-ЯЁ]\.\s?){1,2}\s*[А-ЯЁ][а-яё\-]+"
                r"(?:(?:,\s*|\s+и\s+)(?:[А-ЯЁ]\.\s?){1,2}\s*[А-ЯЁ][а-яё\-]+)*)(?:\s+и\s+др\b\.?)?")),  # 'и др.': and others
    ("editor translator", ("tran",),
     re.compile(r"(?:,\s*|\.\s*|\s+)(?:ed\.\s+and\s+trans\.|trans\.\s+and\s+ed\.|"
                r"edited\s+and\s+translated\s+by|translated\s+and\s+edited\s+by)"
                r"(?:\s*by)?\s+(?P<who>[^,(]+?)(?=\s*(?:,|\(|$))", re.I)),
    ("translator", ("tran", "tr.", "пер."),
     re.compile(r"(?:,\s*|\.\s*|\s+|/\s*)(?:trans\.(?:\s+from\s+the\s+\w+)?(?:\s*by)?|(?<=,\s)tr\."
                r"|translated\s+(?:from\s+the\s+\w+\s+)?(?:and\s+(?:edited|annotated|introduced)\s+)?by"
                r"|пер\.(?:\s+и\s+под\s+ред\.)?)\s+(?P<who>[^,(]+?)(?=\s*(?:,|(?<=[^\W\d]{2})\.\s|\(|$))",
                re.I)),
    ("editor", ("ed.",), _ED_INVERTED),
    ("editor", ("ed.", "eds.", "edited", "ред.", "сост."),
     re.compile(r"(?:,\s*|\s+|\()(?:ed\.\s*by|edited\s+by|eds?\.(?!\s+and\s+tr)(?:\s+with\s+an?\s+(?:introduction|"
                r"preface|foreword)(?:\s+and\s+notes)?\s+by)?|(?:под|отв\.)\s+ред\.|сост\.)\s+"
                r"(?P<who>[^,(]+?)(?=\s*(?:,|\(|$))", re.I)),
    # British 'eds J.M. Hussey, D.M. Nicol and G. Cowan (Cambridge …)': no stop after 'eds', a list of names
    ("editor", ("eds ",),
     re.compile(r",\s*eds\s+(?P<who>[A-Z][\w.’'\-]*(?:\s[A-Z][\w.’'\-]*){0,3}(?:,\s[A-Z][\w.’'\-]*(?:\s[A-Z][\w.’'\-]*){0,3}){0,4}"
                r"(?:,?\s(?:and|&)\s[A-Z][\w.’'\-]*(?:\s[A-Z][\w.’'\-]*){0,3})?)(?=\s*(?:\(|$))")),
    # 'The “Art” of Rhetoric, J. H. Freese, trans. (Harvard …)': the name, then its role
    ("translator", ("trans.",),
     re.compile(r",\s+(?P<who>(?:[A-Z][\w.’'\-]*\s+){1,3}[A-Z][\w’'\-]+),\s+trans\.(?=\s*(?:\(|$))")),
    ("editor", ("ed.", "eds."),
     re.compile(r",\s+(?P<who>(?:[A-Z][\w.’'\-]*\s+){1,3}[A-Z][\w’'\-]+(?:\s+and\s+(?:[A-Z][\w.’'\-]*\s+){1,3}"
                r"[A-Z][\w’'\-]+)?),\s+eds?\.(?=\s*(?:\(|$))")),
    ("editor", ("comp",),
     re.compile(r",\s*compiled\s+by\s+(?P<who>[^,(]+?)(?=\s*(?:,|\(|$))", re.I)),
    # Polish 'red. A. Nowak', 'pod red. …', 'oprac. …'; French 'éd. par …'
    ("editor", ("red.", "oprac.", "opr.", "wyd.", "éd."),  # 'opr.', 'wyd.' before initials: the editor, not an edition
     re.compile(r"(?:,\s*|\s+)(?:(?:pod\s+)?red\.(?:\s+nauk\.)?|oprac\.|(?:opr|wyd)\.(?=\s+[A-ZŁŚŻŹ]\.)|éd\.\s+par|éd\.(?=\s+[A-ZÀ-Þ][a-z]?\.))\s+"
                r"(?P<who>[A-ZÀ-ÞŁŚŻŹ][^,(]*?(?:,\s*(?:[A-ZŁŚŻŹ]\.\s?){1,3}[A-ZÀ-ÞŁŚŻŹ][\w’'\-]+)*)(?=\s*(?:,|\(|$))")),
    # French 'éd. F. Gilbert et S. Graubard', Polish 'wyd. P. Sugar, I. Lederer'
    # an editor named by surname after the title: French 'Lettres philosophiques, éd. Naves, Garnier', Italian
    # 'Opera, ed. del Froben'; not a publisher ('Paris, éd. Gallimard, 1990': a year follows)
    ("editor", ("éd.", "ed. d"),
     re.compile(r",\s*(?:éd\.|ed\.\s+del?)\s+(?P<who>[A-ZÀ-Þ][a-zà-ÿ’'\-]{2,})"
                r"(?=,\s*[A-ZÀ-Þ]|,\s*[a-z]{1,4}\.\s|\s*\(|\s*$)")),
    ("translator", ("przeł.", "tłum.", "trad."),
     re.compile(r"(?:,\s*|\.\s*|\s+)(?:przeł\.|tłum\.|trad\.)\s+(?P<who>[A-ZÀ-ÞŁŚŻŹ][^,(]*?)(?=\s*(?:,|\(|$))")),
    ("translator", ("(ford.",),  # Hungarian '(ford. Szabó T.)'
     re.compile(r"\s*\(ford\.\s+(?P<who>[^()]{2,40}?)\)")),
    ("translator", ("trad", "über", "dem"),
     re.compile(r"(?:,\s*|\.\s*|\s+)(?i:traduit\s+(?:de\s+l['’]\w+\s+)?par|trad\.\s+(?:de|par)|traducción\s+de"
                r"|tradotto\s+da|übersetzt\s+von|übers\.\s+von|aus\s+dem\s+\w+\s+von"
                # Italian 'trad. it. di', 'traduzione di', German 'übers. v.', 'übertr. v.'
                r"|trad\.\s+(?:it|ital|fr|franc|esp|ingl|ted|port)\.\s+(?:di|de|par)|traduzione\s+di|übers\.\s+v\.|übertr\.\s+v(?:on|\.))\s+"
                r"(?P<who>[A-ZÀ-Þ][^,(]*?)(?=\s*(?:,|\(|$))")),
    # French 'publiés par X et Y', '. Édition critique établie par X': the sentence naming the edition goes too
    ("editor", ("publié", "établie"),
     re.compile(r"(?:,\s*|\.\s+(?:[^.,()]{2,60}?\s)?|\s+)(?:publiée?s?|établie)\s+par\s+"
                r"(?P<who>[A-ZÀ-Þ][^,(]*?)(?=\s*(?:,|\(|$))")),
    ("editor", ("cura", "rez", "rect", "g.", "geg", "edici", "établie", "édité", "dirigid"),
     re.compile(r"(?:,\s*|\s+)(?:a\s+cura\s+di|sotto\s+la\s+direzione\s+di|sous\s+la\s+direction\s+de"
                r"|hrsg\.(?:\s+und\s+\w+)?\s+von|herausgegeben(?:\s+und\s+\w+)?\s+von|edición\s+de|édition\s+établie\s+par|édité\s+par"
                r"|dirigid[ao]\s+por"  # Spanish 'dirigido por R. Menéndez Pidal'
                r"|h(?:rs)?g\.(?:,\s*mit\s+[^,]{1,40}?)?\s+v(?:on|\.))\s+(?P<who>[^,(]+?)(?=\s*(?:,|\(|$))", re.I)),
)
_ROLES = MORE_ROLES + _ROLES
_ROLE_MARKS = frozenset(w for _, marks, _ in _ROLES for w in marks)
_MARKS_BY_FIRST: dict[str, list[str]] = {}
for _mark in sorted(_ROLE_MARKS):
    _MARKS_BY_FIRST.setdefault(_mark[0], []).append(re.escape(_mark[1:]))
# one of them, anywhere; grouped by first character, so a wrong group is dropped on it
_ANY_ROLE_MARK = re.compile("|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in _MARKS_BY_FIRST.items()))
# the marks that begin with another one ('(ed', '(eds'): where the shorter is found, the longer may be too
_LONGER_MARKS = {w: tuple(x for x in _ROLE_MARKS if x != w and x.startswith(w)) for w in _ROLE_MARKS}
# each mark's roles, by their place in _ROLES
_ROLES_OF_MARK = {w: frozenset(i for i, (_, marks, _) in enumerate(_ROLES) if w in marks) for w in _ROLE_MARKS}


def _roles_marked_in(low: str) -> list[tuple]:
    """The roles of _ROLES, in their order, one of whose marks is in low: one scan from mark to mark (at each place
    the shortest is found), not a look for each mark, nor a look at each role in turn."""
    found = set()
    m = _ANY_ROLE_MARK.search(low)
    while m:
        at = m.start()
        found |= _ROLES_OF_MARK[m.group()]
        for longer in _LONGER_MARKS[m.group()]:
            if low.startswith(longer, at):
                found |= _ROLES_OF_MARK[longer]
        m = _ANY_ROLE_MARK.search(low, at + 1)
    return [_ROLES[i] for i in sorted(found)]

_EDITION = re.compile(r"(?:,\s*|\s*\()(?P<ed>\d+(?:st|nd|rd|th|d)?|rev\.|\w+)\s+(?:ed\.|ed$(?<=\d(?:st|nd|rd|th)\sed)|edn\.?|edition|Aufl\.|éd\.|édition|edizione|edición)\)?", re.I)
_EDITION_AFTER_STOP = re.compile(r"(?<=[^\W\d]{2})\.\s+(?=\d)(?P<ed>\d+(?:st|nd|rd|th|d)?|rev\.|\w+)\s+(?:ed\.|ed$(?<=\d(?:st|nd|rd|th)\sed)|edn\.?|edition|Aufl\.|éd\.|édition|edizione|edición)\)?", re.I)  # GOST 'Title. 2nd ed. N. Y., 1974'
NUMBERED_EDITION = re.compile(r"[,.](?:(?<=,)|(?<=[^\W\d]{3}\.))\s*(?P<ed>\d+)(?:\.ª|\.|ª)\s*(?:Aufl|éd|ed)\.?(?:\s*(?P<y>(?:1[4-9]|20)\d\d))?", re.I)
_GOST_EDITION = re.compile(r"(?:(?<=[.,])\s*(?P<ed>\d+)-е\s+(?:изд\.?|издание\.?)(?=[.,\s]|$)"
                           r"|\s*\[(?P<ed2>\d+)-е\s+изд\.?(?:[,\s]+(?:испр|доп|перераб|и)\.?)*\])", re.I)  # '[2-е изд., испр.]'
_VOLUME = re.compile(r",\s*(?:" + by_first_letter((r"vol\.", r"volume", r"Bd\.", r"Band", r"tome", r"tomo", r"tom\.", r"т\.", r"t\.",
                                                   r"díl", r"sv\.", r"knj\."))  # Czech 'díl I', 'sv. 2'; Serbo-Croatian 'knj. 3'
                     + r")\s*(?P<v>[\dIVXivx]+(?:er|re)?)(?![\w.])|\.\s*Кн\.\s*(?P<kn2>\d+|[IVX]{1,5})\.\s*Т\.\s*(?P<t2>\d+)"
                     r"|\.\s*(?:Т|Кн)\.\s*(?P<kn>\d+)(?:\.\s*(?:Ч|Кн)\.\s*(?P<part>\d+|[IVX]{1,5}(?![\w])))?", re.I)
# _VOLUME's first case alone: what an ASCII text can match (its other cases need Cyrillic), opening on ',' only
_VOLUME_LATIN = re.compile(_VOLUME.pattern.split("|\\.\\s*Кн\\.", 1)[0], re.I)


def dash(text: str) -> str:
    """Ranges with an en dash: '169-73' -> '169–73'; a newspaper's section page ('B-1') keeps its hyphen."""
    text = text.strip()
    if "-" in text and _SECTION_PAGE.search(text):
        return ", ".join(p if _SECTION_PAGE.fullmatch(p) else _DASH.sub("–", p) for p in text.split(", "))
    return _DASH.sub("–", text) if "-" in text or "–" in text or "—" in text else text


_SECTION_PAGE = re.compile(r"(?<![\w-])[A-Z]-\d{1,3}(?![\w-])")


_ROMAN_PAGES = re.compile(r"(?<=\))[,:]\s*(?P<loc>[ivxlc]{1,7}(?:\s*[-–]\s*[ivxlc]{1,7})?)\s*\.?\s*$")
_VOLUME_ROMAN_PAGES = re.compile(r",\s*(?P<loc>\d{1,3}:\s?[ivxlc]{1,7}(?:\s*[-–]\s*[ivxlc]{1,7})?)\s*\.?\s*$")
_HU_PAGE = re.compile(r"(?:,|(?<=\d\d\d\d\.))\s*(?P<loc>\d+(?:\s*[-–]\s*\d+)?)\.\s?(?:o(?:\.\s*(?P<s>skk))?|,?\s*(?P<s2>skk))\.?\s*$")  # Hungarian '49. o.', '38. o. skk.', '1990. 45. o.'
# compiled once: take_locator asks them of most bare locators
_YEARS_ONLY = re.compile(r"(?:1[4-9]|20)\d\d(?:\s*[-–—]\s*(?:1[4-9]|20)\d\d)?")
_YEAR_THEN_PAGE = re.compile(r"((?:1[4-9]|20)\d\d),\s*(.+)$")
_DAY_MONTH_END = re.compile(r"[A-Za-z]\.?\s+\d{1,2}$|\d{1,2}\s+[A-Za-z]+\.?$")
_DIGITS = re.compile(r"\d+")
_ESP = re.compile(r",?\s*esp\.\s*(?=(?:(?:pp?|chaps?|ch)\.\s*)?\d[\d–\-, ]*\.?\s*$)")  # 'esp. 139–223', 'esp. chap. 1'
# the words that stress the pages meant, in the notes' languages: 'especially 45–50', 'en particulier p. 45', 'bes. S. 45'
STRESS_WORDS = ("especially", "particularly", "in particular", "notably", "en particulier", "notamment", "surtout", "bes.",
                "besonders", "insbesondere", "insb.", "vor allem", "hier", "specialmente", "in particolare", "soprattutto",
                "especialmente", "sobre todo", "en especial", "zwłaszcza", "zwł.", "különösen", "особенно")
STRESS_ALTERNATION = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in STRESS_WORDS)
_STRESSED = re.compile(r",?\s+(?:" + STRESS_ALTERNATION + r")\s+(?=(?:(?:pp?|chaps?|ch|S|s|С|pagg?|págs?)\.\s*)?\d[\d–—\-, ]*\.?\s*$)")
# the word that ends such a stress, one or two words before the locator
_STRESS_WORDS = frozenset(w.split()[-1] for w in STRESS_WORDS)


_COLUMN = re.compile(rf"[,.;]?\s*(?<![\w.])(?:col\.|coll\.|colonn[ae]|[Ss]p\.|[Сс]тб\.)\s*(?P<loc>{_PAGES})\s*\.?\s*$")


def _column_near_end(tail: str) -> bool:
    return "l" in tail and "col" in tail or "p" in tail and "sp. " in tail or "S" in tail and "Sp. " in tail or "т" in tail and "тб. " in tail


# two pages each with its label, joined by a word: German 'S. 222 u. S. 220', French 'p. 32 et p. 33'
_TWO_LABELLED = re.compile(r"(?:,\s*|\s)(?:S|pp?|pag)\.\s?(?P<a>\d{1,4}(?:\s?[-–]\s?\d{1,4})?)"
                           r"(?P<j>\s(?:u\.|und|et|e|y|and)\s(?:S|pp?|pag)\.\s?)(?P<b>\d{1,4}(?:\s?[-–]\s?\d{1,4})?)\.?\s*$")


def _two_labelled_pages(text: str) -> tuple[str | None, str | None, str] | None:
    """The two pages as printed, their labels kept between them ('222 u. S. 220')."""
    m = _TWO_LABELLED.search(text, max(0, len(text) - 40))
    return (dash(m.group("a")) + m.group("j") + dash(m.group("b")), "page", text[:m.start()]) if m else None


def _stressed(tail: str) -> bool:
    """A word of _STRESS_WORDS just before the locator's label or number."""
    words = tail.rsplit(None, 3)
    return len(words) > 2 and (words[-2] in _STRESS_WORDS or words[-3] in _STRESS_WORDS)


def take_locator(text: str) -> tuple[str | None, str | None, str]:
    """('45', 'page', rest) from '..., p. 45.'; labels are page, chapter or appendix."""
    if "S" in text and (" u. S. " in text or " und S. " in text) or " et p. " in text or " and p. " in text or "g" in text and " e pag. " in text:
        two = _two_labelled_pages(text)
        if two:
            return two
    if "esp." in text:  # '…, 2003), esp. 139–223': the pages stressed are the pages cited
        text = _ESP.sub(", ", text)
    elif text[-1:].isdigit() and _stressed(text[-40:]):
        text = _STRESSED.sub(", ", text)  # 'Paris, 1990, en particulier p. 45', 'Berlin 1990, bes. S. 45': likewise
    m = _COLUMN.search(text, max(0, len(text) - 40)) if _column_near_end(text[-30:]) else None
    if m:  # a lexicon's or a folio's columns: 'col. 528–29', 'colonna 338', 'sp. 434', 'Стб. 45'
        return dash(m.group("loc")), "column", text[:m.start()]
    m = _HU_PAGE.search(text, max(0, len(text) - 30)) if ". o" in text[-12:] or ".o" in text[-6:] or "k" in text and "skk" in text[-5:] else None
    if m:  # Hungarian puts the page label after the number: '…, 38. o. skk.'
        return dash(m.group("loc")) + (" skk" if m.group("s") or m.group("s2") else ""), "page", text[:m.start()]
    window = max(0, len(text) - 160)
    hint = _LAB_HINT.search(text, window)
    m = _LABELLED_FROM.search(text, max(window, hint.start() - 16)) if hint else None
    if m:
        lab = m.group("lab").lower()
        label = "chapter" if lab.startswith(("ch", "гл", "cap")) else "appendix" if lab == "appendix" else "page"
        return dash(m.group("loc")).replace(" ,", ","), label, text[:m.start()]
    if text.rstrip(" .")[-1:] in "ivxlc":
        m = _ROMAN_PAGES.search(text, max(0, len(text) - 30))
        if m:  # '… (New York, 2010), ix–xi': a preface's pages
            return dash(m.group("loc")), "page", text[:m.start()]
        m = _VOLUME_ROMAN_PAGES.search(text, max(0, len(text) - 24)) if ":" in text[-14:] else None
        if m:  # Chicago 'Papers, 1:lxxvi': a volume, then pages of its front matter
            return dash(m.group("loc")), "page", text[:m.start()]
    # a bare locator is made of _BARE_CHARS only: search from where they start, not 160 back
    tail = len(text.rstrip(_BARE_CHARS))
    if tail and text[tail - 1].isdigit():
        tail = 0  # a digit _BARE_CHARS leaves out (not ASCII): search the whole window
    m = (_BARE.search(text, max(0, len(text) - 160, tail - 1))
         if _DIGIT_NEAR_END.search(text, max(0, len(text) - 16)) else None)
    if m and not _YEARS_ONLY.fullmatch(m.group("loc")):
        y = _YEAR_THEN_PAGE.match(m.group("loc"))
        if y and (_DAY_MONTH_END.search(text, 0, m.start())
                  or ":" in text[max(0, m.start() - 60):m.start()] or not y.group(2)[:1].isdigit()
                  or int(_DIGITS.match(y.group(2)).group(0)) < int(y.group(1))):
            # '…, New York: Pantheon Books, 1985, 95': the imprint's year, then the page
            return dash(y.group(2)), "page", text[:m.start("loc") + len(y.group(1))]
        if "nn. " in text[max(0, m.start() - 16):m.start()]:
            return None, None, text  # '…, nn. 41-2, 72, 79': numbers of letters or notes, no pages
        return dash(m.group("loc")), "page", text[:m.start()]
    tail = text[-30:]
    m = _YEAR_DOT_PAGES.search(text, max(0, len(text) - 40)) if "." in tail and ". " in tail else None
    if m:  # Hungarian 'Budapest, 1994. 11–18.': the pages after the year's full stop
        return dash(m.group("loc")), "page", text[:m.start("loc")]
    m = _QUESTION_PAGES.search(text, max(0, len(text) - 40)) if "?" in tail and "? " in tail else None
    if m:  # 'Powledge, Free at Last? 376–420': a title's question mark, then the pages
        return dash(m.group("loc")), "page", text[:m.start("loc")]
    return None, None, text


_YEAR_TAIL = re.compile(r"((?:1[4-9]|20)\d\d)(?:\s*[-–]\s*(\d{1,4}))?\s*$")
_FIRM_END = re.compile(r"\b(?:Co|Inc|Ltd)\.$")


def _firm_end(text: str) -> bool:
    """_FIRM_END.search(text), looked for only when the text ends as it must."""
    return text.endswith(("Co.", "Inc.", "Ltd.", "Co.\n", "Inc.\n", "Ltd.\n")) and _FIRM_END.search(text) is not None
_MONTH_DAY = re.compile(r"[A-Za-z]{3}\.?\s+\d")


def _year(body: str) -> tuple[dict | None, str]:
    m = _YEAR_TAIL.search(body)
    if not m:
        return None, body
    y = int(m.group(1))
    parts = [[y]]
    if m.group(2):
        end = int(m.group(2))
        end = end if end > 999 else y - y % 10 ** len(m.group(2)) + end
        parts.append([end])
    rest = body[:m.start()].rstrip(" ,")
    return {"date-parts": parts}, rest if _firm_end(rest) else rest.rstrip(".")


_FIRST_PUBLISHED = re.compile(r"\s*;\s*(?:orig\.\s*pub(?:l)?\.|originally\s+published|first\s+published|1st\s+ed\.)"
                             r"\s*(?:in\s+)?(?P<y>(?:1[4-9]|20)\d\d)\s*$", re.I)
_REPRINT = re.compile(rf"(?P<y>(?:1[4-9]|20)\d\d)\s*;\s*(?:{REPRINT_WORD}|repr)\.?(?:\s+ed(?:ition|\.))?\s*,?\s*", re.I)
_NO_PLACE = re.compile(r"(?:^|,\s*)n\.\s?[pd]\.(?=\s*(?:,|$))")


_EDITION_IN_IMPRINT = re.compile(r",\s*(?P<ed>\d{1,2})(?:st|nd|rd|th|d)\s+(?:edn|ed\.|edition),?\s+(?=(?:1[5-9]|20)\d\d\b)")


# compiled once: publication, _placelike and take_roles ask them of many citations
_FIRM_WORD = re.compile(r"press|verlag|books|publish|\bco\b|university", re.I)
# German publishers that notes name without a town, the year joined to the name
_GERMAN_FIRMS = frozenset("dtv suhrkamp rowohlt reclam piper ullstein kohlhammer oldenbourg hanser klett-cotta droste "
                          "schöningh siedler propyläen goldmann heyne dietz beck".split()) | {"c.h. beck", "c. h. beck"}
_PLACES_SPLIT = re.compile(r"\s+and\s+|\s*/\s*")
_ET_AL_WORD = re.compile(r"\bet al\.?|(?<=[a-zß-ÿ])\s+u\.\s?a\.")  # German 'Kaelble u. a. (Hrsg.)'
_ORDINAL_END = re.compile(r"(?<=\d)(?:st|nd|rd|th|d|a|ª|º|e|ème|er|re)$")
_ORDINAL_WORDS = {w: str(i) for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth".split(), 1)}
_TWO_YEARS = re.compile(r"((?:1[5-9]|20)\d\d),\s*((?:1[5-9]|20)\d\d)$")


def publication(body: str) -> dict:
    """'New York: Pantheon Books, 1993' (and the other orders) -> place, publisher, issued."""
    out: dict = {}
    orig = _REPRINT.match(body) or (_REPRINT.search(body) if ";" in body else None)
    if orig:  # '1938; repr., New York: Dover, 1990', 'St. Petersburg: …, 1911; reprint, New York: Paragon, 1966'
        out["original-date"] = {"date-parts": [[int(orig.group("y"))]]}
        body = body[orig.end():]
    body = _NO_PLACE.sub("", body)  # 'n.p.', 'n.d.' name nothing
    first = _FIRST_PUBLISHED.search(body) if ";" in body else None
    if first:  # '(New York: Vintage, 1977; orig. pub. 1975)': the first edition's year
        out["original-date"] = {"date-parts": [[int(first.group("y"))]]}
        body = body[:first.start()]
    if body.endswith(("edn", "ed.", "edn.", "edition")):  # '(London, 1994 edn)': the edition of that year
        body = _YEAR_EDITION.sub("", body)
    ed = _EDITION_IN_IMPRINT.search(body) if "d" in body and "ed" in body else None
    if ed:  # '(Nairobi: East African Railways, 2nd edn 1961)': the edition, then its year
        out["edition"] = ed.group("ed")
        body = body[:ed.start()] + ", " + body[ed.end():]
    soon = _FORTHCOMING.search(body) if "orth" in body or "ress" in body or "ruck" in body or "печат" in body else None
    if soon:  # '(Cambridge, Mass.: Harvard University Press, forthcoming)': no year yet
        out["status"] = soon.group("s")
        body = body[:soon.start()]
    two = _TWO_YEARS.search(body) if body[-1:].isdigit() else None
    if two and int(two.group(2)) < int(two.group(1)):  # '(Basingstoke, 1987, 1969)': the edition cited, then the first
        out["original-date"] = {"date-parts": [[int(two.group(2))]]}
        body = body[:two.end(1)]
    date = parse_date(body) if _MONTH_DAY.search(body) else None
    if date and date.date and len(date.date["date-parts"][0]) > 1:
        out["issued"] = date.date
        return out
    issued, rest = _year(body)
    if issued:
        out["issued"] = issued
    rest = rest.strip(" ,")
    if not _firm_end(rest):
        rest = rest.rstrip(".")
    if not rest:
        return out
    if ";" in rest and rest.count(":") >= 2:  # 'New York: Knopf; London: Cape': both imprints, joined by '; '
        pairs = [p.split(":", 1) for p in rest.split(";") if ":" in p]
        if len(pairs) == 2 and all(a.strip() and b.strip() for a, b in pairs):
            out["publisher-place"] = "; ".join(a.strip(" ,") for a, _ in pairs)
            out["publisher"] = "; ".join(b.strip(" ,") for _, b in pairs)
            return {k: v for k, v in out.items() if v}
        rest = rest.split(";", 1)[0]
    if ":" in rest:
        a, b = (s.strip(" ,") for s in rest.split(":", 1))
        if b and (_FIRM_WORD.search(a) and not _is_place(a)
                  or _is_place(b) and not _is_place(a)):  # 'University Park: Penn State …' is a town
            a, b = b, a  # 'Penguin: London'
        out["publisher-place"], out["publisher"] = a, b
    elif "," in rest:
        out.update(_comma_imprint([p.strip() for p in rest.split(",") if p.strip()]))
    elif _is_place(rest) or _placelike(rest):
        out["publisher-place"] = rest
    else:
        out["publisher"] = rest
    return {k: v for k, v in out.items() if v}


_FOUNDER = re.compile(r"(?:[A-Z]\.\s?){1,3}[A-Z][a-z]{2,}$")  # 'W. H. Freeman': a firm named for its founder, not a town
_PLACE_WORDS = re.compile(r"[A-ZÀ-ÖØ-ÞА-Я][\w’'.-]*(?: [A-ZÀ-ÖØ-ÞА-Я][\w’'.-]*){0,2}")


def _placelike(text: str) -> bool:
    """A lone imprint element that names no firm: in '(Woodbridge, 1997)' the town is given,
    not the publisher. 'Berkeley and Los Angeles' is two places, and so is 'Salem and Boston' (one known town)."""
    names = [t.strip() for t in _PLACES_SPLIT.split(text)]
    if len(names) > 1:
        return all(_is_place(n) or _placelike(n) for n in names) and any(_is_place(n) for n in names)
    return bool(_PLACE_WORDS.fullmatch(text)) and not (_PUBLISHERISH.search(text) or _PRESS.search(text)) \
        and not (text[1:2] == "." and _FOUNDER.match(text)) and text.lower() not in _ONE_WORD_FIRMS


# academic publishers named by one word, with no town: '(Birkhäuser, 1987)', '(Brill, 2008)'
_ONE_WORD_FIRMS = frozenset("springer birkhäuser brill wiley elsevier clarendon ashgate palgrave continuum verso polity "
                            "duckworth methuen bloomsbury picador granta sage berghahn boydell hambledon batsford "
                            "gollancz tauris greenwood westview rowman".split())


_REGIONS = frozenset("ohio pennsylvania colorado california massachusetts connecticut virginia maryland "
                     "texas michigan illinois indiana wisconsin minnesota iowa kansas oregon georgia "
                     "kentucky tennessee u.k. ont. ontario n.s.w. ct conn. mass. ma ca calif. ny n.y. "
                     "nj n.j. il ill. md va tx "
                     "d. f. d.f. uk england eng. mich. wis. ind. n.c. nc dc d.c. "
                     # the other US postal codes, as Chicago's notes give them ('Portsmouth, RI')
                     "al ak az ar co de fl ga hi id ia ks ky la me mi mn ms mo mt ne nv nh nm nd oh ok or pa ri sc "
                     "sd tn ut vt wa wv wi wy r.i. n.h. n.m. pa. fla. ga. la. minn. mo. okla. ore. tenn. wash. "
                     # older abbreviations of British and American notes ('Stanford, Cal.', 'Philadelphia, Penn.')
                     "penn. cal. ala. ariz. ark. colo. del. kan. kans. miss. mont. neb. nev. vt. wyo. w.va.". split())


def _region(text: str) -> bool:
    """A state, county or district after a city: 'Ohio', 'N.Y.', 'D. F.'."""
    t = text.replace(" ", "").lower()
    return t in _REGIONS or t + "." in _REGIONS


_SERIES_THEN_TOWN = re.compile(r"(?P<c>[A-Z][^,;:()\d]{5,80}?)\s(?P<n>[IVXL]{1,6}|[ivxl]{1,6}|\d{1,3})")
_SERIES_LAST = frozenset("IVXLivxl0123456789")


def _comma_imprint(parts: list[str]) -> dict:
    """'Garden City, New York, Doubleday', 'Kent, Ohio', 'Weidenfeld & Nicolson, London'."""
    last = parts[-1]
    series = _SERIES_THEN_TOWN.fullmatch(parts[0]) if len(parts) == 2 and parts[0][-1:] in _SERIES_LAST else None
    if series and _is_place(last):  # '(Archives de l'Athos v, Paris, 1970)': a numbered series, then the town
        return {"collection-title": series.group("c"), "collection-number": series.group("n"), "publisher-place": last}
    if _is_place(last) and not _is_place(parts[0]):
        if last.lower() in _REGIONS and len(parts) == 2:
            return {"publisher-place": ", ".join(parts)}
        return {"publisher": ", ".join(parts[:-1]), "publisher-place": last}
    if _region(last) or _region(last.split(" and ")[0]):
        return {"publisher-place": ", ".join(parts)}
    if _is_place(parts[0]) or _PUBLISHERISH.search(last):
        return {"publisher-place": ", ".join(parts[:-1]), "publisher": last}
    return {"publisher": parts[0], "publisher-place": ", ".join(parts[1:])}


_PLACES = frozenset(
    "london|paris|new york|boston|oxford|cambridge|moscow|москва|м.|м|л.|moskva|berlin|munich|münchen|"
    "göttingen|madrid|barcelona|londres|nueva york|princeton|chicago|washington|stanford|bloomington|"
    "new haven|garden city|kent|bern|wien|vienna|rome|roma|milano|bologna|torino|leipzig|hamburg|"
    "frankfurt|köln|halle|jena|heidelberg|tübingen|freiburg|bonn|breslau|stuttgart|darmstadt|weimar|"
    "palo alto|toronto|sydney|edinburgh|glasgow|ny.|ny|philadelphia|baltimore|ithaca|"
    "berkeley|los angeles|detroit|méxico|mexico|buenos aires|lisboa|lisbon|st petersburg|leningrad|"
    "kiev|kyiv|warsaw|warszawa|prague|praha|budapest|amsterdam|brussels|stockholm|geneva|genève|"
    "zürich|zurich|florence|firenze|venice|venezia|napoli|torino|sevilla|valencia|santiago|la habana|"
    "havana|beijing|tokyo|delhi|new delhi|jerusalem|tel aviv|dublin|belfast|manchester|"
    "university park|chapel hill|durham|austin|ann arbor|bloomington|lawrence|lincoln|urbana|"
    "minneapolis|madison|seattle|san francisco|vancouver|montreal|montréal|ottawa|melbourne|"
    # exonyms in French, Italian, German and Spanish notes
    "moscou|mosca|moskau|moscú|londra|parigi|pékin|pechino|peking|varsovie|varsavia|vienne|vienna|"
    "wien|rom|mailand|turin|munich|münchen|genf|ginevra|bruxelles|bruxelas|lisbonne|berlino|"
    "francfort|leningrado|léningrad|pétersbourg|saint-pétersbourg|nuremberg|nürnberg|norimberga|"
    "ithaque|la haye|the hague|den haag|leyde|cracovie|cracovia|lipsia|leipzick|édimbourg|venise|naples|gênes|anvers|"
    "berne|cologne|colonia|mayence|ratisbonne|aix-la-chapelle|trèves|séville|siviglia|saragosse|varsovia|praga|"
    # Spanish, Portuguese and French towns whose names join words by a particle
    "alcalá de henares|santiago de compostela|las palmas de gran canaria|santa cruz de tenerife|jerez de la frontera|"
    "san sebastián|san lorenzo de el escorial|rio de janeiro|são paulo|belo horizonte|aix-en-provence|clermont-ferrand|"
    # exonyms in Spanish, Portuguese, Dutch, Polish and Russian notes
    "parís|berlín|múnich|viena|ginebra|bruselas|filadelfia|estocolmo|copenhague|lovaina|friburgo|nova iorque|"
    "moscovo|berlim|parijs|londen|keulen|brussel|antwerpen|gent|londyn|paryż|moskwa|wilno|lwów|лондон|париж|"
    "берлин|прага|нью-йорк|варшава|вена|софия|київ|киев|минск|мінськ|белград|београд|загреб|рига|таллин|таллинн|"
    "вильнюс|кишинев|кишинёв|ереван|тбилиси|баку|ташкент|алма-ата|новосибирск|свердловск|екатеринбург|казань|"
    "ростов-на-дону|львів|львов|харків|харьков|одеса|одесса|пловдив|скопје|скопие|сараево|ужгород|чернівці|"
    "beograd|zagreb|ljubljana|sarajevo|skopje|novi sad|sofia|bucurești|bucuresti|bucharest|iași|iasi|cluj|cluj-napoca|"
    "chișinău|vilnius|kaunas|riga|tallinn|tartu|kyiv|kiev|lviv|minsk|"
    "haarlem|delft|nijmegen|maastricht|zwolle|arnhem|middelburg|hilversum|leeuwarden|deventer|zutphen|dordrecht|"
    "'s-gravenhage|‘s-gravenhage|'s-hertogenbosch|amersfoort|baarn|bussum|kampen|zeist|assen|tilburg|olomouc|"
    # more university and publishing towns
    "bari|pisa|padova|genova|palermo|trieste|verona|lyon|lille|strasbourg|toulouse|bordeaux|rennes|nancy|"
    "grenoble|marseille|montpellier|aix-en-provence|nantes|rouen|dijon|lausanne|basel|bâle|freiburg|heidelberg|"
    "tübingen|stuttgart|düsseldorf|dresden|bonn|mainz|münster|bielefeld|darmstadt|bremen|hannover|kiel|marburg|"
    "würzburg|regensburg|potsdam|weimar|jena|erlangen|augsburg|mannheim|paderborn|graz|innsbruck|salzburg|linz|"
    "kraków|krakow|wrocław|poznań|gdańsk|łódź|lublin|toruń|katowice|salamanca|zaragoza|granada|bilbao|oviedo|"
    "valladolid|murcia|pamplona|málaga|coimbra|porto|oslo|copenhagen|københavn|helsinki|uppsala|leiden|utrecht|"
    "groningen|rotterdam|antwerp|louvain|leuven|liège|brno|bratislava|ljubljana|zagreb|belgrade|beograd|"
    "bucharest|bucurești|athens|istanbul|ankara|cairo|calcutta|kolkata|bombay|mumbai|shanghai|nanjing|"
    "hong kong|taipei|singapore|seoul|kyoto|osaka|hanoi|saigon|bangkok|canberra|auckland|cape town|"
    "pittsburgh|cleveland|cincinnati|new orleans|atlanta|denver|san diego|charlottesville|knoxville|nashville|"
    "lanham|armonk|westport|boulder|amherst|albany|syracuse|new brunswick|dekalb|evanston|notre dame|"
    "baton rouge|tuscaloosa|santa barbara|leeds|sheffield|birmingham|liverpool|bristol|nottingham|leicester|"
    "aberdeen|cardiff|exeter|harmondsworth|basingstoke|houndmills|abingdon|aldershot|farnham|galway|québec|"
    "winnipeg|minsk|kharkiv|kharkov|lviv|lvov|vilnius|riga|tallinn|tbilisi|yerevan|tashkent|almaty|alma-ata|"
    "novosibirsk|ekaterinburg|sverdlovsk|kazan|petrograd|спб|санкт-петербург|ленинград|киев|минск|"
    # more French university towns and Spanish-American capitals
    "nanterre|saint-denis|villeneuve-d'ascq|clermont-ferrand|poitiers|caen|tours|limoges|besançon|reims|orléans|"
    "angers|avignon|perpignan|bogotá|bogota|lima|caracas|quito|montevideo|asunción|la paz|san juan|guadalajara|"
    "filadelfía|"
    # French and Belgian provincial towns French reviews name as places of printing; English publishing towns
    "nîmes|tongres|fécamp|cannes|amiens|arras|metz|troyes|chartres|le mans|brest|toulon|bayonne|valence|mâcon|"
    "colmar|mulhouse|saint-étienne|le puy|chambéry|auxerre|bourges|laval|vannes|quimper|angoulême|namur|mons|"
    "tournai|bruges|gand|malines|courtrai|charleroi|gembloux|hassocks|chichester|tiptree|"
    # countries an imprint names when it names no city
    "usa|u.s.a|uk|france|germany|italy|spain|japan|china|vietnam|viet nam|india|canada|australia".split("|"))


_TOWNS_JOINED = re.compile(r"\s*[-–]\s*")
_RIVER = re.compile(r"\s*(?:/s|a\.\s?m|a/m|a\.\s?d\.\s?\w+|a\.\s?o)\.?$")  # 'a/M.': am Main, as Italian notes print it


# a thesis's university and year, then its kind: 'University of Chicago, 1998 (Ph. D. diss.).'
THESIS_IMPRINT = (r"(?P<inst>[A-Z][^.();]{2,80}?),\s+(?P<y>(?:1[5-9]|20)\d\d)\s*"
                  r"\((?P<g>[^()]*?(?:[Dd]iss|[Tt]hesis)[^()]*?)\.?\)\.?")


def is_publisher(text: str) -> bool:
    """A firm's name by its words ('Press', 'Verlag', 'Penguin', MLA's 'U of Chicago P'), not a town's."""
    return bool(_PRESS.search(text) or _PUBLISHERISH.search(text) or _MLA_PRESS.fullmatch(text)) and not _is_place(text)


def is_place(text: str) -> bool:
    """A city (or its first word) that imprints name: 'London', 'New York', 'Moscou'."""
    return _is_place(text)


def _is_place(text: str) -> bool:
    t = text.strip(" .").lower()
    if "/s" in t or "a." in t or "a/m" in t:
        t = _RIVER.sub("", t)  # 'Halle/S.', 'Frankfurt a. M.': the town, named by its river
    first = t.split(",")[0].strip()
    if ("-" in first or "–" in first) and len(parts := _TOWNS_JOINED.split(first)) > 1 and all(part in _PLACES for part in parts):
        return True  # 'Roma-Bari', 'Amsterdam–New York': a firm's two towns
    return first in _PLACES or t in _PLACES or first.split(" ")[0] in {"london", "paris", "new", "moscow", "м",
                                                           "москва", "oxford", "cambridge", "berlin",
                                                           "madrid", "boston", "garden", "washington"} \
        and not (" " in first and ("press" in first or "publish" in first))  # 'Cambridge University Press' is a firm


def take_pub(text: str) -> tuple[dict, str]:
    """Publication facts from the last parenthesis with a year, or from a trailing ', Place: Pub, year'."""
    m = None
    for m in _PUB_PAREN.finditer(text) if "(" in text else ():  # it opens on '('
        pass
    if m and not text[m.end():].strip(" .,;"):
        return publication(m.group("body")), text[:m.start()]
    digit_end = _ends_on_digit(text)  # _GOST and _YEAR_END end on a year
    g = _GOST.search(text) if digit_end else None
    if m and len(text) - m.end() < 12 and not (g and g.start() >= m.end()):
        return publication(m.group("body")), text[:m.start()]
    if g:  # '… (1765–1815). М., 1980': the GOST imprint after a title's dates
        out = {"publisher-place": g.group("place").strip(), "issued": {"date-parts": [[int(g.group("y"))]]}}
        if not g.group("pub") and is_publisher(out["publisher-place"]) \
                and "." not in out["publisher-place"]:  # 'N. Y.', 'N. Y.; L.': towns cut short, no firm
            out["publisher"] = out.pop("publisher-place")  # MLA 'Title. Prairie Press, 1990': a publisher, no place
        if g.group("pub"):
            out["publisher"] = g.group("pub").strip()
        return out, text[:g.start()]
    g = _GOST_DOTS.search(text) if _GOST_CITY.search(text) else None
    if g:  # 'Краткая история Болгарии. М. Наука. 1987 год', 'Собр. соч. М., ГИХЛ, 1948': no colon
        return {"publisher-place": g.group("place") + ".", "publisher": g.group("pub").strip("«»"),
                "issued": {"date-parts": [[int(g.group("y"))]]}}, text[:g.start()]
    firm = _DOT_PLACE_FIRM_YEAR.search(text) if digit_end and (". " in text or "! " in text or "? " in text) else None
    if firm and _is_place(firm.group("place")):  # 'Title. Budapest, Magvető, 1998': a town, a firm, a year
        return {"publisher-place": firm.group("place"), "publisher": firm.group("pub").strip(),
                "issued": {"date-parts": [[int(firm.group("y"))]]}}, text[:firm.start() + 1]
    de = _DOT_PLACE_YEAR.search(text) if (". " in text or "! " in text or "? " in text) and text.rstrip(" .")[-4:].isdigit() else None
    if de and not _MONTHISH.fullmatch(de.group("place").split()[0].strip(".")):
        # German 'Titel. Leipzig 1900', 'Berlin/Stuttgart 1883', 'Stuttgart u.a. 1885'
        return {"publisher-place": de.group("place"),
                "issued": {"date-parts": [[int(de.group("y"))]]}}, text[:de.start() + 1]
    y = _YEAR_END.search(text) if digit_end else None
    last = text[:y.start()].rstrip(" ,").rsplit(",", 1)[-1] if y else ":"
    if ":" not in last and (_is_place(last) or _region(last)):
        return _comma_pub(text)
    # _COLON_PUB ends on the year _YEAR_END found, after a colon: without both it cannot match
    t = _COLON_PUB.search(text) if y and ":" in text else None
    if t and (_open_quote(text[:text.index(":", t.start("body"))])  # '« Moscow: The Third Rome »'
              or re.search(r"[”»«\"’*]\s*,?\s*$", text[:t.start("body")])  # '“X,” Kritika: Explorations'
              and not _is_place(t.group("body").split(":")[0])
              or _IN_COLON.match(t.group("body"))):  # 'in: Anatomie des SS-Staates, …' is a book
        t = None
    if t and _place_then_firm(text[:y.start()]):
        t = None  # 'The great instauration: science, medicine and reform, London, Duckworth, 1975': a subtitle's colon
    if t:
        return publication(t.group("body")), text[:t.start()]
    return _comma_pub(text)


def _place_then_firm(head: str) -> bool:
    """The text before the year ends in ', Place, Firm,': a British imprint without parentheses."""
    parts = head.rstrip(" ,").rsplit(", ", 2)
    return len(parts) == 3 and ":" not in parts[1] and ":" not in parts[2] and _is_place(parts[1])


_DOT_PLACE_FIRM_YEAR = re.compile(r"(?<=[^\W\d]{2})[.!?]\s+(?P<place>[A-ZÀ-Þ\u0100-\u017f][^\W\d]+(?:[\s-][A-ZÀ-Þ][^\W\d]+)?),\s+"
                                  r"(?P<pub>[A-ZÀ-Þ\u0100-\u017f][^,.:;()]{1,40}),\s+(?P<y>(?:1[5-9]|20)\d\d)\s*\.?\s*$")
_IN_COLON = re.compile(r"\s*\[?(?:in|w|в)\]?\s*:", re.I)  # 'in:', Polish 'w:' and '[w:]', Russian 'в:'
_CITY = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
_DOT_PLACE_YEAR = re.compile(rf"(?<=[^\W\d]{{2}})[.!?]\s+(?P<place>{_CITY}(?:\s*/\s*{_CITY})*(?:\s+a\.\s?[MdO]\.)?"
                             r"(?:\s+(?:u\.\s?a\.|und\s+[A-ZÄÖÜ][a-zäöüß]+))?)\s+(?P<y>(?:1[5-9]|20)\d\d)\s*\.?\s*$")
_DAY_BEFORE_YEAR = re.compile(r"(?:[A-Z][a-zé]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-zé]+\.?)\s*,?\s*$")
_PRESS = re.compile(r"press|verlag|universit|books|publish|[ée]ditions|editori|edizioni|ediciones", re.I)
_MLA_PRESS = re.compile(r"U\sof\s.+\sP|.+\sUP")  # MLA's 'U of North Carolina P', 'Oxford UP'
_MONTHISH = re.compile(r"(?:spring|summer|autumn|fall|winter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
                       r"|janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)", re.I)


def _open_quote(text: str) -> bool:
    return (text.count("«") > text.count("»") or text.count("“") > text.count("”")
            or text.count('"') % 2 == 1)


_LOWER_ARTICLE = re.compile(r"(?:il|la|le|les|lo|el|los|las|l['’]|de|di|der|die|das)\s*[A-ZÀ-Þ]")
# a firm named after a word for publisher in lower case: French 'éd. du Seuil', 'éditions Gallimard', Italian
# 'ed. Feltrinelli', 'edizioni di Comunità' (not 'ed. J. Smith': an editor's initials)
_LOWER_FIRM = re.compile(r"(?:éd\.|ed\.|edit\.|éditions|edizioni|ediciones|edições|uitg\.|uitgeverij)\s*"
                         r"(?:(?:du|de|des|della|del|di|la|le|les)\s+)?(?![A-Z]\.)[A-ZÀ-Þ]")
_INSTITUTION = re.compile(r"Universit|College|Institut|Academ|Akadem|Hochschule|School", re.I)


def _publisher_then_place(text: str) -> tuple[str, str, str] | None:
    """(before, publisher, place) for 'Laterza Bari', 'Title. Mimesis Milano-Udine': a known place last."""
    before, dot, imprint = text.rpartition(". ")
    if _INSTITUTION.search(imprint):
        return None  # 'Freie Universität Berlin': the city belongs to the name
    words = imprint.split()
    for k in range(1, min(len(words), 4)):
        place = " ".join(words[k:])
        if len(words) - k <= 2 and (_is_place(place) or "-" in place and _is_place(place.split("-")[0])):
            if words[k - 1][:1].isupper() and not _is_place(words[0]):
                return before, " ".join(words[:k]), place
    return None


# 'Bompiani' in 'Title, Bompiani, Milano 1967': in the Italian order, a short name before the town
_ITALIAN_TOWNS = frozenset("milano torino roma bari bologna firenze napoli padova venezia genova palermo "
                           "pisa verona trieste catania cagliari lecce perugia ancona brescia bergamo "
                           "messina salerno urbino siena parma modena pavia udine trento bolzano".split())
_FIRM_NAME = re.compile(r"[A-ZÀ-Þ][\w’'&.\-]+(?:\s+[A-ZÀ-Þ&][\w’'&.\-]*){0,2}")


# 'J. C. Mainer' before 'Falange y Literatura, Barcelona, 1971': then the piece before the town is the title
_PERSON = re.compile(r"(?:[A-ZÀ-Þ]\.\s?){1,3}\s*[A-ZÀ-Þ][\w’'\-]+(?:\s+(?:de\s+|del\s+|y\s+)?[A-ZÀ-Þ][\w’'\-]+){0,2}|[A-ZÀ-Þ][a-zà-ÿ]+\s+[A-ZÀ-Þ][a-zà-ÿ’'\-]+")


_ROLE_PIECE = re.compile(r"(?:eds?|Hrsg|Hg|hg|dir|éds?|red|comps?)\.?")


_ROLE_PAREN = ("(ed.)", "(eds.)", "(eds)", "(ed)", "(Hrsg.)", "(Hg.)", "(dir.)", "(éd.)", "(éds)", "(a cura di)")
_ONE_NAME = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]{2,}")


def _comma_pub(text: str) -> tuple[dict, str]:
    """'Title, Madrid, San Martín, 1977', 'Title, Cape, 1986', 'Title, New York 2007'."""
    y = _year_end(text)
    if not y:
        return {}, text
    issued, _ = _year(y.group("y"))
    day = _DAY_BEFORE_YEAR.search(text, max(0, y.start() - 24), y.start())
    dated = first_date(day.group(0) + " " + y.group("y")) if day else None
    if dated and len(dated["date-parts"][0]) > 1:  # '…, Chicago, January 5, 1990'; not 'Zeitschrift 5, 1968'
        issued = dated
        text = text[:day.start()] + text[day.end():]
        y = _year_end(text)
    pieces = [p.strip() for p in text[:y.start()].rstrip(" ,").split(",")]
    out: dict = {"issued": issued}
    last = pieces[-1] if pieces else ""
    after_quote = len(pieces) > 1 and pieces[-2].endswith(("”", "»", '"', "’", "*"))
    joined = not text[:y.start()].rstrip().endswith(",")  # 'Torino 2012': a place set before the year
    if len(pieces) > 2 and _region(last):  # 'México, D. F.', 'Kent, Ohio'
        last = f"{pieces.pop(-2)}, {last}"
        pieces[-1] = last
    if joined and len(pieces) > 1 and (_ROLE_PIECE.fullmatch(pieces[-2]) or pieces[-2].endswith(_ROLE_PAREN)) \
            and not _is_place(last):
        return {}, text  # 'Carney and Way, eds., Politics 1964', 'in Bhattacharya (ed.), Rethinking 1857': a title's year
    if (joined and len(pieces) > 1 and len(last.split()) >= 3 and not y.group("y").isdigit()
            and not _is_place(last) and not _is_place(last.rsplit(" ", 1)[-1])):
        return {}, text  # 'Gordon, The Dominion Partnership in Imperial Defense 1870–1914': the title's years
    both = _publisher_then_place(last) if joined and len(pieces) > 1 and " " in last else None
    if both:  # Italian 'Laterza Bari 1959', '… autonarrazione. Mimesis Milano-Udine 2012'
        head, out["publisher"], out["publisher-place"] = both
        pieces[-1:] = [head] if head else []
        return out, ", ".join(pieces)
    month = (first_date(f"{last} {y.group('y')}") if len(pieces) > 2 and _MONTHISH.match(last)
             and _is_place(pieces[-2]) else None)
    if month and len(month["date-parts"][0]) == 2:  # '…, Boston, November 1996': the month of the year
        out["issued"] = month
        pieces.pop()
        last = pieces[-1]
    if 4 < len(last.split()) <= 8 and last[:1].isupper() and len(pieces) > 2 and not after_quote \
            and _is_place(pieces[-2]) and not _is_place(last):
        out["publisher"], out["publisher-place"] = pieces.pop(), pieces.pop()  # French 'Paris, Service historique
        return out, ", ".join(pieces)  # de l’armée de terre, 1995': a long publisher's name after its town
    if joined and len(pieces) > 1 and last.lower() in _GERMAN_FIRMS:  # German 'dtv 1973', 'Suhrkamp 1974': a firm, no town
        out["publisher"] = pieces.pop()
        if len(pieces) > 1 and _is_place(pieces[-1]):  # 'München, Beck 1973'
            out["publisher-place"] = pieces.pop()
        return out, ", ".join(pieces)
    if joined and len(pieces) > 2 and len(last.split()) <= 3 and last[:1].isupper() and _is_place(pieces[-2]) \
            and not _is_place(last) and not _MONTHISH.match(last):
        out["publisher"], out["publisher-place"] = pieces.pop(), pieces.pop()  # Italian 'Padova, Antenore 1981':
        return out, ", ".join(pieces)  # the town, then the firm with its year
    lower_name = last[:1].islower() and (_LOWER_ARTICLE.match(last) or _LOWER_FIRM.match(last))  # 'il Mulino', 'éd. du Seuil'
    if last and len(last.split()) <= 4 and (not last[:1].islower() or lower_name) and not after_quote:
        if _is_place(last) or _region(last.split(",")[-1]) or (
                joined and len(pieces) > 2 and len(last.split()) <= 3 and not _PUBLISHERISH.search(last)
                and not _MONTHISH.match(last)):
            out["publisher-place"] = last
        elif _PUBLISHERISH.search(last) or len(pieces) > 2:
            out["publisher"] = last
        else:
            return out, ", ".join(pieces)
        pieces.pop()
        if not pieces or (last and len(pieces) < 2):
            return out, ", ".join(pieces)
        prev = pieces[-1]
        town = prev.rpartition(". ")[2] if "publisher" in out and ". " in prev and len(pieces) > 1 else ""
        if town and _is_place(town):  # 'A magyar forradalom. Budapest, Magvető, 1990': the town after the title's full stop
            out["publisher-place"] = town
            pieces[-1] = prev[:-len(town) - 2]
            return out, ", ".join(pieces)
        if (len(prev.split()) <= 4 or _PRESS.search(prev) and len(prev.split()) <= 8) and len(pieces) > 1:
            if "publisher" in out and _is_place(prev):
                out["publisher-place"] = pieces.pop()
                if len(pieces) > 1 and len(pieces[-1]) < 20 and _is_place(pieces[-1]):  # French 'Tours, Paris, Éd. Mame'
                    out["publisher-place"] = f"{pieces.pop()}, {out['publisher-place']}"
            elif ("publisher-place" in out and not (len(pieces) == 2 and _PERSON.fullmatch(pieces[0]))
                  and (_PUBLISHERISH.search(prev) or _PRESS.search(prev)
                                                or joined and _FIRM_NAME.fullmatch(prev)
                                                and out["publisher-place"].lower() in _ITALIAN_TOWNS)
                  and not (_is_place(prev) and not _PRESS.search(prev))  # 'Cambridge University Press' is no place
                  and not prev.lower().startswith("in") and not second_editor(pieces)
                  and (not prev[:1].islower() or _LOWER_ARTICLE.match(prev) or _LOWER_FIRM.match(prev))):  # '…, people and literature, London'
                out["publisher"] = pieces.pop()
            elif ("publisher-place" in out and len(pieces) > 2 and _ONE_NAME.fullmatch(prev)
                  and not _ONE_NAME.fullmatch(pieces[-2])  # not 'Revel, Jacques, Paris': an inverted name
                  and _is_place(out["publisher-place"]) and not _is_place(prev) and not _MONTHISH.match(prev)):
                out["publisher"] = pieces.pop()  # Spanish 'Labor, Barcelona, 1985': a one-word firm, then its town
    return out, ", ".join(pieces)


_GENITIVE = (("ого", "ий"), ("ой", "а"), ("ева", "ев"), ("ова", "ов"), ("ина", "ин"))


# Polish 'pod red. A. Nowaka i B. Kowalskiego': the names in the genitive too
_PL_GENITIVE = (("skiego", "ski"), ("ckiego", "cki"), ("dzkiego", "dzki"), ("skiej", "ska"), ("ckiej", "cka"))


def nominative(name: dict) -> dict:
    """Russian and Polish roles put the name in the genitive ('под ред. С. Тэлбота', 'pod red. A. Nowaka'): back
    to the nominative."""
    fam = name.get("family", "")
    if not re.fullmatch(r"[А-ЯЁ][а-яё\-]+", fam):  # a name in Latin letters: the Polish endings
        for gen, nom in _PL_GENITIVE:
            if fam.endswith(gen):
                return dict(name, family=fam[:-len(gen)] + nom)
        if len(fam) > 3 and fam.endswith("a") and fam[-2] not in "aeiouyąęó" and fam[-2:] not in ("ia",):
            return dict(name, family=fam[:-1])  # 'Nowaka' -> 'Nowak'
        return name
    for gen, nom in _GENITIVE:
        if fam.endswith(gen):
            return dict(name, family=fam[:-len(gen)] + nom)
    if fam.endswith("а") and fam[-2:-1] not in "аеёиоуыэюяйь":  # Тэлбота -> Тэлбот
        return dict(name, family=fam[:-1])
    if fam.endswith("я") and fam[-2:-1] in "аеиоу":  # Мая -> Май
        return dict(name, family=fam[:-1] + "й")
    return name


_GENITIVE_ROLE = re.compile(r"пер\.|под\s+(?:общ\.\s+|науч\.\s+)?ред\.", re.I)


_FROM_LANGUAGE = re.compile(r"\s*/?\s*пер\.\s+с\s+[а-яё]+(?:\.|$)(?!\s*(?:[А-ЯЁ]\.\s?){1,2}\s*[А-ЯЁ][а-яё])")


_WITH_HELP = re.compile(r"\s+with\s+(?:the\s+)?(?:assistance|collaboration|help)\s+of\s+")


# the rest of a list of names after a role's first: ', D. Herlihy, and A. L. Udovitch' before the imprint
_MORE_NAMES = re.compile(r"(?:,\s+(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w’'\-]+){0,5},?\s+(?:and|&)\s+"
                         r"(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w’'\-]+(?=\s*(?:\(|$))")


def _more_full_names(text: str, end: int) -> re.Match | None:
    """', Georges Lefebvre, Albert Soboul' after an editor: more editors, none of them a place."""
    m = MORE_FULL.match(text, end)
    names = m.group(0).replace(" and ", ", ").split(", ")[1:] if m else ()
    return m if names and not any(_is_place(n.strip()) or _is_place(n.split()[0]) for n in names) else None


def take_roles(text: str) -> tuple[dict, str]:
    """editor/translator from 'ed. X', 'ed. by X', 'trans. X', 'translated by X'."""
    out: dict = {}
    if "п" in text and "пер. с" in text:  # GOST '/ пер. с англ.': translated, no translator named
        text = _FROM_LANGUAGE.sub("", text)
    low = text.lower()
    # one pass over the marks, not one per role; the pattern of them all turns most texts away sooner
    for field, _, rx in _roles_marked_in(low):
        m = rx.search(text)
        if m and rx is NAMES_THEN_ROLE and not after_a_book(text, m.start()):
            m = None
        if m:
            found = m.groupdict()  # the name's group is 'who', or 'who2', 'who3' in MORE_ROLES' other cases
            who, end = (found.get("who") or found.get("who2") or found.get("who3") or found.get("who4")
                         or found.get("who6") or found.get("who9")), m.end()
            more = _MORE_NAMES.match(text, end) if text[end:end + 2] == ", " and " and " in text[end:] else None
            if not more and text[end:end + 2] == ", " and field == "editor":  # 'a cura di L. Bianchi, G. Verdi'
                more = MORE_INITIALLED.match(text, end) or _more_full_names(text, end)
            if more and who[:1].islower() and more.re is MORE_FULL:  # 'edited by the organizers, D. Sherman and I. Rogoff'
                who = more.group(0).lstrip(", ")
                end = more.end()
            elif more:  # 'ed. H. A. Miskimin, D. Herlihy, and A. L. Udovitch (New Haven …)': the whole list
                who, end = who + more.group(0), more.end()
            if " with " in who:  # 'trans. Thomas Burger with the assistance of Frederick Lawrence': both
                who = _WITH_HELP.sub(" and ", who)
            if rx is _ED_INVERTED:
                who = _uninvert(who)
            names = role_names(_ET_AL_WORD.sub("", who))
            if _GENITIVE_ROLE.search(m.group(0)) or "pod red" in m.group(0):  # 'под ред. Егоровой', 'pod red. A. Nowaka'
                names = [nominative(n) for n in names]  # the name in the genitive
            for role in field.split() if names else ():
                out.setdefault(role, []).extend(names)
            text = text[:m.start()] + text[end:]
            low = text.lower()
    m = ((NUMBERED_EDITION.search(text) if "ed" in low or "é" in low and "éd" in low or "f" in low and "aufl" in low else None)  # its words
         or (_GOST_EDITION.search(text) if "е" in text and "-е" in text else None))
    if m:  # '10. Aufl.', '2.ª ed.', GOST '5-е изд.'
        out["edition"] = m.group("ed") or m.group("ed2")
        text = text[:m.start()] + text[m.end():]
    m = _EDITION.search(text) if "ed" in low or "éd" in low or "f" in text and "Aufl" in text else None  # 'ed.', 'edn', '3e éd.'
    if m is None and "ed" in low and ". " in text:
        m = _EDITION_AFTER_STOP.search(text)  # GOST 'Title. 2nd ed.': after the title's full stop
    if m and m.group("ed").lower() not in ("the", "and"):
        ed = m.group("ed")  # '2nd', '2d', '2a' -> '2'; English 'Second edition' -> '2'
        out["edition"] = _ORDINAL_WORDS.get(ed.lower()) or _ORDINAL_END.sub("", ed)
        text = text[:m.start()] + text[m.end():]
    m = (_VOLUME_LATIN if text.isascii() else _VOLUME).search(text) or (_VOLS_PAIR.search(text) if "ols" in text else None)
    if m:
        out["volume"] = m.group("v") or m.group("kn") or m.group("t2")
        if m.re is _VOLUME and (m.group("part") or m.group("kn2")):  # 'Кн. 1. Ч. 2': the book and its part
            out["part-number"] = m.group("part") or m.group("kn2")  # 'Кн. IV. Т. 8': the volume 8 of book IV
        after = text[m.end():]
        whole = VOLUME_OF.match(after) if after[:4] == " of " else None
        if whole:  # Chicago 'vol. 2 of History of Cities': the work in volumes, not part of the book's title
            out["collection-title"] = whole.group("c")
            after = after[whole.end():]
        named = (_VOLUME_TITLE.match(after) if after.startswith(":")
                 else _VOLUME_TITLE_COMMA.match(after) if after.startswith(", ") and m.group("v") else None)
        if named and after[:1] == "," and (_is_place(named.group(1)) or not _title_words(named.group(1))):
            named = None
        if named:  # 'Imperial Sunset, Vol. 1: Britain’s Liberal Empire 1897–1921': the volume's own title
            out["volume-title"] = named.group(1).strip()
            after = after[named.end():]
        text = text[:m.start()] + after
    return out, text


# a title in italics or quotes; «…» and "…" may hold other quotation marks ('« “X” revisited »')
_MARKED = re.compile(r"\*(?P<i>[^*]+)\*|„(?P<g>(?:[^„“”]|„[^„“”]*[“”])+)[“”]|«\s?(?P<f>[^«»]+?)\s?»(?!\s*:)"
                     r"|»(?P<r>[^»«]+)«"
                     r"|\"(?P<d>[^\"]+)\"(?!\s*:)|[\"“](?P<q>[^\"”»]+)[\"”»](?!\s*:)"
                     r"|‘(?P<s>(?:[^’]|’(?=\w)){4,})’(?!\w)|'(?<![^\W\d_]')(?P<a>[^']{4,}(?:(?<=[^\W\d_])'(?=[^\W\d_])[^']+)*)'(?!\w|:\s[A-Z])")


# every _MARKED case opens with one of these: the pattern's mixed openings scan slowly, this class quickly
_MARK_OPEN = re.compile(r"[*„«»\"“‘']")


def marked_title(text: str) -> re.Match | None:
    first = _MARK_OPEN.search(text)  # no match can start before the first opening mark
    return _MARKED.search(text, first.start()) if first else None


def first_date(text: str) -> dict | None:
    m = find_date(text)
    return m.date if m else None
