"""Turning a fetch into an outcome: ok, redirected, broken or unverifiable, with a reason."""

from __future__ import annotations

import codecs
import difflib
import html
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

from .http import Fetch, is_html

OK, REDIRECTED, BROKEN, UNVERIFIABLE = "ok", "redirected", "broken", "unverifiable"
OUTCOMES = (OK, REDIRECTED, BROKEN, UNVERIFIABLE)

_ERRORS = {  # fetch error kind -> (outcome, reason)
    "dns": (BROKEN, "host name does not resolve"),
    "refused": (BROKEN, "connection refused"),
    "tls": (BROKEN, "TLS error"),
    "loop": (BROKEN, "redirect loop"),
    "too-many": (BROKEN, "too many redirects"),
    "scheme": (BROKEN, "not an http(s) link"),
    "protocol": (BROKEN, "unusable HTTP response"),
    "reset": (UNVERIFIABLE, "connection reset"),
    "connection": (UNVERIFIABLE, "connection failed"),
    "timeout": (UNVERIFIABLE, "timed out"),
    "deadline": (UNVERIFIABLE, "timed out"),
}

_NOT_FOUND = re.compile(  # "404" alone would flag real documents such as "FRUS, Document 404"
    r"^\W*404\b|\b(?:error|http)\W*404\b|\b404\W*(?:error|not\s+found|page)\b|"
    r"\b(?:page|file|document|resource|item|record)?\s*not\s+found\b|"
    r"\bno\s+longer\s+(?:available|exists)\b|\b(?:cannot|could\s+not)\s+be\s+found\b",
    re.I)
_BOT_WALL = re.compile(
    r"cf-chl|challenge-platform|just a moment\.\.\.|attention required|checking your browser|"
    r"captcha|access denied|cf-browser-verification|ddos-guard|perimeterx|incapsula", re.I)
_TITLE = re.compile(rb"<title[^>]*>(.*?)</title\s*>", re.I | re.S)
_H1 = re.compile(rb"<h1[^>]*>(.*?)</h1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"\w+")
_STOP = frozenset("a an and the of to in on for from by with at as de la le les des du et".split())


@dataclass
class Verdict:
    outcome: str
    reason: str
    suggestion: str | None = None


def _text(raw: bytes, charset: str) -> str:
    text = raw.decode(charset, "replace") if charset else raw.decode("utf-8", "replace")
    return " ".join(html.unescape(_TAG.sub(" ", text)).split())


def _charset(headers: dict[str, str]) -> str:
    m = re.search(r"charset=[\"']?([\w-]+)", headers.get("content-type", ""), re.I)
    if not m:
        return "utf-8"
    try:
        return codecs.lookup(m.group(1)).name
    except LookupError:
        return "utf-8"


def page_title(body: bytes, headers: dict[str, str] | None = None) -> str | None:
    m = _TITLE.search(body)
    return (_text(m.group(1), _charset(headers or {})) or None) if m else None


def page_h1(body: bytes, headers: dict[str, str] | None = None) -> str | None:
    m = _H1.search(body)
    return (_text(m.group(1), _charset(headers or {})) or None) if m else None


def _words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return [w for w in _WORD.findall(folded) if w not in _STOP]


def title_similarity(record_title: str, page: str) -> float:
    """0..1: how well a page title matches a record title. Page titles often add or drop a
    site name, so the share of the shorter title's words found in the other counts, as does
    the plain sequence ratio; the better of both wins."""
    a, b = _words(record_title), _words(page)
    if not a or not b:
        return 0.0
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    overlap = sum(1 for w in shorter if w in set(longer)) / len(shorter)
    ratio = difflib.SequenceMatcher(None, " ".join(a), " ".join(b)).ratio()
    return max(overlap, ratio)


def is_bot_wall(f: Fetch) -> bool:
    if "cf-mitigated" in f.headers:
        return True
    if f.headers.get("server", "").lower() == "cloudflare" and f.status in (403, 503):
        return True
    return bool(_BOT_WALL.search(f.body[:16384].decode("utf-8", "replace")))


def _is_site_name(title: str, url: str) -> bool:
    """A title made only of the host's own words ("Wilson Center Digital Archive" on
    digitalarchive.wilsoncenter.org) names the site, not the document: no evidence either way."""
    host = re.sub(r"[^a-z0-9]", "", (urlsplit(url).hostname or "").lower())
    words = _words(title)
    return bool(words) and all(w in host for w in words)


def _is_home(url: str, original: str) -> bool:
    final, orig = urlsplit(url), urlsplit(original)
    return final.path in ("", "/") and not final.query and orig.path not in ("", "/")


def judge(f: Fetch, record_title: str | None = None, *, accept: frozenset[int] = frozenset(),
          min_similarity: float = 0.5) -> Verdict:
    """The verdict for one fetch; `accept` lists extra statuses taken as ok."""
    if f.error:
        outcome, reason = _ERRORS.get(f.error, (UNVERIFIABLE, f.error))
        if f.error in ("timeout", "deadline", "reset", "connection") and f.attempts > 1:
            reason += f" after {f.attempts} attempts"
        return Verdict(outcome, f"{reason}: {f.detail}" if f.detail else reason)
    status = f.status or 0
    if status in accept:
        return Verdict(OK, f"HTTP {status} (accepted)")
    if status in (404, 410):
        return Verdict(BROKEN, f"HTTP {status}")
    if status in (401, 403):
        if is_bot_wall(f):
            return Verdict(UNVERIFIABLE, f"HTTP {status}: bot wall in the way")
        return Verdict(BROKEN if status == 403 else UNVERIFIABLE, f"HTTP {status}")
    if status == 429:
        return Verdict(UNVERIFIABLE, f"HTTP 429 too many requests after {f.attempts} attempts")
    if status >= 500 or status == 408:
        if is_bot_wall(f):
            return Verdict(UNVERIFIABLE, f"HTTP {status}: bot wall in the way")
        return Verdict(UNVERIFIABLE, f"HTTP {status} after {f.attempts} attempts")
    if status >= 400:
        return Verdict(BROKEN, f"HTTP {status}")
    if status in (301, 302, 303, 307, 308):
        return Verdict(BROKEN, f"HTTP {status} without a Location")
    if not 200 <= status < 300:
        return Verdict(UNVERIFIABLE, f"unexpected HTTP {status}")
    if f.redirects and _is_home(f.final_url, f.url):
        return Verdict(BROKEN, f"redirected to the site home page {f.final_url}")
    if f.method == "GET" and is_html(f.headers):
        title = page_title(f.body, f.headers)
        heading = page_h1(f.body, f.headers)
        cited_404 = bool(record_title and _NOT_FOUND.search(record_title))
        for label, text in (("title", title), ("heading", heading)):
            if text and not cited_404 and _NOT_FOUND.search(text):
                return Verdict(BROKEN, f"soft 404: page {label} says {text[:80]!r}")
        if record_title and title and not _is_site_name(title, f.final_url):
            best = max(title_similarity(record_title, t) for t in (title, heading) if t)
            if best < min_similarity:
                return Verdict(BROKEN, f"wrong document: page title {title[:80]!r} "
                                       f"does not match the record title")
    if f.redirects and f.permanent:
        return Verdict(REDIRECTED, f"moved permanently to {f.final_url}", f.final_url)
    if f.redirects:
        return Verdict(OK, f"HTTP {status} after temporary redirect")
    return Verdict(OK, f"HTTP {status}")
