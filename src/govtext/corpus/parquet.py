"""Document lines to Parquet, in bounded batches, written to a temporary file then renamed.

Columns follow :class:`~govtext.records.Document`: strings and integers stay typed, lists of
strings are Parquet lists, and nested records (``region``, ``sections``, ``facts`` …) are JSON
text columns (facts of different kinds have different fields). ``text`` is the last column.

>>> import tempfile, os, pyarrow.parquet as pq
>>> d = tempfile.mkdtemp(); src = os.path.join(d, "a.jsonl"); out = os.path.join(d, "a.parquet")
>>> _ = open(src, "w").write('{"id":"a","facts":[{"kind":"percent"}],"chars":3,"text":"90%"}\\n')
>>> write_parquet([src], out)
1
>>> pq.read_table(out).column("facts").to_pylist()
['[{"kind":"percent"}]']
"""
from __future__ import annotations

import json
import os
import typing
from typing import Iterable, Iterator

from govtext.corpus.sources import batched
from govtext.records import Document

__all__ = ["document_columns", "parquet_schema", "write_parquet", "to_row", "BATCH_ROWS"]

BATCH_ROWS = 512


def document_columns() -> list[tuple[str, str]]:
    """``(name, kind)`` for each Document field: kind is str, int, strlist or json."""
    cols = []
    for name, info in Document.model_fields.items():
        ann = info.annotation
        args = [a for a in typing.get_args(ann) if a is not type(None)]
        base = args[0] if (typing.get_origin(ann) is typing.Union and len(args) == 1) else ann
        if base is str:
            kind = "str"
        elif base is int:
            kind = "int"
        elif typing.get_origin(base) is list and typing.get_args(base) == (str,):
            kind = "strlist"
        else:
            kind = "json"
        cols.append((name, kind))
    return cols  # Document.text is the last field


def parquet_schema():
    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int64(), "strlist": pa.list_(pa.string()), "json": pa.string()}
    return pa.schema([(name, types[kind]) for name, kind in document_columns()])


def to_row(record: dict, columns=None) -> dict:
    """One JSON document record as a Parquet row (nested values as compact JSON text)."""
    row = {}
    for name, kind in columns or document_columns():
        value = record.get(name)
        if kind == "json" and value is not None:
            value = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        row[name] = value
    return row


def _rows(paths: Iterable[str], columns) -> Iterator[dict]:
    for path in paths:
        if path.endswith(".parquet"):
            import pyarrow.parquet as pq

            for rb in pq.ParquetFile(path).iter_batches(batch_size=BATCH_ROWS):
                yield from rb.to_pylist()
            continue
        with open(path, "rb") as stream:
            for line in stream:
                if line.endswith(b"\n") and line.strip():
                    yield to_row(json.loads(line), columns)


def _unique(rows: Iterable[dict]) -> Iterator[dict]:
    """Each id once (the first occurrence wins); rows without an id all pass."""
    seen: set = set()
    for row in rows:
        if row["id"] is not None:
            if row["id"] in seen:
                continue
            seen.add(row["id"])
        yield row


def _batches(paths: Iterable[str], columns) -> Iterator[list[dict]]:
    """Rows in batches, each id once (the first occurrence wins)."""
    return batched(_unique(_rows(paths, columns)), BATCH_ROWS)


def write_parquet(paths: Iterable[str], out: str) -> int:
    """Write the documents of JSONL (or earlier Parquet) ``paths`` to ``out``, each id once;
    returns the number of rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = document_columns()
    schema = parquet_schema()
    tmp = f"{out}.tmp-{os.getpid()}"
    rows = 0
    try:
        with pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
            for batch in _batches(paths, columns):
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                rows += len(batch)
        with open(tmp, "rb") as stream:
            os.fsync(stream.fileno())
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return rows
