"""``govtext show FILE`` — the facts of one file, on a page (``--html out.html``) or listed."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from govtext.cli.common import fail, read_input
from govtext.cli.options import DocDateOption, FileArgument, KindOption, kind_values
from govtext.corpus.sources import file_id
from govtext.rendering import fact_label, render_document
from govtext.structure import parse as parse_text


def show(
    file: FileArgument,
    html: Annotated[Optional[Path], typer.Option(
        "--html", metavar="PAGE", help="Write the page (metadata, every fact highlighted) to this HTML file.")] = None,
    kind: KindOption = None,
    doc_date: DocDateOption = None,
) -> None:
    """Show the facts of FILE: a page with the document's metadata and every fact highlighted by
    kind (--html), else one line per fact (offsets, kind and value, text as written).

    \b
    Example: govtext show corpus/000_13e6af247fa6ec72.txt --html out.html
    """
    text, _enc = read_input(file)
    try:
        doc = parse_text(text, doc_date=doc_date, id=None if str(file) == "-" else file_id(file))
    except ValueError as exc:
        fail(f"{file}: {exc}")
    kinds = kind_values(kind)
    facts = [f for f in doc.facts if kinds is None or f.kind in kinds]
    if html is not None:
        try:
            html.write_text(render_document(doc, text, facts=facts, page=True), encoding="utf-8")
        except OSError as exc:
            fail(f"cannot write {html}: {exc.strerror}")
        typer.echo(f"{html}: {len(facts)} facts")
        return
    for fact in facts:
        typer.echo(f"{fact.start}-{fact.end}\t{fact_label(fact)}\t{fact.text.replace(chr(10), ' ')}")


def register(app: typer.Typer) -> None:
    app.command()(show)
