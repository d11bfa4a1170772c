"""What every extractor sees: the raw input, its normalized view, the anchor date, and the
facts of other kinds (computed on demand, once), plus the helpers that ground a span.

Extractors find spans in ``ctx.text`` (the normalized view) and call :meth:`Context.make`,
which maps the span back to the raw input and fills ``text``/``start``/``end``, so the
invariant ``raw[start:end] == fact.text`` is kept in one place.
"""
from __future__ import annotations

from typing import Any, Callable, Optional, Sequence

from govtext.extract.document_date import document_date
from govtext.extract.registry import MODELS, get_extractor
from govtext.records import FactBase
from govtext.text.boilerplate import boilerplate_spans
from govtext.text.normalize import NormText, normalize
from govtext.text.patterns import identifier_spans
from govtext.text.spans import SpanIndex

__all__ = ["Context"]


class _Unset:
    """The default of ``anchor_date``: read from the document on first use."""

    def __repr__(self) -> str:
        return "<from the document>"


_UNSET: Any = _Unset()


class Context:
    """One document being extracted. Build it with ``Context(raw, doc_date=...)``.

    A caller that has read the document already (``parse``) hands over what it found:
    ``norm`` (the normalized view), ``boilerplate`` (raw spans) and ``anchor_date`` (the date
    year-less dates resolve against, ``None`` for none); each is otherwise computed on first use.
    """

    def __init__(self, raw: str, doc_date: Optional[str] = None, norm: Optional[NormText] = None, *,
                 boilerplate: Optional[Sequence[tuple[int, int]]] = None, anchor_date: Optional[str] = _UNSET):
        self.raw = raw
        self.doc_date = doc_date
        self.norm = norm if norm is not None else normalize(raw)
        self._facts: dict[str, list[FactBase]] = {}
        self._running: set[str] = set()
        self._boilerplate = list(boilerplate) if boilerplate is not None else None
        self._boilerplate_index: Optional[SpanIndex] = None
        self._anchor_date = anchor_date
        self._identifiers: Optional[SpanIndex] = None
        self._memo: dict[Any, Any] = {}

    # ------------------------------------------------------------------ text access
    @property
    def text(self) -> str:
        """The normalized text extractors search."""
        return self.norm.text

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        return self.norm.to_raw(start, end)

    def make(self, kind: str, start: int, end: int, **fields: Any) -> FactBase:
        """A fact of ``kind`` for the normalized span ``[start, end)``, grounded in the raw input."""
        rs, re_ = self.norm.to_raw(start, end)
        return MODELS[kind](text=self.raw[rs:re_], start=rs, end=re_, **fields)

    def make_raw(self, kind: str, start: int, end: int, **fields: Any) -> FactBase:
        """A fact of ``kind`` for a span given directly in raw offsets."""
        return MODELS[kind](text=self.raw[start:end], start=start, end=end, **fields)

    # ------------------------------------------------------------------ other facts
    def facts(self, kind: str) -> list[FactBase]:
        """Facts of ``kind`` for this document (runs that extractor once, then caches)."""
        if kind not in self._facts:
            if kind in self._running:
                raise RuntimeError(f"extractor dependency cycle through {kind!r}")
            self._running.add(kind)
            try:
                found = [f for f in get_extractor(kind)(self) if not self.in_boilerplate(f.start, f.end)]
            finally:
                self._running.discard(kind)
            found.sort(key=lambda f: (f.start, f.end))
            self._facts[kind] = found
        return self._facts[kind]

    def covered(self, kinds: tuple[str, ...] | list[str]) -> SpanIndex:
        """The raw spans of the facts of ``kinds`` (for "not inside a title" checks)."""
        return SpanIndex((f.start, f.end) for k in kinds for f in self.facts(k))

    def identifiers(self) -> SpanIndex:
        """Spans of ``text`` (normalized) that are URLs, e-mail addresses, file names, phone numbers or
        codes: no count, amount or percentage is read inside them."""
        if self._identifiers is None:
            self._identifiers = SpanIndex(identifier_spans(self.text))
        return self._identifiers

    def memo(self, key: Any, compute: Callable[[], Any]) -> Any:
        """``compute()``, once per document and ``key``: per-text work that two extractors share
        (the target reader's paragraphs, which the change extractor reads too). The value is
        shared, so callers must not change it."""
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = compute()
            return value

    # ------------------------------------------------------------------ document context
    @property
    def boilerplate(self) -> list[tuple[int, int]]:
        """Raw spans of web navigation, share buttons, editor credits, continuation markers."""
        if self._boilerplate is None:
            self._boilerplate = boilerplate_spans(self.raw)
        return self._boilerplate

    def in_boilerplate(self, start: int, end: int) -> bool:
        if self._boilerplate_index is None:
            self._boilerplate_index = SpanIndex(self.boilerplate)
        return self._boilerplate_index.overlaps(start, end)

    @property
    def anchor_date(self) -> Optional[str]:
        """The date year-less dates resolve against: ``doc_date``, else the document's own date."""
        if self._anchor_date is _UNSET:
            self._anchor_date = self.doc_date or document_date(self.raw, self.norm)
        return self._anchor_date
