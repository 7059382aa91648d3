"""Russian short forms of editions cited by siglum: 'ПБП. 2. № 453. С. 84', 'Голиков. ДПВ. 7. С. 347'."""
from __future__ import annotations

import re

from .cite_parts import dash

# [author.] SIGLUM|Title. [Т.] volume|year. [№ number.] [Прил. N.] С. pages
_SIGLUM_SHORT = re.compile(
    r"(?:(?P<a>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\. )?"
    r"(?P<t>[А-ЯЁ]{2,6}\d{0,2}|[А-ЯЁ][а-яё]{3,})\.\s?"
    r"(?:(?:Т\.\s?)?(?P<v>\d{1,3}(?:-\d{1,2})?|[IVXLC]{1,6})\.\s?|(?P<y>1[6-9]\d\d|20\d\d)\.\s?)?"
    r"(?:№\s?(?P<n>\d+)\.\s?)?(?:Прил\.\s?\d+\.\s?)?"
    r"С\.?\s(?P<p>\d[\d\s,–-]*(?:об\.)?)\.?")


def siglum_short_form(text: str) -> tuple[dict, str | None, str | None] | None:
    """A siglum (all capitals) alone or after an author; an author's short title only with a volume or number."""
    m = _SIGLUM_SHORT.fullmatch(text.strip(" ;"))
    if not m:
        return None
    title = m.group("t")
    siglum = title.upper() == title
    if not siglum and not (m.group("a") and (m.group("v") or m.group("n") or "Прил." in text)):
        return None  # 'Джоравски. С. 111', 'Петровская эпоха. С. 81': left to the author/title rules
    if siglum and m.group("a") is None and not (m.group("v") or m.group("n") or m.group("y") or len(title) > 2):
        return None
    rec: dict = {"title": title}
    if m.group("a"):
        rec["author"] = [{"family": m.group("a")}]
    if m.group("v"):
        rec["volume"] = m.group("v")
    if m.group("y"):
        rec["issued"] = {"date-parts": [[int(m.group("y"))]]}
        if m.group("n"):
            rec["issue"] = m.group("n")
    elif m.group("n"):
        rec["number"] = m.group("n")
    return rec, dash(m.group("p").strip(" ,")), "page"
