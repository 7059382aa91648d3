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


def test_ancient_texts_by_books_and_chapters_joined_by_commas_are_cut_apart_and_get_no_locator():
    cites = parse_note("1 Those known to historians from the first are: Socrates, H.E., ii,6.7.12.13.15–18.20.22.23.26.27, "
                       "and v,9. Sozomen, H.E., iii,3.4.7–10.13.24, iv,2.3, and vii,10. Theodoret, H.E., ii,5.")
    assert [c.record["author"][0]["family"] for c in cites] == ["Socrates", "Sozomen", "Theodoret"]
    assert all(c.record["title"].rstrip(".") == "H.E" and c.locator is None for c in cites)


def test_an_ancient_text_by_book_and_chapter_after_an_abbreviated_title():
    c = one("9 Cf. Philostorgius, HE i. 9–10.")
    assert (c.record["author"][0]["family"], c.record["title"], c.locator) == ("Philostorgius", "HE", None)


def test_a_russian_archive_leaf_is_no_book_and_chapter():
    cites = parse_note("116. Kokurin and Petrov, GULAG. 1917–1960, pp. 788–791; RGAE, f. 4372, op. 11, d. 677, l. 9.")
    assert not any(c.record.get("title", "").startswith("f. 4372") for c in cites)


def test_short_forms_in_parentheses_inside_prose():
    cites = parse_note("1. “What a lesson to the vanity and presumption of philosophers!” exclaimed his first biographer, "
                       "Brewster, in 1831 (The Life of Sir Isaac Newton, p. 303). Newton, who read incessantly and remained "
                       "unsettled, was echoing Milton (Paradise Regained, 320–21):")
    assert [(c.record["title"], c.locator) for c in cites] == [("The Life of Sir Isaac Newton", "303"),
                                                               ("Paradise Regained", "320–21")]


def test_short_form_in_parentheses_by_surname_and_volume():
    c = one("7. Lewes criticizes Dickens’s characters as child’s play—wooden horses that run on wheels "
            "(Forster, The Life of Charles Dickens 2:269).")
    assert c.record == {"author": [{"family": "Forster"}], "title": "The Life of Charles Dickens", "volume": "2"}
    assert c.locator == "269"


def test_an_imprint_in_parentheses_inside_prose_is_no_short_form():
    assert all(c.locator is None for c in parse_note("3. The plan was printed in London (New Haven Press, 1971) "
                                                     "and was soon forgotten."))


def test_russian_short_forms_in_parentheses_inside_prose():
    cites = parse_note("1725\nТаубе и Крузе. С. 38–39. Автор Пискаревского летописца также пишет, что царь «ходиша и "
                       "ездиша в черном» (Пискаревский летописец. С. 79 [ПСРЛ. Т. 34. С. 1901]). По его примеру и другие "
                       "«старейшины» принуждены носить такое же платье (Шлихтинг. С. 27); «Опричные должны были носить "
                       "черные кафтаны» (Штаден. С. 86).")
    got = [(c.record.get("title"), c.record.get("author"), c.record.get("volume"), c.locator) for c in cites]
    assert ("Пискаревский летописец", None, None, "79") in got
    assert ("ПСРЛ", None, "34", "1901") in got
    assert (None, [{"family": "Шлихтинг"}], None, "27") in got
    assert (None, [{"family": "Штаден"}], None, "86") in got


def test_a_letter_by_its_day_is_no_newspaper():
    assert parse_note("[16] Lettre du 16 février 1938. Elle devait être imprimée dans le no 14 des Œuvres complètes.") == []
    assert one("3. Le Monde, 12 janvier 1962.").record["container-title"] == "Le Monde"


def test_comma_and_then_the_next_author_by_initials_and_a_particle_starts_a_citation():
    cites = parse_note("1 See Barraclough, G., ‘Audientia Litterarum Contradictarum,’ DDC 1 (1935) 1387, and R. von "
                       "Heckel, ‘Das Aufkommen der ständigen Prokuratoren an der päpstlichen Kurie,’ Miscellanea Fr. "
                       "Ehrle II (Studi e Testi 38; Rome 1924) 291–4.")
    assert [c.locator for c in cites] == ["1387", "291–4"]
    assert cites[1].record["author"][0]["family"] == "Heckel"


def test_an_abbreviated_title_word_after_the_author_is_no_given_name():
    c = one("3 Hilary, Hist. frag. iv,1.")
    assert (c.record["author"], c.record["title"], c.locator) == ([{"family": "Hilary"}], "Hist. frag", None)


def test_a_chronicle_by_book_and_chapters_ends_its_sentence_before_prose():
    cites = parse_note("[316]. Opere, vol. I, pag. 66-68; Villani, Cronica, lib. V, cap. 38 e 39. Qui è identico nei due "
                       "scrittori ancora l'elenco delle famiglie guelfe e ghibelline.")
    assert cites[-1].record == {"author": [{"family": "Villani"}], "title": "Cronica"}
    assert cites[-1].locator is None
