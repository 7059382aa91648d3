"""Note shapes from pages the reader was not first tuned on: lone imprints, publishers' link
text, second note numbers, GOST dashes, numbered series, other languages' page labels, theses."""

import pytest

from citekit.readers.names import format_name
from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


@pytest.mark.parametrize("imprint, field, value", [
    ("(Woodbridge, 1997)", "publisher-place", "Woodbridge"),
    ("(Berkeley and Los Angeles, 1983)", "publisher-place", "Berkeley and Los Angeles"),
    ("(Cambridge, Mass., 1983)", "publisher-place", "Cambridge, Mass"),
    ("(Bantam, 1982)", "publisher", "Bantam"),
    ("(O.U.P., 1966)", "publisher", "O.U.P"),
    ("(Simon and Schuster, 1980)", "publisher", "Simon and Schuster"),
])
def test_a_lone_imprint_element_is_a_town_unless_it_names_a_firm(imprint, field, value):
    c = one(f"Mary Hale, The Parish and the Crown {imprint}, 12.")
    assert c.record[field] == value
    other = "publisher" if field == "publisher-place" else "publisher-place"
    assert other not in c.record


def test_link_text_glued_to_references_is_dropped():
    cites = parse_note("4 Webb, Sidney, English local government (London, 1906), pp. 4–9CrossRefGoogle Scholar; "
                       "Dale, Ann, Town and county (Oxford, 1980)Google Scholar.")
    assert [c.record["title"] for c in cites] == ["English local government", "Town and county"]
    assert cites[0].locator == "4–9" and cites[1].record["publisher-place"] == "Oxford"


@pytest.mark.parametrize("note", [
    "[^3]: Ann Dale, Town and County (Oxford: Clarendon Press, 1980), 7.",
    "3. 3).\n    Ann Dale, Town and County (Oxford: Clarendon Press, 1980), 7.",
    "3[3] Ann Dale, Town and County (Oxford: Clarendon Press, 1980), 7.",
    "12\n\n12\n\nAnn Dale, Town and County (Oxford: Clarendon Press, 1980), 7.",
    "page 212 Note 3. Ann Dale, Town and County (Oxford: Clarendon Press, 1980), 7.",
])
def test_note_numbers_in_their_several_shapes_are_dropped(note):
    c = one(note)
    assert c.record["author"] == [{"family": "Dale", "given": "Ann"}]
    assert c.record["title"] == "Town and County" and c.locator == "7"


def test_gost_dash_before_a_book_a_collection_and_a_journal():
    c = one("Иванов И. И. Торговля Новгорода.— В кн.: Новгородский сборник.— Л., 1970, с. 12-20.")
    assert (c.record["type"], c.record["title"], c.record["container-title"]) == (
        "chapter", "Торговля Новгорода", "Новгородский сборник")
    assert c.record["publisher-place"] == "Л." and c.locator == "12–20"
    j = one("Петров П. П. О летописях.— «Вопросы истории», 1981, № 4, с. 33.")
    assert (j.record["type"], j.record["container-title"], j.record["issue"]) == (
        "article-journal", "Вопросы истории", "4")
    v = one("Сидоров С. С. Заметки о былинах // Русский вестник. Т. III. 1872.")
    assert (v.record["type"], v.record["container-title"], v.record["volume"]) == (
        "article-journal", "Русский вестник", "III")


def test_a_volume_at_the_end_of_a_gost_title():
    c = one("Полное собрание сочинений. Том 12.— М., 1958, с. 40.")
    assert (c.record["title"], c.record["volume"]) == ("Полное собрание сочинений", "12")


@pytest.mark.parametrize("cue", ["Ср.:", "Cité dans", "Zit. nach", "Apud", "Zob."])
def test_cues_in_other_languages(cue):
    c = one(f"{cue} Ivan Petrov, Studies in Trade (London: Longman, 1970), 4.")
    assert c.record["author"] == [{"family": "Petrov", "given": "Ivan"}]


@pytest.mark.parametrize("tail, locator", [
    ("pag. 59 e segg.", "59 e segg"), ("pagg. 10-12", "10–12"), ("págs. 4-5", "4–5"),
    ("str. 33", "33"), ("p. 224 et suiv.", "224 et suiv"),
])
def test_page_labels_of_other_languages(tail, locator):
    c = one(f"Carlo Neri, Storia di Pisa, Firenze, Sansoni, 1950, {tail}.")
    assert (c.locator, c.label) == (locator, "page")


def test_short_form_volume_as_tom():
    c = one("Humboldt, Cosmos, tom. II, pag. 40.")
    assert (c.record["title"], c.record["volume"], c.locator) == ("Cosmos", "II", "40")


def test_numbered_series_and_another_editions_imprint():
    c = one("Jean DUPONT, Les imprimeurs de Lyon, (1re éd. Payot, 1961), Paris, Seuil, 1990 "
            "(coll. Points ; 212), p. 8.")
    r = c.record
    assert (r["title"], r["publisher"], r["publisher-place"]) == ("Les imprimeurs de Lyon", "Seuil", "Paris")
    assert (r["collection-title"], r["collection-number"]) == ("Points", "212")
    assert r["original-date"] == {"date-parts": [[1961]]} and r["issued"] == {"date-parts": [[1990]]}
    assert one("Paul Roy, Le fief (Bibliothèque d'histoire, publ. n° 9), Paris, Sirey, 1950, in-8°, 184 p."
               ).record["collection-number"] == "9"


def test_edition_in_parentheses_is_still_an_edition():
    assert one("Ann Dale, Town and County (2nd edn) (Oxford 1980).").record["edition"] == "2"
    assert one("Ann Dale, Town and County, 2d ed. (Oxford, 1980).").record["edition"] == "2"


def test_polish_w_opens_the_container():
    c = one("J. Nowak, Handel solny, w: Studia z dziejów Krakowa, Kraków 1960, s. 5-9.")
    assert (c.record["type"], c.record["container-title"]) == ("chapter", "Studia z dziejów Krakowa")
    assert c.record["publisher-place"] == "Kraków" and c.locator == "5–9"


def test_translator_after_tr_and_a_reprint_edition():
    c = one("Otto Brand, The Old Road, tr. M. Kerr (Leeds, 1999), p. 3.")
    assert c.record["translator"] == [{"family": "Kerr", "given": "M."}] and c.record["title"] == "The Old Road"
    r = one("Ann Dale, Town and County (1901; reprint ed., New York: Dover, 1966), p. 4.").record
    assert (r["publisher-place"], r["original-date"]) == ("New York", {"date-parts": [[1901]]})


def test_thesis_with_an_institution_holding_a_comma_and_a_chapter_locator():
    c = one('Ann Dale, "Town and County" (D.Phil. thesis, Nuffield College, Oxford University, 1980), chap. 4.')
    assert (c.record["type"], c.record["publisher"]) == ("thesis", "Nuffield College, Oxford University")
    assert "thesis" in c.record["genre"] and (c.locator, c.label) == ("4", "chapter")


def test_prose_after_a_closing_parenthesis_is_cut():
    cites = parse_note("Webb, Sidney, English local government (London, 1906) and Dale, Ann, Town and county "
                       "(Oxford, 1980), remain the best accounts.")
    assert [c.record["title"] for c in cites] == ["English local government", "Town and county"]


def test_german_jahrgang_is_the_volume():
    c = one("Karl Brandt, Die Planung, in: Staat und Recht, 18. Jg. (1969), Heft 7, S. 1040.")
    r = c.record
    assert (r["type"], r["container-title"], r["volume"], r["issue"]) == (
        "article-journal", "Staat und Recht", "18", "7")


def test_a_dash_after_prose_opens_a_gost_citation():
    c = one("Он писал об этом не раз. — Соколов А. Б. Смутное время. М., 1990. С. 45.")
    assert c.record["author"] == [{"family": "Соколов", "given": "А. Б."}]
    assert c.record["title"] == "Смутное время" and c.locator == "45"


@pytest.mark.parametrize("note", ["Соколов А. Б. Указ. соч., с. 12.", "Sokolov, op. cit., p. 12.",
                                  "Sokolov, a.a.O., S. 12."])
def test_work_cited_markers_make_a_short_form(note):
    c = one(note)
    assert "title" not in c.record and "type" not in c.record and c.locator == "12"


def test_op_cit_without_a_page_after_a_cue():
    cites = parse_note("Cfr. Neri, op. cit.; cfr. anche TOSI, op. cit., p. 18.")
    assert [(c.record["author"][0]["family"], c.locator) for c in cites] == [("Neri", None), ("Tosi", "18")]


def test_inverted_names_with_a_particle_and_inverted_editors():
    c = one("van Dam, H. J., The Dutch Revolt (Leiden, 1971), 9.")
    assert c.record["author"] == [{"family": "van Dam", "given": "H. J."}]
    c = one("Hall, J., ‘Kings’, in Roe, A. B. and Doe, C., eds., Crowns (London, 1990), pp. 7–9.")
    assert c.record["editor"] == [{"family": "Roe", "given": "A. B."}, {"family": "Doe", "given": "C."}]
    assert (c.record["type"], c.record["container-title"]) == ("chapter", "Crowns")


def test_prose_after_a_parenthesis_without_a_comma_is_cut():
    cites = parse_note("Webb, S., Local government (London, 1906) and Dale, A., Town and county (Oxford, 1980) "
                       "are the exceptions to this rule.")
    assert [c.record["title"] for c in cites] == ["Local government", "Town and county"]


def test_italian_journal_in_guillemets_and_publisher_before_town():
    c = one("M. Rossi, La questione agraria, in «Studi storici», 1972, IV.")
    r = c.record
    assert (r["type"], r["container-title"], r["issued"], r["issue"]) == (
        "article-journal", "Studi storici", {"date-parts": [[1972]]}, "IV")
    b = one("G. Verdi, Le città del Sud, Laterza, Bari 1961.").record
    assert (b["publisher"], b["publisher-place"], b["title"]) == ("Laterza", "Bari", "Le città del Sud")


def test_a_name_alone_before_in_is_the_author_of_a_review():
    c = one("P. BIANCHI, in «Nuova Antologia», 1958.")
    assert c.record["author"] == [{"family": "Bianchi", "given": "P."}] and "title" not in c.record


def test_forthcoming_instead_of_a_year():
    r = one("Ann Dale, Town and County (Oxford: Clarendon Press, forthcoming).").record
    assert (r["status"], r["publisher"], r["type"]) == ("forthcoming", "Clarendon Press", "book")
    assert "issued" not in r


def test_the_writers_own_work_named_with_a_possessive():
    r = one("See my Towns and Trade (London: Methuen, 1988).").record
    assert r["title"] == "Towns and Trade" and "author" not in r
    r = one("Ann Dale, in her book, Towns and Trade (London: Methuen, 1988), argues the opposite.").record
    assert (r["author"], r["title"]) == ([{"family": "Dale", "given": "Ann"}], "Towns and Trade")


def test_dash_separated_list_of_works():
    cites = parse_note("Sono da vedere: Carlo Neri, Storia di Pisa, Firenze, 1950. — Bianchi, Il porto di Pisa, "
                       "Pisa, 1961, p. 4.")
    assert [c.record["title"] for c in cites] == ["Storia di Pisa", "Il porto di Pisa"]


def test_page_keyed_endnotes_drop_the_repeated_words():
    c = one("recording played at his funeral: King, My Life, pp. 343–45.")
    assert (c.record["author"], c.record["title"], c.locator) == ([{"family": "King"}], "My Life", "343–45")
    c = one("Protests grew: “Pastors Meet at the Capitol,” NYT, Feb. 3, 1968, p. 5.")
    assert (c.record["type"], c.record["container-title"]) == ("article-newspaper", "NYT")
    c = one("“the crisis of the ghettos”: Ibid., pp. 12–13.")
    assert c.ibid and c.locator == "12–13"
    # a title and its subtitle are no key phrase
    assert one("Wojna i pokój: Studium, Warszawa 1999, s. 5.").record["title"] == "Wojna i pokój: Studium"


def test_british_colon_after_the_author_and_an_edition_year():
    c = one("G. Hills: The Battle for Madrid (London, 1976 edn), p. 26")
    r = c.record
    assert (r["author"], r["title"], r["issued"]) == (
        [{"family": "Hills", "given": "G."}], "The Battle for Madrid", {"date-parts": [[1976]]})


def test_wikipedia_arrow_marks_polish_cyt_za_and_czech_tyz():
    c = one("4.↑ A. Nowak, Wspomnienia, Warszawa 2004.")
    assert c.record["author"] == [{"family": "Nowak", "given": "A."}] and c.record["publisher-place"] == "Warszawa"
    cites = parse_note('M. Kowal, "Radio i wywiad", Warszawa 1928, cyt. za A. Lis, "Wywiad 1920", Kraków 1999, s.227.')
    assert [c.record["title"] for c in cites] == ["Radio i wywiad", "Wywiad 1920"]
    assert cites[0].record["type"] == "book" and cites[0].record["publisher-place"] == "Warszawa"
    cites = parse_note("J. NOVÁK, Páni z Hradce, Praha 1989, s. 24; Týž, Rožmberkové, Praha 1998, s. 246")
    assert cites[1].record["author"] == cites[0].record["author"] and cites[1].locator == "246"


def test_suffix_after_a_name_and_a_volume_after_the_imprint():
    c = one("Ann Hale and John Moss, Jr., From the Fields (New York: Knopf, 1994), vol. 2, p. 123.")
    assert c.record["author"][1] == {"family": "Moss", "given": "John", "suffix": "Jr."}
    assert (c.record["title"], c.record["volume"], c.locator) == ("From the Fields", "2", "123")


def test_a_short_form_by_title_alone_and_a_volume_after_the_page():
    c = one("[13.] Histoire de la marine française, t. IV, pag. 263.")
    assert (c.record, c.locator) == ({"title": "Histoire de la marine française", "volume": "IV"}, "263")
    c = one("Storia di Venezia, pag. 61, vol. 2.")
    assert (c.record, c.locator) == ({"title": "Storia di Venezia", "volume": "2"}, "61")
    assert one("Smith, History of Rome, 45.").record["author"] == [{"family": "Smith"}]


def test_gost_description_with_a_page_list_is_no_author_year_reference():
    c = one("Соколов П. Смутное время. М., 1912. С. 7–12, 495, 504.")
    assert (c.record["author"], c.record["title"]) == ([{"family": "Соколов", "given": "П."}], "Смутное время")
    assert c.record["publisher-place"] == "М." and c.locator == "7–12, 495, 504"
    c = one("Соколов П. Смутное время. Переизд. М., 1937. С. 19.")
    assert c.record["title"] == "Смутное время" and c.record["issued"] == {"date-parts": [[1937]]}


def test_newspaper_section_pages_and_a_gost_spb_imprint():
    cites = parse_note("Boston Globe, Feb. 6, 1968, p. 1; WP, Feb. 7, 1968, p. B-1.")
    assert [(c.record["container-title"], c.locator) for c in cites] == [("Boston Globe", "1"), ("WP", "B-1")]
    c = one("Петров П. Вопрос // Статьи по истории. СПб., 1912. С. 27.")
    assert (c.record["container-title"], c.record["publisher-place"]) == ("Статьи по истории", "СПб.")


def test_part_of_a_volume_sets_and_forewords():
    r = one("Ana Ruiz, Historia de Sevilla, vol. 7, pt. 2 (Sevilla, 1965), 642.").record
    assert (r["title"], r["volume"], r["part"]) == ("Historia de Sevilla", "7", "2")
    r = one("Luc Roy, Histoire de l’Anjou 3 vols. (Paris: Plon, 1950).").record
    assert (r["title"], r["number-of-volumes"]) == ("Histoire de l’Anjou", "3")
    r = one("A. Neri, La marcia, Prefazione di A. Bruni, Rizzoli, Milano 1972.").record
    assert (r["title"], r["publisher"]) == ("La marcia", "Rizzoli")
    r = one("Ann Hale, ''The Rise of Towns,\" Past and Present 16 (1974): 38-45.").record
    assert r["title"] == "The Rise of Towns" and r["type"] == "article-journal"


def test_a_title_with_commas_after_one_author_is_no_list_of_authors():
    r = one("Ann B. Hale, Sun, Soil, and Rain: Farming in Sonora, 1880-1910 (Tucson, 1983), 12.").record
    assert r["author"] == [{"family": "Hale", "given": "Ann B."}]
    assert r["title"] == "Sun, Soil, and Rain: Farming in Sonora, 1880-1910"


@pytest.mark.parametrize("name, family, given", [
    ("Daniel Cosío Villegas", "Cosío Villegas", "Daniel"),
    ("Esperanza Durán de Seade", "Durán de Seade", "Esperanza"),
    ("José Ángel García de Cortázar", "García de Cortázar", "José Ángel"),
    ("Fernando Henrique Cardoso", "Cardoso", "Fernando Henrique"),  # Portuguese: the last surname leads
    ("John Lewis Gaddis", "Gaddis", "John Lewis"),
])
def test_spanish_names_carry_two_surnames(name, family, given):
    r = one(f"{name}, Historia (Madrid, 1985), 12.").record
    assert r["author"][0] == {"family": family, "given": given}


def test_a_spanish_ministry_is_a_body():
    assert one("Ministerio de Justicia, Informe (Madrid, 1940).").record["author"] == [
        {"literal": "Ministerio de Justicia"}]


def test_spanish_title_with_y_after_an_author_and_a_numeric_key_phrase():
    r = one("Ver J. C. Marín, Falange y Literatura, Barcelona, 1971.").record
    assert (r["author"], r["title"], r["publisher-place"]) == (
        [{"family": "Marín", "given": "J. C."}], "Falange y Literatura", "Barcelona")
    c = one("4,512 casualties reported: NYT, March 15, 1968, p. 1.")
    assert (c.record["container-title"], c.locator) == ("NYT", "1")


def test_prose_between_the_imprint_and_the_page():
    c = one("Ann Hale, in her book, Grain and Power (London: Methuen, 1977), has written a long account of the "
            "boards but points out that no such board survived the war, p. 5.")
    assert (c.record["title"], c.record["publisher"], c.locator) == ("Grain and Power", "Methuen", "5")


def test_reprinted_in_and_italian_ora_in_id():
    cites = parse_note("Lecture at Yale, 4 April 1976; reprinted in James Hale, ‘The Grain Trade’, Past and Present, "
                       "Summer 1976, vol. 1, no. 1, pp. 46-7.")
    assert cites[-1].record["container-title"] == "Past and Present" and cites[-1].locator == "46–7"
    cites = parse_note("N. ROSSI, Il grano, in «Studi storici», 1969, 3, ora in ID., Dallo Stato al mercato, "
                       "Feltrinelli, Milano 1973.")
    assert cites[1].record["author"] == [{"family": "Rossi", "given": "N."}]
    assert cites[1].record["title"] == "Dallo Stato al mercato"
    assert one("Id., p. 45.").ibid


def test_and_more_generally_his_next_work():
    cites = parse_note("Hale, A., Grain boards (Cambridge, 1986), pp. 57–74, and, more generally, his The rise "
                       "of the boards (Oxford, 1990).")
    assert [c.record["title"] for c in cites] == ["Grain boards", "The rise of the boards"]
    assert cites[0].locator == "57–74" and cites[1].record["issued"] == {"date-parts": [[1990]]}


@pytest.mark.parametrize("cue", [
    "see also", "see, for example,", "see", "also see", "cf.", "Vgl.", "vgl. auch", "см.", "цит. по:", "цитируется по:", "ср.:",
    "cité dans", "zit. nach", "citado en", "apud", "zob.", "por.", "srov.", "viz", "zie", "cyt. za", "voir",
    "véase", "ver", "cfr.", "cfr. anche", "siehe", "vedi", "а также", "cited in", "desgl.", "reprinted in", "repr. in",
    "wieder abgedr. in:", "ora in", "quoted by", "citing", "quoting", "based on", "may consult", "quoted in",
    "e.g.", "draws on", "for example,", "examples include", "is"])
def test_every_cue_passes_the_first_letter_look(cue):
    from citekit.readers.note_split import _CUE
    assert _CUE.search(f"x {cue} Hale") is not None
    assert _CUE.search(f"x {cue.upper()} Hale") is not None


def test_a_description_that_ends_at_its_year_before_other_matter():
    """What follows the imprint's year, up to a page at the end, is left out of the record."""
    c = one("A. Gramsci, Quaderni del carcere, a cura di V. Gerratana, Einaudi, Torino 1975, Q9, §127, "
            "Risorgimento, p. 1190.")
    assert c.record["title"] == "Quaderni del carcere" and c.record["publisher"] == "Einaudi"
    assert c.record["issued"] == {"date-parts": [[1975]]} and c.locator == "1190"
    assert parse_note("He went to Torino in 1975, Q9, and left, p. 12.") == []


@pytest.mark.parametrize("note, place, publisher, year", [
    ("Г. Г. Литаврин. Краткая история Болгарии. М. Наука. 1987 год", "М.", "Наука", 1987),
    ("Белинский В. Г. Собр. соч. В 3 т. Т. 3. М., ГИХЛ, 1948. С. 555.", "М.", "ГИХЛ", 1948),
    ("Иванов И. И. История. Л., «Наука», 1975.", "Л.", "Наука", 1975),
])
def test_gost_imprints_without_a_colon(note, place, publisher, year):
    c = one(note)
    assert (c.record["publisher-place"], c.record["publisher"]) == (place, publisher)
    assert c.record["issued"] == {"date-parts": [[year]]} and c.record["type"] == "book"
    assert "М." not in c.record["title"] and "Л." not in c.record["title"]


def test_british_chapter_without_in_before_its_book():
    """'‘Title’, Book (Place Year)': with a book's imprint, the quoted piece is a chapter, not an article."""
    c = one("G. Constable, ‘The Cross of the Crusaders’, Crusaders and Crusading in the Twelfth Century "
            "(Farnham 2008), pp. 45–91.")
    assert (c.record["type"], c.record["container-title"]) == ("chapter", "Crusaders and Crusading in the Twelfth Century")
    c = one("E. T. Kennan, ‘Innocent III, Gregory IX and Political Crusades’, Reform and Authority in the Medieval "
            "and Reformation Church, ed. G. F. Lytle (Washington, DC 1981), pp. 26–9.")
    assert c.record["container-title"] == "Reform and Authority in the Medieval and Reformation Church"
    assert c.record["editor"] == [{"family": "Lytle", "given": "G. F."}] and c.record["type"] == "chapter"
    c = one("D. Simes, “The Realist,” The National Interest, July/August 2014, pp. 5-15.")
    assert c.record["type"] != "chapter"  # a month is no imprint


def test_in_his_book_and_a_possessive_author():
    c = one("See Geertz’s “Thick Description: Toward an Interpretive Theory of Culture ,” in his The Interpretation "
            "of Cultures (New York: Basic Books, 1973), 3–30.")
    assert c.record["author"] == [{"family": "Geertz"}] and c.record["type"] == "chapter"
    assert c.record["container-title"] == "The Interpretation of Cultures" and c.locator == "3–30"


def test_chapters_and_roman_volumes_as_locators():
    c = one("See Mircea Eliade, The Quest (Chicago: University of Chicago Press, 1969), chaps. 1 and 4.")
    assert (c.locator, c.label) == ("1 and 4", "chapter")
    c = one("Weld, History of the Royal Society, I: 30.")
    assert (c.record["volume"], c.locator, c.label) == ("I", "30", "page")


@pytest.mark.parametrize("note, family, years", [
    ("Vanderbroeck 1987.", "Vanderbroeck", [[1987]]),
    ("6. For a detailed account of Jefferson’s second term, see Adams 1889/1986.", "Adams", [[1986]]),
    ("Evidence and further references in Badian 1990a.", "Badian", [[1990]]),
    ("The evidence is sorted, year by year, in Broughton 1951-86, so that annotation is unneeded.",
     "Broughton", [[1951], [1986]]),
])
def test_author_date_references_without_parentheses(note, family, years):
    cites = parse_note(note)
    assert len(cites) == 1 and cites[0].record["author"] == [{"family": family}]
    assert cites[0].record["issued"] == {"date-parts": years} and "type" not in cites[0].record


def test_author_date_lists_and_pages():
    cites = parse_note("Vanderbroeck 1987; Mouritsen 2001; Tatum 2004. Cf. Millar 1998.")
    assert [c.record["author"][0]["family"] for c in cites] == ["Vanderbroeck", "Mouritsen", "Tatum", "Millar"]
    c = one("Brunt 1971a: 91-9.")
    assert (c.record["author"], c.locator) == ([{"family": "Brunt"}], "91–9")
    assert parse_note("The talks began in London 1946 and ended in May 1947.") == []


def test_volume_and_number_in_parentheses_after_a_journal():
    c = one("Walter Nash, 'New Zealand and the Commonwealth', United Empire (Vol. 28, No. 1; January 1937), p. 31.")
    assert (c.record["type"], c.record["container-title"]) == ("article-journal", "United Empire")
    assert (c.record["volume"], c.record["issue"], c.locator) == ("28", "1", "31")
    assert c.record["issued"] == {"date-parts": [[1937, 1]]}


def test_a_single_quoted_title_then_in_and_its_book():
    c = one("W. K. Hancock, 'Nicholas Mansergh: Some Recollections' in Norman Hillmer (ed.), The First British "
            "Commonwealth (London, 1980), pp. 3-9.")
    assert (c.record["type"], c.record["container-title"]) == ("chapter", "The First British Commonwealth")
    assert c.record["editor"] == [{"family": "Hillmer", "given": "Norman"}]


def test_british_volume_colon_issue_and_a_pinpoint_after_at():
    c = one("J. C. D. Clark, 'Reflections on Scholarship', Historical journal, 40: 3 (1997), pp. 787-809 at pp. 803, 809.")
    assert (c.record["container-title"], c.record["volume"], c.record["issue"]) == ("Historical journal", "40", "3")
    assert (c.record["page"], c.locator) == ("787–809", "803, 809")


def test_spaces_lost_after_a_comma_or_a_closing_quote():
    c = one("3. Pearce,The Manningham Mills Strike, pp. 79–80.")
    assert (c.record["author"], c.record["title"]) == ([{"family": "Pearce"}], "The Manningham Mills Strike")
    c = one("Robert L. Patten,“Publishing in Parts,”in Palgrave Advances in Dickens Studies, ed. John Bowen "
            "(Houndmills: Palgrave, 2006), 31.")
    assert (c.record["type"], c.record["container-title"]) == ("chapter", "Palgrave Advances in Dickens Studies")


def test_a_note_number_printed_twice_with_a_dash():
    c = one("11\n11 — Голубовский П.В. История Смоленской земли. Киев, 1895. С. 3–4.")
    assert c.record["author"] == [{"family": "Голубовский", "given": "П.В."}]
    assert c.record["title"] == "История Смоленской земли" and c.locator == "3–4"


def test_ocr_spaces_before_stops_and_colons():
    c = one("2. Friedrich SEILER (Hrsg.) :Ruodlieb, der älteste Roman des Mittelalters , Halle 1882, S . 204 .")
    assert c.record["editor"] == [{"family": "Seiler", "given": "Friedrich"}]
    assert (c.record["title"], c.locator) == ("Ruodlieb, der älteste Roman des Mittelalters", "204")


def test_russian_str_pages_czech_srovn_and_decimal_note_numbers():
    c = one("См. Гамель, Англичане в России в XVI и XVII ст., стр. 20 — 22.")
    assert (c.record["author"], c.locator, c.label) == ([{"family": "Гамель"}], "20–22", "page")
    c = one("51.1 Srovn. Voigt, Dějiny, str. 418 -419.")
    assert (c.record["author"], c.record["title"], c.locator) == ([{"family": "Voigt"}], "Dějiny", "418–419")


@pytest.mark.parametrize("note, container, volume", [
    ("Кавелин К. Д. Мысли и заметки о Русской истории // Вестник Европы. Т. II. 1866.", "Вестник Европы", "II"),
    ("Ср.: Назаренко Л.В. Некоторые соображения о договоре Руси с греками // Восточная Европа в древности "
     "и средневековье. VIII чтения памяти В.Т. Пашуто. М., 1996. С. 58-63.",
     "Восточная Европа в древности и средневековье. VIII чтения памяти В.Т. Пашуто", None),
])
def test_gost_container_runs_on_past_a_full_stop_to_its_year(note, container, volume):
    """After '//', a full stop inside the journal's or book's description does not end the citation."""
    c = one(note)
    assert c.record["container-title"] == container and c.record.get("volume") == volume
    assert c.record["author"][0]["family"] in ("Кавелин", "Назаренко")


@pytest.mark.parametrize("note, family, title", [
    ("Mampel: Die “sozialistische Verfassung der DDR” unter kybernetischem Aspekt, in: Recht in Ost und West, "
     "12. Jg. (1968), Heft 5, S. 202 f.", "Mampel", "Die “sozialistische Verfassung der DDR” unter kybernetischem Aspekt"),
    ("Bodnar, The “Good War” and American Memory (Baltimore: Johns Hopkins University Press, 2010), 12.",
     "Bodnar", "The “Good War” and American Memory"),
])
def test_an_article_before_quoted_words_opens_the_title(note, family, title):
    c = one(note)
    assert c.record["author"] == [{"family": family}] and c.record["title"] == title


def test_polish_wg_cue_and_a_book_volume_in_the_container():
    c = one("Przekład wg: T. Kowalski, Relacja Ibrahima ibn Jakuba, w: Pomniki dziejowe Polski, seria II, t. 1, "
            "Kraków 1946, s. 48-54 (przyp. tłum.).")
    assert c.record["author"] == [{"family": "Kowalski", "given": "T."}] and c.record["type"] == "chapter"
    assert c.record["container-title"] == "Pomniki dziejowe Polski" and c.record["volume"] == "1"
    assert c.record["collection-number"] == "II" and c.locator == "48–54"


@pytest.mark.parametrize("note, book, volume", [
    ("J. Dupont, « La ville », dans Mélanges offerts à Jean Martin, t. 2, Paris, 1990, p. 12.",
     "Mélanges offerts à Jean Martin", "2"),
    ("H. Meier, Die Stadt, in: Geschichte der Städte, Bd. 3, Berlin 1990, S. 12.", "Geschichte der Städte", "3"),
])
def test_a_volume_closing_the_book_of_a_chapter(note, book, volume):
    c = one(note)
    assert c.record["container-title"] == book and c.record["volume"] == volume and c.record["type"] == "chapter"


def test_hungarian_chapter_with_translator_editor_and_series():
    """'Szerző: Cím. (ford. X.) In: Y (szerk.): Kötet. [Sorozat 5] Hely, év. lapok., különösen N.'"""
    c = one("J. Glemp: Gniezno, az első lengyel egyháztartomány. (ford. Szabó T.) In: Somorjai Á. (szerk.): "
            "Kelet-Közép-Európa szentje: Adalbert. [METEM-könyvek 5] Budapest, 1994. 11–18., különösen 11.")
    r = c.record
    assert r["type"] == "chapter" and r["title"] == "Gniezno, az első lengyel egyháztartomány"
    assert r["author"] == [{"family": "Glemp", "given": "J."}]
    assert r["translator"] == [{"family": "Szabó", "given": "T."}]
    assert r["editor"] == [{"family": "Somorjai", "given": "Á."}]
    assert r["container-title"] == "Kelet-Közép-Európa szentje: Adalbert"
    assert (r["collection-title"], r["collection-number"]) == ("METEM-könyvek", "5")
    assert r["publisher-place"] == "Budapest" and r["issued"] == {"date-parts": [[1994]]}
    assert r["page"] == "11–18" and c.locator == "11"


@pytest.mark.parametrize("note, family, given", [
    ("Kristó Gy.: A vármegyék kialakulása. In: Kovács L. (szerk.): Honfoglalás. Budapest, 1994. 45.", "Kristó", "Gy."),
    ("Hanák P.: Magyarország története. Budapest, 1985. 120–125.", "Hanák", "P."),
])
def test_family_name_before_initials_and_a_page_after_the_year(note, family, given):
    c = one(note)
    assert c.record["author"] == [{"family": family, "given": given}]
    assert c.record["issued"] == {"date-parts": [[int(note.split(", ")[-1][:4])]]} and c.locator


@pytest.mark.parametrize("note, edition, year", [
    ("A. REPACI, La marcia su Roma, Prefazione di A. Frassati, Rizzoli, Milano 1972 (nuova ed.).", "nuova", 1972),
    ("P. Dupont, La ville, Paris, Seuil, 1990 (nouvelle éd.), p. 4.", "nouvelle", 1990),
    ("J. Smith, The Town (London, 1990) (2nd edn).", "2", 1990),
])
def test_an_edition_in_a_parenthesis_after_the_imprint(note, edition, year):
    c = one(note)
    assert c.record["edition"] == edition and c.record["issued"] == {"date-parts": [[year]]}
    assert "ed" not in c.record["title"]


@pytest.mark.parametrize("note, place", [
    ("Stephenson, Carl, Mediaeval Feudalism; Ithaque, Cornell Un. Pr., 1942, in-12, IX-116 p., ill., index.", "Ithaque"),
    ("Halphen, Louis, Charlemagne et l'Empire carolingien; Paris, Albin Michel, 1947, in-8, 508 p.", "Paris"),
])
def test_a_semicolon_before_the_imprint_does_not_split_the_citation(note, place):
    cites = parse_note(note)
    assert len(cites) == 1 and cites[0].record["publisher-place"] == place
    assert cites[0].record["author"][0]["family"] in ("Stephenson", "Halphen") and cites[0].record["type"] == "book"


def test_two_citations_split_by_a_semicolon_stay_two():
    cites = parse_note("Bloch, La Société féodale, Paris, 1939; Halphen, Charlemagne, Paris, 1947.")
    assert [c.record["title"] for c in cites] == ["La Société féodale", "Charlemagne"]


@pytest.mark.parametrize("note", [
    "J. L. Abellán, La industria cultural en España, Madrid, 1975, y Panorama de la filosofía española actual, Madrid, 1978.",
    "J. L. Abellán, La industria cultural en España, Madrid, Taurus, 1975, et Panorama de la filosofía, Madrid, 1978.",
])
def test_the_same_authors_next_book_after_a_conjunction(note):
    cites = parse_note(note)
    assert [c.record["title"] for c in cites][0] == "La industria cultural en España"
    assert cites[1].record["title"].startswith("Panorama de la filosofía")
    assert all(c.record["author"] == [{"family": "Abellán", "given": "J. L."}] for c in cites)
    assert cites[1].record["issued"] == {"date-parts": [[1978]]} and cites[1].record["publisher-place"] == "Madrid"


@pytest.mark.parametrize("note, title, editor, book", [
    ("Vita Karoli Magni, c. 33, ap. Jaffé, Monumenta Carolina, Berlino, 1867, p. 540.",
     "Vita Karoli Magni", "Jaffé", "Monumenta Carolina"),
    ("Graphia aureae urbis Romae, ap. Ozanam, Documents inédits pour servir à l'histoire littéraire de l'Italie, "
     "Parigi, 1850, p. 174-5.", "Graphia aureae urbis Romae", "Ozanam",
     "Documents inédits pour servir à l'histoire littéraire de l'Italie"),
])
def test_a_text_read_in_an_editors_collection_after_ap(note, title, editor, book):
    c = one(note)
    assert c.record["type"] == "chapter" and c.record["title"] == title
    assert c.record["editor"] == [{"family": editor}] and c.record["container-title"] == book
    assert "author" not in c.record and c.locator


@pytest.mark.parametrize("note, particle, family", [
    ("De Rossi, Piante icnografiche e prospettiche di Roma, Roma, 1876, p. 73.", "De", "Rossi"),
    ("Van Kley, The Religious Origins of the French Revolution, New Haven, 1996, p. 12.", "Van", "Kley"),
])
def test_a_surname_with_its_particle_and_no_given_name(note, particle, family):
    c = one(note)
    assert c.record["author"] == [{"family": family, "non-dropping-particle": particle}]


def test_italian_article_before_a_surname_and_prose_after_the_page():
    c = one("Vedi il Frézet, pag. 61.")
    assert c.record["author"] == [{"family": "Frézet"}] and c.locator == "61"
    c = one("Opina il De Rossi, Piante icnografiche e prospettiche di Roma, Roma, 1876, p. 73, che tanto questa "
            "tavola, quanto le altre due, dovessero appartenere ai tempi di Arcadio e di Onorio.")
    assert c.record["title"] == "Piante icnografiche e prospettiche di Roma" and c.locator == "73"
    assert c.record["issued"] == {"date-parts": [[1876]]}


def test_gost_edition_in_a_short_description_and_a_reprint_before_the_imprint():
    c = one("Маркс К., Энгельс Ф. Соч. 2-е изд. Т. 2. С. 119.")
    assert (c.record["title"], c.record["edition"], c.record["volume"], c.locator) == ("Соч", "2", "2", "119")
    c = one("Платонов С. Ф. Очерки по истории Смуты в Московском государстве XVI–XVII вв. Опыт изучения "
            "общественного строя и сословных отношений в Смутное время). Переизд. М., 1937. С. 190.")
    assert c.record["author"] == [{"family": "Платонов", "given": "С. Ф."}]
    assert c.record["issued"] == {"date-parts": [[1937]]} and c.locator == "190"


@pytest.mark.parametrize("note, issue, date", [
    ("Ver J. A. Primo de Rivera, «Homenaje y reproche a Ortega y Gasset», Haz, n.º 12, 5, diciembre, 1935.",
     "12", [1935, 12, 5]),
    ("«Cómo interpretamos el veinticinco de junio», Haz, n.º 5, junio, 1943.", "5", [1943, 6]),
])
def test_spanish_magazine_number_and_a_date_written_with_commas(note, issue, date):
    c = one(note)
    assert c.record["container-title"] == "Haz" and c.record["issue"] == issue
    assert c.record["issued"] == {"date-parts": [date]} and c.record["type"] == "article-magazine"


@pytest.mark.parametrize("text, parts", [
    ("5, diciembre, 1935", [1935, 12, 5]), ("junio, 1943", [1943, 6]), ("May, 1950", [1950, 5]),
    ("3. Mai 1956", [1956, 5, 3]),
])
def test_dates_with_commas_between_day_month_and_year(text, parts):
    from citekit.readers.cite_parts import first_date
    assert first_date(text) == {"date-parts": [parts]}


@pytest.mark.parametrize("note, title, volume, page", [
    ("«Mais avant les Portugais aucune nation de l’Europe ne semble être allée au délà de l’Équateur». "
     "(Histoire de la géographie, etc., tom. I, pag. 290).", "Histoire de la géographie, etc", "I", "290"),
    ("Humboldt, Histoire de la géographie du nouveau continent, tom. I, pag. 246.",
     "Histoire de la géographie du nouveau continent", "I", "246"),
])
def test_a_quotations_source_by_title_and_tom_before_a_volume(note, title, volume, page):
    """'tom.' does not end a sentence; a quotation's source in parentheses may give only a title."""
    c = one(note)
    assert (c.record["title"], c.record["volume"], c.locator) == (title, volume, page)



def test_pag_ends_a_citation_title_par_author_and_the_particle_do():
    cites = parse_note("Les Corte-Real par mr. H. Harrisse, pag. 209. Ernesto do Canto, Os Côrtes-Reaes, pag. 211.")
    assert [(c.record.get("title"), c.locator) for c in cites] == [("Les Corte-Real", "209"), ("Os Côrtes-Reaes", "211")]
    assert cites[0].record["author"] == [{"family": "Harrisse", "given": "H."}]
    assert cites[1].record["author"] == [{"family": "Canto", "given": "Ernesto", "non-dropping-particle": "do"}]


@pytest.mark.parametrize("note, family, book, page", [
    ("[17.] Carlo Troya, in Prose Lett., pag. 396.", "Troya", "Prose Lett", "396"),
    ("Hintze, in: Staat und Verfassung, S. 245.", "Hintze", "Staat und Verfassung", "245"),
])
def test_a_short_form_naming_the_book_a_piece_is_in(note, family, book, page):
    c = one(note)
    assert c.record["author"][0]["family"] == family and c.record["container-title"] == book
    assert "title" not in c.record and c.locator == page


@pytest.mark.parametrize("note", [
    "Citado por Humboldt na Histoire de la géographie du nouveau continent, tom. I, pag. 246.",
    "Vedi il Muratori nelle Antiquitates, tom. I, pag. 246.",
])
def test_a_name_then_na_or_nelle_before_the_title(note):
    c = one(note)
    assert c.record["author"][0]["family"] in ("Humboldt", "Muratori")
    assert c.record["volume"] == "I" and c.locator == "246"


@pytest.mark.parametrize("note, who, title", [
    ("6. Guibert of Nogent, The Deeds of God Through the Franks: Gesta Dei per Francos, tr. R. Levine "
     "(Woodbridge, 1997), p. 28.", "Guibert of Nogent", "The Deeds of God Through the Franks: Gesta Dei per Francos"),
    ("35\nPeter of Vaux-Cernay,\nHistory of the Albigensian Crusade,\n58.", "Peter of Vaux-Cernay",
     "History of the Albigensian Crusade"),
])
def test_a_medieval_writer_named_by_given_name_and_place(note, who, title):
    c = one(note)
    assert c.record["author"] == [{"literal": who}] and c.record["title"] == title
    assert c.record.get("type") in (None, "book")


def test_a_title_or_body_with_of_is_not_a_medieval_name():
    assert one("History of England, London, 1990, p. 5.").record.get("author") is None


def test_a_pope_or_king_keeps_his_number():
    c = one("Innocent III, Sources, 43.")
    assert format_name(c.record["author"][0]) == "Innocent III" and c.record["title"] == "Sources"


def test_a_cue_with_a_colon_and_short_forms_by_surname_and_quoted_title():
    cites = parse_note("For this complex subject, see: Nicol, Byzantium and Venice, 50—123; Martin, ‘Venetians in "
                       "the Byzantine Empire before 1204’; Angold, Byzantine Empire, 226—33.")
    assert [(c.record["author"][0]["family"], c.locator) for c in cites] == [
        ("Nicol", "50–123"), ("Martin", None), ("Angold", "226–33")]
    assert cites[1].record["title"] == "Venetians in the Byzantine Empire before 1204"


def test_a_quoted_phrase_after_a_name_in_prose_is_no_work():
    assert parse_note("Churchill, ‘we shall fight on the beaches’, said it best.") == []


def test_short_forms_with_passim_and_a_title_ending_in_a_question_mark():
    cites = parse_note("Branch, Parting the Waters, 601–632; Powledge, Free at Last? 376–420; Melman, America, passim.")
    assert [(c.record["title"], c.locator) for c in cites] == [
        ("Parting the Waters", "601–632"), ("Free at Last?", "376–420"), ("America", None)]


@pytest.mark.parametrize("note, first, title", [
    ("5. Saint Basil, Letters, quoted in Gary Vikan, Icon (Baltimore: Walters Art Gallery, 1988), 11.",
     {"literal": "Saint Basil"}, "Letters"),
    ("8. Aquinas, Scriptum super sententiis, quoted in Rubin, Images and Identity, 178.",
     {"family": "Aquinas"}, "Scriptum super sententiis"),
])
def test_the_work_quoted_is_cited_before_the_one_quoting_it(note, first, title):
    cites = parse_note(note)
    assert len(cites) == 2 and cites[0].record["author"] == [first] and cites[0].record["title"] == title
    assert cites[1].locator in ("11", "178")


def test_prose_before_quoted_in_is_not_a_work():
    cites = parse_note("He said so at the time, quoted in Rubin, Images and Identity, 178.")
    assert [c.record["title"] for c in cites] == ["Images and Identity"]


def test_a_set_of_volumes_with_an_imprint_but_no_year():
    c = one("[1] Aux origines du communisme français, 1914-1920. Contribution à l’histoire du mouvement ouvrier "
            "français, Paris, Mouton, 2 volumes. Note de l’éditeur : une édition réduite a été publiée.")
    assert c.record["title"] == ("Aux origines du communisme français, 1914-1920. Contribution à l’histoire du "
                                 "mouvement ouvrier français")
    assert (c.record["publisher-place"], c.record["publisher"], c.record["number-of-volumes"]) == ("Paris", "Mouton", "2")
    assert "issued" not in c.record


@pytest.mark.parametrize("tail, n", [(", 6 voll.", "6"), (", 3 Bde.", "3"), (", 2 tomes.", "2")])
def test_the_size_of_a_set_after_the_year(tail, n):
    c = one("Storia d'Italia, Torino, Einaudi, 1972" + tail)
    assert c.record["number-of-volumes"] == n and c.record["issued"] == {"date-parts": [[1972]]}


@pytest.mark.parametrize("note, family, title, volume, page", [
    ("1. Speech, Jan. 28, 1924, in Stalin, Sochineniia, 6:53. It was issued illegally in Siberia in June 1903 "
     "and published in 1904.", "Stalin", "Sochineniia", "6", "53"),
    ("Letter to Engels, 12 May 1870, in Marx, Werke, 32:45.", "Marx", "Werke", "32", "45"),
])
def test_a_dated_document_read_in_collected_works(note, family, title, volume, page):
    c = one(note)
    assert c.record["author"] == [{"family": family}] and c.record["title"] == title
    assert (c.record["volume"], c.locator) == (volume, page)


def test_a_colon_after_the_name_before_op_cit():
    c = one("14. G. Esenwein and A. Shubert: op. cit., pp. 73, 69")
    assert c.record["author"] == [{"family": "Esenwein", "given": "G."}, {"family": "Shubert", "given": "A."}]
    assert "title" not in c.record and c.locator == "73, 69"


def test_a_short_title_ending_in_a_year_after_eds_is_no_imprint():
    c = one("Appropriation hearings testimony is in Carney and Way, eds.,\nPolitics 1964,\n296-304.")
    assert c.record["title"] == "Politics 1964" and c.record["editor"] == [{"family": "Carney"}, {"family": "Way"}]
    assert "issued" not in c.record and c.locator == "296–304"


@pytest.mark.parametrize("note, series, volume, editor", [
    ("Hintze, Staat und Verfassung (Gesammelte Abhandlungen, Bd. I, hrsgg. von Fritz Hartung), Leipzig 1941, S. 232.",
     "Gesammelte Abhandlungen", "I", [{"family": "Hartung", "given": "Fritz"}]),
    ("Michelet, Histoire de France (Œuvres complètes, t. 3, éd. par Paul Viallaneix), Paris, Flammarion, 1974, p. 5.",
     "Œuvres complètes", "3", [{"family": "Viallaneix", "given": "Paul"}]),
])
def test_a_series_with_its_volume_and_editor_in_parentheses(note, series, volume, editor):
    c = one(note)
    assert c.record["collection-title"] == series and c.record["volume"] == volume
    assert c.record.get("editor") == editor and "(" not in c.record["title"]


@pytest.mark.parametrize("note, families", [
    ("[2]V. BŮŽEK – J. HRDLIČKA a kol., Dvory, s. 25-35", ["Bůžek", "Hrdlička"]),
    ("J. Nowak i in., Dzieje Polski, Warszawa 1990, s. 5.", ["Nowak"]),
])
def test_czech_names_joined_by_a_dash_and_et_al_in_czech_and_polish(note, families):
    c = one(note)
    assert [n["family"] for n in c.record["author"]] == families and c.record["title"] in ("Dvory", "Dzieje Polski")


def test_a_dash_inside_a_title_is_no_name_separator():
    assert one("Smith, Europe – East and West, London 1990, p. 4.").record["title"] == "Europe – East and West"


def test_two_inverted_authors_and_dans_before_a_capital_oe():
    c = one("Fentress, James et Wickham, Chris, Social Memory, Oxford, Blackwell, 1992.")
    assert c.record["author"] == [{"family": "Fentress", "given": "James"}, {"family": "Wickham", "given": "Chris"}]
    assert c.record["title"] == "Social Memory"
    c = one("Renan, Ernest, « Qu'est-ce qu'une nation ? », dans Œuvres complètes, Paris, Calmann-Lévy, 1947, pp. 887-906.")
    assert (c.record["type"], c.record["container-title"]) == ("chapter", "Œuvres complètes")


def test_a_russian_title_in_sentence_case_with_its_page():
    c = one("2\n2 — Древняя Русь в свете зарубежных источников. С. 223.")
    assert (c.record["title"], c.locator) == ("Древняя Русь в свете зарубежных источников", "223")


@pytest.mark.parametrize("note, title, year, locator", [
    ("C. Tyerman, The Invention of the Crusade (Basingstoke 1998), p. 79 and n. 210 p. 147.",
     "The Invention of the Crusade", [[1998]], "79"),
    ("C. Tyerman, God’s War (London 2006), pp. 705 (Baltic) and 904 and nn.", "God’s War", [[2006]], "705"),
    ("J. B. Pitra, Analecta Novissima (Paris 1885–8), ii, Sermon XI, pp. 328–31.",
     "Analecta Novissima", [[1885], [1888]], "328–31"),
])
def test_matter_after_a_parenthesised_imprint_is_read_past(note, title, year, locator):
    c = one(note)
    assert (c.record["title"], c.record["issued"]["date-parts"], c.locator) == (title, year, locator)
    assert c.record["type"] == "book"
    assert c.record.get("volume") == ("ii" if "Pitra" in note else None)  # a set's volume after its imprint


def test_a_hereafter_remark_in_brackets_is_left_out():
    c = one("John Darwin, 'A Third British Empire?' in Judith M. Brown and Wm. Roger Louis (eds), The Oxford "
            "History of the British Empire (Oxford, 1999), pp. 64-87 [hereafter 'OHBE4'].")
    assert (c.record["container-title"], c.locator) == ("The Oxford History of the British Empire", "64–87")


def test_french_first_volume_written_ier():
    c = one("[310]: Léon Faucher, Biographie et Correspondance, t. Ier, p. 93.")
    assert (c.record["title"], c.record["volume"], c.locator) == ("Biographie et Correspondance", "Ier", "93")


def test_russian_initials_before_the_surname_and_cyrillic_rr_pages():
    c = one("И.И. Смирнов. Очерки, с. 121.")
    assert (c.record["author"], c.record["title"], c.locator) == (
        [{"family": "Смирнов", "given": "И.И."}], "Очерки", "121")
    c = one("Fennell. History, рр. 16-17.")  # Cyrillic 'рр.' set for 'pp.'
    assert (c.record["title"], c.locator, c.label) == ("History", "16–17", "page")


def test_russian_volume_comma_page_without_a_space():
    c = one("Карамзин, 8,103-105.")
    assert (c.record["volume"], c.locator) == ("8", "103–105")
    assert one("Smith, History, 1,234.").locator == "1,234"  # not in a Cyrillic note: a page list


def test_spanish_y_ss_and_a_town_named_with_its_river():
    c = one("Pere Molas Ribalta, La burguesía mercantil en el Antiguo Régimen, Madrid 1985, pp. 17 y ss.")
    assert c.locator == "17 y ss"
    c = one("Friedrich Seiler (Hrsg.), Ruodlieb, Halle/S., 1882, S. 204.")
    assert c.record["publisher-place"] == "Halle/S." and "publisher" not in c.record


def test_a_year_range_closing_a_short_title_is_the_titles():
    c = one("Gordon, The Dominion Partnership in Imperial Defense 1870–1914, 281–93.")
    assert c.record["title"] == "The Dominion Partnership in Imperial Defense 1870–1914" and "issued" not in c.record
    c = one("Rossi, Storia d'Italia, Einaudi, Torino 1975-1980, p. 3.")
    assert c.record["issued"] == {"date-parts": [[1975], [1980]]} and c.record["publisher-place"] == "Torino"


def test_a_quoted_phrase_opening_a_longer_title():
    c = one('E. S. Shaffer, "Kubla Khan" and The Fall of Jerusalem: The Mythological School (Cambridge: '
            'Cambridge University Press, 1975).')
    assert c.record["title"] == '"Kubla Khan" and The Fall of Jerusalem: The Mythological School'
    assert c.record["type"] == "book"


def test_a_note_number_in_double_brackets():
    c = one("[[7]] Francisco Manoel de Mello. «Epanaphora Amorosa», pag. 338.")
    assert (c.record["title"], c.locator) == ("Epanaphora Amorosa", "338")


def test_a_short_form_cited_by_its_preface():
    c = one("7\n. Hooke,\nMicrographia\n, preface.")
    assert (c.record["author"], c.record["title"], c.locator) == ([{"family": "Hooke"}], "Micrographia", None)
    assert parse_note("He wrote about it in the preface.") == []


def test_a_volume_with_its_own_title_and_a_pair_of_volumes():
    c = one("M. Beloff, Imperial Sunset, Vol. 1: Britain’s Liberal Empire 1897–1921 (Basingstoke, 1987), 178–82.")
    assert (c.record["title"], c.record["volume"], c.record["volume-title"]) == (
        "Imperial Sunset", "1", "Britain’s Liberal Empire 1897–1921")
    c = one("Mansergh, Documents and Speeches on British Commonwealth Affairs 1931-1952: Vols. 1&2 (London, 1953).")
    assert (c.record["title"], c.record["volume"]) == (
        "Documents and Speeches on British Commonwealth Affairs 1931-1952", "1&2")
