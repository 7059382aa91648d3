"""Reference-list entries as MLA 9, APA 7 and Chicago bibliographies print them, read as a bibliography
pasted into `citekit parse` would be: a publisher with no town, a period inside the quoted title, a title
opening on a name and a colon."""

import pytest

from citekit.readers.notes import parse_note


def one(text):
    [c] = parse_note(text)
    return c


@pytest.mark.parametrize("text, publisher", [
    ("Gaddis, John Lewis. The Cold War: A New History. Penguin, 2005.", "Penguin"),
    ("Zubok, Vladislav M. A Failed Empire. U of North Carolina P, 2007.", "U of North Carolina P"),
    ("Gaddis, J. L. (2005). The Cold War: A new history. Penguin.", "Penguin"),
    ("Zubok, V. M. (2007). A failed empire. University of North Carolina Press.", "University of North Carolina Press"),
])
def test_a_publisher_with_no_town(text, publisher):
    c = one(text)
    assert (c.record["type"], c.record["publisher"], "publisher-place" in c.record) == ("book", publisher, False)
    assert c.record["issued"]["date-parts"][0][0] in (2005, 2007)


def test_an_apa_edition_stays_out_of_the_title():
    c = one("Zubok, V. M. (2009). A failed empire (2nd ed.). University of North Carolina Press.")
    assert (c.record["title"], c.record["edition"]) == ("A failed empire", "2")


@pytest.mark.parametrize("text", [
    "Kramer, Mark. “The Soviet Union and the 1956 Crises in Hungary and Poland.” Journal of Contemporary History, "
    "vol. 33, no. 2, 1998, pp. 163–214.",
    "Mark Kramer, “The Soviet Union and the 1956 Crises in Hungary and Poland,” Journal of Contemporary History, "
    "vol. 33, no. 2, 1998, pp. 163–214.",
])
def test_in_inside_a_quoted_title_does_not_open_the_journal(text):
    c = one(text)
    assert (c.record["title"], c.record["container-title"], c.record["volume"], c.record["issue"]) == (
        "The Soviet Union and the 1956 Crises in Hungary and Poland", "Journal of Contemporary History", "33", "2")


def test_in_after_a_german_quoted_title_still_opens_the_journal():
    c = one("Wilhelm Schröder, „Lebenslaufforschung in Deutschland“, in: Historical Social Research 31 (1984), "
            "S. 38-62.")
    assert (c.record["type"], c.record["container-title"], c.record["volume"]) == (
        "article-journal", "Historical Social Research", "31")


def test_a_title_opening_on_a_name_and_a_colon_after_the_author_s_full_stop():
    c = one("Taubman, William. Khrushchev: The Man and His Era. New York: W. W. Norton, 2003.")
    assert (c.record["author"], c.record["title"], c.record["publisher"]) == (
        [{"family": "Taubman", "given": "William"}], "Khrushchev: The Man and His Era", "W. W. Norton")


@pytest.mark.parametrize("given", ["Hans", "H.", "Hans-Peter", "Ch."])
def test_german_inverted_names_before_the_colon_still_read(given):
    c = one(f"Müller, {given}: Die Bauern. Berlin 1990, S. 5.")
    assert (c.record["author"], c.record["title"]) == ([{"family": "Müller", "given": given}], "Die Bauern")


@pytest.mark.parametrize("text, volume, years", [
    ("James G. Hershberg, “More New Evidence on the Cuban Missile Crisis,” Cold War International History Project "
     "Bulletin 8–9 (Winter 1996/1997): 270–347.", "8–9", [[1996], [1997]]),
    ("Kathryn Weathersby, “New Russian Documents on the Korean War,” CWIHP Bulletin 6-7 (Winter 1995/1996): 30-5.",
     "6-7", [[1995], [1996]]),
])
def test_a_double_issue_of_a_bulletin_over_two_years(text, volume, years):
    c = one(text)
    assert (c.record["type"], c.record["volume"], c.record["issued"], "publisher" in c.record) == (
        "article-journal", volume, {"date-parts": years}, False)
    assert c.record["container-title"].endswith("Bulletin")


def test_an_asterisk_for_the_note_s_number_is_no_part_of_the_author():
    c = one("*George Gapon, The Story of My Life (New York, 1906), 144.")
    assert (c.record["author"], c.record["title"]) == ([{"family": "Gapon", "given": "George"}], "The Story of My Life")
    c = one("*The Story of My Life* (New York, 1906), 144.")
    assert c.record["title"] == "The Story of My Life"


@pytest.mark.parametrize("name, parsed", [
    ("van de Ven", {"family": "Ven", "non-dropping-particle": "van de"}),
    ("von der Goltz", {"family": "Goltz", "non-dropping-particle": "von der"}),
    ("Hans van de Ven", {"family": "Ven", "given": "Hans", "non-dropping-particle": "van de"}),
])
def test_particles_opening_a_name_leave_no_given_name(name, parsed):
    from citekit.readers.names import parse_name
    assert parse_name(name) == parsed


@pytest.mark.parametrize("text, title, volume_title", [
    ("Foreign Relations of the United States, 1961–1963, vol. X, Cuba, 1961–1962 (Washington, DC: Government "
     "Printing Office, 1997), 120.", "Foreign Relations of the United States, 1961–1963", "Cuba, 1961–1962"),
    ("Foreign Relations of the United States, 1961–1963, vol. XV, Berlin Crisis (Washington, DC: GPO, 1994), 120.",
     "Foreign Relations of the United States, 1961–1963", "Berlin Crisis"),
])
def test_a_frus_volume_s_subject_is_its_volume_title(text, title, volume_title):
    c = one(text)
    assert (c.record["title"], c.record["volume-title"], c.locator) == (title, volume_title, "120")


@pytest.mark.parametrize("text", [
    "For an overview of the documents, see a special issue of Mezhdunarodnaya zhizn' (1992).",
    "See the special issue of *Mezhdunarodnaya zhizn'* (1992).",
    "Mezhdunarodnaya zhizn', special issue (1992).",
])
def test_a_special_issue_is_the_periodical_cited_as_a_whole(text):
    c = one(text)
    assert (c.record["type"], c.record["title"], c.record["issued"]) == (
        "periodical", "Mezhdunarodnaya zhizn'", {"date-parts": [[1992]]})


def test_a_firm_s_two_towns_joined_by_a_hyphen():
    c = one("Ennio Di Nolfo, Storia delle relazioni internazionali, Roma-Bari, Laterza, 2008, p. 45.")
    assert (c.record["title"], c.record["publisher-place"], c.record["publisher"]) == (
        "Storia delle relazioni internazionali", "Roma-Bari", "Laterza")


def test_a_title_s_years_then_its_subtitle_before_a_german_imprint():
    c = one("Bernd Stöver: Der Kalte Krieg 1947–1991. Geschichte eines radikalen Zeitalters, München 2007, S. 45–47.")
    assert (c.record["author"], c.record["title"], c.record["publisher-place"], c.locator) == (
        [{"family": "Stöver", "given": "Bernd"}], "Der Kalte Krieg 1947–1991. Geschichte eines radikalen Zeitalters",
        "München", "45–47")
    first, second = parse_note("Weber, Werke, Berlin 1950–1960. Müller, Geschichte, München 1970, S. 4.")
    assert (first.record["publisher-place"], second.record["title"]) == ("Berlin", "Geschichte")


@pytest.mark.parametrize("text, genre", [
    ('Smith, John. "Soviet Policy in Cuba." PhD diss., Harvard University, 1998.', "PhD diss."),
    ("Smith, John. “Soviet Policy in Cuba.” Master’s thesis, University of Toronto, 1998.", "Master’s thesis"),
])
def test_a_thesis_in_a_chicago_bibliography(text, genre):
    c = one(text)
    assert (c.record["type"], c.record["title"], c.record["genre"], c.record["publisher"]) == (
        "thesis", "Soviet Policy in Cuba", genre, text.split(", ")[-2])


def test_an_editorial_named_before_its_paper():
    c = one("“Soviet Missiles in Cuba,” editorial, New York Times, October 23, 1962.")
    assert (c.record["type"], c.record["container-title"], c.record["issued"]) == (
        "article-newspaper", "New York Times", {"date-parts": [[1962, 10, 23]]})
