"""Russian notes date a journal's issue by month words in parentheses after its volume: '46 (июль – август 2007
года)', '12 (май 1998 г.)'. The readers of a journal's volume know '(2007)': the year is kept, the months dropped."""

from __future__ import annotations

import re

_MONTH = r"(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]{0,3}"
_ISSUE_MONTHS = re.compile(rf"\((?<=\d \()(?:{_MONTH})(?:\s?[–—-]\s?{_MONTH})?\s+(?P<y>(?:1[6-9]|20)\d\d)(?:\s+года|\s*г\.)?\)")


def issue_months_ru(text: str) -> str:
    """The note with a journal issue's Russian months in parentheses reduced to the year."""
    return _ISSUE_MONTHS.sub(r"(\g<y>)", text)
