"""Citations set in running text: author-date references (bracketed, or after a cue word), each a short form
with its authors, year and page; a short form followed by a sentence of comment."""

from citekit.readers.notes import parse_note


def refs(text):
    return [([a["family"] for a in c.record.get("author", ())], c.record.get("issued"), c.locator)
            for c in parse_note(text)]


def year(y):
    return {"date-parts": [[y]]}


def test_bracketed_references_in_a_sentence_are_each_read():
    text = "412 Это главная тема у Арона [Aron 2000], в противоположность Хафу [Hough 2001], описывающему оппозицию."
    assert refs(text) == [(["Aron"], year(2000), None), (["Hough"], year(2001), None)]


def test_a_bracket_holds_several_references_and_pages():
    assert refs("Об этом см. [Knight 1990; Rahr 1989].") == [(["Knight"], year(1990), None), (["Rahr"], year(1989), None)]
    assert refs("Об этом см. в [Brown 1996: 195–196].") == [(["Brown"], year(1996), "195–196")]


def test_co_authors_set_apart_by_a_comma_or_a_slash():
    assert refs("Промежуточную позицию занимают [Reddaway, Glinski 2001].") == [(["Reddaway", "Glinski"], year(2001), None)]
    assert refs("2 Vgl. Feest/Blankenburg, 1972. Die Konsequenz entwickle ich an anderer Stelle.")[0] == \
        (["Feest", "Blankenburg"], year(1972), None)


def test_a_reference_after_a_cue_word_in_german_prose():
    text = "6 Zur Normierung von Verhalten vgl. die Konflikttheorie von Gessner 1976, insbesondere S. 170—183."
    assert refs(text) == [(["Gessner"], year(1976), "170–183")]
    assert refs("12 Koch 1975, S. 75 der allerdings nur streitige Urteile untersucht hat.") == [(["Koch"], year(1975), "75")]


def test_the_stressed_pages_of_an_author_date_reference_keep_their_range():
    assert refs("1 Geiger 1964, insbesondere S. 65—83.") == [(["Geiger"], year(1964), "65–83")]


def test_a_bracket_with_a_time_a_place_or_a_table_names_no_author():
    assert refs("The crisis [October 1962] was grave.") == []
    assert refs("See [Fig. 3] and [Table 1990].") == []
    assert refs("The meeting [Moscow 1957] settled nothing.") == []
    assert refs("He came back [Summer 1976] at last.") == []


def test_a_year_in_prose_after_a_name_that_is_no_reference_is_left():
    assert refs("Er wurde von Adenauer 1955 empfangen und sprach lange.") == []
    assert refs("Die Kommission von Brüssel 1992 beschloss es.") == []


def test_a_short_form_by_initials_and_title_then_a_sentence_of_comment():
    cites = parse_note("7. R. Conquest, The Great Terror. Conquest, while stressing the man's oddities, "
                       "affirms that he was not insane.")
    assert [(c.record.get("author"), c.record.get("title")) for c in cites] == \
        [([{"family": "Conquest", "given": "R."}], "The Great Terror")]
    assert parse_note("7. R. Conquest. He was, while stressing the man's oddities, sure that he was not insane.") == []


def test_a_page_list_whose_last_page_is_a_note_is_taken_whole():
    c = parse_note("408 Wyden, Bay of Pigs, 235–36, 248, 303n.")[0]
    assert (c.record["title"], c.locator) == ("Bay of Pigs", "235–36, 248, 303n")


def test_a_year_in_brackets_after_the_title_is_the_work_s_first_year():
    c = parse_note("1. A. Smith, The Wealth of Nations [1776] (London: Dent, 1910), p. 430.")[0]
    assert c.record["title"] == "The Wealth of Nations"
    assert c.record["original-date"] == {"date-parts": [[1776]]} and c.record["issued"] == {"date-parts": [[1910]]}
    c = parse_note("9. David Hume, “An Enquiry Concerning Human Understanding [1748],” Essays and Treatises "
                   "(Boston: J. P. Mendum, 1868), 54.")[0]
    assert (c.record["title"], c.record["original-date"]) == ("An Enquiry Concerning Human Understanding",
                                                             {"date-parts": [[1748]]})


def test_german_von_abbreviated_is_a_particle_and_slashes_set_names_apart():
    from citekit.readers.names import parse_names
    assert parse_names("Rudolf v. Jhering") == [{"family": "Jhering", "given": "Rudolf", "non-dropping-particle": "v."}]
    assert parse_names("P. Zumbansen/M. Amstutz") == [{"family": "Zumbansen", "given": "P."},
                                                       {"family": "Amstutz", "given": "M."}]
    assert parse_names("Louis V. Smith") == [{"family": "Smith", "given": "Louis V."}]
    c = parse_note("2 Rudolf v. Jhering, Unsere Aufgabe, in: Jahrbücher für die Dogmatik, hg. von C. F. Gerber, "
                   "1857, 1-52, 2.")[0]
    assert c.record["author"] == [{"family": "Jhering", "given": "Rudolf", "non-dropping-particle": "v."}]
    assert c.record["title"] == "Unsere Aufgabe" and c.record["type"] == "chapter"


def test_a_surname_ending_in_p_before_a_year_is_no_page_label():
    assert refs("See Knapp 1990.") == [(["Knapp"], year(1990), None)]
    assert refs("Kemp 1988: 12.") == [(["Kemp"], year(1988), "12")]
    assert refs("5. The settlers' disunity can be found in Throup 1988.") == [(["Throup"], year(1988), None)]
    c = parse_note("Smith, Title, p.45.")[0]
    assert (c.record["title"], c.locator, c.label) == ("Title", "45", "page")


def test_chs_is_a_chapter_label():
    c = parse_note("Smith, Title (London, 1990), chs. 2–3.")[0]
    assert (c.locator, c.label) == ("2–3", "chapter")


def test_author_date_references_after_a_portuguese_cue_or_opening_a_sentence_with_a_page():
    assert refs("1 O artigo elabora argumentos expostos em Versiani, 2016. Agradeço comentários.") == \
        [(["Versiani"], year(2016), None)]
    cites = parse_note("7 Furtado, 1976 [1959]: p.140, grifo adicionado.")
    assert [(c.record, c.locator) for c in cites] == [
        ({"author": [{"family": "Furtado"}], "issued": year(1976), "original-date": year(1959)}, "140")]
    assert refs("3 Por ocasião da Independência, essa porcentagem estava ao redor de 30%; no Censo de 1872, "
                "próxima de 15%. IBGE, 1990: p.32.") == [(["IBGE"], year(1990), "32")]


def test_a_year_after_a_place_or_a_time_in_portuguese_prose_is_no_reference():
    assert refs("Em 1990 houve uma greve. Na década de 1770 ele viu o porto.") == []
    from citekit.readers.note_author_date import in_text_references
    assert in_text_references("Ele viveu em Lisboa 1968, antes da guerra.") == []


def test_brazilian_abnt_references():
    c = parse_note("1 De acordo com HALL, Michael; PINHEIRO, Paulo. Alargando a história da classe operária. "
                   "São Paulo: Brasiliense, 1985. p. 96-120.")[0]
    assert c.record["author"] == [{"family": "Hall", "given": "Michael"}, {"family": "Pinheiro", "given": "Paulo"}]
    assert (c.record["title"], c.record["publisher"], c.locator) == (
        "Alargando a história da classe operária", "Brasiliense", "96–120")
    c = parse_note("HOLANDA, Sérgio Buarque de. Raízes do Brasil. Rio de Janeiro: José Olympio, 1936.")[0]
    assert c.record["author"] == [{"family": "Holanda", "given": "Sérgio Buarque", "non-dropping-particle": "de"}]
    c = parse_note("BATALHA, Claudio. Formação da classe operária. Revista Brasileira de História, São Paulo, "
                   "v. 10, n. 20, p. 5-25, 1991.")[0]
    r = c.record
    assert (r["type"], r["container-title"], r["volume"], r["issue"], r["page"]) == (
        "article-journal", "Revista Brasileira de História", "10", "20", "5–25")
    c = parse_note("2 THOMPSON, Edward Palmer. A Formação da Classe Operária Inglesa. Rio de Janeiro: Paz e Terra, "
                   "1987. vol. 1.")[0]
    assert (c.record["volume"], c.record["publisher"]) == ("1", "Paz e Terra")
    c = parse_note("SILVA, João da. O trabalho. In: SOUZA, Maria (Org.). A história. Rio de Janeiro: Zahar, 1990. "
                   "p. 10-20.")[0]
    assert (c.record["type"], c.record["container-title"], c.record["editor"][0]["family"]) == (
        "chapter", "A história", "Souza")


def test_capitals_and_a_comma_that_are_no_abnt_author():
    c = parse_note("3 Pierre ASSOULINE, Gaston Gallimard. Un demi-siècle d’édition française, Paris, Gallimard, 2006, p. 620.")[0]
    assert c.record["author"] == [{"family": "Assouline", "given": "Pierre"}]
    cites = parse_note("“Clerics Rebuffed on a Protest Site,” NYT, Feb. 3, 1968, p. 5; WP, Feb. 6, 1968, p. B-1.")
    assert [c.record.get("container-title") for c in cites] == ["NYT", "WP"]


def test_german_co_authors_set_apart_by_commas_in_a_short_form():
    c = parse_note("Abgedruckt bei Binner, Bonwetsch, Junge: Massenmord und Lagerhaft. S. 479–483.")[0]
    assert [a["family"] for a in c.record["author"]] == ["Binner", "Bonwetsch", "Junge"]
    assert (c.record["title"], c.locator) == ("Massenmord und Lagerhaft", "479–483")
    c = parse_note("Crockatt, Fifty Years War, 39 ff.; Nogee, Donaldson, Soviet Foreign Policy, 63 ff.")[1]
    assert [a["family"] for a in c.record["author"]] == ["Nogee", "Donaldson"]
    assert c.record["title"] == "Soviet Foreign Policy"


def test_a_one_word_title_or_a_place_after_the_author_stays_the_title():
    assert parse_note("Gilbert, Churchill, 45.")[0].record == {"author": [{"family": "Gilbert"}], "title": "Churchill"}
    c = parse_note("Mazower, Salonica, City of Ghosts, 45.")[0]
    assert c.record["author"] == [{"family": "Mazower"}]


def test_german_source_words_before_a_colon_are_no_part_of_the_citation():
    c = parse_note("Übersichten: A. Hillgruber, in: Geyer, Osteuropa-Handbuch Außenpolitik I, 300 ff.")[0]
    assert c.record["author"] == [{"family": "Hillgruber", "given": "A."}] and c.record["type"] == "chapter"
    c = parse_note("Quelle: Sacharow, Mein Leben, 115 ff., 177 ff.")[0]
    assert c.record == {"author": [{"family": "Sacharow"}], "title": "Mein Leben"}


def test_german_span_then_the_page_cited_and_a_pointer_to_an_earlier_note():
    c = parse_note("12 Vgl. A. Fischer-Lescano, Als Ob, in: Negativität, hg. von T. Khurana, 2018, 207-219, 212 ff.")[0]
    assert (c.record["page"], c.locator) == ("207–219", "212 ff")
    c = parse_note("22 Luhmann, Titel, Zeitschrift für Soziologie 22 (1993), 245-260, 256.")[0]
    assert (c.record["page"], c.locator) == ("245–260", "256")
    c = parse_note("Smith, “Title,” Journal 12 (1990): 45–60, 70.")[0]
    assert "page" not in c.record and c.locator == "45–60, 70"  # a page outside the span is a second page cited
    c = parse_note("10 Rose (oben N. 7) 175.")[0]
    assert (c.record, c.locator) == ({"author": [{"family": "Rose"}]}, "175")


def test_op_cit_without_its_stops_and_a_pointer_as_in_a_note():
    cites = parse_note("108 Hunter, op cit, Vol IV, p 306; Vol IX, p 116.")
    assert [(c.record, c.locator) for c in cites] == [
        ({"author": [{"family": "Hunter"}], "volume": "IV"}, "306"),
        ({"author": [{"family": "Hunter"}], "volume": "IX"}, "116")]
    cites = parse_note("56. Sarkar, as in 53, p. 140; and Ambedkar, as in 49, p. 240.")
    assert [(c.record, c.locator) for c in cites] == [
        ({"author": [{"family": "Sarkar"}]}, "140"), ({"author": [{"family": "Ambedkar"}]}, "240")]
    assert parse_note("This was, as in 1848, a revolution of the cities against the land and its lords.") == []


def test_another_volume_of_the_work_just_cited():
    cites = parse_note("Smith, History, vol. 2, p. 45; vol. 3, p. 12.")
    assert [(c.record.get("volume"), c.record.get("title"), c.locator) for c in cites] == [
        ("2", "History", "45"), ("3", "History", "12")]
    assert cites[0].record["author"] is not cites[1].record["author"]


def test_german_u_a_after_a_name_is_et_al():
    c = parse_note("Hartmut Kaelble u. a. (Hrsg.), Probleme der Modernisierung in Deutschland, Opladen 1978.")[0]
    assert c.record["editor"] == [{"family": "Kaelble", "given": "Hartmut"}]
    assert c.record["title"] == "Probleme der Modernisierung in Deutschland"


def test_gost_in_latin_letters_with_a_title_of_two_sentences_or_no_page():
    c = parse_note("44 См.: Viola L. Peasant Rebels under Stalin. Collectivization and the Culture of Peasant "
                   "Resistance. New York, 1996. P. 171 — 172.")[0]
    assert c.record["author"] == [{"family": "Viola", "given": "L."}] and c.locator == "171–172"
    assert c.record["title"] == "Peasant Rebels under Stalin. Collectivization and the Culture of Peasant Resistance"
    c = parse_note("Conquest R. The Great Terror. Harmondsworth, 1971.")[0]
    assert (c.record["author"], c.record["title"]) == ([{"family": "Conquest", "given": "R."}], "The Great Terror")


def test_editors_then_a_full_stop_then_the_title():
    c = parse_note("10. Like Arzhilovsky in Véronique Garros, Natalia Korenevskaya, Thomas Lahusen, eds. Intimacy and "
                   "Terror. Soviet Diaries of the 1930s (New York: The New Press, 1995).")[0]
    assert [e["family"] for e in c.record["editor"]] == ["Garros", "Korenevskaya", "Lahusen"]
    assert c.record["title"] == "Intimacy and Terror. Soviet Diaries of the 1930s"
    c = parse_note("2. Hugh Latimer, Sermons and Remains, ed. G. E. Corrie (Cambridge, 1845), 317–21.")[0]
    assert (c.record["author"][0]["family"], c.record["editor"][0]["family"]) == ("Latimer", "Corrie")
    c = parse_note("Anglo-Saxon Writs, ed. Harmer, F. E. (Manchester, 1952).")[0]
    assert c.record["editor"] == [{"family": "Harmer", "given": "F. E."}]
