"""BibTeX/BibLaTeX out and in: round trips, escaping, and the real readers (bibtexparser,
biber, pandoc) accepting what we write."""

import os
import shutil
import subprocess

import bibtexparser
import pytest
from hypothesis import given, settings, strategies as st

from citekit.library import Library
from citekit.readers.bibtex import parse_name, read_text
from citekit.writers.bibtex import escape, write

from .conftest import ROOT

BUNDLED = Library(ROOT / "records").load_all().records
KEPT = lambda r: {k: v for k, v in r.items() if k != "custom"}  # noqa: E731 - custom is CSL-JSON only


def tool(name):
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed; .ci/run installs it")
        pytest.skip(f"{name} not installed")
    return path


PROFILES = ["bibtex", "biblatex", "biblatex-chicago"]


def kept(record, profile):
    """What a profile keeps: not `custom`; biblatex-chicago has one subtype for newspapers and
    magazines, so a newspaper article reads back as a magazine article."""
    out = KEPT(record)
    if profile == "biblatex-chicago" and out.get("type") == "article-newspaper":
        out["type"] = "article-magazine"
    return out


@pytest.mark.parametrize("profile", PROFILES)
def test_bundled_records_round_trip(profile):
    text = write(BUNDLED, profile)
    assert not bibtexparser.parse_string(text).failed_blocks
    entries, problems = read_text(text, "x.bib")
    assert problems == []
    assert [e.record for e in entries] == [kept(r, profile) for r in BUNDLED]


words = st.text(st.characters(whitelist_categories=("Lu", "Ll", "Nd"), max_codepoint=0x4FF),
                min_size=1, max_size=8)
phrase = st.lists(words | st.sampled_from(["NATO", "&", "50%", "#1", "a_b", "{x}", "$5", "RGANI", "x^2",
                                           "McNamara", "Ilʹichev", "l'Europe", "C:\\path"]),
                  min_size=1, max_size=6).map(" ".join)
name = st.fixed_dictionaries({"family": words}, optional={"given": words})
date = st.tuples(st.integers(1000, 2030), st.integers(1, 12), st.integers(1, 28)).flatmap(
    lambda t: st.sampled_from([[t[0]], [t[0], t[1]], list(t)]))
records = st.fixed_dictionaries(
    {"id": st.from_regex(r"[a-z][a-z0-9_-]{0,12}", fullmatch=True),
     "type": st.sampled_from(["book", "chapter", "article-journal", "article-newspaper",
                              "article-magazine", "report", "thesis", "webpage", "manuscript",
                              "personal_communication", "document", "periodical"])},
    optional={"title": phrase, "author": st.lists(name, min_size=1, max_size=3),
              "editor": st.lists(name, min_size=1, max_size=2), "container-title": phrase,
              "publisher": phrase, "publisher-place": phrase, "volume": st.from_regex(r"[0-9]{1,3}", fullmatch=True),
              "page": st.from_regex(r"[0-9]{1,3}–[0-9]{1,3}", fullmatch=True),
              "issued": date.map(lambda d: {"date-parts": [d]}),
              "archive": phrase, "archive_location": phrase, "archive-place": phrase,
              "source": phrase, "note": phrase,
              "URL": st.sampled_from(["https://a.org/x?a=1&b=2%20c#frag", "http://x.y/a_b~c"]),
              "DOI": st.sampled_from(["10.1000/x_y&z", "10.2307/1234"])})


@settings(max_examples=200, deadline=None)
@given(st.lists(records, min_size=1, max_size=3, unique_by=lambda r: r["id"]),
       st.sampled_from(PROFILES))
def test_import_export_import_is_identity(recs, profile):
    recs = [kept({k: (" ".join(v.split()) if isinstance(v, str) and k not in ("URL", "DOI")
                      else v) for k, v in r.items()}, profile) for r in recs]
    text = write(recs, profile)
    lib = bibtexparser.parse_string(text)
    assert not lib.failed_blocks, text
    entries, problems = read_text(text, "x.bib")
    assert problems == []
    assert [e.record for e in entries] == recs
    again, _ = read_text(write([e.record for e in entries], profile), "y.bib")
    assert [e.record for e in again] == recs


@pytest.mark.parametrize("profile", PROFILES)
def test_archival_collection_is_no_edited_volume(profile):
    """CSL's `collection` is an archival collection; BibLaTeX's @collection is a book of
    contributions with an editor, and Zotero and citation-js read it as a book. So a collection
    is @misc with its CSL type as entrysubtype, and a @collection from elsewhere reads as a book."""
    rec = {"id": "k", "type": "collection", "title": "Papers of Anastas Mikoyan",
           "archive": "RGASPI", "archive_location": "f. 84"}
    text = write([rec], profile)
    assert text.startswith("@misc{k,") and "entrysubtype" in text and "collection" in text
    entries, problems = read_text(text, "x.bib")
    assert problems == [] and entries[0].record == rec
    edited = "@collection{c, editor = {Blight, James G.}, title = {Cuba}, year = {1993}}"
    assert read_text(edited, "y.bib")[0][0].record["type"] == "book"


def test_escaping_and_protection():
    assert escape("AT&T 50% #1 a_b {x} $ ~ ^ \\") == (
        r"AT\&T 50\% \#1 a\_b \{x\} \$ \textasciitilde{} \textasciicircum{} \textbackslash{}")
    assert escape("The NATO and RGANI files of McNamara", protect=True) == (
        "The {NATO} and {RGANI} files of {McNamara}")
    text = write([{"id": "k", "type": "webpage", "title": "NATO", "URL": "https://x.org/?a=1&b=2%41"}])
    assert "url   = {https://x.org/?a=1&b=2%41}" in text and "title = {{NATO}}" in text


def test_circumflex_survives_the_round_trip():
    r"""A "^" is written as \textasciicircum{}, which LaTeX, pandoc and citation-js read as "^"
    (citation-js reads the accent form \^{} as an accent over "undefined"), and both forms read
    back as "^" (pylatexenc alone drops \^{} and makes \textasciicircum U+02C6)."""
    rec = {"id": "k", "type": "article-journal", "title": "On x^2 and 2^10", "page": "3^4"}
    text = write([rec])
    assert r"x\textasciicircum{}2" in text and "^" not in text
    assert read_text(text, "x.bib")[0][0].record == rec
    by_hand = r"@article{k, title = {On x\^{}2 and 2\textasciicircum 10}, pages = {3^4}}"
    assert read_text(by_hand, "y.bib")[0][0].record == rec


def test_ascii_output_decodes_back():
    rec = {"id": "k", "type": "book", "title": "Über Łódź and Málaga", "author": [{"family": "Müller"}]}
    text = write([rec], ascii_only=True)
    assert text.isascii()
    (entry,), _ = read_text(text, "x.bib")
    assert entry.record == rec


@pytest.mark.parametrize("raw, name", [
    ("Blight, James G.", {"family": "Blight", "given": "James G."}),
    ("James G. Blight", {"family": "Blight", "given": "James G."}),
    ("van Gogh, Vincent", {"family": "Gogh", "non-dropping-particle": "van", "given": "Vincent"}),
    ("King, Jr., Martin Luther", {"family": "King", "suffix": "Jr.", "given": "Martin Luther"}),
    ("{National Security Archive}", {"literal": "National Security Archive"}),
])
def test_names(raw, name):
    assert parse_name(raw) == name


def test_bad_bib_names_file_and_line(cli, tmp_path):
    bad = tmp_path / "bad.bib"
    bad.write_text("@book{good1990, title={Fine}, year=1990}\n\n@book{broken,\n  title = {Unclosed,\n"
                   "  year = 1990\n")
    r = cli("import", bad, "--library", tmp_path / "lib")
    assert r.stdout.strip() == "1 added, 0 merged, 0 unchanged, 1 skipped" and r.returncode == 1
    (line,) = r.stderr.splitlines()  # one line per skipped entry, bibtexparser's log kept out
    assert line == "citekit: skipped: " + str(bad) + ":3: not a valid BibTeX entry: " \
        "Unexpectedly reached end of file."


def test_export_cli_and_keys_match(cli, bundled, tmp_path):
    out = tmp_path / "refs.bib"
    r = cli("export", "--to", "bibtex", "-o", out, "--library", bundled)
    assert r.returncode == 0, r.stderr
    keys = sorted(e.key for e in bibtexparser.parse_string(out.read_text()).entries)
    assert keys == Library(bundled).keys()


def test_biber_accepts_every_profile(tmp_path):
    biber = tool("biber")
    for profile in PROFILES:
        src = tmp_path / f"{profile}.bib"
        src.write_text(write(BUNDLED, profile))
        r = subprocess.run([biber, "--tool", str(src), f"--output-file={tmp_path}/out-{profile}.bib"],
                           capture_output=True, text=True, cwd=tmp_path, timeout=120)
        assert r.returncode == 0, r.stdout + r.stderr
        assert "ERROR" not in r.stdout and "WARN" not in r.stdout, r.stdout


@pytest.mark.parametrize("fmt, name", [("bibtex", "refs.bib"), ("biblatex", "refs.bib"),
                                       ("csl-json", "refs.json")])
def test_pandoc_citeproc_renders_without_warnings(cli, bundled, tmp_path, fmt, name):
    pandoc = tool("pandoc")
    refs = tmp_path / name
    assert cli("export", "--to", fmt, "-o", refs, "--library", bundled).returncode == 0
    doc = tmp_path / "doc.md"
    doc.write_text('---\nnocite: "@*"\n---\n\nText.\n')
    r = subprocess.run([pandoc, str(doc), "--citeproc", "--bibliography", str(refs), "-t", "plain"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and r.stderr == "", r.stderr
    assert "Cuba on the" in r.stdout and "Brink" in r.stdout


def test_biblatex_chicago_writes_archival_records_as_its_archive_misc():
    record = next(r for r in BUNDLED if r["id"] == "centralcommittee1962")
    (entry,) = bibtexparser.parse_string(write([record], "biblatex-chicago")).entries
    fields = {f.key: f.value for f in entry.fields}
    assert entry.entry_type == "misc" and fields["entrysubtype"] == "manuscript"
    assert fields["title"].startswith("\\mkbibquote{Central Committee")
    assert fields["note"] == record["archive_location"]  # most specific locating field first
    assert fields["institution"] == "RGANI" and fields["location"] == "Moscow"
    assert fields["addendum"] == "Wilson Center Digital Archive"
    assert fields["annotation"] == record["note"]
    assert fields["date"] == "1962-12-03" and fields["translator"] == "Kramer, Mark"
    letter = {"id": "khrushchev1962", "type": "personal_communication",
              "title": "Khrushchev to Castro", "author": [{"family": "Khrushchev", "given": "N. S."}],
              "recipient": [{"family": "Castro", "given": "Fidel"}]}
    (entry,) = bibtexparser.parse_string(write([letter], "biblatex-chicago")).entries
    assert entry.entry_type == "misc" and entry["entrysubtype"] == "letter"
    news = {"id": "g", "type": "article-newspaper", "title": "Editorial", "container-title": "Granma"}
    (entry,) = bibtexparser.parse_string(write([news], "biblatex-chicago")).entries
    assert entry.entry_type == "article" and entry["entrysubtype"] == "magazine"


def test_reads_biblatex_chicago_archive_entries_written_by_hand():
    # the shapes biblatex-chicago's documentation gives: a letter in a collection held by a
    # library, and an interview with all four locating fields
    text = r"""
@Misc{creel1918,
  author = {Creel, George}, entrysubtype = {letter}, title = {George Creel to Colonel House},
  date = {1918-09-25}, note = {Edward~M. House Papers}, organization = {Yale University Library}}
@Misc{spock1974,
  author = {Spock, Benjamin}, entrysubtype = {interview}, title = {interview by Milton J. E. Senn},
  date = {1974-11-20}, note = {interview 67A, transcript},
  organization = {Senn Oral History Collection}, institution = {National Library of Medicine},
  location = {Bethesda, MD}}
"""
    (creel, spock), problems = read_text(text, "chicago.bib")
    assert problems == []
    assert creel.record == {"id": "creel1918", "type": "personal_communication",
                            "title": "George Creel to Colonel House",
                            "author": [{"family": "Creel", "given": "George"}],
                            "issued": {"date-parts": [[1918, 9, 25]]},
                            "archive_location": "Edward M. House Papers",
                            "archive": "Yale University Library"}
    assert spock.record["type"] == "interview"
    assert spock.record["archive"] == "National Library of Medicine"
    assert spock.record["archive-place"] == "Bethesda, MD"
    assert spock.record["archive_location"] == "interview 67A, transcript, Senn Oral History Collection"


def test_export_profile_option(cli, bundled, tmp_path):
    out = tmp_path / "refs.bib"
    r = cli("export", "--to", "biblatex", "--profile", "biblatex-chicago", "-o", out,
            "--library", bundled)
    assert r.returncode == 0, r.stderr
    assert "entrysubtype = {manuscript}" in out.read_text()
    r = cli("export", "--to", "csl-json", "--profile", "biblatex-chicago", "--library", bundled)
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "--profile" in r.stderr
    r = cli("export", "--to", "bibtex", "--profile", "chicago", "--library", bundled)
    assert r.returncode == 1 and "unknown BibTeX profile" in r.stderr


@settings(max_examples=25, deadline=None)
@given(st.lists(records, min_size=2, max_size=12, unique_by=lambda r: r["id"]),
       st.integers(2, 4), st.data())
def test_parsing_in_parts_gives_what_parsing_whole_gives(monkeypatch_parts, recs, jobs, data):
    entries = write(recs, "biblatex").split("\n\n")
    # damage some entries and put an '@' line inside a field value
    for i in data.draw(st.sets(st.integers(0, len(entries) - 1), max_size=2)):
        entries[i] = entries[i].replace("},\n", ",\n", 1)
    entries[0] = entries[0].replace("title", "abstract = {a\n@misc{x, within a field}},\n  title", 1)
    text = "\n\n".join(entries)
    whole, whole_problems = read_text(text, "x.bib", jobs=1)
    parts, part_problems = read_text(text, "x.bib", jobs=jobs)
    assert [(e.record, e.line) for e in parts] == [(e.record, e.line) for e in whole]
    assert part_problems == whole_problems


def test_large_files_are_cut_between_entries(monkeypatch_parts):
    from citekit.readers import parts
    from citekit.readers.bibtex import _ENTRY_START, _closed_before

    text = write(BUNDLED, "biblatex")
    pieces = parts.cut(text, _ENTRY_START, _closed_before, jobs=3)
    assert len(pieces) == 3 and "".join(t for t, _ in pieces) == text
    assert all(t.startswith("@") for t, _ in pieces[1:])
    assert [n for _, n in pieces] == [text.count("\n", 0, text.index(t)) for t, _ in pieces]


@pytest.fixture(scope="module")
def monkeypatch_parts():
    from citekit.readers import parts

    old, parts.MIN_CHARS = parts.MIN_CHARS, 0
    yield
    parts.MIN_CHARS = old


def test_string_macros_reach_every_entry_of_a_large_file(monkeypatch_parts):
    body = "\n".join(f"@book{{b{i}, title = {{T{i}}}, publisher = pup, year = 1990}}"
                     for i in range(40))
    entries, problems = read_text("@string{pup = {Princeton University Press}}\n" + body, "x.bib",
                                  jobs=3)
    assert problems == [] and len(entries) == 40
    assert {e.record["publisher"] for e in entries} == {"Princeton University Press"}
