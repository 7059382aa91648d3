"""Russian, Swedish, Czech, Italian and Spanish note shapes: the frame a page sets around a citation,
spelled-out page words, and the conventions of GOST and Scandinavian author-date notes."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_swedish_author_date_between_a_remark_on_the_printed_note_and_a_bracketed_key():
    c = one("(I den tryckta boken not 10) Winberg 1977 s. 269 f. [CW 77]")
    assert c.record["author"] == [{"family": "Winberg"}]
    assert c.record["issued"] == {"date-parts": [[1977]]}
    assert (c.locator, c.label) == ("269 f", "page")


def test_spanish_page_spelled_out():
    c = one("[4] Manuel Tuñón de Lara, La España del Siglo XX, París, Librería española, 1966, página 423. <<")
    r = c.record
    assert r["author"] == [{"family": "Tuñón de Lara", "given": "Manuel"}]
    assert (r["publisher-place"], r["publisher"]) == ("París", "Librería española")
    assert (c.locator, c.label) == ("423", "page")


def test_the_note_on_the_page_cited_is_no_part_of_the_locator():
    c = one("[5] M. Tuñón de Lara, Op. cit., p. 423, nota 1. <<")
    assert c.record["author"] == [{"family": "Tuñón de Lara", "given": "M."}]
    assert c.locator == "423"


def test_italian_link_back_to_the_text_glued_to_the_note():
    c = one("8. Chr. Parm. 110,30-39 torna al testo.")
    assert "torna" not in c.raw


def test_gost_roman_volume_after_the_imprint_and_a_title_ending_in_an_ellipsis():
    c = one("29\nГоликов И. И. Деяния Петра Великого… М., 1837. Т. I. С. 474.")
    r = c.record
    assert r["title"] == "Деяния Петра Великого…"
    assert (r["publisher-place"], r["volume"]) == ("М.", "I")
    assert r["issued"] == {"date-parts": [[1837]]}
    assert (c.locator, c.label) == ("474", "page")


def test_gost_two_cities_of_publication():
    r = one("Рыбаков Б. А. Древности Чернигова. М.; Л., 1949. С. 5.").record
    assert (r["title"], r["publisher-place"]) == ("Древности Чернигова", "М.; Л.")
    r = one("Рыбаков Б. А. Древности Чернигова. М., Л., 1949. С. 5.").record
    assert r["publisher-place"] == "М., Л."


def test_gost_numbered_issue_of_a_series_with_its_place():
    c = one("310Рыбаков Б. А. Древности Чернигова // Материалы и исследования по археологии СССР. М., Л., 1949. "
            "№ 11. С. 1–53.")
    r = c.record
    assert r["container-title"] == "Материалы и исследования по археологии СССР"
    assert (r["publisher-place"], r["issue"]) == ("М., Л.", "11")
    assert c.locator == "1–53"


def test_czech_date_then_a_short_form_by_volume_part_and_page():
    c = one("89.1 Dne 3. května 1466; Palacký II. 2. 340.")
    assert c.record["author"] == [{"family": "Palacký"}]
    assert c.record["volume"] == "II"
    assert (c.locator, c.label) == ("340", "page")


def test_archive_siglum_with_box_file_and_page_cites_no_work():
    assert parse_note("[14] Para la información sobre la 25.ª División sigo AGMAv., 1221, 38, p. 23. <<") == []


def test_italian_chronicle_by_title_book_and_chapters_gets_no_locator():
    cites = parse_note("[320]. Opere, vol. I, pag. 79-86; Villani, Cronica, lib. VII, cap. 8, 12, 26, 38, 39.")
    assert len(cites) == 2
    c = cites[1]
    assert c.record["author"] == [{"family": "Villani"}]
    assert c.record["title"] == "Cronica"
    assert c.locator is None


def test_columns_of_a_lexicon_or_annals():
    c = one("J. Rosén, Kulturhist. lex. IX, sp. 434.")
    assert (c.locator, c.label) == ("434", "column")
    c = one("ПСРЛ. Т. 1. Стб. 45.")
    assert (c.locator, c.label) == ("45", "column")


def test_medieval_writer_by_name_and_byname_is_one_literal_name():
    c = one("303Константин Багрянородный. Об управлении империей. М., 1991. С. 45, 51.")
    assert c.record["author"] == [{"literal": "Константин Багрянородный"}]
    assert (c.record["type"], c.record["title"]) == ("book", "Об управлении империей")
    assert c.locator == "45, 51"


def test_russian_series_by_siglum_volume_part_and_page_then_another_part():
    cites = parse_note("70. ПСРЛ, 13, часть 1,152-154; часть II, 453-455; Соловьев, 6,433.")
    assert [c.record.get("title") for c in cites] == ["ПСРЛ", "ПСРЛ", None]
    assert [c.record.get("volume") for c in cites] == ["13", "13", "6"]
    assert [c.locator for c in cites] == ["152–154", "453–455", "433"]
    c = one("ПСРЛ. Т. 13. Ч. 2. С. 456.")
    assert (c.record["title"], c.record["volume"], c.locator) == ("ПСРЛ", "13", "456")


def test_a_section_gives_no_locator():
    c = one("[305.] Vita Innocentii III, § 9 e 10.")
    assert c.record["title"] == "Vita Innocentii III"
    assert c.locator is None


def test_next_citation_after_a_page_and_a_dash():
    cites = parse_note("[307.] Dissertaz. sopra l'istoria pisana del cavalier Flaminio del Borgo. Diss. IV, p. 157. "
                       "— Vita Innoc. III, § 12, p. 488.")
    assert cites[-1].record["title"] == "Vita Innoc. III"
    assert (cites[-1].locator, cites[-1].label) == ("488", "page")


def test_swedish_and_czech_volume_and_edition_after_the_title():
    c = one("Heckscher, Eli F., Sveriges ekonomiska historia från Gustav Vasa, d. 1:2, Stockholm 1936, s. 45.")
    r = c.record
    assert (r["title"], r["volume"], r["publisher-place"]) == (
        "Sveriges ekonomiska historia från Gustav Vasa", "1:2", "Stockholm")
    assert c.locator == "45"
    r = one("Herlitz, N., Grunddragen av det svenska statsskickets historia, 5. uppl., Stockholm 1959, s. 102.").record
    assert (r["title"], r["edition"]) == ("Grunddragen av det svenska statsskickets historia", "5")
    r = one("Josef Pekař, Žižka a jeho doba, díl 2, Praha 1928, s. 45.").record
    assert (r["title"], r["volume"]) == ("Žižka a jeho doba", "2")


def test_gost_his_same_opens_the_next_work_by_the_author_before():
    cites = parse_note("Зимин А. А. Реформы. М., 1960. С. 5; Его же. Опричный террор. Л., 1969. С. 7.")
    assert len(cites) == 2
    assert cites[1].record["author"] == [{"family": "Зимин", "given": "А. А."}]
    assert cites[1].record["title"] == "Опричный террор"


def test_czech_and_swedish_ibid_and_op_cit():
    assert one("Tamže, s. 12.").ibid
    assert one("Tamt., s. 4.").ibid
    c = one("Pekař, J., cit. d., s. 5.")
    assert c.record["author"] == [{"family": "Pekař", "given": "J."}]
    assert "title" not in c.record
    c = one("Heckscher, anf. arb., s. 45.")
    assert c.record["author"] == [{"family": "Heckscher"}]
    assert c.locator == "45"


def test_swedish_and_czech_journals():
    r = one("Lönnroth, E., Sverige och Kalmarunionen, i: Scandia 12 (1939), s. 5–40.").record
    assert (r["type"], r["container-title"], r["volume"]) == ("article-journal", "Scandia", "12")
    r = one("J. Pekař, Bílá hora, Český časopis historický 27, č. 2 (1921), s. 45–67.").record
    assert (r["container-title"], r["volume"], r["issue"]) == ("Český časopis historický", "27", "2")
    r = one("S. Tunberg, Den svenska riksdagens uppkomst, Historisk tidskrift 1930, s. 12.").record
    assert (r["type"], r["container-title"]) == ("article-journal", "Historisk tidskrift")
    r = one("J. Pekař, Bílá hora, Český časopis historický 27, 1921, s. 45–67.").record
    assert (r["container-title"], r["volume"]) == ("Český časopis historický", "27")


def test_numbered_series_after_the_imprint():
    c = one("Nilsson, Sven A., De stora krigens tid, Uppsala 1990 (Studia historica Upsaliensia 161), s. 77.")
    r = c.record
    assert (r["title"], r["publisher-place"]) == ("De stora krigens tid", "Uppsala")
    assert (r["collection-title"], r["collection-number"]) == ("Studia historica Upsaliensia", "161")
    assert r["author"] == [{"family": "Nilsson", "given": "Sven A."}]
    assert c.locator == "77"


def test_swedish_page_keyed_note_with_cue_and_columns():
    c = parse_note("Sid. ig8 not 1 Se även J. Rosén, Kulturhist. lex. IX, sp. 434 (Kronogods) o. C. Strandberg, Zur Frage "
                   "des Veräusserungsverbots (Rättshist. bibliotek ii).")[0]
    assert c.record["author"] == [{"family": "Rosén", "given": "J."}]
    assert (c.locator, c.label) == ("434", "column")


def test_swedish_cue_compare():
    c = one("Jfr E. Hildebrand, Svenska statsförfattningens historiska utveckling.")
    assert c.record["title"] == "Svenska statsförfattningens historiska utveckling"


def test_gost_journal_issue_with_its_running_number():
    c = one("Гиппиус А. А. Сочинения Владимира Мономаха: опыт текстологической реконструкции II // Русский язык "
            "в научном освещении. 2004. № 2 (8). С. 160, 161, 164.")
    r = c.record
    assert (r["type"], r["container-title"], r["issue"]) == ("article-journal", "Русский язык в научном освещении", "2")
    assert r["issued"] == {"date-parts": [[2004]]}
