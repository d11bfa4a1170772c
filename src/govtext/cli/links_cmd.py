"""``govtext links STORE [-o FILE]`` — the citation links of converted documents."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from govtext.cli.common import fail
from govtext.store import open_store


def links(
    source: Path = typer.Argument(..., help="Converted output: .jsonl, .parquet, a folder of parts or a .duckdb index."),
    output: Optional[Path] = typer.Option(
        None, "--output", "-o", help="Write to .csv or .parquet (one row per reference), .graphml or .gexf (the network)."),
) -> None:
    """Find every document's references to other documents and resolve them (CSV on stdout, or a file).

    Example: govtext links out/facts.jsonl -o out/links.gexf
    """
    import duckdb  # deferred: a heavy third-party import

    try:
        store = open_store(source)
    except (FileNotFoundError, ValueError, duckdb.Error) as exc:
        fail(str(exc).splitlines()[0])
    with store:
        if output is None:
            table = store.citations()
            table["candidates"] = table["candidates"].map(lambda c: " / ".join(c) if len(c) else None)
            table.to_csv(sys.stdout, index=False, lineterminator="\n")
            return
        try:
            store.export_links(output)
        except (ValueError, OSError) as exc:
            fail(str(exc).splitlines()[0])
    typer.echo(f"wrote {output}", err=True)


def register(app: typer.Typer) -> None:
    app.command()(links)
