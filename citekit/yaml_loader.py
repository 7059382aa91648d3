"""Loading YAML fast and safely.

Text in the block style record files and CSL-YAML exports are written in is read by
yaml_subset, which builds no nodes. Other text goes to libyaml's parser with a lean resolver and
a lean constructor: PyYAML's safe loader spends most of a large load in Python, a resolver call
per scalar and a generic constructor per node, with the garbage collector scanning the growing
heap again and again. Records are plain mappings of strings, numbers and lists, so strings and
containers are built directly and every other tag goes through PyYAML's SafeConstructor. Either
way the result is identical to `yaml.load(text, Loader=CSafeLoader)`."""

from __future__ import annotations

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from . import yaml_subset
from .gcpause import paused

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_MERGE = "tag:yaml.org,2002:merge"


class FastLoader(_Base):
    """CSafeLoader with a resolver shortcut for scalars that can only be strings."""

    def resolve(self, kind, value, implicit):
        if kind is ScalarNode:
            if implicit[0]:
                if value and value[0] not in self.yaml_implicit_resolvers:
                    return _STR
            elif implicit[1]:
                return _STR  # quoted
        return super().resolve(kind, value, implicit)

    def descend_resolver(self, current_node, current_index):
        if self.yaml_path_resolvers:  # pragma: no cover - none are registered
            super().descend_resolver(current_node, current_index)

    def ascend_resolver(self):
        if self.yaml_path_resolvers:  # pragma: no cover
            super().ascend_resolver()


def load(text: str):
    """Like yaml.load(text, Loader=CSafeLoader), raising the same errors; None for no document."""
    value = yaml_subset.load(text)  # the block style records are written in, read without libyaml
    if value is not yaml_subset.UNREAD:
        return value
    loader = FastLoader(text)
    try:
        with paused():
            node = loader.get_single_node()
            return None if node is None else _Builder(loader).build(node)
    except RecursionError:
        raise yaml.YAMLError("nested too deeply") from None
    finally:
        loader.dispose()


def compose(text: str):
    """The node tree (with line marks) of a single-document YAML text."""
    loader = FastLoader(text)
    try:
        with paused():
            return loader.get_single_node()
    finally:
        loader.dispose()


class _Builder:
    def __init__(self, loader: FastLoader):
        self.loader = loader
        self.done: dict[int, object] = {}  # shared (aliased) nodes are built once

    def build(self, node):
        known = self.done.get(id(node))
        if known is not None:
            return known
        tag = node.tag
        if tag == _STR and type(node) is ScalarNode:
            return node.value
        if tag == _MAP and type(node) is MappingNode and not any(
                k.tag == _MERGE for k, _ in node.value):
            out: dict = {}
            self.done[id(node)] = out
            for key_node, value_node in node.value:
                key = self.build(key_node)
                try:
                    hash(key)
                except TypeError:
                    raise yaml.constructor.ConstructorError(
                        "while constructing a mapping", node.start_mark,
                        "found unhashable key", key_node.start_mark) from None
                out[key] = self.build(value_node)
            return out
        if tag == _SEQ and type(node) is SequenceNode:
            items: list = []
            self.done[id(node)] = items
            items.extend(self.build(child) for child in node.value)
            return items
        value = self.loader.construct_object(node, deep=True)
        self.done[id(node)] = value
        return value
