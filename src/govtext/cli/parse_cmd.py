"""``govtext parse FILE`` — one file as a Document record (JSON)."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from govtext.cli.common import fail, read_input


def parse(
    file: Path = typer.Argument(..., help="A text file (UTF-8, GB18030/GBK or Big5), or - for stdin."),
    doc_date: Optional[str] = typer.Option(None, "--doc-date", help="Anchor for year-less dates, e.g. 2014-04-03."),
    no_facts: bool = typer.Option(False, "--no-facts", help="Leave the facts out of the output."),
    indent: Optional[int] = typer.Option(2, "--indent", help="JSON indentation (0 for one line)."),
) -> None:
    """Print the Document parsed from FILE (metadata, region, sections, paragraphs, sentences, facts) as JSON.

    Example: govtext parse corpus/002_9a05cc43a8767791.txt --no-facts
    """
    from govtext.structure import parse as parse_text

    text, enc = read_input(file)
    doc_id = None if str(file) == "-" else file.stem
    try:
        doc = parse_text(text, doc_date=doc_date, id=doc_id).model_copy(update={"encoding": enc})
    except ValueError as exc:
        fail(f"{file}: {exc}")
    row = doc.model_dump(mode="json", exclude={"facts"} if no_facts else None)
    sys.stdout.write(json.dumps(row, ensure_ascii=False, indent=indent or None) + "\n")


def register(app: typer.Typer) -> None:
    app.command()(parse)
