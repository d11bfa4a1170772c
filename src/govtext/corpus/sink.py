"""Crash-safe JSONL output: whole lines only, flushed and fsynced per batch, torn tails repaired.

A batch of complete lines goes out in one ``os.write`` loop on an ``O_APPEND`` descriptor and is
then fsynced, so after a crash at most the last batch is incomplete, and only ever at its end.
:func:`repair` cuts such a torn final line (it runs before every resume and every read by
:mod:`govtext.store`), and :func:`done_ids` reads back the ids already written.

>>> import tempfile, os
>>> path = os.path.join(tempfile.mkdtemp(), "out.jsonl")
>>> sink = JsonlSink(path)
>>> sink.write([b'{"id":"a","x":1}\\n', b'{"id":"b","x":2}\\n'])
>>> sink.close()
>>> with open(path, "ab") as f: _ = f.write(b'{"id":"c","x"')   # a crash mid-line
>>> repair(path), sorted(done_ids(path))
(13, ['a', 'b'])
"""
from __future__ import annotations

import json
import os
from json.decoder import scanstring
from typing import Iterable, Optional

__all__ = ["JsonlSink", "repair", "done_ids", "line_id"]

_PREFIX = b'{"id":"'


def line_id(line: bytes) -> Optional[str]:
    """The ``id`` of one output line, reading only its head when ``id`` comes first."""
    if line.startswith(_PREFIX):
        head = line[: 4096].decode("utf-8", errors="ignore")
        try:
            return scanstring(head, len(_PREFIX))[0]
        except ValueError:
            pass
    try:
        value = json.loads(line).get("id")
    except (ValueError, AttributeError):
        return None
    return None if value is None else str(value)


def repair(path: str) -> int:
    """Cut a torn final line (no newline) off ``path``; returns the bytes removed (0 if none)."""
    try:
        size = os.path.getsize(path)
    except FileNotFoundError:
        return 0
    if size == 0:
        return 0
    with open(path, "r+b") as stream:
        pos = size
        block = 1 << 16
        while pos > 0:
            start = max(0, pos - block)
            stream.seek(start)
            chunk = stream.read(pos - start)
            if start + len(chunk) == size and chunk.endswith(b"\n"):
                return 0
            cut = chunk.rfind(b"\n")
            if cut >= 0:
                keep = start + cut + 1
                break
            pos = start
        else:
            keep = 0
        stream.truncate(keep)
        stream.flush()
        os.fsync(stream.fileno())
    return size - keep


def done_ids(path: str) -> set[str]:
    """Ids of the complete lines of an output file (empty when it does not exist)."""
    ids: set[str] = set()
    try:
        stream = open(path, "rb")
    except FileNotFoundError:
        return ids
    with stream:
        for line in stream:
            if line.endswith(b"\n"):
                found = line_id(line)
                if found is not None:
                    ids.add(found)
    return ids


class JsonlSink:
    """Append whole lines to ``path``; ``append=False`` starts the file afresh."""

    def __init__(self, path: str, append: bool = True):
        self.path = path
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (0 if append else os.O_TRUNC)
        self._fd: Optional[int] = os.open(path, flags, 0o644)

    def write(self, lines: Iterable[bytes]) -> None:
        data = memoryview(b"".join(lines))
        if self._fd is None:
            raise ValueError(f"{self.path}: sink is closed")
        while data:
            written = os.write(self._fd, data)
            data = data[written:]
        os.fsync(self._fd)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> "JsonlSink":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
