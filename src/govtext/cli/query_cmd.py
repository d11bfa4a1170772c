"""``govtext query OUT "SELECT …"`` — SQL over converted output (tables documents and facts)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from govtext.cli.common import fail


def _show(df, limit: int) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for col in df.columns:
        table.add_column(str(col), overflow="fold")
    for row in df.head(limit).itertuples(index=False):
        table.add_row(*("" if v is None else str(v) for v in row))
    console = Console()
    console.print(table)
    if len(df) > limit:
        console.print(f"… {len(df) - limit} more rows (use --csv or --parquet for all)")


def query(
    source: Path = typer.Argument(..., help="Converted output: .jsonl, .parquet, a folder of parts or a .duckdb index."),
    sql: str = typer.Argument(..., help="SQL over the tables documents and facts."),
    csv: Optional[Path] = typer.Option(None, "--csv", help="Write the result to this CSV file."),
    parquet: Optional[Path] = typer.Option(None, "--parquet", help="Write the result to this Parquet file."),
    excel: bool = typer.Option(False, "--excel", help="With --csv: UTF-8 with a BOM, for Excel."),
    limit: int = typer.Option(50, "--limit", help="Rows to print in the terminal."),
) -> None:
    """Run SQL over converted documents and print the result as a table (or write files).

    Example: govtext query out/facts.jsonl "SELECT kind, count(*) AS n FROM facts GROUP BY kind"
    """
    import duckdb

    from govtext.store import open_store

    try:
        store = open_store(source)
    except (FileNotFoundError, ValueError, duckdb.Error) as exc:
        fail(str(exc).splitlines()[0])
    with store:
        try:
            if csv or parquet:
                for path in (csv, parquet):
                    if path is not None:
                        store.export(path, sql, excel=excel and path == csv)
                        typer.echo(f"wrote {path}", err=True)
            else:
                _show(store.sql(sql), limit)
        except duckdb.Error as exc:
            fail(str(exc).splitlines()[0])


def register(app: typer.Typer) -> None:
    app.command()(query)
