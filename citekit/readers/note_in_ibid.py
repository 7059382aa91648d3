"""A work 'in ibid.': a chapter in the book, or an article in the journal, the citation before names."""

from __future__ import annotations

import re

# 'in ibid.', 'in: ebd.', 'dans ibid.', 'in ivi': the container is the last one named
_IN_IBID = re.compile(r",?\s+(?:in:?|dans|en|w:)\s+(?:ibid|ibidem|ebd|ebenda|ivi|ibíd|id\.?,\s+ibid)\.?(?=[\s,;.]|$)", re.I)
# a container written as one of these is the one the citation before names
IBID_WORDS = frozenset(("ibid", "ib", "ibidem", "ebd", "ebenda", "ivi", "ibíd"))


def in_ibid(rec: dict, raw: str, before: list) -> None:
    """Fill the container of 'P. Brown, “Markets”, in ibid., pp. 68–90' from the citation before."""
    m = _IN_IBID.search(raw)
    if not m or not before:
        return
    prev = before[-1].record
    container = rec.get("container-title", "")
    if container and container.lower().rstrip(".") not in IBID_WORDS:
        return
    title = rec.get("title", "")
    if title.endswith(raw[m.start():m.end()].strip(" ,.")) or title.lower().endswith(("in: ebd", "in ibid", "in: ibid")):
        rec["title"] = _IN_IBID.sub("", title).strip(" ,")
    if prev.get("type") == "chapter" and prev.get("container-title"):
        rec.update({"type": "chapter", "container-title": prev["container-title"]})
        if prev.get("editor"):
            rec["editor"] = [dict(n) for n in prev["editor"]]
    elif prev.get("container-title") and prev.get("type", "").startswith("article"):
        rec.update({"type": prev["type"], "container-title": prev["container-title"]})
    elif prev.get("type") == "book" and prev.get("title") and prev.get("editor") and rec.get("title"):
        rec.update({"type": "chapter", "container-title": prev["title"], "editor": [dict(n) for n in prev["editor"]]})
