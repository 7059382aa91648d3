"""Archival locators: 'F. 3, Op. 16, D. 947, Ll. 53-53ob.', 'ф. 3, оп. 16', 'RG 59, Box 5'.

`read_part` recognises one comma-separated piece; `location_text` writes the normalised
`archive_location` string from the parts.
"""

from __future__ import annotations

import re
from functools import lru_cache

# label (as written, lower case, no dot) -> locator part
_LABELS = {
    "f": "fond", "fond": "fond", "ф": "fond", "фонд": "fond", "fonds": "fond",
    "op": "opis", "opis": "opis", "opis'": "opis", "оп": "opis", "опись": "opis",
    "d": "delo", "delo": "delo", "д": "delo", "дело": "delo", "spr": "delo",
    "ll": "folios", "l": "folios", "li": "folios", "list": "folios", "listy": "folios",
    "лл": "folios", "л": "folios", "fol": "folios", "fols": "folios", "folio": "folios",
    "folios": "folios", "ff": "folios", "bl": "folios", "blatt": "folios", "k": "folios",
    "rg": "record-group", "record group": "record-group",
    "entry": "entry", "e": "entry",
    "series": "series", "ser": "series", "subseries": "subseries",
    "box": "box", "karton": "box", "kart": "box", "carton": "box",
    "folder": "folder", "fldr": "folder", "pap": "folder", "papka": "folder", "папка": "folder",
    "por": "item", "пор": "item", "file": "file", "sygn": "file", "signatur": "file",
    "item": "item", "a.j": "item", "aj": "item", "ie": "item", "j": "item",
    "doc": "document", "document": "document", "dok": "document", "no": "document",
    "doc no": "document", "dokument": "document",
    "vol": "volume", "volume": "volume", "t": "volume", "tom": "volume", "т": "volume",
    "sv": "volume", "bd": "volume", "band": "volume",
    "p": "page", "pp": "page", "page": "page", "pages": "page", "s": "page", "с": "page",
    "str": "page", "dossier": "folder", "naid": "document",
}
_PART_RE = re.compile(r"(?P<label>[^\W\d_]+(?:\.[^\W\d_]+)?(?:\s+group)?)(?:\.|\b)\s*"
                      r"(?::\s*)?(?:no\.\s*)?(?P<value>\S.*)$", re.I | re.S)
# File references that need no label: German call numbers, British series, Chinese file numbers
_CALLNO_RE = re.compile(
    r"^(?:(?:DY|NY|DC|DO|DE|DF|DK|DL|DN|DP|DR|B|BW|MfS|ZPA|ZK|NL|RH|RM|RL|BMVg)\s*\d[\w/ .\-]*"
    r"|\d{3}-\d{4,5}-\d{2}(?:\(\d+\))?"
    r"|\d{3}[\dA-Z]*\.[\dA-Z]*(?:[–-][A-Z]+)?/[\d][\w.]*(?:[–-]\d+)*"  # decimal files
    r"|[IVXL]+-[A-Z]-\d[\w\-/]*)$")
# The National Archives (UK): department code and series number, then the piece ('FO 371/128663');
# a private papers' class and item ('ChP 2/266') has the same shape
_SERIES_PIECE_RE = re.compile(
    r"^(?P<series>(?:FO|PREM|CAB|DEFE|WO|CO|DO|FCO|T|AIR|ADM|KV|HO|MEPO|BT|HS|MT|AB|ES)\s*\d+)"
    r"/(?P<piece>\d+[\w/\-]*)$|^(?P<cls>[A-Z][a-z]?[A-Z][a-z]?)\s+(?P<item>\d+/\d+[\w/\-]*)$"
    r"|^(?P<cls2>[A-Z]{3,5}\s+\d+)/(?P<item2>\d+[A-Z]?(?:/[\w\-]+)+)$")  # 'CHAR 1/118A/33'
_POSTFIX = {"doboz": "box", "tétel": "item", "kötet": "volume", "ő.e": "item"}
_POSTFIX_RE = re.compile(r"^(\d+)\.?\s*(doboz|tétel|kötet|ő\.e)\.?$", re.I)
_OB_RE = re.compile(r"(?<=\d)\s*(?:ob|об|v|verso)\.?(?=$|[\s,\-–—])", re.I)
_DASH_RE = re.compile(r"\s*[-–—]\s*")
_TEXT_PARTS = frozenset({"folder", "file", "series", "subseries", "item"})  # may be titles
_ALNUM_RE = re.compile(r"[^\W_]")
_VALUE_OK = re.compile(r"^[\w\s.\-–—/()',:&\"“”]+$")
_VERSO_RE = re.compile(r"(?<=\d)\s*(?:ob\.|об\.|verso|[vr]\b)", re.I)
_FOLIO_VALUE_RE = re.compile(r"^\d[\d\s,.–]*$")
_FOLIO_TAIL = re.compile(r"^\d+[\w.]*(?:\s*[-–—]\s*\d+[\w.]*)?$")

ORDER = ("record-group", "entry", "fond", "opis", "delo", "series", "subseries", "box", "folder",
         "file", "item", "volume", "document", "folios", "page")
_LABEL_OUT = {"record-group": "RG", "entry": "Entry", "series": "Series", "subseries": "Subseries",
              "box": "Box", "folder": "Folder", "file": "File", "item": "Item",
              "volume": "Vol.", "document": "Doc.", "fond": "f.", "opis": "op.", "delo": "d."}


def normalize_folios(value: str) -> str:
    """'53-53 ob' -> '53–53ob.'; 'LI. 53-53ob.' values, Cyrillic 'об.' and 'v' for verso."""
    value = value.strip().rstrip(",.")
    low = value.lower()
    if "o" in low or "о" in low or "v" in low:
        value = _OB_RE.sub("ob.", value)
    if "-" in value or "—" in value:
        value = value.replace("-", "–").replace("—", "–")
    if " –" in value or "– " in value:
        value = _DASH_RE.sub("–", value)
    return value.replace("ob..", "ob.").replace(" ,", ",")


# a fond with its letter prefix: GARF's 'R-9478' (Soviet-era fonds), 'А-259'
_FOND_RE = re.compile(r"^[RrAaРрАа]-?\d")


@lru_cache(maxsize=8192)  # the same labels and values recur across citations
def read_part(piece: str) -> tuple[str, str] | None:
    """('fond', '3') for 'F. 3'; ('file', 'DY 30/3386') for a bare call number; else None."""
    piece = piece.strip().rstrip("\"“”«»")  # a stray quote glued to the value
    if not piece.endswith("ob."):
        piece = piece.rstrip(".;")
    m = _PART_RE.match(piece)
    part = _LABELS.get(m.group("label").lower()) if m else None
    if m and part is None and _FOND_RE.match(piece[piece.find(".") + 1:]):  # 'F.R-9478'
        m = _PART_RE.match(piece.replace(".", ". ", 1))
        part = _LABELS.get(m.group("label").lower()) if m else None
    if part:
        value = " ".join(m.group("value").split())
        label = m.group("label").lower()
        if not _VALUE_OK.match(value) or "://" in value or not (
                value[:1].isalnum() or value[:1] in "\"“") or not _ALNUM_RE.search(value):
            return None
        if len(label) <= 3 and len(value) > 12 and not any(c.isdigit() for c in value):
            return None  # 'E. g. something' or a sentence, not a locator
        if (len(label) <= 2 or part not in _TEXT_PARTS) and not value[:1].isdigit() and (
                value[:1] not in "IVXLCivx") and not (part == "fond" and _FOND_RE.match(value)):
            return None  # 'D. Rusk' is a person, not a delo
        if part == "folios":
            value = normalize_folios(value)
            if not _FOLIO_VALUE_RE.match(_VERSO_RE.sub("", value)):
                return None  # '53ob. "Original in Russian': words are no folio

        else:
            value = value.rstrip(". ")  # only folios keep a final 'ob.'
        if part == "record-group" and ":" in value:  # 'RG 59: General Records of ...'
            value = value.split(":", 1)[0].strip()
        if part == "page":
            value = _DASH_RE.sub("–", value)
        elif label == "naid":
            value = f"NAID {value}"  # the National Archives Identifier keeps its name
        return part, value
    if _CALLNO_RE.match(piece):
        return "file", " ".join(piece.split())
    m = _POSTFIX_RE.match(piece)
    if m:  # Hungarian puts the number first: '3. doboz', '12. tétel'
        return _POSTFIX[m.group(2).lower()], m.group(1)
    return None


def read_series_piece(piece: str) -> dict[str, str] | None:
    """{'series': 'FO 371', 'file': '128663', 'ref': 'FO 371/128663'} for a TNA reference."""
    m = _SERIES_PIECE_RE.match(piece.strip().rstrip(".;"))
    if not m:
        return None
    if m.group("series"):
        series = " ".join(m.group("series").split())
        return {"series": series, "file": m.group("piece"), "ref": f"{series}/{m.group('piece')}"}
    if m.group("cls2"):
        series = " ".join(m.group("cls2").split())
        return {"series": series, "file": m.group("item2"), "ref": m.group(0)}
    return {"series": m.group("cls"), "file": m.group("item"), "ref": m.group(0)}


def is_folio_tail(piece: str) -> bool:
    """A bare folio continuing a list: the '5' in 'll. 1, 5'."""
    return bool(_FOLIO_TAIL.match(piece.strip().rstrip(";")))


_DATED_SERIES_RE = re.compile(r"^[A-Z][\w ]*\b(?:Files?|Records)\s+\d{4}(?:[–-]\d{2,4})?$")


def location_text(parts: dict[str, str]) -> str:
    """The `archive_location` string, parts in archival order."""
    out = [parts["as-cited"]] if "as-cited" in parts else []  # a reference with no labels
    ref = parts.get("ref")  # a series/piece reference is written as cited
    for part in ORDER:
        value = parts.get(part)
        if not value:
            continue
        if ref and part in ("series", "file"):
            if ref not in out:
                out.append(ref)
            continue
        if part == "folios":
            many = any(c in value for c in "–,") or value.count(" ") > 0
            out.append(f"{'ll.' if many else 'l.'} {value}")
        elif part == "page":
            out.append(f"{'pp.' if '–' in value or ',' in value else 'p.'} {value}")
        elif (part == "file" and not value[:1].isdigit()) or (
                part == "series" and _DATED_SERIES_RE.match(value)):
            out.append(value)  # 'Central Files 1963' names itself a series
        else:
            out.append(f"{_LABEL_OUT[part]} {value}")
    return ", ".join(out)
