"""One record rendered in a given citation position, the way the reference renderer does it.

The golden files (tests/goldens/, made by tools/make_goldens.py with citeproc-js) hold, per
record and style, a first note, a subsequent note (the record, another work, the record again),
an ibid. note (the record twice in a row), an in-text citation and a bibliography entry.
`render_position` gives citekit's rendering of the same sequence, so the two can be compared.
"""

from __future__ import annotations

from ..model import Record
from . import csl

POSITIONS = ("note-first", "note-subsequent", "note-ibid", "in-text", "bibliography")
# Cited between two notes of the same work so the second is "subsequent", not ibid.
OTHER = {"id": "__citekit_other__", "type": "book", "title": "Other"}


def render_position(records: list[Record], key: str, style_name: str, position: str,
                    fmt: str = "text") -> str | None:
    """The last citation of the sequence for `position`, or the bibliography entry; None when
    the style has no bibliography."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography
    from citeproc.source.json import CiteProcJSON

    if position not in POSITIONS:
        raise ValueError(f"unknown position {position!r}; one of: {', '.join(POSITIONS)}")
    style = csl.load_style(style_name)
    items = [csl.to_engine(r) for r in records]
    if position == "bibliography":
        if not style.has_bibliography():
            return None
        bib = CitationStylesBibliography(style, CiteProcJSON([csl.to_engine(r) for r in records
                                                             if r["id"] == key]),
                                         csl._formatter(fmt))
        bib.register(Citation([CitationItem(key)]))
        entries = [csl._finish(str(e), fmt) for e in bib.bibliography()]
        return "".join(entries).strip() or None
    sequence = {"note-first": [key], "in-text": [key], "note-ibid": [key, key],
                "note-subsequent": [key, OTHER["id"], key]}[position]
    bib = CitationStylesBibliography(style, CiteProcJSON(items + [dict(OTHER)]),
                                     csl._formatter(fmt))
    out = None
    for i, cited in enumerate(sequence, 1):
        citation = Citation([CitationItem(cited)])
        if position != "in-text":
            citation.note_index = i
        bib.register(citation)
        out = csl._finish(str(bib.cite(citation, csl._missing)), fmt)
    return out


def input_digest(item: dict) -> str:
    """sha256 of a CSL item as the engine receives it (keys sorted): a golden made from other
    input is stale, not a regression."""
    import hashlib
    import json

    return hashlib.sha256(json.dumps(item, sort_keys=True, ensure_ascii=False)
                          .encode("utf-8")).hexdigest()


def style_digest(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()
