"""Works named in a footnote's running prose rather than cited in form: a newspaper issue or a
journal as a whole, editions by siglum, author-date references and books in a sentence."""

from __future__ import annotations

import re

from .cite_parts import dash, first_date, is_place, publication
from .names import parse_names
from .note_author_date import author_date
from .note_citation import NoteCitation


_NEWS = re.compile(r"\*(?P<t>[^*]+)\*\s+on\s+(?P<d>\d{1,2}\s+\w+\s+\d{4}|\w+\s+\d{1,2},\s+\d{4})")

_PERIODICAL = re.compile(r"(?:journal|magazine|monthly|weekly|review)\s+"
                         r"\*(?P<t>[^*]+)\*", re.I)

_SPECIAL_ISSUE = re.compile(r"\b(?P<g>special\s+(?:issue|number)(?:\s*\([^)]*\))?)\s+of\s+", re.I)

# German newspaper issues: 'in Neues Deutschland (künftig: ND) vom 16. 8. 1973'
_VOM = re.compile(r"(?P<t>[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+){0,3})\s*(?:\([^)]{0,30}\)\s*)?vom\s+"
                  r"(?P<d>\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{1,2}\.\s+[A-ZÄÖÜ][a-zäöü]+\s+\d{4})")

_PAGE_AFTER = re.compile(r",\s*S\.\s*(?P<p>\d+(?:\s*[-–]\s*\d+)?)")

_BULLETIN = re.compile(r"\b(?:the\s+)?(?P<abbr>[A-Z]{3,})\s+(?P<kind>Bulletin|Journal|Review)\b")

_KNOWN_ABBR = {"CWIHP": ("Cold War International History Project",
                         "Woodrow Wilson International Center for Scholars", "Washington, DC")}

# author-date references in running prose: 'Gaddis (1997) argues', '(Leffler 1992: 45; May 1973)'
_PARTICLE = r"(?:Van|Von|Te|Ten|Ter|De|Den|Der)"  # a Dutch or German surname's particle: 'Te Water', 'Van der Leijé'

_NAME_WORD = rf"(?:{_PARTICLE}(?:\s+(?:der|den|de|het))?\s+)?[A-ZÀ-Þ][a-zß-ÿ’'\-]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?"

_WHO = rf"(?P<who>{_NAME_WORD}(?:\s+(?:and|&|und|et|e|y|en)\s+{_NAME_WORD})?(?:\s+et\s+al\.?)?)"

# the year, then a page ('1992: 45', '1990, p. 12', Dutch '2002, 99-101') or an appendix ('1997, Bijlage 5')
_YEAR_PAGE = (r"(?P<y>(?:1[5-9]|20)\d\d)[a-z]?(?:(?::\s*|,\s*(?:pp?\.|S\.)?\s*)(?P<p>\d+(?:\s*[-–]\s*\d+)?)"
              r"|,\s*(?:Bijlage|Anhang|Anlage|annexe|appendix)\s+(?P<a>\w{1,4}))?")

_NAME_PAREN_YEAR = re.compile(rf"(?<![\w.’'])(?<!\()(?P<before>(?!{_PARTICLE}\s)\w+\s+)?{_WHO}\s+\({_YEAR_PAGE}\)")

# what it needs: a space, then '(' and a year; opening on the '(' (a quick scan), it turns most chunks away
_PAREN_YEAR_HINT = re.compile(r"\((?<=\s\()(?:1[5-9]|20)\d\d")

_PAREN_REFS = re.compile(r"\((?P<refs>[A-ZÀ-Þ][^()]{2,160}?(?:1[5-9]|20)\d\d[^()]{0,40})\)")

_NAME_YEAR_REF = re.compile(rf"{_WHO}\s+{_YEAR_PAGE}")

_NOT_AUTHOR_BEFORE = frozenset("of the in at from to since after before until during de du des von der den zum zur".split())

_NOT_AUTHOR = frozenset("the in on by see cf in this that when after before since and but for as at also vgl "
                        "siehe see voir".split())


def _author_date_in_prose(chunk: str) -> list[NoteCitation]:
    """Author-date references cited in running prose, each as a short form with its year and page."""
    out = []
    for m in _NAME_PAREN_YEAR.finditer(chunk) if _PAREN_YEAR_HINT.search(chunk) else ():
        before = (m.group("before") or "").strip().lower()
        if before not in _NOT_AUTHOR_BEFORE:
            out.append((m.start("who"), _year_ref(m)))
    for paren in _PAREN_REFS.finditer(chunk):
        for part in paren.group("refs").split(";"):
            m = _NAME_YEAR_REF.fullmatch(part.strip().removeprefix("see ").removeprefix("cf. "))
            if m:
                out.append((paren.start() + 1, _year_ref(m)))
    return [c for _, c in sorted(out, key=lambda x: x[0]) if c]


def _year_ref(m: re.Match) -> NoteCitation | None:
    who = m.group("who")
    first = who.split()[0]
    month = first_date(f"{first} 2000")
    if first.lower() in _NOT_AUTHOR or is_place(first) or month and len(month["date-parts"][0]) > 1:
        return None  # 'In (1990)', 'London (1990)', 'May (1990)' name no author
    names = re.split(r"\s+(?:and|&|und|et|e|y|en)\s+", _ET_AL.sub("", who).strip())
    locator, label = (dash(m.group("p")), "page") if m.group("p") else (m.group("a"), "appendix") if m.group("a") else (None, None)
    return author_date(names, m.group("y"), m.group(0), locator, label)


_ET_AL = re.compile(r"\s+et\s+al\.?")

# a book named in running prose with its imprint: 'Hale’s Grain Boards (Chicago: Prairie Press, 1971) remains …'
_PROSE_IMPRINT = re.compile(r"\s\((?P<body>[A-Z][^():;]{1,40}(?::\s*[^():;]{2,60})?,\s*(?:1[5-9]|20)\d\d)\)"
                            r"(?:,\s*(?:pp?\.\s*)?(?P<loc>\d+(?:\s*[-–]\s*\d+)?)(?=[,.;]?\s|[,.;]?$))?")

_TITLE_WORD = re.compile(r"[A-ZÀ-Þ\d][\w’'\-]*:?$")

_POSSESSIVE_NAME = re.compile(r"(?:(?P<given>[A-Z][a-z]+)\s+)?(?P<fam>[A-Z][a-z’'\-]+)['’]s$")


def _book_in_prose(chunk: str) -> list[NoteCitation]:
    """A title in title case just before '(Place: Publisher, Year)', its author's possessive before it."""
    found = []
    for m in _PROSE_IMPRINT.finditer(chunk):
        body = m.group("body")
        if ":" not in body and not is_place(body.split(",")[0]):
            continue
        words = chunk[:m.start()].split()
        k = len(words)
        while k and (_TITLE_WORD.match(words[k - 1]) or words[k - 1] in _SMALL and k < len(words)) \
                and not _POSSESSIVE_NAME.match(words[k - 1]):
            k -= 1
        while k < len(words) and words[k] in _SMALL:
            k += 1
        title = " ".join(words[k:])
        if not title or len(words) - k > 15:
            continue
        record = {"type": "book", "title": title.rstrip(":,"), **publication(body)}
        lead = [w for w in words[max(0, k - 3):k] if w[:1].isupper()]  # 'Ruth Hale’s', 'Hale’s classic'
        who = (_POSSESSIVE_NAME.match(" ".join(lead[-2:])) or _POSSESSIVE_NAME.match(lead[-1])) if lead else None
        if not who and ":" not in body:
            continue  # 'The Treaty of Versailles (Paris, 1919)' may be an event; a publisher or an author makes a book
        if who:
            record["author"] = [{"family": who.group("fam"), **({"given": who.group("given")} if who.group("given") else {})}]
        loc = dash(m.group("loc")) if m.group("loc") else None
        found.append(NoteCitation(record, loc, "page" if loc else None, chunk[m.start():m.end()]))
    return found


_SMALL = frozenset("a an the of and or in on to for with by at from as de la le les des du et "
                   "y el los las del di il e und der die das von zu".split())

# a papyrus edition cited by its siglum, volume and text number ('P. Köln 9. 375', 'C.P.R. 22. 44'), or a
# correction list by volume and page ('B.L. 5, S. 2'); an editor's name may stand before it
_SIGLUM = re.compile(r"(?<![\w.])(?:(?P<who>(?:[A-Z]\.\s?){1,2}[A-ZÄÖÜ][a-zäöüß]+),\s)?"
                     r"(?P<t>(?:[A-Z]\.){2,4}|[PO]\.\s?[A-ZÄÖÜ][a-zäöü]+\.?(?:-[A-ZÄÖÜ][a-zäöü]+\.?)?|SB|BGU|PSI)"
                     r"\s(?:(?P<v>\d{1,3})(?:\.\s\d{1,5}|(?=,\s*S\.))|(?P<r>[IVXL]{1,6})\s\d{1,5}(?!\d|\.\d))"  # '9. 375', 'XII 1456'
                     r"(?:,?\s*Einl\.)?(?:,?\s*S\.\s*(?P<p>\d+(?:\s*[-–]\s*\d+)?))?")
# what it needs after the siglum: a space, then a volume and a text number or ', S.', or a Roman volume and a number;
# opening on the space (a quick scan), it turns most chunks away
_SIGLUM_HINT = re.compile(r"\s(?:\d{1,3}(?:\.\s\d|,\s*S\.)|[IVXL]{1,6}\s\d)")

_SIGLUM_NOTE = ["short form: an edition by its siglum"]


def _editions_by_siglum(chunk: str) -> list[NoteCitation]:
    out = []
    for m in _SIGLUM.finditer(chunk) if _SIGLUM_HINT.search(chunk) else ():
        rec = {"title": m.group("t"), "volume": m.group("v") or m.group("r")}
        if m.group("who"):
            rec = {"author": parse_names(m.group("who")), **rec}
        loc = dash(m.group("p")) if m.group("p") else None
        out.append(NoteCitation(rec, loc, "page" if loc else None, m.group(0), _SIGLUM_NOTE))
    return out


_SIGLUM_WORDS = re.compile(r"S(?:\. |B )|Einl|Anm|P\.|BGU ")  # 'S. ', 'SB ', 'Einl', 'Anm', 'P.', 'BGU ': one scan


def _prose_works(chunk: str) -> list[NoteCitation]:
    """Works named in running prose: a newspaper issue, a journal or bulletin as a whole."""
    out: list[NoteCitation] = []
    if _SIGLUM_WORDS.search(chunk):
        out.extend(_editions_by_siglum(chunk))
    if not ("*" in chunk or "B" in chunk and "Bulletin" in chunk or "J" in chunk and "Journal" in chunk or "w" in chunk and "Review" in chunk or "v" in chunk and " vom " in chunk):
        return out
    for m in _NEWS.finditer(chunk):
        date = first_date(m.group("d"))
        rec = {"type": "article-newspaper", "container-title": m.group("t").strip()}
        if date:
            rec["issued"] = date
        out.append(NoteCitation(rec, raw=m.group(0)))
    for m in _VOM.finditer(chunk) if " vom " in chunk else ():
        date = first_date(re.sub(r"(?<=\.)\s+(?=\d)", "", m.group("d")))
        rec = {"type": "article-newspaper", "container-title": m.group("t")}
        if date:
            rec["issued"] = date
        page = _PAGE_AFTER.match(chunk, m.end())  # '… vom 12. 3. 1990, S. 3': the page of the issue
        loc = dash(page.group("p")) if page else None
        out.append(NoteCitation(rec, loc, "page" if loc else None, raw=chunk[m.start():page.end()] if page else m.group(0)))
    for m in _PERIODICAL.finditer(chunk):
        rec = {"type": "periodical", "title": m.group("t").strip()}
        issue = _SPECIAL_ISSUE.search(chunk, 0, m.start())
        if issue:
            rec["genre"] = issue.group("g").replace("*", "")
        y = re.search(r"\b(?:in|by)\s+((?:1[5-9]|20)\d\d)\b", chunk, re.I)
        if y:
            rec["issued"] = {"date-parts": [[int(y.group(1))]]}
        out.append(NoteCitation(rec, raw=m.group(0)))
    for m in _BULLETIN.finditer(chunk):
        rec = {"type": "periodical", "title": m.group(0).removeprefix("the ").strip()}
        known = _KNOWN_ABBR.get(m.group("abbr"))
        if known:
            rec.update({"title": f"{known[0]} {m.group('kind')}", "title-short": rec["title"],
                        "publisher": known[1], "publisher-place": known[2]})
        out.append(NoteCitation(rec, raw=m.group(0)))
    return out


# Italian prose naming a work and its author: 'il Gervinus la sostenne anche nella sua Introduzione alla Storia del
# secolo XIX, che …' (the author, then 'in his' and the title), 'pubblicato nei Critical and historical Essays del
# Macaulay, e …' (the title, then 'of' and the author)
_ITALIAN_OWN_WORK = re.compile(r"(?<![\w’'])(?:[Ii]l|lo|dal|al)\s+(?P<who>[A-ZÀ-Þ][a-zà-ÿ]{2,})\s(?:[^.;:«»()]{0,60}?\s)?"
                               r"(?:nella\s+sua|nel\s+suo|nei\s+suoi|nelle\s+sue)\s+"
                               r"(?P<t>[A-ZÀ-Þ][^,;.:()«»]{3,80}?)(?=\s*[,;.:]|$)")
_ITALIAN_WORK_OF = re.compile(r"\s(?:nei|nel|negli|nella|nelle)\s+(?P<t>[A-ZÀ-Þ][^,;.:()«»]{3,80}?)\s+del(?:lo)?\s+"
                              r"(?P<who>[A-ZÀ-Þ][a-zà-ÿ]{2,})(?=\s*[,;.:]|$)")


def italian_work_in_prose(chunk: str) -> list[NoteCitation]:
    """A work an Italian sentence names with its author: a short form by author and title."""
    m = _ITALIAN_OWN_WORK.search(chunk) if " su" in chunk else None
    if not m and (" del " in chunk or " dello " in chunk):
        m = _ITALIAN_WORK_OF.search(chunk)
        if m and (len(m.group("t").split()) < 2 or is_place(m.group("who"))):
            m = None  # 'nella Storia del Piemonte': a place, not an author
    if not m:
        return []
    return [NoteCitation({"author": [{"family": m.group("who")}], "title": m.group("t").strip()}, raw=m.group(0).strip())]


# German notes of the nineteenth century naming a work by its author in the genitive, then the page: 'Vgl.
# Creuzers Röm. Antiquitäten S. 91, Wachsmuth Aelteste Gesch. des Röm. Staates S. 184–191' (the next work in
# the list may name its author plainly)
_GENITIVE_WORK = re.compile(r"(?:(?<=\s)|^)(?P<who>[A-ZÄÖÜ][a-zäöüß]{3,}?)(?P<gen>s)?\s+"
                            r"(?P<t>[A-ZÄÖÜ](?:(?!\.\s+[A-ZÄÖÜ][a-z]{0,6}\.\s)[^;()]){2,100}?)"  # not past '. Vgl. '
                            r"\s+S\.\s*(?P<p>\d+(?:\s*[-–]\s*\d+)?)(?=\s*(?:[,.;]|$))")


_ANY_YEAR_IN = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


def genitive_works(chunk: str) -> list[NoteCitation]:
    """'Creuzers Röm. Antiquitäten S. 91': short forms by author (in the nominative) and title, with the page."""
    found: list[NoteCitation] = []
    end = -1
    for m in _GENITIVE_WORK.finditer(chunk):
        listed = found and chunk[end:m.start()].strip() == ","
        if not (m.group("gen") or listed) or is_place(m.group("who") + (m.group("gen") or "")) \
                or _ANY_YEAR_IN.search(m.group("t")):
            continue  # a year: an imprint, which the citation's own reading takes
        rec = {"author": [{"family": m.group("who")}], "title": m.group("t").strip()}
        found.append(NoteCitation(rec, dash(m.group("p")), "page", m.group(0)))
        end = m.end()
    return found
