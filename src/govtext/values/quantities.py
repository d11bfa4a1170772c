"""Quantity values: a number, a classifier or unit, its qualifier and range.

``1萬余個`` → 10000 个 ``over``; ``4万套（册）`` → 40000 套; ``7个多月`` → 7 月; ``两三天`` → 2 to 3
天. Units come from ``lexicons/units.tsv`` (canonical form, category, the characters that may
not follow a unit, units only Arabic digits count).

>>> parse_quantity("606个"), unit_category("人次")
((606, '个', None, None), 'people')
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from govtext.lexicons import load_rows, split_alts
from govtext.text.normalize import to_simplified
from govtext.text.numerals import NumeralError, approx_range, parse_decimal, qualifier_of, stronger, to_number
from govtext.text.patterns import ARABIC_NUMBER, CN_DIGITS, OVER_MARKS, SCALES, qualifiers, range_words, words

__all__ = [
    "arabic_only", "not_followed_by", "parse_quantity", "quantity_pattern", "read_quantity", "unit_category", "units",
]

_TIME_AFTER_GE = ("半天", "月", "星期", "小时", "工作日", "年")


@lru_cache(maxsize=1)
def units() -> dict[str, tuple[str, str]]:
    """Surface → (canonical unit, category), traditional aliases included."""
    out: dict[str, tuple[str, str]] = {}
    for row in load_rows("units.tsv"):
        canon = row.get("canonical_as") or row["unit"]
        for surface in [row["unit"], *split_alts(row.get("aliases"))]:
            out[surface] = (canon, row["category"])
    return out


@lru_cache(maxsize=1)
def not_followed_by() -> dict[str, tuple[str, ...]]:
    """Surface → what, right after it, makes it part of another word (名义, 条件): ``not_followed_by``."""
    out: dict[str, tuple[str, ...]] = {}
    for row in load_rows("units.tsv"):
        for surface in [row["unit"], *split_alts(row.get("aliases"))]:
            out[surface] = tuple(split_alts(row["not_followed_by"]))
    return out


@lru_cache(maxsize=1)
def arabic_only() -> frozenset[str]:
    """Units a Chinese numeral cannot count (十分重要 is an adverb): ``arabic_only`` = yes."""
    return frozenset(r["unit"] for r in load_rows("units.tsv") if r.get("arabic_only") == "yes")


def unit_category(unit: str) -> Optional[str]:
    """Category of a canonical unit: ``unit_category("人次")`` → ``'people'``."""
    hit = units().get(unit)
    return hit[1] if hit else None


def _scale_regex() -> str:
    """Scale characters after Arabic digits, except where they open a unit (18.5千米, 4.8万千瓦)."""
    parts = []
    for c in SCALES:
        heads = sorted({u[1:] for u in units() if len(u) > 1 and u[0] == c}, key=len, reverse=True)
        tail = f"(?!{'|'.join(regex.escape(h) for h in heads)})" if heads else ""
        parts.append(regex.escape(c) + tail)
    return f"(?:{'|'.join(parts)})*"


@lru_cache(maxsize=1)
def quantity_pattern() -> "regex.Pattern":
    """The shape of a quantity: ``qb``/``qa`` qualifiers, ``num`` (``dash`` ``num2`` for a range), ``over*``,
    ``scale``, ``ge`` (个 before a time unit), ``unit``, ``alt`` (a unit in brackets)."""
    unit_alt = "|".join(regex.escape(u) for u in sorted(units(), key=len, reverse=True))
    # Left boundaries (?<!…): a number starts where its run starts, so a long run of digits or
    # numerals is scanned once, not once from every position in it.
    num = rf"(?:{ARABIC_NUMBER}{_scale_regex()}|(?<![{CN_DIGITS}])[{CN_DIGITS}]+)"
    return regex.compile(
        rf"(?P<qb>{qualifiers('before')})?"
        rf"(?P<num>{num})(?:(?P<dash>{range_words()})(?P<num2>{num}))?"
        rf"(?:(?P<over0>[{OVER_MARKS}])(?P<scale>[万亿]))?"
        rf"(?P<over>[{OVER_MARKS}])?"
        rf"(?:(?P<ge>个)(?P<over2>多)?(?=(?P<tunit>{'|'.join(_TIME_AFTER_GE)})))?"
        rf"(?P<unit>{unit_alt})"
        rf"(?P<alt>（(?:{unit_alt})）)?"
        rf"(?P<qa>{qualifiers('after_amount')})?"
    )


def parse_quantity(surface: str) -> tuple[int | float, str, Optional[str], Optional[int | float]]:
    """``(value, unit, qualifier, value_max)`` of a quantity surface.

    >>> parse_quantity("1萬余個")
    (10000, '个', 'over', None)
    >>> parse_quantity("4万套（册）"), parse_quantity("7个多月"), parse_quantity("2-3个")
    ((40000, '套', None, None), (7, '月', 'over', None), (2, '个', None, 3))
    >>> parse_quantity("6400多万名"), parse_quantity("两三天")
    ((64000000, '名', 'over', None), (2, '天', None, 3))
    """
    m = quantity_pattern().fullmatch(to_simplified(surface).replace("\n", "").replace(" ", ""))
    if not m:
        raise NumeralError(f"not a quantity: {surface!r}")
    return read_quantity(m)


def read_quantity(m: "regex.Match") -> tuple[int | float, str, Optional[str], Optional[int | float]]:
    """``(value, unit, qualifier, value_max)`` of a :func:`quantity_pattern` match."""
    rng = approx_range(m["num"]) if not m["num2"] else None
    if rng:  # 七八趟, 两三天: a 概数 range
        value, value_max = rng
    else:
        value = parse_decimal(m["num"])
        value_max = parse_decimal(m["num2"]) if m["num2"] else None
    if m["scale"]:  # 6400多万名: 多 before the scale
        value *= parse_decimal(m["scale"])
    qual = qualifier_of(m["qb"])
    for word in (m["qa"],):
        qual = stronger(qual, qualifier_of(word))
    if m["over"] or m["over2"] or m["over0"]:
        qual = stronger(qual, "over")
    unit, _cat = units()[m["unit"]]
    return to_number(value), unit, qual, (to_number(value_max) if value_max is not None else None)
