"""Readings put right while one job done twice by the readers was cut back to one rule."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_idem_a_cura_di_makes_the_author_the_books_editor():
    c = one("A. Rossi, Il comune, in idem (a cura di), Saggi, Roma 1990, p. 4.")
    assert c.record["container-title"] == "Saggi"
    assert c.record["editor"] == [{"family": "Rossi", "given": "A."}]
    assert "publisher" not in c.record
    assert c.record["publisher-place"] == "Roma"


def test_en_particulier_after_a_page_range_keeps_the_range():
    c = one("J. Dupont, Les villes, Paris, 1990, pp. 45–67, en particulier p. 50.")
    assert c.record["title"] == "Les villes"
    assert c.record["page"] == "45–67"
    assert (c.locator, c.label) == ("50", "page")


def test_surtout_after_a_page_range_keeps_the_range():
    c = one("J. Dupont, Les villes, Paris, 1990, pp. 45–67, surtout p. 50.")
    assert c.record["page"] == "45–67"
    assert c.locator == "50"


def test_dutch_aldaar_after_a_keyed_sentence_is_ibid():
    cites = parse_note("J. de Vries, De economie, Amsterdam 1959, p. 4. Over de handel schreef hij uitvoerig "
                       "en met veel zorg: Aldaar, p. 120.")
    assert len(cites) == 2, cites
    assert cites[1].ibid and cites[1].record == {}
    assert cites[1].locator == "120"


def test_idem_with_a_role_and_no_comma_before_the_book():
    c = one('J. Smith, "Guilds", in idem (ed.) Towns, London 1990.')
    assert c.record["container-title"] == "Towns"
    assert c.record["editor"] == [{"family": "Smith", "given": "J."}]
