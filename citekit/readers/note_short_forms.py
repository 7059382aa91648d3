"""Short forms and dates that the general reader takes for titles: Czech and Russian conventions."""

from __future__ import annotations

import re

from .note_citation import NoteCitation

_CS_MONTHS = r"ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince"
# Czech 'Dne 3. května 1466', 'Roku 1467': a date the note gives, no work
_CS_DATE = re.compile(rf"(?:[Dd]ne\s+)?\d{{1,2}}\.\s*(?:{_CS_MONTHS})\s+\d{{3,4}}")
# 'Palacký II. 2. 340': an author's work cited by volume (and part) and page, dots between them
_NAME_VOLUME_PAGE = re.compile(r"(?P<who>[A-ZÀ-ÞČŘŠŽ][a-zß-ÿěščřžýáíéůúňťď\-]{2,30})\s+(?P<v>[IVXL]{1,6})\.\s+"
                               r"(?:\d{1,2}\.\s+)?(?P<p>\d{1,4}(?:\s?[-–]\s?\d{1,4})?)")


def date_only(text: str) -> bool:
    """The text is a date and nothing more."""
    return bool(_CS_DATE.fullmatch(text))


def name_volume_page(text: str) -> NoteCitation | None:
    """'Palacký II. 2. 340' as the author's work, its volume and page."""
    m = _NAME_VOLUME_PAGE.fullmatch(text)
    if not m:
        return None
    return NoteCitation({"author": [{"family": m.group("who")}], "volume": m.group("v")},
                        m.group("p").replace("-", "–"), "page", text,
                        warnings=["short form: needs the earlier full citation"])
