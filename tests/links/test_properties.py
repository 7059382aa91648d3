"""Properties of the pure helpers, over generated input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.archives.hosts import HOST_ALIASES, suggested_url
from citekit.links.http import retry_after
from citekit.links.urls import record_links
from citekit.links.verdict import title_similarity

paths = st.text(st.sampled_from("abcxyz019/-_."), max_size=30)


@settings(max_examples=200, deadline=None)
@given(host=st.sampled_from(sorted(HOST_ALIASES) + ["digitalarchive.wilsoncenter.org",
                                                   "www.wilsoncenter.org", "nsarchive.gwu.edu",
                                                   "history.state.gov"]),
       scheme=st.sampled_from(["http", "https"]), path=paths, n=st.integers(1, 10**7))
def test_canonical_url_is_idempotent(host, scheme, path, n):
    for url in (f"{scheme}://{host}/{path}", f"{scheme}://{host}/document/{n}"):
        fixed = suggested_url(url)
        if fixed is not None:
            assert fixed.startswith("https://") and suggested_url(fixed) is None


@given(st.text(max_size=60), st.text(max_size=60))
def test_title_similarity_is_bounded_and_reflexive(a, b):
    assert 0.0 <= title_similarity(a, b) <= 1.0
    if any(ch.isalnum() for ch in a) and title_similarity(a, a) > 0:
        assert title_similarity(a, a) == 1.0


@given(st.text(max_size=40))
def test_retry_after_never_negative_or_raises(value):
    wait = retry_after(value, now=0.0)
    assert wait is None or wait >= 0


@given(st.dictionaries(st.sampled_from(["id", "URL", "DOI", "title"]),
                       st.one_of(st.text(max_size=40), st.integers(), st.none())))
def test_record_links_only_http(record):
    for link in record_links(record):
        assert link.url.lower().startswith(("http://", "https://"))
