"""Render a parsed fixture with citeproc-py the way the suite's runners do.

Conventions (as in citeproc-js's and citeproc-py's own suite runners):
- citation mode with neither CITATION-ITEMS nor CITATIONS cites every input
  item in one citation, in the order of the processor's registry (bibliography
  order when the style sorts its bibliography), as citeproc-js's runner does;
- CITATIONS output is one line per citation, ``..[i] `` before all but the
  last one, which gets ``>>[i] ``;
- bibliography output is wrapped in csl-bib-body / csl-entry divs;
- citeproc-js escapes ``&`` as ``&#38;``, so ``&amp;`` is normalised to it.
"""
from __future__ import annotations

import io
import warnings

from citeproc import (Citation, CitationItem, CitationStylesBibliography,
                      CitationStylesStyle, Locator, formatter)
from citeproc.source.json import CiteProcJSON

from csl_fixture import Fixture

BIB_START = '<div class="csl-bib-body">'
ENTRY = '  <div class="csl-entry">{}</div>'
BIB_END = "</div>"


def _item(data: dict) -> CitationItem:
    options = {}
    for key, value in data.items():
        key = key.replace("-", "_")
        if key in ("id", "label"):
            continue
        if key == "locator":
            # citeproc-py needs a label; CSL defaults it to "page".
            options["locator"] = Locator(data.get("label", "page"), value)
        else:
            options[key] = value
    return CitationItem(str(data["id"]), **options)


def _citations(fx: Fixture) -> list[Citation]:
    if fx.citation_items:
        return [Citation([_item(i) for i in group]) for group in fx.citation_items]
    if fx.citations:
        out = []
        for entry in fx.citations:
            data = entry[0]
            citation = Citation([_item(i) for i in data["citationItems"]])
            citation.key = data.get("citationID")
            citation.note_index = data.get("properties", {}).get("noteIndex", 0)
            out.append(citation)
        return out
    # Items without an id get their position, as in _references.
    return [Citation([_item({"id": ref.get("id", i)}) for i, ref in enumerate(fx.input)])]


def _references(fx: Fixture) -> CiteProcJSON:
    refs = []
    for i, ref in enumerate(fx.input):
        ref = dict(ref)
        ref["id"] = str(ref.get("id", i))
        ref.setdefault("type", "book")
        refs.append(ref)
    return CiteProcJSON(refs)


def render(fx: Fixture) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        style = CitationStylesStyle(io.BytesIO(fx.csl.encode("utf-8")), validate=False)
        bib = CitationStylesBibliography(style, _references(fx), formatter.html)
        citations = _citations(fx)
        for citation in citations:
            bib.register(citation)
        if style.has_bibliography():
            bib.sort()
        if not (fx.citation_items or fx.citations):
            # citeproc-js's runner cites its registry, i.e. in bibliography order
            order = {key: i for i, key in enumerate(bib.keys)}
            citations[0].cites.sort(key=lambda item: order.get(item.key, len(order)))
        if fx.mode == "citation":
            lines = [bib.cite(c, lambda item: None) for c in citations]
            if fx.citations:
                last = len(lines) - 1
                lines = [f"{'>>' if i == last else '..'}[{i}] {line}"
                         for i, line in enumerate(lines)]
        elif fx.mode == "bibliography":
            lines = [BIB_START, *(ENTRY.format(e) for e in bib.bibliography()), BIB_END]
        else:
            raise ValueError(f"unsupported MODE {fx.mode!r}")
    return "\n".join(str(line) for line in lines)


def normalise(text: str) -> str:
    """Comparison form: citeproc-js entity for &, no trailing spaces or blank lines."""
    text = text.replace("&amp;", "&#38;")
    return "\n".join(l.rstrip() for l in text.splitlines() if l.strip())
