"""Older and non-English note shapes: the author after the title ('di', 'par', 'por', 'door'), a book's format
after its year, the Dutch 'te Leiden bij …' imprint and a thesis's school in lower case."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_italian_author_after_the_title_with_di_and_the_format_after_the_year():
    cites = parse_note("[79.] Istorie Pistojesi dall'anno 1300 al 1348 anonime t. XI, Scr. Rer. Ital. p. 367. — "
                       "Fioravanti Memorie Storiche di Pistoja, c. 17. p. 248. — Istoria di Pistoja e delle fazioni "
                       "d'Italia di Michel Angelo Salvi t. I, Pistoja 1627. 3 vol. in 4.º — Jannotii Manetti Hist. Pist. "
                       "l. I, t. XIX, p. 1013. — Gio. Villani l. VIII, c. 3. p. 368. — Machiav. Stor. Fior. l. II, p. 118.")
    r = next(c.record for c in cites if "Salvi" in str(c.record.get("author")))
    assert r["title"] == "Istoria di Pistoja e delle fazioni d'Italia"
    assert r["author"] == [{"family": "Salvi", "given": "Michel Angelo"}]
    assert (r["publisher-place"], r["issued"], r["volume"]) == ("Pistoja", {"date-parts": [[1627]]}, "I")
    assert r["number-of-volumes"] == "3"
    assert r["type"] == "book"


def test_italian_di_before_a_subject_is_no_author():
    r = one("Vita di Dante di Cesare Balbo, Torino 1839, p. 45.").record
    assert (r["title"], r["author"]) == ("Vita di Dante", [{"family": "Balbo", "given": "Cesare"}])
    r = one("La battaglia di Monte Cassino, Milano 1960.").record
    assert "Cassino" not in str(r.get("author"))


def test_french_and_portuguese_author_after_the_title():
    r = one("Histoire de France, par M. Michelet, t. II, Paris 1833, p. 12.").record
    assert (r["title"], r["author"], r["volume"]) == ("Histoire de France", [{"family": "Michelet"}], "II")
    r = one("Historia genealogica da Casa Real portugueza, por D. Antonio Caetano de Sousa, tomo III, Lisboa 1737, "
            "pag. 12.").record
    assert r["title"] == "Historia genealogica da Casa Real portugueza"
    assert r["author"][0]["family"] == "Sousa"


def test_por_before_the_next_title_names_that_work_author():
    cites = parse_note("[2] Se siguen las cifras aportadas por Hugh Thomas, La guerra civil española, Ruedo Ibérico, "
                       "París, 1976 [1962] y José Manuel Martínez Bande, La batalla de Teruel, Editorial San Martín, "
                       "Madrid, 1990. <<")
    assert cites[0].record["title"] == "La guerra civil española"


def test_dutch_imprint_with_bij_and_two_authors_after_door():
    r = one("Drie Voorlezingen over de voormalige Staatspartijen in de Nederlandsche Republiek, uitgegeven te Leiden "
            "bij v.d. Heuvell, 1849.").record
    assert r["title"] == "Drie Voorlezingen over de voormalige Staatspartijen in de Nederlandsche Republiek"
    assert (r["publisher-place"], r["publisher"], r["issued"]) == ("Leiden", "v.d. Heuvell", {"date-parts": [[1849]]})
    r = one("Hulde aan de nagedachtenis van Graaf Adolf van Nassau, door M.J. Adriani en Mr. W.A. Spandaw, Gron. bij "
            "Oomkens, 1827. gr. 8o.").record
    assert r["title"] == "Hulde aan de nagedachtenis van Graaf Adolf van Nassau"
    assert [n["family"] for n in r["author"]] == ["Adriani", "Spandaw"]
    assert (r["publisher-place"], r["publisher"]) == ("Gron.", "Oomkens")


def test_french_thesis_with_its_school_in_lower_case():
    r = one("7 Il avait été nommé membre de son bureau en 1925 ; voir Patrick Le Lidec, « Les maires dans la "
            "République. L’Association des Maires de France, élément constitutif des régimes politiques français "
            "depuis 1907 », thèse de science politique, université Paris 1, 2001.").record
    assert r["type"] == "thesis"
    assert (r["genre"], r["publisher"]) == ("thèse de science politique", "université Paris 1")


def test_older_italian_author_then_an_abbreviated_title_with_no_comma():
    c = one("[82.] Jannotii Manetti Hist. Pist. l. II, p. 1009.")
    assert c.record["author"] == [{"literal": "Jannotii Manetti"}]  # a Latin genitive, as printed
    assert c.record["title"] == "Hist. Pist."
    assert c.locator == "1009"
    cites = parse_note("[160.] Cronica Sanese di Neri di Donato, t. XV, p. 251. — Georg. Stellæ An. Genuens., t. XVII, "
                       "p. 1106.")
    assert cites[1].record["author"] == [{"literal": "Georg. Stellæ"}]
    assert (cites[1].record["title"].rstrip("."), cites[1].record["volume"], cites[1].locator) == ("An. Genuens", "XVII", "1106")
    r = one("Ammirato Ist. Fior. l. IV, p. 118").record
    assert (r["author"], r["title"]) == ([{"family": "Ammirato"}], "Ist. Fior.")


def test_a_name_then_a_sentence_is_no_abbreviated_title():
    r = one("Dino Compagni, lib. I.").record
    assert r["author"] == [{"family": "Compagni", "given": "Dino"}]


def test_portuguese_volume_of_a_work_named_in_a_sentence():
    c = one("[63] Vejam-se os documentos publicados no tomo II das Provas da historia genealogica, pag. 8 e 51.")
    assert c.record == {"title": "Provas da historia genealogica", "volume": "II"}
    assert (c.locator, c.label) == ("8 e 51", "page")
    c = parse_note("[49] Acha-se publicado do tomo 5.ᵒ das Provas da Historia genealogica da Casa Real, pag. 141. No "
                   "mesmo tomo estão publicados os seguintes tractados de casamentos:—d’el-rei D. Affonso VI com a rainha "
                   "D. Maria Francisca (pag. 10); de D. Pedro II com a rainha D. Maria Sophia de Neubourg (pag. 73).")[0]
    assert c.record == {"title": "Provas da Historia genealogica da Casa Real", "volume": "5.ᵒ"}
    assert c.locator == "141"


def test_italian_volume_of_a_work_named_in_a_sentence():
    c = one("Si veda nel tomo III della Storia d'Italia, p. 45.")
    assert (c.record, c.locator) == ({"title": "Storia d'Italia", "volume": "III"}, "45")


def test_a_preface_to_a_volume_is_not_the_volume_itself():
    c = one("Patrice Dupont dans la préface au tome 3 de la Correspondance générale, p. 17-18.")
    assert c.record["title"] == "préface"


def test_short_form_with_the_volume_closing_its_title():
    c = one("9. Schaper, Een halve eeuw van strijd II, 121.")
    assert (c.record["title"], c.record["volume"], c.locator) == ("Een halve eeuw van strijd", "II", "121")
    assert "volume" not in one("Smith, The Life of Henry VIII, 45.").record


def test_two_pages_each_with_its_label_joined_by_a_word():
    cites = parse_note("4 »Berlin war: die Spannung« u. »Im Berliner Sud« Isherwood zit. n. Large: Berlin, S. 222 u. S. "
                       "220; »Berlin ist eine merkwürdige« Siedler in Glatzer: Berlin zur Weimarer Zeit, S. 11.")
    assert (cites[0].record["title"], cites[0].locator) == ("Berlin", "222 u. S. 220")


def test_italian_chapter_label_cap_and_a_list_of_roman_chapters():
    from citekit.readers.cite_parts import take_locator
    assert take_locator("Convito, cap. XI e XIII")[:2] == ("XI e XIII", "chapter")
    assert take_locator("Convito, cap. XI")[:2] == ("XI", "chapter")  # not the page 'p. XI' inside 'cap.'


def test_text_in_a_volume_of_a_collection_named_by_abbreviation():
    cites = parse_note("[79.] Istorie Pistojesi dall'anno 1300 al 1348 anonime t. XI, Scr. Rer. Ital. p. 367. — "
                       "Fioravanti Memorie Storiche di Pistoja, c. 17. p. 248.")
    r = cites[0].record
    assert r == {"type": "chapter", "title": "Istorie Pistojesi dall'anno 1300 al 1348",
                 "container-title": "Scr. Rer. Ital.", "volume": "XI"}
    assert cites[0].locator == "367"
    c = one("Vita Mathildis, t. V, Rer. Ital. Script., p. 335.")
    assert (c.record["container-title"], c.record["volume"], c.locator) == ("Rer. Ital. Script.", "V", "335")


def test_italian_anonime_after_a_title_is_no_word_of_it():
    c = one("[81.] Istorie Pistoiesi anonime t. I, p. 374.")
    assert (c.record["title"], c.record["volume"], c.locator) == ("Istorie Pistoiesi", "I", "374")


def test_italian_prose_naming_a_writer_and_his_book_or_chronicle():
    c = one("[101]. Noi fummo incerti quale seguire. Ma noi lo teniamo sostanzialmente per vero. Ci avea preceduto "
            "lodevolmente in molta parte Cesare Balbo nella Vita di Dante Alighieri.")
    assert c.record == {"type": "book", "author": [{"family": "Balbo", "given": "Cesare"}],
                        "title": "Vita di Dante Alighieri"}
    c = one("[99]. Questi nomi, stando alla Cronaca di Paolino di Piero, sarebbono esistiti in Firenze sino dall’anno "
            "1297, venuti da Pistoia o nati in quale altro si voglia modo.")
    assert c.record == {"author": [{"literal": "Paolino di Piero"}], "title": "Cronaca"}


def test_older_italian_list_of_works_set_apart_by_dashes():
    cites = parse_note("[19.] È riassunta da: Francesco Lanzani, Storia dei Comuni Italiani dalle origini al 1313. — "
                       "Villari, Il Comune Italiano e la storia civile di Firenze (Politecnico 1886). — Hegel, Storia "
                       "della costituzione dei Municipi italiani. — Haulleville, Communes Lombardes. — Scupper, La "
                       "Società Milanese all'epoca del risorgimento del Comune, in Archiv. giurid. 1869. Vol. 3.º — A. "
                       "Amati, Ariberto e Lanzone.")
    works = {(c.record["author"][0]["family"], c.record.get("title")) for c in cites}
    assert ("Hegel", "Storia della costituzione dei Municipi italiani") in works
    assert ("Haulleville", "Communes Lombardes") in works
    assert ("Amati", "Ariberto e Lanzone") in works
