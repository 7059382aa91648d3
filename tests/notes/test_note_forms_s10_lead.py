"""Forms the lead engineer fixed in session 10 (real note shapes → fields)."""

from citekit.readers.notes import parse_note


def test_first_sentence_naming_a_work_whole_before_see_also():
    cs = parse_note("4.Sluglett, Britain in Iraq. See also Charles Tripp, A History of Iraq (Cambridge: Cambridge "
                    "University Press, 2000).")
    assert [c.record.get("title") for c in cs] == ["Britain in Iraq", "A History of Iraq"]
    assert "Sluglett" in str(cs[0].record["author"])


def test_first_sentence_ending_on_an_initial_or_abbreviation_is_not_a_work():
    for note in ("1. Cited in Bertram D. Wolfe, Three Who Made a Revolution (New York, Dial Press, 1948), p. 453.",
                 "[10]. Memorie Manzoniane del prof. Cristoforo Fabris, Milano, 1901, pag. 82.",
                 "218\nKhlevniuk. Р. 106."):
        titles = [c.record.get("title") for c in parse_note(note)]
        assert not any(t and (t.endswith(" D") or t.endswith(" prof")) for t in titles), titles
        assert len(titles) <= 1


def test_prose_first_sentence_is_not_a_work():
    cs = parse_note("5. Smith, however, disagreed. See Charles Tripp, A History of Iraq (Cambridge: CUP, 2000).")
    assert [c.record.get("title") for c in cs] == ["A History of Iraq"]


def test_same_author_with_a_role_edits_the_book_without_one_writes_it():
    c = parse_note("16. Hans Meier, Gallien, in: Ders. (Hg.), Aufsätze, Berlin 1990, S. 3.")[0].record
    assert (c["container-title"], c["editor"][0]["family"]) == ("Aufsätze", "Meier")
    assert "container-author" not in c
    c = parse_note("9. Mario Rossi, «La Gallia», in Id., Saggi, Torino, 1990, p. 3.")[0].record
    assert (c["container-title"], c["container-author"][0]["family"]) == ("Saggi", "Rossi")
    assert "editor" not in c
