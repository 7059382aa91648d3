"""Editor roles of more languages and styles, shared by the readers of names and of the imprint."""

from __future__ import annotations

import re

from .names import parse_names

# marks after the editors' names: Spanish 'comp.', Portuguese 'org.', Italian 'cur.', Latin 'edd.'
# (the first is already in cite_people's list of marks before a title)
_MORE_ED_MARKS = (r"comps?", r"orgs?(?=\.)", r"cur(?=\.)", r"edd(?=\.)", r"gen(?:\.|eral)\s+ed(?:s|itors?)?",
                  r"editors?[-\s]in[-\s]chief", r"chairman\s+of\s+(?:the\s+)?editorial\s+board")

_NAME = r"(?:[A-ZÀ-ÞŁŚŻŹ][\w.’'\-]*\s+){1,3}[A-ZÀ-ÞŁŚŻŹ][\w’'\-]+"
_PAREN_ROLE = (r"(?i:hrsg\.\s+v(?:on|\.)|hg\.\s+v(?:on|\.)|herausgegeben\s+von)|éd\.\s+par|ed\.(?:\s+by)?|edited\s+by|a\s+cura\s+di"
               r"|sous\s+la\s+dir(?:ection|\.)\s+de|под\s+ред\.")
_WHO = r"(?P<who>[A-ZÀ-ÞŁŚŻŹ][^,(]*?)(?=\s*(?:,|\(|$))"
# a role, then the editors, after a book's title: each pattern opens on ',' or a space and needs one of its marks
MORE_ROLES = (
    # French 'sous la dir. de X', 'textes réunis par X'; Spanish 'coord. (por) X', 'ed. de X', 'dir. por X',
    # 'edición a cargo de X'; Portuguese 'org. de X', 'coord. X'; Dutch 'onder red. van X'
    ("editor", ("dir.", "réuni", "coord", "ed. de", "ed. por", "cargo", "org. ", "orgs. ", "red. van", "redactie"),
     re.compile(r"(?:,\s*|\s+)(?:sous\s+la\s+dir\.\s+de|(?:textes\s+)?réunis\s+(?:et\s+présentés\s+)?par"
                r"|coords?\.(?:\s+(?:por|de|par|by))?|dir\.\s+(?:por|de)|eds?\.\s+(?:de|por)|(?:edición\s+)?a\s+cargo\s+de"
                r"|orgs?\.(?:\s+(?:de|por))?|onder\s+(?:de\s+)?red(?:\.|actie)\s+van)\s+" + _WHO)),
    # English 'edited, with an introduction, by X', 'edited and introduced by X'
    ("editor", ("edited",),
     re.compile(r"(?:,\s*|\.\s+|\s+)[Ee]dited(?:,?\s+with\s+(?:an?\s+)?(?:introduction|preface|foreword|notes|commentary|essay)"
                r"(?:,?\s+(?:and\s+)?(?:an?\s+)?(?:introduction|preface|notes|commentary|bibliography|index))*,?"
                r"|\s+and\s+(?:introduced|annotated))\s+by\s+" + _WHO)),
    # English 'under the editorship of X'
    ("editor", ("editorship",),
     re.compile(r"(?:,\s*|\s+)under\s+the\s+(?:general\s+)?editorship\s+of\s+" + _WHO)),
    # British 'Magyar Törvénytár (eds) S. Kolozsvári, K. Óvári (Budapest, 1900)': the role, then the names
    ("editor", ("(ed", "(eds"),
     re.compile(r"\s+\((?:eds?\.?|ed\.)\)\s+(?P<who3>(?:[A-ZÀ-Þ]\.\s?){1,3}\s*[A-ZÀ-Þ][\w’'\-]+"
                r"(?:(?:,\s*|,?\s+and\s+)(?:[A-ZÀ-Þ]\.\s?){1,3}\s*[A-ZÀ-Þ][\w’'\-]+)*)(?=\s*(?:\(|,|$))")),
    # French, Spanish 'Histoire des villes, J. Martin (dir.), Paris': the editors, then their role, after the book
    ("editor", ("(dir", "(éd", "(ed", "(coord", "(comp", "(org", "(a cura", "(hrsg", "(hg", "(red"),
     NAMES_THEN_ROLE := re.compile(r",\s+(?P<who4>" + _NAME + r"(?:(?:,\s+|\s+(?:et|y|e|and|und|&)\s+)" + _NAME + r"){0,3})"
                r"\s*\((?:dir|éds?|eds?|coords?|comps?|orgs?|a\s+cura\s+di|Hrsg|Hgg?|red)\.?\)(?=\s*(?:[,.]|$))")),
    # the role and the editors in parentheses after the book: 'Geschichte der Städte (hrsg. v. Karl Schmidt)',
    # 'Histoire des villes (éd. par Jean Martin)'
    ("editor", ("(hrsg", "(hg", "(éd", "(ed", "(a cura", "(sous", "(под"),
     re.compile(r"\((?:" + _PAREN_ROLE + r")\s+(?P<who6>[A-ZÀ-ÞА-ЯЁ][^();]{2,80}?)\)")),
    # Hungarian 'szerk. X'; GOST in the nominative '/ ред. X', '/ под общ. ред. X' is read before
    ("editor", ("szerk.", "ред."),
     re.compile(r"(?:,\s*|\.\s+|\s+)[Ss]zerk\.\s+(?P<who9>[A-ZÀ-Þ][^,(.]*?)(?=\s*(?:,|\(|$)|\.\s)|/\s*ред\.\s+(?P<who2>(?:[А-ЯЁ]\.\s?){1,2}\s*[А-ЯЁ][а-яё\-]+"
                r"(?:,\s*(?:[А-ЯЁ]\.\s?){1,2}\s*[А-ЯЁ][а-яё\-]+)*)")),
)

# a list of editors the comma also joins: ', G. Verdi', ', A. Ruiz y B. Gil' (initials keep it from a town)
MORE_INITIALLED = re.compile(r"(?:,\s+(?:[A-ZÀ-ÞŁŚŻŹ]\.\s?){1,3}\s*[A-ZÀ-ÞŁŚŻŹ][\w’'\-]+)+"
                             r"(?:\s+(?:e|y|i|et|und|u\.|and|&)\s+(?:[A-ZÀ-ÞŁŚŻŹ]\.\s?){1,3}\s*[A-ZÀ-ÞŁŚŻŹ][\w’'\-]+)?(?=\s*(?:,|\(|$))")

# 'e', 'y', 'i', 'és', 'и' join two editors where parse_names keeps one literal: each side a name of two or three words
_PART = r"(?:(?:de|van|von|der|den|da|di|del|della|du|le|la)\s+)?"
_JOINED = re.compile(rf"(?P<a>(?:{_PART}[A-ZÀ-ÞŁŚŻŹА-ЯЁ][\w’'\-]*\.?\s*){{2,3}}?)\s+(?:e|y|i|és|и|a|en|og|och)\s+"
                     rf"(?P<b>(?:{_PART}[A-ZÀ-ÞŁŚŻŹА-ЯЁ][\w’'\-]*\.?\s*){{2,3}})")


# 'Feng Ch’eng-Chün with introduction, notes, and appendices by J. V. G. Mills': the editor alone
_WITH_WORK = re.compile(r",?\s+with\s+(?:an?\s+)?(?:new\s+)?(?:introduction|notes|preface|foreword|commentary|appendix|appendices)\b.*$")


def role_names(who: str) -> list[dict]:
    """The editors a role names; two joined by a Romance, Slavic or Hungarian 'and' are two."""
    who = who.strip()
    if " with " in who:
        who = _WITH_WORK.sub("", who)
    if " " in who and (" e " in who or " y " in who or " i " in who or " és " in who or " и " in who or " a " in who
                       or " en " in who or " og " in who or " och " in who):
        m = _JOINED.fullmatch(who)
        if m:
            return parse_names(m.group("a").strip()) + parse_names(m.group("b").strip())
    return parse_names(who)


_BARE_PIN = re.compile(r"(?P<range>(?P<a>\d{1,4})\s*[-–]\s*(?P<b>\d{1,4}))\s*\((?P<pin>\d{1,4}(?:\s*[-–]\s*\d{1,4})?)\)\.?$")


def pin_in_span(text: str) -> re.Match | None:
    """'45–67 (50)': a chapter's pages, then the page meant in parentheses, a page inside them (not a year)."""
    m = _BARE_PIN.search(text, max(0, len(text) - 30))
    return m if m and inside_span(m.group("a"), m.group("b"), re.match(r"\d+", m.group("pin")).group(0)) else None


def inside_span(a: str, b: str, page: str) -> bool:
    """The page lies within the span a–b, whose end may be cut short ('245–67' ends at 267)."""
    if len(b) < len(a):
        b = a[:len(a) - len(b)] + b
    return int(a) <= int(page) <= int(b)


# more editors named in full after a role's first: ', Georges Lefebvre, Albert Soboul' (not a town: checked by the caller)
MORE_FULL = re.compile(r"(?:,\s+[A-ZÀ-Þ][a-zà-ÿ]+(?:\s+[A-ZÀ-Þ]\.)?\s+[A-ZÀ-Þ][a-zà-ÿ’'\-]+)+"
                       r"(?:,?\s+(?:and|et|e|y|und)\s+[A-ZÀ-Þ][a-zà-ÿ]+(?:\s+[A-ZÀ-Þ]\.)?\s+[A-ZÀ-Þ][a-zà-ÿ’'\-]+)?(?=\s*(?:,|\(|$)|\.\s)")


_IN_OPENER = re.compile(r"^(?:in:?|dans|en|w:|\[w:\])\s+", re.I)
_NAME_PIECE = re.compile(r"(?:[A-ZÀ-Þ]\.\s?){1,3}\s*[A-ZÀ-Þ][\w’'\-]+|[A-ZÀ-Þ][\w’'\-]+(?:\s+[A-ZÀ-Þ][\w’'\-]+){1,2}")


def after_a_book(text: str, start: int) -> bool:
    """The piece before ', J. Martin (dir.)' is a book's title, not the first name of the same list."""
    prev = _IN_OPENER.sub("", text[:start].rsplit(",", 1)[-1].strip())
    return bool(prev) and not _NAME_PIECE.fullmatch(prev)


# ISO 690 and ABNT: 'SVOBODA, Petr (ed.). Dějiny měst', 'COSTA, Maria (Org.). História', 'SVOBODA, Petr a kol. Dějiny'
_ISO_EDITOR = re.compile(r"(?P<fam>[^\W\d_][^\W\d_'’\-]+(?:[\s\-][^\W\d_][^\W\d_'’\-]+)?),\s+"
                         r"(?P<giv>[^\W\d_][\w.’'\-]*(?:\s+[^\W\d_][\w.’'\-]*){0,2}?)\s*"
                         r"(?:\((?i:eds?|orgs?|coords?|red|dir|hrsg|hg|szerk|comps?)\.?\)\.?|\s(?:a\s+kol|et\s+al)\.)\s+(?P<t>\S.+)")


def iso_editor_head(text: str) -> tuple[list[dict], str] | None:
    """The editor in capitals, inverted, the role, a full stop, then the book: ([editor], title)."""
    m = _ISO_EDITOR.match(text)
    if not m or not m.group("fam").isupper() or len(m.group("fam")) < 2:
        return None
    return [{"family": m.group("fam").title(), "given": m.group("giv").strip()}], m.group("t").strip(" ,.")


# one word a family name (not 'Saki Dockrill', a name in reading order); initials or one word given, an initial may follow
_FAMILY = re.compile(r"(?:(?:de|van|von|du|da|di|le|la)\s+)?[^\W\d_][\w’'\-]+")
_GIVEN = re.compile(r"(?:[^\W\d_]\.\s?-?){1,3}|[^\W\d_][\w’'\-]+(?:\s[^\W\d_]\.)?")


def inverted_editors(text: str, eds_mark: re.Pattern) -> tuple[list[dict], str] | None:
    """'Jones, M., Brown, P. and White, A. (eds), Medieval Towns': (the editors, each inverted, and the title)."""
    pieces = text.split(", ")
    k = next((i for i in range(3, min(len(pieces) - 1, 10)) if pieces[i].endswith(")") and eds_mark.search(pieces[i])), 0)
    if not k:
        return None
    flat = []
    for p in pieces[:k] + [eds_mark.sub("", pieces[k])]:
        flat.extend(re.split(r"\s+(?:and|&|et|und)\s+", p.strip()))
    if len(flat) % 2 or len(flat) < 4:
        return None
    names = []
    for fam, given in zip(flat[::2], flat[1::2]):
        if not (_FAMILY.fullmatch(fam) and _GIVEN.fullmatch(given) and fam[:1].isupper() and given[:1].isupper()):
            return None
        names.append({"family": fam, "given": given.strip()})
    title = ", ".join(pieces[k + 1:]).strip(" ,.")
    return (names, title) if title else None


# Chicago author-date, after the year: '“Guilds.” In Medieval Towns, edited by M. Jones, 45–67. London: Routledge'
_AD_CHAPTER = re.compile(r"[“\"‘](?P<t>[^”\"’]{2,300}?)[.,]?[”\"’][.,]?\s+[Ii]n:?\s+(?P<book>[^:]{2,300}?)"
                         r"(?:,\s*(?:pp?\.\s*)?(?P<pp>\d+\s*[-–]\s*\d+))?\.\s+(?P<place>[A-Z][^.:;]{1,40}?):\s*(?P<pub>[^:;]{2,80})")


def author_date_chapter(rest: str, take_roles) -> dict | None:
    """The chapter's title, the book with its editors, the pages, the imprint."""
    m = _AD_CHAPTER.fullmatch(rest)
    if not m:
        return None
    roles, book = take_roles(m.group("book"))
    out = {"type": "chapter", "title": m.group("t").strip(), "container-title": book.strip(" ,."),
           "publisher-place": m.group("place").strip(), "publisher": m.group("pub").strip(" .")}
    out.update(roles)
    if m.group("pp"):
        out["page"] = re.sub(r"\s*[-–]\s*", "–", m.group("pp"))
    return out


_INITIALLED = re.compile(r"(?:[A-ZÀ-Þ]\.\s?){1,3}\s*[A-ZÀ-Þ][\w’'\-]+")
_ROLE_BEFORE = re.compile(r"(?:a\s+cura\s+di|\bed\.|\beds\.?|\bred\.|\bhrsg\.|\bhg\.|\bdir\.|\bcoord\.|\béd\.|\bszerk\.)\s", re.I)


def second_editor(pieces: list[str]) -> bool:
    """'…, a cura di L. Bianchi, G. Verdi, Roma 1998': the piece before the town names a second editor, no firm."""
    return len(pieces) > 2 and _INITIALLED.fullmatch(pieces[-1]) is not None and _ROLE_BEFORE.search(pieces[-2]) is not None


# GOST '// Петров П. П., Сидоров С. С. (ред.) История городов': the editors, inverted, their role, then the book
_GOST_ONE_EDITOR = r"[А-ЯЁ][а-яё\-]+\s+(?:[А-ЯЁ]\.\s?){1,2}"
_GOST_EDITORS_LEAD = re.compile(rf"\s*(?P<who>{_GOST_ONE_EDITOR}(?:,\s*{_GOST_ONE_EDITOR})*)\s*\((?:ред|сост|отв\.\s*ред)\.?\)\s*")


def gost_editors_lead(container: str) -> tuple[list[dict], str] | None:
    m = _GOST_EDITORS_LEAD.match(container)
    if not m:
        return None
    names = [{"family": fam, "given": ini.strip()} for fam, ini in
             re.findall(r"([А-ЯЁ][а-яё\-]+)\s+((?:[А-ЯЁ]\.\s?){1,2})", m.group("who"))]
    return names, container[m.end():]


# 'in: M. Jones (ed.) Medieval Towns': no comma between the role and the book
_ROLE_NO_COMMA = re.compile(r"(?:(?<=\sin:\s)|(?<=\sin\s)|(?<=\sIn:\s)|(?<=\sdans\s))((?:[A-ZÀ-Þ][\w.’'\-]*\s+){1,3}[A-ZÀ-Þ][\w’'\-]+"
                            r"(?:\s+(?:and|&|und|et|u\.)\s+(?:[A-ZÀ-Þ][\w.’'\-]*\s+){1,3}[A-ZÀ-Þ][\w’'\-]+)?"
                            r"\s*\((?:Hrsgg?|Hgg?|eds?|Eds?|dir|red|coords?|éds?)\.?\))\s+(?=[A-ZÀ-Þ„“\"«‘*])")


def comma_after_role(text: str) -> str:
    return _ROLE_NO_COMMA.sub(r"\1, ", text)


# Chicago 'Medieval Towns, vol. 2 of History of Cities': the work the volume belongs to, after the volume
VOLUME_OF = re.compile(r"\s+of\s+(?P<c>(?:the\s+)?[A-Z][^,()]{2,120}?)(?=\s*(?:,|\(|$))")


# 'Gesta Abbatum, ed. Riley, H. T., i (1867)': an edition's editor where a journal's name would stand
_EDITION_BY = re.compile(r"(?:ed\.|eds\.?|edited)(?:\s+by)?\s+(?P<who>[A-ZÀ-Þ].{1,80})$")
_ONE_INVERTED = re.compile(r"(?P<fam>[A-ZÀ-Þ][\w’'\-]+),\s+(?P<giv>(?:[A-ZÀ-Þ]\.\s?){1,3})")


def editors_not_journal(journal: str) -> list[dict] | None:
    m = _EDITION_BY.match(journal)
    if not m:
        return None
    who = m.group("who").strip(" ,.")
    inv = _ONE_INVERTED.fullmatch(who) or _ONE_INVERTED.fullmatch(who + ".")
    if inv:
        return [{"family": inv.group("fam"), "given": inv.group("giv").strip()}]
    names = role_names(who)
    return names if names and all(n.get("family") for n in names) else None


# Cambridge Core 'ed. Riley, H. T., i (1867)': the editor inverted before a volume; put in reading order
_ED_INVERTED_BEFORE = re.compile(r"(?<=,\sed\.\s)(?P<fam>[A-ZÀ-Þ][\w’'\-]+),\s(?P<giv>(?:[A-ZÀ-Þ]\.\s?){1,3})(?=,\s)")


def editor_in_reading_order(text: str) -> str:
    return _ED_INVERTED_BEFORE.sub(lambda m: f"{m.group('giv').strip()} {m.group('fam')}", text)


# a chapter's book then its volume in Roman figures before the imprint: 'Medieval Towns, ii (London, 1998)'
_ROMAN_VOLUME_END = re.compile(r",\s+(?P<v>[ivxl]{1,6}|[IVXL]{2,6})$")


# a series and its number in parentheses after the book: 'Geschichte der Städte (Studien zur Stadtgeschichte 4)'
_SERIES_END = re.compile(r"\s*\((?:=\s*)?(?P<s>[A-ZÀ-Þ][^()]{2,80}?),?\s+(?:(?:vol|Bd|Nr|no|n°|t)\.\s*)?(?P<n>\d{1,4}|[IVXL]{1,6})\)$")


def roman_volume_at_end(rec: dict) -> None:
    container = rec.get("container-title", "")
    series = _SERIES_END.search(container) if container[-1:] == ")" else None
    if series and series.start() > 3:
        rec["container-title"] = container = container[:series.start()]
        rec.setdefault("collection-title", series.group("s"))
        rec.setdefault("collection-number", series.group("n"))
    m = _ROMAN_VOLUME_END.search(container) if container[-1:] in "ivxlIVXL" and not rec.get("volume") else None
    if m and len(container) - len(m.group(0)) > 3:
        rec["container-title"], rec["volume"] = container[:m.start()], m.group("v")


# a closing quote glued to 'in' (a text layer that lost the space): '‘… national Church’in Robson, R. (ed.)'
_GLUED_IN = re.compile(r"(?<=[\w.,!?][’”»])(?=(?:in:?|dans|en)\s+[A-ZÀ-Þ])")


def space_before_in(text: str) -> str:
    return _GLUED_IN.sub(" ", text)
