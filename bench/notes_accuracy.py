"""Field-level precision, recall and F1 of the footnote reader on the real-note dev set.

    python bench/notes_accuracy.py [--split dev|test|all] [--show-errors N]

The gold is tests/devsets/notes.jsonl. Each note's citations are paired with the gold in order
(pure 'ibid.' references carry no gold and are skipped). `test` is held out: never tune on it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.archival_accuracy import norm, report as _report  # noqa: E402
from citekit.readers.notes import parse_note  # noqa: E402

FIELDS = ("type", "title", "author", "editor", "translator", "container-title", "volume", "issue",
          "page", "edition", "issued", "publisher", "publisher-place", "genre", "URL")
EXTRA = ("locator", "label")


def values(record: dict, locator=None, label=None) -> dict:
    out = {f: norm(record[f]) for f in FIELDS if record.get(f)}
    if locator:
        out["locator"] = norm(locator)
    if label:
        out["label"] = label
    return out


def score(lines: list[dict], show_errors: int = 0):
    tp, fp, fn = Counter(), Counter(), Counter()
    shown = 0
    for item in lines:
        got = [c for c in parse_note(item["note"]) if not c.ibid]
        gold = item["citations"]
        for i in range(max(len(got), len(gold))):
            g = values(gold[i]["gold"], gold[i]["locator"], gold[i]["label"]) if i < len(gold) else {}
            c = values(got[i].record, got[i].locator, got[i].label) if i < len(got) else {}
            for f in set(g) | set(c):
                if f in g and c.get(f) == g[f]:
                    tp[f] += 1
                    continue
                fp[f] += f in c
                fn[f] += f in g
                if shown < show_errors:
                    shown += 1
                    print(f"  {f}: got {c.get(f)!r} want {g.get(f)!r}\n    {item['note'][:160]!r}")
    return tp, fp, fn


def report(name: str, tp: Counter, fp: Counter, fn: Counter) -> float:
    return _report(name, tp, fp, fn, fields=(*FIELDS, *EXTRA))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="all", choices=["dev", "test", "all"])
    ap.add_argument("--show-errors", type=int, default=0)
    args = ap.parse_args()
    lines = [json.loads(ln) for ln in (ROOT / "tests/devsets/notes.jsonl").read_text().splitlines()
             if ln.strip()]
    for split in (["dev", "test"] if args.split == "all" else [args.split]):
        chosen = [ln for ln in lines if ln["split"] == split]
        n = sum(len(ln["citations"]) for ln in chosen)
        report(f"{split} ({len(chosen)} notes, {n} citations)", *score(chosen, args.show_errors))


if __name__ == "__main__":
    main()
