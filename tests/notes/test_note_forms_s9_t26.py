"""Russian short forms of editions cited by siglum, with volume, document number and page."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_siglum_with_volume_and_document_number():
    c = one("[1] ПБП. 2. № 453. С. 84, 398-399.")
    assert c.record == {"title": "ПБП", "volume": "2", "number": "453"}
    assert (c.locator, c.label) == ("84, 398–399", "page")


def test_siglum_with_roman_volume():
    r = one("[4] ПСЗ. V. № 3234. С. 591.").record
    assert (r["title"], r["volume"], r["number"]) == ("ПСЗ", "V", "3234")
    assert "author" not in r


def test_siglum_alone_is_a_title_not_an_author():
    c = one("[1] ПЗМ. С. 267.")
    assert c.record == {"title": "ПЗМ"}
    assert c.locator == "267"


def test_author_then_siglum_and_bare_volume():
    c = one("[1] Голиков. ДПВ. 7. С. 347.")
    assert c.record == {"author": [{"family": "Голиков"}], "title": "ДПВ", "volume": "7"}
    assert c.locator == "347"


def test_author_short_title_with_volume_and_part():
    cites = parse_note("[2] Елагин. История. Прил. 1. С. 504-505; Устрялов. История. 4-1. С. 194.")
    assert cites[0].record == {"author": [{"family": "Елагин"}], "title": "История"}
    assert cites[1].record == {"author": [{"family": "Устрялов"}], "title": "История", "volume": "4-1"}
    assert cites[1].locator == "194"


def test_siglum_of_a_journal_publication_by_year_and_issue():
    c = one("НХ4. 1990. № 6. С. 78.")
    assert c.record["issued"] == {"date-parts": [[1990]]}
    assert (c.record["title"], c.record["issue"]) == ("НХ4", "6")


def test_author_short_form_without_volume_is_left_to_author_rules():
    r = one("Джоравски. С. 111.").record
    assert r.get("author") == [{"family": "Джоравски"}]


def test_russian_journal_issue_printed_before_the_year():
    r = one("Н. М. Золотухина. Концепция сословно-представительной монархии в русской средневековой политической "
            "теории. // Правоведение. № 1, 1988.").record
    assert r["type"] == "article-journal"
    assert (r["container-title"], r["issue"]) == ("Правоведение", "1")
    assert r["issued"] == {"date-parts": [[1988]]}



def test_dutch_pinpoint_page_after_aldaar():
    c = one("1 Ernst H. Kossmann, ‘Continuïteit en discontinuïteit in de\nnaoorlogse geschiedenis van Nederland’, "
            "Ons Erfdeel 28, nr. 5\n(1985): 659-668, aldaar 660.")
    r = c.record
    assert (r["container-title"], r["volume"], r["issue"]) == ("Ons Erfdeel", "28", "5")
    assert (r["page"], c.locator) == ("659–668", "660")
