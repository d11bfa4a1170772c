"""Fact extraction: ``extract_facts(text)`` runs the registered extractors over one document.

>>> [f.kind for f in extract_facts("帮助落实修路资金500万元")]
['money']
"""
from __future__ import annotations

import datetime as _dt
import os
import re
from typing import Iterable, Optional, Union

from govtext.extract.context import Context
from govtext.extract.registry import DEFAULT_KINDS, REGISTRY
from govtext.records import FactBase

__all__ = ["extract_facts", "Context", "DEFAULT_KINDS", "check_doc_date"]

_ORDER = {k: i for i, k in enumerate(DEFAULT_KINDS)}
_ISO = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def check_text(text: object, what: str = "text") -> str:
    """Refuse non-``str`` input with a message that says what to pass."""
    if not isinstance(text, str):
        hint = " (read bytes with govtext.read_text(path_or_bytes))" if isinstance(text, (bytes, bytearray)) else ""
        if isinstance(text, os.PathLike):
            hint = " (read the file first: govtext.read_text(path) decodes any Chinese encoding)"
        raise TypeError(f"{what} must be str, not {type(text).__name__}{hint}")
    return text


def check_doc_date(doc_date: Union[str, _dt.date, None]) -> Optional[str]:
    """``doc_date`` as an ISO string (``2014-04-03``, ``2014-04`` or ``2014``); a ``date`` is
    accepted; anything else is a ValueError that says what to pass."""
    if doc_date is None:
        return None
    if isinstance(doc_date, _dt.datetime):
        return doc_date.date().isoformat()
    if isinstance(doc_date, _dt.date):
        return doc_date.isoformat()
    if isinstance(doc_date, str) and _ISO.fullmatch(doc_date):
        try:
            _dt.date.fromisoformat((doc_date + "-01-01")[:10])
            return doc_date
        except ValueError:
            pass
    raise ValueError(f"doc_date must be an ISO date such as 2014-04-03 (or a datetime.date), not {doc_date!r}")


def extract_facts(
    text: str,
    doc_date: Optional[str] = None,
    kinds: Optional[Iterable[str]] = None,
    *,
    context: Optional[Context] = None,
) -> list[FactBase]:
    """All facts of ``text`` in text order, each grounded in ``text`` by ``start``/``end``.

    ``doc_date`` (ISO, e.g. ``"2014-04-03"``, or a ``date``) anchors year-less dates; ``kinds``
    runs a subset of the registry (``["money", "percent"]``, or one kind as ``"money"``).
    """
    check_text(text)
    doc_date = check_doc_date(doc_date)
    ctx = context or Context(text, doc_date=doc_date)
    wanted = list(DEFAULT_KINDS if kinds is None else [kinds] if isinstance(kinds, str) else kinds)
    for kind in wanted:
        if kind not in REGISTRY:
            raise ValueError(f"unknown fact kind {kind!r}; known kinds: {', '.join(REGISTRY)}")
    facts = [f for kind in wanted for f in ctx.facts(kind)]
    facts.sort(key=lambda f: (f.start, f.end, _ORDER.get(f.kind, 99)))
    return facts
