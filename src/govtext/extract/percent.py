"""Percentages: ``90%``, ``19.1％``, ``百分之三十``, ``七成``, ``3.5‰``, ``80%以上``, ``1/5``.

Qualifier words before the number are part of the span (``超过90%`` → ``over``, ``近七成`` →
``approx``). A change in percentage points (``3个百分点``) is a change, not a percentage.

>>> from govtext.extract import extract_facts
>>> [(f.text, f.value, f.qualifier) for f in extract_facts("解决率均达到80%以上", kinds=["percent"])]
[('80%以上', 80, 'over')]
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from govtext.extract.context import Context
from govtext.records import FactBase
from govtext.text.numerals import (
    CN_DIGITS, NumeralError, parse_number, qualifier_of, qualifier_regex, stronger, to_number,
)

__all__ = ["extract_percents", "parse_percent"]

_NUM = rf"\d+(?:\.\d+)?|[{CN_DIGITS}]+(?:点[〇零一二三四五六七八九]+)?"


@lru_cache(maxsize=1)
def _pattern() -> "regex.Pattern":
    return regex.compile(
        rf"(?P<qb>{qualifier_regex('before')})?"
        rf"(?:(?<!\d)(?P<a>\d+(?:\.\d+)?)(?P<sign>%|‰)"
        rf"|(?<![\d/.])(?P<g>\d{{1,3}})/(?P<h>\d{{1,3}})(?![\d/.])"
        rf"|百分之(?P<b>{_NUM})"
        rf"|千分之(?P<c>{_NUM})"
        rf"|(?P<d>(?<!\d)\d+(?:\.\d+)?|[一二两三四五六七八九十])成(?![员立为功绩果本品效])"
        rf"|(?P<e>[一二三四五六七八九十]|(?<!\d)\d+)分之(?P<f>[一二三四五六七八九十]+|\d+))"
        rf"(?P<qa>以上|以下|左右|以内)?"
    )


def parse_percent(m: "regex.Match") -> int | float:
    if m["a"]:
        v = float(m["a"])
        return to_number(v / 10 if m["sign"] == "‰" else v)
    if m["b"]:
        return to_number(parse_number(m["b"]))
    if m["c"]:
        return to_number(parse_number(m["c"]) / 10)
    if m["d"]:
        return to_number(parse_number(m["d"]) * 10)
    if m["g"]:
        return to_number(int(m["g"]) / int(m["h"]) * 100)
    return to_number(parse_number(m["f"]) / parse_number(m["e"]) * 100)


def extract_percents(ctx: Context) -> Iterator[FactBase]:
    for m in _pattern().finditer(ctx.text):
        if m["g"] and int(m["g"]) >= int(m["h"]):
            continue  # 3/2, 10/24: not a fraction of a whole (dates, scores)
        try:
            value = parse_percent(m)
        except (NumeralError, ZeroDivisionError):
            continue
        qual = stronger(qualifier_of(m["qb"]), qualifier_of(m["qa"]))
        yield ctx.make("percent", m.start(), m.end(), value=value, qualifier=qual)
