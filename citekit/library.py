"""The library: a folder with one record file per citekey.

Writes are atomic (temp file, fsync, rename, fsync of the folder) and serialised between processes
by a lock file, so a crash or a second `citekit` never leaves a half-written or lost record.
The index under `.citekit/` is a cache for fast listing; the record files are the truth.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import itertools
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from . import recordfile
from .model import Record, check_key, validate
from .recordfile import SUFFIX, RecordFileError

STATE_DIR = ".citekit"
_TEMP_SERIAL = itertools.count()
O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | O_CLOEXEC
ENV_VAR = "CITEKIT_LIBRARY"


class LibraryError(Exception):
    """A library operation that cannot be done; the message is for the user."""


class RecordNotFound(LibraryError):
    pass


def default_path(path: str | os.PathLike | None = None) -> Path:
    """`path`, else $CITEKIT_LIBRARY, else ./records."""
    return Path(path or os.environ.get(ENV_VAR) or "records")


@dataclass
class Listing:
    """Records of a library, with the files that could not be read."""

    records: list[Record] = field(default_factory=list)
    errors: list[RecordFileError] = field(default_factory=list)


class Library:
    def __init__(self, path: str | os.PathLike | None = None):
        self.path = default_path(path)

    # --- reading ---------------------------------------------------------------------------

    def file_for(self, key: str) -> Path:
        return self.path / f"{check_key(key)}{SUFFIX}"

    def exists(self) -> bool:
        return self.path.is_dir()

    def keys(self) -> list[str]:
        return sorted(name[: -len(SUFFIX)] for name in self._names())

    def _names(self) -> list[str]:
        try:
            with os.scandir(self.path) as it:
                return [e.name for e in it if e.name.endswith(SUFFIX) and not e.name.startswith(".")]
        except FileNotFoundError:
            return []

    def get(self, key: str) -> Record:
        path = self.file_for(key)
        if not path.exists():
            raise RecordNotFound(f"no record {key!r} in {self.path}")
        record = recordfile.read(path)
        if record["id"] != key:
            raise RecordFileError(str(path), recordfile.field_line(path.read_text("utf-8"), "id"),
                                  f"id {record['id']!r} does not match the file name {path.name!r}")
        return record

    def __contains__(self, key: str) -> bool:
        try:
            return self.file_for(key).exists()
        except ValueError:
            return False

    def load_all(self) -> Listing:
        """Every record, via the index (rebuilt for changed files); bad files are reported."""
        from .index import Index

        return Index(self).listing()

    def search(self, query: str) -> Listing:
        """Records matching every word of `query` (case- and accent-insensitive)."""
        from .index import Index

        return Index(self).listing(query)

    # --- writing ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """An exclusive lock on the library, held across processes."""
        state = self.path / STATE_DIR
        state.mkdir(parents=True, exist_ok=True)
        with open(state / "lock", "a+") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def save(self, record: Record) -> Path:
        """Write one record atomically (replaces the record with the same id)."""
        validate(record)
        self.path.mkdir(parents=True, exist_ok=True)
        with self.lock():
            return self._write(record)

    def remove(self, key: str) -> None:
        path = self.file_for(key)
        with self.lock():
            try:
                path.unlink()
            except FileNotFoundError:
                raise RecordNotFound(f"no record {key!r} in {self.path}") from None
            _fsync_dir(self.path)

    def rename(self, old: str, record: Record) -> None:
        """Replace record `old` by `record`, whose id may differ (the new file lands first)."""
        validate(record)
        with self.lock():
            new = record["id"]
            if new != old and new in self:
                raise LibraryError(f"cannot rename {old!r} to {new!r}: {new!r} exists")
            self._write(record)
            if new != old:
                self.file_for(old).unlink(missing_ok=True)
                _fsync_dir(self.path)

    def write_many(self, records: list[Record]) -> None:
        """Write records (caller holds the lock): every file is the old or the new version."""
        with self.staged() as staged:
            for record in records:
                staged.put(record)
            staged.commit()

    def staged(self) -> "StagedWrites":
        """Record files written now and put in place together later (caller holds the lock)."""
        return StagedWrites(self)

    def _write(self, record: Record) -> Path:
        target = self.file_for(record["id"])
        write_atomic(target, recordfile.dumps(record))
        return target


class StagedWrites:
    """Record files written at once as hidden temp files, renamed into place by `commit()`.

    Until then the library is unchanged; leaving the `with` block without a commit (an error,
    a crash) removes the temp files. A large batch syncs once instead of once per file: all
    temp files are written, one sync makes them durable, then each is renamed over its record.
    Worker processes may write temp files too, each in its own folder under `stage_dir()`
    (file creation in one folder does not run in parallel); `put(..., temp=)` adopts one.

    `place_new()` puts records new to the library (`put(..., new=True)`) in place before the
    commit, so a long batch renames while it still reads; leaving without a commit removes
    them again. Only a killed process leaves such records behind: whole files, none replaced.
    """

    SYNC_EACH_BELOW = 16  # fewer files: fsync each rather than the whole file system

    def __init__(self, library: Library):
        self.library = library
        self.temps: dict[str, tuple[str, str]] = {}  # key -> (temp file, record file)
        self.new: set[str] = set()  # staged keys the library did not have
        self.placed: list[str] = []  # record files of new keys put in place before the commit
        self._stage: Path | None = None
        self._folder = f"{library.path}{os.sep}"

    def __enter__(self) -> "StagedWrites":
        return self

    def __exit__(self, *exc) -> None:
        self.abort()

    def stage_dir(self) -> str:
        """A folder (same file system) where worker processes write temp record files."""
        if self._stage is None:
            self._stage = self.library.path / STATE_DIR / f"staging-{os.getpid()}"
            self._stage.mkdir(parents=True, exist_ok=True)
        return str(self._stage)

    def put(self, record: Record, text: str | None = None, temp: str | None = None, *,
            new: bool = False) -> None:
        """Stage `record` (`text`: its file's text, when already made; `temp`: a temp file in
        `stage_dir()` that holds it); a later put of the same key replaces the earlier one.
        `new`: the library has no record of this key (so `place_new` may put it in place)."""
        key = record["id"]
        if new:
            self.new.add(key)
        name = f"{check_key(key)}{SUFFIX}"
        target = self._folder + name  # file_for's path, as a string
        if not self.temps:
            self.library.path.mkdir(parents=True, exist_ok=True)
        earlier = self.temps.pop(key, None)
        if earlier:
            os.unlink(earlier[0])
        if temp is None:
            text = recordfile.dumps(record) if text is None else text
            temp = _write_new(f"{self._folder}.{name}", text.encode("utf-8"), sync=False)
        self.temps[key] = (temp, target)

    def commit(self) -> None:
        changed = bool(self.temps or self.placed)
        if self.temps:
            self._rename(list(self.temps))
        if changed:
            _fsync_dir(self.library.path)
        self.placed.clear()
        self._remove_stage()

    def place_new(self) -> None:
        """Put the staged files of new records in place now (after one sync)."""
        ready = [key for key in self.temps if key in self.new]
        if ready:
            self._rename(ready)

    def _rename(self, keys: list[str]) -> None:
        """Make the temp files of `keys` durable, then rename each over its record file."""
        if len(keys) < self.SYNC_EACH_BELOW:
            for key in keys:
                _fsync_file(self.temps[key][0])
        else:
            os.sync()
        for key in keys:
            tmp, target = self.temps[key]
            os.replace(tmp, target)
            del self.temps[key]
            if key in self.new:
                self.placed.append(target)

    def abort(self) -> None:
        """Remove the temp files not yet renamed and the new records already placed (records
        an interrupted commit put over older ones stay)."""
        for tmp, _ in self.temps.values():
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        self.temps.clear()
        for target in self.placed:
            with contextlib.suppress(OSError):
                os.unlink(target)
        self.placed.clear()
        self._remove_stage()

    def _remove_stage(self) -> None:
        """The staging folder, with temp files a worker wrote that were not adopted."""
        if self._stage is not None:
            import shutil

            shutil.rmtree(self._stage, ignore_errors=True)
            self._stage = None


def write_temp_in(folder: str, text: str) -> str:
    """`text` in a new temp file in this process's own subfolder of `folder` (made when
    missing): how a worker process stages a record file for StagedWrites."""
    own = f"{folder}{os.sep}{os.getpid()}"
    try:
        return _write_new(f"{own}{os.sep}.record", text.encode("utf-8"), sync=False)
    except FileNotFoundError:  # first file of this process: one mkdir, not one per file
        os.makedirs(own, exist_ok=True)
        return _write_new(f"{own}{os.sep}.record", text.encode("utf-8"), sync=False)


def write_atomic(target: Path, text: str) -> None:
    """Write `text` to `target` so that readers see the old file or the new one, never a part."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = _write_temp(target, text, sync=True)
    try:
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(target.parent)


def _write_temp(target: Path, text: str, *, sync: bool) -> str:
    """`text` in a new hidden temp file beside `target`; removed again if writing fails."""
    return _write_new(f"{target.parent}{os.sep}.{target.name}", text.encode("utf-8"), sync=sync)


def _write_new(stem: str, data: bytes, *, sync: bool) -> str:
    """`data` in a new file named `stem`.PID-N.tmp; removed again if writing fails."""
    pid = os.getpid()
    while True:
        tmp = f"{stem}.{pid}-{next(_TEMP_SERIAL)}.tmp"
        try:
            fd = os.open(tmp, _NEW_FILE, 0o644)
            break
        except FileExistsError:  # left behind by an earlier process with the same pid
            continue
    try:
        done = os.write(fd, data)
        if done < len(data):
            view = memoryview(data)[done:]
            while view:
                view = view[os.write(fd, view):]
        if sync:
            os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    os.close(fd)
    return tmp


def _fsync_file(path: str) -> None:
    fd = os.open(path, os.O_RDONLY | O_CLOEXEC)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as exc:  # some file systems cannot fsync a folder
        if exc.errno not in (errno.EINVAL, errno.EBADF):
            raise
    finally:
        os.close(fd)
