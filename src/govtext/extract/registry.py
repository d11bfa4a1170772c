"""The one place extractors are registered, in their default order.

Each entry maps a fact kind to ``"module:function"``; the function takes a
:class:`~govtext.extract.context.Context` and yields facts of that kind. Modules are imported
on first use, so ``import govtext`` stays cheap. An extractor may ask ``ctx.facts(other_kind)``
(a change reads money and percent facts); the context runs and caches each kind once.
"""
from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Callable, Iterable

from govtext.records import FactBase

__all__ = ["REGISTRY", "DEFAULT_KINDS", "get_extractor", "register"]

REGISTRY: dict[str, str] = {
    "doc_number": "govtext.extract.doc_numbers:extract_doc_numbers",
    "doc_title": "govtext.extract.doc_titles:extract_doc_titles",
    "date": "govtext.extract.dates:extract_dates",
    "money": "govtext.extract.money:extract_money",
    "percent": "govtext.extract.percents:extract_percents",
    "quantity": "govtext.extract.quantities:extract_quantities",
    "change": "govtext.extract.changes:extract_changes",
    "slogan": "govtext.extract.slogans:extract_slogans",
    "person": "govtext.extract.persons:extract_persons",
}
DEFAULT_KINDS: tuple[str, ...] = tuple(REGISTRY)

_OVERRIDES: dict[str, Callable] = {}


def register(kind: str, func: Callable[..., Iterable[FactBase]]) -> None:
    """Replace or add the extractor for ``kind`` (a plugin hook; the function takes a Context)."""
    _OVERRIDES[kind] = func
    get_extractor.cache_clear()


@lru_cache(maxsize=None)
def get_extractor(kind: str) -> Callable[..., Iterable[FactBase]]:
    if kind in _OVERRIDES:
        return _OVERRIDES[kind]
    try:
        target = REGISTRY[kind]
    except KeyError:
        raise ValueError(f"unknown fact kind {kind!r}; known kinds: {', '.join(REGISTRY)}") from None
    module, _, func = target.partition(":")
    return getattr(importlib.import_module(module), func)
