"""CSL-JSON and CSL-YAML in: an array of items, one item, or pandoc's `references:` block."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import NamedTuple

from ..model import Record, normalize
from . import parts

MAX_INPUT_BYTES = 256 << 20


class InputError(ValueError):
    """Unreadable input; str() is 'file:line: message'."""


class Problem(NamedTuple):
    """Something a reader met: an entry left out (`skipped`), or a loss while reading one."""

    message: str  # 'file:line: ...'
    skipped: bool = False


class ReadWhole(Exception):
    """A file read in parts must be read whole after all (a part was not a list of items)."""


class Entry:
    """One item read from a file: its record, where it starts (a line, when known) and, when
    made already, the text of its record file or a staged file holding it (made only for a
    record found valid)."""

    __slots__ = ("record", "_line", "_locate", "_index", "text", "temp")

    def __init__(self, record: Record, line: int | None = None, *, locate=None, index: int = 0,
                 text: str | None = None, temp: str | None = None):
        self.record, self._line, self._locate, self._index = record, line, locate, index
        self.text, self.temp = text, temp  # temp: a staged file holding `text`

    @property
    def line(self) -> int | None:
        if self._line is None and self._locate is not None:
            self._line = self._locate(self._index)
        return self._line


class _LazyLines:
    """Item start lines, worked out only when a message needs one (a second scan of the text)."""

    def __init__(self, scan, count: int | None):
        self.scan, self.count, self.lines = scan, count, None

    def __call__(self, index: int) -> int | None:
        if self.lines is None:
            self.lines = self.scan()
            if self.count is not None and len(self.lines) != self.count:
                self.lines = []
        return self.lines[index] if index < len(self.lines) else None


def read_text(text: str, name: str, fmt: str) -> list[Entry]:
    """Items from CSL-JSON (`fmt` 'json') or CSL-YAML (`fmt` 'yaml') text."""
    if fmt == "json":
        items = _json_items(text, name)
        return _entries(items, name, _LazyLines(lambda: _json_item_lines(text), len(items)))
    import yaml

    try:
        data, normalized = _load_yaml(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise InputError(f"{name}:{mark.line + 1 if mark else 1}: not valid YAML: "
                         f"{exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise InputError(f"{name}: not valid YAML: {exc}") from None
    nested = isinstance(data, dict) and isinstance(data.get("references"), list)
    if nested:
        data = data["references"]
    items = data if isinstance(data, list) else [data]
    locate = (_LazyLines(lambda: _yaml_item_lines(text, nested), len(items))
              if isinstance(data, list) else (lambda index: 1))
    return _entries(items, name, locate, normalized)


def _json_items(text: str, name: str) -> list:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{name}:{exc.lineno}: not valid JSON: {exc.msg}") from None
    return data if isinstance(data, list) else [data]


def _entries(items: list, name: str, locate, normalized: bool = False) -> list[Entry]:
    out = []
    for index, item in enumerate(items):
        _check_item(item, name, locate, index)
        out.append(Entry(item if normalized else normalize(item), locate=locate, index=index))
    return out


def _check_item(item, name: str, locate, index: int) -> None:
    if not isinstance(item, dict):
        raise InputError(f"{name}:{locate(index) or 1}: expected a CSL item (a mapping), got "
                         f"{type(item).__name__}")


def iter_entries(text: str, name: str, fmt: str, *, stage: str | None = None) -> Iterator[Entry]:
    """`read_text`'s entries, yielded as they are read: a large file is read in parts by worker
    processes, which also write each valid record's file into the folder `stage` (or, without
    one, hand back its text). Raises ReadWhole (before or after yielding some) when a CSL-YAML
    file must be read whole, with `read_text`."""
    if fmt == "json":
        yield from _iter_json(text, name, stage)
        return
    pieces, head = _yaml_parts(text, parts.stream_jobs())
    if len(pieces) < 2:
        yield from read_text(text, name, fmt)
        return
    locate = _LazyLines(lambda: _yaml_item_lines(text, head is not None), None)
    index = 0
    for part in parts.stream(_yaml_part_with_texts, pieces, stage):
        if part is None:
            raise ReadWhole(name)
        for item, record_text, temp in part:
            _check_item(item, name, locate, index)
            yield Entry(item, locate=locate, index=index, text=record_text, temp=temp)
            index += 1


def _iter_json(text: str, name: str, stage: str | None) -> Iterator[Entry]:
    """CSL-JSON is parsed whole here (json is fast); normalizing the items and making their
    files is shared out in slices to forked workers, which inherit the items."""
    items = _json_items(text, name)
    locate = _LazyLines(lambda: _json_item_lines(text), len(items))
    slices = parts.slices(len(items), parts.stream_jobs()) if len(text) >= parts.MIN_CHARS else []
    if len(slices) < 2:
        yield from _entries(items, name, locate)
        return
    index = 0
    for part in parts.stream_shared(_json_slice_with_texts, items, slices, stage):
        for item, record_text, temp in part:
            _check_item(item, name, locate, index)
            yield Entry(item, locate=locate, index=index, text=record_text, temp=temp)
            index += 1


def _json_slice_with_texts(items: list, stage: str | None = None):
    out = []
    for item in items:
        if isinstance(item, dict):
            item = normalize(item)
            out.append((item, *file_text_or_temp(item, stage)))
        else:
            out.append((item, None, None))
    return out


# CSL-YAML read in parts: a top-level list whose items start at column 0, with no anchors,
# aliases, tags or further documents that would tie one part to another.
_YAML_ITEM = re.compile(r"(?m)^-(?=[ \n])")
_YAML_TIE = re.compile(r"(?<![^\s\[{,:])[&*!%][^\s,\]}]")
_YAML_TIE_MARK = re.compile(r"[&*!%]")  # found fast; the rare hit is checked with _YAML_TIE
_YAML_DOC_MARK = re.compile(r"(?:^|\n)(?:---|\.\.\.)(?:[ \t\n]|$)")


def _yaml_ties(body: str) -> bool:
    """Whether `body` has an anchor, alias, tag, directive or document marker."""
    return bool(_YAML_DOC_MARK.search(body)) or any(
        _YAML_TIE.match(body, m.start()) for m in _YAML_TIE_MARK.finditer(body))


_REFERENCES = re.compile(r"(?:---[ \t]*\n)?references:[ \t]*\n(?=- )")
_END = re.compile(r"\n\.\.\.[ \t]*\n?$")


def _yaml_parts(text: str, jobs: int | None = None):
    """(parts of a large plain list of items, bare or under pandoc's `references:`, and the
    `references:` head if any); no parts when the file must be read whole."""
    head = _REFERENCES.match(text)
    body = text[head.end():] if head else text
    end = _END.search(body) if head else None
    body = body[:end.start() + 1] if end else body
    if not body.startswith("- ") or _yaml_ties(body):
        return [], head
    return parts.cut(body, _YAML_ITEM, jobs=jobs), head


def _load_yaml(text: str):
    """(yaml_loader.load(text), whether its items are normalized already): a large plain list
    of items (bare, or pandoc's `references:`) is read, and normalized, in parts in parallel."""
    from .. import yaml_loader

    pieces, head = _yaml_parts(text)
    if len(pieces) > 1:
        loaded = parts.run(_yaml_part, pieces)
        if all(isinstance(items, list) for items in loaded):
            items = [item for items in loaded for item in items]
            return ({"references": items} if head else items), True
    return yaml_loader.load(text), False  # also the one that reports errors, with whole-file lines


def _yaml_part(text: str, _lines_before: int):
    import yaml

    from .. import yaml_loader

    try:
        items = yaml_loader.load(text)
    except yaml.YAMLError:
        return None
    if not isinstance(items, list):
        return None
    return [normalize(item) if isinstance(item, dict) else item for item in items]


def _yaml_part_with_texts(text: str, lines_before: int, stage: str | None = None):
    """_yaml_part's items, each with its record file's text or, with `stage`, a temp file
    there that holds it."""
    items = _yaml_part(text, lines_before)
    if items is None:
        return None
    return [(item, *file_text_or_temp(item, stage)) for item in items]


def file_text(record: Record) -> str | None:
    """The text of `record`'s file, made where the record is read (a worker process); None
    for an invalid record, which the importer then reports."""
    from .. import recordfile
    from ..model import ValidationError, validate

    if not isinstance(record, dict):
        return None
    try:
        validate(record)
    except ValidationError:
        return None
    return recordfile.dumps(record)


def file_text_or_temp(record: Record, stage: str | None) -> tuple[str | None, str | None]:
    """(file text, None), or with a `stage` folder (None, temp file holding that text)."""
    made = file_text(record)
    if made is None or stage is None:
        return made, None
    from ..library import write_temp_in

    return None, write_temp_in(stage, made)


def _yaml_item_lines(text: str, nested: bool) -> list[int]:
    from .. import yaml_loader

    node = yaml_loader.compose(text)
    if nested:
        node = next(v for k, v in node.value if k.value == "references")
    return [n.start_mark.line + 1 for n in node.value]


def _json_item_lines(text: str) -> list[int]:
    """Start line of each value in the top-level array, or [1] for a lone item."""
    decoder, space = json.JSONDecoder(), re.compile(r"[\s,]*")
    pos = space.match(text).end()
    if not text.startswith("[", pos):
        return [text.count("\n", 0, pos) + 1]
    lines, line, counted = [], 1, 0
    pos = space.match(text, pos + 1).end()
    while pos < len(text) and text[pos] != "]":
        line += text.count("\n", counted, pos)
        counted = pos
        lines.append(line)
        _, pos = decoder.raw_decode(text, pos)
        pos = space.match(text, pos).end()
    return lines
