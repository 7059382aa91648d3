"""The three translator's notes of the Wilson Center sample page give the records in records/."""

from pathlib import Path

import pytest
import yaml

from citekit.readers.notes import parse_notes
from citekit.readers.page import read_page

ROOT = Path(__file__).resolve().parents[2]
FIELDS = ("type", "title", "author", "editor", "issued", "publisher", "publisher-place",
          "container-title")


@pytest.fixture(scope="module")
def notes():
    page = read_page((ROOT / "tests/data/samples/wilson-center-document-115094.txt").read_text())
    return dict(parse_notes(page.notes))


def expected(key):
    rec = yaml.safe_load((ROOT / "records" / f"{key}.yaml").read_text())
    rec["issued"] = rec.get("issued") and {"date-parts": [list(p) for p in rec["issued"]["date-parts"]]}
    return rec


def by_title(cites, text):
    return next(c for c in cites if text in (c.record.get("title") or c.record.get("container-title")))


@pytest.mark.parametrize("key,note,title", [
    ("khrushchev1990khrushchev", 1, "Khrushchev Remembers"),
    ("granma1990", 1, "Granma"),
    ("blight1993cuba", 1, "Cuba on the Brink"),
    ("mikoian2006anatomiia", 3, "Anatomiia"),
])
def test_records_match(notes, key, note, title):
    got, want = by_title(notes[note], title).record, expected(key)
    for field in FIELDS:
        assert got.get(field) == want.get(field), field


def test_note1_order_and_locators(notes):
    cites = notes[1]
    assert [c.record["type"] for c in cites] == ["book", "article-newspaper", "book", "periodical",
                                                 "periodical"]
    assert (cites[0].locator, cites[0].label) == ("176–178", "page")
    assert (cites[2].locator, cites[2].label) == ("2", "appendix")
    assert "locator" not in cites[0].record


def test_periodicals_as_a_whole(notes):
    mz = by_title(notes[1], "Mezhdunarodnaya")
    assert mz.record["issued"] == {"date-parts": [[1992]]}
    assert mz.record["genre"] == expected("mezhdunarodnaya1992")["genre"]
    cw = by_title(notes[1], "Bulletin").record
    want = expected("cwihp-bulletin")
    assert (cw["title"], cw["title-short"]) == (want["title"], want["title-short"])


def test_revision_of(notes):
    soviet = by_title(notes[3], "Soviet Cuban").record
    assert soviet["custom"]["related"] == [{"relation": "revision-of", "id": "mikoian2006anatomiia"}]
    assert soviet["editor"] == [{"family": "Savranskaya", "given": "Svetlana"}]
    assert soviet["issued"] == {"date-parts": [[2012]]}


def test_raw_is_the_citation_span(notes):
    assert notes[1][0].raw.startswith("Nikita Khrushchev's memoirs, *Khrushchev Remembers")
    assert notes[1][2].raw.startswith("James G. Blight, Bruce J. Allyn, and David A. Welch, *Cuba")
    assert notes[3][1].raw == "S. A. Mikoian, *Anatomiia Karibskogo krizisa* (Moskva: Academia, 2006)"


def test_note_without_citation(notes):
    assert notes[2] == []
