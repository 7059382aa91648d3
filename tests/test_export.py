import json

import jsonschema
import yaml

from citekit.library import Library

from .conftest import ROOT

SCHEMA = json.loads((ROOT / "tests/data/csl-schema/csl-data.json").read_text())


def test_csl_json_export_validates_against_schema(cli, bundled):
    r = cli("export", "--to", "csl-json", "--library", bundled)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    jsonschema.validate(data, SCHEMA)
    assert sorted(d["id"] for d in data) == Library(bundled).keys()  # citekeys match the library


def test_csl_yaml_export_round_trips_through_import(cli, bundled, tmp_path):
    out = tmp_path / "refs.yaml"
    r = cli("export", "--to", "csl-yaml", "-o", out, "--library", bundled)
    assert r.returncode == 0, r.stderr
    refs = yaml.safe_load(out.read_text())["references"]
    assert refs == [Library(bundled).get(k) for k in Library(bundled).keys()]
    r = cli("import", out, "--library", tmp_path / "copy")
    assert r.stdout.startswith(f"{len(refs)} added")
    for key in Library(bundled).keys():
        assert (tmp_path / "copy" / f"{key}.yaml").read_text() == (bundled / f"{key}.yaml").read_text()


def test_export_named_keys_and_errors(cli, bundled):
    r = cli("export", "--to", "csl-json", "blight1993cuba", "granma1990", "--library", bundled)
    assert [d["id"] for d in json.loads(r.stdout)] == ["blight1993cuba", "granma1990"]
    r = cli("export", "--to", "csl-json", "nokey", "--library", bundled)
    assert r.returncode == 1 and "no record 'nokey'" in r.stderr
    r = cli("export", "--to", "docx", "--library", bundled)
    assert r.returncode == 1 and "unknown export format" in r.stderr
