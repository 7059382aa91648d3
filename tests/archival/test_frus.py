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


def test_bracketed_source_note_and_circular_telegram():
    rec = parse_archival("5. Circular Telegram From the Department of State to Certain Posts\n\n"
                         "[Source: Department of State, Central Files, 611.61/2–162. Secret.]"
                         ).record
    assert rec["type"] == "personal_communication"
    assert rec["archive"] == "Department of State"
    assert rec["custom"]["locator"] == {"series": "Central Files", "file": "611.61/2–162"}
    assert "recipient" not in rec  # a group of posts, no person


def test_central_files_with_years_entry_and_collection_not_series():
    rec = parse_archival("9. Memorandum From Eliot to Rogers\nSource: National Archives, RG 59, "
                         "Central Files 1970–73, POL 2. Confidential.").record
    assert rec["custom"]["locator"] == {"series": "Central Files 1970–73", "file": "POL 2",
                                        "record-group": "59"}
    rec = parse_archival("8. Paper\nSource: National Archives, RG 306, Subject Files, Entry UD WW "
                         "142, Box 7. Secret.").record
    assert rec["custom"]["locator"] == {"record-group": "306", "entry": "UD WW 142", "box": "7"}
    rec = parse_archival("7. Memorandum of Conversation\nSource: Kennedy Library, National "
                         "Security Files, Country Series, Iran. Secret.").record
    assert "locator" not in rec["custom"]


def test_memorandum_by_keeps_the_whole_author():
    rec = parse_archival("35. Draft Memorandum by the Assistant to the Director for Regional "
                         "Affairs (Kent)\n\nSource: Department of State, Central Files, 1/2. "
                         "Secret.").record
    assert rec["author"] == [{"family": "Kent"}] and "recipient" not in rec


def test_file_number_headings_of_older_volumes():
    rec = parse_archival("123.45/678: Telegram\n\nThe Secretary of State to the Minister in "
                         "Persia (Smith)").record
    assert rec["type"] == "personal_communication" and rec["genre"] == "Telegram"
    assert rec["title"] == "The Secretary of State to the Minister in Persia (Smith)"
    assert rec["recipient"] == [{"family": "Smith"}] and "author" not in rec
    assert rec["archive_location"] == "123.45/678"
    rec = parse_archival("File No. 800.1/2a\n\nNo. 12\nThe Consul at Riga ( Jones) to the "
                         "Secretary of State\n\n[Telegram]").record
    assert rec["title"] == "The Consul at Riga (Jones) to the Secretary of State"
    assert rec["author"] == [{"family": "Jones"}] and "recipient" not in rec
    assert rec["custom"]["locator"] == {"file": "800.1/2a", "document": "12"}
    assert parse_archival("Defense Files: Telegram\n\nThe President to the Secretary of State"
                          ).record["custom"]["locator"] == {"series": "Defense Files"}


def test_source_note_as_footnote_one_and_folder():
    rec = parse_archival("5. Telegram From the Embassy in Laos to the Department of State1\n\n"
                         "  1. Source: Department of State, Central Files, POL 1 LAOS. Secret."
                         ).record
    assert rec["title"] == "Telegram From the Embassy in Laos to the Department of State"
    assert rec["custom"]["locator"] == {"series": "Central Files", "file": "POL 1 LAOS"}
    rec = parse_archival("9. Paper/1/\n\nWashington, undated.\n\n/1/Source: National Archives, "
                         "RG 59, Central Files, 1964-66, POL 2. Secret.").record
    assert rec["title"] == "Paper" and "issued" not in rec
    assert rec["custom"]["locator"] == {"series": "Central Files, 1964-66", "file": "POL 2",
                                        "record-group": "59"}
    rec = parse_archival("3. Paper\n[Source: Washington National Records Center, Policy File: "
                         "FRC 1 A 2, Folder 301. Secret.]").record
    assert rec["custom"]["locator"] == {"folder": "301"}


def test_recipient_away_from_washington_and_a_dateline_range():
    rec = parse_archival("7. Telegram From the Special Assistant (Rostow) to President Johnson in "
                         "Texas\nSource: Johnson Library, National Security File. Secret.").record
    assert rec["recipient"] == [{"family": "Johnson"}]
    rec = parse_archival("8. Memorandum of Conversation, Washington, February 25–26, 1959\n"
                         "Source: Department of State, Central Files, 1/2. Secret.").record
    assert rec["issued"] == {"date-parts": [[1959, 2, 25], [1959, 2, 26]]}
    assert rec["title"] == "Memorandum of Conversation"


def test_dateline_with_a_time_in_the_heading():
    rec = parse_archival("12. Telegram From the Embassy in the Soviet Union to the Department of "
                         "State, Moscow, March 3, 1962, 5 p.m.\nSource: Department of State, "
                         "Central Files, 761.00/3–362. Secret.").record
    assert rec["title"] == ("Telegram From the Embassy in the Soviet Union to the Department of "
                            "State")
    assert rec["issued"] == {"date-parts": [[1962, 3, 3]]}


def test_telegram_and_file_named_in_a_footnote():
    rec = parse_archival("2. In telegram 4344, June 1, 1945, to London, the Embassy was told "
                         "to wait (840.414/5–2645).").record
    assert rec["type"] == "personal_communication" and rec["title"] == "telegram 4344"
    assert rec["issued"] == {"date-parts": [[1945, 6, 1]]}
    assert rec["recipient"] == [{"literal": "London"}]
    assert rec["custom"]["locator"] == {"file": "840.414/5–2645"}
    rec = parse_archival("2. In telegram 109 from Saigon, July 15, Taylor reported it. "
                         "(Department of State, Central Files, POL 27 VIET S)").record
    assert rec["author"] == [{"literal": "Saigon"}] and "issued" not in rec  # no year given
    assert rec["archive"] == "Department of State"
    assert rec["custom"]["locator"] == {"series": "Central Files", "file": "POL 27 VIET S"}
    rec = parse_archival("3. Not printed (Defense Files, CM–in–130).").record
    assert rec["custom"]["locator"] == {"series": "Defense Files", "document": "CM–in–130"}
    assert parse_archival("He said so (in private) on May 3, 1956.").record is None


def test_archive_kept_as_cited_with_the_table_giving_its_place():
    rec = parse_archival("3. Memo\nSource: Kennedy Library, National Security Files, Box 3. "
                         "Secret.").record
    assert rec["archive"] == "Kennedy Library" and rec["archive-place"] == "Boston"
    assert rec["custom"]["archive-name"] == "John F. Kennedy Presidential Library"
    assert "archive-place" not in parse_archival(
        "4. Memo\nSource: Department of State, Central Files, 1/2. Secret.").record


def test_two_senders_or_recipients_and_writers_named_in_full():
    rec = parse_archival("5. Memorandum From Secretary of Defense Brown to Secretary of State "
                         "Muskie and the Assistant for National Security Affairs (Brzezinski)\n"
                         "Source: Carter Library, Subject File, Box 16. Secret.").record
    assert rec["author"] == [{"family": "Brown"}]
    assert rec["recipient"] == [{"family": "Muskie"}, {"family": "Brzezinski"}]
    rec = parse_archival("6. Memorandum From Paul Henze of the National Security Council Staff "
                         "to the Assistant for Near Eastern and South Asian Affairs (Talbot)\n"
                         "Source: Carter Library, Chron File, Box 51. Secret.").record
    assert rec["author"] == [{"family": "Henze", "given": "Paul"}]
    assert rec["recipient"] == [{"family": "Talbot"}]


def test_file_line_of_a_lot_file_and_a_heading_without_to():
    rec = parse_archival("Conference files, lot 60 D 12, CF 7\n\nMemorandum of Conversation, by the "
                         "Secretary of State").record
    assert rec["archive_location"] == "Conference files, lot 60 D 12, CF 7"
    assert rec["title"] == "Memorandum of Conversation, by the Secretary of State"
    assert rec["type"] == "manuscript"
