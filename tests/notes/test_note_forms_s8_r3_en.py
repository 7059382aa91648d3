"""English note shapes of ancient-history, history-of-science and Anglo-Saxon notes: classical texts by book and
line, articles cited by journal and year after 'in', short titles with their year."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_ancient_text_by_book_and_line_in_arabic_figures_has_no_page():
    c = one("5. Josephus, Jewish War 2.385.")
    assert c.record["author"] == [{"family": "Josephus"}]
    assert c.record["title"] == "Jewish War"
    assert c.locator is None


def test_date_in_figures_after_a_month_is_not_a_book_and_line():
    c = one("[572] Kosák Dezső, in: Franc Tireur, Paris, 1956. december 18.")
    assert c.record["issued"] == {"date-parts": [[1956, 12, 18]]}


def test_article_named_by_journal_and_year_after_in():
    c = one("2. S. Mitchell, in Journal of Roman Studies (1990), 184–5, translating lines 40 ff. of C. Julius "
            "Demosthenes’ inscription at Oenoanda (AD 124).")
    r = c.record
    assert r["type"] == "article-journal"
    assert r["author"] == [{"family": "Mitchell", "given": "S."}]
    assert r["container-title"] == "Journal of Roman Studies"
    assert r["issued"] == {"date-parts": [[1990]]}
    assert (c.locator, c.label) == ("184–5", "page")


def test_journal_named_by_a_list_closed_by_and_keeps_its_commas():
    r = one("13. Naphtali Lewis, in Greek, Roman and Byzantine Studies (1991), 267–80, with the history of the "
            "scholarly debate over authenticity.").record
    assert r["author"] == [{"family": "Lewis", "given": "Naphtali"}]
    assert r["container-title"] == "Greek, Roman and Byzantine Studies"


def test_short_title_with_its_year_between_commas_is_a_short_form():
    c = one("13 Campbell, Anglo-Saxon State, 2000, p. 74.")
    assert c.record == {"author": [{"family": "Campbell"}], "title": "Anglo-Saxon State",
                        "issued": {"date-parts": [[2000]]}}
    assert c.locator == "74"


def test_edited_short_title_with_its_year_between_commas_is_a_short_form():
    r = one("3 Bassett, ed., Origins of the Anglo-Saxon Kingdoms, 1989, p. 170.").record
    assert r["editor"] == [{"family": "Bassett"}]
    assert "type" not in r


def test_lone_imprint_named_for_its_founder_is_a_publisher_not_a_town():
    r = one("1. Keith Devlin, The Language of Mathematics: Making the Invisible Visible (W. H. Freeman, 2000), 20.").record
    assert r["publisher"] == "W. H. Freeman"
    assert "publisher-place" not in r


def test_page_before_the_imprint_is_the_locator_not_part_of_the_title():
    c = one("5. John W. Blake, European Beginnings in West Africa, 1454-1578, p. 23, London, Long-\nman, 1937.")
    assert c.record["title"] == "European Beginnings in West Africa, 1454-1578"
    assert (c.record["publisher-place"], c.record["issued"]) == ("London", {"date-parts": [[1937]]})
    assert (c.locator, c.label) == ("23", "page")


def test_pages_before_the_volume_and_imprint_of_an_edited_book():
    c = one("10. P. D. Curtin, 'The Slave Trade and the Atlantic Basin: Intercontinental Perspectives',\nin N. I. "
            "Huggins, M. Kilson and D. M. Fox (eds.), Key Issues in the Afro-American\nExperience, p. 39-53, Vol. I, "
            "New York, 1971.")
    assert c.record["container-title"] == "Key Issues in the Afro-American Experience"
    assert c.locator == "39–53"


def test_key_phrase_in_lower_case_before_the_colon_of_a_page_keyed_endnote():
    c = one("a “miracle of youth”: Jardine, On a Grander Scale, p. 236, quoting John Evelyn.")
    assert c.record == {"author": [{"family": "Jardine"}], "title": "On a Grander Scale"}
    assert c.locator == "236"
    r = one("xv “a sooty Crust or Furr”: Barbara Freese, CoalA Human History (New York: Penguin, 2004), p. 35, "
            "quoting John Evelyn.").record
    assert r["author"] == [{"family": "Freese", "given": "Barbara"}]
    assert r["title"] == "CoalA Human History"


def test_sentence_about_the_author_after_the_title_is_not_part_of_it():
    r = one("skeletally thin Robert Boyle: Steven Shapin, A Social History of Truth. Shapin devotes a fascinating "
            "chapter to the riddle of “Who Was Robert Boyle?”").record
    assert r["author"] == [{"family": "Shapin", "given": "Steven"}]
    assert r["title"] == "A Social History of Truth"


def test_ancient_author_by_one_name_then_work_and_line():
    c = one("10. Sophocles, Antigone 821.")
    assert c.record == {"author": [{"family": "Sophocles"}], "title": "Antigone"}
    assert c.locator is None
    assert one("4. Plutarch, Greek Questions 11.").record["title"] == "Greek Questions"


def test_title_opening_on_an_article_before_a_colon_is_no_given_name():
    r = one("6. Plato, The Republic: The Complete and Unabridged Jowett Translation (Vintage, 1991), 265, 279, 281.").record
    assert r["author"] == [{"family": "Plato"}]
    assert r["title"] == "The Republic: The Complete and Unabridged Jowett Translation"
    assert r["type"] == "book"


def test_emperor_named_by_his_reign_is_one_literal_name():
    r = one("1. Hongwu Emperor, “Dismissal of Excessive Local Staff Because of Their Crimes,”\ntrans. Lily Hwa, in "
            "Chinese Civilization: A Sourcebook, 2nd ed., ed. Patricia Ebrey\n(New York: Free Press, 1993), 207.").record
    assert r["author"] == [{"literal": "Hongwu Emperor"}]
    assert r["container-title"] == "Chinese Civilization: A Sourcebook"


def test_title_in_straight_single_quotes_reads_as_in_curly_ones():
    c = one("3. Gemery, 'Technological Change and Slavery', 45.")
    assert c.record["title"] == "Technological Change and Slavery"
    assert c.locator == "45"
    r = one("3. Gemery and Hogendorn, 'Technological Change, Slavery, and the Slave Trade'.").record
    assert r == {"author": [{"family": "Gemery"}, {"family": "Hogendorn"}],
                 "title": "Technological Change, Slavery, and the Slave Trade"}


def test_quotation_after_the_pages_and_a_lecture_by_its_year():
    c = one("9. R. Syme, Fictional History Old and New: Hadrian (1986, lecture), 20–21: ‘the notion that Hadrian, if "
            "anything, was an Epicurean may engender disquiet or annoyance.’ So far, it has not.")
    r = c.record
    assert r["author"] == [{"family": "Syme", "given": "R."}]
    assert r["title"] == "Fictional History Old and New: Hadrian"
    assert r["issued"] == {"date-parts": [[1986]]}
    assert c.locator == "20–21"


def test_chapter_in_a_book_cited_short_by_surname_title_and_year():
    c = one("7 Wormald, ‘The Age of Offa and Alcuin’, in Campbell, The Anglo-Saxons, 1991, p. 128.")
    assert c.record == {"author": [{"family": "Wormald"}], "title": "The Age of Offa and Alcuin",
                        "issued": {"date-parts": [[1991]]}, "container-title": "The Anglo-Saxons",
                        "container-author": [{"family": "Campbell"}]}
    assert c.locator == "128"


def test_line_end_hyphen_read_by_ocr_as_a_bullet_joins_the_word():
    r = one("5. Glen Burgess, The Politics of the Ancient Constitution (Bas• ingstoke, 1992).").record
    assert r["publisher-place"] == "Basingstoke"


def test_same_authors_in_the_same_journal_another_year():
    cites = parse_note("1. L. Godart, A. Sacconi, in Comptes Rendus de L’Académie des Inscriptions et Belles Lettres "
                       "(1998), 889–906, and (2001), 527–46.")
    assert [c.record["issued"] for c in cites] == [{"date-parts": [[1998]]}, {"date-parts": [[2001]]}]
    assert [c.locator for c in cites] == ["889–906", "527–46"]
    for c in cites:
        assert c.record["type"] == "article-journal"
        assert c.record["author"] == [{"family": "Godart", "given": "L."}, {"family": "Sacconi", "given": "A."}]
        assert c.record["container-title"] == "Comptes Rendus de L’Académie des Inscriptions et Belles Lettres"


def test_two_works_of_one_ancient_author_by_book_and_line():
    cites = parse_note("3. Homer, Iliad 6.528 and Odyssey 17.323.")
    assert [c.record for c in cites] == [{"author": [{"family": "Homer"}], "title": "Iliad"},
                                         {"author": [{"family": "Homer"}], "title": "Odyssey"}]


def test_ancient_author_alone_by_book_chapter_and_section():
    c = one("1. Aulus Gellius, 19.8.5.")
    assert c.record == {"author": [{"literal": "Aulus Gellius"}]}
    assert c.locator is None


def test_quoted_and_translated_in_opens_the_book_quoting_the_work():
    cites = parse_note("4. Wang Yangming, “A Record for Practice” (Chuanxilu), quoted and translated\nin Philip J. "
                       "Ivanhoe, Readings from the Lu-Wang School of Neo-Confucianism\n(Indianapolis: Hackett "
                       "Publishing, 2009), 142.")
    assert [c.record["title"] for c in cites] == ["A Record for Practice",
                                                  "Readings from the Lu-Wang School of Neo-Confucianism"]
    assert cites[1].record["author"] == [{"family": "Ivanhoe", "given": "Philip J."}]
    assert cites[1].locator == "142"
