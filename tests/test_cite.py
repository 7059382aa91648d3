"""citekit cite / bib through citeproc-py, and untrusted style files."""

import shutil
from pathlib import Path

import pytest

from citekit.writers.csl import StyleError, check_style_xml, parse_locator

MINI_STYLE = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" initialize-with=". ">
  <info><title>mini</title><id>mini</id><updated>2026-01-01T00:00:00+00:00</updated></info>
  <citation><layout suffix="."><names variable="author"><name initialize="false"/></names>
  <text variable="title" prefix=", " font-style="italic"/></layout></citation>
</style>
"""


def test_chicago_note_keeps_full_given_names(cli, bundled):
    r = cli("cite", "blight1993cuba", "--style", "chicago", "--locator", "p. 45", "--library", bundled)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == ("James G. Blight et al., Cuba on the Brink: Castro, the Missile "
                                "Crisis, and the Soviet Collapse (Pantheon Books, 1993), 45.")


def test_formats(cli, bundled):
    r = cli("cite", "blight1993cuba", "--format", "html", "--library", bundled)
    assert "<i>Cuba on the Brink" in r.stdout
    r = cli("cite", "blight1993cuba", "--format", "markdown", "--library", bundled)
    assert "*Cuba on the Brink: Castro, the Missile Crisis, and the Soviet Collapse*" in r.stdout
    r = cli("cite", "blight1993cuba", "--format", "pdf", "--library", bundled)
    assert r.returncode == 1 and "unknown output format" in r.stderr


def test_bib_sorted_mla(cli, bundled, tmp_path):
    out = tmp_path / "works-cited.txt"
    r = cli("bib", "--all", "--style", "mla", "-o", out, "--library", bundled)
    assert r.returncode == 0, r.stderr
    lines = out.read_text().splitlines()
    assert len(lines) == len(list(bundled.glob("*.yaml")))
    assert lines[0].startswith("Blight, James G., et al. Cuba on the Brink")


def test_style_file_path_and_17th_edition(cli, bundled, tmp_path):
    style = tmp_path / "mini.csl"
    style.write_text(MINI_STYLE)
    r = cli("cite", "mikoyan2012soviet", "--style", style, "--library", bundled)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("S. A. Mikoyan, The Soviet Cuban Missile Crisis")
    r = cli("cite", "blight1993cuba", "--edition", "17", "--library", bundled)
    assert r.returncode == 0 and "New York: Pantheon Books, 1993" in r.stdout


def test_xxe_style_refused(cli, bundled, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    evil = tmp_path / "xxe.csl"
    evil.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE style [<!ENTITY x SYSTEM "file://{secret}">]>\n'
                    + MINI_STYLE.split("\n", 1)[1].replace("<title>mini", "<title>&x;"))
    r = cli("cite", "blight1993cuba", "--style", evil, "--library", bundled)
    assert r.returncode == 1 and "refused" in r.stderr and "TOPSECRET" not in r.stdout + r.stderr


def test_entity_bomb_refused():
    bomb = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">'
                      for i in range(1, 10))
            + ']><style xmlns="http://purl.org/net/xbiblio/csl">&lol9;</style>')
    with pytest.raises(StyleError, match="refused"):
        check_style_xml(bomb.encode(), "bomb.csl")


def test_not_a_style_refused(tmp_path):
    with pytest.raises(StyleError, match="not a CSL style"):
        check_style_xml(b"<html/>", "x.csl")
    with pytest.raises(StyleError, match="not a valid CSL style"):
        check_style_xml(b"<style", "x.csl")


@pytest.mark.parametrize("text, expected", [
    ("p. 45", ("page", "45")), ("pp. 176-178", ("page", "176-178")), ("45", ("page", "45")),
    ("ch. 3", ("chapter", "3")), ("app. 2", ("appendix", "2")), (None, (None, None)),
])
def test_parse_locator(text, expected):
    assert parse_locator(text) == expected


def test_substituted_editor_not_repeated(cli, tmp_path):
    """cs:substitute: the editor standing in for the author is not printed again (CSL spec)."""
    lib = tmp_path / "lib"
    src = tmp_path / "in.json"
    src.write_text('[{"id": "chang1992", "type": "book", "title": "The Cuban Missile Crisis, 1962",'
                   ' "editor": [{"family": "Chang", "given": "Laurence"}, {"family": "Kornbluh",'
                   ' "given": "Peter"}], "publisher": "New Press", "issued": {"date-parts": [[1992]]}}]')
    assert cli("import", src, "--library", lib).returncode == 0
    r = cli("bib", "--style", "mla", "--library", lib)
    assert r.stdout.count("Kornbluh") == 1, r.stdout
    assert r.stdout.startswith("Chang, Laurence, and Peter Kornbluh, editors.")


@pytest.mark.parametrize("edition", ["18", "17"])
def test_archival_note_leads_with_title(cli, bundled, edition):
    """CMOS 14.221-14.232: an archival document without author is cited under its title and
    date; the translator who edited the online copy follows them, then the locator,
    repository, online archive, URL."""
    r = cli("cite", "centralcommittee1962", "--style", "chicago", "--edition", edition,
            "--library", bundled)
    assert r.returncode == 0, r.stderr
    note = r.stdout.strip()
    assert note.startswith("“Central Committee of the Communist Party"), note
    assert "Kramer, Mark" not in note and "ed." not in note.split("”")[0]
    parts = ["Protocol 71,”", "December 3, 1962", "trans. Mark Kramer", "f. 3, op. 16",
             "RGANI, Moscow", "Wilson Center Digital Archive",
             "https://digitalarchive.wilsoncenter.org/document/115094"]
    positions = [note.index(p) for p in parts]
    assert positions == sorted(positions), note


def test_authored_archival_note_keeps_translator_after_title(cli, tmp_path):
    """With an author, the translator belongs to the author's text: after title and
    description, before the date, as in the official style."""
    lib = tmp_path / "lib"
    shutil.copytree(Path(__file__).parent / "fixtures", lib)
    r = cli("cite", "dobrynin1962telegram", "--style", "chicago", "--library", lib)
    assert r.returncode == 0, r.stderr
    note = r.stdout.strip()
    parts = ["Anatoly Dobrynin, “", "telegram to USSR Foreign Ministry",
             "trans. Mark H. Doctoroff", "October 27, 1962", "AVP RF"]
    positions = [note.index(p) for p in parts]
    assert positions == sorted(positions), note


def test_official_style_still_available(cli, bundled):
    """--style with the official name gives the official style, where the translator stands
    in for the author (the mapping hands the engine the translator only)."""
    r = cli("cite", "centralcommittee1962", "--style", "chicago-notes-bibliography",
            "--library", bundled)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Mark Kramer, trans.,")


def test_chapter_locator_keeps_its_label(cli, bundled):
    # citeproc-js 2.4.63 with citekit's Chicago style: "... (Stanford University Press, 2012),
    # chap. 3." (tools/citeproc-js/notes.js, locator "3", label "chapter")
    r = cli("cite", "mikoyan2012soviet", "--style", "chicago", "--locator", "chap. 3",
            "--library", bundled)
    assert r.returncode == 0 and r.stdout.strip().endswith("(Stanford University Press, 2012), chap. 3.")
