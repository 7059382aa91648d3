"""The fast record writer and YAML loader give exactly what PyYAML gives."""

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from citekit import canonical_yaml, recordfile, yaml_loader
from citekit.model import ordered
from citekit.writers.csljson import to_yaml

from .conftest import ROOT

# Text that exercises quoting and folding: indicators, colons, hashes, quotes, spaces,
# words that resolve to other types, non-Latin scripts, astral and control characters.
WORDS = st.sampled_from([
    "Kramer", "RGANI", "f. 3,", "op. 16", "d. 947", "ll. 53–53ob.", "yes", "No", "null", "~",
    "1962", "0x1F", "1_000", "3.5", ".inf", "2020-01-01", "2020-01-01 Kramer", "1962-12-3", "12:30", "a:b", "a: b", "#tag", "x #y",
    "- item", "? q", "'quoted'", '"dq"', "[br]", "{c}", "&anchor", "*alias", "!tag", "%", "@",
    "`", "|", ">", "---", "...", ":", "Хрущев", "Mezhdunarodnaya", "zhizn'", "\u00a0", "\u2028",
    "\ufeff", "😀", "\t", "\x07", "é", "—", "", " ", "  ", "Cuba", "on", "the", "Brink:",
])
TEXT = st.lists(WORDS, max_size=40).map(" ".join) | st.text(max_size=60)
KEYS = st.sampled_from(["title", "note", "publisher", "archive", "archive_location", "fond",
                        "opis", "URL", "volume", "container-title", "family", "given", "page"])
SCALAR = TEXT | st.integers(-10, 3000) | st.booleans() | st.none()
NAME = st.dictionaries(st.sampled_from(["family", "given", "literal", "suffix"]), TEXT,
                       min_size=1, max_size=3)
DATE = st.fixed_dictionaries({"date-parts": st.lists(
    st.lists(st.integers(1, 2100), min_size=1, max_size=3), min_size=1, max_size=2)})
VALUE = st.recursive(
    SCALAR | DATE | st.lists(NAME, max_size=3) | st.lists(st.integers(0, 99), max_size=4),
    lambda inner: st.dictionaries(KEYS, inner, max_size=4) | st.lists(inner, max_size=3),
    max_leaves=12)
RECORD = st.dictionaries(KEYS, VALUE, min_size=1, max_size=8)


@settings(max_examples=600)
@given(RECORD)
def test_writer_matches_pyyaml_byte_for_byte(record):
    fast = canonical_yaml.dumps(record)
    if fast is not None:
        assert fast == recordfile.yaml_dumps(record)


@given(st.lists(WORDS.filter(lambda w: w.strip() and w.isprintable()), min_size=20,
                max_size=60).map(" ".join))
def test_long_titles_fold_like_pyyaml(title):
    record = {"id": "x", "type": "book", "title": title,
              "author": [{"family": "Blight", "given": title}], "custom": {"note": title}}
    fast = canonical_yaml.dumps(record)
    if fast is not None:
        assert fast == recordfile.yaml_dumps(record)


def test_typical_records_take_the_fast_path():
    records = [recordfile.read(p) for p in sorted((ROOT / "records").glob("*.yaml"))]
    plain = {"id": "rec1", "type": "book", "title": "Cuba on the Brink: Castro, the Missile Crisis",
             "author": [{"family": "Blight", "given": "James G."}],
             "issued": {"date-parts": [[1993]]}, "publisher": "Pantheon Books",
             "custom": {"locator": {"fond": "3", "opis": "16", "delo": "947"}}}
    fast = [canonical_yaml.dumps(ordered(r)) for r in [plain, *records]]
    assert fast[0] is not None
    assert sum(f is not None for f in fast) >= len(fast) // 2
    for text, record in zip(fast, [plain, *records]):
        if text is not None:
            assert text == recordfile.yaml_dumps(ordered(record))
            assert recordfile.loads(text) == recordfile.loads(recordfile.yaml_dumps(ordered(record)))


def _same_as_pyyaml(text):
    try:
        expected = yaml.load(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError as exc:
        expected = type(exc)
    try:
        got = yaml_loader.load(text)
    except yaml.YAMLError as exc:
        got = type(exc)
    assert got == expected


@given(VALUE, st.sampled_from([None, True, False]), st.sampled_from([None, "'", '"']))
def test_loader_matches_pyyaml_on_dumped_data(value, flow, style):
    _same_as_pyyaml(yaml.dump(value, default_flow_style=flow, default_style=style,
                              allow_unicode=True))


@given(st.text(alphabet="ab:-[]{},'\"#&*!|>\n ?~0123.", max_size=40))
def test_loader_matches_pyyaml_on_arbitrary_text(text):
    _same_as_pyyaml(text)


def test_loader_keeps_yaml_11_types_aliases_and_merge_keys():
    for text in ["a: 2020-01-01\nb: [1, 2.5, yes, ~, '', .inf]\n", "<<: {a: 1}\nb: 2",
                 "x: &a [1, {k: v}]\ny: *a", "!!set {a, b}", "a: !!binary aGVsbG8=",
                 "- ? [1]\n  : 2", "[[[[[]]]]]", ""]:
        _same_as_pyyaml(text)


def test_loader_builds_shared_nodes_once():
    # an entity-expansion style document stays linear: each anchor is built once
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join(['*a%d' % (i - 1)] * 10)}]" for i in range(1, 9)]
    data = yaml_loader.load("\n".join(lines))
    assert data["a8"][0] is data["a7"]


@pytest.fixture(scope="module")
def small_parts():
    from citekit.readers import parts

    old, parts.MIN_CHARS = parts.MIN_CHARS, 0
    yield
    parts.MIN_CHARS = old


@settings(max_examples=30, deadline=None)
@given(st.lists(st.fixed_dictionaries({"id": st.sampled_from(["a", "b", "c"]), "title": TEXT},
                                      optional={"note": VALUE}), min_size=2, max_size=8))
def test_csl_yaml_read_in_parts_equals_read_whole(small_parts, items):
    from citekit.readers.csljson import _load_yaml

    text = yaml.dump(items, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False)
    from citekit.model import normalize

    data, normalized = _load_yaml(text)
    assert data == ([normalize(i) for i in yaml_loader.load(text)] if normalized
                    else yaml_loader.load(text))
    records = [{"type": "book", **item, "id": f"k{i}"} for i, item in enumerate(items)]
    pandoc_style = to_yaml([r for r in records if isinstance(r.get("title"), str)])
    data, normalized = _load_yaml(pandoc_style)
    expected = yaml_loader.load(pandoc_style)
    if normalized:
        expected["references"] = [normalize(i) for i in expected["references"]]
    assert data == expected


def test_csl_yaml_errors_keep_whole_file_lines(small_parts, tmp_path):
    from citekit.readers.csljson import InputError, read_text

    items = "".join(f"- id: k{i}\n  type: book\n  title: T{i}\n" for i in range(10))
    bad = items + "- id: bad\n  title: [unclosed\n" + items
    with pytest.raises(InputError, match=r"^x.yaml:3[2-4]: not valid YAML"):
        read_text(bad, "x.yaml", "yaml")
    tied = "- &a {id: k1, type: book}\n" + items + "- *a\n"  # an alias ties parts: read whole
    assert len(read_text(tied, "x.yaml", "yaml")) == 12


# --- yaml_subset: the block style record files are written in, read without libyaml

def _subset_agrees(text):
    """The subset reader gives up, or gives what PyYAML gives (and never reads what PyYAML refuses)."""
    from citekit import yaml_subset

    got = yaml_subset.load(text)
    if got is yaml_subset.UNREAD:
        return False
    assert got == yaml.load(text, Loader=yaml.CSafeLoader)
    return True


@settings(max_examples=800)
@given(RECORD)
def test_subset_reads_record_files_as_pyyaml_does(record):
    _subset_agrees(recordfile.dumps(record))


ORDINARY = st.text(alphabet="abcXYZ éЖж,.;()'-\"/&:#0123", min_size=1, max_size=150)
ORDINARY_RECORD = st.fixed_dictionaries(
    {"id": st.from_regex(r"[a-z][a-z0-9]{0,8}", fullmatch=True), "title": ORDINARY},
    optional={"author": st.lists(st.fixed_dictionaries({"family": ORDINARY}, optional={"given": ORDINARY}),
                                 min_size=1, max_size=3),
              "issued": DATE, "volume": ORDINARY, "custom": st.dictionaries(KEYS, ORDINARY, min_size=1)})


@settings(max_examples=800)
@given(st.lists(ORDINARY_RECORD, min_size=1, max_size=3))
def test_subset_reads_ordinary_records_and_lists_of_them(records):
    for record in records:
        _subset_agrees(recordfile.dumps(record))
    _subset_agrees(to_yaml(records).split("references:\n", 1)[1].removesuffix("...\n"))


@settings(max_examples=300)
@given(st.lists(WORDS.filter(lambda w: w.strip() and w.isprintable()), min_size=1,
                max_size=60).map(" ".join))
def test_subset_reads_folded_titles(title):
    record = {"id": "x", "type": "book", "title": title, "note": f"'{title}'",
              "author": [{"family": "Blight", "given": title}], "custom": {"note": title}}
    _subset_agrees(recordfile.dumps(record))
    _subset_agrees(to_yaml([{**record, "id": "a"}, {**record, "id": "b"}]).split("references:\n", 1)[1]
                   .removesuffix("...\n"))


@settings(max_examples=500)
@given(VALUE, st.sampled_from([None, False]), st.integers(20, 120))
def test_subset_agrees_on_pyyaml_block_dumps(value, flow, width):
    _subset_agrees(yaml.dump(value, default_flow_style=flow, allow_unicode=True, width=width,
                             sort_keys=False))


@settings(max_examples=1500)
@given(st.text(alphabet="ab:-[]{},'\"#&*!|>\n ?~0123.yYnN\t\r\x85\u2028", max_size=60))
def test_subset_agrees_or_gives_up_on_arbitrary_text(text):
    _subset_agrees_or_gives_up(text)


@given(st.lists(st.sampled_from(["- ", "  ", "    ", "id: a", "title: x", "t: 'y", "  z'", "a:", "b: 1",
                                 "c: [1, 2]", "d: [[1962, 12]]", "- x", "  - y", "e: 007", "f: yes",
                                 "g: 1:20", "  more", "h: a # b", "i: a: b", "j: ''''"]),
                max_size=12).map(lambda ls: "".join(x + "\n" for x in ls)))
def test_subset_agrees_or_gives_up_on_line_soup(text):
    _subset_agrees_or_gives_up(text)


def _subset_agrees_or_gives_up(text):
    """What PyYAML refuses the subset reader never reads; what it reads, it reads as PyYAML does."""
    from citekit import yaml_subset

    try:
        expected = yaml.load(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        assert yaml_subset.load(text) is yaml_subset.UNREAD
        return
    got = yaml_subset.load(text)
    assert got is yaml_subset.UNREAD or got == expected


def test_subset_reads_the_bundled_records_and_a_csl_yaml_export():
    from citekit import yaml_subset

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "records").glob("*.yaml"))]
    assert texts and all(_subset_agrees(t) for t in texts)
    export = to_yaml([recordfile.loads(t) for t in texts])
    body = export.split("references:\n", 1)[1].removesuffix("...\n")
    assert _subset_agrees(body)
    assert yaml_subset.load("a: \"dq\"\n") is yaml_subset.UNREAD  # double quotes: left to libyaml
