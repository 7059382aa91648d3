"""English note shapes: author-date references with names in reading order, and other forms of
music-history, legal-history and archaeology notes."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_author_date_reference_with_names_in_reading_order():
    c = one("4. Margaret Holloway. 1987. The Harbour Towns of Wessex. Bristol: Redcliffe Press.")
    r = c.record
    assert r["type"] == "book"
    assert r["author"] == [{"family": "Holloway", "given": "Margaret"}]
    assert r["issued"] == {"date-parts": [[1987]]}
    assert r["title"] == "The Harbour Towns of Wessex"
    assert (r["publisher-place"], r["publisher"]) == ("Bristol", "Redcliffe Press")


def test_author_date_reference_by_two_authors_in_reading_order_keeps_a_title_with_a_full_stop():
    r = one("7. Hall and Hall. 1998. Stone Circles. A Field Guide. Oxford: Oxbow Books.").record
    assert r["author"] == [{"family": "Hall"}, {"family": "Hall"}]
    assert r["title"] == "Stone Circles. A Field Guide"
    assert r["publisher"] == "Oxbow Books"


def test_journal_by_roman_volume_then_issue_after_a_quoted_title():
    c = one("4 Harding, Alan, ‘The origins of the crime of conspiracy’, Law Quarterly Review, XXXIII, II (1959), "
            "71–92.")
    r = c.record
    assert r["type"] == "article-journal"
    assert r["container-title"] == "Law Quarterly Review"
    assert (r["volume"], r["issue"]) == ("XXXIII", "II")
    assert r["title"] == "The origins of the crime of conspiracy"
    assert c.locator == "71–92"


def test_journal_by_roman_volume_then_arabic_issue():
    r = one("8 Baker, J. H., ‘The changing concept of a court’, Cambridge Law Journal, IV, 2 (1972), 1–20, at p. 5.").record
    assert (r["container-title"], r["volume"], r["issue"]) == ("Cambridge Law Journal", "IV", "2")


def test_editors_named_in_a_word_after_the_names():
    c = one("5. Ruth Halle and Peter Marsh, editors, Music and Rhetoric in the Age of Reason: Selected Writings "
            "(Oxford: Clarendon Press, 1999), p. 41.")
    r = c.record
    assert r["editor"] == [{"family": "Halle", "given": "Ruth"}, {"family": "Marsh", "given": "Peter"}]
    assert "author" not in r
    assert r["title"] == "Music and Rhetoric in the Age of Reason: Selected Writings"
    assert c.locator == "41"


def test_reprinted_from_is_a_cue_before_the_source():
    c = one("3. Reprinted from Helen Ward, Melody and Phrase (Boston: Ginn, 1961), 88-89.")
    assert c.record["author"] == [{"family": "Ward", "given": "Helen"}]
    assert c.record["title"] == "Melody and Phrase"
    assert c.locator == "88–89"


def test_abbreviated_work_by_roman_volume_and_page_is_a_short_form():
    c = one("9 III Inst. 112.")
    assert c.record == {"title": "Inst.", "volume": "III"}
    assert (c.locator, c.label) == ("112", "page")


def test_regnal_year_statute_is_not_a_work_but_the_short_form_after_it_is():
    cites = parse_note("12 13 Geo. III, c. 21; II Inst. 46–7.")
    assert len(cites) == 1
    assert cites[0].record == {"title": "Inst.", "volume": "II"}
    assert cites[0].locator == "46–7"


def test_and_after_a_page_list_with_and_opens_the_next_work():
    cites = parse_note("3 See Pollock, F., The land laws (London, 1883), pp. 12–14 and 90 and Williams, J., "
                       "Principles of the law of real property (London, 1845), pp. 3–5.")
    assert [c.record["author"][0]["family"] for c in cites] == ["Pollock", "Williams"]
    assert [c.locator for c in cites] == ["12–14 and 90", "3–5"]


def test_dictionary_entry_after_a_full_imprint_is_a_chapter_titled_by_its_headword():
    c = one("14 Anne Rowe, Grove Dictionary of Instruments (London: Macmillan, 1984), s.v. “serpent.”")
    r = c.record
    assert r["type"] == "chapter"
    assert (r["title"], r["container-title"]) == ("serpent", "Grove Dictionary of Instruments")
    assert r["publisher"] == "Macmillan"


def test_dictionary_entry_after_a_short_form_stays_a_short_form():
    c = one("F. Preisigke, Wörterbuch, s.v. ἀπαιτητής")
    assert c.record == {"author": [{"family": "Preisigke", "given": "F."}], "title": "Wörterbuch"}


def test_english_short_form_with_a_subtitle_is_not_an_inverted_name():
    c = one("31. Solomon,\nMozart: A Life\n, 214.")
    assert c.record == {"author": [{"family": "Solomon"}], "title": "Mozart: A Life"}
    assert c.locator == "214"


def test_german_inverted_name_before_a_colon_still_reads_as_a_name():
    c = one("Weber, Karl: Die Zünfte, S. 45.")
    assert c.record["author"] == [{"family": "Weber", "given": "Karl"}]
    assert c.record["title"] == "Die Zünfte"


def test_short_form_with_a_quoted_title_and_page_ends_before_the_prose_sentence():
    cites = parse_note("19. Tovey, “Sonata Forms,” 41. In the sketches the theme was first in the minor.")
    assert len(cites) == 1
    assert cites[0].record == {"author": [{"family": "Tovey"}], "title": "Sonata Forms"}
    assert cites[0].locator == "41"


def test_prose_after_a_short_forms_page_is_not_part_of_it():
    c = one("14. See Ratner, p. 96-7 for an example of the cadence.")
    assert c.record == {"author": [{"family": "Ratner"}]}
    assert c.locator == "96–7"
    cites = parse_note("22. Kerman,\nQuartets\n, 58. Rosen,\nClassical Style\n, 112, cites Tovey saying that the "
                       "finale was written last.")
    assert [c.record["title"] for c in cites] == ["Quartets", "Classical Style"]
    assert cites[1].locator == "112"


def test_see_further_cues_a_journal_cited_by_roman_volume_and_issue():
    c = one("3 The ditch was recut in the fourth century; see further Antiquaries Journal xii 2 (1932), 41–3.")
    r = c.record
    assert (r["container-title"], r["volume"], r["issue"]) == ("Antiquaries Journal", "xii", "2")
    assert r["issued"] == {"date-parts": [[1932]]}
    assert c.locator == "41–3"


def test_volume_written_out_in_a_chapters_book_title():
    c = one("5 Mary Hale, 'The Dominions at War' in Peter Lane and Ann Cole (eds), The Oxford History of "
            "the Commonwealth: Volume III- The Interwar Years (Oxford, 2001), pp. 12-30.")
    r = c.record
    assert r["type"] == "chapter"
    assert r["container-title"] == "The Oxford History of the Commonwealth"
    assert (r["volume"], r["volume-title"]) == ("III", "The Interwar Years")
    assert r["editor"][0]["family"] == "Lane"


def test_author_date_references_in_a_cued_parenthesis_after_prose():
    cites = parse_note("6. Survey data may be recorded in many other ways besides the written site diary "
                       "(see Carver 1990; Barker and Lloyd 1991; Tilley 1994).")
    assert [c.record for c in cites] == [
        {"author": [{"family": "Carver"}], "issued": {"date-parts": [[1990]]}},
        {"author": [{"family": "Barker"}, {"family": "Lloyd"}], "issued": {"date-parts": [[1991]]}},
        {"author": [{"family": "Tilley"}], "issued": {"date-parts": [[1994]]}},
    ]


def test_author_date_reference_after_q_v():
    cites = parse_note("2. The histories tell mostly of the careers of a few famous excavators and their patrons "
                       "(q.v. Bahn 1996). Others are seldom named.")
    assert [c.record for c in cites] == [{"author": [{"family": "Bahn"}], "issued": {"date-parts": [[1996]]}}]


def test_a_few_words_of_prose_and_a_comma_before_the_author_are_not_part_of_the_citation():
    c = one("5. in general, H. Mayer, ‘The Orders’, The Military Orders (London 1994), pp. 3–9.")
    assert c.record["author"] == [{"family": "Mayer", "given": "H."}]
    assert c.record["title"] == "The Orders"


def test_esp_after_an_articles_pages_marks_the_pages_meant():
    c = one("2. R. Hill, ‘The Papacy and the East’, Journal of Medieval History, 12 (1986), 30–52, esp. 41–3, 50.")
    assert c.record["page"] == "30–52"
    assert c.locator == "41–3, 50"


def test_and_to_a_lesser_extent_joins_two_works():
    cites = parse_note("4 Clark, Peter, English provincial society (Hassocks, 1977), and to a lesser extent "
                       "Fletcher, Anthony, A county community in peace and war (London, 1975), are the exceptions.")
    assert [c.record["author"][0]["family"] for c in cites] == ["Clark", "Fletcher"]
    assert cites[1].record["title"] == "A county community in peace and war"


def test_front_matter_by_another_hand_is_a_chapter_of_the_book():
    c = one("8. See the Foreword by J. H. Plumb to Edward Gibbon, Memoirs of My Life (Penguin Books, 1984), p. ix.")
    r = c.record
    assert r["type"] == "chapter"
    assert r["title"] == "Foreword"
    assert r["author"] == [{"family": "Plumb", "given": "J. H."}]
    assert r["container-title"] == "Memoirs of My Life"
    assert r["container-author"] == [{"family": "Gibbon", "given": "Edward"}]
    assert c.locator == "ix"


def test_an_ancient_works_own_date_in_brackets_after_the_editions_year():
    c = one("Seneca, Moral Essays, trans. J. W. Basore (London: William Heinemann, 1928 [c. 50 AD]), 12.")
    r = c.record
    assert r["type"] == "book"
    assert r["issued"] == {"date-parts": [[1928]]}
    assert (r["publisher-place"], r["publisher"]) == ("London", "William Heinemann")
    assert r["title"] == "Moral Essays"
    assert c.locator == "12"


def test_next_note_run_in_after_a_year_in_parentheses():
    cites = parse_note("7. See A. Jones, The Later Roman Empire (1964)8. P. Brown, The World of Late Antiquity (1971).")
    assert [c.record["author"][0]["family"] for c in cites] == ["Jones", "Brown"]
    assert [c.record["issued"] for c in cites] == [{"date-parts": [[1964]]}, {"date-parts": [[1971]]}]


def test_an_imprint_whose_year_ocr_misread_still_closes_a_book():
    c = one("4. See R. Collins, Early Medieval Europe, 300-1000: A History of the Western World (2oo8), p. 77.")
    assert c.record == {"author": [{"family": "Collins", "given": "R."}], "type": "book",
                        "title": "Early Medieval Europe, 300-1000: A History of the Western World"}
    assert c.locator == "77"
    r = one("5. J. Smith, The Frontier (London: Penguin, l998), p. 12.").record
    assert (r["publisher-place"], r["publisher"], "issued" in r) == ("London", "Penguin", False)


def test_a_list_of_three_editors_after_ed_and_a_back_link():
    c = one("5. J. Hale, \"The Guild,\" in The Town , ed. A. Lee, B. Moss, and C. D. Wren (Ithaca: Cornell "
            "University Press, 1980), 11-30. [BACK]")
    r = c.record
    assert [n["family"] for n in r["editor"]] == ["Lee", "Moss", "Wren"]
    assert r["container-title"] == "The Town"
    assert (r["publisher"], c.locator) == ("Cornell University Press", "11–30")


def test_topic_label_before_an_author_date_reference_and_more_pages_after_a_semicolon():
    cites = parse_note("Bribery: Lintott 1990: 1-16; 40-2; Mouritsen 2001.")
    assert cites[0].record == {"author": [{"family": "Lintott"}], "issued": {"date-parts": [[1990]]}}
    assert cites[0].locator == "1–16; 40–2"
    assert cites[1].record == {"author": [{"family": "Mouritsen"}], "issued": {"date-parts": [[2001]]}}
    assert len(cites) == 2


def test_law_review_style_chapter_first_page_then_pinpoint():
    c = one("3. H. Hart, “Positivism and the Separation of Law,” in Hart, Essays in Jurisprudence 49, 52-53 (1983).")
    r = c.record
    assert (r["type"], r["container-title"], r["page"]) == ("chapter", "Essays in Jurisprudence", "49")
    assert c.locator == "52–53"


def test_page_after_a_chapters_editors_before_the_imprint():
    c = one("2. Ito Jun, “Kaikin,” in Kinsei Nihon 3: Taigai Kankei, eds. Sato Ken and Ono Mai, 57 "
            "(Tokyo: Iwanami, 2001).")
    r = c.record
    assert r["container-title"] == "Kinsei Nihon 3: Taigai Kankei"
    assert len(r["editor"]) == 2
    assert c.locator == "57"


def test_edition_inside_the_imprint_parenthesis():
    c = one("4 A. Hale and B. Ross, Opera in Context: A Reader (3rd ed., Boston, MA: Wadsworth, 2011) pp. 20–24.")
    r = c.record
    assert r["edition"] == "3"
    assert (r["publisher-place"], r["publisher"], r["issued"]) == ("Boston, MA", "Wadsworth", {"date-parts": [[2011]]})
    assert r["title"] == "Opera in Context: A Reader"
    assert c.locator == "20–24"


def test_pages_inside_the_imprint_parenthesis():
    c = one("5 The Verdi Companion, ed. Mary Lane (London: Gollancz, 1979, pp. 101–4,)")
    r = c.record
    assert (r["type"], r["title"], r["publisher"]) == ("book", "The Verdi Companion", "Gollancz")
    assert c.locator == "101–4"


def test_a_chapter_cited_ends_the_citation_before_the_next_sentence():
    cites = parse_note("1. D. Hume, The History of England, Vol. 2, (1762), ch. 23. The passage is quoted in "
                       "many later histories of the reign.")
    assert len(cites) == 1
    r = cites[0].record
    assert r["title"] == "The History of England"
    assert r["issued"] == {"date-parts": [[1762]]}
    assert (cites[0].locator, cites[0].label) == ("23", "chapter")


def test_a_page_then_and_chapter_keeps_the_page_as_locator():
    c = one("Ann Bell, The Crown and the Towns (Oxford: Clarendon Press, 1990), 88, and ch. 3.")
    assert (c.locator, c.label) == ("88", "page")


def test_a_seminar_paper_series_makes_a_report():
    c = one("12 Mary Lowe, 'Empire Trade and the Dominions, 1925-1931', Institute of Historical Research "
            "Seminar Paper (1974), p. 9.")
    r = c.record
    assert r["type"] == "report"
    assert r["collection-title"] == "Institute of Historical Research Seminar Paper"
    assert r["issued"] == {"date-parts": [[1974]]}
    assert "container-title" not in r


def test_author_date_short_form_with_the_name_inverted():
    c = one("14. Douglass, Frederick Bailey 1845, 61.")
    assert c.record == {"author": [{"family": "Douglass", "given": "Frederick Bailey"}],
                        "issued": {"date-parts": [[1845]]}}
    assert c.locator == "61"


def test_taken_from_cues_the_source_and_two_people_share_a_surname():
    c = one("9. The figures are taken from Government of Ruritania, Census of Population, 1950, vol. 2 "
            "(Strelsau: Ministry of Planning, 1952), 14.")
    assert c.record["author"] == [{"literal": "Government of Ruritania"}]
    assert c.record["title"] == "Census of Population, 1950"
    c = one("1. A letter of 1190, taken from R. and C. H. Brooke, Popular Religion (London, 1984), pp. 3–5.")
    assert c.record["author"] == [{"family": "Brooke", "given": "R."}, {"family": "Brooke", "given": "C. H."}]


def test_edition_and_year_alone_in_the_parenthesis():
    c = one("5. See P. Salway, Roman Britain (2nd edn, 1993), p. 41.")
    r = c.record
    assert (r["type"], r["edition"], r["issued"]) == ("book", "2", {"date-parts": [[1993]]})
    assert c.locator == "41"


def test_note_number_read_as_i_and_a_hyphen_after_the_last_page():
    c = one("i. R. Lane (ed.), The Letters of Horace Walpole (1903), p. 118-")
    r = c.record
    assert r["editor"] == [{"family": "Lane", "given": "R."}]
    assert r["title"] == "The Letters of Horace Walpole"
    assert c.locator == "118"


def test_an_empty_slot_after_in_left_by_a_lost_link():
    c = one("4 Hill, Christopher, ‘The norman yoke’, in , Hill, Puritanism and revolution (London, 1958), ch. 3.")
    r = c.record
    assert (r["type"], r["container-title"]) == ("chapter", "Puritanism and revolution")
    assert r["container-author"] == [{"family": "Hill"}]


def test_a_volume_then_front_matter_pages_and_a_siglum_for_a_title():
    c = one("2. See also PTJ, 2:xiv-xvi.")
    assert c.record == {"title": "PTJ", "volume": "2"}
    assert c.locator == "xiv–xvi"
    c = one("3. Adams, Papers, 1:lxxvi.")
    assert c.record == {"author": [{"family": "Adams"}], "title": "Papers", "volume": "1"}
    assert c.locator == "lxxvi"
    assert one("4. LYNN, p. 45.").record == {"author": [{"family": "Lynn"}]}


def test_pages_after_a_question_mark_outside_the_closing_quote():
    c = one("65 Marder, ‘Navy or Nation’? 112–14.")
    assert c.record == {"author": [{"family": "Marder"}], "title": "Navy or Nation"}
    assert c.locator == "112–14"


def test_short_forms_set_off_by_a_comma_and_a_titles_is_is_no_cue():
    cites = parse_note("66 Hale, The Fleet Is Sailing, 55–7,\nLane and Cole, The Dominions at Sea, 15.")
    assert [c.record for c in cites] == [
        {"author": [{"family": "Hale"}], "title": "The Fleet Is Sailing"},
        {"author": [{"family": "Lane"}, {"family": "Cole"}], "title": "The Dominions at Sea"},
    ]
    assert [c.locator for c in cites] == ["55–7", "15"]


def test_a_title_with_in_before_the_page_is_no_prose_lead():
    c = one("12. The Planter in Maryland, 88.")
    assert c.record == {"title": "The Planter in Maryland"}
    assert c.locator == "88"
    assert one("See the discussion in Hale, Bread, 45.").record == {"author": [{"family": "Hale"}], "title": "Bread"}
