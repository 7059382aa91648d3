import pytest

from citekit.readers.dates import find_date, format_date, parse_date


@pytest.mark.parametrize("text, parts", [
    ("December 3, 1962", [[1962, 12, 3]]),
    ("3 December 1962", [[1962, 12, 3]]),
    ("Dec. 3, 1962", [[1962, 12, 3]]),
    ("Sept. 30, 1959", [[1959, 9, 30]]),
    ("December 1962", [[1962, 12]]),
    ("1962", [[1962]]),
    ("1962-12-03", [[1962, 12, 3]]),
    ("03.12.1962", [[1962, 12, 3]]),
    ("3 декабря 1962 г.", [[1962, 12, 3]]),
    ("December 3-5, 1962", [[1962, 12, 3], [1962, 12, 5]]),
    ("3-5 December 1962", [[1962, 12, 3], [1962, 12, 5]]),
    ("October-November 1962", [[1962, 10], [1962, 11]]),
    ("July 1-August 2, 1960", [[1960, 7, 1], [1960, 8, 2]]),
    ("December 3, 1962 - January 5, 1963", [[1962, 12, 3], [1963, 1, 5]]),
    ("1962-63", [[1962], [1963]]),
    ("1999-2001", [[1999], [2001]]),
])
def test_date_phrases(text, parts):
    found = parse_date(text)
    assert found is not None and found.date == {"date-parts": parts}


def test_circa():
    assert parse_date("ca. 1962").date == {"date-parts": [[1962]], "circa": True}
    assert parse_date("circa December 1962").date == {"date-parts": [[1962, 12]], "circa": True}


@pytest.mark.parametrize("text", ["n.d.", "undated", "no date", "n. d."])
def test_undated(text):
    found = parse_date(text)
    assert found is not None and found.undated


@pytest.mark.parametrize("text", ["February 30, 1962", "F. 3, Op. 16, D. 947, Ll. 53-53ob.",
                                  "document/115094", "Entry 1234", "hello"])
def test_not_dates(text):
    assert find_date(text) is None


def test_find_date_in_context_and_round_trip():
    found = find_date('"Protocol 71", December 3, 1962, Wilson Center')
    assert found.date == {"date-parts": [[1962, 12, 3]]}
    for date in ({"date-parts": [[1962, 12, 3]]}, {"date-parts": [[1962, 10], [1962, 11]]},
                 {"date-parts": [[1962]], "circa": True}):
        assert parse_date(format_date(date)).date == date


def test_numbers_before_a_date_are_not_part_of_it():
    found = find_date("Protocol No. 71, December 3, 1962")
    assert found.date == {"date-parts": [[1962, 12, 3]]}
    assert "Protocol No. 71, December 3, 1962"[found.start:found.end] == "December 3, 1962"


def test_call_numbers_and_bad_years_are_not_dates():
    assert find_date("DY 30/3386") is None
    assert find_date("Entry 1234") is None  # before MIN_YEAR
    assert find_date("ca. 1962 and then December 1963").date == {"date-parts": [[1962]],
                                                                  "circa": True}


@pytest.mark.parametrize("text", ["Washington, March 3, 1962—7:41 p.m.",
                                  "Washington, March 3, 1962, 1:03", "March 3, 1962 - 12:30"])
def test_a_time_after_the_date_is_no_day_range(text):
    assert find_date(text).date == {"date-parts": [[1962, 3, 3]]}


@pytest.mark.parametrize("text, want", [
    ("22 października 1956", [1956, 10, 22]),
    ("3. Mai 1956", [1956, 5, 3]),
    ("12 juillet 1962", [1962, 7, 12]),
    ("5 března 1968", [1968, 3, 5]),
    ("17 Dezember 1956", [1956, 12, 17]),
])
def test_month_names_of_other_languages(text, want):
    assert find_date(text).date == {"date-parts": [want]}


def test_number_and_full_stop_before_an_english_month_is_no_day():
    found = find_date("Box 3. May 1956")
    assert found.date == {"date-parts": [[1956, 5]]} and found.start == 7
