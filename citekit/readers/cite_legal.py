"""A court case cited as American law reviews and history notes print it (the Bluebook form):
'Williams v. Florida, 399 U.S. 78, 86 (1970)', 'Brown v. Board of Education, 347 U.S. 483 (1954)',
'United States v. Carolene Products Co., 304 U.S. 144, 152 n.4 (1938)', 'Smith v. Jones, 12 F.3d 45 (2d Cir. 1994)'."""

from __future__ import annotations

import re

# the reporter: 'U.S.', 'S. Ct.', 'L. Ed. 2d', 'F.2d', 'F. Supp. 2d', 'Cal. App. 4th', 'N.E.2d'; the court and year;
# prose may follow ('…, 175 U.S. 677 (1900), discussed in text at note 105'); a parallel reporter ('5 U.S. (1 Cranch)
# 137') is dropped
_CASE = re.compile(
    r"(?P<t>[A-Z][^,;()]{0,80}?\sv\.?\s[^;()]{2,80}?|[A-Z][\w’'.\- ]{0,60}?\sCase|The\s[A-Z][\w’'\- ]{1,60}?),"
    r"\s*(?P<v>\d{1,4})\s+"
    r"(?P<r>(?:[A-Z][A-Za-z]{0,5}\.\s?){1,4}(?:[234]d|\d?th)?)\s+(?:\(\d{1,4}\s[A-Z][A-Za-z.\s]{1,15}\)\s)?"
    r"(?P<p>\d{1,5})"
    r"(?:,\s*(?P<pin>\d{1,5}(?:\s*[-–]\s*\d{1,5})?(?:\s*n\.\s*\d+)?))?"
    r"(?:\s*\((?P<court>[^()]{0,40}?)\s*(?P<y>(?:1[7-9]|20)\d\d)?\))?(?:\.?$|[,.;]\s)")
# a case named without 'v.' ('The Paquete Habana', 'Barbuit’s Case') is taken only in a court's reporter
_COURT_REPORTER = re.compile(r"U\.\s?S\.|S\.\s?Ct\.|L\.\s?Ed\.(?:\s?2d)?|F\.(?:\s?Supp\.)?(?:\s?[234]d)?|"
                             r"Eng\.\s?Rep\.|[KQ]\.\s?B\.|A\.\s?C\.|Ch\.|Dall\.|Wheat\.|Pet\.|How\.|Wall\.")


def legal_case(text: str) -> tuple[dict, str | None, str | None] | None:
    """(record, locator, label) when `text` is a case: its name, reporter volume, first page and year."""
    m = _CASE.match(text)
    if not m:
        return None
    reporter = m.group("r").strip()
    if " v" not in m.group("t") and not _COURT_REPORTER.fullmatch(reporter) \
            or not m.group("y") and m.end() < len(text) - 1:
        return None
    rec = {"type": "legal_case", "title": m.group("t").strip(), "container-title": reporter,
           "volume": m.group("v"), "page": m.group("p")}
    if m.group("y"):
        rec["issued"] = {"date-parts": [[int(m.group("y"))]]}
    if (m.group("court") or "").strip():
        rec["authority"] = m.group("court").strip()
    pin = m.group("pin")
    return rec, (pin.replace("-", "–") if pin else None), ("page" if pin else None)

# law-review style: '…, 100 Harv. L. Rev. 761, 763 (1987)', '…, 98 AJIL 200 (2004)', a parenthetical after it
_REVIEW_TAIL = re.compile(
    r",\s(?P<v>\d{1,4})\s(?P<j>[A-Z][A-Za-z’'.&]*(?:\s[A-Z][A-Za-z’'.&]*){0,6})\s(?P<p>\d{1,5})"
    r"(?:,\s(?P<pin>\d{1,5}(?:\s?[-–]\s?\d{1,5})?))?\s\((?P<y>(?:1[7-9]|20)\d\d)\)[.,]?"
    r"(?:\s*\([^()]{0,600}\))?[\s.]*$")
# Cambridge Core's reference lists invert a name wrongly: 'Erwin, N. Griswold Title' is Erwin N. Griswold
_GARBLED_NAME = re.compile(r"(?P<f>[A-Z][a-z’'\-]+),\s(?P<g>(?:[A-Z]\.\s?){1,3}[A-Z][a-z’'\-]+|[A-Z][a-z]+)\s(?=[A-Z])")

_TITLE_OPENERS = frozenset("The A An On In Of To For From Toward Towards Why How What When Is Are Some Notes Note Beyond "
                           "After Before Against Between Reflections Remarks Comment Comments".split())


def law_review_tail(text: str) -> tuple[str, dict, str | None] | None:
    """(the author and title before it, the journal's fields, the pinpoint) when `text` ends as a law-review
    citation: volume, abbreviated journal, first page, pinpoint, year."""
    m = _REVIEW_TAIL.search(text)
    if not m:
        return None
    journal = m.group("j")
    if "." not in journal and not (journal.isupper() and len(journal) > 2):
        return None  # 'Title, 2 Volumes 45 (1990)': no abbreviated journal
    rec = {"type": "article-journal", "container-title": journal, "volume": m.group("v"), "page": m.group("p"),
           "issued": {"date-parts": [[int(m.group("y"))]]}}
    pin = m.group("pin")
    return text[:m.start()], rec, (pin.replace("-", "–") if pin else None)


def garbled_name(head: str) -> tuple[dict, str] | None:
    """The author and the title of 'Erwin, N. Griswold Introduction to …' (a head with no comma after the name)."""
    m = _GARBLED_NAME.match(head)
    if not m or m.group("g") in _TITLE_OPENERS:
        return None  # 'Smith, The Law of Nations': a surname, then the title
    return {"family": m.group("f"), "given": m.group("g")}, head[m.end():]


# a book as law reviews cite it: 'Louis Henkin, Foreign Affairs and the Constitution 45 (1972)', the page before
# the year and no comma between them; '(2d ed. 1996)' names the edition
_LAW_BOOK = re.compile(
    r"(?P<who>[A-Z][\w.’'\-]*(?:\s[A-Z][\w.’'\-]*){1,3}),\s(?P<t>[A-Z][^,()“”\"‘’]{3,150}?)\s"
    r"(?P<pin>\d{1,4}(?:\s?[-–]\s?\d{1,4})?)\s\((?:(?P<ed>\d{1,2}(?:st|nd|rd|th|d)\sed\.)\s)?(?P<y>(?:1[5-9]|20)\d\d)\)[\s.]*")


def law_book(text: str) -> tuple[str, dict, str] | None:
    """(the author's name, the book's fields, the page) of a book cited in law-review style."""
    m = _LAW_BOOK.fullmatch(text)
    if not m or len(m.group("t").split()) < 2:
        return None
    rec = {"type": "book", "title": m.group("t"), "issued": {"date-parts": [[int(m.group("y"))]]}}
    if m.group("ed"):
        rec["edition"] = m.group("ed")[:-4]
    return m.group("who"), rec, m.group("pin").replace("-", "–")
