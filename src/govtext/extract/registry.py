"""The one place extractors are registered, in their default order.

Each entry maps a fact kind to ``"module:function"``; the function takes a
:class:`~govtext.extract.context.Context` and yields facts of that kind. The modules are imported
by name on first use (this table is also what keeps the import graph free of cycles: the
extractors import the context, the context reads this table). An extractor may ask
``ctx.facts(other_kind)`` (a change reads money and percent facts); the context runs and caches
each kind once. The kinds are those of the record union (:data:`govtext.records.FACT_KINDS`).

:func:`register` replaces the extractor of a kind or adds a new kind with its record model; a
new kind runs when it is asked for (``extract_facts(text, kinds=[..., "target"])`` or
``ctx.facts("target")``), the built-in kinds run by default.
"""
from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Callable, Iterable, Optional, Union

from govtext.records import FACT_KINDS, FACT_MODELS, FactBase

__all__ = ["REGISTRY", "DEFAULT_KINDS", "MODELS", "get_extractor", "register", "unregister"]

Extractor = Callable[..., Iterable[FactBase]]

_BUILTIN: dict[str, str] = {
    "doc_number": "govtext.extract.doc_numbers:extract_doc_numbers",
    "doc_title": "govtext.extract.doc_titles:extract_doc_titles",
    "date": "govtext.extract.dates:extract_dates",
    "money": "govtext.extract.money:extract_money",
    "percent": "govtext.extract.percents:extract_percents",
    "quantity": "govtext.extract.quantities:extract_quantities",
    "change": "govtext.extract.changes:extract_changes",
    "slogan": "govtext.extract.slogans:extract_slogans",
    "person": "govtext.extract.persons:extract_persons",
    "target": "govtext.extract.targets:extract_targets",
}
if set(_BUILTIN) != set(FACT_KINDS):  # pragma: no cover - a record or an extractor was added alone
    raise RuntimeError(f"extract/registry.py and records.FACT_TYPES disagree: {sorted(set(_BUILTIN) ^ set(FACT_KINDS))}")

REGISTRY: dict[str, Union[str, Extractor]] = dict(_BUILTIN)
DEFAULT_KINDS: tuple[str, ...] = tuple(_BUILTIN)
MODELS: dict[str, type[FactBase]] = dict(FACT_MODELS)


def register(kind: str, func: Extractor, model: Optional[type[FactBase]] = None) -> None:
    """Replace the extractor of ``kind``, or add a new kind (then ``model``, the fact's record, a
    :class:`~govtext.records.FactBase` subclass whose ``kind`` defaults to ``kind``, is required)."""
    if model is not None:
        if not (isinstance(model, type) and issubclass(model, FactBase)) or model.model_fields["kind"].default != kind:
            raise ValueError(f"register({kind!r}): model must be a FactBase subclass with kind {kind!r}")
        MODELS[kind] = model
    elif kind not in MODELS:
        raise ValueError(f"register({kind!r}): a new kind needs its record model (model=...)")
    REGISTRY[kind] = func
    get_extractor.cache_clear()


def unregister(kind: str) -> None:
    """Undo :func:`register`: a built-in kind gets its own extractor back, a new kind is removed."""
    if kind in _BUILTIN:
        REGISTRY[kind] = _BUILTIN[kind]
        MODELS[kind] = FACT_MODELS[kind]
    else:
        REGISTRY.pop(kind, None)
        MODELS.pop(kind, None)
    get_extractor.cache_clear()


@lru_cache(maxsize=None)
def get_extractor(kind: str) -> Extractor:
    try:
        target = REGISTRY[kind]
    except KeyError:
        raise ValueError(f"unknown fact kind {kind!r}; known kinds: {', '.join(REGISTRY)}") from None
    if callable(target):
        return target
    module, _, func = target.partition(":")
    return getattr(importlib.import_module(module), func)
