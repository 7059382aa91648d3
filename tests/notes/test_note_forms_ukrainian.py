"""Ukrainian notes: GOST descriptions whose names hold 'і', 'ї', 'є', 'ґ', newspapers dated by Ukrainian months,
and the cues 'Див.:' (see) and 'цит. за:' (quoted from)."""

import pytest

from citekit.readers.dates import parse_date
from citekit.readers.notes import parse_note


@pytest.mark.parametrize("text, parts", [
    ("18 лютого 1988", [1988, 2, 18]), ("3 січня 1990", [1990, 1, 3]), ("грудень 1991", [1991, 12]),
    ("16 липня 1987", [1987, 7, 16]), ("1 листопада 1918", [1918, 11, 1]),
])
def test_ukrainian_months(text, parts):
    assert parse_date(text).date == {"date-parts": [parts]}


def test_a_ukrainian_newspaper_article_after_the_cue_see():
    [c] = parse_note("44 Див.: Олійник М. Час і ми // Літературна Україна. – 1987. – 16 липня.")
    assert (c.record["type"], c.record["author"], c.record["title"], c.record["container-title"],
            c.record["issued"]) == ("article-newspaper", [{"family": "Олійник", "given": "М."}], "Час і ми",
                                    "Літературна Україна", {"date-parts": [[1987, 7, 16]]})


def test_ukrainian_letters_in_a_gost_author_s_name_and_initials():
    [c] = parse_note("Іваненко І. Ї. Історія України. Київ: Либідь, 2008. С. 45.")
    assert (c.record["author"], c.record["title"], c.record["publisher-place"], c.locator) == (
        [{"family": "Іваненко", "given": "І. Ї."}], "Історія України", "Київ", "45")


def test_quoted_from_opens_the_second_work():
    first, second = parse_note("Kurt Sontheimer, Antidemokratisches Denken (Munich: Nymphenburger, 1962), 273, "
                               "цит. за: Ian Kershaw, The Hitler Myth (Oxford: Clarendon, 1987), 19.")
    assert (first.record["title"], first.locator, second.record["title"], second.locator) == (
        "Antidemokratisches Denken", "273", "The Hitler Myth", "19")
