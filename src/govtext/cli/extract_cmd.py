"""``govtext extract FILE`` — the facts of one file as JSONL."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from govtext.cli.common import extract_or_fail, read_input, write_jsonl


def extract(
    file: Path = typer.Argument(..., help="A text file (UTF-8, GB18030/GBK or Big5), or - for stdin."),
    kind: Optional[List[str]] = typer.Option(None, "--kind", "-k", help="Only these fact kinds (repeatable)."),
    doc_date: Optional[str] = typer.Option(None, "--doc-date", help="Anchor for year-less dates, e.g. 2014-04-03."),
) -> None:
    """Print the facts of FILE as JSONL, one fact a line.

    Example: govtext extract corpus/002_9a05cc43a8767791.txt --kind date
    """
    text, _enc = read_input(file)
    facts = extract_or_fail(file, text, doc_date, kind)
    write_jsonl(f.model_dump(mode="json") for f in facts)


def register(app: typer.Typer) -> None:
    app.command()(extract)
