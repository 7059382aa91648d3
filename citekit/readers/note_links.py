"""A document's citations linked: 'Ibid.' to the last work cited, a short form to the full citation it names
(however its author's name is romanized), and a work cited twice to one record."""

from __future__ import annotations

from ..romanization import name_key, same_name
from .note_citation import NoteCitation


def _compound_surnames(short: dict, full: list[dict]) -> list[dict]:
    """A short form's 'Somoza Silva' shows that 'Lázaro Somoza Silva' has a two-word surname; the records changed."""
    changed = []
    for j, name in enumerate(short.get("author") or []):
        family = f"{name.get('given', '')} {name.get('family', '')}".strip()
        if " " not in family or "." in family:
            continue
        for record in full:
            for i, n in enumerate(record.get("author") or []):
                whole = f"{n.get('given', '')} {n.get('family', '')}"
                if n.get("given") and whole.endswith(" " + family) and len(whole) > len(family) + 1:
                    given = whole[:-len(family)].strip()
                    record["author"][i] = {**{k: v for k, v in n.items() if k != "given"},
                                           "family": family, "given": given}
                    short["author"][j] = {"family": family}
                    changed.append(record)
    return changed


def _family(name: dict) -> str:
    return name.get("family") or name.get("literal") or ""


class NoteLinks:
    """A document's citations read in order: 'Ibid.' points at the last work cited, a short form at
    the earlier full citation it names, and a work cited twice is one record.

    The works seen are indexed by title and by their first person's name key (`name_key`, under which
    every romanization of a name falls), so a long document links in time proportional to its length."""

    def __init__(self) -> None:
        self.seen: list[dict] = []
        self.last: dict | None = None
        self._titles: dict[str, list[dict]] = {}  # casefolded title (or container title) -> works, in order
        self._by_person: dict[str, list[tuple[int, dict]]] = {}  # first author's or editor's name key -> works
        self._unnamed: list[tuple[int, dict]] = []  # works with no author or editor

    def cited(self, record: dict) -> None:
        """A work cited outside the notes reader (an archival document): 'Ibid.' may point at it."""
        self._remember(record)
        self.last = record

    def _remember(self, record: dict) -> None:
        self._index_person(len(self.seen), record)
        self.seen.append(record)
        title = record.get("title") or record.get("container-title")
        if title:
            self._titles.setdefault(title.casefold(), []).append(record)

    def _index_person(self, at: int, record: dict) -> None:
        people = record.get("author") or record.get("editor")
        if people:
            self._by_person.setdefault(name_key(_family(people[0])), []).append((at, record))
        else:
            self._unnamed.append((at, record))

    def _full_citation(self, short: dict) -> dict | None:
        """The last work seen that the short form names: its first author (or editor) however romanized
        ('Mikoyan' for 'Mikoian'), its year if both give one, and its title's first words; sought among the works
        of the same person and those of no person, or among all works when the short form names no one."""
        people = short.get("author") or short.get("editor")
        if not people:
            candidates = reversed(self.seen)
        else:
            named = self._by_person.get(name_key(_family(people[0])), []) + self._unnamed
            candidates = (r for _, r in sorted(named, key=lambda pair: -pair[0]))
        title = short.get("title", "").casefold()
        head, first, issued = title[:12], title.split()[0] if title else "", short.get("issued")
        for r in candidates:  # the short form's parts worked out once
            if not r.get("type") or issued and r.get("issued") and issued != r["issued"]:
                continue
            full = r.get("author") or r.get("editor")
            if people and full and not same_name(_family(people[0]), _family(full[0])):
                continue
            other = r.get("title", "").casefold()
            if (other.startswith(head) or first in other) if title and other else people and full:
                return r
        return None

    def link(self, cites: list[NoteCitation]) -> list[NoteCitation]:
        for c in cites:
            if c.ibid and self.last is None:
                c.warnings.append("ibid. with no earlier citation")
            elif c.ibid:
                c.record = self.last
            elif not c.record.get("type"):
                for record in _compound_surnames(c.record, self.seen):  # its first name may have a new key
                    self._index_person(next(i for i, r in enumerate(self.seen) if r is record), record)
                hit = self._full_citation(c.record)
                if hit is not None:
                    c.record = hit
                    c.warnings = [w for w in c.warnings if not w.startswith("short form")]
            else:
                same = self._same_work(c.record)
                if same is not None:
                    c.record = same
                else:
                    self._remember(c.record)
            if c.record:
                self.last = c.record
        return cites

    def _same_work(self, record: dict) -> dict | None:
        """The first work seen with this one's title (or container title) and date."""
        title = record.get("title") or record.get("container-title")
        for seen in self._titles.get(title.casefold(), ()) if title else ():
            if seen.get("issued") == record.get("issued"):
                return seen
        return None
