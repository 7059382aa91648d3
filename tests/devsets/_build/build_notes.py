import json, sys
from notes_data import NOTES
try:
    from notes_more import MORE
except ImportError:
    MORE = []
from notes_extra import EXTRA
out = []
for i, (where, note, cits) in enumerate(NOTES + MORE + EXTRA):
    for c in cits:
        g = c["gold"]
        if g.get("title") is None: g.pop("title", None)
    out.append({"note": note, "where": where, "citations": cits, "split": "test" if i % 3 == 2 else "dev"})
with open(__import__('pathlib').Path(__file__).resolve().parents[1] / 'notes.jsonl', 'w') as f:
    for r in out: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out))
