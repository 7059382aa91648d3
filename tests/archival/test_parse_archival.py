"""Realistic citations in the styles of the Wilson Center Digital Archive, NARA, FRUS and others."""

import pytest

from citekit.model import validate
from citekit.readers.archival import LETTER_TYPE, parse_archival

WILSON = "https://digitalarchive.wilsoncenter.org/document/{}"
KRAMER = {"family": "Kramer", "given": "Mark"}


def parse(text):
    result = parse_archival(text)
    assert result.record is not None, result.warnings
    validate({"id": "x", **result.record})
    return result.record, result.warnings


def test_presidium_protocol_full_example():
    text = ('"Central Committee of the Communist Party of the Soviet Union Presidium Protocol 71", '
            "December 3, 1962, Wilson Center Digital Archive, RGANI, F. 3, Op. 16, D. 947, "
            "LI. 53-53ob. Translated and edited by Mark Kramer, with assistance from Timothy "
            "Naftali. <https://wilson-center-digital-archive.dvincitest.com/document/115094>")
    rec, warnings = parse(text)
    assert warnings == []
    assert rec["type"] == "manuscript"
    assert rec["title"] == ("Central Committee of the Communist Party of the Soviet Union "
                            "Presidium Protocol 71")
    assert rec["issued"] == {"date-parts": [[1962, 12, 3]]}
    assert rec["source"] == "Wilson Center Digital Archive"
    assert rec["archive"] == "RGANI" and rec["archive-place"] == "Moscow"
    assert rec["custom"]["archive-name"] == "Russian State Archive of Contemporary History"
    assert rec["custom"]["locator"] == {"fond": "3", "opis": "16", "delo": "947",
                                        "folios": "53–53ob."}
    assert rec["archive_location"] == "f. 3, op. 16, d. 947, ll. 53–53ob."
    assert rec["translator"] == [KRAMER] and rec["editor"] == [KRAMER]
    assert rec["contributor"] == [{"family": "Naftali", "given": "Timothy"}]
    assert rec["URL"] == WILSON.format(115094)
    assert rec["custom"]["url-original"] == ("https://wilson-center-digital-archive.dvincitest"
                                             ".com/document/115094")
    assert rec["language"] == "en" and rec["custom"]["original-language"] == "ru"
    assert rec["custom"]["provenance"] == {"raw": text}
    assert "id" not in rec


def test_cyrillic_locator():
    rec, _ = parse("«Записка Громыко в ЦК КПСС», 3 декабря 1962 г., АВП РФ, ф. 3, оп. 16, д. 947, "
                   "л. 53 об.")
    assert rec["archive"] == "AVP RF"
    assert rec["custom"]["locator"] == {"fond": "3", "opis": "16", "delo": "947", "folios": "53ob."}
    assert rec["archive_location"] == "f. 3, op. 16, d. 947, l. 53ob."
    assert rec["language"] == "ru" and rec["issued"] == {"date-parts": [[1962, 12, 3]]}


def test_cyrillic_folio_range():
    rec, _ = parse('"Protocol No. 60", November 16, 1962, RGANI, ф. 3, оп. 16, д. 947, '
                   "лл. 46-46 об.")
    assert rec["custom"]["locator"]["folios"] == "46–46ob."


def test_nara_memorandum_of_conversation():
    rec, warnings = parse('"Memorandum of Conversation between President Kennedy and Foreign '
                          'Minister Gromyko," October 18, 1962, NARA, RG 59, Entry 1234, Box 5, '
                          "Folder 3.")
    assert warnings == []
    assert rec["type"] == "manuscript" and rec["archive"] == "NARA"
    assert rec["custom"]["locator"] == {"record-group": "59", "entry": "1234", "box": "5",
                                        "folder": "3"}
    assert rec["archive_location"] == "RG 59, Entry 1234, Box 5, Folder 3"
    assert rec["custom"]["participants"] == [{"family": "Kennedy"}, {"family": "Gromyko"}]
    assert "author" not in rec


def test_nara_record_group_spelled_out():
    rec, _ = parse('"Telegram from the Embassy in Moscow to the Department of State," '
                   "October 26, 1962, National Archives, Record Group 59, Central Decimal File, "
                   "Box 1234.")
    assert rec["archive"] == "NARA" and rec["type"] == LETTER_TYPE
    assert rec["custom"]["locator"]["record-group"] == "59"
    # a body's name without the article: 'Department of State', as FRUS headings give it
    assert rec["author"] == [{"literal": "Embassy in Moscow"}]
    assert rec["recipient"] == [{"literal": "Department of State"}]


def test_letter_author_recipient():
    rec, _ = parse('"Letter from Khrushchev to Fidel Castro," October 30, 1962, Wilson Center '
                   "Digital Archive, Archive of Foreign Policy, Russian Federation (AVP RF). "
                   "https://digitalarchive.wilsoncenter.org/document/114504")
    assert rec["type"] == LETTER_TYPE
    assert rec["author"] == [{"family": "Khrushchev"}]
    assert rec["recipient"] == [{"family": "Castro", "given": "Fidel"}]
    assert rec["archive"] == "AVP RF" and rec["URL"] == WILSON.format(114504)
    assert "url-original" not in rec["custom"]


def test_telegram_with_ambassador_to():
    rec, _ = parse('"Telegram from Soviet Ambassador to the USA Dobrynin to USSR Foreign Ministry", '
                   "October 27, 1962, Wilson Center Digital Archive, AVP RF, ф. 059, оп. 1, "
                   "д. 12, л. 53 об. Obtained by Vladislav Zubok.")
    assert rec["type"] == LETTER_TYPE
    assert rec["author"] == [{"family": "Dobrynin"}]
    assert rec["recipient"] == [{"literal": "USSR Foreign Ministry"}]
    assert rec["contributor"] == [{"family": "Zubok", "given": "Vladislav"}]


def test_cable_is_a_letter():
    rec, _ = parse('"Cable from Chinese Embassy in Moscow to the Foreign Ministry," '
                   "January 3, 1959, Wilson Center Digital Archive, PRC FMA 109-00865-01. "
                   "Translated by Charles Kraus.")
    assert rec["type"] == LETTER_TYPE and rec["archive"] == "PRC FMA"
    assert rec["custom"]["locator"] == {"file": "109-00865-01"}
    assert rec["translator"] == [{"family": "Kraus", "given": "Charles"}]
    assert rec["custom"]["original-language"] == "zh"


def test_memorandum_from_to():
    rec, _ = parse('"Memorandum from Dean Rusk to President Kennedy," November 1, 1962, '
                   "JFK Library, National Security Files, Box 36.")
    assert rec["type"] == "manuscript" and rec["archive"] == "JFKL"
    assert rec["author"] == [{"family": "Rusk", "given": "Dean"}]
    assert rec["recipient"] == [{"family": "Kennedy"}]
    assert rec["archive_collection"] == "National Security Files"
    assert rec["custom"]["locator"] == {"box": "36"}
    assert rec["archive-place"] == "Boston"


def test_record_of_conversation_between():
    rec, _ = parse('"Record of Conversation between Mao Zedong and Soviet Ambassador Yudin," '
                   "July 22, 1958, Wilson Center Digital Archive, APRF, f. 45, op. 1, d. 331, "
                   "ll. 1-14. Translated by Vladislav Zubok.")
    # a Chinese name is family name first
    assert rec["custom"]["participants"] == [{"family": "Mao", "given": "Zedong"},
                                             {"family": "Yudin"}]
    assert rec["archive"] == "APRF"
    assert rec["custom"]["locator"]["folios"] == "1–14"


def test_sapmo_call_number():
    rec, _ = parse('"Letter from Walter Ulbricht to Nikita Khrushchev," January 18, 1961, '
                   "Wilson Center Digital Archive, SAPMO-BArch, DY 30/3386, Bl. 1-5. "
                   "Translated by Hope M. Harrison.")
    assert rec["archive"] == "SAPMO-BArch" and rec["archive-place"] == "Berlin"
    assert rec["custom"]["locator"] == {"file": "DY 30/3386", "folios": "1–5"}
    assert rec["custom"]["original-language"] == "de"
    assert rec["translator"] == [{"family": "Harrison", "given": "Hope M."}]


def test_polish_aan():
    rec, _ = parse('"Minutes of the Meeting of the PUWP CC Politburo," October 15, 1956, '
                   "AAN, KC PZPR, sygn. 237/V-12, k. 1-20. Translated by L. W. Gluchowski.")
    assert rec["archive"] == "AAN" and rec["archive-place"] == "Warsaw"
    assert rec["custom"]["locator"]["file"] == "237/V-12"
    assert rec["custom"]["locator"]["folios"] == "1–20"
    assert rec["archive_collection"] == "KC PZPR"


def test_tna_file_reference():
    rec, _ = parse('"Record of a Conversation between the Prime Minister and President Kennedy," '
                   "December 19, 1962, The National Archives, Kew, PREM 11/4229.")
    assert rec["archive"] == "TNA"
    assert rec["custom"]["locator"] == {"series": "PREM 11", "file": "4229"}  # series, piece
    assert rec["archive_location"] == "PREM 11/4229"


def test_hungarian_archives():
    rec, _ = parse('"Report on the Situation in Budapest," October 28, 1956, MNL OL, '
                   "XIX-J-1-j-4, Box 2. Obtained by Csaba Békés.")
    assert rec["archive"] == "MNL OL" and rec["archive-place"] == "Budapest"
    assert rec["custom"]["locator"] == {"file": "XIX-J-1-j-4", "box": "2"}
    assert rec["contributor"] == [{"family": "Békés", "given": "Csaba"}]


@pytest.mark.parametrize("archive, abbrev, place", [
    ("RGASPI", "RGASPI", "Moscow"), ("GARF", "GARF", "Moscow"), ("TsAMO", "TsAMO", "Podolsk"),
    ("RGAE", "RGAE", "Moscow"), ("RGVA", "RGVA", "Moscow"), ("IPN", "IPN", "Warsaw"),
    ("ABS", "ABS", "Prague"), ("ANIC", "ANIC", "Bucharest"), ("TsDA", "TsDA", "Sofia"),
    ("PA AA", "PA AA", "Berlin"), ("Národní archiv", "NA", "Prague"),
    ("LBJ Library", "LBJL", "Austin"), ("Truman Library", "HSTL", "Independence, MO"),
    ("Eisenhower Library", "DDEL", "Abilene, KS"), ("Nixon Library", "RMNL", "Yorba Linda, CA"),
    ("Carter Library", "JCL", "Atlanta"), ("Reagan Library", "RRL", "Simi Valley, CA"),
])
def test_many_archives(archive, abbrev, place):
    rec, _ = parse(f'"Report of the Ministry of Internal Affairs," May 5, 1968, {archive}, '
                   "f. 1, op. 2, d. 3.")
    assert rec["archive"] == abbrev and rec["archive-place"] == place


def test_frus_document():
    rec, _ = parse("Telegram From the Embassy in the Soviet Union to the Department of State, "
                   "Moscow, October 26, 1962, Foreign Relations of the United States, 1961–1963, "
                   "vol. XI, Doc. 65. https://history.state.gov/historicaldocuments/"
                   "frus1961-63v11/d65")
    assert rec["title"] == ("Telegram From the Embassy in the Soviet Union to the Department of "
                            "State")
    assert rec["type"] == LETTER_TYPE
    assert rec["issued"] == {"date-parts": [[1962, 10, 26]]}
    assert rec["source"] == "Foreign Relations of the United States"
    assert rec["custom"]["locator"] == {"volume": "XI", "document": "65"}
    assert rec["URL"] == "https://history.state.gov/historicaldocuments/frus1961-63v11/d65"


def test_national_security_archive_source():
    rec, _ = parse('"Memorandum for the Record," October 27, 1962, National Security Archive, '
                   "JFK Library, NSF, Box 313. Contributed by Malcolm Byrne.")
    assert rec["source"] == "National Security Archive" and rec["archive"] == "JFKL"
    assert rec["contributor"] == [{"family": "Byrne", "given": "Malcolm"}]


def test_obtained_and_translated():
    rec, _ = parse('"Ciphered Telegram from Ambassador Alekseev to the Foreign Ministry," '
                   "October 28, 1962, Wilson Center Digital Archive, AVP RF. Obtained and "
                   "translated by Svetlana Savranskaya for the National Security Archive.")
    assert rec["type"] == LETTER_TYPE
    assert rec["translator"] == [{"family": "Savranskaya", "given": "Svetlana"}]
    assert rec["contributor"] == rec["translator"]


def test_obtained_by_organisation():
    rec, _ = parse('"Note on the Meeting," March 3, 1969, Wilson Center Digital Archive, TsDA, '
                   "f. 1-B, op. 58, a.e. 18. Obtained by the Cold War International History "
                   "Project.")
    assert rec["archive"] == "TsDA"
    assert rec["contributor"] == [{"literal": "the Cold War International History Project"}]


def test_translated_for_cwihp():
    rec, _ = parse('"Protocol No. 107 of the CPSU CC Presidium," July 2, 1963, Wilson Center '
                   "Digital Archive, RGANI, f. 3, op. 16, d. 947. Translated for CWIHP by Gary "
                   "Goldberg.")
    assert rec["translator"] == [{"family": "Goldberg", "given": "Gary"}]


def test_several_translators():
    rec, _ = parse('"Memorandum of Conversation," May 2, 1965, RGANI, f. 5, op. 50, d. 696, '
                   "ll. 1-4. Translated by Sergey Radchenko and Charles Kraus.")
    assert [n["family"] for n in rec["translator"]] == ["Radchenko", "Kraus"]


def test_month_only_circa_and_undated():
    rec, _ = parse('"Draft Resolution," ca. 1962, RGANI, f. 3, op. 16, d. 1.')
    assert rec["issued"] == {"date-parts": [[1962]], "circa": True}
    rec, _ = parse('"Draft Resolution," March 1962, RGANI, f. 3, op. 16, d. 1.')
    assert rec["issued"] == {"date-parts": [[1962, 3]]}
    rec, warnings = parse('"Draft Resolution," n.d., RGANI, f. 3, op. 16, d. 1.')
    assert "issued" not in rec and not any(f == "issued" for f, _ in warnings)


def test_date_range():
    rec, _ = parse('"Minutes of the Warsaw Pact Meeting," December 3-5, 1962, SAPMO-BArch, '
                   "DY 30/3386.")
    assert rec["issued"] == {"date-parts": [[1962, 12, 3], [1962, 12, 5]]}


def test_markdown_title_and_link():
    rec, _ = parse('*"Letter from Kennedy to Khrushchev"*, October 27, 1962, Wilson Center '
                   "Digital Archive, [link](https://digitalarchive.wilsoncenter.org/document/"
                   "114501)")
    assert rec["title"] == "Letter from Kennedy to Khrushchev"
    assert rec["URL"] == WILSON.format(114501)


def test_curly_quotes_and_comma_inside():
    rec, _ = parse("“Letter from Fidel Castro to Khrushchev,” October 26, 1962, Wilson Center "
                   "Digital Archive.")
    assert rec["title"] == "Letter from Fidel Castro to Khrushchev"
    assert rec["author"] == [{"family": "Castro", "given": "Fidel"}]


def test_unquoted_title():
    rec, _ = parse("Letter from Khrushchev to Kennedy, October 26, 1962, AVP RF, f. 0100.")
    assert rec["title"] == "Letter from Khrushchev to Kennedy"
    assert rec["custom"]["locator"] == {"fond": "0100"}


def test_legacy_wilson_url_rewritten():
    rec, _ = parse('"Protocol No. 1," May 1, 1960, RGANI. http://digitalarchive.wilsoncenter.org/'
                   "document/115111")
    assert rec["URL"] == WILSON.format(115111)
    assert rec["custom"]["url-original"] == ("http://digitalarchive.wilsoncenter.org/document/"
                                             "115111")


def test_folio_list():
    rec, _ = parse('"Protocol No. 1," May 1, 1960, RGANI, f. 3, op. 14, d. 1, ll. 1, 5-7.')
    assert rec["custom"]["locator"]["folios"] == "1, 5–7"
    assert rec["archive_location"] == "f. 3, op. 14, d. 1, ll. 1, 5–7"


def test_locator_without_commas():
    rec, _ = parse('"Protocol No. 1," May 1, 1960, RGANI f. 3 op. 14 d. 1 ll. 1-2.')
    assert rec["custom"]["locator"] == {"fond": "3", "opis": "14", "delo": "1", "folios": "1–2"}


def test_original_language_stated():
    rec, _ = parse('"Letter from Gomułka to Khrushchev," July 8, 1958, AAN, KC PZPR. '
                   "Original in Polish. Translated by Margaret Gnoinska.")
    assert rec["custom"]["original-language"] == "pl" and rec["language"] == "en"


def test_accessed_date():
    rec, _ = parse('"Protocol No. 1," May 1, 1960, RGANI. Accessed March 3, 2021. '
                   "https://digitalarchive.wilsoncenter.org/document/115111")
    assert rec["accessed"] == {"date-parts": [[2021, 3, 3]]}
    assert rec["issued"] == {"date-parts": [[1960, 5, 1]]}


def test_garbled_gives_warnings():
    result = parse_archival('"Protocol No. 1," RGANI, f. 3, op. 14, blah blah, d. 1')
    assert result.record["archive"] == "RGANI"
    fields = {f for f, _ in result.warnings}
    assert "issued" in fields and "text" in fields


def test_missing_archive_warns():
    result = parse_archival('"Letter from Kennedy to Khrushchev," October 22, 1962, Wilson Center '
                            "Digital Archive.")
    assert result.record["source"] == "Wilson Center Digital Archive"
    assert ("archive", "no holding archive recognised") in result.warnings


@pytest.mark.parametrize("text", ["", "   ", "hello world", "December 3, 1962",
                                  "The weather was fine.", "12345", "!!!", "Mark Kramer"])
def test_not_a_citation(text):
    assert parse_archival(text).record is None


def test_non_string_input():
    assert parse_archival(None).record is None  # type: ignore[arg-type]


def test_avp_rf_poriadkovyi_and_papka():
    rec, warnings = parse('"Record of Conversation between Soviet Ambassador to the GDR M. G. '
                          'Pervukhin and W. Ulbricht," October 12, 1960, History and Public '
                          "Policy Program Digital Archive, AVP RF, f. 0742, op. 5, por. 36, "
                          "pap. 41, ll. 1-5. Translated for CWIHP by Hope M. Harrison.")
    assert warnings == []
    assert rec["source"] == "Wilson Center Digital Archive"
    assert rec["custom"]["locator"] == {"fond": "0742", "opis": "5", "folder": "41", "item": "36",
                                        "folios": "1–5"}
    assert rec["custom"]["participants"] == [{"family": "Pervukhin", "given": "M. G."},
                                             {"family": "Ulbricht", "given": "W."}]


def test_chinese_file_with_pages():
    rec, warnings = parse("\"Cable from the Chinese Embassy in the Soviet Union, 'Khrushchev's "
                          "Speech',\" March 22, 1958, History and Public Policy Program Digital "
                          "Archive, PRC FMA 109-00833-03, 19-21. Translated by Neil Silver.")
    assert warnings == []
    assert rec["author"] == [{"literal": "Chinese Embassy in the Soviet Union"}]
    assert rec["custom"]["locator"] == {"file": "109-00833-03", "page": "19–21"}
    assert rec["archive_location"] == "File 109-00833-03, pp. 19–21"


def test_frus_volume_years_are_not_the_date():
    rec, _ = parse("Memorandum of Conversation, Washington, October 18, 1962, 5 p.m., FRUS, "
                   "1961–1963, vol. XI, Doc. 29.")
    assert rec["issued"] == {"date-parts": [[1962, 10, 18]]}
    assert rec["source"] == "Foreign Relations of the United States"
    assert rec["custom"]["locator"] == {"volume": "XI", "document": "29"}


def test_two_credits_joined_by_and():
    rec, warnings = parse('"Letter," May 1, 1960, RGANI, f. 5, op. 30, d. 1. Obtained by Mark '
                          "Kramer and translated by Gary Goldberg.")
    assert rec["contributor"] == [{"family": "Kramer", "given": "Mark"}]
    assert rec["translator"] == [{"family": "Goldberg", "given": "Gary"}]
    assert not [w for w in warnings if w[0] == "text"]
    rec, _ = parse('"Letter," May 1, 1960, RGANI. Translated by Ann Smith and Bo Li.')
    assert rec["translator"] == [{"family": "Smith", "given": "Ann"},
                                 {"family": "Li", "given": "Bo"}]


def test_place_after_the_archive_and_translation_by():
    rec, warnings = parse('"Telegram from Gromyko to the CC CPSU", October 20, 1962, Wilson Center '
                          "Digital Archive, AVP RF, Moscow; translation by Mark H. Doctoroff.")
    assert "archive_collection" not in rec and rec["archive-place"] == "Moscow"
    assert rec["translator"] == [{"family": "Doctoroff", "given": "Mark H."}]


def test_quoted_part_at_the_end_of_a_title_keeps_its_closing_quote():
    rec, _ = parse('"Cable from the Embassy, \'Soviet Reactions\'", ca. 1960, PRC FMA '
                   "109-00940-02.")
    assert rec["title"] == "Cable from the Embassy, 'Soviet Reactions'"
    rec, _ = parse('"Report on ‘Operation Anadyr’", May 1, 1960, RGANI, f. 3.')
    assert rec["title"] == "Report on ‘Operation Anadyr’"


def test_nara_rg59_series_with_years_and_decimal_or_subject_files():
    rec, warnings = parse("NARA, RG 59, Central Decimal File 1960-63, 611.61/10-2762, Box 1234.")
    assert rec["custom"]["locator"] == {"record-group": "59", "box": "1234",
                                        "series": "Central Decimal File 1960-63",
                                        "file": "611.61/10-2762"}
    rec, warnings = parse('"Telegram," May 1, 1962, NARA, RG 59, Central Foreign Policy Files '
                          "1964-66, POL 27 VIET S.")
    assert rec["issued"] == {"date-parts": [[1962, 5, 1]]}  # not the series' years
    assert rec["custom"]["locator"]["file"] == "POL 27 VIET S"
    assert not [w for w in warnings if w[0] == "text"]


def test_a_body_named_by_acronyms_is_no_person():
    rec, _ = parse('"Ciphered Telegram from Soviet Ambassador to Cuba Alekseev to USSR MFA", '
                   "October 23, 1962, AVP RF, f. 059.")
    assert rec["author"] == [{"family": "Alekseev"}]
    assert rec["recipient"] == [{"literal": "USSR MFA"}]


def test_hungarian_number_first_labels():
    rec, warnings = parse('"Report," 1962, MNL OL, XIX-J-1-j, 3. doboz, 12. tétel.')
    assert rec["custom"]["locator"] == {"file": "XIX-J-1-j", "box": "3", "item": "12"}
    assert not [w for w in warnings if w[0] == "text"]
