"""English note shapes of the ninth round: a note number run into initials, contributions named by their author
in an edited book, lecture series after a title, ancient texts by book and section, imprints with volumes."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_note_number_run_into_two_initials():
    c = one("11C. A. Bayly, ‘The British Military-Fiscal State and Indigenous Resistance in India, 1750–1820’, in "
            "Lawrence Stone, An Imperial State at War: Britain From 1689–1815 (London, 1994), 344–6.")
    assert c.record["author"] == [{"family": "Bayly", "given": "C. A."}]
    assert c.record["type"] == "chapter"
    assert c.locator == "344–6"
