"""Records out of the library, in an interchange format."""

from __future__ import annotations

from .library import Library
from .model import Record

FORMATS = ("csl-json", "csl-yaml", "bibtex", "biblatex", "ris")


def select(library: Library, keys: list[str] | None) -> list[Record]:
    """The named records (all of them when `keys` is empty), each read once."""
    if keys:
        return [library.get(k) for k in dict.fromkeys(keys)]
    listing = library.load_all()
    if listing.errors:
        raise listing.errors[0]
    return listing.records


def render(records: list[Record], fmt: str, *, ascii_only: bool = False,
           profile: str | None = None) -> str:
    """`records` as `fmt`; `profile` picks the BibTeX flavour (bibtex, biblatex,
    biblatex-chicago) and is only for the BibTeX formats."""
    from .writers import csljson

    if profile and fmt not in ("bibtex", "biblatex"):
        raise ValueError(f"--profile is for bibtex and biblatex output, not {fmt}")
    if fmt in ("bibtex", "biblatex"):
        from .writers import bibtex

        return bibtex.write(records, profile or fmt, ascii_only=ascii_only)
    if fmt == "ris":
        from .writers import ris

        return ris.write(records)
    if fmt == "csl-json":
        return csljson.to_json(records)
    if fmt == "csl-yaml":
        return csljson.to_yaml(records)
    raise ValueError(f"unknown export format {fmt!r}; one of: {', '.join(FORMATS)}")
