"""A document's citations linked: 'Ibid.' to the last work cited, a short form to the full citation it names
(however its author's name is romanized), and a work cited twice to one record."""

from __future__ import annotations

from bisect import insort
from heapq import merge

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


def _last_word(family: str) -> str:
    return family.rsplit(" ", 1)[-1]


def _family(name: dict) -> str:
    return name.get("family") or name.get("literal") or ""


class NoteLinks:
    """A document's citations read in order: 'Ibid.' points at the last work cited, a short form at
    the earlier full citation it names, and a work cited twice is one record.

    The works seen are indexed by title, by their first person's name key (`name_key`, under which
    every romanization of a name falls) and by their authors' last surname words, so a long document
    links in time proportional to its length."""

    def __init__(self) -> None:
        self.seen: list[dict] = []
        self.last: dict | None = None
        self._at: dict[int, int] = {}  # id() of a work -> its place in `seen`
        self._folded: list[str] = []  # the works' casefolded titles, in the same order
        self._titles: dict[str, list[dict]] = {}  # casefolded title (or container title) -> works, in order
        self._by_person: dict[str, list[tuple[int, dict]]] = {}  # first author's or editor's name key -> works
        self._unnamed: list[tuple[int, dict]] = []  # works with no author or editor
        self._by_surname_end: dict[str, list[tuple[int, dict]]] = {}  # an author's surname's last word -> works

    def cited(self, record: dict) -> None:
        """A work cited outside the notes reader (an archival document): 'Ibid.' may point at it."""
        self._remember(record)
        self.last = record

    def _remember(self, record: dict) -> None:
        at = len(self.seen)
        self._at.setdefault(id(record), at)
        self._folded.append(record.get("title", "").casefold())
        self._index_person(at, record)
        self.seen.append(record)
        for end in {_last_word(n["family"]) for n in record.get("author") or () if n.get("given") and n.get("family")}:
            self._by_surname_end.setdefault(end, []).append((at, record))
        title = record.get("title") or record.get("container-title")
        if title:
            self._titles.setdefault(title.casefold(), []).append(record)

    def _index_person(self, at: int, record: dict) -> None:
        people = record.get("author") or record.get("editor")
        if people:  # kept in order: a work re-indexed under a new key comes from earlier
            insort(self._by_person.setdefault(name_key(_family(people[0])), []), (at, record), key=lambda p: p[0])
        else:
            self._unnamed.append((at, record))

    def _full_citation(self, short: dict) -> dict | None:
        """The last work seen that the short form names: its first author (or editor) however romanized
        ('Mikoyan' for 'Mikoian'), its year if both give one, and its title's first words; sought among the works
        of the same person and those of no person, or among all works when the short form names no one."""
        people = short.get("author") or short.get("editor")
        title = short.get("title", "").casefold()
        if not people:  # found by its title alone
            candidates = ((at, self.seen[at]) for at in range(len(self.seen) - 1, -1, -1)) if title else ()
        else:  # a work of no person is found by its title alone
            mine = reversed(self._by_person.get(name_key(_family(people[0])), []))
            candidates = merge(mine, reversed(self._unnamed), key=lambda pair: -pair[0]) if title else mine
        head, first, issued = title[:12], title.split()[0] if title else "", short.get("issued")
        for at, r in candidates:  # the latest first; the short form's parts worked out once
            if not r.get("type") or issued and r.get("issued") and issued != r["issued"]:
                continue
            full = r.get("author") or r.get("editor")
            if people and full and not same_name(_family(people[0]), _family(full[0])):
                continue
            other = self._folded[at]
            if (other.startswith(head) or first in other) if title and other else people and full:
                return r
        return None

    def link(self, cites: list[NoteCitation]) -> list[NoteCitation]:
        for c in cites:
            people = self.last and (self.last.get("author") or self.last.get("editor"))
            if c.same_author and people and not c.record.get(c.same_author):
                c.record[c.same_author] = [dict(n) for n in people]  # 'Id., Les relations …': the person cited before
            if c.ibid and self.last is None:
                c.warnings.append("ibid. with no earlier citation")
            elif c.ibid:
                c.record = self.last
            elif not c.record.get("type"):
                for record in _compound_surnames(c.record, self._surname_ends(c.record)):  # its first name
                    self._index_person(self._at[id(record)], record)  # may have a new key
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

    def _surname_ends(self, short: dict) -> list[dict]:
        """The works seen, in order, whose authors' surnames end as a short form's two-word surname does."""
        ends = {_last_word(f"{n.get('given', '')} {n.get('family', '')}".strip()) for n in short.get("author") or ()}
        hits = {at: r for end in ends for at, r in self._by_surname_end.get(end, ())}
        return [hits[at] for at in sorted(hits)]

    def _same_work(self, record: dict) -> dict | None:
        """The first work seen with this one's title (or container title), date and first person; a citation that
        gives no more than a person and a title ('Зубок В. М. Неудавшаяся империя. С. 51') needs no date."""
        title = record.get("title") or record.get("container-title")
        bare = not _PUBLISHED.intersection(record)
        for seen in self._titles.get(title.casefold(), ()) if title else ():
            if (seen.get("issued") == record.get("issued") or bare and "issued" not in record) \
                    and _same_person(seen, record):
                return seen
        return None


# what a full citation gives beyond a person and a title
_PUBLISHED = frozenset(("issued", "publisher", "publisher-place", "container-title", "URL", "page"))


def _same_person(a: dict, b: dict) -> bool:
    """The two works' first authors (else first editors) are one person, or they cannot be compared: one names
    no author (or no editor), or one name holds the other's surname ('Cosío Villegas', 'Villegas, Cosío')."""
    role = "author" if a.get("author") and b.get("author") else "editor"
    x, y = a.get(role), b.get(role)
    if not x or not y or same_name(_family(x[0]), _family(y[0])):
        return True
    return _whole(x[0]).issuperset(_family(y[0]).casefold().split()) or _whole(y[0]).issuperset(
        _family(x[0]).casefold().split())


def _whole(name: dict) -> set[str]:
    return set(f"{name.get('given', '')} {_family(name)}".casefold().split())
