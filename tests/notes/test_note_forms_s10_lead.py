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
