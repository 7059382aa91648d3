"""A court case cited as American law reviews and history notes print it (the Bluebook form):
'Williams v. Florida, 399 U.S. 78, 86 (1970)', 'Brown v. Board of Education, 347 U.S. 483 (1954)',
'United States v. Carolene Products Co., 304 U.S. 144, 152 n.4 (1938)', 'Smith v. Jones, 12 F.3d 45 (2d Cir. 1994)'."""

from __future__ import annotations

import re

# the reporter: 'U.S.', 'S. Ct.', 'L. Ed. 2d', 'F.2d', 'F. Supp. 2d', 'Cal. App. 4th', 'N.E.2d'; the court and year
_CASE = re.compile(
    r"(?P<t>[A-Z][^,;()]{0,80}?\sv\.?\s[^;()]{2,80}?),\s*(?P<v>\d{1,4})\s+"
    r"(?P<r>(?:[A-Z][A-Za-z]{0,5}\.\s?){1,4}(?:[234]d|\d?th)?)\s+(?P<p>\d{1,5})"
    r"(?:,\s*(?P<pin>\d{1,5}(?:\s*[-–]\s*\d{1,5})?(?:\s*n\.\s*\d+)?))?"
    r"\s*\((?P<court>[^()]{0,40}?)\s*(?P<y>(?:1[7-9]|20)\d\d)\)\.?$")


def legal_case(text: str) -> tuple[dict, str | None, str | None] | None:
    """(record, locator, label) when `text` is a case: its name, reporter volume, first page and year."""
    m = _CASE.search(text)
    if not m or m.start() > 0 and text[:m.start()].strip():
        return None
    rec = {"type": "legal_case", "title": m.group("t").strip(), "container-title": m.group("r").strip(),
           "volume": m.group("v"), "page": m.group("p"), "issued": {"date-parts": [[int(m.group("y"))]]}}
    if m.group("court").strip():
        rec["authority"] = m.group("court").strip()
    pin = m.group("pin")
    return rec, (pin.replace("-", "–") if pin else None), ("page" if pin else None)
