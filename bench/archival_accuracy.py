"""Field-level precision, recall and F1 of the archival reader on the real-citation dev set.

    python bench/archival_accuracy.py [--split dev|test|all] [--show-errors N]

The gold is tests/devsets/archival.jsonl (README there: how it was gathered and split). `test`
is the held-out part: the reader was not written against it, so read errors with
`--split dev --show-errors N` only.
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections import Counter
from pathlib import Path

from citekit.readers.archival import parse_archival

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("type", "title", "issued", "author", "recipient", "translator", "editor", "contributor",
          "archive", "archive_location", "source", "URL")
LOCATOR = "custom.locator"
TYPE_ALIASES = {"letter": "personal_communication"}  # CSL 1.0.2 has no `letter`


def norm(value):
    if isinstance(value, str):
        text = unicodedata.normalize("NFC", value).replace("—", "–")
        return " ".join(text.split()).strip(" .,;").casefold()
    if isinstance(value, list) and value and isinstance(value[0], dict):
        # a particle counts as part of the family name: 'de Borchgrave' either way
        return tuple(sorted((norm(" ".join(filter(None, (
            n.get("non-dropping-particle"), n.get("family") or n.get("literal", ""))))),
            norm(n.get("given", ""))) for n in value))
    if isinstance(value, dict) and "date-parts" in value:
        return tuple(tuple(p) for p in value["date-parts"])
    return value


def values(record: dict | None) -> dict:
    if not record:
        return {}
    out = {f: norm(TYPE_ALIASES.get(record[f], record[f]) if f == "type" else record[f])
           for f in FIELDS if record.get(f)}
    for part, v in ((record.get("custom") or {}).get("locator") or {}).items():
        out[f"{LOCATOR}.{part}"] = norm(str(v))
    return out


def score(lines: list[dict], show_errors: int = 0):
    tp, fp, fn = Counter(), Counter(), Counter()
    shown = 0
    for item in lines:
        gold = values(item["gold"])
        got = values(parse_archival(item["text"]).record)
        for f in set(gold) | set(got):
            group = LOCATOR if f.startswith(LOCATOR) else f
            if f in gold and got.get(f) == gold[f]:
                tp[group] += 1
                continue
            if f in got:
                fp[group] += 1
            if f in gold:
                fn[group] += 1
            if shown < show_errors:
                shown += 1
                print(f"  {f}: got {got.get(f)!r} want {gold.get(f)!r}\n    {item['text'][:140]!r}")
    return tp, fp, fn


def report(name: str, tp: Counter, fp: Counter, fn: Counter, fields=(*FIELDS, LOCATOR)) -> float:
    """Per-field and micro-averaged P, R, F1; returns the micro F1."""
    print(f"\n{name}: field        P      R      F1   (n gold)")
    for f in fields:
        if not (tp[f] or fp[f] or fn[f]):
            continue
        p = tp[f] / (tp[f] + fp[f]) if tp[f] + fp[f] else 0.0
        r = tp[f] / (tp[f] + fn[f]) if tp[f] + fn[f] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"  {f:18} {p:6.3f} {r:6.3f} {f1:6.3f}   ({tp[f] + fn[f]})")
    T, P, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    p, r = T / max(1, T + P), T / max(1, T + N)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"  {'micro-average':18} {p:6.3f} {r:6.3f} {f1:6.3f}   ({T + N})")
    return f1


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="all", choices=["dev", "test", "all"])
    ap.add_argument("--show-errors", type=int, default=0)
    args = ap.parse_args()
    lines = [json.loads(ln) for ln in (ROOT / "tests/devsets/archival.jsonl").read_text().splitlines()
             if ln.strip()]
    splits = ["dev", "test"] if args.split == "all" else [args.split]
    for split in splits:
        chosen = [ln for ln in lines if ln["split"] == split]
        report(f"{split} ({len(chosen)} citations)", *score(chosen, args.show_errors))


if __name__ == "__main__":
    main()
