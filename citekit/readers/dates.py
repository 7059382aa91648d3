"""Date phrases in citations -> CSL dates.

Handles 'December 3, 1962', '3 December 1962', 'Dec. 1962', '1962', '1962-12-03', '03.12.1962',
ranges ('December 3-5, 1962', 'October-November 1962', '1962-63'), 'ca. 1962' and 'n.d.'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "май": 5, "июн": 6, "июл": 7, "авг": 8,
    "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
    "січ": 1, "лют": 2, "бер": 3, "кві": 4, "тра": 5, "чер": 6, "лип": 7, "сер": 8, "вер": 9, "жов": 10, "лис": 11,
    "гру": 12,  # Ukrainian
}
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
          r"|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
          r"|январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь"
          r"|янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек"
          r"|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"  # Ukrainian
          r"|січень|лютий|березень|квітень|травень|червень|липень|серпень|вересень|жовтень|листопад|грудень)\.?")

_NUM = r"(?<![\w/.:])(?:1(?:er|re)|\d{1,4})(?![\w/]|[:.]\d)(?:\s*г\.)?"  # '7:41' is a time, no day; French '1er'
_TOKEN = rf"(?:{_MONTH}(?!\w)|{_NUM})"
_SEP = r"(?:\s*,?\s*|\s*(?:-|–|—|/|\bto\b|\buntil\b|\bthrough\b)\s*)"
_DATE_RE = re.compile(  # the leading look-behind rejects most positions at once
    rf"(?<![\w.])(?P<circa>(?:ca\.|circa|c\.|approx\.|around|about)\s*)?"
    rf"(?P<body>(?<![\w.]){_TOKEN}(?:{_SEP}{_TOKEN})*)", re.I)
_ISO_RE = re.compile(r"(?<![\w.\-/])(\d{4})-(\d{2})-(\d{2})(?![\w\-])")
_DMY_RE = re.compile(r"(?<![\w.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\w])")
_UNDATED_RE = re.compile(r"(?<!\w)(?:n\.\s?d\.?|undated|no date|not dated|date unknown|b\.\s?d\.|"
                         r"без даты|б\.\s?д\.)(?!\w)", re.I)
# 'n.d', 'n. d', 'date', 'б.', 'без' in any case, spelled out: opening on a class of their first letters, it scans quickly
_UNDATED_HINT_RE = re.compile(r"[nNdDбБ](?:(?<=[nN])\. ?[dD]|(?<=[dD])[aA][tT][eE]|(?<=[бБ])(?:\.|[еЕ][зЗ]))")
# not '30/3386', a call number; opens on its first digit (the character before looked at behind it): a quick scan
_YEAR_RE = re.compile(r"\d(?<![\d/]\d)\d{3}(?!\d)")
_WORD_START_RE = re.compile(r"(?<![\w.])\w")
_DATE_INITIALS = frozenset("0123456789jfmasondcяфмаисонд")
_FAST_RE = re.compile(
    r"(?<![\w.])(?:(?P<circa>ca\.|circa|c\.)\s*)?"
    r"(?:(?P<m1>[^\W\d_]{3,9}\.?)\s+(?P<d1>\d{1,2}),?\s+|(?P<d2>\d{1,2})(?:er|re)?[.,]?\s+"
    r"(?P<m2>[^\W\d_]{3,12}\.?),?\s+|(?P<m3>[^\W\d_]{3,12}\.?),?\s+)(?P<y>\d{4})(?!\d)(?:\s*г\.)?",
    re.I)  # '3. Mai 1956', '22 października 1956' and Spanish '5, diciembre, 1935' too
# French '1er octobre 1841' too
# 'Box 3. May 1956', 'Folder 12. June 1960': the number belongs to the label, not to the date (a
# German '16. August 1973' has none)
_LABEL_BEFORE = re.compile(r"\b(?:box|folder|file|no|nr|vol|item|doc|document|reel|frame|tab|ser|series|"
                           r"entry|part|pt|sheet|p|pp|s|f|d|l|op)\.?\s*$", re.I)
_BARE_YEAR_RE = re.compile(r"(?<![\w.])(?:(?P<circa>ca\.|circa|c\.)\s*)?(?P<y>\d{4})(?!\d)"
                           r"(?:\s*г\.)?", re.I)
_DASHES_TO_SPACE = str.maketrans("-–—/", "    ")
_RANGE_NEXT_RE = re.compile(r"\s*(?:[-–—/]|to\b|until\b|through\b)", re.I)
_RANGE_PREV_RE = re.compile(r"(?:[-–—/]|\bto|\buntil|\bthrough|ca\.|circa|c\.|approx\.|around|"
                            r"about)\s*$", re.I)
_MONTH_WORDS = {word: i % 12 + 1 for i, word in enumerate(
    "january february march april may june july august september october november december "
    "jan feb mar apr may jun jul aug sep oct nov dec".split())}
_MONTH_WORDS["sept"] = 9
_ENGLISH_MONTHS = frozenset(_MONTH_WORDS)
# German, French, Polish and Czech month names (the Polish and Czech in the genitive, as dates
# give them): footnotes citing archives in those countries write dates in their language
for _i, _words in enumerate((
        "januar janvier stycznia ledna", "februar février fevrier lutego února", "märz mars marca "
        "března", "avril kwietnia dubna", "mai maja května", "juni juin czerwca června",
        "juli juillet lipca července", "août aout sierpnia srpna", "septembre września září",
        "oktober okt octobre października října", "novembre listopada listopadu",
        "dezember dez décembre decembre grudnia prosince")):
    _MONTH_WORDS.update(dict.fromkeys(_words.split(), _i + 1))
_MONTH_WORDS.update({word: i % 12 + 1 for i, word in enumerate(
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря "
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split())})
# French, German, Italian, Spanish, Dutch and Portuguese months, as newspapers are cited in those notes ('12 janvier 1962',
# '16. August 1973', '3 marzo 1950'); read by the fast path, which looks the whole word up
for _i, _names in enumerate((
        "janvier janv januar jänner jän gennaio genn enero januari janeiro",
        "février févr fevrier februar febbraio febbr febrero februari fevereiro",
        "mars märz mär marzo maart março", "avril avr aprile abril", "mai maggio mayo mei maio", "juin juni giugno junio junho",
        "juillet juil juli luglio julio julho", "août aout agosto augustus", "septembre settembre septiembre sett setembro",
        "octobre okt oktober ottobre ott octubre outubro", "novembre noviembre novembro",
        "décembre déc decembre dez dezember dicembre dic diciembre dezembro")):  # Dutch and Portuguese too
    for _w in _names.split():
        _MONTH_WORDS.setdefault(_w, _i + 1)
_MONTH_WORDS.update({word: i % 12 + 1 for i, word in enumerate(  # Ukrainian
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня "
    "січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень".split())})
_MONTH_WORDS.update({"янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8,
                     "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12})
_BEFORE, _AFTER = 48, 52  # how far a date phrase reaches either side of its year
_SPLIT_RE = re.compile(r"\s*(?:-|–|—|/|\bto\b|\buntil\b|\bthrough\b)\s*", re.I)
_PIECE_RE = re.compile(rf"{_MONTH}(?!\w)|\d+", re.I)
_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
MIN_YEAR, MAX_YEAR = 1400, 2100


@dataclass(frozen=True)
class DateMatch:
    date: dict | None  # CSL date, or None when the text says the item is undated
    start: int
    end: int

    @property
    def undated(self) -> bool:
        return self.date is None


def _group(text: str) -> list[int | None]:
    """[year, month, day] from one side of a range; missing parts are None."""
    y = m = d = None
    for piece in _PIECE_RE.findall(text):
        if piece[0].isdigit():
            n = int(piece)
            if len(piece) >= 3:
                y = n if y is None else y
            elif d is None:
                d = n
            elif y is None:
                y = n  # '1962-63': a second small number on the right is a short year
        else:
            m = _MONTHS.get(piece[:3].lower(), m)
    return [y, m, d]


def _span(y: int | None, m: int | None, d: int | None) -> list[int] | None:
    if y is None or not MIN_YEAR <= y <= MAX_YEAR:
        return None
    if m is None:
        return [y] if d is None else None
    if not 1 <= m <= 12:
        return None
    if d is None:
        return [y, m]
    if not 1 <= d <= _DAYS[m - 1] or (m == 2 and d == 29 and (y % 4 or (y % 100 == 0 and y % 400))):
        return None
    return [y, m, d]


def _interpret(body: str) -> list[list[int]] | None:
    sides = [s for s in _SPLIT_RE.split(body) if s.strip()]
    if not 1 <= len(sides) <= 2:
        return None
    groups = [_group(s) for s in sides]
    if len(groups) == 2:
        (ly, lm, ld), (ry, rm, rd) = groups
        if ly is not None and lm is None and ld is None and ry is None and rm is None and rd:
            step = 10 if rd < 10 and sides[1].strip() == str(rd) else 100  # '1934-5': one digit, the decade's year
            ry, rd = ly - ly % step + rd, None  # '1962-63'
            if ry < ly:
                ry += step
        ly = ly if ly is not None else ry
        if lm is None and ld is not None and rm is not None:
            lm = rm  # '3-5 December 1962'
        if rm is None and rd is not None and ld is not None:
            rm = lm  # 'December 3-5'
        elif rm is None and ld is None and rd is not None and lm is not None and ry is None:
            return None
        if ly is None:
            return None
        if ry is None:
            ry = ly
        groups = [[ly, lm, ld], [ry, rm, rd]]
    spans = [_span(*g) for g in groups]
    if any(s is None for s in spans):
        return None
    if len(spans) == 2 and spans[0] == spans[1]:
        spans = spans[:1]
    return spans  # type: ignore[return-value]


def find_date(text: str, start: int = 0) -> DateMatch | None:
    """The first date phrase (or 'n.d.') in `text` at or after `start`.

    Every date has a four-digit year, so the scan looks for years (a fast digit search) and runs
    the full date pattern only in a window around each.
    """
    undated = None
    hint = _UNDATED_HINT_RE.search(text, start)
    if hint:  # the pattern runs only from the first hint of one
        undated = _UNDATED_RE.search(text, max(start, hint.start() - 4))
    stop = undated.start() if undated else len(text)  # a date after 'n.d.' cannot come first
    for y in _YEAR_RE.finditer(text, start, stop + 4):
        found = _date_around(text, y.start(), start)
        if found and found.start < stop:
            return found
    return DateMatch(None, undated.start(), undated.end()) if undated else None


def _date_around(text: str, pos: int, start: int) -> DateMatch | None:
    """A date phrase containing the year at `pos`, if there is one."""
    date: dict
    m = _ISO_RE.match(text, pos)
    if m:
        span = _span(*(int(g) for g in m.groups()))
        if span:
            return DateMatch({"date-parts": [span]}, m.start(), m.end())
    if pos >= 4 and text[pos - 1] == ".":
        m = _DMY_RE.search(text, max(start, pos - 6), pos + 4)
        if m and m.end() == pos + 4:
            day, month, year = (int(g) for g in m.groups())
            span = _span(year, month, day)
            if span:
                return DateMatch({"date-parts": [span]}, m.start(), m.end())
    m = _FAST_RE.search(text, max(start, pos - 24), pos + 7)
    if m and m.start() and text[m.start() - 1] in "-–/" and m.start("y") == pos and m.group("m3"):
        span = _month_span(text, m, start)
        if span:  # French 'novembre-décembre 1989', Italian 'gennaio-aprile 1919': the months of an issue
            return span
    if m and m.start("y") == pos and not _RANGE_NEXT_RE.match(text, m.end()) and not (
            _RANGE_PREV_RE.search(text, max(start, m.start() - 8), m.start())):
        word = m.group("m1") or m.group("m2") or m.group("m3")
        month = _MONTH_WORDS.get(word.lower().rstrip(".")) if word else None
        if month:  # fast path: 'December 3, 1962', '3 December 1962', 'December 1962'
            day, begin = int(m.group("d1") or m.group("d2") or 0) or None, m.start()
            if m.group("d2") and text[m.end("d2")] == "." and word[:1].isascii() and (
                    word.lower().rstrip(".") in _ENGLISH_MONTHS) and _LABEL_BEFORE.search(
                    text, max(0, m.start() - 12), m.start()):
                day, begin = None, m.start("m2")  # 'Box 3. May 1956': the 3 is no day
            span = _span(int(m.group("y")), month, day)
            if span:
                date = {"date-parts": [span]}
                if m.group("circa") and begin == m.start():
                    date["circa"] = True
                return DateMatch(date, begin, m.end())
    m = _BARE_YEAR_RE.search(text, max(start, pos - 7), pos + 7)
    if m and m.start("y") == pos and not _RANGE_NEXT_RE.match(text, m.end()):
        head = text[max(start, m.start() - 16):m.start()].rstrip(" ,")
        word = head.translate(_DASHES_TO_SPACE)
        word = word[word.rfind(" ") + 1:].lower().rstrip(".")
        if not word or not (word[-1].isdigit() or head[-1:] in "-–—/" or word in _MONTH_WORDS
                            or word in ("to", "until", "through")):
            span = _span(int(m.group("y")), None, None)  # fast path: '1962', 'ca. 1962'
            if span is None:
                return None
            date = {"date-parts": [span]}
            if m.group("circa"):
                date["circa"] = True
            return DateMatch(date, m.start(), m.end())
    # try each word start before the year, earliest first: anchored matches fail fast
    end = pos + _AFTER
    for w in _WORD_START_RE.finditer(text, max(start, pos - _BEFORE), pos + 1):
        if text[w.start()].lower() not in _DATE_INITIALS:
            continue
        m = _DATE_RE.match(text, w.start(), end)
        if m is None or m.end() <= pos:
            continue
        body = m.group("body").rstrip(" ,-–—/")
        parts = _interpret(body)
        if parts is None:
            if body[0].isalpha():
                return None  # 'February 30, 1962': a bad date, not the bare year 1962
            continue
        date = {"date-parts": parts}
        if m.group("circa"):
            date["circa"] = True
        return DateMatch(date, m.start(), m.start("body") + len(body))
    return None


_MONTH_BEFORE = re.compile(r"(?<![\w.])([^\W\d_]{3,12})\.?\s*[-–/]\s*$")


def _month_span(text: str, m: re.Match, start: int) -> DateMatch | None:
    """'novembre-décembre 1989': two months named in any language of the notes, then the year."""
    before = _MONTH_BEFORE.search(text, max(start, m.start() - 16), m.start())
    first = _MONTH_WORDS.get(before.group(1).lower()) if before else None
    last = _MONTH_WORDS.get(m.group("m3").lower().rstrip("."))
    if not first or not last or first >= last:
        return None
    year = int(m.group("y"))
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    return DateMatch({"date-parts": [[year, first], [year, last]]}, before.start(), m.end())


def parse_date(text: str) -> DateMatch | None:
    """`find_date`, but only if the date phrase is (almost) all of `text`."""
    m = find_date(text)
    if m is None:
        return None
    rest = text[:m.start] + text[m.end:]
    return m if not rest.strip(" ,.;:()[]") else None


_MONTH_NAMES = ("January February March April May June July August September October November "
                "December").split()


def format_date(date: dict) -> str:
    """A CSL date back to the 'December 3, 1962' style used in citations."""
    def one(span: list[int]) -> str:
        if len(span) == 3:
            return f"{_MONTH_NAMES[span[1] - 1]} {span[2]}, {span[0]}"
        if len(span) == 2:
            return f"{_MONTH_NAMES[span[1] - 1]} {span[0]}"
        return str(span[0])

    parts = date.get("date-parts") or []
    text = " – ".join(one(s) for s in parts)
    return f"ca. {text}" if date.get("circa") else text


MONTH_WORDS = frozenset(_MONTH_WORDS) | frozenset("janv févr avr juil sept déc okt mär jän".split())
# the English seasons a quarterly or a magazine is dated by
SEASONS = frozenset(("spring", "summer", "autumn", "fall", "winter"))
