"""Reading a large input file in parts, one worker process per CPU.

A part boundary is a line that opens a new top-level item (a BibTeX entry, a CSL-YAML list
item); the caller says which lines qualify and whether a cut there is safe. Parts are parsed in
forked workers and their results returned in file order, so the outcome equals parsing the file
whole. Small files, and systems without fork, are read in one piece.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator

MIN_CHARS = 4 << 20  # below this, starting workers costs more than it saves
PARTS_PER_WORKER = 8  # for `stream`: small parts, so the first is ready soon


def cut(text: str, starts: re.Pattern, safe: Callable[[str, int], bool] = lambda t, i: True,
        jobs: int | None = None) -> list[tuple[str, int]]:
    """`text` in about `jobs` parts, each with the number of lines before it. A part begins at
    a match of `starts` (which must match at a line start) for which `safe(text, pos)` holds."""
    jobs = jobs or os.cpu_count() or 1
    if jobs < 2 or len(text) < MIN_CHARS or not _can_fork():
        return [(text, 0)]
    cuts = [0]
    for k in range(1, jobs):
        m = starts.search(text, max(cuts[-1] + 1, len(text) * k // jobs))
        while m and not safe(text, m.start()):
            m = starts.search(text, m.end())
        if not m:
            break
        cuts.append(m.start())
    cuts.append(len(text))
    return [(text[a:b], text.count("\n", 0, a)) for a, b in zip(cuts, cuts[1:]) if a < b]


def stream_jobs() -> int:
    """How many parts to cut a file into for `stream`: one piece on a single CPU."""
    cpus = os.cpu_count() or 1
    return cpus * PARTS_PER_WORKER if cpus > 1 else 1


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def run(parse: Callable, parts: list[tuple[str, int]], *args) -> list:
    """parse(part_text, lines_before, *args) for every part, in order."""
    if len(parts) == 1:
        return [parse(parts[0][0], parts[0][1], *args)]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(len(parts), mp_context=multiprocessing.get_context("fork")) as pool:
        return list(pool.map(parse, [t for t, _ in parts], [n for _, n in parts],
                             *[[a] * len(parts) for a in args]))


def stream(parse: Callable, parts: list[tuple[str, int]], *args) -> Iterator:
    """Like `run`, but each result is yielded as soon as it and those before it are ready,
    while the workers (one per CPU) go on with the parts after it."""
    if len(parts) == 1:
        yield parse(parts[0][0], parts[0][1], *args)
        return
    yield from _in_order(parse, [t for t, _ in parts], [n for _, n in parts],
                         *[[a] * len(parts) for a in args])


def _in_order(fn: Callable, *columns: list) -> Iterator:
    """fn over the columns' rows in forked workers (one per CPU), yielded in order."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    workers = min(len(columns[0]), os.cpu_count() or 1)
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
    try:
        yield from pool.map(fn, *columns)
    finally:  # a consumer that stops early does not wait for the parts it will not read
        pool.shutdown(wait=True, cancel_futures=True)


def slices(count: int, jobs: int) -> list[tuple[int, int]]:
    """`range(count)` in about `jobs` (start, end) slices; one slice without fork."""
    if jobs < 2 or count < 2 or not _can_fork():
        return [(0, count)]
    step = -(-count // jobs)
    return [(a, min(a + step, count)) for a in range(0, count, step)]


_SHARED: list | None = None  # what `stream_shared`'s forked workers inherit


def _shared_slice(parse: Callable, start: int, end: int, *args):
    return parse(_SHARED[start:end], *args)


def stream_shared(parse: Callable, items: list, spans: list[tuple[int, int]], *args) -> Iterator:
    """parse(items[start:end], *args) for every span, yielded in order as in `stream`; the
    workers are forked with `items` in place, so only the spans travel to them."""
    global _SHARED
    if len(spans) == 1:
        yield parse(items[spans[0][0]:spans[0][1]], *args)
        return
    _SHARED = items  # set before the workers fork
    try:
        yield from _in_order(_shared_slice, [parse] * len(spans), [a for a, _ in spans],
                             [b for _, b in spans], *[[a] * len(spans) for a in args])
    finally:
        _SHARED = None


def collect(iter_entries: Callable, text: str, name: str, jobs: int | None) -> tuple[list, list]:
    """(entries, problems) of a reader's `iter_entries` stream, without record file texts."""
    problems: list = []
    entries = list(iter_entries(text, name, problems, jobs=jobs, file_texts=False))
    return entries, problems
