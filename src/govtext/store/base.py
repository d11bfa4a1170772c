"""What every family of store methods shares: the DuckDB connection, ``sql``, ``columns`` and
the checks of user arguments (kinds, groupings) with errors that list what is known."""
from __future__ import annotations

from typing import Iterable, Optional, Sequence, Union

from govtext.records import FACT_KINDS

__all__ = ["StoreBase", "GROUPINGS", "TABLES"]

GROUPINGS = ("year", "issuer", "doc_type", "region", "province", "city", "county", "date", "doc_id")
TABLES = ("documents", "facts")


class StoreBase:
    """Tables ``documents`` and ``facts`` over one DuckDB connection ``con``."""

    def __init__(self, con, source: str = ""):
        self.con = con
        self.source = source
        for name in sorted(dir(type(self))):  # tables of the method families, see the package docs
            if name.startswith("_setup_"):
                getattr(self, name)()

    def __repr__(self) -> str:
        n_docs, n_facts = self.con.execute("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM facts)").fetchall()[0]
        return f"<govtext Store {self.source!r}: {n_docs} documents, {n_facts} facts>"

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def columns(self, table: str = "facts") -> list[str]:
        """Column names of ``documents`` or ``facts``."""
        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}: use 'documents' or 'facts'")
        return [row[0] for row in self.con.execute(f"DESCRIBE {table}").fetchall()]

    def sql(self, query: str, params: Optional[Union[Sequence, dict]] = None):
        """Any SQL over the tables, with optional ``?``/``$name`` parameters, as a DataFrame."""
        return self.con.execute(query, params).df() if params is not None else self.con.sql(query).df()

    # ------------------------------------------------------------------ argument checks

    @staticmethod
    def _kinds(kind: Union[str, Iterable[str]]) -> list[str]:
        """``kind`` as a list of known fact kinds (one string is one kind); an unknown kind is a
        ValueError that lists the known ones."""
        kinds = [kind] if isinstance(kind, str) else list(kind)
        for k in kinds:
            if k not in FACT_KINDS:
                raise ValueError(f"unknown fact kind {k!r}; known kinds: {', '.join(FACT_KINDS)}")
        return kinds

    @staticmethod
    def _grouping(by: str) -> str:
        if by not in GROUPINGS:
            raise ValueError(f"cannot group by {by!r}; use one of: {', '.join(GROUPINGS)}")
        return by
