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
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

import regex

from govtext.text.date_grammar import AMPM, date_pattern, date_words
from govtext.text.numerals import NumeralError, parse_decimal

__all__ = [
    "DateError", "DateParts", "iso", "parse_date", "parts_of", "read_component", "resolve", "year_of",
]

_RE_RELATIVE = regex.compile(r"(anchor|context)([+-]\d+)")


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


def _ref(role: str, word: Optional[str]) -> Optional[tuple[str, int]]:
    if not word:
        return None
    value = date_words()[role][word][0]
    m = _RE_RELATIVE.fullmatch(value)
    if not m:
        raise DateError(f"date_words.tsv: bad {role} value {value!r} for {word!r}")
    return m[1], int(m[2])


# ---------------------------------------------------------------------------- reading
def read_component(text: str, kind: str) -> int:
    """Value of one date component (``kind`` year/month/day/hour/minute), range-checked; Chinese
    numerals are read by :func:`govtext.text.numerals.parse_decimal` (二〇一四 digit by digit).

    >>> read_component("二〇一四", "year"), read_component("十二", "month"), read_component("三十一", "day")
    (2014, 12, 31)
    """
    s = text.strip()
    if s.isascii() and s.isdigit():
        n = int(s)
    else:
        try:
            value = parse_decimal(s) if s and not s.isascii() else None
        except NumeralError:
            value = None
        if value is None or value != value.to_integral_value():
            raise DateError(f"not a date numeral: {text!r}")
        n = int(value)
    lo, hi = {"year": (1800, 2099), "month": (1, 12), "day": (1, 31), "hour": (0, 24), "minute": (0, 59)}[kind]
    if not lo <= n <= hi:
        raise DateError(f"{kind} out of range: {text!r}")
    return n


def _side(m: "regex.Match", p: str) -> Optional[DateParts]:
    g = m.groupdict()
    if not any(g.get(p + k) for k in ("y", "m", "d", "ry", "rm", "yb", "hb", "q", "dn")):
        return None
    if g.get(p + "dn"):  # 4日在京召开: the day of the dateline's month
        return DateParts(day=read_component(g[p + "dn"], "day"), month_ref=("anchor", 0))
    hour = read_component(g[p + "hh"], "hour") if g.get(p + "hh") else None
    if hour is not None and g.get(p + "ampm"):
        if hour < 12:
            hour += AMPM[g[p + "ampm"]]
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
        q = read_component(m["a_q"], "month")
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
