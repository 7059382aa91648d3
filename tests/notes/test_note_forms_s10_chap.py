"""Chapters in edited volumes: the container and its editors, with the editors' roles of many languages
before or after their names."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def families(people):
    return [p["family"] for p in people]


def test_spanish_compiler_before_the_book_is_its_editor():
    r = one('24. Juan García, "Las ciudades medievales", en P. López (comp.), Historia de las ciudades, Buenos Aires, '
            "1998, pp. 45-67.").record
    assert r["type"] == "chapter"
    assert r["editor"] == [{"family": "López", "given": "P."}]
    assert r["container-title"] == "Historia de las ciudades"


def test_portuguese_organiser_and_italian_curator_before_the_book():
    r = one('38. João Silva, "As cidades medievais", in Maria Costa (org.), História das cidades, Lisboa, 1998, '
            "pp. 45-67.").record
    assert r["editor"] == [{"family": "Costa", "given": "Maria"}]
    assert r["container-title"] == "História das cidades"
    r = one("17. Mario Rossi, Le città medievali, in L. Bianchi (cur.), Storia delle città, Roma 1998, pp. 45-67.").record
    assert r["editor"] == [{"family": "Bianchi", "given": "L."}]


def test_french_sous_la_dir_de_after_the_book():
    c = one("11. Pierre Dupont, « Les villes médiévales », dans Histoire des villes, sous la dir. de Jean Martin, "
            "Paris, Seuil, 1998, p. 45-67.")
    assert c.record["editor"] == [{"family": "Martin", "given": "Jean"}]
    assert c.record["container-title"] == "Histoire des villes"
    assert c.locator == "45–67"


def test_french_textes_reunis_par_after_the_book():
    r = one("10. Pierre Dupont, « Les villes médiévales », dans Histoire des villes, textes réunis par Jean Martin, "
            "Paris, 1998, p. 45-67.").record
    assert r["editor"] == [{"family": "Martin", "given": "Jean"}]
    assert r["container-title"] == "Histoire des villes"


def test_italian_a_cura_di_two_editors_joined_by_e():
    r = one("17. M. Rossi, Le città medievali, in Storia delle città, a cura di L. Bianchi e G. Verdi, Bari, Laterza, "
            "1998, pp. 45-67.").record
    assert families(r["editor"]) == ["Bianchi", "Verdi"]
    assert (r["publisher-place"], r["publisher"]) == ("Bari", "Laterza")


def test_spanish_ed_de_and_coord_por_after_the_book():
    r = one("22. Juan García, «Las ciudades medievales», en Historia de las ciudades, ed. de Pedro López, Madrid, "
            "Cátedra, 1998, pp. 45-67.").record
    assert r["editor"] == [{"family": "López", "given": "Pedro"}]
    r = one("19. Juan García, «Las ciudades medievales», en Historia de las ciudades, coord. por Pedro López, "
            "Madrid, 1998, pp. 45-67.").record
    assert r["editor"] == [{"family": "López", "given": "Pedro"}]
    assert r["container-title"] == "Historia de las ciudades"


def test_portuguese_coord_and_org_de_after_the_book():
    r = one('39. João Silva, "As cidades medievais", in História das cidades, coord. Maria Costa, Lisboa, 1998, '
            "pp. 45-67.").record
    assert r["editor"] == [{"family": "Costa", "given": "Maria"}]
    r = one('40. João Silva, "As cidades medievais", in História das cidades, org. de Maria Costa, Lisboa, 1998, '
            "pp. 45-67.").record
    assert r["editor"] == [{"family": "Costa", "given": "Maria"}]
    assert r["container-title"] == "História das cidades"


def test_dutch_onder_redactie_van_after_the_book():
    r = one("38. Jan Jansen, 'De middeleeuwse steden', in: Geschiedenis van de steden, onder red. van P. de Vries, "
            "Amsterdam 1998, 45-67.").record
    assert families(r["editor"]) == ["Vries"]
    assert r["container-title"] == "Geschiedenis van de steden"


def test_hungarian_szerk_after_the_book_keeps_one_citation():
    r = one("37. Kovács János, A középkori városok, In: A városok története, szerk. Nagy Péter, Budapest, 1998, "
            "45–67.").record
    assert r["type"] == "chapter"
    assert r["editor"] == [{"family": "Nagy", "given": "Péter"}]
    assert r["container-title"] == "A városok története"


def test_russian_editor_in_the_nominative_after_a_slash():
    r = one("29. Иванов И. И. Города средневековья // История городов / ред. П. П. Петров. М., 1998. С. 45.").record
    assert r["editor"] == [{"family": "Петров", "given": "П. П."}]
    assert r["container-title"] == "История городов"


def test_chapter_span_then_a_bare_pinpoint_in_parentheses():
    c = one('33. J. Smith, "The Rise of the Guilds," in Medieval Towns, ed. Mary Jones (London, 1998), 45–67 (50).')
    assert (c.record["page"], c.locator) == ("45–67", "50")
    assert c.record["container-title"] == "Medieval Towns"


def test_chapter_span_then_the_pages_stressed_in_several_languages():
    c = one('4. J. Smith, "The Rise of the Guilds," in Medieval Towns, ed. Mary Jones (London, 1998), 45–67, '
            "especially 50.")
    assert (c.record["page"], c.locator) == ("45–67", "50")
    c = one("6. Jan Kowalski, Miasta, w: Historia miast, red. Adam Nowak, Warszawa 1998, s. 45–67, zwł. s. 50.")
    assert (c.record["page"], c.locator) == ("45–67", "50")


def test_edited_with_an_introduction_by():
    r = one('36. J. Smith, "The Rise of the Guilds," in Medieval Towns, edited with an introduction by Mary Jones '
            "(London, 1998), 45–67.").record
    assert r["editor"] == [{"family": "Jones", "given": "Mary"}]
    assert r["container-title"] == "Medieval Towns"


def test_edited_by_then_what_another_added_names_the_editor_alone():
    r = one("9. Ma Huan, Ying-yai Sheng-lan, translated from the Chinese text, edited by Feng Cheng-chun with "
            "introduction, notes, and appendices by J. V. G. Mills (Cambridge, U.K.: Hakluyt Society, 1970), 173–74.").record
    assert r["editor"] == [{"family": "Feng", "given": "Cheng-chun"}]


def test_under_the_editorship_of():
    r = one("2. Mercia: An Anglo-Saxon Kingdom in Europe, under the editorship of Michelle P. Brown and Carol A. Farr "
            "(London, 2001), p. 5.").record
    assert families(r["editor"]) == ["Brown", "Farr"]
    assert r["title"] == "Mercia: An Anglo-Saxon Kingdom in Europe"


def test_role_in_parentheses_between_the_book_and_its_editors():
    r = one("3. ‘Approbatae Constitutiones’, in Magyar Törvénytár (eds) S. Kolozsvári, K. Óvári, D. Márkus "
            "(Budapest, 1900), p. 12.").record
    assert r["type"] == "chapter"
    assert families(r["editor"]) == ["Kolozsvári", "Óvári", "Márkus"]
    assert r["container-title"] == "Magyar Törvénytár"


def test_editors_named_in_full_after_a_french_role():
    r = one("5. Pierre Dupont, « Les villes », dans Histoire des villes, sous la direction de Jean Martin, Paul Durand, "
            "Paris, 1998, p. 45.").record
    assert families(r["editor"]) == ["Martin", "Durand"]
    assert r["publisher-place"] == "Paris"
    r = one("6. Pierre Dupont, « Les villes », dans Histoire des villes, sous la direction de Jean Martin, Buenos Aires, "
            "1998, p. 45.").record
    assert families(r["editor"]) == ["Martin"]
    assert r["publisher-place"] == "Buenos Aires"


def test_edited_by_a_body_then_its_members_names_the_members():
    r = one("7. A landmark book of critique edited by the conference organizers, Daniel J. Sherman and Irit Rogoff, "
            "Museum Culture: Histories, Discourses, Spectacles (Minneapolis: University of Minnesota Press, 1994).").record
    assert families(r.get("editor", [])) == ["Sherman", "Rogoff"]


def test_editors_then_their_role_after_the_book_in_french_and_spanish():
    r = one("14. Pierre Dupont, « Les villes médiévales », dans Histoire des villes, J. Martin et P. Durand (dir.), "
            "Paris, PUF, 1998, p. 45-67.").record
    assert families(r["editor"]) == ["Martin", "Durand"]
    assert r["container-title"] == "Histoire des villes"
    r = one("20. Juan García, «Las ciudades medievales», en Historia de las ciudades, Pedro López (ed.), Madrid, 1998, "
            "pp. 45-67.").record
    assert r["editor"] == [{"family": "López", "given": "Pedro"}]
    assert r["container-title"] == "Historia de las ciudades"


def test_iso_690_and_abnt_editor_in_capitals_before_the_book():
    r = one("22. Jan Novák, Středověká města, In: SVOBODA, Petr (ed.). Dějiny měst. Praha: Academia, 1998, "
            "s. 45–67.").record
    assert r["type"] == "chapter"
    assert r["editor"] == [{"family": "Svoboda", "given": "Petr"}]
    assert r["container-title"] == "Dějiny měst"
    r = one("23. NOVÁK, Jan. Středověká města. In: SVOBODA, Petr a kol. Dějiny měst. Praha: Academia, 1998, "
            "s. 45–67.").record
    assert r["editor"] == [{"family": "Svoboda", "given": "Petr"}]
    r = one("12. João Silva, «As cidades medievais», In: COSTA, Maria (Org.). História das cidades. Lisboa: Estampa, "
            "1998. p. 45-67.").record
    assert r["editor"] == [{"family": "Costa", "given": "Maria"}]
    assert r["container-title"] == "História das cidades"


def test_editor_and_translator_in_parentheses_before_the_book():
    r = one("1. J. Smith, ‘The Rise’, in Rosemary Horrox (ed. and trans.), The Black Death (Manchester, 1994), "
            "p. 4.").record
    assert r["editor"] == [{"family": "Horrox", "given": "Rosemary"}]
    assert r["container-title"] == "The Black Death"


def test_three_editors_each_inverted_before_the_book():
    r = one("2. J. Smith, ‘The Rise of the Guilds’, in Jones, M., Brown, P. and White, A. (eds), Medieval Towns "
            "(London, 1998), pp. 45–67.").record
    assert r["editor"] == [{"family": "Jones", "given": "M."}, {"family": "Brown", "given": "P."},
                           {"family": "White", "given": "A."}]
    assert r["container-title"] == "Medieval Towns"


def test_names_in_reading_order_before_a_role_are_not_read_as_inverted_pairs():
    cites = parse_note("4 Saki Dockrill, Robert Frank, Georges-Henri Soutou, Antonio Varsori (dir.), L’Europe de l’Est "
                       "et de l’Ouest dans la Guerre froide 1948-1953, Paris, PUPS, 2002.")
    assert "Soutou" in families(cites[0].record["editor"])


def test_the_author_edits_the_book_the_chapter_is_in():
    r = one("5. Hans Müller, Die Städte, in: Ders. (Hrsg.), Geschichte der Städte, München 1998, S. 45–67.").record
    assert r["editor"] == [{"family": "Müller", "given": "Hans"}]
    assert r["container-title"] == "Geschichte der Städte"
    r = one("6. J. Smith, ‘The Rise of the Guilds’, in idem (ed.), Medieval Towns (London, 1998), pp. 45–67.").record
    assert r["type"] == "chapter"
    assert r["editor"] == [{"family": "Smith", "given": "J."}]
    assert r["container-title"] == "Medieval Towns"


def test_author_date_chapter_with_its_editors_pages_and_imprint():
    r = one("2. Smith, John. 1998. “Guilds.” In Medieval Towns, edited by Mary Jones and Peter Brown, 45–67. "
            "London: Routledge.").record
    assert r["type"] == "chapter"
    assert r["author"] == [{"family": "Smith", "given": "John"}]
    assert (r["title"], r["container-title"]) == ("Guilds", "Medieval Towns")
    assert families(r["editor"]) == ["Jones", "Brown"]
    assert (r["publisher-place"], r["publisher"], r["page"]) == ("London", "Routledge", "45–67")


def test_author_date_book_given_name_loses_the_full_stop_before_the_year():
    r = one("4. Smith, John. 1998. Medieval Towns. London: Routledge.").record
    assert r["author"] == [{"family": "Smith", "given": "John"}]


def test_italian_second_editor_after_a_comma_is_no_publisher():
    r = one("7. M. Rossi, Le città, in Storia delle città, a cura di L. Bianchi, G. Verdi, Roma 1998, pp. 45-67.").record
    assert families(r["editor"]) == ["Bianchi", "Verdi"]
    assert r["publisher-place"] == "Roma"
    assert "publisher" not in r


def test_swedish_i_without_colon_before_editors_and_their_role():
    r = one("6. Sven Andersson, ”Medeltidens städer”, i Per Berg (red.), Städernas historia, Stockholm 1998, "
            "s. 45–67.").record
    assert r["type"] == "chapter"
    assert r["editor"] == [{"family": "Berg", "given": "Per"}]
    assert r["container-title"] == "Städernas historia"


def test_gost_editors_and_their_role_before_the_book_after_the_slashes():
    r = one("2. Иванов И. И. Города средневековья // Петров П. П. (ред.) История городов. М., 1998. С. 45–67.").record
    assert r["editor"] == [{"family": "Петров", "given": "П. П."}]
    assert r["container-title"] == "История городов"


def test_role_then_the_book_with_no_comma_between():
    r = one("9. J. Smith, ‘Guilds’, in: M. Jones (ed.) Medieval Towns, London, 1998, pp. 45–67.").record
    assert r["editor"] == [{"family": "Jones", "given": "M."}]
    assert r["container-title"] == "Medieval Towns"
    r = one("1. H. Müller, Die Städte, in: K. Schmidt (Hg.) Geschichte der Städte, München 1998, S. 45–67.").record
    assert r["editor"] == [{"family": "Schmidt", "given": "K."}]
    assert r["container-title"] == "Geschichte der Städte"


def test_volume_of_a_work_in_volumes_leaves_the_book_title_whole():
    r = one("12. J. Smith, “Guilds,” in Medieval Towns, ed. Mary Jones, vol. 2 of History of Cities (London: Routledge, "
            "1998), 45–67.").record
    assert (r["container-title"], r["volume"]) == ("Medieval Towns", "2")
    assert r["editor"] == [{"family": "Jones", "given": "Mary"}]


def test_a_chapter_in_ibid_is_in_the_book_cited_before():
    cites = parse_note("19. J. Smith, 'Guilds', in M. Jones (ed.), Medieval Towns (London, 1998), pp. 45-67; "
                       "P. Brown, 'Markets', in ibid., pp. 68-90.")
    r = cites[1].record
    assert (r["type"], r["container-title"], r["title"]) == ("chapter", "Medieval Towns", "Markets")
    assert r["editor"] == [{"family": "Jones", "given": "M."}]
    assert cites[1].locator == "68–90"


def test_german_in_ebd_and_a_journal_in_ibid():
    cites = parse_note("3. H. Müller, Die Städte, in: K. Schmidt (Hg.), Geschichte der Städte, München 1998, "
                       "S. 45–67; F. Meier, Die Märkte, in: ebd., S. 68–90.")
    assert (cites[1].record["title"], cites[1].record["container-title"]) == ("Die Märkte", "Geschichte der Städte")
    cites = parse_note("2. J. Smith, “Guilds,” Journal of Urban History 12 (1998): 45–67; P. Brown, “Markets,” in "
                       "ibid. 13 (1999): 1–20.")
    assert (cites[1].record["container-title"], cites[1].record["volume"]) == ("Journal of Urban History", "13")


def test_polish_editors_in_the_genitive_after_pod_red_are_given_in_the_nominative():
    r = one("1. Jan Kowalski, Miasta, w: Historia miast, pod red. A. Nowaka i B. Kowalskiego, Warszawa 1998, "
            "s. 45–67.").record
    assert r["editor"] == [{"family": "Nowak", "given": "A."}, {"family": "Kowalski", "given": "B."}]


def test_two_editors_joined_by_czech_a_and_dutch_en():
    r = one("2. Jan Novák, Města, in: Dějiny měst, ed. P. Svoboda a J. Dvořák, Praha 1998, s. 45–67.").record
    assert families(r["editor"]) == ["Svoboda", "Dvořák"]
    r = one("9. Jan Jansen, 'Steden', in: Geschiedenis van de steden, onder redactie van P. de Vries en J. Bakker, "
            "Amsterdam 1998, 45-67.").record
    assert families(r["editor"]) == ["Vries", "Bakker"]


def test_edition_by_an_inverted_editor_then_a_volume_is_no_journal():
    c = one("page ix note 1 Gesta Abbatum Monasterii Sancti Albani, ed. Riley, H. T., i (1867), pp. 330 ff.")
    r = c.record
    assert r["type"] == "book"
    assert r["title"] == "Gesta Abbatum Monasterii Sancti Albani"
    assert r["editor"] == [{"family": "Riley", "given": "H. T."}]
    assert (r["volume"], c.locator) == ("i", "330 ff")
    assert "container-title" not in r


def test_chapter_in_an_edition_in_volumes_by_roman_volume_and_year():
    r = one("1 Smith, J., ‘Guilds’, in Medieval Towns, ed. Jones, M., ii (1998), 45–67.").record
    assert (r["type"], r["container-title"], r["volume"]) == ("chapter", "Medieval Towns", "ii")
    assert r["editor"] == [{"family": "Jones", "given": "M."}]
    r = one("2 Smith, J., ‘Guilds’, in Jones, M. (ed.), Medieval Towns, ii (1998), 45–67.").record
    assert (r["type"], r["container-title"], r["volume"]) == ("chapter", "Medieval Towns", "ii")
    assert r["editor"] == [{"family": "Jones", "given": "M."}]
    r = one("3 Smith, J., ‘Guilds’, in Medieval Towns, ed. M. Jones, ii (London, 1998), 45–67.").record
    assert (r["container-title"], r["volume"]) == ("Medieval Towns", "ii")


def test_italian_nel_volume_opens_the_book():
    r = one("1. M. Rossi, Le città, nel volume Storia delle città, a cura di L. Bianchi, Roma 1998, pp. 45-67.").record
    assert (r["type"], r["title"], r["container-title"]) == ("chapter", "Le città", "Storia delle città")
    assert r["editor"] == [{"family": "Bianchi", "given": "L."}]


def test_series_and_number_in_parentheses_leave_the_book_title():
    r = one("9. Hans Müller, Die Städte, in: Karl Schmidt (Hrsg.), Geschichte der Städte (Studien zur "
            "Stadtgeschichte 4), München 1998, S. 45–67.").record
    assert r["container-title"] == "Geschichte der Städte"
    assert r["editor"] == [{"family": "Schmidt", "given": "Karl"}]


def test_book_cited_short_by_its_first_editor_et_al():
    c = parse_note("1. ‘Naming the Country Viet Nam’, in George Dutton, Jayne Werner, and John Whitmore, eds., Sources "
                   "of Vietnamese Tradition (New York: Columbia University Press, 2012), pp. 258–9; ‘Naming the Country "
                   "Dai Nam (1838)’, in Dutton et al., Sources of Vietnamese Tradition, pp. 259–60.")[1]
    assert c.record["editor"] == [{"family": "Dutton"}]
    assert c.record["container-title"] == "Sources of Vietnamese Tradition"


def test_general_editor_and_editor_in_chief_are_editors():
    r = one("4. J. Smith, “Guilds,” in Mary Jones, gen. ed., Medieval Towns (London, 1998), 45–67.").record
    assert r["editor"] == [{"family": "Jones", "given": "Mary"}]
    assert r["container-title"] == "Medieval Towns"
    r = one("2. Mary Jones (editor-in-chief), Encyclopedia of Towns (London, 1998), 45.").record
    assert r["editor"] == [{"family": "Jones", "given": "Mary"}]
    assert "author" not in r


def test_closing_quote_glued_to_in_still_opens_the_book():
    r = one("3 J. Smith, ‘Guilds’in M. Jones (ed.), Medieval Towns (London, 1998), pp. 45–67.").record
    assert (r["type"], r["title"], r["container-title"]) == ("chapter", "Guilds", "Medieval Towns")
    assert r["editor"] == [{"family": "Jones", "given": "M."}]


def test_role_and_editor_in_parentheses_after_the_book():
    r = one("1. Hans Müller, Die Städte, in: Geschichte der Städte (hrsg. v. Karl Schmidt), München 1998, "
            "S. 45–67.").record
    assert r["editor"] == [{"family": "Schmidt", "given": "Karl"}]
    assert r["container-title"] == "Geschichte der Städte"
    r = one("2. P. Dupont, « Les villes », dans Histoire des villes (éd. par Jean Martin), Paris, 1998, p. 45.").record
    assert r["editor"] == [{"family": "Martin", "given": "Jean"}]
    assert r["container-title"] == "Histoire des villes"


def test_hungarian_szerk_opening_a_sentence_after_the_book():
    r = one("12. Kovács János: A városok. In: A városok története. Szerk. Nagy Péter. Budapest, 1998. 45–67.").record
    assert r["editor"] == [{"family": "Nagy", "given": "Péter"}]
    assert r["container-title"] == "A városok története"
