"""Modern non-English note shapes: Russian GOST references inside prose and short GOST descriptions, German
collected editions by siglum, French and Spanish leads before a work."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_russian_source_in_parentheses_after_see_with_a_colon():
    c = one("12. Об этом вспоминал и сам Микоян (см.: Микоян А. И. Так было. — М.: Вагриус, 1999. С. 352).")
    r = c.record
    assert r["type"] == "book"
    assert r["author"] == [{"family": "Микоян", "given": "А. И."}]
    assert r["title"] == "Так было"
    assert (r["publisher-place"], r["publisher"]) == ("М.", "Вагриус")
    assert c.locator == "352"


def test_russian_short_description_whose_title_reads_like_a_name():
    c = one("14 Волкогонов Д.А. Иосиф Сталин. С. 21.")
    r = c.record
    assert r["author"] == [{"family": "Волкогонов", "given": "Д.А."}]
    assert r["title"] == "Иосиф Сталин"
    assert r["type"] == "book"
    assert c.locator == "21"


def test_russian_short_description_with_initials_first_is_a_book():
    c = one("7. Д.А. Волкогонов. Триумф и трагедия. С. 102.")
    assert c.record["type"] == "book"
    assert c.record["author"] == [{"family": "Волкогонов", "given": "Д.А."}]
    assert c.locator == "102"


def test_russian_short_form_with_a_comma_before_the_page_stays_a_short_form():
    c = one("9. И.И. Смирнов. Очерки, с. 121.")
    assert "type" not in c.record
    assert c.record["title"] == "Очерки"


def test_german_work_in_a_collected_edition_by_siglum_and_volume():
    c = one("4) Karl Marx: «Lohnarbeit und Kapital». MEW Bd. 6, S. 397 (Vorwort Engels)")
    r = c.record
    assert r["author"] == [{"family": "Marx", "given": "Karl"}]
    assert r["title"] == "Lohnarbeit und Kapital"
    assert (r["container-title"], r["volume"]) == ("MEW", "6")
    assert "type" not in r
    assert c.locator == "397"


def test_german_semicolon_before_a_siglum_sets_the_edition_of_the_work():
    c = one("21 Wladimir I. Lenin: «Staat und Revolution» [1917]; LW Bd. 25, S. 393")
    r = c.record
    assert r["title"] == "Staat und Revolution"
    assert (r["container-title"], r["volume"]) == ("LW", "25")
    assert c.locator == "393"


def test_german_collected_edition_volume_alone():
    c = one("9 MEGA Bd. 2, S. 17 f")
    assert (c.record["title"], c.record["volume"]) == ("MEGA", "2")
    assert c.locator == "17 f"


def test_french_own_work_named_before_a_title_with_a_full_stop():
    c = one("31. Voir par exemple notre livre, La Cour impériale. Les fastes du pouvoir, Paris, Perrin, 2014, p. 51.")
    r = c.record
    assert "author" not in r
    assert r["title"] == "La Cour impériale. Les fastes du pouvoir"
    assert (r["publisher-place"], r["publisher"]) == ("Paris", "Perrin")
    assert c.locator == "51"


def test_spanish_and_italian_own_work_leads():
    r = one("4. Véase mi libro La guerra civil española, Madrid, Alianza, 1999, p. 44.").record
    assert r["title"] == "La guerra civil española" and "author" not in r
    r = one("5. Cfr. il mio volume Storia dei partiti, Torino, Einaudi, 1990, p. 12.").record
    assert r["title"] == "Storia dei partiti" and r["publisher"] == "Einaudi"


def test_french_author_then_his_work_after_a_comma():
    c = one("12. Une idée développée par Marc Bloch dans son ouvrage, La Société féodale, Paris, Albin Michel, 1939.")
    r = c.record
    assert r["author"] == [{"family": "Bloch", "given": "Marc"}]
    assert r["title"] == "La Société féodale"


def test_spanish_initials_then_two_surnames_in_small_capitals():
    c = one("[4] F. LARGO CABALLERO, Mis recuerdos, México, Alianza, 1954, p. 120. <<")
    assert c.record["author"] == [{"family": "Largo Caballero", "given": "F."}]
    assert c.record["title"] == "Mis recuerdos"


def test_spanish_town_named_with_a_particle_is_the_place_not_the_publisher():
    r = one("[9] J. L. DE LA GRANJA, El nacionalismo vasco, Santiago de Compostela, 1995, p. 8.").record
    assert r["publisher-place"] == "Santiago de Compostela"
    assert "publisher" not in r


def test_russian_note_dates_an_english_journal_issue_by_month_words():
    c = one("41 См.: P. Anderson, ‘Jottings on the Conjuncture’, New Left Review, 48 (ноябрь – декабрь 2007 года).")
    r = c.record
    assert r["type"] == "article-journal"
    assert (r["container-title"], r["volume"]) == ("New Left Review", "48")
    assert r["issued"] == {"date-parts": [[2007]]}


def test_author_date_reference_by_three_authors_joined_by_et():
    c = one("7 Martin, Petit et Roux 2016, p. 12.")
    assert c.record["author"] == [{"family": "Martin"}, {"family": "Petit"}, {"family": "Roux"}]
    assert c.record["issued"] == {"date-parts": [[2016]]}
    assert "title" not in c.record and "type" not in c.record
    assert c.locator == "12"


def test_spanish_prologue_named_after_its_writer_is_a_chapter_of_the_book():
    c = one("[3] J. MARICHAL, prólogo a M. Azaña, Obras completas, México, Oasis, 1966, p. xx. <<")
    r = c.record
    assert r["type"] == "chapter"
    assert r["author"] == [{"family": "Marichal", "given": "J."}]
    assert r["title"] == "prólogo"
    assert r["container-title"] == "Obras completas"
    assert r["container-author"] == [{"family": "Azaña", "given": "M."}]


def test_french_preface_to_a_book_cited_by_short_title():
    c = one("4. P. Nora, préface à Les Lieux de mémoire.")
    assert c.record["author"] == [{"family": "Nora", "given": "P."}]
    assert (c.record["title"], c.record["container-title"]) == ("préface", "Les Lieux de mémoire")


def test_latin_letter_short_description_in_a_russian_note_is_a_book():
    c = parse_note("12. См. R. Conquest. Stalin. p. 41.")[-1]
    assert c.record["type"] == "book"
    assert c.record["author"] == [{"family": "Conquest", "given": "R."}]
    assert c.record["title"] == "Stalin"
    assert c.locator == "41"


def test_speech_described_by_its_date_then_the_book_it_is_read_in():
    c = one("[21] Discurso, 16 de junio de 1936, en las Cortes, en J. Gil Pecharromán, Conservadores subversivos, "
            "Madrid, Eudema, 1994, p. 201. <<")
    r = c.record
    assert r["type"] == "book"
    assert r["title"] == "Conservadores subversivos"
    assert r["publisher"] == "Eudema"
    assert c.locator == "201"
    assert c.raw.startswith("Discurso, 16 de junio")  # the citation as printed, the document it names included


def test_described_document_raw_keeps_the_document_in_every_language():
    for note in ("3. Testimony of Ivan Petrenko, in Veselova and Nikiliev, Pam’iat’ narodu, vol. 2, 758.",
                 "9. Lettre à Thiers, 3 mai 1871, dans J. Rougerie, Procès des communards, Paris, Julliard, 1964, p. 44."):
        c = one(note)
        assert c.raw.startswith(note[3:13]), c.raw
        assert c.record["title"] in ("Pam’iat’ narodu", "Procès des communards")


def test_french_letter_described_by_its_date_then_the_book():
    r = one("9. Lettre à Thiers, 3 mai 1871, dans J. Rougerie, Procès des communards, Paris, Julliard, 1964, p. 44.").record
    assert r["author"] == [{"family": "Rougerie", "given": "J."}]
    assert r["title"] == "Procès des communards"


def test_french_own_preface_to_a_book_cites_the_book():
    c = one("5. Je l'ai montré dans ma préface à Furet, François, Penser la Révolution française (Gallimard, 1978).")
    r = c.record
    assert r["author"] == [{"family": "Furet", "given": "François"}]
    assert r["title"] == "Penser la Révolution française"
    assert r["publisher"] == "Gallimard"


def test_book_with_its_numbered_series_in_parentheses_and_no_imprint():
    c = one("4 Se K. Åström, Das Landrecht Magnus Erikssons (Rättshist. bibliotek 12).")
    r = c.record
    assert r["type"] == "book"
    assert r["title"] == "Das Landrecht Magnus Erikssons"
    assert (r["collection-title"], r["collection-number"]) == ("Rättshist. bibliotek", "12")


def test_encyclopedia_entry_named_after_its_column():
    c = one("7 Se G. Hafström, Kulturhist. lex. VI, sp. 112 (Frälse).")
    r = c.record
    assert r["type"] == "chapter"
    assert (r["title"], r["container-title"], r["volume"]) == ("Frälse", "Kulturhist. lex.", "VI")
    assert (c.locator, c.label) == ("112", "column")


def test_spanish_cue_with_por_ejemplo_then_two_works_joined_by_o():
    cites = parse_note("[9] Véase, por ejemplo, Memorias II, pp. 12, 45, o Los cuadernos de la Pobleta, "
                       "Barcelona, Crítica, 1997, pp. 309, 332, 408, etc. <<")
    assert len(cites) == 2
    assert (cites[0].record["title"], cites[0].locator) == ("Memorias", "12, 45")
    assert cites[1].record["title"] == "Los cuadernos de la Pobleta"
    assert cites[1].locator == "309, 332, 408"


def test_german_collected_edition_volume_without_bd():
    c = one("12 Vgl. Friedrich Engels, Anti-Dühring, in: MEW 20, S. 106 f.")
    r = c.record
    assert (r["title"], r["container-title"], r["volume"]) == ("Anti-Dühring", "MEW", "20")
    c = one("13 MEW, Bd. 20, S. 110.")
    assert (c.record["title"], c.record["volume"], c.locator) == ("MEW", "20", "110")


def test_russian_source_in_parentheses_after_cit_po_and_see_also():
    for cue in ("цит. по:", "см. также:", "подробнее см.:"):
        c = one(f"5. Так писал Троцкий ({cue} Волкогонов Д. А. Троцкий. — М.: Новости, 1992. Т. 1. С. 45).")
        assert c.record["author"] == [{"family": "Волкогонов", "given": "Д. А."}]
        assert c.record["title"] == "Троцкий"
        assert c.locator == "45"
