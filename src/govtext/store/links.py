"""Citation links and diffusion over the store: :class:`LinkMethods` (see :mod:`govtext.links`).

``citations()`` finds the references of every stored document (its ``doc_title`` and
``doc_number`` facts with the words around them, cut from the stored text) and resolves them
against the stored documents, once per store; ``graph()``, ``export_links()`` build on it.
``diffusion()`` and ``adoption_curve()`` follow a slogan, a cited title or a cited number
across regions.
"""
from __future__ import annotations

import os
from typing import Optional, Union

from govtext.links.citations import citations_from_windows
from govtext.links.diffusion import AdoptionCurve, adoption_curve, first_mentions
from govtext.links.keys import number_key, number_keys, title_key
from govtext.links.references import WINDOW, FactWindow
from govtext.store.base import StoreBase
from govtext.text.normalize import to_simplified

__all__ = ["LinkMethods"]

_WINDOWS_SQL = f"""
SELECT f.doc_id, f.kind, f.start, f."end", COALESCE(f.label, '') AS label, f.fact->>'doc_type' AS doc_type,
       COALESCE(substring(d.text, (greatest(f.start - {WINDOW}, 0) + 1)::BIGINT, least({WINDOW}, f.start)::BIGINT), '') AS lft,
       COALESCE(substring(d.text, (f."end" + 1)::BIGINT, {WINDOW}), '') AS rgt
FROM facts f JOIN documents d ON d.id = f.doc_id
WHERE f.kind IN ('doc_title', 'doc_number')
ORDER BY f.doc_id, f.start, f."end"
"""
_DOCS_SQL = "SELECT id, title, doc_number, issuer, date FROM documents ORDER BY id"
_MENTION_COLUMNS = "d.id AS doc_id, d.date, d.title, d.issuer, d.province, d.city, d.county"


class LinkMethods(StoreBase):
    def citations(self):
        """One row per reference of a stored document to another document: ``source_id``,
        ``relation``, ``cited_title``, ``cited_number``, ``target_id`` (the stored document it
        names, or null), ``match``, ``score``, ``start``/``end`` in the source text, and
        ``candidates`` (the documents an unresolved title names equally well). Computed once
        per store; a copy is returned."""
        cached = getattr(self, "_citations_cache", None)
        if cached is None:
            windows: dict[str, list[FactWindow]] = {}
            for doc_id, kind, start, end, label, doc_type, left, right in self.con.execute(_WINDOWS_SQL).fetchall():
                windows.setdefault(doc_id, []).append(FactWindow(kind, start, end, label, doc_type, left, right))
            docs = [dict(zip(("id", "title", "doc_number", "issuer", "date"), row))
                    for row in self.con.execute(_DOCS_SQL).fetchall()]
            cached = self._citations_cache = citations_from_windows(docs, windows)
        return cached.copy()

    def graph(self):
        """The citation network as a ``networkx.DiGraph``: every document a node with its
        metadata (title, doc_type, issuer, doc_number, date, year, region …), every resolved
        citation an edge with ``relation``, ``relations`` and ``weight``."""
        from govtext.links.graph import NODE_FIELDS, citation_graph  # deferred: networkx

        fields = ", ".join(f'"{c}"' for c in NODE_FIELDS if c in self.columns("documents"))
        documents = self.con.execute(f"SELECT id, {fields} FROM documents ORDER BY id").df()
        return citation_graph(documents, self.citations())

    def export_links(self, path: Union[str, os.PathLike]) -> str:
        """Write the citations to ``.csv`` or ``.parquet``, or the network to ``.graphml`` or
        ``.gexf`` (Gephi); returns the path."""
        from govtext.links.graph import export_links

        return export_links(self.citations(), self.graph, path)

    def _mentions(self, slogan: Optional[str], title: Optional[str], number: Optional[str], where: Optional[str]):
        given = [(k, v) for k, v in (("slogan", slogan), ("title", title), ("number", number)) if v is not None]
        if len(given) != 1 or not isinstance(given[0][1], str) or not given[0][1].strip():
            raise ValueError("give exactly one of slogan=…, title=… or number=… (a non-empty string)")
        what, value = given[0]
        among = f" AND d.id IN (SELECT id FROM documents WHERE {where})" if where else ""
        if what == "slogan":
            query = (f"SELECT DISTINCT {_MENTION_COLUMNS} FROM facts f JOIN documents d ON d.id = f.doc_id "
                     f"WHERE f.kind = 'slogan' AND f.label = ?{among} ORDER BY d.id")
            return self.con.execute(query, [to_simplified(value.strip().strip("“”\"'"))]).df()
        kind = "doc_title" if what == "title" else "doc_number"
        labels = [row[0] for row in self.con.execute(
            "SELECT DISTINCT label FROM facts WHERE kind = ? AND label IS NOT NULL", [kind]).fetchall()]
        if what == "title":
            key = title_key(value)
            wanted = [label for label in labels if title_key(label) == key]
        else:
            key = number_key(value)
            if key is None:
                raise ValueError(f"{value!r} is not a document number (机关代字〔年份〕序号号, or …令第N号)")
            wanted = [label for label in labels if key in number_keys(label)]
        query = (f"SELECT DISTINCT {_MENTION_COLUMNS} FROM facts f JOIN documents d ON d.id = f.doc_id "
                 f"WHERE f.kind = ? AND list_contains(?, f.label){among} ORDER BY d.id")
        return self.con.execute(query, [kind, wanted]).df()

    def diffusion(self, slogan: Optional[str] = None, title: Optional[str] = None, number: Optional[str] = None,
                  level: str = "province", where: Optional[str] = None):
        """For each region of ``level`` (province, city, county): the first document that
        mentions the slogan, the cited title or the cited number, its date, the lag in days from
        the first mention anywhere, and how many of the region's documents mention it; documents
        whose region or date is unknown follow, flagged ``no_region`` / ``no_date``. ``where``
        (SQL over the ``documents`` columns) limits the documents looked at."""
        return first_mentions(self._mentions(slogan, title, number, where), level)

    def adoption_curve(self, slogan: Optional[str] = None, title: Optional[str] = None,
                       number: Optional[str] = None, level: str = "province",
                       where: Optional[str] = None) -> AdoptionCurve:
        """The cumulative count of regions by the date of their first mention (flagged documents
        left out), as a DataFrame ``[date, region, doc_id, regions]`` whose ``plot()`` draws it."""
        label = slogan or title or number
        return adoption_curve(self._mentions(slogan, title, number, where), level, label=label)
