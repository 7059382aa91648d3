import json, sys
from notes_data import NOTES
try:
    from notes_more import MORE
except ImportError:
    MORE = []
from notes_extra import EXTRA
from notes_fourth import FOURTH
try:  # later gatherings, each in its own file
    from notes_fifth import FIFTH
except ImportError:
    FIFTH = []
try:
    from notes_sixth import SIXTH
except ImportError:
    SIXTH = []
try:
    from notes_seventh import SEVENTH
except ImportError:
    SEVENTH = []
try:
    from notes_eighth import EIGHTH
except ImportError:
    EIGHTH = []
try:
    from notes_ninth import NINTH
except ImportError:
    NINTH = []
try:
    from notes_tenth import TENTH
except ImportError:
    TENTH = []
try:
    from notes_eleventh import ELEVENTH
except ImportError:
    ELEVENTH = []
try:
    from notes_twelfth import TWELFTH
except ImportError:
    TWELFTH = []
try:
    from notes_thirteenth import THIRTEENTH
except ImportError:
    THIRTEENTH = []
try:
    from notes_fourteenth import FOURTEENTH
except ImportError:
    FOURTEENTH = []
try:
    from notes_fifteenth import FIFTEENTH
except ImportError:
    FIFTEENTH = []
try:
    from notes_sixteenth import SIXTEENTH
except ImportError:
    SIXTEENTH = []
try:
    from notes_seventeenth import SEVENTEENTH
except ImportError:
    SEVENTEENTH = []
try:
    from notes_nineteenth import NINETEENTH  # finished before the eighteenth, so it comes first
except ImportError:
    NINETEENTH = []
try:
    from notes_eighteenth import EIGHTEENTH
except ImportError:
    EIGHTEENTH = []
try:
    from notes_twentieth import TWENTIETH
except ImportError:
    TWENTIETH = []
try:
    from notes_twentyfirst import TWENTYFIRST
    from notes_twentysecond import TWENTYSECOND
except ImportError:
    TWENTYFIRST = TWENTYSECOND = []
try:
    from notes_twentythird import TWENTYTHIRD
    from notes_twentyfourth import TWENTYFOURTH
except ImportError:
    TWENTYTHIRD = TWENTYFOURTH = []
try:
    from notes_twentyfifth import TWENTYFIFTH
except ImportError:
    TWENTYFIFTH = []
try:
    from notes_twentysixth import TWENTYSIXTH
except ImportError:
    TWENTYSIXTH = []
try:
    from notes_twentyseventh import TWENTYSEVENTH
except ImportError:
    TWENTYSEVENTH = []
try:
    from notes_twentyeighth import TWENTYEIGHTH
except ImportError:
    TWENTYEIGHTH = []
try:
    from notes_twentyninth import TWENTYNINTH
except ImportError:
    TWENTYNINTH = []
try:
    from notes_thirtieth import THIRTIETH
except ImportError:
    THIRTIETH = []
try:
    from notes_thirtyfirst import THIRTYFIRST
except ImportError:
    THIRTYFIRST = []
try:
    from notes_thirtysecond import THIRTYSECOND
except ImportError:
    THIRTYSECOND = []
try:
    from notes_thirtythird import THIRTYTHIRD
except ImportError:
    THIRTYTHIRD = []
try:
    from notes_thirtyfourth import THIRTYFOURTH
except ImportError:
    THIRTYFOURTH = []
try:
    from notes_thirtyfifth import THIRTYFIFTH
except ImportError:
    THIRTYFIFTH = []
import hashlib


def as_printed(note, cits):
    """Initials keep the spacing the note prints them with ('H.V. Nelles'), as the README asks of names;
    some gatherings spaced them."""
    for c in cits:
        for role in ("author", "editor", "translator"):
            for n in c["gold"].get(role) or []:
                g = n.get("given", "")
                if ". " in g and g not in note and g.replace(". ", ".") in note:
                    n["given"] = g.replace(". ", ".")


_BROKEN = __import__("re").compile(r"([^\W\d_]+)-[ \t]*\n[ \t]*([a-zß-ÿа-яё]\w*)")


def joined_breaks(note, cits):
    """A word broken by a hyphen at a line's end, its rest in lower case, is one word ('Ita-⏎liana' ->
    'Italiana'); the sixth gathering had read the break as a space ('Ita- liana')."""
    pairs = [(f"{a}- {b}", f"{a}{b}") for a, b in _BROKEN.findall(note)]

    def fix(v):
        if isinstance(v, str):
            for spaced, joined in pairs:
                v = v.replace(spaced, joined)
            return v
        if isinstance(v, list):
            return [fix(x) for x in v]
        if isinstance(v, dict):
            return {k: fix(x) for k, x in v.items()}
        return v
    for c in cits if pairs else ():
        c["gold"] = fix(c["gold"])
        if isinstance(c.get("locator"), str):
            c["locator"] = fix(c["locator"])


for _, note, cits in NOTES + MORE + EXTRA + FOURTH + FIFTH + SIXTH + SEVENTH + EIGHTH + NINTH + TENTH + ELEVENTH + TWELFTH + THIRTEENTH + FOURTEENTH + FIFTEENTH + SIXTEENTH + SEVENTEENTH + NINETEENTH + EIGHTEENTH + TWENTIETH + TWENTYFIRST + TWENTYSECOND + TWENTYTHIRD + TWENTYFOURTH + TWENTYFIFTH + TWENTYSIXTH + TWENTYSEVENTH + TWENTYEIGHTH + TWENTYNINTH + THIRTIETH + THIRTYFIRST + THIRTYSECOND + THIRTYTHIRD + THIRTYFOURTH + THIRTYFIFTH:
    as_printed(note, cits)
    joined_breaks(note, cits)
out = []
for i, (where, note, cits) in enumerate(NOTES + MORE + EXTRA):
    for c in cits:
        g = c["gold"]
        if g.get("title") is None: g.pop("title", None)
    out.append({"note": note, "where": where, "citations": cits, "split": "test" if i % 3 == 2 else "dev"})
# From the fourth gathering on, the split is drawn from the note text itself, blind to the gold.
for where, note, cits in FOURTH + FIFTH + SIXTH + SEVENTH + EIGHTH + NINTH + TENTH + ELEVENTH + TWELFTH + THIRTEENTH + FOURTEENTH + FIFTEENTH + SIXTEENTH + SEVENTEENTH + NINETEENTH + EIGHTEENTH + TWENTIETH + TWENTYFIRST + TWENTYSECOND + TWENTYTHIRD + TWENTYFOURTH + TWENTYFIFTH + TWENTYSIXTH + TWENTYSEVENTH + TWENTYEIGHTH + TWENTYNINTH + THIRTIETH + THIRTYFIRST + THIRTYSECOND + THIRTYTHIRD + THIRTYFOURTH + THIRTYFIFTH:
    for c in cits:
        g = c["gold"]
        if g.get("title") is None: g.pop("title", None)
    test = int(hashlib.sha1(note.encode()).hexdigest(), 16) % 3 == 0
    out.append({"note": note, "where": where, "citations": cits, "split": "test" if test else "dev"})
with open(__import__('pathlib').Path(__file__).resolve().parents[1] / 'notes.jsonl', 'w') as f:
    for r in out: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out))
