"""Bulk conversion: sources in, one Document line per document out, over a process pool.

Memory stays flat: sources are discovered lazily and at most a small window of batches is in
flight (:mod:`govtext.corpus.pool`). Nothing is lost: every source ends as an output line or an
errors-file line ``{id, stage, message}``; a worker that dies takes no document with it. ``resume=True`` skips
the ids already written, after cutting a torn final line left by a crash.

>>> import tempfile, os
>>> d = tempfile.mkdtemp(); src = os.path.join(d, "in.jsonl"); out = os.path.join(d, "out.jsonl")
>>> _ = open(src, "w", encoding="utf-8").write('{"id":"a","text":"覆盖率达90%"}\\n{"id":"b","text":""}\\n')
>>> s = convert([src], out, workers=1, text_field="text", id_field="id")
>>> s.converted, s.failed, s.kinds
(1, 1, {'percent': 1})
>>> convert([src], out, workers=1, id_field="id", resume=True).skipped
1
"""
from __future__ import annotations

import json
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional

from govtext.corpus.loading import HTML_EXTRA_HINT, MAX_BYTES, html_available
from govtext.corpus.lock import output_lock
from govtext.corpus.parquet import write_parquet
from govtext.corpus.pool import WorkerPool, feed
from govtext.corpus.progress import Progress, want_progress
from govtext.corpus.sink import JsonlSink, done_ids, line_id, repair
from govtext.corpus.sources import NoDocuments, Source, batched, check_inputs, count_sources, iter_sources
from govtext.corpus.work import Result, convert_batch, warm_up

__all__ = ["convert", "Summary", "MissingExtra", "default_errors_path"]

FLUSH_LINES = 64
FLUSH_BYTES = 8 << 20
FLUSH_SECONDS = 0.25


class MissingExtra(RuntimeError):
    """An input needs an optional dependency that is not installed."""


@dataclass
class Summary:
    """What a conversion did; ``ok`` is False when any document failed."""

    output: str
    errors: str
    converted: int = 0
    skipped: int = 0
    failed: int = 0
    known_failures: int = 0  # of ``failed``: documents that had failed in the run resumed
    kinds: dict = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def new_failures(self) -> int:
        return self.failed - self.known_failures

    @property
    def ok(self) -> bool:
        """No document failed that had not failed before (every failure is new without resume)."""
        return self.new_failures == 0

    @property
    def rate(self) -> float:
        return (self.converted + self.failed) / self.seconds if self.seconds else 0.0


def default_errors_path(output: str) -> str:
    """``out/facts.jsonl`` → ``out/facts.errors.jsonl`` (beside the output)."""
    root, _ext = os.path.splitext(output)
    return f"{root}.errors.jsonl"


def _parquet_ids(path: str) -> set[str]:
    import pyarrow.parquet as pq

    if not os.path.exists(path):
        return set()
    return {i for i in pq.read_table(path, columns=["id"]).column("id").to_pylist() if i is not None}


class _Writer:
    """Buffers results and writes them in fsynced batches of whole lines."""

    def __init__(self, data_path: str, errors_path: str, append: bool, summary: Summary, progress: Progress,
                 known: frozenset = frozenset()):
        self.known = known
        self.sink = JsonlSink(data_path, append=append)
        self.errors_path = errors_path
        self.errors: Optional[JsonlSink] = None
        self.summary, self.progress = summary, progress
        self.lines: list[bytes] = []
        self.bad: list[bytes] = []
        self.size = 0
        self.last = time.monotonic()
        self.kinds: Counter = Counter()

    def add(self, result: Result) -> None:
        if result.ok:
            self.lines.append(result.line)
            self.size += len(result.line)
            self.kinds.update(result.kinds)
            self.summary.converted += 1
            self.progress.advance(1)
        else:
            self.error(result.error)
        if len(self.lines) >= FLUSH_LINES or self.size >= FLUSH_BYTES or time.monotonic() - self.last >= FLUSH_SECONDS:
            self.flush()

    def error(self, error: dict) -> None:
        self.bad.append((json.dumps(error, ensure_ascii=False) + "\n").encode("utf-8"))
        self.summary.failed += 1
        self.summary.known_failures += error.get("id") in self.known
        self.progress.advance(1, failed=1)

    def flush(self) -> None:
        if self.lines:
            self.sink.write(self.lines)
        if self.bad:
            if self.errors is None:
                self.errors = JsonlSink(self.errors_path, append=False)
            self.errors.write(self.bad)
        self.lines, self.bad, self.size, self.last = [], [], 0, time.monotonic()

    def close(self) -> None:
        self.flush()
        self.sink.close()
        if self.errors is not None:
            self.errors.close()
        self.summary.kinds = dict(sorted(self.kinds.items()))


def _known_failures(errors: str) -> set[str]:
    """Ids in an errors file of an earlier run (they are retried; failing again is not news)."""
    try:
        with open(errors, "rb") as stream:
            return {i for i in (line_id(line) for line in stream if line.strip()) if i is not None}
    except FileNotFoundError:
        return set()


def convert(
    inputs: Iterable[str],
    output: str,
    *,
    workers: Optional[int] = None,
    resume: bool = False,
    errors: Optional[str] = None,
    format: Optional[str] = None,
    text_field: str = "text",
    id_field: Optional[str] = None,
    progress: Optional[bool] = None,
    batch_size: int = 4,
    max_bytes: int = MAX_BYTES,
) -> Summary:
    """Convert every document of ``inputs`` into ``output`` (JSONL, or Parquet with
    ``format="parquet"`` or a ``.parquet`` suffix); failures go to ``errors`` (default: beside
    the output, ``<name>.errors.jsonl``). Documents over ``max_bytes`` are refused as errors.

    ``workers`` processes convert in parallel (default: one per core; ``1`` converts in this
    process). They are fresh interpreters, so a plain script needs no ``if __name__ ==
    "__main__":`` guard, and they end when this process ends, however it ends. ``resume=True``
    keeps what an earlier (perhaps killed) run wrote and converts the rest; documents that failed
    before are tried again and counted apart (``Summary.known_failures``). One conversion writes
    to an output at a time: a second one raises :class:`~govtext.corpus.lock.OutputLocked`
    naming the first. ``progress`` draws a bar (default: where a person watches, a terminal or a
    notebook). A missing input raises :class:`~govtext.corpus.sources.MissingInput` before
    anything is written."""
    inputs = [os.fspath(i) for i in ([inputs] if isinstance(inputs, (str, os.PathLike)) else inputs)]
    output = os.fspath(output)
    fmt = format or ("parquet" if output.endswith(".parquet") else "jsonl")
    if fmt not in ("jsonl", "parquet"):
        raise ValueError(f"unknown output format {fmt!r}: use jsonl or parquet")
    errors = os.fspath(errors) if errors else default_errors_path(output)
    data_path = output if fmt == "jsonl" else f"{output}.partial.jsonl"
    workers = workers or os.cpu_count() or 1
    check_inputs(inputs)
    total = count_sources(inputs)
    if total == 0:
        raise NoDocuments(f"no documents found in {' '.join(inputs)} (.txt, .html or .htm files, or .jsonl files named)")
    workers = min(workers, total)  # no idle workers for a handful of documents
    for path in (output, errors):  # the folders the user named are created, nothing elsewhere
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with output_lock(output, errors):
        if workers > 1:  # started before anything is written: a pool that cannot start blames no document
            with WorkerPool(workers, max_bytes=max_bytes) as pool:
                return _convert(inputs, output, fmt, data_path, errors, pool, resume, text_field, id_field,
                                want_progress() if progress is None else progress, batch_size, max_bytes, total)
        warm_up()  # a broken installation fails here, not on every document
        return _convert(inputs, output, fmt, data_path, errors, None, resume, text_field, id_field,
                        want_progress() if progress is None else progress, batch_size, max_bytes, total)


def _convert(inputs, output, fmt, data_path, errors, pool, resume, text_field, id_field, progress,
             batch_size, max_bytes, total) -> Summary:
    done: set[str] = set()
    known: set[str] = set()
    if resume:
        repair(data_path)
        done = done_ids(data_path) | (_parquet_ids(output) if fmt == "parquet" else set())
        known = _known_failures(errors)
    if os.path.exists(errors):
        os.remove(errors)  # failed documents are always retried, so their errors are written anew

    summary = Summary(output=output, errors=errors)
    bar = Progress(enabled=progress)
    writer = _Writer(data_path, errors, append=resume, summary=summary, progress=bar, known=known)
    seen = set(done)

    def pending() -> Iterator[Source]:
        html_checked = False
        for source in iter_sources(inputs, text_field=text_field, id_field=id_field):
            if source.id in done:
                summary.skipped += 1
                continue
            if source.id in seen:
                writer.error({"id": source.id, "stage": "id", "message": f"duplicate id {source.id!r} (from {source.path})"})
                continue
            seen.add(source.id)
            if source.kind == "html" and not html_checked:
                if not html_available():
                    raise MissingExtra(f"{source.path}: {HTML_EXTRA_HINT}")
                html_checked = True
            yield source

    started = time.monotonic()
    bar.start(max(total - len(done), 0))
    try:
        batches = batched(pending(), batch_size)
        if pool is None:
            for batch in batches:
                for result in convert_batch(batch, max_bytes=max_bytes):
                    writer.add(result)
        else:
            feed(pool, batches, writer.add)
    finally:
        writer.close()
        bar.stop()
        summary.seconds = time.monotonic() - started
    if fmt == "parquet":
        previous = [output] if resume and os.path.exists(output) else []
        write_parquet(previous + [data_path], output)
        os.remove(data_path)
    return summary
