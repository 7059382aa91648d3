"""FRUS headings with source notes (shapes taken from the dev split of tests/devsets)."""

from citekit.readers.archival import parse_archival

LETTER = ("32. Letter From the Deputy Under Secretary of State for Political Affairs (Johnson) to "
          "the Deputy Assistant Secretary of Defense for International Security Affairs (Bundy)\n\n"
          "Source: Department of State, Central Files, 751K.00/1-2462. Secret. Drafted by Johnson; "
          "a copy was sent to General Taylor.")
DOC = ("Document 4: Paper by the Officer in Charge of Tunisian Affairs (Stackhouse)\n\n"
       "Washington, July 26, 1963.\n\nSource: Department of State, S/P Files: Lot 70 D 199, "
       "AF-1963. Secret.")


def test_letter_heading_and_source_note():
    rec = parse_archival(LETTER).record
    assert rec["type"] == "personal_communication"
    assert rec["author"] == [{"family": "Johnson"}] and rec["recipient"] == [{"family": "Bundy"}]
    assert rec["archive"] == "Department of State"
    assert rec["archive_location"] == "Central Files, 751K.00/1-2462"
    assert rec["custom"]["locator"] == {"series": "Central Files", "file": "751K.00/1-2462"}


def test_document_heading_with_dateline():
    rec = parse_archival(DOC).record
    assert rec["title"] == "Paper by the Officer in Charge of Tunisian Affairs (Stackhouse)"
    assert rec["issued"] == {"date-parts": [[1963, 7, 26]]}
    assert rec["author"] == [{"family": "Stackhouse"}]
    assert rec["archive_location"] == "S/P Files: Lot 70 D 199, AF-1963"
    assert rec["custom"]["locator"]["series"] == "S/P Files: Lot 70 D 199"
