"""Document structure: layout roles of lines, metadata, sections, paragraphs, sentences, region.

``govtext.parse(text)`` (:func:`govtext.structure.document.parse`) builds a
:class:`~govtext.records.Document` from one raw text. The modules, in pipeline order:
``lines`` (line roles), ``metadata``, ``sections`` (headings), ``paragraphs``, ``sentences``,
``region``, ``document`` (the pipeline).
"""
from __future__ import annotations

from govtext.structure.document import parse

__all__ = ["parse"]
