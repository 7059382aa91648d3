"""What a regular (non-editable) install gets: every package, and citekit's own styles."""

import subprocess
import sys
import tomllib
import zipfile

from .conftest import ROOT


def test_every_package_is_listed():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "citekit").rglob(
        "__init__.py")}
    assert listed == found | {"citekit.styles"}


def test_wheel_carries_the_styles(tmp_path):
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                        "-q", "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, r.stderr
    (wheel,) = tmp_path.glob("citekit-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    styles = {f"citekit/styles/{p.name}" for p in (ROOT / "styles").glob("*.csl")}
    assert styles and styles <= names
