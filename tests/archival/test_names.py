import pytest

from citekit.readers.names import format_name, parse_name, parse_names


@pytest.mark.parametrize("text, name", [
    ("Mark Kramer", {"family": "Kramer", "given": "Mark"}),
    ("S. A. Mikoyan", {"family": "Mikoyan", "given": "S. A."}),
    ("S.A. Mikoyan", {"family": "Mikoyan", "given": "S. A."}),
    ("Christian F. Ostermann", {"family": "Ostermann", "given": "Christian F."}),
    ("Ludwig von Mises", {"family": "Mises", "given": "Ludwig", "non-dropping-particle": "von"}),
    ("Martin Luther King, Jr.", {"family": "King", "given": "Martin Luther", "suffix": "Jr."}),
    ("Kramer, Mark", {"family": "Kramer", "given": "Mark"}),
    ("Khrushchev", {"family": "Khrushchev"}),
    ("Comrade N. S. Khrushchev", {"family": "Khrushchev", "given": "N. S."}),
    ("Soviet Ambassador to the USA Dobrynin", {"family": "Dobrynin"}),
    ("С. А. Микоян", {"family": "Микоян", "given": "С. А."}),
    ("the Soviet Embassy in Havana", {"literal": "the Soviet Embassy in Havana"}),
    ("USSR Foreign Ministry", {"literal": "USSR Foreign Ministry"}),
])
def test_parse_name(text, name):
    assert parse_name(text) == name


def test_parse_names_lists():
    assert parse_names("Mark Kramer and Timothy Naftali") == [
        {"family": "Kramer", "given": "Mark"}, {"family": "Naftali", "given": "Timothy"}]
    assert [n["family"] for n in parse_names("A. Smith, B. Jones, and C. Brown")] == [
        "Smith", "Jones", "Brown"]
    assert parse_names("Martin Luther King, Jr. and Mark Kramer")[0]["suffix"] == "Jr."
    assert parse_names("") == [] and parse_name("  ,. ") is None


def test_format_name_round_trip():
    for text in ("Mark Kramer", "S. A. Mikoyan", "Ludwig von Mises", "Martin Luther King, Jr."):
        assert format_name(parse_name(text)) == text
