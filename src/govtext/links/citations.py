"""The citation table of a corpus: one row per reference, resolved against the corpus.

:func:`citations` takes parsed documents (``Document`` records or dicts holding ``text`` and
``facts``, as ``govtext convert`` writes them); :func:`citations_from_windows` takes what the
store reads from DuckDB (documents' metadata and the fact windows per document). Both return a
pandas DataFrame with :data:`COLUMNS`.

>>> from govtext import parse
>>> a = parse("国务院关于加强安全生产工作的通知\\n国发〔2010〕23号\\n各省：现就加强安全生产工作通知如下。", id="a", keep_text=True)
>>> b = parse("关于贯彻落实安全生产工作的实施意见\\n为贯彻落实《国务院关于加强安全生产工作的通知》（国发〔2010〕23号），提出以下意见。", id="b", keep_text=True)
>>> citations([a, b])[["source_id", "relation", "cited_number", "target_id", "match", "score"]].values.tolist()
[['b', 'implements', '国发〔2010〕23号', 'a', 'doc_number', 1.0]]
"""
from __future__ import annotations

from typing import Any, Iterable, Mapping, Optional

import pandas as pd

from govtext.links.references import FactWindow, find_references, references_from_windows
from govtext.links.resolve import Resolver

__all__ = ["citations", "citations_from_windows", "COLUMNS"]

COLUMNS = ["source_id", "relation", "cited_title", "cited_number", "target_id", "match", "score",
           "start", "end", "candidates"]


def _get(doc: Any, name: str) -> Any:
    return doc.get(name) if isinstance(doc, dict) else getattr(doc, name, None)


def _frame(rows: list[dict]):
    df = pd.DataFrame(rows, columns=COLUMNS)
    for col in ("cited_title", "cited_number", "target_id", "match"):
        df[col] = df[col].astype(object).where(df[col].notna(), None)
    df["score"] = df["score"].astype("float64")
    df["start"] = df["start"].astype("int64")
    df["end"] = df["end"].astype("int64")
    return df


def _rows(source: Any, refs, resolver: Resolver) -> list[dict]:
    out = []
    source_id, source_date = str(_get(source, "id")), _get(source, "date")
    for ref in refs:
        target, match, score, candidates = resolver.resolve(
            ref.cited_title, ref.cited_number, source_id=source_id, source_date=source_date,
            context_date=ref.context_date, relation=ref.relation)
        out.append({"source_id": source_id, "relation": ref.relation, "cited_title": ref.cited_title,
                    "cited_number": ref.cited_number, "target_id": target, "match": match, "score": score,
                    "start": ref.start, "end": ref.end, "candidates": candidates})
    return out


def citations(documents: Iterable[Any]):
    """Every reference of every document (each needs ``id``, ``text`` and ``facts``), resolved
    against the same documents; one row per reference, in document and text order."""
    docs = list(documents)
    for doc in docs:
        if _get(doc, "id") is None:
            raise ValueError("every document needs an id to be linked (parse(text, id=…))")
        if _get(doc, "text") is None:
            raise ValueError(f"document {_get(doc, 'id')!r} has no text: parse it with keep_text=True")
    resolver = Resolver(docs)
    rows: list[dict] = []
    for doc in docs:
        refs = find_references(_get(doc, "text"), _get(doc, "facts") or [], title=_get(doc, "title"),
                               doc_number=_get(doc, "doc_number"))
        rows.extend(_rows(doc, refs, resolver))
    return _frame(rows)


def citations_from_windows(documents: Iterable[Mapping], windows: Mapping[str, list[FactWindow]],
                           resolver: Optional[Resolver] = None):
    """:func:`citations` over document metadata (``id``, ``title``, ``doc_number``, ``issuer``,
    ``date``) and each document's fact windows, keyed by document id."""
    docs = list(documents)
    resolver = resolver or Resolver(docs)
    rows: list[dict] = []
    for doc in docs:
        found = windows.get(str(_get(doc, "id")))
        if not found:
            continue
        refs = references_from_windows(found, title=_get(doc, "title"), doc_number=_get(doc, "doc_number"))
        rows.extend(_rows(doc, refs, resolver))
    return _frame(rows)
