"""Note shapes of scholarly journals in English and French: Annales-style volume and issue, unsigned
editorials, cross-references to the same issue, author-year notes, books cited by imprint only."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_french_journal_volume_and_issue_joined_by_a_hyphen():
    c = one("[1]\nMarc Bloch et Lucien Febvre, « Au lecteur », Annales d’histoire sociale, 1-1, 1939, p. 5-6, ici p. 5.")
    r = c.record
    assert r["type"] == "article-journal"
    assert (r["container-title"], r["volume"], r["issue"]) == ("Annales d’histoire sociale", "1", "1")
    assert r["issued"] == {"date-parts": [[1939]]}
    assert (r["page"], c.locator) == ("5–6", "5")


def test_unsigned_editorial_and_a_cross_reference_to_this_issue():
    c = one("[4]\nÉditorial, « Histoire et sciences sociales. Un tournant critique ? », Annales ESC, 43-2, 1988, "
            "p. 291-293, ici p. 293, reproduit dans le présent numéro : « 90 ans d’éditoriaux », p. 725-796.")
    r = c.record
    assert "author" not in r
    assert r["title"] == "Histoire et sciences sociales. Un tournant critique ?"
    assert (r["volume"], r["issue"], r["page"]) == ("43", "2", "291–293")
    assert c.locator == "293"


def test_author_year_with_names_in_reading_order_chapter_in_edited_volume():
    c = one("Hans-Robert Jauss (1979), « Literaturgeschichte als Provokation der Literaturwissenschaft », in R. Warning "
            "(éd.), Rezeptionsästhetik, München, Fink, p. 126.")
    r = c.record
    assert r["type"] == "chapter"
    assert r["author"] == [{"family": "Jauss", "given": "Hans-Robert"}]
    assert r["issued"] == {"date-parts": [[1979]]}
    assert r["editor"] == [{"family": "Warning", "given": "R."}]
    assert (r["container-title"], r["publisher-place"], r["publisher"]) == ("Rezeptionsästhetik", "München", "Fink")
    assert c.locator == "126"


def test_author_year_with_a_letter_and_a_journal_numbered_after_its_name():
    cites = parse_note("Voir Roland Barthes (1966b), « Introduction à l’analyse structurale des récits », Communications 8, "
                       "p. 1-27. ; Vladimir Propp (1970), Morphologie du conte, Paris, Seuil, p. 141.")
    a, b = (c.record for c in cites)
    assert (a["container-title"], a["volume"], a["year-suffix"]) == ("Communications", "8", "b")
    assert a["issued"] == {"date-parts": [[1966]]}
    assert (b["type"], b["title"], b["publisher"], b["publisher-place"]) == ("book", "Morphologie du conte", "Seuil", "Paris")
    assert b["issued"] == {"date-parts": [[1970]]}


def test_author_year_short_form():
    c = one("Paul Bénichou (1948), Morales du grand siècle, p. 9.")
    assert c.record["author"] == [{"family": "Bénichou", "given": "Paul"}]
    assert c.record["title"] == "Morales du grand siècle"
    assert c.record["issued"] == {"date-parts": [[1948]]}
    assert c.locator == "9"


def test_book_named_by_its_imprint_only_in_a_review():
    c = one("page 201 note 3. Paris, Armand Colin, 1913 ; in-8°, XXVIII-536 p., 102 cartes et croquis, 1 carte hors texte.")
    assert c.record == {"type": "book", "publisher-place": "Paris", "publisher": "Armand Colin",
                        "issued": {"date-parts": [[1913]]}}


def test_month_and_year_of_an_issue_set_apart_by_a_comma():
    c = one("1 Bouwsma, William J., “The Renaissance and the Drama of Western History,” American Historical Review, 39 "
            "(February, 1979): 1–15.Google Scholar")
    r = c.record
    assert (r["type"], r["container-title"], r["volume"]) == ("article-journal", "American Historical Review", "39")
    assert r["issued"] == {"date-parts": [[1979, 2]]}
    assert c.locator == "1–15"


def test_more_issues_of_the_journal_named_first():
    cites = parse_note("1 Albion 23, 2 (Fall 1993): 419-41; 28, 4 (Winter 1996): 607-33; 32, 2 (Summer, 2000): 248-72.")
    assert [(c.record["container-title"], c.record["volume"], c.record["issue"]) for c in cites] == [
        ("Albion", "23", "2"), ("Albion", "28", "4"), ("Albion", "32", "2")]
    assert [c.locator for c in cites] == ["419–41", "607–33", "248–72"]


def test_four_authors_in_reading_order_the_last_two_joined_by_et():
    r = one("[8]\nSur les trêves : Marc Ferro, Malcolm Brown, R. Cazals et Olaf Mueller, Frères de tranchées, Paris, "
            "Perrin, 2005.").record
    assert [n["family"] for n in r["author"]] == ["Ferro", "Brown", "Cazals", "Mueller"]
    assert r["title"] == "Frères de tranchées"
    assert (r["publisher-place"], r["publisher"]) == ("Paris", "Perrin")


def test_a_title_naming_a_person_and_a_subject_is_no_list_of_authors():
    r = one("quoted in Robert Dallek, Franklin D. Roosevelt and American Foreign Policy, 1932-1945 (Oxford University "
            "Press, 1979), p. 186.").record
    assert r["author"] == [{"family": "Dallek", "given": "Robert"}]


def test_editors_named_after_the_title_then_a_plural_eds_and_a_sentence_break_after_chapters():
    cites = parse_note("1. Frederic William Maitland, Selected Essays, H. D. Hazeltine, G. Lapsley, P. H. Winfield, eds. "
                       "(Cambridge, 1936), chaps. 1–2. Ernst H. Kantorowicz, The King’s Two Bodies: A Study in Mediaeval "
                       "Political Theology (Princeton, N.J., 1957).")
    a, b = cites
    assert a.record["title"] == "Selected Essays"
    assert [n["family"] for n in a.record["editor"]] == ["Hazeltine", "Lapsley", "Winfield"]
    assert (a.locator, a.label) == ("1–2", "chapter")
    assert b.record["author"] == [{"family": "Kantorowicz", "given": "Ernst H."}]


def test_two_years_in_an_imprint_first_edition_then_the_one_cited():
    cites = parse_note("2 See Febvre, Lucien, Combats pour l'histoire (Paris, 1953, 1965)Google Scholar and Bloch, Marc, "
                       "Apologie pour l'histoire ou métier d'historien (Paris, 1949)Google Scholar.")
    r = cites[0].record
    assert "publisher" not in r
    assert (r["issued"], r["original-date"]) == ({"date-parts": [[1965]]}, {"date-parts": [[1953]]})


def test_first_year_after_the_title_then_the_imprint_of_a_reprint():
    cites = parse_note("3. See, for example, D. Ricardo, Principles of political economy and taxation (1817), London: "
                       "Prometheus Books, 1997; and J.S. Mill, Principles of political economy (1848), London: Longman, 1876.")
    r = cites[0].record
    assert r["title"] == "Principles of political economy and taxation"
    assert (r["issued"], r["original-date"]) == ({"date-parts": [[1997]]}, {"date-parts": [[1817]]})
    assert cites[1].record["title"] == "Principles of political economy"


def test_article_title_that_lost_its_opening_quote_in_a_journal_by_number_and_month():
    c = one("5. E.P. Thompson, The moral economy of the English crowd in the eighteenth century', Past & Present, "
            "No. 50, February 1971, pp. 76-136.")
    r = c.record
    assert r["title"] == "The moral economy of the English crowd in the eighteenth century"
    assert (r["type"], r["container-title"], r["issue"]) == ("article-journal", "Past & Present", "50")
    assert r["issued"] == {"date-parts": [[1971, 2]]}
    assert c.locator == "76–136"


def test_title_that_lost_its_opening_quote_before_a_journal_volume():
    r = one("5. S. Lambert, The Opening of the Long Parliament’, Historical Journal, 27 (1984), pp. 265–87.").record
    assert (r["title"], r["container-title"], r["volume"]) == ("The Opening of the Long Parliament", "Historical Journal", "27")


def test_chapter_in_a_numbered_volume_with_its_own_title_and_first_year():
    c = one("[2]\nMadeleine Rebérioux, « Le socialisme français de 1871 à 1914 », in Jacques Droz (dir.), Histoire générale "
            "du socialisme, II, De 1875 à 1918 (1974), Paris, Puf, coll. « Quadrige », 1997, p. 164.")
    r = c.record
    assert (r["container-title"], r["volume"], r["volume-title"]) == ("Histoire générale du socialisme", "II", "De 1875 à 1918")
    assert r["original-date"] == {"date-parts": [[1974]]}
    assert r["editor"] == [{"family": "Droz", "given": "Jacques"}]


def test_reference_list_book_by_inverted_name_with_initials_title_and_year_only():
    cites = parse_note("page 68 note 1. Roskill, S., Hankey: Man of Secrets, Vol. III, 1931–1963, 1974Google Scholar; and "
                       "Thorne, Christopher, The Limits of Foreign Policy, 1972CrossRefGoogle Scholar.")
    r = cites[0].record
    assert (r["type"], r["title"], r["volume"], r["volume-title"]) == ("book", "Hankey: Man of Secrets", "III", "1931–1963")
    assert r["author"] == [{"family": "Roskill", "given": "S."}]
    assert r["issued"] == {"date-parts": [[1974]]}


def test_inverted_name_with_a_full_given_name_is_not_read_as_such_a_list_entry():
    r = one("[5] Alcalá-Zamora, Memorias, Madrid, Planeta, 1998, p. 243.").record
    assert (r["title"], r["publisher-place"], r["publisher"]) == ("Memorias", "Madrid", "Planeta")


def test_ancient_text_cited_by_book_and_chapter_has_no_locator():
    c = one("4 Philostorgius, Historia Ecclesiastica ii. 10.")
    assert c.record == {"author": [{"family": "Philostorgius"}], "title": "Historia Ecclesiastica"}
    assert c.locator is None


def test_two_single_closing_marks_close_a_quoted_title():
    cites = parse_note("2. Michael Rogin, “The King’s Two Bodies: Lincoln, Wilson, Nixon, and Presidential Self-Sacrifice,’’ "
                       "in The Movie and Other Episodes in Political Demonology (Berkeley, Calif., 1987), 1–43.")
    assert cites[0].record["title"] == "The King’s Two Bodies: Lincoln, Wilson, Nixon, and Presidential Self-Sacrifice"


def test_prose_then_is_or_are_before_an_inverted_author():
    cites = parse_note("4 Two excellent reviews of the work of the “Annales School” are Aymard, Maurice, “The Annales and "
                       "French Historiography (1929–72),” The Journal of European Economic History, 1 (1972), "
                       "491–511Google Scholar.")
    r = cites[0].record
    assert r["author"] == [{"family": "Aymard", "given": "Maurice"}]
    assert r["title"] == "The Annales and French Historiography (1929–72)"


def test_town_before_the_publisher_in_a_french_imprint():
    r = one("[11]\nFrançois Blayac, Carnets de guerre, 1914-1916, Carcassonne, Écomarine, 2006.").record
    assert (r["title"], r["publisher-place"], r["publisher"]) == ("Carnets de guerre, 1914-1916", "Carcassonne", "Écomarine")


def test_prose_then_two_authors_joined_by_et():
    cites = parse_note("[5]\nÀ titre d’exemple, voir l’analyse impressionnante de Sébastien Mosbah-Natanson et Yves Gingras, "
                       "« The Globalization of Social Sciences? », Current Sociology, 62-5, 2014, p. 626-646.")
    r = cites[0].record
    assert r["author"] == [{"family": "Mosbah-Natanson", "given": "Sébastien"}, {"family": "Gingras", "given": "Yves"}]
    assert (r["volume"], r["issue"]) == ("62", "5")


def test_named_edition_after_the_title():
    cites = parse_note("3. See J.S. Mill, Principles of political economy (1848), People's Edition, London: Longman, Green, 1876.")
    r = cites[0].record
    assert (r["title"], r["edition"]) == ("Principles of political economy", "People's Edition")
    assert r["original-date"] == {"date-parts": [[1848]]}


def test_comma_inside_single_quotes_before_a_journal_cited_by_volume_year_and_page():
    c = one("1 See Barraclough, G., ‘Audientia Litterarum Contradictarum,’ Speculum 12 (1937) 45–60.")
    assert (c.record["container-title"], c.record["volume"]) == ("Speculum", "12")
    assert c.record["title"] == "Audientia Litterarum Contradictarum"
    assert c.locator == "45–60"


def test_author_year_in_reading_order_with_a_colon_imprint():
    c = one("John Smith (1990), The Title of the Book, London: Macmillan, p. 45.")
    r = c.record
    assert (r["title"], r["publisher-place"], r["publisher"]) == ("The Title of the Book", "London", "Macmillan")
    assert r["issued"] == {"date-parts": [[1990]]}
    assert c.locator == "45"


def test_reference_list_entry_with_a_town_keeps_it_as_the_place():
    r = one("Bloch, M., Feudal Society, London, 1961.").record
    assert (r["title"], r["publisher-place"]) == ("Feudal Society", "London")


def test_lower_case_roman_volume_with_a_page_is_not_a_book_and_chapter():
    cites = parse_note("12 Stubbs, Constitutional History ii. 345.")
    assert all(c.locator for c in cites if c.record.get("title") == "Constitutional History")
