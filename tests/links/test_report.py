"""Report formats, fixes and Wayback suggestions."""

from __future__ import annotations

import json
from xml.etree import ElementTree as ET

import pytest

from citekit.library import Library
from citekit.links import report
from citekit.links.fix import apply_fixes, fixed_record
from citekit.links.wayback import closest_snapshot


def res(key, outcome, url="https://a.org/x", **kw):
    base = {"key": key, "url": url, "outcome": outcome, "status": 404 if outcome == "broken"
            else 200, "reason": kw.pop("reason", outcome), "final_url": url, "suggestion": None,
            "elapsed_ms": 12, "attempts": 1}
    base.update(kw)
    return base


RESULTS = [res("a", "ok"), res("b", "broken", reason="HTTP 404"),
           res("c", "unverifiable", reason="HTTP 403: bot wall in the way"),
           res("d", "redirected", suggestion="https://a.org/y")]


def test_text_table_lists_problems_first_and_summary():
    out = report.text(RESULTS)
    lines = out.splitlines()
    assert lines[0].split() == ["KEY", "OUTCOME", "STATUS", "URL", "REASON"]
    assert lines[1].startswith("b ") and "-> https://a.org/y" in out
    assert out.rstrip().endswith("4 links: 1 ok, 1 redirected, 1 broken, 1 unverifiable")


def test_json_round_trips():
    data = json.loads(report.render("json", RESULTS))
    assert data == RESULTS


def test_markdown_escapes_pipes():
    out = report.markdown([res("a", "broken", reason="a|b")])
    assert "a\\|b" in out and out.startswith("| Key |")


def test_junit_failures_and_skips():
    root = ET.fromstring(report.junit(RESULTS).split("\n", 1)[1])
    assert (root.get("tests"), root.get("failures"), root.get("skipped")) == ("4", "1", "1")
    assert root.find("testcase[@classname='b']/failure").get("message") == "HTTP 404"
    assert root.find("testcase[@classname='c']/skipped") is not None
    strict = ET.fromstring(report.junit(RESULTS, strict=True).split("\n", 1)[1])
    assert strict.get("failures") == "2"


def test_github_annotations_point_at_url_line(tmp_path, monkeypatch):
    lib = Library(tmp_path / "records")
    lib.save({"id": "b", "type": "document", "title": "T", "author": [{"family": "X"}],
              "URL": "https://a.org/x"})
    lib.save({"id": "c", "type": "document", "DOI": "10.1/z", "title": "T"})
    monkeypatch.chdir(tmp_path)
    out = report.github([res("a", "ok"), res("b", "broken", reason="HTTP 404, gone"),
                         res("c", "unverifiable", url="https://doi.org/10.1/z")], "records")
    lines = out.splitlines()
    b_lines = (tmp_path / "records/b.yaml").read_text().splitlines()
    c_lines = (tmp_path / "records/c.yaml").read_text().splitlines()
    url_line = b_lines.index("URL: https://a.org/x") + 1
    doi_line = [line.split(":")[0] for line in c_lines].index("DOI") + 1
    assert lines[0] == (f"::error file=records/b.yaml,line={url_line},title=link broken"
                        "::https://a.org/x: HTTP 404, gone")
    assert lines[1].startswith(f"::warning file=records/c.yaml,line={doi_line},")
    assert len(lines) == 2 and url_line > 1


def test_unknown_format():
    with pytest.raises(ValueError):
        report.render("xml", RESULTS)


def test_fix_keeps_the_cited_url(tmp_path):
    lib = Library(tmp_path)
    rec = {"id": "w", "type": "document", "title": "T",
           "URL": "https://wilson-center-digital-archive.dvincitest.com/document/5"}
    lib.save(rec)
    results = [res("w", "broken", url=rec["URL"],
                   suggestion="https://digitalarchive.wilsoncenter.org/document/5"),
               res("w", "broken", url="https://doi.org/10.1/q", suggestion="https://x.org/")]
    assert apply_fixes(lib, results, {"w": rec}) == ["w"]
    saved = lib.get("w")
    assert saved["URL"] == "https://digitalarchive.wilsoncenter.org/document/5"
    assert saved["custom"]["url-original"] == rec["URL"]
    assert results[0]["fixed"] and "fixed" not in results[1]
    assert results[0]["reason"].endswith("rewritten to " + saved["URL"])
    again = fixed_record(saved, "https://z.org/")
    assert again["custom"]["url-original"] == rec["URL"]  # the first cited URL is kept


def test_wayback_suggestion_is_not_applied_as_fix(tmp_path):
    lib = Library(tmp_path)
    rec = {"id": "w", "type": "document", "URL": "https://a.org/x"}
    lib.save(rec)
    r = res("w", "broken", suggestion="https://web.archive.org/web/2020/https://a.org/x",
            wayback=True)
    assert apply_fixes(lib, [r], {"w": rec}) == []
    assert lib.get("w")["URL"] == "https://a.org/x"


def test_wayback_closest_snapshot_near_accessed_date(wayback):
    rec = {"id": "k", "accessed": {"date-parts": [[2020, 1, 2]]}}
    snap = closest_snapshot("https://a.org/x", rec, timeout=2)
    assert snap == "http://web.archive.org/web/20200102000000/https://a.org/x"
    path, q = wayback[0]
    assert path == "/wayback/available" and q["timestamp"] == ["20200102"]
    assert closest_snapshot("https://a.org/none", None, timeout=2) is None
    assert "timestamp" not in wayback[1][1]


def test_wayback_unreachable_gives_none(refused_url, monkeypatch):
    monkeypatch.setenv("CITEKIT_WAYBACK_URL", refused_url.rsplit("/", 1)[0])
    assert closest_snapshot("https://a.org/x", None, timeout=1) is None
