"""``govtext convert INPUT... -o OUT`` — a corpus to one Document line per document."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from govtext.cli.common import fail


def _print_summary(summary, to_stdout: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="facts per kind", caption=f"{summary.converted} documents converted in this run")
    table.add_column("kind")
    table.add_column("facts", justify="right")
    for kind, n in sorted(summary.kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        table.add_row(kind, str(n))
    table.add_row("[bold]total", f"[bold]{sum(summary.kinds.values())}")
    Console(stderr=not to_stdout).print(table)


def convert(
    inputs: List[str] = typer.Argument(..., help="Folders, files or globs: .txt (any Chinese encoding), .html, .jsonl."),
    output: Path = typer.Option(..., "--output", "-o", help="OUT.jsonl or OUT.parquet (a folder with --scheduler)."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1, help="Worker processes (default: all cores)."),
    resume: bool = typer.Option(False, "--resume", help="Skip documents whose id is already in the output."),
    errors: Optional[Path] = typer.Option(None, "--errors", help="Where failures go, one {id, stage, message} a line "
                                          "(default: OUT.errors.jsonl)."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="jsonl or parquet (default: from the OUT suffix)."),
    text_field: str = typer.Option("text", "--text-field", help="Field holding the text in .jsonl inputs."),
    id_field: Optional[str] = typer.Option(None, "--id-field", help="Field holding the id in .jsonl inputs "
                                           "(default: FILE:LINE)."),
    max_mb: float = typer.Option(32.0, "--max-mb", min=0.001, help="Refuse documents larger than this (MB) as errors."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no closing line."),
    summary: bool = typer.Option(False, "--summary", help="Print a table of fact counts per kind."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Run on Dask: a scheduler address "
                                            "(tcp://host:8786) or threads/processes/synchronous."),
) -> None:
    """Convert documents to JSONL (or Parquet), in parallel; exit code 1 if any document failed.

    Example: govtext convert corpus -o out/facts.jsonl --errors out/errors.jsonl --summary
    """
    from govtext.corpus.convert import MissingExtra
    from govtext.corpus.progress import want_progress

    if fmt is not None and fmt not in ("jsonl", "parquet"):
        fail(f"unknown format {fmt!r}: use jsonl or parquet")
    try:
        if scheduler:
            from govtext.dask import convert as dask_convert

            output.mkdir(parents=True, exist_ok=True)
            result = dask_convert(inputs, output, scheduler=scheduler, format=fmt or "jsonl",
                                  text_field=text_field, id_field=id_field)
        else:
            from govtext.corpus.convert import convert as run

            output.parent.mkdir(parents=True, exist_ok=True)
            if errors is not None:
                errors.parent.mkdir(parents=True, exist_ok=True)
            result = run(inputs, output, workers=workers, resume=resume, errors=errors, format=fmt,
                         text_field=text_field, id_field=id_field, progress=want_progress(quiet),
                         max_bytes=int(max_mb * 2**20))
    except (MissingExtra, ImportError, ValueError, OSError) as exc:
        fail(str(exc))
    if result.converted + result.failed + result.skipped == 0:
        fail(f"no documents found in {' '.join(inputs)}")
    if summary:
        _print_summary(result, to_stdout=True)
    if not quiet:
        note = f"; {result.failed} failed, see {result.errors}" if result.failed else ""
        skipped = f", {result.skipped} already done" if result.skipped else ""
        typer.echo(f"converted {result.converted} documents{skipped} in {result.seconds:.1f}s "
                   f"({result.rate:.1f} docs/s) -> {result.output}{note}", err=True)
    if not result.ok:
        raise typer.Exit(code=1)


def register(app: typer.Typer) -> None:
    app.command()(convert)
