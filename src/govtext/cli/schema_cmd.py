"""``govtext schema`` — the JSON Schema of facts or documents."""
from __future__ import annotations

import json

import typer


def schema(
    what: str = typer.Argument("fact", help="fact (one fact, a union on kind) or document."),
) -> None:
    """Print the JSON Schema of a fact or of a Document record.

    Example: govtext schema document > document.schema.json
    """
    from govtext.cli.common import fail
    from govtext.records import document_schema, fact_schema

    if what not in ("fact", "document"):
        fail(f"unknown schema {what!r}: use 'fact' or 'document'")
    typer.echo(json.dumps(fact_schema() if what == "fact" else document_schema(), ensure_ascii=False, indent=2))


def register(app: typer.Typer) -> None:
    app.command()(schema)
