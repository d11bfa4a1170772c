"""Document numbers (发文字号): ``冀群组发〔2014〕34号`` → prefix 冀群组发, year 2014, serial 34.

The form is 机关代字 + year in brackets + serial + 号 (GB/T 9704-2012). The year may sit in
``〔〕`` (the standard), ``[]``, ``（）``, ``()`` or ``【】``; the serial may carry ``第``. The
prefix is the run of Chinese characters before the year, cut after a word that cannot be part
of an issuer's code (``根据``, ``印发``, ``的`` … from ``lexicons/docnumber_stops.txt``).

>>> from govtext.extract import extract_facts
>>> [(f.number, f.prefix, f.year, f.serial) for f in extract_facts("（群组发〔2014〕7号）精神", kinds=["doc_number"])]
[('群组发〔2014〕7号', '群组发', 2014, 7)]
"""
from __future__ import annotations

from typing import Iterator

from govtext.extract.context import Context
from govtext.records import FactBase
from govtext.values.doc_numbers import find_doc_numbers

__all__ = ["extract_doc_numbers"]


def extract_doc_numbers(ctx: Context) -> Iterator[FactBase]:
    for start, end, fields in find_doc_numbers(ctx.text):
        yield ctx.make("doc_number", start, end, **fields)
