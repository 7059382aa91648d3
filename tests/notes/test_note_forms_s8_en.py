"""English note shapes: journal volumes before a year range, subtitles that open with 'Is', and other forms of
notes on Soviet and Ukrainian history."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_volume_before_a_year_range_with_a_one_digit_second_year():
    c = one("5. Hennadii Boriak, ‘Sources and Resources on the Famine in Ukraine’s Archival System’, Harvard Ukrainian "
            "Studies 27 (2004–5), 117–47.")
    r = c.record
    assert r["type"] == "article-journal"
    assert (r["container-title"], r["volume"]) == ("Harvard Ukrainian Studies", "27")
    assert r["issued"] == {"date-parts": [[2004], [2005]]}
    assert c.locator == "117–47"


def test_subtitle_opening_with_is_stays_in_the_title():
    c = one("6. Andrea Graziosi, ‘The Soviet 1931–1933 Famines and the Ukrainian Holodomor: Is a New Interpretation "
            "Possible, and What Would Its Consequences Be?’, Harvard Ukrainian Studies 27, no. 1/4 (2004), 100.")
    r = c.record
    assert r["author"] == [{"family": "Graziosi", "given": "Andrea"}]
    assert r["title"].startswith("The Soviet 1931–1933 Famines and the Ukrainian Holodomor: Is a New")
    assert (r["volume"], r["issue"]) == ("27", "1/4")
    assert c.locator == "100"


def test_unmarked_title_holding_quoted_words_before_a_quoted_subtitle():
    cites = parse_note("11. Nikolai Krementsov, Stalinist Science (Princeton, 1997); V. D. Esakov and E. S. Levina, "
                       "Stalinskie “sudy chesti”: “Delo KR” (Moscow, 2005).")
    assert len(cites) == 2
    r = cites[1].record
    assert r["author"] == [{"family": "Esakov", "given": "V. D."}, {"family": "Levina", "given": "E. S."}]
    assert r["title"] == "Stalinskie “sudy chesti”: “Delo KR”"
    assert (r["publisher-place"], r["issued"]) == ("Moscow", {"date-parts": [[2005]]})


def test_available_online_at_before_a_link_is_dropped_and_the_article_stays_an_article():
    c = one("8. O. O. Zakharchenko, ‘Natsysts’ka propahanda pro zlochyny Stalinshchyny naperedodni i na pochatku Druhoï "
            "Svitovoï Viiny’, Naukovyi visnyk Mykolaïvs’koho Derzhavnoho Universytetu, Istorychni nauky 21 (2008), "
            "available online at http://www.nbuv.gov.ua/old_jrn/Soc_Gum/Nvmdu.")
    r = c.record
    assert r["type"] == "article-journal"
    assert r["author"] == [{"family": "Zakharchenko", "given": "O. O."}]
    assert r["title"].startswith("Natsysts’ka propahanda")
    assert r["URL"] == "http://www.nbuv.gov.ua/old_jrn/Soc_Gum/Nvmdu"
    assert r["volume"] == "21"
    assert r["container-title"] == "Naukovyi visnyk Mykolaïvs’koho Derzhavnoho Universytetu, Istorychni nauky"


def test_quoted_word_opening_a_title_that_runs_on_to_a_subtitle():
    r = one("4 Ernest R. May, ‘Lessons’ of the Past: The Use and Misuse of History in American Foreign Policy "
            "(Oxford: Oxford University Press, 1973).").record
    assert r["type"] == "book"
    assert r["title"] == "‘Lessons’ of the Past: The Use and Misuse of History in American Foreign Policy"
    assert r["publisher"] == "Oxford University Press"


def test_two_places_with_their_publishers_joined_by_and():
    c = one("2. Allan Massie, 'Scott and the European Novel,' in Sir Walter Scott: The Long-Forgotten Melody, ed. "
            "Alan Bold (London: Vision Press, and Totowa, NJ: Barnes & Noble, 1983), p. 94.")
    r = c.record
    assert r["type"] == "chapter"
    assert r["publisher"] == "Vision Press; Barnes & Noble"
    assert r["publisher-place"] == "London; Totowa, NJ"
    assert c.locator == "94"


def test_series_by_name_and_number_between_title_and_imprint():
    cites = parse_note("7 I have accepted the arguments of D.de Decker and G. Dupuis-Masay. For the dispute see especially F. "
                       "Dvornik, Early Christian and Byzantine Political Philosophy: Origins and Background, Dumbarton Oaks "
                       "Studies 9, 2 vols (Washington, DC: The Dumbarton Oaks Center for Byzantine Studies, 1966), II, pp. "
                       "752-4, who adopts the contrary view.")
    r = cites[-1].record
    assert r["title"] == "Early Christian and Byzantine Political Philosophy: Origins and Background"
    assert (r["collection-title"], r["collection-number"]) == ("Dumbarton Oaks Studies", "9")
    assert r["publisher-place"] == "Washington, DC"
    assert cites[-1].locator == "752–4"


def test_journal_by_volume_after_a_quoted_title_is_not_a_series():
    r = one("2. Martin L. Kilson, Jr., “Land and Politics in Kenya: An Analysis of African Politics in a Plural "
            "Society,” Western Political Quarterly 10 (1957): 559–562.").record
    assert r["type"] == "article-journal"
    assert (r["container-title"], r["volume"]) == ("Western Political Quarterly", "10")


FOUNDERS = ("1. “From George Washington to the Hebrew Congregation in Newport, Rhode Island, 18 August 1790,” Founders "
            "Online, National Archives, last modified June 13, 2018, https://founders.archives.gov/documents/Washington/"
            "05-06-02-0135. Original source: The Papers of George Washington, Presidential Series, vol. 6, 1 July "
            "1790–30 November 1790, ed. Mark A. Mastromarino (Charlottesville: University of Virginia Press), 1996, "
            "284–86.")


def test_original_source_after_a_web_page_is_an_entry_of_its_own():
    page, edition = parse_note(FOUNDERS)
    assert page.record["type"] == "webpage"
    assert page.record["URL"] == "https://founders.archives.gov/documents/Washington/05-06-02-0135"
    assert edition.record["editor"] == [{"family": "Mastromarino", "given": "Mark A."}]
    assert edition.record["volume"] == "6"
    assert edition.locator == "284–86"


def test_web_page_site_then_its_owner_before_the_date():
    r = parse_note(FOUNDERS)[0].record
    assert (r["container-title"], r["publisher"]) == ("Founders Online", "National Archives")
    assert r["issued"] == {"date-parts": [[2018, 6, 13]]}


def test_originally_published_in_opens_the_printed_source_after_a_link():
    page, book = parse_note("1. http://taras-shevchenko.infolike.net/poem-calamity-again-taras-shevchenko-english-"
                            "translation-by-john-weir.html. Originally published in Taras Shevchenko, Zibrannia tvoriv, "
                            "vol. 2 (Kyiv, 2003), 303, trans. John Wier.")
    assert page.record["type"] == "webpage"
    assert page.record["URL"].startswith("http://taras-shevchenko.infolike.net/")
    assert book.record["author"] == [{"family": "Shevchenko", "given": "Taras"}]
    assert (book.record["title"], book.record["volume"]) == ("Zibrannia tvoriv", "2")


def test_originally_published_in_inside_a_sentence_is_no_cue():
    cites = parse_note("1. From an article by Francesco Giunta, leader of the squadristi in Trieste, originally published "
                       "in II Popolo di Trieste, 4 March 1921 and later in F. Giunta, Essenza dello squadrismo (Rome: "
                       "Libreria del littorio, 1931), pp. 53–5.")
    assert cites[0].record["author"] == [{"family": "Giunta", "given": "Francesco"}]


def test_span_of_years_ending_a_short_title_is_the_titles_own():
    c = parse_note("116. Kokurin and Petrov, GULAG. 1917–1960, pp. 788–791; RGAE, f. 4372, op. 11, d. 677, l. 9.")[0]
    assert c.record["title"] == "GULAG. 1917–1960"
    assert c.record["author"] == [{"family": "Kokurin"}, {"family": "Petrov"}]
    assert "issued" not in c.record and "type" not in c.record
    assert c.locator == "788–791"


def test_document_described_not_titled_in_a_work_cites_the_work():
    c = one("3. Testimony of Volodymyr Mykolaiovych Chepur, in Veselova and Nikiliev, Pam’iat’ narodu, vol. 2, 758.")
    r = c.record
    assert r["author"] == [{"family": "Veselova"}, {"family": "Nikiliev"}]
    assert (r["title"], r["volume"]) == ("Pam’iat’ narodu", "2")
    assert "container-title" not in r and "type" not in r
    assert c.locator == "758"


def test_archive_file_printed_in_an_edition_cites_the_edition():
    c = one("2. TsDAHOU 1/20/5254 (1932), 1–16, in R. Ia. Pyrih, ed., Holodomor 1932–1933 rokiv v Ukraïni: Dokumenty i "
            "materialy (Kyiv: Kyievo-Mohylians’ka Akademiia, 2007), 130.")
    r = c.record
    assert r["type"] == "book"
    assert r["title"] == "Holodomor 1932–1933 rokiv v Ukraïni: Dokumenty i materialy"
    assert r["editor"] == [{"family": "Pyrih", "given": "R. Ia."}]
    assert c.locator == "130"


def test_file_at_the_national_archives_by_class_reference_is_no_work():
    assert parse_note("14. Thus Grey summarized his conversation with the ambassador in a subsequent letter to Sir "
                      "Rennell Rodd, see Grey to Rodd, 28 July 1911, TNA FO 371/1250, fo. 311.") == []
    cites = parse_note("13.SP 1/185, 21r; MacCulloch, 98.")
    assert [c.record.get("author") for c in cites] == [[{"family": "MacCulloch"}]]


def test_late_antique_writer_named_by_given_name_and_place():
    c = parse_note("p. 22. Andronikos: Synesios of Cyrene, Correspondance, ed. and trans. A. Garzya and D. Roques "
                   "(Paris, 2000), nn. 41-2, 72, 79, 90; cf. D. Roques, Synésios de Cyrène et la Cyrénaïque du "
                   "Bas-Empire (Paris, 1987), pp. 195 - 206, 366 - 70.")[0]
    assert c.record["author"] == [{"literal": "Synesios of Cyrene"}]
    assert c.record["title"] == "Correspondance"


def test_newspaper_issue_named_with_of_before_its_day():
    c = one("4. The word ‘Haladamor’ appears in Czech publications of the Ukrainian diaspora in the 1930s. ‘Holodomor’ was "
            "probably first used publicly in Ukraine by Oleksii Musiyenko, during a speech at the Writers’ Union that was "
            "cited in Literaturna Ukraïna of 18 February 1988.")
    r = c.record
    assert r["type"] == "article-newspaper"
    assert r["container-title"] == "Literaturna Ukraïna"
    assert r["issued"] == {"date-parts": [[1988, 2, 18]]}


def test_note_keyed_to_a_front_matter_page_by_roman_number():
    c = one("page ix note 1 Gesta Abbatum Monasterii Sancti Albani, ed. Riley, H. T., i (1867), pp. 330 ffGoogle Scholar.")
    assert not c.raw.startswith("page")
    assert c.locator == "330 ff"


def test_link_text_glued_to_a_page_ends_the_reference_before_more_prose():
    c = parse_note("page ix note 2 For the picture and caption, see James, M. R., ‘ The Drawings of Matthew Paris ’, "
                   "Walpole Society, xiv (1926), 26Google Scholar and plate xxx, and Vaughan, R., ‘ The Handwriting of "
                   "Matthew Paris ’, Transactions of the Cambridge Bibliographical Society, i (1953), 392 For the "
                   "mapGoogle Scholar, see Vaughan, ‘ Handwriting ’, p. 382, n. 9.")[0]
    assert c.record["container-title"] == "Walpole Society"
    assert (c.record["volume"], c.record["issued"]) == ("xiv", {"date-parts": [[1926]]})
    assert c.locator == "26"


def test_note_number_after_a_page_is_dropped_from_the_locator():
    c = parse_note("page ix note 2 For the picture and caption, see James, M. R., ‘ The Drawings of Matthew Paris ’, "
                   "Walpole Society, xiv (1926), 26Google Scholar and plate xxx, and Vaughan, R., ‘ The Handwriting of "
                   "Matthew Paris ’, Transactions of the Cambridge Bibliographical Society, i (1953), 392 For the "
                   "mapGoogle Scholar, see Vaughan, ‘ Handwriting ’, p. 382, n. 9.")[-1]
    assert c.record["author"] == [{"family": "Vaughan"}]
    assert c.locator == "382"
