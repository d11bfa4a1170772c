"""Options and arguments shared by several commands, defined once (as sqlite-utils does).

Each is an ``Annotated`` type a command names as a parameter's type: ``kind: KindOption = None``.
Values are checked where click checks them, so a bad value is a usage error (exit code 2) that
names the option and lists what is allowed.
"""
from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated, List, NoReturn, Optional

import typer

from govtext.cli.common import USAGE, fail
from govtext.extract import check_doc_date
from govtext.extract.registry import DEFAULT_KINDS

__all__ = ["FileArgument", "Kind", "KindOption", "kind_values", "DocDateOption", "SourceArgument", "doc_date_value", "refuse"]


def doc_date_value(value: Optional[str]) -> Optional[str]:
    """``--doc-date``: an ISO date (2014-04-03), or nothing."""
    try:
        return check_doc_date(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not an ISO date such as 2014-04-03") from None


def refuse(option: str, reason: str) -> NoReturn:
    """A usage error (exit code 2) for an option this path cannot honour."""
    fail(f"{option} {reason}", USAGE)


FileArgument = Annotated[Path, typer.Argument(
    metavar="FILE", help="A text file (UTF-8, GB18030/GBK or Big5), or - for stdin.", show_default=False)]

Kind = enum.Enum("Kind", {k: k for k in DEFAULT_KINDS}, type=str)  # click checks the choice

KindOption = Annotated[Optional[List[Kind]], typer.Option(
    "--kind", "-k", metavar="KIND", help=f"Only facts of this kind (repeatable): {', '.join(DEFAULT_KINDS)}.",
    show_default=False)]


def kind_values(kinds: Optional[List[Kind]]) -> Optional[list[str]]:
    """The kind names given with ``--kind``, or None for every kind."""
    return [k.value for k in kinds] if kinds else None

DocDateOption = Annotated[Optional[str], typer.Option(
    "--doc-date", metavar="DATE", callback=doc_date_value,
    help="Anchor for year-less dates, an ISO date such as 2014-04-03 (default: the document's own date).")]

SourceArgument = Annotated[Path, typer.Argument(
    metavar="SOURCE", help="Converted output: .jsonl, .parquet, a folder of parts or a .duckdb index.",
    show_default=False)]
