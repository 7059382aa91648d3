"""Correspondence headings, printed layouts (heading over a dateline) and the names in them."""

import pytest

from citekit.readers import locators, names
from citekit.readers.archival import LETTER_TYPE, format_archival, parse_archival


def parse(text):
    return parse_archival(text).record


def test_heading_with_offices_and_a_dateline():
    rec = parse("Mr J. Smith, Minister in Paris, to Department of External Affairs\n\n"
                "Cablegram 17 PARIS, 3 March 1941, 6.10 p.m.\n\n[AA: A1234, FRANCE 12, ii]")
    assert rec["type"] == LETTER_TYPE
    assert rec["title"] == "Mr J. Smith, Minister in Paris, to Department of External Affairs"
    assert rec["author"] == [{"family": "Smith", "given": "J."}]
    assert rec["recipient"] == [{"literal": "Department of External Affairs"}]
    assert rec["issued"] == {"date-parts": [[1941, 3, 3]]}
    assert rec["archive"] == "AA" and rec["archive_location"] == "A1234, FRANCE 12, ii"
    assert rec["custom"]["locator"] == {"series": "A1234"}


def test_heading_in_capitals_with_two_recipients():
    rec = parse("7. MR A. BROWN, TREASURER, TO MR C. GREEN, PRIME MINISTER, AND TO MR D. WHITE, "
                "HIGH COMMISSIONER\n12 May 1938")
    assert rec["author"] == [{"family": "Brown", "given": "A."}]
    assert rec["recipient"] == [{"family": "Green", "given": "C."},
                                {"family": "White", "given": "D."}]
    assert rec["issued"] == {"date-parts": [[1938, 5, 12]]}
    assert rec["type"] == LETTER_TYPE


def test_heading_footnote_mark_before_to_and_a_body_as_sender():
    rec = parse("3. MR B. KING, N.Z. PRIME MINISTER, 2 TO COMMONWEALTH GOVERNMENT\n4 June 1940")
    assert rec["author"] == [{"family": "King", "given": "B."}]
    assert rec["recipient"] == [{"literal": "Commonwealth Government"}]
    rec = parse("Commonwealth Government to Mr A. Jones, Minister in Tokyo\n\nCablegram 9 1 May 1941,")
    assert rec["author"] == [{"literal": "Commonwealth Government"}]
    assert rec["recipient"] == [{"family": "Jones", "given": "A."}]


def test_date_line_then_title_keeps_the_whole_title():
    rec = parse("June 2, 1956\n\nCable from the Soviet Embassy to Wang Bingnan, 'Points for the "
                "Next Meeting'")
    assert rec["title"] == ("Cable from the Soviet Embassy to Wang Bingnan, 'Points for the Next "
                            "Meeting'")
    assert rec["issued"] == {"date-parts": [[1956, 6, 2]]}
    assert rec["author"] == [{"literal": "Soviet Embassy"}]
    assert rec["recipient"] == [{"family": "Wang", "given": "Bingnan"}]


def test_month_only_date_line_and_a_memorandum_is_no_letter():
    rec = parse("5. MEMORANDUM PREPARED FOR THE CABINET TO CONSIDER\nMarch 1938")
    assert rec["type"] == "manuscript" and "author" not in rec
    assert rec["issued"] == {"date-parts": [[1938, 3]]}


def test_kind_comma_then_sender_to_recipients_and_others():
    rec = parse("May 3, 1954\n\nTelegram, Liu Shaoqi to Zhou Enlai and Others, Regarding Trade")
    assert rec["author"] == [{"family": "Liu", "given": "Shaoqi"}]
    assert rec["recipient"] == [{"family": "Zhou", "given": "Enlai"}]
    assert rec["type"] == LETTER_TYPE


def test_journal_of_names_the_writer():
    rec = parse("April 2, 1957\n\nFrom the Journal of P.F. Yudin, 'Record of a Conversation "
                "with Mao Zedong'")
    assert rec["author"] == [{"family": "Yudin", "given": "P. F."}]


def test_report_to_a_body_is_no_heading():
    rec = parse("June 1, 1960\n\nReport to the Central Committee on the Harvest")
    assert "author" not in rec and "recipient" not in rec
    assert rec["type"] == "manuscript"


@pytest.mark.parametrize("text", [
    "Mr J. Smith, Minister in Paris, to Department of External Affairs\n\n"
    "Cablegram 17 PARIS, 3 March 1941, 6.10 p.m.\n\n[AA: A1234, FRANCE 12, ii]",
    "June 2, 1956\n\nCable from the Soviet Embassy to Wang Bingnan, 'Points'",
    "5. MEMORANDUM PREPARED FOR THE CABINET\nMarch 1938",
    # listing lines: date first, then the title
    "March 02, 1963 Letter, Chairman Khrushchev to President Kennedy",
    "May 5, 1960 Conversation between Mao Zedong and P.F. Yudin",
    "May 5, 1960 Запись беседы с Мао Цзэдуном",
])
def test_layout_records_read_back(text):
    first = parse(text)
    again = parse(format_archival(first))
    strip = lambda r: {**r, "custom": {k: v for k, v in r["custom"].items() if k != "provenance"}}
    assert strip(again) == strip(first)


def test_other_multiline_notes_are_not_layouts():
    rec = parse("12\nBBC Written Archives, R1/2/3, Smith memo, 20 January 1941.")
    assert rec["archive"] == "BBC Written Archives"


@pytest.mark.parametrize("text, want", [
    ("Zhou Enlai", {"family": "Zhou", "given": "Enlai"}),
    ("Deng Xiaoping", {"family": "Deng", "given": "Xiaoping"}),
    ("Feng Xuan", {"family": "Feng", "given": "Xuan"}),
    ("Bo Li", {"family": "Li", "given": "Bo"}),  # given name first, then a surname
    ("Dean Rusk", {"family": "Rusk", "given": "Dean"}),
    ("Lt Col W.R. Hodgson", {"family": "Hodgson", "given": "W. R."}),
])
def test_names(text, want):
    assert names.parse_name(text) == want


def test_body_without_article_in_from_to_titles():
    rec = parse('"Cable from the Chinese Foreign Ministry to Zhang Wenjin," May 4, 1955, '
                "PRC FMA 105-00001-01.")
    assert rec["author"] == [{"literal": "Chinese Foreign Ministry"}]
    assert rec["recipient"] == [{"family": "Zhang", "given": "Wenjin"}]


def test_letter_title_ends_at_a_bracketed_note():
    rec = parse('"Letter from Sir John Smith [MP for Bath] to WSC," 2 May 1943, TNA, PREM 4/1/2.')
    assert rec["author"] == [{"family": "Smith", "given": "John"}]


def test_fond_with_letter_prefix():
    assert locators.read_part("F.R-9478") == ("fond", "R-9478")
    assert locators.read_part("ф. Р-5446") == ("fond", "Р-5446")
    assert locators.read_part("D. Rusk") is None


def test_frus_file_line_with_subject_words_and_bodies():
    rec = parse("861.00 Party/12: Telegram\n\nThe Chargé in Germany (Smith) to the Secretary of State")
    assert rec["archive_location"] == "861.00 Party/12"
    assert rec["author"] == [{"family": "Smith"}] and "recipient" not in rec
    rec = parse("711.61/5–145: Telegram\n\nThe Soviet Embassy to the Department of State")
    assert rec["author"] == [{"literal": "Soviet Embassy"}]
    assert rec["recipient"] == [{"literal": "Department of State"}]


def test_description_in_brackets_after_the_folio():
    rec = parse("12. RGASPI, f. 17, op. 3, d. 100, l. 7 (letter to Kaganovich).")
    assert rec["custom"]["locator"] == {"fond": "17", "opis": "3", "delo": "100", "folios": "7"}
    assert rec["title"] == "letter to Kaganovich"
    assert rec["recipient"] == [{"family": "Kaganovich"}]


def test_dated_goes_with_the_date():
    rec = parse("5. Politburo resolution dated 3 March 1940; RGASPI, f. 17, op. 3, d. 1, l. 2.")
    assert rec["title"] == "Politburo resolution"
    assert rec["issued"] == {"date-parts": [[1940, 3, 3]]}


def test_span_inside_a_title_is_not_the_date():
    rec = parse("7 Протоколы заседаний от 1 марта до 30 мая 1931 года. ЦАОД.")
    assert rec["title"] == "Протоколы заседаний от 1 марта до 30 мая 1931 года"
    assert "issued" not in rec
    rec = parse('"Minutes of meetings from 1 May to 3 June 1950," GARF, f. 5446, op. 1, d. 2.')
    assert "issued" not in rec


def test_archive_initials_before_a_fond():
    rec = parse("ABCD. F.2. Op.3. D.4. L.5.")
    assert rec["archive"] == "ABCD" and "title" not in rec
    assert rec["custom"]["locator"] == {"fond": "2", "opis": "3", "delo": "4", "folios": "5"}
    again = parse(format_archival(rec))
    assert again["archive"] == "ABCD"


def test_catalogue_line_with_a_short_year_range():
    rec = parse("CAB 21/123 1946-47 Atomic energy")
    assert rec["issued"] == {"date-parts": [[1946], [1947]]}
    assert rec["custom"]["locator"] == {"series": "CAB 21", "file": "123"}


def test_catalogue_entry_dated_at_its_end():
    rec = parse("ABC 1/2B/3 Letter from WSC to Sir John Smith [Minister] asking him to call. "
                "Signed. 4 Apr 1944")
    assert rec["title"] == "Letter from WSC to Sir John Smith [Minister]"
    assert rec["type"] == LETTER_TYPE
    assert rec["issued"] == {"date-parts": [[1944, 4, 4]]}
    assert rec["recipient"] == [{"family": "Smith", "given": "John"}]
    assert rec["custom"]["locator"] == {"series": "ABC 1", "file": "2B/3"}
    rec = parse("ABC 1/2B/4-5 Draft letter from WSC to Sir John Smith stating that he would come. "
                "Apr 1944")
    assert rec["title"] == "Draft letter from WSC to Sir John Smith"
    assert rec["issued"] == {"date-parts": [[1944, 4]]}


def test_listing_line_date_then_title():
    rec = parse("March 02, 1963 Letter, Chairman Khrushchev to President Kennedy")
    assert rec["title"] == "Letter, Chairman Khrushchev to President Kennedy"
    assert rec["issued"] == {"date-parts": [[1963, 3, 2]]}
    assert rec["author"] == [{"family": "Khrushchev"}]
    assert rec["recipient"] == [{"family": "Kennedy"}]
    rec = parse("May 5, 1960 Record of Meeting at the Kremlin, Moscow, 5 May 1960, at 6 p.m.")
    assert rec["title"] == "Record of Meeting at the Kremlin, Moscow, 5 May 1960, at 6 p.m"
    assert rec["issued"] == {"date-parts": [[1960, 5, 5]]}
    # an archive after the date: an ordinary citation
    rec = parse("3 December 1962 RGANI, f. 3, op. 16, d. 947, l. 53.")
    assert rec["archive"] == "RGANI"


def test_memorandum_by_names_its_writer():
    rec = parse("Source: Memorandum of Conversation by Secretary of State Dean Rusk, May 1, 1962, "
                "file: 611.61/5-162, RG 59: General Records of the Department of State.")
    assert rec["title"] == "Memorandum of Conversation by Secretary of State Dean Rusk"
    assert rec["author"] == [{"family": "Rusk", "given": "Dean"}]
    assert rec["custom"]["locator"] == {"record-group": "59", "file": "611.61/5-162"}


def test_frus_personnel_file_line():
    rec = parse("123 Smith, John A.: Telegram\n\nThe Secretary of State to the Embassy in Italy")
    assert rec["archive_location"] == "123 Smith, John A."
    assert rec["recipient"] == [{"literal": "Embassy in Italy"}]


@pytest.mark.parametrize("head, author, recipient", [
    ("Letter From the Ambassador to the Soviet Union (Thompson) to the Assistant Secretary of "
     "State for European Affairs (Kohler)", "Thompson", ["Kohler"]),
    ("Memorandum From the Special Assistant to the President (Bundy) to President Kennedy",
     "Bundy", ["Kennedy"]),
    ("Telegram From Secretary Rusk to the Ambassador in India (Bowles) and the Ambassador to "
     "Pakistan (McConaughy)", "Rusk", ["Bowles", "McConaughy"]),
    ("Letter From President Kennedy to the Ambassador to India (Galbraith)", "Kennedy",
     ["Galbraith"]),
])
def test_frus_post_held_to_a_country(head, author, recipient):
    rec = parse(f"5. {head}\nSource: Department of State, Central Files, 611.61/1–562. Secret.")
    assert rec["author"] == [{"family": author}]
    assert rec["recipient"] == [{"family": r} for r in recipient]


def test_capital_as_recipient_is_a_place():
    rec = parse("26. Cable from Soviet Ambassador Yudin to Moscow, n.d., AVPRF, f. 0100, op. 49, "
                "d. 9, l. 1.")
    assert rec["recipient"] == [{"literal": "Moscow"}]


def test_central_files_of_one_year_and_a_subject_file():
    rec = parse("13. Telegram from Harriman to Rusk, 25 July 1963, NARA, RG 59, Central Files "
                "1963, POL 1 US-USSR.")
    assert rec["custom"]["locator"] == {"record-group": "59", "series": "Central Files 1963",
                                        "file": "POL 1 US-USSR"}
    assert rec["archive_location"] == "RG 59, Central Files 1963, POL 1 US-USSR"
    again = parse(format_archival(rec))
    assert again["archive_location"] == rec["archive_location"]


def test_letter_of_a_date_from_a_to_b():
    rec = parse("Letter of 12 June 1953 from Semenov to Molotov, AVP RF, f. 06, op. 12, d. 259, "
                "ll. 44–47.")
    assert rec["title"] == "Letter from Semenov to Molotov"
    assert rec["issued"] == {"date-parts": [[1953, 6, 12]]}
    assert rec["author"] == [{"family": "Semenov"}]
    assert rec["recipient"] == [{"family": "Molotov"}]


def test_college_and_archives_centre_hold_papers():
    rec = parse("Harold Nicolson, Diary, 4 June 1940, Balliol College, Oxford.")
    assert rec["archive"] == "Balliol College"
    rec = parse("Smith to Jones, 3 May 1945, Churchill Archives Centre, CHAR 20/1/2.")
    assert rec["archive"] == "Churchill Archives Centre"
    assert rec["custom"]["locator"] == {"series": "CHAR 20", "file": "1/2"}


@pytest.mark.parametrize("text, author, recipient, kind", [
    ("Письмо И.В. Сталина В.М. Молотову, 11 июля 1927 г. РГАСПИ. Ф. 558. Оп. 11. Д. 71. Л. 1.",
     "Сталин", "Молотов", LETTER_TYPE),
    ("Записка А.А. Громыко Н.С. Хрущеву, 3 мая 1960 г., АВП РФ, ф. 0129, оп. 44, д. 1, л. 5.",
     "Громыко", "Хрущев", "manuscript"),
    ("Письмо Н.С. Хрущева Д. Кеннеди, 26 октября 1962 г. АПРФ. Ф. 3. Оп. 65. Д. 904. Л. 1-15.",
     "Хрущев", "Кеннеди", LETTER_TYPE),
])
def test_russian_writer_in_genitive_addressee_in_dative(text, author, recipient, kind):
    rec = parse(text)
    assert rec["author"][0]["family"] == author
    assert rec["recipient"][0]["family"] == recipient
    assert rec["type"] == kind
    again = parse(format_archival(rec))
    assert again["author"] == rec["author"] and again["recipient"] == rec["recipient"]


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_LAYOUT_PIECES = [
    "June 6, 1954", "3 January 1939", "February 1937", "Cablegram 12 LONDON, 4 May 1940, 6.10 p.m.",
    "[AA: A981, GERMANY 72B, i]", "[FA: A3196, 0.2631]", "MR A. BROWN, TREASURER, TO MR C. DAY, PM",
    "Telegram, Zhou Enlai to Mao Zedong and Others, Regarding X", "Letter from X to Y",
    "Письмо И.В. Сталина В.М. Молотову", "ABCD. F.1. Op.1.", "PREM 11/1565 1955-56 Royal Family",
    "ABC 1/2B/3 Letter from WSC to Sir J [x] marked. 26 Mar 1943", "G. Zhukov to the CPSU CC",
    "Commonwealth Government to Mr A. Eden", "October 09, 1944 Record of Meeting, at 10 p.m.",
    "12.", "'", '"', "(", ")", ",", "to", "TO", " "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LAYOUT_PIECES), min_size=1, max_size=4),
       st.sampled_from(["\n", "\n\n", " ", ", "]))
def test_layouts_and_catalogue_lines_read_back(parts, joint):
    first = parse_archival(joint.join(parts)).record
    if first is None or not first.get("title"):
        return
    again = parse(format_archival(first))
    strip = lambda r: {**r, "custom": {k: v for k, v in r["custom"].items() if k != "provenance"}}
    assert again is not None and strip(again) == strip(first)


def test_kind_then_a_bare_letter():
    rec = parse("35.  Memo, Smith to Jones, 5 January 1955.")
    assert rec["title"] == "Memo" and rec["type"] == "manuscript"
    assert rec["author"] == [{"family": "Smith"}] and rec["recipient"] == [{"family": "Jones"}]
    rec = parse("42.  U.S. Dept of State, telegram, Dulles to Collins, 27 April 1955.")
    assert rec["type"] == LETTER_TYPE
    assert rec["author"] == [{"family": "Dulles"}] and rec["recipient"] == [{"family": "Collins"}]
    assert rec["contributor"] == [{"literal": "U.S. Dept of State"}]
    for text in ("35.  Memo, Smith to Jones, 5 January 1955.",
                 "42.  U.S. Dept of State, telegram, Dulles to Collins, 27 April 1955."):
        first = parse(text)
        again = parse(format_archival(first))
        assert {k: v for k, v in again.items() if k != "custom"} == {
            k: v for k, v in first.items() if k != "custom"}


def test_an_office_alone_is_no_one():
    rec = parse("45.  Memorandum from the Chairman, JCS to the Secretary of Defense, dated 22 "
                "September 1954.")
    assert "author" not in rec
    assert rec["issued"] == {"date-parts": [[1954, 9, 22]]}


def test_study_group_before_a_date_is_no_record_group():
    rec = parse("44.  Report of the Special Study Group, 30 June 1954, p. 12.")
    assert rec["issued"] == {"date-parts": [[1954, 6, 30]]}
    rec = parse('"Telegram," National Archives, Record Group 1962, Box 3.')
    assert "issued" not in rec


@pytest.mark.parametrize("title", ["Guide to Soviet Archives", "The Road to War",
                                   "Soviet Policy to Germany", "Introduction to the Documents",
                                   "Response of the PRC Government to the United States Government"])
def test_titles_with_to_are_not_all_letters(title):
    rec = parse(f"June 1, 1960\n\n{title}")
    assert rec["title"] == title
    assert "author" not in rec and "recipient" not in rec
    assert rec["type"] == "manuscript"
