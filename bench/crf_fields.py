"""A CRF token labeller (python-crfsuite) against the rule reader on footnotes from new sources.

    pip install ".[crf]"
    python bench/crf_fields.py [--iterations 100] [--train-end 2355]
                               [--eval 2355:2429 --eval 2429:2502] [--no-cv] [--seed 0]

Uses only the split == "dev" lines of tests/devsets/notes.jsonl (test lines are dropped on load).
The CRF is trained on the dev notes before --train-end; the gold values are aligned to the note's
tokens to label them. Each --eval range (default: gatherings 26 and 27, which no rule has seen)
is scored for the CRF and for `parse_note`, separately and together. The metric is note-level
micro F1 over (field, normalised value) pairs; names count by family name, dates by year. Printed:
alignment coverage, F1 of both with a paired bootstrap interval over notes for CRF minus rules,
5-fold cross-validation on the training notes grouped by page (`where`), a rules-first hybrid
(the CRF fills only fields the rules left empty in a note) and notes per second of both.
Only aggregate figures are printed for the evaluation notes.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
import unicodedata
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from citekit.readers.notes import parse_note  # noqa: E402

DATA = ROOT / "tests" / "devsets" / "notes.jsonl"
CRF_PARAMS = {"c1": 0.05, "c2": 0.01, "feature.possible_transitions": True}

STR_FIELDS = {"title": "TITLE", "container-title": "CONTAINER", "publisher": "PUBLISHER",
              "publisher-place": "PLACE", "volume": "VOLUME", "issue": "ISSUE",
              "edition": "EDITION", "collection-title": "SERIES", "URL": "URL"}
# container-author is rare: it shares AUTHOR in both systems
NAME_FIELDS = {"author": "AUTHOR", "editor": "EDITOR", "translator": "TRANSLATOR",
               "container-author": "AUTHOR"}


def load_crfsuite():
    try:
        import pycrfsuite
    except ImportError:
        sys.exit('bench/crf_fields.py needs python-crfsuite: pip install ".[crf]"')
    return pycrfsuite


def load_dev() -> list[tuple[int, dict]]:
    """(line number, record) of the split == "dev" lines; the others are dropped on reading."""
    rows = []
    with open(DATA, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if line.strip():
                rec = json.loads(line)
                if rec.get("split") == "dev":
                    rows.append((n, rec))
    return rows


# ---- normalisation: one character in, one out, so offsets survive ----
CHAR_MAP = {**dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
            **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032`", "'"),
            **dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033", '"'), "\u00a0": " "}


def cnorm(s: str) -> str:
    out = []
    for ch in s:
        ch = CHAR_MAP.get(ch, ch)
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
    return "".join(out)


def vnorm(s) -> str:
    """A value as the metric compares it: lower case, one space, no punctuation at either end."""
    s = re.sub(r"\s+", " ", cnorm(str(s))).strip()
    i, j = 0, len(s)
    while i < j and (unicodedata.category(s[i])[0] in "PS" or s[i] == " "):
        i += 1
    while j > i and (unicodedata.category(s[j - 1])[0] in "PS" or s[j - 1] == " "):
        j -= 1
    return s[i:j]


def tokenize(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]


def year_of(rec: dict) -> str | None:
    issued = rec.get("issued")
    try:
        return str(int(issued["date-parts"][0][0]))
    except (KeyError, IndexError, TypeError, ValueError):
        m = re.search(r"\d{4}", issued.get("literal") or "") if isinstance(issued, dict) else None
        return m.group() if m else None


def record_values(rec: dict, locator) -> list[tuple[str, str, bool]]:
    """(label, raw value, counts for the metric) of one citation; given names are labelled only."""
    items = [(lab, str(rec[k]), True) for k, lab in STR_FIELDS.items()
             if rec.get(k) not in (None, "")]
    for k, lab in NAME_FIELDS.items():
        for person in rec.get(k) or []:
            if isinstance(person, dict):
                items += [(lab, person[p], True) for p in ("family", "literal") if person.get(p)]
                if person.get("given"):
                    items.append((lab + ".g", person["given"], False))
    year = year_of(rec)
    if year:
        items.append(("YEAR", year, True))
    if locator:
        items.append(("LOCATOR", str(locator), True))
    return items


def pairs_of(rec, locator) -> set[tuple[str, str]]:
    """(FIELD, normalised value) pairs of one citation (gold or rule output)."""
    rec = rec if isinstance(rec, dict) else {}
    values = [(lab, rec[k]) for k, lab in STR_FIELDS.items() if rec.get(k) not in (None, "")]
    for k, lab in NAME_FIELDS.items():   # one value a person: the family name, else the literal
        values += [(lab, p.get("family") or p.get("literal")) for p in rec.get(k) or []
                   if isinstance(p, dict)]
    values += [("YEAR", year_of(rec)), ("LOCATOR", locator)]
    return {(lab, vnorm(v)) for lab, v in values if v and vnorm(v)}


def gold_pairs(rec: dict) -> set:
    return set().union(*(pairs_of(c.get("gold") or {}, c.get("locator")) for c in rec["citations"]))


def rule_pairs(text: str) -> set:
    return set().union(*(pairs_of(c.record or {}, c.locator) for c in parse_note(text)))


# ---- gold values onto tokens ----
def align(rec: dict):
    """Token labels of one note, and {field: [aligned, total]} of its gold values."""
    text = rec["note"]
    norm, toks = cnorm(text), tokenize(text)
    labels, coverage, pos = ["O"] * len(toks), {}, 0
    for cit in rec["citations"]:
        spans = []
        for lab, value, counted in record_values(cit.get("gold") or {}, cit.get("locator")):
            parts = [re.escape(p) for p in cnorm(value).split()]
            pat = re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)") if parts else None
            m = pat.search(norm, pos) if pat else None   # search from the previous citation's end
            if counted:
                coverage.setdefault(lab, [0, 0])[1] += 1
                coverage[lab][0] += bool(m)
            if m:
                spans.append((m.start(), m.end(), lab))
        for s, e, lab in sorted(spans, key=lambda x: x[0] - x[1]):   # longer spans win overlaps
            for t, (_, ts, te) in enumerate(toks):
                if ts >= s and te <= e and labels[t] == "O":
                    labels[t] = lab
        if spans:   # mark the citation's first labelled token
            start = min(s for s, _, _ in spans)
            first = next((t for t, (_, ts, _) in enumerate(toks)
                          if ts >= start and labels[t] != "O"), None)
            if first is not None:
                labels[first] = "B-" + labels[first]
            pos = max(e for _, e, _ in spans)
    return toks, labels, coverage


# ---- features ----
CUES = set("""ed eds trans tr transl vol vols no nos pp p in see cf ibid ibidem id op cit hrsg
éd éds t с т м л спб под ред изд вып № s bd hg a cura di red wyd nr r z w dir coll loc pag
ff f n nn chap ch art and & et y e und и en van de der la le les del della von
university press journal review http https www doi org com edn edition series
new york london paris vyp tom fasc sv deel jg""".split())
PUNCT = {".": "dot", ",": "comma", ":": "colon", ";": "semi", "(": "lpar", ")": "rpar",
         "[": "lbr", "]": "rbr", '"': "q", "'": "q", "-": "dash", "/": "slash", "*": "star",
         "?": "qm", "!": "ex"}
CONTEXT_KEYS = ("w", "sh", "cap", "dig", "pc", "cue", "yr", "inq", "inst", "inpar", "scr", "s3")


def shape(w: str) -> str:
    out = []
    for ch in w:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


def script(w: str) -> str:
    for ch in w:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            return next((s for k, s in (("CYRILLIC", "cyr"), ("LATIN", "lat"), ("GREEK", "grk"))
                         if k in name), "oth")
    return "none"


def token_features(toks, text: str) -> list[dict]:
    """Each token's own features, with quote / *italics* / parenthesis state and position."""
    n, out, in_q, in_star, par = len(toks), [], False, False, 0
    for i, (w, s, e) in enumerate(toks):
        c = cnorm(w)
        low = c.lower()
        f = {"w": low, "sh": shape(w), "p3": low[:3], "s3": low[-3:], "s2": low[-2:],
             "cap": w[:1].isupper(), "dig": w.isdigit(), "len": str(min(len(w), 8)),
             "pc": PUNCT.get(c, "w" if c[:1].isalnum() else "other"), "scr": script(w),
             "cue": low in CUES, "yr": bool(re.fullmatch(r"1[5-9]\d\d|20[0-2]\d", w)),
             "roman": bool(re.fullmatch(r"[IVXLCivxlc]+", w)),
             "sp": s > 0 and text[s - 1].isspace()}
        apostrophe = s > 0 and text[s - 1].isalpha() and text[e:e + 1].isalpha()
        if c == '"' or (c == "'" and not apostrophe):
            in_q = not in_q
            f["qtog"] = True
        in_star ^= c == "*"
        par += c in "(["
        f.update(inq=in_q, inst=in_star, inpar=par > 0)
        if c in ")]":
            par = max(0, par - 1)
        f.update(pos=str(min(int(10 * i / max(n, 1)), 9)), bos=i == 0, eos=i == n - 1)
        out.append(f)
    return out


def features(text: str, toks) -> list[dict]:
    """Own features plus those of the tokens up to two either side, and word bigrams."""
    base, n, out = token_features(toks, text), len(toks), []
    for i in range(n):
        f = {"bias": 1.0, **base[i]}
        for off in (-2, -1, 1, 2):
            if 0 <= i + off < n:
                f.update({f"{off}:{k}": base[i + off][k] for k in CONTEXT_KEYS})
            else:
                f[f"{off}:pad"] = True
        if i > 0:
            f["-1w|w"] = base[i - 1]["w"] + "|" + base[i]["w"]
        if i < n - 1:
            f["w|+1w"] = base[i]["w"] + "|" + base[i + 1]["w"]
        out.append(f)
    return out


def crf_pairs(text: str, toks, labels) -> set:
    """(FIELD, value) of each run of one label; B- starts a new run; given names are dropped."""
    out, i = set(), 0
    while i < len(toks):
        if labels[i] == "O":
            i += 1
            continue
        lab = labels[i].removeprefix("B-")
        j = i + 1
        while j < len(toks) and labels[j] == lab:
            j += 1
        v = vnorm(text[toks[i][1]:toks[j - 1][2]])
        if v and not lab.endswith(".g"):
            out.add((lab, v))
        i = j
    return out


# ---- scoring ----
def counts(gold: set, pred: set) -> tuple[int, int, int]:
    return len(gold & pred), len(pred - gold), len(gold - pred)   # tp, fp, fn


def f1(tp, fp, fn) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def note_counts(notes, tagger) -> list[tuple[int, ...]]:
    """Per note: (tp, fp, fn) of the CRF, of the rules and of the rules-first hybrid (the rules'
    pairs plus CRF pairs of fields the rules left empty in that note)."""
    out = []
    for rec in notes:
        toks = rec["_toks"]
        gold, rules = gold_pairs(rec), rule_pairs(rec["note"])
        crf = crf_pairs(rec["note"], toks, tagger.tag(rec["_feats"]) if toks else [])
        filled = {f for f, _ in rules}
        hybrid = rules | {p for p in crf if p[0] not in filled}
        out.append(counts(gold, crf) + counts(gold, rules) + counts(gold, hybrid))
    return out


def micro_f1(rows, system: int) -> float:
    """Micro F1 over all notes of system 0 (CRF), 1 (rules) or 2 (hybrid)."""
    return f1(*(sum(r[3 * system + k] for r in rows) for k in range(3)))


def bootstrap(rows, rng: random.Random, draws: int = 5000) -> tuple[float, float, float]:
    """F1(CRF) - F1(rules) and its 95% paired bootstrap interval, notes resampled."""
    def diff(sample):
        return micro_f1(sample, 0) - micro_f1(sample, 1)

    ds = sorted(diff([rng.choice(rows) for _ in rows]) for _ in range(draws))
    return diff(rows), ds[int(0.025 * draws) - 1], ds[int(0.975 * draws) - 1]


def line(name: str, rows, tail: str) -> str:
    return (f"{name:<16}{len(rows):>4}{sum(r[0] + r[2] for r in rows):>6}"
            + "".join(f"{micro_f1(rows, k):>{w}.3f}" for k, w in ((0, 7), (1, 7), (2, 11)))
            + "   " + tail)


def train(pycrfsuite, notes, iterations: int, path: str):
    trainer = pycrfsuite.Trainer(verbose=False)
    for rec in notes:
        if rec["_toks"]:
            trainer.append(rec["_feats"], rec["_labels"])
    trainer.set_params({**CRF_PARAMS, "max_iterations": iterations})
    trainer.train(path)
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


def rate(texts, fn) -> float:
    """Notes per second, best of three passes."""
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        best = min(best, time.perf_counter() - t0)
    return len(texts) / best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--iterations", type=int, default=100, help="L-BFGS iterations (default 100)")
    ap.add_argument("--train-end", type=int, default=2355, help="train on dev lines before this")
    ap.add_argument("--eval", type=lambda s: tuple(map(int, s.split(":"))), action="append",
                    metavar="FROM:TO",
                    help="evaluate lines FROM..TO-1 (repeatable; default 2355:2429 2429:2502)")
    ap.add_argument("--no-cv", action="store_true", help="skip the 5-fold cross-validation")
    ap.add_argument("--seed", type=int, default=0, help="bootstrap seed")
    args = ap.parse_args()
    ranges = args.eval or [(2355, 2429), (2429, 2502)]
    if any(lo < args.train_end for lo, _ in ranges):
        ap.error("evaluation lines must start at or after --train-end")
    pycrfsuite = load_crfsuite()
    start = time.perf_counter()

    dev = load_dev()
    train_notes = [r for n, r in dev if n < args.train_end]
    eval_sets = [[r for n, r in dev if lo <= n < hi] for lo, hi in ranges]
    eval_all = [r for s in eval_sets for r in s]
    for rec in train_notes + eval_all:
        rec["_toks"], rec["_labels"], rec["_cov"] = align(rec)
        rec["_feats"] = features(rec["note"], rec["_toks"])

    print(f"dev notes: train {len(train_notes)} (lines < {args.train_end}, "
          f"{len({r['where'] for r in train_notes})} pages); "
          + ", ".join(f"eval {lo}:{hi} {len(s)}" for (lo, hi), s in zip(ranges, eval_sets)))
    for name, notes in (("train", train_notes), ("eval", eval_all)):
        a = sum(v[0] for r in notes for v in r["_cov"].values())
        t = sum(v[1] for r in notes for v in r["_cov"].values())
        print(f"gold values aligned to tokens, {name}: {a}/{t} = {a / max(t, 1):.1%}")

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        tagger = train(pycrfsuite, train_notes, args.iterations, f"{tmp}/crf.model")
        print(f"trained in {time.perf_counter() - t0:.0f} s ({args.iterations} iterations)\n")

        rng = random.Random(args.seed)
        print(f"{'notes':<16}{'n':>4}{'pairs':>6}{'CRF':>7}{'rules':>7}{'rules+fill':>11}"
              "   CRF-rules [95% CI]")
        sets = [(f"lines {lo}:{hi}", s) for (lo, hi), s in zip(ranges, eval_sets)]
        if len(sets) > 1:
            sets.append(("together", eval_all))
        for name, notes in sets:
            rows = note_counts(notes, tagger)
            d, lo, hi = bootstrap(rows, rng)
            print(line(name, rows, f"{d:+.3f} [{lo:+.3f}, {hi:+.3f}]"))
        wins = [f1(*r[:3]) - f1(*r[3:6]) for r in rows]
        print(f"per note: CRF better {sum(w > 0 for w in wins)}, rules better "
              f"{sum(w < 0 for w in wins)}, tie {sum(w == 0 for w in wins)}")

        if not args.no_cv:   # folds by page, so no page is in both training and test
            folds = [[], [], [], [], []]
            for rec in train_notes:
                folds[zlib.crc32(rec["where"].encode()) % 5].append(rec)
            rows = []
            for k, held_out in enumerate(folds):
                held = {id(r) for r in held_out}
                rest = [r for r in train_notes if id(r) not in held]
                rows += note_counts(held_out, train(pycrfsuite, rest, args.iterations,
                                                    f"{tmp}/cv{k}.model"))
            print(line("5-fold CV", rows, "(training notes; the rules were tuned on them)"))

        texts = [r["note"] for _, r in dev]
        crf_rate = rate(texts, lambda t: tagger.tag(features(t, tokenize(t))))
        rules_rate = rate(texts, parse_note)
    print(f"\nspeed over {len(texts)} dev notes (best of 3): CRF tokenise+features+tag "
          f"{crf_rate:.0f} notes/s, parse_note {rules_rate:.0f} notes/s")
    print(f"total {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
