"""A short form whose title ends on the volume's roman number before the page: 'Schaper, Een halve eeuw van
strijd II, 121' (the volume after a lower-case word, so not a ruler's number: 'Henry VIII')."""

from __future__ import annotations

import re

_ROMAN_END = re.compile(r"(?<=[a-zß-ÿ]{3})\s+(?P<v>X{0,3}(?:IX|IV|V?I{1,3}|V|X))$")


def volume_at_title_end(record: dict) -> None:
    """The roman number that closes the title of a short form, as its volume."""
    title = record["title"]
    m = _ROMAN_END.search(title, max(0, len(title) - 12)) if title.count(" ") >= 2 else None
    if m and title[:m.start()].split()[-1][:1].islower():
        record["title"], record["volume"] = title[:m.start()], m.group("v")
