"""Money: ``500万元``, ``3139.8万元``, ``500余万元``, ``一千万元``, ``2.6亿元`` → yuan.

Find the span (number + scale + currency unit, with adjacent qualifiers:
:func:`govtext.values.money.money_pattern`), then read it with
:func:`govtext.values.money.read_money`. A 万元 amount is never also a quantity.

>>> from govtext.extract import extract_facts
>>> [(f.text, f.value, f.qualifier) for f in extract_facts("协调项目资金500余万元", kinds=["money"])]
[('500余万元', 5000000, 'over')]
"""
from __future__ import annotations

from typing import Iterator

import regex

from govtext.extract.context import Context
from govtext.extract.entities import amount_subjects
from govtext.extract.subjects import subject_before_change
from govtext.records import FactBase
from govtext.text.numerals import NumeralError, read_qualified, to_number
from govtext.text.patterns import SCALES, range_words
from govtext.values.money import money_pattern, read_money

__all__ = ["extract_money"]


def extract_money(ctx: Context) -> Iterator[FactBase]:
    """The amounts of ``ctx``, each with its subject (what the money is: FACTS.md §2, read by
    :func:`govtext.extract.entities.amount_subjects`)."""
    facts = sorted(_amounts(ctx), key=lambda f: (f.start, f.end))
    spans = [(ctx.norm.to_norm(f.start), ctx.norm.to_norm(f.end)) for f in facts]
    for fact, subject in zip(facts, amount_subjects(ctx.text, spans, of_change=subject_before_change)):
        yield fact.model_copy(update={"subject": subject}) if subject else fact


def _amounts(ctx: Context) -> Iterator[FactBase]:
    text = ctx.text
    for m in money_pattern().finditer(text):
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


_RANGE_LOW = regex.compile(rf"(?<![\d.])(?P<num>\d+(?:\.\d+)?)(?P<scale>[{SCALES}]*){range_words()}$")


def _range_start(text: str, m: "regex.Match") -> "tuple[int, int, int | float] | None":
    """The lower end written without its unit before a money amount: ``2万至3.5万元`` → (…, 20000);
    with no scale of its own it takes the upper end's (``2至3万元`` → 20000). The caller keeps it
    only when it is of the upper end's order (not ``1-3000元``).

    >>> m = money_pattern().search("补助2万至3.5万元"); _range_start("补助2万至3.5万元", m)[2]
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
