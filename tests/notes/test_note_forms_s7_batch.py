"""Note shapes of books and articles in seven languages: Russian notes keyed by a running number and the
chapter's own number, and other forms."""

import pytest

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


@pytest.mark.parametrize("text, title", [
    ("112\n6 Ленин В.И. Полн. собр. соч. Т. 38. С. 210.", "Полн. собр. соч"),
    ("98\n12 Съезды Советов в документах. М., 1960. Т. 2. С. 14.", "Съезды Советов в документах"),
])
def test_a_running_number_line_then_the_chapters_number(text, title):
    c = one(text)
    assert c.record["title"] == title
    assert not c.record["title"][:1].isdigit()
