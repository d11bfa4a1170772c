"""The date grammar: where dates are written, as one compiled pattern.

One grammar finds every date form govtext knows — ``2014年2月25日``, ``二〇一四年三月九日``,
``08年3月``, ``7月下旬``, ``4月底前``, ``今年3月``, ``前三季度``, ``8月1日至15日``,
``2022年6月8—12日``, ``1月3至2月10``, ``2015年和2018年之间``, ``2014年10月24日14:32``,
``5月3日24时``, ``下午两点``, ``2014-06-06 10:48``, ``2022.6.8-2022.6.12``, ``24.10.2014 14:32`` —
for the date extractor and for the document's own date (:mod:`govtext.extract.document_date`).
What a match means is read by :mod:`govtext.values.dates` (``parse_date``, ``parts_of``,
``resolve``). The words around dates (上旬, 底, 前, 起, 今年, 至, 下午 …) live in
``lexicons/date_words.tsv``; the numeral characters come from :mod:`govtext.text.patterns`.

>>> search_date("会议于2014年3月召开").group()
'2014年3月'
>>> [m.group() for m in find_dates("8月1日至15日集中学习，4月底前完成")]
['8月1日至15日', '4月底前']
>>> [m.group() for m in find_dates("2022年6月8—12日举办，08年3月启动")]
['2022年6月8—12日', '08年3月']
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from govtext.lexicons import load_rows, split_alts
from govtext.text.patterns import (INCLUSIVE, LIANG, ONES, SCALES, SMALL_NUMERALS, YEAR_ZERO_LOOKALIKES, YEAR_ZEROS, ZERO_VARIANTS,
                                   not_followed_by, words)
from govtext.text.wordtrie import word_alternation
from govtext.text import fastre

__all__ = ["EVENT_OF", "date_pattern", "date_words", "find_dates", "list_words", "search_date", "standalone_words", "unit_end", "words_of",
           "written_year"]

# ---------------------------------------------------------------------------- components
# Numerals for each date component, Arabic or Chinese; validated again by values.dates.read_component.
# 二0一0年: a digit zero; 二O一九年, 一九八◯年: a letter or a circle for the zero
_YEAR = rf"(?:1[89]|20)\d{{2}}|[{ZERO_VARIANTS}{ONES}]{{4}}|[一二][{YEAR_ZEROS}{YEAR_ZERO_LOOKALIKES}{ONES}]{{3}}"
# Read as a year only when a month follows: 1357年6月, 两千零四年八月 (两千年 alone is 2,000 years).
# a year of four Arabic digits outside 1000–2099 (see ``far`` in :func:`_year`)
_FAR_YEAR = r"(?:[03456789]\d{3}|2[123456789]\d{2})(?!\d)"
_YEAR_WITH_MONTH = rf"1[0-7]\d{{2}}|[{LIANG}二]千(?:零(?:一?十[{ONES}]?|[{ONES}])|[一二]十[{ONES}]?)?"
# Two-digit years (decision 4): 08年3月, 98年4月, 零七年八月. Chinese pairs of consecutive digits
# (三四年, 七八年) and 三五年 are "three or four years", never a year.
_CN_PAIR = rf"(?!一二|二三|三四|四五|五六|六七|七八|八九|三五)[{ZERO_VARIANTS}{ONES}]{{2}}"
_MONTH = rf"1[0-2]|0?[1-9]|十[一二]?|[{ONES}]"
_DAY = rf"3[01]|[12]\d|0?[1-9]|三十一?|二十[{ONES}]?|十[{ONES}]?|[{ONES}]"
# 廿 (20) and 卅 (30) in one character write days 20 to 31 too, always with 日 or 号 (廿二日, 卅一日;
# 五月廿二 without it is how the lunar calendar writes its days: no calendar date)
_ARCHAIC_DAY = rf"廿[{ONES}]?|卅一?"
_CN_DAY = rf"三十一?|二十[{ONES}]?|十[{ONES}]?|[{ONES}]|{_ARCHAIC_DAY}"  # the days of _DAY in Chinese numerals (二十四日)
_HOUR = r"2[0-4]|[01]?\d"
_HOUR_CN = rf"二十[一二三四]?|十[{ONES}]?|[{ZERO_VARIANTS[:2]}{LIANG}{ONES}]"
_MINUTE_CN = rf"[二三四五]?十[{ONES}]?|零[{ONES}]|[{ONES}]"
_QUARTER = rf"[{ONES[:4]}1-4首]"
# 前三季度, 前两个季度; not 前一季度, 前一个月 (the quarter or month before: 低于前一季度的1.9%)
_COUNT_Q = rf"[{ONES[1:3]}{LIANG}23]"
_COUNT_M = rf"1[01]|[2-9]|十[一]?|[{ONES[1:]}{LIANG}]"       # 前11个月, 前两月
# Not inside a bigger number, an ordinal (第3月) or a numeral run (十八大 never reaches 年/月).
# … except after the number of an item that opens its line (1.2021年底前完成, 3．0400年底前建立: a plan's
# tasks numbered without a space before their deadline), where the normalized text may have joined that
# line to the bracket or stop that closed the item before it (…青岛市政府）3.0400年底前建立)
_ITEM_NUMBER = r"(?<=(?:^|[\n。；;！？!?）)])[ \t\u3000]*\d{1,2}[.．])"
# nor after a scale below 亿, nor after 闰 (闰4月, 闰四月: a lunar leap month, no calendar date)
_NOT_AFTER_DIGIT = rf"(?:(?<![\d.．{ZERO_VARIANTS}{ONES}{LIANG}{SCALES[:4]}第闰])|{_ITEM_NUMBER})"
# Where a day written without 日 ends: before punctuation or the end (二〇〇四年八月十五; 10月22，)
_BARE_DAY_END = r"(?=[，。；;、）)\s]|,(?!\d)|$)"


# ---------------------------------------------------------------------------- lexicon
@lru_cache(maxsize=1)
def date_words() -> dict[str, dict[str, tuple[str, tuple[str, ...]]]]:
    """``date_words.tsv`` by role: ``{"part": {"上旬": ("early", ...)}, ...}`` (value, not_followed_by)."""
    out: dict[str, dict] = {}
    for row in load_rows("date_words.tsv"):
        out.setdefault(row["role"], {})[row["word"]] = (row["value"], tuple(split_alts(row["not_followed_by"])))
    return out


@lru_cache(maxsize=1)
def standalone_words() -> frozenset[str]:
    """The relative words that are a date by themselves (``alone`` = yes: 今年, 下个月, 本周)."""
    return frozenset(row["word"] for row in load_rows("date_words.tsv") if row["alone"] == "yes")


def list_words() -> str:
    """The words that list dates (2015、2016年; 6月8日和9日; 2021年1月、3月): the ``and`` rows
    of date_words.tsv, 、 and 及."""
    return rf"{_alt('and')}|、|及"


@lru_cache(maxsize=None)
def _year_cues(role: str) -> str:
    """The words of ``date_year_cues.tsv`` of ``role`` (prep, stop, count_lead; ``far``: the preps marked
    far) as an alternation, longest first."""
    rows = load_rows("date_year_cues.tsv")
    return words(row["word"] for row in rows if (row.get("far") == "yes" if role == "far" else row["role"] == role))


def _alt(*roles: str) -> str:
    """A regex alternation of the words of ``roles``, longest first, each with its not_followed_by guard."""
    pieces = []
    items = [kv for role in roles for kv in date_words().get(role, {}).items()]
    for word, (_, guard) in sorted(items, key=lambda kv: -len(kv[0])):
        pieces.append(regex.escape(word) + not_followed_by(guard))
    return "|".join(pieces) or "(?!)"


def _day_cue() -> str:
    """What shows a news report's event day right after a bare day (4日在京召开, 12日上午, 8日当天,
    8日也出现, 12号再召开): a cue word, a time of day or the word for that day, an adverb before it
    or not (``day_cue``, ``daytime``, ``cue_adverb`` and ``day`` rows of date_words.tsv)."""
    that_day = "|".join(regex.escape(w) for w, (value, _g) in date_words().get("day", {}).items() if value == "that")
    return rf"(?:{_alt('cue_adverb')})?(?:{'|'.join(filter(None, [_alt('day_cue', 'daytime'), that_day]))})"


def _partner() -> str:
    """A conjunction that joins dates (与, 和: ``and`` rows of date_words.tsv) right after a bare day
    with 日 opens the partner of the event (丹麦首相13日与格陵兰总理举行记者会), unless a numeral
    follows (5日和10日: a list of days); not after 号, which also ends the serials of names (天舟2号与…)."""
    return rf"(?<=日)(?:{words_of('and')})(?![\d{ZERO_VARIANTS}{SMALL_NUMERALS}{LIANG}])"


def _here_day() -> str:
    """The words that name the report's own day (今天, 今日: ``day`` rows of value ``here``); a bare
    day before a range word and one of them starts a period up to now (23日到今天)."""
    return "|".join(regex.escape(w) for w, (value, _g) in date_words().get("day", {}).items() if value == "here") or "(?!)"


def _range() -> str:
    """A range word or dash, with a space either side (``1995 - 1997年``)."""
    return rf"\s?(?:{_alt('range')})\s?"


# ---------------------------------------------------------------------------- grammar
def _time(p: str) -> str:
    """A clock time: ``14:32``, ``11:00时``, ``9时30分``, ``下午3点``, ``晚上九点零九``, ``20时1刻``,
    ``八点半``; or the bare hour that starts a range of hours (``8-12时``)."""
    r = _range()
    return (
        rf"(?:(?P<{p}ampm>{_alt('daytime')})\s?)?(?:"
        rf"(?P<{p}hh>{_HOUR})[:：](?P<{p}mi>[0-5]\d)(?:[:：](?P<{p}ss>[0-5]\d))?时?"
        rf"|(?P<{p}hh>{_HOUR}|{_HOUR_CN})[时点]钟?(?:(?P<{p}mi>[0-5]?\d)分(?:(?P<{p}ss>[0-5]?\d)秒)?|(?P<{p}mi>[0-5]\d)(?!\d)"
        rf"|(?P<{p}mi>{_MINUTE_CN})分|(?P<{p}mi>零[{ONES}]|[二三四五]十[{ONES}]?)(?![{ONES}十点])"
        rf"|(?P<{p}qk>[1-3一二三])刻|(?P<{p}hf>半))?"
        rf"|(?P<{p}hh>{_HOUR})(?={r}(?:{_HOUR})[时点:：])|(?P<{p}hh>{_HOUR_CN})(?={r}(?:{_HOUR_CN})[时点]))"
    )


def _weekday() -> str:
    """The day of the week between a date and its clock time, bracketed or not: ``（星期三）``, ``周三``."""
    w = _alt("weekday")
    return rf"(?:[（(]\s?(?:{w})\s?[）)]|(?:{w}))"


def _day(p: str, bare_end: bool) -> str:
    """A day of a month: ``15日``, ``15号``, or a day without 日 that starts a range (``8—12日``,
    ``1月3至2月10``) or, with ``bare_end``, ends the date (``八月十五``)."""
    r = _range()
    ahead = rf"(?={r}(?:(?:{_MONTH})月)?(?:{_DAY})(?:[日号]|{_BARE_DAY_END}))"
    tail = rf"|{_BARE_DAY_END}" if bare_end else ""
    # an Arabic day without 日 before a cue of the event's day (他在10月22出生, 10月22在京召开; not
    # 10月22家企业)
    tail += rf"|(?<=\d)(?={_day_cue()})" if bare_end else ""
    # after a year and a month in words, a day in words of two characters needs no 日 before a word
    # (两千零四年八月十五开馆), unless the word counts (八月十五家企业)
    words_day = (rf"|(?<=年[{ONES}十]{{1,2}}月)(?P<{p}d>[二三]?十[{ONES}]?|[二三]十)"
                 rf"(?=\p{{Han}})(?![{ONES}十日号个家名人位项次件条时点分周天年月岁元万千百])") if bare_end else ""
    return (rf"(?:(?P<{p}d>{_DAY})(?:\s{{0,2}}[日号]|{ahead}{tail}){words_day}|(?P<{p}d>{_ARCHAIC_DAY})\s{{0,2}}[日号])"
            rf"(?:\s?(?:{_weekday()}\s?)?{_time(p)})?")


def _year(p: str) -> str:
    """A year before 年: four digits (``2014``, ``二〇一四``), a year read only with its month
    (``1357年6月``, ``两千零四年八月``, ``三六七年一月``), or a two-digit year (decision 4): with a month, quarter,
    part or half after it (``08年3月``, ``19年底``, ``七八年八月``), or alone when it cannot be a
    count (``08年``, ``零七年``, ``九七年``)."""
    month_ahead = rf"(?:{_MONTH})月"
    after2 = (
        rf"(?:度)?(?:{month_ahead}|第?{_QUARTER}(?:{_alt('quarter')})|[前后](?:{_COUNT_M})个?月|前{_COUNT_Q}个?(?:{_alt('quarter')})"
        rf"|第(?:{_MONTH})个月|首月"
        rf"|年?(?:{_alt('part')})|{_alt('half')})"
    )
    return (
        rf"(?:(?P<{p}y>{_YEAR})|(?P<{p}y>{_YEAR_WITH_MONTH})(?=年(?:{_MONTH})月)"
        # a year before 1000 written digit by digit, read only with its month (三六七年一月一日), not
        # before Christ (公元前二二一年十月)
        rf"|(?<!前)(?P<{p}y3>[{ONES}][{ZERO_VARIANTS}{ONES}]{{2}})(?=年(?:{_MONTH})月)"
        rf"|(?P<{p}y2>\d{{2}}|[{ZERO_VARIANTS}{ONES}]{{2}})(?=\s?年{after2})"
        rf"|(?P<{p}y2>0\d|[{ZERO_VARIANTS}][{ZERO_VARIANTS}{ONES}]|{_CN_PAIR})(?=\s?年)"
        # a year before 1000 after 公元, which names a calendar year (公元589年隋朝统一全国; 公元前 is
        # no year FACTS.md can write)
        rf"|(?<=公元)(?P<{p}y3>[1-9]\d{{2}}|[{ONES}][{ZERO_VARIANTS}{ONES}]{{2}})(?=\s?年)"
        # a year before 1000 after 在/于, closing its clause (在789年，…)
        rf"|(?<=[在于])(?P<{p}y3>[1-9]\d{{2}})(?=年[，,。；;])"
        # two Arabic digits opening a clause, before its subject (24年全市将…; not 24年来, 24年间,
        # 24年后, 24年的, 工作24年): kept by the extractor only near the document's year (``loose_year``)
        rf"|(?<=(?:^|[，,。；;：:！？!?\n])(?:{_year_cues('prep')})?)(?P<{p}y2l>[1-9]\d)"
        rf"(?=年\p{{Han}})(?!年(?:{_year_cues('stop')}))"
        # a year before 1800 opening a clause, alone (1562年，由…主持出版; 公元1403年): before 1800 a
        # number before 年 counts years as often (已有1500年历史, 1000年来), so only at a clause's start
        rf"|(?<=(?:^|[，,。；;：:！？!?\n])(?:{_year_cues('prep')})?)(?P<{p}y>1[0-7]\d{{2}})"
        rf"(?=年(?:\p{{Han}}|[，,]))(?!年(?:{_year_cues('stop')}))"
        # … or inside a sentence when it is no round hundred and no word that counts stands before
        # it (展示了1785年日本学者的地图, 这是1403年明朝…; not 已有1500年历史, 长达1150年, 约1250年)
        rf"|(?<![,，]|{_year_cues('count_lead')})(?P<{p}y>1[0-7](?!00)\d{{2}})(?=年\p{{Han}})(?!年(?:{_year_cues('stop')}))"
        # … and any year before 1800 that ends a range of years (1689年至1700年间)
        + (rf"|(?P<{p}y>1[0-7]\d{{2}})(?=\s?年)" if p == "b_" else "")
        # four Arabic digits outside the years above (a far or garbled year, as a source may print
        # one: 到4549年, 0403年底前, 5355年6月6日) are a year as written where only a year can stand:
        # after a word that sets a deadline (到4549年; not 达到3000年: ``far`` and ``count_lead``
        # columns of date_year_cues.tsv), before a month, or before 底/末 that ends a clause or 前
        # (the cheap look-ahead first: most positions hold no such number)
        + rf"|(?={_FAR_YEAR}\s?年)(?:(?<=(?:{_year_cues('far')}))(?<!(?:{_year_cues('count_lead')})(?:{_year_cues('far')}))"
        rf"(?<!{_year_cues('count_lead')})(?P<{p}y4>{_FAR_YEAR})(?!\s?年(?:{_year_cues('stop')}))"
        rf"|{_NOT_AFTER_DIGIT}(?P<{p}y4>{_FAR_YEAR})(?=\s?年(?:(?:{_MONTH})月|[底末](?:前|[，,。；;])))"
        # … or that opens a numbered item before a word (3.0402年组织开展…; not 2.5000年来…: ``stop``
        # words, nor 底/末/初 but as above), or a clause before a comma or 起 (。0400年，服务业…, ，0402年起;
        # not ，5000年历史: a count of years as often)
        rf"|{_ITEM_NUMBER}(?P<{p}y4>{_FAR_YEAR})(?=\s?年\p{{Han}})(?!\s?年(?:{_year_cues('stop')}|[底末初]))"
        rf"|(?<=(?:^|[，,。；;：:！？!?\n])(?:{_year_cues('prep')})?)(?P<{p}y4>{_FAR_YEAR})(?=\s?年(?:[，,]|起)))" + ")"
        # a fiscal year is its year (2020财年, 2014财政年度), alone: its months and quarters are no
        # calendar's (2021财年第一季度 may start in October)
        rf"\s?(?:财政?年(?=度?(?![\d{ONES}十第首上下前后底末初]))|年(?!代(?!表)))"
    )


def _atom(p: str, end: bool) -> str:
    """One date; group names are prefixed with ``p`` (``a_`` start, ``b_`` end of a range). An end
    (``end``) may be a day or a clock time alone: the rest comes from the start (``至15日``, ``~11:30``)."""
    # 的 between a relative month and its day (上个月的15号, 下个月的5日)
    month = rf"(?:(?P<{p}m>{_MONTH})月份?|(?P<{p}rm>{_alt('month')})(?:的(?=(?:{_DAY})\s?[日号]))?)"
    day = _day(p, bare_end=True)
    part = rf"(?P<{p}part>{_alt('part')})?"
    quarter = _alt('quarter')
    # 上半年 keeps the year; 第一季度 / 一季度 is read as its months; 前三季度, 前5个月 from January
    period = (
        rf"(?P<{p}half>{_alt('half')})|第?(?P<{p}q>{_QUARTER})(?:{quarter})"
        rf"|前(?P<{p}fq>{_COUNT_Q})个?(?:{quarter})|前(?P<{p}fm>{_COUNT_M})个?月(?!份)"
        # the last N months (二〇二一年后三月, 今年后两个月; not 2021年后三个月内: a span after it)
        rf"|后(?P<{p}lm>{_COUNT_M})个?月(?!份|[以之]?内|里|中|时间)"
        # the N-th month of a year (70年第8个月) and its first month (2005年首月)
        rf"|第(?P<{p}m>{_MONTH})个月(?!份)|(?P<{p}m>首)月(?!份)"
    )
    # a month listed before a shared 月, after its year: 2022年3、4月, 今年5和6月 (the next month
    # is a date of its own, listed after this one)
    listed = (
        rf"(?P<{p}m>{_MONTH})(?=(?:(?:{list_words()})(?:{_MONTH}))*(?:{list_words()})(?:{_MONTH})月)"
        # a quarter listed before a shared 季度: 2022年第二、三季度, 今年一、二季度
        rf"|第?(?P<{p}q>{_QUARTER})(?=(?:{list_words()})第?(?:{_QUARTER})(?:{quarter}))"
    )
    shapes = [
        # 的 between a year and its quarter or month (一九五七年的第四季度, 2019年的3月)
        rf"{_year(p)}(?:度|的(?=第?{_QUARTER}(?:{quarter})|(?:{_MONTH})月))?(?:{period}|{month}(?:{day})?|{listed})?",
        # 的 between a relative year and its month or quarter too (明年的3月)
        rf"(?P<{p}ry>{_alt('year')})(?:年(?=[初底末])|的(?=(?:{_MONTH})月|第?{_QUARTER}(?:{quarter})))?"
        rf"(?:{period}|{month}(?:{day})?|{listed})?",
        # 年底前: this year's end, by the anchor (not 每年底, 多年, the 年 of 2014年底)
        rf"(?<![\d{ZERO_VARIANTS}{SMALL_NUMERALS}{LIANG}每逐历多今去明前后同当本次翌上下全近半新])(?P<{p}yb>年)(?=[初底末])",
        # 比上半年回落, 前三季度: a half-year or quarters without their year are the anchor year's
        rf"(?<![年度每])(?:(?P<{p}hb>{_alt('half')})|前(?P<{p}fqb>{_COUNT_Q})个?(?:{quarter}))",
        # … and so are the first N months opening a clause (前5个月，全国…; 前五月我国外贸…: a statistic's
        # period, as 前三季度), not inside one (提前4个月, 退休前3个月, 他在前4个月的工资)
        rf"(?<=^|[，,。；;：:！？!?\n\s（(“\"])前(?P<{p}fmb>{_COUNT_M})个?月(?!份|[以之]?内|里|中|时间|前|后|以来)",
        rf"{month}(?:{day})?",
        rf"(?<!前)第?(?P<{p}q>{_QUARTER})(?:{quarter})",  # not 前一季度 (the quarter before)
        rf"(?P<{p}wk>{_alt('week')})",
        rf"(?P<{p}ys>{_alt('years')})",
        rf"(?P<{p}qr>{_alt('quarter_ref')})",
    ]
    if end:
        # 从一九八一年到本世纪末: the century's last (or middle) year ends a range; alone (到本世纪中叶) it
        # is a time too vague for a date
        shapes.append(rf"(?P<{p}cy>{_alt('century')})")
        shapes.append(_day(p, bare_end=True))
        shapes.append(rf"(?P<{p}t>{_time(p)})")
    return rf"{_NOT_AFTER_DIGIT}(?:{'|'.join(shapes)}){part}"


def _numeric(p: str) -> str:
    """``2014-06-06 10:48``, ``2014-06-06T10:48``, ``2014/6/6``, ``2014.06.06`` and day.month.year
    ``24.10.2014 14:32``;
    a range of them (``2022.6.8-2022.6.12``) or of dotted months (``1999.08-2002.02``, ``2008.03-2009``:
    a dotted month only as a range's start; a bare year, group ``b_yo``, only as its end)."""
    r = _range()
    year = r"(?:19|20)\d{2}"
    ymonth = r"1[0-2]|0[1-9]"
    shapes = [
        rf"(?P<{p}y>{year})(?P<{p}sep>[-/.])(?P<{p}m>1[0-2]|0?[1-9])(?P={p}sep)(?P<{p}d>3[01]|[12]\d|0?[1-9])",
        rf"(?P<{p}y>1[0-8]\d{{2}})-(?P<{p}m>{ymonth})-(?P<{p}d>3[01]|[12]\d|0[1-9])",   # 1789-01-29
        rf"(?P<{p}y3>[1-9]\d{{2}})-(?P<{p}m>{ymonth})-(?P<{p}d>3[01]|[12]\d|0[1-9])",   # 789-01-29
        # a dotted month and a dashed day (1994.01-19), only a day no month can be (2008.03-12 may
        # be March to December)
        rf"(?P<{p}y>{year})\.(?P<{p}m>{ymonth})-(?P<{p}d>3[01]|2\d|1[3-9])(?![\d.．])",
        rf"(?P<{p}d>3[01]|[12]\d|0?[1-9])\.(?P<{p}m>1[0-2]|0?[1-9])\.(?P<{p}y>{year})",
        rf"(?P<{p}y>{year})\.(?P<{p}m>{ymonth})(?={r}{year}(?:\.(?:{ymonth}))?(?![\d.．]))",
    ]
    if p == "b_":
        shapes.append(rf"(?P<{p}yo>{year})(?:\.(?P<{p}m>{ymonth}))?(?![\d.．%％年])")
    # a dash ends the date unless another date follows it (a range), not a longer number
    # … or a clock time glued to the day, the space lost (2018-12-1209:03)
    stop = rf"(?:(?={r}(?:{year}|1[0-8]\d{{2}}-\d\d-))|(?![\d.．/-]\d)|(?=(?:[01]\d|2[0-3])[:：][0-5]\d(?!\d)))"
    # not inside an identifier (ZJ2022-06-08, 编号2022.6.8.1); an end follows its range word (…-2022.6.12)
    before = r"(?<![\dA-Za-z.．/-])" if p == "a_" else ""
    return rf"{before}(?:{'|'.join(shapes)}){stop}(?:(?:\s{{0,3}}|T)(?:{_weekday()}\s?)?{_time(p)})?(?![\dA-Za-z])"


@lru_cache(maxsize=1)
def date_pattern() -> "regex.Pattern":
    """The compiled date grammar: an optional 从/自, a date, and an optional range end.

    Groups: ``a_*`` the (start) date, ``b_*`` the range end, ``an`` a bare start number whose
    unit comes from the end (``7至8月``, ``1995 - 1997年``) after its year (``any``) or relative
    year (``anry``: ``今年1—5月``), ``from``, ``to`` (a range word) or
    ``and`` … ``btw`` (``2015年和2018年之间``), ``ap`` (左右), ``rel`` (前, 起 …); the ``y2`` groups
    hold two-digit years, ``t`` a clock time alone, ``dn`` a day without its month (``9日在京``).
    """
    r = _range()
    # after a bare day: a cue word, a time of day (12日上午) or the word for that day (8日当天), an
    # adverb before it or not (8日也出现)
    cue = _day_cue()
    listed = list_words()
    # a word ending in 于 (不少于, 位于, 由于: date_words.tsv yu_word rows): no day after it is a date
    _not_yu = "(?:" + "|".join(regex.escape(w[:-1]) for w in date_words().get("yu_word", {})) + ")"
    # … or in 在 (现在, 正在, 存在: zai_word rows)
    _not_zai = "(?:" + "|".join(regex.escape(w[:-1]) for w in date_words().get("zai_word", {})) + ")"
    count = rf"[{LIANG}{SMALL_NUMERALS}]{{1,2}}个?年"
    months = rf"(?:(?:{_MONTH})月|(?:{_QUARTER})(?:{_alt('quarter')}))"  # what ends a range of bare numbers after a year
    start = (
        rf"(?:{_numeric('a_')}|{_dotted_day()}|{_NOT_AFTER_DIGIT}(?P<any>{_YEAR})年(?P<an>\d{{1,2}}|{_MONTH})(?={r}{months})"
        # a relative year before a range of bare months or quarters: 今年1—5月, 去年1-11月, 同年3至5月, 今年一至三季度
        rf"|{_NOT_AFTER_DIGIT}(?P<anry>{_alt('year')})(?P<an>\d{{1,2}}|{_MONTH})(?={r}{months})"
        rf"|{_atom('a_', end=False)}|{_NOT_AFTER_DIGIT}(?P<an>\d{{1,4}}|{_MONTH})(?={r}[\d{ONES}十])"
        # a day without its month: before a cue (4日在京召开, 12日上午, 8日当天, 6号发生) or a range,
        # or after a news lead's colon or a time zone (消息：29号，, 当地时间27日，); not a span of days
        # (之日前5日向社会公告, 连续5日, 每5日, 累计5日, 第5日) nor a serial (〔2018〕15号)
        rf"|{_NOT_AFTER_DIGIT}(?<![前后满逾近约超续每计第分〕\]］】])(?P<a_dn>3[01]|[12]\d|0?[1-9])[日号]"
        rf"(?:\s?{_time('a_')}|(?=(?:{cue})|{_partner()}|{r}(?:(?:{_DAY})[日号]|{_here_day()})))"
        rf"|(?<=[：:。；;\n]|^|{words_of('time_zone')})(?P<a_dn>3[01]|[12]\d|0?[1-9])[日号](?=[，,])"
        # a day opening a clause of a news report, before its subject (，17号法国、英国…爆发, ，25号法院将…);
        # not a span (，5日内), a serial (，3号楼, ，1号文件) nor a day that starts a range or relation
        rf"|(?<=[，,])(?P<a_dn>3[01]|[12]\d|0?[1-9])[日号](?=\p{{Han}})(?![内以前后起至到楼院线令文件机组馆车位台库厅室房口桥站])"
        # … or a clause of its own between two commas (交通大拥堵，14日，法国…; 故障，27号，英航…)
        rf"|(?<=[^\d日号][，,])(?P<a_dn>3[01]|[12]\d|0?[1-9])[日号](?=[，,])"
        # a day after 在 or 于 (美军在1日部署, 将于19号午夜结束, 会议于8日召开), not a span (在3日内,
        # 于30日后, 在1日至3日内) nor a comparison (不少于15日, 高于5日); 号 only before a cue or a stop
        # (在3号展厅, 于1号泊位, 在6号航站楼: serials of places, whatever noun follows)
        rf"|(?<=(?<!{_not_zai})在|(?<!{_not_yu})于)(?P<a_dn>3[01]|[12]\d|0?[1-9])"
        rf"(?:日(?![内以之前后起楼院线令文件机组馆车位台库厅室房口桥站]|{r})|号(?=(?:{cue})|[，,。；;]))(?:\s?{_time('a_')})?"
        # a day in brackets after the word for it: 今天(19日), 昨天（18号）
        rf"|(?<=(?:{_alt('day')})[（(])(?P<a_dn>3[01]|[12]\d|0?[1-9])[日号](?=[）)])"
        # a day listed after a day (6月8日、9日和10日, 9月10号、11号, 6月8、9日), not a span of days
        # (15日、30日内) nor a serial (10号、11号楼); after a comma only where the list goes on or
        # ends its clause (9月10号，11号，12号，全市…)
        rf"|(?<=[日号](?:{listed}))(?P<a_dn>3[01]|[12]\d|0?[1-9])[日号](?![内以前后楼院房室线文令])"
        # … in Chinese numerals too (一九七六年一月二十一日和二十八日), with 日 only
        rf"|(?<=日(?:{listed}))(?P<a_dn>{_CN_DAY})日(?![内以前后])"
        # a day in Chinese numerals opening a sentence, a comma after it (…是有。”二十四日，毛主席又…):
        # the next day of a chronicle; not a span (三日内), nor one inside a sentence (历时三日，)
        rf"|(?<=(?:^|[。！？!?；;\n])[”’」』]?)(?P<a_dn>{_CN_DAY})日(?=[，,])"
        # … or a clause of its own after a date's day (六月十四日，廿二日，全市…), as 22日 is there
        rf"|(?<=日[，,])(?P<a_dn>{_CN_DAY})日(?=[，,])"
        rf"|(?<=[日号][，,])(?P<a_dn>3[01]|[12]\d|0?[1-9])[日号](?=[，,、；;。]|(?:{listed})(?:{_DAY})[日号])"
        rf"|(?<=月(?:{_DAY})(?:(?:{listed})(?:{_DAY}))*(?:{listed}))(?P<a_dn>3[01]|[12]\d|0?[1-9])"
        rf"(?:[日号](?![内以前后])|(?=(?:(?:{listed})(?:{_DAY}))*(?:{listed})(?:{_DAY})[日号](?![内以前后])))"
        # a day after 从/自 (从8日到现在, 自9日起, 自14号以来), not a span (自3日内) nor a house (从1号楼)
        rf"|(?<=[从自])(?P<a_dn>3[01]|[12]\d|0?[1-9])(?:日|号(?![楼线院馆门机车位台库厅室房口桥站令文件]))(?![内前后]|以[内上下前后])"
        # a month inside a list of months after their year (2022年3、4、5月: the 4)
        rf"|(?<=年(?:{_MONTH})(?:(?:{listed})(?:{_MONTH}))*(?:{listed}))(?P<a_m>{_MONTH})"
        rf"(?=(?:(?:{listed})(?:{_MONTH}))*(?:{listed})(?:{_MONTH})月)"
        # years listed before a shared 年 or a count of years: 2015、2016年; 一九五三和一九五四两年
        # … or compared with a year (一九八○比一九七五年增长, 1980较1975年: ``compare`` rows)
        rf"|{_NOT_AFTER_DIGIT}(?P<a_yl>{_YEAR})(?=(?:{listed}|{words_of('compare')})(?:{_YEAR})(?:\s?年|{count}))"
        rf"|(?<=(?:{_YEAR})(?:{listed}))(?P<a_yl>{_YEAR})(?={count})"
        # a clock time alone (decision 6; the extractor keeps it only after a day is named)
        rf"|{_NOT_AFTER_DIGIT}(?<![:：])(?P<a_t>{_clock_alone()}))"
    )
    # … or the report's day named by its word, its date in brackets after it (23日到今天（6月24日）:
    # the bracketed date stays a date of its own, read after this one)
    here = (rf"(?P<b_here>{_here_day()})(?=[（(]\s?(?:(?P<b_y>{_YEAR})年)?(?P<b_m>{_MONTH})月"
            rf"(?P<b_d>{_DAY})[日号]\s?[）)])")
    end = rf"(?:{_numeric('b_')}|{_atom('b_', end=True)}|{here})"
    return regex.compile(
        rf"(?P<from>从|自)?{start}"
        # a comma inside a range only after 从…开始/起 or 从 (从今年3月开始，至9月); 6月14日，到年底 is a
        # date and a deadline
        rf"(?:(?:(?:开始|起)[，,]?|(?(from)[，,]|)|)(?P<to>{r}){end}|(?P<and>{_alt('and')}){end}(?P<btw>{_alt('between')}))?"
        # 含 in brackets between a date and its relation word (1949年10月1日（含）之后): the date is inside
        rf"(?P<ap>{_alt('approx')})?(?:{INCLUSIVE}(?=(?:{_alt('relation')})))?(?:{_first_period()}(?P<rel>{_alt('relation')}))?"
    )


def _first_period() -> str:
    """A guard before the relation word: 前 right after a month or year and before a count of weeks or
    days (10月前三周, 今年前10天: ``first_period`` rows of date_words.tsv) opens "the first N weeks" of
    that month or year, no bound (10月前完成, 10月1日前3天 keep theirs)."""
    return rf"(?!(?<=[月年])前(?:\d{{1,3}}|[{SMALL_NUMERALS}{LIANG}]{{1,3}})(?:{words_of('first_period')}))"


def _dotted_day() -> str:
    """A month and day joined by a middle dot, as deadlines and events are named (``6·30前``,
    ``12·4以来``): only before a relation word or a stop; not a decimal written with the dot
    (``增长5·8％``), nor an event's name in quotes (“7·20”特大暴雨, “3·11”决定: a name, like 十八大)."""
    return (rf"(?<![\d.．·“\"「『‘'])(?P<a_m>1[0-2]|0?[1-9])[·・•](?P<a_d>3[01]|[12]\d|0?[1-9])"
            rf"(?=(?:{_alt('relation')})|[，,。；;、])")


def _clock_alone() -> str:
    """A clock time that says so without a date: ``10时30分``, ``14:30``, ``凌晨4点``, ``18点``
    right after a day word of the report's day (今天18点), ``八点半``; not ``5点建议`` or ``三点意见``
    (points)."""
    day = "|".join(regex.escape(w) for w, (value, _) in date_words().get("day", {}).items() if value == "here")
    # a word opening with 时 after the hour (8时间): shi_word rows, the characters after 时
    shi_words = "(?:" + "|".join(regex.escape(w[1:]) for w in date_words().get("shi_word", {})) + ")"
    return (
        rf"(?P<a_hh>{_HOUR})[:：](?P<a_mi>[0-5]\d)(?![\d:：])时?"
        rf"|(?:(?P<a_ampm>{_alt('daytime')})|(?<={day}))(?P<a_hh>{_HOUR}|{_HOUR_CN})[时点]钟?"
        rf"(?:(?P<a_mi>[0-5]?\d)分|(?P<a_mi>[0-5]\d)(?!\d)|(?P<a_mi>{_MINUTE_CN})分|(?P<a_hf>半))?"
        rf"|(?P<a_hh>{_HOUR}|{_HOUR_CN})(?:时|点钟?)(?:(?P<a_mi>[0-5]?\d)分|(?P<a_mi>{_MINUTE_CN})分|(?P<a_hf>半)|(?P<a_qk>[1-3一二三])刻)"
        rf"|(?P<a_hh>{_HOUR})时(?!{shi_words})"
    )


# The roles of date_words.tsv whose words can open a date (the others follow a date or join two).
_STARTING_ROLES = ("year", "month", "week", "quarter_ref", "half", "daytime", "years")


@lru_cache(maxsize=1)
def _date_starts() -> "regex.Pattern":
    """Where a :func:`date_pattern` match can start: at 从/自; at a numeral, 年 (年底前) or 第
    (第二季度), 前 (前三季度), or at a whole word of ``date_words.tsv`` of a role that opens a date
    (今年, 上月, 本周, 上半年, 下午: ``_STARTING_ROLES``; a new role that opens a date must be added
    there), not after a digit or numeral
    (every shape of :func:`_atom` is guarded by ``_NOT_AFTER_DIGIT``); at an Arabic digit not after
    a digit or a decimal point (the guard of :func:`_numeric`); at a digit after a colon (a bare
    day after a news lead). A new shape that starts otherwise must add it here
    (tests/test_stress.py and tests/test_date_grammar.py check it against the plain grammar)."""
    return regex.compile(rf"[从自]|{_starts_after_from()}")


@lru_cache(maxsize=1)
def _starts_after_from() -> str:
    """The source of :func:`_date_starts` without 从/自: where a date shape itself can start."""
    words = word_alternation(w for role in _STARTING_ROLES for w in date_words().get(role, {}))
    return rf"{_NOT_AFTER_DIGIT}(?:[{ZERO_VARIANTS}{SMALL_NUMERALS}{LIANG}廿卅年第前首\d]|{words})|(?:(?<![\d.．])|{_ITEM_NUMBER})\d"


_FROM = frozenset("从自")  # the ``from`` group's words
_NUMERAL_START = frozenset("0123456789" + ZERO_VARIANTS + SMALL_NUMERALS + LIANG + "廿卅")


@lru_cache(maxsize=1)
def _numeral_ahead() -> "regex.Pattern":
    """:func:`_numeral_ahead_source` compiled (by the standard library's engine where it matches the same)."""
    return fastre.compile(_numeral_ahead_source())


@lru_cache(maxsize=1)
def _numeral_ahead_source() -> str:
    """What must follow a date that opens with a numeral, within its first few characters: a date
    unit (年 月 日 号 时 点 季, 财年), a separator of numeric dates or times (- / . :), a range or list word
    (至, —, 和, 、) or a comparison (比): ``2014年``, ``3月``, ``14:32``, ``7至8月``, ``一九五三和一九五四两年``,
    ``1980比1975年``. A cheap
    necessary condition, tried before the whole grammar at the many numerals that start no date."""
    run = rf"[\d{ZERO_VARIANTS}{YEAR_ZERO_LOOKALIKES}{SMALL_NUMERALS}{LIANG}千廿卅]{{1,7}}"
    joins = words(w for role in ("range", "and", "compare") for w in date_words().get(role, {}))
    # a dot only before a digit (2014.06.06, 24.10.2014; not the enumerator of 1.城镇…), a 、 only
    # before the next listed number (2015、2016年, 6月8、9日, 第二、三季度; not 一、关于…)
    listed = rf"[\d{ZERO_VARIANTS}{YEAR_ZERO_LOOKALIKES}{SMALL_NUMERALS}{LIANG}千第首]"
    return rf"{run}\s?(?:[年月日号时点季:：/．及·・•]|\.\d|、(?={listed})|个年|财政?年|{joins})"


@lru_cache(maxsize=1)
def _lead_ahead() -> "regex.Pattern":
    """:func:`_lead_ahead_source` compiled."""
    return regex.compile(_lead_ahead_source())


@lru_cache(maxsize=1)
def _lead_ahead_source() -> str:
    """What a date that opens with 第, 首, 前 or 年 (the non-numeral characters of
    :func:`_date_starts`' class) must open with: a quarter (第二季度, 首季度: the only standalone shape
    with 第 or 首 before a year is read), the first N quarters or months (前三季度, 前5个月), this year's
    end (年底前), or a word of a role that opens a date starting with the character (前年). A cheap
    necessary condition, tried before the whole grammar at the many ordinals (第二十), 前提 and 年均
    that start no date (tests/test_date_grammar.py checks it against the plain grammar)."""
    quarter = _alt("quarter")
    lead = word_alternation(w for role in _STARTING_ROLES for w in date_words().get(role, {}) if w[0] in _LEADS)
    return rf"第(?:{_QUARTER})(?:{quarter})|首(?:{quarter})|前(?:{_COUNT_Q}|{_COUNT_M})|年[初底末]" + (f"|{lead}" if lead else "")


_LEADS = frozenset("第首前年")


@lru_cache(maxsize=1)
def _candidates() -> "regex.Pattern":
    """Where :func:`search_date` tries the grammar: at 从/自 (the next character is tested there), or
    where :func:`_date_starts` matches and, at a numeral, :func:`_numeral_ahead` and, at 第/首/前/年,
    :func:`_lead_ahead` match too: one search instead of a call per numeral of the text."""
    numerals = "".join(regex.escape(c) for c in sorted(_NUMERAL_START))
    leads = "".join(regex.escape(c) for c in sorted(_LEADS))
    return regex.compile(
        rf"[从自]|(?=(?:{_starts_after_from()}))(?:(?=[{numerals}])(?:{_numeral_ahead_source()})"
        rf"|(?=[{leads}])(?:{_lead_ahead_source()})|(?![{numerals}{leads}]))"
    )


def search_date(text: str, pos: int = 0, endpos: Optional[int] = None) -> "Optional[regex.Match]":
    """``date_pattern().search(text, pos, endpos)``, but tried only where a date can start (10× faster).

    >>> search_date("会议于2014年3月召开").group()
    '2014年3月'
    """
    pattern, starts, ahead, lead, candidates = date_pattern(), _date_starts(), _numeral_ahead(), _lead_ahead(), _candidates()
    end = len(text) if endpos is None else min(endpos, len(text))
    while True:
        f = candidates.search(text, pos, end)
        if f is None:
            return None
        i = f.start()
        # 从/自 opens a date only before one (从2014年, 自今年3月; no date shape starts with
        # either character): the next character must pass the tests of _candidates itself
        # (自治区, 从事 do not)
        j = i + 1
        if text[i] not in _FROM or (j < end and starts.match(text, j, end) and (text[j] not in _NUMERAL_START or ahead.match(text, j, end))
                                     and (text[j] not in _LEADS or lead.match(text, j, end))):
            m = pattern.match(text, i, end)
            if m is not None:
                return m
        pos = i + 1


def find_dates(text: str, pos: int = 0, endpos: Optional[int] = None):
    """``date_pattern().finditer(text, pos, endpos)`` through :func:`search_date` (non-overlapping matches)."""
    while True:
        m = search_date(text, pos, endpos)
        if m is None:
            return
        yield m
        pos = m.end() if m.end() > m.start() else m.start() + 1


# ---------------------------------------------------------------------------- fragments for other readers
# 的 (or 之) after an event, not after a date: a time counted from that event (登记注册的次月起, 会议举行的十五日前,
# 有效期届满之次日), not one counted within a date (第一个月的二十五日前, 2019年的次月)
EVENT_OF = r"(?<![年月日号\d])[的之]"


def written_year() -> str:
    """The grammar's year written out before 年, in digits or Chinese numerals (``2014年``,
    ``一九五四年``, ``二0一0年``), not inside a longer number: for readers that look for a year only.

    >>> [m.group() for m in regex.finditer(written_year(), "一九五四年和2014年，12014年")]
    ['一九五四年', '2014年']
    """
    return rf"{_NOT_AFTER_DIGIT}(?:{_YEAR})年"


def words_of(role: str, *values: str) -> str:
    """An alternation of the ``date_words.tsv`` words of ``role`` (those of ``values`` when given),
    longest first, without their guards.

    >>> words_of("year", "anchor+0"), words_of("relation", "before")
    ('本年度|今年|本年', '以前|之前|前')
    """
    return words(w for w, (value, _g) in date_words().get(role, {}).items() if not values or value in values)


def unit_end() -> str:
    """The date units a time ends in: 年, 月, 月份 and the quarter words (``2012年``, ``3月份``,
    ``一季度``; ``上半年`` ends in 年)."""
    return rf"年|月份?|{words_of('quarter')}"
