"""Write a DuckDB relation to CSV, Parquet, Stata ``.dta`` or Excel ``.xlsx``, chosen by the file suffix.

CSV and Parquet are streamed by DuckDB. Excel CSV (UTF-8 with a BOM, so Excel shows Chinese),
Stata and Excel workbooks go through pandas: lists become ``" / "``-joined text; for Stata,
strings longer than 2,045 bytes are written as strL and columns named like a Stata reserved
word get a ``_`` suffix (``end`` → ``end_``); for Excel (openpyxl), cells longer than Excel's
32,767 characters are cut (export whole texts to ``.parquet`` or ``.csv``) and control
characters Excel refuses are dropped.

>>> import duckdb, tempfile, os
>>> path = os.path.join(tempfile.mkdtemp(), "t.csv")
>>> export_relation(duckdb.sql("SELECT '通知' AS doc_type, [1, 2] AS ids"), path, excel=True) == path
True
>>> open(path, "rb").read()
b'\\xef\\xbb\\xbfdoc_type,ids\\n\\xe9\\x80\\x9a\\xe7\\x9f\\xa5,1 / 2\\n'
"""
from __future__ import annotations

import os
from typing import Union

from govtext.store.base import TABLES, StoreBase

__all__ = ["ExportMethods", "export_relation", "flatten", "FORMATS"]

FORMATS = (".csv", ".parquet", ".dta", ".xlsx")
EXCEL_CELL = 32767
EXCEL_ROWS = 1048576


def flatten(df):
    """Lists to ``" / "``-joined text, so flat formats can hold them."""
    for col in df.columns:
        if df[col].dtype == object and df[col].map(lambda v: isinstance(v, (list, tuple)) or hasattr(v, "tolist")).any():
            df[col] = df[col].map(
                lambda v: " / ".join(str(x) for x in (v.tolist() if hasattr(v, "tolist") else v)) if v is not None else None
            )
    return df


def _to_stata(df, path: str) -> None:
    import pandas as pd

    df = flatten(df)
    strl = []
    for col in df.columns:
        if pd.api.types.is_bool_dtype(df[col]):
            df[col] = df[col].astype("float64")
        elif pd.api.types.is_integer_dtype(df[col]) and df[col].isna().any():
            df[col] = df[col].astype("float64")
        elif not pd.api.types.is_numeric_dtype(df[col]):
            df[col] = df[col].astype(object).where(df[col].notna(), "").map(str)
            if len(df) and df[col].map(lambda s: len(s.encode("utf-8"))).max() > 2045:
                strl.append(col)
    from pandas.io.stata import StataParser

    rename = {c: f"{c}_" for c in df.columns if c in StataParser().RESERVED_WORDS}  # Stata's reserved words: end → end_
    df = df.rename(columns=rename)
    strl = [rename.get(c, c) for c in strl]
    df.to_stata(path, write_index=False, version=118, convert_strl=strl)


def _to_excel(df, path: str) -> None:
    import pandas as pd
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if len(df) >= EXCEL_ROWS:
        raise ValueError(f"{path}: {len(df)} rows, more than an Excel sheet holds ({EXCEL_ROWS - 1}); use .csv or .parquet")
    df = flatten(df)
    for col in df.columns:
        if not pd.api.types.is_numeric_dtype(df[col]):
            df[col] = df[col].astype(object).map(lambda v: ILLEGAL_CHARACTERS_RE.sub("", v)[:EXCEL_CELL] if isinstance(v, str) else v)
    df.to_excel(path, index=False, engine="openpyxl")


def check_format(path: str) -> str:
    """The suffix of ``path`` when it is a format :func:`export_relation` writes, else ValueError."""
    suffix = os.path.splitext(path)[1].lower()
    if suffix not in FORMATS:
        raise ValueError(f"{path}: unknown export format {suffix or '(no suffix)'!r}; use {', '.join(FORMATS)}")
    return suffix


def export_relation(relation, path: str, *, excel: bool = False) -> str:
    """Write ``relation`` to ``path`` (``.csv``, ``.parquet``, ``.dta`` or ``.xlsx``); returns ``path``."""
    suffix = check_format(path)
    if suffix == ".parquet":
        relation.write_parquet(path)
    elif suffix == ".csv" and not excel:
        relation.write_csv(path, header=True)
    elif suffix == ".csv":
        flatten(relation.df()).to_csv(path, index=False, encoding="utf-8-sig", lineterminator="\n")
    elif suffix == ".dta":
        _to_stata(relation.df(), path)
    else:
        _to_excel(relation.df(), path)
    return path


class ExportMethods(StoreBase):
    def export(self, path: Union[str, os.PathLike], what: str = "facts", *, excel: bool = False) -> str:
        """Write a table (``facts``, ``documents``) or a SELECT query to ``path``: ``.csv`` (with a
        UTF-8 BOM for Excel when ``excel=True``), ``.parquet``, Stata ``.dta`` or Excel ``.xlsx``."""
        path = os.fspath(path)
        check_format(path)
        if what in TABLES:
            relation = self.con.table(what)
        elif len(what.split()) == 1:  # one word, not a query: a table name misspelt
            raise ValueError(f"unknown table {what!r}: export 'facts', 'documents' or a SELECT query")
        else:
            relation = self.con.sql(what)
        return export_relation(relation, path, excel=excel)
