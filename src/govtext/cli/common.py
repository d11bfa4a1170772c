"""Shared pieces of the CLI: one-sentence errors, reading one input file, JSONL writing.

Exit codes: 0 done; 1 the job failed (a document, bad SQL, an unreadable file); 2 the command
was wrong (a missing input, an option this path cannot honour, an output another run holds).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Iterable, NoReturn, Optional

import typer

from govtext.extract import extract_facts
from govtext.reading import UnreadableError, read_bytes, read_file

__all__ = ["fail", "write_jsonl", "read_input", "extract_or_fail", "USAGE"]

USAGE = 2


def fail(message: str, code: int = 1) -> NoReturn:
    """Print ``govtext: <message>`` on stderr and exit with ``code``."""
    typer.echo(f"govtext: {message}", err=True)
    raise typer.Exit(code=code)


def write_jsonl(rows: Iterable[dict], stream=None) -> None:
    out = stream or sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


def read_input(file: Path) -> tuple[str, str]:
    """``(text, encoding)`` of FILE, or of stdin when FILE is ``-``; a missing file exits 2, an
    unreadable or empty one exits 1."""
    name = "<stdin>" if str(file) == "-" else str(file)
    if name != "<stdin>" and not file.exists():
        fail(f"{file}: no such file", USAGE)
    try:
        text, encoding = read_bytes(sys.stdin.buffer.read(), name=name) if name == "<stdin>" else read_file(file)
    except UnreadableError as exc:
        fail(str(exc))
    if not text.strip():
        fail(f"{name}: empty file, nothing to read")
    return text, encoding


def extract_or_fail(file: Path, text: str, doc_date: Optional[str], kinds: Optional[list[str]]) -> list:
    """Facts of ``text``; a bad argument (unknown kind, bad date) exits 1 naming FILE."""
    try:
        return extract_facts(text, doc_date=doc_date, kinds=kinds or None)
    except ValueError as exc:
        fail(f"{file}: {exc}")
