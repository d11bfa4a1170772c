"""The ``govtext`` command: a thin layer over the library (typer + rich).

Each command lives in its own module under ``govtext.cli`` and exposes ``register(app)``;
the list below is the one place commands are wired in.
"""
from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="govtext",
    help="Turn Chinese policy documents into structured, queryable facts.\n\n"
    "Example: govtext extract corpus/002_9a05cc43a8767791.txt",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # click's own help: flags as flags, help texts whole at any width
)

_COMMAND_MODULES = [
    "govtext.cli.extract_cmd",
    "govtext.cli.parse_cmd",
    "govtext.cli.eval_cmd",
    "govtext.cli.schema_cmd",
    "govtext.cli.show_cmd",
    "govtext.cli.convert_cmd",
    "govtext.cli.query_cmd",
    "govtext.cli.index_cmd",
    "govtext.cli.links_cmd",
]

for _name in _COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def main() -> None:  # console-script entry point
    app()
