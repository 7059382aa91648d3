"""Archived copies from the Wayback Machine availability API, as fix suggestions."""

from __future__ import annotations

import os

DEFAULT_BASE = "https://archive.org"
ENV_VAR = "CITEKIT_WAYBACK_URL"


def _timestamp(record: dict | None) -> str | None:
    """YYYYMMDD from the record's accessed date, the day the citation was true."""
    parts = ((record or {}).get("accessed") or {}).get("date-parts") or [[]]
    first = parts[0] if parts and isinstance(parts[0], list) else []
    if not first or not isinstance(first[0], int):
        return None
    y, m, d = (list(first) + [1, 1])[:3]
    return f"{y:04d}{int(m):02d}{int(d):02d}"


def closest_snapshot(url: str, record: dict | None = None, *, timeout: float = 10.0,
                     base: str | None = None) -> str | None:
    """The closest archived copy of `url` (near the accessed date), or None."""
    import requests

    from .http import USER_AGENT

    base = (base or os.environ.get(ENV_VAR) or DEFAULT_BASE).rstrip("/")
    params = {"url": url}
    stamp = _timestamp(record)
    if stamp:
        params["timestamp"] = stamp
    try:
        resp = requests.get(f"{base}/wayback/available", params=params, timeout=timeout,
                            headers={"User-Agent": USER_AGENT})
        resp.raise_for_status()
        closest = resp.json().get("archived_snapshots", {}).get("closest") or {}
    except (requests.RequestException, ValueError, AttributeError):
        return None
    if closest.get("available") and str(closest.get("status", "200")).startswith("2"):
        return closest.get("url")
    return None
