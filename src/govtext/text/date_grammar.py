"""The date grammar and its normalizer: turn a date surface into ISO 8601 parts.

One place reads every date form govtext knows — ``2014年2月25日``, ``二〇一四年三月九日``,
``7月下旬``, ``4月底前``, ``今年3月``, ``8月1日至15日``, ``2014年10月24日14:32``,
``2014-06-06 10:48``, ``24.10.2014 14:32`` — for the date extractor (which finds spans with
:func:`date_pattern`) and for :mod:`govtext.docdate` (which reads datelines). The words around
dates (上旬, 底, 前, 起, 今年, 至 …) live in ``lexicons/date_words.tsv``.

>>> start, end = parse_date("8月1日至15日")
>>> (start.month, start.day, end.day)
(8, 1, 15)
>>> resolve(start, end, anchor_year=2014)
('2014-08-01', '2014-08-15', True)
>>> resolve(*parse_date("二〇一四年三月九日"))
('2014-03-09', None, False)
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

import regex

from govtext.lexicons import load_rows, split_alts

__all__ = [
    "DateError", "DateParts", "date_pattern", "date_words", "find_dates", "iso", "parse_date", "read_component",
    "resolve", "search_date", "year_of",
]

_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "o": 0, "O": 0, "两": 2}
# Numerals for each date component, Arabic or Chinese; validated again in read_component.
_YEAR = r"(?:1[89]|20)\d{2}|[〇零○一二三四五六七八九]{4}"
_MONTH = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
_DAY = r"3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
_HOUR = r"[01]?\d|2[0-3]"
_AMPM = {"上午": 0, "早上": 0, "凌晨": 0, "中午": 12, "下午": 12, "晚上": 12, "晚": 12}
# Not inside a bigger number, an ordinal (第3月) or a numeral run (十八大 never reaches 年/月).
_QUARTER = str.maketrans("一二三四", "1234")
_NOT_AFTER_DIGIT = r"(?<![\d.．〇零○一二三四五六七八九十百千万两第])"
_RE_RELATIVE = regex.compile(r"(anchor|context)([+-]\d+)")
_RE_SMALL_CN = regex.compile(r"([一二三四五六七八九两])?(十)?([一二三四五六七八九])?")


class DateError(ValueError):
    """The string is not a date govtext can read."""


@dataclass(frozen=True)
class DateParts:
    """One end of a date as written: components, the relative words, and the fields of the fact."""

    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    hour: Optional[int] = None
    minute: Optional[int] = None
    second: Optional[int] = None
    year_ref: Optional[tuple[str, int]] = None   # 今年 → ("anchor", 0); 同年 → ("context", 0)
    month_ref: Optional[tuple[str, int]] = None  # 本月 → ("anchor", 0)
    part: Optional[str] = None
    relation: Optional[str] = None


# ---------------------------------------------------------------------------- lexicon
@lru_cache(maxsize=1)
def date_words() -> dict[str, dict[str, tuple[str, str, tuple[str, ...]]]]:
    """``date_words.tsv`` by role: ``{"part": {"上旬": ("early", ...)}, ...}`` (value, blocked_by)."""
    out: dict[str, dict] = {}
    for row in load_rows("date_words.tsv"):
        out.setdefault(row["role"], {})[row["word"]] = (row["value"], tuple(split_alts(row["blocked_by"])))
    return out


def _alt(role: str) -> str:
    """A regex alternation of the words of ``role``, longest first, each with its blocked_by guard."""
    pieces = []
    for word, (_, blocked) in sorted(date_words().get(role, {}).items(), key=lambda kv: -len(kv[0])):
        guard = f"(?!{'|'.join(map(regex.escape, blocked))})" if blocked else ""
        pieces.append(regex.escape(word) + guard)
    return "|".join(pieces) or "(?!)"


def _ref(role: str, word: Optional[str]) -> Optional[tuple[str, int]]:
    if not word:
        return None
    value = date_words()[role][word][0]
    m = _RE_RELATIVE.fullmatch(value)
    if not m:
        raise DateError(f"date_words.tsv: bad {role} value {value!r} for {word!r}")
    return m[1], int(m[2])


# ---------------------------------------------------------------------------- grammar
def _atom(p: str, day_alone: bool) -> str:
    """One date; group names are prefixed with ``p`` (``a_`` start, ``b_`` end of a range)."""
    time = (
        rf"(?:(?P<{p}ampm>{'|'.join(_AMPM)})?(?P<{p}hh>{_HOUR})(?:[:：](?P<{p}mi>[0-5]\d)(?:[:：](?P<{p}ss>[0-5]\d))?"
        rf"|[时点](?:(?P<{p}mi>[0-5]?\d)分)?))?"
    )
    month = rf"(?:(?P<{p}m>{_MONTH})月份?|(?P<{p}rm>{_alt('month')}))"
    day = rf"(?P<{p}d>{_DAY})[日号]"
    part = rf"(?P<{p}part>{_alt('part')})?"
    # 上半年 keeps the year; 第一季度 / 一季度 is read as its months
    period = rf"(?P<{p}half>{_alt('half')})|第?(?P<{p}q>[一二三四1-4])(?:{_alt('quarter')})"
    shapes = [
        rf"(?P<{p}y>{_YEAR})年(?:度)?(?:{period}|{month}(?:{day}{time})?)?",
        rf"(?P<{p}ry>{_alt('year')})(?:年(?=[初底末]))?(?:{period}|{month}(?:{day}{time})?)?",
        # 年底前: this year's end, by the anchor (not 每年底, 多年, the 年 of 2014年底)
        rf"(?<![\d〇零○一二三四五六七八九十每逐历多今去明前后同当本次翌上下全近半])(?P<{p}yb>年)(?=[初底末])",
        # 比上半年回落: a half-year without its year is the anchor year's (not 每年上半年)
        rf"(?<![年度])(?P<{p}hb>{_alt('half')})",
        rf"{month}(?:{day}{time})?",
        rf"第?(?P<{p}q>[一二三四1-4])(?:{_alt('quarter')})",
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
    here (tests/test_stress.py and tests/test_dates_norm.py check it against the plain grammar)."""
    from govtext.text.wordtrie import word_alternation

    words = word_alternation(w for role in date_words().values() for w in role)
    return regex.compile(rf"[从自]|{_NOT_AFTER_DIGIT}(?:[〇零○一二三四五六七八九十年第\d]|{words})|(?<![\d.．])\d")


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


# ---------------------------------------------------------------------------- reading
def read_component(text: str, kind: str) -> int:
    """Value of one date component (``kind`` year/month/day/hour/minute), range-checked.

    >>> read_component("二〇一四", "year"), read_component("十二", "month"), read_component("三十一", "day")
    (2014, 12, 31)
    """
    s = text.strip()
    if s.isascii() and s.isdigit():
        n = int(s)
    elif s and all(c in _CN_DIGIT for c in s) and len(s) > 1:
        n = int("".join(str(_CN_DIGIT[c]) for c in s))  # digit by digit: 二〇一四
    else:
        n = _small_cn(s)
    lo, hi = {"year": (1800, 2099), "month": (1, 12), "day": (1, 31), "hour": (0, 24), "minute": (0, 59)}[kind]
    if not lo <= n <= hi:
        raise DateError(f"{kind} out of range: {text!r}")
    return n


def _small_cn(s: str) -> int:
    """十 … 三十一 as days and months write them."""
    m = _RE_SMALL_CN.fullmatch(s)
    if not s or not m or (m[1] and m[3] and not m[2]):
        raise DateError(f"not a date numeral: {s!r}")
    tens = (_CN_DIGIT[m[1]] if m[1] else 1) if m[2] else 0
    units = _CN_DIGIT[m[3]] if m[3] else (0 if m[2] else _CN_DIGIT[m[1]])
    return tens * 10 + units


def _side(m: "regex.Match", p: str) -> Optional[DateParts]:
    g = m.groupdict()
    if not any(g.get(p + k) for k in ("y", "m", "d", "ry", "rm", "yb", "hb", "q", "dn")):
        return None
    if g.get(p + "dn"):  # 4日在京召开: the day of the dateline's month
        return DateParts(day=read_component(g[p + "dn"], "day"), month_ref=("anchor", 0))
    hour = read_component(g[p + "hh"], "hour") if g.get(p + "hh") else None
    if hour is not None and g.get(p + "ampm"):
        if hour < 12:
            hour += _AMPM[g[p + "ampm"]]
    minute = read_component(g[p + "mi"], "minute") if g.get(p + "mi") else None
    parts = DateParts(
        year=read_component(g[p + "y"], "year") if g.get(p + "y") else None,
        month=read_component(g[p + "m"], "month") if g.get(p + "m") else None,
        day=read_component(g[p + "d"], "day") if g.get(p + "d") else None,
        hour=hour,
        minute=minute,
        second=read_component(g[p + "ss"], "minute") if g.get(p + "ss") else None,
        year_ref=_ref("year", g.get(p + "ry")) or (("anchor", 0) if g.get(p + "yb") or g.get(p + "hb") else None),
        month_ref=_ref("month", g.get(p + "rm")),
        part=date_words()["part"][g[p + "part"]][0] if g.get(p + "part") else None,
    )
    if parts.day is not None and parts.month is not None and parts.day > _days_in(parts.month):
        raise DateError(f"no such day: {parts.month}月{parts.day}日")
    return parts


def _days_in(month: int) -> int:
    return 29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31


def parts_of(m: "regex.Match") -> tuple[DateParts, Optional[DateParts]]:
    """The start and (for a range) end :class:`DateParts` of a :func:`date_pattern` match."""
    end = _side(m, "b_") if m["to"] else None
    if m["an"]:
        if end is None:
            raise DateError("a bare number is a date only as the start of a range")
        unit = "month" if end.month is not None else "day" if end.day is not None else None
        if end.year is not None and end.month is None:
            unit = "year"
        if unit is None:
            raise DateError("cannot tell what the bare number counts")
        start = replace(end, **{unit: read_component(m["an"], unit)}, part=None)
        if m["any"] and end.year is None and end.year_ref is None:  # 2018年1-6月: the year is the range's
            end = replace(end, year=read_component(m["any"], "year"))
            start = replace(start, year=end.year)
    else:
        start = _side(m, "a_")
        if start is None:
            raise DateError("no date components")
    if start.day is not None and start.month is None and start.month_ref is None:
        raise DateError("a day needs its month (3-5日 is a span of days)")
    if m["a_q"] and end is None:  # 第二季度: months 4 to 6
        q = read_component(m["a_q"].translate(_QUARTER), "month")
        start, end = replace(start, month=3 * q - 2), replace(start, month=3 * q)
        return start, end
    if end is not None:
        end = _inherit(end, start)
        start = replace(start, relation=None)
    else:
        rel = m["rel"]
        if rel:
            start = replace(start, relation=date_words()["relation"][rel][0])
        _check_alone(m, start)
    return start, end


def _check_alone(m: "regex.Match", start: DateParts) -> None:
    """Refuse single dates too vague to be one: a relative year or month with nothing to pin it
    (今年的工作, 较上年, 当年的老区 — but 今年以来, 去年底, 年底前 are dates), and a Chinese-numeral
    month standing alone (一月一次; 三月份 and 三月九日 are dates)."""
    if start.month is None and start.day is None and start.year is None and not (m["a_half"] or m["a_hb"]):
        if start.part is None and start.relation is None:
            raise DateError("a relative year or month alone is not a date")
        if m["a_yb"] and start.relation is None:
            raise DateError("年底 without a deadline word is not a date")
    mtext = m["a_m"]
    if mtext and not mtext.isdigit() and start.year is None and start.year_ref is None and start.day is None \
            and start.part is None and not m.group().lstrip("从自").startswith(mtext + "月份"):
        raise DateError("a Chinese-numeral month alone is ambiguous")


def _inherit(end: DateParts, start: DateParts) -> DateParts:
    """A range end written short (``至15日``) takes the larger components from its start."""
    if end.year is not None or end.year_ref is not None:
        return end
    year, year_ref = start.year, start.year_ref
    if end.month is None and end.month_ref is None:
        return replace(end, year=year, year_ref=year_ref, month=start.month, month_ref=start.month_ref)
    if start.month and end.month and end.month < start.month:  # 11月至2月: into the next year
        if year is not None:
            year += 1
        else:
            base, offset = year_ref or ("anchor", 0)
            year_ref = (base, offset + 1)
    return replace(end, year=year, year_ref=year_ref)


def parse_date(surface: str) -> tuple[DateParts, Optional[DateParts]]:
    """Start and end (``None`` unless a range) of a whole date surface; :class:`DateError` if not one.

    >>> parse_date("4月底前")[0]
    DateParts(year=None, month=4, day=None, hour=None, minute=None, second=None, year_ref=None, month_ref=None, part='late', relation='before')
    """
    m = date_pattern().fullmatch(surface.strip())
    if not m:
        raise DateError(f"not a date: {surface!r}")
    return parts_of(m)


# ---------------------------------------------------------------------------- values
def iso(year: Optional[int], month: Optional[int] = None, day: Optional[int] = None,
        hour: Optional[int] = None, minute: Optional[int] = None, second: Optional[int] = None) -> str:
    """ISO 8601 as precise as the components: ``2014-03``, ``--07-10``, ``2014-10-24T14:32``.

    >>> iso(2014, 10, 24, 14, 32), iso(None, 7, 10), iso(None, 6), iso(2014)
    ('2014-10-24T14:32', '--07-10', '--06', '2014')
    """
    out = f"{year:04d}" if year is not None else "-"
    if month is not None:
        out += f"-{month:02d}"
        if day is not None:
            out += f"-{day:02d}"
    elif day is not None:
        raise DateError("a day needs its month")
    if hour is not None and day is not None:
        out += f"T{hour:02d}" + (f":{minute:02d}" if minute is not None else "")
        if minute is not None and second is not None:
            out += f":{second:02d}"
    if out == "-":
        raise DateError("a date needs a year, month or day")
    return out


def year_of(parts: DateParts, anchor_year: Optional[int], context_year: Optional[int]) -> tuple[Optional[int], bool]:
    """The year of ``parts`` and whether it came from context (``inferred_year``)."""
    if parts.year is not None:
        return parts.year, False
    base_kind, offset = parts.year_ref or ("anchor", 0)
    base = anchor_year if base_kind == "anchor" else (context_year if context_year is not None else anchor_year)
    if base is None:
        return None, False
    return base + offset, True


def resolve(start: DateParts, end: Optional[DateParts] = None, anchor_year: Optional[int] = None,
            anchor_month: Optional[int] = None, context_year: Optional[int] = None) -> tuple[str, Optional[str], bool]:
    """``(value, end_value, inferred_year)`` of a parsed date against its anchors.

    ``anchor_year`` / ``anchor_month`` come from the document (doc_date, its own date, or the
    last full date before); ``context_year`` is the year last named in the text (同年, 次年).

    >>> resolve(*parse_date("今年3月"), anchor_year=2014)
    ('2014-03', None, True)
    >>> resolve(*parse_date("今年3月"))
    ('--03', None, False)
    """
    def one(p: DateParts) -> tuple[str, bool]:
        year, inferred = year_of(p, anchor_year, context_year)
        month = p.month
        if p.month_ref is not None:
            if anchor_month is None or year is None:
                raise DateError("a relative month needs an anchor date")
            total = year * 12 + anchor_month - 1 + p.month_ref[1]
            year, month = total // 12, total % 12 + 1
        return iso(year, month, p.day, p.hour, p.minute, p.second), inferred

    value, inferred = one(start)
    end_value = None
    if end is not None:
        end_value, _ = one(end)
    return value, end_value, inferred
