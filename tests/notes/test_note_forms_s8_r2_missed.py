"""Citations the reader used to miss: short notes naming a work whole, and other shapes."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_whole_note_names_an_author_by_a_compound_surname_and_a_title():
    r = one("[60] Rebello da Silva, Annaes das sciencias e lettras.").record
    assert r["author"] == [{"literal": "Rebello da Silva"}]
    assert r["title"] == "Annaes das sciencias e lettras"


def test_whole_note_is_a_title_in_headline_case():
    assert one("6. The Dead Sea Scrolls.").record == {"title": "The Dead Sea Scrolls"}
    assert one("[3] Cahiers de la IIIe Internationale. <<").record["title"] == "Cahiers de la IIIe Internationale"


def test_whole_note_naming_people_or_a_remark_is_no_title():
    assert parse_note("[312]. Filippo Maria Visconti.") == []
    assert all("title" not in c.record for c in parse_note("[77]. Villani e Ammirato."))
    assert parse_note("4. En Español en el original.") == []
    assert parse_note("9. Ibid.")[0].ibid
