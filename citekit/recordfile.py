"""Record files: one CSL-YAML item per file, safe to load, stable to save.

A record file is plain YAML that is also a CSL-JSON item. Saving the same record always gives the
same bytes (canonical field order, block style, short lists of scalars in flow style), so a library
kept in git shows only real changes.
"""

from __future__ import annotations

import yaml

from . import yaml_loader
from .model import Record, ValidationError, normalize, ordered, validate

MAX_RECORD_BYTES = 1 << 20  # a record file larger than 1 MiB is refused, not read
SUFFIX = ".yaml"

# libyaml's C dumper when present: about ten times faster
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class RecordFileError(ValueError):
    """A record file that cannot be used; str() is 'path:line: message'."""

    def __init__(self, path: str, line: int | None, message: str):
        self.path, self.line, self.message = str(path), line, message
        super().__init__(f"{path}:{line}: {message}" if line else f"{path}: {message}")


class _Dumper_(_Dumper):
    def ignore_aliases(self, data) -> bool:  # shared objects are written out, never as &anchors
        return True


def _represent_list(dumper: yaml.SafeDumper, data: list) -> yaml.Node:
    flow = all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in data) or (
        all(isinstance(x, list) for x in data)
        and all(isinstance(y, int) for x in data for y in x)
    )
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    style = "|" if "\n" in data and not data.endswith((" ", "\t")) and "\r" not in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper_.add_representer(list, _represent_list)
_Dumper_.add_representer(str, _represent_str)


def dumps(record: Record) -> str:
    """The canonical text of a record file."""
    from . import canonical_yaml  # writing only: its patterns need not load for reading

    data = ordered(record)
    return canonical_yaml.dumps(data) or yaml_dumps(data)


def yaml_dumps(data: dict) -> str:
    """PyYAML's text for a record mapping: the reference canonical_yaml reproduces."""
    return yaml.dump(
        data, Dumper=_Dumper_, allow_unicode=True, sort_keys=False,
        default_flow_style=False, width=100, indent=2,
    )


def loads(text: str, path: str = "<record>") -> Record:
    """Parse and validate one record file's text; errors carry path and line."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_RECORD_BYTES:
        raise RecordFileError(path, None, f"larger than {MAX_RECORD_BYTES} bytes; not read")
    try:
        data = yaml_loader.load(text)  # safe loader: plain data only, no object tags
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise RecordFileError(path, line, f"not valid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise RecordFileError(path, None, f"not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise RecordFileError(path, 1, "a record file holds one mapping of CSL fields")
    record = normalize(data)
    try:
        validate(record)
    except ValidationError as exc:
        raise RecordFileError(path, field_line(text, exc.field), str(exc)) from None
    return record


def field_line(text: str, field: str | None) -> int | None:
    """The 1-based line where a top-level field (or its first part, 'a.b' -> 'a') starts."""
    if not field:
        return 1
    top = field.split(".")[0].split("[")[0]
    try:
        node = yaml_loader.compose(text)
    except yaml.YAMLError:
        return None
    if isinstance(node, yaml.MappingNode):
        for k, _ in node.value:
            if k.value == top:
                return k.start_mark.line + 1
    return 1


def read(path) -> Record:
    """Load a record file from disk."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_RECORD_BYTES + 1)
    except OSError as exc:
        raise RecordFileError(path, None, exc.strerror or str(exc)) from None
    if len(data) > MAX_RECORD_BYTES:
        raise RecordFileError(path, None, f"larger than {MAX_RECORD_BYTES} bytes; not read")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise RecordFileError(path, line, "not UTF-8 text") from None
    return loads(text, str(path))
