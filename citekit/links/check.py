"""Checking many links at once without hammering any archive.

A thread pool bounds global concurrency; a per-host gate bounds concurrent requests to each
host (2 for known archives by default) and spaces request starts by a minimum interval.
"""

from __future__ import annotations

import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from ..archives import hosts
from . import urls
from .http import Fetcher, Options
from .verdict import judge

ARCHIVE_PER_HOST = 2
OTHER_PER_HOST = 4


@dataclass
class CheckOptions:
    concurrency: int = 8
    per_host: int | None = None  # None: 2 for archive hosts, 4 for others
    interval_ms: int = 0  # minimum spacing between request starts on one host
    accept: frozenset[int] = frozenset()
    exclude: str | None = None  # regex; matching URLs are skipped
    min_similarity: float = 0.5
    http: Options = field(default_factory=Options)


class HostGate:
    """Per-host concurrency limit and minimum interval between request starts."""

    def __init__(self, per_host: int | None = None, interval_ms: int = 0):
        self.per_host, self.interval = per_host, interval_ms / 1000.0
        self._lock = threading.Lock()
        self._sems: dict[str, threading.BoundedSemaphore] = {}
        self._next: dict[str, float] = {}

    def limit(self, host: str) -> int:
        if self.per_host is not None:
            return max(1, self.per_host)
        return ARCHIVE_PER_HOST if hosts.is_archive_host(host) else OTHER_PER_HOST

    @contextmanager
    def __call__(self, host: str) -> Iterator[None]:
        with self._lock:
            sem = self._sems.setdefault(host, threading.BoundedSemaphore(self.limit(host)))
        with sem:
            if self.interval:
                with self._lock:
                    now = time.monotonic()
                    start = max(now, self._next.get(host, 0.0))
                    self._next[host] = start + self.interval
                time.sleep(max(0.0, start - now))
            yield


def result_dict(link: urls.Link, **values) -> dict:
    base = {"key": link.key, "url": link.url, "outcome": None, "status": None, "reason": "",
            "final_url": None, "suggestion": None, "elapsed_ms": 0, "attempts": 0}
    base.update(values)
    return base


def check_link(link: urls.Link, fetcher: Fetcher, opts: CheckOptions,
               record_title: str | None = None) -> dict:
    """Fetch and judge one link; the record title is compared for record URLs only."""
    need_body = link.field == "URL"
    f = fetcher.fetch(link.url, need_body=need_body)
    v = judge(f, record_title if need_body else None, accept=opts.accept,
              min_similarity=opts.min_similarity)
    suggestion = v.suggestion
    canonical = hosts.suggested_url(suggestion or link.url)
    if canonical:
        suggestion = canonical
    return result_dict(link, outcome=v.outcome, status=f.status, reason=v.reason,
                       final_url=f.final_url, suggestion=suggestion, elapsed_ms=f.elapsed_ms,
                       attempts=f.attempts)


def check_links(links: Iterable[urls.Link], opts: CheckOptions | None = None, *,
                titles: dict[str, str] | None = None, cache=None,
                progress: Callable[[dict], None] | None = None) -> list[dict]:
    """Check links concurrently; results come back in the order of `links`."""
    opts = opts or CheckOptions()
    titles = titles or {}
    exclude = re.compile(opts.exclude) if opts.exclude else None
    fetcher = Fetcher(opts.http, gate=HostGate(opts.per_host, opts.interval_ms))
    todo = [link for link in links if not (exclude and exclude.search(link.url))]

    def one(link: urls.Link) -> dict:
        cached = cache.get(link.url) if cache is not None else None
        if cached is not None:
            res = result_dict(link, **{k: cached.get(k) for k in
                                       ("outcome", "status", "reason", "final_url", "suggestion")})
            res["reason"] = f"{res['reason']} (cached)"
        else:
            res = check_link(link, fetcher, opts, titles.get(link.key))
            if cache is not None:
                cache.put(res)
        return res

    # one fetch per distinct URL and title: records citing the same page share it
    firsts: dict[tuple[str, str | None], urls.Link] = {}
    for link in todo:
        firsts.setdefault((link.url, titles.get(link.key) if link.field == "URL" else None), link)
    if not firsts:
        return []
    done: dict[tuple[str, str | None], dict] = {}
    with ThreadPoolExecutor(max_workers=max(1, min(opts.concurrency, len(firsts)))) as pool:
        futures = {pool.submit(one, link): k for k, link in firsts.items()}
        for fut in as_completed(futures):
            done[futures[fut]] = fut.result()
            if progress:
                progress(done[futures[fut]])
    if cache is not None:
        cache.save()
    results = []
    for link in todo:
        shared = done[(link.url, titles.get(link.key) if link.field == "URL" else None)]
        results.append({**shared, "key": link.key})
    return results


def check_records(records: Iterable[dict], opts: CheckOptions | None = None, *, cache=None,
                  progress: Callable[[dict], None] | None = None) -> list[dict]:
    """Check every http(s) link of the records."""
    records = list(records)
    titles = {str(r.get("id")): r["title"] for r in records if isinstance(r.get("title"), str)}
    return check_links(urls.collect(records), opts, titles=titles, cache=cache,
                       progress=progress)
