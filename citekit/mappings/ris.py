"""The RIS table, read by the RIS reader and writer alike.

Tags follow Zotero's RIS translator where it is the de-facto standard: DB is the archive
(repository), AN the location in the archive, DP the database the item was found in (CSL
`source`: the online archive), A4 the translator. T2 is the container (journal, book of a
chapter, website) except in a book, report or map, where Zotero and the RIS specification take
T2 as the series title and A2 (A3 in a map) as its editor, and a conference paper, whose T2 is
the conference and C3 the proceedings.
"""

from __future__ import annotations

# CSL type <-> TY; the first pair for a TY wins when reading.
TYPES: list[tuple[str, str]] = [
    ("book", "BOOK"), ("chapter", "CHAP"), ("article-journal", "JOUR"),
    ("article-newspaper", "NEWS"), ("article-magazine", "MGZN"), ("report", "RPRT"),
    ("thesis", "THES"), ("webpage", "ELEC"), ("manuscript", "MANSCPT"),
    ("personal_communication", "PCOMM"), ("document", "GEN"), ("periodical", "JFULL"),
    ("paper-conference", "CPAPER"), ("dataset", "DATA"), ("map", "MAP"),
    ("pamphlet", "PAMP"), ("interview", "GEN"), ("speech", "GEN"),
]
READ_ONLY_TYPES = {"WEB": "webpage", "UNPB": "manuscript", "UNBILL": "manuscript",
                   "JFULL": "periodical", "EJOUR": "article-journal", "EBOOK": "book",
                   "ECHAP": "chapter", "CONF": "paper-conference", "ABST": "article-journal",
                   "INPR": "article-journal", "SER": "book", "EDBOOK": "book", "CASE": "legal_case"}

TEXT_TAGS: list[tuple[str, str]] = [  # CSL variable <-> tag
    ("title", "TI"), ("container-title", "T2"), ("collection-title", "T3"),
    ("title-short", "ST"), ("volume", "VL"), ("issue", "IS"), ("edition", "ET"),
    ("publisher", "PB"), ("publisher-place", "CY"), ("archive", "DB"),
    ("archive_location", "AN"), ("source", "DP"), ("URL", "UR"), ("DOI", "DO"),
    ("language", "LA"), ("abstract", "AB"), ("note", "N1"), ("genre", "M3"),
    ("ISBN", "SN"), ("number", "M1"),
]
# Creator tags depend on the type, as in Zotero's RIS reader: A2 is the editor of an article,
# chapter or generic item but a book's or report's series editor and a letter's recipient; A3 is
# a book's editor and other types' series editor. Where Zotero reads no A2 as editor (reports,
# theses, manuscripts, newspapers, magazines, web pages) an editor is written ED, which it reads
# as editor for any type.
NAME_TAGS: list[tuple[str, str]] = [("author", "AU"), ("editor", "A2"), ("collection-editor", "A3"),
                                    ("translator", "A4")]
NAME_TAGS_BY_TY: dict[str, list[tuple[str, str]]] = {
    "BOOK": [("author", "AU"), ("editor", "A3"), ("collection-editor", "A2"), ("translator", "A4")],
    "PCOMM": [("author", "AU"), ("recipient", "A2"), ("editor", "ED"), ("translator", "A4")],
    "RPRT": [("author", "AU"), ("editor", "ED"), ("collection-editor", "A2"), ("translator", "A4")],
    **{ty: [("author", "AU"), ("editor", "ED"), ("collection-editor", "A3"), ("translator", "A4")]
       for ty in ("MANSCPT", "THES", "NEWS", "MGZN", "ELEC", "JFULL", "DATA", "MAP", "PAMP")},
}


def name_tags(ty: str) -> list[tuple[str, str]]:
    """(CSL name variable, tag) pairs for a record of type `ty`."""
    return NAME_TAGS_BY_TY.get(ty, NAME_TAGS)


# A book's, report's or map's T2 is its series (Zotero's `series` / `seriesTitle`, the RIS
# specification's Series Title); such a record's container, which neither gives a tag, is T3.
# A conference paper's T2 is the conference's name in both; its proceedings (CSL
# container-title) are C3, Zotero's proceedingsTitle.
SERIES_IN_T2 = ("BOOK", "RPRT", "MAP")
TEXT_TAGS_BY_TY: dict[str, list[tuple[str, str]]] = {
    **{ty: [(var, {"container-title": "T3", "collection-title": "T2"}.get(var, tag))
            for var, tag in TEXT_TAGS] for ty in SERIES_IN_T2},
    "CPAPER": [(var, "C3" if var == "container-title" else tag) for var, tag in TEXT_TAGS],
}


def text_tags(ty: str) -> list[tuple[str, str]]:
    """(CSL variable, tag) pairs of the text fields of a record of type `ty`."""
    return TEXT_TAGS_BY_TY.get(ty, TEXT_TAGS)


READ_ONLY_TAGS = {"A1": "author", "ED": "editor", "JO": "container-title",
                  "JF": "container-title", "BT": "container-title", "T1": "title",
                  "L2": "URL", "Y1": "issued"}
DATE_TAGS = {"issued": "DA", "accessed": "Y2"}  # YYYY/MM/DD/ ; PY holds the year as well
