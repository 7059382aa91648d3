"""Check the dev/test sets: JSON lines, required keys, split values, gold shapes.

Run: python3 tests/devsets/validate.py
"""
import json, pathlib, re, sys
from collections import Counter

# CSL's locator terms (https://docs.citationstyles.org/en/stable/specification.html#locators) and 'appendix'
_LABELS = {None, "page", "chapter", "appendix", "folio", "column", "number", "line", "verse", "volume", "section",
           "paragraph", "part", "note", "figure", "book", "issue", "opus", "sub-verbo", "act", "scene", "canon", "rule"}

HERE = pathlib.Path(__file__).parent
ARCH_TYPES = {"manuscript", "letter"}
NOTE_TYPES = {"book", "chapter", "article-journal", "article-magazine", "article-newspaper", "report",
              "thesis", "webpage", "periodical", "paper-conference", "legal_case", "broadcast",
              "motion_picture", "entry-encyclopedia"}
LOCATOR_PARTS = {"fond", "opis", "delo", "folios", "record-group", "entry", "series",
                 "box", "folder", "file", "document", "page"}
NAME_KEYS = {"family", "given", "literal", "suffix"}

def names_ok(v):
    return isinstance(v, list) and all(isinstance(n, dict) and n and set(n) <= NAME_KEYS for n in v)

def check_common(g, where):
    errs = []
    for k in ("author", "recipient", "translator", "editor", "contributor", "container-author", "director", "narrator"):
        if k in g and not names_ok(g[k]):
            errs.append(f"{where}: bad name list in {k}")
    if "issued" in g:
        dp = g["issued"].get("date-parts")
        if not (isinstance(dp, list) and dp and all(isinstance(p, list) and 1 <= len(p) <= 3 and all(isinstance(x, int) for x in p) for p in dp)):
            errs.append(f"{where}: bad issued")
    if "page" in g and re.search(r"\d-\d", g["page"]):
        errs.append(f"{where}: page range should use an en dash")
    return errs

def main():
    errs, counts = [], {}
    for i, line in enumerate(open(HERE / "archival.jsonl", encoding="utf-8"), 1):
        r = json.loads(line)
        w = f"archival.jsonl:{i}"
        if set(r) != {"text", "where", "gold", "split"}: errs.append(f"{w}: keys {sorted(r)}")
        if r["split"] not in ("dev", "test"): errs.append(f"{w}: split")
        g = r["gold"]
        if g.get("type") not in ARCH_TYPES: errs.append(f"{w}: type {g.get('type')}")
        loc = g.get("custom", {}).get("locator", {})
        if set(loc) - LOCATOR_PARTS: errs.append(f"{w}: locator parts {set(loc) - LOCATOR_PARTS}")
        errs += check_common(g, w)
        counts.setdefault("archival", Counter())[r["split"]] += 1
    for i, line in enumerate(open(HERE / "notes.jsonl", encoding="utf-8"), 1):
        r = json.loads(line)
        w = f"notes.jsonl:{i}"
        if set(r) != {"note", "where", "citations", "split"}: errs.append(f"{w}: keys {sorted(r)}")
        if r["split"] not in ("dev", "test"): errs.append(f"{w}: split")
        if not isinstance(r["citations"], list): errs.append(f"{w}: citations not a list")
        # an empty list is a note of prose (or a bare ibid.) that cites no work
        for j, c in enumerate(r["citations"]):
            if set(c) != {"gold", "locator", "label"}: errs.append(f"{w}.{j}: keys {sorted(c)}")
            t = c["gold"].get("type")
            if t is not None and t not in NOTE_TYPES: errs.append(f"{w}.{j}: type {t}")
            if c["label"] not in _LABELS: errs.append(f"{w}.{j}: label {c['label']!r}")
            errs += check_common(c["gold"], f"{w}.{j}")
        counts.setdefault("notes", Counter())[r["split"]] += 1
    for k, v in counts.items():
        print(k, dict(v), "total", sum(v.values()))
    for e in errs: print("ERROR", e)
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
