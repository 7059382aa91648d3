"""Non-English note shapes: GOST imprints with two cities, journals' running issue numbers, magazines cited by a
month in the notes' own language, and other conventions of French, Italian, Hungarian and German notes."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_gost_imprint_with_two_cities_set_apart_by_a_semicolon_is_one_citation():
    cites = parse_note("54\nОрлов А. С. Владимир Мономах. М.; Л., 1946. С. 10; Кучкин В. А. «Поучение» Владимира "
                       "Мономаха и русско-польско-немецкие отношения 60—70-х годов XI века // Советское славяноведение. "
                       "1971. № 2. С. 31–33")
    assert len(cites) == 2
    r = cites[0].record
    assert r["author"] == [{"family": "Орлов", "given": "А. С."}]
    assert (r["title"], r["publisher-place"]) == ("Владимир Мономах", "М.; Л.")
    assert r["issued"] == {"date-parts": [[1946]]}
    assert cites[0].locator == "10"



def test_gost_journal_issue_with_its_running_number_in_parentheses():
    c = one("Гиппиус А. А. Сочинения Владимира Мономаха: опыт текстологической реконструкции II // Русский язык в "
            "научном освещении. 2004. № 2 (8). С. 160, 161, 164.")
    r = c.record
    assert r["type"] == "article-journal"
    assert r["container-title"] == "Русский язык в научном освещении"
    assert (r["issue"], r["issued"]) == ("2", {"date-parts": [[2004]]})
    assert c.locator == "160, 161, 164"


def test_french_magazine_cited_by_month_and_year():
    c = one("[14] Europe, mars 1949, p. 105.")
    assert c.record == {"type": "periodical", "title": "Europe", "issued": {"date-parts": [[1949, 3]]}}
    assert c.locator == "105"


def test_french_magazine_cited_by_number_and_month():
    r = one("[20] Études Soviétiques, no 61, avril 1953, numéro spécial Joseph Staline, p. 74.").record
    assert (r["type"], r["title"], r["issue"]) == ("periodical", "Études Soviétiques", "61")
    assert r["issued"] == {"date-parts": [[1953, 4]]}


def test_french_imprint_with_two_towns_and_a_house_marked_ed():
    r = one("5. Laurent Theis et Philippe Ratte (dir.), La Guerre d’Algérie ou le temps des méprises, Tours, Paris, "
            "Éd. Mame, 1974.").record
    assert r["title"] == "La Guerre d’Algérie ou le temps des méprises"
    assert (r["publisher-place"], r["publisher"]) == ("Tours, Paris", "Éd. Mame")
    assert r["editor"][0] == {"family": "Theis", "given": "Laurent"}


def test_older_french_note_runs_its_citations_on_with_a_dash_after_the_stop():
    cites = parse_note("[269] Conférez la 3e partie de ces Mémoires, p. 94 et 95, chap. V.—Caylus, Souvenirs, t. LXVI, "
                       "p. 382.—La Beaumelle, Mémoires de madame de Maintenon, chap. I et II, p. 1-18.")
    r = cites[0].record
    assert r["author"] == [{"family": "Caylus"}]  # 'V.' closes the chapter cited before: no initial
    assert (r["title"], r["volume"], cites[0].locator) == ("Souvenirs", "LXVI", "382")
    assert cites[1].record["title"] == "Mémoires de madame de Maintenon"


def test_ders_then_one_word_is_the_same_authors_short_title():
    cites = parse_note("Details bei Besymenski, Stalin und Hitler, 155 ff., 193 ff.; Roberts, Soviet Union and Origins, "
                       "92 ff.; ders., Molotov, 21 ff.; Pietrow, Stalinismus, 66 ff.")
    r = cites[2].record
    assert (r["title"], r["author"]) == ("Molotov", [{"family": "Roberts"}])
    assert cites[2].locator == "21 ff"


def test_portuguese_conforme_opens_a_citation_after_prose():
    c = one("3 Narrativa lendária transmitida pela tradição que, com recurso à exploração de seres lendários – heróis, "
            "divindades, etc. – fornece uma tentativa de explicação dos fenómenos naturais e huma- nos. Conforme "
            "Dictionnaire Hachette de la langue française, Hachette, Paris, 1989, p. 1036.")
    r = c.record
    assert r["title"] == "Dictionnaire Hachette de la langue française"
    assert (r["publisher"], r["publisher-place"], c.locator) == ("Hachette", "Paris", "1036")


def test_older_italian_note_sets_volume_imprint_and_column_apart_by_semicolons():
    c = one("[99] Sacrosancta Concilia etc.; tom. IX (Venetiis, 1729); colonna 338.")
    r = c.record
    assert (r["title"], r["volume"]) == ("Sacrosancta Concilia etc", "IX")
    assert (r["publisher-place"], r["issued"]) == ("Venetiis", {"date-parts": [[1729]]})
    assert (c.locator, c.label) == ("338", "column")


def test_older_italian_note_names_the_part_of_a_work_before_its_imprint():
    c = one("[102] Ghirardacci, Historia di Bologna; parte prima (Bologna, 1596); pag. 279.")
    r = c.record
    assert (r["author"], r["title"]) == ([{"family": "Ghirardacci"}], "Historia di Bologna")
    assert r["part-number"] == "prima"
    assert (r["publisher-place"], c.locator, c.label) == ("Bologna", "279", "page")



def test_apud_an_editor_whose_name_has_a_particle():
    c = one("[100] Lupi Ferrariensis Epistolae, ap. Du Chesne, Historiae Francorum Scriptores; tom. II, pag. 727.")
    r = c.record
    assert (r["type"], r["title"]) == ("chapter", "Lupi Ferrariensis Epistolae")
    assert (r["container-title"], r["volume"]) == ("Historiae Francorum Scriptores", "II")
    assert r["editor"] == [{"family": "Chesne", "non-dropping-particle": "Du"}]
    assert c.locator == "727"


def test_dutch_chapter_whose_book_names_its_editor_with_e_a_and_a_bare_ed():
    c = one("11. Carla van Baalen en Jan Ramakers, ‘Prinsjesdag: “De eenige politieke feestdag die ons volk kent”’ in: "
            "C.C. van Baalen e.a. ed., Jaarboek Parlementaire Geschiedenis 200. Het feest van de democratie. Rituelen, "
            "symbolen en tradities (Den Haag 2008) 27-46.")
    r = c.record
    assert r["type"] == "chapter"
    assert r["editor"] == [{"family": "Baalen", "given": "C.C.", "non-dropping-particle": "van"}]
    assert r["container-title"].startswith("Jaarboek Parlementaire Geschiedenis 200. Het feest")
    assert (r["publisher-place"], c.locator) == ("Den Haag", "27–46")



def test_prose_naming_the_essays_in_a_book_then_in_colon_cites_the_book():
    r = one("14. Zie de diverse artikelen over de LSP, VDB en Liberale Unie in relatie tot de SDAP in: P. van Schie "
            "(ed.), Tussen polarisatie en Paars. De 100-jarige verhouding tussen liberalen en socialisten in Nederland "
            "(Kampen 1995)Afmelden | Aanmelden").record
    assert r["editor"] == [{"family": "Schie", "given": "P.", "non-dropping-particle": "van"}]
    assert r["title"].startswith("Tussen polarisatie en Paars. De 100-jarige verhouding")


def test_an_author_named_before_in_colon_keeps_the_article():
    r = one("1. Eine jüngere sowjetische Darstellung dieses Verhältnisses enthält E. N. Novoselcev, Sovetsko-amerikanskie "
            "peregovory v verchach i evropejskaja bezopasnost, in: S§A 3 (12/1972), S. 43–54.").record
    assert r["author"] == [{"family": "Novoselcev", "given": "E. N."}]


def test_italic_title_on_a_line_of_its_own_after_words_of_prose():
    c = one("[77] Weizsäcker, anotación del 21 de octubre de 1940 en el diario,\nPapiere\n, p. 221. <<")
    assert (c.record["author"], c.record["title"]) == ([{"family": "Weizsäcker"}], "Papiere")
    assert c.locator == "221"


def test_prose_then_the_author_of_an_italic_title_on_a_line_of_its_own():
    cites = parse_note("[72] Serrano Súñer la atribuyó a Lequerica, Saña,\nFranquismo\n, pp. 124-127. Véase también "
                       "Gregorio Morán,\nLos españoles que dejaron de serlo: Euskadi, 1937-1981\n, Barcelona, 1982, "
                       "pp. 114-115.")
    assert (cites[0].record["author"], cites[0].record["title"]) == ([{"family": "Saña"}], "Franquismo")
    assert cites[0].locator == "124–127"


def test_italic_title_on_its_own_line_after_a_bare_surname_stays_a_short_form():
    c = one("[76] Halder,\nDiary\n, 11 de octubre de 1940, p. 262. <<")
    assert c.record == {"author": [{"family": "Halder"}], "title": "Diary"}


def test_long_italic_title_on_its_own_line_opens_the_next_citation_after_a_semicolon():
    cites = parse_note("[73] Ángel Ossorio y Gallardo,\nVida y sacrificio de Companys\n, 2.ª ed., Barcelona, 1976, "
                       "pp. 285-292;\nCatalunya sota el règim franquista: Informe sobre la persecució de la llengua i la "
                       "cultura de Catalunya pel règim del general Franco\n, París, 1973, pp. 388-391. <<")
    assert len(cites) == 2
    r = cites[1].record
    assert r["title"].startswith("Catalunya sota el règim franquista: Informe")
    assert (r["type"], r["publisher-place"], cites[1].locator) == ("book", "París", "388–391")


def test_a_title_translated_in_parentheses_before_the_imprint_is_left_out():
    c = one("[18] G. Joukov, Vospominania i razmychlenia (Souvenirs et réflexions), Moscou, Novosti, 1992, t. 3, p. 215.")
    r = c.record
    assert r["title"] == "Vospominania i razmychlenia"
    assert (r["publisher-place"], r["publisher"], r["volume"], c.locator) == ("Moscou", "Novosti", "3", "215")


def test_french_prose_naming_a_newspaper_issue_after_dans():
    c = one("[22] Interview de Catherine Gueladzé dans la Pravda, 20 octobre 1935.")
    assert c.record == {"type": "article-newspaper", "container-title": "Pravda",
                        "issued": {"date-parts": [[1935, 10, 20]]}}


def test_german_list_of_short_forms_with_topics_and_bei():
    cites = parse_note("Details bei Besymenski, Stalin und Hitler, 155 ff., 193 ff.; Pietrow, Stalinismus, 66 ff.; "
                       "westliche Verhandlungsstrategie: Gorodetsky, Cripps’ Mission, 41 ff.; Datierung: Semirjaga, "
                       "Sekretnye dokumenty, 3.")
    assert [c.record.get("author") for c in cites] == [
        [{"family": "Besymenski"}], [{"family": "Pietrow"}], [{"family": "Gorodetsky"}], [{"family": "Semirjaga"}]]
    assert cites[0].record["title"] == "Stalin und Hitler"
    assert (cites[3].record["title"], cites[3].locator) == ("Sekretnye dokumenty", "3")



def test_a_plate_cited_after_a_short_form_makes_it_a_citation():
    cites = parse_note("2) D'AGINCOURT, Histoire de l'Art, Sculpture, tavola XXVI, n. 4; J. L. A. HUILLARD-BRÉHOLLES, "
                       "Historia diplomatica Friderici II, I, Parigi 1852, frontesp. all' In- troduzione.")
    assert cites[0].record["author"] == [{"family": "D'Agincourt"}]
    assert cites[0].record["title"].startswith("Histoire de l'Art")
    assert cites[1].record["publisher-place"] == "Parigi"


def test_spanish_short_form_by_two_surnames():
    cites = parse_note("[78] Paul Schmidt,\nHitler’s Interpreter: The Secret History of German Diplomacy 1935-1945\n, "
                       "Londres, 1951, p. 193; Serrano Súñer,\nMemorias\n, pp. 289-290; testimonio de Serrano Súñer, "
                       "21.XI.90. <<")
    assert cites[0].record["author"] == [{"family": "Schmidt", "given": "Paul"}]
    assert (cites[1].record["author"], cites[1].record["title"]) == ([{"family": "Serrano Súñer"}], "Memorias")


def test_french_short_form_by_given_name_and_surname_keeps_them_apart():
    c = one("[310]: Léon Faucher, Biographie et Correspondance, t. Ier, p. 93.")
    assert c.record["author"] == [{"family": "Faucher", "given": "Léon"}]


def test_french_quotation_then_in_and_a_newspaper_issue():
    c = one("3. Ainsi Emmanuel Alcaraz dénonce les propos de ceux qui « pointent les atrocités commises des deux côtés, "
            "cherchant un équilibre qui méconnaît les causes fondamentales de la lutte contre les dénis de droits, la "
            "dépossession et la répression continue. Mais, à chaque fois, ils cherchent à mettre en avant la "
            "responsabilité du FLN et à minorer celle de la France coloniale », in Le Quotidien d’Oran, 22 décembre 2018.")
    r = c.record
    assert (r["type"], r["container-title"]) == ("article-newspaper", "Le Quotidien d’Oran")
    assert r["issued"] == {"date-parts": [[2018, 12, 22]]}


def test_cit_in_then_a_magazine_issue_by_month_and_number():
    cites = parse_note("1 Maupassant, La vie d’un paysagiste, cit. in Le Magazine Littéraire de Octobre 2011, nº. 512, "
                       "p.\n86")
    assert (cites[0].record["author"], cites[0].record["title"]) == ([{"family": "Maupassant"}], "La vie d’un paysagiste")
    r = cites[1].record
    assert (r["type"], r["title"], r["issue"]) == ("periodical", "Le Magazine Littéraire", "512")
    assert (r["issued"], cites[1].locator) == ({"date-parts": [[2011, 10]]}, "86")


def test_hungarian_writer_in_a_newspaper_with_its_town_and_day():
    c = one("[572] Kosák Dezső, in: Franc Tireur, Paris, 1956. december 18.")
    r = c.record
    assert r["author"] == [{"family": "Kosák", "given": "Dezső"}]
    assert (r["type"], r["container-title"], r["publisher-place"]) == ("article-newspaper", "Franc Tireur", "Paris")
    assert r["issued"] == {"date-parts": [[1956, 12, 18]]}


def test_spanish_short_form_with_two_surnames_keeps_the_given_name():
    from citekit.readers.notes import parse_note
    (cit,) = parse_note("[8] Pompeyo García Sánchez, op. cit., pp. 59-60.")
    assert cit.record["author"] == [{"family": "García Sánchez", "given": "Pompeyo"}]
    (cit,) = parse_note("Serrano Súñer, Memorias, p. 12.")
    assert cit.record["author"] == [{"family": "Serrano Súñer"}]
