"""Front matter cited by its writer's name before it, in Spanish, French, Italian, German and English notes: 'S. JULIÁ,
prólogo a Diarios', 'J. Le Goff, préface à M. Bloch, Les Rois thaumaturges, …', 'E. Garin, introduzione a …'. The
part is the title of a chapter in the book named after it (as 'introduction à Jacques Le Goff, Saint-Louis')."""

from __future__ import annotations

import re
from typing import Callable

from .cite_people import _people
from .note_citation import NoteCitation

# a quick look first, opening on its comma
FRONT_MATTER_HINT = re.compile(r",\s+(?i:prólogo|epílogo|introducción|estudio\s+preliminar|préface|postface|introduction|"
                               r"avant-propos|prefazione|postfazione|introduzione|Vorwort|Einleitung|Nachwort|foreword)\s")
_PART_AFTER_NAME = re.compile(
    r"(?P<who>(?:[A-ZÀ-Þ]\.\s?-?){0,3}\s?[A-ZÀ-Þ][\w’'\-]+(?:\s[A-ZÀ-Þ][\w’'\-]+){0,2}),\s+"
    r"(?P<part>(?i:prólogo|epílogo|introducción|estudio\s+preliminar|préface|postface|introduction|avant-propos|prefazione|"
    r"postfazione|introduzione|Vorwort|Einleitung|Nachwort|foreword))\s+(?:a|à|al|alla|all['’]|zu|to)\s*(?=[A-ZÀ-Þ«“„\"])")


def front_matter_by(text: str, parse: Callable[[str], NoteCitation | None]) -> NoteCitation | None:
    """The writer's front matter of a book as a chapter of it, or None for any other text."""
    m = _PART_AFTER_NAME.match(text)
    if not m:
        return None
    rest = text[m.end():].strip(" .")
    c = parse(rest)
    if c is None and len(rest) < 80 and not any(ch.isdigit() for ch in rest):
        c = NoteCitation({"title": rest}, raw=text)  # 'prólogo a Diarios': the book by its short title
    if c is None or not c.record.get("title"):
        return None
    as_front_matter(c.record, m.group("part"), _people(m.group("who")), typed=bool(c.record.get("type")))
    return c


def as_front_matter(record: dict, part: str, writers: list[dict], typed: bool = True) -> None:
    """A book's record becomes its front matter's: a chapter titled by the part ('introduzione'), by its writers, in
    the book, whose own author becomes the container's."""
    record["container-title"], record["title"] = record["title"], part
    if record.get("author"):
        record["container-author"] = record.pop("author")
    record["author"] = writers
    if typed:
        record["type"] = "chapter"
