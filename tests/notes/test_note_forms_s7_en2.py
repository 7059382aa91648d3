"""English note shapes: books cited without imprint, prose leads and other forms."""

import pytest

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


@pytest.mark.parametrize("text, family, title", [
    ("3 Peter Hamilton, Rivers of the North: A Social History p. 371.", "Hamilton", "Rivers of the North: A Social History"),
    ("2 Margaret Olsen,Harbours pp. 116f.", "Olsen", "Harbours"),
])
def test_a_full_name_and_a_title_run_into_its_page_is_a_book(text, family, title):
    c = one(text)
    assert c.record["author"][0]["family"] == family
    assert c.record["title"] == title
    assert c.record.get("type") == "book"


@pytest.mark.parametrize("text", [
    "1 Cf. Hamilton, Rivers of the North pp. 122f.",  # the surname alone: a short form
    "5 J. Hamilton, Rivers of the North p. 12.",  # initials only: left as a short form
])
def test_a_surname_or_initials_with_a_title_and_page_stay_short(text):
    assert one(text).record.get("type") is None


@pytest.mark.parametrize("text, title, editor", [
    ("2 The speech may be found complete, in English translation, in The Lisbon Reader, ed. Anne Cole and "
     "Peter Lang (New York: Norton, 1971), pp. 12–16.", "The Lisbon Reader", "Cole"),
    ("7 Several of these letters are now available in English, with a useful commentary, in Mary Hale "
     "(trans. and ed.), The Harbour Letters, Leeds University Press, 1994.", "The Harbour Letters", "Hale"),
])
def test_a_sentence_saying_where_a_text_is_printed_then_the_book(text, title, editor):
    c = one(text)
    assert c.record["title"] == title
    assert c.record["type"] == "book"
    assert "container-title" not in c.record
    assert c.record["editor"][0]["family"] == editor


def test_a_chapter_title_is_not_taken_for_prose():
    c = one("3 Anne Cole, The Harbour Trade, in The Lisbon Reader, ed. Peter Lang (New York: Norton, 1971), 12–16.")
    assert c.record["type"] == "chapter"
    assert c.record["title"] == "The Harbour Trade"


@pytest.mark.parametrize("text, title", [
    ("2. R. A. Smith, 'The Men Who Wouldn't Go: O'Brien and the War', Journal of Irish History, 4 (1990), 1–18.",
     "The Men Who Wouldn't Go: O'Brien and the War"),
    ("4. J. Lee, 'The Harbour's Trade', Northern History, 12 (1976), 40–52.", "The Harbour's Trade"),
])
def test_an_apostrophe_inside_a_word_does_not_close_a_single_quoted_title(text, title):
    c = one(text)
    assert c.record["title"] == title
    assert c.record["author"][0]["family"] in ("Smith", "Lee")


def test_a_single_quoted_title_then_a_subtitle_is_the_whole_book_title():
    c = one("1. R. A. Green, 'This Other Eden, this Demi-Paradise': The Realm in the Later Middle Ages "
            "(Swansea, 1983), pp. 14-15.")
    assert c.record["title"] == "'This Other Eden, this Demi-Paradise': The Realm in the Later Middle Ages"
    assert c.record["author"][0]["family"] == "Green"


@pytest.mark.parametrize("text, title", [
    ("3. N. Hale, Rome: The Empire of Cities, 753 BC AD 476(2008).", "Rome: The Empire of Cities, 753 BC AD 476"),
    ("4. P. Ward, Roman Britain, 55 BC–AD 409 (2006), p. 12.", "Roman Britain, 55 BC–AD 409"),
])
def test_a_span_of_years_ending_a_title_is_not_a_journal_and_volume(text, title):
    c = one(text)
    assert c.record["title"] == title
    assert c.record["type"] == "book"
    assert "container-title" not in c.record and "volume" not in c.record


def test_the_journal_named_ad_is_still_a_journal():
    c = one("5. J. Smith, 'The Studio', AD 47 (1977), 12.")
    assert c.record["type"] == "article-journal"
    assert c.record["volume"] == "47"


def test_a_sentence_opening_on_a_percentage_is_prose_after_the_citation():
    cites = parse_note("11. Republic of Freedonia, Freedonia Housing Census, 1962, vol. 4, 57–58. 89% of the "
                       "households lived in the then Coast Province.")
    assert len(cites) == 1
    assert cites[0].locator == "57–58"
    assert cites[0].record["author"] == [{"literal": "Republic of Freedonia"}]


@pytest.mark.parametrize("text, volume", [
    ("7 Buildings to the north of this street were excavated in 1969–70 (Northern Archaeology i (1970) 270–1; fig. 2).",
     "i"),
    ("8 The ditch was cut twice (Northern Archaeology 12 (1981), 40–2).", "12"),
])
def test_prose_ending_on_a_journal_reference_in_parentheses(text, volume):
    c = one(text)
    assert c.record["container-title"] == "Northern Archaeology"
    assert c.record["volume"] == volume
    assert c.record["type"] == "article-journal"



def test_the_figure_after_a_parenthesised_journal_reference_is_not_its_page():
    c = one("7 Buildings were excavated in 1969–70 (Northern Archaeology i (1970) 270–1; fig. 2).")
    assert c.locator == "270–1"


def test_a_possessive_apostrophe_does_not_open_a_quoted_title():
    c = one("8. H. Ward, The Workers' Union and the Farmers' Revolt (London, 1985), p. 3.")
    assert c.record["title"] == "The Workers' Union and the Farmers' Revolt"
    assert c.record["author"] == [{"family": "Ward", "given": "H."}]
    assert c.record["type"] == "book"


def test_a_title_opened_by_a_double_and_closed_by_a_single_quotation_mark():
    c = one("7. Helen Ward, \"The Dockers' Union in the Northern Countryside', unpublished Ph.D. dissertation, "
            "University of Leeds, 1985, pp.285-6.")
    assert c.record["title"] == "The Dockers' Union in the Northern Countryside"
    assert c.record["author"][0]["family"] == "Ward"


def test_a_single_quotation_mark_never_closed_is_not_part_of_the_title():
    cites = parse_note("2 Kenneth E. Miller, 'Book Review, The Journal of Politics (Vol. 21, No. 3; August 1959), "
                       "pp. 549-51.")
    assert cites[0].record["title"] == "Book Review"


def test_empty_parentheses_left_in_a_journal_name_are_dropped():
    c = one("7. N. Petrov, 'Foreign Policy and the Reconstruction of Relations', International Affairs (), no. 4, "
            "Apr. 1975, p. 8.")
    assert c.record["container-title"] == "International Affairs"


def test_a_semicolon_before_being_continues_an_old_title():
    cites = parse_note("17 G. Marlow, Fever and Famine; being a summary of the reports on these subjects lately "
                       "addressed to the Royal Society (London, 1846).")
    assert len(cites) == 1
    assert cites[0].record["title"].startswith("Fever and Famine; being a summary")
    assert cites[0].record["author"][0]["family"] == "Marlow"


@pytest.mark.parametrize("text, family, locator", [
    ("6 The limits became wider, to the fifth century bc. Cf. also Moreau, below, p. 112.", "Moreau", "112"),
    ("8 See Hale, above, p. 12.", "Hale", "12"),
])
def test_an_author_then_above_or_below_is_a_short_form_by_author(text, family, locator):
    c = one(text)
    assert c.record == {"author": [{"family": family}]}
    assert c.locator == locator


def test_a_quoted_document_followed_by_its_date_alone_cites_no_work():
    assert parse_note("12. This was the general view of the ministry. See “Results of the Visit to Bonn,” "
                      "May 1958, and “An Account of Relations,” August 1958, MFA.") == []


def test_a_magazine_piece_with_its_date_and_page_is_still_read():
    c = one("3. Anne Hale, “The New Museums,” Time, May 1958, 12.")
    assert c.record["container-title"] == "Time"


def test_a_government_office_after_the_title_is_the_publisher():
    c = one("Henry Lowe, Selections from the Revenue Records, Bureau of Revenue, Bengal, I, Calcutta, 1920.")
    assert c.record["title"] == "Selections from the Revenue Records"
    assert c.record["publisher"] == "Bureau of Revenue, Bengal"
    assert c.record["volume"] == "I"
    assert c.record["publisher-place"] == "Calcutta"


def test_a_semicolon_before_a_season_and_year_keeps_the_journal_in_one_citation():
    cites = parse_note("2. James Lowe, 'The Evolution of Policy', Regional Security; Summer 1976, vol. I, no. I, pp. 46-7.")
    assert len(cites) == 1
    assert cites[0].record["container-title"] == "Regional Security"
    assert cites[0].locator == "46–7"


@pytest.mark.parametrize("text, title, book", [
    ("1. “Naming the River,” in Hale, Sources of Northern Tradition, pp. 259–60.", "Naming the River",
     "Sources of Northern Tradition"),
    ("3. ‘An Account of a Dog dissected by Mr. Hook’, in Lowe, History of the Society, p. 232.",
     "An Account of a Dog dissected by Mr. Hook", "History of the Society"),
])
def test_a_quoted_piece_then_in_and_a_short_book_is_a_chapter(text, title, book):
    c = one(text)
    assert c.record["title"] == title
    assert c.record["container-title"] == book
    assert c.record["type"] == "chapter"


def test_a_piece_in_his_own_book_takes_the_author_named_before():
    cites = parse_note("4. See Hale’s “Thick Walls,” in his The Building of Towns (New York: Basic Books, 1973), 3–30. "
                       "On Hale’s life, see his essay, “Passage and Accident,” in his Available Light (Princeton, N.J.: "
                       "Princeton University Press, 2000), 3–20.")
    assert len(cites) == 2
    assert cites[1].record["author"] == [{"family": "Hale"}]
    assert cites[1].record["title"] == "Passage and Accident"


def test_papers_in_a_repository_by_shelfmark_cite_no_work():
    assert parse_note("1. Leeds Industrial Museum, Lord Hale’s Private Letters [Hale Correspondence], T2002 880/1-9, "
                      "16 Feb. 1891.") == []


def test_a_museum_as_author_of_a_book_is_still_read():
    c = one("2. Leeds Industrial Museum, A Guide to the Collections (Leeds, 1990), p. 4.")
    assert c.record["title"] == "A Guide to the Collections"


def test_a_paper_at_a_named_conference_is_a_conference_paper():
    c = one("3 Fred Hale, 'The Dominion Concept and the Empire', Political Science Group Workshop Conference, July 1998.")
    assert c.record["type"] == "paper-conference"
    assert c.record["event-title"] == "Political Science Group Workshop Conference"
    assert "container-title" not in c.record


def test_an_entry_in_a_dictionary_of_biography_is_a_chapter():
    c = one("2 Ronald Hale, '(John) Edward Lowe (1910-1991)', Oxford Dictionary of National Biography.")
    assert c.record["type"] == "chapter"
    assert c.record["container-title"] == "Oxford Dictionary of National Biography"


def test_e_g_in_parentheses_before_the_pages_is_a_gloss():
    cites = parse_note("The notion attracts eminent adherents: cf. Hale 1994a: (e. g.) 339, 346, 367.")
    assert len(cites) == 1
    assert cites[0].record["author"] == [{"family": "Hale"}]
    assert cites[0].locator == "339, 346, 367"


def test_an_author_named_in_a_sentence_then_see_pages():
    cites = parse_note("6. Hale details many of these figures in his chapter on melody. See especially pp. 83-5, 91-4. "
                       "For more, see Robert Lowe, A Turn of Phrase (Philadelphia: Penn Press, 1988).")
    assert cites[0].record == {"author": [{"family": "Hale"}]}
    assert cites[0].locator == "83–5, 91–4"
    assert cites[1].record["author"][0]["family"] == "Lowe"


def test_a_sentence_opening_on_a_pronoun_names_no_author():
    cites = parse_note("6. This details many of the figures. See especially pp. 83-5.")
    assert not any(c.record.get("author") for c in cites)


def test_a_lecture_on_a_day_is_no_book():
    cites = parse_note("2. Gustav Hale Lecture at Harvard, 14 April 1976; reprinted in James Lowe, 'The Evolution of "
                       "Policy', Regional Security, 1 (1976), pp. 46-7.")
    assert len(cites) == 1
    assert cites[0].record["author"][0]["family"] == "Lowe"


def test_a_quotation_then_a_year_and_a_parenthesis_is_no_chapter():
    cites = parse_note("1. “What a lesson to the vanity of philosophers!” exclaimed his first biographer, Hale, in 1831 "
                       "(The Life of Sir John Lowe, p. 303).")
    assert not any(c.record.get("type") == "chapter" for c in cites)


def test_a_piece_in_a_monthly_with_its_month_and_a_web_address_is_a_magazine_article():
    c = one("1. Anne Hale, “Defining Success in Museums,” Museum Network News, October 2004, "
            "www.example.com/view_10_2004.jsp (accessed October 29, 2006).")
    assert c.record["type"] == "article-magazine"
    assert c.record["container-title"] == "Museum Network News"


def test_a_site_cited_with_only_an_access_date_stays_a_web_page():
    c = one("2. “Museum Statistics,” Museum Data Online, www.example.com/stats (accessed October 29, 2006).")
    assert c.record["type"] == "webpage"


@pytest.mark.parametrize("text", [
    "9. Wallis letter, in Hale, History of the Society, I: 30.",
    "9. Boyle to Hooke, in Hale, History of the Society, I: 30.",
])
def test_a_letter_quoted_from_a_book_cited_short_gives_the_book(text):
    c = one(text)
    assert c.record["author"] == [{"family": "Hale"}]
    assert c.record["title"] == "History of the Society"
    assert "type" not in c.record and "container-title" not in c.record
