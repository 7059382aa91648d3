"""Library scale: median wall times of `citekit show`, `list` and `list QUERY` on 50,000 records.

Peers measured in the same run: `cat` of the record file (for show) and `grep -rli` over the
library (for list QUERY), so the ratios say how close citekit comes to reading the bytes.

    python bench/library_scale.py [--records 50000] [--runs 7]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from citekit.recordfile import dumps

SURNAMES = ["Kramer", "Naftali", "Blight", "Welch", "Mikoyan", "Savranskaya", "Fursenko", "Gaddis",
            "Zubok", "Leffler", "Westad", "Taubman", "Hershberg", "Chen", "Radchenko", "Ostermann"]
WORDS = ["Cold", "War", "Crisis", "Cuba", "Soviet", "Protocol", "Memorandum", "Telegram", "Embassy",
         "Politburo", "Missile", "Berlin", "Warsaw", "Pact", "Archive", "Letter", "Report", "Meeting"]


def make_library(path: Path, n: int) -> list[str]:
    rng = random.Random(50_000)
    keys = []
    for i in range(n):
        key = f"rec{i:06d}"
        rec = {"id": key, "type": rng.choice(["book", "manuscript", "article-journal", "chapter"]),
               "title": " ".join(rng.choices(WORDS, k=6)) + f" {i}",
               "author": [{"family": rng.choice(SURNAMES), "given": "A. B."}],
               "issued": {"date-parts": [[rng.randint(1945, 2024), rng.randint(1, 12)]]},
               "publisher": "Press", "archive": rng.choice(["RGANI", "NARA", "GARF", "AAN"]),
               "archive_location": f"f. {rng.randint(1, 99)}, op. {rng.randint(1, 30)}, d. {i}"}
        (path / f"{key}.yaml").write_text(dumps(rec), encoding="utf-8")
        keys.append(key)
    return keys


def wall(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=50_000)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    citekit = shutil.which("citekit") or str(Path(sys.executable).parent / "citekit")
    with tempfile.TemporaryDirectory() as tmp:
        lib = Path(tmp) / "records"
        lib.mkdir()
        t = time.perf_counter()
        keys = make_library(lib, args.records)
        print(f"built {args.records} records in {time.perf_counter() - t:.1f} s")
        key = keys[len(keys) // 2]
        L = ["--library", str(lib)]
        cold = wall([citekit, "list", *L], 1)
        rows = [
            ("show KEY", wall([citekit, "show", key, *L], args.runs),
             "cat FILE", wall(["cat", str(lib / f"{key}.yaml")], args.runs), 0.150),
            ("list (index cold: first run)", cold, None, None, None),
            ("list", wall([citekit, "list", *L], args.runs), None, None, None),
            ("list QUERY (gaddis 1962)", wall([citekit, "list", "gaddis", "1962", *L], args.runs),
             "grep -rli gaddis", wall(["grep", "-rli", "gaddis", str(lib)], args.runs), 1.0),
        ]
    print(f"\n{'command':32} {'median':>9}  {'target':>7}  peer")
    for name, t, peer, pt, target in rows:
        tgt = f"{target * 1000:.0f} ms" if target else ""
        peer_txt = f"{peer}: {pt * 1000:.0f} ms (citekit/peer {t / pt:.2f}x)" if peer else ""
        print(f"{name:32} {t * 1000:7.0f} ms  {tgt:>7}  {peer_txt}")


if __name__ == "__main__":
    main()
