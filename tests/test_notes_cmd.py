"""`citekit notes`: pandoc-style citations in Markdown -> numbered notes and a bibliography.

Expected notes are citeproc-js 2.4.63's output for the same citations, items, style and locale
(tools/citeproc-js/notes.js).
"""

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from citekit.manuscript import parse, split_locator
from citekit.writers.notes import render_manuscript

DATA = Path(__file__).parent / "data"
CUBA = "Cuba on the Brink: Castro, the Missile Crisis, and the Soviet Collapse"


def _notes(stdout: str) -> list[str]:
    return [line.split(". ", 1)[1] for line in stdout.split("Notes\n\n", 1)[1].split("\n\n")[0]
            .splitlines()]


def test_positions_match_citeproc_js(cli, bundled, tmp_path):
    ms = tmp_path / "ms.md"
    ms.write_text(
        "One [@blight1993cuba, 45]. Two [@blight1993cuba, p. 45]. Three [@blight1993cuba, 50].\n"
        "Four [@blight1993cuba]. Five [@blight1993cuba]. "
        "Six [@mikoian2006anatomiia; @blight1993cuba].\n"
        "Seven [@blight1993cuba]. Eight [@mikoian2006anatomiia, 3]. Nine [@blight1993cuba, 9].\n"
        "Ten [@blight1993cuba, chap. 9].\n", encoding="utf-8")
    r = cli("notes", ms, "--style", DATA / "positions.csl", "--library", bundled)
    assert r.returncode == 0, r.stderr
    assert _notes(r.stdout) == [
        f"first {CUBA} 45.",
        f"ibid {CUBA} 45.",  # same locator: citeproc-py alone said ibid-with-locator
        f"ibid-with-locator {CUBA} 50.",
        f"subsequent {CUBA}.",  # no locator after one with a locator
        f"ibid {CUBA}.",
        f"first Anatomiia Karibskogo krizisa; subsequent {CUBA}.",
        f"subsequent {CUBA}.",  # the note before cited two works
        "subsequent Anatomiia Karibskogo krizisa 3.",
        f"subsequent {CUBA} 9.",
        f"ibid-with-locator {CUBA} 9.",  # same number, other label
    ]
    assert r.stdout.startswith("One.¹ Two.² Three.³\nFour.⁴ Five.⁵ Six.⁶\n")


def test_chicago_notes_and_bibliography(cli, bundled, tmp_path):
    ms = tmp_path / "chapter.md"
    ms.write_text(
        "# Draft\n\nThe crisis was near [@blight1993cuba, 45]. Then [@khrushchev1990khrushchev]\n"
        "and [@blight1993cuba, 45]; again [@blight1993cuba, 45]. Later [@blight1993cuba, p. 50].\n"
        "Also [-@mikoian2006anatomiia, 7] and [@mikoian2006anatomiia].\n", encoding="utf-8")
    r = cli("notes", ms, "--style", "chicago", "--edition", "17", "--library", bundled)
    assert r.returncode == 0, r.stderr
    short = "Blight, Allyn, and Welch"
    assert _notes(r.stdout)[0] == (f"James G. Blight, Bruce J. Allyn, and David A. Welch, {CUBA} "
                                   "(New York: Pantheon Books, 1993), 45.")
    assert _notes(r.stdout)[1] == (
        "Nikita Khrushchev, Khrushchev Remembers: The Glasnost Tapes, ed. Jerrold L. Schecter and "
        "Vyacheslav V. Luchkov (Boston: Little, Brown & Co., 1990).")
    assert _notes(r.stdout)[2:] == [
        f"{short}, {CUBA}, 45.",  # subsequent
        f"{short}, 45.",  # ibid: CMOS 17's style gives author and page
        f"{short}, 50.",  # ibid-with-locator
        "Anatomiia Karibskogo krizisa (Moskva: Academia, 2006), 7.",  # [-@key]
        "Mikoian, Anatomiia Karibskogo krizisa.",
    ]
    bib = r.stdout.split("\nBibliography\n\n", 1)[1].splitlines()
    assert [e.split(".")[0] for e in bib] == ["Blight, James G", "Khrushchev, Nikita",
                                              "Mikoian, S"]


def test_markdown_keeps_text_outside_citations(cli, bundled, tmp_path):
    text = ("Write to a@b.com about `[@blight1993cuba]` and \\@blight1993cuba;\n"
            "```\n[@blight1993cuba]\n```\n"
            "see [the site](https://example.org/@x) [see @blight1993cuba, 45].\n")
    ms = tmp_path / "ms.md"
    ms.write_text(text, encoding="utf-8")
    r = cli("notes", ms, "--format", "markdown", "--library", bundled)
    assert r.returncode == 0, r.stderr
    body, notes = r.stdout.split("\n\n[^1]: ")
    assert body == text.replace(" [see @blight1993cuba, 45].", ".[^1]").rstrip("\n")
    assert notes.startswith("See James G. Blight et al., *Cuba on the Brink")  # 'see' capitalised
    assert "# Bibliography\n\nBlight, James G., Bruce J. Allyn, and David A. Welch." in notes


def test_author_in_text(cli, bundled, tmp_path):
    ms = tmp_path / "ms.md"
    ms.write_text("@mikoyan2012soviet [p. 12] argues so; @mikoyan2012soviet [14] too.\n")
    r = cli("notes", ms, "--library", bundled)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("S. A. Mikoyan¹ argues so; Mikoyan² too.\n")
    assert _notes(r.stdout)[0].startswith("The Soviet Cuban Missile Crisis: Castro, Mikoyan")


def test_mla_cites_in_place_with_works_cited(cli, bundled, tmp_path):
    ms = tmp_path / "ms.md"
    ms.write_text("As argued [@blight1993cuba, 45], it was close.\n")
    r = cli("notes", ms, "--style", "mla", "--library", bundled)
    assert r.returncode == 0, r.stderr
    first, rest = r.stdout.split("\n", 1)
    assert first.startswith("As argued (Blight et al.") and first.endswith(" 45), it was close.")
    assert "Notes" not in rest
    assert rest.strip().splitlines()[:2] == [
        "Works Cited", ""] and "Blight, James G., et al. Cuba on the Brink" in rest


def test_unknown_key_names_file_and_line(cli, bundled, tmp_path):
    ms = tmp_path / "ms.md"
    ms.write_text("Fine [@blight1993cuba].\n\nBad [see @blight1993cuba; @nosuch2000, 4].\n")
    r = cli("notes", ms, "--library", bundled)
    assert r.returncode == 1
    assert r.stderr == f"citekit: error: {ms}:3: unknown citation key 'nosuch2000'\n"
    assert r.stdout == ""


def test_parser_follows_pandoc_syntax():
    text = ("Blah [see @doe99, pp. 33-35 and *passim*; @smith04, chap. 1]. @Foo_bar.baz. "
            "[@{https://x.org/?a=1}, p. 33] [@k, xi, suffix] [@k {iv, vi-xi}] mail a@b.com")
    got = [[(c.key, c.prefix, c.label, c.locator, c.suffix, c.author_in_text) for c in cl.cites]
           for cl in parse(text)]
    assert got == [
        [("doe99", "see", "page", "33-35", " and *passim*", False),
         ("smith04", "", "chapter", "1", "", False)],
        [("Foo_bar.baz", "", None, None, "", True)],
        [("https://x.org/?a=1", "", "page", "33", "", False)],
        [("k", "", None, None, ", xi, suffix", False)],  # a bare roman numeral is a suffix
        [("k", "", "page", "iv, vi-xi", "", False)],
    ]
    assert split_locator(", fols. 12v-13") == ("folio", "12v-13", "")
    assert split_locator(", 45, 47") == ("page", "45, 47", "")
    assert [c.cites[0].suppress_author for c in parse("[-@a] [@a]")] == [True, False]


CITATION_ISH = st.text(alphabet="[]@;-,.{}`~\\ \n^:(ap1xé")


@given(st.one_of(st.text(), CITATION_ISH))
def test_parser_never_raises(text):
    for cluster in parse(text):
        assert 0 <= cluster.start < cluster.end <= len(text)
        assert "@" in text[cluster.start:cluster.end]


@given(st.text(alphabet=st.characters(blacklist_characters="@")))
def test_text_without_at_comes_back_unchanged(text):
    assert render_manuscript(text, {}, "chicago").text == text


@given(CITATION_ISH)
def test_citations_render_and_the_rest_is_kept(text):
    records = {"a": {"id": "a", "type": "book", "title": "T"}}
    text = text.replace("@", "@a ").replace("^", "")  # every key known; no own footnotes
    doc = render_manuscript(text, records, "chicago-short")
    assert len(doc.notes) == len(parse(text))
    if not parse(text):
        assert doc.text == text


def test_note_marks_join_the_line_but_not_the_paragraph_and_keep_own_footnotes(cli, bundled):
    text = ("Own note.[^1]\n\n[@blight1993cuba] starts.\nText\n[@blight1993cuba, 4].\n\n"
            "[^1]: Mine.\n")
    r = cli("notes", "-", "-f", "markdown", "--library", bundled, input=text)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Own note.[^1]\n\n[^c1] starts.\nText.[^c2]\n\n[^1]: Mine.\n\n"
                               "[^c1]: James G. Blight et al.")


def test_cites_keep_the_authors_order_in_a_note(cli, bundled, tmp_path):
    ms = tmp_path / "ms.md"
    ms.write_text("A [@blight1993cuba]. B [@khrushchev1990khrushchev, 3; @blight1993cuba, 7].\n")
    r = cli("notes", ms, "--style", DATA / "positions.csl", "--library", bundled)
    assert _notes(r.stdout)[1] == ("first Khrushchev Remembers: The Glasnost Tapes 3; "
                                   f"subsequent {CUBA} 7.")  # citeproc-py put Blight first


def test_citations_in_the_authors_own_footnotes_render_in_place(cli, bundled, tmp_path):
    ms = tmp_path / "ms.md"
    ms.write_text("Intro [@blight1993cuba, 4]. Own remark.[^x] Later [@blight1993cuba, 9].\n\n"
                  "[^x]: As in [@blight1993cuba, 4]. Also [see @mikoian2006anatomiia].\n")
    r = cli("notes", ms, "-f", "markdown", "--style", DATA / "positions.csl", "--library",
            bundled)
    assert r.returncode == 0, r.stderr
    # positions follow reading order: footnote x is read after note 1 and before note 2
    assert r.stdout == (
        "Intro.[^1] Own remark.[^x] Later.[^2]\n\n"
        f"[^x]: As in ibid {CUBA} 4. Also see first Anatomiia Karibskogo krizisa.\n\n"
        f"[^1]: first {CUBA} 4.\n"
        f"[^2]: subsequent {CUBA} 9.\n")


def test_positions_within_and_across_notes_of_several_cites(cli, bundled):
    text = ("A [@blight1993cuba]. B [@blight1993cuba; @mikoian2006anatomiia]. "
            "C [@mikoian2006anatomiia, 3; @mikoian2006anatomiia, 5].\n")
    r = cli("notes", "-", "--style", DATA / "positions.csl", "--library", bundled, input=text)
    assert _notes(r.stdout) == [  # citeproc-js 2.4.63
        f"first {CUBA}.",
        f"ibid {CUBA}; first Anatomiia Karibskogo krizisa.",
        "subsequent Anatomiia Karibskogo krizisa 3; ibid-with-locator Anatomiia Karibskogo "
        "krizisa 5.",
    ]
