"""``govtext parse FILE`` — one file as a Document record (JSON)."""
from __future__ import annotations

import json
import sys
from typing import Annotated, Optional

import typer

from govtext.cli.common import fail, read_input
from govtext.cli.options import DocDateOption, FileArgument
from govtext.corpus.sources import file_id
from govtext.structure import parse as parse_text


def parse(
    file: FileArgument,
    doc_date: DocDateOption = None,
    no_facts: Annotated[bool, typer.Option("--no-facts", help="Leave the facts out of the output.")] = False,
    indent: Annotated[Optional[int], typer.Option("--indent", metavar="N", help="JSON indentation (0 for one line).")] = 2,
) -> None:
    """Print the Document parsed from FILE (metadata, region, sections, paragraphs, sentences,
    facts) as JSON. Its id is the file's name, as `govtext convert` names it.

    \b
    Example: govtext parse corpus/002_9a05cc43a8767791.txt --no-facts
    """
    text, enc = read_input(file)
    doc_id = None if str(file) == "-" else file_id(file)
    try:
        doc = parse_text(text, doc_date=doc_date, id=doc_id).model_copy(update={"encoding": enc})
    except ValueError as exc:
        fail(f"{file}: {exc}")
    row = doc.model_dump(mode="json", exclude={"facts"} if no_facts else None)
    sys.stdout.write(json.dumps(row, ensure_ascii=False, indent=indent or None) + "\n")


def register(app: typer.Typer) -> None:
    app.command()(parse)
