"""``govtext index OUT`` — persist converted output to a DuckDB file for fast reopening."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from govtext.cli.common import fail


def index(
    source: Path = typer.Argument(..., help="Converted output: .jsonl, .parquet or a folder of parts."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="The .duckdb file (default: SOURCE.duckdb)."),
) -> None:
    """Build the documents and facts tables once and save them; govtext.open(FILE.duckdb) reads them.

    Example: govtext index out/facts.jsonl -o out/facts.duckdb
    """
    import duckdb

    from govtext.store import build_index

    if output is None:
        output = source.with_suffix(".duckdb") if source.is_file() else Path(f"{source}.duckdb")
    try:
        build_index(source, output)
    except (FileNotFoundError, ValueError, duckdb.Error) as exc:
        fail(str(exc).splitlines()[0])
    typer.echo(f"wrote {output}", err=True)


def register(app: typer.Typer) -> None:
    app.command()(index)
