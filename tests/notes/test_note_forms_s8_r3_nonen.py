"""Non-English note shapes of older scholarship: Italian chronicles cited by book and chapter, works set apart
by dashes, Portuguese titles with a bare imprint, French hereafter names and journal issues, German page-keyed
notes with the words noted in guillemets."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_chronicle_by_book_chapter_and_page_without_a_comma_after_the_name():
    c = one("[83.] Gio. Villani l. VIII, c. 38, p. 369.")
    assert c.record == {"author": [{"family": "Villani", "given": "Gio."}]}
    assert (c.locator, c.label) == ("369", "page")


def test_chronicle_by_book_and_chapter_gives_no_locator():
    c = one("[181.] Gio. Villani l. X, c. 113 e 114.")
    assert c.record == {"author": [{"family": "Villani", "given": "Gio."}]}
    assert c.locator is None


def test_chronicles_set_apart_by_a_dash_after_book_and_rubric():
    cites = parse_note("[92]. Villani, lib. VIII, cap. 8. — March. Stefani, lib. III, rub. 204.")
    assert [c.record["author"] for c in cites] == [[{"family": "Villani"}],
                                                  [{"family": "Stefani", "given": "March."}]]
    assert all(c.locator is None for c in cites)


def test_chronicle_by_book_after_a_title_and_a_year_of_the_annals():
    r = one("[94]. Ammirato, Storie, lib. IV, ann. 1295.").record
    assert r == {"author": [{"family": "Ammirato"}], "title": "Storie"}


def test_chronicle_named_with_its_writer_after_di():
    cites = parse_note("[160.] Cronica Sanese di Neri di Donato, t. XV, p. 251. — Georg. Stellæ An. Genuens., "
                       "t. XVII, p. 1106.")
    r = cites[0].record
    assert r["title"] == "Cronica Sanese"
    assert r["author"] == [{"literal": "Neri di Donato"}]
    assert r["volume"] == "XV" and cites[0].locator == "251"


def test_chronicle_with_its_writer_and_book():
    c = parse_note("[85.] Cronaca di Dino Compagni, l. I, p. 480, t. IX. — I Cerchi, scrive Dante, erano usciti "
                   "dal Pivier d'Acone, e per conseguenza originariamente contadini. Parad. C. XVI. v. 65.")[0]
    assert c.record["title"] == "Cronaca"
    assert c.record["author"] == [{"family": "Compagni", "given": "Dino"}]
    assert (c.record["volume"], c.locator) == ("IX", "480")


def test_volume_after_a_title_without_a_comma():
    c = one("[81.] Istorie Pistoiesi anonime t. I, p. 374.")
    assert c.record["volume"] == "I" and c.locator == "374"


def test_set_of_sources_by_abbreviated_title_volume_and_page():
    c = one("[168]. Rer. It. Scrip., XV. 684.")
    assert c.record == {"title": "Rer. It. Scrip.", "volume": "XV"}
    assert (c.locator, c.label) == ("684", "page")


def test_letter_number_before_the_page_is_not_in_the_title():
    c = one("[53]. Epistolae de rebus famil. et variae, vol. III, ep. 48, pag. 422-32. Questa epistola è indirizzata "
            "a Cola di Rienzo ed al popolo romano.")
    assert c.record["title"] == "Epistolae de rebus famil. et variae"
    assert c.record["volume"] == "III"


def test_italian_cue_trovasi_nella_leads_to_the_work():
    c = parse_note("[158.] Questa lettera, che alla forza de' pensieri unisce il merito della più bella dizione latina, "
                   "fu scritta da Coluccio Salutati, allora cancelliere della repubblica, e prima segretario d'Urbano "
                   "V, e di Gregorio XI. Ella trovasi nella Storia dei Senatori di Roma, t. II, p. 327; ed in Rigacci, "
                   "p. I, ep. 17, p. 58.")[0]
    assert c.record["title"] == "Storia dei Senatori di Roma"
    assert (c.record["volume"], c.locator) == ("II", "327")


def test_portuguese_title_then_a_sentence_of_town_and_year():
    r = one("[9] Relação do assassinio intentado por Castella contra a Magestade d'el-rei D. João IV, nosso Senhor "
            "e impedido miraculosamente. Lisboa 1647.").record
    assert r["type"] == "book" and "author" not in r
    assert r["title"].endswith("nosso Senhor e impedido miraculosamente")
    assert (r["publisher-place"], r["issued"]) == ("Lisboa", {"date-parts": [[1647]]})


def test_french_hereafter_name_is_not_in_the_title():
    c = one("4 L. Kołakowski, Chrétiens sans Église (désormais cité Chrétiens...), p. 719-787.")
    assert c.record["title"] == "Chrétiens sans Église"


def test_french_chapter_span_then_the_page_cited():
    c = one("2 Michel Offerlé, « “À Monsieur Schneider”. Quand les ouvriers demandent à leur patron de se présenter "
            "à la députation (janvier 1902) », dans P. Favre, O. Fillieule et F. Jobard (dir.), L’atelier du "
            "politiste. Théories, actions, représentations, Paris, La Découverte, 2007, p. 163-188, cit. p. 163-164.")
    assert c.record["page"] == "163–188"
    assert c.locator == "163–164"


def test_french_review_in_a_journal_issue_by_year_and_number():
    c = one("page 544 note 1. Je me suis laissé dire (je tiens à préciser que la confidence n'émane pas des auteurs) "
            "que l'annonce même de la parution d'une Histoire de la franc-maçonnerie dans la Mayenne, avait fort "
            "inquiété !… Sur cet ouvrage remarquable, voir notre compte rendu, Annales, 1953, n°2, p. 241.")
    r = c.record
    assert r["type"] == "article-journal"
    assert (r["container-title"], r["issue"]) == ("Annales", "2")
    assert r["issued"] == {"date-parts": [[1953]]}
    assert c.locator == "241"


def test_german_page_keyed_note_with_the_words_noted_in_guillemets():
    cites = parse_note("1 »Natürlich waren die« Mendelssohn: Zeitungsstadt Berlin, S. 312; zur Berliner Kultur vgl. "
                       "Large: Berlin, S. 202 – 215; »Pracht, wie Paris« u. »Sie tragen« Baker zit. n. ebd., S. 204; "
                       "»Um so viel feindlichere« zit. n. ebd., S. 217; »Berlin, das ist« Mann zit. n. Glatzer: Berlin "
                       "zur Weimarer Zeit, S. 308.")
    works = [c for c in cites if not c.ibid]
    assert [(c.record["author"], c.record["title"], c.locator) for c in works] == [
        ([{"family": "Mendelssohn"}], "Zeitungsstadt Berlin", "312"),
        ([{"family": "Large"}], "Berlin", "202–215"),
        ([{"family": "Glatzer"}], "Berlin zur Weimarer Zeit", "308"),
    ]


def test_german_speaker_in_the_authors_book():
    c = parse_note("4 »Berlin war: die Spannung« u. »Im Berliner Sud« Isherwood zit. n. Large: Berlin, S. 222 u. S. "
                   "220; »Berlin ist eine merkwürdige« Siedler in Glatzer: Berlin zur Weimarer Zeit, S. 11.")[-1]
    assert c.record == {"author": [{"family": "Glatzer"}], "title": "Berlin zur Weimarer Zeit"}
    assert c.locator == "11"


def test_letters_cited_by_book_and_letter_then_prose():
    c = one("[54]. Lettere Familiari, lib. VII, ep. 13. Il Fracassetti ritiene che questa lettera sia stata scritta "
            "nel 1348.")
    assert c.record == {"title": "Lettere Familiari"}
    assert c.locator is None


def test_older_dutch_short_forms_by_surname_title_volume_and_page():
    cites = parse_note("(*) Capelle Geclenkf. I. bl. 533. Aitzema , I D. bl. 860. 868. Van den Sande , X. B. bl. "
                       "146. IIoofts Brieven . bl. 149. Ment. de Fre'd, Henry , p. 93-95. Wagsnaar Amfl. IV. St. "
                       "bl. 439.")
    assert cites[0].record == {"author": [{"family": "Capelle"}], "title": "Geclenkf", "volume": "I"}
    assert cites[0].locator == "533"
    assert cites[-1].record == {"author": [{"family": "Wagsnaar"}], "title": "Amfl", "volume": "IV"}
    assert (cites[-1].locator, cites[-1].label) == ("439", "page")


def test_book_format_ends_a_citation_in_a_dashed_list():
    cites = parse_note("[79.] Istorie Pistojesi dall'anno 1300 al 1348 anonime t. XI, Scr. Rer. Ital. p. 367. — "
                       "Fioravanti Memorie Storiche di Pistoja, c. 17. p. 248. — Istoria di Pistoja e delle fazioni "
                       "d'Italia di Michel Angelo Salvi t. I, Pistoja 1627. 3 vol. in 4.º — Jannotii Manetti Hist. "
                       "Pist. l. I, t. XIX, p. 1013. — Gio. Villani l. VIII, c. 3. p. 368. — Machiav. Stor. Fior. "
                       "l. II, p. 118.")
    assert cites[-2].record == {"author": [{"family": "Villani", "given": "Gio."}]}
    assert cites[-1].record["title"] == "Stor. Fior."
    assert cites[-1].locator == "118"
