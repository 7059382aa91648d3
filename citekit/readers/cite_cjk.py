"""Chinese and Japanese citations in their own script: '沈志华：《书名》，广州：出版社，2003年，第45页'."""

from __future__ import annotations

import re

from .cite_parts import dash

_CJK_TITLE = re.compile(r"[《『「]([^》』」]+)[》』」]")
_CJK_PAGE = re.compile(r"第?\s*(\d+(?:\s*[-–—~～]\s*\d+)?)\s*[页頁]")
_CJK_YEAR = re.compile(r"((?:1[5-9]|20)\d\d)\s*年")
_CJK_ISSUE = re.compile(r"第\s*(\d+)\s*[期号號]|(\d+)\s*[号號]")
_CJK_VOLUME = re.compile(r"第\s*([\d一二三四五六七八九十]+)\s*[卷巻册冊]")
_CJK_EDITOR = re.compile(r"\s*(?:主编|主編|编|編|編著|编著)$")
_CJK_AUTHOR = re.compile(r"\s*(?:著|撰)$")
_CHINESE_COMPOUND = ("欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "司徒", "夏侯", "皇甫")


def _cjk_name(name: str, japanese: bool) -> dict:
    """'沈志华' -> family 沈, given 志华; a Japanese name, whose split a reader cannot see, stays whole."""
    if japanese or not 2 <= len(name) <= 4:
        return {"literal": name}
    cut = 2 if name[:2] in _CHINESE_COMPOUND else 1
    return {"family": name[:cut], "given": name[cut:]}


def _cjk_citation(text: str) -> tuple[dict, str | None, str | None]:
    """Chinese '沈志华：《书名》，广州：出版社，2003年，第45页' and Japanese '和田春樹『書名』岩波書店、2002年、45頁'."""
    titles = list(_CJK_TITLE.finditer(text))
    first = titles[0]
    japanese = "『" in text or "頁" in text or "、" in text[first.end():]
    rec: dict = {}
    who = text[:first.start()].strip(" ：:，,")
    role = "author"
    if _CJK_EDITOR.search(who):
        who, role = _CJK_EDITOR.sub("", who), "editor"
    who = _CJK_AUTHOR.sub("", who)
    names = [n for n in re.split(r"[、，,]\s*", who) if n]
    if names and all(len(n) <= 12 for n in names):
        rec[role] = [_cjk_name(n, japanese) for n in names]
    rest = text[first.end():]
    journal = titles[1] if len(titles) > 1 and first.group(0)[0] in "「《" and titles[1].start() - first.end() <= 3 else None
    if journal:  # '「論文」『雑誌』', '《文章》，《期刊》'
        rec.update({"type": "article-journal", "title": first.group(1), "container-title": journal.group(1)})
        rest = text[journal.end():]
        issue = _CJK_ISSUE.search(rest)
        if issue:
            rec["issue"] = issue.group(1) or issue.group(2)
    else:
        rec.update({"type": "book", "title": first.group(1)})
        vol = _CJK_VOLUME.search(rest)
        if vol:
            rec["volume"] = vol.group(1)
        pub = re.search(r"[，,、]\s*([^，,、：:]{2,12})[：:]\s*([^，,、]{2,30}?)\s*[，,、]\s*(?:1[5-9]|20)\d\d", rest)
        if pub:  # '，广州：广东人民出版社，2003年'
            rec["publisher-place"], rec["publisher"] = pub.group(1).strip(), pub.group(2).strip()
        else:
            p = re.match(r"\s*[，,、]?\s*([^，,、0-9]{2,30}?)\s*[，,、]\s*(?:1[5-9]|20)\d\d", rest)
            if p:  # '岩波書店、2002年'
                rec["publisher"] = p.group(1).strip()
    year = _CJK_YEAR.search(rest)
    if year:
        rec["issued"] = {"date-parts": [[int(year.group(1))]]}
    page = _CJK_PAGE.search(rest)
    return rec, (dash(page.group(1).replace("~", "–").replace("～", "–")) if page else None), ("page" if page else None)
