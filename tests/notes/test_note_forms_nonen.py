"""Non-English note shapes: Dutch notes lists keyed by chapter and note, author-date references
with particles and appendices, newspapers with the library holding them, and other forms."""

import pytest

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


@pytest.mark.parametrize("heading", ["hoofdstuk 3, noot 14", "Kapitel 2, Anm. 7", "chapter 4, note 9"])
def test_a_chapter_and_note_heading_is_not_part_of_the_note(heading):
    c = one(f"{heading} Haarlems Dagblad, 2 oktober 1921, 3.")
    assert c.record["container-title"] == "Haarlems Dagblad"
    assert c.locator == "3"


def test_the_library_holding_a_newspaper_is_dropped():
    c = one("Middelburgsche Courant, 14 oktober 1880, 2 (ZA, Krantenarchief).")
    assert c.record["type"] == "article-newspaper"
    assert c.record["container-title"] == "Middelburgsche Courant" and c.locator == "2"


@pytest.mark.parametrize("text, family, loc, label", [
    ("Zie ook: Kramer (2004, 45-47).", "Kramer", "45–47", "page"),
    ("Zie de cijfers van Visser (1999, Bijlage 3).", "Visser", "3", "appendix"),
    ("Zie Van den Berg (1988, 12).", "Van den Berg", "12", "page"),
])
def test_author_date_in_prose_with_a_bare_page_or_an_appendix(text, family, loc, label):
    c = one(text)
    assert c.record["author"] == [{"family": family}]
    assert (c.locator, c.label) == (loc, label)


def test_prose_naming_several_author_date_references():
    cites = parse_note("Beschreven door respectievelijk: Smits (1761), Ter Horst (1790) en Ter Horst (1795).")
    assert [c.record["author"][0]["family"] for c in cites] == ["Smits", "Ter Horst", "Ter Horst"]
    assert [c.record["issued"]["date-parts"][0][0] for c in cites] == [1761, 1790, 1795]


@pytest.mark.parametrize("text, name", [
    ("Jacobus Verhoeven (1862).", {"family": "Verhoeven", "given": "Jacobus"}),
    ("Bakker (2011).", {"family": "Bakker"}),
])
def test_a_lone_author_date_reference(text, name):
    c = one(text)
    assert c.record["author"] == [name] and "type" not in c.record


def test_an_article_cited_by_its_journal_alone_names_its_author():
    c = one("vgl. K. Maresch, Z.P.E. 41 (1985), S. 212, Anm. 4.")
    assert c.record["author"] == [{"family": "Maresch", "given": "K."}]
    assert "title" not in c.record and c.record["container-title"] == "Z.P.E"
    assert (c.record["volume"], c.locator) == ("41", "212")


def test_prose_before_an_article_cited_by_its_journal_is_dropped():
    c = one("Eher nach 612 n.Chr. zu datieren, P. Sijpesteijn, Tyche 5 (1990), S. 98.")
    assert c.record["author"][0]["family"] == "Sijpesteijn" and "title" not in c.record


def test_after_a_page_und_and_initials_open_the_next_work():
    cites = parse_note("Vgl. R. Ast, Archiv 51 (2005), S. 33, Anm. 9 und T. Gagos, Archiv 52 (2006), S. 71.")
    assert [c.record["author"][0]["family"] for c in cites] == ["Ast", "Gagos"]
    assert [c.locator for c in cites] == ["33", "71"]


def test_a_volume_spanning_two_years_gives_a_date_range():
    c = one("vgl. M. Hanafi, Kodai 12 (2001/2002), S. 41-58.")
    assert c.record["issued"] == {"date-parts": [[2001], [2002]]}


@pytest.mark.parametrize("text, family, title", [
    ("J. Fučík. Reportáž psaná na oprátce. Praha, 1947, s. 12.", "Fučík", "Reportáž psaná na oprátce"),
    ("K. Čapek. Hovory s T. G. Masarykem. Praha, 1937, s. 40.", "Čapek", "Hovory s T. G. Masarykem"),
])
def test_initials_surname_and_a_full_stop_before_the_title(text, family, title):
    c = one(text)
    assert c.record["author"][0]["family"] == family and c.record["title"] == title


def test_a_two_letter_second_initial_is_not_a_surname():
    c = one("See W. Ph. Dekker, ed., Verslagen van de Staten (Den Haag: Nijhoff, 1961), 14.")
    assert c.record.get("author") is None and c.record["editor"][0]["family"] == "Dekker"


def test_a_russian_short_form_with_others_and_a_quoted_word_in_its_title():
    c = one("Крыленко и др. Дело «Союзного бюро». С. 112–118.")
    assert c.record == {"author": [{"family": "Крыленко"}], "title": "Дело «Союзного бюро»"}
    assert c.locator == "112–118"


def test_a_russian_short_form_cites_its_volume():
    c = one("Кудрявцев и др. Лубянка. Т. 3. С. 451.")
    assert c.record["author"] == [{"family": "Кудрявцев"}]
    assert (c.record["title"], c.record["volume"], c.locator) == ("Лубянка", "3", "451")


def test_a_russian_short_form_needs_no_page():
    c = one("Зеленин. Шахтинское дело.")
    assert c.record == {"author": [{"family": "Зеленин"}], "title": "Шахтинское дело"}


@pytest.mark.parametrize("text, paper, date", [
    ("«Lidové noviny», 3.IX.1938, s. 2.", "Lidové noviny", [1938, 9, 3]),
    ("Gazeta Polska, 12.V.1935.", "Gazeta Polska", [1935, 5, 12]),
])
def test_a_newspaper_dated_with_a_roman_month(text, paper, date):
    c = one(text)
    assert c.record["type"] == "article-newspaper" and c.record["container-title"] == paper
    assert c.record["issued"] == {"date-parts": [date]}


def test_an_unquoted_lower_case_name_is_no_newspaper():
    assert not any(c.record.get("type") == "article-newspaper" for c in parse_note("Smith to Jones, 3.IX.1938."))


@pytest.mark.parametrize("text, loc", [("J. Martin, op. cit., f. 112.", "112"), ("Durand, op. cit., fol. 7v.", "7v")])
def test_a_leaf_after_op_cit_is_a_folio(text, loc):
    c = one(text)
    assert (c.locator, c.label) == (loc, "folio")


def test_dans_before_the_author_and_a_series_in_guillemets_after_the_publisher():
    c = one("Dans J.-P. Morel, Le récit de soi, Gallimard, « Folio essais », 2011, p. 40.")
    assert c.record["author"] == [{"family": "Morel", "given": "J.-P."}]
    assert (c.record["publisher"], c.record["collection-title"]) == ("Gallimard", "Folio essais")
    assert c.record["title"] == "Le récit de soi"


@pytest.mark.parametrize("mark", ["' ", "(') ", "( ' ) "])
def test_an_ocred_note_mark_is_not_part_of_the_note(mark):
    c = one(f"{mark}Joan MERCADER RIBA: La crisis del Antiguo Régimen en Cataluña, Madrid 1971, pp. 40 y ss.")
    assert c.record["title"] == "La crisis del Antiguo Régimen en Cataluña"
    assert c.record["author"][0]["given"].startswith("Joan")


def test_ocr_spacing_around_an_editors_colon_and_an_edition_after_a_full_stop():
    c = one("2. Paul KLOPSCH (Hrsg .) : Lateinische Lyrik des Mittelalters . 2 . Aufl., Stuttgart, 1985, S . 12 .")
    assert c.record["editor"][0]["family"] == "Klopsch" and c.record["edition"] == "2"
    assert c.record["title"] == "Lateinische Lyrik des Mittelalters"


def test_italian_citate_after_a_title_cited_before():
    c = one("Lettere inedite citate, pag. 14.")
    assert c.record["title"] == "Lettere inedite" and c.locator == "14"


def test_spanish_thousands_in_pages_and_a_roman_volume_after_the_year():
    c = one("Ricardo de la Cierva, Historia de la guerra civil, Madrid, 1969, II, pp. 1.024-1.031.")
    assert c.locator == "1.024–1.031"
    assert (c.record["volume"], c.record["publisher-place"], c.record["title"]) == (
        "II", "Madrid", "Historia de la guerra civil")


def test_insb_after_an_articles_pages_names_the_page_meant():
    c = one("K. Weber, »Hof und Staat«, in: Historische Zeitschrift 241 (1985), S. 301-330, insb. S. 312 ff.")
    assert c.record["page"] == "301–330" and c.locator == "312 ff"
    assert c.record["container-title"] == "Historische Zeitschrift"


def test_following_pages_marked_after_each_page_of_a_list():
    c = one("Hans Vogel, Das Reich und seine Fürsten, Berlin 1990, S. 12 f., 45 ff.")
    assert c.locator == "12 f., 45 ff"


def test_a_spanish_name_with_two_surnames_joined_by_y():
    c = one("José Ortega y Gasset, La rebelión de las masas, Madrid, 1930, p. 4.")
    assert c.record["author"] == [{"family": "Ortega y Gasset", "given": "José"}]


def test_y_between_two_full_names_still_joins_two_people():
    c = one("Juan Pérez y María López, Historia de Castilla, Madrid, 1990, p. 8.")
    assert [a["family"] for a in c.record["author"]] == ["Pérez", "López"]


@pytest.mark.parametrize("text, title, volume, loc", [
    ("vgl. P. Oxy. 14. 1652 Einl. S. 12-3.", "P. Oxy.", "14", "12–3"),
    ("so zu lesen, vgl. P. Mich. 3. 200, Einl.", "P. Mich.", "3", None),
])
def test_a_papyrus_edition_by_siglum_volume_and_text_number(text, title, volume, loc):
    cites = [c for c in parse_note(text) if c.record.get("title") == title]
    assert len(cites) == 1
    assert (cites[0].record["volume"], cites[0].locator) == (volume, loc)


def test_a_correction_list_by_volume_and_page_inside_prose_keeps_its_place():
    cites = parse_note("Zu lesen ist Ἀπίωνος (gegen die in B.L. 7, S. 14 genannte Lesung), "
                       "R. Ast, Tyche 20 (2005), S. 90, Anm. 2.")
    assert [c.record.get("title") or c.record["author"][0]["family"] for c in cites] == ["B.L.", "Ast"]
    assert (cites[0].record["volume"], cites[0].locator) == ("7", "14")


def test_an_editor_before_a_siglum():
    cites = parse_note("vgl. K. Worp, C.P.R. 8. 12, Anm. zu Z. 4.")
    assert cites[0].record == {"author": [{"family": "Worp", "given": "K."}], "title": "C.P.R.", "volume": "8"}


def test_a_whole_parenthesis_after_prose_is_read_as_one_citation():
    cites = parse_note("Nicht zu φυλ(ακιτικοῦ) aufzulösen (so auch schon H. Maas, De Nijlvallei in de "
                       "Romeinse tijd (1961), S. 42, Anm. 5).")
    assert cites[-1].record["author"] == [{"family": "Maas", "given": "H."}]
    assert cites[-1].record["title"] == "De Nijlvallei in de Romeinse tijd" and cites[-1].locator == "42"


def test_catalogue_style_name_and_a_journal_issue_by_months_in_parentheses():
    c = one("12. Venturi (Adolfo), Un quadro ignoto del Moretto. (Boll. d'Arte, maggio-giugno 1921).")
    assert c.record["author"] == [{"family": "Venturi", "given": "Adolfo"}]
    assert (c.record["type"], c.record["container-title"]) == ("article-journal", "Boll. d'Arte")
    assert c.record["issued"] == {"date-parts": [[1921, 5], [1921, 6]]}
    assert c.record["title"] == "Un quadro ignoto del Moretto"


def test_a_fascicle_in_the_parentheses_is_the_issue():
    c = one("Toesca (P.), Affreschi di Castiglione. (Arte cristiana, fasc. XII, dicembre 1916).")
    assert (c.record["issue"], c.record["issued"]) == ("XII", {"date-parts": [[1916, 12]]})
    assert c.record["author"] == [{"family": "Toesca", "given": "P."}]


def test_a_role_in_parentheses_is_not_a_given_name():
    c = one("Smith (Ed.), A Book of Days (London, 1990).")
    assert c.record["editor"] == [{"family": "Smith"}]


def test_gost_list_of_latin_script_authors():
    c = one("Kuromiya H., Pepłoński A. Stalin and the Spies. New Haven: Yale University Press, 2009. P. 14.")
    assert [a["family"] for a in c.record["author"]] == ["Kuromiya", "Pepłoński"]
    assert c.record["title"] == "Stalin and the Spies"


def test_gost_chapter_with_two_editors_after_the_slash():
    c = one("Harris J. The Purge // Stalin's Russia: New Views / eds. S. Fitzpatrick, L. Viola. "
            "London: Routledge, 2000. P. 12-30.")
    assert c.record["container-title"] == "Stalin's Russia: New Views"
    assert [e["family"] for e in c.record["editor"]] == ["Fitzpatrick", "Viola"]


def test_a_russian_journal_issue_cited_as_a_whole_is_a_periodical():
    c = one("«Коммунист», №№7–8, 1931, с. 12.")
    assert c.record == {"type": "periodical", "title": "Коммунист", "issue": "7–8", "issued": {"date-parts": [[1931]]}}


@pytest.mark.parametrize("text, loc", [("Orose, Hist., l. VII, c. 7.", "7"), ("Eusèbe, Vita Constantini, cap. 12.", "12")])
def test_a_classical_text_by_book_and_chapter_gives_the_chapter(text, loc):
    c = one(text)
    assert (c.locator, c.label) == (loc, "chapter")


def test_circa_and_a_year_is_no_chapter():
    cites = parse_note("Li Bai, Collected Poems, c. 750, cited in A. Waley, Poems (London: Murray, 1950), 12.")
    assert all(c.label != "chapter" for c in cites)


def test_a_note_inside_its_numbers_brackets():
    c = one("[42: Chambre des députés. Procès-verbaux des séances, p. 17, 19 et 23.]")
    assert c.locator == "17, 19 et 23" and c.record["title"].startswith("Chambre des députés")


def test_a_journal_by_name_roman_volume_and_year_is_no_book():
    c = one("Parue dans Revue des études slaves, XLV, 1966, 12-30.")
    assert c.record == {"type": "article-journal", "container-title": "Revue des études slaves", "volume": "XLV",
                        "issued": {"date-parts": [[1966]]}}
    assert c.locator == "12–30"


def test_a_one_word_publisher_before_a_known_town():
    c = one("Paul Preston, «La Guerra Civil», en J. Tusell, ed., Historia de España, Taurus, Madrid, 1990, p. 12.")
    assert (c.record["publisher"], c.record["publisher-place"]) == ("Taurus", "Madrid")
    assert c.record["container-title"] == "Historia de España"


def test_an_inverted_given_name_before_a_town_is_no_publisher():
    c = one("Le Roy Ladurie, « Les paysans », dans Histoire de la France rurale, sous la direction de "
            "Duby, Georges, Wallon, Armand, Paris, 1975, p. 12.")
    assert "publisher" not in c.record


def test_repris_dans_opens_the_reprint_and_ed_before_initials_names_the_editors():
    cites = parse_note("Paru d'abord dans « La fin des paysans », Esprit, 1967, pp. 3-20, repris dans "
                       "Sociologie rurale, éd. M. Jollivet et H. Mendras, Paris, Armand Colin, 1971, pp. 40-57.")
    assert len(cites) == 2
    assert cites[1].record["editor"] == [{"family": "Jollivet", "given": "M."}, {"family": "Mendras", "given": "H."}]
    assert cites[1].record["container-title"] == "Sociologie rurale" and cites[1].locator == "40–57"
    assert cites[1].record["title"] == "La fin des paysans"  # the piece reprinted, a chapter of the book


@pytest.mark.parametrize("lead", ["ed. ", "ed.", "hg. v. ", "Hrsg. v. "])
def test_a_role_before_the_names_makes_them_editors(lead):
    c = one(f"{lead}K. Sethe, Urkunden der 18. Dynastie (Leipzig 1906), S. 12.")
    assert c.record["editor"] == [{"family": "Sethe", "given": "K."}] and "author" not in c.record


def test_a_note_number_run_into_an_initial_and_polish_ss_pages():
    c = one("212J. Assmann, Das kulturelle Gedächtnis, München 1992, ss. 48-52.")
    assert c.record["author"] == [{"family": "Assmann", "given": "J."}]
    assert (c.record["publisher-place"], c.locator) == ("München", "48–52")


def test_the_same_man_as_editor_of_a_work_cited_passim():
    cites = parse_note("J. MACEK, Tábor v husitském revolučním hnutí, Praha 1952, s. 40; Týž (ed.), Jan Žižka, passim.")
    assert cites[1].record == {"title": "Jan Žižka", "editor": [{"family": "Macek", "given": "J."}]}


def test_russian_and_many_others_after_a_page_list():
    c = one("Забелин И. Домашний быт русских цариц. М., 1869. С. 12, 15, 40 и мн. др.")
    assert c.locator == "12, 15, 40"


def test_a_short_title_and_roman_volume_without_author():
    c = one("ParlRat II, S. 418 f.")
    assert c.record == {"title": "ParlRat", "volume": "II"} and c.locator == "418 f"


def test_an_article_with_its_journal_volume_and_month_in_parentheses():
    c = one("Bloch, Marc, Les transformations du servage (Annales, t. III, mars 1941, p. 12-30).")
    assert c.record["author"] == [{"family": "Bloch", "given": "Marc"}]
    assert (c.record["type"], c.record["container-title"], c.record["volume"]) == ("article-journal", "Annales", "III")
    assert c.record["issued"] == {"date-parts": [[1941, 3]]} and c.locator == "12–30"
    assert c.record["title"] == "Les transformations du servage"


def test_a_link_in_parentheses_and_a_dutch_accessed_date():
    c = one("Stadsarchief Leiden (https://www.erfgoedleiden.nl/), Geraadpleegd: 3 mei 2015.")
    assert c.record["URL"] == "https://www.erfgoedleiden.nl/"
    assert c.record["title"] == "Stadsarchief Leiden" and "issued" not in c.record


def test_notes_run_into_one_another_are_split_at_their_numbers():
    cites = parse_note("12\n«Известия» от 3 марта 1930. 13В.Молотов, т. 2, с.115. 14Н.Бухарин, с. 40.")
    assert [c.record.get("container-title") or c.record["author"][0]["family"] for c in cites] == [
        "Известия", "Молотов", "Бухарин"]
    assert (cites[1].record["volume"], cites[1].locator) == ("2", "115")


@pytest.mark.parametrize("name, family, given", [
    ("J. A. Primo de Rivera", "Primo de Rivera", "J. A."),
    ("J. Ortega y Gasset", "Ortega y Gasset", "J."),
    ("R. Menéndez Pidal", "Menéndez Pidal", "R."),
])
def test_initials_then_a_spanish_compound_surname(name, family, given):
    c = one(f"{name}, España y su historia, Madrid, 1957, p. 12.")
    assert c.record["author"] == [{"family": family, "given": given}]


def test_initials_and_two_people_joined_by_y():
    c = one("J. Pérez y L. López, Historia de Castilla, Madrid, 1990, p. 3.")
    assert [a["family"] for a in c.record["author"]] == ["Pérez", "López"]


def test_a_spanish_title_with_y_after_a_compound_surname_is_no_publisher():
    c = one("R. Menéndez Pidal, Los españoles y su historia, Madrid, 1959, p. 5.")
    assert c.record["title"] == "Los españoles y su historia" and "publisher" not in c.record
    assert c.record["type"] == "book"


def test_a_long_sentence_case_title_keeps_its_parenthesised_journal():
    c = one("7. Bertaux (E.), Il pulpito della cattedrale di Ravello e le sue sculture in marmo di bottega "
            "campana. (Napoli nobilissima, fase. IV, aprile 1913).")
    assert c.record["container-title"] == "Napoli nobilissima" and c.record["issue"] == "IV"
    assert c.record["issued"] == {"date-parts": [[1913, 4]]} and c.record["author"][0]["family"] == "Bertaux"


@pytest.mark.parametrize("text, date", [
    ("Het Volk, 12 maart 1933, 3.", [1933, 3, 12]),
    ("De Telegraaf, 3 mei 1940.", [1940, 5, 3]),
    ("Diário de Notícias, 5 de outubro de 1910.", [1910, 10, 5]),
])
def test_dutch_and_portuguese_months_date_a_newspaper(text, date):
    c = one(text)
    assert c.record["type"] == "article-newspaper" and c.record["issued"] == {"date-parts": [date]}


def test_dutch_deel_is_the_volume():
    c = one("P. Blok, Geschiedenis van het Nederlandsche volk, deel 3 (Leiden 1925), 112.")
    assert (c.record["type"], c.record["volume"], c.record["publisher-place"]) == ("book", "3", "Leiden")


def test_gost_book_and_part_after_the_title():
    c = one("Соловьев С. М. История России. Кн. 3. Ч. 1. М., 1960. С. 45.")
    assert (c.record["title"], c.record["volume"], c.record["part-number"]) == ("История России", "3", "1")


def test_initials_a_particle_and_two_portuguese_surnames_name_a_person():
    c = one("A. H. de Oliveira Marques, História da Primeira República, Lisboa, Livros Horizonte, 1978, p. 20.")
    assert c.record["author"] == [{"family": "Oliveira Marques", "given": "A. H.", "non-dropping-particle": "de"}]
    assert c.record["type"] == "book"


def test_the_page_after_a_german_newspapers_date():
    c = one("Vgl. Die Welt vom 4. 11. 1961, S. 5.")
    assert (c.record["container-title"], c.record["issued"], c.locator) == (
        "Die Welt", {"date-parts": [[1961, 11, 4]]}, "5")


def test_an_edition_before_the_town_without_a_comma():
    c = one("H.-U. Wehler, Das Deutsche Kaiserreich, 5. Aufl. Göttingen 1983, S. 60.")
    assert (c.record["edition"], c.record["publisher-place"], c.record["title"]) == (
        "5", "Göttingen", "Das Deutsche Kaiserreich")
    assert "publisher" not in c.record


@pytest.mark.parametrize("place", ["París", "Ginebra", "Parijs", "Londyn", "Haarlem"])
def test_more_towns_in_the_notes_languages(place):
    c = one(f"J. Martín, La Europa del siglo XX, {place}, Editorial Mundo, 1966, p. 30.")
    assert (c.record["publisher-place"], c.record["publisher"]) == (place, "Editorial Mundo")
    assert c.record["title"] == "La Europa del siglo XX"


@pytest.mark.parametrize("cue", ["Цит. по кн.: ", "Цит. по ст.: ", "Цит. по: "])
def test_russian_cited_from_a_book_or_article(cue):
    c = one(f"{cue}Зубкова Е. Ю. Общество и реформы. М., 1993. С. 45.")
    assert c.record["author"] == [{"family": "Зубкова", "given": "Е. Ю."}]
    assert c.record["title"] == "Общество и реформы" and c.locator == "45"


def test_russian_editor_named_before_the_title_in_the_genitive():
    c = one("Под ред. И. И. Минца. История гражданской войны в СССР. М., 1957. С. 12.")
    assert c.record["editor"] == [{"family": "Минц", "given": "И. И."}]
    assert c.record["title"] == "История гражданской войны в СССР"


def test_dutch_en_joins_two_editors():
    c = one("J. Bos en K. Smit (red.), De Zeeuwse eilanden (Middelburg 2004), 45.")
    assert c.record["editor"] == [{"family": "Bos", "given": "J."}, {"family": "Smit", "given": "K."}]
    assert c.record["title"] == "De Zeeuwse eilanden"


def test_italian_a_cura_di_before_the_editor():
    c = one("A cura di R. Villari, Il Sud nella storia d'Italia, Bari, Laterza, 1961, p. 8.")
    assert c.record["editor"] == [{"family": "Villari", "given": "R."}] and "author" not in c.record


def test_a_publisher_with_an_initial_is_not_a_gost_place():
    c = one("M. Bloch, Apologie pour l'histoire, Paris, A. Colin, 1949, p. 7.")
    assert (c.record["publisher-place"], c.record["publisher"]) == ("Paris", "A. Colin")
    assert c.record["title"] == "Apologie pour l'histoire"


def test_polish_dz_cyt_is_op_cit():
    c = one("A. Paczkowski, dz. cyt., s. 88.")
    assert c.record == {"author": [{"family": "Paczkowski", "given": "A."}]} and c.locator == "88"
    assert parse_note("Dz. cyt., s. 90.")[0].ibid


@pytest.mark.parametrize("vol", ["tomo II", "tome II", "Band II"])
def test_a_volume_word_without_a_full_stop_after_the_year(vol):
    c = one(f"A. Herculano, Opúsculos, Lisboa, 1873, {vol}, pág. 45.")
    assert (c.record["volume"], c.record["publisher-place"], c.record["title"]) == ("II", "Lisboa", "Opúsculos")


def test_dutch_page_after_the_imprint_without_a_comma():
    c = one("Zie H. Wijfjes, Radio onder restauratie (Amsterdam 1985) 45-50.")
    assert (c.record["publisher-place"], c.locator) == ("Amsterdam", "45–50")


def test_dutch_geciteerd_in_and_initials_before_an_org_word():
    c = one("Geciteerd in: J. Bank, Opkomst en ondergang (Deventer 1978) 45.")
    assert c.record["author"] == [{"family": "Bank", "given": "J."}] and c.record["type"] == "book"


@pytest.mark.parametrize("entry", ["s.v.", "s. v. ἐπιθήκη"])
def test_sub_voce_names_an_entry_not_a_page(entry):
    c = one(f"F. Preisigke, Fachwörter, {entry}")
    assert c.record == {"author": [{"family": "Preisigke", "given": "F."}], "title": "Fachwörter"}
    assert c.locator is None


def test_a_short_form_by_two_authors_with_initials():
    c = one("J.M. Diethart, K.A. Worp, Notarsunterschriften, S. 62.")
    assert [a["family"] for a in c.record["author"]] == ["Diethart", "Worp"]
    assert c.record["title"] == "Notarsunterschriften" and c.locator == "62"


@pytest.mark.parametrize("text, family, loc", [
    ("Dies zeigt die ältere Forschung (vgl. H. Körner, Die Stadt im Mittelalter, Berlin 1990, S. 4), die aber irrt.",
     "Körner", "4"),
    ("Cette thèse (voir J. Martin, Le roman rustique, Paris, 1990, p. 14) a été discutée.", "Martin", "14"),
    ("Nicht „Flotte“ (so F. Preisigke, Fachwörter, s.v.), sondern die Mannschaft.", "Preisigke", None),
])
def test_a_cued_citation_in_parentheses_inside_prose(text, family, loc):
    c = one(text)
    assert c.record["author"][0]["family"] == family and c.locator == loc


@pytest.mark.parametrize("text, family, title", [
    ("Como ha señalado Raymond Carr en su España 1808-1975 (Barcelona, Ariel, 1982), p. 45.", "Carr", "España 1808-1975"),
    ("Wie schon Otto Hintze in seiner Geschichte Preußens (Berlin 1915), S. 12, betont hat.", "Hintze",
     "Geschichte Preußens"),
    ("Lo ha mostrato Gioacchino Volpe nella sua Italia moderna (Firenze, Sansoni, 1943), p. 4.", "Volpe",
     "Italia moderna"),
])
def test_an_author_and_his_work_named_in_prose(text, family, title):
    c = one(text)
    assert c.record["author"][0]["family"] == family and c.record["title"] == title


def test_italian_pagine_and_sg_after_a_page():
    assert one("P. TOESCA, Il Medioevo, Torino, 1927, I, pagine 112 e 115.").locator == "112 e 115"
    c = one("Cfr. L. Salvatorelli, Nazionalfascismo, Torino, Gobetti, 1923, p. 34 sg.")
    assert (c.record["title"], c.record["publisher"], c.locator) == ("Nazionalfascismo", "Gobetti", "34 sg")


def test_a_name_in_small_capitals_before_a_journal_alone():
    c = one("G. HILL, in The Numismatic Chronicle, XVIII (1911), pag. 261.")
    assert c.record["author"] == [{"family": "Hill", "given": "G."}] and "title" not in c.record


def test_a_nobleman_known_by_his_title_is_one_literal_name():
    c = one("Conde de Romanones, Notas de una vida, Madrid, 1934, p. 45.")
    assert c.record["author"] == [{"literal": "Conde de Romanones"}] and c.record["type"] == "book"


def test_after_ders_the_whole_text_before_the_imprint_is_the_title():
    cites = parse_note("H. Rothfels, Die Opposition, Krefeld 1949, S. 12; ders., Kaiser, Hof und Staat, München 1995, S. 9.")
    assert cites[1].record["title"] == "Kaiser, Hof und Staat"
    assert cites[1].record["author"] == [{"family": "Rothfels", "given": "H."}]


def test_a_translation_in_parentheses_is_its_own_entry_by_the_same_author():
    cites = parse_note("Gordon Craig, Germany 1866-1945, Oxford 1978 (deutsch: Deutsche Geschichte 1866-1945, "
                       "übers. von K. Rupp, München 1980), S. 45.")
    assert [c.record["title"] for c in cites] == ["Germany 1866-1945", "Deutsche Geschichte 1866-1945"]
    assert cites[1].record["author"] == cites[0].record["author"] == [{"family": "Craig", "given": "Gordon"}]
    assert cites[1].record["translator"] == [{"family": "Rupp", "given": "K."}]
    assert cites[0].locator == "45" and cites[1].record["publisher-place"] == "München"


def test_a_newspaper_whose_name_is_a_common_word_after_an_article():
    c = one("El Debate, 15 de abril de 1931.")
    assert (c.record["type"], c.record["container-title"]) == ("article-newspaper", "El Debate")


def test_an_emigre_bulletin_by_year_number_and_month():
    c = one("Социалистический вестник. 1931. № 7. Апрель. С. 12.")
    assert c.record == {"type": "periodical", "title": "Социалистический вестник", "issue": "7",
                        "issued": {"date-parts": [[1931, 4]]}}


def test_gost_in_latin_letters_with_a_capital_p_page():
    c = one("Fitzpatrick S. Everyday Stalinism. New York, 1999. P. 45.")
    assert c.record["author"] == [{"family": "Fitzpatrick", "given": "S."}]
    assert c.record["title"] == "Everyday Stalinism" and c.locator == "45"


@pytest.mark.parametrize("text, loc", [("J. Martin, op. cit., annexe III.", "III"), ("K. Meier, a.a.O., Anhang 2.", "2")])
def test_an_appendix_after_op_cit(text, loc):
    c = one(text)
    assert (c.locator, c.label) == (loc, "appendix")


@pytest.mark.parametrize("text", ["Cf. Dupont 1998 et Martin 2001.", "Vgl. Meier 1990, S. 4 und Schulz 1992, S. 7."])
def test_two_author_date_references_joined_by_a_conjunction(text):
    cites = parse_note(text)
    assert len(cites) == 2 and all(set(c.record) == {"author", "issued"} for c in cites)


def test_an_ocred_brace_for_an_opening_parenthesis():
    c = one("3. Venturi (Lionello), Un ritratto di Lotto. {L'Arte, marzo-aprile 1920).")
    assert c.record["container-title"] == "L'Arte" and c.record["issued"] == {"date-parts": [[1920, 3], [1920, 4]]}


def test_a_journal_by_year_and_roman_volume_after_the_title():
    c = one("J. Fučík. Slovo o Máchovi. Literární noviny, 1936, IX.")
    assert (c.record["type"], c.record["container-title"], c.record["volume"]) == (
        "article-journal", "Literární noviny", "IX")
    assert c.record["title"] == "Slovo o Máchovi"


def test_a_parenthesised_imprint_with_a_two_word_town_stays_a_book():
    c = one("A. Hunt, The Puritan Moment (Newton Abbot, 1983), 12.")
    assert c.record["type"] == "book" and c.record["publisher-place"] == "Newton Abbot"


def test_a_short_forms_compound_surname_with_de():
    c = one("Sánchez de Toca, ob. cit., p. 45.")
    assert c.record["author"] == [{"family": "Sánchez de Toca"}] and c.locator == "45"


def test_italian_cit_glued_to_a_short_title():
    c = one("Chabod, Storia della politica estera cit., p. 34.")
    assert c.record["title"] == "Storia della politica estera" and c.locator == "34"


@pytest.mark.parametrize("text", ["J. de Vries, a.w., 45.", "De Vries, a.w., p. 45."])
def test_dutch_aangehaald_werk_is_op_cit(text):
    c = one(text)
    assert set(c.record) == {"author"} and c.locator == "45"


def test_italian_in_before_a_journal_in_guillemets_without_a_comma():
    c = one("G. Rossi, La questione agraria in «Studi storici», XII (1971), pp. 3-20.")
    assert (c.record["title"], c.record["container-title"], c.record["volume"]) == (
        "La questione agraria", "Studi storici", "XII")


@pytest.mark.parametrize("text, family, title", [
    ("Ricordi storici del prof. Giuseppe Ferrari, Torino, 1875, pag. 12.", "Ferrari", "Ricordi storici"),
    ("Storia di Como del conte Maurizio Monti, Como, 1829, pag. 4.", "Monti", "Storia di Como"),
])
def test_an_italian_byline_with_an_honorific_after_the_title(text, family, title):
    c = one(text)
    assert c.record["author"][0]["family"] == family and c.record["title"] == title


def test_two_issues_of_one_russian_newspaper():
    cites = parse_note("«Правда» от 3 и 4 марта 1929.")
    assert [c.record["issued"]["date-parts"][0] for c in cites] == [[1929, 3, 3], [1929, 3, 4]]
    assert all(c.record["container-title"] == "Правда" for c in cites)


def test_a_letter_described_in_prose_and_the_journal_issue_it_was_printed_in():
    c = one("См. письмо Флетчера от 5 мая 1589 г. к Берли («Русская старина», 1871 г., кн. II, стр. 40).")
    assert (c.record["type"], c.record["container-title"], c.record["issue"], c.locator) == (
        "article-journal", "Русская старина", "II", "40")
    assert c.record["issued"] == {"date-parts": [[1871]]}


def test_a_quoted_journal_by_year_and_volume():
    c = one("«Русская старина», 1880, т. 28, с. 235.")
    assert (c.record["container-title"], c.record["volume"], c.locator) == ("Русская старина", "28", "235")


def test_portuguese_article_before_a_title_and_an_ordinal_volume():
    c = one("J. Mattoso, «A nobreza medieval», in O Tempo, vol. 3.º, 2.ª Serie, 1985, págs. 12-30.")
    assert (c.record["container-title"], c.record["volume"]) == ("O Tempo", "3.º")
    assert "container-author" not in c.record and "publisher" not in c.record


@pytest.mark.parametrize("text, title, volume", [
    ("Vgl. P. Oxy. XVI 1862.", "P. Oxy.", "XVI"),
    ("So schon BGU IV 1024, Z. 8.", "BGU", "IV"),
    ("Anders SB XIV 11957.", "SB", "XIV"),
])
def test_an_edition_by_siglum_and_roman_volume(text, title, volume):
    c = one(text)
    assert c.record == {"title": title, "volume": volume}


@pytest.mark.parametrize("container, title, vol, issue", [
    ("Вопр. лит. 1966. № 1.", "Вопр. лит", None, "1"),
    ("Wiener slavistisches Jahrbuch. 1976. Bd. 22.", "Wiener slavistisches Jahrbuch", "22", None),
])
def test_gost_journal_with_an_abbreviated_title_or_a_german_volume(container, title, vol, issue):
    c = one(f"Лотман Ю. М. Статья о литературе // {container}")
    assert c.record["type"] == "article-journal" and c.record["container-title"] == title
    assert (c.record.get("volume"), c.record.get("issue")) == (vol, issue)


def test_gost_on_zhe_with_a_full_stop_repeats_the_author():
    cites = parse_note("Успенский Б. А. Статья // Вопр. лит. 1976. № 2; Он же. Первая грамматика. М., 1975. С. 53.")
    assert cites[1].record["author"] == cites[0].record["author"]
    assert cites[1].record["title"] == "Первая грамматика"


@pytest.mark.parametrize("text, title, editors", [
    ("Napoléon Bonaparte, Manuscrits inédits (1786-1791), publiés par Frédéric Masson et Guido Biagi, "
     "Paris, Ollendorf, 1907, p. 337.", "Manuscrits inédits (1786-1791)", ["Masson", "Biagi"]),
    ("Jean Dupont, Le Mémorial. Édition intégrale et critique établie par Marcel Dunan, Paris, Flammarion, 1951, "
     "p. 806.", "Le Mémorial", ["Dunan"]),
])
def test_french_publies_par_and_etablie_par_name_the_editors(text, title, editors):
    c = one(text)
    assert c.record["title"] == title
    assert [e["family"] for e in c.record["editor"]] == editors


def test_a_french_volume_spelled_out_after_the_year():
    c = one("Marcel Dunan, Le Mémorial, Paris, Flammarion, 1951, volume 2, p. 806.")
    assert (c.record["volume"], c.record["publisher"], c.locator) == ("2", "Flammarion", "806")


@pytest.mark.parametrize("role", ["[dir.]", "(dir.)"])
def test_french_editor_in_brackets_and_a_title_opening_on_a_year(role):
    c = one(f"Jean Bled, « Le renversement », dans Thierry Lentz {role}, 1810, le tournant de l’Empire, "
            "Paris, Nouveau Monde éditions, 2010, p. 15-21.")
    assert c.record["editor"] == [{"family": "Lentz", "given": "Thierry"}]
    assert c.record["container-title"] == "1810, le tournant de l’Empire"


def test_a_container_cited_before_loses_its_op_cit():
    c = one("Annie Jourdan, « La réunion de la Hollande », dans L’Empire napoléonien, op. cit., p. 138-152.")
    assert c.record["container-title"] == "L’Empire napoléonien" and c.record["type"] == "chapter"


def test_polish_w_chapter_in_a_book_cited_before_with_i_nast():
    c = one("S. Nowak, Treść dekoracji pałacu, [w:] Renesans. Sztuka i ideologia, op. cit., s. 356 i nast.")
    assert c.record["type"] == "chapter" and c.record["title"] == "Treść dekoracji pałacu"
    assert c.record["container-title"] == "Renesans. Sztuka i ideologia" and "container-author" not in c.record
    assert (c.locator, c.label) == ("356 i nast", "page")


def test_polish_short_form_with_i_nast():
    cites = parse_note("Kowalczyk, op. cit., 293 i nast.; Nowak, op. cit., 358.")
    assert [c.locator for c in cites] == ["293 i nast", "358"]


def test_a_french_translation_at_another_house_is_a_second_book():
    cites = parse_note("Steven Englund, Napoléon. A political life, New York, Scribner, 2004, 592 p. "
                       "(traduction chez De Fallois en 2008, 580 p.).")
    assert [c.record["publisher"] for c in cites] == ["Scribner", "De Fallois"]
    assert cites[1].record["issued"] == {"date-parts": [[2008]]}
    assert cites[1].record["author"] == cites[0].record["author"]


def test_a_polish_w_container_runs_on_past_its_full_stops():
    c = one("A. Gieysztor, „Non habemus\". Korona zamknięta królów polskich w końcu XV wieku. "
            "[w:] Muzeum i twórca. Studia z historii sztuki, Warszawa 1969, s. 289—290.")
    assert c.record["type"] == "chapter"
    assert c.record["container-title"] == "Muzeum i twórca. Studia z historii sztuki"
    assert c.record["title"].endswith("w końcu XV wieku")


def test_a_long_chapter_title_with_its_author_keeps_a_sentence_case_book():
    c = one("A. Gieysztor, „Non habemus caesarem nisi regem\". Korona zamknięta królów polskich w końcu XV wieku "
            "i w wieku XVI. [w:] Muzeum i twórca. Studia z historii sztuki i kultury ku czci prof, dr Stanisława "
            "Lorenza, Warszawa 1969, s. 289—290.")
    assert c.record["container-title"].startswith("Muzeum i twórca. Studia") and c.locator == "289–290"


def test_cite_par_someone_dans_a_book_cites_that_book_and_its_note_before_the_page():
    cites = parse_note("Girod de l’Ain, Vie militaire du général Foy cité par Catherine Desportes dans "
                       "Gaspard de Clermont-Tonnerre, L’expédition d’Espagne, 1808-1810, Paris, Perrin, 1983, "
                       "note 2, p. 455.")
    book = cites[-1]
    assert book.record["title"] == "L’expédition d’Espagne, 1808-1810" and book.record["publisher"] == "Perrin"
    assert book.record["author"][0]["family"] == "Clermont-Tonnerre" and (book.locator, book.label) == ("455", "page")


def test_gost_pages_followed_by_i_dr_and_the_next_work():
    cites = parse_note("Моммзен Т. История Рима. Т. 1. С. 470, 770 и др.; Picard Ch. C. Carthage. Paris, 1951. P. 14.")
    assert [c.locator for c in cites] == ["470, 770", "14"]
    assert cites[0].record["title"] == "История Рима"


@pytest.mark.parametrize("text, families", [
    ("Dorey T. Op. cit. P. 94.", ["Dorey"]),
    ("Dorey T., Dudley D. Op. cit. P. 94.", ["Dorey", "Dudley"]),
])
def test_gost_authors_then_op_cit_in_latin_letters(text, families):
    c = one(text)
    assert [a["family"] for a in c.record["author"]] == families
    assert "title" not in c.record and c.locator == "94"


def test_italian_e_al_suo_names_the_author_with_a_particle_before_his_work():
    c = one("Mi riferisco al Fustel de Coulanges e al suo Polybe ou la Grèce conquise, in Questions historiques, "
            "Paris, Hachette, 1893, p. 121 sgg.")
    assert c.record["title"] == "Polybe ou la Grèce conquise"
    assert c.record["author"][0]["family"] == "Fustel de Coulanges"


def test_a_french_journal_year_with_its_number_then_the_authors_introduction_to_his_book():
    cites = parse_note("Jacques Le Goff, « Comment écrire une biographie ? », dans Le Débat, 1989/2, no 54, p. 48-53 "
                       "et introduction à Jacques Le Goff, Saint-Louis, Paris, Gallimard, 1996, p. 13-27.")
    article, intro = cites
    assert article.record["container-title"] == "Le Débat" and article.record["issue"] == "54"
    assert article.record["issued"] == {"date-parts": [[1989]]} and article.locator == "48–53"
    assert (intro.record["type"], intro.record["title"], intro.record["container-title"]) == (
        "chapter", "introduction", "Saint-Louis")
    assert intro.record["container-author"] == intro.record["author"] and intro.locator == "13–27"


def test_an_authors_introduction_to_a_volume_of_a_work():
    c = one("Patrice Dupont dans la préface au tome 3 de la Correspondance générale, p. 17-18.")
    assert c.record["author"] == [{"family": "Dupont", "given": "Patrice"}]
    assert (c.record["title"], c.record["volume"], c.record["container-title"]) == (
        "préface", "3", "Correspondance générale")
    assert (c.locator, c.label) == ("17–18", "page")


@pytest.mark.parametrize("text, title", [
    ("Moret, Anales de Navarra, tom. 1.", "Anales de Navarra"),
    ("Garma no Theatr. Univ. de Hesp. tom. 2, p. 3.", "Theatr. Univ. de Hesp."),
])
def test_old_spanish_short_forms_cite_a_tome(text, title):
    c = one(text)
    assert c.record["title"] == title and c.record["volume"] in ("1", "2")


def test_old_spanish_chapter_after_the_tome():
    c = one("Moret, Anales de Navarra, tom. 1. c. 4.")
    assert (c.locator, c.label) == ("4", "chapter") and c.record["volume"] == "1"


@pytest.mark.parametrize("who", ["Emmanuel comte de Las Cases", "Emmanuel de Las Cases"])
def test_a_rank_before_de_and_an_article_in_the_family_name(who):
    c = one(f"{who}, Le Mémorial, Paris, Flammarion, 1951, p. 806.")
    assert c.record["author"] == [{"family": "Las Cases", "given": "Emmanuel", "non-dropping-particle": "de"}]


@pytest.mark.parametrize("who, family", [("Pere MOLAS RIBALTA", "Molas Ribalta"), ("Karl LANGOSCH", "Langosch")])
def test_surnames_in_capitals_are_all_the_family_name(who, family):
    c = one(f"{who}, La burguesía mercantil, Madrid 1985, p. 17.")
    assert c.record["author"][0]["family"] == family


def test_a_russian_title_page_names_its_author_in_the_genitive():
    c = one("Русская женщина в домонгольский период. Историческое исследование Александра Добрякова. СПб., 1864. С. 32.")
    assert c.record["title"] == "Русская женщина в домонгольский период"
    assert c.record["author"] == [{"family": "Добряков", "given": "Александр"}]


def test_a_quoted_title_then_a_town_and_year_is_a_book():
    c = parse_note("M. Nowak, \"Radiotelegrafista jako źródło wiadomości\", Przemyśl 1928.")[0]
    assert c.record["type"] == "book" and c.record["publisher-place"] == "Przemyśl"
    assert "container-title" not in c.record


@pytest.mark.parametrize("text, part", [
    ("como destacó M. Aragón en su estudio preliminar a La velada de Benicarló, Madrid, Castalia, 1974.",
     "estudio preliminar"),
    ("comme le note Jean Dupont dans sa préface à La velada de Benicarló, Paris, Colin, 1974.", "préface"),
])
def test_an_authors_own_preface_to_a_book_in_prose(text, part):
    c = parse_note(text)[-1]
    assert (c.record["type"], c.record["title"], c.record["container-title"]) == (
        "chapter", part, "La velada de Benicarló")
    assert c.record["author"][0]["family"] in ("Aragón", "Dupont")


@pytest.mark.parametrize("text", [
    "Os filhos de D. João I, cap. III, A villa do infante, pag. 59 e segg.",
    "A. Silva, Os filhos de D. João I, cap. III, A villa do infante, Lisboa, 1901, pag. 59.",
])
def test_a_chapter_named_after_the_title_is_no_part_of_it(text):
    c = one(text)
    assert c.record["title"] == "Os filhos de D. João I" and c.locator.startswith("59")


def test_a_ruler_named_by_his_epithet_is_one_person_and_writes_books():
    c = one("Friedrich der Große, Das politische Testament, Berlin 1987, S. 150.")
    assert c.record["author"] == [{"literal": "Friedrich der Große"}] and c.record["type"] == "book"


def test_a_reprint_year_names_no_town():
    c = one("Friedrich der Große: „Das politische Testament von 1752“, Nachdruck 1987, S. 150.")
    assert "publisher-place" not in c.record and c.record["issued"] == {"date-parts": [[1987]]}
