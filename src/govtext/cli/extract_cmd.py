"""``govtext extract FILE`` — the facts of one file as JSONL."""
from __future__ import annotations

import typer

from govtext.cli.common import extract_or_fail, read_input, write_jsonl
from govtext.cli.options import DocDateOption, FileArgument, KindOption, kind_values


def extract(file: FileArgument, kind: KindOption = None, doc_date: DocDateOption = None) -> None:
    """Print the facts of FILE as JSONL, one fact a line.

    \b
    Example: govtext extract corpus/002_9a05cc43a8767791.txt --kind date
    """
    text, _enc = read_input(file)
    facts = extract_or_fail(file, text, doc_date, kind_values(kind))
    write_jsonl(f.model_dump(mode="json") for f in facts)


def register(app: typer.Typer) -> None:
    app.command()(extract)
