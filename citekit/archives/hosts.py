"""Canonical URLs for online archives: mirrors and legacy addresses rewritten to one form."""

from __future__ import annotations

import re

WILSON = "https://digitalarchive.wilsoncenter.org/document/{}"

# (pattern on the URL, template for the canonical form using the first group)
_RULES = (
    (re.compile(r"^(?:https?://)?(?:www\.)?wilson-center-digital-archive\.dvincitest\.com"
                r"/document/(\d+)", re.I), WILSON),
    (re.compile(r"^(?:https?://)?(?:www\.)?digitalarchive\.wilsoncenter\.org"
                r"/(?:document|documents?/show)/(\d+)", re.I), WILSON),
    (re.compile(r"^(?:https?://)?(?:www\.)?history\.state\.gov/historicaldocuments/"
                r"(frus[\w-]+/[\w-]+)", re.I), "https://history.state.gov/historicaldocuments/{}"),
    (re.compile(r"^(?:https?://)?(?:www\.)?nsarchive2?\.gwu\.edu/(.+?)/*$", re.I),
     "https://nsarchive.gwu.edu/{}"),
)
_WILSON_FAST = re.compile(
    r"^(?:https?://)?(?:www\.)?(?:wilson-center-digital-archive\.dvincitest\.com"
    r"|digitalarchive\.wilsoncenter\.org)/document/(\d+)", re.I)
_SCHEME_RE = re.compile(r"https?://", re.I)
_TRAILING = ".,;:)>]}'\"”’"


def clean_url(url: str) -> str:
    """Strip angle brackets, whitespace and sentence punctuation stuck to a URL."""
    url = url.strip().strip("<>").strip()
    while url and url[-1] in _TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def canonical_url(url: str) -> str:
    """The canonical form of `url` (https, main host, no tracking tail); unchanged if unknown."""
    url = clean_url(url)
    m = _WILSON_FAST.search(url)
    if m:  # the common case, without trying every rule
        return WILSON.format(m.group(1))
    scheme = _SCHEME_RE.match(url)
    url = url[scheme.end():] if scheme else url
    url = (scheme.group(0).lower() if scheme else "https://") + url
    for rule, template in _RULES:
        m = rule.match(url)
        if m:
            return template.format(m.group(1))
    if url.startswith("http://") and "wilsoncenter.org" in url:
        return "https://" + url[7:]
    return url
