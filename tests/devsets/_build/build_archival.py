import json, re, sys
from frus_raw import ITEMS
from extra_archival import EXTRA
from archival_batch6 import BATCH6
import hashlib

MONTHS = {m: i+1 for i, m in enumerate("January February March April May June July August September October November December".split())}
CLASS = r"(?:Sent for action|Top Secret|Secret|Confidential|No classification marking|Unclassified|Limited Official Use)"
LETTERISH = ("Telegram", "Circular Telegram", "Letter", "Airgram", "Message")
ARCHIVES = ["Department of State", "National Archives", "Eisenhower Library", "Kennedy Library",
            "Washington National Records Center", "Library of Congress", "Central Intelligence Agency Files",
            "National Security Council"]

def person(tok):
    tok = tok.strip()
    return {"family": tok}

def parse_people(title):
    """author/recipient from FRUS headings; only names the heading itself gives."""
    t = title.replace(" for the President’s Files", "")
    m = re.match(r"(?:Draft )?(?:Memorandum|Letter|Paper|Message) (?:From|by) (.*)$", t)
    if not m:
        return [], []
    body = m.group(1)
    if re.match(r"(?:Draft )?\w+ by ", t):
        frm, to = body, ""
    elif " to " in body:
        frm, to = body.split(" to ", 1)
    else:
        frm, to = body, ""
    def names(seg):
        seg = seg.strip()
        if not seg: return []
        ps = re.findall(r"\(([A-Z][A-Za-z’'\. ]+?)\)", seg)
        ps = [p for p in ps if p not in ("NEA", "Far East")]
        if ps:
            return [person(ps[-1])]
        m2 = re.match(r"(?:Secretary of State|Secretary of Defense|Secretary of the Treasury|President-Elect|President) ([A-Z][a-z]*[A-Z]?[a-z]+)$", seg)
        if m2:
            return [person(m2.group(1))]
        if seg.startswith("Robert W. Komer"): return [{"given": "Robert W.", "family": "Komer"}]
        if seg.startswith("Dorothy S. de Borchgrave"): return [{"given": "Dorothy S.", "family": "de Borchgrave"}]
        return []
    return names(frm), names(to)

def gold_for(text, where):
    lines = [l for l in text.split("\n") if l.strip()]
    head = lines[0]
    title = re.sub(r"^(?:Document )?\d+[.:] ", "", head)
    title = re.sub(r"(?<=[a-z)])1$", "", title)  # footnote marker
    date = None
    for l in lines[1:] + [title]:
        m = re.search(r"(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})", l)
        if m and not l.lstrip("-[ ").startswith("Source"):
            date = [int(m.group(3)), MONTHS[m.group(1)], int(m.group(2))]
            break
    # title: drop trailing ", Washington, March 22, 1956" / ", Saigon, January 23, 1962"
    title = re.sub(r", (?:Washington|Saigon), [A-Z][a-z]+ \d{1,2}, \d{4}$", "", title)
    src = next(l for l in lines if "Source:" in l)
    src = src.split("Source:", 1)[1].strip().rstrip("]")
    m = re.match(r"(.*?)\.\s+" + CLASS, src)
    loc_full = (m.group(1) if m else src.rstrip(".")).strip()
    archive = next((a for a in ARCHIVES if loc_full.startswith(a)), None)
    rest = loc_full[len(archive):].lstrip(", ") if archive else loc_full
    if rest.endswith("Sept.–Dec"):  # abbreviation point doubles as the sentence end
        rest += "."
    g = {"type": "letter" if title.startswith(LETTERISH) else "manuscript", "title": title}
    if date: g["issued"] = {"date-parts": [date]}
    au, rc = parse_people(title)
    if au: g["author"] = au
    if rc: g["recipient"] = rc
    g["archive"] = archive
    if rest: g["archive_location"] = rest
    loc = {}
    mm = re.search(r"\bRG (\d+)", rest)
    if mm: loc["record-group"] = mm.group(1)
    mm = re.search(r"\bEntry ([^,]+)", rest)
    if mm: loc["entry"] = mm.group(1)
    mm = re.search(r"\bBox ([^,]+)", rest)
    if mm: loc["box"] = mm.group(1)
    mm = re.match(r"(?:RG 59, )?(Central Files(?: \d{4}–\d\d)?), (.+)$", rest)
    if mm:
        loc["series"] = mm.group(1); loc["file"] = mm.group(2)
    mm = re.search(r"(Lot \d+ D \d+)", rest)
    if mm: loc["series"] = rest.split(",")[0] if ":" in rest.split(",")[0] else mm.group(1)
    if loc: g["custom"] = {"locator": loc}
    return g

out = []
for where, text in ITEMS:
    out.append({"text": text, "where": where, "gold": gold_for(text, where)})
for rec in EXTRA:
    out.append(rec)
for i, r in enumerate(out):
    r["split"] = "test" if i % 3 == 2 else "dev"
# later batches: split by a hash of the text, so adding or reordering items moves no other item
for rec in BATCH6:
    rec = dict(rec)
    rec["split"] = "test" if int(hashlib.sha1(rec["text"].encode()).hexdigest(), 16) % 3 == 0 else "dev"
    out.append(rec)
with open(__import__('pathlib').Path(__file__).resolve().parents[1] / 'archival.jsonl', 'w') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out))
