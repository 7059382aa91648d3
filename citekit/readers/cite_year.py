"""Author-year references: 'Kissinger, Henry, 1994. Diplomacy. New York: …' and Harvard's
'Smith, J. and Jones, K. (eds) (1990) Title. London: Routledge.'"""

from __future__ import annotations

import re

from .cite_parts import publication, take_roles
from .names import parse_names

_ISSUE_NO = re.compile(r",\s*(?:n°|no\.|№|nr\.|Heft)\s*(?P<n>\d+)(?=\s*(?:,|$))", re.I)


# author-year notes: 'Kissinger, Henry, 1994. Diplomacy. New York: Simon & Schuster'
_NAME_YEAR = re.compile(r"(?<!\S)(?P<fam>[A-Z][^\W\d][\w’'\- ]{0,40}?),\s+(?P<given>(?:[A-Z][\w’'\-]*\.?\s?){1,4}?)"
                        r"(?P<more>(?:,|\s+(?:and|&))\s+[^\d()]{3,120}?)?(?:,\s*|\s*\(|(?:(?<=\.)|(?<=\.\s))\s*)"
                        r"(?P<y>(?:1[5-9]|20)\d\d)[a-z]?(?:\)\.?|\.)\s+"
                        r"(?P<rest>\S.*)$")
# the year and its closing mark that _NAME_YEAR needs: a quick scan before the slow one
_NY_YEAR = re.compile(r"(?:1[5-9]|20)\d\d[a-z]?(?:\)\.?|\.)\s")
_NY_PAREN = re.compile(r"\s*\((?P<body>[^()]{2,80}:[^()]{2,80})\)$")
_INVERTED_ONE = re.compile(r"([A-Z][\w’'\-]+),\s+((?:[A-Z]\.\s?){1,3})")
_NY_IMPRINT = re.compile(r"\.\s+(?P<place>[A-Z][^.:;]{1,40}?(?:,\s*[A-Z]{2})?):\s*(?P<pub>[^:;]{2,60})$")
_NY_ROLE = re.compile(r",\s*(?P<role>trans|eds?)\.$")


def _name_year(m: re.Match, rec: dict) -> dict | None:
    """'Family, Given[, Others, trans.], Year. Title. Place: Publisher' or '... Title. Journal, vol. N'."""
    rec["author"] = [{"family": m.group("fam").strip(), "given": m.group("given").strip()}]
    more = re.sub(r"^(?:and|&)\s+", "", (m.group("more") or "").strip(" ,"))
    role = _NY_ROLE.search("," + more) if more else None
    if more:
        inverted = _INVERTED_ONE.fullmatch(more)  # 'Kolko, G. and Kolko, J. (1972)'
        names = ([{"family": inverted.group(1), "given": inverted.group(2).strip()}] if inverted
                 else parse_names(_NY_ROLE.sub("", "," + more).strip(" ,")))
        if not names:
            return None
        key = "translator" if role and role.group("role") == "trans" else "editor" if role else "author"
        rec[key] = rec.get(key, []) + names if key == "author" else names
    rec["issued"] = {"date-parts": [[int(m.group("y"))]]}
    rest = m.group("rest").strip(" .")
    paren = _NY_PAREN.search(rest)
    if paren:  # 'Gaddis, J. L. (1997) We Now Know (Oxford: Clarendon)'
        roles, title = take_roles(rest[:paren.start()])
        rec.update({k: v for k, v in roles.items() if k == "edition"})
        rec.update({"type": "book", "title": title.strip(" ,."), **publication(paren.group("body"))})
        return rec
    imp = _NY_IMPRINT.search(rest)
    if imp:
        rec.update({"type": "book", "title": rest[:imp.start()].strip(" ."),
                    "publisher-place": imp.group("place").strip(), "publisher": imp.group("pub").strip()})
        return rec
    title, dot, container = rest.partition(". ")
    vol, num = _VOL_IN.search(container), _ISSUE_NO.search(container)
    if not dot or not (vol or num):
        return None
    cut = min(x.start() for x in (vol, num) if x)
    rec.update({"type": "article-journal", "title": title, "container-title": container[:cut].strip(" ,.")})
    if vol:
        rec["volume"] = vol.group("v")
    if num:
        rec["issue"] = num.group("n")
    return rec


_VOL_IN = re.compile(r",\s*(?:vol\.|volume|Bd\.|Jg\.)\s*(?P<v>\d+|[IVXLC]+)", re.I)
