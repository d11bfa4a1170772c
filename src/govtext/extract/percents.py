"""Percentages: ``90%``, ``19.1％``, ``百分之三十``, ``七成``, ``3.5‰``, ``80%以上``, ``1/5``.

Qualifier words before the number are part of the span (``超过90%`` → ``over``, ``近七成`` →
``approx``). A change in percentage points (``3个百分点``) is a change, not a percentage.

>>> from govtext.extract import extract_facts
>>> [(f.text, f.value, f.qualifier) for f in extract_facts("解决率均达到80%以上", kinds=["percent"])]
[('80%以上', 80, 'over')]
"""
from __future__ import annotations

from typing import Iterator

from govtext.extract.context import Context
from govtext.records import FactBase
from govtext.text.numerals import NumeralError
from govtext.values.percents import percent_pattern, qualifier_in, value_of

__all__ = ["extract_percents"]


def extract_percents(ctx: Context) -> Iterator[FactBase]:
    for m in percent_pattern().finditer(ctx.text):
        if m["g"] and int(m["g"]) >= int(m["h"]):
            continue  # 3/2, 10/24: not a fraction of a whole (dates, scores)
        try:
            value = value_of(m)
        except (NumeralError, ZeroDivisionError):
            continue
        qual = qualifier_in(m)
        yield ctx.make("percent", m.start(), m.end(), value=value, qualifier=qual)
