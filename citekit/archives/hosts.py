"""Known archive hosts: canonical forms of legacy, mirror and staging addresses.

One table for the readers (a URL as cited becomes its canonical form) and the link checker
(which suggests the fix)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

WILSON = "digitalarchive.wilsoncenter.org"

# host alias -> canonical host; the path is kept as is
HOST_ALIASES: dict[str, str] = {
    "wilson-center-digital-archive.dvincitest.com": WILSON,
    "www.digitalarchive.wilsoncenter.org": WILSON,
    "nsarchive2.gwu.edu": "nsarchive.gwu.edu",
    "www.nsarchive.gwu.edu": "nsarchive.gwu.edu",
    "www.nsarchive2.gwu.edu": "nsarchive.gwu.edu",
    "www2.gwu.edu": "nsarchive.gwu.edu",  # old /~nsarchive/ pages, path fixed below
    "www.history.state.gov": "history.state.gov",
}

# Hosts treated as archives: gentle per-host concurrency applies to them.
ARCHIVE_HOSTS: frozenset[str] = frozenset(
    {WILSON, "nsarchive.gwu.edu", "history.state.gov", "www.wilsoncenter.org",
     "www.cia.gov", "www.archives.gov", "catalog.archives.gov", "web.archive.org"}
    | set(HOST_ALIASES)
)

# Wilson Center documents: /document/<n>, /document/<n>/<slug>, ?id=<n> and the old
# www.wilsoncenter.org/digital-archive paths all name document <n>.
_WILSON_DOC = re.compile(r"^/(?:digital-archive/)?(?:document|documents?/show)/(\d+)(?:[/.][^?#]*)?/?$")
_WILSON_OLD_QUERY = re.compile(r"(?:^|&)(?:doc_?id|id)=(\d+)(?:&|$)")


def _wilson(host: str, path: str, query: str) -> str | None:
    if host not in (WILSON, "www.wilsoncenter.org"):
        return None
    m = _WILSON_DOC.match(path)
    if m and (host == WILSON or path.startswith("/digital-archive/")):
        return f"https://{WILSON}/document/{m.group(1)}"
    if host == "www.wilsoncenter.org" and path.startswith("/digital-archive"):
        q = _WILSON_OLD_QUERY.search(query)
        if q:
            return f"https://{WILSON}/document/{q.group(1)}"
        return None
    if host == WILSON and path.startswith("/srv/"):  # old CFM-era paths: /srv/.../?id=<n>
        q = _WILSON_OLD_QUERY.search(query)
        if q:
            return f"https://{WILSON}/document/{q.group(1)}"
    return None


def suggested_url(url: str) -> str | None:
    """The canonical address of a known archive link, or None when it is already canonical
    or the host is not known."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").lower().rstrip(".")
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    host = HOST_ALIASES.get(host, host)
    path, query = parts.path or "/", parts.query
    if parts.hostname and parts.hostname.lower() == "www2.gwu.edu":
        if not path.startswith("/~nsarchive"):
            return None
        path = path[len("/~nsarchive"):] or "/"
    fixed = _wilson(host, path, query)
    if fixed is None:
        if host not in set(HOST_ALIASES.values()):
            return None
        fixed = urlunsplit(("https", host, path, query, parts.fragment))
    return None if fixed == url.strip() else fixed


def is_archive_host(host: str) -> bool:
    return host.lower().rstrip(".") in ARCHIVE_HOSTS


_TRAILING = ".,;:)>]}'\"”’"


def clean_url(url: str) -> str:
    """Strip angle brackets, whitespace and sentence punctuation stuck to a URL."""
    url = url.strip().strip("<>").strip()
    while url and url[-1] in _TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


_SCHEME_RE = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)


_WILSON_FAST = re.compile(  # the common case, without urlsplit
    r"^(?:https?://)?(?:www\.)?(?:wilson-center-digital-archive\.dvincitest\.com"
    r"|digitalarchive\.wilsoncenter\.org)/document/(\d+)/?$", re.I)


def canonical_url(url: str) -> str:
    """`url` as cited (brackets, trailing punctuation, no scheme) in its canonical form."""
    url = clean_url(url)
    fast = _WILSON_FAST.match(url)
    if fast:
        return f"https://{WILSON}/document/{fast.group(1)}"
    if url and not _SCHEME_RE.match(url):
        url = "https://" + url
    return suggested_url(url) or url
