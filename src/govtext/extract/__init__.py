"""Fact extraction: ``extract_facts(text)`` runs the registered extractors over one document.

>>> [f.kind for f in extract_facts("帮助落实修路资金500万元")]
['money']
"""
from __future__ import annotations

from typing import Iterable, Optional

from govtext.extract.context import Context
from govtext.extract.registry import DEFAULT_KINDS, REGISTRY
from govtext.records import FactBase

__all__ = ["extract_facts", "Context", "DEFAULT_KINDS"]

_ORDER = {k: i for i, k in enumerate(DEFAULT_KINDS)}


def check_text(text: object, what: str = "text") -> str:
    """Refuse non-``str`` input with a message that says what to pass."""
    if not isinstance(text, str):
        hint = " (read bytes with govtext.read_text(path_or_bytes))" if isinstance(text, (bytes, bytearray)) else ""
        raise TypeError(f"{what} must be str, not {type(text).__name__}{hint}")
    return text


def extract_facts(
    text: str,
    doc_date: Optional[str] = None,
    kinds: Optional[Iterable[str]] = None,
    *,
    context: Optional[Context] = None,
) -> list[FactBase]:
    """All facts of ``text`` in text order, each grounded in ``text`` by ``start``/``end``.

    ``doc_date`` (ISO, e.g. ``"2014-04-03"``) anchors year-less dates; ``kinds`` runs a subset
    of the registry (``["money", "percent"]``).
    """
    check_text(text)
    if doc_date is not None and not isinstance(doc_date, str):
        doc_date = doc_date.isoformat() if hasattr(doc_date, "isoformat") else str(doc_date)
    ctx = context or Context(text, doc_date=doc_date)
    wanted = list(DEFAULT_KINDS if kinds is None else kinds)
    for kind in wanted:
        if kind not in REGISTRY:
            raise ValueError(f"unknown fact kind {kind!r}; known kinds: {', '.join(REGISTRY)}")
    facts = [f for kind in wanted for f in ctx.facts(kind)]
    facts.sort(key=lambda f: (f.start, f.end, _ORDER.get(f.kind, 99)))
    return facts
