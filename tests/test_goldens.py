"""citekit's rendering of every fixture record against citeproc-js's (tests/goldens/).

The goldens are made by tools/make_goldens.py (node + citeproc-js 2.4.63) from the same
CSL-JSON (citekit's own mapping), style files and locale; this test never needs node. Every
record x style x position x format is one case. A case that does not match yet is listed in
KNOWN_DIFFERENCES with the defect behind it and runs as a strict xfail: when the defect is
fixed the case passes, the xfail turns red, and the entry must go.
"""

import json
import re
from pathlib import Path

import pytest

from citekit import recordfile
from citekit.writers import csl
from citekit.writers.positions import input_digest, render_position, style_digest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
GOLDENS = ROOT / "tests" / "goldens"
FORMATS = ("text", "html")

# Cases that do not match yet: {(record, style, position, format): defect}. Each runs as a
# strict xfail, so fixing the defect turns the test red until its entry is removed here.
KNOWN_DIFFERENCES: dict[tuple[str, str, str, str], str] = {}


def _records() -> dict:
    return {p.stem: recordfile.read(p) for p in sorted(FIXTURES.glob("*.yaml"))}


def _goldens() -> dict:
    return {p.stem: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(GOLDENS.glob("*.json"))}


RECORDS = _records()
GOLDEN = _goldens()
CASES = [(key, style, position, fmt)
         for key, doc in GOLDEN.items()
         for style, positions in doc["styles"].items()
         for position in positions
         for fmt in FORMATS]


def comparable(golden: str | None, fmt: str) -> str | None:
    """citeproc-js's HTML in citekit's terms: one entry without its csl-entry div, and `&`
    escaped as `&amp;` (citeproc-js writes `&#38;`; the same character)."""
    if golden is None or fmt != "html":
        return golden
    golden = golden.replace("&#38;", "&amp;")
    entry = re.fullmatch(r'<div class="csl-entry">(.*)</div>', golden, re.S)
    return entry.group(1) if entry else golden


def test_every_fixture_has_a_golden_made_from_its_current_input():
    assert sorted(GOLDEN) == sorted(RECORDS)
    for key, doc in GOLDEN.items():
        assert doc["input_sha256"] == input_digest(csl.to_engine(RECORDS[key])), (
            f"{key}: golden made from other input; run tools/make_goldens.py")


def test_goldens_were_made_with_the_styles_citekit_loads():
    for doc in GOLDEN.values():
        for name, meta in doc["generated_with"]["styles"].items():
            assert meta["sha256"] == style_digest(csl._style_source(name)), name


def test_known_differences_are_real_cases():
    assert set(KNOWN_DIFFERENCES) <= set(CASES)


@pytest.mark.parametrize("key, style, position, fmt", CASES,
                         ids=["/".join(c) for c in CASES])
def test_matches_citeproc_js(key, style, position, fmt, request):
    defect = KNOWN_DIFFERENCES.get((key, style, position, fmt))
    if defect:
        request.applymarker(pytest.mark.xfail(strict=True, reason=defect))
    expected = comparable(GOLDEN[key]["styles"][style][position][fmt], fmt)
    assert render_position(list(RECORDS.values()), key, style, position, fmt) == expected


BIBLIOGRAPHIES = {p.stem: json.loads(p.read_text(encoding="utf-8"))
                  for p in sorted((GOLDENS / "bibliography").glob("*.json"))}
# One sorted bibliography of all fixtures per style: order and subsequent-author-substitute.
KNOWN_BIBLIOGRAPHY_DIFFERENCES: dict[tuple[str, str], str] = {}  # (style, format): defect


def test_bibliography_goldens_are_current():
    assert sorted(BIBLIOGRAPHIES) == sorted(GOLDEN[next(iter(GOLDEN))]["styles"])
    for doc in BIBLIOGRAPHIES.values():
        assert doc["input_sha256"] == {k: input_digest(csl.to_engine(r))
                                       for k, r in RECORDS.items()}


@pytest.mark.parametrize("style, fmt", [(s, f) for s in BIBLIOGRAPHIES for f in FORMATS])
def test_sorted_bibliography_matches_citeproc_js(style, fmt, request):
    defect = KNOWN_BIBLIOGRAPHY_DIFFERENCES.get((style, fmt))
    if defect:
        request.applymarker(pytest.mark.xfail(strict=True, reason=defect))
    expected = [comparable(e, fmt) for e in BIBLIOGRAPHIES[style]["entries"][fmt]]
    assert csl.bibliography(list(RECORDS.values()), style, fmt=fmt) == expected


@pytest.mark.parametrize("style", BIBLIOGRAPHIES)
def test_bibliography_order_matches_citeproc_js(style):
    """The order alone (first 40 characters of each entry), apart from known wording defects."""
    def heads(entries):
        return [re.sub(r"\s+", " ", e)[:40] for e in entries]
    expected = heads(BIBLIOGRAPHIES[style]["entries"]["text"])
    assert heads(csl.bibliography(list(RECORDS.values()), style)) == expected
