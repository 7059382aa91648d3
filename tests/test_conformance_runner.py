"""bench/csl_conformance.py on a few fixtures copied into tests/data."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "csl-suite-sample"
RUNNER = ROOT / "bench" / "csl_conformance.py"

sys.path.insert(0, str(ROOT / "bench"))
from csl_fixture import FixtureError, parse_fixture, split_sections  # noqa: E402


def test_sections_are_parsed():
    fx = parse_fixture(SAMPLE / "affix_WithCommas.txt")
    assert fx.category == "affix" and fx.mode == "citation"
    assert fx.result.splitlines()[0].startswith("..[0] John Smith")
    assert [item["id"] for item in fx.input] == ["ITEM-1", "ITEM-2"]
    assert "<style" in fx.csl and fx.csl.rstrip().endswith("</style>")
    assert len(fx.citations) == 3 and fx.citation_items is None
    assert fx.extra["VERSION"] == "1.0"


def test_bibliography_and_bom():
    assert parse_fixture(SAMPLE / "bugreports_AuthorPosition.txt").mode == "bibliography"
    # This file starts with a UTF-8 byte-order mark.
    assert parse_fixture(SAMPLE / "date_LocalizedDateFormats-ja-JP.txt").mode == "citation"


def test_delimiters_with_any_number_of_equals():
    text = ">>== MODE ==>>\ncitation\n<<== MODE ==<<\n>>===== RESULT =====>>\nx\ny\n<<===== RESULT =====<<\n"
    assert split_sections(text) == {"MODE": "citation", "RESULT": "x\ny"}


def test_missing_section_is_a_setup_error(tmp_path):
    path = tmp_path / "broken_NoCsl.txt"
    path.write_text(">>===== MODE =====>>\ncitation\n<<===== MODE =====<<\n")
    with pytest.raises(FixtureError, match="CSL"):
        parse_fixture(path)


def test_runner_counts_and_json(tmp_path):
    suite = tmp_path / "suite"
    suite.mkdir()
    for fixture in SAMPLE.glob("*.txt"):
        (suite / fixture.name).write_bytes(fixture.read_bytes())
    (suite / "broken_NoCsl.txt").write_text(">>===== MODE =====>>\ncitation\n<<===== MODE =====<<\n")
    out = tmp_path / "results.json"
    proc = subprocess.run([sys.executable, str(RUNNER), "--suite", str(suite), "--json", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert "TOTAL 3/5" in lines
    assert {"affix 0/1", "bugreports 1/1", "condition 1/1", "date 1/1", "broken 0/1"} <= set(lines)
    assert any("broken_NoCsl: setup: missing section(s)" in line for line in lines)
    fixtures = json.loads(out.read_text())["fixtures"]
    assert {name: row["status"] for name, row in fixtures.items()} == {
        "affix_WithCommas": "fail",
        "bugreports_AuthorPosition": "pass",
        "condition_EmptyDate": "pass",
        "date_LocalizedDateFormats-ja-JP": "pass",
        "broken_NoCsl": "setup",
    }


def test_category_filter():
    proc = subprocess.run([sys.executable, str(RUNNER), "--suite", str(SAMPLE),
                           "--category", "condition"], capture_output=True, text=True, timeout=120)
    assert proc.stdout.splitlines()[-1] == "TOTAL 1/1"
