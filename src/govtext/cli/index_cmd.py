"""``govtext index OUT`` — persist converted output to a DuckDB file for fast reopening."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from govtext.cli.common import USAGE, fail
from govtext.cli.options import SourceArgument
from govtext.corpus.progress import want_progress
from govtext.store import NotGovtextOutput, build_index
from govtext.store.files import check_index_path


def index(
    source: SourceArgument,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", metavar="FILE",
                                                   help="The .duckdb file (default: SOURCE.duckdb).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Build the documents and facts tables once and save them; govtext.open(FILE.duckdb) reads them.

    \b
    Example: govtext index out/facts.jsonl -o out/facts.duckdb
    """
    import duckdb  # deferred: a heavy third-party import

    if output is None:
        output = source.with_suffix(".duckdb") if source.is_file() else Path(f"{source}.duckdb")
    try:
        check_index_path(output)
    except ValueError as exc:
        fail(str(exc), USAGE)
    try:
        build_index(source, output, progress=want_progress(quiet))
    except FileNotFoundError as exc:
        fail(str(exc), USAGE)
    except (NotGovtextOutput, ValueError, duckdb.Error) as exc:
        fail(str(exc).splitlines()[0])
    typer.echo(f"wrote {output}", err=True)


def register(app: typer.Typer) -> None:
    app.command()(index)
