"""Changes: an increase or decrease stated with its numbers.

``公务接待费下降90%`` → decrease, by 90 %; ``由1485万元降到737万元`` → from 14850000 to 7370000
元 (``by_value`` stays null: the difference is not written); ``下降至30%以下`` → to 30;
``压缩文件1635个`` → by 1635 个, subject 文件; ``分别减少了23.1%和25%`` → two changes. The
numbers are the money, percent and quantity facts of the document; the verbs and their reading
(by / to) are in ``lexicons/change_verbs.tsv``.

>>> from govtext.extract import extract_facts
>>> [(f.text, f.direction, f.subject, f.by_value, f.unit) for f in extract_facts("全区公务接待费下降90%。", kinds=["change"])]
[('下降90%', 'decrease', '公务接待费', 90, '%')]
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Optional

import regex

from govtext.extract.context import Context
from govtext.extract.entities import cue_role
from govtext.lexicons import load_rows
from govtext.records import FactBase
from govtext.text.numerals import NumeralError, parse_decimal, parse_number, to_number
from govtext.text.patterns import DIGIT_WORDS, LIANG, SMALL_NUMERALS, not_followed_by, qualifiers

__all__ = ["extract_changes", "change_verb"]

_CLAUSE_END = "，。；：！？,;:!?\n"
# 1.4个百分点, 两个百分点, 近三个百分点 (a qualifier before the number stays in the span)
_POINTS_NUM = rf"(?<!\d)\d+(?:\.\d+)?|(?<![{SMALL_NUMERALS}{LIANG}])[{SMALL_NUMERALS}{LIANG}]{{1,3}}(?:点[{DIGIT_WORDS}]+)?"
# 增长一倍 (+100 %), 增加2.5倍 (+250 %), 翻一番 (×2, +100 %), 翻两番 (×4, +300 %): read only right
# after a change verb, so a ratio (是2011年的2.1倍) stays no change
_RE_MULTIPLE = regex.compile(rf"(?<![\d.])(?P<n>\d+(?:\.\d+)?|[{SMALL_NUMERALS}{LIANG}]{{1,3}})(?P<u>倍|番)")
_RE_OBJECT = regex.compile(r"[\p{Han}“”]+")
_RE_TIME_OF = regex.compile(r"(?:\d{4}年(?:底|末)?|今年|去年|上年)的")
_RE_SUBJECT_TAIL = regex.compile(
    r"(?:[较比](?:上年|去年|前年|上一年|往年|之前|以前|年初|上月|上季度|\d{4}年)(?:同期)?|同比|平均|年均|户均|人均|大幅|明显|有所|进一步|均|都|分别|共|累计)$")
_RE_TIME_LEAD = regex.compile(r"(?:\d{4}年(?:\d{1,2}月)?(?:份)?|今年|去年|上半年|下半年|全年)")
_RE_QUOTES = regex.compile("[“”]")
_RE_OPENER = regex.compile(r"[由从][^，。；：！？,;:!?\n由从]{0,12}$")


@dataclass(frozen=True)
class _Value:
    start: int
    end: int
    value: float
    unit: str
    entity: Optional[str] = None


@lru_cache(maxsize=1)
def _verbs() -> dict[str, tuple[str, str]]:
    return {r["verb"]: (r["direction"], r["reading"]) for r in load_rows("change_verbs.tsv")}


@lru_cache(maxsize=1)
def _verb_pattern() -> "regex.Pattern":
    guards = {r["verb"]: r["not_followed_by"] for r in load_rows("change_verbs.tsv")}
    alt = "|".join(regex.escape(v) + not_followed_by(guards[v]) for v in sorted(_verbs(), key=len, reverse=True))
    return regex.compile(rf"(?P<verb>{alt})(?P<le>了)?(?P<to>到|至|为)?")


@lru_cache(maxsize=1)
def _points_re() -> "regex.Pattern":
    return regex.compile(rf"{qualifiers('before')}?(?P<n>{_POINTS_NUM})个百分点")


def change_verb(word: str) -> Optional[tuple[str, str]]:
    """``(direction, reading)`` of a change verb: ``change_verb("降到")`` → ``('decrease', 'to')``."""
    return _verbs().get(word)


def _values(ctx: Context) -> dict[int, _Value]:
    """Numbers the changes can use, keyed by their start in the normalized text."""
    norm = ctx.norm
    out: dict[int, _Value] = {}
    units = {"money": "元", "percent": "%"}
    for kind in ("quantity", "money", "percent"):
        for f in ctx.facts(kind):
            s, e = norm.to_norm(f.start), norm.to_norm(f.end - 1) + 1
            unit = units.get(kind) or f.unit
            out[s] = _Value(s, e, f.value, unit, getattr(f, "entity", None))
    for m in _RE_MULTIPLE.finditer(ctx.text):
        try:
            n = parse_decimal(m["n"])
        except NumeralError:
            continue
        if m["u"] == "番" and n != int(n) or n > 10:
            continue
        pct = to_number(n * 100 if m["u"] == "倍" else (2 ** int(n) - 1) * 100)
        out.setdefault(m.start(), _Value(m.start(), m.end(), pct, "%"))
    for m in _points_re().finditer(ctx.text):
        try:
            out[m.start()] = _Value(m.start(), m.end(), parse_number(m["n"]), "个百分点")
        except NumeralError:
            continue
    return out


def _skip_space(text: str, pos: int) -> int:
    """``pos`` moved past the spaces and line breaks a wrap left before a number (增长⏎9.7%)."""
    while pos < len(text) and text[pos] in " \n\u3000":
        pos += 1
    return pos


def _clause_start(text: str, pos: int) -> int:
    i = pos
    while i > max(0, pos - 60) and text[i - 1] not in _CLAUSE_END:
        i -= 1
    return i


def subject_before(text: str, pos: int) -> Optional[str]:
    """What changed: the clause before the verb, without scope words and adverbs.

    >>> subject_before("全区公务接待费下降", 7), subject_before("项目数量较之前减少", 7)
    ('公务接待费', '项目数量')
    """
    s = text[_clause_start(text, pos): pos]
    changed = True
    while changed and s:
        changed = False
        m = _RE_SUBJECT_TAIL.search(s)
        if m:
            s, changed = s[: m.start()], True
        for n in (3, 2):
            if len(s) > n and cue_role(s[:n]) == "stop":
                s, changed = s[n:], True
        lead = _RE_TIME_LEAD.match(s)
        if lead and lead.end() < len(s):
            s, changed = s[lead.end():], True
    s = _RE_QUOTES.sub("", s).strip("、和及与")
    return s or None


def extract_changes(ctx: Context) -> Iterator[FactBase]:
    text = ctx.text
    values = _values(ctx)
    by_end: dict[int, list[_Value]] = {}
    for v in values.values():
        by_end.setdefault(v.end, []).append(v)
    for m in _verb_pattern().finditer(text):
        direction, reading = _verbs()[m["verb"]]
        if m["to"]:
            reading = "to"
        pos, subject = _skip_space(text, m.end()), None
        first = values.get(pos)
        if first is None and reading == "to" and (t := _RE_TIME_OF.match(text, pos)):
            first = values.get(t.end())  # 增加到2016年的156.8亿元: the level's time stands between
        if first is None and reading == "by" and not m["le"]:
            # 压缩文件1635个: the verb's object stands between the verb and the number
            for k in range(1, 9):
                if not _RE_OBJECT.fullmatch(text, pos, pos + k):
                    break
                if values.get(pos + k):
                    first = values[pos + k]
                    subject = _RE_QUOTES.sub("", text[pos:pos + k]) or None
                    break
        if first is None:
            continue
        start, from_value = m.start(), None
        before = [v for v in by_end.get(m.start(), ()) if v.unit == first.unit]
        if before:  # 由1485万元降到737万元, 从2013年的500万元增加到800万元
            opener = _RE_OPENER.search(text[_clause_start(text, before[0].start): before[0].start])
            if opener:
                from_value = before[0].value
                start = before[0].start - (len(opener[0]))
        if subject is None:
            subject = subject_before(text, start)
        key = "to_value" if reading == "to" else "by_value"
        yield ctx.make("change", start, first.end, direction=direction, subject=subject,
                       from_value=from_value, unit=first.unit, **{key: first.value})
        if "分别" in text[_clause_start(text, m.start()): m.start()]:
            nxt, end = first, first.end  # 分别减少了23.1%和25%: one change per number
            while end < len(text) and text[end] in "和、及与" and values.get(_skip_space(text, end + 1)):
                nxt = values[_skip_space(text, end + 1)]
                end = nxt.end
                yield ctx.make("change", nxt.start, nxt.end, direction=direction, subject=subject,
                               unit=nxt.unit, **{key: nxt.value})
