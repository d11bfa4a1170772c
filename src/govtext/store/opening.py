"""Open converted output as a :class:`~govtext.store.store.Store`, or persist it as a DuckDB index."""
from __future__ import annotations

import os
from typing import Union

from govtext.store.files import store_files
from govtext.store.sql import DOCUMENTS_SQL, FACTS_SQL, raw_select_sql
from govtext.store.store import Store

__all__ = ["open_store", "build_index"]


def _load(con, fmt: str, files: list[str]) -> None:
    con.sql(raw_select_sql(fmt), params={"files": files}).create_view("raw")
    con.execute(DOCUMENTS_SQL)
    con.execute(FACTS_SQL)
    con.execute("DROP VIEW raw")


def open_store(path: Union[str, os.PathLike]) -> Store:
    """Open converted output (JSONL, Parquet, a folder of parts, or a ``.duckdb`` index)."""
    import duckdb  # deferred, like every heavy third-party import: the CLI starts fast

    fmt, files = store_files(path)
    if fmt == "duckdb":
        return Store(duckdb.connect(files[0], read_only=True), source=str(path))
    con = duckdb.connect()
    _load(con, fmt, files)
    return Store(con, source=str(path))


def build_index(path: Union[str, os.PathLike], out: Union[str, os.PathLike]) -> str:
    """Persist the store of ``path`` to the DuckDB file ``out`` (written whole, then renamed)."""
    import duckdb

    fmt, files = store_files(path)
    if fmt == "duckdb":
        raise ValueError(f"{path}: already a DuckDB index")
    out = os.fspath(out)
    tmp = f"{out}.tmp-{os.getpid()}"
    if os.path.exists(tmp):
        os.remove(tmp)
    try:
        con = duckdb.connect(tmp)
        _load(con, fmt, files)
        con.execute("CHECKPOINT")
        con.close()
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return out
