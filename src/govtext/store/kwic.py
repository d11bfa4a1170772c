"""Keyword in context over the stored texts: :meth:`KwicMethods.kwic`."""
from __future__ import annotations

from typing import Optional

from govtext.store.base import StoreBase

__all__ = ["KwicMethods"]


class KwicMethods(StoreBase):
    def kwic(self, term: str, width: int = 20, limit: Optional[int] = None):
        """Keyword in context: every occurrence of ``term`` in the stored texts with ``width``
        characters each side, as ``[doc_id, start, left, keyword, right, issuer, date]``."""
        if not isinstance(term, str) or not term:
            raise ValueError("kwic() needs a non-empty search term")
        width = int(width)
        if width < 0:
            raise ValueError("width must be >= 0")
        query = """
        WITH pieces AS (
            SELECT id, len(p) AS k, generate_subscripts(p, 1) AS i, unnest(p) AS piece
            FROM (SELECT id, string_split(text, $term) AS p FROM documents WHERE contains(text, $term))
        ), pos AS (
            SELECT id, i, k, sum(length(piece)) OVER (PARTITION BY id ORDER BY i) + (i - 1) * length($term) AS start
            FROM pieces
        )
        SELECT d.id AS doc_id, pos.start::BIGINT AS start,
               substring(d.text, greatest(1, pos.start - $width + 1)::BIGINT, least($width, pos.start)::BIGINT) AS "left",
               $term AS keyword,
               substring(d.text, (pos.start + length($term) + 1)::BIGINT, $width) AS "right",
               d.issuer, d.date
        FROM pos JOIN documents d ON d.id = pos.id
        WHERE pos.i < pos.k
        ORDER BY doc_id, start
        """
        params: dict = {"term": term, "width": width}
        if limit is not None:
            query += " LIMIT $limit"
            params["limit"] = int(limit)
        return self.con.execute(query, params).df()
