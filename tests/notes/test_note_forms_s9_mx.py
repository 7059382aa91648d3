"""Non-English note shapes of older mixed pages: Spanish 'según' before a short form, prose after its pages."""

from citekit.readers.notes import parse_note


def test_spanish_segun_opens_a_short_form_and_prose_after_its_pages_is_left_out():
    cites = parse_note("[72] Serrano Súñer la atribuyó a Lequerica, Saña,\nFranquismo\n, pp. 124-127. Según Cava Mesa,"
                       "\nLequerica\n, pp. 184-189, Lequerica no hizo más que obedecer las órdenes que partían del "
                       "director general de Seguridad, José Finat. <<")
    assert len(cites) == 2, cites
    c = cites[1]
    assert c.record["title"] == "Lequerica"
    assert (c.locator, c.label) == ("184–189", "page")
