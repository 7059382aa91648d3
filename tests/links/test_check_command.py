"""The installed `citekit check` as a user runs it: exit codes, JSON, and progress on a TTY."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

from citekit.library import Library

TITLE_OK = "Telegram from Moscow to Washington on the Cuban crisis"

BIN = Path(sys.executable).parent / "citekit"


def _library(tmp_path, server, paths):
    lib = Library(tmp_path / "records")
    for i, path in enumerate(paths):
        lib.save({"id": f"doc{i}", "type": "manuscript", "title": TITLE_OK, "URL": server + path})
    return lib.path


def test_exit_codes_and_json_array(tmp_path, server):
    lib = _library(tmp_path, server, ["/ok"])
    r = subprocess.run([str(BIN), "check", "-L", lib, "--format", "json", "--no-cache"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    (result,) = json.loads(r.stdout)
    assert result["outcome"] == "ok" and result["key"] == "doc0" and r.stderr == ""
    lib = _library(tmp_path / "b", server, ["/ok", "/gone"])
    r = subprocess.run([str(BIN), "check", "-L", lib, "--no-cache", "--retries", "0"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "broken" in r.stdout


def test_progress_only_on_a_terminal(tmp_path, server):
    lib = _library(tmp_path, server, ["/ok", "/ok?2"])
    main, child = pty.openpty()
    proc = subprocess.Popen([str(BIN), "check", "-L", str(lib), "--no-cache"],
                            stdout=subprocess.PIPE, stderr=child, text=True)
    os.close(child)
    out, _ = proc.communicate(timeout=60)
    seen = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.close(main)
    assert proc.returncode == 0
    assert b"[2] ok" in seen  # the counter reached both links
    assert "\r" not in out  # the report itself stays clean
