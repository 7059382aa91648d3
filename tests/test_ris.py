"""RIS out and in: round trips on the fields the RIS table keeps, and bad input named by line."""

from hypothesis import given, settings, strategies as st

from citekit.library import Library
from citekit.mappings import ris as M
from citekit.readers.ris import read_text
from citekit.writers.ris import write

from .conftest import ROOT

KEPT = {var for var, _ in M.TEXT_TAGS} | {"id", "type", "issued", "accessed", "page"}
TY = dict(M.TYPES)


def kept(r):
    """What RIS keeps of a record: the creators its type has tags for (a letter's recipient,
    no book's recipient)."""
    names = {var for var, _ in M.name_tags(TY.get(r.get("type"), "GEN"))}
    return {k: v for k, v in r.items() if k in KEPT or k in names}


def test_bundled_round_trip_keeps_archive_fields():
    recs = Library(ROOT / "records").load_all().records
    entries, problems = read_text(write(recs), "x.ris")
    assert problems == []
    assert [e.record for e in entries] == [kept(r) for r in recs]
    doc = next(e.record for e in entries if e.record["id"] == "centralcommittee1962")
    assert doc["archive"] == "RGANI" and doc["archive_location"].startswith("f. 3, op. 16")
    assert doc["source"] == "Wilson Center Digital Archive"


text = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters=","),
               min_size=1, max_size=20).map(lambda s: " ".join(s.split())).filter(bool)
name = st.fixed_dictionaries({"family": text, "given": text})
records = st.fixed_dictionaries(
    {"id": st.from_regex(r"[a-z][a-z0-9]{0,8}", fullmatch=True),
     "type": st.sampled_from([csl for csl, _ in M.TYPES if csl not in ("interview", "speech")])},
    optional={"title": text, "author": st.lists(name, min_size=1, max_size=3),
              "translator": st.lists(name, min_size=1, max_size=1), "archive": text,
              "editor": st.lists(name, min_size=1, max_size=2),
              "collection-editor": st.lists(name, min_size=1, max_size=1),
              "recipient": st.lists(name, min_size=1, max_size=2),
              "archive_location": text, "container-title": text, "collection-title": text,
              "volume": text,
              "issued": st.tuples(st.integers(1000, 2030), st.integers(1, 12), st.integers(1, 28)).map(
                  lambda t: {"date-parts": [list(t)]}),
              "page": st.from_regex(r"[1-9][0-9]{0,2}–[1-9][0-9]{0,2}", fullmatch=True),
              "URL": st.just("https://digitalarchive.wilsoncenter.org/document/115094?a=1&b=2")})


@settings(max_examples=200, deadline=None)
@given(st.lists(records, min_size=1, max_size=3))
def test_export_import_is_identity(recs):
    entries, problems = read_text(write(recs), "x.ris")
    assert problems == []
    assert [e.record for e in entries] == [kept(r) for r in recs]


def test_creator_tags_follow_zoteros_reader():
    """Zotero reads a book's A2 as series editor and A3 as editor, a letter's A2 as recipient,
    and no A2 for a manuscript (ED is its editor)."""
    who = [{"family": "Kramer", "given": "Mark"}]
    series = [{"family": "Ostermann", "given": "Christian"}]
    recs = [{"id": "b", "type": "book", "title": "T", "editor": who, "collection-editor": series},
            {"id": "l", "type": "personal_communication", "title": "T", "recipient": who},
            {"id": "m", "type": "manuscript", "title": "T", "editor": who},
            {"id": "c", "type": "chapter", "title": "T", "editor": who}]
    blocks = write(recs).split("ER  - ")
    assert "A3  - Kramer, Mark" in blocks[0] and "A2  - Ostermann, Christian" in blocks[0]
    assert "A2  - Kramer, Mark" in blocks[1]
    assert "ED  - Kramer, Mark" in blocks[2] and "A2" not in blocks[2]
    assert "A2  - Kramer, Mark" in blocks[3]
    entries, _ = read_text(write(recs), "x.ris")
    assert [e.record for e in entries] == recs


def test_series_of_books_and_reports_is_t2():
    """Zotero and the RIS specification read a book's, report's or map's T2 as its series title
    (and a report's A2 as its series editor); T3 keeps the rare container such a record has."""
    who = [{"family": "Ostermann", "given": "Christian"}]
    recs = [{"id": t, "type": t, "title": "T", "collection-title": "Cold War International History "
             "Project Working Papers", "collection-editor": who, "container-title": "C"}
            for t in ("book", "report", "map")]
    recs.append({"id": "c", "type": "chapter", "title": "T", "container-title": "C",
                 "collection-title": "S", "collection-editor": who})
    blocks = write(recs).split("ER  - ")
    for block in blocks[:3]:
        assert "T2  - Cold War International History Project Working Papers" in block
        assert "T3  - C" in block
    assert "A2  - Ostermann, Christian" in blocks[0] and "A2  - Ostermann, Christian" in blocks[1]
    assert "A3  - Ostermann, Christian" in blocks[2]
    assert "T2  - C" in blocks[3] and "T3  - S" in blocks[3]
    entries, problems = read_text(write(recs), "x.ris")
    assert problems == [] and [e.record for e in entries] == recs


def test_proceedings_of_a_conference_paper_are_c3():
    """Zotero reads a conference paper's T2 as the conference's name and C3 as the proceedings
    (CSL container-title)."""
    rec = {"id": "p", "type": "paper-conference", "title": "T",
           "container-title": "Proceedings of the Cold War History Conference"}
    text = write([rec])
    assert "C3  - Proceedings of the Cold War History Conference" in text and "T2" not in text
    entries, problems = read_text(text, "x.ris")
    assert problems == [] and entries[0].record == rec


def test_bad_ris_lines_are_named(cli, tmp_path):
    bad = tmp_path / "bad.ris"
    bad.write_text("TY  - BOOK\nTI  - Fine\nER  - \n\nAU  - Orphan, Tag\n\nTY  - ZZZZ\nTI  - Odd\nER  - \n"
                   "TY  - JOUR\nTI  - Unterminated\n")
    r = cli("import", bad, "--library", tmp_path / "lib")
    assert "bad.ris:5: AU outside a record" in r.stderr
    assert "bad.ris:7: unknown type TY 'ZZZZ'" in r.stderr
    assert "bad.ris:10: record without ER" in r.stderr
    assert r.stdout.strip() == "3 added, 0 merged, 0 unchanged, 0 skipped"  # read, with warnings
    assert r.returncode == 0 and "citekit: warning: " in r.stderr


def test_cite_as_interchange_format(cli, bundled):
    r = cli("cite", "centralcommittee1962", "--style", "ris", "--library", bundled)
    assert r.returncode == 0 and "DB  - RGANI" in r.stdout and "AN  - f. 3" in r.stdout
    r = cli("cite", "blight1993cuba", "--style", "biblatex", "--library", bundled)
    assert r.stdout.startswith("@book{blight1993cuba,")
