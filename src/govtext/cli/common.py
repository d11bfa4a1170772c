"""Shared pieces of the CLI: one-sentence errors with exit code 1, JSONL writing."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Iterable, NoReturn, Optional

import typer

__all__ = ["fail", "write_jsonl", "read_input", "extract_or_fail"]


def fail(message: str) -> NoReturn:
    """Print ``govtext: <message>`` on stderr and exit with code 1."""
    typer.echo(f"govtext: {message}", err=True)
    raise typer.Exit(code=1)


def write_jsonl(rows: Iterable[dict], stream=None) -> None:
    out = stream or sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


def read_input(file: Path) -> tuple[str, str]:
    """``(text, encoding)`` of FILE, or of stdin when FILE is ``-``; unreadable input exits 1."""
    from govtext.reading import UnreadableError, read_bytes, read_file

    try:
        if str(file) == "-":
            return read_bytes(sys.stdin.buffer.read(), name="<stdin>")
        return read_file(file)
    except UnreadableError as exc:
        fail(str(exc))


def extract_or_fail(file: Path, text: str, doc_date: Optional[str], kinds: Optional[list[str]]) -> list:
    """Facts of ``text``; a bad argument (unknown kind, bad date) exits 1 naming FILE."""
    from govtext.extract import extract_facts

    try:
        return extract_facts(text, doc_date=doc_date, kinds=kinds or None)
    except ValueError as exc:
        fail(f"{file}: {exc}")
