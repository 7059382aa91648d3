"""Properties: the reader never raises, and reads its own output back unchanged."""

import importlib.util
import json
import random
from pathlib import Path

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.model import validate
from citekit.readers import archival
from citekit.readers.archival import format_archival, parse_archival

_SPEC = importlib.util.spec_from_file_location(
    "archival_speed", Path(__file__).resolve().parents[2] / "bench" / "archival_speed.py")
_BENCH = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_BENCH)
one = _BENCH.one  # the benchmark's citation generator

PIECES = ['"', "“", "”", "«", "»", ",", ".", ";", "(", ")", "<", ">", "-", "–", " ", "F. 3",
          "Op.", "D. 947", "Ll. 53-53ob.", "л. 5 об.", "RG 59", "Box", "RGANI", "AVP RF",
          "Wilson Center Digital Archive", "December 3, 1962", "ca.", "n.d.", "1962-63",
          "Translated by", "and", "with assistance from", "Mark Kramer", "S. A.", "Jr.",
          "Letter from", " to ", "between", "https://", "digitalarchive.wilsoncenter.org/document/",
          "*", "_", "[", "](", "Original in Russian", "Accessed", "Language:", "0", "31", "2100"]

citation_like = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=300) | citation_like)
def test_never_raises(text):
    result = archival._parse(text) if text.strip() else parse_archival(text)
    assert isinstance(result.warnings, list)
    if result.record is not None:
        validate({"id": "x", **result.record})


def _without_provenance(record):
    """The record minus what only describes the raw text: provenance and the pre-rewrite URL."""
    out = dict(record)
    out["custom"] = {k: v for k, v in record["custom"].items()
                     if k not in ("provenance", "url-original")}
    return out


def _assert_stable(text):
    first = parse_archival(text).record
    if first is None:
        return
    again = parse_archival(format_archival(first)).record
    assert again is not None
    assert _without_provenance(again) == _without_provenance(first)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 2**32))
def test_stable_on_own_output(seed):
    _assert_stable(one(random.Random(seed)))


@settings(max_examples=200, deadline=None)
@given(citation_like)
def test_stable_on_own_output_of_noise(text):
    _assert_stable(text)


def test_deterministic():
    rng = random.Random(7)
    for _ in range(200):
        text = one(rng)
        assert parse_archival(text) == parse_archival(text)


def test_long_hostile_input_stays_fast():
    import time

    for text in ("a" * 50000 + "(RGANI)", "[" * 20000, " by " * 10000, "Abcd. " * 10000,
                 " ".join(["Word"] * 20000) + ", RGANI, Central Files " + "Abc " * 5000):
        start = time.perf_counter()
        parse_archival(text)
        assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize("text", ['Ll. 53-53ob.Original in Russian"Original in Russian',
                                  'RGANI, Ll. 53-53ob.Original in Russian"Original in Russian'])
def test_stray_quote_after_folios_is_stable(text):
    _assert_stable(text)


def test_stray_quote_is_not_part_of_the_folios():
    rec = parse_archival('RGANI, F. 3, Ll. 53-53ob."Original in Russian').record
    assert rec["custom"]["locator"] == {"fond": "3", "folios": "53–53ob."}


def _real_citations():
    path = Path(__file__).resolve().parents[1] / "devsets" / "archival.jsonl"
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


@pytest.mark.parametrize("text", _real_citations())
def test_stable_on_own_output_of_real_citations(text):
    """FRUS headings, footnotes and Wilson Center lines alike: formatting a parsed record and
    reading it back gives the same record."""
    _assert_stable(text)


@pytest.mark.parametrize("text", [
    "31.  U.S. Dept of State, telegram, Paris 1234, May 2, 1956.",
    "‘a phrase’: AB to Jean Smith, 8 September 1940 (AB TC).",
    "4. U.S. Dept. of State, Memorandum from Ambassador Smith to Asst. Secy. Jones, 1 May 1955.",
    "7\nBBC Written Archives, R34/1/2, Smith memo, 20 January 1941.",
    "123.45/678: Telegram\n\nNo. 12\nThe Secretary of State to the Minister in Persia (Smith)",
    "9. Memorandum of Conversation\nWashington, March 3–5, 1962.\nSource: Department of State, "
    "Central Files, 761.00/3–362. Secret.",
])
def test_footnote_and_frus_records_are_stable(text):
    assert parse_archival(text).record is not None
    _assert_stable(text)
