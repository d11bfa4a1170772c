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
from govtext.lexicons import load_rows, split_alts
from govtext.records import FactBase
from govtext.text.numerals import (
    CN_DIGITS, NumeralError, approx_range, parse_number, qualifier_of, qualifier_regex, stronger, to_number,
)

__all__ = ["QuantityMatch", "extract_quantities", "find_quantities", "parse_quantity", "unit_category"]

# Left boundaries (?<!…): a number starts where its run starts, so a long run of digits or
# numerals is scanned once, not once from every position in it.
_ARABIC = r"(?:\d{1,3}(?:,\d{3})+|(?<!\d)\d+)(?:\.\d+)?"
_SCALES = "十百千万亿"
_TIME_AFTER_GE = ("半天", "月", "星期", "小时", "工作日", "年")


@lru_cache(maxsize=1)
def _units() -> dict[str, tuple[str, str]]:
    """Surface → (canonical unit, category), traditional aliases included."""
    out: dict[str, tuple[str, str]] = {}
    for row in load_rows("units.tsv"):
        canon = row.get("canonical_as") or row["unit"]
        for surface in [row["unit"], *split_alts(row.get("aliases"))]:
            out[surface] = (canon, row["category"])
    return out


@lru_cache(maxsize=1)
def _not_followed_by() -> dict[str, str]:
    """Surface → characters that, right after it, make it part of another word (名义, 条件)."""
    out: dict[str, str] = {}
    for row in load_rows("units.tsv"):
        for surface in [row["unit"], *split_alts(row.get("aliases"))]:
            out[surface] = row.get("not_followed_by") or ""
    return out


@lru_cache(maxsize=1)
def _arabic_only() -> frozenset[str]:
    return frozenset(r["unit"] for r in load_rows("units.tsv") if r.get("arabic_only") == "yes")


def unit_category(unit: str) -> Optional[str]:
    """Category of a canonical unit: ``unit_category("人次")`` → ``'people'``."""
    hit = _units().get(unit)
    return hit[1] if hit else None


def _scale_regex() -> str:
    """Scale characters after Arabic digits, except where they open a unit (18.5千米, 4.8万千瓦)."""
    parts = []
    for c in _SCALES:
        heads = sorted({u[1:] for u in _units() if len(u) > 1 and u[0] == c}, key=len, reverse=True)
        tail = f"(?!{'|'.join(regex.escape(h) for h in heads)})" if heads else ""
        parts.append(regex.escape(c) + tail)
    return f"(?:{'|'.join(parts)})*"


@lru_cache(maxsize=1)
def _pattern() -> "regex.Pattern":
    units = sorted(_units(), key=len, reverse=True)
    unit_alt = "|".join(regex.escape(u) for u in units)
    num = rf"(?:{_ARABIC}{_scale_regex()}|(?<![{CN_DIGITS}])[{CN_DIGITS}]+)"
    return regex.compile(
        rf"(?P<qb>{qualifier_regex('before')})?"
        rf"(?P<num>{num})(?:(?P<dash>[-－~～至到])(?P<num2>{num}))?"
        rf"(?:(?P<over0>[余多])(?P<scale>[万亿]))?"
        rf"(?P<over>[余多])?"
        rf"(?:(?P<ge>个)(?P<over2>多)?(?=(?P<tunit>{'|'.join(_TIME_AFTER_GE)})))?"
        rf"(?P<unit>{unit_alt})"
        rf"(?P<alt>（(?:{unit_alt})）)?"
        rf"(?P<qa>左右|以上|以下|上下|以内|许)?"
    )


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


def parse_quantity(surface: str) -> tuple[int | float, str, Optional[str], Optional[int | float]]:
    """``(value, unit, qualifier, value_max)`` of a quantity surface.

    >>> parse_quantity("1萬余個")
    (10000, '个', 'over', None)
    >>> parse_quantity("4万套（册）"), parse_quantity("7个多月"), parse_quantity("2-3个")
    ((40000, '套', None, None), (7, '月', 'over', None), (2, '个', None, 3))
    >>> parse_quantity("6400多万名"), parse_quantity("两三天")
    ((64000000, '名', 'over', None), (2, '天', None, 3))
    """
    from govtext.text.normalize import to_simplified

    m = _pattern().fullmatch(to_simplified(surface).replace("\n", "").replace(" ", ""))
    if not m:
        raise NumeralError(f"not a quantity: {surface!r}")
    return _read(m)


def _read(m: "regex.Match") -> tuple[int | float, str, Optional[str], Optional[int | float]]:
    rng = approx_range(m["num"]) if not m["num2"] else None
    if rng:  # 七八趟, 两三天: a 概数 range
        value, value_max = rng
    else:
        value = parse_number(m["num"])
        value_max = parse_number(m["num2"]) if m["num2"] else None
    if m["scale"]:  # 6400多万名: 多 before the scale
        value *= parse_number(m["scale"])
    qual = qualifier_of(m["qb"])
    for word in (m["qa"],):
        qual = stronger(qual, qualifier_of(word))
    if m["over"] or m["over2"] or m["over0"]:
        qual = stronger(qual, "over")
    unit, _cat = _units()[m["unit"]]
    return to_number(value), unit, qual, (to_number(value_max) if value_max is not None else None)


@lru_cache(maxsize=1)
def _exclusions() -> "regex.Pattern":
    phrases = sorted((r["phrase"] for r in load_rows("quantity_exclusions.tsv")), key=len, reverse=True)
    return regex.compile("|".join(regex.escape(p) for p in phrases))


_RE_QUOTE = regex.compile(r"“([^“”\n]{1,12})”")
_RE_YEAR = regex.compile(r"(?:1[89]|20)\d\d|[〇零一二三四五六七八九]{4}")
_BARE_SCALE = regex.compile(rf"[百千万亿]")
_RE_CN_DIGIT = regex.compile(rf"[{CN_DIGITS}双]")
_RE_DIGIT = regex.compile(r"\d")
# 密级和保密期限 (GB/T 9704-2012 7.2.2): `秘密★1年` marks the document, it counts nothing
_RE_SECRECY = regex.compile(r"(?:绝密|机密|秘密)\s*★\s*[\d０-９一二三四五六七八九十]+\s*(?:年|个月|月|天|日)")


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
    if nxt and nxt in _not_followed_by().get(unit, "") and not m["qa"]:
        return False  # 所以 is no count, but 200所以上 is (a qualifier follows the unit)
    if unit in ("月",) and not m["ge"]:
        return False  # 3月 is a month; a duration is 3个月
    if unit == "个" and text.startswith("百分点", m.end("unit")):
        return False  # 3个百分点: a change of percentage points (see change.py)
    if chinese and unit in _arabic_only():
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
    guards = _guard_spans(text)
    found: list[QuantityMatch] = []
    for m in _pattern().finditer(text):
        if not _plausible_shape(text, m):
            continue
        try:
            value, unit, qual, value_max = _read(m)
        except NumeralError:
            continue
        if not _plausible_value(m, value):
            continue
        ns, ne = m.start("num"), m.end("unit")
        if Context.inside(guards, ns, ne):
            continue
        rs, re_ = ctx.to_raw(ns, ne)
        if Context.inside(covered, rs, re_):
            continue
        found.append(QuantityMatch(
            start=m.start(), end=m.end(), num_start=ns, value=value, unit=unit,
            category=_units()[m["unit"]][1], qualifier=qual, value_max=value_max,
            chinese=not any(c.isdigit() for c in m["num"]),
        ))
    return found


def extract_quantities(ctx: Context) -> Iterator[FactBase]:
    from govtext.extract.entities import counted_entities, distant_qualifier

    found = find_quantities(ctx)
    entities = counted_entities(ctx.text, found)
    for q, entity in zip(found, entities):
        qual = stronger(q.qualifier, distant_qualifier(ctx.text, q.start))
        yield ctx.make(
            "quantity", q.start, q.end, value=q.value, unit=q.unit, entity=entity,
            qualifier=qual, value_max=q.value_max,
        )
