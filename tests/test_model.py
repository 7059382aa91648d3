import pytest

from citekit.model import (
    ValidationError, check_key, key_base, normalize, parse_iso_date, unique_key, validate,
)


def rec(**kw):
    return {"id": "x1", "type": "book", **kw}


def test_key_from_author_year_first_title_word():
    r = rec(author=[{"family": "Blight", "given": "James G."}], title="Cuba on the Brink",
            issued={"date-parts": [[1993]]})
    assert key_base(r) == "blight1993cuba"


def test_key_skips_articles_and_transliterates():
    r = rec(author=[{"family": "Микоян"}], title="The Anatomy", issued={"date-parts": [[2006]]})
    assert key_base(r) == "mikoyan2006anatomy"
    assert key_base(rec(author=[{"family": "Müller-Lüdenscheidt"}], title="Über", issued={"date-parts": [[1]]})) == "mullerludenscheidt1uber"


def test_archival_document_keyed_by_title_not_editor():
    r = {"id": "a", "type": "manuscript", "title": "Presidium Protocol 71",
         "editor": [{"family": "Kramer"}], "issued": {"date-parts": [[1962, 12, 3]]}}
    assert key_base(r) == "presidiumprotocol1962"


def test_unique_key_suffixes():
    assert unique_key("k", set()) == "k"
    assert unique_key("k", {"k"}) == "ka"
    assert unique_key("k", {"k", "ka", "kb"}) == "kc"
    taken = {"k"} | {"k" + chr(97 + i) for i in range(26)}
    assert unique_key("k", taken) == "kaa"


@pytest.mark.parametrize("key", ["../etc", "a/b", "a\\b", ".hidden", "..", "UPPER", "", "sp ace",
                                 "ключ", "x" * 101])
def test_bad_keys_refused(key):
    with pytest.raises(ValueError):
        check_key(key)


def test_path_like_key_message():
    with pytest.raises(ValueError, match="looks like a path"):
        check_key("../../etc/passwd")


@pytest.mark.parametrize("record, field, reason", [
    ({"type": "book"}, "id", "missing"),
    ({"id": "a"}, "type", "missing"),
    ({"id": "a", "type": "novel"}, "type", "not a CSL type"),
    (rec(author="Blight"), "author", "list of names"),
    (rec(author=[{"given": "J."}]), "author[0]", "needs 'family' or 'literal'"),
    (rec(author=[{"family": "B", "middle": "x"}]), "author[0]", "unknown name part"),
    (rec(issued={"date-parts": [[1962, 13]]}), "issued", "out of range"),
    (rec(issued={"date-parts": [["x"]]}), "issued", "whole numbers"),
    (rec(title=["a"]), "title", "expected text"),
    (rec(custom={"locator": {"shelf": "1"}}), "custom.locator.shelf", "unknown locator part"),
    (rec(custom={"related": [{"relation": "friend-of", "id": "b"}]}), "custom.related[0].relation",
     "not one of"),
])
def test_validation_names_record_field_reason(record, field, reason):
    with pytest.raises(ValidationError) as err:
        validate(record)
    assert err.value.field == field
    assert reason in str(err.value)
    assert field in str(err.value)


def test_normalize_dates_and_empties():
    r = normalize({"id": "a", "type": "book", "issued": "1962-12-03", "note": "", "accessed": 1990,
                   "original-date": {"date-parts": [["1917", "10"]]}})
    assert r["issued"] == {"date-parts": [[1962, 12, 3]]}
    assert r["accessed"] == {"date-parts": [[1990]]}
    assert r["original-date"] == {"date-parts": [[1917, 10]]}
    assert "note" not in r
    assert parse_iso_date("1962/1963") == {"date-parts": [[1962], [1963]]}
    assert normalize({"issued": "spring 1962"})["issued"] == {"raw": "spring 1962"}
