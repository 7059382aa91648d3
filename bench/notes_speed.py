"""Notes per second of the footnote reader on one core (target: 5,000).

    python bench/notes_speed.py [--seconds 3]

Parses every note of tests/devsets/notes.jsonl, in file order, again and again. The reader keeps
small caches (names, labels) that a real document fills as its notes repeat authors; a run over
the same notes again would find them full, which no document does. So the headline figure
empties them before each pass ("each note new"); the figure with the caches left full is printed
beside it. Rates are per second of this process's CPU time (steadier on a shared machine than
the wall clock, which is printed too).
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import citekit.readers  # noqa: E402
from bench.notes_accuracy import load_refextract  # noqa: E402
from citekit.parsing import parse_text  # noqa: E402
from citekit.readers.notes import parse_note  # noqa: E402

# every reader module's caches, so that "each note new" means it
CACHES = list({id(f): f for info in pkgutil.iter_modules(citekit.readers.__path__)
               for f in vars(importlib.import_module(f"citekit.readers.{info.name}")).values()
               if hasattr(f, "cache_clear")}.values())


def rate(notes: list[str], seconds: float, cold: bool) -> tuple[float, float, int]:
    """(notes per CPU second, per wall second, notes parsed), passes repeated for `seconds`."""
    done, cpu_used, start = 0, 0.0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        if cold:
            for cache in CACHES:
                cache.cache_clear()
        cpu = time.process_time()
        for note in notes:
            parse_note(note)
        cpu_used += time.process_time() - cpu
        done += len(notes)
    return done / max(1e-9, cpu_used), done / (time.perf_counter() - start), done


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=3.0)
    args = ap.parse_args()
    notes = [json.loads(ln)["note"] for ln in (ROOT / "tests/devsets/notes.jsonl").read_text()
             .splitlines() if ln.strip()]
    for note in notes:  # imports and compiled patterns, before the clock
        parse_note(note)
    cold = rate(notes, args.seconds, cold=True)
    warm = rate(notes, args.seconds, cold=False)
    print(f"{len(notes)} distinct notes, {cold[2]} parsed per figure")
    print(f"each note new (caches emptied every pass): {cold[0]:,.0f} notes/s CPU ({cold[1]:,.0f} wall)")
    print(f"caches left full:                          {warm[0]:,.0f} notes/s CPU ({warm[1]:,.0f} wall)")
    document = "\n\n".join(" ".join(note.split()) for note in notes)  # one note a paragraph, as `citekit parse` reads
    best = min(_cpu(lambda: parse_text(document)) for _ in range(3))
    print(f"citekit parse's path (parse_text on the notes as one document: archival reader first, links): "
          f"{len(notes) / best:,.0f} notes/s CPU")
    extract = load_refextract()
    if extract is None:
        print("peer: refextract not installed (pip install -e '.[bench]')")
        return
    sample = notes[:300]  # the peer is slow: a slice of the same notes, in the same order
    for note in sample[:5]:
        extract(note)
    peer = len(sample) / _cpu(lambda: [extract(note) for note in sample])
    print(f"peer refextract, extract_references_from_string on the first {len(sample)} notes: {peer:,.0f} notes/s CPU"
          f" (citekit's reader {cold[0] / peer:,.1f}x)")


def _cpu(work) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


if __name__ == "__main__":
    main()
