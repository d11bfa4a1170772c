"""Percent values: ``90%``, ``19.1％``, ``百分之三十``, ``七成``, ``3.5‰``, ``80%以上``, ``1/5``.

:func:`percent_pattern` is the shape of a percentage with the qualifier words next to it;
:func:`value_of` reads a match, :func:`parse_percent` a surface written alone.

>>> parse_percent("80%以上"), parse_percent("近七成"), parse_percent("3.5‰"), parse_percent("五分之一")
((80, 'over'), (70, 'approx'), (0.35, None), (20, None))
"""
from __future__ import annotations

from decimal import Decimal, DivisionByZero, InvalidOperation
from functools import lru_cache
from typing import Optional

import regex

from govtext.text.numerals import NumeralError, parse_decimal, qualifier_of, stronger, to_number
from govtext.text.patterns import CN_DIGITS, DIGIT_WORDS, LIANG, SMALL_NUMERALS, qualifiers

__all__ = ["parse_percent", "percent_pattern", "qualifier_in", "value_of"]

_NUM = rf"\d+(?:\.\d+)?|[{CN_DIGITS}]+(?:点[{DIGIT_WORDS}]+)?"


@lru_cache(maxsize=1)
def percent_pattern() -> "regex.Pattern":
    """The shape of a percentage: groups ``qb``/``qa`` qualifiers; ``a`` + ``sign`` (90%, 3.5‰), ``g``/``h`` (1/5),
    ``b`` 百分之, ``c`` 千分之, ``d`` 成, ``e``/``f`` 分之."""
    return regex.compile(
        rf"(?P<qb>{qualifiers('before')})?"
        rf"(?:(?<!\d)(?P<a>\d+(?:\.\d+)?)(?P<sign>%|‰)"
        rf"|(?<![\d/.])(?P<g>\d{{1,3}})/(?P<h>\d{{1,3}})(?![\d/.])"
        rf"|百分之(?P<b>{_NUM})"
        rf"|千分之(?P<c>{_NUM})"
        rf"|(?P<d>(?<!\d)\d+(?:\.\d+)?|[{SMALL_NUMERALS}{LIANG}])成(?![员立为功绩果本品效])"
        rf"|(?P<e>[{SMALL_NUMERALS}]|(?<!\d)\d+)分之(?P<f>[{SMALL_NUMERALS}]+|\d+))"
        rf"(?P<qa>{qualifiers('after_amount')})?"
    )


def value_of(m: "regex.Match") -> int | float:
    """The percentage a :func:`percent_pattern` match gives (``ZeroDivisionError`` for 0分之1)."""
    try:
        return _value(m)
    except (DivisionByZero, InvalidOperation) as exc:
        raise ZeroDivisionError(str(exc)) from exc


def _value(m: "regex.Match") -> int | float:
    if m["a"]:
        v = Decimal(m["a"])
        return to_number(v / 10 if m["sign"] == "‰" else v)
    if m["b"]:
        return to_number(parse_decimal(m["b"]))
    if m["c"]:
        return to_number(parse_decimal(m["c"]) / 10)
    if m["d"]:
        return to_number(parse_decimal(m["d"]) * 10)
    if m["g"]:
        return to_number(Decimal(m["g"]) / Decimal(m["h"]) * 100)
    return to_number(parse_decimal(m["f"]) / parse_decimal(m["e"]) * 100)


def qualifier_in(m: "regex.Match") -> Optional[str]:
    """The qualifier of the words before and after the number (the stronger one wins)."""
    return stronger(qualifier_of(m["qb"]), qualifier_of(m["qa"]))


def parse_percent(surface: str) -> tuple[int | float, Optional[str]]:
    """Value (percent) and qualifier of a percentage written alone.

    >>> parse_percent("19.1％"), parse_percent("百分之三十"), parse_percent("超过90%")
    ((19.1, None), (30, None), (90, 'over'))
    """
    m = percent_pattern().fullmatch(surface.strip().replace("％", "%"))
    if not m:
        raise NumeralError(f"not a percentage: {surface!r}")
    try:
        return value_of(m), qualifier_in(m)
    except ZeroDivisionError as exc:
        raise NumeralError(f"not a percentage: {surface!r}") from exc
