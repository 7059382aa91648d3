"""An article in author–date (Harvard) style: 'Smith, J. (1990) ‘The rise of the west’, Past and Present, 12: 3–20',
'Smith, J. 1990. ‘Title’. Journal 12 (3): 3–20'. Read as the usual 'Smith, J., ‘Title’, Journal, 12 (1990): 3–20'."""

from __future__ import annotations

import re

_HARVARD = re.compile(r"(?P<who>[A-ZÀ-Þ][^()‘“\"']{2,80}?),?\s+(?:\((?P<y>(?:1[5-9]|20)\d\d)[a-z]?\)\.?|(?P<y2>(?:1[5-9]|20)\d\d)[a-z]?\.)"
                      r"\s+(?P<q>‘[^’]+’|“[^”]+”|\"[^\"]+\"|'[^']+')[.,]?\s+(?P<j>[A-ZÀ-Þ][^,:;()\d‘“]{2,80}?),?\s+"
                      r"(?P<v>\d{1,4}|[IVXLC]{1,7})(?:\s*\((?P<i>[^()]{1,12})\))?\s*[:,]\s*(?P<p>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)\.?")


def harvard_article(text: str) -> str | None:
    """The citation rewritten with its year after the volume, or None if it has not this shape."""
    m = _HARVARD.fullmatch(text.strip())
    if not m:
        return None
    issue = f", no. {m.group('i')}" if m.group("i") else ""
    return f"{m.group('who')}, {m.group('q')}, {m.group('j')}, {m.group('v')}{issue} ({m.group('y') or m.group('y2')}): {m.group('p')}"
