"""Export and import of 50,000 records per format, as `citekit` commands (start-up included).

Peer in the same run: bibtexparser 2 parsing and writing the same .bib on its own, so the
ratio shows what citekit adds to the library it builds on.

    python bench/interchange_speed.py [--records 50000]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from library_scale import make_library  # run as a script, bench/ is on the path


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system, all processes) of one command. Dirty pages of
    earlier steps are flushed first, so a command's own sync does not pay for them."""
    os.sync()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr[-500:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def file_system_baseline(folder: Path, count: int = 2_000) -> float:
    """Seconds to create `count` small files in `folder`: how fast this disk makes files just
    before an import (0.04 s for 2,000 when this machine's disk is well; it varies tenfold).
    Kept small: a large probe itself slows the disk down for the import that follows."""
    probe = folder / "probe"
    probe.mkdir()
    t = time.perf_counter()
    for i in range(count):
        fd = os.open(probe / f".r{i:06d}.tmp", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        os.write(fd, b"x" * 300)
        os.close(fd)
    elapsed = time.perf_counter() - t
    shutil.rmtree(probe)
    return elapsed


@contextlib.contextmanager
def _folder(parent: str | None, keep: bool):
    """A temporary folder, deleted at the end unless `keep`."""
    path = tempfile.mkdtemp(dir=parent)
    try:
        yield path
    finally:
        if not keep:
            shutil.rmtree(path)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=50_000)
    ap.add_argument("--formats", default="csl-json,csl-yaml,bibtex,ris",
                    help="comma-separated subset, in order")
    ap.add_argument("--pause", type=float, default=0.0,
                    help="seconds to wait between formats (a virtual disk may still be busy "
                    "writing the previous format's files)")
    ap.add_argument("--dir", help="where to make the libraries (default: the system temp folder);"
                    " creating 50,000 files is file-system work, so the folder matters")
    ap.add_argument("--keep", action="store_true",
                    help="leave the run's folder in place (delete it later): on a disk mounted with "
                    "online discard, deleting 200,000 files slows the next run's imports for minutes")
    args = ap.parse_args()
    citekit = shutil.which("citekit") or str(Path(sys.executable).parent / "citekit")
    with _folder(args.dir, args.keep) as tmp:
        tmp = Path(tmp)
        if args.keep:
            print(f"kept: {tmp}")
        lib = tmp / "records"
        lib.mkdir()
        make_library(lib, args.records)
        subprocess.run([citekit, "list", "-L", str(lib)], capture_output=True)  # warm index
        print(f"{args.records} records, {os.cpu_count()} CPUs, load average "
              f"{os.getloadavg()[0]:.2f}; target <= 5 s each (wall; CPU = user + system)\n")
        print(f"{'format':10} {'export':>8} {'(CPU)':>8} {'import':>8} {'(CPU)':>8}"
              f" {'fs probe':>9}")
        exts = {"csl-json": "json", "csl-yaml": "yaml", "bibtex": "bib", "ris": "ris"}
        for fmt in args.formats.split(","):
            ext = exts[fmt]
            out = tmp / f"all.{ext}"
            t_out, c_out = timed([citekit, "export", "--to", fmt, "--all", "-o", str(out),
                                  "-L", str(lib)])
            probe = file_system_baseline(tmp)
            t_in, c_in = timed([citekit, "import", str(out), "-L", str(tmp / f"in-{ext}")])
            # the imported libraries stay until the end: this disk is mounted with online discard,
            # so deleting 50,000 files here would slow the next format's import for minutes
            os.sync()
            time.sleep(args.pause)
            print(f"{fmt:10} {t_out:7.2f}s {c_out:7.2f}s {t_in:7.2f}s {c_in:7.2f}s {probe:8.2f}s")
        if "bibtex" not in args.formats.split(","):
            return
        code = ("import bibtexparser,sys,time;t=time.perf_counter();"
                f"lib=bibtexparser.parse_string(open({str(tmp / 'all.bib')!r}).read());"
                "s=bibtexparser.write_string(lib);print(time.perf_counter()-t)")
        peer = float(subprocess.run([sys.executable, "-c", code], capture_output=True,
                                    text=True).stdout)
        print(f"\npeer: bibtexparser parse + write of the same .bib: {peer:.2f}s")


if __name__ == "__main__":
    main()
