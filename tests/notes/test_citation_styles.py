"""Citation shapes of the common styles (Harvard, APA, Chicago, German, French, Italian, Polish,
Russian), one test per rule, on examples written in each style's manner."""

from citekit.readers.notes import parse_note


def one(text):
    cites = [c for c in parse_note(text) if not c.ibid]
    assert len(cites) == 1, cites
    return cites[0]


# --- Harvard and APA: inverted names, the year in parentheses after them

def test_harvard_edited_book_with_two_inverted_editors():
    r = one("Hill, C. and Moore, P. (eds) (1985) Labour and the Land. Manchester: Northern Press.").record
    assert r["editor"] == [{"family": "Hill", "given": "C."}, {"family": "Moore", "given": "P."}]
    assert (r["type"], r["title"]) == ("book", "Labour and the Land")
    assert (r["publisher-place"], r["publisher"]) == ("Manchester", "Northern Press")
    assert r["issued"] == {"date-parts": [[1985]]}


def test_harvard_article_with_volume_and_issue_in_parentheses():
    c = one("Quinn, R. (2004) ‘Grain and the State’, Rural History 15(2): 201–19.")
    r = c.record
    assert r["author"] == [{"family": "Quinn", "given": "R."}]
    assert (r["type"], r["title"], r["container-title"]) == ("article-journal", "Grain and the State", "Rural History")
    assert (r["volume"], r["issue"]) == ("15", "2")
    assert c.locator == "201–19"


def test_apa_article_title_and_journal_as_sentences():
    r = one("Quinn, R., & Field, T. (2004). Grain and the state. Rural History, 15(2), 201–219.").record
    assert r["author"] == [{"family": "Quinn", "given": "R."}, {"family": "Field", "given": "T."}]
    assert (r["title"], r["container-title"], r["volume"], r["issue"]) == (
        "Grain and the state", "Rural History", "15", "2")


def test_harvard_chapter_in_edited_book():
    r = one("Quinn, R. (2004) ‘Grain and the State’, in Hill, C. (ed.) Labour and the Land. "
            "Manchester: Northern Press, pp. 12–30.").record
    assert (r["type"], r["container-title"]) == ("chapter", "Labour and the Land")
    assert r["editor"] == [{"family": "Hill", "given": "C."}]
    assert r["publisher"] == "Northern Press"


def test_harvard_et_al_is_not_a_given_name():
    r = one("Quinn, R. et al. (2004) Grain and the State. Leeds: Moorland.").record
    assert r["author"] == [{"family": "Quinn", "given": "R."}]


# --- author-date references in running prose

def test_author_and_year_in_prose():
    c = one("Holt (1988) argues that the harvest failed twice.")
    assert c.record == {"author": [{"family": "Holt"}], "issued": {"date-parts": [[1988]]}}
    c = one("As Holt and Marsh (1988: 45) have shown, the harvest failed twice.")
    assert c.record["author"] == [{"family": "Holt"}, {"family": "Marsh"}]
    assert c.locator == "45"


def test_parenthesised_author_date_list_in_prose():
    cites = parse_note("The point is disputed (Holt 1988: 45; Marsh 1991) in the later work.")
    assert [(c.record["author"][0]["family"], c.locator) for c in cites] == [("Holt", "45"), ("Marsh", None)]


def test_dates_in_prose_after_places_and_events_are_no_references():
    assert parse_note("The Treaty of Versailles (1919) ended the war, but the peace of Europe did not last.") == []
    assert parse_note("After the congress in Moscow (1956) the party split.") == []
    assert parse_note("Khrushchev (1894–1971) was removed in 1964.") == []


# --- a journal's volume, issue and date after its name, in several languages

def test_italian_journal_in_guillemets_with_anno_and_numero():
    c = one("L. Ferri, Il grano e lo Stato, in «Rivista di storia agraria», a. XV, n. 2, 1987, pp. 33-60.")
    r = c.record
    assert (r["type"], r["title"], r["container-title"]) == (
        "article-journal", "Il grano e lo Stato", "Rivista di storia agraria")
    assert (r["volume"], r["issue"], r["issued"]) == ("XV", "2", {"date-parts": [[1987]]})
    assert c.locator == "33–60"


def test_polish_journal_in_low_quotes_with_zeszyt():
    r = one("A. Wiśniewski, Chłopi i państwo, „Kwartalnik Rolniczy”, t. 40, 1992, z. 3, s. 101–120.").record
    assert (r["author"], r["title"]) == ([{"family": "Wiśniewski", "given": "A."}], "Chłopi i państwo")
    assert (r["container-title"], r["volume"], r["issue"]) == ("Kwartalnik Rolniczy", "40", "3")


def test_german_jahrgang_before_the_year_and_heft_after_it():
    r = one("Vgl. Otto Brandt, Der Hof und das Dorf, in: Zeitschrift für Agrargeschichte, 21. Jg. (1973), "
            "H. 2, S. 150–171.").record
    assert (r["type"], r["container-title"]) == ("article-journal", "Zeitschrift für Agrargeschichte")
    assert (r["volume"], r["issue"], r["issued"]) == ("21", "2", {"date-parts": [[1973]]})


def test_french_annee_and_numero_without_a_full_stop():
    r = one("M. Lenoir, « Les foires du Berry », Annales du Centre, 38e année, n° 4, juillet-août 1983, "
            "p. 701-720.").record
    assert (r["container-title"], r["volume"], r["issue"]) == ("Annales du Centre", "38", "4")
    assert r["issued"] == {"date-parts": [[1983, 7], [1983, 8]]}  # a French issue's months are kept, as the set does
    r = one("M. Lenoir, « Les foires », Cahiers du Berry, no 52, printemps 1990, p. 7-20.").record
    assert (r["container-title"], r["issue"]) == ("Cahiers du Berry", "52")


def test_italian_bare_issue_between_the_year_and_the_pages():
    r = one("L. Ferri, Il grano, «Quaderni agrari», XII (1991), 3, pp. 5-20.").record
    assert (r["volume"], r["issue"]) == ("XII", "3")
    assert "page" not in r


def test_pin_page_after_the_article_range():
    c = one("Ruth Hale, “Grain Boards,” Agricultural History 41 (1967): 201–29, at 214.")
    assert (c.record["page"], c.locator) == ("201–29", "214")


def test_gost_article_in_transliteration():
    c = one("Ivanov I. I. Khleb i vlast' // Voprosy istorii. 1990. No. 3. S. 5–20.")
    r = c.record
    assert (r["author"], r["title"]) == ([{"family": "Ivanov", "given": "I. I."}], "Khleb i vlast'")
    assert (r["container-title"], r["issue"], c.locator) == ("Voprosy istorii", "3", "5–20")


# --- chapters, editors and imprints in other languages

def test_polish_chapter_after_w_colon_with_red_editor():
    for lead in ("w:", "[w:]"):
        r = one(f"T. Zieliński, Wieś w okresie zaborów, {lead} Dzieje wsi polskiej, red. M. Lis, "
                "Poznań 1988, s. 40–62.").record
        assert (r["type"], r["title"], r["container-title"]) == (
            "chapter", "Wieś w okresie zaborów", "Dzieje wsi polskiej")
        assert r["editor"] == [{"family": "Lis", "given": "M."}]
        assert r["publisher-place"] == "Poznań"


def test_gost_chapter_after_v_knige():
    r = one("Орлов Н. Н. Хлебный вопрос // В кн.: Деревня и город. М., 1979. С. 12–30.").record
    assert (r["type"], r["container-title"]) == ("chapter", "Деревня и город")


def test_inverted_name_before_a_colon():
    r = one("Hartmann, Klaus: Die Mühlen im Harz, Goslar 1981, S. 12.").record
    assert r["author"] == [{"family": "Hartmann", "given": "Klaus"}]
    assert r["title"] == "Die Mühlen im Harz"
    r = one("GÓMEZ, Andrés: Los molinos de Castilla, Madrid, Tecnos, 1984, p. 9.").record
    assert r["author"] == [{"family": "Gómez", "given": "Andrés"}]
    assert (r["publisher-place"], r["publisher"]) == ("Madrid", "Tecnos")


def test_a_cross_reference_is_not_part_of_a_short_title():
    c = one("Vgl. Hartmann, Mühlen (wie Anm. 4), S. 15.")
    assert c.record == {"author": [{"family": "Hartmann"}], "title": "Mühlen"}
    c = one("Gómez, Molinos (as in n. 12), p. 9.")
    assert c.record["title"] == "Molinos"


def test_italian_publisher_then_place_without_a_comma():
    r = one("P. Neri, Mulini e mugnai, Laterza Bari 1972, p. 30.").record
    assert (r["publisher"], r["publisher-place"]) == ("Laterza", "Bari")
    r = one("P. Neri, Mulini e mugnai. Edizioni del Sole Roma-Bari 1972, p. 30.").record
    assert (r["title"], r["publisher"], r["publisher-place"]) == ("Mulini e mugnai", "Edizioni del Sole", "Roma-Bari")


def test_french_place_publisher_year_with_a_less_known_town():
    r = one("Cf. Jean Morel, Les moulins de l’Est, Strasbourg, Istra, 1968, p. 56.").record
    assert (r["publisher-place"], r["publisher"], r["title"]) == ("Strasbourg", "Istra", "Les moulins de l’Est")


# --- names

def test_japanese_names_in_japanese_order():
    from citekit.readers.names import parse_name
    assert parse_name("Maruyama Masao") == {"family": "Maruyama", "given": "Masao"}
    assert parse_name("Ienaga Saburo") == {"family": "Ienaga", "given": "Saburo"}
    assert parse_name("Kazuo Ogura") == {"family": "Ogura", "given": "Kazuo"}  # Western order stays
    assert parse_name("Hana Ono") == {"family": "Ono", "given": "Hana"}
    r = one("Ishikawa Tadao, Kinsei no mura (Tokyo: Iwanami Shoten, 1988), 45.").record
    assert r["author"] == [{"family": "Ishikawa", "given": "Tadao"}]


# --- imprint details

def test_book_length_is_not_a_page_cited():
    c = one("Соколов А. К. Хлеб и власть. М.: Наука, 1998. 312 с.")
    assert (c.record["title"], c.record["number-of-pages"], c.locator) == ("Хлеб и власть", "312", None)


def test_first_edition_year_in_brackets():
    r = one("Lucien Febvre, Le Rhin, Paris, Perrin, 1997 [1935], p. 80.").record
    assert r["issued"] == {"date-parts": [[1997]]}
    assert r["original-date"] == {"date-parts": [[1935]]}
    assert (r["publisher-place"], r["publisher"]) == ("Paris", "Perrin")


def test_italian_following_pages_and_a_hyphenated_name_after_prose():
    c = one("Cfr. L. Neri, La mezzadria, Bologna, Il Mulino, 1980, pp. 12 sgg.")
    assert c.locator.startswith("12 sgg")
    c = one("Vgl. dazu ausführlich Karl-Heinz Roth, Die Mühle, Kassel 1975, S. 9.")
    assert c.record["author"] == [{"family": "Roth", "given": "Karl-Heinz"}]


# --- magazines and newspapers

def test_known_weekly_cited_by_day_is_a_magazine():
    r = one("Anne Lowe, “Bread Lines,” Time, March 9, 1981, 30–31.").record
    assert (r["type"], r["container-title"]) == ("article-magazine", "Time")
    r = one("“Bread Lines,” Chicago Tribune, March 9, 1981, 3.").record
    assert r["type"] == "article-newspaper"


def test_periodical_by_month_without_volume_is_a_magazine_dated_by_its_year():
    r = one("Anne Lowe, “Bread Lines,” Harvest Monthly, May/June 1981, pp. 30–31.").record
    assert (r["type"], r["issued"]) == ("article-magazine", {"date-parts": [[1981]]})
    r = one("Anne Lowe, “Bread Lines,” Farm Quarterly 12, no. 2 (Summer 1981): 30–31.").record
    assert (r["type"], r["issued"]) == ("article-journal", {"date-parts": [[1981]]})


def test_premodern_work_dated_circa():
    r = one("Zhou Qufei, Lingwai daida, c. 1178.").record
    assert (r["type"], r["title"], r["issued"]["date-parts"]) == ("book", "Lingwai daida", [[1178]])
    assert r["issued"]["circa"] is True


def test_chapter_abbreviation_and_roman_preface_pages():
    c = one("The best account remains Ruth Hale, Grain Boards (Chicago: Prairie Press, 1971), chap. 3.")
    assert (c.locator, c.label) == ("3", "chapter")
    c = one("Ruth Hale, Grain Boards (Chicago: Prairie Press, 1971), ix–xi.")
    assert (c.locator, c.label) == ("ix–xi", "page")


def test_italian_and_polish_ibid_and_french_following_pages():
    assert parse_note("Ivi, p. 35.")[0].ibid
    assert parse_note("Tamże, s. 12.")[0].ibid
    c = one("M. Roux, Les greniers, Paris, Belin, 1979, p. 33 et suiv.")
    assert c.locator.startswith("33 et suiv")


def test_lower_case_publisher_and_a_year_range_of_a_journal_volume():
    r = one("A. Neri, La terra e i contadini, Bologna, il Mulino, 1985, p. 20.").record
    assert (r["publisher-place"], r["publisher"]) == ("Bologna", "il Mulino")
    r = one("Ruth Hale, “Grain Boards,” Prairie Studies 27, no. 1/4 (2004–2005): 97–115.").record
    assert (r["container-title"], r["volume"], r["issue"]) == ("Prairie Studies", "27", "1/4")


def test_conference_paper_and_a_title_in_title_case_is_no_prose():
    r = one("J. Hale, “Grain Boards,” paper presented at the annual meeting of the Agricultural History "
            "Society, Chicago, April 1990.").record
    assert (r["type"], r["title"], r["issued"]) == ("paper-conference", "Grain Boards", {"date-parts": [[1990, 4]]})
    r = one("Report of the Royal Commission on Grain Prices before the War, vol. 2 (London, 1921), 45.").record
    assert r["title"] == "Report of the Royal Commission on Grain Prices before the War"


def test_hiroaki_is_a_given_name():
    from citekit.readers.names import parse_name
    assert parse_name("Hiroaki Kuromiya") == {"family": "Kuromiya", "given": "Hiroaki"}


def test_editors_joined_by_et_and_u():
    r = one("R. Morel, « Les greniers », in J. Roux et P. Blanc (dir.), Le pain, Paris, PUF, 1971, p. 45-67.").record
    assert r["editor"] == [{"family": "Roux", "given": "J."}, {"family": "Blanc", "given": "P."}]
    r = one("R. Hahn, Die Speicher, in: Das Brot, hg. v. J. Roth u. K. Weiß, Berlin 1971, S. 45–67.").record
    assert r["editor"] == [{"family": "Roth", "given": "J."}, {"family": "Weiß", "given": "K."}]


def test_newspapers_dated_in_several_languages():
    cases = {
        "Le Figaro, 12-13 janvier 1962, p. 3.": ("Le Figaro", [1962, 1, 12]),
        "Corriere della Sera, 3 marzo 1950.": ("Corriere della Sera", [1950, 3, 3]),
        "La Vanguardia, 3 de marzo de 1990, p. 12.": ("La Vanguardia", [1990, 3, 3]),
        "Известия, 5 марта 1953 г.": ("Известия", [1953, 3, 5]),
        "Süddeutsche Zeitung, Nr. 45 vom 23. Februar 1956, S. 2.": ("Süddeutsche Zeitung", [1956, 2, 23]),
    }
    for text, (paper, day) in cases.items():
        r = one(text).record
        assert (r["type"], r["container-title"], r["issued"]["date-parts"][0]) == ("article-newspaper", paper, day), text


def test_newspaper_article_after_in_and_section_pages():
    c = one("„Brot und Butter“, in: Die Welt, 12. März 1956, S. 3.")
    assert (c.record["title"], c.record["container-title"], c.locator) == ("Brot und Butter", "Die Welt", "3")
    c = one("“Wheat Deal Signed,” Boston Globe, March 12, 1972, A1, A14.")
    assert (c.record["type"], c.record["container-title"], c.locator) == ("article-newspaper", "Boston Globe", "A1, A14")


def test_letters_and_memoranda_with_a_day_are_no_newspapers():
    for text in ("Hale to Roosevelt, 12 March 1942.", "Memorandum of Conversation, 12 March 1950."):
        assert all(c.record.get("type") != "article-newspaper" for c in parse_note(text)), text


# --- lists of authors and works named in prose

def test_three_authors_with_a_serial_comma():
    r = one("Ruth Hale, John Marsh, and Mary Lowe, Grain Boards (Chicago: Prairie Press, 1971), 45.").record
    assert [n["family"] for n in r["author"]] == ["Hale", "Marsh", "Lowe"]
    assert r["title"] == "Grain Boards"


def test_a_body_whose_name_holds_and():
    r = one("Food and Agriculture Organization, Grain Report (Rome, 1971), 12.").record
    assert r["author"] == [{"literal": "Food and Agriculture Organization"}]


def test_table_in_leads_up_to_the_author():
    r = one("For the figures, see Table 3 in Ruth Hale, Grain Boards (Chicago: Prairie Press, 1971), 45.").record
    assert r["author"] == [{"family": "Hale", "given": "Ruth"}]


def test_book_named_in_prose_with_its_imprint():
    c = one("Hale’s Grain Boards (Chicago: Prairie Press, 1971) remains the standard work.")
    assert c.record["author"] == [{"family": "Hale"}]
    assert (c.record["title"], c.record["publisher"]) == ("Grain Boards", "Prairie Press")
    c = one("As Ruth Hale has argued in Grain Boards (Chicago: Prairie Press, 1971), 45, the boards failed.")
    assert (c.record["title"], c.locator) == ("Grain Boards", "45")
    assert parse_note("The Treaty of Versailles (Paris, 1919) ended the war.") == []


# --- bibliography styles and short forms

def test_mla_publisher_without_a_place():
    r = one("Hale, Ruth. Grain Boards. Prairie Press, 1971.").record
    assert (r["publisher"], r["issued"]) == ("Prairie Press", {"date-parts": [[1971]]})
    assert "publisher-place" not in r


def test_chicago_bibliography_chapter_with_its_pages_after_the_editor():
    r = one("Hale, Ruth. “Grain Boards.” In Farm Politics, edited by John Marsh, 45–67. Chicago: "
            "Prairie Press, 1971.").record
    assert (r["type"], r["container-title"], r["page"]) == ("chapter", "Farm Politics", "45–67")
    assert r["editor"] == [{"family": "Marsh", "given": "John"}]


def test_french_thesis_in_parentheses():
    r = one("Ruth Hale, « Les greniers » (thèse de doctorat, Université de Lyon, 1990), p. 45.").record
    assert (r["type"], r["genre"], r["publisher"]) == ("thesis", "thèse de doctorat", "Université de Lyon")


def test_names_of_arabic_authors_and_slashed_authors():
    r = one("Ibn Battuta, Travels, trans. H. Gibb (Cambridge: Hakluyt Society, 1958), 45.").record
    assert r["author"] == [{"family": "Ibn Battuta"}]
    r = one("Marx/Engels, Werke, Bd. 4, S. 459.").record
    assert r["author"] == [{"family": "Marx"}, {"family": "Engels"}]


def test_author_date_references_joined_by_and():
    cites = parse_note("See Holt 1988, 45–50, and Marsh 1991, ch. 3.")
    assert [(c.record["author"][0]["family"], c.locator, c.label) for c in cites] == [
        ("Holt", "45–50", "page"), ("Marsh", "3", "chapter")]


def test_short_form_after_prose_ending_in_in():
    c = one("Cf. the discussion in Hale, Grain Boards, 45–50.")
    assert (c.record, c.locator) == ({"author": [{"family": "Hale"}], "title": "Grain Boards"}, "45–50")


# --- GOST multi-volume works, theses and translations

def test_gost_volume_and_book_after_the_imprint_and_the_size_of_the_set():
    c = one("Деревня в годы войны: документы и материалы: в 3 т. / отв. ред. П. П. Орлов. М.: Наука, "
            "2005. Т. 2. Кн. 1. С. 12.")
    r = c.record
    assert (r["title"], r["volume"], r["number-of-volumes"], c.locator) == (
        "Деревня в годы войны: документы и материалы", "2", "3", "12")
    assert r["editor"] == [{"family": "Орлов", "given": "П. П."}]
    r = one("Орлов П. П. Записки. Дневники. Письма: в 4 кн. М., 1999. Кн. 2. С. 45.").record
    assert (r["title"], r["volume"], r["number-of-volumes"]) == ("Записки. Дневники. Письма", "2", "4")


def test_gost_thesis_and_translation_without_a_translator():
    r = one("Орлов П. П. Хлебные советы: дис. … канд. ист. наук. М., 1990. С. 45.").record
    assert (r["type"], r["title"], r["genre"]) == ("thesis", "Хлебные советы", "дис. … канд. ист. наук")
    r = one("Морель Ж. История хлеба / пер. с фр. М.: Прогресс, 1992. С. 200.").record
    assert "translator" not in r and r["title"] == "История хлеба"


def test_a_sentence_case_title_without_author_is_kept_with_its_imprint():
    r = one("Storia dei mulini e dei mugnai in Italia, Bologna, il Mulino, 1985, p. 20.").record
    assert (r["title"], r["publisher"]) == ("Storia dei mulini e dei mugnai in Italia", "il Mulino")


# --- short forms

def test_short_form_with_a_remark_or_a_note_number_after_the_page():
    for text in ("Hale, Grain Boards, 45 (emphasis added).", "Hale, Grain Boards, 45 (my translation).",
                 "Hale, Grain Boards, 45, n. 3."):
        c = one(text)
        assert c.record == {"author": [{"family": "Hale"}], "title": "Grain Boards"}, text
        assert c.locator.startswith("45"), text


def test_short_forms_joined_by_and_and_spanish_ob_cit():
    cites = parse_note("See also Marsh, Farm Politics, 12–15, and Lowe, Bread, 7.")
    assert [(c.record["author"][0]["family"], c.record["title"], c.locator) for c in cites] == [
        ("Marsh", "Farm Politics", "12–15"), ("Lowe", "Bread", "7")]
    assert one("Pérez, Molinos, ob. cit., p. 12.").record["title"] == "Molinos"


def test_quoting_a_document_is_no_second_work():
    cites = parse_note("Ruth Hale, Grain Boards (Chicago: Prairie Press, 1971), 45, quoting the minutes of "
                       "12 March 1950.")
    assert len(cites) == 1


def test_translator_and_publisher_named_in_words_without_a_year():
    c = one("John Marsh, Bread and Wheat, translated by Anne Lowe, reprinted by Prairie Press, n.d., p. 167.")
    r = c.record
    assert (r["type"], r["title"], r["publisher"], c.locator) == ("book", "Bread and Wheat", "Prairie Press", "167")
    assert r["translator"] == [{"family": "Lowe", "given": "Anne"}]


def test_university_press_named_after_a_city_before_the_place():
    r = one("T. Marsh, Bread and the State, Cambridge University Press, Cambridge 2015.").record
    assert (r["publisher"], r["publisher-place"]) == ("Cambridge University Press", "Cambridge")


def test_czech_and_polish_issue_labels_and_spanish_author_date():
    r = one("J. Novák, „Mlýny a stát“, Zemědělské dějiny 12, 1990, č. 3, s. 45–67.").record
    assert (r["type"], r["issue"]) == ("article-journal", "3")
    r = one("A. Nowak, „Młyny i państwo”, Kwartalnik Rolniczy 81 (1990), z. 3, s. 45–67.").record
    assert (r["container-title"], r["volume"], r["issue"]) == ("Kwartalnik Rolniczy", "81", "3")
    r = one("Pérez, M. (1990): Los molinos, Madrid, Tecnos.").record
    assert (r["author"], r["title"], r["publisher-place"], r["publisher"]) == (
        [{"family": "Pérez", "given": "M."}], "Los molinos", "Madrid", "Tecnos")


def test_italian_edition_marks():
    assert one("G. Neri, Il mulino, Milano, Feltrinelli, 1990², p. 45.").record["edition"] == "2"
    assert one("G. Neri, Il mulino, 2a ed., Milano, Feltrinelli, 1990, p. 45.").record["edition"] == "2"


def test_more_volume_and_issue_spellings():
    cases = {
        "R. Hahn, Die Mühlen, in: Agrarstudien 34 (1986) 2, S. 201–230.": ("Agrarstudien", "34", "2"),
        "R. Hahn, Die Mühlen, in: Agrarstudien 34 (1986), Nr. 2, S. 201–230.": ("Agrarstudien", "34", "2"),
        "R. Roux, « Les moulins », Revue de l’Est, LXXII, 1990, p. 45-67.": ("Revue de l’Est", "LXXII", None),
        "R. Hale, ‘Mills’, Farm Studies xii (1990), 45–67.": ("Farm Studies", "xii", None),
        "R. Hale, “Mills,” Farm Studies 12, 3 (1990): 45–67.": ("Farm Studies", "12", "3"),
    }
    for text, (journal, volume, issue) in cases.items():
        r = one(text).record
        assert (r["container-title"], r["volume"], r.get("issue")) == (journal, volume, issue), text


def test_editor_marks_in_several_languages():
    cases = {
        "Орлов П. П. (ред.) Мельницы. М., 1990. С. 5.": [{"family": "Орлов", "given": "П. П."}],
        "H. Hahn / K. Weiß (Hrsg.), Mühlen, Berlin 1990, S. 5.": [{"family": "Hahn", "given": "H."},
                                                                   {"family": "Weiß", "given": "K."}],
        "J. Pérez y M. López (coords.), Molinos, Madrid, Tecnos, 1990, p. 5.": [
            {"family": "Pérez", "given": "J."}, {"family": "López", "given": "M."}],
        "R. Hale, Mühlen, hrsg. und eingeleitet von J. Marsh, Berlin 1990, S. 5.": [{"family": "Marsh", "given": "J."}],
        "R. Hale, Les moulins, édition établie par J. Roux, Paris, Belin, 1990, p. 5.": [{"family": "Roux", "given": "J."}],
        "Мельницы России / под общ. ред. И. И. Петрова. М., 1990. С. 5.": [{"family": "Петров", "given": "И. И."}],
    }
    for text, editors in cases.items():
        assert one(text).record["editor"] == editors, text


def test_blog_post_and_an_e_book_edition():
    r = one("Ruth Hale, “Mills,” Farm History Blog, March 3, 2015, https://farmhistory.org/blog/mills.").record
    assert (r["type"], r["URL"]) == ("webpage", "https://farmhistory.org/blog/mills")
    c = one("Ruth Hale, Grain Boards (Chicago: Prairie Press, 1971), Kindle edition, chap. 3.")
    assert (c.record["title"], c.record["publisher"], c.locator, c.label) == (
        "Grain Boards", "Prairie Press", "3", "chapter")


def test_gost_book_with_a_one_word_title_and_polish_cue():
    cites = parse_note("Об этом см.: Орлов П. П. Мельницы. М., 1990. С. 5; Петров И. И. Хлеб. Л., 1995. С. 7.")
    assert [(c.record["title"], c.record["publisher-place"], c.locator) for c in cites] == [
        ("Мельницы", "М.", "5"), ("Хлеб", "Л.", "7")]
    r = one("Por. J. Kowalski, Młyny, Kraków 1990, s. 5.").record
    assert r["author"] == [{"family": "Kowalski", "given": "J."}]


def test_prose_with_dates_and_names_yields_no_book():
    assert parse_note("Vol. 2 of the series appeared in 1955, vol. 3 in 1958.") == []
    assert parse_note("Le Figaro, in its editorial, called the treaty a disaster.") == []
    cites = parse_note("Holt (1988) and Marsh (1991) disagree on this point, as do later historians.")
    assert [c.record for c in cites] == [{"author": [{"family": "Holt"}], "issued": {"date-parts": [[1988]]}},
                                         {"author": [{"family": "Marsh"}], "issued": {"date-parts": [[1991]]}}]


def test_series_and_a_double_imprint():
    r = one("Ruth Hale, Les moulins, Paris, Éditions du Seuil, coll. « Points Histoire », 1990, p. 5.").record
    assert (r["collection-title"], r["publisher"], r["publisher-place"]) == (
        "Points Histoire", "Éditions du Seuil", "Paris")
    r = one("Ruth Hale, Mills (New York: Knopf; London: Cape, 1990), 5.").record
    assert (r["publisher-place"], r["publisher"]) == ("New York; London", "Knopf; Cape")  # both, as the gold joins them


def test_gost_description_with_a_page_is_a_book_with_or_without_authors():
    r = one("Сельское хозяйство СССР. Т. 2. С. 45.").record
    assert (r["type"], r["title"], r["volume"]) == ("book", "Сельское хозяйство СССР", "2")
    r = one("Орлов П. П., Петров И. И. Хлеб и власть. С. 17.").record
    assert (r["type"], [n["family"] for n in r["author"]]) == ("book", ["Орлов", "Петров"])


def test_german_colon_style_editors():
    r = one("Hans Hahn: Die Mühlen, in: Karl Roth (Hrsg.): Das Dorf, Berlin 1990, S. 5–10.").record
    assert (r["type"], r["container-title"], r["editor"]) == (
        "chapter", "Das Dorf", [{"family": "Roth", "given": "Karl"}])
    r = one("Karl Roth (Hg.): Das Dorf im Wandel, München 1990.").record
    assert (r["editor"], r["title"]) == ([{"family": "Roth", "given": "Karl"}], "Das Dorf im Wandel")
    r = one("Hans Hahn, Die Mühlen, in: Karl Roth/Otto Weiß (Hgg.), Das Dorf, Berlin 1990, S. 5–10.").record
    assert [n["family"] for n in r["editor"]] == ["Roth", "Weiß"]


def test_books_named_in_prose_by_pronoun_possessive_or_by():
    r = one("See his Memoirs (London: Cassell, 1950), 45.").record
    assert (r["title"], r["publisher"]) == ("Memoirs", "Cassell")
    r = one("For details see Hale’s classic Grain Boards (London, 1980), pp. 12–15.").record
    assert (r["title"], r["author"]) == ("Grain Boards", [{"family": "Hale"}])
    r = one("The standard account is Grain Boards by Ruth Hale (London: Batsford, 1980).").record
    assert (r["title"], r["author"]) == ("Grain Boards", [{"family": "Hale", "given": "Ruth"}])
    r = one("Britain’s Farm Problem (London, 1950), 12.").record
    assert (r["title"], "author" in r) == ("Britain’s Farm Problem", False)


def test_spanish_double_surnames_in_a_spanish_citation():
    r = one("Alberto Ruiz Tapia, La memoria de la guerra, Madrid, Alianza, 1999, p. 5.").record
    assert r["author"] == [{"family": "Ruiz Tapia", "given": "Alberto"}]
    r = one("José María Jover, La civilización española, Madrid, 1990, p. 5.").record
    assert r["author"] == [{"family": "Jover", "given": "José María"}]  # two given names
    r = one("John Maynard Keynes, The Economic Consequences of the Peace (London, 1919), 5.").record
    assert r["author"] == [{"family": "Keynes", "given": "John Maynard"}]
