"""CSL-JSON and CSL-YAML in: an array of items, one item, or pandoc's `references:` block."""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..model import Record, normalize

MAX_INPUT_BYTES = 256 << 20


class InputError(ValueError):
    """Unreadable input; str() is 'file:line: message'."""


@dataclass
class Entry:
    record: Record
    line: int | None  # where the item starts in the input, when known


def read_text(text: str, name: str, fmt: str) -> list[Entry]:
    """Items from CSL-JSON (`fmt` 'json') or CSL-YAML (`fmt` 'yaml') text."""
    if fmt == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"{name}:{exc.lineno}: not valid JSON: {exc.msg}") from None
        items = data if isinstance(data, list) else [data]
        lines = _json_item_lines(text, len(items))
    else:
        import yaml

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        try:
            node = yaml.compose(text, Loader=loader)
            data = yaml.load(text, Loader=loader)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            raise InputError(f"{name}:{mark.line + 1 if mark else 1}: not valid YAML: "
                             f"{exc.problem or exc.context}") from None
        if isinstance(data, dict) and isinstance(data.get("references"), list):
            data = data["references"]
            node = next(v for k, v in node.value if k.value == "references")
        items = data if isinstance(data, list) else [data]
        lines = ([n.start_mark.line + 1 for n in node.value] if isinstance(data, list) and node
                 else [1] * len(items))
    out = []
    for item, line in zip(items, lines):
        if not isinstance(item, dict):
            raise InputError(f"{name}:{line or 1}: expected a CSL item (a mapping), got "
                             f"{type(item).__name__}")
        out.append(Entry(normalize(item), line))
    return out


def _json_item_lines(text: str, count: int) -> list[int | None]:
    """Start line of each top-level array element (a cheap scan; None when unsure)."""
    lines, depth, line, in_str, esc = [], 0, 1, False, False
    for ch in text:
        if ch == "\n":
            line += 1
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
            continue
        if ch == '"':
            in_str = True
        elif ch in "[{":
            if depth == 1 and ch == "{":
                lines.append(line)
            depth += 1
        elif ch in "]}":
            depth -= 1
    return lines if len(lines) == count else [None] * count
