"""``govtext eval`` — precision/recall/F1 against gold annotations."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, List, Optional

import typer

from govtext.cli.common import fail
from govtext.evaluation import evaluate, format_table


def eval_(
    corpus: Annotated[Path, typer.Option("--corpus", metavar="DIR", help="Folder of <stem>.txt documents.")] = Path("corpus"),
    gold: Annotated[Path, typer.Option("--gold", metavar="DIR", help="Folder of <stem>.jsonl gold facts (+ .meta.json).")] = Path("corpus/gold"),
    pred_dir: Annotated[Optional[Path], typer.Option("--pred-dir", metavar="DIR", help="Score saved <stem>.jsonl predictions instead.")] = None,
    show: Annotated[int, typer.Option("--show", metavar="N", help="Print up to N misses per kind.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    min_f1: Annotated[Optional[List[str]], typer.Option("--min-f1", metavar="KIND=F1", help="Value-F1 floor of a kind; exit 1 when below (repeatable).")] = None,
) -> None:
    """Score extraction against gold facts, with the same figures as the reference scorer.

    \b
    Example: govtext eval --corpus corpus --gold corpus/gold --show 5
    """
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
