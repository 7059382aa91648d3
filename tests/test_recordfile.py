import pytest
from hypothesis import given, settings, strategies as st

from citekit import recordfile
from citekit.library import Library
from citekit.model import validate
from citekit.recordfile import RecordFileError

text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40) | \
    st.sampled_from(["Микоян", "Ilʹichev", "Łódź", "yes", "null", "3", "1962-12-03", "- a", "a: b",
                     "'quoted'", '"dq"', "#x", "line\nbreak", " lead", "trail ", "~", "@at"])
name = st.fixed_dictionaries({"family": text}, optional={"given": text, "suffix": text})
date = st.lists(st.integers(1, 2100), min_size=1, max_size=1).flatmap(
    lambda y: st.just({"date-parts": [y]}) | st.tuples(st.integers(1, 12), st.integers(1, 28)).map(
        lambda md: {"date-parts": [[y[0], md[0], md[1]]]}))
records = st.fixed_dictionaries(
    {"id": st.from_regex(r"[a-z0-9][a-z0-9_-]{0,20}", fullmatch=True),
     "type": st.sampled_from(["book", "manuscript", "personal_communication", "article-journal", "chapter"])},
    optional={
        "title": text, "author": st.lists(name, min_size=1, max_size=3), "issued": date,
        "archive": text, "archive_location": text, "volume": text | st.integers(1, 999),
        "custom": st.fixed_dictionaries({}, optional={
            "locator": st.fixed_dictionaries({}, optional={"fond": text, "opis": text, "folios": text}),
            "original-language": st.sampled_from(["ru", "de", "pl"]),
            "provenance": st.fixed_dictionaries({"raw": text}, optional={"note": st.integers(1, 99)}),
        }),
    },
)


@settings(max_examples=300, deadline=None)
@given(records)
def test_dump_load_is_identity(record):
    record = {k: v for k, v in record.items() if v != {}}
    validate(record)
    assert recordfile.loads(recordfile.dumps(record)) == record


@settings(max_examples=100, deadline=None)
@given(records)
def test_save_load_through_library(tmp_path_factory, record):
    record = {k: v for k, v in record.items() if v != {}}
    lib = Library(tmp_path_factory.mktemp("lib"))
    path = lib.save(record)
    first = path.read_bytes()
    assert lib.get(record["id"]) == record
    lib.save(lib.get(record["id"]))  # re-saving changes nothing: no churn in git
    assert path.read_bytes() == first


def test_object_building_yaml_tags_refused(tmp_path):
    bad = "id: a\ntype: book\ntitle: !!python/object/apply:os.system ['echo pwned']\n"
    with pytest.raises(RecordFileError, match="not valid YAML"):
        recordfile.loads(bad, "a.yaml")


def test_error_names_path_and_line():
    with pytest.raises(RecordFileError) as err:
        recordfile.loads("id: a\ntype: book\ntitle: T\nissued: {date-parts: [[1962, 14]]}\n", "r/a.yaml")
    assert str(err.value).startswith("r/a.yaml:4: ")
    assert "issued" in str(err.value)
    with pytest.raises(RecordFileError) as err:
        recordfile.loads("id: a\ntype: book\ntitle: [unclosed\n", "r/a.yaml")
    assert str(err.value).startswith("r/a.yaml:4: not valid YAML") or ":3:" in str(err.value)


def test_oversized_file_not_read(tmp_path):
    big = tmp_path / "big.yaml"
    big.write_text("id: big\ntype: book\nnote: " + "x" * (recordfile.MAX_RECORD_BYTES + 10) + "\n")
    with pytest.raises(RecordFileError, match="larger than"):
        recordfile.read(big)


def test_dates_typed_by_hand_are_accepted():
    r = recordfile.loads("id: a\ntype: book\nissued: 1962-12-03\n")
    assert r["issued"] == {"date-parts": [[1962, 12, 3]]}
