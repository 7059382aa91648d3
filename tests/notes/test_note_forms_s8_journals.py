"""Note shapes of scholarly journals in English and French: Annales-style volume and issue, unsigned
editorials, cross-references to the same issue, author-year notes, books cited by imprint only."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_french_journal_volume_and_issue_joined_by_a_hyphen():
    c = one("[1]\nMarc Bloch et Lucien Febvre, « Au lecteur », Annales d’histoire sociale, 1-1, 1939, p. 5-6, ici p. 5.")
    r = c.record
    assert r["type"] == "article-journal"
    assert (r["container-title"], r["volume"], r["issue"]) == ("Annales d’histoire sociale", "1", "1")
    assert r["issued"] == {"date-parts": [[1939]]}
    assert (r["page"], c.locator) == ("5–6", "5")


def test_unsigned_editorial_and_a_cross_reference_to_this_issue():
    c = one("[4]\nÉditorial, « Histoire et sciences sociales. Un tournant critique ? », Annales ESC, 43-2, 1988, "
            "p. 291-293, ici p. 293, reproduit dans le présent numéro : « 90 ans d’éditoriaux », p. 725-796.")
    r = c.record
    assert "author" not in r
    assert r["title"] == "Histoire et sciences sociales. Un tournant critique ?"
    assert (r["volume"], r["issue"], r["page"]) == ("43", "2", "291–293")
    assert c.locator == "293"
