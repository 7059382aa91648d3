"""A document's citations linked: 'Ibid.' to the last work cited, a short form to the full citation it names
(however its author's name is romanized), and a work cited twice to one record."""

from __future__ import annotations

from ..romanization import same_name
from .note_citation import NoteCitation


def _compound_surnames(short: dict, full: list[dict]) -> None:
    """A short form's 'Somoza Silva' shows that 'Lázaro Somoza Silva' has a two-word surname."""
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


def _family(name: dict) -> str:
    return name.get("family") or name.get("literal") or ""


def _matches(short: dict, full: dict) -> bool:
    """A short form names the full citation's first author, however romanized ('Mikoyan' for
    'Mikoian'), and its title's first words."""
    sa = short.get("author") or short.get("editor")
    fa = full.get("author") or full.get("editor")
    if sa and fa and not same_name(_family(sa[0]), _family(fa[0])):
        return False
    if short.get("issued") and full.get("issued") and short["issued"] != full["issued"]:
        return False
    st, ft = short.get("title", "").casefold(), full.get("title", "").casefold()
    if st and ft:
        return ft.startswith(st[:12]) or st.split()[0] in ft
    return bool(sa and fa)


class NoteLinks:
    """A document's citations read in order: 'Ibid.' points at the last work cited, a short form at
    the earlier full citation it names, and a work cited twice is one record."""

    def __init__(self) -> None:
        self.seen: list[dict] = []
        self.last: dict | None = None

    def cited(self, record: dict) -> None:
        """A work cited outside the notes reader (an archival document): 'Ibid.' may point at it."""
        self.seen.append(record)
        self.last = record

    def link(self, cites: list[NoteCitation]) -> list[NoteCitation]:
        for c in cites:
            if c.ibid and self.last is None:
                c.warnings.append("ibid. with no earlier citation")
            elif c.ibid:
                c.record = self.last
            elif not c.record.get("type"):
                _compound_surnames(c.record, self.seen)
                hit = next((r for r in reversed(self.seen) if r.get("type") and _matches(c.record, r)), None)
                if hit is not None:
                    c.record = hit
                    c.warnings = [w for w in c.warnings if not w.startswith("short form")]
            else:
                same = next((r for r in self.seen if _same_work(r, c.record)), None)
                if same is not None:
                    c.record = same
                else:
                    self.seen.append(c.record)
            if c.record:
                self.last = c.record
        return cites


def _same_work(a: dict, b: dict) -> bool:
    ta, tb = a.get("title") or a.get("container-title"), b.get("title") or b.get("container-title")
    return bool(ta) and (ta or "").casefold() == (tb or "").casefold() and a.get("issued") == b.get("issued")
