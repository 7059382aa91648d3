"""`citekit check`: check the archive links of records and report, suggest or fix them."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import click
import typer
from typer.core import TyperCommand

EXIT_OK, EXIT_ERROR, EXIT_BROKEN = 0, 1, 2


def _fail(message: str) -> typer.Exit:
    typer.echo(f"citekit check: {message}", err=True)
    return typer.Exit(EXIT_ERROR)


def _codes(text: str | None) -> frozenset[int]:
    if not text:
        return frozenset()
    try:
        return frozenset(int(c) for c in text.replace(" ", "").split(",") if c)
    except ValueError:
        raise _fail(f"--accept wants HTTP codes like 403,999, not {text!r}") from None


def exit_code(results: list[dict], strict: bool) -> int:
    """2 when a link is broken (and not fixed), or unverifiable under --strict; else 0."""
    bad = {"broken", "unverifiable"} if strict else {"broken"}
    return EXIT_BROKEN if any(r["outcome"] in bad and not r.get("fixed") for r in results) \
        else EXIT_OK


def run_check(keys: list[str], library: Optional[Path], fmt: str, output: Optional[Path],
              cache_file: Optional[Path], no_cache: bool, max_age: str, timeout: float,
              concurrency: int, per_host: Optional[int], interval_ms: int, retries: int,
              accept: Optional[str], exclude: Optional[str], strict: bool, fix: bool,
              suggest: bool) -> int:
    import re

    from .library import Library, LibraryError
    from .links import report
    from .links.cache import LinkCache, default_path, parse_age
    from .links.check import CheckOptions, check_records
    from .links.fix import apply_fixes
    from .links.http import Options

    if fmt not in report.FORMATS:
        raise _fail(f"--format must be one of {', '.join(report.FORMATS)}")
    try:
        age = parse_age(max_age)
    except ValueError as exc:
        raise _fail(str(exc)) from None
    if exclude:
        try:
            re.compile(exclude)
        except re.error as exc:
            raise _fail(f"--exclude is not a valid regex: {exc}") from None
    if min(timeout, concurrency, retries + 1) <= 0 or interval_ms < 0 or \
            (per_host is not None and per_host < 1):
        raise _fail("--timeout, --concurrency and --per-host must be positive")
    lib = Library(library)
    if not lib.exists():
        raise _fail(f"no library at {lib.path}")
    listing = lib.load_all()
    for err in listing.errors:
        typer.echo(f"warning: {err}", err=True)
    records = {r["id"]: r for r in listing.records}
    if keys:
        missing = [k for k in keys if k not in records]
        if missing:
            raise _fail("no such record: " + ", ".join(missing))
        chosen = [records[k] for k in keys]
    else:
        chosen = list(records.values())
    cache = None if no_cache else LinkCache(cache_file or default_path(lib.path), age)
    opts = CheckOptions(concurrency=concurrency, per_host=per_host, interval_ms=interval_ms,
                        accept=_codes(accept), exclude=exclude,
                        http=Options(timeout=timeout, retries=retries,
                                     deadline=max(timeout * (retries + 1) * 2, 30.0)))
    results = check_records(chosen, opts, cache=cache, progress=_progress())
    if sys.stderr.isatty():
        sys.stderr.write("\r\033[K")
    if suggest:
        _add_wayback(results, records, timeout)
    if fix:
        try:
            for key in apply_fixes(lib, results, records):
                typer.echo(f"fixed {key}", err=True)
        except (LibraryError, ValueError) as exc:
            raise _fail(f"could not save a fix: {exc}") from None
    text = report.render(fmt, results, library=lib.path, strict=strict)
    if output:
        try:
            output.write_text(text, "utf-8")
        except OSError as exc:
            raise _fail(f"cannot write {output}: {exc.strerror}") from None
    else:
        sys.stdout.write(text)
    return exit_code(results, strict)


def _progress():
    """A one-line counter on stderr, only when a person is watching."""
    if not sys.stderr.isatty():
        return None
    done = [0]

    def show(result: dict) -> None:
        done[0] += 1
        sys.stderr.write(f"\r\033[K[{done[0]}] {result['outcome']:<12} {result['url'][:70]}")
        sys.stderr.flush()

    return show


def _add_wayback(results: list[dict], records: dict[str, dict], timeout: float) -> None:
    from .links.wayback import closest_snapshot

    for r in results:
        if r["outcome"] == "broken" and not r.get("suggestion"):
            snap = closest_snapshot(r["url"], records.get(r["key"]), timeout=timeout)
            if snap:
                r["suggestion"], r["wayback"] = snap, True


class _CheckCommand(TyperCommand):
    """Usage errors exit 1, like other misuse: exit 2 means a broken link to CI scripts."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as exc:
            exc.exit_code = EXIT_ERROR
            raise


def register(app: typer.Typer) -> None:
    """Add the `check` command to the citekit app."""

    @app.command("check", cls=_CheckCommand)
    def check(
        keys: List[str] = typer.Argument(
            None, metavar="KEY...",
            help="Records to check; all by default."),
        library: Optional[Path] = typer.Option(
            None, "--library", "-L", envvar="CITEKIT_LIBRARY", help="Library folder."),
        fmt: str = typer.Option("text", "--format", help="text, json, markdown, junit or github."),
        output: Optional[Path] = typer.Option(
            None, "-o", "--output",
            help="Write the report here."),
        cache_file: Optional[Path] = typer.Option(None, "--cache", help="Cache file."),
        no_cache: bool = typer.Option(
            False, "--no-cache",
            help="Neither read nor write the cache."),
        max_age: str = typer.Option(
            "1d", "--max-age",
            help="Reuse cached answers this young (12h, 1d)."),
        timeout: float = typer.Option(10.0, "--timeout", help="Seconds per connect and read."),
        concurrency: int = typer.Option(8, "--concurrency", help="Links checked at once."),
        per_host: Optional[int] = typer.Option(
            None, "--per-host",
            help="Requests at once per host (default 2 for archives, 4 else)."),
        interval_ms: int = typer.Option(
            0, "--interval-ms",
            help="Minimum ms between requests to one host."),
        retries: int = typer.Option(2, "--retries", help="Retries on 408, 429, 5xx and timeouts."),
        accept: Optional[str] = typer.Option(
            None, "--accept",
            help="Extra HTTP codes taken as ok, e.g. 403,999."),
        exclude: Optional[str] = typer.Option(
            None, "--exclude",
            help="Skip URLs matching this regex."),
        strict: bool = typer.Option(False, "--strict", help="Unverifiable links fail too."),
        fix: bool = typer.Option(
            False, "--fix",
            help="Rewrite URLs to canonical or moved addresses."),
        suggest: bool = typer.Option(
            False, "--suggest",
            help="Suggest Wayback copies for broken links."),
    ) -> None:
        """Check the archive links of records: exit 2 when one is broken."""
        try:
            code = run_check(keys or [], library, fmt, output, cache_file, no_cache, max_age,
                             timeout, concurrency, per_host, interval_ms, retries, accept,
                             exclude, strict, fix, suggest)
        except typer.Exit:
            raise
        except Exception as exc:  # a runtime failure is exit 1 with a message, not a trace
            raise _fail(f"{type(exc).__name__}: {exc}") from None
        raise typer.Exit(code)
