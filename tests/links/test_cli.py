"""The `check` command wired into a Typer app, against the local server."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import typer
from typer.testing import CliRunner

from citekit.cli_check import register
from citekit.library import Library

TITLE = "Telegram from Moscow to Washington"


@pytest.fixture
def app():
    app = typer.Typer()
    register(app)

    @app.command()
    def version() -> None:  # a second command keeps `check` a subcommand
        typer.echo("0")

    return app


@pytest.fixture
def lib(tmp_path, server):
    lib = Library(tmp_path / "records")

    def add(key, path, **extra):
        lib.save({"id": key, "type": "document", "title": TITLE, "URL": server + path, **extra})

    lib.add_url = add
    return lib


def invoke(app, lib, *args):
    fast = ["--timeout", "0.5", "--retries", "1", "--library", str(lib.path)]
    return CliRunner().invoke(app, ["check", *fast, *args])


def test_all_ok_exits_0_and_caches(app, lib):
    lib.add_url("a", "/ok")
    r = invoke(app, lib)
    assert r.exit_code == 0, r.output
    assert "1 links: 1 ok" in r.output
    assert (lib.path / ".citekit" / "linkcache.json").exists()


def test_broken_exits_2_json_to_file(app, lib, tmp_path):
    lib.add_url("a", "/ok")
    lib.add_url("b", "/gone")
    out = tmp_path / "report.json"
    r = invoke(app, lib, "--no-cache", "--format", "json", "-o", str(out))
    assert r.exit_code == 2, r.output
    data = json.loads(out.read_text())
    assert [x["outcome"] for x in data] == ["ok", "broken"]
    assert not (lib.path / ".citekit" / "linkcache.json").exists()


def test_unverifiable_fails_only_with_strict(app, lib):
    lib.add_url("c", "/cf")
    assert invoke(app, lib, "--no-cache").exit_code == 0
    assert invoke(app, lib, "--no-cache", "--strict").exit_code == 2


def test_keys_accept_and_exclude(app, lib):
    lib.add_url("a", "/ok")
    lib.add_url("b", "/forbidden")
    assert invoke(app, lib, "--no-cache", "a").exit_code == 0
    assert invoke(app, lib, "--no-cache", "b").exit_code == 2
    assert invoke(app, lib, "--no-cache", "--accept", "403", "b").exit_code == 0
    assert invoke(app, lib, "--no-cache", "--exclude", "forbidden").exit_code == 0


@pytest.mark.parametrize("args", [["--format", "xml"], ["--max-age", "soon"], ["nokey"],
                                  ["--accept", "x"], ["--exclude", "("], ["--per-host", "0"]])
def test_usage_errors_exit_1(app, lib, args):
    lib.add_url("a", "/ok")
    r = invoke(app, lib, "--no-cache", *args)
    assert r.exit_code == 1, r.output


def test_missing_library_exits_1(app, tmp_path):
    r = CliRunner().invoke(app, ["check", "--library", str(tmp_path / "none")])
    assert r.exit_code == 1


def test_fix_rewrites_moved_url(app, lib, server):
    lib.add_url("m", "/moved")
    r = invoke(app, lib, "--no-cache", "--fix")
    assert r.exit_code == 0, r.output
    rec = lib.get("m")
    assert rec["URL"] == server + "/ok" and rec["custom"]["url-original"] == server + "/moved"


def test_suggest_adds_wayback_copy(app, lib, server, wayback):
    lib.add_url("b", "/gone", accessed={"date-parts": [[2020, 1, 2]]})
    r = invoke(app, lib, "--no-cache", "--suggest", "--format", "json")
    assert r.exit_code == 2
    result = json.loads(r.stdout)[0]
    assert result["suggestion"].startswith("http://web.archive.org/web/20200102000000/")
    assert lib.get("b")["URL"] == server + "/gone"


def test_github_format(app, lib):
    lib.add_url("b", "/gone")
    r = invoke(app, lib, "--no-cache", "--format", "github")
    assert r.exit_code == 2 and r.stdout.startswith("::error file=")
    assert "b.yaml,line=" in r.stdout


def test_importing_citekit_does_not_import_requests():
    code = ("import sys, citekit, citekit.cli_check, citekit.links, citekit.links.urls, "
            "citekit.archives.hosts; assert 'requests' not in sys.modules, 'requests imported'")
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("args", [["--bogus"], ["--timeout", "abc"], ["--concurrency"]])
def test_click_usage_errors_exit_1_not_2(app, lib, args):
    r = CliRunner().invoke(app, ["check", "--library", str(lib.path), *args])
    assert r.exit_code == 1, r.output
