"""Percent values: ``90%``, ``19.1％``, ``百分之三十``, ``七成``, ``3.5‰``, ``80%以上``, ``1/5``.

:func:`percent_pattern` is the shape of a percentage with the qualifier words next to it;
:func:`value_of` reads a match, :func:`parse_percent` a surface written alone.

>>> parse_percent("80%以上"), parse_percent("近七成"), parse_percent("3.5‰"), parse_percent("五分之一")
((80, 'over'), (70, 'approx'), (0.35, None), (20, None))
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from govtext.text.numerals import (
    CN_DIGITS, NumeralError, parse_number, qualifier_of, qualifier_regex, stronger, to_number,
)

__all__ = ["parse_percent", "percent_pattern", "qualifier_in", "value_of"]

_NUM = rf"\d+(?:\.\d+)?|[{CN_DIGITS}]+(?:点[〇零一二三四五六七八九]+)?"


@lru_cache(maxsize=1)
def percent_pattern() -> "regex.Pattern":
    """The shape of a percentage: groups ``qb``/``qa`` qualifiers; ``a`` + ``sign`` (90%, 3.5‰), ``g``/``h`` (1/5),
    ``b`` 百分之, ``c`` 千分之, ``d`` 成, ``e``/``f`` 分之."""
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


def value_of(m: "regex.Match") -> int | float:
    """The percentage a :func:`percent_pattern` match gives (``ZeroDivisionError`` for 0分之1)."""
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
