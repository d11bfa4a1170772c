"""``govtext query OUT "SELECT …"`` — SQL over converted output (tables documents and facts).

The result goes to stdout as a table (for people), CSV or JSON (for programs), or to a file
(``--output``, its format from its suffix, as ``store.export`` writes it). A table never breaks
a value across lines: numbers and short values are shown whole, long texts end in ``…`` when
the terminal is too narrow (a pipe gets them whole).
"""
from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Annotated, Literal, Optional

import typer
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from govtext.cli.common import USAGE, fail
from govtext.cli.options import SourceArgument, refuse
from govtext.store import NotGovtextOutput, open_store
from govtext.store.export import check_format, flatten

_SHORT = 12  # a value this long or shorter is never cut


def _plain(value):
    """A cell as JSON can hold it: numpy numbers and arrays, NaN and timestamps made plain."""
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _cell(value) -> str:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, list):
        return " / ".join(str(v) for v in value)
    return str(value)


def _fit(widths: list[int], shrinkable: list[bool], room: int) -> list[int]:
    """Column widths within ``room``: the widest shrinkable columns give way first, none below
    ``_SHORT``; the others keep their width (a table wider than the room is the last resort)."""
    fixed = sum(w for w, s in zip(widths, shrinkable) if not s)
    flexible = sorted(w for w, s in zip(widths, shrinkable) if s)
    left = room - fixed
    if sum(flexible) <= left:
        return widths
    level, below = _SHORT, 0  # the level L at which sum(min(w, L)) reaches the room left
    for i, w in enumerate(flexible):
        if w * (len(flexible) - i) + below >= left:
            level = max(_SHORT, (left - below) // (len(flexible) - i))
            break
        below += w
    return [min(w, level) if s else w for w, s in zip(widths, shrinkable)]


def show_table(df, limit: int, console: Optional[Console] = None) -> None:
    """Print ``df`` as a table whose values are never broken across lines: numbers and short
    values whole, long texts cut with ``…`` on a narrow terminal, every value whole in a pipe."""
    console = console or Console()
    rows = [[_cell(v) for v in row] for row in df.head(limit).itertuples(index=False)]
    names = [str(c) for c in df.columns]
    numeric = [str(df[c].dtype).startswith(("int", "uint", "float", "Int", "Float")) for c in df.columns]
    widths = [max([cell_len(n), *(cell_len(r[i]) for r in rows)]) for i, n in enumerate(names)]
    if console.is_terminal:
        room = console.width - 3 * len(names) - 1  # the borders and the padding of each column
        ids = [n == "id" or n.endswith("_id") for n in names]  # identifiers stay whole, as numbers do
        widths = _fit(widths, [not (num or ident) and w > _SHORT for num, ident, w in zip(numeric, ids, widths)], room)
    table = Table(show_lines=False)
    for name, width, num in zip(names, widths, numeric):
        table.add_column(name, width=width, no_wrap=True, overflow="ellipsis", justify="right" if num else "left")
    for row in rows:
        table.add_row(*(Text(c) for c in row))  # values as text, never as rich markup
    needed = sum(widths) + 3 * len(names) + 1
    out = Console(file=console.file, width=max(needed, console.width if console.is_terminal else 0),
                  force_terminal=console.is_terminal, color_system=console.color_system)
    out.print(table, crop=False)
    if len(df) > limit:
        out.print(f"… {len(df) - limit} more rows (--limit, or --format csv, or --output FILE for all)")


def query(
    source: SourceArgument,
    sql: Annotated[str, typer.Argument(metavar="SQL", help="SQL over the tables documents and facts.", show_default=False)],
    fmt: Annotated[Literal["table", "csv", "json", "jsonl"], typer.Option(
        "--format", "-f", help="How to print the result: table (for people), csv, json (an array) or jsonl (an object a line).")] = "table",
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", metavar="FILE", help="Write the result to FILE instead: .csv, .parquet, .dta or .xlsx.")] = None,
    excel: Annotated[bool, typer.Option("--excel", help="With a .csv output: UTF-8 with a BOM, for Excel.")] = False,
    limit: Annotated[int, typer.Option("--limit", min=1, metavar="N", help="Rows to print as a table.")] = 50,
) -> None:
    """Run SQL over converted documents and print the result (or write it to a file).

    \b
    Example: govtext query out/facts.jsonl "SELECT kind, count(*) AS n FROM facts GROUP BY kind"
    """
    import duckdb  # deferred: a heavy third-party import

    if excel and (output is None or output.suffix.lower() != ".csv"):
        refuse("--excel", "applies only to an --output ending in .csv")
    if output is not None:
        try:
            check_format(str(output))
        except ValueError as exc:
            fail(str(exc), USAGE)
    try:
        store = open_store(source, progress=False)
    except FileNotFoundError as exc:
        fail(str(exc), USAGE)
    except (NotGovtextOutput, ValueError, duckdb.Error) as exc:
        fail(str(exc).splitlines()[0])
    with store:
        try:
            if output is not None:
                store.export(output, sql, excel=excel)
                typer.echo(f"wrote {output}", err=True)
                return
            df = store.sql(sql)
        except (duckdb.Error, ValueError) as exc:
            fail(str(exc).splitlines()[0])
    if fmt == "csv":
        flatten(df).to_csv(sys.stdout, index=False, lineterminator="\n")
    elif fmt in ("json", "jsonl"):
        rows = [{str(k): _plain(v) for k, v in row.items()} for row in df.to_dict(orient="records")]
        if fmt == "json":
            sys.stdout.write(json.dumps(rows, ensure_ascii=False) + "\n")
        else:
            sys.stdout.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    else:
        show_table(df, limit)


def register(app: typer.Typer) -> None:
    app.command()(query)
