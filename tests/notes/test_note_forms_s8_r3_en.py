"""English note shapes of ancient-history, history-of-science and Anglo-Saxon notes: classical texts by book and
line, articles cited by journal and year after 'in', short titles with their year."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_ancient_text_by_book_and_line_in_arabic_figures_has_no_page():
    c = one("5. Josephus, Jewish War 2.385.")
    assert c.record["author"] == [{"family": "Josephus"}]
    assert c.record["title"] == "Jewish War"
    assert c.locator is None


def test_date_in_figures_after_a_month_is_not_a_book_and_line():
    c = one("[572] Kosák Dezső, in: Franc Tireur, Paris, 1956. december 18.")
    assert c.record["issued"] == {"date-parts": [[1956, 12, 18]]}
