"""Subprocess runs of the installed `citekit` for every command, good input and bad."""

import json
import sys
import textwrap

from citekit import recordfile

from .conftest import ROOT


def test_version_and_help(cli):
    r = cli("--version")
    assert r.returncode == 0 and r.stdout.startswith("citekit ")
    r = cli("--help")
    assert r.returncode == 0 and "Examples" in r.stdout
    for cmd in ("import", "list", "show", "edit", "rm"):
        r = cli(cmd, "--help")
        assert r.returncode == 0 and "Example" in r.stdout, cmd


def test_list_bundled(cli, bundled):
    r = cli("list", "--library", bundled)
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) == len(list(bundled.glob("*.yaml")))
    assert "blight1993cuba" in r.stdout


def test_list_query_and_json(cli, bundled):
    r = cli("list", "mikoyan", "2012", "--library", bundled)
    assert r.returncode == 0 and r.stdout.split()[0] == "mikoyan2012soviet"
    assert len(r.stdout.splitlines()) == 1
    r = cli("list", "RGANI", "--json", "--library", bundled)
    data = json.loads(r.stdout)
    assert [d["id"] for d in data] == ["centralcommittee1962"]
    r = cli("list", "noSuchWordAnywhere", "--library", bundled)
    assert r.returncode == 0 and r.stdout.strip() == "(no records)"


def test_library_from_environment(cli, bundled):
    r = cli("list", "--json", env={"CITEKIT_LIBRARY": str(bundled)})
    assert len(json.loads(r.stdout)) == len(list(bundled.glob("*.yaml")))


def test_show_text_and_json(cli, bundled):
    r = cli("show", "blight1993cuba", "--library", bundled)
    assert r.returncode == 0
    assert r.stdout == (bundled / "blight1993cuba.yaml").read_text()
    r = cli("show", "blight1993cuba", "--json", "--library", bundled)
    assert json.loads(r.stdout)["publisher"] == "Pantheon Books"


def test_unknown_and_path_like_keys(cli, bundled):
    r = cli("show", "nosuchkey", "--library", bundled)
    assert r.returncode == 1 and r.stderr.strip() == f"citekit: error: no record 'nosuchkey' in {bundled}"
    r = cli("show", "../../etc/passwd", "--library", bundled)
    assert r.returncode == 1 and "looks like a path" in r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = cli("rm", "../x", "--library", bundled)
    assert r.returncode == 1 and "looks like a path" in r.stderr


def test_malformed_record_file(cli, bundled):
    (bundled / "broken.yaml").write_text("id: broken\ntype: book\ntitle: [oops\n")
    (bundled / "badtype.yaml").write_text("id: badtype\ntype: book\nauthor: Smith\n")
    r = cli("show", "broken", "--library", bundled)
    assert r.returncode == 1 and f"{bundled}/broken.yaml:" in r.stderr
    r = cli("show", "badtype", "--library", bundled)
    assert r.returncode == 1 and f"{bundled}/badtype.yaml:3: " in r.stderr
    assert "'author'" in r.stderr
    # the rest of the library keeps working
    r = cli("list", "--library", bundled)
    assert r.returncode == 0 and "blight1993cuba" in r.stdout
    assert "badtype.yaml:3" in r.stderr
    assert cli("show", "blight1993cuba", "--library", bundled).returncode == 0


def test_import_json_yaml_and_keys(cli, tmp_path):
    lib = tmp_path / "lib"
    src = tmp_path / "in.json"
    src.write_text(json.dumps([
        {"id": "kramer-1996", "type": "article-journal", "title": "The 'Lessons' of the Cuban Missile Crisis",
         "author": [{"family": "Kramer", "given": "Mark"}], "issued": {"date-parts": [[1996]]}},
        {"id": "ITEM-2", "type": "book", "title": "One Hell of a Gamble",
         "author": [{"family": "Fursenko", "given": "Aleksandr"}], "issued": "1997"},
    ]))
    r = cli("import", src, "--library", lib)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "2 added, 0 merged, 0 unchanged, 0 skipped"
    assert (lib / "kramer-1996.yaml").exists()  # a valid id is kept
    assert (lib / "fursenko1997one.yaml").exists()  # an invalid one is replaced
    r = cli("import", src, "--library", lib)
    assert r.stdout.strip() == "0 added, 0 merged, 2 unchanged, 0 skipped"
    y = tmp_path / "in.yaml"
    y.write_text(textwrap.dedent("""\
        references:
        - id: naftali1997
          type: book
          title: One Hell of a Gamble
          author: [{family: Naftali, given: Timothy}]
          issued: 1997
        """))
    r = cli("import", y, "--library", lib)
    assert r.returncode == 0 and r.stdout.startswith("1 added")


def test_import_merges_duplicate_and_suffixes_collision(cli, tmp_path):
    lib = tmp_path / "lib"
    a = tmp_path / "a.json"
    a.write_text(json.dumps({"id": "smith2000", "type": "book", "title": "Cold War",
                             "author": [{"family": "Smith"}], "issued": {"date-parts": [[2000]]}}))
    cli("import", a, "--library", lib)
    b = tmp_path / "b.json"
    b.write_text(json.dumps([
        {"id": "smith2000", "type": "book", "title": "Cold war", "publisher": "Pantheon",
         "author": [{"family": "Smith"}], "issued": {"date-parts": [[2000]]}},
        {"id": "smith2000", "type": "book", "title": "Something Else Entirely",
         "author": [{"family": "Smith"}], "issued": {"date-parts": [[2000]]}},
    ]))
    r = cli("import", b, "--library", lib)
    assert r.stdout.strip() == "1 added, 1 merged, 0 unchanged, 0 skipped", r.stderr
    merged = recordfile.read(lib / "smith2000.yaml")
    assert merged["title"] == "Cold War" and merged["publisher"] == "Pantheon"
    assert recordfile.read(lib / "smith2000a.yaml")["title"] == "Something Else Entirely"


def test_import_bad_input(cli, tmp_path):
    lib = tmp_path / "lib"
    r = cli("import", tmp_path / "missing.json", "--library", lib)
    assert r.returncode == 1 and "missing.json: no such file" in r.stderr
    bad = tmp_path / "bad.json"
    bad.write_text('[\n  {"id": "a", "type": "book",\n  "title": }\n]')
    r = cli("import", bad, "--library", lib)
    assert r.returncode == 1 and f"{bad}:3: not valid JSON" in r.stderr
    assert "Traceback" not in r.stderr
    mixed = tmp_path / "mixed.json"
    mixed.write_text('[\n{"id": "ok1", "type": "book", "title": "Fine"},\n'
                     '{"id": "../evil", "type": "book", "title": "Evil"},\n'
                     '{"id": "bad1", "type": "novel", "title": "X"}\n]')
    r = cli("import", mixed, "--library", lib)
    assert r.returncode == 1  # the valid entry is imported; the skipped ones are bad input
    assert f"{mixed}:3: " in r.stderr and "looks like a path" in r.stderr
    assert f"{mixed}:4: " in r.stderr and "not a CSL type" in r.stderr
    assert r.stdout.strip() == "1 added, 0 merged, 0 unchanged, 2 skipped"
    assert sorted(p.name for p in lib.glob("*.yaml")) == ["ok1.yaml"]
    r = cli("import", tmp_path / "x.txt", "--library", lib)
    assert r.returncode == 1 and "--from" in r.stderr


def _editor(tmp_path, script):
    ed = tmp_path / "ed.py"
    ed.write_text(f"import sys\np = sys.argv[1]\n{script}\n")
    return f"{sys.executable} {ed}"


def test_edit_saves_valid_change(cli, bundled, tmp_path):
    ed = _editor(tmp_path, "t = open(p).read().replace('Pantheon Books', 'Pantheon')\nopen(p, 'w').write(t)")
    r = cli("edit", "blight1993cuba", "--library", bundled, env={"EDITOR": ed, "VISUAL": ""})
    assert r.returncode == 0, r.stderr
    assert recordfile.read(bundled / "blight1993cuba.yaml")["publisher"] == "Pantheon"


def test_edit_refuses_invalid_change(cli, bundled, tmp_path):
    before = (bundled / "blight1993cuba.yaml").read_bytes()
    ed = _editor(tmp_path, "open(p, 'a').write('issued: {date-parts: [[1993, 13]]}\\n')")
    r = cli("edit", "blight1993cuba", "--library", bundled, env={"EDITOR": ed, "VISUAL": ""})
    assert r.returncode == 1 and "unchanged" in r.stderr and "kept in" in r.stderr
    assert (bundled / "blight1993cuba.yaml").read_bytes() == before


def test_edit_can_rename(cli, bundled, tmp_path):
    ed = _editor(tmp_path, "t = open(p).read().replace('id: granma1990', 'id: granma-1990-11-25')\n"
                 "open(p, 'w').write(t)")
    r = cli("edit", "granma1990", "--library", bundled, env={"EDITOR": ed, "VISUAL": ""})
    assert r.returncode == 0, r.stderr
    assert not (bundled / "granma1990.yaml").exists()
    assert (bundled / "granma-1990-11-25.yaml").exists()


def test_rm(cli, bundled):
    r = cli("rm", "granma1990", "--library", bundled)
    assert r.returncode == 0 and not (bundled / "granma1990.yaml").exists()
    r = cli("rm", "granma1990", "--library", bundled)
    assert r.returncode == 1 and "no record" in r.stderr


def test_missing_library(cli, tmp_path):
    r = cli("list", "--library", tmp_path / "nope")
    assert r.returncode == 1 and "no library" in r.stderr


def test_usage_error_exit_1(cli):
    r = cli("show")
    assert r.returncode == 1 and "Missing argument" in r.stderr


def test_list_does_not_import_heavy_modules(bundled):
    import subprocess
    code = ("import sys; from citekit.cli import main; sys.argv=['citekit','list','--library',"
            f"{str(bundled)!r}]\ntry: main()\nexcept SystemExit: pass\n"
            "bad=[m for m in ('requests','citeproc','bibtexparser','lxml') if m in sys.modules]\n"
            "print('HEAVY', bad, file=sys.stderr)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert "HEAVY []" in r.stderr
