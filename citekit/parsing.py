"""Text in, records out: one citation, many (one per line or paragraph), or a whole page."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import Record, key_base, unique_key
from .archives.repositories import lookup
from .readers.archival import LETTER_TYPE, ParseResult, parse_archival
from .readers.frus import looks_like_file_line
from .readers.notes import NoteLinks, parse_note, parse_notes
from .readers.page import is_page, read_page


_DOCUMENT_KIND_RE = re.compile(
    r"(?i)(?:memorandum|memo|telegram|cable|airgram|despatch|minutes|diary)\b")


@dataclass
class Parsed:
    record: Record
    line: int  # where its text starts in the input
    warnings: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class NoteCite:
    key: str
    locator: str | None
    label: str | None


@dataclass
class ParseOutcome:
    parsed: list[Parsed] = field(default_factory=list)
    unread: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)
    notes: list[tuple[int, list[NoteCite]]] = field(default_factory=list)  # each note's citations


# a FRUS document's dateline and source note belong to the numbered heading above them
_SOURCE_LINE_RE = re.compile(r"^\s*(?:[-\[]|\d{1,2}\.|/\d{1,2}/)?\s*Source:")
_DATELINE_RE = re.compile(
    r"^[A-Z][\w .’'-]{1,40}, (?:undated|[A-Z][a-z]+\.? \d{1,2}(?:[–-]\d{1,2})?, \d{4})\b")
_FRUS_HEAD_RE = re.compile(r"^\s*(?:Document\s+)?\d{1,4}[.:]\s")
_KIND_LINE_RE = re.compile(r"^\[[A-Z][a-z]+\]$")


def _join(lines: list[str]) -> str:
    """A paragraph's lines joined with spaces; a FRUS heading's own lines stay lines."""
    if len(lines) == 1 or not _FRUS_HEAD_RE.match(lines[0]):
        return " ".join(lines)
    return lines[0] + "".join(("\n" if _SOURCE_LINE_RE.match(ln) or _DATELINE_RE.match(ln)
                               else " ") + ln for ln in lines[1:])


def _chunks(text: str) -> list[tuple[int, str]]:
    """Paragraphs when the text has blank lines, else lines; with their first line numbers.
    A FRUS heading keeps its dateline and 'Source:' note, on lines of their own."""
    lines = text.splitlines()
    if any(not ln.strip() for ln in lines) and len([ln for ln in lines if ln.strip()]) > 1:
        out, start, buf = [], 0, []
        for i, ln in enumerate(lines, 1):
            if ln.strip():
                if not buf:
                    start = i
                buf.append(ln.strip())
            elif buf:
                out.append((start, _join(buf)))
                buf = []
        if buf:
            out.append((start, _join(buf)))
    else:
        out = [(i, ln.strip()) for i, ln in enumerate(lines, 1) if ln.strip()]
    joined: list[tuple[int, str]] = []
    for line, chunk in out:
        prev = joined[-1][1] if joined else ""
        if (_FRUS_HEAD_RE.match(prev) and "Source:" not in prev and (
                _SOURCE_LINE_RE.match(chunk) or _DATELINE_RE.match(chunk))) or (
                looks_like_file_line(prev.split("\n", 1)[0]) and (
                "\n" not in prev or _KIND_LINE_RE.match(chunk))):
            joined[-1] = (joined[-1][0], prev + "\n" + chunk)  # '891.51A/869: Telegram' + heading
        else:
            joined.append((line, chunk))
    return joined


def secondary_works(chunk: str, document: dict) -> list:
    """The published works a note cites beside an archival document: the notes reader's citations of a work with
    its author or editor and where it came out ('… to Adams, 1813, in The Adams-Jefferson Letters, ed. Cappon
    (Chapel Hill, 1959)': the edition). The notes reader's readings of file lines name neither, and a reading
    titled as the document is the document itself."""
    own = (document.get("title") or "").casefold()
    return [c for c in parse_note(chunk) if c.record.get("title") and c.record.get("type") not in _ARCHIVAL_TYPES
            and (c.record.get("author") or c.record.get("editor")) and _PUBLISHED.intersection(c.record)
            and not (own and (own in c.record["title"].casefold() or c.record["title"].casefold() in own))]


_ARCHIVAL_TYPES = frozenset((None, "manuscript", LETTER_TYPE, "interview"))
# what a published work names and a file line or a document's description does not: where it came out
_PUBLISHED = frozenset(("publisher", "publisher-place", "container-title"))


def is_archival(result: ParseResult) -> bool:
    """The archival reader's record is an archival document: a known repository or online archive
    is named, or it reads as one (a telegram, a memorandum, a letter, a numbered file reference)."""
    rec = result.record
    return rec is not None and bool(lookup(rec.get("archive")) or rec.get("source") or rec.get("genre") or (
        _archive_locator((rec.get("custom") or {}).get("locator") or {})) or rec.get("type") == LETTER_TYPE or
        _DOCUMENT_KIND_RE.match(rec.get("title") or ""))


# the parts of a locator only an archive has; pages, a volume, a number or leaves are how books are cited too
# ('Beatrice Farnsworth, William C. Bullitt and the Soviet Union, Bloomington: …, 1967, pp. 32-70', 'Annales, no 6')
_ARCHIVE_PARTS = frozenset(("record-group", "entry", "fond", "opis", "delo", "series", "subseries", "box", "folder",
                            "file"))


def _archive_locator(locator: dict) -> bool:
    """A locator with a part only an archive has, numbered ('F. C. Church' read as fond 'C. Church' is a name)."""
    return any(part in _ARCHIVE_PARTS and any(ch.isdigit() for ch in value) for part, value in locator.items())


# a note's own number: '12. ', '[12] ', '12) '
_NOTE_NUMBER_RE = re.compile(r"\s*(?:\[(\d{1,4})\]|(\d{1,4})[.)]\s)")


def parse_text(text: str, source: str | None = None) -> ParseOutcome:
    """Parse citations in `text`; each record gets a provisional citekey and its provenance.

    Each paragraph (or line, when no blank line parts them) is a note: an archival citation, or
    every secondary source its prose cites. 'Ibid.' and short forms point at the earlier full
    record, and a work cited twice is one record."""
    outcome = ParseOutcome()
    taken: set[str] = set()
    if is_page(text):
        page = read_page(text)
        line = next((i for i, ln in enumerate(text.splitlines(), 1)
                     if re.search(r"citation", ln, re.I)), 1)
        _add(outcome, taken, line, page.document, source)
        _add_notes(outcome, taken, text, page.notes, source)
        return outcome
    links = NoteLinks()
    keys: dict[int, str] = {}  # id() of a shared record -> its key
    for ordinal, (line, chunk) in enumerate(_chunks(text), 1):
        own = _NOTE_NUMBER_RE.match(chunk)
        number = int(own.group(1) or own.group(2)) if own else ordinal
        archival = parse_archival(chunk)
        if is_archival(archival):
            stored = _add(outcome, taken, line, archival, source)
            links.cited(archival.record)
            keys[id(archival.record)] = stored["id"]
            works = links.link(secondary_works(chunk, archival.record))  # the edition a letter is printed in
            outcome.notes.append((number, [NoteCite(stored["id"], None, None)]
                                  + _link(outcome, taken, keys, works, line, source)))
            continue
        cites = links.link(parse_note(chunk))
        linked = _link(outcome, taken, keys, cites, line, source)
        unlinked = [c for c in cites if not (c.record and c.record.get("type"))]
        for c in unlinked:  # 'Smith, Bread, 45.' or 'Ibid.' with nothing earlier to point at
            what = "'Ibid.'" if c.ibid else "a short form"
            outcome.unread.append((line, f"{what} with no earlier full citation: {c.raw.strip()}"))
        if not cites and archival.record is None:
            outcome.unread.append((line, "no citation found"))
        elif not cites:  # the archival reader's best effort
            stored = _add(outcome, taken, line, archival, source)
            linked = [NoteCite(stored["id"], None, None)]
        outcome.notes.append((number, linked))
    return outcome


def _link(outcome: ParseOutcome, taken: set[str], keys: dict[int, str], cites: list,
          line: int, source: str | None, number: int | None = None) -> list[NoteCite]:
    """A note's citations as links to records; a record met for the first time is added."""
    linked = []
    for c in cites:
        if not c.record or not c.record.get("type"):
            continue
        if id(c.record) not in keys:
            stored = _add(outcome, taken, line, ParseResult(c.record, [("text", w) for w in c.warnings]),
                          source, number, c.raw if number is not None else None)
            keys[id(c.record)] = stored["id"]
        linked.append(NoteCite(keys[id(c.record)], c.locator, c.label))
    return linked


def _add(outcome: ParseOutcome, taken: set[str], line: int, result: ParseResult,
         source: str | None, note: int | None = None, raw: str | None = None) -> Record | None:
    if result.record is None:
        reason = "; ".join(msg for _, msg in result.warnings) or "no citation found"
        outcome.unread.append((line, reason))
        return None
    record = result.record
    prov = record.setdefault("custom", {}).setdefault("provenance", {})
    if source:
        prov.setdefault("file", source)
        prov.setdefault("line", line)
    if note is not None:
        prov.setdefault("note", note)
    if raw:
        prov.setdefault("raw", raw)
    record = {"id": unique_key(key_base(record), taken), **record}
    taken.add(record["id"])
    outcome.parsed.append(Parsed(record, line, list(result.warnings)))
    return record


_NOTE_START_RE = re.compile(r"\[(\d{1,4})\]")


def _add_notes(outcome: ParseOutcome, taken: set[str], text: str,
               notes: list[tuple[int, str]], source: str | None) -> None:
    """Secondary sources of a page's notes: one record per work, the note -> record links kept."""
    lines: dict[int, int] = {}  # note number -> the line it starts on; one pass over the text
    for i, ln in enumerate(text.splitlines(), 1):
        m = _NOTE_START_RE.match(ln)
        if m:
            lines.setdefault(int(m.group(1)), i)
    lines = {n: lines.get(n, 1) for n, _ in notes}
    keys: dict[int, str] = {}  # id() of a shared record -> its key
    for number, cites in parse_notes(notes):
        outcome.notes.append((number, _link(outcome, taken, keys, cites, lines[number], source, number)))
