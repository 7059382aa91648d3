"""Short forms the reader used to miss: the work cited before in other languages' words ('ouvr. cité',
'obra citada', 'i. m.'), a name with an abbreviated particle before 'a.a.O.', a remark on the quotation after the
page, a title cut short by 'etc.', a bracketed second citation and OCR's space before a comma."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_french_ouvrage_cite_is_the_work_cited_before():
    c = one("17. Dupont, ouvr. cité, p. 3.")
    assert c.record == {"author": [{"family": "Dupont"}]}
    assert (c.locator, c.label) == ("3", "page")


def test_french_article_cite_is_the_work_cited_before():
    c = one("18. Dupont, art. cité, p. 4.")
    assert c.record == {"author": [{"family": "Dupont"}]}
    assert c.locator == "4"


def test_spanish_obra_citada_is_the_work_cited_before():
    c = one("[6] Pérez, obra citada, p. 4.")
    assert c.record == {"author": [{"family": "Pérez"}]}
    assert c.locator == "4"


def test_hungarian_i_m_is_the_work_cited_before():
    c = one("31. Kovács i. m. 5.")
    assert c.record == {"author": [{"family": "Kovács"}]}
    assert c.locator == "5"


def test_loc_cit_names_the_author_even_with_no_page():
    cites = parse_note("37. See Smith, op. cit., p. 3; and Jones, loc. cit.")
    assert [c.record for c in cites] == [{"author": [{"family": "Smith"}]}, {"author": [{"family": "Jones"}]}]
    assert cites[0].locator == "3" and cites[1].locator is None


def test_german_a_a_o_after_a_name_with_an_abbreviated_particle():
    c = one("2 F. v. KESZYCKA, a.a.O., S. 27 f.")
    assert c.record == {"author": [{"family": "Keszycka", "given": "F.", "non-dropping-particle": "v."}]}
    assert (c.locator, c.label) == ("27 f", "page")


def test_emphasis_added_after_the_page_is_no_part_of_the_citation():
    c = one("3. Gilbert, Wilderness, 153, emphasis added.")
    assert c.record == {"author": [{"family": "Gilbert"}], "title": "Wilderness"}
    assert c.locator == "153"


def test_my_translation_after_the_page_is_no_part_of_the_citation():
    c = one("5. Gilbert, Wilderness, 153, italics in original.")
    assert c.record["title"] == "Wilderness"
    assert c.locator == "153"


def test_italian_ecc_closes_a_short_title_cut_short():
    cites = parse_note("[17]. A. Périvier, Napoléon journaliste, ecc.; F. Cusani, Due appendici sulla Perseveranza, ecc.")
    assert [c.record for c in cites] == [
        {"author": [{"family": "Périvier", "given": "A."}], "title": "Napoléon journaliste"},
        {"author": [{"family": "Cusani", "given": "F."}], "title": "Due appendici sulla Perseveranza"}]


def test_bracketed_citation_after_a_page_is_a_citation_of_its_own():
    cites = parse_note("59 НХ1. С. 127. [НХ5. Т. 1. С. 226.]")
    assert [c.record.get("title") for c in cites] == ["НХ1", "НХ5"]
    assert [c.locator for c in cites] == ["127", "226"]
    assert cites[1].record["volume"] == "1"


def test_ocr_space_before_a_comma_does_not_hide_the_surname():
    c = one("(*) Van den Sande , X. B. bl. 146.")
    assert c.record["author"] == [{"family": "Van den Sande"}]
    assert c.locator == "146"


def test_collection_of_documents_by_lettered_numbers_is_no_page():
    c = one("8 Opitz, Urkunden 4a, 4b. 6.")
    assert c.record == {"author": [{"family": "Opitz"}], "title": "Urkunden"}


def test_prose_with_emphasis_is_no_citation():
    assert parse_note("4. The emphasis added here is mine, as the author said in 1953.") == []


def test_short_forms_listed_after_a_cue_with_no_pages_are_each_a_citation():
    cites = parse_note("34. Cf. Gilbert, Wilderness; Smith, Title.")
    assert [c.record for c in cites] == [{"author": [{"family": "Gilbert"}], "title": "Wilderness"},
                                         {"author": [{"family": "Smith"}], "title": "Title"}]


def test_a_name_and_words_after_a_cited_page_are_not_read_as_the_next_short_form():
    cites = parse_note("38. Gilbert, Wilderness, 153; Moreover, The argument is weak.")
    assert len(cites) == 1 and cites[0].locator == "153"


def test_page_and_its_note_is_the_page():
    assert one("33. Smith, Title, 45 and n. 3.").locator == "45"
    assert one("68. Rossi, Storia, p. 45 e nota 3.").locator == "45"
    assert one("69. Dupont, Histoire, p. 45 et note 3.").locator == "45"


def test_law_review_at_after_a_short_title_is_the_page():
    c = one("32. Smith, Title, at 45.")
    assert c.record == {"author": [{"family": "Smith"}], "title": "Title"}
    assert c.locator == "45"


def test_note_referred_to_above_is_no_part_of_the_title():
    c = one("24. Smith, Title, above n. 3, 45.")
    assert c.record == {"author": [{"family": "Smith"}], "title": "Title"}
    assert c.locator == "45"


def test_italian_citato_da_is_a_cue():
    c = one("5. Citato da Rossi, Storia, p. 45.")
    assert c.record == {"author": [{"family": "Rossi"}], "title": "Storia"}


def test_french_dash_list_gives_the_same_writer_and_the_journal_for_ibid():
    cites = parse_note("page 83 note 2. Cf. Febvre, Lucien, « De 1892 à 1932 : examen de conscience d'une histoire et "
                       "d'un historien », Revue de Synthèse, t. VII, 1934, p. 93–107 Google Scholar. — « Les recherches "
                       "collectives et l'avenir de l'Histoire », Ibid.,t. IX, 1,1936, p. 7-15. — « Bibliographie, oeuvre "
                       "collective, ou alors ?… », Annales d'Histoire Économique et Sociale, t. VIII, 1936, p. 464, etc.")
    assert len(cites) == 3
    assert all(c.record["author"] == [{"family": "Febvre", "given": "Lucien"}] for c in cites)
    assert [c.record["container-title"] for c in cites] == [
        "Revue de Synthèse", "Revue de Synthèse", "Annales d'Histoire Économique et Sociale"]
    assert [c.locator for c in cites] == ["93–107", "7–15", "464"]


def test_short_form_in_parentheses_with_a_one_word_title_after_the_surname():
    c = one("3. The frontier closed (Gilbert, Wilderness, 153).")
    assert c.record == {"author": [{"family": "Gilbert"}], "title": "Wilderness"}
    assert c.locator == "153"


def test_surname_before_the_parenthesis_is_the_writer_of_the_short_form():
    c = one("1. Gilbert (Wilderness, 153) argues this.")
    assert c.record == {"author": [{"family": "Gilbert"}], "title": "Wilderness"}
    c = one("12. Dies betont Müller (Geschichte, S. 4).")
    assert c.record == {"author": [{"family": "Müller"}], "title": "Geschichte"}
    assert c.locator == "4"


def test_imprint_in_parentheses_after_a_town_is_no_short_form():
    assert parse_note("17. The book appeared in London (Athlone, 1960).") == []


def test_short_form_after_prose_ending_in_by_or_its_kin():
    c = one("8. This view was challenged by Gilbert, Wilderness, 153.")
    assert c.record == {"author": [{"family": "Gilbert"}], "title": "Wilderness"}
    c = one("9. Cette thèse est contestée par Dupont, Histoire, p. 45.")
    assert c.record == {"author": [{"family": "Dupont"}], "title": "Histoire"}
    c = one("10. So schon bei Müller, Geschichte, S. 4.")
    assert c.record == {"author": [{"family": "Müller"}], "title": "Geschichte"}


def test_prose_naming_a_man_and_a_place_after_by_is_no_citation():
    assert parse_note("13. The letter was written by Churchill, London, 1940.") == []


def test_short_form_after_a_topic_phrase_and_a_comma():
    c = one("15. For a different view, Gilbert, Wilderness, 153.")
    assert c.record == {"author": [{"family": "Gilbert"}], "title": "Wilderness"}
    assert c.locator == "153"
    c = one("17. Sur ce point, Dupont, Histoire, p. 45.")
    assert c.record == {"author": [{"family": "Dupont"}], "title": "Histoire"}


def test_after_a_page_and_an_aside_between_commas_the_next_author_begins_a_citation():
    cites = parse_note("I. See A. Bullock, Hitler: a study in tyranny (, 1962), p. 253 and, though devoid of scholarly "
                       "value but still widely read, W. L. Shirer, The Rise and Fall of the Third Reich (London, 1960), "
                       "pp. 181ff.")
    assert [c.record["author"][0]["family"] for c in cites] == ["Bullock", "Shirer"]
    assert [c.locator for c in cites] == ["253", "181ff"]


def test_and_his_quoted_piece_after_an_imprint_is_a_citation_of_its_own():
    cites = parse_note("2 See, e.g. Shannon, R. T., Gladstone and the Bulgarian agitation, 1876 (2nd edn, Hassocks, "
                       "1975),Google Scholar and his ‘John Robert Seeley and the idea of a national Church’in Robert, "
                       "Robson (ed.), Ideas and institutions of Victorian Britain (London, 1967), pp. 236–67.Google Scholar")
    assert [c.record["type"] for c in cites] == ["book", "chapter"]
    assert cites[1].record["title"] == "John Robert Seeley and the idea of a national Church"
    assert cites[1].locator == "236–67"


def test_full_citation_in_parentheses_closing_prose():
    c = one("4 The archbishop was sent to the north (J. Smith, The North, London, 1975, p. 69).")
    r = c.record
    assert (r["type"], r["title"], r["publisher-place"]) == ("book", "The North", "London")
    assert r["author"] == [{"family": "Smith", "given": "J."}]
    assert c.locator == "69"


def test_source_in_parentheses_with_its_page_ends_the_sentence():
    cites = parse_note("1 Автор рисует иную картину: «Собор осудил их как злодеев. Сильвестра перевели в Соловки» "
                       "(Скрынников Р. Г. Иван Грозный. М., 1975. С. 69). Недавно автор вернулся к этому. "
                       "— Скрынников Р. Г. Иван Грозный. М., 2002. С. 110.")
    assert [(c.record["title"], c.record["issued"]["date-parts"][0][0], c.locator) for c in cites] == [
        ("Иван Грозный", 1975, "69"), ("Иван Грозный", 2002, "110")]


def test_dutch_aldaar_and_short_ib_are_ibid():
    c = one("7. Aldaar, blz. 5.")
    assert c.ibid and c.locator == "5"
    c = one("8. Ib., p. 5.")
    assert c.ibid and c.locator == "5"


def test_ibid_quoting_another_work_cites_that_work_too():
    cites = parse_note("29. Ibid., p. 5, quoting Jones, Other, 67.")
    assert cites[0].ibid and cites[0].locator == "5"
    assert cites[1].record == {"author": [{"family": "Jones"}], "title": "Other"}
    assert cites[1].locator == "67"


def test_stressed_pages_after_an_imprint_in_several_languages():
    for text in ("14. Jean Dupont, Histoire de la ville, Paris, Gallimard, 1990, en particulier p. 45.",
                 "15. Hans Müller, Geschichte der Stadt, Berlin 1990, bes. S. 45.",
                 "17. Mario Rossi, Storia della città, Milano, 1990, specialmente p. 45.",
                 "18. Juan Pérez, Historia de la ciudad, Madrid, 1990, especialmente p. 45."):
        c = one(text)
        assert c.record["type"] == "book", text
        assert c.record["issued"] == {"date-parts": [[1990]]}, text
        assert "," not in c.record["title"], text
        assert c.locator == "45", text


def test_especially_before_pages_keeps_them_as_the_locator():
    c = one("25. Timothy Fitzgerald, The Ideology of Religious Studies (New York: Oxford, 2000), especially 45–50.")
    assert c.locator == "45–50"


def test_writer_named_in_the_possessive_before_a_title_is_its_author():
    c = one("5. Timothy Fitzgerald's The Ideology of Religious Studies (New York: Oxford, 2000) is the best account.")
    assert c.record["author"] == [{"family": "Fitzgerald", "given": "Timothy"}]
    assert c.record["title"] == "The Ideology of Religious Studies"


def test_possessive_that_opens_a_title_is_no_author():
    assert "author" not in one("5. Hitler's Willing Executioners (New York, 1996), 45.").record
    assert "author" not in one("5. The President’s Commission on Campus Unrest (Washington, 1970), 45.").record
    assert "author" not in one("5. Great Britain’s Foreign Policy (London, 1920), 45.").record


def test_author_date_reference_with_et_al_and_no_page():
    c = one("4. Smith et al. 1990.")
    assert c.record == {"author": [{"family": "Smith"}], "issued": {"date-parts": [[1990]]}}


def test_see_esp_is_a_cue():
    c = one("11. See esp. Smith 1990.")
    assert c.record == {"author": [{"family": "Smith"}], "issued": {"date-parts": [[1990]]}}


def test_short_form_after_prose_words_in_several_languages():
    for text, who in (("2. Voir à ce sujet Dupont, Histoire, p. 45.", "Dupont"),
                      ("1. Sur cette question, on consultera Dupont, Histoire, p. 45.", "Dupont"),
                      ("5. Dazu ausführlich Müller, Geschichte, S. 4.", "Müller"),
                      ("9. Su questo punto si veda Rossi, Storia, p. 45.", "Rossi"),
                      ("22. Zie hierover Jansen, Geschiedenis, p. 5.", "Jansen"),
                      ("29. Voir notamment Dupont, Histoire, p. 45.", "Dupont")):
        c = one(text)
        assert c.record["author"] == [{"family": who}], text
        assert "," not in c.record["title"], text


def test_a_place_after_prose_is_no_author():
    assert "author" not in one("32. The army reached Warsaw, Poland, 12.").record


def test_hungarian_lasd_and_vo_are_cues():
    c = one("24. Lásd Kovács, Történet, 5.")
    assert c.record == {"author": [{"family": "Kovács"}], "title": "Történet"}


def test_two_short_forms_joined_by_a_conjunction_after_a_page():
    for text in ("11. Si vedano Rossi, Storia, p. 45 e Bianchi, Città, p. 7.",
                 "15. Véanse Pérez, Historia, p. 45, y García, Ciudad, p. 7.",
                 "16. Vgl. Müller, Geschichte, S. 4 und Schmidt, Reich, S. 7."):
        cites = parse_note(text)
        assert len(cites) == 2, text
        assert [c.locator for c in cites] == ["45", "7"] if "Rossi" in text or "Pérez" in text else ["4", "7"]


def test_sentence_leading_up_to_a_title_with_a_colon_is_no_part_of_it():
    c = one("4. The classic account remains: The Making of the English Working Class (London, 1963).")
    assert c.record["title"] == "The Making of the English Working Class"
    c = one("3. Voir la réimpression dans les deux volumes posthumes : Les villes et les institutions urbaines (Paris, 1939).")
    assert c.record["title"] == "Les villes et les institutions urbaines"


def test_sentence_case_title_with_a_subtitle_keeps_both():
    c = one("5. The making of a nation: Essays in History (London, 1963).")
    assert c.record["title"] == "The making of a nation: Essays in History"


def test_with_and_contra_join_two_short_forms():
    for text in ("18. Compare Smith, Title, 45, with Jones, Other, 67.",
                 "20. Smith, Title, 45. Contra: Jones, Other, 67.",
                 "21. Smith, Title, 45; contra Jones, Other, 67."):
        cites = parse_note(text)
        assert [c.record for c in cites] == [{"author": [{"family": "Smith"}], "title": "Title"},
                                             {"author": [{"family": "Jones"}], "title": "Other"}], text


def test_latin_or_romance_contra_in_a_title_is_no_cue():
    c = one("[9] Relação do assassinio intentado por Castella contra a Magestade d'el-rei D. João IV, nosso Senhor "
            "e impedido miraculosamente. Lisboa 1647.")
    assert c.record["title"].startswith("Relação do assassinio")


def test_short_form_after_a_lower_case_topic_phrase():
    cites = parse_note("10. Smith, Title, 45; on the date, Jones, Other, 67.")
    assert cites[1].record == {"author": [{"family": "Jones"}], "title": "Other"}


def test_relative_clause_after_the_page_is_prose():
    cites = parse_note("11. Smith, Title, 45; Jones, Other, 67, who disagrees.")
    assert cites[1].record == {"author": [{"family": "Jones"}], "title": "Other"}
    assert cites[1].locator == "67"


def test_short_form_before_a_cued_parenthesis_is_kept():
    cites = parse_note("8. Smith, Title, 45 (cf. Jones, Other, 67).")
    assert [(c.record["author"][0]["family"], c.locator) for c in cites] == [("Smith", "45"), ("Jones", "67")]


def test_prose_before_a_cued_parenthesis_is_no_citation():
    cites = parse_note("10. In 1945, 12 men died (see Jones, Other, 67).")
    assert [c.record for c in cites] == [{"author": [{"family": "Jones"}], "title": "Other"}]


def test_russian_and_czech_and_hungarian_and_dutch_stand_ins_for_the_work_cited():
    for text, who in (("6. Иванов И. И. Указ. раб. С. 5.", "Иванов"), ("8. Иванов И.И. Указ. статья. С. 5.", "Иванов"),
                      ("11. Novák, cit. dílo, s. 5.", "Novák"), ("14. Kovács, i. m., 5. o.", "Kovács")):
        c = one(text)
        assert "title" not in c.record, text
        assert c.record["author"][0]["family"] == who, text
        assert c.locator == "5", text
    assert one("16. Jansen, t.a.p.").record == {"author": [{"family": "Jansen"}]}


def test_russian_topic_and_colon_before_a_gost_author():
    c = one("17. Подробнее об этом: Иванов И.И. История. М., 1990. С. 5.")
    assert c.record["author"][0]["family"] == "Иванов"
    assert c.record["title"] == "История"


def test_russian_op_cit_in_parentheses_after_the_surname_in_prose():
    c = one("1. Как отмечает Иванов (Указ. соч. С. 5), это не так.")
    assert c.record == {"author": [{"family": "Иванов"}]}
    assert c.locator == "5"
