"""What survives Zotero's BibTeX and RIS import of what citekit writes.

Zotero's import translators cannot run here, so their rules, as issue #6 states them from
Zotero's BibTeX and RIS translators, are modelled below and applied to citekit's real output
(parsed with bibtexparser / our RIS reader). The test: an archival record's repository, place,
locator and online archive all reach a field Zotero keeps.
"""

import bibtexparser
from hypothesis import given, settings, strategies as st

from citekit.library import Library
from citekit.readers.bibtex import read_text
from citekit.writers import ris
from citekit.writers.bibtex import write

from .conftest import ROOT

BUNDLED = Library(ROOT / "records").load_all().records
# Zotero BibTeX import: entry types it reads (anything else is discarded silently)...
ZOTERO_TYPES = {"article", "book", "booklet", "collection", "conference", "inbook",
                "incollection", "inproceedings", "inreference", "letter", "manual",
                "mastersthesis", "misc", "mvbook", "online", "patent", "phdthesis", "proceedings",
                "report", "techreport", "thesis", "unpublished"}
# ...and fields it drops silently.
ZOTERO_DROPS = {"archive", "archive_location", "library", "addendum"}


def zotero_bibtex_import(text: str) -> list[dict]:
    """Each entry as Zotero keeps it: fields it keeps, `extra` lines and child `notes`."""
    items = []
    for entry in bibtexparser.parse_string(text).entries:
        if entry.entry_type.lower() not in ZOTERO_TYPES:
            continue
        item = {"type": entry.entry_type.lower(), "extra": [], "notes": []}
        for field in entry.fields:
            key, value = field.key.lower(), str(field.value)
            if key in ZOTERO_DROPS:
                continue
            if key == "howpublished" and not value.startswith(("http://", "https://")):
                item["extra"].append(f"Published: {value}")
            elif key == "note":
                item["notes"].append(value)
            else:
                item[key] = value
        items.append(item)
    return items


def kept_text(item: dict) -> str:
    return " ".join(str(v) for k, v in item.items() if k not in ("extra", "notes")) + " " + \
        " ".join(item["extra"] + item["notes"])


def archival_facts(record: dict) -> list[str]:
    return [str(record[k]) for k in ("archive", "archive-place", "archive_location", "source")
            if record.get(k)]


def test_zotero_keeps_every_bundled_record_and_its_archive_facts():
    items = zotero_bibtex_import(write(BUNDLED, "bibtex"))
    assert len(items) == len(BUNDLED)  # no entry type Zotero would discard
    for record, item in zip(BUNDLED, items):
        for fact in archival_facts(record):
            assert fact in kept_text(item), (record["id"], fact)


text = st.text(st.characters(whitelist_categories=("Lu", "Ll", "Nd"), max_codepoint=0x4FF),
               min_size=1, max_size=12)
archival = st.fixed_dictionaries(
    {"id": st.from_regex(r"[a-z][a-z0-9]{0,8}", fullmatch=True),
     "type": st.sampled_from(["manuscript", "document", "personal_communication", "letter",
                              "report", "book", "webpage", "interview", "periodical"]),
     "title": text},
    optional={"archive": text, "archive_location": text, "archive-place": text, "source": text,
              "note": text})


@settings(max_examples=150, deadline=None)
@given(st.lists(archival, min_size=1, max_size=4, unique_by=lambda r: r["id"]))
def test_zotero_keeps_archive_facts_of_any_record_type(records):
    items = zotero_bibtex_import(write(records, "bibtex"))
    assert len(items) == len(records)
    for record, item in zip(records, items):
        for fact in archival_facts(record):
            assert fact in kept_text(item), (record, item)


def test_location_without_the_archives_name_reaches_the_note():
    """A record that knows the folio and city but not the repository's name: Zotero drops
    archive_location and archive_place, so the note states them; citekit reads them back."""
    rec = {"id": "k", "type": "manuscript", "title": "Letter", "archive-place": "Moscow",
           "archive_location": "f. 3, op. 16, d. 947"}
    text = write([rec], "bibtex")
    assert "Archive: Moscow: f. 3, op. 16, d. 947." in zotero_bibtex_import(text)[0]["notes"][0]
    assert read_text(text, "x.bib")[0][0].record == rec


def test_zotero_ris_import_keeps_archive_and_location():
    # RIS: Zotero reads DB as Archive and AN as Loc. in Archive
    text = ris.write([r for r in BUNDLED if r.get("archive")])
    for record in (r for r in BUNDLED if r.get("archive")):
        block = text.split(f"ID  - {record['id']}")[1].split("ER  -")[0]
        assert f"DB  - {record['archive']}" in block
        if record.get("archive_location"):
            assert f"AN  - {record['archive_location']}" in block
