"""Percentages: ``90%``, ``19.1％``, ``百分之三十``, ``七成``, ``3.5‰``, ``80%以上``, ``1/5``, ``0.8个百分点``.

Qualifier words before the number are part of the span (``超过90%`` → ``over``, ``近七成`` →
``approx``). Percentage points (``0.8个百分点``) are a percentage too; with a change verb they also
give a change (see changes.py). A range written with one sign (``5—10%``) is one percentage with
``value_max``; ``5%—10%`` is two. Nothing inside a URL (a percent-encoded one is no list of
percentages), an e-mail address or a file name is a percentage.

>>> from govtext.extract import extract_facts
>>> [(f.text, f.value, f.qualifier) for f in extract_facts("解决率均达到80%以上", kinds=["percent"])]
[('80%以上', 80, 'over')]
>>> [(f.text, f.value, f.value_max) for f in extract_facts("增长5—10%，提高0.8个百分点", kinds=["percent"])]
[('5—10%', 5, 10), ('0.8个百分点', 0.8, None)]
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from govtext.extract.context import Context
from govtext.records import FactBase
from govtext.text.date_grammar import words_of
from govtext.text.numerals import NumeralError, qualifier_of, stronger, verb_bound_before
from govtext.text.patterns import finditer_at
from govtext.values.percents import PERCENT_ANCHOR_SCAN, percent_pattern, percent_starts, qualifier_in, value_max_of, value_of

__all__ = ["extract_percents"]

_DATE_AFTER = ("年", "月", "日", "号")


@lru_cache(maxsize=1)
def _relation_after() -> "regex.Pattern":
    return regex.compile(words_of("relation"))


def _month_day(text: str, m: "regex.Match") -> bool:
    """A slash pair that can be a month and day and bounds an event (``请于6/30前提交``, ``7/1起施行``):
    a date, not a fraction."""
    return 1 <= int(m["g"]) <= 12 and 1 <= int(m["h"]) <= 31 and bool(_relation_after().match(text, m.end()))


def extract_percents(ctx: Context) -> Iterator[FactBase]:
    idents = ctx.identifiers()
    # tried only at the characters a percentage starts with, up to 64 before an anchor (the reach the
    # window search before it gave): the same matches, without searching every position of the prose
    for m in finditer_at(percent_pattern(), ctx.text, PERCENT_ANCHOR_SCAN, 64, percent_starts()):
        if m["g"] and int(m["g"]) >= int(m["h"]):
            continue  # 3/2, 10/24: not a fraction of a whole (dates, scores)
        if m["g"] and _month_day(ctx.text, m):
            continue
        if idents.overlaps(m.start(), m.end()):
            continue
        try:
            value, value_max = value_of(m), value_max_of(m)
        except (NumeralError, ZeroDivisionError, ArithmeticError):
            continue
        start, end = m.start(), m.end()
        if value_max is not None and ctx.text[end: end + 1] in _DATE_AFTER:
            # 百分之三十九点七到一九五七年: the word after 到 is a year, not the upper end
            low = "al" if m["al"] else "bl" if m["bl"] else "dl" if m["dl"] else "pl"
            yield ctx.make("percent", start, m.end(low), value=value, qualifier=qualifier_of(m["qb"]))
            continue
        if value_max is not None and not value < value_max:
            # 10-5%: no range; the number before the dash is something else (a list item, a code)
            value, value_max = value_max, None
            start = m.start("a") if m["al"] else m.start("b") if m["bl"] else m.start("d") if m["dl"] else m.start("p")
        qual = qualifier_in(m)
        if qual in (None, "approx"):
            qual = stronger(qual, verb_bound_before(ctx.text, start))  # 占比约为30%, 突破90%
        yield ctx.make("percent", start, end, value=value, qualifier=qual, value_max=value_max)
