"""The footnote accuracy bench: citation pairing and the refextract mapping."""

from bench.notes_accuracy import NOT_INSTALLED, align, in_order, main, refextract_records


def test_align_skips_a_missed_citation_instead_of_shifting():
    gold = [{"title": "a", "issued": 1}, {"title": "b"}, {"title": "c", "issued": 3}]
    got = [{"title": "a", "issued": 1}, {"title": "c", "issued": 3}]
    assert align(gold, got) == [(gold[0], got[0]), (gold[1], {}), (gold[2], got[1])]
    assert in_order(gold, got)[1] == (gold[1], got[1])


def test_align_keeps_order_and_unpaired_extras():
    gold = [{"title": "a"}]
    got = [{"title": "x"}, {"title": "a"}, {"title": "y"}]
    assert align(gold, got) == [({}, got[0]), (gold[0], got[1]), ({}, got[2])]


def test_refextract_mapping():
    def fake(text):
        assert text == "A. B. Smith, Title, J. Hist. 5 (1990): 3\nsecond"
        return [{"author": ["A. B. Smith"], "title": ["Title"], "journal_title": ["J. Hist."],
                 "journal_volume": ["5"], "journal_year": ["1990"], "journal_page": ["3-4"]},
                {"misc": ["second"]}]

    recs = refextract_records("A. B.  Smith, Title, J. Hist. 5 (1990): 3; second", fake)
    assert recs == [{"author": (("smith", "a. b"),), "title": "title", "container-title": "j. hist",
                     "volume": "5", "issued": ((1990,),), "type": "article-journal",
                     "locator": "3–4", "label": "page"}]


def test_missing_peer_is_reported(monkeypatch, capsys):
    import bench.notes_accuracy as bench
    monkeypatch.setattr(bench, "load_refextract", lambda: None)
    monkeypatch.setattr("sys.argv", ["notes_accuracy", "--split", "dev"])
    main()
    assert NOT_INSTALLED in capsys.readouterr().out


def test_lines_option_scores_a_slice_of_the_gold(monkeypatch, capsys):
    monkeypatch.setattr("sys.argv", ["notes_accuracy", "--split", "dev", "--no-peer", "--lines", "0:6"])
    main()
    out = capsys.readouterr().out
    assert "citekit dev (4 notes," in out  # lines 0-5: every third line (2 and 5) is held out


def test_citation_tally_counts_missed_extra_and_exact():
    from collections import Counter

    from bench.notes_accuracy import citation_line, score
    lines = [{"note": "n", "citations": [{"gold": {"title": "A"}, "locator": "4", "label": "page"},
                                         {"gold": {"title": "B"}, "locator": None, "label": None}]}]
    tally = Counter()
    score(lines, lambda note: [{"title": "a", "locator": "4", "label": "page"}, {"title": "z"}], tally=tally)
    assert tally == Counter(paired=1, missed=1, extra=1, exact=1)
    assert "2 gold, 2 found; 1 paired, 1 missed, 1 extra; 1 with every field right (50.0% of gold)" \
        in citation_line(tally)
