"""The URLs a record points at: its URL field and its DOI as a doi.org link."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable
from urllib.parse import quote, urlsplit


@dataclass(frozen=True)
class Link:
    key: str
    url: str
    field: str  # "URL" or "DOI": where in the record the link comes from


def is_http(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def doi_url(doi: str) -> str | None:
    """https://doi.org/<doi> for a bare DOI, a doi: URI or a doi.org link."""
    doi = doi.strip()
    for prefix in ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
                   "http://dx.doi.org/", "doi:"):
        if doi.lower().startswith(prefix):
            doi = doi[len(prefix):]
            break
    if not doi.startswith("10."):
        return None
    return "https://doi.org/" + quote(doi, safe="/:;()._-<>[]")


def record_links(record: dict) -> list[Link]:
    """The http(s) links of one record, URL first, without duplicates."""
    key = str(record.get("id", ""))
    found: list[Link] = []
    url = record.get("URL")
    if isinstance(url, str) and is_http(url.strip()):
        found.append(Link(key, url.strip(), "URL"))
    doi = record.get("DOI")
    if isinstance(doi, str):
        durl = doi_url(doi)
        if durl and all(durl != f.url for f in found):
            found.append(Link(key, durl, "DOI"))
    return found


def collect(records: Iterable[dict]) -> list[Link]:
    """The links of many records, in record order."""
    return [link for record in records for link in record_links(record)]
