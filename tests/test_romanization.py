"""One person under several romanizations: 'Mikoyan' and 'Mikoian' are one name."""

import pytest
from hypothesis import given, strategies as st

from citekit.readers.notes import parse_notes
from citekit.romanization import name_key, same_name

VARIANTS = [
    ["Mikoyan", "Mikoian", "Mikojan", "Микоян", "Mikoïan"],
    ["Khrushchev", "Khrushchov", "Hruščev", "Hruŝëv", "Chruschtschow", "Khrouchtchev", "Хрущёв"],
    ["Yeltsin", "El'tsin", "El’tsin", "Eltsin", "Ельцин"],
    ["Gorbachev", "Gorbachov", "Gorbatschow", "Gorbatchev", "Горбачёв"],
    ["Yakovlev", "Iakovlev", "Jakovlev", "Jakowlew", "Яковлев"],
    ["Dostoevsky", "Dostoyevsky", "Dostoevskii", "Dostoevskij", "Dostojewski", "Достоевский"],
    ["Soloviev", "Solov'ev", "Solovyov", "Solowjow", "Соловьёв"],
    ["Tchaikovsky", "Chaikovskii", "Tschaikowski", "Čajkovskij", "Чайковский"],
    ["Khlevniuk", "Khlevnyuk", "Chlewnjuk", "Хлевнюк"],
    ["Vyacheslav", "Viacheslav", "Wjatscheslaw", "Вячеслав"],
    ["Fyodor", "Fedor", "Fiodor", "Фёдор"],
    ["Brezhnev", "Brežnev", "Брежнев"],
]


@pytest.mark.parametrize("names", VARIANTS, ids=lambda names: names[0])
def test_romanizations_of_one_name_share_a_key(names):
    assert len({name_key(n) for n in names}) == 1, {n: name_key(n) for n in names}


@pytest.mark.parametrize("a, b", [("Fischer", "Fisher"), ("Meyer", "Meier"), ("Barnet", "Barnett"),
                                  ("Eliot", "Elliott"), ("Talbot", "Talbott"), ("Keenan", "Kennan"),
                                  ("Smith", "Smyth"), ("Mikoyan", "Mikhailov"), ("Ivanov", "Ivanova")])
def test_different_names_stay_apart(a, b):
    assert not same_name(a, b)


@given(st.text(max_size=40))
def test_any_text_gives_a_key(text):
    assert name_key(text) == name_key(text.upper()) or not text.isascii()


def test_a_short_form_finds_its_full_citation_under_another_spelling():
    (_, [full]), (_, [short]) = parse_notes([
        (1, "S. A. Mikoian, *Anatomiia Karibskogo krizisa* (Moskva: Academia, 2006)."),
        (2, "Mikoyan, *Anatomiia Karibskogo krizisa*, 45.")])
    assert short.record is full.record and short.locator == "45"


def test_list_finds_every_spelling(cli, bundled):
    r = cli("list", "mikoyan", "--library", bundled)
    assert r.returncode == 0, r.stderr
    assert [line.split()[0] for line in r.stdout.splitlines()] == ["mikoian2006anatomiia", "mikoyan2012soviet"]
    r = cli("list", "Хрущёв", "remembers", "--library", bundled)
    assert [line.split()[0] for line in r.stdout.splitlines()] == ["khrushchev1990khrushchev"]


def test_saving_merges_a_work_spelled_another_way(cli, bundled):
    before = sorted(p.name for p in bundled.glob("*.yaml"))
    r = cli("add", "Sergo Mikoyan, Anatomiia Karibskogo krizisa (Moscow: Academia, 2006), 112",
            "--library", bundled)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split()[1] == "mikoian2006anatomiia", r.stdout
    assert sorted(p.name for p in bundled.glob("*.yaml")) == before
