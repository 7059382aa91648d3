"""Note shapes of books and articles in seven languages: Russian notes keyed by a running number and the
chapter's own number, and other forms."""

import pytest

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


@pytest.mark.parametrize("text, title", [
    ("112\n6 Ленин В.И. Полн. собр. соч. Т. 38. С. 210.", "Полн. собр. соч"),
    ("98\n12 Съезды Советов в документах. М., 1960. Т. 2. С. 14.", "Съезды Советов в документах"),
])
def test_a_running_number_line_then_the_chapters_number(text, title):
    c = one(text)
    assert c.record["title"] == title
    assert not c.record["title"][:1].isdigit()


@pytest.mark.parametrize("text, title, volume", [
    ("История ВКП(б). Т. 2. Кн. 1. С. 40.", "История ВКП(б)", "2"),
    ("История КПСС. Т. 4. С. 12.", "История КПСС", "4"),
])
def test_a_russian_short_title_with_volume_and_book(text, title, volume):
    c = one(text)
    assert (c.record["title"], c.record["volume"]) == (title, volume)


@pytest.mark.parametrize("text, title, volume", [
    ("Смирнов А. Очерки истории… С. 48.", "Очерки истории", None),
    ("Протоколы заседаний ЦК… Т. 2. С. 17.", "Протоколы заседаний ЦК", "2"),
])
def test_a_title_cut_by_an_ellipsis_is_a_short_form(text, title, volume):
    c = one(text)
    assert c.record["title"] == title and c.record.get("volume") == volume
    assert "type" not in c.record


@pytest.mark.parametrize("text, title, volume", [
    ("L. de Jong, Het Koninkrijk der Nederlanden in de Tweede Wereldoorlog 9, p. 112.",
     "Het Koninkrijk der Nederlanden in de Tweede Wereldoorlog", "9"),
    ("P.J. Oud, Het jongste verleden II, p 58.", "Het jongste verleden", "II"),
])
def test_a_volume_after_a_short_title_by_a_space(text, title, volume):
    c = one(text)
    assert (c.record["title"], c.record["volume"]) == (title, volume)


@pytest.mark.parametrize("text", ["Smith, Henry VIII, p. 3.", "Smith, The Life of Henry VIII, p. 3."])
def test_a_rulers_numeral_stays_in_the_title(text):
    c = one(text)
    assert c.record["title"].endswith("Henry VIII") and "volume" not in c.record


def test_pages_and_those_after_end_a_citation_before_prose():
    c = one("1 Cf. Meyer, Die Weimarer Republik pp. 88f. Thälmann, for instance, was arrested in 1933.")
    assert c.record["title"] == "Die Weimarer Republik"
    assert (c.locator, c.label) == ("88f", "page")


@pytest.mark.parametrize("text", [
    "12. Memcon, June 3, 1958, Conference Files 1949–1963, Entry 3051B, CF 1012, RG 59, NARA II.",
    "14. Llewellyn E. Thompson, [letter], RG 59, Office of Soviet Union Affairs, Subject Files 1957–1963, Box 2, NARA II.",
])
def test_a_document_in_a_us_record_group_is_not_a_work(text):
    assert parse_note(text) == []


@pytest.mark.parametrize("text, loc", [("50. Brown, ed., op. cit., p. 212.", "212"),
                                       ("See Brown, eds., op. cit., p. 31.", "31")])
def test_an_editor_named_before_op_cit(text, loc):
    c = one(text)
    assert c.record == {"editor": [{"family": "Brown"}]}
    assert (c.locator, c.label) == (loc, "page")


def test_ibid_after_the_words_a_keyed_endnote_repeats():
    c = one("spent his last years in the hills, far from the capital: Ibid, p. 212.")
    assert c.ibid and c.record == {}
    assert c.locator == "212"


def test_a_headline_that_lost_its_opening_quote():
    c = one("55. Crowds Cheer Premier on Sunset Boulevard,” Los Angeles Times, September 21, 1959.")
    assert c.record["title"] == "Crowds Cheer Premier on Sunset Boulevard"
    assert c.record["container-title"] == "Los Angeles Times"


def test_a_chapter_cited_by_number_and_title_after_the_book():
    c = one("4. Juan Linz, Totalitarian and Authoritarian Regimes (Boulder: Lynne Rienner, 2000), chapter 3, "
            "‘Authoritarian Regimes — A Typology’.")
    assert c.record["title"] == "Totalitarian and Authoritarian Regimes"
    assert (c.locator, c.label) == ("3", "chapter")


def test_dutch_o_c_is_op_cit():
    c = one(" 9.  J.C.H. Blom o.c., p. 41.")
    assert c.record == {"author": [{"family": "Blom", "given": "J.C.H."}]}
    assert c.locator == "41"


def test_a_short_form_by_author_and_capitalised_vol():
    c = one("[310]. Borghini, Vol. II, p. 18.")
    assert c.record == {"author": [{"family": "Borghini"}], "volume": "II"}


def test_polish_opr_names_the_editor_and_inn_stays_in_the_locator():
    c = one("5\n\nJuliusz Słowacki, Kordian, opr. M. Janion, Wrocław 1986, s. 45 inn.")
    assert c.record["title"] == "Kordian"
    assert c.record["editor"] == [{"family": "Janion", "given": "M."}]
    assert c.record["publisher-place"] == "Wrocław"
    assert c.locator == "45 inn"


def test_italian_ecc_stays_in_the_locator():
    c = one("[320]. Borghini, Vol. II, pag. 140 ecc.")
    assert c.record["volume"] == "II" and c.locator == "140 ecc"


def test_polish_patrz_is_a_cue():
    c = one("9\n\nPatrz J. Tazbir, Polska przedmurzem Europy, Warszawa 1987, s. 12.")
    assert c.record["author"] == [{"family": "Tazbir", "given": "J."}]
    assert c.record["title"] == "Polska przedmurzem Europy"


def test_a_chapter_in_the_authors_book_whose_title_has_a_comma():
    c = one("[4] Ramón Pérez, «Cartas del frente», en Montañas, viejos caminos, Barcelona, Crítica, 1992, p. 40. <<")
    assert c.record["type"] == "chapter"
    assert c.record["container-title"] == "Montañas, viejos caminos"
    assert "container-author" not in c.record


@pytest.mark.parametrize("years", ["1990 [2015]", "2015 [1990]"])
def test_the_later_of_two_years_is_the_edition_cited(years):
    c = one(f"Ramón Pérez, Montañas, Huesca, Pirineo, {years}, p. 40.")
    assert c.record["issued"] == {"date-parts": [[2015]]}
    assert c.record["original-date"] == {"date-parts": [[1990]]}


def test_two_books_joined_by_y_after_the_first_imprint():
    cites = parse_note("[5] Véanse Gabriel Jackson, La República española, Crítica, Barcelona, 1976 [1965] y "
                       "Ramón Salas Larrazábal, Historia del Ejército Popular, Editora Nacional, Madrid, 1973. <<")
    assert [c.record["author"][0]["family"] for c in cites] == ["Jackson", "Salas Larrazábal"]
    assert cites[1].record["title"].startswith("Historia del Ejército Popular")


@pytest.mark.parametrize("text, title, publisher", [
    ("Ramón Salas, Historia del Ejército Popular, Editora Nacional, Madrid, 1973.",
     "Historia del Ejército Popular", "Editora Nacional"),
    ("Gabriel Jackson, La República española y la guerra civil, Ruedo Ibérico, París, 1967, p. 12.",
     "La República española y la guerra civil", "Ruedo Ibérico"),
])
def test_spanish_publisher_before_place(text, title, publisher):
    c = one(text)
    assert (c.record["title"], c.record["publisher"]) == (title, publisher)
    assert c.record["publisher-place"] in ("Madrid", "París")


def test_spanish_compound_surname_with_de_la_after_prose_and_a_journal_with_a_full_stop():
    c = one("[6] Lo ha mostrado con claridad Javier Rodrigo de la Torre, «La violencia de la represión franquista», "
            "Studia historica. Historia contemporánea, 21 (2003), pp. 33-52. <<")
    assert c.record["author"] == [{"family": "Rodrigo de la Torre", "given": "Javier"}]
    assert c.record["container-title"] == "Studia historica. Historia contemporánea"
    assert c.record["title"] == "La violencia de la represión franquista"


def test_an_untitled_author_article_in_a_gost_journal_issue():
    c = one("231\nО партийном строительстве … // Известия ЦК КПСС. 1990. № 7. С. 90—91.")
    assert c.record["type"] == "article-journal"
    assert c.record["title"] == "О партийном строительстве"
    assert c.record["container-title"] == "Известия ЦК КПСС"
    assert c.record["issue"] == "7"


def test_a_russian_short_form_with_initials_first_and_no_page():
    c = one("230\nО. Хлевнюк. Политбюро. Механизмы …")
    assert c.record == {"author": [{"family": "Хлевнюк", "given": "О."}], "title": "Политбюро. Механизмы"}


def test_a_russian_see_chapters_after_a_short_form():
    c = parse_note("219\nGetty. См. гл. 4—5 ; Гетти. С. 12.")[0]
    assert c.record == {"author": [{"family": "Getty"}]}
    assert (c.locator, c.label) == ("4–5", "chapter")


def test_a_long_publishers_name_after_its_town():
    c = one("12. C.-R. AGERON, Les Algériens musulmans et la France, Paris, Presses universitaires de France "
            "et Faculté des lettres, 1968.")
    assert c.record["publisher-place"] == "Paris"
    assert c.record["publisher"] == "Presses universitaires de France et Faculté des lettres"
    assert c.record["title"] == "Les Algériens musulmans et la France"


def test_a_piece_in_a_paper_dated_to_the_day_is_a_newspaper_article():
    c = one("5. Roberto Farinacci, ‘La nostra via’ in Cremona nuova, 3 October 1921.")
    assert c.record["type"] == "article-newspaper"
    assert c.record["container-title"] == "Cremona nuova"
    assert c.record["issued"] == {"date-parts": [[1921, 10, 3]]}


def test_an_article_in_a_german_magazine_by_issue_and_day():
    c = one("Hans Mommsen, Die verspielte Freiheit in Der Spiegel, 12/1989 20 März 1989.")
    assert c.record["type"] == "article-magazine"
    assert (c.record["title"], c.record["container-title"]) == ("Die verspielte Freiheit", "Der Spiegel")
    assert c.record["issue"] == "12"
    assert c.record["issued"] == {"date-parts": [[1989, 3, 20]]}


def test_the_subject_of_an_interview_is_not_its_author():
    c = one("3 See interview with Egon Krenz, Wir wollten es anders in Der Spiegel, 45/1999 8 November 1999.")
    assert "author" not in c.record
    assert c.record["container-title"] == "Der Spiegel"


def test_a_subtitle_piece_in_lower_case_is_no_publisher():
    c = one("Georg Brandes, Russia: a study of the land, people and letters, London 1889.")
    assert c.record["title"] == "Russia: a study of the land, people and letters"
    assert "publisher" not in c.record and c.record["publisher-place"] == "London"


def test_keyed_words_then_from_an_edited_book_with_a_colon_in_its_title():
    c = one("the college never reached beyond the city: From Avril Powell (ed.), Scholars and Reformers: "
            "Delhi, Agra and the North, New Delhi: Oxford University Press, 2004.")
    assert c.record["editor"] == [{"family": "Powell", "given": "Avril"}]
    assert c.record["title"] == "Scholars and Reformers: Delhi, Agra and the North"
    assert "author" not in c.record


def test_a_title_opening_on_from_keeps_it():
    c = one("From Here to Eternity, London, 1951.")
    assert c.record["title"] == "From Here to Eternity"


@pytest.mark.parametrize("text, title", [
    ("9\n\nJuliusz Słowacki, Beniowski, Księga II, w. 120.", "Beniowski"),
    (" 8.  Jan Smit, Het verzet, stelling 4.", "Het verzet"),
])
def test_a_poem_by_book_and_verse_or_a_thesis_proposition_has_no_locator(text, title):
    c = one(text)
    assert c.record["title"] == title
    assert c.locator is None


def test_a_dated_document_published_in_a_collection_gives_the_collection_only():
    cites = parse_note("‘the natives must be taught English’: Trevelyan’s Minute on Education, 3 March 1834, is published "
                       "in Henry Sharp, Selections from the Educational Records, Calcutta, 1920.")
    assert len(cites) == 1
    assert cites[0].record["author"] == [{"family": "Sharp", "given": "Henry"}]
    assert cites[0].record["title"] == "Selections from the Educational Records"


def test_polish_editors_after_wyd_and_a_mans_work_named_in_the_genitive():
    c = parse_note("2\n\nNajlepszym wstępem jest praca Jana Nowaka, Polish Questions, w: Nationalism in Europe, "
                   "wyd. P. Sugar, I. Lederer, Seattle 1969, s. 10—12.")[-1]
    assert c.record["author"] == [{"family": "Nowak", "given": "Jan"}]
    assert c.record["editor"] == [{"family": "Sugar", "given": "P."}, {"family": "Lederer", "given": "I."}]
    assert c.record["container-title"] == "Nationalism in Europe"
    assert c.record["publisher-place"] == "Seattle"


def test_a_town_whose_year_ocr_cut_to_one_digit():
    c = one("4\n\nPatrz J. Tazbir, Szlachta i teologowie, w: Pamiętnik IX Powszechnego Zjazdu Historyków Polskich, Kraków 4,s. 12—30.")
    assert c.record["container-title"] == "Pamiętnik IX Powszechnego Zjazdu Historyków Polskich"
    assert c.record["publisher-place"] == "Kraków" and "issued" not in c.record


def test_italian_title_then_del_p_a_friars_name_after_prose():
    c = one("[318]. Altri documenti si trovano nelle Memorie istoriche di Pistoia del P. Zaccaria, Vol. II, pag. 40.")
    assert c.record["author"] == [{"family": "Zaccaria"}]
    assert c.record["title"] == "Memorie istoriche di Pistoia"
    assert c.record["volume"] == "II"


def test_italian_di_p_is_an_initial():
    c = one("cfr. anche l'agile volumetto di P. Secchia, Le armi del fascismo, Feltrinelli, Milano 1973.")
    assert c.record["author"][0].get("given") == "P."


def test_prose_running_past_commas_before_a_full_name_and_title():
    c = parse_note("5 See Taylor, Berlin pp. 40ff. And in far more detail, with every ruin described, Frederick Kempe, "
                   "The Wall and the Sector pp. 112ff.")[-1]
    assert c.record["author"] == [{"family": "Kempe", "given": "Frederick"}]
    assert c.record["title"] == "The Wall and the Sector"
    assert c.locator == "112ff"


def test_a_title_with_capitals_before_a_name_is_not_prose():
    c = parse_note("9. Wallis letter, in Weld, History of the Royal Society, I: 30.")[0]
    assert c.record.get("author") != [{"family": "Society", "given": "Royal"}]


def test_a_double_surname_set_with_a_dash_keeps_it():
    c = one("5\n\nPatrz R. Burton—Smith, Nations of Europe, Londyn 1980.")
    assert c.record["author"] == [{"family": "Burton—Smith", "given": "R."}]
    assert c.record["title"] == "Nations of Europe"


def test_a_numbered_series_then_the_title_by_a_statistical_office():
    c = one(" 4.  CBS, Statistische Onderzoekingen, no. 3. De bevolking van Nederland, p. 17.")
    assert c.record["type"] == "report"
    assert c.record["author"] == [{"literal": "CBS"}]
    assert c.record["title"] == "De bevolking van Nederland"
    assert (c.record["collection-title"], c.record["collection-number"]) == ("Statistische Onderzoekingen", "3")


@pytest.mark.parametrize("text, paper, kind", [
    (" 5.  Hans Wansink in De Volkskrant 12 maart 1994.", "De Volkskrant", "article-newspaper"),
    ("7 Rudolf Augstein in Der Spiegel 3 Mai 1965.", "Der Spiegel", "article-magazine"),
])
def test_a_writer_in_a_paper_of_a_day_without_a_title(text, paper, kind):
    c = one(text)
    assert c.record["type"] == kind and c.record["container-title"] == paper
    assert "title" not in c.record and c.record["author"][0]["given"]


def test_an_article_first_published_in_a_paper_and_later_in_a_book():
    cites = parse_note("2. From an article by Roberto Farinacci, then secretary of the party, originally published in "
                       "Cremona nuova, 3 October 1921 and later in R. Farinacci, Squadrismo (Rome: Ardita, 1933), pp. 12–14.")
    assert [c.record["type"] for c in cites] == ["article-newspaper", "book"]
    assert cites[0].record["container-title"] == "Cremona nuova"
    assert cites[0].record["author"] == [{"family": "Farinacci", "given": "Roberto"}]
    assert cites[1].record["title"] == "Squadrismo" and cites[1].locator == "12–14"


def test_a_russian_introduction_to_a_book_by_the_writer_the_prose_quotes():
    c = one("107 Так писал Б. И. Николаевский: “Партия жила одной жизнью”. – Предисловие к книге “Тайные страницы "
            "истории”. Изд. Чехова, 1953.")
    assert c.record["type"] == "chapter"
    assert (c.record["title"], c.record["container-title"]) == ("Предисловие", "Тайные страницы истории")
    assert c.record["publisher"] == "Чехова" and "publisher-place" not in c.record
    assert c.record["author"] == [{"family": "Николаевский", "given": "Б. И."}]


def test_a_town_and_its_state_before_the_year_end_the_citation():
    cites = parse_note("3\n\nPatrz K. Nowak, Nationalism: a view, Meadville, Pa., 1971. Esej ten, o którym mowa wyżej, "
                       "jest ważny. Por. także J. Kowalski, Naród, Londyn 1950.")
    assert cites[0].record["title"] == "Nationalism: a view"
    assert cites[0].record["issued"] == {"date-parts": [[1971]]}


def test_a_short_title_and_a_long_subtitle_cited_whole():
    c = one(" 9.  Jan Smit, Het verzet. Een onderzoek naar de illegale pers in de jaren van de Duitse bezetting, stelling 3.")
    assert c.record["author"] == [{"family": "Smit", "given": "Jan"}]
    assert c.record["title"].startswith("Het verzet. Een onderzoek") and c.locator is None


@pytest.mark.parametrize("text, title, volume, publisher", [
    ("Henry Sharp, Selections from the Educational Records, Bureau of Education, India, II, Calcutta, 1922.",
     "Selections from the Educational Records", "II", "Bureau of Education, India"),
    ("[18] Prieto, Convulsiones de España, II, México, Oasis, 1968, p. 40. <<", "Convulsiones de España", "II", "Oasis"),
])
def test_a_lone_roman_volume_before_the_imprint(text, title, volume, publisher):
    c = one(text)
    assert (c.record["title"], c.record["volume"], c.record["publisher"]) == (title, volume, publisher)


def test_an_unsigned_dated_document_names_no_periodical():
    assert parse_note("14. See “Soviet Views on the Berlin Question,” March 1959, MFA.") == []


@pytest.mark.parametrize("text", ["Winston Churchill in Parliament 13 May 1940.", "Winston Churchill in London 13 May 1940."])
def test_a_speaker_in_a_chamber_or_a_town_is_no_newspaper_article(text):
    assert all(c.record.get("type") != "article-newspaper" for c in parse_note(text))


def test_an_italian_essay_named_in_parentheses_in_a_journal():
    c = one("[320]. Ne trattò a lungo il Salvemini (Magnati e popolani in Firenze), nell'Archivio Storico Italiano, "
            "Vol. XX, pag. 41 e seg.")
    assert c.record["type"] == "article-journal"
    assert c.record["author"] == [{"family": "Salvemini"}]
    assert c.record["title"] == "Magnati e popolani in Firenze"
    assert (c.record["container-title"], c.record["volume"]) == ("Archivio Storico Italiano", "XX")
    assert c.locator == "41 e seg"


def test_a_possessive_title_after_a_surname_is_not_a_given_name():
    c = one("5 See Ladd, Hitler’s Capital: The Ghosts of Berlin p. 41.")
    assert c.record["author"] == [{"family": "Ladd"}]
    assert c.record["title"] == "Hitler’s Capital: The Ghosts of Berlin"


def test_french_page_list_set_apart_by_a_spaced_semicolon():
    c = one("3. Ch.-R. AGERON, Les Algériens musulmans, Paris, PUF, 1968, p. 12-16 ; 40-42.")
    assert c.locator == "12–16 ; 40–42" and c.record["publisher"] == "PUF"


def test_french_edition_cited_and_first_edition_with_spaced_ordinals():
    c = one("4. C.-A. JULIEN, Histoire de l’Afrique du Nord, Paris, Payot, 5 e éd. 1986, 1 re éd. 1931, p. 7.")
    assert c.record["edition"] == "5"
    assert c.record["issued"] == {"date-parts": [[1986]]}
    assert c.record["original-date"] == {"date-parts": [[1931]]}
    assert (c.record["publisher-place"], c.record["publisher"]) == ("Paris", "Payot")


def test_a_french_volume_with_an_imprint_but_no_year():
    c = one("6. C.-A. JULIEN, Histoire de l’Afrique du Nord, t. II, Paris, Payot, p. 88.")
    assert c.record["type"] == "book" and c.record["volume"] == "II"
    assert (c.record["publisher-place"], c.record["publisher"]) == ("Paris", "Payot")
    assert c.record["title"] == "Histoire de l’Afrique du Nord" and "issued" not in c.record


def test_a_gost_set_in_six_volumes_with_a_hereafter_name():
    c = one("8\nИстория Коммунистической партии Советского Союза (далее КПСС) в 6-ти тт. Т. 4. Кн. 1. М., 1970. С. 12.")
    assert c.record["title"] == "История Коммунистической партии Советского Союза"
    assert (c.record["volume"], c.record["number-of-volumes"]) == ("4", "6")
    assert c.record["issued"] == {"date-parts": [[1970]]} and c.locator == "12"


def test_a_gost_compiler_and_others_and_pages_that_lost_their_dash():
    c = one("222\nСталин и ВЧК: Документы / Сост. В. Н. Хаустов и др. — М.: МФД, 2003. С. 71 72.")
    assert c.record["title"] == "Сталин и ВЧК: Документы"
    assert c.record["editor"] == [{"family": "Хаустов", "given": "В. Н."}]
    assert c.record["publisher"] == "МФД"
    assert c.locator == "71 72"


def test_a_gost_chapter_in_a_book_whose_editor_is_inverted_before_it():
    c = one("223\nGetty J. A. The Politics of Repression // In: Thurston, Robert, ed. Life and Terror. — NY: Yale, 1996. P. 40.")
    assert c.record["type"] == "chapter"
    assert c.record["container-title"] == "Life and Terror"
    assert c.record["editor"] == [{"family": "Thurston", "given": "Robert"}]


def test_annals_cited_by_their_year_are_a_short_form_by_the_annalist():
    c = one("[315]. Baronio, Ann. 1199.")
    assert c.record == {"author": [{"family": "Baronio"}]}
    assert c.locator is None


def test_an_edition_named_by_its_language():
    c = one(" 5.  Antony Beevor, De Spaanse burgeroorlog, Engelse ed., p. 77.")
    assert c.record["title"] == "De Spaanse burgeroorlog" and c.record["edition"] == "Engelse"
    assert c.locator == "77"


def test_two_volumes_after_a_polish_imprint():
    c = one("4\n\nW. Reddaway, The Cambridge History of Poland, Cambridge 1941, t. 1, 2.")
    assert c.record["volume"] == "1, 2" and c.locator is None


def test_a_work_a_writer_lived_to_write_named_in_prose():
    cites = parse_note("3 Cf. Frank, Walter Ulbricht pp. 40f. Miraculously, Leonhard survived to write "
                       "‘Child of the Revolution’ after the war, as well as many other books.")
    assert cites[-1].record == {"author": [{"family": "Leonhard"}], "title": "Child of the Revolution"}
