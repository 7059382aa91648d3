"""Fetching and judging against a real local server."""

from __future__ import annotations

import time

from citekit.links.http import USER_AGENT, Fetcher, backoff_delay, Options, retry_after
from citekit.links.verdict import BROKEN, OK, REDIRECTED, UNVERIFIABLE, judge

TITLE = "Telegram from Moscow to Washington on the Cuban Crisis"


def run(url, opts, title=TITLE, **kw):
    f = Fetcher(opts).fetch(url, **kw)
    return f, judge(f, title)


def test_ok_page_sends_user_agent(server, opts):
    f, v = run(server + "/ok", opts)
    assert (f.status, v.outcome) == (200, OK)
    assert f.attempts == 1
    assert server.state.agents[-1] == USER_AGENT
    assert USER_AGENT.startswith("citekit/") and USER_AGENT.endswith("(+link checker)")


def test_permanent_chain_is_redirected_with_suggestion(server, opts):
    f, v = run(server + "/moved", opts)
    assert v.outcome == REDIRECTED
    assert v.suggestion == server + "/ok" == f.final_url
    assert [s for s, _ in f.redirects] == [301, 308]


def test_temporary_redirect_is_ok(server, opts):
    f, v = run(server + "/temp", opts)
    assert v.outcome == OK and v.suggestion is None and f.final_url == server + "/ok"


def test_redirect_loop_is_broken(server, opts):
    f, v = run(server + "/loop-a", opts)
    assert (f.error, v.outcome) == ("loop", BROKEN)
    assert "loop" in v.reason


def test_too_many_redirects_is_broken(server, opts):
    opts.max_redirects = 3
    f, v = run(server + "/chain", opts)
    assert (f.error, v.outcome) == ("too-many", BROKEN)
    assert server.state.hits.get("/chain?3") == 1 and "/chain?4" not in server.state.hits


def test_redirect_to_home_page_is_broken(server, opts):
    _, v = run(server + "/to-home", opts)
    assert v.outcome == BROKEN and "home page" in v.reason


def test_404_and_410_are_broken(server, opts):
    for path, code in (("/missing", 404), ("/gone", 410)):
        f, v = run(server + path, opts)
        assert (f.status, v.outcome, f.attempts) == (code, BROKEN, 1)


def test_403_with_cf_mitigated_is_unverifiable(server, opts):
    f, v = run(server + "/cf", opts)
    assert (f.status, v.outcome) == (403, UNVERIFIABLE)
    assert "bot wall" in v.reason


def test_plain_403_is_broken(server, opts):
    _, v = run(server + "/forbidden", opts)
    assert v.outcome == BROKEN


def test_429_honours_retry_after_then_ok(server, opts):
    t0 = time.monotonic()
    f, v = run(server + "/429", opts)
    assert (f.status, v.outcome, f.attempts) == (200, OK, 2)
    assert time.monotonic() - t0 >= 0.9  # waited the Retry-After second


def test_429_after_retries_is_unverifiable(server, opts):
    f, v = run(server + "/429-always", opts)
    assert (f.status, v.outcome, f.attempts) == (429, UNVERIFIABLE, 3)


def test_503_twice_then_ok(server, opts):
    f, v = run(server + "/503", opts)
    assert (f.status, v.outcome, f.attempts) == (200, OK, 3)


def test_503_beyond_retries_is_unverifiable(server, opts):
    opts.retries = 1
    f, v = run(server + "/503", opts)
    assert (f.status, v.outcome, f.attempts) == (503, UNVERIFIABLE, 2)


def test_slow_response_times_out_after_retries(server, opts):
    opts.retries = 1
    t0 = time.monotonic()
    f, v = run(server + "/slow", opts)
    assert (f.error, v.outcome, f.attempts) == ("timeout", UNVERIFIABLE, 2)
    assert "timed out" in v.reason
    assert time.monotonic() - t0 < 2.5


def test_dripping_body_stops_at_deadline(server, opts):
    opts.deadline = 1.0
    t0 = time.monotonic()
    f, v = run(server + "/drip", opts)
    assert f.error == "deadline" and v.outcome == UNVERIFIABLE
    assert time.monotonic() - t0 < 2.0


def test_huge_body_read_is_capped(server, opts):
    f, v = run(server + "/huge", opts, title="Telegram from Moscow")
    assert f.status == 200 and v.outcome == OK
    assert f.bytes_read <= opts.max_bytes == 64 * 1024
    time.sleep(0.3)  # let the server notice the closed socket
    assert server.state.sent < 20 * 1024 * 1024  # far from the 100 MB offered


def test_connection_reset_is_retried_then_unverifiable(server, opts):
    f, v = run(server + "/reset", opts)
    assert f.error in ("reset", "connection") and v.outcome == UNVERIFIABLE
    assert f.attempts == 3 and server.state.hits["/reset"] == 3


def test_invalid_host_is_broken_without_retry(opts):
    f, v = run("http://no-such-archive.invalid/doc/1", opts)
    assert (f.error, v.outcome, f.attempts) == ("dns", BROKEN, 1)


def test_refused_connection_is_broken(refused_url, opts):
    f, v = run(refused_url, opts)
    assert (f.error, v.outcome) == ("refused", BROKEN)


def test_soft_404_by_title_and_by_heading(server, opts):
    for path in ("/soft404", "/soft404-h1"):
        _, v = run(server + path, opts)
        assert v.outcome == BROKEN and "soft 404" in v.reason, path


def test_wrong_document_is_broken(server, opts):
    _, v = run(server + "/wrong", opts)
    assert v.outcome == BROKEN and "wrong document" in v.reason


def test_no_record_title_skips_document_match(server, opts):
    _, v = run(server + "/wrong", opts, title=None)
    assert v.outcome == OK


def test_non_html_is_not_title_checked(server, opts):
    _, v = run(server + "/pdf", opts)
    assert v.outcome == OK


def test_head_where_enough_falls_back_to_get(server, opts):
    f, v = run(server + "/ok", opts, need_body=False)
    assert v.outcome == OK and server.state.methods == [("HEAD", "/ok")]
    f, v = run(server + "/head405", opts, need_body=False)
    assert v.outcome == OK and f.method == "GET"
    assert [m for m, p in server.state.methods if p == "/head405"] == ["HEAD", "GET"]


def test_only_http_and_https(opts):
    f, v = run("ftp://example.org/file", opts)
    assert f.error == "scheme" and v.outcome == BROKEN and f.attempts == 0


def test_accept_codes(server, opts):
    f = Fetcher(opts).fetch(server + "/forbidden")
    assert judge(f, None, accept=frozenset({403})).outcome == OK


def test_retry_after_forms():
    assert retry_after("7") == 7.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412490.0) == 0.0
    assert retry_after("soon") is None and retry_after(None) is None


def test_backoff_grows_with_jitter_and_cap():
    o = Options(backoff=1.0, backoff_max=4.0)
    for attempt, nominal in ((0, 1.0), (1, 2.0), (2, 4.0), (5, 4.0)):
        d = backoff_delay(attempt, o)
        assert 0.5 * nominal <= d <= 1.5 * nominal


def test_record_titled_not_found_is_not_a_soft_404(server, opts):
    _, v = run(server + "/soft404", opts, title="Page Not Found: a National Archive story")
    assert v.outcome == OK


def test_tls_error_is_broken(server, opts):
    f, v = run(server.replace("http://", "https://") + "/ok", opts)  # TLS to a plain server
    assert (f.error, v.outcome, f.attempts) == ("tls", BROKEN, 1)


def test_unusable_redirect_targets_are_broken(server, opts):
    for path, kind in (("/bad-location", "protocol"), ("/to-ftp", "scheme")):
        f, v = run(server + path, opts)
        assert (f.error, v.outcome) == (kind, BROKEN), path


def test_retry_after_http_date_is_honoured(server, opts):
    t0 = time.monotonic()
    f, v = run(server + "/503-date", opts)
    assert (f.status, v.outcome, f.attempts) == (200, OK, 2)
    assert time.monotonic() - t0 >= 0.9  # HTTP-dates have whole seconds: 1 to 2 s ahead


def test_retry_after_too_long_gives_up_at_once(server, opts):
    t0 = time.monotonic()
    f, v = run(server + "/429-long", opts)
    assert (f.status, v.outcome, f.attempts) == (429, UNVERIFIABLE, 1)
    assert "too long" in f.detail and time.monotonic() - t0 < 1.0


def test_reading_stops_once_title_and_heading_are_in(server, opts):
    f, v = run(server + "/huge-h1", opts, title="Telegram from Moscow")
    assert v.outcome == OK and 0 < f.bytes_read <= 16 * 1024


def test_non_html_body_is_not_read(server, opts):
    f, v = run(server + "/huge-pdf", opts)
    assert v.outcome == OK and f.bytes_read == 0
