"""citekit parse / add on real input: the sample archive page and pasted citations."""

import json

from citekit.library import Library

from .conftest import ROOT

PAGE = ROOT / "tests/data/samples/wilson-center-document-115094.txt"
BUNDLED = Library(ROOT / "records")
CITATION = ('"Central Committee of the Communist Party of the Soviet Union Presidium Protocol 71", '
            "December 3, 1962, Wilson Center Digital Archive, RGANI, F. 3, Op. 16, D. 947, LI. "
            "53-53ob. Translated and edited by Mark Kramer, with assistance from Timothy Naftali. "
            "<https://wilson-center-digital-archive.dvincitest.com/document/115094>")


def _without_provenance(record):
    record = json.loads(json.dumps(record))
    record.get("custom", {}).pop("provenance", None)
    return record


def test_page_gives_the_bundled_document_record(cli):
    r = cli("parse", PAGE, "--format", "csl-json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)[0]  # the document first, then the works its notes cite
    assert _without_provenance(doc) == _without_provenance(BUNDLED.get("centralcommittee1962"))
    assert doc["custom"]["provenance"]["file"] == str(PAGE)


def test_citation_from_stdin_and_add(cli, tmp_path):
    r = cli("parse", "-", "--format", "csl-json", input=CITATION + "\n")
    assert r.returncode == 0, r.stderr
    (doc,) = json.loads(r.stdout)
    assert doc["URL"] == "https://digitalarchive.wilsoncenter.org/document/115094"
    assert doc["archive_location"] == "f. 3, op. 16, d. 947, ll. 53–53ob."
    lib = tmp_path / "lib"
    r = cli("add", CITATION, "--library", lib)
    assert r.returncode == 0 and r.stdout.strip() == "new centralcommittee1962"
    r = cli("add", CITATION, "--library", lib)
    assert r.stdout.strip() == "unchanged centralcommittee1962"


def test_many_citations_one_per_line(cli, tmp_path):
    src = tmp_path / "cites.txt"
    src.write_text(CITATION + "\n" + CITATION.replace("Protocol 71", "Protocol 72").replace(
        "December 3", "December 10").replace("115094", "115095") + "\n")
    r = cli("parse", src, "--format", "csl-json", "--save", "--library", tmp_path / "lib")
    assert r.returncode == 0, r.stderr
    assert "new centralcommittee1962\nnew centralcommittee1962a" in r.stdout
    assert sorted(Library(tmp_path / "lib").keys()) == ["centralcommittee1962", "centralcommittee1962a"]


def test_yaml_output_has_no_anchors(cli):
    r = cli("parse", PAGE, "--format", "yaml")
    assert r.returncode == 0 and "&id" not in r.stdout and "*id" not in r.stdout


def test_no_citation_is_an_error(cli, tmp_path):
    r = cli("parse", "-", input="Nothing to see here, move along\n")
    assert r.returncode == 1 and "no citation found" in r.stderr and "Traceback" not in r.stderr
    r = cli("parse", tmp_path / "missing.txt")
    assert r.returncode == 1 and "no such file" in r.stderr
    r = cli("add", "!!!", "--library", tmp_path / "lib")
    assert r.returncode == 1 and not (tmp_path / "lib").exists()


def test_strict_turns_warnings_into_failure(cli, tmp_path):
    garbled = '"Untitled scrap", Wilson Center Digital Archive, F. 3, Op., D.'
    r = cli("parse", "-", "--format", "csl-json", input=garbled)
    assert r.returncode == 0 and json.loads(r.stdout)[0]["title"] == "Untitled scrap"
    assert "issued: no date found" in r.stderr and "<stdin>:1:" in r.stderr
    r = cli("parse", "-", "--strict", "--save", "--library", tmp_path / "lib", input=garbled)
    assert r.returncode == 1 and "nothing saved" in r.stderr
    assert not (tmp_path / "lib").exists()


def _norm_title(r):
    t = (r.get("title") or r.get("container-title") or "").casefold()
    return t[4:] if t.startswith("the ") else t


def test_page_notes_give_every_cited_work_with_links(cli):
    r = cli("parse", PAGE, "--format", "csl-json", "--notes")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    got = {(_norm_title(x), x["type"]) for x in data["records"]}
    want = {(_norm_title(BUNDLED.get(k)), BUNDLED.get(k)["type"]) for k in BUNDLED.keys()}
    assert got == want
    by_note = {n["note"]: n["cites"] for n in data["notes"]}
    assert [c["key"] for c in by_note[3]] == ["mikoyan2012soviet", "mikoian2006anatomiia"]
    blight = next(c for c in by_note[1] if c["key"] == "blight1993cuba")
    assert (blight["label"], blight["locator"]) == ("appendix", "2")
    assert by_note[2] == []
    prov = next(x for x in data["records"] if x["id"] == "blight1993cuba")["custom"]["provenance"]
    assert prov["note"] == 1 and prov["file"] == str(PAGE)


def test_saving_a_page_merges_with_the_library(cli, bundled):
    before = {p.name: p.read_bytes() for p in bundled.glob("*.yaml")}
    r = cli("parse", PAGE, "--save", "--library", bundled)
    assert r.returncode == 0, r.stderr
    assert "new " not in r.stdout  # every work is already there, under its own key
    assert {p.name for p in bundled.glob("*.yaml")} == set(before)


def test_secondary_citation_from_the_shell(cli, tmp_path):
    cite = ("James G. Blight, Bruce J. Allyn, and David A. Welch, *Cuba on the Brink: Castro, the "
            "Missile Crisis, and the Soviet Collapse* (New York: Pantheon Books, 1993)")
    r = cli("add", cite, "--library", tmp_path / "lib")
    assert r.returncode == 0 and r.stdout.strip() == "new blight1993cuba", r.stderr
    rec = Library(tmp_path / "lib").get("blight1993cuba")
    assert rec["publisher"] == "Pantheon Books" and rec["type"] == "book"


def test_frus_headings_keep_their_dateline_and_source_note(cli):
    text = ("32. Letter From the Under Secretary (Johnson) to the Assistant Secretary (Bundy)\n\n"
            "Washington, March 3, 1962, 5 p.m.\n\n"
            "Source: Department of State, Central Files, 751K.00/1-2462. Secret.\n\n"
            "33. Telegram From the Embassy in Vietnam to the Department of State\n"
            "Source: Department of State, Central Files, POL 15 VIET S. Secret.\n")
    r = cli("parse", "-", "--format", "csl-json", input=text)
    assert r.returncode == 0, r.stderr
    first, second = json.loads(r.stdout)
    assert first["issued"] == {"date-parts": [[1962, 3, 3]]}
    assert first["custom"]["locator"] == {"series": "Central Files", "file": "751K.00/1-2462"}
    assert second["archive_location"] == "Central Files, POL 15 VIET S"


def test_archival_footnotes_and_file_headings_are_not_taken_for_books(cli):
    text = ("23.  U.S. Dept of State, telegram, Saigon 4399, April 7, 1955.\n\n"
            "891.51A/869: Telegram\n\n"
            "The Secretary of State to the Minister in Iran (Dreyfus)\n")
    r = cli("parse", "-", "--format", "csl-json", input=text)
    assert r.returncode == 0, r.stderr
    telegram, heading = json.loads(r.stdout)
    assert telegram["type"] == "personal_communication" and telegram["title"] == "Saigon 4399"
    assert telegram["author"] == [{"literal": "U.S. Dept of State"}]
    assert heading["recipient"] == [{"family": "Dreyfus"}]
    assert heading["custom"]["locator"] == {"file": "891.51A/869"}
