"""FRUS document headings with their source notes (Foreign Relations of the United States):

    32. Letter From the Deputy Under Secretary of State (Johnson) to the ... (Bundy)
    Source: Department of State, Central Files, 751K.00/1-2462. Secret. Drafted by Johnson.

The heading gives title, type, sender and recipient (and often place and date); the source note
gives the holding repository and the file location, before the classification.
"""

from __future__ import annotations

import re

from ..archives import repositories
from . import dates, names
from .archival import LETTER_TYPE, ParseResult

_HEADING = re.compile(r"^\s*(?:Document\s+)?\d{1,4}[.:]\s+(?P<head>[^\n]+)\n(?P<rest>.*)$", re.S)
# '- Source:', '[Source: ...]', and as footnote 1 of the page: '1. Source:', '/1/Source:'
_SOURCE = re.compile(
    r"(?:^|\n)\s*(?:[-\[]|\d{1,2}\.|/\d{1,2}/)?\s*Source:\s*(?P<src>.+)", re.S)
_NOTE_MARK = re.compile(r"(?<=[A-Za-z)])(?:\d{1,2}|/\d{1,2}/)$")  # a footnote mark on the title
_LETTERS = re.compile(r"^(?:(?:Circular\s+)?Telegram|Letter|Cable|Message|Backchannel Message|"
                      r"Airgram|Despatch|Dispatch|Note)\b", re.I)
_FROM_TO = re.compile(
    r"\bFrom\s+(?P<from>.+?)(?:\s+to\s+(?P<to>.+))?$|\bby\s+(?P<by>.+)$")
_AND = re.compile(r"\s+and\s+")
_OF_BODY = re.compile(r"\s+of\s+the\s+.*$")
_WHERE = re.compile(r"\s+(?:in|at)\s+[A-Z][\w .’'-]*$")
_TIME = re.compile(r"^\s*[,—–-]\s*(?:\d{1,2}(?::\d{2})?\s*[ap]\.\s?m\.?|noon|midnight)", re.I)
_PAREN_NAME = re.compile(r"\(([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\)\s*$")
_INSTITUTION = re.compile(r"\b(?:Embassy|Department|Mission|Consulate|Office|Delegation|Staff|"
                          r"Agency|Council|Committee|Legation|Government|Station|Command|Posts)\b")
_CLASSIFICATION = re.compile(
    r"\.\s+(?=(?:Top Secret|Secret|Confidential|Unclassified|Limited Official Use|Official Use|"
    r"Limit|No classification|Drafted|Sent|Repeated|Transmitted|Printed|Copies|Also|A copy|"
    r"The |This |Initialed|Signed|Approved|No drafting|Handwritten|Received|Typed|Attached|"
    r"Eyes Only|Nodis|Exdis|Personal|Priority|Immediate)\b)")
_OFFICE_TITLES = re.compile(r"\b(?:Secretary|President|Under|Deputy|Assistant|Ambassador|Director|"
                            r"Chairman|Minister|Counselor|Officer|Chief|Adviser|Advisor|Chargé|"
                            r"Consul|General|Admiral|Senator|Representative|Governor|Head)\b")
# series only where the note names one for sure: the central (decimal) files and lot files;
# 'National Security Files' at a presidential library is a collection, not a series
_PARTS = (
    (re.compile(r"(?:^|,\s*)(Central Files(?:,?\s+\d{4}[–-]\d{2,4})?),\s*([^,]+)"),
     ("series", "file")),
    (re.compile(r"^([^,]*\bLot\b[^,]*)"), ("series",)),
    (re.compile(r"\bRG\s+(\d+)"), ("record-group",)),
    (re.compile(r"\bEntry\s+([^,]+)"), ("entry",)),
    (re.compile(r"\bBox\s+([A-Z]?[\w–-]+)"), ("box",)),
    (re.compile(r"\bFolder\s+([A-Z]?[\w–-]+)"), ("folder",)),
)


def looks_like(text: str) -> bool:
    return bool(_HEADING.match(text)) and "Source:" in text


# Older volumes head a document with its file: '891.51A/869: Telegram', 'File No. 811.142/3200',
# 'Defense Files: Telegram'; the next lines give 'No. 277' and 'The Secretary of State to ...'.
_FILE_LINE = re.compile(
    r"^\s*(?:File\s+No\.\s*(?P<file1>\S+/\S+)|"
    # a decimal file, its subject words included: '861.00 Supreme Soviet/37'
    r"(?P<file2>\d{3}[\w.]*(?:\s[A-Z][\w.]*(?:\s[\w.]+){0,3})?/[\w.–-]+"
    r"|123\s+[A-Z][\w'’-]+,(?:\s+[A-Z][\w.'’-]*){1,3})|"  # a personnel file: '123 Kirk, Alan G.'

    r"(?P<series>[A-Z][\w ]{0,40}\b[Ff]iles(?:,\s*[Ll]ot\s[\w ]{1,20}(?:,\s*CF\s\d+)?)?))"
    r"(?::\s*(?P<kind>[A-Z][a-z]+))?\s*$")  # 'Conference files, lot 59 D 95, CF 102'
_DOC_NO = re.compile(r"^No\.\s*(\d+)$")
_KIND_LINE = re.compile(r"^\[([A-Z][a-z]+)\]$")
_TO = re.compile(r"\s+to\s+")
_THE = re.compile(r"^the\s+", re.I)
# posts held 'to' somewhere or someone: 'the Ambassador to the Soviet Union', 'Assistant to the
# President'
_POST_WORDS = frozenset("ambassador minister representative envoy delegate delegation mission "
                        "adviser advisor assistant counselor consul attaché chargé observer "
                        "liaison".split())


def looks_like_file_line(line: str) -> bool:
    """'891.51A/869: Telegram', 'File No. 811.142/3200', 'Defense Files: Telegram'."""
    return bool(_FILE_LINE.match(line))


def looks_like_file_heading(text: str) -> bool:
    first, nl, rest = text.partition("\n")
    return bool(nl and rest.strip() and _FILE_LINE.match(first))


def parse_file_heading(text: str) -> ParseResult:
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    fm = _FILE_LINE.match(lines[0])
    kind = fm.group("kind")
    parts: dict = {}
    file = fm.group("file1") or fm.group("file2")
    location = file or fm.group("series")
    if file:
        parts["file"] = file
    elif "," not in location:  # 'Defense Files'; a lot file's numbers are no series name
        parts["series"] = location
    head = other = None
    for line in lines[1:]:
        m = _DOC_NO.match(line)
        if m:
            parts["document"] = m.group(1)
        elif _KIND_LINE.match(line):
            kind = kind or _KIND_LINE.match(line).group(1)
        elif head is None and " to " in line:
            head = line
        elif other is None:
            other = line  # 'Memorandum of Conversation, by the Secretary of State'
    head = head or other
    record: dict = {}
    if head:
        title = re.sub(r"\(\s+", "(", re.sub(r"\s+\)", ")", head))
        record["title"] = title
        to = _TO.search(title, title.find(")") + 1 if ")" in title else 0) or _TO.search(title)
        if to:
            for role, who in (("author", title[:to.start()]), ("recipient", title[to.end():])):
                m = _PAREN_NAME.search(who)  # only the holders the heading names
                if m:
                    record[role] = [{"family": m.group(1).split()[-1]}]
                elif _INSTITUTION.search(who) and not _OFFICE_TITLES.search(who):
                    # 'The British Embassy', 'the Department of State': a body, named as such
                    record[role] = [{"literal": _THE.sub("", who.strip())}]
    letter = bool(head and " to " in head) or (kind and _LETTERS.match(kind))
    record["type"] = LETTER_TYPE if letter else "manuscript"
    if kind:
        record["genre"] = kind
    record["archive_location"] = location
    record["custom"] = {"locator": parts, "provenance": {"raw": text}} if parts else {
        "provenance": {"raw": text}}
    warnings = [] if head else [("title", "no heading line found")]
    return ParseResult(record, warnings)


def _person(text: str) -> list[dict]:
    """The people a heading names as sender or recipient: '(Taylor)', 'President Johnson',
    'Dorothy S. de Borchgrave', two joined by 'and'."""
    pieces = _AND.split(text.strip())
    if len(pieces) > 1:
        people = [p for piece in pieces for p in _one_person(piece, alone=False)]
        if people:
            return people
    return _one_person(text.strip(), alone=True)


def _one_person(text: str, alone: bool) -> list[dict]:
    m = _PAREN_NAME.search(text)
    if m:
        return [{"family": m.group(1).split()[-1]}]
    text = _WHERE.sub("", text)  # 'President Johnson in Texas': where he was, not who
    if not text or text.lower().startswith("the "):
        return []
    full = _OF_BODY.sub("", text)  # 'Fritz Ermarth of the National Security Council Staff'
    if not _OFFICE_TITLES.search(full) and not _INSTITUTION.search(full):
        name = names.parse_name(full)  # a private person named in full: Dorothy S. de Borchgrave
        if name:
            return [name]
    words = text.split()
    if words and not _INSTITUTION.search(text) and (alone or _OFFICE_TITLES.search(text)):
        last = words[-1].strip(",.")
        if last[:1].isupper() and last.isalpha():
            return [{"family": last}]
    return []


def parse(text: str) -> ParseResult:
    m = _HEADING.match(text)
    head, rest = m.group("head").strip(), m.group("rest")
    record: dict = {}
    warnings: list[tuple[str, str]] = []
    found = dates.find_date(head)
    if found and found.date and _TIME.sub("", head[found.end:]).strip(" .") == "":
        record["issued"] = found.date
        head = head[: found.start].rstrip(" ,")
        head = re.sub(r",\s*[A-Z][\w .’'-]+$", "", head)  # the place before the date
    else:
        first_line = rest.strip().split("\n", 1)[0]
        if not first_line.lstrip("- ").startswith("Source:"):
            found = dates.find_date(first_line)
            if found and found.date:
                record["issued"] = found.date
    title = _NOTE_MARK.sub("", head).strip()
    record["type"] = LETTER_TYPE if _LETTERS.match(title) else "manuscript"
    record["title"] = title
    fm = _FROM_TO.search(title)
    if fm:  # 'Memorandum by X': all of X is the author, even 'the Assistant to the Director'
        sender, to = fm.group("from") or fm.group("by"), fm.group("to") or ""
        if to and "(" not in sender and ")" in to and (
                sender.rsplit(None, 1)[-1].lower() in _POST_WORDS):
            # 'From the Ambassador to the Soviet Union (Thompson) to ...': the 'to' of a post;
            # the sender runs to the name in brackets
            whole = f"{sender} to {to}"
            split = _TO.search(whole, whole.find(")") + 1)
            if split:
                sender, to = whole[:split.start()], whole[split.end():]
        author = _person(sender)
        recipient = _person(to)
        if author:
            record["author"] = author
        if recipient:
            record["recipient"] = recipient
    src = _SOURCE.search(rest)
    if src:
        note = " ".join(src.group("src").split())
        location = _CLASSIFICATION.split(note, maxsplit=1)[0].rstrip(" .")
        archive, _, where = location.partition(",")
        record["archive"] = archive.strip()  # as cited; the table adds where it is
        repo = repositories.lookup(record["archive"])
        if repo and not repo.online:
            record["archive-place"] = repo.place
            record.setdefault("custom", {})["archive-name"] = repo.name
        if where.strip():
            record["archive_location"] = where.strip()
            parts = {}
            for pattern, keys in _PARTS:
                pm = pattern.search(where.strip())
                if pm:
                    for key, value in zip(keys, pm.groups()):
                        parts.setdefault(key, value.strip())
            if parts:
                record.setdefault("custom", {})["locator"] = parts
    else:
        warnings.append(("archive", "no source note"))
    record.setdefault("custom", {})["provenance"] = {"raw": text}
    return ParseResult(record, warnings)


def format_heading(record: dict) -> str:
    """A record read from a FRUS heading, written back as one; `parse` reads it back."""
    locator = (record.get("custom") or {}).get("locator") or {}
    location = record.get("archive_location", "")
    if "archive" not in record and location:  # an older volume's file-number heading
        lines = [location + (f": {record['genre']}" if record.get("genre") else "")]
        if locator.get("document"):
            lines.append(f"No. {locator['document']}")
        lines.append(record.get("title", ""))
        return "\n".join(lines)
    lines = [f"1. {record.get('title') or 'Document'}"]
    if record.get("issued"):
        lines.append(dates.format_date(record["issued"]))
    source = ", ".join(v for v in (record.get("archive"), location) if v)
    lines.append(f"Source: {source}." if source else "")
    return "\n".join(lines)


# FRUS footnotes: 'In telegram 4344, June 1, 1945, to London, ... (840.414/5–2645).'
_NOTE_NO = re.compile(r"^\s*\d{1,3}\.\s+")
_TELEGRAM_REF = re.compile(
    r"\b(?P<kind>[Tt]elegram|[Aa]irgram|[Dd]espatch|[Cc]able)\s+(?P<no>(?:[A-Z]{2,}\s)?\d+)"
    r"(?:\s+(?P<dir>from|to)\s+(?P<place>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?))?"
    r"(?:,\s*(?P<date>[A-Z][a-z]+\.?\s\d{1,2}(?:,\s\d{4})?))?"
    r"(?:,\s*(?P<dir2>to|from)\s+(?P<place2>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(?=[,.;:\s]))?")
_PAREN_REF = re.compile(r"\(([^()]{3,200})\)")
_DECIMAL_FILE = re.compile(r"^\d{3}[\w.]*/[\w.–-]+$")
_FILE_SERIES = re.compile(r"^[A-Z][\w/ -]*\bFiles?$")
_MESSAGE_NO = re.compile(r"^[A-Z]{2,}(?:[–-][a-z]{2,3})?[–-]\d+$")
_ARCHIVE_START = re.compile(r"^(?:Department of State|National Archives[\w ]*|[A-Z][\w.]*(?: [A-Z]"
                            r"[\w.]*)* (?:Library|Records Center|Archives))(?=,|$)")


def parse_footnote(text: str) -> ParseResult | None:
    """A telegram and/or an archival file cited inside a FRUS footnote's prose; None if the
    note names neither."""
    body = _NOTE_NO.sub("", text, count=1)
    record: dict = {}
    parts: dict = {}
    location = None
    for m in _PAREN_REF.finditer(body):
        ref = " ".join(m.group(1).split()).rstrip(" .")
        first, _, rest = ref.partition(",")
        if _DECIMAL_FILE.match(ref):
            location, parts = ref, {"file": ref}
        elif _ARCHIVE_START.match(ref):
            record["archive"], location = first.strip(), rest.strip() or None
            for pattern, keys in _PARTS:
                pm = pattern.search(rest.strip())
                if pm:
                    for key, value in zip(keys, pm.groups()):
                        parts.setdefault(key, value.strip())
        elif _FILE_SERIES.match(first.strip()):
            location, parts = ref, {"series": first.strip()}
            for piece in rest.split(","):
                if _MESSAGE_NO.match(piece.strip()):
                    parts["document"] = piece.strip()
        else:
            continue
        break
    tm = _TELEGRAM_REF.search(body)
    if tm is None and location is None and "archive" not in record:
        return None
    record["type"] = LETTER_TYPE if tm else "manuscript"
    if tm:
        record["title"] = f"{tm.group('kind')} {tm.group('no')}"
        record["genre"] = tm.group("kind").lower()
        found = dates.parse_date(tm.group("date")) if tm.group("date") else None
        if found and found.date and len(found.date["date-parts"][0]) == 3:
            record["issued"] = found.date  # 'July 15' alone has no year: no date
        for direction, place in ((tm.group("dir"), tm.group("place")),
                                 (tm.group("dir2"), tm.group("place2"))):
            if place:
                record["recipient" if direction == "to" else "author"] = [{"literal": place}]
    if location:
        record["archive_location"] = location
    record["custom"] = ({"locator": parts} if parts else {}) | {"provenance": {"raw": text}}
    return ParseResult(record, [("title", "no title found")] if not tm else [])


def format_footnote(record: dict) -> str:
    """A record read by `parse_footnote`, written back as such a note."""
    out = f"1. In {record['title']}" if record.get("title") else "1. See"
    if record.get("author"):
        out += f" from {record['author'][0].get('literal', '')}"
    if record.get("issued"):
        out += f", {dates.format_date(record['issued'])}"
    if record.get("recipient"):
        out += f", to {record['recipient'][0].get('literal', '')}"
    ref = ", ".join(v for v in (record.get("archive"), record.get("archive_location")) if v)
    return out + (f" ({ref})." if ref else ".")
