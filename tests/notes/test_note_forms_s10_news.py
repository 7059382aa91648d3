"""Newspapers, magazines, periodicals, bulletins, reports and web pages in notes: the shapes they take
in every language of the set (a paper by title and date, an article by its headline, an issue by number)."""

from citekit.readers.notes import parse_note


def kinds(text):
    return [(c.record.get("type"), c.record.get("container-title")) for c in parse_note(text) if not c.ibid]


def test_a_paper_named_for_its_city_after_a_short_form_is_not_the_imprint_of_the_book():
    cites = parse_note("4. Gaddis, We Now Know, 45; Washington Post, 12 June 1963.")
    assert [c.record.get("title") for c in cites] == ["We Now Know", None]
    r = cites[1].record
    assert (r["type"], r["container-title"]) == ("article-newspaper", "Washington Post")
    assert r["issued"] == {"date-parts": [[1963, 6, 12]]}
    assert kinds("12. Ibid., 45; Boston Globe, June 12, 1963, 3.") == [("article-newspaper", "Boston Globe")]


def test_a_magazine_issue_by_volume_and_number_dated_day_first():
    c = parse_note("5. Newsweek, vol. 60, no. 17 (22 October 1962): 33.")[0]
    r = c.record
    assert (r["type"], r["title"], r["volume"], r["issue"]) == ("periodical", "Newsweek", "60", "17")
    assert r["issued"] == {"date-parts": [[1962, 10, 22]]}
    assert c.locator == "33"


def test_a_paper_whose_name_is_printed_in_sentence_case():
    assert kinds("7. Literaturnaia gazeta, 12 May 1962.") == [("article-newspaper", "Literaturnaia gazeta")]
    assert kinds("7. Rudé právo, 21. srpna 1968.") == [("article-newspaper", "Rudé právo")]
    assert kinds("7. Corriere della sera, 5 novembre 1956.") == [("article-newspaper", "Corriere della sera")]
    c = parse_note("7. Krasnaia zvezda, 5 March 1953, p. 2.")[0]
    assert c.record["issued"] == {"date-parts": [[1953, 3, 5]]} and c.locator == "2"
    assert kinds("7. Sel'skaia zhizn', 3 April 1960.") == [("article-newspaper", "Sel'skaia zhizn'")]


def test_a_document_described_in_sentence_case_is_no_paper():
    assert kinds("8. Kennedy tapes, 16 October 1962.") == []
    assert kinds("8. Kennedy to Khrushchev, 26 October 1962.") == []


def test_a_russian_paper_by_day_month_and_year_or_with_commas():
    assert kinds("6. Известия. 23 октября 1962 г.") == [("article-newspaper", "Известия")]
    r = parse_note("6. Правда, 1953, 5 марта.")[0].record
    assert (r["container-title"], r["issued"]) == ("Правда", {"date-parts": [[1953, 3, 5]]})


def test_more_issues_of_the_paper_just_cited_by_their_days_alone():
    cites = parse_note("10. Pravda, 3 March 1953, 1; 5 March 1953, 2.")
    assert [(c.record["container-title"], c.record["issued"]["date-parts"][0], c.locator) for c in cites] == [
        ("Pravda", [1953, 3, 3], "1"), ("Pravda", [1953, 3, 5], "2")]
    cites = parse_note("9. Правда. 1991. 25 февр. С. 1; 1 марта. С. 1–2.")
    assert [(c.record["container-title"], c.record["issued"]["date-parts"][0], c.locator) for c in cites] == [
        ("Правда", [1991, 2, 25], "1"), ("Правда", [1991, 3, 1], "1–2")]


def test_two_days_of_one_paper_give_two_issues():
    cites = parse_note("10. New York Times, 23 and 24 October 1962.")
    assert [c.record["issued"]["date-parts"][0] for c in cites] == [[1962, 10, 23], [1962, 10, 24]]
    cites = parse_note("9. Washington Post, October 23 and 24, 1962, A1.")
    assert [(c.record["container-title"], c.locator) for c in cites] == [("Washington Post", "A1")] * 2
    assert len(parse_note("9. Neues Deutschland, 14. und 15. August 1961.")) == 2


def test_a_web_page_s_access_date_and_link_words_in_other_languages_are_no_part_of_it():
    r = parse_note("11. Хрущев Н.С. Воспоминания. URL: http://www.hrono.ru/libris/lib_h/hrush00.php "
                   "(дата обращения: 12.03.2015).")[0].record
    assert (r["type"], r["title"], r["URL"]) == ("webpage", "Воспоминания", "http://www.hrono.ru/libris/lib_h/hrush00.php")
    assert r["author"] == [{"family": "Хрущев", "given": "Н.С."}]
    r = parse_note("11. Fidel Castro, «Discurso», Granma, 24 de octubre de 1962, disponible en: "
                   "http://www.cuba.cu/gobierno/discursos/ (consultado el 5 de mayo de 2014).")[0].record
    assert (r["title"], r["container-title"], r["issued"]) == ("Discurso", "Granma", {"date-parts": [[1962, 10, 24]]})
    assert "publisher" not in r
    for note in ("11. Available at: https://digitalarchive.wilsoncenter.org/document/115089 [accessed 10 January 2018].",
                 "11. Vedi http://www.treccani.it/enciclopedia/ (consultato il 5 maggio 2016).",
                 "11. Zob. http://www.ipn.gov.pl/ [dostęp 1 marca 2007]."):
        assert set(parse_note(note)[0].record) == {"type", "URL"}, note


def test_a_title_ending_on_revisited_is_no_access_date():
    r = parse_note("Mark Kramer, « “Peaceful Coexistence” Revisited », Slavic Review, vol. 12, n° 3, 1990, p. 45-67.")[0].record
    assert r["title"] == "“Peaceful Coexistence” Revisited"


def test_a_magazine_by_its_number_and_year_then_a_page():
    c = parse_note("12. Der Spiegel, Nr. 44, 1962, S. 36.")[0]
    r = c.record
    assert (r["type"], r["title"], r["issue"], r["issued"]) == ("periodical", "Der Spiegel", "44", {"date-parts": [[1962]]})
    assert c.locator == "36"
    r = parse_note("12. Polityka, nr 12, 1981, s. 3.")[0].record
    assert (r["type"], r["title"], r["issue"]) == ("periodical", "Polityka", "12")
    r = parse_note("12. Les Temps modernes, n° 129-131, novembre 1956.")[0].record
    assert (r["type"], r["title"], r["issue"]) == ("periodical", "Les Temps modernes", "129–131")
    assert r["issued"] == {"date-parts": [[1956, 11]]}


def test_a_paper_dated_with_spaced_dots_or_a_double_issue_or_an_abbreviated_month():
    r = parse_note("13. Rudé právo, 22. 8. 1968, s. 1.")[0].record
    assert (r["container-title"], r["issued"]) == ("Rudé právo", {"date-parts": [[1968, 8, 22]]})
    r = parse_note("13. Süddeutsche Zeitung, 12./13. August 1961.")[0].record
    assert (r["container-title"], r["issued"]) == ("Süddeutsche Zeitung", {"date-parts": [[1961, 8, 12]]})
    c = parse_note("14. Miami Herald, 23 Oct. 1962, 1A.")[0]
    assert (c.record["container-title"], c.record["issued"], c.locator) == (
        "Miami Herald", {"date-parts": [[1962, 10, 23]]}, "1A")


def test_an_article_cited_by_its_writer_and_paper_only():
    r = parse_note("14. James Reston, New York Times, October 24, 1962, p. 1.")[0].record
    assert (r["type"], r["container-title"]) == ("article-newspaper", "New York Times")
    assert r["author"] == [{"family": "Reston", "given": "James"}] and "title" not in r
    r = parse_note("14. Hanson W. Baldwin in the New York Times, 29 October 1962.")[0].record
    assert (r["container-title"], r["author"]) == ("New York Times", [{"family": "Baldwin", "given": "Hanson W."}])
    r = parse_note("14. Walter Lippmann, Newsweek, 5 November 1962.")[0].record
    assert (r["type"], r["container-title"]) == ("article-magazine", "Newsweek")


def test_a_paper_s_section_or_edition_before_its_page_is_no_part_of_the_citation():
    for note in ("14. New York Times, 23 October 1962, late city edition, 1.", "14. New York Times, 23 October 1962, sec. 1, 1."):
        c = parse_note(note)[0]
        assert (c.record["type"], c.record["container-title"], c.locator) == ("article-newspaper", "New York Times", "1")


def test_a_report_by_a_body_whose_name_has_no_word_of_an_office():
    for note, body in (("15. Amnesty International, Cuba: Political Prisoners (London: Amnesty International, 1986).",
                        "Amnesty International"),
                       ("15. Statistisches Bundesamt, Statistisches Jahrbuch für die Bundesrepublik Deutschland 1962 "
                        "(Stuttgart, 1962), S. 12.", "Statistisches Bundesamt")):
        r = parse_note(note)[0].record
        assert (r["type"], r["author"]) == ("report", [{"literal": body}]), note


def test_a_bulletin_with_a_long_name_by_its_number_and_month():
    r = parse_note("15. Bulletin de l'Institut d'histoire du temps présent, n° 12, juin 1988.")[0].record
    assert (r["type"], r["title"], r["issue"]) == ("periodical", "Bulletin de l'Institut d'histoire du temps présent", "12")
    assert r["issued"] == {"date-parts": [[1988, 6]]}


def test_a_paper_s_issue_joined_by_and_after_a_page():
    cites = parse_note("16. Gaddis, We Now Know, 45, and Washington Post, 12 June 1963.")
    assert [c.record.get("container-title") for c in cites] == [None, "Washington Post"]
    assert cites[0].record["title"] == "We Now Know" and cites[0].locator == "45"
    assert kinds("16. Ibid., p. 12, et Le Monde, 5 novembre 1956.") == [("article-newspaper", "Le Monde")]


def test_an_editorial_is_the_paper_s_own_untitled_article():
    for note, paper in (("17. Editorial, New York Times, 29 October 1962.", "New York Times"),
                        ("17. New York Times editorial, 29 October 1962.", "New York Times"),
                        ("17. Éditorial, Le Monde, 6 novembre 1956.", "Le Monde"),
                        ("17. Leitartikel, Die Zeit, 18. August 1961.", "Die Zeit")):
        r = parse_note(note)[0].record
        assert (r["type"], r["container-title"]) == ("article-newspaper", paper) and "title" not in r, note
    r = parse_note("17. Передовая статья // Правда. 1956. 4 нояб.")[0].record
    assert (r["container-title"], r["issued"]) == ("Правда", {"date-parts": [[1956, 11, 4]]})


def test_a_magazine_by_an_english_month():
    r = parse_note("17. Encounter, November 1962.")[0].record
    assert (r["type"], r["title"], r["issued"]) == ("periodical", "Encounter", {"date-parts": [[1962, 11]]})
    c = parse_note("17. Commentary, March 1963, 45.")[0]
    assert (c.record["title"], c.locator) == ("Commentary", "45")
    assert kinds("17. The Reporter, 8 November 1962, 21.")[0][1] == "The Reporter"


def test_a_quarterly_by_its_season():
    c = parse_note("17. Dissent, Winter 1962, 12.")[0]
    assert (c.record["type"], c.record["title"], c.record["issued"], c.locator) == (
        "periodical", "Dissent", {"date-parts": [[1962]]}, "12")
    assert parse_note("17. Partisan Review, Spring 1957.")[0].record["title"] == "Partisan Review"


def test_spanish_and_italian_magazine_issues_by_number_and_month():
    r = parse_note("18. Cuba Socialista, n.º 5, enero de 1962.")[0].record
    assert (r["type"], r["title"], r["issue"], r["issued"]) == ("periodical", "Cuba Socialista", "5", {"date-parts": [[1962, 1]]})
    r = parse_note("18. Cuadernos para el Diálogo, núm. 12, marzo de 1966.")[0].record
    assert (r["title"], r["issue"]) == ("Cuadernos para el Diálogo", "12")
    c = parse_note("18. Rinascita, a. XIII, n. 11, novembre 1956, p. 5.")[0]
    assert (c.record["title"], c.record["volume"], c.record["issue"], c.locator) == ("Rinascita", "XIII", "11", "5")
    r = parse_note("18. Triunfo, n.º 480, 20 de septiembre de 1971.")[0].record
    assert (r["container-title"], r["issue"], r["issued"]) == ("Triunfo", "480", {"date-parts": [[1971, 9, 20]]})


def test_a_paper_dated_with_dashes():
    c = parse_note("18. Het Parool, 5-11-1956, p. 3.")[0]
    assert (c.record["container-title"], c.record["issued"], c.locator) == ("Het Parool", {"date-parts": [[1956, 11, 5]]}, "3")


def test_a_paper_s_issue_before_quoted_in_is_a_work_and_lead_words_before_a_paper_are_dropped():
    cites = parse_note("19. Taubman, Khrushchev, 532–33; Pravda, 3 March 1953, quoted in Gaddis, We Now Know, 45.")
    assert [c.record.get("container-title") or c.record.get("title") for c in cites] == ["Khrushchev", "Pravda", "We Now Know"]
    for note, paper in (("19. Reported in Pravda, 3 March 1953.", "Pravda"),
                        ("19. As reported in the New York Times, 23 October 1962.", "New York Times"),
                        ("19. Text in New York Times, 23 October 1962, 18.", "New York Times")):
        r = parse_note(note)[0].record
        assert (r["container-title"], r.get("title")) == (paper, None), note
    cites = parse_note("19. Text in Pravda, 3 March 1953; English translation in Current Digest of the Soviet Press 5, "
                       "no. 8 (1953): 3.")
    assert cites[1].record["container-title"] == "Current Digest of the Soviet Press"
