"""Find the documents of a corpus: folders, globs, files and JSONL records, each with a stable id.

A folder is walked recursively for ``.txt``, ``.html`` and ``.htm`` files (hidden entries are
skipped); a ``.jsonl`` file is read only when named (directly or by a glob), so a ``gold/``
folder of annotation files beside the texts is never mistaken for documents. The id of a file
is its path relative to the corpus root (the folder given, or the fixed part of a glob) with
``/`` separators; the id of a JSONL record is its ``--id-field`` value, else
``<file id>:<line number>``.

Discovery only lists: files are read later (in a worker), so one bad file is one error.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "a").mkdir(), (root / "a" / "x.txt").write_text("通知"), (root / "notes.md").write_text("-")
>>> [s.id for s in iter_sources([str(root)])]
['a/x.txt']
"""
from __future__ import annotations

import glob as _glob
import json
import os
from dataclasses import dataclass
from pathlib import Path
from itertools import islice
from typing import Iterable, Iterator, Optional, TypeVar, Union

__all__ = ["Source", "batched", "iter_sources", "count_sources", "check_inputs", "file_id", "MissingInput", "NoDocuments",
           "TEXT_SUFFIXES", "HTML_SUFFIXES"]

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
_WALKED = TEXT_SUFFIXES + HTML_SUFFIXES


@dataclass(frozen=True)
class Source:
    """One document to convert: a file (``kind`` txt or html) or a JSONL record (``kind`` record).

    ``error`` is set when the record could not even be taken apart (then ``text`` is ``None``).
    """

    id: str
    kind: str
    path: Optional[str] = None
    text: Optional[str] = None
    error: Optional[str] = None


def file_id(path: Union[str, os.PathLike]) -> str:
    """The id of a file named on its own (``govtext parse FILE``, ``govtext convert FILE``): its name.

    >>> file_id("corpus/notice.txt")
    'notice.txt'
    """
    return os.path.basename(os.fspath(path))


def _rel_id(path: str, root: str) -> str:
    rel = os.path.relpath(path, root)
    return rel.replace(os.sep, "/")


def _glob_root(pattern: str) -> str:
    """The fixed leading folders of a glob: ``corpus/**/*.txt`` → ``corpus``."""
    parts = Path(pattern).parts
    fixed = []
    for part in parts[:-1]:
        if _glob.has_magic(part):
            break
        fixed.append(part)
    return str(Path(*fixed)) if fixed else "."


def _walk(root: str) -> Iterator[str]:
    """Files under ``root`` with a text or HTML suffix, sorted, hidden entries skipped."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and name.lower().endswith(_WALKED):
                yield os.path.join(dirpath, name)


def _records(path: str, file_id: str, text_field: str, id_field: Optional[str]) -> Iterator[Source]:
    """One Source per non-blank line of a JSONL file, read as a stream."""
    try:
        stream = open(path, "rb")
    except OSError as exc:
        yield Source(id=file_id, kind="record", path=path, error=f"{path}: cannot read ({exc.strerror or exc})")
        return
    with stream:
        for number, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            fallback = f"{file_id}:{number}"
            try:
                record = json.loads(raw)
            except ValueError as exc:
                yield Source(id=fallback, kind="record", path=path, error=f"line {number}: not JSON ({exc})")
                continue
            if not isinstance(record, dict):
                yield Source(id=fallback, kind="record", path=path, error=f"line {number}: not a JSON object")
                continue
            rid = record.get(id_field) if id_field else None
            rid = fallback if rid is None else str(rid)
            text = record.get(text_field)
            if not isinstance(text, str):
                yield Source(id=rid, kind="record", path=path, error=f"line {number}: no string field {text_field!r}")
                continue
            yield Source(id=rid, kind="record", path=path, text=text)


def _expand(item: str) -> Iterator[tuple[str, str, bool]]:
    """``(path, root, named)`` for each file an input names; ``named`` when given or globbed."""
    if _glob.has_magic(item):
        root = _glob_root(item)
        for path in sorted(_glob.glob(item, recursive=True)):
            if os.path.isdir(path):
                for sub in _walk(path):
                    yield sub, root, False
            else:
                yield path, root, True
    elif os.path.isdir(item):
        for path in _walk(item):
            yield path, item, False
    else:
        yield item, os.path.dirname(item) or ".", True


def iter_sources(
    inputs: Union[str, os.PathLike, Iterable[Union[str, os.PathLike]]],
    *,
    text_field: str = "text",
    id_field: Optional[str] = None,
) -> Iterator[Source]:
    """Every document the inputs name, in a stable order, without reading any text file."""
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    for item in inputs:
        for path, root, named in _expand(os.fspath(item)):
            file_id = _rel_id(path, root)
            lower = path.lower()
            if lower.endswith(JSONL_SUFFIXES):
                yield from _records(path, file_id, text_field, id_field)
            elif lower.endswith(HTML_SUFFIXES):
                yield Source(id=file_id, kind="html", path=path)
            elif named or lower.endswith(TEXT_SUFFIXES):
                yield Source(id=file_id, kind="txt", path=path)


def count_sources(inputs, **kw) -> int:
    """How many documents the inputs name (JSONL files are counted by their lines)."""
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    total = 0
    for item in inputs:
        for path, _root, _named in _expand(os.fspath(item)):
            if path.lower().endswith(JSONL_SUFFIXES):
                try:
                    with open(path, "rb") as stream:
                        total += sum(1 for line in stream if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total


class MissingInput(FileNotFoundError):
    """An input path that does not exist, or a pattern that matches nothing."""


class NoDocuments(ValueError):
    """The inputs exist but name no document."""


def check_inputs(inputs: Union[str, os.PathLike, Iterable[Union[str, os.PathLike]]]) -> None:
    """Raise :class:`MissingInput` for the first input that names nothing on disk.

    >>> check_inputs(["no/such/folder"])
    Traceback (most recent call last):
    ...
    govtext.corpus.sources.MissingInput: no/such/folder: no such file or folder
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    for item in map(os.fspath, inputs):
        if _glob.has_magic(item):
            if not any(True for _ in _glob.iglob(item, recursive=True)):
                raise MissingInput(f"{item}: no file matches this pattern")
        elif not os.path.exists(item):
            raise MissingInput(f"{item}: no such file or folder")


T = TypeVar("T")


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter), read lazily.

    >>> list(batched(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch
