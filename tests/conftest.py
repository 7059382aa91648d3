import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests run on a fixed seed, so the README's test command gives the same verdict on
# every machine; CITEKIT_HYPOTHESIS=explore searches new examples (failures kept in .hypothesis/).
settings.register_profile("fixed", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", max_examples=1000)
settings.load_profile(os.environ.get("CITEKIT_HYPOTHESIS", "fixed"))

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent / "citekit"


def run(*args, input=None, env=None, cwd=None, timeout=60):
    """Run the installed `citekit` command; returns the CompletedProcess."""
    exe = str(BIN) if BIN.exists() else shutil.which("citekit")
    assert exe, "the citekit command is not installed (pip install -e '.[test]')"
    full_env = {**os.environ, "CITEKIT_LIBRARY": "", **(env or {})}
    return subprocess.run([exe, *map(str, args)], input=input, capture_output=True, text=True,
                          env=full_env, cwd=cwd, timeout=timeout)


@pytest.fixture
def cli():
    return run


@pytest.fixture
def bundled(tmp_path):
    """A copy of the bundled records/ library."""
    lib = tmp_path / "records"
    shutil.copytree(ROOT / "records", lib, ignore=shutil.ignore_patterns(".citekit"))
    return lib
