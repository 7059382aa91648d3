"""CSL-JSON and CSL-YAML out: the records as they are, in the order given."""

from __future__ import annotations

import json

from ..model import Record, ordered


def to_json(records: list[Record]) -> str:
    return json.dumps([ordered(r) for r in records], ensure_ascii=False, indent=2) + "\n"


def to_yaml(records: list[Record]) -> str:
    """A pandoc-style `references:` document."""
    from ..recordfile import dumps

    body = "".join("- " + dumps(r).replace("\n", "\n  ").rstrip(" ") for r in records)
    return "---\nreferences:\n" + body + "...\n"
