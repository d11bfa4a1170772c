"""Dates: absolute, partial, relative, ranges and deadlines, resolved against the document.

Find spans with the date grammar of :mod:`govtext.text.date_grammar`, reject what only looks like
a date (a year inside 《》 or a document number, a year used as a label), then resolve year-less
dates: the year comes from ``doc_date``, else the document's own date (``ctx.anchor_date``), else
the latest full date earlier in the text; with none, the ISO year-less form (``--07-10``).

>>> from govtext.extract import extract_facts
>>> [(f.text, f.value, f.part, f.relation) for f in extract_facts("总体上在4月底前完成", kinds=["date"], doc_date="2014-04-03")]
[('4月底前', '2014-04', 'late', 'before')]
>>> [(f.value, f.end_value) for f in extract_facts("2014年2月25日召开会议，8月1日至15日集中学习", kinds=["date"])]
[('2014-02-25', None), ('2014-08-01', '2014-08-15')]
"""
from __future__ import annotations

from typing import Iterator, Optional

import regex

from govtext.extract.context import Context
from govtext.records import FactBase
from govtext.text.date_grammar import date_pattern, search_date
from govtext.text.patterns import SMALL_NUMERALS
from govtext.text.spans import SpanIndex
from govtext.values.dates import DateError, parts_of, resolve

__all__ = ["extract_dates"]

# Recurring times are not dates: 每年3月, 每月15日, 逐月.
_RE_RECURRING = regex.compile(r"(?:每|逐|历)(?:年|月|个月)?$")
_RE_RAW_BREAK = regex.compile(r"\n")
_RE_DIGIT_PAIR = regex.compile(rf"\d(?=[\d〇{SMALL_NUMERALS}])")
# A bare year used as a label or serial rather than a time: 2014年第3号, 2014年版, 2014级.
_RE_LABEL_AFTER = regex.compile(rf"第[\d{SMALL_NUMERALS}]+[号期批]|版|届")
_RE_YEAR_MONTH = regex.compile(r"(\d{4})(?:-(\d{2}))?")


def _anchor(ctx: Context) -> tuple[Optional[int], Optional[int]]:
    value = ctx.anchor_date
    m = _RE_YEAR_MONTH.match(value or "")
    if not m:
        return None, None
    return int(m[1]), int(m[2]) if m[2] else None


def _found(ctx: Context, text: str, offset: int, m: "regex.Match", titles) -> Optional[tuple]:
    """``(start, end, first, last)`` for an accepted match of ``text`` (which starts at ``offset``)."""
    if m.end() == m.start():
        return None
    try:
        first, last = parts_of(m)
    except DateError:
        return None
    start, end = m.start() + offset, m.end() + offset
    if m["from"] and last is None:
        start = m.start("from") + offset + 1  # 从/自 belongs to the span only as the start of a range
    full = ctx.text
    if titles.overlaps(start, end) or _RE_RECURRING.search(full, max(0, start - 3), start):
        return None
    if first.month is None and first.day is None and first.year_ref is None and last is None:
        if _RE_LABEL_AFTER.match(full, end):
            return None  # a bare year as a label
    return start, end, first, last


def _line_starts(ctx: Context) -> list[int]:
    """Clean positions where a raw line break was joined between two digits (``14:32⏎3月5日``)."""
    text, norm = ctx.text, ctx.norm
    out: list[int] = []
    for m in _RE_RAW_BREAK.finditer(ctx.raw):
        i = norm.to_norm(m.start())  # the clean character after a dropped break
        if 0 < i < len(text) and _RE_DIGIT_PAIR.match(text, i - 1) and (not out or out[-1] != i):
            out.append(i)
    return out


def _candidates(ctx: Context) -> list[tuple]:
    text, pattern = ctx.text, date_pattern()
    # dates inside a work's title in 《》 belong to the name (《2014年推进惩防体系…》)
    titles = SpanIndex((ctx.norm.to_norm(f.start), ctx.norm.to_norm(f.end)) for f in ctx.facts("doc_title"))
    found, pos = [], 0
    while True:
        m = search_date(text, pos)
        if m is None:
            break
        hit = _found(ctx, text, 0, m, titles)
        if hit:
            found.append(hit)
        pos = hit[1] if hit else m.start() + 1
    # A date at the start of a line whose join put it after a digit: read it on its own.
    for j in _line_starts(ctx):
        if any(s <= j < e for s, e, *_ in found):
            continue
        piece = text[j: j + 60]
        m = pattern.match(piece)
        hit = m and _found(ctx, piece, j, m, titles)
        if hit:
            found.append(hit)
    found.sort(key=lambda h: h[0])
    return found


def extract_dates(ctx: Context) -> Iterator[FactBase]:
    anchor_year, anchor_month = _anchor(ctx)
    last_full: Optional[tuple[int, int]] = None  # (year, month) of the last full date (2014年2月25日)
    last_year: Optional[int] = None                # the year last named (2012年, for 同年)
    for start, end, first, last in _candidates(ctx):
        year, month = anchor_year, anchor_month
        if year is None and last_full is not None:
            year, month = last_full
        try:
            value, end_value, inferred = resolve(
                first, last, anchor_year=year, anchor_month=month, context_year=last_year,
            )
        except DateError:
            continue
        if first.year is not None:
            last_year = first.year
            if first.month is not None:
                last_full = (first.year, first.month)
        yield ctx.make(
            "date", start, end, value=value, end_value=end_value, inferred_year=inferred,
            part=first.part, relation=first.relation,
        )
