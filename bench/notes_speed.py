"""Notes per second of the footnote reader on one core (target: 5,000).

    python bench/notes_speed.py [--seconds 3]

Prints the wall-clock rate and the rate per second of this process's CPU time; on a shared
machine the second is the steadier figure for one core.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from citekit.readers.notes import parse_note  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=3.0)
    args = ap.parse_args()
    notes = [json.loads(ln)["note"] for ln in (ROOT / "tests/devsets/notes.jsonl").read_text()
             .splitlines() if ln.strip()]
    done, start, cpu = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - start < args.seconds:
        for note in notes:
            parse_note(note)
        done += len(notes)
    rate = done / (time.perf_counter() - start)
    cpu_rate = done / max(1e-9, time.process_time() - cpu)
    print(f"{rate:,.0f} notes/s wall, {cpu_rate:,.0f} notes/s CPU time, over {done} notes "
          f"({len(notes)} distinct)")


if __name__ == "__main__":
    main()
