"""English book and chapter shapes: older imprints and editions, contributors named after a semicolon, films,
labels a book's endnotes set before a note."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_edition_year_inside_the_imprint_with_a_full_stop():
    c = one("4. V. I. Lenin, Imperialism, the Highest Stage of Capitalism (Moscow, 1975 edn.) p. 73.")
    r = c.record
    assert r["title"] == "Imperialism, the Highest Stage of Capitalism"
    assert (r["publisher-place"], r["issued"]) == ("Moscow", {"date-parts": [[1975]]})
    assert c.locator == "73"


def test_older_state_abbreviation_after_the_town():
    r = one("10. W. T. Treadgold, The Byzantine Revival 780-842 (Stanford, Cal., 1988), pp. 376-8.").record
    assert r["publisher-place"] == "Stanford, Cal"
    assert "publisher" not in r
    r = one("2. J. Smith, The Old Roads (Philadelphia, Penn., 1983), p. 16.").record
    assert r["publisher-place"] == "Philadelphia, Penn"


def test_epigraph_label_before_the_citation():
    r = one("EPIGRAPH: Louis-Étienne Arcère, Histoire de la ville de La Rochelle et du pays d’Aulnis, 2 vols. "
            "(La Rochelle: René-Jacob Desbordes, 1756–57), 1: 345, 350.").record
    assert r["author"] == [{"family": "Arcère", "given": "Louis-Étienne"}]


def test_film_with_its_directors_and_studio():
    r = one("3. Dave Asprey, Moldy, directed by Kee Kee Buckley and Eric Troyer (Bulletproof Films, 2015).").record
    assert r["type"] == "motion_picture"
    assert r["title"] == "Moldy"
    assert r["director"] == [{"family": "Buckley", "given": "Kee Kee"}, {"family": "Troyer", "given": "Eric"}]
    assert r["publisher"] == "Bulletproof Films"
    assert "publisher-place" not in r


def test_contributors_after_a_semicolon_and_a_publisher_for_a_library():
    c = one("1. George Wither, A Collection of Emblèmes, Ancient and Moderne (1635), introduction by Rosemary Freeman; "
            "bibliographical notes by Charles S. Hensley (Columbia: Published for the Newberry Library by the University "
            "of South Carolina Press, 1975), 1: 19. I am grateful to Nancy Zey for bringing this reference to my attention.")
    r = c.record
    assert r["title"] == "A Collection of Emblèmes, Ancient and Moderne"
    assert r["publisher"] == "Published for the Newberry Library by the University of South Carolina Press"
    assert r["issued"] == {"date-parts": [[1975]]} and r["original-date"] == {"date-parts": [[1635]]}
    assert (r["volume"], c.locator) == ("1", "19")


def test_translator_after_a_semicolon_with_rank_honours_and_an_edition_in_words():
    c = one("1 The Book of Ser Marco Polo, the Venetian; translated by Colonel Henry Yule, C.B. Second edition, "
            "London, 1875, vol. ii., p. 235.")
    r = c.record
    assert r["title"] == "The Book of Ser Marco Polo, the Venetian"
    assert r["translator"] == [{"family": "Yule", "given": "Henry"}]
    assert "author" not in r
    assert (r["edition"], r["publisher-place"], r["volume"]) == ("2", "London", "ii")
    assert c.locator == "235"


def test_volume_cited_after_an_imprint_without_parentheses():
    c = one("7 Henry Yule, Cathay and the Way Thither, London, 1866, vol. i, p. 30.")
    assert (c.record["title"], c.record["publisher-place"], c.record["volume"]) == (
        "Cathay and the Way Thither", "London", "i")
    assert c.locator == "30"


def test_a_text_layer_that_lost_its_spaces_after_commas_before_the_article_a():
    cites = parse_note("(22) Daniel Webster et al.,A Memorial to the Congress of the United States (Boston,1819); "
                       "Joseph D.Learned,A View of the Policy of Permitting Slaves (Baltimore,1820).")
    assert [c.record["author"][0]["family"] for c in cites] == ["Webster", "Learned"]
    assert cites[1].record["title"] == "A View of the Policy of Permitting Slaves"


def test_journal_pages_with_an_em_dash_end_the_citation_before_prose():
    cites = parse_note("(26) Matthew Crocker, “The Missouri Compromise,” Journal of the West 43(2004): 45—52. The "
                       "crisis was not over. Missouri passed a state constitution banning free people of African descent.")
    assert len(cites) == 1
    r = cites[0].record
    assert (r["type"], r["container-title"], r["volume"]) == ("article-journal", "Journal of the West", "43")
    assert cites[0].locator == "45–52"


def test_prose_after_an_imprint_may_name_a_number():
    cites = parse_note("2 Alistair Horne, The Price of Glory (London: Macmillan, 1962), p. 327; but Anthony Bruce, An "
                       "Illustrated Companion to the First World War (London: Michael Joseph, 1989) puts the total "
                       "casualties at 950,000 for both sides.")
    r = cites[1].record
    assert r["author"] == [{"family": "Bruce", "given": "Anthony"}]
    assert r["title"] == "An Illustrated Companion to the First World War"


def test_an_author_added_with_with():
    r = parse_note("7. R. E. Robinson and J. A. Gallagher, with A. Denny, Africa and the Victorians: the Official Mind "
                   "of Imperialism, 2nd ed. (London, 1981).")[0].record
    assert [a["family"] for a in r["author"]] == ["Robinson", "Gallagher", "Denny"]
    assert r["title"] == "Africa and the Victorians: the Official Mind of Imperialism"


def test_see_especially_is_a_cue():
    c = parse_note("3 See the works of Gustave Le Bon; see especially R A Nye, The Origins of Crowd Psychology "
                   "(London: SAGE, 1975), chapter 6.")[-1]
    assert c.record["author"] == [{"family": "Nye", "given": "R A"}]
    assert c.record["title"] == "The Origins of Crowd Psychology"


def test_numbered_series_before_the_town_inside_the_imprint():
    r = one("8. J. Darrouzes, Epistoliers byzantins du x' siecle (Archives de I'orient Chretien VI, Paris, 1960), "
            "pp. 217-48.").record
    assert (r["collection-title"], r["collection-number"]) == ("Archives de I'orient Chretien", "VI")
    assert r["publisher-place"] == "Paris"
    assert "publisher" not in r


def test_short_form_by_a_leaf_then_a_quoted_title_that_holds_a_quotation():
    cites = parse_note("12Leroy, Interchangeable Course, 127v. For similar thoughts from the time see Henige, "
                       "“‘Truths Yet Unborn’.”")
    assert [(c.record.get("author"), c.record.get("title"), c.locator) for c in cites] == [
        ([{"family": "Leroy"}], "Interchangeable Course", "127v"),
        ([{"family": "Henige"}], "‘Truths Yet Unborn’", None)]


def test_edition_cited_by_a_siglum_with_its_chapters_then_pages():
    c = one("5. DAI, cc. 9, 46, 52, pp. 56-63, 214-23, 256-7.")
    assert c.record == {"title": "DAI"}
    assert c.locator == "56–63, 214–23, 256–7"


def test_title_cut_short_is_no_surname():
    c = one("6. De Cer., pp. 651-60, 664-78, 696-9.")
    assert c.record == {"title": "De Cer."}
    assert one("6. De Gaulle, p. 5.").record["author"][0]["family"] == "Gaulle"


def test_a_sentence_of_history_with_a_year_cites_no_work():
    assert parse_note("2 These islands belonged to Russia until 1875, when by a treaty they were ceded to Japan in "
                      "exchange for the rights of possession which she held in the island of Saghalien.") == []


def test_foreword_to_another_writers_book_is_a_chapter():
    r = one("2 Curtin, Philip, forward to Robinson, Ronald, Gallagher, John, and Denny, Alice, Africa and the Victorians: "
            "The Climax of Imperialism in the Dark Continent (London: Macmillan, 1992).Google Scholar").record
    assert (r["type"], r["title"]) == ("chapter", "forward")
    assert r["author"] == [{"family": "Curtin", "given": "Philip"}]
    assert r["container-title"] == "Africa and the Victorians: The Climax of Imperialism in the Dark Continent"
    assert [n["family"] for n in r["container-author"]] == ["Robinson", "Gallagher", "Denny"]
    c = one("2 Philip Curtin, introduction to Africa and the Victorians, by Ronald Robinson (London: Macmillan, 1992), xi.")
    assert (c.record["title"], c.record["container-title"]) == ("introduction", "Africa and the Victorians")
    assert c.record["container-author"] == [{"family": "Robinson", "given": "Ronald"}]
    assert c.locator == "xi"


def test_a_societys_transactions_by_volume_without_the_pieces_title():
    c = one("3 E. M. Satow, Transactions of the Asiatic Society, vol. i., p. 30.")
    assert c.record["type"] == "article-journal"
    assert c.record["container-title"] == "Transactions of the Asiatic Society"
    assert "title" not in c.record
    assert (c.record["volume"], c.locator) == ("i", "30")


def test_a_known_monthly_is_a_magazine():
    c = parse_note("9 A prediction at the time that “the automobile has practically reached the limit of its "
                   "development.” Scientific American 100/1(January 1909), 6.")[-1]
    assert c.record["type"] == "article-magazine"
    assert c.record["container-title"] == "Scientific American"


def test_journal_series_with_a_full_stop_after_the_ordinal_or_before_a_small_roman_volume():
    r = one("1. J. A. Gallagher and R. E. Robinson, 'The Imperialism ofFree Trade', EconHR, 2nd. ser., VI (1953) "
            "1-15.").record
    assert (r["container-title"], r["volume"]) == ("EconHR", "VI")
    r = one("1. J. A. Gallagher, 'The Imperialism of Free Trade', Econ. Hist. Rev., 2nd ser., vi (1953), pp. 1-15.").record
    assert r["volume"] == "vi" and r["container-title"].startswith("Econ. Hist. Rev")


def test_letter_in_an_edition_cited_short_with_a_roman_volume_and_no_comma():
    c = one("6\n. Newton to Locke, June 30, 1691,\nCorres\nIII: 365.")
    assert c.record == {"title": "Corres", "volume": "III"}
    assert c.locator == "365"


def test_a_work_named_in_prose_by_its_authors_possessive():
    c = parse_note("10. There are numerous references to slave purchases in Polk’s letters (CJKP); William Dusinberre’s "
                   "Slavemaster President covers the subject in detail.")[-1]
    assert c.record == {"author": [{"family": "Dusinberre", "given": "William"}], "title": "Slavemaster President"}


def test_a_document_opening_with_an_article_in_an_edition_cited_short_has_no_author():
    c = one("15. A Summary View, Papers, 1: 121.")
    assert c.record == {"title": "Papers", "volume": "1"}
    assert c.locator == "121"
