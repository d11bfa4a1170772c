"""The unit of work of a conversion: one source in, one output line or one error out.

Runs in worker processes (and in Dask tasks), so everything here is picklable plain data. The
output line is the :class:`~govtext.records.Document` as JSON with its ``text`` added, ``id``
first (resume reads the ids back without parsing whole lines).

>>> from govtext.corpus.sources import Source
>>> r = convert_source(Source(id="a", kind="record", text="帮助落实修路资金500万元。"))
>>> r.ok, r.id, r.kinds
(True, 'a', {'money': 1})
>>> convert_source(Source(id="b", kind="record", text="  ")).error
{'id': 'b', 'stage': 'read', 'message': 'b: empty document'}
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from govtext.corpus.loading import MAX_BYTES, load
from govtext.corpus.sources import Source
from govtext.reading import UnreadableError
from govtext.records import Document
from govtext.structure import parse

__all__ = ["Result", "convert_source", "convert_batch", "document_line", "parse_one", "warm_up"]


@dataclass
class Result:
    id: str
    ok: bool
    line: Optional[bytes] = None  # the output line, newline included
    error: Optional[dict] = None  # {id, stage, message}
    kinds: dict = field(default_factory=dict)  # fact counts per kind


def parse_one(text: str, id: str) -> Document:
    """The one place conversion parses a document: :func:`govtext.parse`."""
    return parse(text, id=id)


def warm_up() -> None:
    """Parse a short document, so dictionaries and lexicons are loaded before the first real one;
    a broken installation (a lexicon missing or malformed) raises here, before any document."""
    parse_one("关于开展活动的通知\n一、总体要求\n2014年4月3日，区委书记杨超落实“四风”整治资金500万元，下降90%。", "warm-up")


def document_line(doc: Document, text: str) -> bytes:
    """One JSONL line (UTF-8, ending in a newline): the document with its text (``Document.text``)."""
    row = doc.model_dump(mode="json", exclude={"text"})
    row["text"] = text
    return (json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def _error(id: str, stage: str, exc: BaseException) -> Result:
    message = str(exc) if isinstance(exc, UnreadableError) else f"{type(exc).__name__}: {exc}"
    return Result(id=id, ok=False, error={"id": id, "stage": stage, "message": message})


def convert_source(source: Source, max_bytes: int = MAX_BYTES) -> Result:
    """Read, parse and serialize one source; every failure becomes an error with its stage."""
    try:
        loaded = load(source, max_bytes)
    except Exception as exc:  # noqa: BLE001 - any failure of one document is that document's error
        return _error(source.id, "read", exc)
    try:
        doc = parse_one(loaded.text, source.id)
        doc = doc.model_copy(update={"encoding": loaded.encoding, "sha256": loaded.sha256, "chars": len(loaded.text)})
    except Exception as exc:  # noqa: BLE001
        return _error(source.id, "parse", exc)
    try:
        line = document_line(doc, loaded.text)
    except Exception as exc:  # noqa: BLE001
        return _error(source.id, "serialize", exc)
    return Result(id=source.id, ok=True, line=line, kinds=dict(Counter(f.kind for f in doc.facts)))


def convert_batch(sources: list[Source], max_bytes: int = MAX_BYTES) -> list[Result]:
    """:func:`convert_source` over a small batch (one task of a process pool)."""
    return [convert_source(s, max_bytes) for s in sources]
