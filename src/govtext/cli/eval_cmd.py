"""``govtext eval`` — precision/recall/F1 against gold annotations."""
from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer

from govtext.cli.common import fail


def eval_(
    corpus: Path = typer.Option(Path("corpus"), "--corpus", help="Folder of <stem>.txt documents."),
    gold: Path = typer.Option(Path("corpus/gold"), "--gold", help="Folder of <stem>.jsonl gold facts (+ .meta.json)."),
    pred_dir: Optional[Path] = typer.Option(None, "--pred-dir", help="Score saved <stem>.jsonl predictions instead."),
    show: int = typer.Option(0, "--show", help="Print up to N misses per kind."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
    min_f1: Optional[List[str]] = typer.Option(None, "--min-f1", help="KIND=F1 value-F1 floor; exit 1 when below."),
) -> None:
    """Score extraction against gold facts, with the same figures as the reference scorer.

    Example: govtext eval --corpus corpus --gold corpus/gold --show 5
    """
    from govtext.evaluation import evaluate, format_table

    try:
        result = evaluate(corpus, gold, pred_dir=pred_dir)
    except FileNotFoundError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps(result.to_json(), ensure_ascii=False))
    else:
        typer.echo(format_table(result, show=show))
    failed = False
    for floor in min_f1 or []:
        kind, _, val = floor.partition("=")
        f1 = result.rows.get(kind, {"value": (0, 0, 0.0)})["value"][2]
        if f1 < float(val):
            typer.echo(f"below floor: {kind} value F1 {f1:.3f} < {val}", err=True)
            failed = True
    if failed:
        raise typer.Exit(code=1)


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_)
