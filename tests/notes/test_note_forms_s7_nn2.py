"""Non-English note shapes, second pass: OCRed pages (years read with letters, 'I)' for the note's '1)',
'pago' for 'pag.'), and other forms."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_a_year_ocr_read_with_letters_is_read_as_a_year_but_gives_no_date():
    cites = parse_note("A. ROSSI, Le monete di Napoli, Milano Ig0g, I, tav. 3; B. BIANCHI, Storia della zecca, Torino Ig27.")
    assert [c.record.get("publisher-place") for c in cites] == ["Milano", "Torino"]
    assert [c.record.get("title") for c in cites] == ["Le monete di Napoli", "Storia della zecca"]
    assert "issued" not in cites[0].record and "issued" not in cites[1].record
    assert "Ig0g" in cites[0].raw


def test_a_journal_year_ocr_read_with_letters_and_pago_for_pag():
    c = one("C. VERDI, Una zecca sveva, in Rivista italiana di numismatica, XV (I8g4), pago 401-40.")
    assert c.record["volume"] == "XV" and "issued" not in c.record
    assert c.locator == "401–40" and c.label == "page"


def test_the_note_number_ocr_read_as_a_capital_i():
    c = one("I) F. MEYER, Zur Geschichte der Kanzlei, Muenster 1885.")
    assert c.record["author"] == [{"family": "Meyer", "given": "F."}]
    assert c.record["issued"] == {"date-parts": [[1885]]}


def test_a_french_university_town_before_its_publisher():
    c = one("Jean Dupont, Histoire de la ville, Nanterre, Publidix, 1990, p. 3.")
    assert c.record["publisher-place"] == "Nanterre" and c.record["publisher"] == "Publidix"
    assert c.record["title"] == "Histoire de la ville"


def test_a_spanish_american_capital_alone_before_the_year():
    c = one("Rhea Marsh Smith, The Day of the Liberals in Spain, Bogotá, 1938, p. 90.")
    assert c.record["publisher-place"] == "Bogotá" and "publisher" not in c.record


def test_an_editor_role_ocr_read_with_j_and_a_page_range_with_a_stray_space():
    c = one("1 I. Dupuis, «Le chant», dans M. Sot (dirj, Culture et société, Nanterre, Publidix, 1990, p. 3 23-341.")
    assert c.record["type"] == "chapter" and c.record["editor"] == [{"family": "Sot", "given": "M."}]
    assert c.record["container-title"] == "Culture et société"
    assert c.record["publisher-place"] == "Nanterre" and c.record["issued"] == {"date-parts": [[1990]]}
    assert c.locator == "3 23–341" and c.label == "page"


def test_two_authors_by_initials_whose_conjunction_ocr_lost():
    c = one("2. C. Jansen R. Peeters, Geld en water in Zeeland (Hilversum, 2010), pp. 11-23.")
    assert c.record["author"] == [{"family": "Jansen", "given": "C."}, {"family": "Peeters", "given": "R."}]


def test_an_unmarked_article_title_joined_to_its_journal_by_in():
    c = one("S. A. ROSSI, Un ritratto sconosciuto di un re in Japigia, IV (1933), pagine 156-66.")
    assert c.record["type"] == "article-journal"
    assert c.record["author"] == [{"family": "Rossi", "given": "S. A."}]
    assert c.record["title"] == "Un ritratto sconosciuto di un re" and c.record["container-title"] == "Japigia"
    assert c.record["volume"] == "IV"


def test_a_journal_name_holding_in_stays_whole():
    c = one("J. Smith, Journal of Research in Science Teaching, 12 (1990), 45.")
    assert c.record["container-title"] == "Journal of Research in Science Teaching" and "title" not in c.record


def test_a_russian_work_named_in_prose_by_its_author_in_the_genitive():
    c = one("6\nСр. превосходную статью г. Петрова: Мысли об истории // Вестник Европы. Т. II. 1866.")
    assert c.record["author"] == [{"family": "Петров"}]
    assert c.record["title"] == "Мысли об истории" and c.record["container-title"] == "Вестник Европы"
    assert c.record["volume"] == "II" and c.record["issued"] == {"date-parts": [[1866]]}
    c = one("См. книгу Н. Иванова: Очерки истории. М., 1990. С. 5.")
    assert c.record["author"] == [{"family": "Иванов", "given": "Н."}] and c.locator == "5"


def test_a_special_issue_title_is_left_out_of_the_journal():
    c = one("9. Jean Martin, « Les usages du récit », dans Annales ESC, no spécial Histoire et sciences sociales. "
            "Un tournant, novembre-décembre 1989, no 6, p. 1325-1336.")
    assert c.record["type"] == "article-journal" and c.record["container-title"] == "Annales ESC"
    assert c.record["issue"] == "6" and c.locator == "1325–1336"


def test_a_greek_letter_among_the_initials_of_a_latin_name_in_a_russian_list():
    cites = parse_note("Моммзен Т. История Рима. Т. 1. С. 470; Brown Η. Н. A history of the Roman world. P. 333–334;")
    assert cites[1].record["author"] == [{"family": "Brown", "given": "Η. Н."}]
    assert cites[1].record["title"] == "A history of the Roman world" and cites[1].locator == "333–334"


def test_an_italian_article_whose_journal_is_named_in_parentheses():
    c = one("Soriga, Giornali e spirito pubblico in Milano (articolo nella Rivista d'Italia, 1916).")
    assert c.record["type"] == "article-journal" and c.record["container-title"] == "Rivista d'Italia"
    assert c.record["title"] == "Giornali e spirito pubblico in Milano" and c.record["author"] == [{"family": "Soriga"}]
    assert c.record["issued"] == {"date-parts": [[1916]]} and "publisher" not in c.record


def test_various_authors_are_one_literal_name_of_a_book():
    c = one("A.A.V.V., La cultura española bajo el franquismo, Barcelona, 1978.")
    assert c.record["author"] == [{"literal": "A.A.V.V."}] and c.record["type"] == "book"
    c = one("AA. VV., Storia d'Italia, Torino, 1978.")
    assert c.record["author"] == [{"literal": "AA. VV."}] and c.record["type"] == "book"


def test_a_gost_volume_and_its_title_before_a_dash_and_the_town():
    c = one("↑ «История края» (в 3 т.). Т.II «Новое время» — Москва: Наука, 2002.")
    assert c.record["publisher-place"] == "Москва" and c.record["publisher"] == "Наука"
    assert c.record["volume"] == "II" and c.record["volume-title"] == "Новое время"
    assert c.record["title"] == "История края"


def test_a_piece_in_a_journal_named_as_such_with_volume_and_year_is_an_article():
    c = one("«Memoria das côrtes de Evora», in O Panorama, Jornal Litterario e Instructivo da Sociedade Propagadora, "
            "Vol 3.º, 2.ª Serie, 1844, págs. 370-372.")
    assert c.record["type"] == "article-journal"
    assert c.record["container-title"] == "O Panorama, Jornal Litterario e Instructivo da Sociedade Propagadora"
    assert c.locator == "370–372"


def test_a_german_volume_of_a_work_named_in_prose_by_its_author_in_the_genitive():
    c = one("Das findet sich im zweiten Bande von Rankes Deutscher Geschichte, wie bekannt.")
    assert c.record == {"author": [{"family": "Ranke"}], "title": "Deutscher Geschichte", "volume": "2"}
    cites = parse_note("Man findet es im ersten Bande von Mommsens Römischer Geschichte. Vgl. Creuzers Röm. Antiquitäten S. 91.")
    assert [c.record.get("volume") for c in cites] == ["1", None]
    assert cites[1].locator == "91"


def test_a_french_work_named_in_prose_after_its_author_and_a_colon():
    c = one("Je n'ai pu consulter le curieux ouvrage de miss Mary Green: Lives of the Princesses of England.")
    assert c.record == {"author": [{"family": "Green", "given": "Mary"}], "title": "Lives of the Princesses of England"}


def test_an_opening_guillemet_ocr_read_as_a_parenthesis_and_angle():
    cites = parse_note("Cfr. la recensione (contra v. S. SECHI, in (<Nuova Rivista Storica», 1967); "
                       "R. BIANCHI, Benito e il fascismo, in «Rivista Storica Italiana», 1967.")
    assert [c.record.get("container-title") for c in cites][-1] == "Rivista Storica Italiana"
    assert cites[-1].record["author"] == [{"family": "Bianchi", "given": "R."}]
