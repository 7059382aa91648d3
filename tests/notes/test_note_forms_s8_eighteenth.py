"""Note shapes of the eighteenth gathering: Oxford short references by initials, law-review articles and cases,
Cambridge Core reference lists, German notes."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_oxford_short_reference_by_initials_and_title_without_imprint():
    r = one("18. N. Machiavelli, The Prince.").record
    assert r == {"author": [{"family": "Machiavelli", "given": "N."}], "title": "The Prince"}


def test_two_oxford_short_references_in_one_note():
    cites = parse_note("7. T. More, Utopia; T. Campanella, The City of the Sun.")
    assert [c.record["title"] for c in cites] == ["Utopia", "The City of the Sun"]
    assert cites[1].record["author"] == [{"family": "Campanella", "given": "T."}]


def test_oxford_short_reference_with_a_long_title_and_a_chapter():
    c = one("4. N. Cohn, The Pursuit of the Millennium: Revolutionary Millenarians and Mystical Anarchists of the "
            "Middle Ages, ch. 1.")
    assert c.record["author"] == [{"family": "Cohn", "given": "N."}]
    assert (c.locator, c.label) == ("1", "chapter")

