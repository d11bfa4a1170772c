"""The date grammar: where dates are written, as one compiled pattern.

One grammar finds every date form govtext knows — ``2014年2月25日``, ``二〇一四年三月九日``,
``7月下旬``, ``4月底前``, ``今年3月``, ``8月1日至15日``, ``2014年10月24日14:32``,
``2014-06-06 10:48``, ``24.10.2014 14:32`` — for the date extractor and for the document's own
date (:mod:`govtext.extract.document_date`). What a match means is read by
:mod:`govtext.values.dates` (``parse_date``, ``parts_of``, ``resolve``). The words around dates
(上旬, 底, 前, 起, 今年, 至 …) live in ``lexicons/date_words.tsv``.

>>> search_date("会议于2014年3月召开").group()
'2014年3月'
>>> [m.group() for m in find_dates("8月1日至15日集中学习，4月底前完成")]
['8月1日至15日', '4月底前']
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from govtext.lexicons import load_rows, split_alts
from govtext.text.patterns import LIANG, ONES, SCALES, SMALL_NUMERALS, ZERO_VARIANTS, not_followed_by
from govtext.text.wordtrie import word_alternation

__all__ = ["AMPM", "date_pattern", "date_words", "find_dates", "search_date"]

# Numerals for each date component, Arabic or Chinese; validated again by values.dates.read_component.
_YEAR = rf"(?:1[89]|20)\d{{2}}|[{ZERO_VARIANTS}{ONES}]{{4}}"
_MONTH = rf"1[0-2]|0?[1-9]|十[一二]?|[{ONES}]"
_DAY = rf"3[01]|[12]\d|0?[1-9]|三十一?|二十[{ONES}]?|十[{ONES}]?|[{ONES}]"
_HOUR = r"[01]?\d|2[0-3]"
_QUARTER = rf"[{ONES[:4]}1-4]"
AMPM = {"上午": 0, "早上": 0, "凌晨": 0, "中午": 12, "下午": 12, "晚上": 12, "晚": 12}
# Not inside a bigger number, an ordinal (第3月) or a numeral run (十八大 never reaches 年/月).
_NOT_AFTER_DIGIT = rf"(?<![\d.．{ZERO_VARIANTS}{ONES}{LIANG}{SCALES[:4]}第])"  # nor after a scale below 亿


# ---------------------------------------------------------------------------- lexicon
@lru_cache(maxsize=1)
def date_words() -> dict[str, dict[str, tuple[str, str, tuple[str, ...]]]]:
    """``date_words.tsv`` by role: ``{"part": {"上旬": ("early", ...)}, ...}`` (value, not_followed_by)."""
    out: dict[str, dict] = {}
    for row in load_rows("date_words.tsv"):
        out.setdefault(row["role"], {})[row["word"]] = (row["value"], tuple(split_alts(row["not_followed_by"])))
    return out


def _alt(role: str) -> str:
    """A regex alternation of the words of ``role``, longest first, each with its not_followed_by guard."""
    pieces = []
    for word, (_, guard) in sorted(date_words().get(role, {}).items(), key=lambda kv: -len(kv[0])):
        pieces.append(regex.escape(word) + not_followed_by(guard))
    return "|".join(pieces) or "(?!)"


# ---------------------------------------------------------------------------- grammar
def _atom(p: str, day_alone: bool) -> str:
    """One date; group names are prefixed with ``p`` (``a_`` start, ``b_`` end of a range)."""
    time = (
        rf"(?:(?P<{p}ampm>{'|'.join(AMPM)})?(?P<{p}hh>{_HOUR})(?:[:：](?P<{p}mi>[0-5]\d)(?:[:：](?P<{p}ss>[0-5]\d))?"
        rf"|[时点](?:(?P<{p}mi>[0-5]?\d)分)?))?"
    )
    month = rf"(?:(?P<{p}m>{_MONTH})月份?|(?P<{p}rm>{_alt('month')}))"
    day = rf"(?P<{p}d>{_DAY})[日号]"
    part = rf"(?P<{p}part>{_alt('part')})?"
    # 上半年 keeps the year; 第一季度 / 一季度 is read as its months
    period = rf"(?P<{p}half>{_alt('half')})|第?(?P<{p}q>{_QUARTER})(?:{_alt('quarter')})"
    shapes = [
        rf"(?P<{p}y>{_YEAR})年(?:度)?(?:{period}|{month}(?:{day}{time})?)?",
        rf"(?P<{p}ry>{_alt('year')})(?:年(?=[初底末]))?(?:{period}|{month}(?:{day}{time})?)?",
        # 年底前: this year's end, by the anchor (not 每年底, 多年, the 年 of 2014年底)
        rf"(?<![\d{ZERO_VARIANTS}{SMALL_NUMERALS}每逐历多今去明前后同当本次翌上下全近半])(?P<{p}yb>年)(?=[初底末])",
        # 比上半年回落: a half-year without its year is the anchor year's (not 每年上半年)
        rf"(?<![年度])(?P<{p}hb>{_alt('half')})",
        rf"{month}(?:{day}{time})?",
        rf"第?(?P<{p}q>{_QUARTER})(?:{_alt('quarter')})",
    ]
    if day_alone:
        shapes.append(rf"{day}{time}")
    return rf"{_NOT_AFTER_DIGIT}(?:{'|'.join(shapes)}){part}"


def _numeric(p: str) -> str:
    """``2014-06-06 10:48``, ``2014/6/6``, ``2014.06.06`` and day.month.year ``24.10.2014 14:32``."""
    time = rf"(?:\s*(?P<{p}hh>{_HOUR}):(?P<{p}mi>[0-5]\d)(?::(?P<{p}ss>[0-5]\d))?)?"
    return (
        rf"(?<![\d.．/-])(?:(?P<{p}y>(?:19|20)\d{{2}})(?P<{p}sep>[-/.])(?P<{p}m>1[0-2]|0?[1-9])(?P={p}sep)"
        rf"(?P<{p}d>3[01]|[12]\d|0?[1-9])"
        rf"|(?P<{p}d>3[01]|[12]\d|0?[1-9])\.(?P<{p}m>1[0-2]|0?[1-9])\.(?P<{p}y>(?:19|20)\d{{2}}))"
        rf"(?![\d.．/-]\d){time}(?!\d)"
    )


@lru_cache(maxsize=1)
def date_pattern() -> "regex.Pattern":
    """The compiled date grammar: an optional 从/自, a date, and an optional range end.

    Groups: ``a_*`` the (start) date, ``b_*`` the range end, ``an`` a bare start number whose
    unit comes from the end (``7至8月``), ``from``, ``to``, ``ap`` (左右), ``rel`` (前, 起 …).
    """
    start = (
        rf"(?:{_numeric('a_')}|{_NOT_AFTER_DIGIT}(?P<any>{_YEAR})年(?P<an>\d{{1,2}})(?=(?:{_alt('range')})\d{{1,2}}月)"
        rf"|{_atom('a_', day_alone=False)}|{_NOT_AFTER_DIGIT}(?P<an>\d{{1,4}}|{_MONTH})(?=(?:{_alt('range')})\d)"
        rf"|{_NOT_AFTER_DIGIT}(?P<a_dn>3[01]|[12]\d|0?[1-9])日(?=(?:{_alt('day_cue')}|{_alt('range')})))"
    )
    end = rf"(?:{_numeric('b_')}|{_atom('b_', day_alone=True)})"
    return regex.compile(
        rf"(?P<from>从|自)?{start}"
        rf"(?:(?:开始|起)?[，,]?(?P<to>{_alt('range')}){end})?"
        rf"(?P<ap>{_alt('approx')})?(?P<rel>{_alt('relation')})?"
    )


@lru_cache(maxsize=1)
def _date_starts() -> "regex.Pattern":
    """Where a :func:`date_pattern` match can start: at 从/自; at a numeral, 年 (年底前) or 第
    (第二季度), or at a whole word of ``date_words.tsv`` (今年, 上月, 上半年: any role, so a new
    shape that opens with a date word is covered), not after a digit or numeral (every shape of
    :func:`_atom` is guarded by ``_NOT_AFTER_DIGIT``); at an Arabic digit not after a digit or a
    decimal point (the guard of :func:`_numeric`). A new shape that starts otherwise must add it
    here (tests/test_stress.py and tests/test_date_grammar.py check it against the plain grammar)."""
    words = word_alternation(w for role in date_words().values() for w in role)
    return regex.compile(rf"[从自]|{_NOT_AFTER_DIGIT}(?:[{ZERO_VARIANTS}{SMALL_NUMERALS}年第\d]|{words})|(?<![\d.．])\d")


def search_date(text: str, pos: int = 0) -> "Optional[regex.Match]":
    """``date_pattern().search(text, pos)``, but tried only where a date can start (10× faster).

    >>> search_date("会议于2014年3月召开").group()
    '2014年3月'
    """
    pattern, starts = date_pattern(), _date_starts()
    while True:
        f = starts.search(text, pos)
        if f is None:
            return None
        m = pattern.match(text, f.start())
        if m is not None:
            return m
        pos = f.start() + 1


def find_dates(text: str, pos: int = 0):
    """``date_pattern().finditer(text, pos)`` through :func:`search_date` (non-overlapping matches)."""
    while True:
        m = search_date(text, pos)
        if m is None:
            return
        yield m
        pos = m.end() if m.end() > m.start() else m.start() + 1


