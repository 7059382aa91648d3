"""Note shapes of the eighteenth gathering: Oxford short references by initials, law-review articles and cases,
Cambridge Core reference lists, German notes."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_oxford_short_reference_by_initials_and_title_without_imprint():
    r = one("18. N. Machiavelli, The Prince.").record
    assert r == {"author": [{"family": "Machiavelli", "given": "N."}], "title": "The Prince"}


def test_two_oxford_short_references_in_one_note():
    cites = parse_note("7. T. More, Utopia; T. Campanella, The City of the Sun.")
    assert [c.record["title"] for c in cites] == ["Utopia", "The City of the Sun"]
    assert cites[1].record["author"] == [{"family": "Campanella", "given": "T."}]


def test_oxford_short_reference_with_a_long_title_and_a_chapter():
    c = one("4. N. Cohn, The Pursuit of the Millennium: Revolutionary Millenarians and Mystical Anarchists of the "
            "Middle Ages, ch. 1.")
    assert c.record["author"] == [{"family": "Cohn", "given": "N."}]
    assert (c.locator, c.label) == ("1", "chapter")



def test_law_review_article_with_pinpoint_and_parenthetical():
    cites = parse_note("2 Richard, A. Posner The Decline of Law as an Autonomous Discipline, 1962-1987, 100 Harv. L. Rev. "
                       "761, 761 (1987)Google Scholar (“That the [Harvard Law] Review is 100 years old has no "
                       "significance.”); see also Rosenne, Shabtai Forty Years On, 41 VA. J. Int’l L. 217, 218 "
                       "(2000)Google Scholar (“The fortieth anniversary is not usually a cause for particular ceremony.”).")
    assert len(cites) == 2
    r = cites[0].record
    assert r["type"] == "article-journal"
    assert (r["container-title"], r["volume"], r["page"]) == ("Harv. L. Rev.", "100", "761")
    assert r["title"] == "The Decline of Law as an Autonomous Discipline, 1962-1987"
    assert r["author"] == [{"family": "Richard", "given": "A. Posner"}]  # Cambridge's inversion, as printed
    assert r["issued"] == {"date-parts": [[1987]]}
    assert (cites[0].locator, cites[0].label) == ("761", "page")
    r = cites[1].record
    assert (r["container-title"], r["volume"], r["page"], r["title"]) == ("VA. J. Int’l L.", "41", "217", "Forty Years On")
    assert cites[1].locator == "218"


def test_law_review_article_by_an_author_in_reading_order():
    c = one("5 John Smith, The Law of Nations, 100 Harv. L. Rev. 728 (1987).")
    assert c.record["author"] == [{"family": "Smith", "given": "John"}]
    assert (c.record["title"], c.record["container-title"], c.record["page"]) == (
        "The Law of Nations", "Harv. L. Rev.", "728")
    assert c.locator is None


def test_case_named_without_v_in_a_courts_reporter_with_prose_after_it():
    c = one("6 For a case illustrating the development of practice into comity, see The Paquete Habana, 175 U.S. 677 "
            "(1900), discussed in text at note 105.")
    r = c.record
    assert (r["type"], r["title"], r["container-title"], r["volume"], r["page"]) == (
        "legal_case", "The Paquete Habana", "U.S.", "175", "677")
    assert r["issued"] == {"date-parts": [[1900]]}


def test_english_case_by_name_and_reporter_without_year():
    r = one("1 Barbuit’s Case, 25 Eng. Rep. 777 (Ch.).").record
    assert (r["type"], r["title"], r["container-title"], r["volume"], r["page"]) == (
        "legal_case", "Barbuit’s Case", "Eng. Rep.", "25", "777")


def test_official_opinion_by_reporter_and_page_cites_no_work():
    assert parse_note("3 1 Op. Att’y Gen. 26, 27 (1792).") == []


def test_reference_list_name_inverted_title_publisher_and_year_without_parentheses():
    r = one("4. Egret, Jean, La Pré-révolution française. P.U.F., 1962 Google Scholar.").record
    assert r["author"] == [{"family": "Egret", "given": "Jean"}]
    assert (r["title"], r["publisher"], r["issued"]) == ("La Pré-révolution française", "P.U.F",
                                                         {"date-parts": [[1962]]})
    r = one("5. Braudel, Fernand, Civilisation matérielle et capitalisme. A. Colin, 1967 Google Scholar.").record
    assert (r["title"], r["publisher"]) == ("Civilisation matérielle et capitalisme", "A. Colin")


def test_reference_list_by_initial_with_the_year_alone_and_a_note_to_a_page():
    c = one("page 69 note 1. Middlemas, K., Diplomacyof Illusion: The British Government and Germany, 1937–39, "
            "1972Google Scholar, n. to p. 8.")
    r = c.record
    assert r["author"] == [{"family": "Middlemas", "given": "K."}]
    assert r["title"] == "Diplomacyof Illusion: The British Government and Germany, 1937–39"
    assert r["issued"] == {"date-parts": [[1972]]}
    assert c.locator == "8"


def test_reference_list_entry_after_and_in_a_list():
    cites = parse_note("page 68 note 1. Aster, Primarily S., 1939: The Making of the Second World War, 1973Google "
                       "Scholar; and Thorne, Christopher, The Limits of Foreign Policy: the West, the League and the "
                       "Far Eastern Crisis of 1931–1933, 1972CrossRefGoogle Scholar.")
    assert [c.record["author"][0]["family"] for c in cites] == ["Aster", "Thorne"]
    assert cites[0].record["title"] == "1939: The Making of the Second World War"


def test_inverted_title_then_town_and_publisher_is_not_a_given_name():
    r = parse_note("[5] Alcalá-Zamora, Memorias, Madrid, Planeta, 1998, p. 243.")[0].record
    assert r.get("publisher-place") == "Madrid"


def test_imprint_whose_year_ocr_read_with_a_lower_case_i():
    r = one("6\n\nKaterina Clark, Petersburg: Crucible of Cultural Revolution (Cambridge, Mass.: Harvard University "
            "Press, i995).").record
    assert (r["type"], r["title"]) == ("book", "Petersburg: Crucible of Cultural Revolution")
    assert (r["publisher-place"], r["publisher"]) == ("Cambridge, Mass.", "Harvard University Press")
    assert "issued" not in r


def test_german_contribution_in_a_numbered_series_with_the_year_glued_to_the_volume():
    c = one("209 A. Haverkamp, Fr. B, in: Exempla historica 13,1983, S. 153f.")
    r = c.record
    assert (r["type"], r["container-title"], r["volume"]) == ("chapter", "Exempla historica", "13")
    assert r["issued"] == {"date-parts": [[1983]]}


def test_german_contribution_in_a_book_cited_in_an_earlier_note():
    c = one("211 A. Borst, Die staufische Herausforderung. Die Staufer u. Europa, in: Reden über die Staufer\n"
            "(wie Anm. 210), S. 21.")
    r = c.record
    assert r["type"] == "chapter"
    assert r["title"] == "Die staufische Herausforderung. Die Staufer u. Europa"
    assert r["container-title"] == "Reden über die Staufer"
    assert c.locator == "21"


def test_imprint_whose_town_the_text_layer_lost_keeps_its_year():
    c = one("6. See Heinrich Briining, Memoiren (, 1972), p. 170.")
    r = c.record
    assert (r["type"], r["title"], r["issued"]) == ("book", "Memoiren", {"date-parts": [[1972]]})
    assert "publisher-place" not in r
    assert c.locator == "170"


def test_book_named_in_prose_by_its_authors_possessive():
    c = parse_note("4. Something of the like is implied in Philip G. Roeder’s Red Sunset: The Failure of Soviet "
                   "Politics (Princeton, NJ, 1993). He uses the critical insights of the so-called ‘new "
                   "institutionalism’.")[0]
    assert c.record["author"] == [{"family": "Roeder", "given": "Philip G."}]
    assert c.record["title"] == "Red Sunset: The Failure of Soviet Politics"


def test_part_of_a_book_named_in_words_after_the_imprint():
    c = one("5. Robert Brenner, Merchants and Revolution: Commercial Change, Political Conflict, and London's Overseas "
            "Traders, 1550-1653 (Cambridge, 1993), Part Three.")
    assert c.record["title"].startswith("Merchants and Revolution")
    assert (c.locator, c.label) == ("Three", "part")


def test_parliamentary_debates_by_day_cite_no_work():
    cites = parse_note("6. E. Forsthoff, Deutsche Verfassungsgeschichte der Neuzeit (Stuttgart, 1961), p. 189; "
                       "Reichtagsprotokolle, 16 July 1930, p.6407; H. Heiber, Die Republik von Weimar (Munich, 1966), "
                       "p.225.")
    assert [c.record["author"][0]["family"] for c in cites] == ["Forsthoff", "Heiber"]


def test_german_double_surname_with_von_after_initials():
    cites = parse_note("218 vgl. G. Meyer von Knonau, Jbb. Heinrichs IV. u. Heinrichs V.,\nBd. 5,1904, Ndr. 1965, S. 291f.")
    assert cites[0].record["author"] == [{"family": "Meyer von Knonau", "given": "G."}]


def test_pages_of_front_matter_as_a_roman_range():
    c = one("3. John Smith, The Limits of Foreign Policy (London, 1972), pp. xiii–xiv.")
    assert (c.locator, c.label) == ("xiii–xiv", "page")
    assert c.record["title"] == "The Limits of Foreign Policy"


def test_document_inside_the_work_just_cited_is_ibid():
    cites = parse_note("10. Complete minutes, ibid., 217–49.")
    assert len(cites) == 1 and cites[0].ibid
    assert cites[0].locator == "217–49"


def test_work_by_title_and_volume_cited_in_an_earlier_german_note():
    cites = parse_note("210 The Letters of John of Salisbury, vol. I (wie Anm. 156); vgl. auch: A. Borst, Reden über "
                       "die\nStaufer, 1978, S. 20f.")
    assert cites[0].record == {"title": "The Letters of John of Salisbury", "volume": "I"}
    assert cites[1].record["title"] == "Reden über die Staufer"


def test_case_with_a_parallel_reporter_and_a_pinpoint():
    c = one("4 Marbury v. Madison, 5 U.S. (1 Cranch) 137, 177 (1803).")
    r = c.record
    assert (r["type"], r["title"], r["container-title"], r["volume"], r["page"]) == (
        "legal_case", "Marbury v. Madison", "U.S.", "5", "137")
    assert c.locator == "177"


def test_law_review_short_form_by_supra_note():
    c = one("10 Henkin, supra note 6, at 855.")
    assert c.record == {"author": [{"family": "Henkin"}]}
    assert (c.locator, c.label) == ("855", "page")
    c = one("12 Henkin, Foreign Affairs, supra note 3, at 45.")
    assert c.record["title"] == "Foreign Affairs" and c.locator == "45"


def test_law_review_id_at_page():
    c = one("7 Id. at 862.")
    assert c.ibid and c.locator == "862"


def test_chapters_by_plural_abbreviation_without_a_stop():
    c = one("12. D. McLellan, Karl Marx: His Life and Thought, chs 12–13.")
    assert c.record == {"author": [{"family": "McLellan", "given": "D."}], "title": "Karl Marx: His Life and Thought"}
    assert (c.locator, c.label) == ("12–13", "chapter")


def test_german_reprint_after_the_first_printing():
    r = one("5 K. Hampe, Deutsche Kaisergeschichte, 1908, Ndr. 1983, S. 86.").record
    assert r["title"] == "Deutsche Kaisergeschichte"
    assert (r["issued"], r["original-date"]) == ({"date-parts": [[1983]]}, {"date-parts": [[1908]]})
    assert "publisher-place" not in r
    r = one("218 G. Meyer von Knonau, Jahrbücher, Bd. 5, Leipzig 1904, Nachdruck 1965, S. 291f.").record
    assert (r["title"], r["publisher-place"], r["volume"]) == ("Jahrbücher", "Leipzig", "5")


def test_prose_after_a_dash_and_a_review_named_by_its_reviewer():
    cites = parse_note("5. Conrad Russell, The Causes of the English Civil War (Oxford, 1990) - the description is from "
                       "Anthony Fletcher's review in The Historical Journal, 36 (1993), pp. 211-16.")
    assert cites[0].record["title"] == "The Causes of the English Civil War"
    r = cites[1].record
    assert (r["type"], r["container-title"], r["volume"]) == ("article-journal", "The Historical Journal", "36")
    assert r["author"] == [{"family": "Fletcher", "given": "Anthony"}]
    assert cites[1].locator == "211–16"


def test_volume_titled_by_its_years_before_the_imprint():
    r = one("1. S. Roskill, Hankey: Man of Secrets, Vol. III, 1931–1963 (London, 1974).").record
    assert (r["title"], r["volume"], r["volume-title"]) == ("Hankey: Man of Secrets", "III", "1931–1963")


def test_law_review_article_by_surname_then_a_title_opening_on_the():
    r = one("10 Smith, The Law of Nations, 100 Harv. L. Rev. 728 (1987).").record
    assert (r["author"], r["title"]) == ([{"family": "Smith"}], "The Law of Nations")


def test_book_in_law_review_style_with_the_page_before_the_year():
    c = one("9 Louis Henkin, Foreign Affairs and the Constitution 45-47 (2d ed. 1996).")
    r = c.record
    assert (r["type"], r["title"], r["edition"]) == ("book", "Foreign Affairs and the Constitution", "2d")
    assert r["author"] == [{"family": "Henkin", "given": "Louis"}]
    assert r["issued"] == {"date-parts": [[1996]]}
    assert c.locator == "45–47"


def test_loco_citato_is_a_short_form_by_author():
    c = one("5 A. Borst, 1. c, S. 21.")
    assert c.record == {"author": [{"family": "Borst", "given": "A."}]}
    assert c.locator == "21"
    assert one("10 Smith, l.c., p. 4.").record == {"author": [{"family": "Smith"}]}


def test_german_name_with_ebda_is_a_short_form_by_author():
    c = one("9 P. Herde (ebda.), S. VIII.")
    assert c.record == {"author": [{"family": "Herde", "given": "P."}]}
    assert c.locator == "VIII"


def test_pages_of_a_quotation_after_the_pages_cited_are_dropped():
    c = one("154 [the embargo]: Dallek, Roosevelt, 199-201, quoted at 200.")
    assert c.record == {"author": [{"family": "Dallek"}], "title": "Roosevelt"}
    assert c.locator == "199–201"


def test_journal_issue_by_a_range_of_months_after_in():
    r = one("4. Soboul, A., « Classes et luttes de classes sous la Révolution » in Annales historiques de la "
            "Révolution française, juillet-septembre 1967 Google Scholar.").record
    assert (r["type"], r["container-title"]) == ("article-journal", "Annales historiques de la Révolution française")
    assert r["issued"] == {"date-parts": [[1967, 7], [1967, 9]]}


def test_edition_numbers_read_as_quotes_before_the_first_and_the_reprint_year():
    c = one("5. K. Hampe, Dt. Kaisergesch. i. d. Zeit d. Salier u. Staufer, '1908, Ndr. \"1983, S. 185ff., 245f.")
    r = c.record
    assert r["title"] == "Dt. Kaisergesch. i. d. Zeit d. Salier u. Staufer"
    assert (r["issued"], r["original-date"]) == ({"date-parts": [[1983]]}, {"date-parts": [[1908]]})


def test_see_note_pointer_after_a_name():
    c = one("8. A. Haverkamp (s. Anm. 79), S. 153f.")
    assert c.record == {"author": [{"family": "Haverkamp", "given": "A."}]}


def test_text_in_an_edited_collection_whose_italic_title_lost_its_marks():
    c = one("2. Theses on Feuerbach in D. McLellan (ed.), Karl Marx: Selected Writings, p. 158.")
    r = c.record
    assert (r["type"], r["title"], r["container-title"]) == ("chapter", "Theses on Feuerbach",
                                                             "Karl Marx: Selected Writings")
    assert r["editor"] == [{"family": "McLellan", "given": "D."}]
    assert c.locator == "158"
    r = one("2. K. Marx, Theses on Feuerbach, in D. McLellan (ed.), Karl Marx: Selected Writings, p. 158.").record
    assert (r["type"], r["title"]) == ("chapter", "Theses on Feuerbach")


def test_document_named_before_a_short_form_by_several_authors():
    c = one("12. Minutes, Procacci et al., Cominform, 43.")
    assert c.record == {"author": [{"family": "Procacci"}], "title": "Cominform"}
    assert c.locator == "43"


def test_untitled_piece_at_a_url_keeps_its_writer():
    r = one("5. George Orwell, preface to the Ukrainian edition of Animal Farm, 1947, at "
            "http://www.netcharles.com/orwell/articles/ukrainian-af-pref.htm.").record
    assert r["type"] == "webpage" and r["author"] == [{"family": "Orwell", "given": "George"}]
    assert "title" not in r


def test_next_reference_list_entry_joined_by_et_after_a_year():
    cites = parse_note("3. Paumer, R. P., The Age of Démocratie Révolution (1959) et Godechot, Jacques, Les Révolutions "
                       "1770-1799. P.U.F., 1963 Google Scholar.")
    r = cites[0].record
    assert (r["title"], r["issued"]) == ("The Age of Démocratie Révolution", {"date-parts": [[1959]]})
    assert cites[1].record["author"][0]["family"] == "Godechot"


def test_writer_named_after_prose_before_a_quoted_title():
    c = parse_note("3. See, amongst much other material, David Cannadine, 'British History as a New Subject: Politics, "
                   "Perspectives and Prospects', in Alexander Grant and Keith J. Stringer (eds), Uniting the Kingdom "
                   "(London, 1995).")[0]
    assert c.record["author"] == [{"family": "Cannadine", "given": "David"}]
    assert c.record["type"] == "chapter"
