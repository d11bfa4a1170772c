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
        yield ctx.make("money", m.start(), m.end(), value=value, qualifier=qual, currency=currency)
