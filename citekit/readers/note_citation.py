"""One citation found in a footnote: the work cited and where in it the note points."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class NoteCitation:
    """One citation in a note: the work (CSL record, no `id`) and where in it the note points.

    `label` is "page", "chapter" or "appendix"; `ibid` marks an 'Ibid.' whose record
    `parse_notes` fills in from the citation before it; `same_author` ("author" or "editor") an 'Idem,' that
    opens a note, whose person `parse_notes` takes from the work cited before it.
    """

    record: dict
    locator: str | None = None
    label: str | None = None
    raw: str = ""
    warnings: list[str] = field(default_factory=list)
    ibid: bool = False
    same_author: str | None = None
