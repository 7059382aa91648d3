"""Field-level precision, recall and F1 of the footnote reader, and of refextract, on real notes.

    python bench/notes_accuracy.py [--split dev|test|all] [--show-errors N] [--in-order]
                                   [--no-peer] [--lines FROM:TO]

The gold is tests/devsets/notes.jsonl. `test` is held out: never tune on it.

Pairing: a note's found citations are paired with its gold citations by an order-keeping
alignment that maximises the number of agreeing fields (so one missed or extra citation does
not shift every later one). An unpaired gold citation counts all its fields as missed, an unpaired
found one all its fields as false. `--in-order` pairs the i-th found with the i-th gold instead.
Pure 'ibid.' references carry no gold and are skipped.

Peer: refextract (PyPI) is run on the same notes in the same run; see `refextract_records`
for how its output is mapped onto CSL fields.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.archival_accuracy import norm, report as _report  # noqa: E402
from citekit.readers.names import parse_names  # noqa: E402
from citekit.parsing import is_archival, secondary_works  # noqa: E402
from citekit.readers.archival import parse_archival  # noqa: E402
from citekit.readers.notes import parse_note  # noqa: E402

FIELDS = ("type", "title", "author", "editor", "translator", "container-title", "volume", "issue",
          "page", "edition", "issued", "publisher", "publisher-place", "genre", "URL")
EXTRA = ("locator", "label")
NOT_INSTALLED = "refextract: not installed (pip install -e '.[bench]')"


def values(record: dict, locator=None, label=None) -> dict:
    out = {f: norm(record[f]) for f in FIELDS if record.get(f)}
    if locator:
        out["locator"] = norm(locator)
    if label:
        out["label"] = label
    return out


def align(gold: list[dict], got: list[dict]) -> list[tuple[dict, dict]]:
    """Order-keeping pairs (unpaired ones against {}) with the most agreeing fields."""
    def agree(g, c):
        return sum(1 for f in g if f in c and c[f] == g[f])

    n, m = len(gold), len(got)
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best[i][j] = max(best[i + 1][j], best[i][j + 1],
                             best[i + 1][j + 1] + agree(gold[i], got[j]))
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        s = agree(gold[i], got[j])
        if s and best[i][j] == best[i + 1][j + 1] + s:
            pairs.append((gold[i], got[j]))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            pairs.append((gold[i], {}))
            i += 1
        else:
            pairs.append(({}, got[j]))
            j += 1
    pairs += [(g, {}) for g in gold[i:]] + [({}, c) for c in got[j:]]
    return pairs


def in_order(gold: list[dict], got: list[dict]) -> list[tuple[dict, dict]]:
    return [(gold[i] if i < len(gold) else {}, got[i] if i < len(got) else {})
            for i in range(max(len(gold), len(got)))]


def citekit_records(note: str) -> list[dict]:
    return [values(c.record, c.locator, c.label) for c in parse_note(note) if not c.ibid]


def routed_records(note: str) -> list[dict]:
    """The secondary sources `citekit parse` keeps of a note read alone: when parsing takes the note for an archival
    document, the typed works the notes reader finds beside it (the archival record is not scored: the gold lists no
    archival references); else the notes reader's citations."""
    archival = parse_archival(note)
    if is_archival(archival):
        return [values(c.record, c.locator, c.label) for c in secondary_works(note, archival.record)]
    return citekit_records(note)


_LINE_SEP = re.compile(r";\s+(?![^()]*\))")  # a ';' outside parentheses


def refextract_records(note: str, extract) -> list[dict]:
    """refextract's references, mapped onto our fields.

    The note is given as one line per ';'-separated citation (whitespace collapsed), the way a
    reference list reaches refextract. Mapping: `author` (a string) -> `author`, split into names
    by citekit's name splitter; `title` -> `title`; `journal_title`, `journal_volume` ->
    `container-title`, `volume`; `journal_page` -> `locator` (label "page"; footnotes point at
    pages); `year` or `journal_year` -> `issued` (year only); `publisher` -> `publisher`;
    `url` -> `URL`. refextract gives no type, so `type` is article-journal when it found a
    journal, webpage for a bare URL, book when it found a title or publisher, else none.
    Fields refextract has no slot for (editor, translator, place, issue, edition) stay empty.
    """
    text = _LINE_SEP.sub("\n", " ".join(note.split()))
    out = []
    for ref in extract(text):
        def first(key):
            v = ref.get(key)
            return v[0] if isinstance(v, list) and v else None
        rec: dict = {}
        if first("author"):
            rec["author"] = parse_names(first("author"))
        if first("title"):
            rec["title"] = first("title")
        if first("journal_title"):
            rec["container-title"] = first("journal_title")
            rec["type"] = "article-journal"
        if first("journal_volume"):
            rec["volume"] = first("journal_volume")
        year = first("journal_year") or first("year")
        if year and re.fullmatch(r"\d{4}", str(year)):
            rec["issued"] = {"date-parts": [[int(year)]]}
        if first("publisher"):
            rec["publisher"] = first("publisher")
        if first("url"):
            rec["URL"] = first("url")
        if "type" not in rec:
            if rec.get("title") or rec.get("publisher"):
                rec["type"] = "book"
            elif rec.get("URL"):
                rec["type"] = "webpage"
        page = first("journal_page")
        got = values(rec, page.replace("-", "–") if page else None, "page" if page else None)
        if got:
            out.append(got)
    return out


def score(lines: list[dict], reader, show_errors: int = 0, pair=align, tally: Counter | None = None):
    """Per-field true/false positives and misses; `tally` (if given) counts whole citations:
    paired, missed (gold only), extra (found only) and exact (every field right)."""
    tp, fp, fn = Counter(), Counter(), Counter()
    tally = Counter() if tally is None else tally
    shown = 0
    for item in lines:
        gold = [values(g["gold"], g["locator"], g["label"]) for g in item["citations"]]
        for g, c in pair(gold, reader(item["note"])):
            tally["paired" if g and c else "missed" if g else "extra"] += 1
            tally["exact"] += g == c
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


def citation_line(tally: Counter) -> str:
    gold = tally["paired"] + tally["missed"]
    return (f"  citations: {gold} gold, {tally['paired'] + tally['extra']} found; {tally['paired']} paired, "
            f"{tally['missed']} missed, {tally['extra']} extra; {tally['exact']} with every field right "
            f"({tally['exact'] / (gold or 1):.1%} of gold)")


_peer_problem = NOT_INSTALLED


def load_refextract():
    """refextract's extractor, or None (the reason is kept for the summary)."""
    global _peer_problem
    try:
        from refextract import extract_references_from_string
    except ModuleNotFoundError as e:
        if e.name != "refextract":
            _peer_problem = f"refextract: cannot import ({e})"
        return None
    except ImportError as e:  # python-magic, which refextract imports, needs the libmagic library
        _peer_problem = f"refextract: cannot import ({e}); on Debian: apt-get install libmagic1"
        return None
    return extract_references_from_string


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="all", choices=["dev", "test", "all"])
    ap.add_argument("--show-errors", type=int, default=0)
    ap.add_argument("--in-order", action="store_true", help="pair the i-th found with the i-th gold")
    ap.add_argument("--no-peer", action="store_true", help="skip refextract")
    ap.add_argument("--routed", action="store_true",
                    help="score what `citekit parse` keeps: a note it takes for an archival document is read by the "
                         "archival reader")
    ap.add_argument("--lines", metavar="FROM:TO",
                    help="only lines FROM..TO-1 of the gold file (0-based; gatherings are appended in order)")
    args = ap.parse_args()
    pair = in_order if args.in_order else align
    lines = [json.loads(ln) for ln in (ROOT / "tests/devsets/notes.jsonl").read_text().splitlines()
             if ln.strip()]
    if args.lines:
        start, _, end = args.lines.partition(":")
        lines = lines[int(start or 0):int(end) if end else None]
    splits = ["dev", "test"] if args.split == "all" else [args.split]
    extract = None if args.no_peer else load_refextract()
    summary = []
    for split in splits:
        chosen = [ln for ln in lines if ln["split"] == split]
        n = sum(len(ln["citations"]) for ln in chosen)
        name = f"{split} ({len(chosen)} notes, {n} citations)"
        tally = Counter()
        reader = routed_records if args.routed else citekit_records
        ours = report(f"citekit {name}", *score(chosen, reader, args.show_errors, pair, tally))
        print(citation_line(tally))
        if extract is not None:
            peer = report(f"refextract {name}",
                          *score(chosen, lambda t: refextract_records(t, extract), 0, pair))
            summary.append(f"{split}: citekit micro-F1 {ours:.3f}   refextract micro-F1 {peer:.3f}")
        else:
            summary.append(f"{split}: citekit micro-F1 {ours:.3f}")
    print()
    if extract is None and not args.no_peer:
        print(_peer_problem)
    print("\n".join(summary))


if __name__ == "__main__":
    main()
