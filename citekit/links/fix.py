"""Rewriting record URLs to their canonical form, keeping the cited one in custom.url-original."""

from __future__ import annotations

import copy


def fixed_record(record: dict, new_url: str) -> dict:
    """A copy of `record` pointing at `new_url`; the first cited URL is never lost."""
    fixed = copy.deepcopy(record)
    old = fixed.get("URL")
    fixed["URL"] = new_url
    custom = dict(fixed.get("custom") or {})
    if old and old != new_url and "url-original" not in custom:
        custom["url-original"] = old
    fixed["custom"] = custom
    return fixed


def fixable(result: dict, record: dict) -> str | None:
    """The URL to write for a result: a canonical or permanently-moved address of the
    record's own URL field, never a guess (archived copies are only suggested)."""
    new = result.get("suggestion")
    if not new or result.get("wayback") or record.get("URL") != result["url"]:
        return None
    return new if new != result["url"] else None


def apply_fixes(library, results: list[dict], records: dict[str, dict]) -> list[str]:
    """Save fixed records through `library.save`; return the keys changed."""
    changed = []
    for r in results:
        record = records.get(r["key"])
        new = fixable(r, record) if record else None
        if new:
            record = fixed_record(record, new)
            library.save(record)
            records[r["key"]] = record
            r["fixed"] = True
            r["reason"] += f"; URL rewritten to {new}"
            changed.append(r["key"])
    return changed
