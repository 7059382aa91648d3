"""Orchestration: concurrency limits, spacing, ordering, sharing and the cache."""

from __future__ import annotations

import json
import time

from citekit.links.cache import LinkCache, cacheable, parse_age
from citekit.links.check import CheckOptions, HostGate, check_links, check_records
from citekit.links.urls import Link

KEYS = ("key", "url", "outcome", "status", "reason", "final_url", "suggestion", "elapsed_ms",
        "attempts")


def recs(server, paths, title="Telegram from Moscow to Washington"):
    return [{"id": f"r{i}", "type": "document", "title": title, "URL": f"{server}{p}"}
            for i, p in enumerate(paths)]


def test_results_in_order_with_all_keys(server, opts):
    res = check_records(recs(server, ["/ok", "/gone", "/moved", "/cf"]), CheckOptions(http=opts))
    assert [r["key"] for r in res] == ["r0", "r1", "r2", "r3"]
    assert [r["outcome"] for r in res] == ["ok", "broken", "redirected", "unverifiable"]
    assert all(tuple(r) == KEYS for r in res)
    assert res[2]["suggestion"] == server + "/ok" and res[2]["final_url"] == server + "/ok"


def test_per_host_limit_never_exceeded(server, opts):
    paths = [f"/busy?{i}" for i in range(10)]
    o = CheckOptions(concurrency=8, per_host=2, http=opts)
    res = check_records(recs(server, paths), o)
    assert all(r["outcome"] == "ok" for r in res)
    assert server.state.max_active == 2


def test_global_concurrency_bounds_parallelism(server, opts):
    o = CheckOptions(concurrency=3, per_host=10, http=opts)
    check_records(recs(server, [f"/busy?{i}" for i in range(9)]), o)
    assert server.state.max_active == 3


def test_interval_spaces_requests_to_a_host(server, opts):
    o = CheckOptions(concurrency=4, per_host=4, interval_ms=100, http=opts)
    t0 = time.monotonic()
    check_records(recs(server, [f"/ok?{i}" for i in range(5)]), o)
    assert time.monotonic() - t0 >= 0.4


def test_default_per_host_is_gentle_for_archives():
    gate = HostGate()
    assert gate.limit("digitalarchive.wilsoncenter.org") == 2
    assert gate.limit("nsarchive.gwu.edu") == 2
    assert gate.limit("example.org") == 4
    assert HostGate(per_host=1).limit("example.org") == 1


def test_same_url_fetched_once_and_excluded_urls_skipped(server, opts):
    links = [Link("a", server + "/ok", "URL"), Link("b", server + "/ok", "URL"),
             Link("c", server + "/gone", "URL")]
    res = check_links(links, CheckOptions(exclude=r"/gone$", http=opts))
    assert [r["key"] for r in res] == ["a", "b"]
    assert server.state.hits == {"/ok": 1}


def test_canonical_suggestion_from_host_table(server, opts, monkeypatch):
    from citekit.links import check

    moved = {server + "/gone": server + "/ok"}
    monkeypatch.setattr(check.hosts, "suggested_url", moved.get)
    res = check_records(recs(server, ["/gone", "/ok"]), CheckOptions(http=opts))
    assert res[0]["outcome"] == "broken" and res[0]["suggestion"] == server + "/ok"
    assert res[1]["suggestion"] is None


def test_doi_links_use_head(server, opts):
    links = [Link("d", server + "/ok", "DOI")]
    res = check_links(links, CheckOptions(http=opts))
    assert res[0]["outcome"] == "ok" and server.state.methods == [("HEAD", "/ok")]


def test_cache_reuses_settled_answers(server, opts, tmp_path):
    path = tmp_path / ".citekit" / "linkcache.json"
    records = recs(server, ["/ok", "/gone", "/429-always", "/503"])
    o = CheckOptions(http=opts)
    opts.retries = 0
    first = check_records(records, o, cache=LinkCache(path))
    stored = json.loads(path.read_text())["entries"]
    assert set(stored) == {server + "/ok", server + "/gone"}  # no 429, no 5xx
    assert {"url", "outcome", "time"} <= set(stored[server + "/ok"])
    hits = dict(server.state.hits)
    second = check_records(records, o, cache=LinkCache(path))
    assert server.state.hits["/ok"] == hits["/ok"]
    assert server.state.hits["/gone"] == hits["/gone"]
    assert server.state.hits["/429-always"] == hits["/429-always"] + 1
    assert [r["outcome"] for r in second] == [r["outcome"] for r in first]
    assert second[0]["reason"].endswith("(cached)")


def test_cache_max_age_and_damage(tmp_path):
    now = [1000.0]
    path = tmp_path / "c.json"
    cache = LinkCache(path, max_age=60, clock=lambda: now[0])
    cache.put({"url": "http://a/", "outcome": "ok", "status": 200, "reason": "HTTP 200"})
    cache.put({"url": "http://b/", "outcome": "unverifiable", "status": None,
               "reason": "timed out"})
    cache.put({"url": "http://c/", "outcome": "broken", "status": 200,
               "reason": "wrong document: page title 'x'"})
    assert cache.get("http://a/")["outcome"] == "ok"
    assert cache.get("http://b/") is None and cache.get("http://c/") is None
    cache.save()
    now[0] += 61
    assert LinkCache(path, max_age=60, clock=lambda: now[0]).get("http://a/") is None
    path.write_text("{not json")
    assert len(LinkCache(path)) == 0
    assert not list(tmp_path.glob(".*.tmp"))


def test_cacheable_rules():
    assert not cacheable({"outcome": "unverifiable", "status": 429})
    assert not cacheable({"outcome": "broken", "status": 503})
    assert cacheable({"outcome": "broken", "status": 404})
    assert cacheable({"outcome": "broken", "status": None, "reason": "host name does not resolve"})


def test_parse_age():
    assert parse_age("1d") == 86400 and parse_age("12h") == 43200
    assert parse_age("30m") == 1800 and parse_age("45") == 45 and parse_age("2w") == 1209600
    for bad in ("", "1y", "-1d", "d"):
        try:
            parse_age(bad)
        except ValueError:
            continue
        raise AssertionError(bad)


def test_waiting_for_a_busy_host_does_not_eat_the_deadline(server, opts):
    opts.deadline = 0.4
    o = CheckOptions(concurrency=5, per_host=1, http=opts)
    res = check_records(recs(server, [f"/busy?{i}" for i in range(5)]), o)
    assert [r["outcome"] for r in res] == ["ok"] * 5  # the last waited ~0.6 s for its turn
    assert server.state.max_active == 1
