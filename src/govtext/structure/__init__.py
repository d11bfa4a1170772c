"""Document structure: layout roles of lines, metadata, sections, paragraphs, sentences, region.

``govtext.parse(text)`` (see :func:`govtext.structure.parse.parse`) builds a
:class:`~govtext.records.Document` from one raw text.
"""
from __future__ import annotations

from typing import Any

__all__ = ["parse"]


def __getattr__(name: str) -> Any:
    if name == "parse":
        from govtext.structure.parse import parse

        return parse
    raise AttributeError(f"module 'govtext.structure' has no attribute {name!r}")
