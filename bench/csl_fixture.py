"""Parse a CSL processor test-suite fixture (the humans/*.txt format).

A fixture is a set of sections ``>>===== NAME =====>> ... <<===== NAME =====<<``;
the number of ``=`` varies between files, so it is matched loosely.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

_SECTION = re.compile(
    r"^>>=+\s*([A-Z][A-Z-]*)\s*=+>>[ \t]*\n(.*?)^<<=+\s*\1\s*=+<<", re.S | re.M
)
_JSON_SECTIONS = {"INPUT", "CITATION-ITEMS", "CITATIONS", "BIBENTRIES", "BIBSECTION"}
REQUIRED = ("MODE", "RESULT", "INPUT", "CSL")


class FixtureError(ValueError):
    """The fixture cannot be set up (missing section, bad JSON)."""


@dataclass
class Fixture:
    name: str
    category: str
    mode: str
    result: str
    input: list
    csl: str
    citation_items: list | None = None
    citations: list | None = None
    extra: dict = field(default_factory=dict)  # sections the runner does not use


def split_sections(text: str) -> dict[str, str]:
    """Map section name to its raw body (without the trailing newline)."""
    return {m.group(1): m.group(2).rstrip("\n") for m in _SECTION.finditer(text)}


def category_of(name: str) -> str:
    return name.split("_", 1)[0]


def parse_fixture(path: Path) -> Fixture:
    name = path.stem
    sections = split_sections(path.read_text(encoding="utf-8-sig"))
    missing = [s for s in REQUIRED if s not in sections]
    if missing:
        raise FixtureError(f"missing section(s): {', '.join(missing)}")
    parsed = {}
    for key, body in sections.items():
        if key in _JSON_SECTIONS:
            try:
                parsed[key] = json.loads(body)
            except json.JSONDecodeError as exc:
                raise FixtureError(f"{key} is not valid JSON: {exc}") from exc
        else:
            parsed[key] = body
    used = set(REQUIRED) | {"CITATION-ITEMS", "CITATIONS"}
    return Fixture(
        name=name,
        category=category_of(name),
        mode=parsed["MODE"].strip(),
        result=parsed["RESULT"],
        input=parsed["INPUT"],
        csl=parsed["CSL"],
        citation_items=parsed.get("CITATION-ITEMS"),
        citations=parsed.get("CITATIONS"),
        extra={k: v for k, v in parsed.items() if k not in used},
    )
