"""A numbered series in parentheses closing a book's title when no imprint follows: 'Zur Frage des
Veräusserungsverbots (Rättshist. bibliotek ii)', 'Title (Studi e testi 38)'. The series names a book."""

from __future__ import annotations

import re

_SERIES_END = re.compile(r"\s\((?P<s>[A-ZÀ-Þ][^()\d;:,]{3,60}?)\s+(?P<n>\d{1,4}|[ivxlc]{1,6}|[IVXLC]{1,6})\)$")


def series_closing_title(record: dict) -> None:
    """Move a numbered series out of the title of a book cited by author and title alone."""
    m = _SERIES_END.search(record["title"])
    if m and m.start() > 10:
        record["title"] = record["title"][:m.start()]
        record.update({"collection-title": m.group("s"), "collection-number": m.group("n"), "type": "book"})
