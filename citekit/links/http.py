"""Fetching a link politely: capped streaming reads, manual redirects, retries with backoff.

Every request goes through a `gate(host)` context manager supplied by the caller, so per-host
concurrency and spacing hold for each hop of a redirect chain, not only for the first host.
"""

from __future__ import annotations

import contextlib
import email.utils
import http.client
import random
import socket
import ssl
import time
from dataclasses import dataclass, field
from typing import Callable, ContextManager
from urllib.parse import urljoin, urlsplit

import requests

from .urls import is_http

REDIRECTS = (301, 302, 303, 307, 308)
PERMANENT = (301, 308)
RETRY_STATUS = frozenset({408, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524})


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("citekit")
    except Exception:  # running from a source tree that is not installed
        return "0.1.0"


USER_AGENT = f"citekit/{_version()} (+link checker)"


@dataclass
class Options:
    timeout: float = 10.0  # seconds per connect and per read
    deadline: float = 60.0  # seconds for one URL, retries and redirects included
    retries: int = 2  # further attempts after the first, per hop
    backoff: float = 0.5  # first backoff in seconds, doubled each retry, with jitter
    backoff_max: float = 30.0
    retry_after_max: float = 120.0  # a longer Retry-After gives up instead of waiting
    max_redirects: int = 10
    max_bytes: int = 64 * 1024
    user_agent: str = USER_AGENT


@dataclass
class Fetch:
    """What fetching one URL gave: a final response, or an error kind."""

    url: str
    final_url: str
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    redirects: list[tuple[int, str]] = field(default_factory=list)  # (status, target)
    error: str | None = None  # dns, refused, tls, timeout, reset, connection, loop, too-many,
    #                           deadline, scheme, protocol
    detail: str = ""
    attempts: int = 0
    elapsed_ms: int = 0
    bytes_read: int = 0
    method: str = "GET"

    @property
    def permanent(self) -> bool:
        """True when every redirect of the chain was permanent."""
        return bool(self.redirects) and all(s in PERMANENT for s, _ in self.redirects)


def _no_gate(host: str) -> ContextManager[None]:
    return contextlib.nullcontext()


class _Deadline(Exception):
    pass


class _Clock:
    """Time spent on one URL, counted from its first request: waiting for a free slot on a
    busy host is not the link's fault and must not eat its deadline."""

    def __init__(self) -> None:
        self.started: float | None = None

    def start(self) -> None:
        if self.started is None:
            self.started = time.monotonic()

    def elapsed(self) -> float:
        return 0.0 if self.started is None else time.monotonic() - self.started


def classify(exc: BaseException) -> str:
    """An error kind for a requests exception, from the exception and its causes."""
    if isinstance(exc, requests.exceptions.SSLError):
        return "tls"
    if isinstance(exc, requests.exceptions.Timeout):
        return "timeout"
    seen: set[int] = set()
    stack: list[BaseException] = [exc]
    while stack:
        e = stack.pop()
        if id(e) in seen:
            continue
        seen.add(id(e))
        name = type(e).__name__
        if isinstance(e, socket.gaierror) or name == "NameResolutionError":
            return "dns"
        if isinstance(e, ssl.SSLError):
            return "tls"
        if isinstance(e, ConnectionRefusedError):
            return "refused"
        if isinstance(e, ConnectionResetError) or name == "ProtocolError" and "reset" in str(e):
            return "reset"
        if isinstance(e, (socket.timeout, TimeoutError)) or "timed out" in str(e).lower():
            return "timeout"
        stack.extend(x for x in (e.__cause__, e.__context__) if x is not None)
        stack.extend(a for a in getattr(e, "args", ()) if isinstance(a, BaseException))
        reason = getattr(e, "reason", None)
        if isinstance(reason, BaseException):
            stack.append(reason)
    if isinstance(exc, requests.exceptions.ChunkedEncodingError):
        return "reset"
    return "connection"


RETRY_ERRORS = frozenset({"timeout", "reset", "connection", "refused"})


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delay-seconds or an HTTP-date."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():  # '¹'.isdigit() is True too
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def backoff_delay(attempt: int, opts: Options) -> float:
    """Exponential backoff, capped, with +-50 % jitter so clients do not retry in step."""
    nominal = min(opts.backoff_max, opts.backoff * (2 ** attempt))
    return nominal * random.uniform(0.5, 1.5)


class Fetcher:
    """Fetches URLs with one Options; `gate(host)` wraps every single request."""

    def __init__(self, opts: Options | None = None,
                 gate: Callable[[str], ContextManager[None]] = _no_gate,
                 sleep: Callable[[float], None] = time.sleep):
        self.opts = opts or Options()
        self.gate = gate
        self.sleep = sleep

    def fetch(self, url: str, *, need_body: bool = True) -> Fetch:
        """Follow `url` to its final response. With need_body=False a HEAD is tried first and a
        GET only when the server refuses or errs on HEAD."""
        clock = _Clock()
        result = Fetch(url=url, final_url=url)
        if not is_http(url):
            result.error, result.detail = "scheme", "only http and https links are checked"
            return result
        session = requests.Session()
        session.headers["User-Agent"] = self.opts.user_agent
        session.headers["Accept"] = "text/html,application/xhtml+xml,*/*;q=0.8"
        try:
            self._follow(session, result, clock, need_body)
        except _Deadline:
            result.error = "deadline"
            result.detail = f"gave up after {self.opts.deadline:g} s"
        finally:
            session.close()
            result.elapsed_ms = int(clock.elapsed() * 1000)
        return result

    def _follow(self, session: requests.Session, result: Fetch, clock: _Clock,
                need_body: bool) -> None:
        url, seen = result.url, {result.url}
        method = "GET" if need_body else "HEAD"
        while True:
            self._hop(session, result, url, method, clock)
            if result.error or result.status not in REDIRECTS:
                return
            location = result.headers.get("location")
            if not location:
                return
            try:
                target = urljoin(url, location.strip())
            except ValueError:
                result.error, result.detail = "scheme", f"unusable Location {location[:80]!r}"
                return
            result.redirects.append((result.status, target))
            if not is_http(target):
                result.error, result.detail = "scheme", f"redirect to non-http {target}"
                return
            if target in seen:
                result.error, result.detail = "loop", f"redirect loop back to {target}"
                return
            if len(result.redirects) > self.opts.max_redirects:
                result.error = "too-many"
                result.detail = f"more than {self.opts.max_redirects} redirects"
                return
            seen.add(target)
            url = result.final_url = target

    def _hop(self, session: requests.Session, result: Fetch, url: str, method: str,
             clock: _Clock) -> None:
        """One URL, retried; a refused or failed HEAD falls back to GET."""
        attempt = 0
        while True:
            result.attempts += 1
            result.method = method
            wait = None
            try:
                self._request(session, result, url, method, clock)
            except _Deadline:
                raise
            except requests.RequestException as exc:
                kind = classify(exc)
                result.status, result.headers, result.body = None, {}, b""
                result.error, result.detail = kind, _short(exc)
                if kind not in RETRY_ERRORS:
                    return
            except (ValueError, http.client.HTTPException) as exc:  # e.g. a malformed Location
                result.status, result.headers, result.body = None, {}, b""
                result.error, result.detail = "protocol", _short(exc)
                return
            else:
                result.error, result.detail = None, ""
                if method == "HEAD" and result.status and result.status >= 400 \
                        and result.status not in (429,):
                    method = "GET"  # many servers answer HEAD wrongly; ask properly
                    continue
                if result.status not in RETRY_STATUS:
                    return
                wait = retry_after(result.headers.get("retry-after"))
                if wait is not None and wait > self.opts.retry_after_max:
                    result.detail = f"Retry-After {wait:g} s is too long to wait"
                    return
            if attempt >= self.opts.retries:
                return
            delay = wait if wait is not None else backoff_delay(attempt, self.opts)
            if clock.elapsed() + delay > self.opts.deadline:
                return  # the last answer stands; waiting would pass the deadline
            self.sleep(delay)
            attempt += 1

    def _request(self, session: requests.Session, result: Fetch, url: str, method: str,
                 clock: _Clock) -> None:
        host = (urlsplit(url).hostname or "").lower()
        with self.gate(host):
            clock.start()
            remaining = self.opts.deadline - clock.elapsed()
            if remaining <= 0:
                raise _Deadline
            timeout = min(self.opts.timeout, remaining)
            resp = session.request(method, url, allow_redirects=False, stream=True,
                                   timeout=(timeout, timeout))
            try:
                result.status = resp.status_code
                result.headers = {k.lower(): v for k, v in resp.headers.items()}
                result.final_url = url
                result.body = b""
                if method == "GET" and resp.status_code not in REDIRECTS \
                        and is_html(result.headers):
                    result.body = self._read(resp, clock)
                    result.bytes_read += len(result.body)
            finally:
                resp.close()  # closes the socket without draining the rest of the body

    def _read(self, resp: requests.Response, clock: _Clock) -> bytes:
        """At most max_bytes of the body, checking the deadline between reads."""
        chunks: list[bytes] = []
        got = 0
        cap = self.opts.max_bytes
        while got < cap:
            if clock.elapsed() > self.opts.deadline:
                raise _Deadline
            try:
                chunk = resp.raw.read1(min(8192, cap - got), decode_content=True)
            except Exception as exc:  # urllib3 errors while reading: treat as a failed request
                raise requests.exceptions.ConnectionError(exc) from exc
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
            if _has_headings(b"".join(chunks)):
                break  # title and first heading are in: the rest is not needed
        return b"".join(chunks)[:cap]


def is_html(headers: dict[str, str]) -> bool:
    """Only HTML bodies are read: titles live there; a PDF or image is judged by status."""
    ctype = headers.get("content-type", "").lower()
    return not ctype or "html" in ctype or "xml" in ctype or ctype.startswith("text/")


def _has_headings(body: bytes) -> bool:
    low = body.lower()
    return b"</title" in low and b"</h1" in low


def _short(exc: BaseException) -> str:
    text = str(exc)
    return text if len(text) <= 200 else text[:197] + "..."


def fetch(url: str, opts: Options | None = None, *, need_body: bool = True) -> Fetch:
    """Fetch one URL with default gating (none)."""
    return Fetcher(opts).fetch(url, need_body=need_body)
