"""Field boundaries: where an author, a title, an editor, a series and an imprint begin and end, in note shapes of
several languages (a lead-in of prose, a role or a series after the title, a thesis by town, a firm in lower case)."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_prose_lead_in_with_a_cue_and_comma_before_initials_is_not_the_author():
    r = one("1. Cf., sur ces travaux, G. Lefebvre, Le mouvement des prix et les origines de la Révolution "
            "française, Paris, 1937, p. 4.").record
    assert r["author"] == [{"family": "Lefebvre", "given": "G."}]
    assert r["title"] == "Le mouvement des prix et les origines de la Révolution française"


def test_prose_lead_in_ending_on_a_colon_before_an_honorific_and_initials():
    r = one("3. Citons, parmi les plus récents : Abbé J. Canard, Les Mouvements de la population à Saint-Romain, "
            "Lyon, 1950, p. 12.").record
    assert r["author"] == [{"family": "Canard", "given": "J."}]
    assert r["title"] == "Les Mouvements de la population à Saint-Romain"


def test_title_words_before_initials_are_not_a_lead_in():
    r = one("4. Historia de la guerra, J. Pérez, Madrid, 1950, p. 3.").record
    assert not r.get("title", "").startswith("J. Pérez")


def test_piece_in_a_container_with_an_issue_number_is_a_journal_article():
    r = one("3. J. Canard, Les Mouvements de la population, dans Bulletin de la Diana, t. XXIX, n° 4, "
            "p. 118-155.").record
    assert r["type"] == "article-journal"
    assert r["container-title"] == "Bulletin de la Diana"
    assert (r["volume"], r["issue"]) == ("XXIX", "4")


def test_german_thesis_by_the_town_of_its_university():
    c = one("3. P. Krull, Die Salbung und Krönung der deutschen Königinnen, Diss. Halle 1911, S. 32 ff.")
    r = c.record
    assert r["type"] == "thesis"
    assert r["title"] == "Die Salbung und Krönung der deutschen Königinnen"
    assert r["publisher"] == "Halle" and "publisher-place" not in r
    assert r["genre"] == "Diss."
    assert c.locator == "32 ff"


def test_german_page_and_the_next_ends_a_short_form_before_the_next_author():
    cites = parse_note("5. F. v. Keszycka, a.a.O., S. 27 f. P. Krull, Die Salbung und Krönung, Diss. Halle 1911, "
                       "S. 32 ff.")
    assert len(cites) == 2
    assert cites[0].locator == "27 f"
    assert cites[1].record["author"] == [{"family": "Krull", "given": "P."}]


def test_french_editor_named_by_surname_after_the_title():
    r = one("2 Voltaire, Lettres philosophiques, éd. Naves, Garnier, 1964, p. 141.").record
    assert r["title"] == "Lettres philosophiques"
    assert r["editor"] == [{"family": "Naves"}]
    assert r["publisher"] == "Garnier"


def test_publisher_after_a_lower_case_word_for_publisher():
    r = one("3. Jean Dupont, La France rurale, Paris, éd. Gallimard, 1974, p. 3.").record
    assert r["title"] == "La France rurale"
    assert (r["publisher-place"], r["publisher"]) == ("Paris", "éd. Gallimard")
    assert "editor" not in r
    r = one("3. Mario Rossi, L'Italia rurale, Milano, ed. Feltrinelli, 1974, p. 3.").record
    assert (r["publisher-place"], r["publisher"]) == ("Milano", "ed. Feltrinelli")
    r = one("3. Jean Dupont, La France rurale, Paris, éd. du Seuil, 1974, p. 3.").record
    assert (r["title"], r["publisher"]) == ("La France rurale", "éd. du Seuil")


def test_dutch_given_name_before_de_leaves_de_with_the_surname():
    r = one("3. Jan de Vries, Het land, Amsterdam, 1974, p. 3.").record
    assert r["author"] == [{"family": "Vries", "given": "Jan", "non-dropping-particle": "de"}]


def test_a_kind_of_work_heads_a_short_title_not_an_author():
    r = one("1. Cahiers, t. XXI, p. 424.").record
    assert r["title"] == "Cahiers" and "author" not in r
    assert r["volume"] == "XXI"


def test_series_statement_as_its_own_sentence_before_the_imprint():
    r = one("Guy Thuillier, Aspects de l'Économie Nivernaise au XIXe siècle. Publication du Centre d'Études "
            "économiques, Armand Colin, 1966, p. 4.").record
    assert r["title"] == "Aspects de l'Économie Nivernaise au XIXe siècle"
    assert r["publisher"] == "Armand Colin"
    r = one("J. Raine, The Priory of Hexham. Publications of the Surtees Society 44 (Durham, 1864), p. 3.").record
    assert r["title"] == "The Priory of Hexham"
    assert (r["collection-title"], r["collection-number"]) == ("Publications of the Surtees Society", "44")
    assert r["publisher-place"] == "Durham"


def test_inverted_surname_of_several_words_then_given_name_or_initials():
    r = one("43. De Felice, Renzo, Mussolini il rivoluzionario, Torino, Einaudi, 1965, p. 3.").record
    assert r["author"] == [{"family": "De Felice", "given": "Renzo"}]
    assert r["title"] == "Mussolini il rivoluzionario"
    r = one("25. Menéndez Pidal, R., La España del Cid, Madrid, Espasa-Calpe, 1929, p. 3.").record
    assert r["author"] == [{"family": "Menéndez Pidal", "given": "R."}]
    assert r["title"] == "La España del Cid"
    r = one("9. DE CERTEAU, Michel, L'Écriture de l'histoire, Paris, Gallimard, 1975, p. 3.").record
    assert r["author"][0]["given"] == "Michel"
    assert r["title"] == "L'Écriture de l'histoire"


def test_inverted_name_with_transliterated_or_hyphenated_initials():
    r = one("33. Lotman, Iu. M., Besedy o russkoi kul'ture (St Petersburg, 1994), p. 3.").record
    assert r["author"] == [{"family": "Lotman", "given": "Iu. M."}]
    assert r["title"] == "Besedy o russkoi kul'ture"
    r = one("13. VERNANT J.-P., Mythe et pensée chez les Grecs, Paris, Maspero, 1965, p. 3.").record
    assert r["author"][0]["given"] == "J.-P."
    assert r["title"] == "Mythe et pensée chez les Grecs"


def test_a_title_or_a_town_after_a_particle_surname_is_no_given_name():
    r = one("47. De Gaulle, Mémoires de guerre, Paris, Plon, 1954, p. 3.").record
    assert r["title"] == "Mémoires de guerre"
    r = one("46. La Stampa, Torino, 12 marzo 1920, p. 3.").record
    assert "author" not in r


def test_suffix_after_a_name_is_not_an_initial():
    r = one("28. John Smith, Jr., The Rise of the West (London, 1990), p. 3.").record
    assert r["author"] == [{"family": "Smith", "given": "John", "suffix": "Jr."}]


def test_pieces_set_apart_by_dashes_with_quoted_titles_are_the_same_authors():
    cites = parse_note("page 83 note 2. Cf. Febvre, Lucien, « De 1892 à 1932 : examen de conscience », Revue de "
                       "Synthèse, t. VII, 1934, p. 93–107. — « Les recherches collectives », Ibid., t. IX, 1936, "
                       "p. 7-15. — « Bibliographie, oeuvre collective », Annales d'Histoire Économique et Sociale, "
                       "t. VIII, 1936, p. 464.")
    assert len(cites) == 3
    assert all(c.record["author"] == [{"family": "Febvre", "given": "Lucien"}] for c in cites)
    assert cites[1].record["title"] == "Les recherches collectives"
    assert cites[1].record["container-title"] == "Revue de Synthèse"  # 'Ibid.': the journal just named
    assert cites[2].record["container-title"] == "Annales d'Histoire Économique et Sociale"


def test_note_labelled_nota_and_italian_page_words_without_a_stop():
    c = one("Nota 12: Confer. C. HIBBERT, 'The Rosta of evi', 1966, pagine. 85-86.")
    assert c.record["author"][0]["family"] == "Hibbert"
    assert c.record["title"] == "The Rosta of evi"
    assert (c.locator, c.label) == ("85–86", "page")
    c = one("N. K. TEETERS, 'The Cradle of the penitentiary', 1935, pag 30.")
    assert c.record["issued"] == {"date-parts": [[1935]]}
    assert c.locator == "30"


def test_second_work_after_pages_and_italian_e_by_a_surname_in_capitals():
    cites = parse_note('Nota 9: confer. P. ARIS, "L\'Enfant et la famille", 1960, pagine 308-13, e G. SNYDERS, '
                       '"La Pédagogie en France", 1965, pagine 35-41.')
    assert len(cites) == 2
    assert (cites[0].record["title"], cites[0].locator) == ("L'Enfant et la famille", "308–13")
    assert (cites[1].record["title"], cites[1].locator) == ("La Pédagogie en France", "35–41")


def test_roles_and_editions_after_the_title_in_several_languages():
    r = one("2. Mario Rossi, Storia della Gallia, trad. it. di Marco Bianchi, Torino, Einaudi, 1990, p. 3.").record
    assert r["title"] == "Storia della Gallia"
    assert r["translator"] == [{"family": "Bianchi", "given": "Marco"}]
    r = one("5. Hans Meier, Geschichte Galliens, übers. v. Karl Schmidt, Berlin 1990, S. 3.").record
    assert r["title"] == "Geschichte Galliens"
    assert r["translator"] == [{"family": "Schmidt", "given": "Karl"}]
    r = one("8. Jean Dupont, Histoire de la Gaule, 3e éd., Paris, Payot, 1990, p. 3.").record
    assert (r["title"], r["edition"]) == ("Histoire de la Gaule", "3")
    r = one("9. Jean Dupont, Histoire de la Gaule, nouvelle édition, Paris, Payot, 1990, p. 3.").record
    assert (r["title"], r["edition"]) == ("Histoire de la Gaule", "nouvelle")
    r = one("10. Jean Dupont, Histoire de la Gaule, préface de Marc Bloch, Paris, Payot, 1990, p. 3.").record
    assert r["title"] == "Histoire de la Gaule"
    r = one("18. Juan Pérez, «La Galia romana», en Historia de España, dir. por R. Menéndez Pidal, Madrid, "
            "Espasa-Calpe, 1990, t. II, pp. 3-40.").record
    assert r["container-title"] == "Historia de España"
    assert r["editor"] == [{"family": "Menéndez Pidal", "given": "R."}]


def test_reprint_year_after_the_imprint_in_several_languages():
    for text, place in (("Léon Trotsky, Staline, Paris, Grasset, 1948, rééd. 1979, p. 518.", "Paris"),
                        ("John Smith, The History, London, 1948, repr. 1979, p. 518.", "London"),
                        ("John Smith, The History (London, 1948; repr. 1979), p. 518.", "London"),
                        ("Hans Meier, Geschichte, Berlin 1948, Nachdr. 1979, S. 518.", "Berlin"),
                        ("Mario Rossi, Storia, Milano, Feltrinelli, 1948, ristampa 1979, p. 518.", "Milano")):
        c = one(text)
        r = c.record
        assert r["title"] in ("Staline", "The History", "Geschichte", "Storia"), text
        assert r["publisher-place"] == place, text
        assert r["issued"] == {"date-parts": [[1979]]}, text
        assert r["original-date"] == {"date-parts": [[1948]]}, text
        assert c.locator == "518"


def test_imprint_only_note_with_the_books_format_and_size():
    r = one("page 39 note 1. Paris, Albin Michel, 1939, in-8, XXV-472 p.").record
    assert r["type"] == "book" and "title" not in r and "author" not in r
    assert (r["publisher-place"], r["publisher"]) == ("Paris", "Albin Michel")
    assert r["issued"] == {"date-parts": [[1939]]}


def test_article_in_author_date_style_with_a_quoted_title():
    for text in ("3. Smith, J. (1990) ‘The rise of the west’, Past and Present, 12: 3–20.",
                 "3. Smith, J. (1990). 'The rise of the west'. Past and Present, 12, 3–20.",
                 "3. Smith, J. 1990. ‘The rise of the west’. Past and Present 12 (3): 3–20."):
        c = one(text)
        r = c.record
        assert r["type"] == "article-journal", text
        assert r["author"] == [{"family": "Smith", "given": "J."}], text
        assert (r["title"], r["container-title"], r["volume"]) == ("The rise of the west", "Past and Present", "12")
        assert r["issued"] == {"date-parts": [[1990]]}
        assert c.locator == "3–20"


def test_cross_reference_to_a_note_above_is_no_name():
    c = one("23. Smith (note 3 above), p. 45.")
    assert c.record["author"] == [{"family": "Smith"}]
    assert c.locator == "45"


def test_german_inverted_names_joined_by_slashes_before_a_colon():
    r = one("5. Meier, Hans/Schmidt, Karl: Geschichte Galliens. Berlin 1990, S. 3.").record
    assert r["author"] == [{"family": "Meier", "given": "Hans"}, {"family": "Schmidt", "given": "Karl"}]
    assert r["title"] == "Geschichte Galliens"


def test_gost_page_count_after_a_dash_is_not_part_of_the_title():
    r = one("5. Иванов И.И. История Галлии. – М.: Наука, 1990. – 320 с.").record
    assert r["title"] == "История Галлии"
    assert (r["publisher-place"], r["publisher"]) == ("М.", "Наука")
    assert r["issued"] == {"date-parts": [[1990]]}


def test_two_surnames_inverted_before_a_known_given_name_but_not_a_list_of_names():
    r = one("6. Pérez García, Juan, Historia de la Galia, Madrid, 1990, p. 3.").record
    assert r["author"] == [{"family": "Pérez García", "given": "Juan"}]
    assert r["title"] == "Historia de la Galia"
    r = one("6. Jean Cameron, Anne Hutchinson, Guilty or Not? (New York, 1994), 145.").record
    assert r["author"][0]["family"] == "Cameron"


def test_hyphenated_given_name_inverted_before_a_quoted_title():
    r = one("4. VERNANT, Jean-Pierre, « Mythe et pensée », Annales ESC, 12 (1960), p. 3.").record
    assert r["author"] == [{"family": "Vernant", "given": "Jean-Pierre"}]
    assert r["title"] == "Mythe et pensée"


def test_is_after_a_titles_question_word_is_no_cue():
    r = one("17. E.H. Carr, What is History? (London, 1961), p. 3.").record
    assert r["author"][0]["family"] == "Carr"
    assert r["title"] == "What is History?"
    assert r["publisher-place"] == "London"


def test_container_after_in_with_a_spaced_colon_spanish_en_colon_and_the_same_author():
    r = one("2. Jean Dupont, « La Gaule », in : M. Bloch (dir.), Histoire de France, Paris, 1990, p. 3.").record
    assert (r["title"], r["container-title"]) == ("La Gaule", "Histoire de France")
    r = one("5. Juan Pérez, «La Galia», en: J. López (ed.), Historia de España, Madrid, 1990, p. 3.").record
    assert (r["title"], r["container-title"]) == ("La Galia", "Historia de España")
    for text, book in (("1. Jean Dupont, « La Gaule », dans Id., Études gauloises, Paris, 1990, p. 3.", "Études gauloises"),
                       ("9. Mario Rossi, «La Gallia», in Id., Saggi, Torino, 1990, p. 3.", "Saggi"),
                       ("16. Hans Meier, Gallien, in: Ders. (Hg.), Aufsätze, Berlin 1990, S. 3.", "Aufsätze")):
        r = one(text).record
        assert r["container-title"] == book, text
        assert r["author"][0]["family"] in ("Dupont", "Rossi", "Meier"), text


def test_german_byline_after_the_title_but_not_von_inside_a_title():
    r = one("5. Geschichte Galliens, von Hans Meier, Berlin 1990, S. 3.").record
    assert (r["author"], r["title"]) == ([{"family": "Meier", "given": "Hans"}], "Geschichte Galliens")
    r = one("5. Hans Meier, Die Schlacht von Sedan, Berlin 1990, S. 3.").record
    assert r["title"] == "Die Schlacht von Sedan"


def test_editor_named_by_a_role_phrase_before_the_title():
    for text in ("6. Sous la direction de M. Bloch, Histoire de France, Paris, 1990, p. 3.",
                 "6. Edited by M. Bloch, History of France, London, 1990, p. 3.",
                 "6. Herausgegeben von M. Bloch, Geschichte Frankreichs, Berlin 1990, S. 3."):
        r = one(text).record
        assert r["editor"] == [{"family": "Bloch", "given": "M."}], text
        assert "author" not in r, text


def test_bibliography_head_with_a_second_author_a_role_or_initials_before_the_full_stop():
    r = one("9. Smith, John, and Mary Jones. The Rise of the West. London: Penguin, 1990.").record
    assert [n["family"] for n in r["author"]] == ["Smith", "Jones"]
    assert r["title"] == "The Rise of the West"
    r = one("8. Smith, John, ed. The Rise of the West. London: Penguin, 1990.").record
    assert r["editor"] == [{"family": "Smith", "given": "John"}] and "author" not in r
    r = one("10. Smith, J. A. The Rise of the West. London: Penguin, 1990.").record
    assert r["author"] == [{"family": "Smith", "given": "J. A."}]
    assert r["title"] == "The Rise of the West"
    r = one("2. Gaddis, J. L. (1997) We Now Know (Oxford: Clarendon), p. 292.").record
    assert r["title"] == "We Now Know"
