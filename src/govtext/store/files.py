"""Which files a store reads at a path (one JSONL or Parquet file, a folder of parts, a DuckDB
index), and a check that they are govtext output before anything is loaded.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "part-00000.jsonl").write_text('{"id":"a","facts":[]}\\n'), (root / "_errors").mkdir()
>>> store_files(root)[0], [pathlib.Path(f).name for f in store_files(root)[1]]
('jsonl', ['part-00000.jsonl'])
>>> _ = (root / "notes.txt").write_text("买菜\\n")
>>> store_files(root / "notes.txt")
Traceback (most recent call last):
...
govtext.store.files.NotGovtextOutput: .../notes.txt: not govtext output (its first line is not a document written by govtext convert)
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Union

__all__ = ["store_files", "check_index_path", "check_output", "INDEX_SUFFIX", "NotGovtextOutput", "SKIP_SUFFIXES", "REQUIRED"]

SKIP_SUFFIXES = (".errors.jsonl", ".partial.jsonl")
REQUIRED = ("id", "facts")  # what every document line or row of govtext output has


class NotGovtextOutput(ValueError):
    """A file a store cannot read because govtext did not write it."""


def _first_line(path: str) -> bytes:
    with open(path, "rb") as stream:
        for line in stream:
            if line.strip():
                return line
    return b""


def check_output(fmt: str, files: list[str]) -> None:
    """Raise :class:`NotGovtextOutput` naming the first file that is not govtext output. JSONL
    files are judged by their first line, Parquet files by their columns; empty files pass (a
    run whose every document failed writes one)."""
    for path in files:
        if fmt == "parquet":
            import pyarrow.parquet as pq  # deferred: a heavy third-party import

            try:
                names = set(pq.read_schema(path).names)
            except Exception:  # noqa: BLE001 - any reason pyarrow cannot read it
                raise NotGovtextOutput(f"{path}: not a Parquet file") from None
            missing = [c for c in REQUIRED if c not in names]
            if missing:
                raise NotGovtextOutput(f"{path}: not govtext output (no column {', '.join(missing)})")
            continue
        line = _first_line(path)
        if not line:
            continue
        try:
            row = json.loads(line)
        except ValueError:
            row = None
        if not isinstance(row, dict) or any(key not in row for key in REQUIRED):
            raise NotGovtextOutput(f"{path}: not govtext output (its first line is not a document written by govtext convert)")


INDEX_SUFFIX = ".duckdb"  # the one suffix a store opens as a DuckDB index


def check_index_path(path: Union[str, os.PathLike]) -> str:
    """``path`` when it names a DuckDB index a store can open again (``.duckdb``), else ValueError
    naming the path and the suffix to use.

    >>> check_index_path("out/facts.duckdb")
    'out/facts.duckdb'
    >>> check_index_path("out/facts.txt")
    Traceback (most recent call last):
    ...
    ValueError: out/facts.txt: unknown index format '.txt'; use .duckdb
    """
    path = os.fspath(path)
    suffix = os.path.splitext(path)[1]
    if suffix != INDEX_SUFFIX:
        raise ValueError(f"{path}: unknown index format {suffix or '(no suffix)'!r}; use {INDEX_SUFFIX}")
    return path


def store_files(path: Union[str, os.PathLike]) -> tuple[str, list[str]]:
    """``(format, files)`` a store would read at ``path``: jsonl, parquet or duckdb. Raises
    FileNotFoundError when there is nothing, :class:`NotGovtextOutput` when it is not govtext output."""
    p = Path(path)
    if p.is_dir():
        found = sorted(
            str(f) for f in p.rglob("*")
            if f.is_file() and f.suffix in (".jsonl", ".ndjson", ".parquet")
            and not f.name.endswith(SKIP_SUFFIXES)
            and not any(part.startswith(("_", ".")) for part in f.relative_to(p).parts)
        )
        kinds = {"parquet" if f.endswith(".parquet") else "jsonl" for f in found}
        if not found:
            raise FileNotFoundError(f"{p}: no .jsonl or .parquet files in this folder")
        if len(kinds) > 1:
            raise ValueError(f"{p}: holds both JSONL and Parquet files; open one kind at a time")
        fmt = kinds.pop()
        check_output(fmt, found)
        return fmt, found
    if not p.exists():
        raise FileNotFoundError(f"{p}: no such file or folder")
    if p.suffix == INDEX_SUFFIX:
        return "duckdb", [str(p)]
    fmt = "parquet" if p.suffix == ".parquet" else "jsonl"
    check_output(fmt, [str(p)])
    return fmt, [str(p)]
