"""English note shapes met in the tenth gathering's dev notes: a citation after 'Ibid.', roles
named after the name, medical-journal order, legal cases, bare web addresses and the like."""

import pytest

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_a_citation_after_ibid_and_its_page_is_read():
    cites = parse_note("7. Ibid., 22. See also Ann Dale, Town and County (London: Methuen, 1980), 7–9.")
    assert cites[0].ibid and cites[0].locator == "22"
    assert cites[1].record["title"] == "Town and County" and cites[1].locator == "7–9"


def test_prose_after_ibid_gives_no_record():
    cites = parse_note("7. Ibid., 22. The figures for the later census were much the same in every district.")
    assert len(cites) == 1 and cites[0].ibid


@pytest.mark.parametrize("role, field", [("trans.", "translator"), ("ed.", "editor")])
def test_a_role_written_after_the_name(role, field):
    c = one(f"Plutarch, Lives of the Noble Romans, Mary Ann Hale, {role} (London: Bell, 1876), p. 23.")
    assert c.record["title"] == "Lives of the Noble Romans"
    assert c.record[field] == [{"family": "Hale", "given": "Mary Ann"}]
    assert c.record["author"] == [{"family": "Plutarch"}]


@pytest.mark.parametrize("note, volume, issue, pages", [
    ("A. Hale, ‘The plague of Athens’, Hist. Sci., 1981, 19: 209–25.", "19", None, "209–25"),
    ("A. Hale, ‘Dental pulp’, Int. J. Infect. Dis., 2007, 11 (3): 206–14.", "11", "3", "206–14"),
])
def test_journal_year_then_volume_as_science_journals_print_it(note, volume, issue, pages):
    c = one(note)
    assert c.record["type"] == "article-journal"
    assert c.record["volume"] == volume and c.record.get("issue") == issue
    assert c.record["issued"] == {"date-parts": [[int(note.split(", ")[-2][:4])]]}
    assert c.locator == pages


def test_journal_year_in_parentheses_then_volume_and_the_page_meant():
    c = one("Hale, Mary, ‘The spread of printing’, Science (1968), 157, 611–22, on 613.")
    assert c.record["author"] == [{"family": "Hale", "given": "Mary"}]
    assert (c.record["container-title"], c.record["volume"], c.record["page"]) == ("Science", "157", "611–22")
    assert c.locator == "613"


def test_a_book_with_a_year_only_imprint_and_two_pages_stays_a_book():
    c = one("J. Smith, The Book (1990), 12, 45–46.")
    assert c.record["type"] == "book" and c.locator == "12, 45–46"


def test_a_university_press_named_without_a_town_is_the_publisher():
    c = one("Ann Hale, ‘Plague’, in Kenneth Kiple (ed.), The World History of Disease, "
            "Cambridge University Press, 1993, pp. 934–7.")
    assert c.record["publisher"] == "Cambridge University Press" and "publisher-place" not in c.record


def test_translated_and_edited_in_parentheses_after_the_name():
    c = one("Rosemary Hale (trans. and ed.), The Black Death, Manchester University Press, 1994.")
    assert c.record["editor"] == c.record["translator"] == [{"family": "Hale", "given": "Rosemary"}]
    assert "author" not in c.record and c.record["title"] == "The Black Death"


@pytest.mark.parametrize("state", ["Republic of Kenya", "Great Britain", "United States"])
def test_a_state_named_first_is_the_corporate_author(state):
    c = one(f"{state}, Population Census, 1962, vol. 4 (Nairobi: Government Printer, 1966), 41.")
    assert c.record["author"] == [{"literal": state}]
    assert c.record["title"] == "Population Census, 1962" and c.record["volume"] == "4"


def test_court_cases_in_the_bluebook_form():
    cites = parse_note("See Brown v. Board of Education, 347 U.S. 483, 495 (1954); "
                       "Smith v. Jones, 12 F.3d 45 (2d Cir. 1994).")
    brown, smith = (c.record for c in cites)
    assert brown == {"type": "legal_case", "title": "Brown v. Board of Education", "container-title": "U.S.",
                     "volume": "347", "page": "483", "issued": {"date-parts": [[1954]]}}
    assert cites[0].locator == "495"
    assert smith["container-title"] == "F.3d" and smith["authority"] == "2d Cir."


def test_a_title_with_v_for_versus_inside_prose_is_not_a_case():
    c = one("Ann Hale, Church v. State in Tudor England (London: Methuen, 1990), 12.")
    assert c.record["type"] == "book" and c.record["title"] == "Church v. State in Tudor England"


def test_web_addresses_without_a_scheme_and_their_access_dates():
    c = one("Ann Hale, “Museums Look Inward,” Harvard Gazette, January 17, 2002, "
            "www.example.org/advo/announce.htm (accessed October 29, 2006).")
    assert c.record["URL"] == "www.example.org/advo/announce.htm"
    assert c.record["issued"] == {"date-parts": [[2002, 1, 17]]}
    assert c.record["container-title"] == "Harvard Gazette"


def test_the_same_authors_quoted_article_after_and():
    cites = parse_note("Ann Hale, Strangers (New York: Norton, 2006), and “Whose Culture Is It?” "
                       "New York Review of Books 53 (February 9, 2006): 12.")
    book, article = (c.record for c in cites)
    assert book["title"] == "Strangers" and article["title"] == "Whose Culture Is It?"
    assert article["author"] == book["author"] == [{"family": "Hale", "given": "Ann"}]
    assert article["container-title"] == "New York Review of Books" and article["volume"] == "53"


def test_a_question_inside_a_quoted_title_keeps_the_title_whole():
    c = one("J. Clark, '\"The Strange Death of History?\" Reflections on Scholarship', "
            "Historical Journal, 40: 3 (1997), pp. 787-809.")
    assert c.record["title"] == '"The Strange Death of History?" Reflections on Scholarship'


def test_a_sentence_after_a_short_page_number_is_a_new_sentence():
    cites = parse_note("2. See Ann Hale, The Sanitary Conferences, 1851–1938 (Geneva, 1975), 9–11. The summaries "
                       "of the conferences in 1851, 1859, 1866, and 1874 make fascinating reading.")
    assert len(cites) == 1 and cites[0].record["title"] == "The Sanitary Conferences, 1851–1938"
    assert cites[0].locator == "9–11"


@pytest.mark.parametrize("note", [
    "Die Zeit, 12. März 1956.",
    "Hans Müller, Die Bauern, 2. Aufl., Berlin 1990, S. 4.",
])
def test_a_days_or_editions_number_does_not_end_a_sentence(note):
    assert len(parse_note(note)) == 1


def test_a_text_layers_lost_and_extra_spaces():
    cites = parse_note("6. See Ann Hale and Jo Brossolet,Alexandre Yersin, le vainqueur de la peste(Paris, 1985 ). "
                       "See Jack Moss, “Travels of Yersin, 1890 – 1894 ,”Perspectives in Biology 24\n( 1981 ): 607 – 18.")
    book, article = (c.record for c in cites)
    assert book["title"] == "Alexandre Yersin, le vainqueur de la peste" and book["publisher-place"] == "Paris"
    assert (article["container-title"], article["volume"]) == ("Perspectives in Biology", "24")
    assert cites[1].locator == "607–18"


def test_publishers_is_part_of_a_firms_name():
    c = one("Ann Hale, Port Towns (New Delhi: Munshiram Manoharlal Publishers, 1994), 121.")
    assert c.record["publisher"] == "Munshiram Manoharlal Publishers"


@pytest.mark.parametrize("names, editors", [
    ("Smith, J. (ed.)", [{"family": "Smith", "given": "J."}]),
    ("Smith, J. and Jones, K. (eds.)", [{"family": "Smith", "given": "J."}, {"family": "Jones", "given": "K."}]),
    ("Smith, John (ed.)", [{"family": "Smith", "given": "John"}]),
    ("Kinyatti, M. wa (ed.)", [{"family": "Kinyatti", "given": "M. wa"}]),
])
def test_british_editors_written_family_first(names, editors):
    c = one(f"{names}, The Papers (London, 1987), 2.")
    assert c.record["editor"] == editors and "author" not in c.record
    assert c.record["title"] == "The Papers"


def test_the_edition_inside_an_imprint():
    c = one("M. F. Hale, Permanent Way (Nairobi: East African Railways, 2nd edn 1961), p. 392.")
    assert c.record["edition"] == "2" and c.record["publisher"] == "East African Railways"
    assert c.record["issued"] == {"date-parts": [[1961]]}


def test_a_short_container_title_ending_on_a_year_after_its_editor():
    c = one("Tapti Roy, ‘Rebel Writings’, in Bhattacharya (ed.), Rethinking 1857.")
    assert c.record["container-title"] == "Rethinking 1857" and "issued" not in c.record
    assert c.record["editor"] == [{"family": "Bhattacharya"}]


def test_journal_pages_after_a_colon_end_a_citation_before_prose():
    cites = parse_note("6 Ann Hale and Jo Baker, ‘Dental pulp and typhoid’, Int. J. Infect. Dis., 2006, 10 (3): 206–14. "
                       "The authors’ precise dating of the grave depends on an account. Cf. also Antoine, The Plague, p. 112.")
    assert cites[0].record["volume"] == "10" and cites[0].locator == "206–14"
    assert cites[1].record["author"] == [{"family": "Antoine"}] and cites[1].locator == "112"


def test_prose_after_an_articles_pages_and_an_author_with_a_bare_initial():
    cites = parse_note("5 Jo Longrigg, ‘The great plague’, Hist. Sci., 1980, 18: 209–25, provides a good survey of "
                       "earlier literature, and is extended by Ann G Carmichael, ‘Plague’, in Kenneth J Kiple (ed.), "
                       "The World History of Disease, Cambridge University Press, 1993, pp. 934–7.")
    assert cites[0].locator == "209–25" and cites[0].record["issued"] == {"date-parts": [[1980]]}
    assert cites[1].record["author"] == [{"family": "Carmichael", "given": "Ann G"}]


def test_further_volumes_of_the_journal_just_named():
    cites = parse_note("10 For previous work see Britannia xii (1981), 315–16; xiii (1982), 329–30; xiv (1983), 281.")
    assert [(c.record["container-title"], c.record["volume"], c.locator) for c in cites] == [
        ("Britannia", "xii", "315–16"), ("Britannia", "xiii", "329–30"), ("Britannia", "xiv", "281")]
    assert cites[2].record["issued"] == {"date-parts": [[1983]]}


def test_a_volume_and_year_after_a_book_is_not_another_volume():
    cites = parse_note("Ann Hale, Towns (London: Methuen, 1980), 12; 14 (1981), 4.")
    assert cites[0].record["type"] == "book"
    assert all(c.record.get("container-title") is None for c in cites)


def test_a_short_form_with_et_al_after_prose():
    c = one("38. The catalog of the collection is reproduced in Johnson et al., The Beethoven Sketchbooks, p. 32.")
    assert c.record == {"author": [{"family": "Johnson"}], "title": "The Beethoven Sketchbooks"} and c.locator == "32"


def test_a_letters_date_after_the_page_is_not_part_of_the_citation():
    c = one("See W. Ph. Hale, ed., Generale Missiven (‘s-Gravenhage: Martinus Nijhoff, 1960), 522: January 4, 1636.")
    assert c.locator == "522" and c.record["issued"] == {"date-parts": [[1960]]}
    assert c.record["publisher"] == "Martinus Nijhoff"


@pytest.mark.parametrize("printed", ["R.C.", "R. C."])
def test_initials_keep_the_spacing_they_were_printed_with(printed):
    c = one(f"{printed} Brown, Robert Laird Borden: A Biography (Toronto, 1975), 8–9.")
    assert c.record["author"] == [{"family": "Brown", "given": printed}]


def test_a_short_form_by_its_editors_with_a_volume_in_small_roman():
    c = one("Rizvi and Bhargava (eds.), Freedom Struggle in Uttar Pradesh, i, 139.")
    assert c.record == {"editor": [{"family": "Rizvi"}, {"family": "Bhargava"}], "volume": "i",
                        "title": "Freedom Struggle in Uttar Pradesh"}
    assert c.locator == "139"


def test_link_text_glued_between_a_citation_and_the_next_sentence():
    c = one("12 cf. Britannia xi (1980), 348.Google ScholarThe remains recorded in the survey are now "
            "recognized as a cellar attached to the south-east corner of the main building.")
    assert (c.record["container-title"], c.record["volume"], c.locator) == ("Britannia", "xi", "348")


def test_an_imprint_with_the_cited_editions_year_then_the_first():
    c = one("M. Hale, Imperial Sunset (Basingstoke, 1987, 1969), 178–82.")
    assert c.record["issued"] == {"date-parts": [[1987]]}
    assert c.record["original-date"] == {"date-parts": [[1969]]} and "publisher" not in c.record


def test_the_first_of_the_month_in_french():
    c = one("Jean Dupont, « Le vote », Le Monde, 1er octobre 1961.")
    assert c.record["type"] == "article-newspaper" and c.record["issued"] == {"date-parts": [[1961, 10, 1]]}


def test_the_first_publication_year_after_a_semicolon():
    c = one("Michel Hale, Discipline, trans. Alan Smith (New York: Vintage Books, 1977; orig. pub. 1975), 200–228.")
    assert c.record["issued"] == {"date-parts": [[1977]]}
    assert c.record["original-date"] == {"date-parts": [[1975]]} and c.record["publisher"] == "Vintage Books"


def test_a_town_named_university_park():
    c = one("Sergei Hale, Superpower (University Park: Pennsylvania State University Press, 2000), 484.")
    assert c.record["publisher-place"] == "University Park"
    assert c.record["publisher"] == "Pennsylvania State University Press"


def test_a_title_opening_on_in_after_the_authors_name():
    c = one("Anatoly Hale, In Confidence: Moscow's Ambassador (New York: Times Books, 1995), 90.")
    assert c.record["type"] == "book" and c.record["title"] == "In Confidence: Moscow's Ambassador"


@pytest.mark.parametrize("note, volume_title", [
    ("Stephen Hale, Stalin, vol. 1, Paradoxes of Power, 1878–1928 (New York: Penguin, 2014), 421.",
     "Paradoxes of Power, 1878–1928"),
    ("Ann Hale, Collected Works, vol. 3, Robert Smith (London, 1990), 4.", None),
])
def test_a_volumes_own_title_after_a_comma(note, volume_title):
    c = one(note)
    assert c.record.get("volume-title") == volume_title and c.record["volume"] in ("1", "3")


def test_a_quoted_title_holding_a_quotation_with_the_comma_inside_both():
    c = one("8. Thomas Hale, \"The 'Feudal Revolution,'\" Past and Present, no. 142 (February 1994): 6–42.")
    assert c.record["title"] == "The 'Feudal Revolution'" and c.record["container-title"] == "Past and Present"


def test_with_a_foreword_by_names_no_part_of_the_title():
    c = one("Georges Hale, The Three Orders, trans. Arthur Smith, with a foreword by Thomas Brown "
            "(Chicago: University of Chicago Press, 1980), 5.")
    assert c.record["title"] == "The Three Orders"
    assert c.record["translator"] == [{"family": "Smith", "given": "Arthur"}]


def test_a_volumes_own_title_after_a_colon_holding_a_comma():
    c = one("See G. Hale, The Foreign Policy of Germany, vol. 2: Starting the War, 1937–1939 (Chicago, 1980).")
    assert c.record["title"] == "The Foreign Policy of Germany" and c.record["volume"] == "2"
    assert c.record["volume-title"] == "Starting the War, 1937–1939"


def test_a_bibliography_entry_whose_given_names_end_on_an_initial():
    c = one("Downing, Brian M. The Military Revolution. Princeton, NJ: Princeton University Press, 1992.")
    assert c.record["author"] == [{"family": "Downing", "given": "Brian M."}]
    assert c.record["title"] == "The Military Revolution"


def test_a_translator_with_the_assistance_of_another():
    c = one("Jürgen Hale, The Public Sphere, trans. Thomas Burger with the assistance of Frederick Lawrence "
            "(Cambridge, MA: MIT Press, 1989), 27.")
    assert c.record["translator"] == [{"family": "Burger", "given": "Thomas"},
                                      {"family": "Lawrence", "given": "Frederick"}]


def test_a_quotation_inside_an_unmarked_transliterated_title():
    c = one("Iu. V. Hale, Khrushchevskaia \"ottepel'\" i obshchestvennye nastroeniia (Moscow: ROSSPEN, 2004), 88.")
    assert c.record["author"] == [{"family": "Hale", "given": "Iu. V."}]
    assert c.record["title"] == "Khrushchevskaia \"ottepel'\" i obshchestvennye nastroeniia"


def test_page_keyed_endnotes_with_topic_labels():
    cites = parse_note("p. 21. Games: Augustine, Confessions, trans. H. Chadwick (Oxford, 1991), 6.8. "
                       "Banning by Constantine: Jones, Later Roman Empire, p. 977.")
    assert cites[0].record["author"] == [{"family": "Augustine"}]
    assert cites[0].record["title"] == "Confessions"


def test_a_us_state_code_after_the_town_and_an_untitled_chapter():
    c = one("E. Lo Hale, in W. V. Harris (ed.), The Transformations of Rome (Portsmouth, RI, 1999), pp. 163-82.")
    assert c.record["publisher-place"] == "Portsmouth, RI" and "publisher" not in c.record
    assert c.record["author"] == [{"family": "Hale", "given": "E.", "non-dropping-particle": "Lo"}]
    assert c.record["type"] == "chapter" and "title" not in c.record


def test_four_initials_before_a_surname_are_a_person():
    c = one("J. H. W. G. Hale, The Decline of the Ancient City (Oxford, 2001).")
    assert c.record["author"] == [{"family": "Hale", "given": "J. H. W. G."}]


def test_a_chapter_in_a_book_cited_by_its_editors_short_form():
    c = one("R. Lim, in Harris, Transformations, pp. 265-81, at pp. 271 - 5.")
    assert c.record["type"] == "chapter" and c.record["editor"] == [{"family": "Harris"}]
    assert c.record["container-title"] == "Transformations" and c.record["page"] == "265–81"
    assert c.locator == "271–5"


def test_british_eds_without_a_stop_and_a_volume_with_its_own_title_in_the_container():
    c = one("See H.J. Hale, ‘Byzantine Law’, in The Cambridge Medieval History, IV: The Byzantine Empire, "
            "eds J.M. Hussey, D.M. Nicol and G. Cowan (Cambridge: Cambridge University Press, 1967), p. 62.")
    assert c.record["container-title"] == "The Cambridge Medieval History"
    assert (c.record["volume"], c.record["volume-title"]) == ("IV", "The Byzantine Empire")
    assert [n["family"] for n in c.record["editor"]] == ["Hussey", "Nicol", "Cowan"]


def test_a_book_and_chapter_number_closes_a_citation():
    cites = parse_note("p. 21. Games: Augustine, Confessions, trans. H. Chadwick (Oxford, 1991), 6.8. "
                       "Banning by Constantine: Jones, Later Roman Empire, p. 977.")
    assert [c.record.get("title") for c in cites] == ["Confessions", "Later Roman Empire"]
    assert cites[1].locator == "977"


def test_esp_before_a_labelled_chapter_keeps_the_chapter():
    c = one("See Ann Hale, Self-Fashioning (Chicago: University of Chicago Press, 1980), esp. chap. 1.")
    assert (c.locator, c.label) == ("1", "chapter")
