"""A reference as publishers' reference lists print it (Cambridge Core): the name inverted, the title, then
the publisher and year or the year alone, with no parentheses: 'Egret, Jean, La Pré-révolution française. P.U.F.,
1962', 'Middlemas, K., Diplomacy of Illusion: …, 1937–39, 1972, n. to p. 8'."""

from __future__ import annotations

import re

from .cite_parts import is_place

_LISTED = re.compile(
    r"(?:and\s)?(?P<f>[A-ZÀ-Þ][\w’'\-]+),\s(?P<g>(?:[A-ZÀ-Þ]\.\s?){1,3}|[A-ZÀ-Þ][a-zß-ÿ]+(?:[\s\-][A-ZÀ-Þ][a-zß-ÿ]+)?"
    r"(?:\s[A-Z]\.)?),\s(?P<rest>[A-ZÀ-Þ\d«“‘][^()]{3,200}?),\s?(?P<y>(?:1[5-9]|20)\d\d)(?P<tail>,\s[^()]{1,30})?[\s.]*")
# the publisher after the title's full stop: 'La Pré-révolution française. P.U.F.', '… capitalisme. A. Colin'
_PUBLISHER = re.compile(r"(?<=[a-zß-ÿ\d]{2})\.\s(?P<pub>[A-ZÀ-Þ][^,:;]{0,40})$")

_DATE_START = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d")  # 'Pepys, Diary, May 30, 1667'


def listed_reference(text: str) -> tuple[str, bool] | None:
    """The reference rewritten in reading order with its imprint in parentheses, for the common reader, and
    whether a publisher (not a town) opens the imprint."""
    m = _LISTED.fullmatch(text)
    if not m or is_place(m.group("f")):
        return None  # 'Berlin, Dietz, Band 3, 1990': a town and a publisher
    rest, imprint = m.group("rest"), ""
    if _DATE_START.match(rest) or any(is_place(piece) for piece in rest.split(", ")):
        return None  # 'Alcalá-Zamora, Memorias, Madrid, Planeta, 1998': a title, then the town, not a given name
    pub = _PUBLISHER.search(rest) if ". " in rest else None
    if pub:
        rest, imprint = rest[:pub.start()], pub.group("pub").strip() + ", "
    return (f"{m.group('g').strip()} {m.group('f')}, {rest} ({imprint}{m.group('y')}){m.group('tail') or ''}",
            bool(pub) and not is_place(pub.group("pub")))
