"""``govtext schema`` — the JSON Schema of facts or documents."""
from __future__ import annotations

import json
from typing import Annotated, Literal

import typer

from govtext.records import document_schema, fact_schema


def schema(
    what: Annotated[Literal["fact", "document"], typer.Argument(
        metavar="WHAT", help="fact (one fact, a union on kind) or document.")] = "fact",
) -> None:
    """Print the JSON Schema of a fact or of a Document record.

    \b
    Example: govtext schema document > document.schema.json
    """
    typer.echo(json.dumps(fact_schema() if what == "fact" else document_schema(), ensure_ascii=False, indent=2))


def register(app: typer.Typer) -> None:
    app.command()(schema)
