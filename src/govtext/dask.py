"""The same conversion on Dask: a local scheduler or a distributed cluster (``pip install 'govtext[dask]'``).

``convert(paths_or_bag, out_dir)`` writes one ``part-NNNNN.jsonl`` (or ``.parquet``) per
partition into ``out_dir``, each written whole and renamed into place, and failures into
``out_dir/_errors/part-NNNNN.jsonl``; ``govtext.open(out_dir)`` reads the parts as one store.
A bag may hold paths, :class:`~govtext.corpus.sources.Source` objects or ``{"id", "text"}`` dicts.

>>> import tempfile, os
>>> root = tempfile.mkdtemp(); _ = open(os.path.join(root, "a.txt"), "w").write("覆盖率达90%")
>>> s = convert([root], os.path.join(root, "out"), scheduler="synchronous")
>>> s.converted, s.kinds, sorted(os.listdir(os.path.join(root, "out")))
(1, {'percent': 1}, ['part-00000.jsonl'])
"""
from __future__ import annotations

import glob
import os
from collections import Counter
from typing import Any, Iterable, Optional, Union

from govtext.corpus.convert import Summary
from govtext.corpus.sources import Source, iter_sources

__all__ = ["convert"]


def _as_source(item: Any, text_field: str, id_field: Optional[str]) -> Source:
    if isinstance(item, Source):
        return item
    if isinstance(item, dict):
        rid = item.get(id_field or "id")
        text = item.get(text_field)
        if rid is None or not isinstance(text, str):
            return Source(id=str(rid), kind="record", error=f"record without an id or a string {text_field!r} field")
        return Source(id=str(rid), kind="record", text=text)
    path = os.fspath(item)
    kind = "html" if path.lower().endswith((".html", ".htm")) else "txt"
    return Source(id=path.replace(os.sep, "/"), kind=kind, path=path)


def _atomic_write(path: str, lines: list[bytes]) -> None:
    tmp = f"{path}.tmp-{os.getpid()}"
    with open(tmp, "wb") as stream:
        stream.write(b"".join(lines))
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(tmp, path)


def _write_part(items: list, out_dir: str, index: int, fmt: str, text_field: str, id_field: Optional[str]) -> dict:
    """Convert one partition and write its part file(s); returns its counts."""
    from govtext.corpus.work import convert_batch

    results = convert_batch([_as_source(i, text_field, id_field) for i in items])
    name = f"part-{index:05d}"
    lines = [r.line for r in results if r.ok]
    data = os.path.join(out_dir, f"{name}.jsonl")
    _atomic_write(data, lines)
    if fmt == "parquet":
        from govtext.corpus.parquet import write_parquet

        write_parquet([data], os.path.join(out_dir, f"{name}.parquet"))
        os.remove(data)
    bad = [r.error for r in results if not r.ok]
    if bad:
        import json

        os.makedirs(os.path.join(out_dir, "_errors"), exist_ok=True)
        _atomic_write(os.path.join(out_dir, "_errors", f"{name}.jsonl"),
                      [(json.dumps(e, ensure_ascii=False) + "\n").encode("utf-8") for e in bad])
    kinds: Counter = Counter()
    for r in results:
        kinds.update(r.kinds)
    return {"converted": len(lines), "failed": len(bad), "kinds": dict(kinds)}


def _clear(out_dir: str) -> None:
    """Remove the part files of an earlier run (only files named like ours)."""
    for pattern in ("part-*.jsonl", "part-*.parquet", os.path.join("_errors", "part-*.jsonl")):
        for path in glob.glob(os.path.join(out_dir, pattern)):
            os.remove(path)


def convert(
    bag_or_paths: Union[Iterable, Any],
    out_dir: Union[str, os.PathLike],
    scheduler: Union[str, Any, None] = None,
    *,
    format: str = "jsonl",
    npartitions: Optional[int] = None,
    text_field: str = "text",
    id_field: Optional[str] = None,
) -> Summary:
    """Convert on Dask into partitioned files under ``out_dir``. ``scheduler`` is a distributed
    ``Client``, a scheduler address (``tcp://host:8786``), a local scheduler name (``threads``,
    ``processes``, ``synchronous``) or ``None`` for Dask's default (or the active client)."""
    import time

    import dask
    import dask.bag as db

    if format not in ("jsonl", "parquet"):
        raise ValueError(f"unknown output format {format!r}: use jsonl or parquet")
    out_dir = os.fspath(out_dir)
    os.makedirs(out_dir, exist_ok=True)
    _clear(out_dir)
    started = time.monotonic()
    if isinstance(bag_or_paths, db.Bag):
        bag = bag_or_paths
    else:
        inputs = [bag_or_paths] if isinstance(bag_or_paths, (str, os.PathLike)) else list(bag_or_paths)
        sources = list(iter_sources(inputs, text_field=text_field, id_field=id_field))
        if not sources:
            return Summary(output=out_dir, errors=os.path.join(out_dir, "_errors"))
        bag = db.from_sequence(sources, npartitions=npartitions or min(len(sources), 64))
    parts = bag.to_delayed()
    tasks = [dask.delayed(_write_part)(p, out_dir, i, format, text_field, id_field) for i, p in enumerate(parts)]

    client = None
    if isinstance(scheduler, str) and "://" in scheduler:
        from distributed import Client

        client = scheduler = Client(scheduler)
    try:
        counts = dask.compute(*tasks, scheduler=scheduler) if scheduler is not None else dask.compute(*tasks)
    finally:
        if client is not None:
            client.close()
    kinds: Counter = Counter()
    for c in counts:
        kinds.update(c["kinds"])
    return Summary(
        output=out_dir, errors=os.path.join(out_dir, "_errors"),
        converted=sum(c["converted"] for c in counts), failed=sum(c["failed"] for c in counts),
        kinds=dict(sorted(kinds.items())), seconds=time.monotonic() - started,
    )
