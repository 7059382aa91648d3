"""The one record: a CSL-JSON item whose `id` is its citekey, plus archival extensions.

Extensions live under the standard CSL `custom` object; docs/record-format.md documents them.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Iterable, Iterator

Record = dict[str, Any]

CSL_TYPES = frozenset(
    "article article-journal article-magazine article-newspaper bill book broadcast chapter classic "
    "collection dataset document entry entry-dictionary entry-encyclopedia event figure graphic hearing "
    "interview legal_case legislation manuscript map motion_picture musical_score pamphlet "
    "paper-conference patent performance periodical personal_communication post post-weblog regulation "
    "report review review-book software song speech standard thesis treaty webpage".split()
)

NAME_FIELDS = (
    "author", "editor", "translator", "container-author", "collection-editor", "compiler",
    "contributor", "recipient", "interviewer", "original-author", "reviewed-author", "chair",
    "composer", "curator", "director", "editorial-director", "executive-producer", "guest", "host",
    "illustrator", "narrator", "organizer", "performer", "producer", "script-writer",
    "series-creator",
)
DATE_FIELDS = ("issued", "original-date", "accessed", "event-date", "submitted", "available-date")
NAME_PARTS = frozenset(
    "family given dropping-particle non-dropping-particle suffix comma-suffix static-ordering "
    "literal parse-names".split()
)
DATE_PARTS = frozenset("date-parts season circa literal raw".split())

# Field order in record files: identity first, then who, what, where, when; `custom` last.
FIELD_ORDER = (
    "id", "type", "title", "title-short", "original-title", *NAME_FIELDS[:3], "issued",
    "original-date", "genre", "container-title", "collection-title", "collection-number",
    "volume", "issue", "number", "edition", "page", "number-of-pages", "number-of-volumes",
    "publisher", "publisher-place", "archive", "archive_collection", "archive_location",
    "archive-place", "source", "URL", "DOI", "ISBN", "ISSN", "accessed", "language", "abstract",
    "note", *NAME_FIELDS[3:],
)
_ORDER_INDEX = {name: i for i, name in enumerate(FIELD_ORDER)}

# Archival extensions (docs/record-format.md): keys of `custom` and the shape of each value.
LOCATOR_PARTS = (
    "fond", "opis", "delo", "folios", "record-group", "entry", "series", "subseries", "box",
    "folder", "file", "item", "document", "volume", "page",
)
RELATIONS = frozenset(
    {"translation-of", "revision-of", "reprint-of", "excerpt-of", "part-of", "same-as"}
)
CUSTOM_FIELDS = frozenset(
    {"archive-name", "locator", "original-language", "related", "provenance", "url-original",
     "online-collection"}
)
PROVENANCE_PARTS = frozenset({"raw", "file", "note", "line"})

KEY_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,99}$")
_STOPWORDS = frozenset(
    "a an the of on in at to for and or der die das den des ein eine le la les l un une el los las "
    "il lo gli i".split()
)


class ValidationError(ValueError):
    """A record breaks a rule; names the record, the field and the reason."""

    def __init__(self, key: str | None, field: str | None, reason: str):
        self.key, self.field, self.reason = key, field, reason
        where = f"record {key!r}" if key else "record"
        if field:
            where += f", field {field!r}"
        super().__init__(f"{where}: {reason}")


def is_valid_key(key: object) -> bool:
    return isinstance(key, str) and bool(KEY_RE.match(key))


def check_key(key: object) -> str:
    """Return `key` if it is a safe citekey; raise ValueError naming the problem otherwise."""
    if not isinstance(key, str) or not key:
        raise ValueError("a citekey must be a non-empty string")
    if "/" in key or "\\" in key or ".." in key or key.startswith("."):
        raise ValueError(f"citekey {key!r} looks like a path; keys are [a-z0-9_-] only")
    if not KEY_RE.match(key):
        raise ValueError(
            f"citekey {key!r} is not valid: use lower-case ASCII letters, digits, '_' and '-' "
            "(at most 100 characters, starting with a letter or digit)"
        )
    return key


# --- validation -------------------------------------------------------------------------------


def validate(record: object) -> Record:
    """Check a record; return it unchanged or raise ValidationError."""
    if not isinstance(record, dict):
        raise ValidationError(None, None, f"expected a mapping, got {type(record).__name__}")
    key = record.get("id")
    if key is None:
        raise ValidationError(None, "id", "missing")
    try:
        check_key(key)
    except ValueError as exc:
        raise ValidationError(str(key), "id", str(exc)) from None
    rtype = record.get("type")
    if rtype is None:
        raise ValidationError(key, "type", "missing")
    if rtype not in CSL_TYPES:
        raise ValidationError(key, "type", f"{rtype!r} is not a CSL type")
    for field, value in record.items():
        if not isinstance(field, str):
            raise ValidationError(key, str(field), "field names must be strings")
        if field in NAME_FIELDS:
            _check_names(key, field, value)
        elif field in DATE_FIELDS:
            _check_date(key, field, value)
        elif field == "custom":
            _check_custom(key, value)
        elif field not in ("id", "type"):
            _check_scalar(key, field, value)
    return record


def _check_scalar(key: str, field: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ValidationError(key, field, f"expected text or a number, got {_kind(value)}")


def _check_names(key: str, field: str, value: object) -> None:
    if not isinstance(value, list):
        raise ValidationError(key, field, f"expected a list of names, got {_kind(value)}")
    for i, name in enumerate(value):
        where = f"{field}[{i}]"
        if not isinstance(name, dict):
            raise ValidationError(key, where, f"expected a name mapping, got {_kind(name)}")
        unknown = set(name) - NAME_PARTS
        if unknown:
            raise ValidationError(key, where, f"unknown name part {sorted(unknown)[0]!r}")
        if not (name.get("family") or name.get("literal")):
            raise ValidationError(key, where, "a name needs 'family' or 'literal'")
        for part, text in name.items():
            if part in ("family", "given", "literal", "suffix", "dropping-particle",
                        "non-dropping-particle") and not isinstance(text, str):
                raise ValidationError(key, f"{where}.{part}", f"expected text, got {_kind(text)}")


def _check_date(key: str, field: str, value: object) -> None:
    if not isinstance(value, dict):
        raise ValidationError(key, field, f"expected a date mapping, got {_kind(value)}")
    unknown = set(value) - DATE_PARTS
    if unknown:
        raise ValidationError(key, field, f"unknown date part {sorted(unknown)[0]!r}")
    parts = value.get("date-parts")
    if parts is None:
        if not (value.get("literal") or value.get("raw")):
            raise ValidationError(key, field, "a date needs 'date-parts', 'literal' or 'raw'")
        return
    if not isinstance(parts, list) or not 1 <= len(parts) <= 2:
        raise ValidationError(key, field, "'date-parts' must hold one date or a range of two")
    for span in parts:
        if not isinstance(span, list) or not 1 <= len(span) <= 3:
            raise ValidationError(key, field, "each date is [year], [year, month] or [year, month, day]")
        for n, limit in zip(span, (None, 12, 31)):
            if isinstance(n, bool) or not isinstance(n, int):
                raise ValidationError(key, field, f"date parts must be whole numbers, got {n!r}")
            if limit and not 1 <= n <= limit:
                raise ValidationError(key, field, f"{n} is out of range")


def _check_custom(key: str, custom: object) -> None:
    if not isinstance(custom, dict):
        raise ValidationError(key, "custom", f"expected a mapping, got {_kind(custom)}")
    for name, value in custom.items():
        field = f"custom.{name}"
        if name == "locator":
            if not isinstance(value, dict):
                raise ValidationError(key, field, "expected a mapping of locator parts")
            for part, text in value.items():
                if part not in LOCATOR_PARTS:
                    raise ValidationError(key, f"{field}.{part}", "unknown locator part; known: "
                                          + ", ".join(LOCATOR_PARTS))
                _check_scalar(key, f"{field}.{part}", text)
        elif name == "related":
            if not isinstance(value, list):
                raise ValidationError(key, field, "expected a list of {relation, id}")
            for i, rel in enumerate(value):
                if not isinstance(rel, dict) or set(rel) != {"relation", "id"}:
                    raise ValidationError(key, f"{field}[{i}]", "expected {relation, id}")
                if rel["relation"] not in RELATIONS:
                    raise ValidationError(key, f"{field}[{i}].relation",
                                          f"{rel['relation']!r} is not one of {sorted(RELATIONS)}")
                if not is_valid_key(rel["id"]):
                    raise ValidationError(key, f"{field}[{i}].id", f"{rel['id']!r} is not a citekey")
        elif name == "provenance":
            if not isinstance(value, dict):
                raise ValidationError(key, field, "expected a mapping")
            for part, text in value.items():
                if part not in PROVENANCE_PARTS:
                    raise ValidationError(key, f"{field}.{part}", "unknown provenance part")
                _check_scalar(key, f"{field}.{part}", text)
        elif name in CUSTOM_FIELDS:
            _check_scalar(key, field, value)
        # other custom keys are the user's own: any JSON value


def _kind(value: object) -> str:
    return {dict: "a mapping", list: "a list", type(None): "nothing"}.get(
        type(value), type(value).__name__
    )


# --- normalisation ----------------------------------------------------------------------------

_ISO_DATE = re.compile(r"^(-?\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def parse_iso_date(text: str) -> dict | None:
    """'1962-12-03', '1962-12', '1962' or an EDTF range '1962/1963' -> CSL date; else None."""
    spans = []
    for part in str(text).strip().split("/"):
        m = _ISO_DATE.match(part.strip())
        if not m:
            return None
        spans.append([int(g) for g in m.groups() if g is not None])
    return {"date-parts": spans} if 1 <= len(spans) <= 2 else None


def normalize(record: Record) -> Record:
    """Tidy a record read from a person or another program: dates, numbers, empty fields."""
    out: Record = {}
    for field, value in record.items():
        if value is None or value == "" or value == [] or value == {}:
            continue
        if field in DATE_FIELDS:
            value = _normalize_date(value)
        elif field in NAME_FIELDS and isinstance(value, list):
            value = [{k: v for k, v in n.items() if v not in (None, "")} if isinstance(n, dict)
                     else n for n in value]
        elif hasattr(value, "isoformat"):  # a YAML date typed by hand in a non-date field
            value = value.isoformat()
        out[field] = value
    return out


def _normalize_date(value: Any) -> Any:
    if hasattr(value, "isoformat"):  # datetime.date from YAML
        value = value.isoformat()[:10]
    if isinstance(value, (int, str)):
        parsed = parse_iso_date(str(value))
        return parsed if parsed else {"raw": str(value)}
    if isinstance(value, dict) and isinstance(value.get("date-parts"), list):
        parts = []
        for span in value["date-parts"]:
            if isinstance(span, list):
                span = [int(p) if isinstance(p, str) and p.strip().lstrip("-").isdigit() else p
                        for p in span]
            parts.append(span)
        value = {**value, "date-parts": parts}
    return value


def ordered(record: Record) -> Record:
    """The record with its fields in the canonical file order (unknown fields sorted, then custom)."""
    def rank(field: str) -> tuple[int, str]:
        if field == "custom":
            return (2, "")
        return (0, f"{_ORDER_INDEX[field]:04d}") if field in _ORDER_INDEX else (1, field)

    out = {f: record[f] for f in sorted(record, key=rank)}
    if isinstance(out.get("custom"), dict):
        out["custom"] = dict(sorted(out["custom"].items()))
    return out


# --- reading fields ---------------------------------------------------------------------------


def year(record: Record) -> int | None:
    parts = (record.get("issued") or {}).get("date-parts") if isinstance(record.get("issued"), dict) else None
    if parts and parts[0] and isinstance(parts[0][0], int):
        return parts[0][0]
    raw = (record.get("issued") or {}).get("raw") if isinstance(record.get("issued"), dict) else None
    m = re.search(r"\b(\d{4})\b", raw or "")
    return int(m.group(1)) if m else None


def name_text(name: dict) -> str:
    if name.get("literal"):
        return name["literal"]
    return " ".join(p for p in (name.get("given"), name.get("non-dropping-particle"),
                                name.get("family")) if p)


ARCHIVAL_TYPES = frozenset({"manuscript", "letter", "document", "personal_communication"})


def creators(record: Record) -> list[dict]:
    """The people a record is filed under: authors, else (for published works) editors.

    An archival document's editor or translator made the edition, not the document: such a
    document is filed under its title, as Chicago's notes lead with it.
    """
    if record.get("author"):
        return record["author"]
    if record.get("type") not in ARCHIVAL_TYPES and record.get("editor"):
        return record["editor"]
    return []


# --- citekeys ---------------------------------------------------------------------------------


def ascii_slug(text: str) -> str:
    text = text.translate(_TRANSLIT)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", text.lower())


_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch  y  e yu ya".split(" ")))
_TRANSLIT = str.maketrans({**_CYR, **{k.upper(): v.capitalize() for k, v in _CYR.items()},
                           "ß": "ss", "æ": "ae", "ø": "o", "ł": "l", "Ł": "L", "đ": "d", "þ": "th"})


def _title_words(record: Record) -> list[str]:
    title = str(record.get("title") or record.get("container-title") or "")
    words = [ascii_slug(w) for w in re.split(r"[\s\-–—:;,.!?'\"“”‘’()\[\]*_/]+", title)]
    return [w for w in words if w and w not in _STOPWORDS]


def key_base(record: Record) -> str:
    """author + first significant title word + year, e.g. 'blight1993cuba'."""
    people = creators(record)
    who = ""
    if people:
        first = people[0]
        who = ascii_slug(first.get("family") or first.get("literal", "").split(" ")[0])
    words = _title_words(record)
    what = "".join(words[:1] if who else words[:2])
    y = year(record)
    base = f"{who}{y or ''}{what}" if who else f"{what}{y or ''}"
    base = base[:60] or "record"
    return base if base[0].isalnum() else f"r{base}"


def key_candidates(base: str) -> Iterator[str]:
    """base, basea, baseb, ..., basez, baseaa, ...: the keys tried for one base, in order."""
    yield base
    for n in range(1, 100_000):
        suffix, i = "", n
        while i:
            i, r = divmod(i - 1, 26)
            suffix = chr(97 + r) + suffix
        yield base + suffix


def unique_key(base: str, taken: Iterable[str] | set[str]) -> str:
    """`base`, or `base` with a/b/c... appended, whichever is not taken."""
    taken = taken if isinstance(taken, (set, frozenset, dict)) else set(taken)
    for key in key_candidates(base):
        if key not in taken:
            return key
    raise RuntimeError(f"no free citekey for {base!r}")
