"""The BibTeX/BibLaTeX field table: one declaration read by the reader and the writer alike.

Profiles:
- `bibtex` (default) is shaped for Zotero's BibTeX import, which drops `archive`,
  `archive_location`, `library` and `addendum` and discards unknown entry types. So an archival
  record also carries a `note` (Zotero keeps it as a child note) that states the repository,
  place and locator in words, and `howpublished` names the online archive (Zotero keeps it in
  Extra as "Published: ..."). The structured fields are written as well, for citekit and biber.
- `biblatex` uses BibLaTeX's own types and fields (`date`, `location`, `journaltitle`).
- `biblatex-chicago` is `biblatex` except for archival records, which take the form the
  biblatex-chicago package documents for unpublished archive material: `@misc` with an
  `entrysubtype` (`letter` for letters), the specific title in `\\mkbibquote`, and the place in
  the archive in its locating fields, most specific first: `note` (f. 3, op. 16, d. 947),
  `institution` (RGANI), `location` (Moscow); the online archive that published the copy goes
  in `addendum`, which it prints after the publication data and before the URL. The record's
  own note, which `note` no longer holds, goes in `annotation`, and a place of writing in
  `origlocation` (`location` being the archive's city).
"""

from __future__ import annotations

PROFILES = ("bibtex", "biblatex", "biblatex-chicago")
CHICAGO = 2  # its index; it uses the biblatex column of the tables below

# CSL type -> entry type per profile (bibtex, biblatex)
TYPES: dict[str, tuple[str, str]] = {
    "book": ("book", "book"),
    "chapter": ("incollection", "incollection"),
    "article-journal": ("article", "article"),
    "article-magazine": ("article", "article"),
    "article-newspaper": ("article", "article"),
    "paper-conference": ("inproceedings", "inproceedings"),
    "report": ("techreport", "report"),
    "thesis": ("phdthesis", "thesis"),
    "webpage": ("online", "online"),
    "manuscript": ("unpublished", "unpublished"),
    "personal_communication": ("letter", "letter"),
    "document": ("misc", "misc"),
    "periodical": ("misc", "periodical"),
    # CSL's collection is an archival collection; BibLaTeX's @collection an edited volume
    "collection": ("misc", "misc"),
    "dataset": ("misc", "dataset"),
    "pamphlet": ("booklet", "booklet"),
    "interview": ("misc", "misc"),
    "speech": ("misc", "misc"),
}
# Entry type -> CSL type when reading (first match of TYPES wins; these settle the rest).
READ_TYPES: dict[str, str] = {
    "book": "book", "inbook": "chapter", "incollection": "chapter", "article": "article-journal",
    "inproceedings": "paper-conference", "conference": "paper-conference",
    "proceedings": "book", "techreport": "report", "report": "report", "phdthesis": "thesis",
    "mastersthesis": "thesis", "thesis": "thesis", "online": "webpage", "www": "webpage",
    "electronic": "webpage", "unpublished": "manuscript", "letter": "personal_communication",
    "misc": "document", "periodical": "periodical", "collection": "book", "mvcollection": "book",
    "dataset": "dataset", "booklet": "pamphlet", "manual": "book", "interview": "interview",
}
# `entrysubtype` keeps apart the CSL types one entry type holds: BibLaTeX's own names for
# article kinds, else the CSL type itself (a periodical written as @misc, say).
SUBTYPES = {"article-newspaper": "newspaper", "article-magazine": "magazine"}

# Plain text fields: CSL variable -> field per profile (None: not written in that profile).
# The container field depends on the entry type, see CONTAINER.
TEXT_FIELDS: list[tuple[str, tuple[str | None, str | None]]] = [
    ("title", ("title", "title")),
    ("title-short", ("shorttitle", "shorttitle")),
    ("publisher-place", ("address", "location")),
    ("volume", ("volume", "volume")),
    ("issue", ("number", "number")),  # an article's issue; see NUMBER for the rest
    ("page", ("pages", "pages")),
    ("edition", ("edition", "edition")),
    ("collection-title", ("series", "series")),
    ("genre", ("type", "type")),
    ("language", ("language", "language")),
    ("ISBN", ("isbn", "isbn")),
    ("ISSN", ("issn", "issn")),
    ("abstract", ("abstract", "abstract")),
    ("archive", ("archive", "archive")),
    ("archive_location", ("archive_location", "archive_location")),
    ("archive-place", ("archive_place", "archive_place")),
    ("source", ("howpublished", "howpublished")),
]
NUMBER = "number"  # CSL `number` (a report's) when the record has no `issue`
ARCHIVE_NOTE = "Archive: "  # opens the sentence that tells Zotero users where the original is
ARCHIVE_VARS = ("archive", "archive-place", "archive_location")  # what that sentence states
PUBLISHER = {"report": "institution", "thesis": "school"}  # else `publisher`
CONTAINER = {  # entry type -> container field (bibtex, biblatex)
    "article": ("journal", "journaltitle"), "incollection": ("booktitle", "booktitle"),
    "inproceedings": ("booktitle", "booktitle"), "inbook": ("booktitle", "booktitle"),
}
RAW_FIELDS = (("URL", "url"), ("DOI", "doi"))  # written verbatim: never LaTeX-escaped
NAME_FIELDS = (("author", "author"), ("editor", "editor"), ("translator", "translator"),
               ("recipient", "recipient"), ("contributor", "contributor"))
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


# biblatex-chicago's archival form: CSL type -> entrysubtype of its @misc, and the fields.
CHICAGO_SUBTYPES = {"personal_communication": "letter", "manuscript": "manuscript",
                    "document": "document"}
CHICAGO_ARCHIVE_FIELDS = (("archive_location", "note"), ("archive", "institution"),
                          ("archive-place", "location"), ("source", "addendum"),
                          ("note", "annotation"), ("publisher-place", "origlocation"))
CHICAGO_PERIODICAL = "magazine"  # its entrysubtype for newspaper and magazine articles


def column(profile: int) -> int:
    """The column of TYPES, TEXT_FIELDS and CONTAINER a profile uses."""
    return 1 if profile == CHICAGO else profile


def profile_index(profile: str) -> int:
    try:
        return PROFILES.index(profile)
    except ValueError:
        raise ValueError(f"unknown BibTeX profile {profile!r}; one of: {', '.join(PROFILES)}")


def read_field_map() -> dict[str, str]:
    """Every field name any profile writes -> the CSL variable it holds."""
    out: dict[str, str] = {}
    for var, names in TEXT_FIELDS:
        for name in names:
            if name and name not in out:
                out[name] = var
    out.update({"institution": "publisher", "school": "publisher", "publisher": "publisher",
                "journal": "container-title", "journaltitle": "container-title",
                "booktitle": "container-title"})
    return out
