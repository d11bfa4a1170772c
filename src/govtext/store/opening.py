"""Open converted output as a :class:`~govtext.store.store.Store`, or persist it as a DuckDB index."""
from __future__ import annotations

import os
from typing import Optional, Union

from govtext.corpus.progress import Progress, want_progress
from govtext.store.files import NotGovtextOutput, check_index_path, store_files
from govtext.store.sql import DOCUMENTS_SQL, FACTS_SQL, raw_select_sql
from govtext.store.store import Store

__all__ = ["open_store", "build_index"]

_STEPS = 3


def _load(con, fmt: str, files: list[str], bar: Progress) -> None:
    bar.describe(f"reading {len(files)} file{'s' if len(files) > 1 else ''}")
    con.sql(raw_select_sql(fmt), params={"files": files}).create_view("raw")
    bar.advance()
    bar.describe("documents table")
    con.execute(DOCUMENTS_SQL)
    bar.advance()
    bar.describe("facts table")
    con.execute(FACTS_SQL)
    con.execute("DROP VIEW raw")
    bar.advance()
    bar.describe("ready")


def _check_index(con, path: str) -> None:
    tables = {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if not {"documents", "facts"} <= tables:
        con.close()
        raise NotGovtextOutput(f"{path}: not a govtext index (no documents and facts tables); build one with govtext index")


def open_store(path: Union[str, os.PathLike], progress: Optional[bool] = None) -> Store:
    """Open converted output (JSONL, Parquet, a folder of parts, or a ``.duckdb`` index).
    ``progress`` shows the steps of building the tables (default: where a person watches)."""
    import duckdb  # deferred, like every heavy third-party import: the CLI starts fast

    fmt, files = store_files(path)
    if fmt == "duckdb":
        try:
            con = duckdb.connect(files[0], read_only=True)
        except duckdb.Error as exc:
            raise NotGovtextOutput(f"{path}: not a DuckDB file ({str(exc).splitlines()[0]})") from None
        _check_index(con, str(path))
        return Store(con, source=str(path))
    con = duckdb.connect()
    bar = Progress(want_progress() if progress is None else progress, description="opening", unit="steps")
    bar.start(_STEPS)
    try:
        _load(con, fmt, files, bar)
    finally:
        bar.stop()
    return Store(con, source=str(path))


def build_index(path: Union[str, os.PathLike], out: Union[str, os.PathLike], progress: Optional[bool] = None) -> str:
    """Persist the store of ``path`` to the DuckDB file ``out`` (written whole, then renamed);
    ``out`` must end in ``.duckdb``, the suffix :func:`open_store` reads as an index."""
    import duckdb

    out = check_index_path(out)
    fmt, files = store_files(path)
    if fmt == "duckdb":
        raise ValueError(f"{path}: already a DuckDB index")
    tmp = f"{out}.tmp-{os.getpid()}"
    if os.path.exists(tmp):
        os.remove(tmp)
    bar = Progress(want_progress() if progress is None else progress, description="indexing", unit="steps")
    bar.start(_STEPS)
    try:
        con = duckdb.connect(tmp)
        _load(con, fmt, files, bar)
        con.execute("CHECKPOINT")
        con.close()
        os.replace(tmp, out)
    finally:
        bar.stop()
        if os.path.exists(tmp):
            os.remove(tmp)
    return out
