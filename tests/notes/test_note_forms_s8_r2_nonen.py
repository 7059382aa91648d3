"""Non-English note shapes: Dutch parliamentary proceedings, German pages joined by a slash,
Hungarian notes with a colon after the author, and other forms of Italian, French, Spanish and
Russian notes."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_dutch_proceedings_of_the_second_chamber_cite_no_work():
    assert parse_note("13. HTK 1918-1919, 688.") == []
    assert parse_note("6. Handelingen Tweede Kamer 1913-1914, p. 45.") == []


def test_german_pages_joined_by_a_slash_after_a_glued_short_form():
    c = one("17) Broszat a.a.O.S.219/31.")
    assert c.record["author"] == [{"family": "Broszat"}]
    assert (c.locator, c.label) == ("219/31", "page")


def test_a_slash_after_a_capital_p_is_not_a_page():
    c = one("136. Winston S. Churchill, While England Slept (London, 1938), 302–303; ChP 2/283.")
    assert c.locator == "302–303"


def test_hungarian_colon_after_the_author_with_the_page_after_its_number():
    c = one("12. Kovács István: A magyar forradalom. Budapest, 1990, 45. o.")
    r = c.record
    assert r["author"] == [{"family": "Kovács", "given": "István"}]
    assert r["title"] == "A magyar forradalom"
    assert (r["publisher-place"], r["issued"]) == ("Budapest", {"date-parts": [[1990]]})
    assert (c.locator, c.label) == ("45", "page")


def test_oral_history_project_interviews_cite_no_work():
    assert parse_note("[547] CUOHP, 563.") == []
    c = one("[564] CUOHP, 403, Kiss Dezső lakatos, és Gosztonyi: id. mű, 217. o.")
    assert c.record["author"] == [{"family": "Gosztonyi"}]
    assert c.locator == "217"


def test_hungarian_name_family_first_with_a_common_given_name():
    r = one("[560] Gosztonyi Péter: Föltámadott a tenger, Budapest, 1989, 211. o.").record
    assert r["author"] == [{"family": "Gosztonyi", "given": "Péter"}]
    assert r["title"] == "Föltámadott a tenger"


def test_town_and_publisher_after_the_titles_full_stop_then_the_page_after_the_years():
    c = one("[562] Kovács István: A magyar forradalom. Budapest, Magvető, 1990. 45. o.")
    r = c.record
    assert r["title"] == "A magyar forradalom"
    assert (r["publisher-place"], r["publisher"]) == ("Budapest", "Magvető")
    assert (c.locator, c.label) == ("45", "page")
    r = one("3. Jean Dupont, Le titre. Paris, Gallimard, 1990.").record
    assert (r["title"], r["publisher-place"], r["publisher"]) == ("Le titre", "Paris", "Gallimard")


def test_chapters_cited_as_cap_end_a_citation_before_prose():
    cites = parse_note("[316]. Opere, vol. I, pag. 66-68; Villani, Cronica, lib. V, cap. 38 e 39. Qui è identico nei due "
                       "scrittori ancora l'elenco delle famiglie guelfe e ghibelline.")
    assert len(cites) == 2
    assert cites[1].record["author"] == [{"family": "Villani"}]
    assert cites[1].record["title"] == "Cronica"


def test_italian_e_opening_the_next_citation_and_the_edition_cited_left_out_of_the_title():
    cites = parse_note("[101] Ibid., pag. 778–79; e Muratori, Diss. XLIII, ediz. cit., tom. VIII, col. 528–29.")
    c = cites[-1]
    assert c.record["author"] == [{"family": "Muratori"}]
    assert (c.record["title"], c.record["volume"]) == ("Diss. XLIII", "VIII")
    assert (c.locator, c.label) == ("528–29", "column")


def test_a_pages_link_back_to_the_text_is_no_part_of_the_note():
    c = one("4. G. Billanovich, La tradizione del testo di Livio, Padova, Antenore 1981, 45torna al testo.")
    assert (c.record["publisher-place"], c.record["publisher"]) == ("Padova", "Antenore")
    assert (c.locator, c.label) == ("45", "page")


def test_italian_town_then_firm_with_its_year():
    c = one("3. R. Carlyle, Il pensiero politico medievale, III, Bari, Laterza 1967, 417-23.")
    r = c.record
    assert (r["publisher-place"], r["publisher"], r["volume"]) == ("Bari", "Laterza", "III")
    assert r["title"] == "Il pensiero politico medievale"
    assert c.locator == "417–23"


def test_swedish_och_and_o_join_two_works():
    cites = parse_note("4. Se J. Rosén, Kronogods (Lund 1950) och C. Strandberg, Zur Frage (Lund 1951).")
    assert len(cites) == 2
    assert cites[1].record["author"] == [{"family": "Strandberg", "given": "C."}]
    assert cites[1].record["title"] == "Zur Frage"
    cites = parse_note("5. J. Rosén, Kronogods (Lund 1950) o. C. Strandberg, Zur Frage (Lund 1951).")
    assert [c.record["publisher-place"] for c in cites] == ["Lund", "Lund"]


def test_swedish_se_before_initials_is_a_cue_not_a_given_name():
    r = one("4. Se J. Rosén, Kronogods (Lund 1950).").record
    assert r["author"] == [{"family": "Rosén", "given": "J."}]


def test_french_page_range_with_a():
    c = one("[272] Caylus, Souvenirs, t. LXVI, p. 208 à 213.")
    assert (c.record["title"], c.record["volume"]) == ("Souvenirs", "LXVI")
    assert (c.locator, c.label) == ("208 à 213", "page")


def test_french_writers_own_book_after_a_work_is_no_citation():
    c = one("[271] Le premier mourut à l'âge de trois ans; le second, Auguste de Bourbon, depuis duc du Maine, était né "
            "le 31 mars 1670. Conférez Caylus, Souvenirs, t. LXVI, p. 384, et la 3e partie de ces Mémoires, chap. XII, "
            "p. 208 à 213.")
    assert c.record == {"author": [{"family": "Caylus"}], "title": "Souvenirs", "volume": "LXVI"}
    assert c.locator == "384"


def test_french_book_format_before_the_page_cited():
    c = one("[274] Mémoires de François de Maucroix, Paris, 1842, 2 vol. in-8°, p. 32.")
    assert (c.record["title"], c.record["publisher-place"]) == ("Mémoires de François de Maucroix", "Paris")
    assert (c.locator, c.label) == ("32", "page")


def test_german_publisher_named_without_a_town_before_its_year():
    c = one("15) K. Jordan, in: Gebhardts Hdb. dt. Gesch. 4, dtv 1973, S. 62.")
    r = c.record
    assert (r["container-title"], r["volume"], r["publisher"]) == ("Gebhardts Hdb. dt. Gesch.", "4", "dtv")
    assert c.locator == "62"
    r = one("16) K. Jordan, Deutschland, München, Beck 1973, S. 62.").record
    assert (r["title"], r["publisher-place"], r["publisher"]) == ("Deutschland", "München", "Beck")


def test_german_journal_by_one_digit_volume_then_year_is_no_day():
    c = one("217 Vgl. G. Wolf, Universales Kaisertum, in: Historische Zeitschrift 5, 1968, S. 243.")
    r = c.record
    assert (r["container-title"], r["volume"], r["issued"]) == ("Historische Zeitschrift", "5", {"date-parts": [[1968]]})
    assert c.locator == "243"


def test_german_und_passim_after_the_pages():
    c = one("Details: Fleischhauer, Pakt, 408 ff. u. pass.")
    assert (c.record["author"], c.record["title"]) == ([{"family": "Fleischhauer"}], "Pakt")
    assert c.locator.startswith("408 ff. u. pass")


def test_russian_author_in_the_genitive_before_a_quoted_title_in_prose():
    r = one("35 Семичастный ссылается на книгу воспоминаний А. И. Аджубея «Те десять лет» (М.: Сов. Россия, 1989).").record
    assert r["author"] == [{"family": "Аджубей", "given": "А. И."}]
    assert (r["title"], r["publisher"]) == ("Те десять лет", "Сов. Россия")


def test_russian_article_named_in_prose_keeps_its_newspaper():
    r = one("36 См. статью В. Петрова «Заметки» // Правда. 1960. 29 мая.").record
    assert (r["title"], r["container-title"]) == ("Заметки", "Правда")


def test_french_particle_elided_onto_a_name_still_reads_as_a_name():
    r = one("3. Jean d’Alembert, Mélanges, Paris, 1760, p. 4.").record
    assert r["author"] == [{"family": "d’Alembert", "given": "Jean"}]
    assert r["title"] == "Mélanges"
    cites = parse_note("400. Girod de l’Ain, Vie militaire du général Foy cité par Catherine Desportes dans Gaspard de "
                       "Clermont-Tonnerre, L’expédition d’Espagne, 1808-1810, Paris, Perrin, 1983, note 2, p. 455.")
    assert [c.record["title"] for c in cites] == ["Vie militaire du général Foy", "L’expédition d’Espagne, 1808-1810"]
