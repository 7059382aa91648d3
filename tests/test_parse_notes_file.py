"""citekit parse on a file of footnotes: every citation of every note, linked back to its note."""

import json

from hypothesis import given, settings, strategies as st

from citekit.parsing import parse_text

from .test_parse_cli import CITATION

NOTES = """\
1. For an overview, see Appendix 2 of James G. Blight, Bruce J. Allyn, and David A. Welch, *Cuba on the Brink:
Castro, the Missile Crisis, and the Soviet Collapse* (New York: Pantheon Books, 1993).

2. Blight et al., *Cuba on the Brink*, 45; Aleksandr Fursenko and Timothy Naftali, "One Hell of a Gamble":
Khrushchev, Castro, and Kennedy, 1958-1964 (New York: Norton, 1997), 290.

3. Ibid., 291.

5. James G. Blight, Bruce J. Allyn, and David A. Welch, *Cuba on the Brink: Castro, the Missile Crisis, and
the Soviet Collapse* (New York: Pantheon Books, 1993), 12.
"""


def _notes(stdout: str) -> dict[int, list[tuple[str, str | None, str | None]]]:
    data = json.loads(stdout)
    return {n["note"]: [(c["key"], c["label"], c["locator"]) for c in n["cites"]] for n in data["notes"]}


def test_every_citation_of_every_note_is_linked_with_its_locator(cli, tmp_path):
    src = tmp_path / "notes.txt"
    src.write_text(NOTES)
    r = cli("parse", src, "--format", "csl-json", "--notes")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert [x["id"] for x in data["records"]] == ["blight1993cuba", "fursenko1997one"]
    assert _notes(r.stdout) == {
        1: [("blight1993cuba", "appendix", "2")],
        2: [("blight1993cuba", "page", "45"), ("fursenko1997one", "page", "290")],  # a short form, then a book
        3: [("fursenko1997one", "page", "291")],  # 'Ibid.': the last work cited
        5: [("blight1993cuba", "page", "12")],  # the note's own number; the same work again is one record
    }
    blight = data["records"][0]["custom"]["provenance"]
    assert blight == {"file": str(src), "line": 1}


def test_notes_in_the_text_listing(cli, tmp_path):
    src = tmp_path / "notes.txt"
    src.write_text(NOTES)
    r = cli("parse", src, "--notes")
    assert r.returncode == 0, r.stderr
    assert "note 2: blight1993cuba, page 45; fursenko1997one, page 290" in r.stdout.splitlines()


def test_ibid_after_an_archival_document_points_at_it(cli):
    text = f"{CITATION}\n\nIbid.\n\nFursenko and Naftali, “One Hell of a Gamble,” 50.\n"
    r = cli("parse", "-", "--format", "csl-json", "--notes", input=text)
    assert _notes(r.stdout)[1] == _notes(r.stdout)[2] == [("centralcommittee1962", None, None)]
    assert _notes(r.stdout)[3] == []
    assert "<stdin>:5: a short form with no earlier full citation: Fursenko and Naftali" in r.stderr


def test_a_short_form_with_nothing_to_point_at_is_named_and_fails_strict(cli, tmp_path):
    text = "Ibid., 4.\n\nSmith, Bread, 45.\n\nGaddis, We Now Know (Oxford: Clarendon Press, 1997), 3.\n"
    r = cli("parse", "-", "--strict", "--save", "--library", tmp_path / "lib", input=text)
    assert r.returncode == 1 and "nothing saved" in r.stderr
    assert "<stdin>:1: 'Ibid.' with no earlier full citation: Ibid., 4." in r.stderr
    assert "<stdin>:3: a short form with no earlier full citation: Smith, Bread, 45" in r.stderr
    assert not (tmp_path / "lib").exists()


def test_the_library_api_reads_the_same_way():
    out = parse_text(NOTES)
    assert [p.record["id"] for p in out.parsed] == ["blight1993cuba", "fursenko1997one"]
    assert [n for n, _ in out.notes] == [1, 2, 3, 5] and not out.unread
    assert [p.line for p in out.parsed] == [1, 4]  # where each work is first cited


def test_one_line_with_two_works_adds_both(cli, tmp_path):
    cite = ("John Lewis Gaddis, We Now Know (Oxford: Clarendon Press, 1997), 45; Melvyn P. Leffler, "
            "A Preponderance of Power (Stanford: Stanford University Press, 1992), 12")
    r = cli("add", cite, "--library", tmp_path / "lib")
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["new", "gaddis1997we", "new", "leffler1992preponderance"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=120), max_size=6))
def test_any_text_reads_without_error_and_every_link_names_a_record(paragraphs):
    out = parse_text("\n\n".join(paragraphs))
    keys = {p.record["id"] for p in out.parsed}
    assert all(c.key in keys for _, cites in out.notes for c in cites)


def _types(text: str) -> list[str | None]:
    return [p.record.get("type") for p in parse_text(text).parsed]


def test_a_book_with_pages_is_not_taken_for_an_archival_document():
    # the archival reader reads pages, a volume or a number in any citation; only an archive's own parts count
    assert _types("1. Beatrice Farnsworth,  William C. Bullitt and the Soviet Union,  Bloomington: Indiana "
                  "University Press, 1967, pp. 32-70.\n") == ["book"]
    assert _types("9. Giovanni Lévi, « Les usages de la biographie », Annales ESC, no 6, novembre 1989, "
                  "p. 1325-1336.\n") == ["article-journal"]
    assert _types("2. P. McNair, Peter Martyr in Italy (Oxford: Clarendon, 1967). F. C. Church, The Italian "
                  "Reformers (New York, 1932).\n") == ["book", "book"]  # 'F. C.' is no fond
    assert _types("1. Белинский В. Г. Собр. соч. В 3 т. Т. 3. М., ГИХЛ, 1948. С. 555.\n") == ["book"]  # a publisher


def test_an_archival_document_still_goes_to_the_archival_reader():
    assert _types("45. Records of conversation, Stalin-Zhou Enlai, August 20, 1952, APRF, f. 45, op. 1, d. 329, "
                  "ll. 54-72.\n") == ["manuscript"]
    assert _types("14. Grey to Rodd, 28 July 1911, TNA FO 371/1250, fo. 311.\n") in (["personal_communication"],
                                                                                 ["manuscript"])


def test_loc_cit_is_no_library_of_congress():
    from citekit.readers.archival import parse_archival
    assert (parse_archival("17. Shaplen, loc. cit.; Scigliano, op. cit., 17.").record or {}).get("archive") is None
    assert parse_archival("Memo, LOC, Box 4.").record["archive"] == "LOC"
    # a short name only as the table spells it: the Polish 'Na dzień' is no National Archives ('NA')
    polish = parse_archival("5 Kazimierz Brodziński, Na dzień Zmartwychwstania Pańskiego r. 1831, w: Poezje, Wrocław 1959.")
    assert (polish.record or {}).get("archive") is None
    assert parse_archival("TsAMO, f. 500, op. 1, d. 4.").record["archive"] == "TsAMO"


def test_a_note_citing_a_file_and_a_published_work_keeps_both():
    outcome = parse_text("1. Thomas Jefferson to John Adams, October 28, 1813, in The Adams-Jefferson Letters, ed. "
                         "Lester J. Cappon (Chapel Hill: University of North Carolina Press, 1959), 387.\n")
    assert [p.record.get("type") for p in outcome.parsed] == ["personal_communication", "book"]
    book = outcome.parsed[1].record
    assert book["title"] == "The Adams-Jefferson Letters" and book["publisher-place"] == "Chapel Hill"
    assert [len(cites) for _, cites in outcome.notes] == [2]
    # a file line alone gives no work beside it, however the notes reader would read it
    assert _types("115. RGASPI F.558, Op.1, D.5754, Ll.98–100.\n") == ["manuscript"]
