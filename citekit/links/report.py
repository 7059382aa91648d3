"""Link check results as text, JSON, Markdown, JUnit XML or GitHub Actions annotations."""

from __future__ import annotations

import json
import os
from pathlib import Path
from xml.etree import ElementTree as ET

from ..recordfile import SUFFIX, field_line
from .verdict import OUTCOMES

FORMATS = ("text", "json", "markdown", "junit", "github")


def summary(results: list[dict]) -> dict[str, int]:
    counts = {o: 0 for o in OUTCOMES}
    for r in results:
        counts[r["outcome"]] = counts.get(r["outcome"], 0) + 1
    counts["total"] = len(results)
    return counts


def _summary_line(results: list[dict]) -> str:
    c = summary(results)
    return (f"{c['total']} links: {c['ok']} ok, {c['redirected']} redirected, "
            f"{c['broken']} broken, {c['unverifiable']} unverifiable")


def text(results: list[dict]) -> str:
    """An aligned table, problems first, and a summary line."""
    rank = {"broken": 0, "unverifiable": 1, "redirected": 2, "ok": 3}
    rows = [("KEY", "OUTCOME", "STATUS", "URL", "REASON")]
    for r in sorted(results, key=lambda r: (rank.get(r["outcome"], 9), r["key"], r["url"])):
        reason = r["reason"]
        if r.get("suggestion") and r["suggestion"] not in reason:
            reason += f" -> {r['suggestion']}"
        rows.append((r["key"], r["outcome"], str(r["status"] or "-"), r["url"], reason))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths)) + "  " + row[4]
             for row in rows]
    return "\n".join(line.rstrip() for line in lines) + "\n\n" + _summary_line(results) + "\n"


def to_json(results: list[dict]) -> str:
    """A JSON array, one object per URL (the documented machine interface)."""
    return json.dumps(results, indent=2, ensure_ascii=False) + "\n"


def _md(cell: object) -> str:
    return str(cell if cell is not None else "").replace("|", "\\|").replace("\n", " ")


def markdown(results: list[dict]) -> str:
    out = ["| Key | Outcome | Status | URL | Reason | Suggestion |",
           "| --- | --- | --- | --- | --- | --- |"]
    for r in results:
        out.append("| " + " | ".join(_md(r.get(k)) for k in
                                     ("key", "outcome", "status", "url", "reason", "suggestion"))
                   + " |")
    return "\n".join(out) + "\n\n" + _summary_line(results) + "\n"


def junit(results: list[dict], strict: bool = False) -> str:
    """One test case per link: broken fails; unverifiable is skipped, or fails with strict."""
    c = summary(results)
    failures = c["broken"] + (c["unverifiable"] if strict else 0)
    suite = ET.Element("testsuite", name="citekit check", tests=str(c["total"]),
                       failures=str(failures), errors="0",
                       skipped=str(0 if strict else c["unverifiable"]),
                       time=f"{sum(r.get('elapsed_ms') or 0 for r in results) / 1000:.3f}")
    for r in results:
        case = ET.SubElement(suite, "testcase", classname=r["key"], name=r["url"],
                             time=f"{(r.get('elapsed_ms') or 0) / 1000:.3f}")
        if r["outcome"] == "broken" or (strict and r["outcome"] == "unverifiable"):
            node = ET.SubElement(case, "failure", message=r["reason"], type=r["outcome"])
            node.text = f"{r['url']}: {r['reason']}"
        elif r["outcome"] == "unverifiable":
            ET.SubElement(case, "skipped", message=r["reason"])
        if r.get("suggestion"):
            ET.SubElement(case, "system-out").text = f"suggestion: {r['suggestion']}"
    ET.indent(suite)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suite, "unicode") + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_prop(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def record_line(library: Path, key: str, url: str) -> int:
    """The line of the field holding `url` (URL, or DOI for doi.org links) in a record file."""
    try:
        content = (library / f"{key}{SUFFIX}").read_text("utf-8")
    except OSError:
        return 1
    name = "URL"
    if url.startswith("https://doi.org/") and "\nDOI:" in "\n" + content:
        if not any(line.startswith("URL:") and url in line for line in content.splitlines()):
            name = "DOI"
    return field_line(content, name) or 1


def github(results: list[dict], library: str | Path = "records") -> str:
    """Workflow commands: errors for broken, warnings for unverifiable, notices for moves."""
    library = Path(library)
    level = {"broken": "error", "unverifiable": "warning", "redirected": "notice"}
    out = []
    for r in results:
        kind = level.get(r["outcome"])
        if not kind:
            continue
        path = library / f"{r['key']}{SUFFIX}"
        try:
            shown = os.path.relpath(path)
        except ValueError:  # another drive on Windows
            shown = str(path)
        if shown.startswith(".."):
            shown = str(path)
        msg = f"{r['url']}: {r['reason']}"
        if r.get("suggestion"):
            msg += f" (suggested: {r['suggestion']})"
        out.append(f"::{kind} file={_escape_prop(shown)},"
                   f"line={record_line(library, r['key'], r['url'])},"
                   f"title={_escape_prop('link ' + r['outcome'])}::{_escape_data(msg)}")
    return "\n".join(out) + ("\n" if out else "")


def render(fmt: str, results: list[dict], *, library: str | Path = "records",
           strict: bool = False) -> str:
    if fmt == "text":
        return text(results)
    if fmt == "json":
        return to_json(results)
    if fmt == "markdown":
        return markdown(results)
    if fmt == "junit":
        return junit(results, strict)
    if fmt == "github":
        return github(results, library)
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
