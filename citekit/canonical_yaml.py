"""A fast writer for record files that gives the same bytes as recordfile's PyYAML dump.

PyYAML's representer is pure Python and dominates saving large batches. Records are small
trees of short strings, numbers and date-part lists, so most can be written directly. Anything
outside the shapes handled here returns None and the caller uses PyYAML; tests check byte
identity with PyYAML on generated and real records.
"""

from __future__ import annotations

import re

import yaml

WIDTH = 100  # recordfile's dump width (libyaml's best_width)

# One line of text libyaml prints as is (its IS_PRINTABLE, which leaves out astral characters,
# minus line breaks).
_PRINTABLE = re.compile("[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*")
# Words and phrases that are plain scalars unless they resolve to a non-string: a letter first,
# no ':' or '#', no trailing space, printable.
_SIMPLE = re.compile("[A-Za-z\xc0-\u024f\u0370-\u04ff][^\x00-\x1f:#\x7f-\x9f\u2028\u2029"
                     "\ud800-\udfff\ufeff\ufffe\uffff\U00010000-\U0010ffff]*(?<! )")
# Characters that may make libyaml pick a quoted style.
_INDICATOR_START = set("#,[]{}&*!|>'\"%@`")
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
# YAML 1.1's implicit types, from PyYAML's own resolver table: first character -> patterns of
# plain scalars that load as something other than a string.
_IMPLICIT = {first: [regexp for _tag, regexp in pairs]
             for first, pairs in yaml.resolver.Resolver.yaml_implicit_resolvers.items()}
_RESOLVABLE_START = set(_IMPLICIT) - {""}


_GOOD_KEYS: set[str] = set()  # keys already found plain (records use a few dozen)


class _Unhandled(Exception):
    """A shape or string this writer does not reproduce; PyYAML writes the record."""


def dumps(data: dict) -> str | None:
    """The record file text for an ordered record mapping, or None to use PyYAML."""
    out: list[str] = []
    try:
        _mapping(data, 0, out, "")
    except _Unhandled:
        return None
    return "".join(out)


def _mapping(data: dict, indent: int, out: list[str], first: str) -> None:
    if not data:
        raise _Unhandled
    pad = " " * indent
    lead = first or pad
    for key, value in data.items():
        if key not in _GOOD_KEYS:
            if not isinstance(key, str) or not _PLAIN_KEY.fullmatch(key) or _resolves(key):
                raise _Unhandled
            if len(_GOOD_KEYS) < 1000:
                _GOOD_KEYS.add(key)
        head = f"{lead}{key}:"
        lead = pad
        if isinstance(value, dict):
            out.append(head + "\n")
            _mapping(value, indent + 2, out, "")
        elif isinstance(value, list):
            _list_value(value, head, indent, out)
        else:
            out.append(head + " " + _scalar(value, len(head) + 1, indent + 2) + "\n")


def _list_value(items: list, head: str, indent: int, out: list[str]) -> None:
    flow = _flow(items)
    if flow is not None:
        if len(head) + 1 + len(flow) > 80:
            raise _Unhandled
        out.append(f"{head} {flow}\n")
        return
    out.append(head + "\n")
    dash = " " * indent + "- "
    for item in items:
        if isinstance(item, dict):
            _mapping(item, indent + 2, out, dash)
        elif isinstance(item, list):
            raise _Unhandled
        else:
            out.append(dash + _scalar(item, len(dash), indent + 2) + "\n")


def _flow(items: list) -> str | None:
    """'[1962, 12, 3]' or '[[1962, 12], [1963]]' for the lists recordfile writes in flow style."""
    if all(type(x) is int for x in items):
        return "[" + ", ".join(map(str, items)) + "]"
    if all(isinstance(x, list) for x in items):
        if not all(x and all(type(y) is int for y in x) for x in items):
            if all(all(isinstance(y, int) for y in x) for x in items):
                raise _Unhandled  # empty or bool parts: rare, left to PyYAML
            return None
        return "[" + ", ".join("[" + ", ".join(map(str, x)) + "]" for x in items) + "]"
    if any(isinstance(x, (int, float)) and not isinstance(x, bool) for x in items) and all(
            isinstance(x, (int, float)) and not isinstance(x, bool) for x in items):
        raise _Unhandled  # floats
    return None


def _scalar(value, column: int, indent: int) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return str(value)
    if type(value) is not str:
        raise _Unhandled
    return _string(value, column, indent)


def _string(text: str, column: int, indent: int) -> str:
    if _SIMPLE.fullmatch(text) and (text[0] not in _RESOLVABLE_START or not _resolves(text)):
        return _fold(text, column, indent, quoted=False)  # the common case, decided at once
    if not text:
        return "''"
    if not _PRINTABLE.fullmatch(text):
        raise _Unhandled
    if _plain_ok(text):
        return _fold(text, column, indent, quoted=False)
    return "'" + _fold(text.replace("'", "''"), column + 1, indent, quoted=True) + "'"


def _plain_ok(text: str) -> bool:
    first = text[0]
    if first in _INDICATOR_START or text[0] == " " or text[-1] == " ":
        return False
    if first in "?:-" and (len(text) == 1 or text[1] == " "):
        return False
    if text.startswith(("---", "...")):
        return False
    if ": " in text or " #" in text or text[-1] == ":":
        return False
    return not _resolves(text)


def _resolves(text: str) -> bool:
    return any(regexp.match(text) for regexp in _IMPLICIT.get(text[0], ()))


def _fold(text: str, column: int, indent: int, *, quoted: bool) -> str:
    """libyaml's line folding: a single space past the width becomes a line break."""
    if column + len(text) <= WIDTH:
        return text
    parts: list[str] = []
    col = column
    last = len(text) - 1
    prev_space = False
    for i, ch in enumerate(text):
        if ch == " ":
            if (not prev_space and col > WIDTH and (i + 1 > last or text[i + 1] != " ")
                    and (not quoted or (i != 0 and i != last))):
                parts.append("\n" + " " * indent)
                col = indent
            else:
                parts.append(ch)
                col += 1
            prev_space = True
        else:
            parts.append(ch)
            col += 1
            prev_space = False
    return "".join(parts)
