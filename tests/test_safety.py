"""Crash safety and concurrency: real processes, real kills."""

import os
import random
import signal
import subprocess
import sys
import time

from citekit import recordfile
from citekit.library import Library

WRITER = """
import sys
from citekit.library import Library
lib = Library(sys.argv[1])
i = 0
while True:
    i += 1
    lib.save({"id": "rec", "type": "book", "title": f"version {i}", "note": "x" * 20000 * (i % 3 + 1)})
    print(i, flush=True)
"""

ADDER = """
import sys
from citekit.importing import store
from citekit.library import Library
lib = Library(sys.argv[1])
for i in range(int(sys.argv[3])):
    store(lib, {"type": "book", "title": f"Same Title", "author": [{"family": "Smith"}],
                "issued": {"date-parts": [[2000]]}, "note": f"{sys.argv[2]}-{i}",
                "custom": {"provenance": {"raw": f"{sys.argv[2]}-{i}"}}})
"""


def test_killed_writer_leaves_old_or_new_version(tmp_path):
    lib = Library(tmp_path / "lib")
    lib.save({"id": "rec", "type": "book", "title": "version 0"})
    rng = random.Random(1962)
    target = lib.file_for("rec")
    for _ in range(200):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(lib.path)],
                                stdout=subprocess.PIPE, text=True)
        proc.stdout.readline()  # started and written once
        time.sleep(rng.uniform(0, 0.03))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        record = recordfile.read(target)  # parses: never truncated, never missing
        assert record["title"].startswith("version ")
        assert record["note"] in ("x" * 20000, "x" * 40000, "x" * 60000) or record["title"] == "version 0"
    leftovers = [p for p in os.listdir(lib.path) if p.endswith(".tmp")]
    # a killed writer may leave its temp file, never a visible record
    assert all(p.startswith(".") for p in leftovers)
    assert sorted(k for k in lib.keys()) == ["rec"]


def test_concurrent_adders_lose_nothing(tmp_path):
    lib = Library(tmp_path / "lib")
    procs = [subprocess.Popen([sys.executable, "-c", ADDER, str(lib.path), f"p{n}", "15"])
             for n in range(4)]
    for p in procs:
        assert p.wait(timeout=120) == 0
    # every store is of the same work: exactly one record, all merges applied to it
    assert lib.keys() == ["smith2000same"]


def test_concurrent_distinct_adds_get_distinct_keys(tmp_path):
    code = """
import sys
from citekit.importing import store
from citekit.library import Library
lib = Library(sys.argv[1])
for i in range(20):
    store(lib, {"type": "book", "title": f"Work {sys.argv[2]} {i} Title", "author": [{"family": "Smith"}],
                "issued": {"date-parts": [[2000]]}})
"""
    lib = Library(tmp_path / "lib")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(lib.path), str(n)]) for n in range(4)]
    for p in procs:
        assert p.wait(timeout=120) == 0
    keys = lib.keys()
    assert len(keys) == 80 == len(set(keys))
    titles = {recordfile.read(lib.file_for(k))["title"] for k in keys}
    assert titles == {f"Work {n} {i} Title" for n in range(4) for i in range(20)}


def test_failed_batch_write_leaves_records_and_no_temp_files(tmp_path, monkeypatch):
    import pytest

    from citekit import library as library_module

    lib = Library(tmp_path / "lib")
    old = [{"id": f"r{i}", "type": "book", "title": f"old {i}"} for i in range(40)]
    with lib.lock():
        lib.write_many(old)
    real, calls = library_module._write_new, []

    def failing(stem, data, *, sync):
        calls.append(stem)
        if len(calls) == 25:
            raise OSError(28, "No space left on device")
        return real(stem, data, sync=sync)

    monkeypatch.setattr(library_module, "_write_new", failing)
    with lib.lock(), pytest.raises(OSError, match="No space"):
        lib.write_many([{**r, "title": "new"} for r in old])
    assert [lib.get(f"r{i}")["title"] for i in range(40)] == [f"old {i}" for i in range(40)]
    assert not [p for p in os.listdir(lib.path) if p.endswith(".tmp")]
