"""German legal footnotes: surnames in italics (`*Leistner*`), commentaries cited by their editors and edition
('*Leistner*, in: Schricker/Loewenheim, 6. Aufl. 2020, § 4 UrhG, Rn. 38'), journals by year and first page with the
page cited in parentheses ('GRUR 2020, 1025 (1028)'), court decisions ('BGH, GRUR 1991, 529 (530) - Name -',
'BGH, Urt. v. 1. Dezember 2010 (I ZR 196/08) - Name -') and back references to an earlier note ('*Schulze*, (Fn. 2)').
The commented section and the margin number ('§ 4 UrhG, Rn. 38 mwN') are no locator."""

from __future__ import annotations

import re

from .cite_parts import is_place
from .dates import parse_date

_EMPHASIS = re.compile(r"\*([^*\s][^*]{0,80}?)\*")
_LEAD = re.compile(r"(?:So\s+(?:auch\s+(?:schon\s+)?)?|Ebenso\s+|Anders\s+|A\.\s?A\.\s+|Zustimmend\s+)(?=[A-ZÄÖÜ*])")
# '§ 4 UrhG, Rn. 38 mwN', 'Rn. 16 f.', '§ 11 Rn. 2', 'juris Rn. 16 f.': the commented section and the margin number
_MARGIN = re.compile(r"(?:,?\s*(?:juris\s+)?(?:§§?\s*\d+\w?(?:\s+(?:Abs\.\s*\d+\s+)?[A-Z][\w\-]{0,12})?,?\s*)?"
                     r"Rn\.\s*\d+(?:\s*(?:f{1,2}\.?|[-–]\s*\d+))?(?:,\s*\d+(?:\s*f{1,2}\.?)?)*)"
                     r"(?:\s+(?:m\.?\s?w\.?\s?N\.?|mwN)\b.*)?$")
_SECTION_END = re.compile(r",?\s*§§?\s*\d+\w?(?:\s+(?:Abs\.\s*\d+\s+)?[A-Z][\w\-]{0,12})?$")
_NAME = r"[A-ZÄÖÜ][\w’'\-]+(?:\s[A-ZÄÖÜ][\w’'\-]+)?"
_NAMES = rf"{_NAME}(?:\s*/\s*{_NAME}){{0,3}}(?:\s+u\.\s?a\.)?"
_BY = re.compile(rf"(?P<who>{_NAMES}),\s+(?P<rest>\S.*)$")
_YEAR = r"(?:1[89]|20)\d\d"
_BACK = re.compile(r"(?:\(Fn\.\s*\d+\)|ebd\.?|ebenda|a\.\s?a\.\s?O\.?)[,.]?\s*(?P<rest>.*)$")
_EDITION_YEAR = re.compile(rf"(?:,\s*(?P<ed>\d{{1,3}})\.\s*(?:Aufl\.|EL))?,?\s*(?P<y>{_YEAR})$")  # 'EL': a loose-leaf's supplement
_PART_END = re.compile(r",\s*(?:Teil|Kap\.|Kapitel|Abschnitt)\s*[\w.]{1,8}$")  # 'Teil 4': the part of the handbook
_EDITED = re.compile(r"(?P<eds>[^,()]{2,60}?)\s*\((?:Hrsg|Hg)\.\),\s*(?P<t>\S.*)$")
_PLACE_YEAR = re.compile(rf",\s+[A-ZÄÖÜ][\w/\-]+(?:\s[a-z]\.\s?[A-Z]\.)?(?::\s*[^,:]{{2,40}})?\s+{_YEAR}\b")  # 'Göttingen 1973': an imprint
_BY_TITLE = re.compile(rf"(?P<who>{_NAMES}),\s+(?P<t>\S.*)$")
# 'Title, GRUR 2020, 1025 (1028)', 'CR 2015, 137 (142) f.'
_JOURNAL = re.compile(rf"(?:(?P<t>\S.*?),\s+)?(?P<j>[A-Z][A-Za-z\-]{{1,20}}(?:\s(?:Int|RR|Beil)\.?)?),?\s+(?P<y>{_YEAR}),\s*"
                      r"(?P<p>\d{1,6})(?:\s*\((?P<pin>\d{1,5}(?:\s*f{1,2}\.?)?)\)(?P<f>\s*f{1,2})?)?$")
# 'Title, Texas Law Review 99 (2021), 743 (750)': a journal by volume and year
_JOURNAL_VOLUME = re.compile(rf"(?:(?P<t>\S.*?),\s+)?(?P<j>[A-Z][^,()]{{1,80}}?)\s+(?P<v>\d{{1,4}})\s+\((?P<y>{_YEAR})\),\s*"
                             r"(?P<p>\d{1,6})(?:\s*\((?P<pin>\d{1,5}(?:\s*f{1,2}\.?)?)\))?$")
_COURT = (r"(?P<court>(?:BGHZ?|BVerfGE?|BVerwG|BAG|BSG|BFH|BPatG|EuGH|EuG|EGMR|RG|KG|"
          r"(?:OLG|LG|AG|OVG|VGH|VG|LAG|LSG|FG)\s+[A-ZÄÖÜ][\w\-]+(?:\s+a\.\s?M\.)?))")
_CASE_NAME = r"(?:,?\s*[-–—]\s+(?P<t>[^;]{2,80}?)(?:\s+[-–—]|$))?"  # '- Name -', '– Name' at the end
_CASE_DATED = re.compile(rf"{_COURT},\s+(?:Urt\.|Beschl\.|Urteil|Beschluss)\s+v(?:\.|om)\s+"
                         rf"(?P<d>\d{{1,2}}\.\s*(?:\d{{1,2}}\.|[A-ZÄ][a-zä]+)\s*{_YEAR})"
                         rf"(?:\s*\((?:Az\.\s*)?(?P<no>[^()]{{3,30}})\)|\s+[–—-]\s+(?:Az\.\s*)?(?P<no2>[^–—,;]{{3,30}}?)\s+[–—-]"
                         rf"\s+(?P<t2>[^–—,;(]{{2,80}}?)(?=\s*(?:,|;|$)))?{_CASE_NAME}")
_CASE_REPORTED = re.compile(rf"{_COURT},\s+(?P<j>[A-Z][A-Za-z\-]{{1,9}}(?:\s(?:Int|RR)\.?)?),?\s+(?P<y>{_YEAR}),\s*"
                            rf"(?P<p>\d{{1,5}})(?:\s*\((?P<pin>\d{{1,5}})\))?{_CASE_NAME}")
_CASE_BACK = re.compile(rf"{_COURT},\s+\(Fn\.\s*\d+\){_CASE_NAME}")


def _names(text: str) -> list[dict]:
    text = re.sub(r"\s+u\.\s?a\.$", "", text)
    return [{"family": w.strip()} for w in text.split("/") if w.strip()]


def _case(text: str) -> tuple[dict, str | None, str | None] | None:
    m = _CASE_DATED.match(text) or _CASE_REPORTED.match(text) or _CASE_BACK.match(text)
    if not m:
        return None
    groups = m.groupdict()
    rec: dict = {"authority": m.group("court")}
    title = m.group("t") or groups.get("t2")  # '- Name -', or '– I ZR 121/08 – Name'
    if title:
        rec["title"] = title.strip()
    pin = None
    if groups.get("d"):
        date = parse_date(m.group("d"))
        if date is None:
            return None
        rec.update({"type": "legal_case", "issued": date.date})
        if m.group("no") or m.group("no2"):
            rec["number"] = (m.group("no") or m.group("no2")).strip()
    elif groups.get("j"):
        rec.update({"type": "legal_case", "container-title": m.group("j"), "page": m.group("p"),
                    "issued": {"date-parts": [[int(m.group("y"))]]}})
        pin = m.group("pin")
    elif "title" not in rec:
        return None  # 'EuGH, (Fn. 10)' without the decision's name
    return rec, pin, "page" if pin else None


def _container(text: str, rec: dict) -> bool:
    """'Schricker/Loewenheim, 6. Aufl. 2020', 'Dreier/Schulze, UrhG, 7. Aufl. 2022',
    'Redeker (Hrsg.), Handbuch der IT-Verträge 2024': the commentary or handbook the author wrote in."""
    end = _EDITION_YEAR.search(text)
    if not end:
        return False
    head = text[:end.start()].strip(" ,")
    if not head:
        return False
    rec["issued"] = {"date-parts": [[int(end.group("y"))]]}
    if end.group("ed"):
        rec["edition"] = end.group("ed")
    edited = _EDITED.match(head)
    by = _BY_TITLE.fullmatch(head) if not edited else None
    if edited:
        rec["editor"] = _names(edited.group("eds"))
        head = edited.group("t")
    elif by and "," not in by.group("t"):
        rec["container-author"] = _names(by.group("who"))
        head = by.group("t")
    rec["container-title"] = head.strip(" ,")
    return True


def plain_names(text: str) -> str:
    """'*Peukert*, Kritik …' -> 'Peukert, Kritik …': the italics of names that open a citation dropped."""
    return _EMPHASIS.sub(r"\1", text) if text[:1] == "*" else text


def german_legal(text: str) -> tuple[dict, str | None, str | None] | None:
    """(record, locator, label) for a citation in German legal style, or None."""
    lead = _LEAD.match(text) if text[:1] in "SEAZ" else None
    if lead:
        text = text[lead.end():]
    italic = text[:1] == "*"  # the author's surname in italics, not a title
    if italic:
        text = _EMPHASIS.sub(r"\1", text)
    if "Rn." in text:
        text = _MARGIN.sub("", text).rstrip(" ,")
    if text[:1] in "BEORKLAVGF":
        case = _case(text)
        if case:
            return case
    by = _BY.match(text)
    if not by or not italic and " " in by.group("who"):
        return None  # 'Hans-Ulrich Wehler, …': without italics, legal style names the surname alone
    rec: dict = {"author": _names(by.group("who"))}
    rest = by.group("rest").rstrip(" .")
    if "§" in rest:
        rest = _SECTION_END.sub("", rest)
    back = _BACK.match(rest) if rest[:1] in "(ea" else None
    if back:  # '*Schulze*, (Fn. 2)', '*Schulze*, ebd.': the work cited in an earlier note
        if back.group("rest") and not back.group("rest").startswith("S."):
            return None
        page = re.match(r"S\.\s*(\d+(?:\s*(?:[-–]\s*\d+|f{1,2}\.))?)", back.group("rest"))
        return rec, (page.group(1) if page else None), ("page" if page else None)
    if rest[:3] == "in:":
        if "(Fn." in rest:  # '*Dreier*, in: Dreier/Schulze, (Fn. 12)': the commentary cited in an earlier note
            return rec, None, None
        rec["type"] = "chapter"
        return (rec, None, None) if _container(_PART_END.sub("", rest[3:].strip()), rec) else None
    journal = _JOURNAL.fullmatch(rest) or (_JOURNAL_VOLUME.fullmatch(rest) if " (" in rest else None)
    if journal and not is_place(journal.group("j")):  # not 'Title, Berlin 2018, 45': a book's imprint
        rec.update({"type": "article-journal", "container-title": journal.group("j"), "page": journal.group("p"),
                    "issued": {"date-parts": [[int(journal.group("y"))]]}})
        if journal.group("t"):  # '*Ohly*, GRUR 2017, 441 (443)': the article by its author and place only
            rec["title"] = journal.group("t").strip(" ,")
        if journal.re is _JOURNAL_VOLUME:
            rec["volume"] = journal.group("v")
        pin = journal.group("pin")
        if pin and journal.groupdict().get("f"):
            pin += journal.group("f") + "."  # '137 (142) f.': the page and the next
        return rec, pin, "page" if pin else None
    page = re.search(r",\s*S\.\s*(\d+(?:\s*[-–]\s*\d+)?(?:\s*f{1,2}\.)?)$", rest)
    if page:
        rest = rest[:page.start()]
    end = _EDITION_YEAR.search(rest)
    if (end and (end.group("ed") or italic) and end.start() > 2 and not _PLACE_YEAR.search(rest, 0, end.end())
            and (end.group("ed") or parse_date(rest) is None)):  # not '*Granma*, 25 November 1990': a paper's day  # 'Patentrecht, 8. Aufl. 2022', '*Knoke*, Title 2023'
        rec.update({"type": "book", "title": rest[:end.start()].strip(" ,"),
                    "issued": {"date-parts": [[int(end.group("y"))]]}})
        if end.group("ed"):
            rec["edition"] = end.group("ed")
        return rec, (page.group(1) if page else None), ("page" if page else None)
    if italic and _TITLE_ONLY.fullmatch(rest):  # '*Beigman Klebanov* u. a., Analyzing Disagreements': a short form
        rec["title"] = rest
        return rec, (page.group(1) if page else None), ("page" if page else None)
    return None


_TITLE_ONLY = re.compile(r"[A-ZÄÖÜ„“\"][^\d()]{2,120}")
