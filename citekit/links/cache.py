"""A JSON cache of link outcomes inside the library, so reruns do not hit archives again.

Only settled answers are kept: 429s, 5xx, timeouts and other unverifiable outcomes never are.
"""

from __future__ import annotations

import json
import re
import threading
import time
from pathlib import Path

from ..library import STATE_DIR, write_atomic

CACHE_NAME = "linkcache.json"
_FIELDS = ("outcome", "status", "reason", "final_url", "suggestion")
_AGE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$", re.I)
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_age(text: str) -> float:
    """Seconds in '90', '45s', '30m', '12h', '1d' or '2w'."""
    m = _AGE.match(text)
    if not m:
        raise ValueError(f"not a duration: {text!r} (try 30m, 12h, 1d)")
    return float(m.group(1)) * _UNITS[m.group(2).lower()]


def default_path(library: str | Path) -> Path:
    return Path(library) / STATE_DIR / CACHE_NAME


def cacheable(result: dict) -> bool:
    status = result.get("status") or 0
    if str(result.get("reason", "")).startswith("wrong document"):
        return False  # depends on the citing record's title, not on the URL alone
    return result.get("outcome") in ("ok", "redirected", "broken") \
        and status != 429 and status < 500 and status != 408


class LinkCache:
    def __init__(self, path: str | Path, max_age: float = 86400.0,
                 clock=time.time):
        self.path, self.max_age, self.clock = Path(path), max_age, clock
        self._lock = threading.Lock()
        self._entries: dict[str, dict] = self._load()
        self._dirty = False

    def _load(self) -> dict[str, dict]:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}  # a missing or damaged cache is an empty one
        entries = data.get("entries") if isinstance(data, dict) else None
        if not isinstance(entries, dict):
            return {}
        return {u: e for u, e in entries.items()
                if isinstance(e, dict) and isinstance(e.get("time"), (int, float))}

    def get(self, url: str) -> dict | None:
        """The cached entry for `url` when younger than max_age."""
        with self._lock:
            entry = self._entries.get(url)
        if entry is None or self.clock() - entry["time"] > self.max_age:
            return None
        return dict(entry)

    def put(self, result: dict) -> None:
        if not cacheable(result):
            return
        entry = {k: result.get(k) for k in _FIELDS}
        entry.update(url=result["url"], time=self.clock())
        with self._lock:
            self._entries[result["url"]] = entry
            self._dirty = True

    def save(self) -> None:
        """Write the cache atomically, dropping entries past max_age."""
        with self._lock:
            if not self._dirty:
                return
            now = self.clock()
            keep = {u: e for u, e in self._entries.items() if now - e["time"] <= self.max_age}
            text = json.dumps({"version": 1, "entries": keep}, indent=1, sort_keys=True)
            write_atomic(self.path, text + "\n")
            self._dirty = False

    def __len__(self) -> int:
        return len(self._entries)
