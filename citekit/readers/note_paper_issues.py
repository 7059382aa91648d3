"""More issues of the newspaper just cited, each its own citation: 'Pravda, 3 March 1953, 1; 5 March 1953, 2',
'Правда. 1991. 25 февр. С. 1; 1 марта. С. 1–2', 'New York Times, 23 and 24 October 1962'."""

from __future__ import annotations

import re

from .dates import MONTH_WORDS

_PAGE = r"(?:,\s*(?:pp?\.\s*|S\.\s*|s\.\s*)?[A-Z]?\d[\d\s,–\-]*)?"
# a day's date alone (the paper's name left out), then perhaps its page
_DAY_ALONE = re.compile(r"\s*(?:\d{1,2}\.?\s+(?:de\s+)?(?P<a>[^\W\d]{3,12})\.?,?\s+(?:de\s+)?|(?P<b>[A-Z][a-z]{2,8})\.?\s+\d{1,2},\s+)"
                        rf"(?:1[6-9]|20)\d\d{_PAGE}\.?")
# GOST: the day and month alone, the year the paper's last issue gave
_RU_DAY_ALONE = re.compile(r"\s*\d{1,2}\s+(?P<m>[а-я]{3,9})\.?(?:\s*С\.\s*\d[\d\s,–\-]*)?\.?")
# two days (or more) of one month: '23 and 24 October 1962', 'October 23 and 24, 1962', '14. und 15. August 1961',
# '15 y 30 de septiembre de 1933', '3, 5 e 7 ottobre 1921', '12 et 13.IV.1933'
DAYS_AND = re.compile(r" (?:and|und|&|y|et?) ")  # one scan for the conjunctions
TWO_DAYS = re.compile(r",\s+(?:(?P<d1>\d{1,2}\.?(?:,\s*\d{1,2}\.?){0,5}),?\s+(?:and|und|&|y|et?)\s+(?P<d2>\d{1,2})"
                      r"(?:\.?\s+(?P<de>de\s+)?(?P<m>[^\W\d_]{3,10})\.?\s+(?P<de2>de\s+)?|\.(?P<r>[IVX]{1,4})\.)"
                      r"|(?P<m2>[A-Z][a-z]{2,8})\.?\s+(?P<e1>\d{1,2}(?:,\s*\d{1,2}){0,5}),?\s+(?:and|&)\s+(?P<e2>\d{1,2}),\s+)"
                      r"(?P<y>(?:1[6-9]|20)\d\d)(?P<pg>,\s*(?:pp?\.\s*|S\.\s*)?[A-Z]?\d[\d–\-]*)?\.?$")


def next_issue(segment: str, paper: dict) -> str | None:
    """The text of another issue of `paper` (a newspaper record) when `segment` is only its day's date."""
    name, issued = paper.get("container-title"), paper.get("issued", {}).get("date-parts", [[]])[0]
    if not name or len(segment) > 40:
        return None
    m = _DAY_ALONE.fullmatch(segment)
    if m and (m.group("a") or m.group("b")).lower() in MONTH_WORDS:
        return f"{name}, {segment.strip()}"
    m = _RU_DAY_ALONE.fullmatch(segment) if issued and "а" <= segment.rstrip(" .")[-1:] <= "я" or "С." in segment else None
    if m and m.group("m") in MONTH_WORDS:
        return f"{name}. {issued[0]}. {segment.strip()}"
    return None


def issues_of_days(chunk: str) -> list[str]:
    """The texts of the issues a chunk names by two days or more ('Le Monde, 3 and 5 November 1956',
    'El Socialista, 15 y 30 de septiembre de 1933'), or []."""
    m = TWO_DAYS.search(chunk, max(0, len(chunk) - 70)) if DAYS_AND.search(chunk) else None
    month = m and (m.group("m") or m.group("m2"))
    if not m or month and month.lower() not in MONTH_WORDS:
        return []
    head, year = chunk[:m.start()], m.group("y") + (m.group("pg") or "")
    if m.group("r"):  # '12 et 13.IV.1933'
        return [f"{head}, {d}.{m.group('r')}.{year}" for d in [*re.split(r",\s*", m.group("d1")), m.group("d2")]]
    if m.group("m"):
        month = f"{' de' if m.group('de') else ''} {month}{' de' if m.group('de2') else ''}"
        days = [*re.split(r",\s*", m.group("d1")), m.group("d2")]
        return [f"{head}, {d.rstrip('.')}{month} {year}" for d in days]
    days = [*re.split(r",\s*", m.group("e1")), m.group("e2")]
    return [f"{head}, {month} {d}, {year}" for d in days]
