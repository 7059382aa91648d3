"""Bring records from a file into the library: keys kept or made, duplicates merged."""

from __future__ import annotations

import difflib
import re
from itertools import takewhile
from dataclasses import dataclass, field
from pathlib import Path

from .gcpause import paused
from .library import Library
from .model import (
    Record, ValidationError, check_key, creators, is_valid_key, key_base, key_candidates,
    unique_key, validate, year,
)
from .romanization import same_name
from .readers.csljson import InputError, ReadWhole, iter_entries, read_text

FORMATS = {".json": "json", ".yaml": "yaml", ".yml": "yaml", ".bib": "bibtex", ".ris": "ris"}


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # 'file:line: reason'
    warnings: list[str] = field(default_factory=list)  # read, with a loss: 'file:line: what'


def detect_format(path: Path, fmt: str | None) -> str:
    if fmt:
        fmt = {"csl-json": "json", "csl-yaml": "yaml", "biblatex": "bibtex"}.get(fmt, fmt)
        if fmt not in set(FORMATS.values()):
            raise InputError(f"{path}: unknown format {fmt!r}; use json, yaml, bibtex or ris")
        return fmt
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        raise InputError(f"{path}: cannot tell the format from the extension; "
                         "use --from json|yaml|bibtex|ris") from None


def read_input_file(path: str | Path) -> str:
    """A UTF-8 input file's text; unreadable files raise InputError naming the file."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror}") from None


def import_file(library: Library, path: str | Path, fmt: str | None = None) -> ImportReport:
    """Import every valid item of a CSL-JSON/CSL-YAML file; bad items are skipped with a reason."""
    with paused():
        return _import_file(library, Path(path), fmt)


def _import_file(library: Library, path: Path, fmt: str | None) -> ImportReport:
    fmt = detect_format(path, fmt)
    text = read_input_file(path)
    report = ImportReport()
    if fmt in ("bibtex", "ris"):
        from .readers import bibtex, ris

        reader = bibtex if fmt == "bibtex" else ris
        problems: list = []
        _store_entries(library, path, report,
                       lambda stage: reader.iter_entries(text, str(path), problems, stage=stage))
        return _with_problems(report, problems)
    try:
        return _store_entries(library, path, report,
                              lambda stage: iter_entries(text, str(path), fmt, stage=stage))
    except ReadWhole:
        return _store_entries(library, path, ImportReport(),
                              lambda stage: read_text(text, str(path), fmt))


def _with_problems(report: ImportReport, problems: list) -> ImportReport:
    """The reader's problems first: entries it skipped, then what it read with a loss."""
    report.skipped[:0] = [p.message for p in problems if p.skipped]
    report.warnings[:0] = [p.message for p in problems if not p.skipped]
    return report


PLACE_EACH = 5_000  # entries stored between puttings in place of the new records


def _store_entries(library: Library, path: Path, report: ImportReport, entries) -> ImportReport:
    """Store entries as they come (`entries(stage)`: a stream whose workers may write record
    files into the folder `stage`), so files are written, and new records put in place, while
    later entries are read; if reading fails, the library is left as it was."""
    with library.lock(), Batch(library) as batch:
        for count, entry in enumerate(entries(batch.staged.stage_dir()), 1):
            if count % PLACE_EACH == 0:
                batch.staged.place_new()
            try:
                status, key = batch.store(entry.record, text=entry.text, temp=entry.temp)
            except (ValidationError, ValueError) as exc:
                where = f"{path}:{entry.line}" if entry.line else str(path)
                report.skipped.append(f"{where}: {exc}")
                continue
            getattr(report, status).append(key)
        batch.flush()
    return report


def same_work(a: Record, b: Record) -> bool:
    """Two records describe one work: similar title, same first creator and year."""
    ta, tb = str(a.get("title", "")).casefold(), str(b.get("title", "")).casefold()
    if re.findall(r"\d+", ta) != re.findall(r"\d+", tb):  # Protocol 71 is not Protocol 72
        return False
    if difflib.SequenceMatcher(None, ta, tb).ratio() < 0.85:
        return False
    ca, cb = creators(a), creators(b)
    fa = (ca[0].get("family") or ca[0].get("literal", "")) if ca else ""
    fb = (cb[0].get("family") or cb[0].get("literal", "")) if cb else ""
    return same_name(fa, fb) and year(a) == year(b)  # 'Mikoyan' is 'Mikoian'


def merge(old: Record, new: Record) -> Record:
    """`old` with the fields it lacks taken from `new`; nothing in `old` is overwritten."""
    out = dict(old)
    for k, v in new.items():
        if k == "custom" and isinstance(v, dict):
            out["custom"] = {**v, **(old.get("custom") or {})}
        elif k not in out:
            out[k] = v
    return out


class Batch:
    """Stores under one lock: the library's keys read once, each record file staged as it is
    stored (so writing overlaps reading the input) and put in place at `flush()`. Used as a
    context manager; leaving it without a flush leaves the library as it was."""

    def __init__(self, library: Library):
        self.library = library
        self.taken = set(library.keys())
        self.existing = frozenset(self.taken)
        self.pending: dict[str, Record] = {}
        self.staged = library.staged()
        self._by_year: dict[int | None, list[str]] | None = None

    def __enter__(self) -> "Batch":
        return self

    def __exit__(self, *exc) -> None:
        self.staged.abort()

    def _get(self, key: str) -> Record:
        return self.pending.get(key) or self.library.get(key)

    def _put(self, record: Record, text: str | None = None, temp: str | None = None) -> None:
        if text is None and temp is None:  # file texts are made only for valid records
            validate(record)
        self.pending[record["id"]] = record
        self.taken.add(record["id"])
        self.staged.put(record, text, temp, new=record["id"] not in self.existing)

    def _similar(self, record: Record):
        """Keys of records of the same year: the candidates for a fuzzy duplicate."""
        if self._by_year is None:
            self._by_year = {}
            for old in self.library.load_all().records:
                self._by_year.setdefault(year(old), []).append(old["id"])
        return [*self._by_year.get(year(record), []),
                *(k for k, r in self.pending.items() if year(r) == year(record))]

    def store(self, record: Record, *, fuzzy: bool = False, text: str | None = None,
              temp: str | None = None) -> tuple[str, str]:
        """Add or merge one record; returns ('added'|'merged'|'unchanged', key).

        With `fuzzy`, a record whose key is new still merges into a record of the library that
        describes the same work (title, first author, year): parsed citations carry provisional
        keys only. `text` is the record's file text if made already, `temp` a staged file
        holding it; either is used if the record is stored as it is (a `temp` not used goes
        with the staging folder).
        """
        wanted = record.get("id")
        if wanted is not None:
            wanted = str(wanted)
            if "/" in wanted or "\\" in wanted or ".." in wanted:
                check_key(wanted)  # refuses path-like ids with a clear message
        valid = is_valid_key(wanted)
        base = wanted if valid else key_base(record)
        # the same work under this key, or (no usable id) under the keys made from its base
        for key in ([wanted] if valid else takewhile(self.taken.__contains__,
                                                            key_candidates(base))):
            if key in self.taken:
                old = self._get(key)
                if same_work(old, record):
                    return self._merge_into(old, record)
        if fuzzy:
            for key in self._similar(record):
                old = self._get(key)
                if same_work(old, record):
                    return self._merge_into(old, record)
        stored = {**record, "id": unique_key(base, self.taken)}
        if stored["id"] == record.get("id"):
            self._put(stored, text, temp)
        else:
            self._put(stored)
        if self._by_year is not None:
            self._by_year.setdefault(year(stored), []).append(stored["id"])
        return "added", stored["id"]

    def _merge_into(self, old: Record, record: Record) -> tuple[str, str]:
        merged = merge(old, {**record, "id": old["id"]})
        if merged == old:
            return "unchanged", old["id"]
        self._put(merged)
        return "merged", old["id"]

    def flush(self) -> None:
        self.staged.commit()
        self.pending.clear()


def store(library: Library, record: Record, *, fuzzy: bool = False) -> tuple[str, str]:
    """Add or merge one record; returns ('added'|'merged'|'unchanged', key)."""
    return store_many(library, [record], fuzzy=fuzzy)[0]


def store_many(library: Library, records: list[Record], *,
               fuzzy: bool = False) -> list[tuple[str, str]]:
    """Add or merge records under one lock, written in one batch."""
    with library.lock(), Batch(library) as batch:
        results = [batch.store(r, fuzzy=fuzzy) for r in records]
        batch.flush()
        return results
