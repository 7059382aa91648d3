"""Grammar rules of footnote citations, one test per rule, on real note texts (see tests/devsets)."""

from citekit.readers.names import parse_name
from citekit.readers.notes import parse_note


def one(text):
    cites = [c for c in parse_note(text) if not c.ibid]
    assert len(cites) == 1, cites
    return cites[0]


# --- note numbers and the prose around a citation

def test_note_number_run_into_the_text():
    c = one("2.See Wilma Fairbank, Liang and Lin: Partners in Exploring China’s Architectural Past "
            "(Philadelphia: University of Pennsylvania Press, 1995), 69.")
    assert c.record["author"] == [{"family": "Fairbank", "given": "Wilma"}]
    c = one("87Riemann, Robert, Gottfried August Bürger. Leipzig o J. [1904].")
    assert c.record["author"] == [{"family": "Riemann", "given": "Robert"}]


def test_prose_after_the_page_is_not_part_of_the_citation():
    c = one("2.See Wilma Fairbank, Liang and Lin: Partners in Exploring China’s Architectural Past "
            "(Philadelphia: University of Pennsylvania Press, 1995), 69, for an account of the "
            "different types of pagoda and their relation to Indian stupas.")
    assert c.record["publisher"] == "University of Pennsylvania Press"
    assert (c.locator, c.label) == ("69", "page")


def test_citing_opens_a_second_citation():
    cites = parse_note("4.Schafer, Golden Peaches, 28, citing a part of Yuan Zhen, “Faqu.” "
                       "Translation slightly altered.")
    assert cites[0].record == {"author": [{"family": "Schafer"}], "title": "Golden Peaches"}
    assert cites[0].locator == "28"
    assert cites[1].record["title"] == "Faqu"
    assert "container-title" not in cites[1].record  # the next sentence is prose


def test_editorial_remark_in_brackets_is_dropped():
    c = one("(4) Đào Duy Anh, Lịch sử Việt Nam [first published in 1955, Hanoi; reprinted by Văn "
            "Hóa Thông Tin in 2002] p. 38.")
    assert c.record["title"] == "Lịch sử Việt Nam"
    assert c.locator == "38"


# --- German

def test_german_hg_v_and_o_j_with_the_year_supplied():
    c = one("84Bürger, Gottfried August, Gedichte, hg. v. A.[ugust] Sauer. Berlin/Stuttgart o.J. "
            "[1883], S. V.")
    assert c.record["author"] == [{"family": "Bürger", "given": "Gottfried August"}]
    assert c.record["editor"] == [{"family": "Sauer", "given": "A.[ugust]"}]
    assert c.record["title"] == "Gedichte"
    assert c.record["publisher-place"] == "Berlin/Stuttgart"
    assert c.record["issued"] == {"date-parts": [[1883]]}
    assert (c.locator, c.label) == ("V", "page")  # a roman page of the introduction


def test_german_edition_before_o_j_and_hg_mit_einleitung():
    c = one("88Bürger, Gottfried August, Gedichte in zwei Teilen, hg., mit Einl. u. Anm. v. Ernst "
            "Consentius. Berlin u.a. 2o.J. [1914], S. XI.")
    assert c.record["editor"] == [{"family": "Consentius", "given": "Ernst"}]
    assert (c.record["edition"], c.record["publisher-place"]) == ("2", "Berlin u.a.")
    assert c.locator == "XI"


def test_german_superscript_edition_run_into_the_year():
    c = one("83Bürger, Gottfried August, Gedichte, hg. v. Julius Tittmann. Leipzig 21891")
    assert c.record["edition"] == "2"
    assert c.record["issued"] == {"date-parts": [[1891]]}
    assert c.record["publisher-place"] == "Leipzig"


def test_german_title_place_year_after_a_full_stop():
    c = one("86\nWurzbach, Wolfgang v., Gottf. Aug. Bürger. Sein Leben und seine Werke. Leipzig "
            "1900, S. 6.")
    assert c.record["author"] == [{"family": "Wurzbach", "given": "Wolfgang v."}]
    assert c.record["title"] == "Gottf. Aug. Bürger. Sein Leben und seine Werke"
    assert c.record["publisher-place"] == "Leipzig"


# --- names written family first

def test_chinese_and_vietnamese_names_family_first():
    assert parse_name("Ma Huan") == {"family": "Ma", "given": "Huan"}
    assert parse_name("Feng Ch’eng-Chün") == {"family": "Feng", "given": "Ch’eng-Chün"}
    assert parse_name("Nguyễn Phương") == {"family": "Nguyễn", "given": "Phương"}
    assert parse_name("Hồ Tài Huệ Tâm") == {"family": "Hồ", "given": "Tài Huệ Tâm"}
    assert parse_name("Ngo Dinh Diem") == {"family": "Ngo", "given": "Dinh Diem"}


def test_western_order_kept_when_unsure():
    assert parse_name("Qiang Zhai") == {"family": "Zhai", "given": "Qiang"}
    assert parse_name("Jian Chen") == {"family": "Chen", "given": "Jian"}
    assert parse_name("Kim Philby") == {"family": "Philby", "given": "Kim"}
    assert parse_name("Mark Kramer") == {"family": "Kramer", "given": "Mark"}


def test_vietnamese_author_in_a_note():
    c = one("(9) Hoàng Văn Chí, Duy văn sử quan, Cành Nam publisher, USA, 1990, pp. 78 and 79.")
    assert c.record["author"] == [{"family": "Hoàng", "given": "Văn Chí"}]
    assert (c.record["publisher"], c.record["publisher-place"]) == ("Cành Nam", "USA")
    assert c.record["title"] == "Duy văn sử quan"


# --- locators

def test_page_written_out_and_page_with_a_section_letter():
    c = one("3. Carl Jung, Man and His Symbols, Doubleday, Garden City, NY, 1964, page 85.")
    assert (c.record["publisher"], c.record["publisher-place"]) == ("Doubleday", "Garden City, NY")
    assert (c.locator, c.label) == ("85", "page")
    c = one("2. The New York Times Editorial Board, “Vladimir Putin Can Stop This War,” New York "
            "Times,  July 18, 2014, page A22. Accessible online.")
    assert c.record["type"] == "article-newspaper"
    assert c.record["author"] == [{"literal": "The New York Times Editorial Board"}]
    assert c.record["issued"] == {"date-parts": [[2014, 7, 18]]}
    assert c.locator == "A22"


def test_volume_and_page_with_a_space_after_the_colon():
    c = one("13. Madam Nhu, Caillou Blanc, 2: 13.")
    assert (c.record["title"], c.record["volume"], c.locator) == ("Caillou Blanc", "2", "13")


# --- GOST

def test_gost_latin_author_cyrillic_page_and_two_places():
    c = one("501\nKozlov D. The Readers of Novyi Mir: Coming to Terms with the Stalinist Past. "
            "Cambridge, Mass.; London, 2013. Р. 89, 91.")
    assert c.record["author"] == [{"family": "Kozlov", "given": "D."}]
    assert c.record["title"] == "The Readers of Novyi Mir: Coming to Terms with the Stalinist Past"
    assert c.record["publisher-place"] == "Cambridge, Mass.; London"
    assert c.locator == "89, 91"


def test_gost_chapter_with_latin_author():
    c = one("506\nHornsby R. A «Merciless Struggle»: De-Stalinization and the 1957 Clampdown on "
            "Dissent // De-Stalinization Reconsidered: Persistence and Change in the Soviet Union. "
            "Frankfurt, 2014. Р. 102.")
    assert c.record["type"] == "chapter"
    assert c.record["author"] == [{"family": "Hornsby", "given": "R."}]
    assert c.record["container-title"] == ("De-Stalinization Reconsidered: Persistence and Change "
                                           "in the Soviet Union")
    assert c.locator == "102"


def test_gost_several_authors():
    cites = parse_note("507\nЗезина М. Р. Из истории общественного сознания периода «оттепели». "
                       "С. 23; Назаров Б. А., Гриднева О. В. К вопросу об отставании драматургии "
                       "и театра // Вопросы философии. 1956. № 5. С. 85–94.")
    art = cites[1].record
    assert art["author"] == [{"family": "Назаров", "given": "Б. А."},
                             {"family": "Гриднева", "given": "О. В."}]
    assert (art["container-title"], art["issue"]) == ("Вопросы философии", "5")
    c = one("25\n\nДевятов С., Шефов А., Юрьев Ю. Ближняя дача Сталина. С. 287.")
    assert [n["family"] for n in c.record["author"]] == ["Девятов", "Шефов", "Юрьев"]
    assert c.record["title"] == "Ближняя дача Сталина"


# --- roles after a name, lists of editors, names broken across lines

def test_role_after_the_name():
    c = one("6. W. G. Aston, tr., Nihongi, p. 77.")
    assert c.record["translator"] == [{"family": "Aston", "given": "W. G."}]
    assert (c.record["title"], c.locator) == ("Nihongi", "77")
    c = one("5. Quoted in Agency for Cultural Affairs, ed., Japanese Religion, pp. 37–38.")
    assert c.record["editor"] == [{"literal": "Agency for Cultural Affairs"}]
    assert c.record["title"] == "Japanese Religion"


def test_three_editors_with_a_serial_and():
    c = parse_note("1. See: ‘Naming the Country Viet Nam’, in George Dutton, Jayne Werner, and John "
                   "Whitmore, eds., Sources of Vietnamese Tradition (New York: Columbia University "
                   "Press, 2012), pp. 258–9.")[0]
    assert c.record["type"] == "chapter"
    assert [n["family"] for n in c.record["editor"]] == ["Dutton", "Werner", "Whitmore"]
    assert c.record["container-title"] == "Sources of Vietnamese Tradition"


def test_hyphen_of_a_line_break_kept_inside_the_name():
    assert parse_name("Richard Ponsonby- Fane") == {"family": "Ponsonby- Fane", "given": "Richard"}
    assert parse_name("Ben- Ami Shillony") == {"family": "Shillony", "given": "Ben- Ami"}


def test_named_work_without_page_or_imprint():
    c = one("8. See Gari Ledyard, “Galloping Along with the Horseriders: Looking for the Founders "
            "of Japan.”")
    assert c.record["author"] == [{"family": "Ledyard", "given": "Gari"}]
    assert c.record["title"] == "Galloping Along with the Horseriders: Looking for the Founders of Japan"


def test_see_opens_a_new_citation_sentence():
    cites = parse_note("1 Joyce Ackroyd, tr., Lessons from History: Arai Hakuseki’s Tokushi Yoron. "
                       "For the Japanese, see Tokushi\nyoron, in Arai Hakuseki.")
    assert cites[0].record["title"] == "Lessons from History: Arai Hakuseki’s Tokushi Yoron"
    assert cites[0].record["translator"] == [{"family": "Ackroyd", "given": "Joyce"}]
    assert cites[1].record["container-title"] == "Arai Hakuseki"


def test_spelled_out_page_needs_a_comma_so_prose_is_not_a_citation():
    cites = parse_note("1. Dimitri K. Simes, “The Realist: Reawakening an Empire,” The National "
                       "Interest, July/August 2014, pp. 5-15. The quoted text appears on the top of "
                       "page 6. Accessible online.")
    assert len(cites) == 1 and cites[0].locator == "5–15"


# --- GOST imprints and dates

def test_gost_title_with_years_then_the_imprint():
    c = one("502\nЗубкова Е. Ю. Общество и реформы, 1945–1964. М., 1993. С. 151.")
    assert c.record["title"] == "Общество и реформы, 1945–1964"
    assert (c.record["publisher-place"], c.record["issued"]) == ("М.", {"date-parts": [[1993]]})
    assert c.locator == "151"


def test_russian_abbreviated_month():
    c = one("499\nПравда. 1956. 6 нояб.")
    assert c.record["issued"] == {"date-parts": [[1956, 11, 6]]}


def test_source_in_parentheses_at_the_end_of_prose():
    c = one("26\n\nО существовании такой сталинской записной книжки рассказывал Л. М. Каганович "
            "(Чуев Ф. И. Каганович. Шепилов. М., 2001. С. 137).")
    assert c.record["author"] == [{"family": "Чуев", "given": "Ф. И."}]
    assert (c.record["title"], c.locator) == ("Каганович. Шепилов", "137")


# --- German quotation marks, 'hier S.'; corporate authors with commas

def test_german_nested_quotes_and_pin_page_after_hier():
    c = one("12 Hans Mommsen, „Die Realisierung des Utopischen: Die „Endlösung der Judenfrage“ im "
            "„Dritten Reich““, in: Geschichte und Gesellschaft 9 (1983), S. 381–420, hier S. 390.")
    assert c.record["title"] == ("Die Realisierung des Utopischen: Die „Endlösung der Judenfrage“ "
                                 "im „Dritten Reich“")
    assert (c.record["type"], c.record["container-title"]) == ("article-journal", "Geschichte und Gesellschaft")
    assert (c.record["volume"], c.record["page"], c.locator) == ("9", "381–420", "390")


def test_quotes_inside_an_unmarked_title():
    c = one("Vgl. Hans Mommsen, Die Realisierung des Utopischen: Die „Endlösung der Judenfrage“ im "
            "„Dritten Reich“, in: Geschichte und Gesellschaft 9 (1983), S. 381–420.")
    assert c.record["author"] == [{"family": "Mommsen", "given": "Hans"}]
    assert c.record["title"].startswith("Die Realisierung des Utopischen")


def test_german_guillemets_and_in_colon_is_not_an_imprint():
    c = one("Vgl. Martin Broszat, »Nationalsozialistische Konzentrationslager 1933–1945«, in: "
            "Anatomie des SS-Staates, Bd. 2, Olten 1965, S. 11–133.")
    assert c.record["type"] == "chapter"
    assert c.record["title"] == "Nationalsozialistische Konzentrationslager 1933–1945"
    assert c.record["container-title"] == "Anatomie des SS-Staates"
    assert (c.record["volume"], c.record["publisher-place"]) == ("2", "Olten")


def test_corporate_author_named_down_its_hierarchy():
    c = one("94. Estado Español, Ministerio de la Gobernación, Dictamen de la comisión sobre "
            "ilegitimidad de poderes actuantes en 18 de julio de 1936 , Barcelona, 1939.")
    assert c.record["author"] == [{"literal": "Estado Español, Ministerio de la Gobernación"}]
    assert c.record["type"] == "report"
    assert c.record["title"].startswith("Dictamen de la comisión")
    c = one("United States, Department of State, Foreign Relations of the United States, 1950, "
            "vol. 7 (Washington, DC: Government Printing Office, 1976), 123.")
    assert c.record["author"] == [{"literal": "United States, Department of State"}]
    assert c.record["volume"] == "7"


def test_reprint_after_the_first_imprint_and_annotated_translation():
    c = one("7.Chau Ju-kua: His Work on the Chinese and Arab Trade in the Twelfth and Thirteenth "
            "Centuries, Entitled Chu-fan-chï, translated from the Chinese and annotated by Friedrich "
            "Hirth and W. W. Rockhill (St. Petersburg: Imperial Academy of Sciences, 1911; reprint, "
            "New York: Paragon, 1966), 144.")
    assert c.record["title"].startswith("Chau Ju-kua: His Work")  # 'Name: Title' is German order only
    assert "author" not in c.record
    assert [n["family"] for n in c.record["translator"]] == ["Hirth", "Rockhill"]
    assert (c.record["publisher"], c.record["issued"]) == ("Paragon", {"date-parts": [[1966]]})
    assert c.record["original-date"] == {"date-parts": [[1911]]}
    assert c.locator == "144"


def test_working_paper_is_a_report_in_a_series():
    c = one("Kathryn Weathersby, “Soviet Aims in Korea and the Origins of the Korean War, 1945–1950,” "
            "Cold War International History Project Working Paper No. 8 (Washington, DC: Woodrow "
            "Wilson International Center for Scholars, 1993), 25.")
    assert c.record["type"] == "report"
    assert c.record["collection-title"] == "Cold War International History Project Working Paper"
    assert c.record["number"] == "8"
    assert c.record["publisher"] == "Woodrow Wilson International Center for Scholars"


def test_italian_issue_after_the_year():
    c = one("M. Kramer, The Soviet Union and the 1956 Crises, in «Journal of Contemporary History», "
            "33 (1998), n. 2, pp. 163-214.")
    assert c.record["type"] == "article-journal"
    assert (c.record["volume"], c.record["issue"]) == ("33", "2")
    c = one("A. Rossi, Il caso, «Studi storici», XXI (1980), fasc. 3, pp. 45-67.")
    assert (c.record["container-title"], c.record["volume"], c.record["issue"]) == ("Studi storici", "XXI", "3")


def test_newspaper_issue_in_french_german_and_with_its_city():
    c = one("Le Monde, 12 janvier 1962.")
    assert c.record == {"type": "article-newspaper", "container-title": "Le Monde",
                        "issued": {"date-parts": [[1962, 1, 12]]}}
    c = one("Frankfurter Allgemeine Zeitung, 16. August 1973, S. 3.")
    assert c.record["issued"] == {"date-parts": [[1973, 8, 16]]}
    assert c.locator == "3"
    c = one("Times (London), 3 March 1953, p. 6.")
    assert c.record["container-title"] == "Times (London)"


def test_european_month_names():
    from citekit.readers.cite_parts import first_date
    assert first_date("3 marzo 1950") == {"date-parts": [[1950, 3, 3]]}
    assert first_date("1 juin 1940") == {"date-parts": [[1940, 6, 1]]}
    assert first_date("juillet 1962") == {"date-parts": [[1962, 7]]}


def test_mla_inverted_name_with_two_given_names():
    c = one("Gaddis, John Lewis. The Cold War: A New History. New York: Penguin, 2005.")
    assert c.record["author"] == [{"family": "Gaddis", "given": "John Lewis"}]
    assert c.record["title"] == "The Cold War: A New History"


def test_vietnamese_page_and_a_long_publisher_name():
    c = one("Trần Trọng Kim, Việt Nam sử lược (Sài Gòn: Tân Việt, 1964), tr. 45.")
    assert c.record["author"] == [{"family": "Trần", "given": "Trọng Kim"}]
    assert (c.locator, c.label) == ("45", "page")
    c = one("(6) Figure is redrawn from Phạm Huy Thông, Dong Son Drums in Viet Nam, Hanoi: The "
            "Vietnam Social Science Publishing House, 1990, p. 5.")
    assert c.record["publisher"] == "The Vietnam Social Science Publishing House"


def test_theses_in_german_and_french():
    c = one("Jürgen Kocka, Unternehmensverwaltung und Angestelltenschaft am Beispiel Siemens "
            "1847–1914, Diss. phil., Freie Universität Berlin 1968, S. 45.")
    assert c.record["type"] == "thesis"
    assert c.record["genre"] == "Diss. phil"
    assert c.record["publisher"] == "Freie Universität Berlin"


def test_broadcaster_as_author_keeps_its_capitals():
    c = one("BBC News, “Ukraine Crisis: Timeline,” 13 November 2014, "
            "https://www.bbc.co.uk/news/world-middle-east-26248275.")
    assert c.record["author"] == [{"literal": "BBC News"}]
    assert c.record["type"] == "webpage"


def test_gost_editors_after_the_slash_and_no_sentence_break_after_red():
    c = one("Холодная война 1945–1963 гг. Историческая ретроспектива / отв. ред. Н. И. Егорова, "
            "А. О. Чубарьян. М.: ОЛМА-Пресс, 2003. С. 45.")
    assert c.record["title"] == "Холодная война 1945–1963 гг. Историческая ретроспектива"
    assert c.record["editor"] == [{"family": "Егорова", "given": "Н. И."},  # 'отв. ред.': nominative
                                  {"family": "Чубарьян", "given": "А. О."}]
    assert (c.record["publisher"], c.locator) == ("ОЛМА-Пресс", "45")


def test_ibid_after_a_cue():
    cites = parse_note("Cf. Ibid., p. 12.")
    assert len(cites) == 1 and cites[0].ibid and cites[0].locator == "12"


def test_space_before_comma_and_a_short_forms_roman_volume():
    cites = parse_note("96. FRUS 1939 , II, pp. 751, 763; Documentos inéditos , pp. 292-293, 323-324; "
                       "José Manuel Martínez Bande, El final de la Guerra Civil , Madrid, 1985, pp. 296-31")
    assert (cites[0].record["title"], cites[0].record["volume"]) == ("FRUS 1939", "II")
    assert cites[2].record["title"] == "El final de la Guerra Civil"
    assert cites[2].record["publisher-place"] == "Madrid"


def test_a_person_known_by_an_honorific():
    assert parse_name("Madame Nhu") == {"literal": "Madame Nhu"}
    c = one("13. Madam Nhu, Caillou Blanc, 2: 13.")
    assert c.record["author"][0].get("literal", c.record["author"][0].get("family")) == "Madam Nhu"


# --- journals: issue ranges, JSTOR dates, German 'Name: Titel. In: Zeitschrift'

def test_issue_range_and_jstor_date():
    c = one("Cahiers du monde russe 45, no. 3–4 (2004): 12–34.")
    assert (c.record["volume"], c.record["issue"]) == ("45", "3–4")
    c = one("Robert C. Tucker, “The Emergence of Stalin’s Foreign Policy,” Slavic Review, Vol. 36, "
            "No. 4 (Dec., 1977), pp. 563-589.")
    assert (c.record["volume"], c.record["issue"]) == ("36", "4")
    assert c.record["issued"] == {"date-parts": [[1977, 12]]}


def test_imprint_in_parentheses_is_not_a_journal_date():
    c = one("1. Jean Tulard, ‘Le Retour des Cendres’, in Pierre Nora (ed.), Les lieux de mémoire, "
            "part II: La Nation, vol. 3 (Paris, 1986), p. 103.")
    assert c.record["type"] == "chapter"


def test_german_name_colon_title_in_journal():
    c = one("Hans Mommsen: Die Realisierung des Utopischen. In: Geschichte und Gesellschaft 9 "
            "(1983), S. 381–420.")
    assert c.record["author"] == [{"family": "Mommsen", "given": "Hans"}]
    assert c.record["title"] == "Die Realisierung des Utopischen"
    assert c.record["container-title"] == "Geschichte und Gesellschaft"


def test_dated_sentences_are_not_citations():
    assert parse_note("The meeting took place on 12 March 1953, in Moscow.") == []
    assert parse_note("He was born in 1903 and died in Paris, 1971.") == []
    assert parse_note("Stalin died on 5 March 1953.") == []


def test_esp_before_the_pages_and_and_on_before_the_next_author():
    c = one("On the Berlin crisis, the best account is still Hope M. Harrison, Driving the Soviets up "
            "the Wall (Princeton: Princeton University Press, 2003), esp. 139–223.")
    assert (c.locator, c.label) == ("139–223", "page")
    cites = parse_note("For the figures I rely on R. W. Davies, Soviet Economic Development from Lenin to "
                       "Khrushchev (Cambridge: Cambridge University Press, 1998), 45, and on Mark "
                       "Harrison, Soviet Planning in Peace and War (Cambridge, 1985), 12.")
    assert [c.record["author"][0]["family"] for c in cites] == ["Davies", "Harrison"]
    assert [c.locator for c in cites] == ["45", "12"]


def test_international_and_european_bodies_as_authors_and_editors():
    c = one("World Bank, World Development Report 1990: Poverty (New York: Oxford University Press, "
            "1990), 12.")
    assert (c.record["author"], c.record["type"]) == ([{"literal": "World Bank"}], "report")
    c = one("Institut für Zeitgeschichte (Hg.), Akten zur Auswärtigen Politik der Bundesrepublik "
            "Deutschland 1963, Bd. 2, München 1994, S. 45.")
    assert c.record["editor"] == [{"literal": "Institut für Zeitgeschichte"}]
    assert c.record["volume"] == "2"
    c = one("Adam Smith, The Wealth of Nations (London, 1776), 45.")  # 'Nations' in a title is no body
    assert c.record["author"] == [{"family": "Smith", "given": "Adam"}]


def test_gost_edition_and_volume_and_german_band():
    c = one("Ленин В. И. Полное собрание сочинений. 5-е изд. Т. 45. М.: Политиздат, 1970. С. 343.")
    assert (c.record["title"], c.record["edition"], c.record["volume"]) == (
        "Полное собрание сочинений", "5", "45")
    c = one("Max Weber, Wirtschaft und Gesellschaft, Band 2, Tübingen 1956, S. 45.")
    assert (c.record["title"], c.record["volume"]) == ("Wirtschaft und Gesellschaft", "2")


# --- Chinese and Japanese script

def test_chinese_book_notes_separated_by_a_fullwidth_semicolon():
    cites = parse_note("杨奎松：《毛泽东与莫斯科的恩恩怨怨》，南昌：江西人民出版社，1999年，第12—15页；"
                       "沈志华：《毛泽东、斯大林与朝鲜战争》，广州：广东人民出版社，2003年，第45页。")
    assert len(cites) == 2
    c = cites[1].record
    assert c["author"] == [{"family": "沈", "given": "志华"}]
    assert (c["type"], c["title"]) == ("book", "毛泽东、斯大林与朝鲜战争")
    assert (c["publisher-place"], c["publisher"]) == ("广州", "广东人民出版社")
    assert c["issued"] == {"date-parts": [[2003]]}
    assert (cites[0].locator, cites[1].locator) == ("12–15", "45")


def test_japanese_book_name_kept_whole():
    c = one("1 和田春樹『朝鮮戦争全史』岩波書店、2002年、45頁。")
    assert c.record["author"] == [{"literal": "和田春樹"}]
    assert (c.record["title"], c.record["publisher"]) == ("朝鮮戦争全史", "岩波書店")
    assert (c.locator, c.label) == ("45", "page")
