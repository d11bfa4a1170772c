"""Money: ``500万元``, ``3139.8万元``, ``500余万元``, ``一千万元``, ``2.6亿元`` → yuan.

Find the span (number + scale + currency unit, with adjacent qualifiers), then normalize it with
:func:`govtext.text.numerals.read_qualified`. Currency units come from ``lexicons/currencies.tsv``
(``3万美元`` → ``USD``); a 万元 amount is never also a quantity.

>>> from govtext.extract import extract_facts
>>> [(f.text, f.value, f.qualifier) for f in extract_facts("协调项目资金500余万元", kinds=["money"])]
[('500余万元', 5000000, 'over')]
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from govtext.extract.context import Context
from govtext.lexicons import load_rows
from govtext.records import FactBase
from govtext.text.numerals import (
    CN_DIGITS, NumeralError, qualifier_of, qualifier_regex, read_qualified, stronger, to_number,
)

__all__ = ["extract_money", "parse_money"]


@lru_cache(maxsize=1)
def _currencies() -> dict[str, str]:
    return {r["surface"]: r["currency"] for r in load_rows("currencies.tsv")}


@lru_cache(maxsize=1)
def _pattern() -> "regex.Pattern":
    before, after = qualifier_regex("before"), qualifier_regex("after")
    # Left boundaries (?<!…) so a number starts only where its run starts (no rescans from
    # every position of a long run); a Chinese run is capped, as it overlaps the scale class.
    number = rf"(?:\d{{1,3}}(?:,\d{{3}})+|(?<!\d)\d+)(?:\.\d+)?|(?<![{CN_DIGITS}])[{CN_DIGITS}]{{1,30}}"
    units = "|".join(regex.escape(u) for u in sorted(_currencies(), key=len, reverse=True))
    return regex.compile(
        rf"(?P<qb>{before})?(?P<num>{number})(?P<over>[余多])?(?P<scale>[十百千万亿]*)(?P<over2>[余多])?"
        rf"(?P<unit>{units})(?P<qa>左右|以上|以下|上下|以内)?"
    )


def parse_money(surface: str) -> tuple[int | float, str | None]:
    """Yuan value and qualifier of a money surface: ``"3139.8万元"`` → ``(31398000, None)``."""
    value, qual, _cur = read_money(surface)
    return value, qual


def read_money(surface: str) -> tuple[int | float, str | None, str]:
    """Value, qualifier and currency: ``read_money("约3万美元")`` → ``(30000, 'approx', 'USD')``.

    >>> read_money("约3万美元")
    (30000, 'approx', 'USD')
    """
    m = _pattern().fullmatch(surface)
    if not m:
        raise NumeralError(f"not a money amount: {surface!r}")
    value, qual = read_qualified(m["num"] + m["scale"])
    for word in (m["qb"], m["qa"]):
        qual = stronger(qual, qualifier_of(word))
    if m["over"] or m["over2"]:
        qual = stronger(qual, "over")
    return to_number(value), qual, _currencies()[m["unit"]]


def extract_money(ctx: Context) -> Iterator[FactBase]:
    text = ctx.text
    for m in _pattern().finditer(text):
        num = m["num"]
        if not any(c.isdigit() for c in num) and len(num) == 1 and not m["scale"]:
            continue  # 一元, 二元结构: a lone Chinese digit is rarely an amount
        if m["unit"] == "人民币" and not m["scale"]:
            continue  # 人民币 names the currency only after a scale (5万人民币)
        try:
            value, qual, currency = read_money(m.group())
        except NumeralError:
            continue
        low = _range_start(text, m)
        if low is not None and value / 100 <= low[2] <= value:  # 2万至3.5万元: the lower end is an amount of its own
            yield ctx.make("money", low[0], low[1], value=low[2], qualifier=None, currency=currency)
        yield ctx.make("money", m.start(), m.end(), value=value, qualifier=qual, currency=currency)


_RANGE_LOW = regex.compile(r"(?<![\d.])(?P<num>\d+(?:\.\d+)?)(?P<scale>[十百千万亿]*)(?:至|到|-|—|－|~|～)$")


def _range_start(text: str, m: "regex.Match") -> "tuple[int, int, int | float] | None":
    """The lower end written without its unit before a money amount: ``2万至3.5万元`` → (…, 20000);
    with no scale of its own it takes the upper end's (``2至3万元`` → 20000). The caller keeps it
    only when it is of the upper end's order (not ``1-3000元``).

    >>> m = _pattern().search("补助2万至3.5万元"); _range_start("补助2万至3.5万元", m)[2]
    20000
    """
    if m["qb"] or not m["num"][:1].isdigit():
        return None
    low = _RANGE_LOW.search(text, max(0, m.start() - 16), m.start())
    if low is None:
        return None
    try:
        value, _q = read_qualified(low["num"] + (low["scale"] or m["scale"]))
    except NumeralError:
        return None
    return low.start(), low.start() + len(low["num"]) + len(low["scale"]), to_number(value)
