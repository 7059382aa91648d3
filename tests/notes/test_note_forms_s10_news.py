"""Newspapers, magazines, periodicals, bulletins, reports and web pages in notes: the shapes they take
in every language of the set (a paper by title and date, an article by its headline, an issue by number)."""

from citekit.readers.notes import parse_note


def kinds(text):
    return [(c.record.get("type"), c.record.get("container-title")) for c in parse_note(text) if not c.ibid]


def test_a_paper_named_for_its_city_after_a_short_form_is_not_the_imprint_of_the_book():
    cites = parse_note("4. Gaddis, We Now Know, 45; Washington Post, 12 June 1963.")
    assert [c.record.get("title") for c in cites] == ["We Now Know", None]
    r = cites[1].record
    assert (r["type"], r["container-title"]) == ("article-newspaper", "Washington Post")
    assert r["issued"] == {"date-parts": [[1963, 6, 12]]}
    assert kinds("12. Ibid., 45; Boston Globe, June 12, 1963, 3.") == [("article-newspaper", "Boston Globe")]


def test_a_magazine_issue_by_volume_and_number_dated_day_first():
    c = parse_note("5. Newsweek, vol. 60, no. 17 (22 October 1962): 33.")[0]
    r = c.record
    assert (r["type"], r["title"], r["volume"], r["issue"]) == ("periodical", "Newsweek", "60", "17")
    assert r["issued"] == {"date-parts": [[1962, 10, 22]]}
    assert c.locator == "33"
