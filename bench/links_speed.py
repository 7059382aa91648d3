"""Link checking speed: 1,000 URLs over 20 local hosts answering after 100 ms.

Compares `citekit check` with the bound its per-host and global limits allow, and with
linkinator (npm, installed into bench/.node on first run) on the same URLs, in the same run;
then times a cached re-run.

    python bench/links_speed.py [--urls 1000] [--hosts 20] [--latency 0.1]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from citekit.library import write_atomic
from citekit.recordfile import dumps

HERE = Path(__file__).resolve().parent
LINKINATOR = "linkinator@6.3.0"  # 7+ needs a newer Node than Debian's 20


def serve(host: str, latency: float, listing: str = "") -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            if self.path == "/list.html":
                body = listing.encode()
            else:
                time.sleep(latency)
                n = self.path.rsplit("/", 1)[-1]
                body = f"<html><head><title>Document {n}</title></head><body>ok</body></html>".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_HEAD(self):  # noqa: N802
            time.sleep(latency)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()

        def log_message(self, *args):
            pass

    ThreadingHTTPServer.daemon_threads = True
    server = ThreadingHTTPServer((host, 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def linkinator() -> str | None:
    prefix = HERE / ".node"
    exe = prefix / "node_modules/.bin/linkinator"
    if not exe.exists() and shutil.which("npm"):
        subprocess.run(["npm", "install", "--silent", "--prefix", str(prefix), LINKINATOR],
                       check=False, capture_output=True)
    return str(exe) if exe.exists() else None


def timed(cmd: list[str]) -> tuple[float, subprocess.CompletedProcess]:
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    return time.perf_counter() - t, proc


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--urls", type=int, default=1000)
    ap.add_argument("--hosts", type=int, default=20)
    ap.add_argument("--latency", type=float, default=0.1)
    ap.add_argument("--concurrency", type=int, default=80)
    ap.add_argument("--per-host", type=int, default=4)
    args = ap.parse_args()
    servers = [serve(f"127.0.0.{i + 2}", args.latency) for i in range(args.hosts)]
    urls = [f"http://{s.server_address[0]}:{s.server_address[1]}/document/{n}"
            for n in range(args.urls) for s in [servers[n % args.hosts]]]
    listing = "<html><body>" + "".join(f'<a href="{u}">{u}</a>' for u in urls) + "</body></html>"
    page = serve("127.0.0.1", 0, listing)
    citekit = shutil.which("citekit") or str(Path(sys.executable).parent / "citekit")
    with tempfile.TemporaryDirectory() as tmp:
        lib = Path(tmp) / "records"
        for n, url in enumerate(urls):
            write_atomic(lib / f"doc{n:05d}.yaml",
                         dumps({"id": f"doc{n:05d}", "type": "manuscript", "title": f"Document {n}",
                                "URL": url}))
        base = [citekit, "check", "--library", str(lib), "--format", "json",
                "--concurrency", str(args.concurrency), "--per-host", str(args.per_host)]
        cold, proc = timed([*base, "--no-cache"])
        results = json.loads(proc.stdout or "[]")
        ok = sum(r["outcome"] == "ok" for r in results)
        timed(base)  # fills the cache
        warm, _ = timed(base)
        per_host_bound = (args.urls / args.hosts) / args.per_host * args.latency
        global_bound = args.urls / args.concurrency * args.latency
        bound = max(per_host_bound, global_bound)
        print(f"{args.urls} URLs, {args.hosts} hosts, {args.latency * 1000:.0f} ms latency, "
              f"--concurrency {args.concurrency} --per-host {args.per_host}")
        print(f"  bound set by the limits       {bound:7.2f} s")
        print(f"  citekit check (no cache)      {cold:7.2f} s  ({cold / bound:.2f}x bound; "
              f"{ok}/{len(results)} ok, exit {proc.returncode})")
        print(f"  citekit check (cached re-run) {warm:7.2f} s")
        exe = linkinator()
        if exe:
            lk, lproc = timed([exe, f"http://127.0.0.1:{page.server_address[1]}/list.html",
                               "--concurrency", str(args.concurrency), "--format", "json"])
            try:
                checked = len(json.loads(lproc.stdout)["links"])
            except (ValueError, KeyError):
                checked = "?"
            print(f"  linkinator 6.3.0              {lk:7.2f} s  ({checked} links; no per-host "
                  f"limit; citekit/linkinator {cold / lk:.2f}x)")
        else:
            print("  linkinator: not available (npm missing)")
    for s in [*servers, page]:
        s.shutdown()


if __name__ == "__main__":
    main()
