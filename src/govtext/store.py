"""Query converted documents from a notebook: ``store = govtext.open("out/facts.jsonl")``.

The store is an in-process DuckDB database with two tables: ``documents`` (one row per
document, with its text) and ``facts`` (one row per fact with its sentence, section path and the
document's title, issuer, doc_type, date, year and region joined in). It opens a JSONL file, a
Parquet file, a folder of either (partitioned Dask output), or a ``.duckdb`` file written by
:func:`build_index` (``govtext index``). Every method returns a pandas DataFrame; user values
are bound as SQL parameters, only ``where=`` and :meth:`Store.sql` take SQL text.

>>> import tempfile, os
>>> path = os.path.join(tempfile.mkdtemp(), "out.jsonl")
>>> line = '{"id":"a","date":"2014-04-03","facts":[{"kind":"money","text":"500万元","start":4,"end":9,"value":5000000}],"text":"落实资金500万元。"}'
>>> _ = open(path, "w", encoding="utf-8").write(line + "\\n")
>>> store = open_store(path)
>>> store
<govtext Store '...': 1 documents, 1 facts>
>>> store.facts(kind="money", where="value > 1e6")[["doc_id", "text", "value", "sentence", "year"]].values.tolist()
[['a', '500万元', 5000000.0, '落实资金500万元。', 2014]]
>>> store.kwic("资金", width=2).values.tolist()
[['a', 2, '落实', '资金', '50', None, '2014-04-03']]
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence, Union

__all__ = ["Store", "open_store", "build_index", "store_files"]

_GROUPINGS = ("year", "issuer", "doc_type", "region", "province", "city", "county", "date", "doc_id")
_SKIP_SUFFIXES = (".errors.jsonl", ".partial.jsonl")


def store_files(path: Union[str, os.PathLike]) -> tuple[str, list[str]]:
    """``(format, files)`` a store would read at ``path``: jsonl, parquet or duckdb."""
    p = Path(path)
    if p.is_dir():
        found = sorted(
            str(f) for f in p.rglob("*")
            if f.is_file() and f.suffix in (".jsonl", ".ndjson", ".parquet")
            and not f.name.endswith(_SKIP_SUFFIXES)
            and not any(part.startswith(("_", ".")) for part in f.relative_to(p).parts)
        )
        kinds = {"parquet" if f.endswith(".parquet") else "jsonl" for f in found}
        if not found:
            raise FileNotFoundError(f"{p}: no .jsonl or .parquet files in this folder")
        if len(kinds) > 1:
            raise ValueError(f"{p}: holds both JSONL and Parquet files; open one kind at a time")
        return kinds.pop(), found
    if not p.exists():
        raise FileNotFoundError(f"{p}: no such file or folder")
    if p.suffix == ".duckdb":
        return "duckdb", [str(p)]
    return ("parquet" if p.suffix == ".parquet" else "jsonl"), [str(p)]


def _load(con, fmt: str, files: list[str]) -> None:
    from govtext.store_sql import DOCUMENTS_SQL, FACTS_SQL, raw_select_sql

    con.sql(raw_select_sql(fmt), params={"files": files}).create_view("raw")
    con.execute(DOCUMENTS_SQL)
    con.execute(FACTS_SQL)
    con.execute("DROP VIEW raw")


def open_store(path: Union[str, os.PathLike]) -> "Store":
    """Open converted output (JSONL, Parquet, a folder of parts, or a ``.duckdb`` index)."""
    import duckdb

    fmt, files = store_files(path)
    if fmt == "duckdb":
        return Store(duckdb.connect(files[0], read_only=True), source=str(path))
    con = duckdb.connect()
    _load(con, fmt, files)
    return Store(con, source=str(path))


def build_index(path: Union[str, os.PathLike], out: Union[str, os.PathLike]) -> str:
    """Persist the store of ``path`` to the DuckDB file ``out`` (written whole, then renamed)."""
    import duckdb

    fmt, files = store_files(path)
    if fmt == "duckdb":
        raise ValueError(f"{path}: already a DuckDB index")
    out = os.fspath(out)
    tmp = f"{out}.tmp-{os.getpid()}"
    if os.path.exists(tmp):
        os.remove(tmp)
    try:
        con = duckdb.connect(tmp)
        _load(con, fmt, files)
        con.execute("CHECKPOINT")
        con.close()
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return out


class Store:
    """Tables ``documents`` and ``facts`` over one DuckDB connection."""

    def __init__(self, con, source: str = ""):
        self.con = con
        self.source = source

    def __repr__(self) -> str:
        n_docs, n_facts = self.con.execute("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM facts)").fetchall()[0]
        return f"<govtext Store {self.source!r}: {n_docs} documents, {n_facts} facts>"

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def columns(self, table: str = "facts") -> list[str]:
        """Column names of ``documents`` or ``facts``."""
        if table not in ("documents", "facts"):
            raise ValueError(f"unknown table {table!r}: use 'documents' or 'facts'")
        return [row[0] for row in self.con.execute(f"DESCRIBE {table}").fetchall()]

    def sql(self, query: str, params: Optional[Union[Sequence, dict]] = None):
        """Any SQL over the tables, with optional ``?``/``$name`` parameters, as a DataFrame."""
        return self.con.execute(query, params).df() if params is not None else self.con.sql(query).df()

    def facts(self, kind: Union[str, Iterable[str], None] = None, where: Optional[str] = None,
              limit: Optional[int] = None, **filters: Any):
        """Fact rows, optionally of some ``kind``\\(s), matching ``where`` (SQL over the columns) and
        ``column=value`` filters (a list means any of; ``None`` means missing), in text order."""
        clauses, params = [], []
        if kind is not None:
            kinds = [kind] if isinstance(kind, str) else list(kind)
            clauses.append(f"kind IN ({', '.join('?' * len(kinds))})")
            params.extend(kinds)
        known = self.columns("facts")
        for key, value in filters.items():
            if key not in known:
                raise ValueError(f"unknown column {key!r}; facts has: {', '.join(known)}")
            if value is None:
                clauses.append(f'"{key}" IS NULL')
            elif isinstance(value, (list, tuple, set, frozenset)):
                values = list(value)
                clauses.append(f'"{key}" IN ({", ".join("?" * len(values))})' if values else "FALSE")
                params.extend(values)
            else:
                clauses.append(f'"{key}" = ?')
                params.append(value)
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
        if by not in _GROUPINGS:
            raise ValueError(f"cannot group by {by!r}; use one of: {', '.join(_GROUPINGS)}")
        return self.con.execute(
            f'SELECT "{by}", label AS slogan, count(*) AS count, count(DISTINCT doc_id) AS documents '
            f"FROM facts WHERE kind = 'slogan' GROUP BY ALL ORDER BY \"{by}\" NULLS LAST, count DESC, slogan"
        ).df()

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

    def timeline(self, kind: str = "date", by: str = "month"):
        """Counts over time as ``[period, facts, documents]``. For ``kind="date"`` the period is
        the date the fact names; for other kinds, the date of its document."""
        if by not in ("year", "month", "day"):
            raise ValueError(f"unknown period {by!r}: use year, month or day")
        length = {"year": 4, "month": 7, "day": 10}[by]
        source = "label" if kind == "date" else "date"
        return self.con.execute(
            f"SELECT substring({source}, 1, {length}) AS period, count(*) AS facts, count(DISTINCT doc_id) AS documents "
            f"FROM facts WHERE kind = ? AND regexp_matches({source}, '^\\d{{4}}') AND length({source}) >= {length} "
            "GROUP BY period ORDER BY period",
            [kind],
        ).df()

    def export(self, path: Union[str, os.PathLike], what: str = "facts", *, excel: bool = False) -> str:
        """Write a table (``facts``, ``documents``) or a SELECT query to ``path``: ``.csv`` (with a
        UTF-8 BOM for Excel when ``excel=True``), ``.parquet`` or Stata ``.dta``."""
        from govtext.store_export import export_relation

        relation = self.con.table(what) if what in ("facts", "documents") else self.con.sql(what)
        return export_relation(relation, os.fspath(path), excel=excel)
