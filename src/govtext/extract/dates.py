"""Dates: absolute, partial, relative, ranges and deadlines, resolved against the document.

Find spans with the date grammar of :mod:`govtext.text.date_grammar`, reject what only looks like
a date (a year inside 《》 or a document number, a year used as a serial label, a recurring time),
then resolve year-less dates: the year comes from ``doc_date``, else the document's own date
(``ctx.anchor_date``), else the latest full date (year, month and day) earlier in the text; with
none, the ISO year-less form (``--07-10``), and no fact for a relative year alone (今年). A day
without its month (``美军24日在…``) takes the month of the latest date with a month before it that is no
bound (``3月30日以来`` is one), else the anchor's (``---24`` with neither). A clock time alone (``18点``, ``10时30分``) is a fact only
once the text has named a day (a date with its day, or 今天, 当天 …), as ``T18:00``.

>>> from govtext.extract import extract_facts
>>> [(f.text, f.value, f.part, f.relation) for f in extract_facts("总体上在4月底前完成", kinds=["date"], doc_date="2014-04-03")]
[('4月底前', '2014-04', 'late', 'before')]
>>> [(f.value, f.end_value) for f in extract_facts("2014年2月25日召开会议，8月1日至15日集中学习", kinds=["date"])]
[('2014-02-25', None), ('2014-08-01', '2014-08-15')]
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from typing import Iterator, Optional

import regex

from govtext.extract.context import Context
from govtext.lexicons import load_rows
from govtext.records import FactBase
from govtext.text.date_grammar import (EVENT_OF, date_pattern, date_words, find_dates, list_words, search_date, standalone_words,
                                      words_of)
from govtext.text.wordtrie import word_alternation
from govtext.text.patterns import ORDINAL_NUMERALS, SMALL_NUMERALS, era_date_spans, file_name_spans
from govtext.text.postag import pos_pairs
from govtext.text.spans import SpanIndex
from govtext.values.dates import DateError, NoSuchDayError, parts_of, resolve, within_after
from govtext.values.doc_types import find_doc_type

__all__ = ["extract_dates"]



@lru_cache(maxsize=1)
def _re_recurring() -> "regex.Pattern":
    """What makes a date right after it recur, no date (``recurring`` rows of date_words.tsv, a unit
    of time and 的 after it or not): 每年3月, 每月15日, 逐月, 每天8时, 每年的5月1日, 每年度第一季度."""
    return regex.compile(rf"(?:{words_of('recurring')})(?:年度?|月|个月|天|日|周|晚)?的?$")
_RE_DIGIT_PAIR = regex.compile(rf"\d(?=[\d〇{SMALL_NUMERALS}])")
# A bare year used as a serial rather than a time: 2014年第3号 (公告), 2014年版. A volume or
# session keeps its year as a date (（2020年第11期）, 2009年第二十四届).
_RE_LABEL_AFTER = regex.compile(rf"第[\d{SMALL_NUMERALS}]+号|版")
# A quoted phrase that closes, with no stop or break inside, soon after a year that opens it
_OPEN_QUOTES = "“「‘\""
_RE_QUOTED_NAME = regex.compile(r"[^“”「」‘’\"，,。；;：:！？!?、\n]{1,40}(?=[”」’\"])")


@lru_cache(maxsize=1)
def _bill_words() -> tuple[str, ...]:
    """The ``quoted_title`` rows of date_words.tsv: words that end a bill's title (法案, 法令)."""
    return tuple(date_words().get("quoted_title", {}))


def _quoted_title(text: str, start: int) -> bool:
    """Whether the year at ``start`` opens a document's or a bill's title in quotes (“2019年香港人权与民主法案”,
    “2021年工作要点”): the quoted phrase ends in a document type (doc_types.tsv, as a title in 《》 does)
    or a bill word; the year is part of the title, as one inside 《》 is. An event's name keeps its year as a
    date (“1996年度全国地震趋势会商会”, 2008年奥运会), as does quoted speech (“2020年是…，…”)."""
    m = _RE_QUOTED_NAME.match(text, start)
    if m is None:
        return False
    quoted = m.group()
    return find_doc_type(quoted) is not None or quoted.endswith(_bill_words())
_RE_ANCHOR = regex.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_RE_FULL = regex.compile(r"(\d{4})-(\d{2})-(\d{2})")
_RE_YEAR_MONTH = regex.compile(r"(?:(\d{4})|-)-(\d{2})")  # 2022-08-25, --08-25 (not ---09, 2022)


def _anchor(ctx: Context) -> tuple[Optional[int], Optional[int], Optional[int]]:
    """(year, month, day) of ``doc_date`` or the document's own date, as far as given."""
    m = _RE_ANCHOR.match(ctx.anchor_date or "")
    if not m:
        return None, None, None
    return int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None


@lru_cache(maxsize=1)
def _report_day() -> "regex.Pattern":
    """The words that name the report's own day without its date (今天, 今日: ``day`` rows of
    date_words.tsv with value ``here``)."""
    return regex.compile(word_alternation(w for w, (value, _) in date_words().get("day", {}).items() if value == "here"))


_DAY_REACH = 400  # a clock time alone belongs to a day named at most this many characters before it
_RE_SENTENCE_START = regex.compile(r"[。！？!?\n][^。！？!?\n]*$")
_RE_CLAUSE_START = regex.compile(r"[，,。；;！？!?\n][^，,。；;！？!?\n]*$")


@lru_cache(maxsize=1)
def _re_listed() -> "regex.Pattern":
    """What stands between two listed dates (2021年1月、3月和5月): a list word alone."""
    return regex.compile(rf"(?:{list_words()})")


@lru_cache(maxsize=1)
def _re_listed_before() -> "regex.Pattern":
    """A list word after a day or a number right before a date (the 、 of 6月8日、9日), or a comma
    after a day (the ， of 9月10号，11号; not the comma of 巴西，8日单日新增, nor the 与 of 曾与5日确诊的:
    a preposition)."""
    return regex.compile(rf"(?:(?<=[日号\d])(?:{list_words()})|(?<=[日号])[，,])$")


@lru_cache(maxsize=1)
def _plan_words() -> dict[str, str]:
    """The ``plan`` rows of date_words.tsv, longest first: word → ``plan`` or ``not``."""
    rows = date_words().get("plan", {})
    return {w: rows[w][0] for w in sorted(rows, key=len, reverse=True)}


def _planned(text: str, start: int) -> bool:
    """Whether the date at ``start`` is a planned event (将于9月3日公开销售, 拟于, 定于; not 决定于: a
    past decision): the longest ``plan`` word of date_words.tsv that ends right before it says so."""
    words = _plan_words()
    for n in _plan_lengths():  # longest first: a slice looked up, not every word tried
        if n <= start:
            value = words.get(text[start - n:start])
            if value is not None:
                return value == "plan"
    return False


@lru_cache(maxsize=1)
def _plan_lengths() -> tuple[int, ...]:
    """The lengths of the ``plan`` words, longest first."""
    return tuple(sorted({len(w) for w in _plan_words()}, reverse=True))


def _has_its_day(text: str, start: int, days: list[int]) -> bool:
    """Whether a clock time alone at ``start`` has its day (decision 6): 今天 (or another word for
    the report's day, 今晚) earlier in its sentence, or a date with its day (9日, 2003年12月18日) at most
    ``_DAY_REACH`` characters before it (``9日在人民大会堂举行。…10时30分，授旗仪式开始``); never
    in a clause that says 每 (每天8时和20时)."""
    lo = max(0, start - _DAY_REACH)
    clause = _RE_CLAUSE_START.search(text, lo, start)
    if "每" in text[clause.start() if clause else lo:start]:
        return False
    if days and days[-1] >= lo:
        return True
    sentence = _RE_SENTENCE_START.search(text, lo, start)
    # … or one whose last character opens the time (今晚8点, 昨晚9点: 晚 is the time of day)
    return _report_day().search(text, sentence.start() if sentence else lo, min(len(text), start + 1)) is not None


def _found(ctx: Context, text: str, offset: int, m: "regex.Match", titles) -> Optional[tuple]:
    """``(start, end, first, last, ends)`` for an accepted match of ``text`` (which starts at ``offset``);
    ``ends`` is set by :func:`_candidates` for a range whose ends may be read as two dates."""
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
    # a date that starts inside a title, document number or file name is part of it; one that
    # only runs into a number's span (1985年11月30日市人民政府京政发〔1985〕167号, read with 日 in
    # its issuer) is not
    if titles.overlaps(start, start + 1) or _re_recurring().search(full, max(0, start - 4), start):
        return None
    if first.month is None and first.day is None and first.year_ref is None and last is None:
        if _RE_LABEL_AFTER.match(full, end):
            return None  # a bare year as a label
        if first.part is None and first.relation is None and start > 0 and full[start - 1] in _OPEN_QUOTES \
                and _quoted_title(full, start):
            return None  # a year opening a title in quotes (“2019年香港人权与民主法案”)
    return start, end, first, last, None


def _years_apart(first, last) -> bool:
    """Whether the ends of a range name their years by different relative words and no number
    (自去年4月到今年6月): year-less, they would read as months of one year."""
    return first.year is None and first.short_year is None and last.year is None and last.short_year is None \
        and first.year_ref is not None and last.year_ref is not None and first.year_ref != last.year_ref


def _no_such_day(m: "regex.Match") -> bool:
    """Whether ``m`` names a day its month does not have (2021年2月29日): no shorter date inside."""
    try:
        parts_of(m)
    except NoSuchDayError:
        return True
    except DateError:
        return False
    return False


def _line_starts(ctx: Context) -> list[int]:
    """Clean positions where a raw line break was joined between two digits (``14:32⏎3月5日``)."""
    # i is the clean character after a dropped raw break b when norm.to_norm(b) == i, that is when
    # offsets[i - 1] < b <= offsets[i]: the digit pairs of the clean text are fewer than the raw
    # breaks, and most of them stand side by side in the raw text too (no break between them)
    text, raw, offsets = ctx.text, ctx.raw, ctx.norm.offsets
    if "\n" not in raw:
        return []
    out: list[int] = []
    for m in _RE_DIGIT_PAIR.finditer(text):
        i = m.start() + 1
        lo, hi = offsets[i - 1] + 1, offsets[i] + 1
        if hi > lo and raw.find("\n", lo, hi) >= 0:
            out.append(i)
    return out


# 次月, 当月, 次年, 翌年 counted from an event the text names before them (…的次月): no anchor date
_RE_EVENT_RELATIVE = regex.compile(r"[次当翌][月年]")
_RE_OF_EVENT = regex.compile(rf"{EVENT_OF}$")
_RE_HAN_BEFORE = regex.compile(r"\p{Han}$")


@lru_cache(maxsize=1)
def _time_preps() -> tuple[str, ...]:
    """The words before a date that introduce it (the ``prep`` rows of date_year_cues.tsv: 在, 于, 截至 …;
    the range words of date_words.tsv: 至, 到): no event is named right before a date after them."""
    return tuple(row["word"] for row in load_rows("date_year_cues.tsv") if row["role"] == "prep") \
        + tuple(date_words().get("range", {}))


def _after_event_verb(text: str, start: int) -> bool:
    """Whether 当月, 次月 … at ``start`` follows right after a verb that names an event (从本人缴费当月起,
    登记次月): the month of that event, as after 的 (登记注册的次月起), not of a date named before; not
    after a word that introduces a date (截至当月底, 于次月15日前, 至次年5月)."""
    if not _RE_HAN_BEFORE.search(text, max(0, start - 1), start) or text.endswith(_time_preps(), 0, start):
        return False
    words = pos_pairs(text[max(0, start - 4):start])
    return bool(words) and words[-1][1].startswith("v")
_RE_SENTENCE_TAIL = regex.compile(r"[^。！？!?；;\n]*")  # what follows a date within its sentence
_RE_UNREAD_YEAR = regex.compile(r"年\s?$")


@lru_cache(maxsize=1)
def _re_since_clause() -> "regex.Pattern":
    """A clause that a date opens and a word of a period up to now closes (4月28号塔利班宣布发动…攻势以来，:
    the date bounds the period, as 3月30日以来): the ``after`` relation words of date_words.tsv that
    end in 来 (以来) and the ``until_now`` words."""
    since = [w for w, (value, _) in date_words().get("relation", {}).items() if value == "after" and w.endswith("来")]
    return regex.compile(rf"[^，,。；;！？!?\n]{{1,60}}?(?:{word_alternation(since)}|{words_of('until_now')})(?=[，,。；;！？!?\n])")


@lru_cache(maxsize=1)
def _re_until_now() -> "regex.Pattern":
    """A date's period up to now (``until_now`` rows of date_words.tsv): 自1月1日至今, a bound, as 以来."""
    return regex.compile(words_of("until_now"))


# A line that opens an article of a statute (第十二条, 第三条之一) and one that opens something else
# that may follow articles (a heading, an attachment): where an article's text runs.
@lru_cache(maxsize=1)
def _re_article_line() -> "regex.Pattern":
    """The start of a line that opens an article (第十二条, 第三条之一; not 第三条规定的…: ``article_not``
    rows of date_words.tsv)."""
    return regex.compile(rf"^第[{ORDINAL_NUMERALS}\d]{{1,6}}条(?:之[{SMALL_NUMERALS}]{{1,3}})?(?!{words_of('article_not')})",
                         regex.M)


@lru_cache(maxsize=1)
def _re_non_article_line() -> "regex.Pattern":
    """The start of a line after articles that is none: a heading (#) or an attachment (``article_end``
    rows of date_words.tsv)."""
    return regex.compile(rf"^(?:#|{words_of('article_end')})", regex.M)
_MIN_ARTICLES = 3  # a text with fewer article lines is no statute (a notice quoting 第三条…)


def _article_starts(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each article of a statute in ``text`` (an article runs to the next
    article line, heading or attachment); empty when the text has fewer than ``_MIN_ARTICLES``."""
    starts = [m.start() for m in _re_article_line().finditer(text)]
    if len(starts) < _MIN_ARTICLES:
        return []
    stops = sorted(starts + [m.start() for m in _re_non_article_line().finditer(text)] + [len(text)])
    out = []
    for s in starts:
        i = bisect_right(stops, s)
        out.append((s, stops[i] if i < len(stops) else len(text)))
    return out


def _article_of(articles: list[tuple[int, int]], pos: int) -> Optional[int]:
    """The start of the article ``pos`` lies in, if any."""
    i = bisect_right(articles, (pos, len(articles) and articles[-1][1] + 1)) - 1
    return articles[i][0] if i >= 0 and articles[i][0] <= pos < articles[i][1] else None


@lru_cache(maxsize=1)
def _re_deictic_year() -> "regex.Pattern":
    """The words for a year counted from the text's own time that are a date alone (今年, 去年,
    明年: ``year`` rows of date_words.tsv with ``alone`` yes), not 本年度, 上年, 同年, 当年 (a
    statute's year of each case)."""
    words = [w for w in date_words().get("year", {}) if w in standalone_words()]
    return regex.compile(word_alternation(words))


def _generic_in_article(first, surface: str, article: Optional[int], year_at: int) -> bool:
    """Whether a date inside an article of a statute is a time of each case, not a date: it names
    no year in digits (6月30日前, 年底前, 上半年, 第一季度, 本年度, 同年十二月, 当月; 标准时点为普查年份的12月31日)
    nor by a word of the text's own time (今年3月), and no year was written earlier in its article
    (1982年3月至1988年12月…，同年12月: the year named, a date)."""
    if article is None or first.year is not None or first.short_year is not None or first.century_ref is not None:
        return False
    return year_at < article and _re_deictic_year().search(surface) is None


_LOOSE_YEAR_REACH = 10  # a two-digit year alone is a year at most this many years from the document's


def _near(year: int, base: Optional[int]) -> bool:
    """Whether a two-digit year written alone (24年全市将…) is near the document's year ``base``."""
    return base is not None and abs(year - base) <= _LOOSE_YEAR_REACH


_LEAD_CHARS = " \t\r\n\u3000（(【["  # what may stand before a dateline that opens the text


def _year_of_writing(first, last, text: str, start: int) -> bool:
    """Whether a date is a year counted from the time of writing and nothing more precise (今年, 去年,
    明年, 上半年, 今年年底): its year is the document's, which an event's full date earlier in the text
    does not give (a report's 去年 after 从2004年7月1日起; Mao's 今年解决不了，明年解决 quoted in a
    report of 1977), so it takes its year from the document's date, or from a full date that opens the
    text as a news lead's dateline (2021年6月14日，明年将…), only. A bare 年底 (到年底, 年底前)
    is the end of the year talked about, a plan's deadline after its date (2021年6月14日，到年底…)."""
    return last is None and first.month is None and first.day is None and first.year is None \
        and first.short_year is None and first.year_ref is not None and first.year_ref[0] == "anchor" \
        and not text.startswith("年", start)


def _candidates(ctx: Context) -> list[tuple]:
    text, pattern = ctx.text, date_pattern()
    # dates inside a work's title in 《》 belong to the name (《2014年推进惩防体系…》),
    # … and inside document numbers (〔2018〕15号) and attachment file names (附件：…2023年…通知.pdf)
    titles = SpanIndex(
        [(ctx.norm.to_norm(f.start), ctx.norm.to_norm(f.end)) for k in ("doc_title", "doc_number") for f in ctx.facts(k)]
        + [(ctx.norm.to_norm(s), ctx.norm.to_norm(e)) for s, e in file_name_spans(ctx.raw)]
        + era_date_spans(text)  # 康熙三年五月: counted from an era, no value FACTS.md can write
    )
    found, pos, recurring_end = [], 0, -1
    while True:
        m = search_date(text, pos)
        if m is None:
            break
        if _re_recurring().search(text, max(0, m.start() - 4), m.start()) \
                or (recurring_end >= 0 and _re_listed().fullmatch(text, recurring_end, m.start())):
            # 每年11月1日至次年5月31日: recurring as a whole, no date inside; 每年6月、12月: the
            # dates listed after a recurring one recur too
            pos = recurring_end = m.end()
            continue
        hit = _found(ctx, text, 0, m, titles)
        if hit is None and (m["to"] or m["and"]) and not within_after(text, m.end()):  # 在1日至3日内: no start alone
            # a range whose end is no date (记者6月14日获悉，到年底…: 年底 ends no range) leaves its start
            alone = pattern.match(text, m.start(), m.start("to") if m["to"] else m.start("and"))
            hit = alone and _found(ctx, text, 0, alone, titles)
        if hit and m["to"] and hit[3] is not None and _years_apart(hit[2], hit[3]):
            # 自去年4月到今年6月: each end with its own year word; read alone too, should no anchor
            # give them their years (then the ends are two dates, not one range of year-less months)
            ends = (pattern.match(text, m.start("from") + 1 if m["from"] else m.start(), m.start("to")),
                    pattern.match(text, m.end("to"), m.end()))
            alone = [e and _found(ctx, text, 0, e, titles) for e in ends]
            if all(alone):
                hit = hit[:4] + (tuple(alone),)
        if hit:
            found.append(hit)
        pos = hit[1] if hit else m.end() if _no_such_day(m) else m.start() + 1
    # A date at the start of a line whose join put it after a digit: read it on its own; and one
    # at the end of a line whose join put a digit after it (成文日期: 2020-03-12⏎2020年…公示,
    # 2014-06-06 10:48⏎3月5日). Either replaces the shorter dates the join left inside it.
    def read_alone(hit: Optional[tuple]) -> None:
        if not hit or any(s < hit[1] and hit[0] < e and not (hit[0] <= s and e <= hit[1]) for s, e, *_ in found):
            return
        found[:] = [h for h in found if not (hit[0] <= h[0] and h[1] <= hit[1])] + [hit]

    for j in _line_starts(ctx):
        ends = [m for m in find_dates(text, max(0, j - 60), j) if m.end() == j]
        read_alone(ends and _found(ctx, text, 0, ends[-1], titles))
        if any(s <= j < e and s != j for s, e, *_ in found):
            continue
        piece = text[j: j + 60]
        m = pattern.match(piece)
        read_alone(m and _found(ctx, piece, j, m, titles))
    found.sort(key=lambda h: h[0])
    return _join_listed_months(text, found)


def _bare_month(parts, last) -> bool:
    """Whether a date is a month alone: no day, part, relation or range end."""
    return parts.month is not None and parts.day is None and parts.part is None and parts.relation is None \
        and last is None and parts.hour is None


def _join_listed_months(text: str, found: list[tuple]) -> list[tuple]:
    """Months listed before one shared 月 after their year, each the next (一九七五年三、四月, 今年5和6月,
    2020年三、四、五月): one period, a range from the first month to the last; months that skip one
    (2020年1、4月) or are written each with 月 (2016年1月、2月) stay dates of their own."""
    out: list[tuple] = []
    i = 0
    while i < len(found):
        hit = found[i]
        start, end, first, last, _ends = hit
        j, month = i, first.month
        if _bare_month(first, last) and first.has_year and not text.startswith("月", end - 1):
            while j + 1 < len(found):
                n_start, n_end, n_first, n_last, _ = found[j + 1]
                if not (_bare_month(n_first, n_last) and not n_first.has_year and n_first.month == month + 1
                        and _re_listed().fullmatch(text, found[j][1], n_start)):
                    break
                j, month = j + 1, n_first.month
                if text.startswith("月", n_end - 1) or text.startswith("月份", n_end - 2):
                    break
            n_end = found[j][1]
            if j == i or not (text.startswith("月", n_end - 1) or text.startswith("月份", n_end - 2)):
                j = i  # no shared 月 closes the list, or a month skipped: each its own date
        if j > i:
            out.append((start, found[j][1], first, replace(first, month=month), None))
        else:
            out.append(hit)
        i = j + 1
    return out


def extract_dates(ctx: Context) -> Iterator[FactBase]:
    anchor_year, anchor_month, anchor_day = _anchor(ctx)
    last_full: Optional[tuple[int, int, int]] = None  # the last full date (2014年2月25日)
    dateline: Optional[tuple[int, int, int]] = None  # a full date that opens the text (the time of writing)
    last_year: Optional[int] = None                   # the year last named (2012年, for 同年)
    last_month: Optional[tuple[Optional[int], int]] = None  # (year, month) last named (for 次月, 当月)
    last_day_month: Optional[tuple[Optional[int], int]] = None  # … by a date with its day (8月25日, for 24日)
    prev_day_month: Optional[tuple[Optional[int], int]] = None  # … by the last date with its day, even a planned one
    prev_planned = False  # whether the last date is a planned event (将于9月3日)
    days: list[int] = []  # where the text names a date with its day, in order
    listed: Optional[tuple[int, int]] = None  # (end, year) of the last date whose year is known
    prev_end = -1  # where the last date ends
    year_at = -1  # where the last date that writes its year starts
    articles = _article_starts(ctx.text)  # the articles of a statute, if the text is one
    queue = _candidates(ctx)
    while queue:
        start, end, first, last, ends = queue.pop(0)
        if first.time_only and not _has_its_day(ctx.text, start, days):
            continue  # a clock time with no day it belongs to (decision 6)
        if _RE_EVENT_RELATIVE.match(ctx.text, start) and (
                _RE_OF_EVENT.search(ctx.text, max(0, start - 2), start) or _after_event_verb(ctx.text, start)
                or prev_end < 0 or not _RE_SENTENCE_TAIL.fullmatch(ctx.text, prev_end, start)):
            # 登记注册的次月起, 代扣税款的次月十五日内: a month after an event, not after a date; so is
            # one with no date before it in its sentence (…预缴税款，于次月1日起15日内申报, 应当于当年9月30日前
            # 登记: a rule's time, counted from each case), unlike 2019年1月完成转制，次月起参加
            continue
        if first.month is not None and not first.has_year and _RE_UNREAD_YEAR.search(ctx.text, max(0, start - 2), start):
            continue  # 三六七年一月一日, 某某三年五月: the year is written but is none the grammar reads
        if _generic_in_article(first, ctx.text[start:end], _article_of(articles, start), year_at):
            continue  # 第三十二条 …应当在每年的12月31日前, 于年底前, 报告上半年预算执行情况: each year's

        year, month, day = anchor_year, anchor_month, anchor_day
        if year is None and _year_of_writing(first, last, ctx.text, start):
            if dateline is not None:
                year, month, day = dateline  # 2021年6月14日，明年将…: the time of writing
        elif year is None and last_full is not None:
            year, month, day = last_full
        if listed is not None and first.month is not None and not first.has_year and first.month_ref is None \
                and _re_listed().fullmatch(ctx.text, listed[0], start):
            year = listed[1]  # 2021年1月、3月和5月: a date listed after one shares its year
        word = _re_listed_before().search(ctx.text, max(0, start - 3), start)
        listed_after = word is not None and word.start() == prev_end  # 6月8日、9日: listed right after a date
        if first.month is None and first.month_ref == ("context", 0) and word and not listed_after:
            continue  # a day listed after no date (纳税期限为1日、3日、5日): a span like the first
        bare_day = first.month is None and first.day is not None and (ctx.text[start].isdigit() or ctx.text[start] in SMALL_NUMERALS)
        planned = _planned(ctx.text, start) or (listed_after and prev_planned)  # 将于2月12、13号: both planned
        day_month = last_day_month
        if bare_day and listed_after and prev_day_month is not None:
            day_month = prev_day_month  # 将于2月12、13号: a day listed after a date shares its month
        try:
            value, end_value, inferred = resolve(
                first, last, anchor_year=year, anchor_month=month, anchor_day=day, context_year=last_year,
                context_month=day_month if bare_day else last_month,
            )
        except DateError:
            continue
        if ends is not None and not value[:4].isdigit():
            queue[:0] = ends  # 自去年4月到今年6月 with no year known: --04 and --06, two dates
            continue
        if first.loose_year and not _near(int(value[:4]), year if year is not None else last_year):
            continue  # 24年 alone: a year only near the document's (24年如一日 in a text of 1990 counts years)
        if first.day is not None:
            days.append(start)
        listed = (end, int(value[:4])) if value[:4].isdigit() else None
        prev_end, prev_planned = end, planned
        ym = _RE_YEAR_MONTH.match(end_value or value)
        if ym and first.relation is None:
            # a date that bounds an event (3月30日以来, 8月前) gives no month to a bare day after it
            # (…25日 is a day of the report's month, not of March), nor to 次月
            last_month = (int(ym[1]) if ym[1] else None, int(ym[2]))
            if (last or first).day is not None:
                prev_day_month = last_month
            if (last or first).day is not None and not _re_until_now().match(ctx.text, end) \
                    and not _re_since_clause().match(ctx.text, end) \
                    and (last_day_month is None or not planned):
                # nor does a month alone to a bare day (今年7月, 刚过去的这个9月: a period talked
                # about, not the day the report is at), nor the start of a period up to now
                # (自今年1月1日至今, as 以来); a planned event (将于9月3日公开销售) only when no date
                # before it did: plans lie ahead of the report's day, the first one nearest to it
                # (纪念币将于8月20日发行…邮票将于9月3日销售。…今天(19日)揭晓: August 19th); 次月 after
                # them still counts from them
                last_day_month = last_month
        elif first.day is not None and value.startswith("---") and first.relation is None:
            # a day of a month the text does not name (本月3日 with no anchor): a bare day after it is
            # of that month too, not of a month named before (今年3月3日拍摄…本月3日公布…5日: ---05)
            last_day_month = prev_day_month = None
        if first.year is not None or first.short_year is not None:
            year_at = start
            last_year = int(value[:4])
            full = _RE_FULL.match(value)
            if full and first.month is not None and first.day is not None:
                last_full = (int(full[1]), int(full[2]), int(full[3]))
                if not ctx.text[:start].strip(_LEAD_CHARS):
                    dateline = last_full  # the date opens the text: a news lead's dateline
        yield ctx.make(
            "date", start, end, value=value, end_value=end_value, inferred_year=inferred,
            part=first.part, relation=first.relation,
        )
