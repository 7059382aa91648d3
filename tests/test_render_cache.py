"""The render cache and the engine speed-ups must not change a single character of output."""

import importlib.util
import json
import subprocess
import sys
from functools import cmp_to_key
from pathlib import Path

import pytest

from citekit.library import Library
from citekit.writers.csl import bibliography, render
from citekit.writers.fixes_sorting import compare_sort_keys as compare
from citekit.writers.render_cache import RenderCache

ROOT = Path(__file__).resolve().parent.parent


def _generated(n: int) -> list[dict]:
    spec = importlib.util.spec_from_file_location("render_speed",
                                                  ROOT / "bench" / "render_speed.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.make_items(n, seed=7)


def _rows(folder: Path) -> int:
    import sqlite3

    with sqlite3.connect(folder / "render.sqlite") as db:
        return db.execute("SELECT count(*) FROM entries").fetchone()[0]


@pytest.mark.parametrize("style,edition", [("chicago", None), ("chicago", "17"), ("mla", None),
                                           ("chicago-short", None)])
def test_cached_equals_uncached_on_bundled_records(bundled, tmp_path, style, edition):
    records = Library(bundled).load_all().records
    plain = bibliography(records, style, edition=edition)
    cold = bibliography(records, style, edition=edition, cache_dir=tmp_path)
    warm = bibliography(records, style, edition=edition, cache_dir=tmp_path)
    assert cold == warm == plain
    for fmt in ("text", "html"):
        assert (render(records, style, edition=edition, fmt=fmt, locator="p. 4",
                       cache_dir=tmp_path)
                == render(records, style, edition=edition, fmt=fmt, locator="p. 4"))


def test_cached_entries_sort_as_the_engine_sorts(tmp_path):
    items = _generated(60)
    uncached = bibliography(items, "chicago")
    bibliography(items[:25], "chicago", cache_dir=tmp_path)  # some cached, some not
    assert _rows(tmp_path) == 25
    assert bibliography(items, "chicago", cache_dir=tmp_path) == uncached
    assert bibliography(items[::-1], "chicago", cache_dir=tmp_path) == bibliography(
        items[::-1], "chicago")


@pytest.mark.parametrize("style", ["chicago", "mla"])  # entry by entry; whole bibliography
def test_changed_record_is_rendered_again(cli, bundled, style):
    first = cli("bib", "--all", "--style", style, "--library", bundled)
    cite = cli("cite", "blight1993cuba", "--style", style, "--library", bundled)
    assert first.returncode == cite.returncode == 0
    path = bundled / "blight1993cuba.yaml"
    path.write_text(path.read_text("utf-8").replace("Cuba on the Brink", "Cuba at the Brink"),
                    "utf-8")
    again = cli("bib", "--all", "--style", style, "--library", bundled)
    assert "Cuba at the Brink" in again.stdout and "Cuba on the Brink" not in again.stdout
    assert again.stdout.replace("Cuba at the", "Cuba on the") == first.stdout
    recite = cli("cite", "blight1993cuba", "--style", style, "--library", bundled)
    assert recite.stdout == cite.stdout.replace("Cuba on the", "Cuba at the")


def test_concurrent_runs_share_the_cache(bundled):
    exe = Path(sys.executable).parent / "citekit"
    procs = [subprocess.Popen([str(exe), "bib", "--all", "--style", style, "--library",
                               str(bundled)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for style in ("chicago", "chicago", "mla", "chicago")]
    outs = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], [e for _, e in outs]
    assert outs[0][0] == outs[1][0] == outs[3][0] and outs[0][0].count("\n") == 8
    assert _rows(bundled / ".citekit") >= 8


def test_unusable_cache_folder_renders_anyway(bundled, tmp_path):
    records = Library(bundled).load_all().records
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert bibliography(records, "chicago", cache_dir=blocker) == bibliography(records, "chicago")
    assert RenderCache(blocker)._get(["x"]) == {}


def test_stored_keys_compare_as_the_engine_sorts():
    keys = [["b", None], ["a", "2"], ["a", "10"], [None, "1"]]
    ascending = sorted(keys, key=cmp_to_key(lambda a, b: compare(a, b, [False, False])))
    assert ascending == [["a", "2"], ["a", "10"], ["b", None], [None, "1"]]  # 2 < 10; None last
    descending = sorted(keys, key=cmp_to_key(lambda a, b: compare(a, b, [True, False])))
    assert descending[0] == ["b", None] and descending[-1] == [None, "1"]  # empty last still


def test_engine_speed_ups_change_no_output(tmp_path):
    items = _generated(4) + Library(ROOT / "records").load_all().records
    data = tmp_path / "items.json"
    data.write_text(json.dumps(items))
    script = (
        "import json, sys\n"
        "import citekit.writers.engine_speed as speed\n"
        "if sys.argv[2] == 'off': speed.apply = lambda: None\n"
        "from citekit.writers.csl import bibliography, render\n"
        "items = json.load(open(sys.argv[1]))\n"
        "out = {}\n"
        "for style, ed in (('chicago', None), ('chicago', '17'), ('mla', None),"
        " ('chicago-short', None)):\n"
        "    out[f'{style}{ed}'] = [bibliography(items, style, edition=ed, fmt='html'),"
        " render(items, style, edition=ed, locator='p. 3')]\n"
        "print(json.dumps(out))\n")
    on, off = (subprocess.run([sys.executable, "-c", script, str(data), flag], capture_output=True,
                              text=True, timeout=120) for flag in ("on", "off"))
    assert on.returncode == off.returncode == 0, on.stderr + off.stderr
    assert json.loads(on.stdout) == json.loads(off.stdout)


def test_warm_cite_imports_no_engine(cli, bundled):
    first = cli("cite", "blight1993cuba", "--library", bundled)
    code = ("import sys; from citekit.cli import main; sys.argv=['citekit','cite',"
            f"'blight1993cuba','--library',{str(bundled)!r}]\ntry: main()\n"
            "except SystemExit: pass\n"
            "print('HEAVY', [m for m in ('requests', 'citeproc', 'lxml') if m in sys.modules],"
            " file=sys.stderr)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "HEAVY []" in r.stderr
    assert r.stdout == first.stdout and "Cuba on the Brink" in r.stdout


def test_damaged_cache_file_is_rebuilt(bundled, tmp_path):
    records = Library(bundled).load_all().records
    expected = bibliography(records, "chicago")
    (tmp_path / "render.sqlite").write_bytes(b"not a database " * 500)
    assert bibliography(records, "chicago", cache_dir=tmp_path) == expected
    assert bibliography(records, "chicago", cache_dir=tmp_path) == expected
    assert _rows(tmp_path) == len(records)
