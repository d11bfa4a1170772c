"""``govtext show FILE`` — the facts of one file, highlighted (``--html out.html``) or listed."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from govtext.cli.common import extract_or_fail, fail, read_input


def show(
    file: Path = typer.Argument(..., help="A text file (UTF-8, GB18030/GBK or Big5)."),
    html: Optional[Path] = typer.Option(None, "--html", help="Write the highlighted page to this HTML file."),
    kind: Optional[List[str]] = typer.Option(None, "--kind", "-k", help="Only these fact kinds (repeatable)."),
    doc_date: Optional[str] = typer.Option(None, "--doc-date", help="Anchor for year-less dates, e.g. 2014-04-03."),
) -> None:
    """Show the facts of FILE: a page with every fact highlighted by kind (--html), else one
    line per fact (kind, normalized value, text as written).

    Example: govtext show corpus/000_13e6af247fa6ec72.txt --html out.html
    """
    from govtext.rendering import fact_label, render_facts

    text, _enc = read_input(file)
    facts = extract_or_fail(file, text, doc_date, kind)
    if html is not None:
        try:
            html.write_text(render_facts(text, facts, page=True, title=file.name), encoding="utf-8")
        except OSError as exc:
            fail(f"cannot write {html}: {exc.strerror}")
        typer.echo(f"{html}: {len(facts)} facts")
        return
    for fact in facts:
        typer.echo(f"{fact.start}-{fact.end}\t{fact_label(fact)}\t{fact.text.replace(chr(10), ' ')}")


def register(app: typer.Typer) -> None:
    app.command()(show)
