"""``govtext convert INPUT... -o OUT`` — a corpus to one Document line per document."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, List, Literal, Optional

import typer
from rich.console import Console
from rich.table import Table

from govtext.cli.common import USAGE, fail
from govtext.cli.options import refuse
from govtext.corpus.convert import MissingExtra, Summary
from govtext.corpus.convert import convert as run
from govtext.corpus.lock import OutputLocked
from govtext.corpus.pool import WorkerStartError
from govtext.corpus.progress import want_progress
from govtext.corpus.sources import MissingInput, NoDocuments
from govtext.dask import convert as dask_convert


def _print_summary(summary: Summary) -> None:
    table = Table(title="facts per kind", caption=f"{summary.converted} documents converted in this run")
    table.add_column("kind")
    table.add_column("facts", justify="right")
    for kind, n in sorted(summary.kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        table.add_row(kind, str(n))
    table.add_row("[bold]total", f"[bold]{sum(summary.kinds.values())}")
    Console().print(table)


def closing_line(s: Summary) -> str:
    """What a run did, in one line: converted, already done, failed (known and new)."""
    skipped = f", {s.skipped} already done" if s.skipped else ""
    line = f"converted {s.converted} documents{skipped} in {s.seconds:.1f}s ({s.rate:.1f} docs/s) -> {s.output}"
    if s.failed and s.known_failures:
        new = f"{s.new_failures} new" if s.new_failures else "none new"
        line += f"; {s.failed} failed ({s.known_failures} had failed before, {new}), see {s.errors}"
    elif s.failed:
        line += f"; {s.failed} failed, see {s.errors}"
    return line


def convert(
    inputs: Annotated[List[str], typer.Argument(
        metavar="INPUT", help="Folders, files or globs: .txt (any Chinese encoding), .html, .jsonl.", show_default=False)],
    output: Annotated[Path, typer.Option(
        "--output", "-o", metavar="OUT", help="OUT.jsonl or OUT.parquet (a folder of parts with --scheduler).",
        show_default=False)],
    workers: Annotated[Optional[int], typer.Option(
        "--workers", "-w", min=1, metavar="N", help="Worker processes (default: one per core; 1 converts in this process).")] = None,
    resume: Annotated[bool, typer.Option(
        "--resume", help="Keep what an earlier run wrote and convert the rest; documents that failed before are "
                         "tried again and counted apart.")] = False,
    errors: Annotated[Optional[Path], typer.Option(
        "--errors", metavar="FILE", help="Where failures go, one {id, stage, message} a line "
                                         "(default: OUT.errors.jsonl).")] = None,
    fmt: Annotated[Optional[Literal["jsonl", "parquet"]], typer.Option(
        "--format", "-f", help="jsonl or parquet (default: from the OUT suffix).")] = None,
    text_field: Annotated[str, typer.Option("--text-field", metavar="FIELD", help="Field holding the text in .jsonl inputs.")] = "text",
    id_field: Annotated[Optional[str], typer.Option(
        "--id-field", metavar="FIELD", help="Field holding the id in .jsonl inputs (default: FILE:LINE).")] = None,
    max_mb: Annotated[float, typer.Option("--max-mb", min=0.001, metavar="MB", help="Refuse documents larger than this many MB, as errors.")] = 32.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no closing line.")] = False,
    summary: Annotated[bool, typer.Option("--summary", help="Print a table of fact counts per kind.")] = False,
    scheduler: Annotated[Optional[str], typer.Option(
        "--scheduler", metavar="ADDRESS", help="Run on Dask: a scheduler address (tcp://host:8786), or processes, "
                                               "threads or synchronous on this machine.")] = None,
) -> None:
    """Convert documents to JSONL (or Parquet), in parallel. Exit code 1 when a document failed
    (with --resume: one that had not failed before), 2 when the command cannot run (a missing
    input, an output another conversion is writing).

    \b
    Example: govtext convert corpus -o out/facts.jsonl --errors out/errors.jsonl --summary
    """
    if scheduler and errors is not None:
        refuse("--errors", "does not apply with --scheduler: failures go to OUT/_errors/")
    if scheduler and "://" in scheduler and workers is not None:
        refuse("--workers", "does not apply with a scheduler address: the cluster has its own workers")
    max_bytes = int(max_mb * 2**20)
    try:
        if scheduler:
            result = dask_convert(inputs, output, scheduler=scheduler, format=fmt or "jsonl", text_field=text_field,
                                  id_field=id_field, resume=resume, max_bytes=max_bytes, workers=workers,
                                  progress=want_progress(quiet))
        else:
            result = run(inputs, output, workers=workers, resume=resume, errors=errors, format=fmt,
                         text_field=text_field, id_field=id_field, progress=want_progress(quiet), max_bytes=max_bytes)
    except (MissingInput, OutputLocked) as exc:
        fail(str(exc), USAGE)
    except (NoDocuments, MissingExtra, WorkerStartError, ImportError, ValueError, OSError) as exc:
        fail(str(exc))
    if summary:
        _print_summary(result)
    if not quiet:
        typer.echo(closing_line(result), err=True)
    if not result.ok:
        raise typer.Exit(code=1)


def register(app: typer.Typer) -> None:
    app.command()(convert)
