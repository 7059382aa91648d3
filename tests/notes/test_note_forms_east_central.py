"""Forms of the national standards East-Central European historians cite by: Czech ČSN ISO 690 (surname in
capitals, given name after a comma, full stops between the parts; a journal's year, 'roč.' and 'č.'), a journal
article whose title is not set apart (its journal's volume and number tell it from a book), and a Russian imprint
with two publishers."""

import pytest

from citekit.readers.notes import parse_note


def one(text):
    [c] = parse_note(text)
    return c


@pytest.mark.parametrize("text, family, given", [
    ("TŮMA, Oldřich. Zítra zase tady. Praha: Maxdorf, 1994, s. 12.", "Tůma", "Oldřich"),
    ("ŠIMEČKA, Milan. Obnovení pořádku. Brno: Atlantis, 1990, s. 12.", "Šimečka", "Milan"),
])
def test_iso_690_books_with_given_names_beyond_ascii(text, family, given):
    c = one(text)
    assert (c.record["author"], c.record["publisher-place"], c.locator) == (
        [{"family": family, "given": given}], text.split(". ")[2].split(":")[0], "12")


def test_iso_690_chapter_keeps_the_author_s_given_name_out_of_the_title():
    c = one("TŮMA, Oldřich. Název kapitoly. In: Název knihy. Praha: ÚSD, 2005, s. 10–20.")
    assert (c.record["type"], c.record["author"], c.record["title"], c.record["container-title"]) == (
        "chapter", [{"family": "Tůma", "given": "Oldřich"}], "Název kapitoly", "Název knihy")


@pytest.mark.parametrize("text", [
    "PERNES, Jiří. Československý rok. Soudobé dějiny, 2006, roč. 13, č. 1–2, s. 20–45.",
    "Jiří Pernes, Československý rok, Soudobé dějiny, roč. 13, č. 1–2, 2006, s. 20–45.",
])
def test_czech_journal_by_year_volume_and_number(text):
    c = one(text)
    assert (c.record["type"], c.record["author"], c.record["title"], c.record["container-title"],
            c.record["volume"], c.record["issue"], c.record["issued"], c.locator) == (
        "article-journal", [{"family": "Pernes", "given": "Jiří"}], "Československý rok", "Soudobé dějiny", "13",
        "1–2", {"date-parts": [[2006]]}, "20–45")


@pytest.mark.parametrize("text", [
    "John Smith, The Village, Journal of Peasant Studies, vol. 13, no. 2, 2006, pp. 20–45.",
    "John Smith, The Village, Journal of Peasant Studies, 2006, vol. 13, no. 2, pp. 20–45.",
    "SMITH, John. The Village. Journal of Peasant Studies, 2006, vol. 13, no. 2, pp. 20–45.",
    "John Smith, The Village, Journal of Peasant Studies, vol. 13, no. 2 (Summer 2006), pp. 20–45.",
])
def test_an_unmarked_title_before_a_journal_s_volume_and_number_is_an_article(text):
    c = one(text)
    assert (c.record["type"], c.record["title"], c.record["container-title"], c.record["volume"],
            c.record["issue"], "publisher" in c.record, c.locator) == (
        "article-journal", "The Village", "Journal of Peasant Studies", "13", "2", False, "20–45")


def test_a_book_with_a_volume_and_no_issue_number_stays_a_book():
    c = one("John Smith, The Village, vol. 2, London: Macmillan, 1990, p. 45.")
    assert (c.record["type"], c.record["title"], c.record["volume"]) == ("book", "The Village", "2")


def test_two_publishers_of_one_russian_imprint():
    c = one("Млечин Л. М. Железный Шурик. М.: Яуза; Эксмо, 2004. С. 45.")
    assert (c.record["title"], c.record["publisher-place"], c.record["publisher"], c.locator) == (
        "Железный Шурик", "М.", "Яуза; Эксмо", "45")
    first, second = parse_note("Млечин Л. М. Железный Шурик. М.: Яуза, 2004. С. 45; "
                               "Иванов И. И. Книга. М.: Наука, 2004. С. 5.")
    assert (first.record["publisher"], second.record["title"]) == ("Яуза", "Книга")


@pytest.mark.parametrize("text, role, names", [
    ("Rainer M. János: Nagy Imre. Politikai életrajz. I. köt. Budapest, 1996, 45. o.", "author",
     [{"family": "Rainer", "given": "M. János"}]),
    ("Balogh Sándor – Izsák Lajos: Pártok és pártprogramok Magyarországon. Budapest, 1993. 45. o.", "author",
     [{"family": "Balogh", "given": "Sándor"}, {"family": "Izsák", "given": "Lajos"}]),
    ("Litván György (szerk.): Az 1956-os magyar forradalom. Budapest, 1991. 45.", "editor",
     [{"family": "Litván", "given": "György"}]),
])
def test_hungarian_names_come_family_first_before_the_colon(text, role, names):
    c = one(text)
    assert (c.record["type"], c.record[role], c.record["publisher-place"], c.locator) == ("book", names, "Budapest", "45")


def test_a_hungarian_title_opening_on_a_name_keeps_it_and_the_volume_goes_out():
    c = one("Rainer M. János: Nagy Imre. Politikai életrajz. I. köt. Budapest, 1996, 45. o.")
    assert (c.record["title"], c.record["volume"]) == ("Nagy Imre. Politikai életrajz", "I")


@pytest.mark.parametrize("text, volume", [
    ("Kalmár Melinda: Ennivaló és hozomány. Századok, 1998. 3. sz. 555–570.", None),
    ("Kalmár Melinda: Ennivaló és hozomány. Századok 132 (1998) 3. sz. 555–570.", "132"),
])
def test_a_hungarian_journal_s_issue(text, volume):
    c = one(text)
    assert (c.record["type"], c.record["author"], c.record["title"], c.record["container-title"],
            c.record.get("volume"), c.record["issue"], c.record["issued"], c.locator) == (
        "article-journal", [{"family": "Kalmár", "given": "Melinda"}], "Ennivaló és hozomány", "Századok", volume,
        "3", {"date-parts": [[1998]]}, "555–570")


@pytest.mark.parametrize("text, place, publisher", [
    ("Kalmár Melinda: Ennivaló és hozomány. Budapest, Magvető, 1998. 45. o.", "Budapest", "Magvető"),
    ("A. Paczkowski. Pół wieku dziejów Polski. Warszawa, PWN, 1995, s. 45.", "Warszawa", "PWN"),
    ("Smith J. The Village. Cambridge, MA, 1990. P. 45.", "Cambridge, MA", None),
    ("Smith J. The Village. Ithaca, N.Y., 1990. P. 45.", "Ithaca, N.Y.", None),
])
def test_a_town_then_a_firm_after_the_title_s_full_stop(text, place, publisher):
    c = one(text)
    assert (c.record["publisher-place"], c.record.get("publisher"), c.locator) == (place, publisher, "45")


@pytest.mark.parametrize("text, title, place", [
    ("Tůma, Oldřich: Zítra zase tady! Praha 1994, s. 12.", "Zítra zase tady!", "Praha"),
    ("Weber, Hermann: Wohin treibt die DDR? Berlin 1970, S. 12.", "Wohin treibt die DDR?", "Berlin"),
    ("Smith, John. Why War? London, Macmillan, 1990, p. 12.", "Why War?", "London"),
])
def test_a_title_ending_in_a_question_or_exclamation_mark_before_the_town(text, title, place):
    c = one(text)
    assert (c.record["title"], c.record["publisher-place"], c.locator) == (title, place, "12")


@pytest.mark.parametrize("text, family, given", [
    ("Raul Hilberg: Az európai zsidóság megsemmisítése. Budapest, 1990. 45. o.", "Hilberg", "Raul"),
    ("Hannah Arendt: Eichmann Jeruzsálemben. Budapest, 2000. 45. o.", "Arendt", "Hannah"),
])
def test_a_foreign_name_in_a_hungarian_note_keeps_its_own_order(text, family, given):
    assert one(text).record["author"] == [{"family": family, "given": given}]


@pytest.mark.parametrize("text, place", [
    ("Баев Й. Системата за европейска сигурност и Балканите. София, 2010, с. 45.", "София"),
    ("Іваненко І. Історія Галичини. Львів, 1998. С. 45.", "Львів"),
    ("Arvydas Anušauskas, Lietuvių tautos sovietinis naikinimas, Vilnius, 1996, p. 45.", "Vilnius"),
    ("Alfred Erich Senn, Lithuania 1940: Revolution from Above, Amsterdam–New York 2007, p. 45.", "Amsterdam–New York"),
])
def test_east_european_towns_and_two_towns_joined_by_a_dash(text, place):
    c = one(text)
    assert (c.record["type"], c.record["publisher-place"], c.locator) == ("book", place, "45")


def test_a_cyrillic_name_inverted_before_the_title():
    c = one("Баев, Йордан. Системата за европейска сигурност. София: Дамян Яков, 2010, с. 45.")
    assert (c.record["author"], c.record["title"]) == ([{"family": "Баев", "given": "Йордан"}],
                                                        "Системата за европейска сигурност")


@pytest.mark.parametrize("text", ["Пак там, с. 46.", "Isto, str. 51.", "Там само. С. 46."])
def test_bulgarian_serbo_croatian_and_ukrainian_ibid(text):
    [c] = parse_note(text)
    assert c.ibid and c.locator in ("46", "51")


def test_serbo_croatian_volume_and_op_cit():
    c = one("Branko Petranović, Istorija Jugoslavije 1918–1988, knj. 3, Beograd 1988, str. 45.")
    assert (c.record["title"], c.record["volume"], c.record["publisher-place"]) == (
        "Istorija Jugoslavije 1918–1988", "3", "Beograd")
    c = one("B. Petranović, nav. dj., str. 50.")
    assert (c.record, c.locator) == ({"author": [{"family": "Petranović", "given": "B."}]}, "50")
