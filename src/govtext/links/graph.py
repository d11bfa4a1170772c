"""The citation network: documents as nodes (with their metadata), resolved citations as edges.

:func:`citation_graph` builds a ``networkx.DiGraph`` from a documents table and a citations
table; an edge ``source → target`` carries ``relation`` (the strongest relation of the
references between the two, in the order of :data:`govtext.links.cues.RELATIONS`), ``relations``
(all of them, joined by ``,``) and ``weight`` (how many references). :func:`export_links` writes
the citations table (``.csv``, ``.parquet``) or the graph (``.graphml``, ``.gexf`` for Gephi).

>>> import pandas as pd
>>> docs = pd.DataFrame({"id": ["a", "b"], "title": ["甲办法", "乙通知"], "date": ["2019-01-01", None]})
>>> cites = pd.DataFrame({"source_id": ["b", "b"], "target_id": ["a", "a"], "relation": ["mentions", "basis"]})
>>> g = citation_graph(docs, cites)
>>> dict(g.edges["b", "a"]), g.nodes["a"]["title"]
({'relation': 'basis', 'relations': 'basis,mentions', 'weight': 2}, '甲办法')
"""
from __future__ import annotations

import os
from typing import Any, Union

import networkx as nx

from govtext.links.cues import RELATIONS

__all__ = ["citation_graph", "export_links", "NODE_FIELDS", "LINK_FORMATS"]

NODE_FIELDS = ("title", "doc_type", "issuer", "doc_number", "date", "year", "region", "province", "city", "county")
LINK_FORMATS = (".csv", ".parquet", ".graphml", ".gexf")
_RANK = {r: i for i, r in enumerate(RELATIONS)}


def _plain(value: Any) -> Any:
    """A value GraphML and GEXF can hold: str, int, float or bool (missing values are left out)."""
    if value is None:
        return None
    try:
        if value != value:  # NaN
            return None
    except (TypeError, ValueError):
        pass
    if hasattr(value, "item"):
        value = value.item()
    return value if isinstance(value, (str, int, float, bool)) else str(value)


def citation_graph(documents, citations):
    """A ``networkx.DiGraph``: every document a node (its metadata as attributes), every
    resolved citation an edge (see the module docstring)."""
    graph = nx.DiGraph()
    for row in documents.to_dict("records"):
        attrs = {k: v for k in NODE_FIELDS if k in row and (v := _plain(row[k])) is not None}
        graph.add_node(str(row["id"]), **attrs)
    resolved = citations[citations["target_id"].notna()]
    for (source, target), group in resolved.groupby(["source_id", "target_id"], sort=True):
        relations = sorted(set(group["relation"]), key=lambda r: _RANK.get(r, len(_RANK)))
        graph.add_edge(str(source), str(target), relation=relations[0], relations=",".join(relations),
                       weight=int(len(group)))
    return graph


def export_links(citations, graph_factory, path: Union[str, os.PathLike]) -> str:
    """Write ``citations`` (a DataFrame) to ``.csv`` or ``.parquet``, or the graph that
    ``graph_factory()`` builds to ``.graphml`` or ``.gexf``; returns the path."""
    path = os.fspath(path)
    suffix = os.path.splitext(path)[1].lower()
    if suffix not in LINK_FORMATS:
        raise ValueError(f"{path}: unknown format; use {', '.join(LINK_FORMATS)}")
    if suffix in (".csv", ".parquet"):
        table = citations.copy()
        table["candidates"] = table["candidates"].map(lambda c: " / ".join(c) if len(c) else None)
        if suffix == ".csv":
            table.to_csv(path, index=False, encoding="utf-8")
        else:
            table.to_parquet(path, index=False)
        return path
    graph = graph_factory()
    if suffix == ".graphml":
        nx.write_graphml(graph, path)
    else:
        nx.write_gexf(graph, path)
    return path
