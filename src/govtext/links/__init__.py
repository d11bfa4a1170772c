"""Links across documents: which documents a document cites, and how a formula spreads.

- :mod:`~govtext.links.keys`: comparable keys of document numbers and titles;
- :mod:`~govtext.links.cues`: the relation of a reference, from ``lexicons/citation_cues.tsv``;
- :mod:`~govtext.links.references`: the references of one document (its 《》 titles and 发文字号);
- :mod:`~govtext.links.resolve`: which document of a corpus a reference names;
- :mod:`~govtext.links.citations`: the citation table of a corpus;
- :mod:`~govtext.links.graph`: the citation network (networkx) and its export;
- :mod:`~govtext.links.diffusion`: first mentions per region, adoption curves.

The store (``govtext.open``) offers the same as methods: ``citations()``, ``graph()``,
``export_links()``, ``diffusion()``, ``adoption_curve()``.
"""
from __future__ import annotations

from govtext.links.citations import COLUMNS, citations
from govtext.links.cues import RELATIONS
from govtext.links.references import Reference, find_references
from govtext.links.resolve import MATCHES, Resolver

__all__ = ["citations", "find_references", "Reference", "Resolver", "RELATIONS", "MATCHES", "COLUMNS"]
