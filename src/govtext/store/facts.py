"""Fact rows and counts: :meth:`FactMethods.facts`, :meth:`~FactMethods.slogans`, :meth:`~FactMethods.timeline`."""
from __future__ import annotations

from typing import Any, Iterable, Optional, Union

from govtext.store.base import StoreBase
from govtext.store.sql import filter_clauses

__all__ = ["FactMethods"]


class FactMethods(StoreBase):
    def facts(self, kind: Union[str, Iterable[str], None] = None, where: Optional[str] = None,
              limit: Optional[int] = None, **filters: Any):
        """Fact rows, optionally of some ``kind``\\(s), matching ``where`` (SQL over the columns) and
        ``column=value`` filters (a list means any of; ``None`` means missing), in text order."""
        clauses, params = [], []
        if kind is not None:
            kinds = self._kinds(kind)
            clauses.append(f"kind IN ({', '.join('?' * len(kinds))})")
            params.extend(kinds)
        more, more_params = filter_clauses(filters, self.columns("facts"), "facts")
        clauses += more
        params += more_params
        if where:
            clauses.append(f"({where})")
        query = "SELECT * FROM facts" + (" WHERE " + " AND ".join(clauses) if clauses else "")
        query += " ORDER BY doc_id, n"
        if limit is not None:
            query += " LIMIT ?"
            params.append(int(limit))
        return self.con.execute(query, params).df()

    def slogans(self, by: str = "year"):
        """How often each slogan occurs per ``by`` group (year, issuer, doc_type, region …), as
        long rows ``[by, slogan, count, documents]``; ``.pivot(index="slogan", columns=by,
        values="count")`` makes it wide."""
        by = self._grouping(by)
        return self.con.execute(
            f'SELECT "{by}", label AS slogan, count(*) AS count, count(DISTINCT doc_id) AS documents '
            f"FROM facts WHERE kind = 'slogan' GROUP BY ALL ORDER BY \"{by}\" NULLS LAST, count DESC, slogan"
        ).df()

    def timeline(self, kind: str = "date", by: str = "month"):
        """Counts over time as ``[period, facts, documents]``. For ``kind="date"`` the period is
        the date the fact names; for other kinds, the date of its document."""
        if by not in ("year", "month", "day"):
            raise ValueError(f"unknown period {by!r}: use year, month or day")
        (kind,) = self._kinds(kind)
        length = {"year": 4, "month": 7, "day": 10}[by]
        source = "label" if kind == "date" else "date"
        return self.con.execute(
            f"SELECT substring({source}, 1, {length}) AS period, count(*) AS facts, count(DISTINCT doc_id) AS documents "
            f"FROM facts WHERE kind = ? AND regexp_matches({source}, '^\\d{{4}}') AND length({source}) >= {length} "
            "GROUP BY period ORDER BY period",
            [kind],
        ).df()
