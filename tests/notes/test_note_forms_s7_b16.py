"""Note shapes of the sixteenth gathering's languages: Hungarian page labels after the number, `id. mű`
short forms and `Uo.`, and other forms."""

import pytest

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


@pytest.mark.parametrize("text, locator", [
    ("12. Kovács Péter: A magyar falu, Budapest, 1972., 45.o.", "45"),
    ("13. Tanúvallomások, 112. o.", "112"),
    ("14. Tanúvallomások, 12–14. o.", "12–14"),
])
def test_a_hungarian_page_label_after_the_number(text, locator):
    c = one(text)
    assert (c.locator, c.label) == (locator, "page")


@pytest.mark.parametrize("text, family, locator", [
    ("[20] Szabó: id. mű, 38. o. skk.", "Szabó", "38 skk"),
    ("[21] Kertész: id. mű, 99. o.", "Kertész", "99"),
])
def test_hungarian_id_mu_is_a_short_form_by_author(text, family, locator):
    c = one(text)
    assert c.record["author"][0]["family"] == family
    assert "title" not in c.record
    assert c.locator == locator


def test_hungarian_uo_is_ibid():
    assert all(c.ibid for c in parse_note("[22] Uo., 231.")) and not any(
        c.record.get("author") for c in parse_note("[22] Uo., 231."))


@pytest.mark.parametrize("name, family, given", [
    ("Kovács György", "Kovács", "György"),
    ("Nagy Imre", "Nagy", "Imre"),
])
def test_a_hungarian_name_is_family_first(name, family, given):
    from citekit.readers.names import parse_name
    assert parse_name(name) == {"family": family, "given": given}


def test_a_hungarian_name_with_a_colon_before_the_title():
    c = one("[30] Tóth László: „A vidék forradalma”, Budapest, 1990., 12.o.")
    assert c.record["author"] == [{"family": "Tóth", "given": "László"}]
    assert (c.locator, c.record["issued"]["date-parts"][0][0]) == ("12", 1990)


def test_a_french_volume_in_large_roman_numerals_after_the_title():
    c = one("[40] Dangeau, Journal, t. LXXII, p. 51.")
    assert (c.record["title"], c.record["volume"], c.locator) == ("Journal", "LXXII", "51")


def test_older_french_citations_run_on_with_a_stop_and_a_dash():
    cites = parse_note("[41] Dangeau, Journal, t. LXXII, p. 51.—Saint-Simon, Mémoires, t. III, p. 12.")
    assert [(c.record["author"][0]["family"], c.locator) for c in cites] == [("Dangeau", "51"), ("Saint-Simon", "12")]


@pytest.mark.parametrize("text, title", [
    ("[42] Racine, Œuvres, édit. de Paris, t. II, p. 30.", "Œuvres"),
    ("[43] Voltaire, Siècle de Louis XIV, chap. I et II, p. 1-18.", "Siècle de Louis XIV"),
    ("[44] Dangeau, Hist. de Turenne, liv. VI, t. II, p. 30-35.", "Hist. de Turenne"),
])
def test_a_french_edition_or_book_and_chapter_after_the_title(text, title):
    assert one(text).record["title"] == title


def test_a_french_edition_by_year_after_a_surname_is_a_short_form():
    c = one("[45] Dangeau, édit. de 1817, t. I, p. 48.")
    assert "title" not in c.record and c.record["issued"]["date-parts"][0][0] == 1817


@pytest.mark.parametrize("text, family", [
    ("[50]. M. Villani, lib. III, cap. 14.", "Villani"),
    ("[51]. Marchionne di Coppo Stefani, lib. IX, rub. 268.", "Stefani"),
    ("[52]. Leonardo Bruni, lib. II.", "Bruni"),
])
def test_an_italian_chronicle_by_book_and_chapter_is_a_short_form_by_author(text, family):
    c = one(text)
    assert c.record == {"author": c.record["author"]} and c.record["author"][-1]["family"].endswith(family)
    assert c.locator is None


def test_a_hungarian_newspaper_by_year_month_and_day():
    c = one("[60] Népszava, 1956. november 2.")
    assert c.record["type"] == "article-newspaper"
    assert c.record["issued"]["date-parts"][0] == [1956, 11, 2]


def test_hungarian_es_before_the_next_citation():
    cites = parse_note("[61] Népszava, 1956. november 2., és Kovács: „Forradalom”, 45. o.")
    assert [c.record.get("type") for c in cites][0] == "article-newspaper"
    assert (cites[1].record["author"][0]["family"], cites[1].locator) == ("Kovács", "45")


def test_an_author_and_title_with_a_colon_is_no_newspaper():
    cites = parse_note("[62] Kovács: Napló, 1956. október 15., 23-25.")
    assert all(c.record.get("type") != "article-newspaper" for c in cites)


def test_dutch_pages_joined_by_en():
    c = one("12. J. de Vries, De economische achteruitgang der Republiek (Amsterdam 1959) 12 en 45-47.")
    assert c.locator == "12 en 45–47" and c.record["publisher-place"] == "Amsterdam"


def test_a_german_surname_glued_to_aao_and_the_page():
    c = one("17) Mommsen a.a.O.S.219.")
    assert (c.record["author"][0]["family"], c.locator) == ("Mommsen", "219")


def test_a_russian_edition_in_brackets_after_the_title():
    c = one("55\nИванов И. И. История города [3-е изд., доп.]. М., 2005. С. 12.")
    assert (c.record["title"], c.record["edition"]) == ("История города", "3")


def test_a_spanish_day_before_the_page_is_no_imprint():
    c = one("[76] Ciano,\nDiario\n, 3 de marzo de 1941, p. 62. <<")
    assert "publisher" not in c.record and "issued" not in c.record and c.locator == "62"


def test_a_polish_journal_with_its_volume_in_roman_numerals_inside_the_quotes():
    c = one("A. Nowak, Sądy grodzkie na Śląsku, w: „Studia Historyczne. Seria XLII” 1987, s. 15.")
    assert (c.record["type"], c.record["container-title"], c.record["volume"]) == (
        "article-journal", "Studia Historyczne. Seria", "XLII")


def test_a_quoted_passage_then_a_dash_and_its_source():
    c = one("[79]. «Item statuimus quod nullus civis possit vendere aliquam rem in foro. Et hoc sub poena "
            "librarum decem etc.» — Memorie degli Scrittori, tomo XI, pag. 12.")
    assert c.record["title"].startswith("Memorie degli Scrittori") and c.locator == "12"


@pytest.mark.parametrize("text", ["[70] Kovács: „Forradalom”, 193., skk.", "[71] Kovács: „Forradalom”, 193. skk."])
def test_a_hungarian_page_and_skk_without_the_page_label(text):
    assert one(text).locator == "193 skk"
