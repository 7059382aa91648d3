"""A large CSL-YAML file is imported as it is read: parts parsed by workers, record files staged
as they come, new records put in place while later ones are read and taken back if reading fails."""

from __future__ import annotations

import os
import re

import pytest
from hypothesis import given, strategies as st

from citekit import recordfile
from citekit.importing import import_file
from citekit.library import Library
from citekit.readers import parts


@pytest.fixture
def small_parts():
    old, parts.MIN_CHARS = parts.MIN_CHARS, 0
    yield
    parts.MIN_CHARS = old


def items(n: int, start: int = 0) -> str:
    return "".join(f"- id: k{i}\n  type: book\n  title: Work {i}\n  issued: {{date-parts: [[19{i % 90 + 10}]]}}\n"
                   for i in range(start, start + n))


def leftovers(path) -> list[str]:
    """Temp files in the library, and staging folders (where workers write) left behind."""
    state = os.path.join(path, ".citekit")
    staged = [n for n in os.listdir(state) if n.startswith("staging")] if os.path.isdir(state) else []
    return [name for name in os.listdir(path) if name.endswith(".tmp")] + staged


def test_streamed_entries_equal_whole_read_and_carry_file_texts(small_parts):
    from citekit.readers.csljson import iter_entries, read_text

    text = items(60)
    streamed = list(iter_entries(text, "x.yaml", "yaml"))
    whole = read_text(text, "x.yaml", "yaml")
    assert [e.record for e in streamed] == [e.record for e in whole]
    assert all(e.text == recordfile.dumps(e.record) for e in streamed)
    assert streamed[37].line == 1 + 37 * 4  # line numbers are still worked out on demand


def test_streamed_import_writes_what_a_whole_read_writes(small_parts, tmp_path):
    path = tmp_path / "in.yaml"
    path.write_text(items(40) + "- id: k3\n  type: book\n  title: Work 3\n  issued: 1913\n  publisher: P\n")
    streamed = import_file(Library(tmp_path / "a"), path)
    parts.MIN_CHARS = 1 << 30
    whole = import_file(Library(tmp_path / "b"), path)
    assert (streamed.added, streamed.merged) == (whole.added, whole.merged)
    assert streamed.merged == ["k3"]  # a later item of the file merged into a staged one
    for key in whole.added:
        assert ((tmp_path / "a" / f"{key}.yaml").read_text()
                == (tmp_path / "b" / f"{key}.yaml").read_text())
    assert Library(tmp_path / "a").get("k3")["publisher"] == "P"
    assert leftovers(tmp_path / "a") == []


def test_invalid_item_in_a_later_part_is_skipped_with_its_line(small_parts, tmp_path):
    path = tmp_path / "in.yaml"
    path.write_text(items(30) + "- id: bad\n  type: not-a-type\n  title: X\n" + items(30, 30))
    report = import_file(Library(tmp_path / "lib"), path)
    assert len(report.added) == 60
    assert len(report.skipped) == 1 and report.skipped[0].startswith(f"{path}:121: ")


def test_yaml_error_late_in_the_file_leaves_the_library_unchanged(small_parts, tmp_path):
    from citekit.readers.csljson import InputError

    lib = Library(tmp_path / "lib")
    first = tmp_path / "first.yaml"
    first.write_text(items(5))
    import_file(lib, first)
    before = {p.name: p.read_text() for p in lib.path.iterdir() if p.is_file()}
    path = tmp_path / "in.yaml"
    path.write_text(items(50, 100) + "- id: bad\n  title: [unclosed\n" + items(10, 200))
    with pytest.raises(InputError, match=r":20[1-3]: not valid YAML"):
        import_file(lib, path)
    after = {p.name: p.read_text() for p in lib.path.iterdir() if p.is_file()}
    assert after == before and leftovers(lib.path) == []


def test_a_part_cut_inside_an_item_makes_the_file_read_whole(small_parts, tmp_path):
    # a quoted title runs on to a line that starts with "- ": a cut there splits an item
    from citekit.readers.csljson import ReadWhole, iter_entries

    text = "".join(f'- id: k{i}\n  type: book\n  title: "Work {i}\n- a sequel"\n' for i in range(40))
    with pytest.raises(ReadWhole):
        list(iter_entries(text, "x.yaml", "yaml"))
    path = tmp_path / "in.yaml"
    path.write_text(text)
    report = import_file(Library(tmp_path / "lib"), path)
    assert len(report.added) == 40 and not report.skipped
    assert Library(tmp_path / "lib").get("k7")["title"] == "Work 7 - a sequel"
    assert leftovers(tmp_path / "lib") == []


def test_worker_staged_files_are_adopted_or_removed(small_parts, tmp_path):
    """Records stored as read use the file a worker wrote; the others (merged, re-keyed,
    invalid) are written by the importer, and the workers' unused files go."""
    path = tmp_path / "in.yaml"
    dup = "- id: k5\n  type: book\n  title: Other work\n"  # same key, another work: re-keyed
    bad = "- id: bad\n  type: nonsense\n  title: X\n"
    path.write_text(items(30) + dup + bad + items(30, 30))
    lib = Library(tmp_path / "lib")
    report = import_file(lib, path)
    assert len(report.added) == 61 and len(report.skipped) == 1
    assert lib.get("k5")["title"] == "Work 5"
    rekeyed = [k for k in report.added if lib.get(k)["title"] == "Other work"]
    assert len(rekeyed) == 1 and rekeyed[0] != "k5"
    for key in report.added:
        assert lib.file_for(key).read_text() == recordfile.dumps(lib.get(key))
    assert leftovers(lib.path) == []


def test_staged_writes_replace_and_abort(tmp_path):
    lib = Library(tmp_path / "lib")
    with lib.lock(), lib.staged() as staged:
        staged.put({"id": "a", "type": "book", "title": "one"})
        staged.put({"id": "a", "type": "book", "title": "two"})
        assert len(leftovers(lib.path)) == 1
        staged.commit()
    assert lib.get("a")["title"] == "two"
    with lib.lock(), lib.staged() as staged:
        staged.put({"id": "a", "type": "book", "title": "three"})
        staged.put({"id": "b", "type": "book", "title": "new"})
    assert lib.get("a")["title"] == "two" and "b" not in lib
    assert leftovers(lib.path) == []


def bib(n: int, start: int = 0) -> str:
    return "".join(f"@book{{k{i},\n  title = {{Work {i}}},\n  author = {{Doe, Jane}},\n"
                   f"  year = {{19{i % 90 + 10}}},\n}}\n\n" for i in range(start, start + n))


def test_bibtex_streamed_equals_whole_read(small_parts):
    from citekit.readers.bibtex import iter_entries, read_text

    text = bib(30) + "@book{broken,\n  title = {Unclosed\n\n" + bib(30, 30)
    problems: list = []
    streamed = list(iter_entries(text, "x.bib", problems))
    whole, whole_problems = read_text(text, "x.bib", jobs=1)
    assert [(e.record, e.line) for e in streamed] == [(e.record, e.line) for e in whole]
    assert problems == whole_problems and problems[0].skipped
    assert all(e.text == recordfile.dumps(e.record) for e in streamed)


def test_bibtex_import_keeps_the_readers_problems(small_parts, tmp_path):
    path = tmp_path / "in.bib"
    path.write_text(bib(20) + "@book{broken,\n  title = {Unclosed\n\n" + bib(20, 20))
    report = import_file(Library(tmp_path / "lib"), path)
    assert len(report.added) == 40
    assert len(report.skipped) == 1
    assert report.skipped[0].startswith(f"{path}:121: not a valid BibTeX entry")
    assert leftovers(tmp_path / "lib") == []


def ris(n: int, start: int = 0) -> str:
    return "".join(f"TY  - BOOK\nID  - r{i}\nTI  - Work {i}\nPY  - 19{i % 90 + 10}\nER  - \n\n"
                   for i in range(start, start + n))


def test_ris_read_in_parts_equals_read_whole(small_parts):
    from citekit.readers.ris import iter_entries, read_text

    damaged = "TY  - BOOK\nTI  - No end\n\nTY  - BOOK\nTI  - After\nXX  - odd tag\nER  - \n\njunk\n"
    text = ris(25) + damaged + ris(25, 25) + "PY  - 1999\n" + ris(10, 50)
    problems: list = []
    streamed = list(iter_entries(text, "x.ris", problems))
    whole, whole_problems = read_text(text, "x.ris", jobs=1)
    assert len(whole) == 62
    assert [(e.record, e.line) for e in streamed] == [(e.record, e.line) for e in whole]
    assert problems == whole_problems and len(problems) == 4
    assert all(e.text == (recordfile.dumps(e.record) if "id" in e.record else None)
               for e in streamed)
    assert sum(e.text is not None for e in streamed) == 60


def test_ris_with_other_line_breaks_is_read_whole(small_parts):
    from citekit.readers import ris as reader

    text = ris(30).replace("\n", "\r")
    entries, problems = reader.read_text(text, "x.ris")
    assert len(entries) == 30 and not problems
    assert entries[-1].line == 29 * 6 + 1


def test_one_process_imports_into_one_library_twice(tmp_path):
    """The staging folder goes at the end of an import; the next one makes it again (a small
    file is read in this process, which writes the staged files itself)."""
    lib = Library(tmp_path / "lib")
    for start in (0, 100):
        path = tmp_path / f"in{start}.bib"
        path.write_text(bib(20, start))
        assert len(import_file(lib, path).added) == 20
    assert len(lib.keys()) == 40 and leftovers(lib.path) == []


def json_items(n: int, start: int = 0) -> list[str]:
    return [f'{{"id": "k{i}", "type": "book", "title": "Work {i}", "issued": {{"date-parts": [[{1910 + i % 90}]]}}}}'
            for i in range(start, start + n)]


def test_csl_json_slices_equal_whole_read_and_carry_file_texts(small_parts):
    from citekit.readers.csljson import iter_entries, read_text

    text = "[\n" + ",\n".join(json_items(60)) + "\n]\n"
    streamed = list(iter_entries(text, "x.json", "json"))
    whole = read_text(text, "x.json", "json")
    assert [e.record for e in streamed] == [e.record for e in whole]
    assert all(e.text == recordfile.dumps(e.record) for e in streamed)
    assert streamed[37].line == 2 + 37


def test_csl_json_in_slices_stages_merges_and_skips_with_lines(small_parts, tmp_path):
    path = tmp_path / "in.json"
    bad = '{"id": "bad", "type": "not-a-type", "title": "X"}'
    dup = '{"id": "k3", "type": "book", "title": "Work 3", "issued": {"date-parts": [[1913]]}, "publisher": "P"}'
    path.write_text("[\n" + ",\n".join(json_items(30) + [bad] + json_items(30, 30) + [dup]) + "\n]\n")
    streamed = import_file(Library(tmp_path / "a"), path)
    parts.MIN_CHARS = 1 << 30
    whole = import_file(Library(tmp_path / "b"), path)
    assert (streamed.added, streamed.merged, streamed.skipped) == (whole.added, whole.merged, whole.skipped)
    assert streamed.merged == ["k3"] and len(streamed.added) == 60
    assert len(streamed.skipped) == 1 and streamed.skipped[0].startswith(f"{path}:32: ")
    for key in whole.added:
        assert ((tmp_path / "a" / f"{key}.yaml").read_text()
                == (tmp_path / "b" / f"{key}.yaml").read_text())
    assert leftovers(tmp_path / "a") == []


def test_csl_json_non_item_in_a_late_slice_leaves_the_library_unchanged(small_parts, tmp_path):
    from citekit.readers.csljson import InputError

    lib = Library(tmp_path / "lib")
    path = tmp_path / "in.json"
    path.write_text("[\n" + ",\n".join(json_items(50) + ["[1, 2]"] + json_items(10, 50)) + "\n]\n")
    with pytest.raises(InputError, match=r"in\.json:52: expected a CSL item"):
        import_file(lib, path)
    assert [p.name for p in lib.path.iterdir() if p.suffix == ".yaml"] == []
    assert leftovers(lib.path) == []


def test_new_records_are_placed_while_reading_and_taken_back_on_failure(small_parts, tmp_path,
                                                                       monkeypatch):
    """New records go in place every PLACE_EACH entries; an error later in the file removes
    them again, and records the library had are never touched before the commit."""
    import citekit.importing as importing
    from citekit.readers.csljson import InputError

    monkeypatch.setattr(importing, "PLACE_EACH", 7)
    lib = Library(tmp_path / "lib")
    first = tmp_path / "first.yaml"
    first.write_text(items(5))
    import_file(lib, first)
    before = {p.name: p.read_text() for p in lib.path.iterdir() if p.is_file()}
    seen: list[int] = []
    place = lib.staged().__class__.place_new

    def watched(self):
        place(self)
        seen.append(len(Library(lib.path).keys()))

    monkeypatch.setattr(type(lib.staged()), "place_new", watched)
    path = tmp_path / "in.yaml"
    # k3 merges into the library's k3 (a change to an existing record): it waits for the commit
    path.write_text(items(40, 100) + "- id: k3\n  type: book\n  title: Work 3\n  issued: 1913\n"
                    "  publisher: P\n- id: bad\n  title: [unclosed\n" + items(10, 200))
    with pytest.raises(InputError, match="not valid YAML"):
        import_file(lib, path)
    assert seen and max(seen) > 5  # new records were visible before the error
    after = {p.name: p.read_text() for p in lib.path.iterdir() if p.is_file()}
    assert after == before and leftovers(lib.path) == []

    path.write_text(items(40, 100) + "- id: k3\n  type: book\n  title: Work 3\n  issued: 1913\n"
                    "  publisher: P\n" + items(10, 200))
    report = import_file(lib, path)
    assert len(report.added) == 50 and report.merged == ["k3"]
    assert lib.get("k3")["publisher"] == "P" and len(lib.keys()) == 55
    assert leftovers(lib.path) == []


def test_placed_records_go_again_when_a_batch_is_left_without_commit(tmp_path):
    lib = Library(tmp_path / "lib")
    with lib.lock(), lib.staged() as staged:
        staged.put({"id": "old", "type": "book", "title": "one"})
        staged.commit()
    with lib.lock(), lib.staged() as staged:
        staged.put({"id": "a", "type": "book", "title": "new"}, new=True)
        staged.put({"id": "old", "type": "book", "title": "two"})
        staged.place_new()
        assert lib.get("a")["title"] == "new" and lib.get("old")["title"] == "one"
        staged.put({"id": "a", "type": "book", "title": "newer"}, new=True)  # staged again
    assert lib.keys() == ["old"] and lib.get("old")["title"] == "one"
    assert leftovers(lib.path) == []


_TIES_ONE_PATTERN = re.compile(r"(?m)(?:^|[\s\[{,:])[&*!%][^\s,\]}]|^(?:---|\.\.\.)(?:[ \t]|$)")


@given(st.text(alphabet="&*!%-.:,[]{} \t\nab", max_size=40))
def test_yaml_tie_search_equals_the_one_pattern_it_replaces(text):
    """The fast search for what ties one part of a YAML list to another finds exactly what a
    single (slow) pattern does."""
    from citekit.readers.csljson import _yaml_ties

    assert _yaml_ties(text) == bool(_TIES_ONE_PATTERN.search(text))
