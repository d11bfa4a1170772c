"""What every extractor sees: the raw input, its normalized view, the anchor date, and the
facts of other kinds (computed on demand, once), plus the helpers that ground a span.

Extractors find spans in ``ctx.text`` (the normalized view) and call :meth:`Context.make`,
which maps the span back to the raw input and fills ``text``/``start``/``end``, so the
invariant ``raw[start:end] == fact.text`` is kept in one place.
"""
from __future__ import annotations

import bisect
from functools import cached_property
from typing import Any, Optional

from govtext.extract.document_date import document_date
from govtext.extract.registry import get_extractor
from govtext.records import FACT_MODELS, FactBase
from govtext.text.boilerplate import boilerplate_spans
from govtext.text.normalize import NormText, normalize

__all__ = ["Context"]


class Context:
    """One document being extracted. Build it with ``Context(raw, doc_date=...)``."""

    def __init__(self, raw: str, doc_date: Optional[str] = None, norm: Optional[NormText] = None):
        self.raw = raw
        self.doc_date = doc_date
        self.norm = norm if norm is not None else normalize(raw)
        self._facts: dict[str, list[FactBase]] = {}
        self._running: set[str] = set()

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
        return FACT_MODELS[kind](text=self.raw[rs:re_], start=rs, end=re_, **fields)

    def make_raw(self, kind: str, start: int, end: int, **fields: Any) -> FactBase:
        """A fact of ``kind`` for a span given directly in raw offsets."""
        return FACT_MODELS[kind](text=self.raw[start:end], start=start, end=end, **fields)

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

    def covered(self, kinds: tuple[str, ...] | list[str]) -> list[tuple[int, int]]:
        """Sorted raw spans of the facts of ``kinds`` (for "not inside a title" checks)."""
        spans = sorted((f.start, f.end) for k in kinds for f in self.facts(k))
        return spans

    @staticmethod
    def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
        """Does ``[start, end)`` overlap one of the sorted raw ``spans``?"""
        i = bisect.bisect_right(spans, (start, float("inf")))
        for s, e in spans[max(0, i - 8): i + 1]:
            if s < end and start < e:
                return True
        return False

    # ------------------------------------------------------------------ document context
    @cached_property
    def boilerplate(self) -> list[tuple[int, int]]:
        """Raw spans of web navigation, share buttons, editor credits, continuation markers."""
        return boilerplate_spans(self.raw)

    def in_boilerplate(self, start: int, end: int) -> bool:
        return bool(self.boilerplate) and self.inside(self.boilerplate, start, end)

    @cached_property
    def anchor_date(self) -> Optional[str]:
        """The date year-less dates resolve against: ``doc_date``, else the document's own date."""
        if self.doc_date:
            return self.doc_date
        return document_date(self.raw, self.norm)
