"""Notes per second of the footnote reader on one core (target: 5,000).

    python bench/notes_speed.py [--seconds 3]
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
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < args.seconds:
        for note in notes:
            parse_note(note)
        done += len(notes)
    rate = done / (time.perf_counter() - start)
    print(f"{rate:,.0f} notes/s over {done} notes ({len(notes)} distinct)")


if __name__ == "__main__":
    main()
