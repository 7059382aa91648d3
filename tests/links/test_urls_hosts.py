"""Collecting record links and canonical archive addresses."""

from __future__ import annotations

import pytest

from citekit.archives.hosts import is_archive_host, suggested_url
from citekit.links.urls import Link, collect, doi_url, is_http, record_links

W = "https://digitalarchive.wilsoncenter.org/document/"


def test_record_url_and_doi_with_key():
    rec = {"id": "k", "URL": " https://a.org/x ", "DOI": "10.1000/ABC(1)"}
    assert record_links(rec) == [Link("k", "https://a.org/x", "URL"),
                                 Link("k", "https://doi.org/10.1000/ABC(1)", "DOI")]


def test_non_http_links_are_skipped():
    rec = {"id": "k", "URL": "ftp://a.org/x", "DOI": "not a doi"}
    assert record_links(rec) == []
    assert record_links({"id": "k", "URL": "file:///etc/passwd"}) == []
    assert not is_http("mailto:a@b.org") and not is_http("http://") and is_http("HTTP://a.b")


def test_doi_forms_and_duplicates():
    assert doi_url("doi:10.1/x") == doi_url("https://dx.doi.org/10.1/x") == "https://doi.org/10.1/x"
    rec = {"id": "k", "URL": "https://doi.org/10.1/x", "DOI": "10.1/x"}
    assert [l.field for l in record_links(rec)] == ["URL"]


def test_collect_keeps_record_order():
    recs = [{"id": "b", "URL": "http://b.org/"}, {"id": "a", "DOI": "10.5/y"}, {"id": "c"}]
    assert [(l.key, l.field) for l in collect(recs)] == [("b", "URL"), ("a", "DOI")]


@pytest.mark.parametrize("url, fixed", [
    ("https://wilson-center-digital-archive.dvincitest.com/document/117076", W + "117076"),
    ("http://digitalarchive.wilsoncenter.org/document/117076", W + "117076"),
    ("https://digitalarchive.wilsoncenter.org/document/117076.pdf", W + "117076"),
    ("https://digitalarchive.wilsoncenter.org/document/117076/telegram-x", W + "117076"),
    ("https://digitalarchive.wilsoncenter.org/srv/wcdig/?id=1185", W + "1185"),
    ("https://www.wilsoncenter.org/digital-archive/document/77", W + "77"),
    ("https://www.wilsoncenter.org/digital-archive?id=5", W + "5"),
    ("https://nsarchive2.gwu.edu/NSAEBB/NSAEBB1/a.htm",
     "https://nsarchive.gwu.edu/NSAEBB/NSAEBB1/a.htm"),
    ("https://www2.gwu.edu/~nsarchive/NSAEBB/b.htm", "https://nsarchive.gwu.edu/NSAEBB/b.htm"),
    ("http://history.state.gov/historicaldocuments/frus1961-63v06/d1",
     "https://history.state.gov/historicaldocuments/frus1961-63v06/d1"),
])
def test_canonical_url(url, fixed):
    assert suggested_url(url) == fixed


@pytest.mark.parametrize("url", [
    W + "117076", "https://nsarchive.gwu.edu/briefing-book/x", "https://example.org/document/1",
    "https://www2.gwu.edu/other/", "https://www.wilsoncenter.org/event/x",
    "ftp://nsarchive2.gwu.edu/",
    "https://history.state.gov/x",
])
def test_already_canonical_or_unknown(url):
    assert suggested_url(url) is None


def test_archive_hosts():
    assert is_archive_host("digitalarchive.wilsoncenter.org")
    assert is_archive_host("NSARCHIVE.gwu.edu.")
    assert not is_archive_host("example.org")


@pytest.mark.parametrize("title, soft", [
    ("404", True), ("404 Not Found", True), ("Error 404 | Wilson Center", True),
    ("Page not found - National Security Archive", True), ("Not Found", True),
    ("This page could not be found", True), ("Document no longer available", True),
    ("Foreign Relations of the United States, 1961-1963, Document 404", False),
    ("Telegram 404 from Moscow", False), ("Cable from the Foundry of Lost Things", False),
])
def test_soft_404_titles(title, soft):
    from citekit.links.verdict import _NOT_FOUND

    assert bool(_NOT_FOUND.search(title)) is soft


def test_generic_site_title_is_not_a_wrong_document():
    from citekit.links.http import Fetch
    from citekit.links.verdict import judge

    def page(url, title):
        return Fetch(url=url, final_url=url, status=200, method="GET",
                     headers={"content-type": "text/html"},
                     body=f"<html><title>{title}</title></html>".encode())

    url = "https://digitalarchive.wilsoncenter.org/document/1"
    cited = "Telegram from Moscow on the Cuban crisis"
    assert judge(page(url, "Wilson Center Digital Archive"), cited).outcome == "ok"
    assert judge(page(url, "Minutes of the Politburo on grain"), cited).outcome == "broken"
    assert judge(page(url, "Telegram from Moscow | Wilson Center"), cited).outcome == "ok"
