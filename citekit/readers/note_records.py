"""What the footnote reader does to a citation once it is parsed: the finishing touches of its record (a volume
or publisher read into its title, a lost year, initials as printed) and the judgement whether it is a citation at
all or a sentence of prose."""

from __future__ import annotations

import re
from functools import lru_cache

from .cite_one import parse_citation
from .cite_parts import dash, first_date, is_place
from .names import parse_names
from .notes_prose import _SMALL

_PROSE_VERB = re.compile(r"\s(?:has|have|had|is|are|was|were|remains|argues|argued|shows|showed|writes|wrote|notes|"
                         r"noted|suggests|suggested|claims|claimed|describes|described|makes|made|discusses|discussed|"
                         r"gives|gave|offers|offered|provides|provided|explores|examines|treats|covers|finds|found)\s"
                         r"|^(?:his|her|their|its)\s|\w['’]s\s+[a-z]+\s+[A-Z]")  # 'his Memoirs', 'Smith’s classic Title'


def _imprinted_book(record: dict) -> bool:
    """A chapter whose book has its imprint: a sentence-case book title ('Восточная Европа в …'), not prose;
    with its author named, the chapter's title may be long."""
    book = record.get("container-title", "")
    dated = "issued" in record and "author" in record and bool(record.get("publisher-place") or record.get("publisher"))
    return (record.get("type") == "chapter" and (dated or _imprinted(record)) and len(book.split()) <= 16
            and not _CLAUSE.search(book) and not _PROSE_VERB.search(book))


def _placed_issue(record: dict) -> bool:
    """A numbered issue of a series with its place and year ('// Материалы … СССР. М., 1949. № 11'): a title."""
    return bool(record.get("issue") and record.get("publisher-place") and record.get("issued"))


def _imprinted(record: dict, quoted: bool = False) -> bool:
    """A full imprint (publisher, or a place, and a year; or place, publisher and a set's size) after a
    title that reads as a title, not a clause (a quoted title may be long)."""
    title = record.get("title", "")
    return ((bool(record.get("publisher") or record.get("publisher-place")) and "issued" in record
             or bool(record.get("publisher") and record.get("publisher-place") and record.get("number-of-volumes")))
            and len(title.split()) <= (32 if quoted else 16 if not _town_and_year(record) else 24)
            and not _CLAUSE.search(title) and not _PROSE_VERB.search(title))


def _town_and_year(record: dict) -> bool:
    """Only a known town and a year: older books' long titles ('Relação do assassinio … Lisboa 1647')."""
    return "publisher" not in record and is_place(record.get("publisher-place", ""))


def _anonymous(record: dict) -> bool:
    """No person and no publisher: prose around a newspaper issue rather than a work of its own."""
    return not any(record.get(k) for k in ("author", "editor", "publisher", "container-title"))


def _author_title_year(record: dict, text: str) -> None:
    """'Stein, Everybody’s Autobiography (1937), 289.': a surname, a short title and the year alone (in brackets), no
    imprint, cite a work given in full in a bibliography: a short form that keeps its year."""
    parts = record["issued"]["date-parts"]
    if len(parts) != 1 or len(parts[0]) != 1:
        return
    family, title = (record.get("author") or record["editor"])[0].get("family", ""), record["title"]
    head = f"{family}, " if "author" in record else f"{family}, ed., "  # 'Bassett, ed., Origins …, 1989'
    at = text.find(head)
    if at < 0 or len(text) - at > 160:
        return
    body = text[at + len(head):]
    for form in (f"{title} ({parts[0][0]})", f"‘{title}’ ({parts[0][0]})", f"“{title}” ({parts[0][0]})"):
        if body.startswith(form):
            rest = body[len(form):].strip()
            if not rest or rest[0] in ",.;":
                del record["type"]
            return
    if body.startswith(f"{title}, {parts[0][0]}, "):  # 'Campbell, Anglo-Saxon State, 2000, p. 74': the year between commas
        del record["type"]


def _title_after_parse(record: dict, title: str, kind: str | None, text: str) -> None:
    """A title's series, volume, publisher or quotation marks read into it, and an ellipsis that shortens it."""
    if "." in title and ", no. " in title:
        _numbered_series(record, text)
    if "," in title and ", " in title and "publisher-place" in record and "publisher" not in record:
        _publisher_before_place(record, text)
    if title[-1] == "”" and "“" not in title and record["title"][-1:] == "”":
        record["title"] = record["title"][:-1]  # 'Hollywood Greets Premier …,” Los Angeles Times': the opening quote lost
    if "…" in title:
        if record.get("type") == "book":
            _elided_title(record)
        elif record["title"][-2:] == " …":
            record["title"] = record["title"][:-2]  # 'О культе личности … // Известия ЦК КПСС': the title cut short


# a publisher's name: capitalised words (a particle between them), as 'Ruedo Ibérico', 'Editora Nacional'
_PUBLISHER_PIECE = re.compile(r",\s+((?:[A-ZÀ-Þ][\w’'.\-]+)(?:\s+(?:de|del|di|y|e|&|[A-ZÀ-Þ][\w’'.\-]+)){0,3})$")


def _publisher_before_place(record: dict, text: str) -> None:
    """Spanish 'La guerra civil española, Ruedo Ibérico, París, 1976': the publisher before the place, not the
    end of the title."""
    m = _PUBLISHER_PIECE.search(record["title"])
    if m and m.start() > 0 and f"{m.group(1)}, {record['publisher-place']}," in text and record.get("type") == "book" \
            and not is_place(m.group(1)):
        record["publisher"], record["title"] = m.group(1), record["title"][:m.start()]


def _dated_issue(record: dict) -> None:
    """'‘Il Fascismo al bivio’ in La riscossa dei legionari fiumani, 12 September 1922': a piece in a paper
    dated to the day, with no imprint or editor, is a newspaper article, not a chapter."""
    if not (record.get("publisher") or record.get("publisher-place") or record.get("editor")
            or record.get("container-author")) and record.get("container-title"):
        record["type"] = "article-newspaper"


def _interviewed(record: dict, text: str) -> None:
    """'interview with Wolfgang Leonhard, Title in Der Spiegel, …': the man interviewed wrote nothing; no author."""
    name = record["author"][0]
    if f"nterview with {name.get('given', '')} {name.get('family', '')}".replace("  ", " ") in text:
        del record["author"]


_PLACE_LOST_YEAR = re.compile(r",\s+([A-ZÀ-ÞŁŚŻŹ][\w\-]+)\s+\d{1,2}$")


def _place_of_a_lost_year(record: dict) -> None:
    """'…: Referaty, Warszawa 8,s. 259—270': the town, its year lost to OCR but one digit; no year is read."""
    m = _PLACE_LOST_YEAR.search(record["container-title"])
    if m and is_place(m.group(1)):
        record["publisher-place"], record["container-title"] = m.group(1), record["container-title"][:m.start()]


_SERIES_THEN_TITLE = re.compile(r"(?P<s>[A-ZÀ-Þ][^,;]{4,80}),\s+no\.\s*(?P<n>\d{1,4})\.\s+(?P<t>[A-ZÀ-Þ].{3,})")
_ACRONYM_LEAD = re.compile(r"[A-Z]{2,6},\s")


def _numbered_series(record: dict, text: str) -> None:
    """'CBS, Monografieën van de Nederlandsche Conjunctuur, no. 6. Het internationale economisch leven': a numbered
    series, then the title; an office named by its initials (a statistical bureau) has written a report."""
    m = _SERIES_THEN_TITLE.fullmatch(record["title"])
    if not m:
        return
    record.update({"collection-title": m.group("s"), "collection-number": m.group("n"), "title": m.group("t")})
    who = record.get("author") or ()
    if len(who) == 1 and "type" not in record and _ACRONYM_LEAD.match(text):
        record["author"], record["type"] = [{"literal": text[:text.find(",")]}], "report"


_TITLE_BODY_VOLUME = re.compile(r"(?:,\s+(?P<b>(?:Bureau|Department|Directorate|Office|Ministry|Government|Board)\s[^;]{3,60}?))?,\s+(?P<v>[IVX]{1,4})$")


def _volume_before_imprint(record: dict) -> None:
    """'Selections from the Educational Records, Bureau of Education, India, I, Calcutta, 1920': the volume (a
    lone roman number) before the place, and a government body before it is the publisher."""
    m = _TITLE_BODY_VOLUME.search(record["title"])
    if m and m.start() > 3:
        record["volume"], record["title"] = m.group("v"), record["title"][:m.start()]
        if m.group("b") and "publisher" not in record:
            record["publisher"] = m.group("b")


def _later_year_issued(record: dict) -> None:
    """'Zaragoza, Xordica, 1990 [2015]': of a book's two years the later is the edition cited, in whichever order
    the note prints them."""
    first, cited = record["original-date"].get("date-parts", [[]])[0], record["issued"].get("date-parts", [[]])[0]
    if len(first) == 1 and len(cited) == 1 and first[0] > cited[0]:
        record["original-date"], record["issued"] = record["issued"], record["original-date"]


_ELLIPSIS_END = re.compile(r"…(?:\s*Т\.\s*(?P<v>\d{1,3}))?$")


def _elided_title(record: dict) -> None:
    """'Карр Э. Большевистская революция… С. 163': a title cut short by an ellipsis names a work cited in full
    before: without an imprint the record is a short form, its title without the ellipsis."""
    cut = _ELLIPSIS_END.search(record["title"])
    if cut and "issued" not in record and "publisher" not in record and "publisher-place" not in record:
        if cut.group("v") and "volume" not in record:  # 'Переписка Секретариата ЦК… Т. 3'
            record["volume"] = cut.group("v")
        record["title"] = record["title"][:cut.start()].rstrip()
        del record["type"]


def _initials_as_printed(record: dict, text: str) -> None:
    """'H.V. Nelles', 'A.D. Momigliano': a note's initials keep the spacing they were printed with."""
    for role in ("author", "editor", "translator"):
        for name in record.get(role) or ():
            given = name.get("given", "")
            if ". " in given and given not in text and given.replace(". ", ".") in text:
                name["given"] = given.replace(". ", ".")


_INITIALS_SURNAME = re.compile(r"(?:[A-ZÀ-Þ]\.\s?-?){1,3}\s?[A-ZÀ-Þ](?:[a-zß-ÿ’'\-]+|[A-ZÀ-Þ’'\-]+)")


_ROMAN = re.compile(r"[IVXLC]{1,8}")


_JOURNAL_VOLUME = re.compile(r"(?P<j>[^,]{2,80}),\s*(?P<v>[IVXLC]{1,8}),\s*(?:1[5-9]|20)\d\d\b")
_IN_WORD = re.compile(r"\s(?:dans|in|en|w)\s")  # 'Publiée dans Folia Orientalia': the journal after it


_VOLUME_AFTER_TITLE = re.compile(r"(?P<t>.{3,}?),\s+(?P<v>X{0,3}(?:IX|IV|V?I{0,3}))(?:\s+\((?P<p>[A-ZÀ-Þ][\w.&\- ]{1,30})\))?")


def _volume_after_title(record: dict) -> None:
    """'Prieto, Convulsiones de España, III, México, Oasis, 1969': the volume's roman number after the title;
    'Azaña, Memorias, II (Crítica)': and the edition's publisher in parentheses after it."""
    m = _VOLUME_AFTER_TITLE.fullmatch(record["title"])
    if not m or not m.group("v") or m.group("p") and "publisher" in record:
        return
    record["title"], record["volume"] = m.group("t"), m.group("v")
    if m.group("p"):
        record["publisher"] = m.group("p")


def _journal_by_volume(record: dict, text: str) -> None:
    """'Folia Orientalia, XII, 1970, 41-49': a journal by its volume and year, its name read as an author."""
    head, _, vol = record["title"].rpartition(", ")
    if head and record.get("author") or not _ROMAN.fullmatch(vol):
        return
    m = _JOURNAL_VOLUME.search(text)
    if m and m.group("v") == vol:
        journal = _IN_WORD.split(m.group("j"))[-1].strip()
        if journal[:1].isupper():
            record.update({"type": "article-journal", "container-title": journal, "volume": vol})
            for key in ("author", "title"):
                record.pop(key, None)


def _article_in_parens(text: str, m: re.Match) -> tuple[dict, str | None, str | None]:
    record, _, _ = parse_citation(f"{text[:m.start()]} ({m.group('d')[-4:]})")  # the year read as if an imprint's
    for key in ("type", "publisher", "publisher-place", "issued"):
        record.pop(key, None)
    record.update({"type": "article-journal", "container-title": m.group("j").strip(), "volume": m.group("v")})
    date = first_date(m.group("d"))
    if date:
        record["issued"] = date
    page = dash(m.group("p")) if m.group("p") else None
    return record, page, "page" if page else None


_NAME_AND_OTHERS = re.compile(r"(?P<n>(?:[A-Z]\.\s?){0,3}[A-Z][a-z]+(?:\s[A-Z][\w’'\-]+){0,2})\s(?:and\sothers|et\sal\.?)")


def _title_as_author(record: dict) -> None:
    """'J. J. Farber, B.A.S.P. 27 (1990), S. 111': an article cited by its journal alone, its author read as title."""
    if record["title"].endswith((" and others", " et al", " et al.")):
        others = _NAME_AND_OTHERS.fullmatch(record["title"])
        if others:  # 'Jeremy McInerney and others, American Journal of Archaeology, 96 (1992)': the first author
            record["author"] = parse_names(others.group("n"))
            del record["title"]
            return
    head, _, last = record["title"].rpartition(", ")
    if _INITIALS_SURNAME.fullmatch(last) and (not head or _prose_words(head) or not head[:1].isupper()
                                              or any(w[:1].islower() for w in head.split()[1:])):
        record["author"] = [dict(n, family=n["family"].title()) if n.get("family", "").isupper() else n
                            for n in parse_names(last)]  # 'G. HILL', in small capitals
        del record["title"]


def _short_cyrillic_title(title: str) -> bool:
    """'Древняя Русь в свете зарубежных источников. С. 223': Russian titles are in sentence case."""
    return "А" <= title[:1] <= "Я" and len(title.split()) <= 7 and "," not in title


_MONTH_YEAR = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?(?:1[5-9]|20)\d\d")


_IMPRINT_KEYS = {"type", "publisher", "publisher-place", "issued"}


def _is_citation(record: dict, locator: str | None, cued: bool = False, quoted: bool = False) -> bool:
    if record.get("type") == "webpage" and record.get("URL"):
        title = record.get("title", "")
        if not title or _prose(title) and not _gost_author(record) or title[:1].islower() or title.endswith(":"):
            named = title[:1].islower() and len(record.get("author") or ()) == 1 and record["author"][0].get("given")
            for field in ("title", "_prose") if named else ("title", "author", "editor", "_prose"):
                record.pop(field, None)  # 'George Orwell, preface to …, at http://…': the writer stays
        return True
    if record.pop("_prose", False) and not (record.get("publisher") or record.get("publisher-place")):
        return False
    publisher = str(record.get("publisher", ""))
    if len(publisher.split()) > 6 and (len(publisher.split()) > 10 or _prose_words(publisher)) or "*" in publisher:
        if not (publisher[:10] in ("Published ", "Printed fo") and publisher.endswith("Press")):
            return False  # prose read as a publisher ('Nhà xuất bản Khoa học Xã hội' is a publisher)
        # ('Published for the Newberry Library by the University of South Carolina Press' is one too)
    if (not (record.get("author") or record.get("editor")) and _prose(record.get("title", ""))
            and not (record.get("container-title") and record.get("issued")) and not _imprinted(record, quoted)
            and not (locator and _short_cyrillic_title(record.get("title", "")))):
        return False  # a sentence-case title is fine inside a dated journal or newspaper, or with its imprint
    if _prose(record.get("container-title", "")) and not _imprinted_book(record) and not _placed_issue(record):
        return False
    container = record.get("container-title", "")
    if record.get("type") == "chapter" and len(container.split()) <= 2 and is_place(container):
        return False  # '… took place on 12 March 1953, in Moscow': a place, not a book
    if record.get("type") == "chapter" and record.get("title", "")[:1].islower() and not record.get("author"):
        return False  # '… is sorted, year by year, in Broughton 1951-86': a sentence, not a chapter
    if (not (record.get("author") or record.get("editor") or record.get("publisher") or container)
            and _CLAUSE.search(record.get("title", ""))):
        return False  # 'He was born in 1903 and died in Paris, 1971': a sentence, not a title
    if record.get("title", "")[:1].islower() and not any(record.get(k) for k in (
            "author", "editor", "publisher", "publisher-place", "container-title", "URL")):
        return False  # 'quoting the minutes of 12 March 1950': prose, no work
    if record.get("type") == "book" and not (record.get("author") or record.get("editor") or record.get("publisher")
                                             or record.get("publisher-place") or locator) \
            and len(((record.get("issued") or {}).get("date-parts") or [[]])[0]) == 3:
        return False  # 'Gustav Pollak Lecture at Harvard, 14 April 1976': an event on a day, no book
    if record.get("type") == "chapter" and container[:1].isdigit() and container[4:6] == " (" \
            and not record.get("author"):
        return False  # '“What a lesson …!” exclaimed …, in 1831 (The Life of …, p. 303)': a year, not a book
    if record.get("type") == "article-magazine" and container[-1:].isdigit() and _MONTH_YEAR.fullmatch(container) \
            and not (record.get("author") or record.get("page") or locator):
        return False  # '“Results of the Visit to Bonn,” May 1958, …': a dated document, not a magazine's piece
    if record.get("type"):  # a book named by its imprint only ('Paris, Grasset, 1930') is one too
        return bool(record.get("title") or record.get("container-title") or record.keys() == _IMPRINT_KEYS)
    who = record.get("author") or record.get("editor")
    if locator and (who or record.get("title")):
        title = record.get("title", "")
        if title[:1].islower():
            return False
        return len(title.split()) <= 12 and (not who or len(who) <= 4) or bool(
            who and len(who) <= 2 and set(record) == {"author", "title"} and _titled_by_initials(who, title))
    title = record.get("title", "")
    if cued and who and len(who) <= 3 and title[:1].isupper() and len(title.split()) <= 8:
        return True  # 'see Logevall, Choosing War': a short form after a cue needs no page
    if cued and who and len(who) == 1 and who[0].get("given") and title[:1].isupper() and ". " in title \
            and len(title.split(". ", 1)[0].split()) <= 4 and len(title.split()) <= 20 and title[-1:].isalpha():
        return True  # 'Jaap Hofman, De collaborateur. Een … onderzoek …, stelling 1': a short title, then its subtitle
    if who and len(who) <= 3 and record.get("volume") and title[:1].isupper() and len(title.split()) <= 8 \
            and ")" not in title and not any(ch.isdigit() for ch in title):
        return True  # 'Moret, Anales de Navarra, tom. 1': a short form citing a volume needs no page
    if who and len(who) <= 3 and record.get("issued") and set(record) <= _AUTHOR_DATE_FIELDS:
        return True  # an author-date reference: 'Vanderbroeck 1987', 'Adams 1889/1986'
    if who and len(who) <= 2 and title[:1].isupper() and set(record) == {"author", "title"} \
            and _titled_by_initials(who, title):
        return True  # Oxford 'N. Machiavelli, The Prince.': initials and surname, then a title, in a book with a bibliography
    who = who or record.get("translator")
    if who and len(who) <= 3 and (quoted or any(n.get("given") or n.get("literal") for n in who)) and (
            title[:1].isupper() or title[:1] in "‘“'\"" and title[1:2].isupper()) and (  # '“‘Truths Yet Unborn’”'
            quoted and len(title.split()) <= 20 or set(record) & {"editor", "translator"}):
        return True  # 'Gari Ledyard, “Galloping Along …”', 'Martin, ‘Venetians in …’', 'W. G. Aston, tr., Nihongi'

    return False


_GIVEN_INITIALS = re.compile(r"(?:[A-Z]\.\s?){1,3}")


def _titled_by_initials(who: list[dict], title: str) -> bool:
    """Every name printed as initials and a surname, and a short title in headline case."""
    return title[-1:].isalpha() and len(title.split()) <= 20 and not any(c.isdigit() or c in ",;()" for c in title) \
        and all(_GIVEN_INITIALS.fullmatch(n.get("given", "")) for n in who) and not _prose(title) \
        and not _CLAUSE.search(title) and all(w[:1].isupper() or len(w) <= 4 for w in title.split())


_AUTHOR_DATE_FIELDS = frozenset({"author", "issued", "original-date", "volume"})  # and the volume cited
_GOST_INITIALS = re.compile(r"[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?")


def _gost_author(record: dict) -> bool:
    """One author named GOST style, surname and Cyrillic initials ('Волков В.А.'): what follows is a title,
    however much it reads like a sentence."""
    who = record.get("author") or []
    return len(who) == 1 and bool(_GOST_INITIALS.fullmatch(who[0].get("given", "")))


_CLAUSE = re.compile(r"\s(?:was|were|is|are|had|has|have|died|took|became|said|wrote|told|did|appeared|met|reported|"
                     r"called|argued|followed|began|ended|came|went|made|gave|found|saw|held|served)\s")


def _prose_words(text: str) -> bool:
    """Three words or more, mostly lower case: 'for an account of the different types of pagoda'."""
    words = text.strip(" ,.").split()
    return len(words) >= 3 and sum(w[:1].islower() for w in words) > len(words) * 2 / 3


@lru_cache(maxsize=4096)  # a chunk is looked at again as its note is read: cheaper to remember
def _prose(title: str) -> bool:
    """Running prose rather than a title: long and mostly lower-case (small words not counted)."""
    if title.count(" ") < 5:
        return False  # fewer than six words
    lower = other = 0
    for w in title.split():
        c = w[0]
        if c.islower():
            if w not in _SMALL and (w.islower() or w.lower() not in _SMALL):
                lower += 1
        elif c.isalpha() and w.lower() not in _SMALL:
            other += 1
    return lower + other > 5 and lower * 2 > lower + other
