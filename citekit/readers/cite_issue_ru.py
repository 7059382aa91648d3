"""Russian journal issues printed before the year: '// Правоведение. № 1, 1988.', '// Чтения … Вып. 7, 1848.'"""
from __future__ import annotations

import re

_ISSUE_THEN_YEAR = re.compile(r"\.\s(?P<mark>№|Вып\.)\s?(?P<n>\d{1,4}),\s(?P<y>1[6-9]\d\d|20\d\d)(?P<end>\.?\s*$|\.\s(?=С\.\s?\d))")


def year_before_issue(text: str) -> str:
    """Put the year first, the order the GOST journal rules read: '. № 1, 1988.' → '. 1988. № 1.'"""
    return _ISSUE_THEN_YEAR.sub(lambda m: f". {m.group('y')}. № {m.group('n')}{m.group('end') or '.'}", text)
