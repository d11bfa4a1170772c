"""Dates: what a date surface means, as ISO 8601 parts resolved against the document.

:func:`parse_date` reads a whole date surface into its start and (for a range) end
:class:`DateParts`; :func:`parts_of` reads a match of the grammar
(:func:`govtext.text.date_grammar.date_pattern`); :func:`resolve` turns parts into ISO values
against the document's anchors.

>>> start, end = parse_date("8月1日至15日")
>>> (start.month, start.day, end.day)
(8, 1, 15)
>>> resolve(start, end, anchor_year=2014)
('2014-08-01', '2014-08-15', True)
>>> resolve(*parse_date("二〇一四年三月九日"))
('2014-03-09', None, False)
>>> resolve(*parse_date("5月3日24时")), resolve(*parse_date("前三季度"), anchor_year=2022)
(('--05-03T24:00', None, False), ('2022-01', '2022-09', True))
>>> resolve(*parse_date("08年3月"), anchor_year=2014)
('2008-03', None, False)
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from datetime import date, timedelta
from typing import NamedTuple, Optional

import regex

from govtext.text.date_grammar import date_pattern, date_words, find_dates, list_words, standalone_words
from govtext.text.numerals import NumeralError, parse_decimal
from govtext.text.patterns import ONES, YEAR_ZERO_LOOKALIKES, ZERO_VARIANTS

__all__ = [
    "DateError", "DateParts", "FullDate", "NoSuchDayError", "century", "full_date", "iso", "parse_date", "parts_of",
    "read_component", "resolve", "within_after", "year_of",
]

_RE_RELATIVE = regex.compile(r"(anchor|context)([+-]\d+)")
_RE_ZERO_LOOKALIKE = regex.compile(rf"[0{YEAR_ZERO_LOOKALIKES}]")
# 到年底, 截至年底, 由年初的6.8%; or 年底 opening its clause as a time adverbial (年底，…; 。年底全市将…)
_RE_TIME_PREP = regex.compile(r"(?:到|至|止|由|从|自|于|^|[，。；：！？,;:!?\n])$")
# a Chinese-numeral month alone is a time after 在/于 or before 的 (在二月罢工中, 八月的《十六条》;
# not 一月一次, 三月三)
_RE_MONTH_PREP = regex.compile(r"[在于]$")
_RE_LUNAR_DAY = regex.compile(rf"初|廿|[{ONES}十]")  # 在三月初一, 于八月十五: a lunar day follows
_RE_LUNAR_DAY_AFTER = regex.compile(rf"廿|初[{ONES}十]")  # 十一月廿九, 三月初一: the day of a lunar month
_RE_ORDINAL_YEAR_BEFORE = regex.compile(rf"第[\d{ONES}十百两]+个?年度?的?$")  # 第50年的12月31日
_RE_AFTER_BARE_YEAR = regex.compile(r"(?!\p{Han})|[的期间之]")  # 从2016到2018的…, not 从2016到2018家
_NO_ANCHOR_PIVOT = 2030  # two-digit years without any anchor: 00–40 are 20xx, 41–99 are 19xx


class DateError(ValueError):
    """The string is not a date govtext can read."""


class NoSuchDayError(DateError):
    """A date whose day its month does not have (2月30日, 2021年2月29日): no date at all, nor a
    shorter one inside it."""


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
    month_ref: Optional[tuple[str, int]] = None  # 本月 → ("anchor", 0); 当月, 9日 → ("context", 0)
    part: Optional[str] = None
    relation: Optional[str] = None
    short_year: Optional[int] = None             # 08年 → 8: the century comes from the anchor
    week_ref: Optional[int] = None               # 本周 → 0: the anchor's week, Monday to Sunday
    quarter_ref: Optional[int] = None            # 上个季度 → -1: the quarter before the anchor's, as its months
    century_ref: Optional[tuple[int, int]] = None  # 本世纪末 → (0, 100), 下世纪中叶 → (1, 50): the year in the century
    # a two-digit year written alone (24年全市将…): a year only near the document's year
    loose_year: bool = field(default=False, repr=False)

    @property
    def has_year(self) -> bool:
        return self.year is not None or self.short_year is not None or self.year_ref is not None \
            or self.century_ref is not None

    @property
    def time_only(self) -> bool:
        """A clock time with no date of its own (``18点``, ``~11:30``)."""
        return self.hour is not None and not self.has_year and self.month is None and self.month_ref is None \
            and self.day is None


def _ref(role: str, word: Optional[str]) -> Optional[tuple[str, int]]:
    if not word:
        return None
    return _ref_value(date_words()[role][word][0], word, role)


def _ref_value(value: str, word: str, role: str = "years") -> tuple[str, int]:
    m = _RE_RELATIVE.fullmatch(value)
    if not m:
        raise DateError(f"date_words.tsv: bad {role} value {value!r} for {word!r}")
    return m[1], int(m[2])


# ---------------------------------------------------------------------------- reading
def read_component(text: str, kind: str) -> int:
    """Value of one date component (``kind`` year/early_year/month/day/hour/minute/short_year), range-checked;
    Chinese numerals are read by :func:`govtext.text.numerals.parse_decimal` (二〇一四 digit by digit).

    >>> read_component("二〇一四", "year"), read_component("十二", "month"), read_component("三十一", "day")
    (2014, 12, 31)
    >>> read_component("零七", "short_year"), read_component("两", "hour")
    (7, 2)
    """
    s = text.strip()
    if s == "首":
        n = 1  # 首季度: the first quarter
    elif s.isascii() and s.isdigit():
        n = int(s)
    else:
        if not s.isascii():
            # 二0一0: a digit zero among Chinese digits; 二O一九, 一九八◯: a letter or a circle for it
            s = _RE_ZERO_LOOKALIKE.sub("〇", s)
        try:
            value = parse_decimal(s) if s and not s.isascii() else None
        except NumeralError:
            value = None
        if value is None or value != value.to_integral_value():
            raise DateError(f"not a date numeral: {text!r}")
        n = int(value)
    lo, hi = {"year": (1000, 2099), "written_year": (0, 9999), "early_year": (100, 999), "short_year": (0, 99), "month": (1, 12), "day": (1, 31), "hour": (0, 24),
              "minute": (0, 59)}[kind]
    if not lo <= n <= hi:
        raise DateError(f"{kind} out of range: {text!r}")
    return n


def _short_year(text: str) -> int:
    """``08`` → 8, ``九七`` → 97, ``零七`` → 7: two digits read one by one."""
    if not text.isascii():
        try:
            text = "".join("0" if c in ZERO_VARIANTS else str(read_component(c, "short_year")) for c in text)
        except DateError:
            raise DateError(f"not a two-digit year: {text!r}") from None
    return read_component(text, "short_year")


def _on_clock(daytime: str, hour: int) -> int:
    """The 24-hour clock hour of ``hour`` after a time of day (date_words.tsv daytime): 下午3点 → 15;
    a word of the night (value ``night``) makes 6 to 11 o'clock the evening's (晚上9点 → 21), 12
    o'clock midnight at the day's end (午夜12点 → 24) and keeps the small hours (深夜2点 → 2).

    >>> _on_clock("下午", 3), _on_clock("上午", 11), _on_clock("晚上", 9), _on_clock("午夜", 12), _on_clock("深夜", 2)
    (15, 11, 21, 24, 2)
    """
    value = date_words()["daytime"][daytime][0]
    if value == "night":
        return hour + 12 if 6 <= hour <= 12 else hour
    return hour + int(value) if hour < 12 else hour


def _time_parts(g: dict, p: str) -> dict:
    """Hour and minutes of a clock time (下午3点 → 15:00, 20时1刻 → 20:15, 八点半 → 8:30); the end of
    a range of hours without a time of day of its own takes the start's (下午3-5时 → 15:00..17:00)."""
    if not g.get(p + "hh"):
        return {}
    hour = read_component(g[p + "hh"], "hour")
    ampm = g.get(p + "ampm") or (g.get("a_ampm") if p == "b_" else None)
    if ampm:
        hour = _on_clock(ampm, hour)
    minute = 0
    if g.get(p + "mi"):
        minute = read_component(g[p + "mi"], "minute")
    elif g.get(p + "qk"):
        minute = 15 * read_component(g[p + "qk"], "day")
    elif g.get(p + "hf"):
        minute = 30
    if hour == 24 and minute:
        raise DateError("no such time: 24 hours and minutes")
    second = read_component(g[p + "ss"], "minute") if g.get(p + "ss") else None
    return {"hour": hour, "minute": minute, "second": second}


_KEYS = ("y", "y4", "y3", "y2", "y2l", "lm", "ys", "yo", "yl", "m", "d", "ry", "rm", "yb", "hb", "q", "fq", "fm", "fqb", "fmb", "dn", "wk", "qr", "t", "hh", "cy")
# the end of a century word (本世纪末, 下世纪中叶): its part and the year in the century it names
_CENTURY_PARTS = {"末": ("late", 100), "中叶": ("mid", 50)}


@lru_cache(maxsize=8)
def _group_index(pattern: "regex.Pattern") -> dict[str, int]:
    """Each group name of ``pattern`` → its place in ``Match.groups()`` (``groupindex`` builds a new
    dict at each call)."""
    return {name: i - 1 for name, i in pattern.groupindex.items()}


class _Groups:
    """``m.groupdict()`` read lazily: :func:`_side` asks for a few of the grammar's many groups,
    and ``groupdict`` builds them all by name (the greater part of reading a date)."""
    __slots__ = ("_values", "_index")

    def __init__(self, m: "regex.Match"):
        self._values, self._index = m.groups(), _group_index(m.re)

    def get(self, name: str) -> Optional[str]:
        i = self._index.get(name)
        return None if i is None else self._values[i]

    __getitem__ = get


_KEYS_OF: dict[str, tuple[str, ...]] = {}  # _KEYS with a side's prefix ("a_", "b_"), built on first use


def _side(m: "regex.Match", p: str) -> Optional[DateParts]:
    g = _Groups(m)
    keys = _KEYS_OF.get(p)
    if keys is None:
        keys = _KEYS_OF[p] = tuple(p + k for k in _KEYS)
    if not any(g.get(k) for k in keys):
        return None
    if g.get(p + "cy"):  # 本世纪末: the century's last year, part late
        word = g[p + "cy"]
        part, in_century = next(v for end, v in _CENTURY_PARTS.items() if word.endswith(end))
        return DateParts(century_ref=(_ref("century", word)[1], in_century), part=part)
    if g.get(p + "dn"):  # 4日在京召开: the day of the month last named, or the dateline's
        return DateParts(day=read_component(g[p + "dn"], "day"), month_ref=("context", 0), **_time_parts(g, p))
    year = g.get(p + "y") or g.get(p + "yo") or g.get(p + "yl")
    half = g.get(p + "half") or g.get(p + "hb")
    part = date_words()["part"][g[p + "part"]][0] if g.get(p + "part") else None
    if part is None and half:
        part = date_words()["half"][half][0]
    parts = DateParts(
        year=read_component(year, "year") if year else read_component(g[p + "y3"], "early_year") if g.get(p + "y3")
        else read_component(g[p + "y4"], "written_year") if g.get(p + "y4") else None,
        short_year=_short_year(g[p + "y2"]) if g.get(p + "y2") else int(g[p + "y2l"]) if g.get(p + "y2l") else None,
        loose_year=bool(g.get(p + "y2l")),
        month=read_component(g[p + "m"], "month") if g.get(p + "m") else None,
        day=read_component(g[p + "d"], "day") if g.get(p + "d") else None,
        year_ref=_ref("year", g.get(p + "ry"))
        or (("anchor", 0) if g.get(p + "yb") or g.get(p + "hb") or g.get(p + "fqb") or g.get(p + "fmb") else None),
        month_ref=_ref("month", g.get(p + "rm")),
        week_ref=_ref("week", g.get(p + "wk"))[1] if g.get(p + "wk") else None,
        quarter_ref=_ref("quarter_ref", g.get(p + "qr"))[1] if g.get(p + "qr") else None,
        part=part,
        **_time_parts(g, p),
    )
    if parts.day is not None and parts.month is not None and parts.day > _days_in(parts.month, parts.year):
        raise NoSuchDayError(f"no such day: {parts.month}月{parts.day}日")
    return parts


def _days_in(month: int, year: Optional[int] = None) -> int:
    """Days of a month; February has 29 unless its year is written and is no leap year (2021年2月29日)."""
    if month == 2:
        leap = year is None or (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0))
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _period(m: "regex.Match", p: str, start: DateParts) -> Optional[tuple[DateParts, DateParts]]:
    """Quarters and the first N months or quarters of a year, as a range of months:
    第二季度 → 4..6, 前三季度 → 1..9, 前5个月 → 1..5."""
    if m[p + "q"]:
        q = read_component(m[p + "q"], "month")
        if q > 4:
            raise DateError("no such quarter")
        return replace(start, month=3 * q - 2), replace(start, month=3 * q)
    n_q = m[p + "fq"] or m[p + "fqb"]
    if n_q:
        n = read_component(n_q, "month")
        if n > 4:
            raise DateError("no such quarter")
        return replace(start, month=1), replace(start, month=3 * n)
    if m[p + "fm"] or m[p + "fmb"]:
        return replace(start, month=1), replace(start, month=read_component(m[p + "fm"] or m[p + "fmb"], "month"))
    if m[p + "lm"]:  # 后三月: the last N months
        n = read_component(m[p + "lm"], "month")
        return replace(start, month=13 - n), replace(start, month=12)
    return None


def within_after(text: str, pos: int) -> bool:
    """Does 内 (以内, 之内) follow at ``pos``? A range of days before it is a span, not dates
    (在1日至3日内)."""
    return _RE_WITHIN.match(text, pos) is not None


_RE_WITHIN = regex.compile(r"[以之]?内")


def parts_of(m: "regex.Match") -> tuple[DateParts, Optional[DateParts]]:
    """The start and (for a range) end :class:`DateParts` of a :func:`date_pattern` match."""
    end = _side(m, "b_") if (m["to"] or m["and"]) else None
    if end is not None and m["b_q"]:
        q = read_component(m["b_q"], "month")
        end = replace(end, month=3 * q)
    if m["an"]:
        if end is None:
            raise DateError("a bare number is a date only as the start of a range")
        start = _bare_start(m, end)
        if isinstance(start, tuple):
            start, end = start
    elif m["a_ys"]:  # 今明两年: a range of relative years said as one
        first, last = date_words()["years"][m["a_ys"]][0].split("..")
        start, end = (DateParts(year_ref=_ref_value(v, m["a_ys"])) for v in (first, last))
        return start, end
    else:
        start = _side(m, "a_")
        if start is None:
            raise DateError("no date components")
        if m["a_t"] and not m["a_ampm"] and start.hour is not None and start.hour < 12:
            # 廿九下午4点半: a time of day the clock time's match could not open (after a numeral)
            ampm = _daytime_before(m.string, m.start())
            if ampm:
                start = replace(start, hour=_on_clock(ampm, start.hour))
        period = _period(m, "a_", start)
        if period is not None and end is None:
            # 第四季度以来, 前三季度以前: the bound holds for the period written as its months
            rel = m["rel"]
            return (replace(period[0], relation=date_words()["relation"][rel][0]) if rel else period[0]), period[1]
        if period is not None:
            start = period[0]  # 2016年第二季度至第四季度: a range from the period's first month
    if m["b_yo"] and not m["a_m"] and not (m["from"] and _RE_AFTER_BARE_YEAR.match(m.string, m.end())):
        raise DateError("a year without 年 ends a range only after 从 (从2016到2018, not 从2016到2018家) "
                        "or a dotted month (2008.03-2009)")
    if start.year is None and start.short_year is None and start.year_ref is None \
            and _RE_ORDINAL_YEAR_BEFORE.search(m.string, max(0, m.start() - 10), m.start()):
        raise DateError("a month of an ordinal year (首次发表后第50年的12月31日) has no calendar year")
    if start.day is not None and start.month is None and start.month_ref is None:
        raise DateError("a day needs its month (3-5日 is a span of days)")
    if start.day is not None and start.month is None and _RE_WITHIN.match(m.string, m.end()):
        raise DateError("days before 内 are a span of days (在1日至3日内, 于5日内)")
    if end is not None:
        if end.time_only and start.hour is None:
            raise DateError("a clock time ends a range only of clock times")
        end = _inherit(end, start)
        start = _month_from_end(start, end)
        _check_order(start, end)
        start = replace(start, relation=None)
    else:
        rel = m["rel"]
        if rel:
            start = replace(start, relation=date_words()["relation"][rel][0])
        _check_alone(m, start)
    return start, end


def _bare_start(m: "regex.Match", end: DateParts) -> DateParts:
    """The start of ``7至8月``, ``2016—2018年``, ``1985到89年9月``, ``8-12时``: a bare number whose
    unit is the end's (a four-digit number is a year)."""
    an = m["an"]
    if m.string.endswith(_weekday_stems(), 0, m.start()):
        raise DateError("a numeral after 周/星期 names a weekday (从上周四到十月一日), not a month or day")
    if len(an) == 4 and an.isdigit():
        return DateParts(year=read_component(an, "year"))
    if end.time_only:
        # 晚上9~11点: a time of day right before the bare start hour holds for both ends
        ampm = _daytime_before(m.string, m.start())
        if ampm:
            end = replace(end, **_time_parts({"b_hh": m["b_hh"], "b_mi": m["b_mi"], "a_ampm": ampm}, "b_"))
        return replace(end, **_time_parts({"a_hh": an, "a_ampm": ampm}, "a_"), part=None), end
    if end.month is not None:
        month = read_component(an, "month")
        if m["b_q"]:  # 二至四季度: the start is a quarter too, from its first month
            if month > 4:
                raise DateError("no such quarter")
            month = 3 * month - 2
        start = replace(end, month=month, day=None, part=None)
        if m["any"]:  # 2018年1-6月: the year is the range's
            return replace(start, year=read_component(m["any"], "year"))
        if m["anry"]:  # 今年1-5月, 去年1—11月: so is a relative year
            return replace(start, year_ref=_ref("year", m["anry"]))
        return start
    if end.day is not None:
        return replace(end, day=read_component(an, "day"), part=None)
    if end.year is not None or end.short_year is not None:
        raise DateError("a year range needs four digits at its start")
    raise DateError("cannot tell what the bare number counts")


@lru_cache(maxsize=1)
def _weekday_stems() -> tuple[str, ...]:
    """What names a weekday before its numeral (周, 星期, 礼拜): the ``weekday`` words of
    date_words.tsv without their last character (周四, 星期日)."""
    return tuple(sorted({w[:-1] for w in date_words().get("weekday", {}) if len(w) > 1}, key=len, reverse=True))


def _daytime_before(text: str, pos: int) -> Optional[str]:
    """The time of day (date_words.tsv daytime) that ends ``text`` right before ``pos``, if any."""
    for word in sorted(date_words().get("daytime", {}), key=len, reverse=True):
        if text.endswith(word, 0, pos):
            return word
    return None


def _check_alone(m: "regex.Match", start: DateParts) -> None:
    """Refuse single dates too vague to be one: a relative year or month with nothing to pin it
    (较上年, 当年的老区 — but 今年, 去年底, 年底前, 下个月 are dates: ``alone`` in date_words.tsv),
    and a Chinese-numeral month standing alone (一月一次; 三月份, 三月九日, 一月，, 在二月, 八月的 are dates)."""
    if start.month is not None and start.day is None and _RE_LUNAR_DAY_AFTER.match(m.string, m.end()):
        raise DateError("a month before a lunar day (十一月廿九, 三月初一) is a lunar month")
    if start.month is not None and start.day is None and not start.has_year \
            and m.string.startswith(tuple(date_words().get("name", {})), m.start()):
        raise DateError("a month that opens a name (十月革命, 五月风暴) is no date")
    words = standalone_words()
    if start.year is None and start.short_year is None and start.month is None and start.day is None \
            and start.hour is None:
        standalone = m["a_ry"] in words or m["a_rm"] in words or m["a_wk"] in words or m["a_qr"] in words
        if not (standalone or m["a_half"] or m["a_hb"] or start.part or start.relation):
            raise DateError("a relative year or month alone is not a date")
        if m["a_yb"] and start.relation is None and not _RE_TIME_PREP.search(m.string, max(0, m.start() - 2), m.start()):
            raise DateError("年底 is this year's end after 到/截至 or before 前 (not 年中和年末报告)")
    mtext = m["a_m"]
    if mtext and not mtext.isdigit() and not start.has_year and start.day is None and start.part is None \
            and not m.group().lstrip("从自").startswith(mtext + "月份") and m.string[m.end():m.end() + 1] not in ("，", ",") \
            and not _re_listed_month().search(m.string, max(0, m.start() - 8), m.start()) \
            and not _opens_event_clause(m) \
            and not ((_RE_MONTH_PREP.search(m.string, max(0, m.start() - 1), m.start()) and not _RE_LUNAR_DAY.match(m.string, m.end()))
                     or m.string.startswith("的", m.end())):
        raise DateError("a Chinese-numeral month alone is ambiguous")


_RE_CLAUSE_OPEN = regex.compile(r"(?:^|[，,。；;：:！？!?\n”」』])$")


@lru_cache(maxsize=1)
def _re_event_verb() -> "regex.Pattern":
    """A word of two or more characters that shows a news report's event day (``day_cue`` rows of
    date_words.tsv: 召开, 举行, 发布 …), not a count of times after it (一月召开一次: once a month)."""
    cues = sorted((w for w in date_words().get("day_cue", {}) if len(w) > 1), key=len, reverse=True)
    return regex.compile(rf"(?:{'|'.join(map(regex.escape, cues))})(?![{ONES}两十]+次)")


def _opens_event_clause(m: "regex.Match") -> bool:
    """Whether a Chinese-numeral month alone opens its clause before the verb of an event (…宣传。九月召开的
    第一次全国农业学大寨会议): the month the event took place in."""
    return _RE_CLAUSE_OPEN.search(m.string, max(0, m.start() - 1), m.start()) is not None \
        and _re_event_verb().match(m.string, m.end()) is not None


@lru_cache(maxsize=1)
def _re_listed_month() -> "regex.Pattern":
    """A list of months after their year before a date (2022年三、四月: 四月 is listed after 三)."""
    return regex.compile(rf"年(?:[{ONES}十]{{1,2}}(?:{list_words()}))+$")


def _check_order(start: DateParts, end: DateParts) -> None:
    """Refuse a range that ends before it starts (``2014年3月9日至1``, ``2018—2016年``); clock times
    alone may run past midnight (``22时至6时``)."""
    comparable = start.year_ref == end.year_ref and start.month_ref == end.month_ref \
        and (start.year is None) == (end.year is None) and (start.short_year is None) == (end.short_year is None) \
        and (start.day is None) == (end.day is None) and not start.time_only

    def key(p: DateParts) -> tuple:
        return tuple(-1 if v is None else v for v in (p.year, p.short_year, p.month, p.day, p.hour, p.minute))

    if comparable and key(end) < key(start):
        raise DateError("a range ends before it starts")


def _month_from_end(start: DateParts, end: DateParts) -> DateParts:
    """A bare day that starts a range whose end has its month takes that month, or the month
    before when its day is later than the end's (23日到今天（6月24日）: June 23rd; 28日至3月2日:
    February 28th), and the end's year."""
    if start.month is not None or start.month_ref != ("context", 0) or start.day is None \
            or end.month is None or end.day is None:
        return start
    month, year, short_year, year_ref = end.month, end.year, end.short_year, end.year_ref
    if start.day > end.day:
        month = month - 1 or 12
        if month == 12:  # 30日到今天（1月2日）: December 30th of the year before
            year = year - 1 if year is not None else None
            short_year = (short_year - 1) % 100 if short_year is not None else None
            year_ref = (year_ref[0], year_ref[1] - 1) if year_ref is not None else None
    if start.day > _days_in(month, year):
        raise NoSuchDayError(f"no such day: {month}月{start.day}日")
    return replace(start, month=month, month_ref=None, year=year, short_year=short_year, year_ref=year_ref)


def _inherit(end: DateParts, start: DateParts) -> DateParts:
    """A range end written short (``至15日``, ``~11:30``) takes the larger components from its start."""
    carry = dict(year=start.year, short_year=start.short_year, year_ref=start.year_ref)
    if end.time_only:
        return replace(end, **carry, month=start.month, month_ref=start.month_ref, day=start.day)
    if end.has_year:
        return end
    if end.month is None and end.month_ref is None:
        return replace(end, **carry, month=start.month, month_ref=start.month_ref)
    if start.month and end.month and end.month < start.month:  # 11月至2月: into the next year
        if start.year is not None:
            carry["year"] = start.year + 1
        elif start.short_year is not None:
            carry["short_year"] = (start.short_year + 1) % 100
        else:
            base, offset = start.year_ref or ("anchor", 0)
            carry["year_ref"] = (base, offset + 1)
    return replace(end, **carry)


def parse_date(surface: str) -> tuple[DateParts, Optional[DateParts]]:
    """Start and end (``None`` unless a range) of a whole date surface; :class:`DateError` if not one.

    >>> parse_date("4月底前")[0]
    DateParts(year=None, month=4, day=None, hour=None, minute=None, second=None, year_ref=None, month_ref=None, part='late', relation='before', short_year=None, week_ref=None, quarter_ref=None, century_ref=None)
    """
    m = date_pattern().fullmatch(surface.strip())
    if not m:
        raise DateError(f"not a date: {surface!r}")
    return parts_of(m)


class FullDate(NamedTuple):
    """A date written with year, month and day, found in a text by :func:`full_date`."""

    iso: str     # 2020-02-13
    start: int   # where the date's surface starts in the text searched
    end: int
    timed: bool  # a clock time follows the day (2020-02-13 22:22)


def full_date(text: str, *, ranges: bool) -> Optional[FullDate]:
    """The first date of ``text`` with year, month and day (read by the date grammar), or ``None``.

    ``ranges`` says whether a range counts, by its first day: the value of a page field or a
    meeting line (``2020年1月1日至3日``) is read as its first day, while a document's own date is
    never a range, so its reader passes ranges over.

    >>> full_date("发布时间：2020-02-13 22:22", ranges=False)
    FullDate(iso='2020-02-13', start=5, end=21, timed=True)
    >>> full_date("二〇〇六年十月十八日", ranges=False).iso, full_date("2020年", ranges=True)
    ('2006-10-18', None)
    >>> full_date("2020年1月1日至3日", ranges=True).iso, full_date("2020年1月1日至3日", ranges=False)
    ('2020-01-01', None)
    """
    if "月" not in text and "-" not in text and "/" not in text and "." not in text:
        return None  # a month is written with 月 (3月, 本月) or in a numeric date (2020-02-13, 2020/2/13, 2020.2.13)
    for m in find_dates(text):
        if m.end() == m.start() or (m["to"] and not ranges):
            continue
        try:
            first, _ = parts_of(m)
        except DateError:
            continue
        if first.year is not None and first.month is not None and first.day is not None:
            return FullDate(iso(first.year, first.month, first.day), m.start(), m.end(), first.hour is not None)
    return None


# ---------------------------------------------------------------------------- values
def iso(year: Optional[int], month: Optional[int] = None, day: Optional[int] = None,
        hour: Optional[int] = None, minute: Optional[int] = None, second: Optional[int] = None) -> str:
    """ISO 8601 as precise as the components: ``2014-03``, ``--07-10``, ``---09`` (a day alone),
    ``2014-10-24T14:32``, ``T18:00`` (a clock time alone); hours always with minutes (decision 6).

    >>> iso(2014, 10, 24, 14, 32), iso(None, 7, 10), iso(None, 6), iso(2014), iso(None, None, 9)
    ('2014-10-24T14:32', '--07-10', '--06', '2014', '---09')
    >>> iso(None, 5, 3, 24), iso(None, hour=18)
    ('--05-03T24:00', 'T18:00')
    """
    clock = ""
    if hour is not None:
        clock = f"T{hour:02d}:{minute or 0:02d}" + (f":{second:02d}" if second is not None else "")
    if year is None and month is None and day is None:
        if clock:
            return clock
        raise DateError("a date needs a year, month or day")
    out = f"{year:04d}" if year is not None else "-"
    if month is not None:
        out += f"-{month:02d}"
        if day is not None:
            out += f"-{day:02d}"
    elif day is not None:
        if year is not None:
            raise DateError("a day needs its month")
        out = f"---{day:02d}"
    if clock and day is not None:
        out += clock
    return out


def century(short: int, pivot: Optional[int]) -> int:
    """The year of a two-digit year (decision 4): 20xx unless that is more than ten years after
    the anchor year ``pivot`` (then 19xx).

    >>> century(8, 2014), century(98, 2014), century(19, 2021), century(35, None), century(90, 1973)
    (2008, 1998, 2019, 2035, 1990)
    """
    pivot = pivot if pivot is not None else _NO_ANCHOR_PIVOT
    return 2000 + short if 2000 + short <= pivot + 10 else 1900 + short


def year_of(parts: DateParts, anchor_year: Optional[int], context_year: Optional[int]) -> tuple[Optional[int], bool]:
    """The year of ``parts`` and whether it came from context (``inferred_year``)."""
    if parts.year is not None:
        return parts.year, False
    if parts.century_ref is not None:
        base = anchor_year if anchor_year is not None else context_year
        if base is None:
            raise DateError("a relative century needs a year to count from")
        offset, in_century = parts.century_ref
        return ((base - 1) // 100 + offset) * 100 + in_century, True
    if parts.short_year is not None:
        return century(parts.short_year, anchor_year if anchor_year is not None else context_year), False
    if parts.year_ref is None and parts.month is None and parts.month_ref is None and parts.day is None:
        return None, False
    base_kind, offset = parts.year_ref or ("anchor", 0)
    base = anchor_year if base_kind == "anchor" else (context_year if context_year is not None else anchor_year)
    if base is None:
        return None, False
    return base + offset, True


def resolve(start: DateParts, end: Optional[DateParts] = None, anchor_year: Optional[int] = None,
            anchor_month: Optional[int] = None, context_year: Optional[int] = None,
            context_month: Optional[tuple[Optional[int], int]] = None,
            anchor_day: Optional[int] = None) -> tuple[str, Optional[str], bool]:
    """``(value, end_value, inferred_year)`` of a parsed date against its anchors.

    ``anchor_year`` / ``anchor_month`` / ``anchor_day`` come from the document (doc_date, its own
    date, or the last full date before); ``context_year`` is the year last named in the text (同年,
    次年); ``context_month`` the (year, month) of the last date with a month (a bare day 9日, 当月).

    >>> resolve(*parse_date("今年3月"), anchor_year=2014)
    ('2014-03', None, True)
    >>> resolve(*parse_date("今年3月"))
    ('--03', None, False)
    >>> resolve(*parse_date("24日10时"), context_month=(None, 8)), resolve(*parse_date("24日10时"))
    (('--08-24T10:00', None, False), ('---24T10:00', None, False))
    >>> resolve(*parse_date("本周"), anchor_year=2022, anchor_month=6, anchor_day=8)
    ('2022-06-06', '2022-06-12', True)
    >>> resolve(*parse_date("上个季度"), anchor_year=2022, anchor_month=2)
    ('2021-10', '2021-12', True)
    """
    if start.quarter_ref is not None:
        if anchor_year is None or anchor_month is None:
            raise DateError("a relative quarter needs an anchor month")
        q = anchor_year * 4 + (anchor_month - 1) // 3 + start.quarter_ref
        year, first = q // 4, q % 4 * 3 + 1
        return f"{year:04d}-{first:02d}", f"{year:04d}-{first + 2:02d}", True
    if start.week_ref is not None:
        if anchor_year is None or anchor_month is None or anchor_day is None:
            raise DateError("a relative week needs an anchor day")
        day = date(anchor_year, anchor_month, anchor_day)
        monday = day - timedelta(days=day.weekday()) + timedelta(weeks=start.week_ref)
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat(), True

    def one(p: DateParts) -> tuple[str, bool]:
        year, inferred = year_of(p, anchor_year, context_year)
        month = p.month
        if p.month_ref is not None:
            base, offset = p.month_ref
            y0, m0 = (context_month if base == "context" and context_month else (anchor_year, anchor_month))
            if m0 is None:
                if p.day is None or offset:
                    raise DateError("a relative month needs an anchor date")
                return iso(None, None, p.day, p.hour, p.minute, p.second), False  # 9日: ---09
            if not p.has_year:
                year, inferred = y0, y0 is not None
            if year is None:
                month = (m0 - 1 + offset) % 12 + 1
            else:
                total = year * 12 + m0 - 1 + offset
                year, month = total // 12, total % 12 + 1
        if p.day is not None and month is not None and year is not None and p.day > _days_in(month, year):
            raise NoSuchDayError(f"no such day: {year}年{month}月{p.day}日")
        return iso(year, month, p.day, p.hour, p.minute, p.second), inferred

    value, inferred = one(start)
    end_value = None
    if end is not None:
        if end.century_ref is not None and start.year is not None and anchor_year is None:
            context_year = start.year  # 从一九八一年到本世纪末: the century of the range's start
        end_value, _ = one(end)
    return value, end_value, inferred
