"""English note shapes of the fifteenth gathering: author–title–year short forms and others."""

import pytest

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


@pytest.mark.parametrize("text, family, title, year, locator", [
    ("3. Hargreave, Weavers of the Northern Towns (1984), 212.", "Hargreave", "Weavers of the Northern Towns", 1984,
     "212"),
    ("4. Ollerby, ‘A Note on Early Printed Almanacs’ (1961), 5–7.", "Ollerby", "A Note on Early Printed Almanacs",
     1961, "5–7"),
    ("5. Pennock, The Lesser Harbours of Devon (1999).", "Pennock", "The Lesser Harbours of Devon", 1999, None),
])
def test_a_surname_a_short_title_and_the_year_in_brackets_is_a_short_form(text, family, title, year, locator):
    c = one(text)
    assert "type" not in c.record
    assert c.record["author"] == [{"family": family}]
    assert c.record["title"] == title
    assert c.record["issued"] == {"date-parts": [[year]]}
    assert c.locator == locator


def test_a_book_with_its_place_in_brackets_stays_a_book():
    c = one("6. Hargreave, Weavers of the Northern Towns (London, 1984), 212.")
    assert c.record.get("type") == "book"


@pytest.mark.parametrize("text, family, year", [
    ("7. Quoted in Farrowby, 2011.", "Farrowby", 2011),
    ("8. Ellsmere, 1998.", "Ellsmere", 1998),
])
def test_a_surname_and_a_year_alone_is_an_author_date_short_form(text, family, year):
    c = one(text)
    assert c.record == {"author": [{"family": family}], "issued": {"date-parts": [[year]]}}


@pytest.mark.parametrize("text, title, volume, locator", [
    ("3.CPR, IV, 218 (ii); Hale, 40.", "CPR", "IV", "218 (ii)"),
    ("4.CPR, XII, 93–4 (wrongly dated 1402).", "CPR", "XII", "93–4"),
])
def test_a_calendar_by_abbreviation_with_a_part_or_a_gloss_after_the_page(text, title, volume, locator):
    c = parse_note(text)[0]
    assert c.record == {"title": title, "volume": volume}
    assert c.locator == locator


@pytest.mark.parametrize("text, title, volume, locator", [
    ("9. J.M. to Henry Carrow, March 3, 1821, Hunt, 41.", "Hunt", None, "41"),
    ("10. J.M. to Edward Lisle, 14 June 1819, P&C, 7: 112.", "P&C", "7", "112"),
])
def test_a_letter_then_the_edition_by_its_short_title(text, title, volume, locator):
    c = one(text)
    assert c.record["title"] == title
    assert c.record.get("volume") == volume
    assert c.locator == locator


@pytest.mark.parametrize("text, locator, label", [
    ("11. Penhallow, The Book of Hours (1998), 61 (‘A Note on Margins’, 1971).", "61", "page"),
    ("12. Penhallow, The Book of Hours (1998), 4 (quoting John Aubrey), 9 (quoting Anthony Wood).", "4, 9", "page"),
    ("13. Penhallow, The Book of Hours (1998), Ch. 6: ‘The margins speak.’", "6", "chapter"),
])
def test_a_gloss_after_the_page_of_a_short_form_is_dropped(text, locator, label):
    c = one(text)
    assert c.record["author"] == [{"family": "Penhallow"}]
    assert c.record["title"] == "The Book of Hours"
    assert (c.locator, c.label) == (locator, label)


def test_a_place_in_quotes_after_a_year_is_no_gloss():
    c = one("14. W. Ph. Coolhaas, ed., Generale Missiven, Deel I, 1610–1638 (‘s-Gravenhage: Martinus Nijhoff, 1960), 522.")
    assert c.record.get("publisher") == "Martinus Nijhoff"


@pytest.mark.parametrize("text, given, family", [
    ("15. Captain Robert Fenwick, A Voyage to the Levant (London: Murray, 1830), 12.", "Robert", "Fenwick"),
    ("16. Lt-Col Arturo Benedetti, La Cirenaica (Rome, 1913), p. 8.", "Arturo", "Benedetti"),
])
def test_a_military_rank_before_an_authors_name_goes(text, given, family):
    assert one(text).record["author"] == [{"family": family, "given": given}]


def test_a_letter_in_an_edition_cites_the_edition():
    c = one("17. John Adams to Benjamin Rush, May 1, 1807, in The Spur of Fame: Dialogues, ed. John A. Schutz"
            " (San Marino: Huntington Library, 1966), 84.")
    assert c.record["type"] == "book"
    assert c.record["title"] == "The Spur of Fame: Dialogues"
    assert "container-title" not in c.record


def test_a_place_that_lost_its_partner_drops_the_dangling_and():
    c = one("18. Anne Vale, The Parish Registers, 2 vols (Oxford and : Clarendon Press, 1990), p. 3.")
    assert c.record["publisher-place"] == "Oxford"
    assert c.record["publisher"] == "Clarendon Press"


@pytest.mark.parametrize("text, title, volume, locator", [
    ("19. “Petition of the Freeholders of Albemarle County,” Papers, 2: 44–45.", "Papers", "2", "44–45"),
    ("20. “On the Disposal of Public Lands, in March, 1784,” Works, 3: 310.", "Works", "3", "310"),
])
def test_a_quoted_document_then_an_editions_short_title_volume_and_page(text, title, volume, locator):
    c = one(text)
    assert c.record == {"title": title, "volume": volume}
    assert c.locator == locator


def test_an_article_with_its_journal_volume_and_page_stays_an_article():
    c = one("21. Ann Lowe, “Parish Vestries,” Albion 12 (1980): 44.")
    assert c.record["type"] == "article-journal"


def test_words_quoted_after_the_pages_are_not_part_of_the_citation():
    c = one("22. Ruth Ames, Closing Scenes (Cambridge: Harvard University Press, 1991), pp. 40, 52: “the last word is"
            " always deferred”; “an ending that will not end.”")
    assert c.record["title"] == "Closing Scenes"
    assert c.record["publisher"] == "Harvard University Press"
    assert c.locator == "40, 52"


def test_an_editors_introduction_to_a_book_by_another_is_a_chapter():
    c = one("23. Ann Hale, ‘Introduction’ to North and South, by Elizabeth Gaskell, ed. Ann Hale (London: Dent, 1993),"
            " ix, xi.")
    r = c.record
    assert (r["type"], r["title"], r["container-title"]) == ("chapter", "Introduction", "North and South")
    assert r["author"] == [{"family": "Hale", "given": "Ann"}] == r["editor"]
    assert r["container-author"] == [{"family": "Gaskell", "given": "Elizabeth"}]
    assert (c.locator, c.label) == ("ix, xi", "page")


def test_an_introduction_to_an_edited_companion_is_a_chapter():
    c = one("24. Ann Hale, ‘Introduction’ to The Companion to Gaskell, ed. Ann Hale (Cambridge University Press,"
            " 2003), 3.")
    assert (c.record["type"], c.record["container-title"]) == ("chapter", "The Companion to Gaskell")
    assert c.locator == "3"


def test_a_short_title_with_a_comma_after_its_article_is_not_a_given_name():
    c = one("25. Marvell, The Poems, Letters and Prose Pieces (1971), 12.")
    assert "type" not in c.record
    assert c.record["author"] == [{"family": "Marvell"}]
    assert c.record["title"] == "The Poems, Letters and Prose Pieces"


def test_a_pseudonym_marked_pseud_is_a_literal_name():
    c = parse_note("26. Verax Anglicanus (pseud.), ‘The Navy and the Nation’, Fortnightly Review, 88 (May 1910),"
                   " pp. 801–12.")[0]
    assert c.record["author"] == [{"literal": "Verax Anglicanus"}]


def test_a_books_author_before_its_title_after_in_is_the_container_author():
    c = parse_note("27. J. A. Guy, ‘The Law of Treason’, in Thomas Elyot, The Book Named the Governor, ed. S. Lehmberg"
                   " (London, 1962), xii–xv.")[0]
    assert c.record["type"] == "chapter"
    assert c.record["container-title"] == "The Book Named the Governor"
    assert c.record["container-author"] == [{"family": "Elyot", "given": "Thomas"}]


def test_an_author_named_in_the_possessive_before_a_books_title():
    c = one("28. See also Michael Walzer’s The Company of Critics (New York: Basic Books, 1988).")
    assert c.record["author"] == [{"family": "Walzer", "given": "Michael"}]
    assert c.record["title"] == "The Company of Critics"


def test_a_web_pages_owner_between_the_site_and_the_url_is_its_publisher():
    c = one("29. Ann Rowe, “The Governor’s Palace,” History.org, Colonial Trust, http://www.history.org/palace.cfm.")
    assert c.record["type"] == "webpage"
    assert c.record["container-title"] == "History.org"
    assert c.record["publisher"] == "Colonial Trust"


def test_a_roman_volume_after_the_imprint_before_the_page():
    c = one("30. Ann Vale, The Letters of Ann Vale, ed. J. Hart, 3 vols (Oxford: Clarendon Press, 1990–4), II, p. 41.")
    assert c.record["volume"] == "II"
    assert c.locator == "41"


def test_prose_that_names_the_author_before_in_and_a_series_with_its_number():
    c = one("31. Cheap cloth: This case is argued by P. J. Marshall in East Indian Fortunes, The New Oxford History of"
            " Bengal, Vol 2, 1, Oxford: Clarendon Press, 1976, p. 9.")
    r = c.record
    assert r["author"] == [{"family": "Marshall", "given": "P. J."}]
    assert r["title"] == "East Indian Fortunes"
    assert (r["collection-title"], r["collection-number"]) == ("The New Oxford History of Bengal", "2, 1")


def test_a_footnote_number_after_a_volume_is_not_part_of_the_title():
    c = parse_note("32. Madison, The Writings of James Madison, vol. 9, footnote 2 (New York: G.P. Putnam’s Sons,"
                   " 1910).")[0]
    assert c.record["title"] == "The Writings of James Madison"
