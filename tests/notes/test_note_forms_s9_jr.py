"""Journal note shapes: a journal's year then its issue, series marks, month spans and seasons
written in several languages."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_french_journal_year_then_issue_then_page():
    c = one("4. Jacques Revel, « L’histoire au ras du sol », Annales ESC, 1989, 6, p. 1325.")
    r = c.record
    assert r["type"] == "article-journal"
    assert r["container-title"] == "Annales ESC"
    assert r["issued"] == {"date-parts": [[1989]]}
    assert r["issue"] == "6" and "volume" not in r
    assert c.locator == "1325"


def test_archive_siglum_box_file_page_is_still_a_document():
    assert parse_note("[9] Véase «Parte diario», AGMAv., 1221, 25, p. 15.") == []


def test_italian_journal_year_then_bare_issue_at_the_end():
    c = one("N. TRANFAGLIA, Dalla neutralità italiana alle origini del fascismo, in «Studi storici», 1969, 3.")
    r = c.record
    assert r["container-title"] == "Studi storici"
    assert r["issue"] == "3"
    assert r["issued"] == {"date-parts": [[1969]]}
    assert c.locator is None


def test_series_mark_between_journal_and_volume_is_not_the_journal():
    for text, volume in (("J. Thirsk, ‘The Farming Regions’, Economic History Review, 2nd ser., 12 (1959), 1–20.", "12"),
                         ("J. Thirsk, ‘The Farming Regions’, Economic History Review, n.s. 12 (1959), 1–20.", "12"),
                         ("J. Thirsk, ‘The Farming Regions’, Transactions of the Royal Historical Society, 5th series, "
                          "XII (1962), pp. 1–20.", "XII")):
        r = one(text).record
        assert r["type"] == "article-journal"
        assert r["container-title"] in ("Economic History Review", "Transactions of the Royal Historical Society")
        assert r["volume"] == volume


def test_series_mark_in_french_and_german():
    r = one("J. Dupont, « Les villes », Revue historique, nouvelle série, t. 12, 1959, p. 1-20.").record
    assert (r["container-title"], r["volume"]) == ("Revue historique", "12")
    r = one("H. Müller, Die Stadt, in: Historische Zeitschrift, N.F. 12 (1959), S. 1-20.").record
    assert (r["container-title"], r["volume"]) == ("Historische Zeitschrift", "12")


def test_french_issue_dated_by_two_months_keeps_them():
    c = one("9. Giovanni Levi, « Les usages de la biographie », Annales ESC, novembre-décembre 1989, no 6, p. 1325-1336.")
    r = c.record
    assert r["issue"] == "6"
    assert r["issued"] == {"date-parts": [[1989, 11], [1989, 12]]}


def test_english_issue_dated_by_two_months_gives_the_year():
    r = one("7 Foreign Affairs, 70:4 (July/August 1997), 142.").record
    assert r["issued"] == {"date-parts": [[1997]]}


def test_french_unlabelled_volume_then_months():
    c = one("1. Rolande Trempé, « Le réformisme des mineurs », Le Mouvement social, 65, octobre-décembre 1968, p. 93.")
    r = c.record
    assert (r["type"], r["container-title"], r["volume"]) == ("article-journal", "Le Mouvement social", "65")
    assert r["issued"] == {"date-parts": [[1968, 10], [1968, 12]]}
    assert c.locator == "93"


def test_season_then_volume_and_roman_issue():
    c = one("2. James Schlesinger, 'The Evolution of American Policy', International Security, Summer 1976, "
            "vol. I, no. I, pp. 46-7.")
    r = c.record
    assert (r["container-title"], r["volume"], r["issue"]) == ("International Security", "I", "I")
    assert r["issued"] == {"date-parts": [[1976]]}
    assert c.locator == "46–7"


def test_unlabelled_volume_and_issue_after_a_quoted_title():
    r = one("5. J. Smith, ‘The Town’, Journal of Modern History, 44, 4 (1972), pp. 480–539.").record
    assert (r["container-title"], r["volume"], r["issue"]) == ("Journal of Modern History", "44", "4")


def test_volume_dot_issue_before_the_year():
    r = one("5. J. Smith, “The Town.” Journal of Modern History 44.4 (1972): 480–539.").record
    assert (r["container-title"], r["volume"], r["issue"]) == ("Journal of Modern History", "44", "4")


def test_inverted_name_with_a_lower_case_particle():
    r = one("2 de Grazia, Margreta, ‘The modern divide: from either side’, Journal of Medieval and Early Modern "
            "Studies, 37 (2007), pp. 453–67.").record
    assert r["author"] == [{"family": "de Grazia", "given": "Margreta"}]
    assert r["title"] == "The modern divide: from either side"
    r = one("3 van der Wee, Herman, ‘The town’, Economic History Review, 37 (2007), pp. 453–67.").record
    assert r["author"] == [{"family": "van der Wee", "given": "Herman"}]


def test_journal_issue_number_with_its_month_in_parentheses_is_no_magazine():
    r = one("1. Conseil de direction, ‘Notre programme’, Le Monde slave, no. 1 (November 1924) p. 7.").record
    assert r["type"] == "article-journal"
    assert (r["container-title"], r["issue"]) == ("Le Monde slave", "1")


def test_roman_volume_dash_issues():
    r = one("13. Jean Dupont, « Les villes », Histoire & Mesure, XII-3/4, 1997, p. 1-20.").record
    assert (r["container-title"], r["volume"], r["issue"]) == ("Histoire & Mesure", "XII", "3/4")


def test_page_meant_in_parentheses_after_the_article_pages():
    c = one("24. J. L. Gaddis, ‘The Long Peace’, International Security, 10 (1986), 99–142 (p. 101).")
    assert (c.record["page"], c.locator) == ("99–142", "101")
    assert c.record["container-title"] == "International Security"


def test_issue_in_parentheses_before_the_year():
    r = one("20. J. L. Gaddis, 'The Long Peace', International Security 10 (4) (1986): 99-142.").record
    assert (r["container-title"], r["volume"], r["issue"]) == ("International Security", "10", "4")


def test_italian_series_before_the_volume():
    r = one("4 G. Rossi, La città, in «Studi medievali», s. III, 12 (1971), pp. 1-20.").record
    assert (r["container-title"], r["volume"]) == ("Studi medievali", "12")
    assert r["author"] == [{"family": "Rossi", "given": "G."}]


def test_western_journal_dated_in_russian_months():
    r = one("33 Цит. по: R. Debray, ‘Socialism: A Life-Cycle’, New Left Review, 46 (июль – август 2007 года).").record
    assert (r["container-title"], r["volume"]) == ("New Left Review", "46")
    assert r["issued"] == {"date-parts": [[2007]]}


def test_french_journal_number_and_month_is_no_magazine():
    r = one("6 J. Dupont, « Les villes », Le Débat, n° 30, mai 1984, p. 1-20.").record
    assert (r["type"], r["container-title"], r["issue"]) == ("article-journal", "Le Débat", "30")
    r = one("«Cómo interpretamos el veinticinco de junio», Haz, n.º 5, junio, 1943.").record
    assert r["type"] == "article-magazine"


def test_french_series_before_the_number():
    r = one("9 J. Dupont, « Les villes », Revue de synthèse, 4e série, n° 1, 1990, p. 1-20.").record
    assert (r["container-title"], r["issue"]) == ("Revue de synthèse", "1")


def test_volume_years_with_a_one_digit_end():
    r = one("5 Powicke, ‘The Chancery’, Bulletin of the Institute of Historical Research, xii (1934-5), 1-20.").record
    assert r["issued"] == {"date-parts": [[1934], [1935]]}


def test_british_series_before_a_lower_case_roman_volume():
    for text in ("4 Powicke, ‘The Chancery’, Trans. R. Hist. S., 4th ser., xii (1929), 1-20.",
                 "7 Powicke, ‘The Chancery’, History, N.S. xii (1927), 1-20."):
        r = one(text).record
        assert r["volume"] == "xii"
        assert r["container-title"] in ("Trans. R. Hist. S", "Trans. R. Hist. S.", "History")


def test_weeklies_known_by_name_are_magazines():
    r = one("4. Renate Rubinstein in Vrij Nederland 19 mei 1990.").record
    assert r["type"] == "article-magazine"
    r = one("9. Peter Bogdanovich, “What They Say About Stanley Kubrick,” NYTM, July 4, 1999.").record
    assert r["type"] == "article-magazine"


def test_question_title_closed_inside_its_quotes_stays_with_its_journal():
    r = one("6. John Smith, “Is Politics the Backbone of History?” Daedalus 100, no. 1 (Winter 1971): 1–19.").record
    assert (r["title"], r["container-title"], r["volume"], r["issue"]) == (
        "Is Politics the Backbone of History?", "Daedalus", "100", "1")


def test_volume_and_issue_labels_of_other_languages():
    r = one("1. J. García, «La ciudad», Revista de Indias, año XX, núm. 3, 1960, pp. 1-20.").record
    assert (r["container-title"], r["volume"], r["issue"]) == ("Revista de Indias", "XX", "3")
    r = one("3. J. García, «La ciudad», Hispania, n.º 78 (1960), pp. 1-20.").record
    assert (r["container-title"], r["issue"]) == ("Hispania", "78")
    r = one("7. H. Müller, Die Stadt, in: Merkur, Jg. 12, H. 3 (1964), S. 1–20.").record
    assert (r["container-title"], r["volume"], r["issue"]) == ("Merkur", "12", "3")
    r = one("12. J. Nowak, „Miasto”, „Kwartalnik Historyczny”, R. 71, 1964, nr 3, s. 1-20.").record
    assert (r["container-title"], r["volume"], r["issue"]) == ("Kwartalnik Historyczny", "71", "3")


def test_italian_roman_issue_span():
    r = one("8. G. Rossi, La città, in «Nuova rivista storica», XXX, 1946, fasc. I-II, pp. 1-20.").record
    assert (r["volume"], r["issue"]) == ("XXX", "I-II")


def test_short_form_volume_after_a_lower_case_word_is_no_rulers_numeral():
    c = one("9. Schaper, Een halve eeuw van strijd II, 121.")
    assert (c.record["title"], c.record["volume"], c.locator) == ("Een halve eeuw van strijd", "II", "121")
    assert "volume" not in one("9. Scarisbrick, The Life of Henry VIII, 121.").record


def test_newspaper_section_before_the_page():
    c = one("8 J. Smith, “The Town,” New York Times, March 12, 1990, sec. 4, p. 5.")
    r = c.record
    assert (r["type"], r["container-title"]) == ("article-newspaper", "New York Times")
    assert r["issued"] == {"date-parts": [[1990, 3, 12]]}
    assert c.locator == "5"


def test_italian_journal_volume_before_the_year_and_issue_after_it():
    r = one("5 G. Rossi, La città, in «Studi storici», XX, 1979, pp. 1-20.").record
    assert (r["container-title"], r["volume"]) == ("Studi storici", "XX") and "issue" not in r
    r = one("1 G. Rossi, La città, «Studi storici», a. XX (1979), n. 3, pp. 1-20.").record
    assert (r["container-title"], r["volume"], r["issue"]) == ("Studi storici", "XX", "3")
    assert r["author"] == [{"family": "Rossi", "given": "G."}]


def test_italian_journal_in_guillemets_without_in_is_no_publisher():
    c = one("8 G. Rossi, La città, «Il Mulino», 1990, 3, pp. 1-20.")
    r = c.record
    assert (r["type"], r["container-title"], r["issue"]) == ("article-journal", "Il Mulino", "3")
    assert "publisher" not in r


def test_spanish_and_portuguese_in_before_the_journal():
    r = one("1 J. García, «La ciudad», en Hispania, 20 (1960), pp. 1-20.").record
    assert (r["container-title"], r["volume"]) == ("Hispania", "20")
    r = one("1 J. Silva, «A cidade», em Ler História, 20 (1990), pp. 1-20.").record
    assert r["container-title"] == "Ler História"


def test_volume_of_two_years_written_short():
    r = one("2 John Smith, “The War,” Foreign Affairs 68, no. 1 (1988/89): 1–20.").record
    assert r["issued"] == {"date-parts": [[1988], [1989]]}


def test_quotation_on_a_page_inside_the_article_pages():
    c = one("7 John Smith, “The War,” Journal of Cold War Studies 1, no. 1 (Winter 1999): 3–55, quotation on 5.")
    assert (c.record["container-title"], c.record["page"], c.locator) == ("Journal of Cold War Studies", "3–55", "5")


def test_journal_volume_without_a_year_before_labelled_pages():
    c = one("6 J. Smith, ‘The Town’, Speculum, xii, pp. 1-20.")
    assert (c.record["container-title"], c.record["volume"], c.locator) == ("Speculum", "xii", "1–20")


def test_inverted_name_with_a_particle_after_words_of_prose():
    r = one("1 See also the stimulating discussion in de Grazia, Margreta, ‘The modern divide’, Journal of Medieval "
            "Studies, 37 (2007), pp. 453–67.").record
    assert r["author"] == [{"family": "de Grazia", "given": "Margreta"}]


def test_journal_volume_and_part():
    r = one("1 J. Smith, ‘The Town’, Journal of the Royal Asiatic Society, vol. 12, pt. 3 (1990), pp. 1-20.").record
    assert (r["container-title"], r["volume"], r["part-number"]) == ("Journal of the Royal Asiatic Society", "12", "3")


def test_french_dans_la_before_the_journal():
    r = one("1 J. Dupont, « Les villes », dans la Revue historique, t. 240, 1968, p. 1-20.").record
    assert (r["type"], r["container-title"], r["volume"]) == ("article-journal", "Revue historique", "240")


def test_inverted_initials_then_a_quoted_title_closed_by_a_full_stop():
    for text in ("9 Hill, C. ‘The Norman yoke’. Past and Present 5 (1954), 11–66.",
                 "9 Hill, C. “The Norman Yoke.” Past and Present 5 (1954): 11–66."):
        r = one(text).record
        assert r["author"] == [{"family": "Hill", "given": "C."}]
        assert (r["container-title"], r["volume"]) == ("Past and Present", "5")


def test_quotation_inside_a_sentence_is_not_the_article_title_before_a_journal():
    cites = parse_note("9See Badash, “Completeness.” That these symptoms pervaded society can be seen from a prediction at "
                       "the time that “the automobile has practically reached the limit of its development is suggested "
                       "by the fact that during the past year no improvements of a radical nature have been introduced.” "
                       "Scientific American 100/1(January 1909), 6.")
    journal = [c for c in cites if c.record.get("container-title") == "Scientific American"
               or c.record.get("title") == "Scientific American"]
    assert journal and "automobile" not in journal[0].record.get("title", "")


def test_volume_label_after_the_journal_is_not_the_journal_with_an_inverted_name():
    r = one("2. Cf. Febvre, Lucien, « De 1892 à 1932 : examen de conscience d'une histoire et d'un historien », "
            "Revue de Synthèse, t. VII, 1934, p. 93–107.").record
    assert r["container-title"] == "Revue de Synthèse" and r["volume"] == "VII"
    assert r["author"] == [{"family": "Febvre", "given": "Lucien"}]
