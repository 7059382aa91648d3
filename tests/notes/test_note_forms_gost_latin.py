"""GOST descriptions in Latin letters, as Russian historians cite English books and journals: cities cut
to 'L.' and 'N. Y.', two cities with ';', an edition before the imprint, a journal's volume and number
with the issue's date in parentheses, three initials; and a Russian journal's double number."""

import pytest

from citekit.readers.notes import parse_note


def one(text):
    [c] = parse_note(text)
    return c


FIELDS = ("type", "author", "title", "container-title", "volume", "issue", "publisher-place", "publisher",
          "issued", "edition")


def fields(c):
    return {k: c.record[k] for k in FIELDS if k in c.record}


@pytest.mark.parametrize("text, place, publisher", [
    ("Mastny V. The Cold War and Soviet Insecurity. L., 1996. P. 30.", "L.", None),
    ("Mastny V. The Cold War and Soviet Insecurity. N. Y., 1996. P. 30.", "N. Y.", None),
    ("Mastny V. The Cold War and Soviet Insecurity. New Haven; L., 1996. P. 30.", "New Haven; L.", None),
    ("Mastny V. The Cold War and Soviet Insecurity. N.Y.; L.: W. W. Norton, 1996. P. 30.", "N.Y.; L.", "W. W. Norton"),
    ("Mastny V. The Cold War and Soviet Insecurity. Oxford; N. Y.: Oxford University Press, 1996. P. 30.",
     "Oxford; N. Y.", "Oxford University Press"),
    ("Mastny V. The Cold War and Soviet Insecurity. Lanham (Md.), 1996. P. 30.", "Lanham (Md.)", None),
])
def test_latin_gost_book_cities_as_printed(text, place, publisher):
    c = one(text)
    assert fields(c) == {"type": "book", "author": [{"family": "Mastny", "given": "V."}],
                         "title": "The Cold War and Soviet Insecurity", "publisher-place": place,
                         **({"publisher": publisher} if publisher else {}), "issued": {"date-parts": [[1996]]}}
    assert (c.locator, c.label) == ("30", "page")


def test_a_title_with_a_comma_and_years_then_a_city_cut_short_is_one_book():
    c = one("McNeill W. H. America, Britain and Russia. Their Cooperation and Conflict, 1941-1946. L., 1953. P. 495.")
    assert fields(c) == {"type": "book", "author": [{"family": "McNeill", "given": "W. H."}],
                         "title": "America, Britain and Russia. Their Cooperation and Conflict, 1941-1946",
                         "publisher-place": "L.", "issued": {"date-parts": [[1953]]}}


def test_an_edition_before_the_imprint():
    c = one("Ulam A. Expansion and Coexistence. 2nd ed. N. Y., 1974. P. 400.")
    assert (c.record["title"], c.record["edition"], c.record["publisher-place"]) == (
        "Expansion and Coexistence", "2", "N. Y.")


@pytest.mark.parametrize("text, issued", [
    ("Siracusa J. M. The Night Stalin and Churchill Divided Europe // The Review of Politics. Vol. 43. № 3. "
     "(Jul., 1981). P. 405.", [1981, 7]),
    ("Siracusa J. M. The Night Stalin and Churchill Divided Europe // The Review of Politics. Vol. 43. № 3 "
     "(1981). P. 405.", [1981]),
])
def test_a_journal_s_volume_and_number_then_its_issue_s_date_in_parentheses(text, issued):
    c = one(text)
    assert fields(c) == {"type": "article-journal", "author": [{"family": "Siracusa", "given": "J. M."}],
                         "title": "The Night Stalin and Churchill Divided Europe",
                         "container-title": "The Review of Politics", "volume": "43", "issue": "3",
                         "issued": {"date-parts": [issued]}}
    assert c.locator == "405"


def test_three_latin_initials_then_a_title_opening_on_a():
    c = one("Holdich P. G. H. A Policy of Percentages? // The International History Review. Vol. 9. № 1 "
            "(Feb., 1987). P. 28-47.")
    assert (c.record["author"], c.record["title"], c.record["issued"]) == (
        [{"family": "Holdich", "given": "P. G. H."}], "A Policy of Percentages?", {"date-parts": [[1987, 2]]})


def test_two_cyrillic_initials_then_a_garbled_one_stay_two():
    c = one("Пономарев А. H.H. С. Хрущев: начало карьеры // Неизвестная Россия: XX век. Т. 3. С. 120–121.")
    assert c.record["author"] == [{"family": "Пономарев", "given": "А. H."}]


@pytest.mark.parametrize("number", ["3-4", "3–4", "3/4"])
def test_a_russian_journal_s_double_number(number):
    c = one(f"Семенов В. С. От Хрущева до Горбачева // Новая и новейшая история. 2004. № {number}. С. 127.")
    assert fields(c) == {"type": "article-journal", "author": [{"family": "Семенов", "given": "В. С."}],
                         "title": "От Хрущева до Горбачева", "container-title": "Новая и новейшая история",
                         "issue": number, "issued": {"date-parts": [[2004]]}}
    assert c.locator == "127"


@pytest.mark.parametrize("text", [
    "Zubok V. M. Neudavshaiasia imperiia. M.: ROSSPEN, 2011. S. 45.",  # 'S.' for 'С.'
    "Zubok V. M. Neudavshaiasia imperiia. M.: ROSSPEN, 2011. 671 p.",  # the book's length
    "Zubok V. M. Neudavshaiasia imperiia. M.: ROSSPEN, 2011.",  # no page at all
])
def test_transliterated_gost_books_part_author_and_title(text):
    c = one(text)
    assert (c.record["author"], c.record["title"], c.record["publisher"]) == (
        [{"family": "Zubok", "given": "V. M."}], "Neudavshaiasia imperiia", "ROSSPEN")


@pytest.mark.parametrize("role", ["Ред.-сост.", "ред.-сост.", "Гл. ред.", "Науч. ред.", "Ред."])
def test_gost_statements_of_responsibility_name_the_editor(role):
    c = one(f"Советский Союз и венгерский кризис 1956 года: Документы / {role} Е. Д. Орехова и др. "
            "М.: РОССПЭН, 1998. С. 45.")
    assert (c.record["title"], c.record["editor"], c.record["publisher"], c.locator) == (
        "Советский Союз и венгерский кризис 1956 года: Документы", [{"family": "Орехова", "given": "Е. Д."}],
        "РОССПЭН", "45")


@pytest.mark.parametrize("text, place, publisher", [
    ("Heuman S. Kistiakovsky. Cambridge; Mass.: Harvard Ukrainian Research Institute, 1998. P. 130–146.",
     "Cambridge; Mass.", "Harvard Ukrainian Research Institute"),
    ("Edelman R. Gentry Politics. New Brunswick; N. J.: Rutgers University Press, 1980. P. 5.",
     "New Brunswick; N. J.", "Rutgers University Press"),
    ("Suny R. G. The Making of the Georgian Nation. Bloomington: Indiana University Press; Hoover Institution "
     "Press, 1988. P. 142.", "Bloomington", "Indiana University Press; Hoover Institution Press"),
])
def test_a_state_after_the_semicolon_and_two_firms_of_one_imprint(text, place, publisher):
    c = one(text)
    assert (c.record["publisher-place"], c.record["publisher"]) == (place, publisher)


def test_a_translation_s_v_before_a_book_in_latin_letters_opens_the_book():
    c = one("Albert Bergesen, “Die rituelle Ordnung,” в Ritualtheorien. Ein einführendes Handbuch, eds. Andrea "
            "Belliger and David J. Krieger (Opladen: Westdeutscher Verlag, 1998), 50–51.")
    assert (c.record["type"], c.record["container-title"], c.record["publisher"]) == (
        "chapter", "Ritualtheorien. Ein einführendes Handbuch", "Westdeutscher Verlag")


def test_a_journal_by_volume_number_and_month_after_the_slashes():
    c = one("Gooding J. Gorbachev and Democracy // Russian Review 51. No. 1. January 1992. P. 36–57.")
    assert (c.record["type"], c.record["container-title"], c.record["volume"], c.record["issue"],
            c.record["issued"], c.locator) == (
        "article-journal", "Russian Review", "51", "1", {"date-parts": [[1992, 1]]}, "36–57")


def test_a_thesis_s_university_and_year_then_its_kind():
    c = one("Sanborn J. A. Drafting the Nation: Military Conscription in Tsarist and Soviet Russia, 1905–1925. "
            "University of Chicago, 1998 (Ph. D. diss.).")
    assert (c.record["type"], c.record["author"], c.record["title"], c.record["publisher"], c.record["issued"]) == (
        "thesis", [{"family": "Sanborn", "given": "J. A."}],
        "Drafting the Nation: Military Conscription in Tsarist and Soviet Russia, 1905–1925",
        "University of Chicago", {"date-parts": [[1998]]})


def test_russian_prose_naming_the_work_after_its_colon():
    c = one("Этот конфликт отражен в работе: Sanborn J. A. Drafting the Nation. Chicago, 1998. P. 5.")
    assert (c.record["author"], c.record["title"]) == ([{"family": "Sanborn", "given": "J. A."}], "Drafting the Nation")


@pytest.mark.parametrize("genre", ["Уч. пособие", "учеб. пособие", "монография", "сб. ст.", "сб. док."])
def test_a_gost_genre_after_the_title_is_no_part_of_it(genre):
    c = one(f"Бочарова З. С. Судьбы российской эмиграции: 1917–1930-е годы: {genre}. Уфа: Восточн. ун-т, 1998. С. 73.")
    assert (c.record["title"], c.record["publisher-place"]) == ("Судьбы российской эмиграции: 1917–1930-е годы", "Уфа")


def test_gost_s_electronic_resource_is_no_part_of_the_title():
    c = one("Зубкова Е. Ю. Послевоенное советское общество [Электронный ресурс]. URL: http://www.example.ru/z.html "
            "(дата обращения: 12.03.2015).")
    assert (c.record["title"], c.record["URL"]) == ("Послевоенное советское общество", "http://www.example.ru/z.html")


@pytest.mark.parametrize("parts", ["Кн. 1, ч. 2", "Кн. 1. Ч. 2", "Кн. 1"])
def test_a_book_of_a_set_and_its_part_after_the_imprint(parts):
    c = one(f"Волкогонов Д. А. Триумф и трагедия. В 2 кн. М.: Новости, 1989. {parts}. С. 12.")
    assert (c.record["title"], c.record["volume"], c.record["publisher"], c.locator) == (
        "Триумф и трагедия", "1", "Новости", "12")


def test_two_towns_cut_short_are_no_firm():
    c = one("Taubman W. Khrushchev: The Man and His Era. N. Y.; L., 2003. P. 45.")
    assert (c.record["publisher-place"], "publisher" in c.record) == ("N. Y.; L.", False)


def test_a_journal_s_issue_cited_as_a_whole_with_its_volume():
    c = one("Cold War History. 2004. Vol. 4. № 3. P. 45.")
    assert (c.record["type"], c.record["title"], c.record["volume"], c.record["issue"]) == (
        "periodical", "Cold War History", "4", "3")
