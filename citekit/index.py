"""A rebuildable cache of a library's records in SQLite, for fast `list` and search.

Each row remembers a record file's name, size and mtime; a file whose stat differs is parsed again.
The cache is never the source of truth: delete it and it rebuilds; if it cannot be written, the
library is read directly.
"""

from __future__ import annotations

import json
import os
import sqlite3
import unicodedata

from . import recordfile
from .model import Record, name_text, year
from .recordfile import SUFFIX, RecordFileError
from .romanization import name_key

SCHEMA_VERSION = 3  # 3: names' romanization keys in the search text


def fold(text: str) -> str:
    """Lower case without accents, for matching 'Mikoian' and 'mikoián' alike."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_text(record: Record) -> str:
    parts = [record.get("id", ""), record.get("type", "")]
    for field, value in record.items():
        if field in ("id", "type", "custom", "abstract"):
            continue
        if isinstance(value, list):
            names = [n for n in value if isinstance(n, dict)]
            parts.extend(name_text(n) for n in names)
            parts.extend(name_key(n.get("family") or n.get("literal") or "") for n in names)
        elif isinstance(value, (str, int, float)):
            parts.append(str(value))
    parts.append(str(year(record) or ""))
    return fold(" ".join(str(p) for p in parts))


class Index:
    def __init__(self, library):
        self.library = library
        self.path = library.path / ".citekit" / "index.sqlite"

    def _connect(self) -> sqlite3.Connection | None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version != SCHEMA_VERSION:
                db.execute("DROP TABLE IF EXISTS rows")
                db.execute(
                    "CREATE TABLE rows (name TEXT PRIMARY KEY, mtime INTEGER, size INTEGER, "
                    "record TEXT, error TEXT, text TEXT)"
                )
                db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            return db
        except (sqlite3.Error, OSError):
            return None

    def _stats(self) -> dict[str, tuple[int, int]]:
        out = {}
        try:
            with os.scandir(self.library.path) as it:
                for e in it:
                    if e.name.endswith(SUFFIX) and not e.name.startswith("."):
                        try:
                            st = e.stat()
                        except FileNotFoundError:
                            continue
                        out[e.name] = (st.st_mtime_ns, st.st_size)
        except FileNotFoundError:
            pass
        return out

    def _parse(self, name: str) -> tuple[Record | None, str | None]:
        path = self.library.path / name
        try:
            record = recordfile.read(path)
        except RecordFileError as exc:
            return None, json.dumps([exc.path, exc.line, exc.message])
        if record["id"] + SUFFIX != name:
            line = recordfile.field_line(path.read_text("utf-8"), "id")
            return None, json.dumps([str(path), line,
                                     f"id {record['id']!r} does not match the file name"])
        return record, None

    def refresh(self, db: sqlite3.Connection) -> None:
        stats = self._stats()
        known = {n: (m, s) for n, m, s in db.execute("SELECT name, mtime, size FROM rows")}
        stale = [n for n in known if n not in stats]
        changed = [n for n, st in stats.items() if known.get(n) != st]
        if not stale and not changed:
            return
        db.execute("BEGIN IMMEDIATE")
        try:
            db.executemany("DELETE FROM rows WHERE name=?", [(n,) for n in stale])
            batch = []
            for name in changed:
                record, error = self._parse(name)
                mtime, size = stats[name]
                batch.append((name, mtime, size,
                              json.dumps(record, ensure_ascii=False) if record else None, error,
                              search_text(record) if record else ""))
            db.executemany("INSERT OR REPLACE INTO rows VALUES (?,?,?,?,?,?)", batch)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def listing(self, query: str | None = None):
        from .library import Listing

        words = [(w, name_key(w)) for w in fold(query).split()] if query else []
        db = self._connect()
        if db is None:
            return self._listing_without_cache(words)
        try:
            self.refresh(db)
            sql = "SELECT record, error FROM rows"
            if words:  # each word as written or as its romanization key ('mikoyan' finds 'Mikoian')
                sql += " WHERE " + " AND ".join("(instr(text, ?) > 0 OR instr(text, ?) > 0)" for _ in words)
            sql += " ORDER BY name"
            listing = Listing()
            for record, error in db.execute(sql, [x for pair in words for x in pair]):
                if record is not None:
                    listing.records.append(json.loads(record))
                elif not words:
                    listing.errors.append(_error_from_text(error))
            if words:  # bad files are reported whatever the query
                for (error,) in db.execute("SELECT error FROM rows WHERE record IS NULL"):
                    listing.errors.append(_error_from_text(error))
            return listing
        except sqlite3.Error:
            return self._listing_without_cache(words)
        finally:
            db.close()

    def _listing_without_cache(self, words: list[tuple[str, str]]):
        from .library import Listing

        listing = Listing()
        for name in sorted(self._stats()):
            record, error = self._parse(name)
            if record is None:
                listing.errors.append(_error_from_text(error))
            elif all(w in text or key in text for text in [search_text(record)] for w, key in words):
                listing.records.append(record)
        return listing


def _error_from_text(text: str) -> RecordFileError:
    path, line, message = json.loads(text)
    return RecordFileError(path, line, message)

