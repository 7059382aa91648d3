"""Run citeproc-py over the CSL processor test-suite and report passes.

    python bench/csl_conformance.py [--suite DIR] [--category X] [--json FILE]

Every *.txt fixture in DIR counts: fixtures that cannot be parsed, raise,
or exceed the per-fixture timeout are failures, listed with their reason.
"""
from __future__ import annotations

import argparse
import json
import signal
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from csl_fixture import FixtureError, category_of, parse_fixture  # noqa: E402
from csl_render import normalise, render  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SUITE = REPO.parent / "shared" / "csl-test-suite"


class FixtureTimeout(Exception):
    pass


def _on_alarm(signum, frame):
    raise FixtureTimeout()


def run_one(path: str, timeout: int) -> dict:
    """Outcome of one fixture: status is pass, fail, error, setup or timeout."""
    name = Path(path).stem
    row = {"name": name, "category": category_of(name), "status": "fail", "reason": ""}
    signal.signal(signal.SIGALRM, _on_alarm)
    signal.alarm(timeout)
    try:
        try:
            fx = parse_fixture(Path(path))
        except (FixtureError, OSError, UnicodeDecodeError) as exc:
            row.update(status="setup", reason=str(exc))
            return row
        got = normalise(render(fx))
        if got == normalise(fx.result):
            row["status"] = "pass"
        else:
            row["reason"] = "output differs"
            row["got"] = got
    except FixtureTimeout:
        row.update(status="timeout", reason=f"no result within {timeout} s")
    except Exception as exc:  # any processor crash is a failure, with its reason
        row.update(status="error", reason=f"{type(exc).__name__}: {exc}"[:300])
    finally:
        signal.alarm(0)
    return row


def _with_fixes() -> None:
    sys.path.insert(0, str(REPO))
    from citekit.writers.citeproc_fixes import apply

    apply()


def run_suite(suite: Path, category: str | None = None, timeout: int = 5,
              jobs: int | None = None, fixes: bool = False) -> list[dict]:
    paths = sorted(suite.glob("*.txt"))
    if category:
        paths = [p for p in paths if category_of(p.stem) == category]
    with ProcessPoolExecutor(max_workers=jobs, initializer=_with_fixes if fixes else None) as pool:
        return list(pool.map(run_one, map(str, paths), [timeout] * len(paths),
                             chunksize=4))


def summarise(rows: list[dict]) -> dict[str, tuple[int, int]]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        counts[row["category"]][1] += 1
        counts[row["category"]][0] += row["status"] == "pass"
    return {c: tuple(v) for c, v in sorted(counts.items())}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--suite", type=Path, default=DEFAULT_SUITE)
    ap.add_argument("--category", help="only fixtures whose name starts with CATEGORY_")
    ap.add_argument("--json", type=Path, help="write per-fixture results here")
    ap.add_argument("--timeout", type=int, default=5, help="seconds per fixture")
    ap.add_argument("--jobs", type=int, default=None, help="worker processes")
    ap.add_argument("--fixes", action="store_true",
                    help="render with citekit's compatibility layer (citeproc_fixes) applied")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every failure")
    args = ap.parse_args(argv)
    if not args.suite.is_dir():
        ap.error(f"suite folder not found: {args.suite}")

    rows = run_suite(args.suite, args.category, args.timeout, args.jobs, args.fixes)
    if not rows:
        ap.error("no fixtures matched")
    for cat, (passed, total) in summarise(rows).items():
        print(f"{cat} {passed}/{total}")
    passed = sum(r["status"] == "pass" for r in rows)
    print(f"TOTAL {passed}/{len(rows)}")

    # Fixtures that never produced output are always listed, with the reason.
    broken = [r for r in rows if r["status"] in ("setup", "error", "timeout")]
    shown = [r for r in rows if r["status"] != "pass"] if args.verbose else broken
    if shown:
        print(f"\nfailures ({len(broken)} without output):" if not args.verbose
              else f"\nfailures ({len(shown)}):")
        for r in shown:
            print(f"  {r['name']}: {r['status']}: {r['reason']}")
    if args.json:
        args.json.write_text(json.dumps(
            {"suite": str(args.suite), "passed": passed, "total": len(rows),
             "fixtures": {r["name"]: {k: v for k, v in r.items() if k != "name"}
                          for r in rows}}, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
