"""The SQL that turns converted documents into the store's two tables, ``documents`` and ``facts``.

Converted output (JSONL lines or Parquet rows, see :mod:`govtext.corpus.parquet`) is first
exposed as a view ``raw`` with nested values as JSON; the tables are built from it. File names
are bound as parameters, never pasted into SQL.

>>> sorted(RAW_TYPES.items())[:3]
[('authors', 'VARCHAR[]'), ('boilerplate', 'JSON'), ('chars', 'BIGINT')]
"""
from __future__ import annotations

from govtext.corpus.parquet import document_columns

__all__ = ["RAW_TYPES", "raw_select_sql", "DOCUMENTS_SQL", "FACTS_SQL", "SENTENCE_STOPS", "filter_clauses"]

_DUCK = {"str": "VARCHAR", "int": "BIGINT", "strlist": "VARCHAR[]", "json": "JSON"}
RAW_TYPES: dict[str, str] = {name: _DUCK[kind] for name, kind in document_columns()}
SENTENCE_STOPS = "。！？!?"


def raw_select_sql(fmt: str) -> str:
    """The SELECT behind the view ``raw``, over ``$files`` (a list of JSONL or Parquet files)."""
    if fmt == "jsonl":
        cols = ", ".join(f"'{name}': '{typ}'" for name, typ in RAW_TYPES.items())
        return (
            "SELECT * FROM read_json($files, format='newline_delimited', "
            f"ignore_errors=true, columns={{{cols}}}) WHERE id IS NOT NULL"
        )
    select = ", ".join(f'"{n}"::JSON AS "{n}"' if t == "JSON" else f'"{n}"' for n, t in RAW_TYPES.items())
    return f"SELECT {select} FROM read_parquet($files, union_by_name=true)"


DOCUMENTS_SQL = """
CREATE TABLE documents AS
SELECT id, title, subtitle, doc_type, issuer, doc_number, date,
       TRY_CAST(substring(date, 1, 4) AS INTEGER) AS year,
       NULLIF(concat_ws('/', region->>'province', region->>'city', region->>'county'), '') AS region,
       region->>'province' AS province, region->>'city' AS city, region->>'county' AS county,
       recipients, authors, source, encoding, sha256, chars,
       COALESCE(json_array_length(facts), 0) AS n_facts, sections, text
FROM raw
"""

# One row per fact. Its sentence comes from the document's sentences when it has them, else
# from the text around the fact up to the nearest 。！？!? (at most 200 characters a side, and
# not back past the heading of its section; line breaks do not end sentences, since wrapped
# text breaks lines inside them).
FACTS_SQL = f"""
CREATE TABLE facts AS
WITH f AS (
    SELECT id AS doc_id, generate_subscripts(fl, 1) - 1 AS n, unnest(fl) AS fact
    FROM (SELECT id, from_json(facts, '["JSON"]') AS fl FROM raw)
),
f2 AS (
    SELECT doc_id, n, fact, fact->>'kind' AS kind, fact->>'text' AS text,
           (fact->>'start')::BIGINT AS start, (fact->>'end')::BIGINT AS "end"
    FROM f
),
sent AS (
    SELECT id AS doc_id, (s->>'start')::BIGINT AS s0, (s->>'end')::BIGINT AS s1,
           from_json(s->'section_path', '["VARCHAR"]') AS path
    FROM (SELECT id, unnest(from_json(sentences, '["JSON"]')) AS s FROM raw)
),
sec AS (
    SELECT id AS doc_id, (s->>'start')::BIGINT AS s0, (s->>'end')::BIGINT AS s1, (s->>'level')::INT AS level,
           LEAST((s->>'heading_end')::BIGINT, (s->>'end')::BIGINT) AS h1,
           from_json(s->'path', '["VARCHAR"]') AS path
    FROM (SELECT id, unnest(from_json(sections, '["JSON"]')) AS s FROM raw)
),
insec AS (
    SELECT f2.doc_id, f2.n, arg_max(sec.path, sec.level) AS path, arg_max(sec.h1, sec.level) AS body_start
    FROM f2 JOIN sec ON sec.doc_id = f2.doc_id AND f2.start >= sec.s0 AND f2.start < sec.s1
    GROUP BY ALL
)
SELECT f2.doc_id, f2.n, f2.kind, f2.text, f2.start, f2."end",
       CASE WHEN json_type(fact->'value') IN ('UBIGINT', 'BIGINT', 'DOUBLE', 'HUGEINT') THEN (fact->>'value')::DOUBLE
            WHEN f2.kind = 'change' THEN TRY_CAST(fact->>'by_value' AS DOUBLE) END AS value,
       TRY_CAST(fact->>'value_max' AS DOUBLE) AS value_max,
       CASE f2.kind WHEN 'date' THEN fact->>'value' WHEN 'slogan' THEN fact->>'name'
            WHEN 'doc_title' THEN fact->>'title' WHEN 'doc_number' THEN fact->>'number'
            WHEN 'person' THEN fact->>'name' WHEN 'quantity' THEN fact->>'entity'
            WHEN 'change' THEN fact->>'subject' WHEN 'target' THEN fact->>'subject' END AS label,
       fact->>'unit' AS unit, fact->>'qualifier' AS qualifier, fact->>'direction' AS direction,
       COALESCE(substring(d.text, sent.s0 + 1, sent.s1 - sent.s0),
                trim(regexp_extract(substring(d.text, lo + 1, f2.start - lo), '[^{SENTENCE_STOPS}]*$')
                     || f2.text
                     || regexp_extract(substring(d.text, f2."end" + 1, 200), '^[^{SENTENCE_STOPS}]*[{SENTENCE_STOPS}]?'),
                     chr(10) || chr(13) || chr(9) || ' ' || chr(12288))
       ) AS sentence,
       COALESCE(sent.path, insec.path, []::VARCHAR[]) AS section_path,
       d.title AS doc_title, d.issuer, d.doc_type, d.date, d.year, d.region, d.province, d.city, d.county,
       fact
FROM (SELECT f2.*, greatest(f2.start - 200, COALESCE(insec.body_start, 0), 0) AS lo
      FROM f2 LEFT JOIN insec ON insec.doc_id = f2.doc_id AND insec.n = f2.n) AS f2
JOIN documents d ON d.id = f2.doc_id
LEFT JOIN sent ON sent.doc_id = f2.doc_id AND f2.start >= sent.s0 AND f2.start < sent.s1
LEFT JOIN insec ON insec.doc_id = f2.doc_id AND insec.n = f2.n
ORDER BY f2.doc_id, f2.n
"""


def filter_clauses(filters: dict, known, table: str) -> tuple[list[str], list]:
    """Parameterized SQL conditions for ``column=value`` filters over the columns ``known``: a list
    means any of, ``None`` means missing; an unknown column is a ValueError naming ``table``'s columns.

    >>> filter_clauses({"kind": ["money", "percent"], "unit": None}, ["kind", "unit"], "facts")
    (['"kind" IN (?, ?)', '"unit" IS NULL'], ['money', 'percent'])
    """
    clauses, params = [], []
    for key, value in filters.items():
        if key not in known:
            raise ValueError(f"unknown column {key!r}; {table} has: {', '.join(known)}")
        if value is None:
            clauses.append(f'"{key}" IS NULL')
        elif isinstance(value, (list, tuple, set, frozenset)):
            values = list(value)
            clauses.append(f'"{key}" IN ({", ".join("?" * len(values))})' if values else "FALSE")
            params.extend(values)
        else:
            clauses.append(f'"{key}" = ?')
            params.append(value)
    return clauses, params
