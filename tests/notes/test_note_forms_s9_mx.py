"""Non-English note shapes of older mixed pages: Spanish 'según' before a short form, prose after its pages,
compound surnames with 'de'."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_spanish_segun_opens_a_short_form_and_prose_after_its_pages_is_left_out():
    cites = parse_note("[72] Serrano Súñer la atribuyó a Lequerica, Saña,\nFranquismo\n, pp. 124-127. Según Cava Mesa,"
                       "\nLequerica\n, pp. 184-189, Lequerica no hizo más que obedecer las órdenes que partían del "
                       "director general de Seguridad, José Finat. <<")
    assert len(cites) == 2, cites
    c = cites[1]
    assert c.record["title"] == "Lequerica"
    assert (c.locator, c.label) == ("184–189", "page")


def test_a_word_before_de_that_is_no_given_name_opens_a_compound_surname():
    r = one("[2]. Mi riferisco specialmente al Fustel de Coulanges e al suo Polybe ou la Grèce conquise par les "
            "Romains, in Questions historiques, Paris, Hachette, 1893, p. 121 sgg.").record
    assert r["author"] == [{"family": "Fustel de Coulanges"}]
    r = one("400. Girod de l’Ain, Vie militaire du général Foy, p. 455.").record
    assert r["author"] == [{"family": "Girod de l’Ain"}]


def test_a_given_name_before_de_stays_a_given_name():
    r = one("Michel de Montaigne, Essais, Paris, Gallimard, 1965, p. 12.").record
    assert r["author"][0]["given"] == "Michel"


def test_an_author_in_a_periodical_with_no_title_of_his_own():
    c = one("1. Raphaël Draï, in La Pensée de midi, entretien avec Bruno Étienne, février 2000, p. 106.")
    r = c.record
    assert r["type"] == "article-journal"
    assert r["author"] == [{"family": "Draï", "given": "Raphaël"}]
    assert r["container-title"] == "La Pensée de midi"
    assert r["issued"] == {"date-parts": [[2000, 2]]}
    assert (c.locator, c.label) == ("106", "page")


def test_numbers_of_letters_after_nn_are_no_pages():
    cites = parse_note("p. 22. Andronikos: Synesios of Cyrene, Correspondance, ed. and trans. A. Garzya and D. Roques "
                       "(Paris, 2000), nn. 41-2, 72, 79, 90.")
    assert cites[0].record["title"] == "Correspondance"
    assert cites[0].locator is None


def test_hungarian_short_form_without_a_colon_names_the_work():
    c = one("[557] Procčs, 70. o.")
    assert c.record == {"title": "Procčs"}
    assert (c.locator, c.label) == ("70", "page")
    c = one("Gosztonyi: „Aufstand”, 211. o.")
    assert c.record["author"] == [{"family": "Gosztonyi"}]


def test_a_note_that_is_a_title_in_sentence_case_opening_on_life_or_history():
    assert one("[62] Vida e feitos de D. João II.").record == {"title": "Vida e feitos de D. João II"}
    r = one("[302.] Storia de' senatori di Roma d'Antonio Vitale.").record
    assert r["title"] == "Storia de' senatori di Roma"
    assert r["author"] == [{"family": "Vitale", "given": "Antonio"}]


def test_a_note_naming_its_authors_only():
    cites = parse_note("[77]. Villani e Ammirato.")
    assert [c.record for c in cites] == [{"author": [{"family": "Villani"}]}, {"author": [{"family": "Ammirato"}]}]
    assert one("[16.] Balbo.").record == {"author": [{"family": "Balbo"}]}
    assert not any(c.record for c in parse_note("Passim."))


def test_a_periodical_dated_by_season_is_a_journal():
    cites = parse_note("« Is Politics still the backbone of History ? », Daedalus, hiver 1971, pp. 1-19.")
    assert cites[0].record["type"] == "article-journal"
    assert cites[0].record["container-title"] == "Daedalus"


def test_a_web_pages_menu_glued_after_the_imprint_is_left_out():
    r = one("14. Zie de diverse artikelen over de LSP, VDB en Liberale Unie in relatie tot de SDAP in: P. van Schie "
            "(ed.), Tussen polarisatie en Paars. De "
            "100-jarige verhouding tussen liberalen en socialisten in Nederland (Kampen 1995)Afmelden | Aanmelden").record
    assert r["title"] == ("Tussen polarisatie en Paars. De 100-jarige verhouding tussen liberalen en socialisten in "
                          "Nederland")
    assert (r["publisher-place"], r["issued"]) == ("Kampen", {"date-parts": [[1995]]})
