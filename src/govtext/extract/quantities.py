"""Quantities: a number, a classifier or unit, and the thing counted.

``606个基层党组织`` → value 606, unit 个, entity 基层党组织; ``1萬余個`` → 10000, ``over``;
``4万套（册）`` → unit 套; ``7个多月`` → unit 月; ``三周`` → 3 周. Units come from
``lexicons/units.tsv``; phrases whose numerals label rather than count (``村两委``, ``一把手``,
``八项规定``) from ``lexicons/quantity_exclusions.tsv``. Spans inside dates, money, percentages,
《》 titles, document numbers and slogans are left to those kinds. The entity is read by
:mod:`govtext.extract.entities`.

>>> from govtext.extract import extract_facts
>>> [(f.text, f.value, f.unit, f.entity) for f in extract_facts("全区78个乡级单位、14169名党员参加", kinds=["quantity"])]
[('78个', 78, '个', '乡级单位'), ('14169名', 14169, '名', '党员')]
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Optional

import regex

from govtext.extract.context import Context
from govtext.extract.entities import counted_entities, distant_qualifier
from govtext.extract.subjects import subject_before_change
from govtext.lexicons import load_rows
from govtext.records import FactBase
from govtext.text.numerals import NumeralError, stronger
from govtext.text.patterns import CN_DIGITS, DIGIT_WORDS, SCALES, SMALL_NUMERALS
from govtext.text.spans import SpanIndex
from govtext.values.quantities import arabic_only, not_followed_by, quantity_pattern, read_quantity, units

__all__ = ["QuantityMatch", "extract_quantities", "find_quantities"]


@dataclass(frozen=True)
class QuantityMatch:
    """A found quantity in the normalized text, before the entity is read."""

    start: int
    end: int
    num_start: int
    value: int | float
    unit: str
    category: str
    qualifier: Optional[str]
    value_max: Optional[int | float]
    chinese: bool


@lru_cache(maxsize=1)
def _exclusions() -> "regex.Pattern":
    phrases = sorted((r["phrase"] for r in load_rows("quantity_exclusions.tsv")), key=len, reverse=True)
    return regex.compile("|".join(regex.escape(p) for p in phrases))


_RE_QUOTE = regex.compile(r"“([^“”\n]{1,12})”")
_RE_YEAR = regex.compile(rf"(?:1[89]|20)\d\d|[{DIGIT_WORDS}]{{4}}")
_BARE_SCALE = regex.compile(rf"[{SCALES[1:]}]")  # 百, 千, 万, 亿
_RE_CN_DIGIT = regex.compile(rf"[{CN_DIGITS}双]")
_RE_DIGIT = regex.compile(r"\d")
# 密级和保密期限 (GB/T 9704-2012 7.2.2): `秘密★1年` marks the document, it counts nothing
_RE_SECRECY = regex.compile(rf"(?:绝密|机密|秘密)\s*★\s*[\d０-９{SMALL_NUMERALS}]+\s*(?:年|个月|月|天|日)")


def _guard_spans(text: str) -> list[tuple[int, int]]:
    """Normalized spans where a number labels: exclusion phrases, secrecy marks, short quoted names
    (《》 titles are doc_title facts, excluded through ``ctx.covered``)."""
    spans = [m.span() for m in _exclusions().finditer(text)]
    spans += [m.span() for m in _RE_SECRECY.finditer(text)]
    for m in _RE_QUOTE.finditer(text):
        if _RE_CN_DIGIT.search(m[1]) and not _RE_DIGIT.search(m[1]):
            spans.append(m.span(1))  # “八个专项整治”, “三项教育”: a formula's name, not a count
    return sorted(spans)


def _plausible_shape(text: str, m: "regex.Match") -> bool:
    """The checks that need no value (run before the numeral is read: most candidates end here)."""
    s = m.start("num")
    num = m["num"]
    before = text[s - 1] if s > 0 else ""
    if before == "第" or (before and (before.isascii() and before.isalnum())):
        return False  # 第二批 ordinal; A4, G20 labels
    if before and before in ".．":
        return False  # the tail of a longer number
    chinese = not any(c.isdigit() for c in num)
    if chinese and _BARE_SCALE.fullmatch(num[0]) and not (m["over"] or m["qb"]):
        return False  # 百名领导, 千家万户: figurative round numbers
    unit = m["unit"]
    nxt = text[m.end("unit"): m.end("unit") + 1]
    if text.startswith(not_followed_by()[unit], m.end("unit")):
        return False
    if unit in ("月",) and not m["ge"]:
        return False  # 3月 is a month; a duration is 3个月
    if unit == "个" and text.startswith("百分点", m.end("unit")):
        return False  # 3个百分点: a change of percentage points (see changes.py)
    if chinese and unit in arabic_only():
        return False  # 十分重要: an adverb, not ten points
    if unit == "分" and before and before in "时點点:":
        return False
    if chinese and unit in ("周",) and nxt == "年":
        return False
    return True


def _plausible_value(m: "regex.Match", value: float) -> bool:
    """The checks on the value read: 一次 (an article), 2014年 (a date)."""
    num = m["num"]
    if value < 2 and not any(c.isdigit() for c in num) and not _BARE_SCALE.search(num):
        return False  # 一次, 一场: an article; 一天半 is out of scope
    if m["unit"] == "年" and not m["ge"] and (_RE_YEAR.fullmatch(num) or value >= 1000):
        return False  # 2014年 is a date
    return True


def find_quantities(ctx: Context) -> list[QuantityMatch]:
    """Quantity spans in ``ctx.text`` that no other kind claims (entities not yet read)."""
    text = ctx.text
    covered = ctx.covered(("date", "money", "percent", "doc_title", "doc_number", "slogan"))
    guards = SpanIndex(_guard_spans(text))
    found: list[QuantityMatch] = []
    for m in quantity_pattern().finditer(text):
        if not _plausible_shape(text, m):
            continue
        try:
            value, unit, qual, value_max = read_quantity(m)
        except NumeralError:
            continue
        if not _plausible_value(m, value):
            continue
        ns, ne = m.start("num"), m.end("unit")
        if guards.overlaps(ns, ne):
            continue
        rs, re_ = ctx.to_raw(ns, ne)
        if covered.overlaps(rs, re_):
            continue
        found.append(QuantityMatch(
            start=m.start(), end=m.end(), num_start=ns, value=value, unit=unit,
            category=units()[m["unit"]][1], qualifier=qual, value_max=value_max,
            chinese=not any(c.isdigit() for c in m["num"]),
        ))
    return found


def extract_quantities(ctx: Context) -> Iterator[FactBase]:
    found = find_quantities(ctx)
    entities = counted_entities(ctx.text, found, of_change=subject_before_change)
    for q, entity in zip(found, entities):
        qual = stronger(q.qualifier, distant_qualifier(ctx.text, q.start))
        yield ctx.make(
            "quantity", q.start, q.end, value=q.value, unit=q.unit, entity=entity,
            qualifier=qual, value_max=q.value_max,
        )
