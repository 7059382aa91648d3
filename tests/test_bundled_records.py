"""The bundled records/: valid, canonical on disk, and faithful to the sample page."""

from citekit import recordfile
from citekit.library import Library

from .conftest import ROOT

LIB = Library(ROOT / "records")


def test_every_bundled_record_is_valid_and_canonical():
    keys = LIB.keys()
    assert len(keys) >= 6
    for key in keys:
        path = LIB.file_for(key)
        record = LIB.get(key)
        assert recordfile.dumps(record) == path.read_text(encoding="utf-8"), key


def test_archival_document_keeps_repository_apart_from_online_archive():
    doc = LIB.get("centralcommittee1962")
    assert doc["archive"] == "RGANI" and doc["source"] == "Wilson Center Digital Archive"
    assert doc["archive_location"] == "f. 3, op. 16, d. 947, ll. 53–53ob."
    assert doc["custom"]["locator"] == {"fond": "3", "opis": "16", "delo": "947", "folios": "53–53ob."}
    assert doc["URL"] == "https://digitalarchive.wilsoncenter.org/document/115094"
    assert doc["custom"]["url-original"].startswith("https://wilson-center-digital-archive.dvincitest.com/")


def test_secondary_sources_link_back_to_their_notes():
    notes = {k: LIB.get(k)["custom"]["provenance"].get("note") for k in LIB.keys()}
    assert notes["blight1993cuba"] == 1 and notes["mikoyan2012soviet"] == 3
    rel = LIB.get("mikoyan2012soviet")["custom"]["related"]
    assert rel == [{"relation": "revision-of", "id": "mikoian2006anatomiia"}]
    assert "mikoian2006anatomiia" in LIB
