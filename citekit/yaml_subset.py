"""A fast reader for the block-style YAML that record files and CSL-YAML exports are written in.

It reads mappings and lists nested by indentation, plain and single-quoted strings (folded over
lines or not), decimal integers and flow lists of integers (`[[1962, 12, 3]]`). On anything else
(double quotes, anchors, tags, comments, blank lines, tabs, values that resolve to another type)
it gives up and returns UNREAD, and the caller uses libyaml. Whatever it does read equals
`yaml.load(text, Loader=CSafeLoader)`; property tests hold it to that.
"""

from __future__ import annotations

import json
import re

from yaml.resolver import Resolver

UNREAD = object()  # the text is outside the subset

_IMPLICIT = {first: [regexp for _tag, regexp in pairs]
             for first, pairs in Resolver.yaml_implicit_resolvers.items()}
_INT = re.compile(r"0|[1-9][0-9]*")
_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):(?: (?! )(.*))?")
_INT_LISTS = re.compile(r"\[(?:(?:0|[1-9]\d*)(?:, (?:0|[1-9]\d*))*|\[(?:0|[1-9]\d*)(?:, (?:0|[1-9]\d*))*\]"
                        r"(?:, \[(?:0|[1-9]\d*)(?:, (?:0|[1-9]\d*))*\])*)\]")
# libyaml's printable characters, less the line breaks other than "\n" and the tab
_READABLE = re.compile("[\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufeff\uff00-\ufffd\U00010000-\U0010ffff]*")
_PLAIN_START_BAD = frozenset("-?:,[]{}#&*!|>'\"%@` ")
_GOOD_KEYS: set[str] = set()


class _Unread(Exception):
    pass


def load(text: str):
    """The document's value, or UNREAD if the text is outside the subset."""
    if not text or not text.endswith("\n") or "\ufeff" in text[:1] or not _READABLE.fullmatch(text):
        return UNREAD
    lines = text.split("\n")
    lines.pop()  # the empty string after the last line break
    rows = []
    for line in lines:
        body = line.lstrip(" ")
        if not body or body[0] == "#" or body.endswith(" "):
            return UNREAD  # blank lines, comments, trailing spaces: left to libyaml
        rows.append([len(line) - len(body), body])
    if rows[0][0]:
        return UNREAD
    try:
        reader = _Reader(rows)
        value = reader.block(0)
        if reader.pos != len(rows):
            raise _Unread
        return value
    except _Unread:
        return UNREAD


class _Reader:
    def __init__(self, rows: list[list]):
        self.rows = rows
        self.pos = 0

    def block(self, indent: int):
        row = self.rows[self.pos]
        if row[0] != indent:
            raise _Unread
        if row[1].startswith("- "):
            return self.sequence(indent)
        return self.mapping(indent)

    def sequence(self, indent: int) -> list:
        out, rows = [], self.rows
        while self.pos < len(rows) and rows[self.pos][0] == indent and rows[self.pos][1].startswith("- "):
            row = rows[self.pos]
            item = row[1][2:]
            if not item or item[0] == " ":
                raise _Unread
            if _KEY.match(item):  # '- id: x': a mapping whose keys stand two columns further in
                row[0], row[1] = indent + 2, item
                out.append(self.mapping(indent + 2))
            else:
                self.pos += 1
                out.append(self.scalar(item, indent))
        return out

    def mapping(self, indent: int) -> dict:
        out: dict = {}
        rows = self.rows
        while self.pos < len(rows) and rows[self.pos][0] == indent:
            m = _KEY.fullmatch(rows[self.pos][1])
            if not m:
                raise _Unread
            key, rest = m.group(1), m.group(2)
            if key not in _GOOD_KEYS:
                if key in out or _resolves(key):
                    raise _Unread
                if len(_GOOD_KEYS) < 1000:
                    _GOOD_KEYS.add(key)
            elif key in out:
                raise _Unread
            self.pos += 1
            if rest is None:  # a nested block: a deeper mapping, or a list (maybe at this indent)
                if self.pos == len(rows):
                    raise _Unread
                nxt = rows[self.pos]
                if nxt[0] > indent or (nxt[0] == indent and nxt[1].startswith("- ")):
                    out[key] = self.block(nxt[0])
                else:
                    raise _Unread  # an empty value (null)
            else:
                out[key] = self.scalar(rest, indent)
        return out

    def scalar(self, text: str, indent: int):
        """A value that starts on the current line; its continuation lines are deeper than
        `indent`."""
        first = text[0]
        if first == "'":
            return self.quoted(text, indent)
        if first == "[":
            if self._continues(indent) or not _INT_LISTS.fullmatch(text):
                raise _Unread
            return json.loads(text)
        if first in _PLAIN_START_BAD or ": " in text or " #" in text or text.endswith(":"):
            raise _Unread
        parts = [text]
        while self._continues(indent):
            more = self.rows[self.pos][1]
            if more[0] in "-#?:" or ": " in more or " #" in more or more.endswith(":"):
                raise _Unread
            parts.append(more)
            self.pos += 1
        value = " ".join(parts)
        if value[0] in _IMPLICIT and _resolves(value):
            if len(parts) == 1 and _INT.fullmatch(value):
                return int(value)
            raise _Unread
        return value

    def quoted(self, text: str, indent: int) -> str:
        parts = []
        line = text[1:]
        while True:
            end = _closing_quote(line)
            if end >= 0:
                if end != len(line) - 1:
                    raise _Unread  # something after the closing quote
                parts.append(line[:end])
                break
            parts.append(line)
            if not self._continues(indent):
                raise _Unread
            line = self.rows[self.pos][1]
            self.pos += 1
        value = " ".join(parts)
        return value.replace("''", "'")

    def _continues(self, indent: int) -> bool:
        return self.pos < len(self.rows) and self.rows[self.pos][0] > indent


def _closing_quote(line: str) -> int:
    """Index of the quote that ends a single-quoted scalar ('' is an escaped quote), or -1."""
    i = line.find("'")
    while i >= 0:
        if line[i + 1:i + 2] != "'":
            return i
        i = line.find("'", i + 2)
    return -1


def _resolves(text: str) -> bool:
    return any(regexp.match(text) for regexp in _IMPLICIT.get(text[0], ()))
