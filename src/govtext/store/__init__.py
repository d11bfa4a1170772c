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
[['a', 2, 4, '落实', '资金', '50', None, '2014-04-03']]

The package, one module per concern:

- ``files``: which files a store reads at a path (JSONL, Parquet, a folder of parts, DuckDB);
- ``sql``: the SQL that builds the ``documents`` and ``facts`` tables from converted output;
- ``opening``: :func:`open_store` and :func:`build_index` (``govtext index``);
- ``base``: :class:`StoreBase`, the connection and what every method family shares
  (``sql``, ``columns``, checks of kinds and groupings);
- ``facts``, ``kwic``, ``export``: one family of methods each, as a mixin class;
- ``store``: :class:`Store`, the mixins put together.

Adding a family of methods (citations, targets …) is a new module and one line: write
``store/<family>.py`` holding ``class <Family>Methods(StoreBase)`` whose methods use
``self.con`` (the DuckDB connection) and the helpers of :class:`StoreBase`, then name it in the
bases of :class:`Store` in ``store/store.py`` (one line there: ``from govtext.store.<family>
import <Family>Methods`` next to the others, and the class in the bases list). A family that
needs tables of its own creates them in a ``_setup_<family>(self)`` method:
:meth:`StoreBase.__init__` runs every such method once, on opening.
"""
from __future__ import annotations

from govtext.store.files import NotGovtextOutput, store_files
from govtext.store.opening import build_index, open_store
from govtext.store.store import Store

__all__ = ["Store", "open_store", "build_index", "store_files", "NotGovtextOutput"]
