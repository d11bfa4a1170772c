"""Which files a store reads at a path: one JSONL or Parquet file, a folder of parts, a DuckDB index.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "part-00000.jsonl").write_text("{}"), (root / "_errors").mkdir()
>>> store_files(root)[0], [pathlib.Path(f).name for f in store_files(root)[1]]
('jsonl', ['part-00000.jsonl'])
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Union

__all__ = ["store_files", "SKIP_SUFFIXES"]

SKIP_SUFFIXES = (".errors.jsonl", ".partial.jsonl")


def store_files(path: Union[str, os.PathLike]) -> tuple[str, list[str]]:
    """``(format, files)`` a store would read at ``path``: jsonl, parquet or duckdb."""
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
        return kinds.pop(), found
    if not p.exists():
        raise FileNotFoundError(f"{p}: no such file or folder")
    if p.suffix == ".duckdb":
        return "duckdb", [str(p)]
    return ("parquet" if p.suffix == ".parquet" else "jsonl"), [str(p)]
