"""The :class:`Store`: the method families of the package put together (see :mod:`govtext.store`).

A new family is a module holding a ``StoreBase`` subclass and one line here: import it below
and add it to the bases (families first, ``StoreBase`` last).
"""
from __future__ import annotations

from govtext.store.base import StoreBase
from govtext.store.export import ExportMethods
from govtext.store.facts import FactMethods
from govtext.store.kwic import KwicMethods
from govtext.store.links import LinkMethods
from govtext.store.targets import TargetMethods

__all__ = ["Store"]


class Store(
    FactMethods,
    KwicMethods,
    LinkMethods,
    TargetMethods,
    ExportMethods,
    StoreBase,
):
    """Tables ``documents`` and ``facts`` over one DuckDB connection; the methods of every family."""
