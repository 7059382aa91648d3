"""Citation shapes of the common styles (Harvard, APA, Chicago, German, French, Italian, Polish,
Russian), one test per rule, on examples written in each style's manner."""

from citekit.readers.notes import parse_note


def one(text):
    cites = [c for c in parse_note(text) if not c.ibid]
    assert len(cites) == 1, cites
    return cites[0]


# --- Harvard and APA: inverted names, the year in parentheses after them

def test_harvard_edited_book_with_two_inverted_editors():
    r = one("Hill, C. and Moore, P. (eds) (1985) Labour and the Land. Manchester: Northern Press.").record
    assert r["editor"] == [{"family": "Hill", "given": "C."}, {"family": "Moore", "given": "P."}]
    assert (r["type"], r["title"]) == ("book", "Labour and the Land")
    assert (r["publisher-place"], r["publisher"]) == ("Manchester", "Northern Press")
    assert r["issued"] == {"date-parts": [[1985]]}


def test_harvard_article_with_volume_and_issue_in_parentheses():
    c = one("Quinn, R. (2004) ‘Grain and the State’, Rural History 15(2): 201–19.")
    r = c.record
    assert r["author"] == [{"family": "Quinn", "given": "R."}]
    assert (r["type"], r["title"], r["container-title"]) == ("article-journal", "Grain and the State", "Rural History")
    assert (r["volume"], r["issue"]) == ("15", "2")
    assert c.locator == "201–19"


def test_apa_article_title_and_journal_as_sentences():
    r = one("Quinn, R., & Field, T. (2004). Grain and the state. Rural History, 15(2), 201–219.").record
    assert r["author"] == [{"family": "Quinn", "given": "R."}, {"family": "Field", "given": "T."}]
    assert (r["title"], r["container-title"], r["volume"], r["issue"]) == (
        "Grain and the state", "Rural History", "15", "2")


def test_harvard_chapter_in_edited_book():
    r = one("Quinn, R. (2004) ‘Grain and the State’, in Hill, C. (ed.) Labour and the Land. "
            "Manchester: Northern Press, pp. 12–30.").record
    assert (r["type"], r["container-title"]) == ("chapter", "Labour and the Land")
    assert r["editor"] == [{"family": "Hill", "given": "C."}]
    assert r["publisher"] == "Northern Press"


def test_harvard_et_al_is_not_a_given_name():
    r = one("Quinn, R. et al. (2004) Grain and the State. Leeds: Moorland.").record
    assert r["author"] == [{"family": "Quinn", "given": "R."}]


# --- author-date references in running prose

def test_author_and_year_in_prose():
    c = one("Holt (1988) argues that the harvest failed twice.")
    assert c.record == {"author": [{"family": "Holt"}], "issued": {"date-parts": [[1988]]}}
    c = one("As Holt and Marsh (1988: 45) have shown, the harvest failed twice.")
    assert c.record["author"] == [{"family": "Holt"}, {"family": "Marsh"}]
    assert c.locator == "45"


def test_parenthesised_author_date_list_in_prose():
    cites = parse_note("The point is disputed (Holt 1988: 45; Marsh 1991) in the later work.")
    assert [(c.record["author"][0]["family"], c.locator) for c in cites] == [("Holt", "45"), ("Marsh", None)]


def test_dates_in_prose_after_places_and_events_are_no_references():
    assert parse_note("The Treaty of Versailles (1919) ended the war, but the peace of Europe did not last.") == []
    assert parse_note("After the congress in Moscow (1956) the party split.") == []
    assert parse_note("Khrushchev (1894–1971) was removed in 1964.") == []
