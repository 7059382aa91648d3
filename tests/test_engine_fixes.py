"""One CSL test-suite fixture per engine fix: failing on raw citeproc-py, passing with citekit's
compatibility layer. Each runs in a fresh process, since the fixes patch the engine."""

import json
import subprocess
import sys

import pytest

from .conftest import ROOT

FIXTURES = ROOT / "tests/data/csl-engine-fixes"


def run(fixes: bool, tmp_path) -> dict:
    out = tmp_path / f"r{int(fixes)}.json"
    cmd = [sys.executable, str(ROOT / "bench/csl_conformance.py"), "--suite", str(FIXTURES),
           "--json", str(out), "--jobs", "1"] + (["--fixes"] if fixes else [])
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    return {k: v["status"] for k, v in json.loads(out.read_text())["fixtures"].items()}


@pytest.mark.parametrize("fixture", sorted(p.stem for p in FIXTURES.glob("*.txt")))
def test_fix_makes_fixture_pass(fixture, tmp_path_factory):
    tmp = tmp_path_factory.getbasetemp()
    cache = tmp / "engine-fix-results.json"
    if not cache.exists():
        cache.write_text(json.dumps({"raw": run(False, tmp), "fixed": run(True, tmp)}))
    results = json.loads(cache.read_text())
    assert results["raw"][fixture] != "pass"  # the defect is real
    assert results["fixed"][fixture] == "pass"
