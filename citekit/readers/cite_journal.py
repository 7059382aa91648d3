"""A journal article's volume, issue and date written after the journal's name, in any order and
in the abbreviations of several languages: 'vol. 12, no. 3, 1990', '12. Jg. (1986), Heft 3',
'a. XII, n. 3, 1990', 't. 81, 1990, z. 2', '45e année, n° 3, mai-juin 1990', 'no 45, janvier-mars 1995';
what a journal's imprint holds instead of a publisher; and magazines told from journals.
"""

from __future__ import annotations

import re

from .cite_parts import first_date, marked_title
from .dates import _ENGLISH_MONTHS, MONTH_WORDS

_V = r"(?P<v{n}>\d{{1,4}}|[IVXLC]{{1,8}})"
_VOLUME = (r"(?:(?:[Vv]ol\.|[Vv]olume|Bd\.|Jg\.|t\.|[Tt]ome|[Tt]omo|a\.|[Aa]nno|[Aa]ño|[Rr]ok|R\.|Т\.|т\.)\s*" + _V.format(n=1)
           + r"|(?P<v2>\d{1,3})\.\s*Jg\.|(?P<v3>\d{1,3})(?:e|ème)\s+année|(?P<v4>[IVXLC]{1,8})(?=\s*[,(]))")
_ISSUE = (r"(?:[Nn]o\.?|[Nn]os\.|n\.|n°|nº|n\.º|č\.|[Nn]r\.?|z\.|H\.|Heft|fasc\.|[Nn]úm\.|№№?|[Ii]ssue|[Cc]ahier|Вып\.)\s*"
          r"(?P<i>\d{1,4}(?:\s*[-–/]\s*\d{1,4})?(?![\w.]\d)|[IVX]{1,5}(?:\s*[-–]\s*[IVX]{1,5})?\b(?!\.\s*\w))")  # 'no. II', 'fasc. I-II': roman too
# a month or season in the languages of the notes ('mai-juin', 'Frühjahr', 'autunno', 'lipiec')
_MONTH = (r"(?i:jan|feb|f[ée]v|mar|m[äa]r|apr|avr|abr|may|mai|mag|jun|jui|giu|jul|lug|aug|ao[ûu]|ago|sep|set|oct|okt|ott"
          r"|nov|dec|d[ée]c|dez|dic|spring|summer|autumn|fall|winter|printemps|[ée]t[ée]|automne|hiver|fr[üu]h|sommer"
          r"|herbst|primavera|estate|autunno|inverno|verano|oto[ñn]o|invierno|stycz|lut|kwie|maj|czer|lip|sierp|wrze"
          r"|pa[źz]dz|listop|grud)[^\W\d]*\.?")
_DATE = rf"\(?(?P<d>(?:\d{{1,2}},\s+(?={_MONTH}))?(?:{_MONTH}(?:\s*[-–/]\s*{_MONTH})?,?\s+)?(?:\d{{1,2}}\.?\s+)?(?:1[5-9]|20)\d\d)\)?"
MONTH_YEAR = re.compile(rf"\b{_MONTH}(?:\s*[-–/]\s*{_MONTH})?\s*,?\s*(?:1[5-9]|20)\d\d")  # 'July/August 2014'
_TOKEN = re.compile(rf"(?:{_VOLUME}|{_ISSUE}|{_DATE})")
_IN_LEAD = re.compile(r"(?:^|[,.]\s+|\s+)(?:[Ii]n:?|dans|w:|(?-i:i):|в:|в\s+кн\.:?)\s*$")
_LABELS = frozenset("no no. nos. nr nr. n. n° nº № z. č. h. heft fasc. núm. vol. volume bd. jg. t. tomo tome issue "
                    "вып. cahier a. anno año rok r. т.".split())


def _has_label(end: str) -> bool:
    """A quick look for a volume or issue label (word lookups, faster than a pattern)."""
    if "№" in end or "°" in end and "n°" in end or "º" in end and ("nº" in end or "n.º" in end) or "é" in end and "année" in end or "J" in end and "Jg." in end:
        return True
    words = end.lower().split()
    if _LABELS.isdisjoint(words):
        return False
    return any(w in _LABELS and nxt[:1] in _NUMBER_START for w, nxt in zip(words, words[1:]))


_NUMBER_START = frozenset("0123456789ivxlc")


def _unnamed(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_TAIL = re.compile(rf"(?:(?<=[”»\"“*])|[,.]?\s+|\s*(?=\())(?:{_unnamed(_VOLUME)}|{_unnamed(_ISSUE)}|{_unnamed(_DATE)})"
                   rf"(?:(?:[,.]?\s+|\s*(?=\())(?:{_unnamed(_VOLUME)}|{_unnamed(_ISSUE)}|{_unnamed(_DATE)})){{1,3}}\s*$")


def journal_tail(text: str) -> dict | None:
    """{'head', 'journal', 'volume', 'issue', 'date'} when `text` ends on a journal's issue
    (a year and a volume or an issue number); `head` is the author and title before the journal."""
    last = text.rstrip(" .)")[-1:]
    if not (last.isdigit() or last in "IVX" and ("o. " in text[-9:] or "fasc" in text[-16:])) or "/" in text and " // " in text:
        return None  # ends on a year or on a roman issue ('no. I', 'fasc. I-II'); GOST's '//' is read elsewhere
    if not _has_label(text[-90:]):  # or a French 'Le Mouvement social, 65, octobre 1968': no label, a month
        return _number_then_months(text) if text[-5:-4] == " " and text[-6:-5].isalpha() else None
    m = _TAIL.search(text, max(0, len(text) - 90))
    if not m:
        return None
    out: dict = {}
    pos = m.start()
    for tok in _TOKEN.finditer(text, pos):
        for key, groups in (("volume", ("v1", "v2", "v3", "v4")), ("issue", ("i",)), ("date", ("d",))):
            value = next((tok.group(g) for g in groups if tok.group(g)), None)
            if value and key not in out:
                out[key] = value
    if "date" not in out or not ("volume" in out or "issue" in out):
        return None
    head = text[:pos].rstrip(" ,.")
    journal = _journal_name(head)
    if not journal:
        return None
    out["journal"], out["head"] = journal
    number = _TRAILING_NUMBER.search(out["journal"]) if "volume" not in out else None
    if number:  # 'Kwartalnik 81 (1990), z. 3': the volume stood after the name
        out["volume"], out["journal"] = number.group(1), out["journal"][:number.start()]
    return out


# French and Italian 'Le Mouvement social, 65, octobre-décembre 1968': an unlabelled volume, then the months
_NUMBER_MONTHS = re.compile(r",\s*(?P<v>\d{1,4}),\s*(?P<d>(?P<m>[^\W\d_]{3,12})\.?(?:\s*[-–/]\s*[^\W\d_]{3,12}\.?)?"
                            r"\s+(?:1[5-9]|20)\d\d)$")


def _number_then_months(text: str) -> dict | None:
    m = _NUMBER_MONTHS.search(text, max(0, len(text) - 50))
    if not m or not _romance_month(m.group("m")):
        return None
    journal = _journal_name(text[:m.start()].rstrip(" ,."))
    if not journal:
        return None
    return {"journal": journal[0], "head": journal[1], "volume": m.group("v"), "date": m.group("d")}


def _romance_month(word: str) -> bool:
    """A month named in a language of the notes other than English and Russian ('octobre', 'gennaio')."""
    word = word.lower()
    return word in MONTH_WORDS and word not in _ENGLISH_MONTHS and word[0] < "ɐ"


def _journal_name(head: str) -> tuple[str, str] | None:
    """(journal, what comes before it): a quoted name at the end, or the name after 'in', 'w:', or
    after a quoted article title."""
    if head[-1:] in "”»\"*":
        marks = list(_QUOTED.finditer(head))
        if marks and marks[-1].end() == len(head):
            last = marks[-1]
            before = head[:last.start()].rstrip(" ,.")
            before = _IN_LEAD.sub("", before) if _IN_LEAD.search(before) else before
            return next(g for g in last.groups() if g).strip(), before
    lead = _IN_NAME.search(head)
    if lead and ("“" in head or "«" in head) and any(q.start() < lead.start() < q.end() for q in _QUOTED.finditer(head)):
        lead = None  # '“The 1956 Crises in Hungary and Poland,” Journal of …': 'in' inside the quoted title
    if lead:
        return head[lead.end():].strip(" ,.«»“”\"*"), head[:lead.start()].rstrip(" ,.")
    title = marked_title(head)
    if title and title.end() < len(head):
        after = head[title.end():].strip(" ,.")
        if after and after[0].isupper() and len(after.split()) <= 10:
            return after, head[:title.end()]
    return None


_TRAILING_NUMBER = re.compile(r"\s(\d{1,4}|[IVXLC]{1,7})$")
_QUOTED = re.compile(r"«\s?([^«»]+?)\s?»|„([^„“”]+)[“”]|“([^“”]+)”|\"([^\"]+)\"|\*([^*]+)\*")
_IN_NAME = re.compile(r"(?:^|[,.]\s+|\s+)(?:[Ii]n:?|dans(?:\s+la|\s+le)?|w:|(?-i:i):|в:)\s+(?=[A-ZÀ-ÞА-ЯЁ«„“\"*])(?!.*(?:\s[Ii]n:?|\sdans|\sw:)\s)")


_SEASON = re.compile(r"(?i:spring|summer|autumn|fall|winter|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
                     r"[a-z]*\.?)(?:\s*[/–-]\s*[A-Za-z]+\.?)?")
_VOL_ISSUE = re.compile(r"(?P<v>\d{1,4})\s*\((?P<i>\d{1,3})\)|(?P<v2>\d{1,4}|[IVXLC]{1,8})-(?P<i2>\d{1,3}(?:/\d{1,3})?)")  # '45 (2)'; French '44-6', 'XII-3/4'



# a journal's series between its name and its volume: 'n.s.', 'new series', '2nd ser.', 'ser. 5', 'nouvelle série',
# 'nuova serie', German 'N.F.' and 'Neue Folge'
_SERIES_MARK = re.compile(
    r",\s*(?:[Nn]\.\s?[Ss]\.|NS|[Nn]ew\s+[Ss]er(?:ies\b|\.)|(?:\d{1,2}(?:st|nd|rd|th|e|a)\.?|[Ff]irst|[Ss]econd|[Tt]hird"
    r"|[Ff]ourth|[Ff]ifth|[Ss]ixth)\s+(?:[Ss]er(?:ies\b|\.)|série|serie)|(?:[Ss]er(?:ies|ie|\.)|s\.)\s*(?:\d{1,2}|[IVX]{1,4})(?=,)"
    r"|[Ss]er(?:ies|\.)\s+\d{1,2}|[Nn]ouvelle\s+série"
    r"|[Nn]uova\s+serie|N\.\s?F\.|Neue\s+Folge)\s*,?\s*(?=(?:\d|[IVXLC]+\b|[ivxlc]+\b|[Vv]ol\.|[Tt]\.|Bd\.|[Tt]ome\b|n°|nº|[Nn]o\.?\s?\d))")


def without_series(text: str) -> str:
    """The text without a journal's series mark, which stands between the journal's name and its volume."""
    return _SERIES_MARK.sub(", ", text)


def journal_imprint(rec: dict) -> None:
    """A journal has no publisher: what stood there is its date or its volume ('Summer', '45 (2)')."""
    pub = rec["publisher"].strip()
    vi = _VOL_ISSUE.fullmatch(pub)
    if vi:
        rec.setdefault("volume", vi.group("v") or vi.group("v2"))
        rec.setdefault("issue", vi.group("i") or vi.group("i2"))
    elif _SEASON.fullmatch(pub):
        month = first_date(f"{pub.split('/')[0]} 2000")
        parts = (rec.get("issued") or {}).get("date-parts") or []
        if month and len(month["date-parts"][0]) > 1 and len(parts) == 1 and len(parts[0]) == 1 \
                and not re.search(r"[/–-]", pub):  # 'July/August': a span of months, so the year alone
            rec["issued"] = {"date-parts": [[parts[0][0], month["date-parts"][0][1]]]}
    elif re.fullmatch(r"[IVXLC]{1,7}|\d{1,4}", pub):  # 'Revue du Nord, LXXII, 1990': the volume
        rec.setdefault("volume", pub)
    elif not re.fullmatch(r"\d+e\s+année|\d+\.?\s*Jg\.?", pub):
        return
    del rec["publisher"]


# weeklies and monthlies that notes cite by date like newspapers: general news and opinion magazines
def magazine(rec: dict, text: str) -> None:
    """A periodical cited by month or season with no volume or issue is a magazine (Chicago gives a
    journal's volume); so is a known weekly cited by its day."""
    name = rec["container-title"].strip("*").lower()
    parts = (rec.get("issued") or {}).get("date-parts") or [[]]
    if name in _MAGAZINE_NAMES:
        rec["type"] = "article-magazine"
    elif rec["type"] == "article-journal" and not (rec.get("volume") or rec.get("issue") or rec.get("URL")) \
            and (len(parts[0]) == 2 or MONTH_YEAR.search(text)) and not _NUMBER_AFTER.match(text, text.find(rec["container-title"])
                                                                + len(rec["container-title"])) \
            and not _season_dated(text):
        rec["type"] = "article-magazine"
    elif rec["type"] == "article-journal" and rec.get("issue") and not rec.get("volume") and len(parts) == 1 \
            and len(parts[0]) >= 2 and not _JOURNAL_NO.search(text) and not _french_number_month(text) and not (
            "(" in text and _NO_MONTH_PAREN.search(text)):
        rec["type"] = "article-magazine"  # Spanish 'Haz, n.º 12, 5, diciembre, 1935': a number and a day, no volume
    if len(parts) == 2 and parts[0][0] == parts[1][0] and rec["type"] != "article-newspaper" and not months_kept(text):
        rec["issued"] = {"date-parts": [parts[0][:1]]}  # an issue of 'July/August 2014', '(Summer 1997)': the year


# a season, not a month: quarterlies are dated so ('Daedalus, hiver 1971'), magazines by month or day
_SEASON_YEAR = re.compile(r"(?i:winter|spring|summer|autumn|fall|hiver|printemps|été|automne|inverno|primavera|estate"
                          r"|autunno|invierno|verano|otoño)\s*,?\s*(?:1[5-9]|20)\d\d")


def _season_dated(text: str) -> bool:
    return _SEASON_YEAR.search(text) is not None


_MONTH_SPAN = re.compile(r"(?<![\w.])([^\W\d_]{3,12})\.?\s*[-–/]\s*[^\W\d_]{3,12}\.?,?\s+(?:1[5-9]|20)\d\d")


def months_kept(text: str) -> bool:
    """French and Italian notes date an issue by its months ('novembre-décembre 1989', 'gennaio-aprile 1919'),
    and those months are kept; an English 'July/August 1997' gives the year."""
    span = _MONTH_SPAN.search(text) if "-" in text or "–" in text or "/" in text else None
    return bool(span) and _romance_month(span.group(1))


_MAGAZINE_NAMES = frozenset((
    "time", "newsweek", "life", "look", "fortune", "forbes", "the economist", "economist", "the new yorker",
    "new yorker", "the nation", "the new republic", "new republic", "the atlantic", "atlantic monthly",
    "the atlantic monthly", "harper's", "harper’s", "harper's magazine", "the spectator", "spectator",
    "new statesman", "the new statesman", "national review", "commentary", "the listener", "punch",
    "encounter", "the new york review of books", "new york review of books", "u.s. news & world report",
    "the saturday evening post", "saturday evening post", "business week", "businessweek", "der spiegel",
    "spiegel", "stern", "l'express", "l’express", "le nouvel observateur", "le point", "paris match",
    "jeune afrique", "far eastern economic review", "reader's digest", "vanity fair", "rolling stone",
    "mother jones", "foreign policy", "крокодил",
    "new york times magazine", "the new york times magazine", "nytm", "times literary supplement",
    "the times literary supplement", "tls", "saturday review", "the saturday review", "revue des deux mondes",
    "la revue des deux mondes", "l'illustration", "l’illustration", "vrij nederland", "de groene amsterdammer",
    "elsevier", "ogonyok", "огонёк", "огонек",
    # older and scientific weeklies and monthlies
    "scientific american", "popular science monthly", "national geographic", "smithsonian", "the illustrated london news",
    "illustrated london news", "the gentleman's magazine", "gentleman's magazine", "niles' register", "niles’ register",
    "niles' weekly register", "niles’ weekly register"))

_JOURNAL_NO = re.compile(r"[Nn]o\.\s\d{1,4},\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Spr|Sum|Aut|Fal|Win)[a-z]*\.?\s\d{4}")
# French 'Le Débat, n° 30, mai 1984': a journal's number and month, as English 'No. 50, February 1971' (not Spanish
# 'Haz, n.º 5, junio, 1943', a magazine's, with a comma before the year)
_FR_NUMBER_MONTH = re.compile(r"(?:n°|nº|\bno)\s?\d{1,4},\s(?P<m>[^\W\d_]{3,10})\.?\s(?:1[5-9]|20)\d\d")


def _french_number_month(text: str) -> bool:
    m = _FR_NUMBER_MONTH.search(text) if "n°" in text or "nº" in text or "no " in text else None
    return bool(m) and (m.group("m").lower() in MONTH_WORDS or m.group("m").lower() in _FR_SEASONS)


_FR_SEASONS = frozenset("printemps été ete automne hiver".split())
_NO_MONTH_PAREN = re.compile(r"[Nn]o\.\s?\d{1,4}\s*\([A-Z][a-z]+\.?\s\d{4}\)")  # 'no. 1 (November 1924)': Chicago's journal issue
_NUMBER_AFTER = re.compile(r"\W{0,3}\s*\d{1,3}\b")  # 'AhRf, 218, October 1974': a volume left unlabelled


# a journal's issue in an imprint's place: '(Boll. d'Arte, gennaio-aprile 1919)', '(Felix Ravenna, fasc. XIX, settembre 1915)'
_ISSUE_MONTHS = re.compile(r"(?:(?:fasc|fase|n|no|nr)\.\s*(?P<i>[IVXLC]{1,6}|\d{1,3}),\s*)?(?P<m1>[^\W\d]{3,12})(?:\s*[-–]\s*(?P<m2>[^\W\d]{3,12}))?")


def journal_by_month(pub: dict) -> dict | None:
    """The imprint names a journal and the months of its issue, not a publisher and a place."""
    m = _ISSUE_MONTHS.fullmatch(pub["publisher-place"])
    if not m or m.group("m1").lower().rstrip(".") not in MONTH_WORDS:
        return None  # 'London', not a month: the usual imprint
    year = pub["issued"]["date-parts"][0][0]
    months = [first_date(f"{m.group(g)} {year}") for g in ("m1", "m2") if m and m.group(g)]
    if not months or not all(d and len(d["date-parts"][0]) == 2 for d in months):
        return None
    out = {"type": "article-journal", "container-title": pub["publisher"],
           "issued": {"date-parts": [d["date-parts"][0] for d in months]}}
    if m.group("i"):
        out["issue"] = m.group("i")
    return out
