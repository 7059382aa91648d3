"""Non-English note shapes: German legal footnotes (italic surnames, commentaries, court decisions,
journals by year and page), and other forms."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_a_commentary_named_by_its_editors_with_edition_and_margin_number():
    c = one("[^3]: *Loewenheim*, in: Schricker/Loewenheim, 5. Aufl. 2017, § 2 UrhG, Rn. 12 mwN.")
    assert c.record["type"] == "chapter"
    assert c.record["author"] == [{"family": "Loewenheim"}]
    assert c.record["container-title"] == "Schricker/Loewenheim"
    assert c.record["edition"] == "5" and c.record["issued"] == {"date-parts": [[2017]]}
    assert c.locator is None and "title" not in c.record


def test_a_commentary_with_its_authors_and_title():
    c = one("*Schulze*, in: *Dreier*/*Schulze*, UrhG, 6. Aufl. 2018, § 87b UrhG, Rn. 4.")
    assert c.record["container-author"] == [{"family": "Dreier"}, {"family": "Schulze"}]
    assert c.record["container-title"] == "UrhG" and c.record["edition"] == "6"


def test_a_handbook_with_its_editor_and_year_after_the_title():
    c = one("Vgl. *Koch*/*Otto*, in: *Auer-Reinsdorff* (Hrsg.), Handbuch IT- und Datenschutzrecht 2019 Rn. 40.")
    assert c.record["author"] == [{"family": "Koch"}, {"family": "Otto"}]
    assert c.record["editor"] == [{"family": "Auer-Reinsdorff"}]
    assert c.record["container-title"] == "Handbuch IT- und Datenschutzrecht"
    assert c.record["issued"] == {"date-parts": [[2019]]}


def test_back_references_to_an_earlier_note_name_the_author_only():
    cites = parse_note("*Peukert*, (Fn. 3), Rn. 14; *Wiebe*, ebd. Rn. 7, 9.")
    assert [c.record for c in cites] == [{"author": [{"family": "Peukert"}]}, {"author": [{"family": "Wiebe"}]}]
    assert [c.locator for c in cites] == [None, None]


def test_a_journal_cited_by_year_first_page_and_the_page_in_parentheses():
    c = one("*Ohly*, Urheberrecht in der digitalen Welt, NJW 2014, 2705 (2708) f.")
    assert c.record["type"] == "article-journal"
    assert c.record["title"] == "Urheberrecht in der digitalen Welt"
    assert c.record["container-title"] == "NJW" and c.record["page"] == "2705"
    assert c.record["issued"] == {"date-parts": [[2014]]}
    assert c.locator == "2708 f." and c.label == "page"


def test_court_decisions_by_reporter_and_by_date_with_their_names():
    cites = parse_note("BGH, GRUR, 2003, 958 (961), - Paperboy - ; OLG Köln, GRUR-RR, 2010, 141 (143), - Kleinanzeigen -.")
    assert [c.record["authority"] for c in cites] == ["BGH", "OLG Köln"]
    assert [c.record["title"] for c in cites] == ["Paperboy", "Kleinanzeigen"]
    assert cites[0].record["container-title"] == "GRUR" and cites[0].record["page"] == "958"
    assert cites[0].locator == "961" and cites[1].record["type"] == "legal_case"
    c = one("BGH, Urt. v. 11. März 2004 (I ZR 304/01), - Internet-Versteigerung - Rn. 12 mwN.")
    assert c.record["type"] == "legal_case" and c.record["number"] == "I ZR 304/01"
    assert c.record["issued"] == {"date-parts": [[2004, 3, 11]]}
    assert c.record["title"] == "Internet-Versteigerung" and c.locator is None


def test_a_decision_cited_again_by_its_name():
    c = one("EuGH, (Fn. 4), - Infopaq - Rn. 39.")
    assert c.record == {"authority": "EuGH", "title": "Infopaq"}


def test_a_textbook_with_edition_and_a_book_with_its_year_after_the_title():
    c = one("*Götting*/*Hetmank*, Gewerblicher Rechtsschutz, 11. Aufl. 2020, § 5 Rn. 3.")
    assert c.record["type"] == "book" and c.record["title"] == "Gewerblicher Rechtsschutz"
    assert c.record["author"] == [{"family": "Götting"}, {"family": "Hetmank"}] and c.record["edition"] == "11"
    c = one("So auch *Becker*, Eigentum an Daten 2019, S. 112.")
    assert c.record["author"] == [{"family": "Becker"}] and c.record["title"] == "Eigentum an Daten"
    assert c.record["issued"] == {"date-parts": [[2019]]} and c.locator == "112"


def test_a_book_with_given_names_and_an_imprint_before_a_later_edition_is_not_legal_style():
    c = one("Vgl. Hans Müller, Die Stadt im Mittelalter 1200-1500, Göttingen 1975, 4. Aufl. 1999.")
    assert c.record["author"][0]["family"] == "Müller"


def test_russian_author_year_span_with_the_pages_stressed():
    c = one("См.: Аверинцев 1977, с. 210—245, специально с. 221—223 (там же литература).")
    assert c.record["author"] == [{"family": "Аверинцев"}]
    assert c.record["issued"] == {"date-parts": [[1977]]}
    assert c.record["page"] == "210–245" and (c.locator, c.label) == ("221–223", "page")


def test_russian_translator_after_a_semicolon_belongs_to_the_work_before():
    c = one("Анна Комнина 1965, с. 90—93, специально с. 92; пер. Я. Н. Любарского.")
    assert c.record["translator"] == [{"family": "Любарский", "given": "Я. Н."}]
    assert c.record["page"] == "90–93" and c.locator == "92"


def test_the_same_author_repeated_before_a_year():
    cites = parse_note("Ср.: Каждан 1968, с. 12—14; Он же 1973, с. 80.")
    assert [c.record["author"] for c in cites] == [[{"family": "Каждан"}]] * 2
    assert [c.record["issued"] for c in cites] == [{"date-parts": [[1968]]}, {"date-parts": [[1973]]}]
    assert [c.locator for c in cites] == ["12–14", "80"]
    cites = parse_note("Hodder 1986, p. 4; idem 1992, pp. 30-35.")
    assert cites[1].record["author"] == [{"family": "Hodder"}] and cites[1].locator == "30–35"


def test_spanish_newspapers_cited_by_day_with_the_month_in_roman_numerals():
    cites = parse_note("[4] Claridad, 12-X-36. El Debate, 3 de octubre de 1936. <<")
    assert [c.record["container-title"] for c in cites] == ["Claridad", "El Debate"]
    assert [c.record["issued"] for c in cites] == [{"date-parts": [[1936, 10, 12]]}, {"date-parts": [[1936, 10, 3]]}]
    assert {c.record["type"] for c in cites} == {"article-newspaper"}


def test_two_days_of_one_paper_are_two_entries_and_a_surname_before_en_is_the_writer():
    cites = parse_note("Araquistáin, en Leviatán, 5-VI-34. El Sol, 7 y 9 de junio de 1934.")
    assert cites[0].record["author"] == [{"family": "Araquistáin"}]
    assert cites[0].record["container-title"] == "Leviatán" and "title" not in cites[0].record
    assert [c.record["issued"] for c in cites[1:]] == [{"date-parts": [[1934, 6, 7]]}, {"date-parts": [[1934, 6, 9]]}]
    assert [c.record["container-title"] for c in cites[1:]] == ["El Sol", "El Sol"]


def test_a_volume_in_roman_numerals_between_the_title_and_the_imprint():
    c = one("[21] Lerroux, La pequeña historia, II, Madrid, Cimera, 1945, p. 88. <<")
    assert c.record["title"] == "La pequeña historia" and c.record["volume"] == "II"
    assert c.record["publisher"] == "Cimera" and c.locator == "88"
    c = one("G. Volpe, Storia del movimento cattolico, I, Firenze 1922, p. 14.")
    assert c.record["title"] == "Storia del movimento cattolico" and c.record["volume"] == "I"


def test_a_short_form_with_its_volume_and_the_edition_s_publisher_in_parentheses():
    c = one("[30] Gil Robles, No fue posible la paz, III (Ariel), p. 51. <<")
    assert c.record["title"] == "No fue posible la paz"
    assert (c.record["volume"], c.record["publisher"], c.locator) == ("III", "Ariel", "51")


def test_russian_volume_and_book_in_roman_numerals_before_the_imprint_and_a_church_rank():
    c = one("212\nАрхиепископ Филарет . История русской церкви. Т. 3. Кн. II. СПб., 1862. С. 41. Прим. 12.")
    assert c.record["author"] == [{"family": "Филарет"}]
    assert c.record["title"] == "История русской церкви"
    assert (c.record["volume"], c.record["part-number"]) == ("3", "II")
    assert c.record["publisher-place"] == "СПб." and c.locator == "41"


def test_russian_heading_and_title_without_imprint_is_a_book_and_with_a_bare_url_a_web_page():
    c = one("160\nСкрынников Р.Г. Минин и Пожарский.")
    assert c.record == {"author": [{"family": "Скрынников", "given": "Р.Г."}], "title": "Минин и Пожарский",
                        "type": "book"}
    c = one("161\nМорозова Л.Е. Смута начала XVII века глазами современников (1598–1613 гг.) http://example.ru/smuta.html")
    assert c.record["type"] == "webpage" and c.record["author"] == [{"family": "Морозова", "given": "Л.Е."}]
    assert c.record["title"] == "Смута начала XVII века глазами современников (1598–1613 гг.)"


def test_in_his_work_between_author_and_title_and_a_volume_closed_by_a_full_stop():
    c = one("Vedi lo studio pubblicato dal prof. O. Hartwig, nei suoi Quellen und Forschungen, vol. I. Halle, Niemeyer, 1875.")
    assert c.record["author"] == [{"family": "Hartwig", "given": "O."}]
    assert c.record["title"] == "Quellen und Forschungen" and c.record["volume"] == "I"
    assert (c.record["publisher-place"], c.record["publisher"]) == ("Halle", "Niemeyer")
    c = one("M. Menéndez Pelayo, en su Historia de los heterodoxos españoles, Madrid, 1880, p. 12.")
    assert c.record["title"] == "Historia de los heterodoxos españoles"


def test_more_pages_after_a_semicolon_belong_to_the_work_just_cited():
    c = one("[12]\nБеляев. Op. cit., p. 41—52; 60—64.")
    assert (c.locator, c.label) == ("41–52; 60–64", "page")


def test_a_list_of_short_forms_without_pages_cites_each_work():
    cites = parse_note("3 Grundlegend: Lortz, Die Reformation in Deutschland, 2 Bde.; Iserloh, Geschichte und "
                       "Theologie; Moeller, Spätmittelalter. – Zur Reichsgeschichte: Schindling, Kriege und Krisen; "
                       "K. Schreiner, Frömmigkeit.")
    assert [c.record["author"][0]["family"] for c in cites] == ["Lortz", "Iserloh", "Moeller", "Schindling", "Schreiner"]
    assert [c.record["title"] for c in cites] == ["Die Reformation in Deutschland", "Geschichte und Theologie",
                                                  "Spätmittelalter", "Kriege und Krisen", "Frömmigkeit"]
    assert cites[4].record["author"] == [{"family": "Schreiner", "given": "K."}]


def test_italian_prose_naming_a_work_and_its_author():
    c = one("[512]. Questa opinione il Ranke la difese anche nella sua Storia dei Papi, che ebbe molta fortuna.")
    assert c.record == {"author": [{"family": "Ranke"}], "title": "Storia dei Papi"}
    c = one("[513]. Il passo si legge nei Saggi critici del Carducci, e fu ristampato più volte.")
    assert c.record == {"author": [{"family": "Carducci"}], "title": "Saggi critici"}
    assert parse_note("[514]. Se ne parla nella Storia del Piemonte, e altrove.") == []


def test_a_numbered_section_of_a_work_on_the_web():
    c = one("170\nКлючевский В.О. Курс русской истории. Лекция XLI. 3.2 Земский собор 1613 года, http://example.ru/kluch/41.html.")
    assert c.record["type"] == "webpage" and c.record["title"] == "Земский собор 1613 года"
    assert c.record["container-title"] == "Курс русской истории. Лекция XLI"
    assert (c.locator, c.label) == ("3.2", "chapter")


def test_a_piece_in_its_author_s_collected_works_without_a_comma_before_en():
    c = one("[3] Manuel Azaña, Causas de la guerra de España en Obras completas, México, 1968, p. 460. <<")
    assert c.record["type"] == "chapter" and c.record["title"] == "Causas de la guerra de España"
    assert c.record["container-title"] == "Obras completas" and c.record["publisher-place"] == "México"


def test_dates_glossing_the_pages_cited_are_no_part_of_the_locator():
    c = one("364\nКрыленко и др. Процесс «Трудовой крестьянской партии». С. 210–215 (12.03.1931), 230 (14.3).")
    assert (c.locator, c.label) == ("210–215, 230", "page")


def test_a_piece_reprinted_in_a_book_is_a_chapter_of_it_under_its_own_title():
    cites = parse_note("Paru en anglais, « The Return of Narrative », Past and Present, 1979, pp. 3-24, repris dans "
                       "The Past and the Present Revisited, éd. L. Stone, Londres, Routledge, 1987, pp. 74-96.")
    assert cites[1].record["type"] == "chapter" and cites[1].record["title"] == "The Return of Narrative"
    assert cites[1].record["container-title"] == "The Past and the Present Revisited"
    assert cites[1].locator == "74–96"


def test_more_german_legal_forms():
    c = one("[^14]: Vgl. *Beigman Klebanov* u. a., Analyzing Disagreements.")
    assert c.record == {"author": [{"family": "Beigman Klebanov"}], "title": "Analyzing Disagreements"}
    c = one("[^3]: *Leistner*, in: Schricker/Loewenheim, 6. Aufl. 2020, § 87a UrhG, Rn. 18 ff.")
    assert c.record["container-title"] == "Schricker/Loewenheim" and c.locator is None
    c = one("[^18]: BGH, Urteil vom 12. Mai 2010 – I ZR 121/08 – Sommer unseres Lebens, Rn. 12.")
    assert c.record["type"] == "legal_case" and c.record["title"] == "Sommer unseres Lebens"
    assert c.record["number"] == "I ZR 121/08" and c.record["issued"] == {"date-parts": [[2010, 5, 12]]}
    c = one("[^20]: *Ohly*, GRUR 2017, 441 (443).")
    assert c.record["type"] == "article-journal" and "title" not in c.record
    assert (c.record["container-title"], c.record["page"], c.locator) == ("GRUR", "441", "443")


def test_author_year_continued_by_a_year_alone_and_a_note_after_the_page():
    cites = parse_note("[50]\nСм.: Лихачев 1967, с. 50; 1971, с. 12—14.")
    assert [c.record for c in cites] == [{"author": [{"family": "Лихачев"}], "issued": {"date-parts": [[1967]]}},
                                         {"author": [{"family": "Лихачев"}], "issued": {"date-parts": [[1971]]}}]
    assert [c.locator for c in cites] == ["50", "12–14"]
    c = one("[51]\nПселл 1978, с. 12, прим. 3.")
    assert c.record["author"] == [{"family": "Пселл"}] and (c.locator, c.label) == ("12", "page")


def test_two_days_with_a_roman_month_and_a_two_word_surname_before_en():
    cites = parse_note("[22] El Sol, 12 y 14-X-33. <<")
    assert [c.record["issued"] for c in cites] == [{"date-parts": [[1933, 10, 12]]}, {"date-parts": [[1933, 10, 14]]}]
    c = one("[21] Gil Robles, en El Debate, 3-X-33. <<")
    assert c.record["author"] == [{"family": "Gil Robles"}] and c.record["container-title"] == "El Debate"


def test_a_full_stop_between_title_and_imprint_and_a_town_on_its_river_as_a_slash():
    c = one("[675]. Ranke, Zur Kritik neuerer Geschichtschreiber. Leipzig, Reimer, 1824, pag. 12.")
    assert c.record["title"] == "Zur Kritik neuerer Geschichtschreiber" and c.record["publisher"] == "Reimer"
    assert c.locator == "12"
    c = one("[676]. Schlosser, Weltgeschichte. Frankfurt a/M., Varrentrapp, 1844.")
    assert c.record["author"] == [{"family": "Schlosser"}] and c.record["title"] == "Weltgeschichte"
    assert (c.record["publisher-place"], c.record["publisher"]) == ("Frankfurt a/M.", "Varrentrapp")
    c = one("[677]. Lezioni di storia moderna. Firenze, Sansoni, 1897.")
    assert c.record["title"] == "Lezioni di storia moderna" and c.record["publisher-place"] == "Firenze"
    assert "author" not in c.record


def test_a_roman_page_with_e_seg():
    c = one("[671]. Burckhardt, op. cit., pag. XIV e seg.")
    assert c.record["author"] == [{"family": "Burckhardt"}] and (c.locator, c.label) == ("XIV e seg", "page")


def test_a_volume_between_the_year_and_the_page_and_a_letter_number_dropped():
    c = one("[49]\nOpuscula. Lipsiae, 1889, 3, ер. 41, p. 102.")
    assert c.record["title"] == "Opuscula" and c.record["volume"] == "3"
    assert c.record["issued"] == {"date-parts": [[1889]]} and c.locator == "102"


def test_legal_journal_articles_by_volume_and_year_with_an_article_number_or_a_page_and_next():
    c = one("[^40]: *Lemley*/*Casey*, Fair Learning, Texas Law Review 99 (2021), 743 (760).")
    assert c.record["type"] == "article-journal" and c.record["title"] == "Fair Learning"
    assert (c.record["container-title"], c.record["volume"], c.record["page"]) == ("Texas Law Review", "99", "743")
    assert c.locator == "760"
    c = one("[^30]: *Gebru* u. a., Datasheets for datasets, Communications 2021, 100336.")
    assert c.record["page"] == "100336" and c.record["container-title"] == "Communications"
    c = one("[^32]: *Specht*, GRUR 2014, 528 (530 f.).")
    assert c.record["page"] == "528" and c.locator == "530 f."


def test_an_italic_author_s_book_with_an_ordinary_imprint():
    c = one("[^34]: *Hofmann*, Datenrecht und Eigentum, Tübingen: Mohr Siebeck 2019, S. 45.")
    assert c.record["author"] == [{"family": "Hofmann"}] and c.record["title"] == "Datenrecht und Eigentum"
    assert (c.record["publisher-place"], c.record["publisher"]) == ("Tübingen", "Mohr Siebeck")
    c = one("*Hofmann*, Datenrecht, Berlin 2019, 45.")
    assert c.record["title"] == "Datenrecht" and c.record["publisher-place"] == "Berlin"


def test_russian_year_suffix_and_following_pages():
    c = one("[50]\nКаждан 1968а, с. 5.")
    assert c.record == {"author": [{"family": "Каждан"}], "issued": {"date-parts": [[1968]]}} and c.locator == "5"
    c = one("[51]\nЛитаврин 1977, с. 130 сл.")
    assert c.record["author"] == [{"family": "Литаврин"}] and c.locator == "130 сл"


def test_pages_with_y_ss_then_more_pages_and_three_days_of_one_paper():
    c = one("[4] Tuñón, La España del siglo XX, Barcelona, Laia, 1974, pp. 210 y ss., 230-2. <<")
    assert c.record["publisher"] == "Laia" and c.locator == "210 y ss., 230–2"
    cites = parse_note("[10] El Debate, 3, 5 y 7 de octubre de 1933. <<")
    assert [c.record["issued"]["date-parts"][0][2] for c in cites] == [3, 5, 7]
    assert {c.record["container-title"] for c in cites} == {"El Debate"}


def test_an_italian_journal_s_volume_year_and_issue_after_its_name():
    c = one("[240]. A. Lisini, Le origini della Repubblica di Siena in «Archivio storico italiano». Vol. XII, a. 1893, fasc. 4.")
    assert c.record["type"] == "article-journal" and c.record["container-title"] == "Archivio storico italiano"
    assert (c.record["volume"], c.record["issue"]) == ("XII", "4")
    assert c.record["issued"] == {"date-parts": [[1893]]}


def test_german_works_named_by_their_author_in_the_genitive_with_a_page():
    cites = parse_note("118 Vgl. Mommsens Röm. Staatsrecht S. 45, Marquardt Röm. Staatsverwaltung S. 12–14.")
    assert [c.record for c in cites] == [{"author": [{"family": "Mommsen"}], "title": "Röm. Staatsrecht"},
                                         {"author": [{"family": "Marquardt"}], "title": "Röm. Staatsverwaltung"}]
    assert [c.locator for c in cites] == ["45", "12–14"]
    c = one("119 Vgl. H. Müller, Die Stadt im Mittelalter, Berlin 1990, S. 45.")
    assert c.record["title"] == "Die Stadt im Mittelalter" and c.record["publisher-place"] == "Berlin"


def test_an_article_named_by_its_writer_in_a_paper_dated_with_commas():
    cites = parse_note("5\n\nEl tema de España, Madrid, 1950, p. 12; cfr. el artículo de Laín en Escorial, 3, marzo, 1949.")
    assert cites[1].record == {"type": "article-newspaper", "container-title": "Escorial", "author": [{"family": "Laín"}],
                               "issued": {"date-parts": [[1949, 3, 3]]}}


def test_czech_volume_words():
    c = one("17. J. Pekař, Žižka a jeho doba, díl II, Praha 1928, s. 112-114.")
    assert (c.record["title"], c.record["volume"]) == ("Žižka a jeho doba", "II")
    c = one("18. J. Šusta, Dvě knihy českých dějin, sv. 2, Praha 1935, s. 45.")
    assert (c.record["title"], c.record["volume"]) == ("Dvě knihy českých dějin", "2")


def test_gost_pieces_with_their_pages_before_the_book_and_two_pieces_of_one_book():
    c = one("Зубкова Е. Ю. Послевоенное общество. С. 12–14 // Вопросы истории. 1992. № 3.")
    assert c.record["title"] == "Послевоенное общество" and (c.locator, c.label) == ("12–14", "page")
    cites = parse_note("Jansen M. The Purge. P. 12, 15-17, McDermott K. Stalinism. P. 40 // Stalin's Russia / eds. "
                       "A. Brown, K. Smith. London: Arnold, 2001; Petrov N. Ezhov. Moscow, 1998. P. 5.")
    assert [c.record["author"][0]["family"] for c in cites] == ["Jansen", "McDermott", "Petrov"]
    assert [c.record.get("container-title") for c in cites[:2]] == ["Stalin's Russia", "Stalin's Russia"]
    assert [c.locator for c in cites] == ["12, 15–17", "40", "5"]


def test_russian_book_before_volume_and_a_chapter_cited():
    c = one("149\nСоловьев С.М. История России с древнейших времен. Кн. III. Т. 6. М., 1991. С. 45.")
    assert c.record["title"] == "История России с древнейших времен"
    assert (c.record["volume"], c.record["part-number"]) == ("6", "III") and c.locator == "45"
    c = one("159\nКлючевский В.О. Курс русской истории. Т. 3. Гл. 4. http://example.ru/kluch/t3.htm")
    assert c.record["type"] == "webpage" and c.record["title"] == "Курс русской истории"
    assert (c.record["volume"], c.locator, c.label) == ("3", "4", "chapter")


def test_loose_leaf_handbooks_decisions_named_after_a_dash_and_commentaries_cited_back():
    c = one("[^1]: *Sieber*, in: Hoeren/Sieber/Holznagel, Handbuch Multimedia-Recht, 58. EL 2022, Teil 1, Rn. 12.")
    assert c.record["type"] == "chapter" and c.record["container-title"] == "Handbuch Multimedia-Recht"
    assert c.record["container-author"] == [{"family": "Hoeren"}, {"family": "Sieber"}, {"family": "Holznagel"}]
    c = one("[^3]: BGH, GRUR 2011, 724 – Zweite Zahnarztmeinung II.")
    assert (c.record["authority"], c.record["title"], c.record["page"]) == ("BGH", "Zweite Zahnarztmeinung II", "724")
    c = one("[^7]: *Thum*, in: Wandtke/Bullinger, (Fn. 12), § 87a Rn. 3.")
    assert c.record == {"author": [{"family": "Thum"}]}


def test_italian_vedi_anche_and_il_before_the_author_of_his_own_work():
    c = one("[676]. Vedi anche il Ranke, Zur Kritik neuerer Geschichtschreiber, pag. 182 e segg.")
    assert c.record == {"author": [{"family": "Ranke"}], "title": "Zur Kritik neuerer Geschichtschreiber"}
    assert c.locator == "182 e segg"
    c = one("[673]. Il Mohl, nel suo Geschichte der Staatswissenschaften, Erlangen, Enke, 1858, pag. 12.")
    assert c.record["author"] == [{"family": "Mohl"}] and c.record["title"] == "Geschichte der Staatswissenschaften"


def test_author_year_with_a_volume():
    c = one("[56]\nHunger 1978, Bd. 2, S. 12.")
    assert c.record == {"author": [{"family": "Hunger"}], "issued": {"date-parts": [[1978]]}, "volume": "2"}
    c = one("[57]\nЛюбарский 1978, т. 2, с. 130.")
    assert c.record["volume"] == "2" and c.locator == "130"


def test_vgl_nur_and_vgl_etwa_are_cues():
    c = one("[^17]: So die h. M., vgl. nur *Wiebe*, (Fn. 2), Rn. 5 mwN.")
    assert c.record == {"author": [{"family": "Wiebe"}]}
    c = one("Vgl. etwa H. Boockmann, Die Stadt im späten Mittelalter, München 1986, S. 4.")
    assert c.record["author"] == [{"family": "Boockmann", "given": "H."}] and c.locator == "4"
