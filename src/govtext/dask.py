"""The same conversion on Dask: this machine or a cluster of machines (``pip install 'govtext[dask]'``).

``convert(paths_or_bag, out_dir)`` writes one ``part-NNNNN.jsonl`` (or ``.parquet``) per
partition into ``out_dir``, each written whole and renamed into place, and failures into
``out_dir/_errors/part-NNNNN.jsonl``; ``govtext.open(out_dir)`` reads the parts as one store.
A bag may hold paths, :class:`~govtext.corpus.sources.Source` objects or ``{"id", "text"}`` dicts.

Where it runs (``scheduler``):

- a distributed ``Client``, a cluster object (``LocalCluster``, ``SLURMCluster``, :func:`local_cluster`
  …) or a scheduler address ``tcp://host:8786``: the cluster's workers convert; a worker that
  dies mid-run has its partitions run again elsewhere, and a part is only ever written whole, so
  every document ends up once;
- ``"processes"`` (the default when no client is active): govtext's own worker processes on
  this machine (:mod:`govtext.corpus.pool`), which need no ``if __name__ == "__main__":`` guard
  and end with the process that started them;
- ``"threads"`` or ``"synchronous"``: in this process.

:func:`local_cluster` starts a distributed cluster on this machine from a plain script: it runs
in a process of its own (so the script is never imported again by the cluster's workers) and
ends, with its workers, when the script ends. ``resume=True`` keeps the parts already written
and converts the documents that are in none of them. One run writes to an ``out_dir`` at a
time (see :mod:`govtext.corpus.lock`).

>>> import tempfile, os
>>> root = tempfile.mkdtemp(); _ = open(os.path.join(root, "a.txt"), "w").write("覆盖率达90%")
>>> s = convert([root], os.path.join(root, "out"), scheduler="synchronous")
>>> s.converted, s.kinds, sorted(os.listdir(os.path.join(root, "out")))
(1, {'percent': 1}, ['part-00000.jsonl'])
"""
from __future__ import annotations

import contextlib
import glob
import json
import os
import re
import subprocess
import sys
import time
from collections import Counter
from typing import Any, Callable, Iterable, Optional, Union

from govtext.corpus.convert import Summary
from govtext.corpus.loading import MAX_BYTES
from govtext.corpus.lock import output_lock
from govtext.corpus.parquet import write_parquet
from govtext.corpus.pool import WorkerPool
from govtext.corpus.progress import Progress, want_progress
from govtext.corpus.sink import done_ids, line_id
from govtext.corpus.sources import NoDocuments, Source, check_inputs, iter_sources
from govtext.corpus.work import convert_batch
from govtext.corpus.worker import PARENT_ENV, PATH_ENV, die_with

__all__ = ["convert", "local_cluster", "LocalClusterProcess"]

LOCAL = ("threads", "synchronous", "sync", "single-threaded")
_PART = re.compile(r"part-(\d{5,})\.(jsonl|parquet)$")


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


def _write_part(items: list, out_dir: str, index: int, fmt: str, text_field: str, id_field: Optional[str],
                max_bytes: int = MAX_BYTES, done: frozenset = frozenset(), run: Optional[Callable] = None) -> dict:
    """Convert one partition (skipping the ids in ``done``) and write its part file(s); returns its counts."""
    sources = [s for s in (_as_source(i, text_field, id_field) for i in items) if s.id not in done]
    results = run(sources) if run is not None else convert_batch(sources, max_bytes=max_bytes)
    name = f"part-{index:05d}"
    lines = [r.line for r in results if r.ok]
    data = os.path.join(out_dir, f"{name}.jsonl")
    _atomic_write(data, lines)
    if fmt == "parquet":
        write_parquet([data], os.path.join(out_dir, f"{name}.parquet"))
        os.remove(data)
    bad = [r.error for r in results if not r.ok]
    if bad:
        os.makedirs(os.path.join(out_dir, "_errors"), exist_ok=True)
        _atomic_write(os.path.join(out_dir, "_errors", f"{name}.jsonl"),
                      [(json.dumps(e, ensure_ascii=False) + "\n").encode("utf-8") for e in bad])
    kinds: Counter = Counter()
    for r in results:
        kinds.update(r.kinds)
    return {"converted": len(lines), "failed": [e["id"] for e in bad], "kinds": dict(kinds),
            "skipped": len(items) - len(sources)}


def _parts(out_dir: str) -> dict[int, str]:
    """The whole part files in ``out_dir``, by index."""
    found = {}
    for path in glob.glob(os.path.join(out_dir, "part-*")):
        m = _PART.search(os.path.basename(path))
        if m:
            found[int(m.group(1))] = path
    return found


def _clear(out_dir: str, parts: bool = True) -> None:
    """Remove what an earlier run left: its parts (unless resuming), its errors, torn temporaries."""
    patterns = ["part-*.tmp-*", os.path.join("_errors", "part-*")]
    if parts:
        patterns += ["part-*.jsonl", "part-*.parquet"]
    for pattern in patterns:
        for path in glob.glob(os.path.join(out_dir, pattern)):
            with contextlib.suppress(FileNotFoundError):
                os.remove(path)


def _written_ids(parts: dict[int, str]) -> set[str]:
    ids: set[str] = set()
    for path in parts.values():
        if path.endswith(".parquet"):
            import pyarrow.parquet as pq  # deferred: a heavy third-party import

            ids.update(i for i in pq.read_table(path, columns=["id"]).column("id").to_pylist() if i is not None)
        else:
            ids |= done_ids(path)
    return ids


def _error_ids(out_dir: str) -> set[str]:
    ids: set[str] = set()
    for path in glob.glob(os.path.join(out_dir, "_errors", "part-*.jsonl")):
        with open(path, "rb") as stream:
            ids.update(i for i in map(line_id, stream) if i is not None)
    return ids


def _active_client():
    try:
        from distributed import default_client
    except ImportError:
        return None
    try:
        return default_client()
    except ValueError:
        return None


def convert(
    bag_or_paths: Union[Iterable, Any],
    out_dir: Union[str, os.PathLike],
    scheduler: Union[str, Any, None] = None,
    *,
    format: str = "jsonl",
    npartitions: Optional[int] = None,
    text_field: str = "text",
    id_field: Optional[str] = None,
    resume: bool = False,
    max_bytes: int = MAX_BYTES,
    workers: Optional[int] = None,
    progress: Optional[bool] = None,
) -> Summary:
    """Convert on Dask into partitioned files under ``out_dir``. ``scheduler``: a distributed
    ``Client``, a cluster object, a scheduler address (``tcp://host:8786``), ``"processes"``
    (govtext's worker processes, ``workers`` of them; the default without an active client),
    ``"threads"`` or ``"synchronous"``. ``resume=True`` keeps the parts already written and
    converts only documents that are in none of them; documents over ``max_bytes`` are errors."""
    import dask  # deferred: the optional [dask] extra
    import dask.bag as db

    if format not in ("jsonl", "parquet"):
        raise ValueError(f"unknown output format {format!r}: use jsonl or parquet")
    out_dir = os.fspath(out_dir)
    is_bag = isinstance(bag_or_paths, db.Bag)
    sources: list[Source] = []
    if not is_bag:
        inputs = [bag_or_paths] if isinstance(bag_or_paths, (str, os.PathLike)) else list(bag_or_paths)
        check_inputs(inputs)
        sources = list(iter_sources(inputs, text_field=text_field, id_field=id_field))
        if not sources:
            raise NoDocuments(f"no documents found in {' '.join(map(os.fspath, inputs))}")
    os.makedirs(out_dir, exist_ok=True)
    with output_lock(out_dir):
        started = time.monotonic()
        existing = _parts(out_dir) if resume else {}
        done = _written_ids(existing) if resume else set()
        known = _error_ids(out_dir) if resume else set()
        _clear(out_dir, parts=not resume)
        skipped = 0
        if is_bag:
            bag = bag_or_paths
        else:
            todo = [s for s in sources if s.id not in done]
            skipped = len(sources) - len(todo)
            if not todo:
                return Summary(output=out_dir, errors=os.path.join(out_dir, "_errors"), skipped=skipped,
                               seconds=time.monotonic() - started)
            bag = db.from_sequence(todo, npartitions=npartitions or min(len(todo), 64))
        first = max(existing, default=-1) + 1
        counts = _run(bag, out_dir, first, format, text_field, id_field, max_bytes,
                      frozenset(done) if is_bag else frozenset(), scheduler, workers,
                      want_progress() if progress is None else progress)
        _sweep_temporaries(out_dir)
    kinds: Counter = Counter()
    for c in counts:
        kinds.update(c["kinds"])
    failed = [i for c in counts for i in c["failed"]]
    return Summary(
        output=out_dir, errors=os.path.join(out_dir, "_errors"),
        converted=sum(c["converted"] for c in counts), failed=len(failed),
        known_failures=sum(1 for i in failed if i in known), skipped=skipped + sum(c["skipped"] for c in counts),
        kinds=dict(sorted(kinds.items())), seconds=time.monotonic() - started,
    )


def _sweep_temporaries(out_dir: str) -> None:
    """Temporaries of workers that died mid-write (their partitions ran again elsewhere)."""
    for path in glob.glob(os.path.join(out_dir, "part-*.tmp-*")) + glob.glob(os.path.join(out_dir, "_errors", "*.tmp-*")):
        with contextlib.suppress(FileNotFoundError):
            os.remove(path)


def _run(bag, out_dir, first, fmt, text_field, id_field, max_bytes, done, scheduler, workers, progress) -> list[dict]:
    import dask

    parts = bag.to_delayed()
    bar = Progress(progress, description="converting", unit="parts")
    bar.start(len(parts))

    def tasks(run=None) -> list:
        return [dask.delayed(_write_part, pure=False)(p, out_dir, first + i, fmt, text_field, id_field, max_bytes,
                                                      done, run, dask_key_name=f"govtext-part-{first + i}")
                for i, p in enumerate(parts)]

    try:
        client = _client_for(scheduler)
        if client is not None:
            return _on_cluster(client, tasks(), bar)
        if scheduler in LOCAL:
            with _ticker(bar):
                return list(dask.compute(*tasks(), scheduler=scheduler))
        if scheduler not in (None, "processes", "multiprocessing"):
            raise ValueError(f"unknown scheduler {scheduler!r}: use a scheduler address, a Client, a cluster, "
                             f"processes, {', '.join(LOCAL[:2])}")
        with WorkerPool(workers or os.cpu_count() or 1, max_bytes=max_bytes) as pool, _ticker(bar):
            return list(dask.compute(*tasks(pool.convert), scheduler="threads", num_workers=pool.size))
    finally:
        bar.stop()


def _client_for(scheduler):
    """A distributed client for ``scheduler`` (None for the local schedulers); a client made
    here is closed when the run ends (see :func:`_on_cluster`)."""
    if scheduler is None:
        return _active_client()
    if isinstance(scheduler, str):
        if "://" not in scheduler:
            return None
        from distributed import Client

        return _Owned(Client(scheduler))
    if hasattr(scheduler, "scheduler_address"):  # a cluster object
        from distributed import Client

        return _Owned(Client(scheduler.scheduler_address))
    return scheduler  # a Client


class _Owned:
    """A client this module made, closed after the run."""

    def __init__(self, client):
        self.client = client


def _on_cluster(client, tasks: list, bar: Progress) -> list[dict]:
    from distributed import as_completed

    owned = isinstance(client, _Owned)
    client = client.client if owned else client
    try:
        futures = client.compute(tasks)
        for _future in as_completed(futures):
            bar.advance()
        return client.gather(futures)
    finally:
        if owned:
            client.close()


def _ticker(bar: Progress):
    """A dask callback that advances the bar when a part is written (local schedulers)."""
    from dask.callbacks import Callback

    def posttask(key, result, dsk, state, worker_id):
        if isinstance(key, str) and key.startswith("govtext-part-"):
            bar.advance()

    return Callback(posttask=posttask)


# --------------------------------------------------------------------------- a local cluster


class LocalClusterProcess:
    """A distributed ``LocalCluster`` running in a process of its own; ends with this process.

    Use it as ``scheduler=`` or pass its ``address`` to ``distributed.Client``."""

    def __init__(self, n_workers: int = 2, threads_per_worker: int = 1, memory_limit: str = "auto"):
        env = {**os.environ, PARENT_ENV: str(os.getpid()), PATH_ENV: json.dumps([p for p in sys.path if p])}
        cmd = [sys.executable, "-m", "govtext.dask", "cluster", str(n_workers), str(threads_per_worker), memory_limit]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, close_fds=True)
        line = self.proc.stdout.readline()
        try:
            self.address = json.loads(line)["address"]
        except (ValueError, KeyError, TypeError):
            self.proc.kill()
            self.proc.wait()
            raise RuntimeError("the local Dask cluster did not start (see the messages above)") from None
        self.scheduler_address = self.address

    def close(self) -> None:
        if self.proc.poll() is None:
            with contextlib.suppress(OSError):
                self.proc.stdin.close()  # the cluster process closes its cluster and ends
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        with contextlib.suppress(OSError):
            self.proc.stdout.close()

    def __enter__(self) -> "LocalClusterProcess":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<govtext LocalClusterProcess {self.address} (pid {self.proc.pid})>"


def local_cluster(n_workers: int = 2, threads_per_worker: int = 1, memory_limit: str = "auto") -> LocalClusterProcess:
    """A distributed cluster of ``n_workers`` worker processes on this machine, started from a
    process of its own: safe in a plain script (no ``__main__`` guard needed) and ended, with
    its workers, when this process ends."""
    return LocalClusterProcess(n_workers, threads_per_worker, memory_limit)


def _serve_cluster(n_workers: int, threads_per_worker: int, memory_limit: str) -> None:
    """``python -m govtext.dask cluster N T MEM``: run a LocalCluster until stdin closes."""
    from distributed import LocalCluster

    die_with(int(os.environ.get(PARENT_ENV, os.getppid())))
    if PATH_ENV in os.environ:
        sys.path[:] = json.loads(os.environ[PATH_ENV])
    with LocalCluster(n_workers=n_workers, threads_per_worker=threads_per_worker, processes=True,
                      memory_limit=memory_limit, dashboard_address=None) as cluster:
        sys.stdout.write(json.dumps({"address": cluster.scheduler_address}) + "\n")
        sys.stdout.flush()
        sys.stdin.buffer.read()  # until the parent closes the pipe, or ends


if __name__ == "__main__":
    if sys.argv[1:2] == ["cluster"]:
        _serve_cluster(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
