"""A local archive stand-in: a ThreadingHTTPServer on 127.0.0.1 with one route per behaviour."""

from __future__ import annotations

import email.utils
import json
import socket
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from citekit.links.http import Options

HOME = b"<html><head><title>Archive home</title></head><body>Welcome</body></html>"


def page(title: str, h1: str = "", size: int = 0) -> bytes:
    body = f"<html><head><title>{title}</title></head><body><h1>{h1}</h1>"
    return (body + "x" * size + "</body></html>").encode()


class State:
    def __init__(self):
        self.lock = threading.Lock()
        self.hits: dict[str, int] = {}
        self.methods: list[tuple[str, str]] = []
        self.agents: list[str] = []
        self.sent = 0  # body bytes written by the huge route
        self.active = 0
        self.max_active = 0

    def hit(self, path: str) -> int:
        with self.lock:
            self.hits[path] = self.hits.get(path, 0) + 1
            return self.hits[path]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    state: State

    def log_message(self, *args):  # quiet test output
        pass

    def send(self, status: int, body: bytes = b"", headers: dict | None = None,
             ctype: str = "text/html; charset=utf-8"):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        st = self.state
        st.methods.append((self.command, self.path))
        st.agents.append(self.headers.get("User-Agent", ""))
        n = st.hit(self.path)
        path = self.path.split("?")[0]
        route = ROUTES.get(path)
        if route is None:
            return self.send(404, page("Not here"))
        route(self, n)


def r_ok(h, n):
    h.send(200, page("Telegram from Moscow to Washington on the Cuban crisis"))


def r_home(h, n):
    h.send(200, HOME)


def r_moved(h, n):
    h.send(301, headers={"Location": "/moved2"})


def r_moved2(h, n):
    h.send(308, headers={"Location": "/ok"})


def r_temp(h, n):
    h.send(302, headers={"Location": "/ok"})


def r_to_home(h, n):
    h.send(301, headers={"Location": "/"})


def r_loop_a(h, n):
    h.send(302, headers={"Location": "/loop-b"})


def r_loop_b(h, n):
    h.send(302, headers={"Location": "/loop-a"})


def r_chain(h, n):
    i = int(h.path.split("?")[1]) if "?" in h.path else 0
    h.send(302, headers={"Location": f"/chain?{i + 1}"})


def r_bad_location(h, n):
    h.send(302, headers={"Location": "http://[::1/broken"})


def r_to_ftp(h, n):
    h.send(301, headers={"Location": "ftp://example.org/file"})


def r_gone(h, n):
    h.send(410, page("Gone"))


def r_cf(h, n):
    h.send(403, b"<html><title>Just a moment...</title></html>", {"cf-mitigated": "challenge",
                                                                  "Server": "cloudflare"})


def r_forbidden(h, n):
    h.send(403, page("Forbidden"))


def r_429(h, n):
    if n == 1:
        return h.send(429, b"slow down", {"Retry-After": "1"})
    r_ok(h, n)


def r_429_always(h, n):
    h.send(429, b"slow down", {"Retry-After": "0"})


def r_429_long(h, n):
    h.send(429, b"come back tomorrow", {"Retry-After": "86400"})


def r_503_date(h, n):
    if n == 1:
        when = email.utils.formatdate(time.time() + 2, usegmt=True)
        return h.send(503, b"maintenance", {"Retry-After": when})
    r_ok(h, n)


def r_503(h, n):
    if n <= 2:
        return h.send(503, b"busy")
    r_ok(h, n)


def r_slow(h, n):
    time.sleep(2.0)
    r_ok(h, n)


def r_drip(h, n):
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", "100000")
    h.end_headers()
    try:
        for _ in range(100000):
            h.wfile.write(b"x")
            h.wfile.flush()
            time.sleep(0.05)
    except OSError:
        pass


def r_huge(h, n, head=b"<html><head><title>Telegram from Moscow</title></head>"):
    size = 100 * 1024 * 1024
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", str(size))
    h.end_headers()
    chunk = head + b"x" * 65000
    sent = 0
    try:
        while sent < size:
            part = chunk[: size - sent]
            h.wfile.write(part)
            sent += len(part)
            with h.state.lock:
                h.state.sent += len(part)
    except OSError:
        pass


def r_huge_h1(h, n):
    r_huge(h, n, b"<html><head><title>Telegram from Moscow</title></head><h1>Telegram</h1>")


def r_huge_pdf(h, n):
    h.send_response(200)
    h.send_header("Content-Type", "application/pdf")
    h.send_header("Content-Length", str(100 * 1024 * 1024))
    h.end_headers()
    try:
        for _ in range(1600):
            h.wfile.write(b"%" * 65536)
    except OSError:
        pass


def r_reset(h, n):
    # SO_LINGER 0 makes close() send a RST instead of a FIN
    h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    h.connection.close()
    h.close_connection = True


def r_soft404(h, n):
    h.send(200, page("Page not found | National Archive", "Sorry"))


def r_soft404_h1(h, n):
    h.send(200, page("National Archive", "404 - Page Not Found"))


def r_wrong(h, n):
    h.send(200, page("Minutes of the Politburo meeting on agricultural quotas, 1962"))


def r_head405(h, n):
    if h.command == "HEAD":
        return h.send(405)
    r_ok(h, n)


def r_pdf(h, n):
    h.send(200, b"%PDF-1.4 binary", ctype="application/pdf")


def r_busy(h, n):
    st = h.state
    with st.lock:
        st.active += 1
        st.max_active = max(st.max_active, st.active)
    try:
        time.sleep(0.15)
    finally:
        with st.lock:  # before the reply: once it is sent the client may start the next request, and a loaded
            st.active -= 1  # machine could run that one's handler before this one got here
    r_ok(h, n)


ROUTES = {
    "/": r_home, "/ok": r_ok, "/moved": r_moved, "/moved2": r_moved2, "/temp": r_temp,
    "/to-home": r_to_home, "/loop-a": r_loop_a, "/loop-b": r_loop_b, "/chain": r_chain,
    "/bad-location": r_bad_location, "/to-ftp": r_to_ftp,
    "/gone": r_gone, "/cf": r_cf, "/forbidden": r_forbidden, "/429": r_429,
    "/429-always": r_429_always,
    "/429-long": r_429_long, "/503-date": r_503_date, "/503": r_503, "/slow": r_slow, "/drip": r_drip,
    "/huge": r_huge,
    "/huge-h1": r_huge_h1, "/huge-pdf": r_huge_pdf, "/reset": r_reset, "/soft404": r_soft404, "/soft404-h1": r_soft404_h1,
    "/wrong": r_wrong, "/head405": r_head405, "/pdf": r_pdf, "/busy": r_busy,
}


@pytest.fixture
def server():
    """Base URL of a fresh server; `.state` holds its counters."""
    state = State()
    handler = type("H", (Handler,), {"state": state})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()

    class Server(str):
        pass

    base = Server(f"http://127.0.0.1:{httpd.server_address[1]}")
    base.state = state
    yield base
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def opts():
    """Small timeouts and backoff so the whole suite stays fast."""
    return Options(timeout=0.5, deadline=4.0, retries=2, backoff=0.02, backoff_max=0.1,
                   retry_after_max=5.0)


@pytest.fixture
def refused_url():
    """A 127.0.0.1 port with nothing listening."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return f"http://127.0.0.1:{port}/x"


@pytest.fixture
def wayback(monkeypatch):
    """A Wayback availability API stand-in; yields the (path, query) of each call."""
    seen = []

    class H(BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_GET(self):
            q = parse_qs(urlsplit(self.path).query)
            seen.append((urlsplit(self.path).path, q))
            url = q["url"][0]
            snap = {} if "none" in url else {"closest": {
                "available": True, "status": "200", "timestamp": "20200102000000",
                "url": f"http://web.archive.org/web/20200102000000/{url}"}}
            body = json.dumps({"url": url, "archived_snapshots": snap}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), H)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    monkeypatch.setenv("CITEKIT_WAYBACK_URL", f"http://127.0.0.1:{httpd.server_address[1]}")
    yield seen
    httpd.shutdown()
    httpd.server_close()
