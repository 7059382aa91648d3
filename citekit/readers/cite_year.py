"""Author-year references: 'Kissinger, Henry, 1994. Diplomacy. New York: …' and Harvard's
'Smith, J. and Jones, K. (eds) (1990) Title. London: Routledge.'"""

from __future__ import annotations

import re

from .cite_parts import is_place, is_publisher, marked_title, publication, take_roles
from .names import parse_names
from .cite_roles_more import author_date_chapter

_ISSUE_NO = re.compile(r",\s*(?:n°|no\.|№|nr\.?|Heft)\s*(?P<n>\d+)(?=\s*(?:,|$))", re.I)


# author-year notes: 'Kissinger, Henry, 1994. Diplomacy. New York: Simon & Schuster'
_NAME_YEAR = re.compile(r"(?<!\S)(?P<fam>[A-Z][^\W\d][\w’'\- ]{0,40}?),\s+(?P<given>(?:[A-Z][\w’'\-]*\.?\s?){1,4}?)"
                        r"(?P<more>(?:,|\s+(?:and|&))\s+[^\d()]{3,120}?)?(?:,\s*|\s*\(|(?:(?<=\.)|(?<=\.\s))\s*)"
                        r"(?P<y>(?:1[5-9]|20)\d\d)[a-z]?(?:\)\.?|\.)\s+"
                        r"(?P<rest>\S.*)$")
# the year and its closing mark that _NAME_YEAR needs: a quick scan before the slow one
_NY_YEAR = re.compile(r"(?:1[5-9]|20)\d\d[a-z]?(?:\)\.?|\.)\s")
_NY_PAREN = re.compile(r"\s*\((?P<body>[^()]{2,80}:[^()]{2,80})\)$")
# one inverted name with initials: 'Kolko, G.', 'Prest, W.'
INVERTED_ONE = re.compile(r"([A-ZÀ-Þ][\w’'\-]+),\s+((?:[A-Z]\.\s?){1,3})")
_NY_IMPRINT = re.compile(r"\.\s+(?P<place>[A-Z][^.:;]{1,40}?(?:,\s*[A-Z]{2})?):\s*(?P<pub>[^:;]{2,60})$")
_NY_ROLE = re.compile(r",\s*(?P<role>trans|eds?)\.$")


def _name_year(m: re.Match, rec: dict) -> dict | None:
    """'Family, Given[, Others, trans.], Year. Title. Place: Publisher' or '... Title. Journal, vol. N'."""
    given = m.group("given").strip()
    if given[-1:] == "." and given[-3:-1].isalpha() and given[-3:-1].islower():  # 'Smith, John. 1998.': the stop ends the name
        given = given[:-1]
    rec["author"] = [{"family": m.group("fam").strip(), "given": given}]
    more = re.sub(r"^(?:and|&)\s+", "", (m.group("more") or "").strip(" ,"))
    role = _NY_ROLE.search("," + more) if more else None
    if more:
        inverted = INVERTED_ONE.fullmatch(more)  # 'Kolko, G. and Kolko, J. (1972)'
        names = ([{"family": inverted.group(1), "given": inverted.group(2).strip()}] if inverted
                 else parse_names(_NY_ROLE.sub("", "," + more).strip(" ,")))
        if not names:
            return None
        key = "translator" if role and role.group("role") == "trans" else "editor" if role else "author"
        rec[key] = rec.get(key, []) + names if key == "author" else names
    rec["issued"] = {"date-parts": [[int(m.group("y"))]]}
    rest = m.group("rest").strip(" .")
    chapter = author_date_chapter(rest, take_roles) if " In " in rest or " in " in rest or " in: " in rest else None
    if chapter:  # Chicago 'Smith, J. 1998. “Guilds.” In Medieval Towns, edited by M. Jones, 45–67. London: Routledge'
        rec.update(chapter)
        return rec
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


# Harvard: 'Smith, J. and Jones, K. (eds) (1990) Title …', 'Kramer, M. (1998) ‘Article’, Journal 33(2): …'
_INV = r"[A-ZÀ-Þ][\w’'\-]+(?:[ -][A-ZÀ-Þ][\w’'\-]+)?,\s+(?:[A-ZÀ-Þ]\.(?:\s?-?[A-ZÀ-Þ]\.)*|[A-ZÀ-Þ][a-zß-ÿ]+(?:\s[A-ZÀ-Þ]\.)?)"
_INV_ONE = re.compile(r"(?P<fam>[A-ZÀ-Þ][\w’'\-]+(?:[ -][A-ZÀ-Þ][\w’'\-]+)?),\s+(?P<given>[A-ZÀ-Þ][^,&]*?)(?=\s*(?:,|&|\band\b|$))")
_HARVARD = re.compile(rf"(?P<who>{_INV}(?:(?:,\s+(?:and\s+|&\s+)?|\s+(?:and|&)\s+){_INV}){{0,5}}(?:,?\s+et\s+al\.?)?)"
                      r"\s*(?:\((?P<role>eds?\.?|ed\.|Hrsg\.|Hg\.|dir\.|comps?\.|trans\.)\)\s*)?"
                      r"\((?P<y>(?:1[5-9]|20)\d\d)[a-z]?\)[.,:]?\s+(?P<rest>\S.*)$")
_HARVARD_IMPRINT = re.compile(r"(?:[.,]\s+|\s*\()(?P<body>[A-Z][^.:;,()]{1,40}?(?:,\s*[A-Z]{2})?:\s*[^:;()]{2,60}?)\)?$")
_HARVARD_VOLUME = re.compile(r"^(?P<c>[^()]{3,120}?),?\s+(?:[Vv]ol\.\s*)?(?P<v>\d{1,4})\s*(?:\((?P<i>[\w\-–/ ]{1,12})\)"
                             r"|,\s*(?:[Nn]o\.|[Ii]ssue)\s*(?P<i2>\d+))?$")
_HARVARD_IN = re.compile(r"^[Ii]n:?\s+(?:(?P<eds>[^()]{3,120}?)\s*\((?:eds?|ed\.|eds\.|Hrsg\.|Hg\.|dir\.)\)[.,]?\s+)?(?P<book>.+)$")


def inverted_names(text: str) -> list[dict]:
    """'Smith, J., Jones, K. and Brown, A. B.' -> three names, family name first as written."""
    text = _ET_AL.sub("", text)
    return [{"family": m.group("fam"), "given": m.group("given").strip()} for m in _INV_ONE.finditer(text)]


_ET_AL = re.compile(r",?\s+et\s+al\.?")


def harvard(text: str) -> dict | None:
    """A Harvard reference with the author's names inverted and the year in parentheses after them."""
    m = _HARVARD.match(text)
    if not m:
        return None
    role = (m.group("role") or "").lower()
    key = "translator" if role.startswith("trans") else "editor" if role else "author"
    rec: dict = {key: inverted_names(m.group("who")), "issued": {"date-parts": [[int(m.group("y"))]]}}
    rest = m.group("rest").strip(" .")
    title = marked_title(rest)
    if title and title.start() == 0:  # an article or a chapter: 'Title', Journal 12(3) / in Book
        rec["title"] = next(g for g in title.groups() if g).strip(" ,.")
        return _harvard_part(rest[title.end():].strip(" ,."), rec)
    imprint = _NY_PAREN.search(rest) or _HARVARD_IMPRINT.search(rest)
    if imprint:  # a book: 'Title. London: Routledge', 'Title (Oxford: Clarendon)'
        roles, head = take_roles(rest[:imprint.start()])
        rec.update({k: v for k, v in roles.items() if k in ("edition", "volume", "translator")})
        rec.update({"type": "book", "title": head.strip(" ,."), **publication(imprint.group("body"))})
        return rec
    pieces = rest.rsplit(", ", 2)
    if len(pieces) == 3 and is_place(pieces[1]) and pieces[2][:1].isupper():  # 'Title, Madrid, Alianza'
        rec.update({"type": "book", "title": pieces[0].strip(" ,."), "publisher-place": pieces[1],
                    "publisher": pieces[2]})
        return rec
    head, dot, container = rest.rpartition(". ")
    if dot and not any(ch.isdigit() for ch in container) and is_publisher(container):  # APA 7: 'Title. Penguin'
        roles, head = take_roles(head)
        rec.update({k: v for k, v in roles.items() if k in ("edition", "volume", "translator")})
        rec.update({"type": "book", "title": head.strip(" ,."), "publisher": container.strip(" .")})
        return rec
    vol = _HARVARD_VOLUME.match(container) if dot else None
    if vol:  # APA: 'Title. Journal, 12(3)'
        rec["title"] = head.strip(" ,.")
        return _journal_volume(vol, rec)
    return None


def _harvard_part(after: str, rec: dict) -> dict | None:
    inside = _HARVARD_IN.match(after)
    if inside:  # 'in Jones, K. (ed.) Book Title, London: Routledge'
        book = inside.group("book")
        imprint = _HARVARD_IMPRINT.search(book)
        if imprint:
            rec.update(publication(imprint.group("body")))
            book = book[:imprint.start()]
        eds = inside.group("eds")
        if eds:
            rec["editor"] = inverted_names(eds) if "," in eds and _INV_ONE.match(eds) else parse_names(eds)
        rec.update({"type": "chapter", "container-title": book.strip(" ,.")})
        return rec
    vol = _HARVARD_VOLUME.match(after)
    return _journal_volume(vol, rec) if vol else None


def _journal_volume(m: re.Match, rec: dict) -> dict:
    rec.update({"type": "article-journal", "container-title": m.group("c").strip(" ,.*"), "volume": m.group("v")})
    issue = m.group("i") or m.group("i2")
    if issue:
        rec["issue"] = issue
    return rec


# 'Bertrand Russell. 1927. The Outline of Philosophy. London: Allen and Unwin.': an author-date reference with
# the names in reading order, a full stop after them and after the year
NATURAL_NAME_YEAR = re.compile(r"(?P<who>(?:[A-Z][\w’'\-]*\.?\s+){0,3}[A-Z][\w’'\-]+(?:,?\s+(?:and|&)\s+"
                               r"(?:[A-Z][\w’'\-]*\.?\s+){0,3}[A-Z][\w’'\-]+)?)\.\s+(?P<y>(?:1[5-9]|20)\d\d)[a-z]?\.\s+"
                               r"(?P<rest>[A-Z“\"‘].*)$")


def natural_name_year(m: re.Match) -> dict | None:
    """A book from NATURAL_NAME_YEAR's match, when its imprint closes it ('Title. Place: Publisher')."""
    rest = m.group("rest").strip(" .")
    imp = _NY_IMPRINT.search(rest)
    names = parse_names(m.group("who"))
    if not imp or not names or imp.start() < 3:
        return None
    return {"author": names, "issued": {"date-parts": [[int(m.group("y"))]]}, "type": "book",
            "title": rest[:imp.start()].strip(" ."), "publisher-place": imp.group("place").strip(),
            "publisher": imp.group("pub").strip()}
