"""English note shapes met in the tenth gathering's dev notes: a citation after 'Ibid.', roles
named after the name, medical-journal order, legal cases, bare web addresses and the like."""

import pytest

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_a_citation_after_ibid_and_its_page_is_read():
    cites = parse_note("7. Ibid., 22. See also Ann Dale, Town and County (London: Methuen, 1980), 7–9.")
    assert cites[0].ibid and cites[0].locator == "22"
    assert cites[1].record["title"] == "Town and County" and cites[1].locator == "7–9"


def test_prose_after_ibid_gives_no_record():
    cites = parse_note("7. Ibid., 22. The figures for the later census were much the same in every district.")
    assert len(cites) == 1 and cites[0].ibid


@pytest.mark.parametrize("role, field", [("trans.", "translator"), ("ed.", "editor")])
def test_a_role_written_after_the_name(role, field):
    c = one(f"Plutarch, Lives of the Noble Romans, Mary Ann Hale, {role} (London: Bell, 1876), p. 23.")
    assert c.record["title"] == "Lives of the Noble Romans"
    assert c.record[field] == [{"family": "Hale", "given": "Mary Ann"}]
    assert c.record["author"] == [{"family": "Plutarch"}]
