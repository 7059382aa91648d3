"""A newspaper issue at the end of a citation: the paper's name, then a day's date in any of the
notes' languages ('Le Monde, 12-13 janvier 1962', 'El País, 3 de marzo de 1990', 'Правда, 5 марта
1953 г.', 'in: Die Zeit, 12. März 1956', 'Neue Zürcher Zeitung, Nr. 45 vom 23. Februar 1956'),
with an article's title and author before it and section pages after it ('A1, A14')."""

from __future__ import annotations

import re

from .cite_parts import first_date, is_place
from .cite_shapes import UNSIGNED
from .dates import MONTH_WORDS

_DAY_DATE = re.compile(
    r"(?:,\s*|\s+vom\s+|\s+du\s+|\s+del\s+|\s+z\s+dnia\s+|\s+от\s+|\s*\()"
    r"(?P<d>(?:\d{1,2}(?:\.?\s*[-–/]\s*\d{1,2})?(?:er|re)?[.,]?\s*(?:de\s+)?[^\W\d]{3,12}\.?,?\s*(?:de\s+)?"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?,?\s+|\d{1,2}\.\s?(?:\d{1,2}|[IVX]{1,4})\.\s?)(?:1[6-9]|20)\d\d)"
    r"(?:\s*г\.?)?\)?(?:,\s*(?P<pg>(?:[A-Z]\d{1,3}|\d{1,3}[A-Z])(?:\s*[-–,]\s*(?:[A-Z]?\d{1,3}|\d{1,3}[A-Z]))*))?$")
_DASHED_DAY = re.compile(r"(?<=,\s)(\d{1,2})-(\d{1,2})-((?:1[6-9]|20)\d\d)(?=\.?$)")
_SPACED_DOTS = re.compile(r"(?<=\d)\.\s(?=\d)")
_SLASH_ISSUE_DAY = re.compile(r"(\d/(?:19|20)\d\d)\s+(?=\d{1,2}\.?\s)")
_DAY_RANGE = re.compile(r"^(\d{1,2})\.?\s*[-–/]\s*\d{1,2}\.?\s*")  # '12-13 janvier': the first day
_ISSUE = re.compile(r",?\s*(?:(?:Nr\.|No\.|no\.|n°|№|nº|n\.º|núm\.)\s*(?P<n>\d{1,5})|(?P<w>\d{1,2})/(?:19|20)\d\d)\s*$")  # German '6/2005'
_LEAD = re.compile(r"^(?:[Ii]n:?|dans|en|w:?|в)\s+")
_QUOTES = "«»„“”\"*‘’'"
# the unsigned kinds; before a paper's name a 'Leader' is one too (elsewhere it is a surname)
_EDITORIAL = UNSIGNED | {"Leader"}
# what a day's date follows when it is not a newspaper: letters, speeches, diaries, documents
NOT_PAPER = re.compile(r"(?i:letter|speech|broadcast|lecture|interview|address|diary|entry|memorandum|memo\b|telegram|"
                        r"cable|minutes?|meeting|conversation|report(?!er)|note|statement|session|debate|conference|"
                        r"brief|despatch|dispatch|record|message|order|decree|treaty|protocol|notes)")


def newspaper_issue(text: str) -> dict | None:
    """{'head', 'paper', 'date', 'issue', 'page'} when `text` ends on a newspaper and a day's date."""
    if not text[-1:].isdigit() and text[-1:] not in ("г", ".", ")") and not (text[-2:-1].isdigit() and text[-1:] in "ABCDEF"):
        return None
    if text.rstrip(" .")[-5:-4] == "-" and _DASHED_DAY.search(text):
        text = _DASHED_DAY.sub(r"\1.\2.\3", text)  # Dutch and Italian '5-11-1956': day, month and year
    if not _day_before_year(text):
        return None
    if text.find("/", len(text) - 30) >= 0:
        text = _SLASH_ISSUE_DAY.sub(r"\1, ", text)  # German 'Der Spiegel, 6/2005 8 April 2005': the issue, then its day
    m = _DAY_DATE.search(text, max(0, len(text) - 60))
    if not m:
        return None
    d = m.group("d")
    if ". " in d:
        d = _SPACED_DOTS.sub(".", d)  # Czech '22. 8. 1968': day, month and year set apart by spaces
    if "I" in d or "V" in d or "X" in d:  # '6.XI.1937': the month in roman numerals
        d = _ROMAN_MONTH.sub(lambda r: f".{_ROMANS.index(r.group(1)) + 1}.", d)
    date = first_date(_DAY_RANGE.sub(r"\1 ", d.replace(" de ", " ").replace(",", "")))
    if not date or len(date["date-parts"][0]) < 3:
        return None  # a day's date names an issue; a month or a year does not
    head = text[:m.start()].rstrip(" ,.")
    issue = _ISSUE.search(head)
    if issue:
        head = head[:issue.start()].rstrip(" ,.")
    before, _, paper = head.rpartition(", ")
    place = None
    if ", in: " in before and is_place(paper):  # 'Kosák Dezső, in: Franc Tireur, Paris, 18.12.1956': the paper's town
        place, (before, _, paper) = paper, before.rpartition(", ")
    led = False
    inner = paper.rfind(" in ") if " in " in paper and paper[:1] not in _QUOTES else -1
    if inner > 0 and paper[inner + 4:inner + 5].isupper():  # 'Zuruck in die Zukunft in Der Spiegel': title, paper
        before, paper, led = f"{before}, {paper[:inner]}" if before else paper[:inner], paper[inner + 4:], True
    elif inner > 0 and not before and paper[inner + 4:inner + 8] == "the " and _byline(paper[:inner]):
        before, paper = paper[:inner], paper[inner + 8:]  # 'Hanson W. Baldwin in the New York Times': the writer
    paper = _LEAD.sub("", paper.strip())
    if paper[:4] == "the " and paper[4:5].isupper():
        paper = paper[4:]  # '… in the New York Times': the paper's name
    quoted = paper[:1] in "«„“\"" and paper[-1:] in "»“”\""
    paper = paper.strip(_QUOTES + " ") if paper[-1:] not in "'’" or paper[:1] in _QUOTES else paper.lstrip(_QUOTES + " ")  # 'Sel'skaia zhizn''
    if paper[-10:].lower() == " editorial" and not before:
        paper, before = paper[:-10], "Editorial"  # 'New York Times editorial, 29 October 1962'
    editorial = before in _EDITORIAL  # 'Editorial, New York Times, …': the paper's own article, untitled
    byline = bool(before) and not led and _byline(before) and not _LEAD.match(head[len(before) + 2:].strip())  # 'Max Frankel, New York Times, 29 October 1962'
    if not _paper_name(paper, quoted or paper[:3] in _ARTICLES or paper[:4] in _ARTICLES) or (before and not before.rstrip().endswith(tuple(_QUOTES)) and not led and not _LEAD.match(
            head[len(before) + 2:].strip()) and not byline and not editorial):
        return None  # the article's title stands in quotes, or 'in' opens the paper's name
    return {"head": before.strip(" ,."), "paper": paper, "date": {"date-parts": date["date-parts"][:1]},
            "issue": (issue.group("n") or issue.group("w")) if issue else None, "page": m.group("pg"),
            "led": bool(before) and _LEAD.match(head[len(before) + 2:].strip()) is not None, "place": place,
            "byline": byline, "editorial": editorial}


# a writer's name in reading order, all a paper's article is cited by: 'James Reston', 'Hanson W. Baldwin'
_BYLINE = re.compile(r"[A-Z][a-z]+(?:\s(?:[A-Z]\.|[A-Z][a-z]+)){0,2}\s(?:Mc|Mac|O’|O')?[A-Z][a-z’'\-]+")


def _byline(text: str) -> bool:
    return len(text) < 32 and _BYLINE.fullmatch(text) is not None and not is_place(text)


def _day_before_year(text: str) -> bool:
    """A quick look: the word before the closing year is a month, a day or 'd.m.' ('12. März 1956')."""
    t = text.rstrip(" .)г")
    if not t[-4:].isdigit() or t[-5:-4].isdigit():
        tail = _PAGE_TAIL.search(t, max(0, len(t) - 24))  # section pages after the date: 'A1, A14'
        if not tail:
            return False
        t = t[:tail.start()].rstrip(" .)г")
        if not t[-4:].isdigit():
            return False
    if t[-5:-4] == ".":  # '3.5.1990', '6.XI.1937'
        return t[-6:-5].isdigit() or t[-6:-5] in "IVX" and _ROMAN_MONTH.search(t, len(t) - 10) is not None
    head = t[:-4].rstrip(" ,(")
    prev = head[head.rfind(" ") + 1:].lower().rstrip(".")
    return prev in MONTH_WORDS or prev == "de" or prev.isdigit() or prev.replace(".", "").isdigit()


# a day's date ending on its year: '12 June 1963', 'June 12, 1963', '12. Juni 1963', '12 de junio de 1963'
_DAY_MONTH_YEAR = re.compile(r"(?:\d{1,2}\.?\s+(?:de\s+)?(?P<a>[^\W\d]{3,12})\.?|(?P<b>[^\W\d]{3,12})\.?\s+\d{1,2},?)\s+(?:de\s+)?"
                             r"(?:1[5-9]|20)\d\d\b")


def names_a_day(text: str) -> bool:
    """`text` holds a day's date, as a newspaper's issue does and a book's imprint never does."""
    m = _DAY_MONTH_YEAR.search(text)
    return bool(m) and (m.group("a") or m.group("b")).lower() in MONTH_WORDS


_PAGE_TAIL = re.compile(r",\s*(?:[A-Z]\d{1,3}|\d{1,3}[A-Z])(?:\s*[-–,]\s*(?:[A-Z]?\d{1,3}|\d{1,3}[A-Z]))*$")  # 'A1, A14', '1A


def _paper_name(name: str, quoted: bool = False) -> bool:
    """'Le Monde', 'Corriere della Sera', 'l’Unità', 'Правда': a short name in title case (in quotation
    marks, sentence case: «Rudé právo»)."""
    words = name.split()
    if not 1 <= len(words) <= 6 or ": " in name or NOT_PAPER.search(name) and not quoted or len(words) == 1 and is_place(name) or any(c.isdigit() for c in name):
        return False
    first = words[0]
    if not (first[:1].isupper() or first[:2] in ("l’", "l'") or first.lower() in _PARTICLES and len(words) > 1):
        return False
    return quoted and len(words) <= 3 or all(w[:1].isupper() or w.lower() in _PARTICLES or w[:1] in "(&" for w in words[1:]) \
        or _sentence_case_paper(words)  # not 'Smith to Jones'


# words of prose or of a document's description, never of a paper's name in sentence case
_NOT_PAPER_WORDS = frozenset(
    "from with into over upon about after before during under between against without through their there this that "
    "these those were will have been also call calls talk talks visit text draft notes press release editorial "
    "remarks hearing hearings testimony communique communiqué resolution directive proposal agreement declaration "
    "tape tapes memoir memoirs papers files file recording transcript archive archives collection "
    "avec pour dans sans chez vers über nach para sobre entre desde hasta nella dalla sulla alla".split())


def _sentence_case_paper(words: list[str]) -> bool:
    """'Literaturnaia gazeta', 'Rudé právo', 'Corriere della sera', 'Nowe drogi': a paper's name of two or three
    words in sentence case, as transliterated Russian and Central European names are printed."""
    return 2 <= len(words) <= 3 and all(
        w.lower() in _PARTICLES or len(w) >= 4 and w.islower() and w.replace("'", "").replace("’", "").isalpha()
        and w not in _NOT_PAPER_WORDS for w in words[1:])


_ARTICLES = frozenset(("El ", "La ", "Le ", "Il ", "Lo ", "Der ", "Die ", "Das ", "Het ", "De ", "O "))  # 'El Debate'
_ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN_MONTH = re.compile(r"\.\s?(I{1,3}|IV|VI{0,3}|IX|XI{0,2})\.")
_PARTICLES = frozenset("de del della di du des la le el il lo der die das am im of the and & y e i et und on".split())
