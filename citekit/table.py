"""A readable one-line-per-record table for `citekit list`."""

from __future__ import annotations

from .model import Record, creators, name_text, year


def _who(record: Record) -> str:
    people = creators(record)
    if not people:
        return record.get("archive") or record.get("container-title") or ""
    first = people[0].get("family") or name_text(people[0])
    return f"{first} et al." if len(people) > 2 else " and ".join(
        p.get("family") or name_text(p) for p in people)


def _clip(text: str, width: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def record_table(records: list[Record], width: int = 120) -> list[str]:
    if not records:
        return ["(no records)"]
    kw = min(max(len(r["id"]) for r in records), 30)
    tw = min(max(len(r.get("type", "")) for r in records), 18)
    ww = 24
    title_w = max(width - kw - tw - ww - 4 - 4, 20)
    lines = []
    for r in records:
        y = str(year(r) or "")
        lines.append(f"{_clip(r['id'], kw):<{kw}}  {r.get('type', ''):<{tw}}  {y:>4}  "
                     f"{_clip(_who(r), ww):<{ww}}  {_clip(r.get('title', ''), title_w)}".rstrip())
    return lines
