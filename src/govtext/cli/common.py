"""Shared pieces of the CLI: one-sentence errors with exit code 1, JSONL writing."""
from __future__ import annotations

import json
import sys
from typing import Iterable, NoReturn

import typer

__all__ = ["fail", "write_jsonl"]


def fail(message: str) -> NoReturn:
    """Print ``govtext: <message>`` on stderr and exit with code 1."""
    typer.echo(f"govtext: {message}", err=True)
    raise typer.Exit(code=1)


def write_jsonl(rows: Iterable[dict], stream=None) -> None:
    out = stream or sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
