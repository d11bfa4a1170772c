"""Targets: the quantitative goals that plans and work reports set for the future.

``主要预期目标是：地区生产总值增长5%左右`` → growth of 地区生产总值, 5 %, approx, due the document's
year, strength aim; ``到2027年，全市森林覆盖率达到46%以上`` → level, 46 %, >=, due 2027;
``新建5G基站1万个`` (in a plan or the year's work section) → level, 10000 个.

How a number becomes a target:

1. **The numbers** are the document's percent, money and quantity facts (``ctx.facts``), plus
   what those kinds leave out and a goal needs: ``1个百分点``, ranges (``5%—5.5%``, ``2—4家``)
   and, right after a level verb, a number with no unit (``指数达到125左右``, ``规模过千亿``).
2. **A goal context**: after a list intro (``主要预期目标是：``) in the same paragraph; in a
   sentence with a strength cue (力争, 确保 …) or a plan word (拟) before the number; in a
   paragraph with a deadline before the number (``到2025年``, ``今年``); or in a goal part of the
   document: under a heading such as ``三、2026年工作安排`` / ``主要目标``, or after a paragraph that
   held a list intro. A review part (heading ``工作回顾``, paragraph opening ``过去一年``) and a
   clause with an achieved-result word (累计, 比上年, 已 …) are no goal context. Also goal contexts: a
   plan that names itself (``制定本行动方案``) for its bounded or yearly task figures (培育10家以上平台),
   a span of years a plan gives itself (``力争三年内``), 计划 as a predicate (``计划比上年增长6%``), a
   task bringing a thing to a level (``逐步将X降至1%以下``), this year's figure with a future 将.
3. **A predicate**: a verb right before the number (``增长``, ``控制在``, ``突破`` …: the measure),
   an action verb with its object (``新建5G基站1万个``, ``培育20家领军企业``), or an indicator noun
   closing on the number (``城镇调查失业率5.5%左右``). Numbers that label rather than count
   (``5个方面``, ``105周年``, ``等14条``, ``收入过200亿元的集群``) have none.

Deadline, strength and the comparator are read from the paragraph (see FACTS.md §2 target and
``tests/fixtures/realtargets/README.md``). Every cue word is in ``lexicons/target_cues.tsv``.

The reader is four modules: :mod:`govtext.extract.target_vocab` (the qualifier and cue words and their
patterns), :mod:`govtext.extract.target_numbers` (step 1, the numbers),
:mod:`govtext.extract.target_reading` (step 3, one number's predicate and subject) and this one (step 2,
the goal contexts: the document's parts, paragraphs, deadlines and strength, and the extractor).

>>> from govtext.extract import extract_facts
>>> text = "今年主要预期目标是：地区生产总值增长5%左右，城镇调查失业率5.5%以内。"
>>> [(f.subject, f.measure, f.value, f.comparator, f.deadline, f.strength)
...  for f in extract_facts(text, kinds=["target"], doc_date="2026-01-27")]
[('地区生产总值', 'growth', 5, 'approx', '2026', 'aim'), ('城镇调查失业率', 'level', 5.5, '<=', '2026', 'aim')]
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterator, Optional

import regex

from govtext.extract.context import Context
from govtext.extract.target_numbers import Atom, RE_HAN_OR_PERCENT, bare_atom, find_atoms, unit_categories
from govtext.extract.target_reading import CLAUSE_END, ITEM_END, RE_TARGET_NOUN, Reading, disposal_object, is_count, read_number, split_subject
from govtext.extract.target_vocab import ROLES, YEAR_NUMBER, alternation, back_to, cue_patterns, free_cue, free_matches, qualifier_bound, sentence_start, strength_cues, target_cues, target_words, vocab, within_years, year_marks
from govtext.records import FactBase
from govtext.text.patterns import ONES, SMALL_NUMERALS, qualifiers
from govtext.text.normalize import normalize_lines
from govtext.text.postag import pos_pairs
from govtext.text.segmentation import cut
from govtext.values.dates import read_component

__all__ = ["extract_targets", "goal_parts", "target_cues", "ROLES"]
_RE_ANY_STOP = regex.compile(r"[，。；：！？,;:!?]")
RE_DIGIT = regex.compile(r"\d")
_RE_PAREN_START = regex.compile(r"^[（(]")
_RE_YEAR_WORD = regex.compile(rf"({YEAR_NUMBER})年")
_RE_YEAR_OPENER = regex.compile(rf"\s*({YEAR_NUMBER})年[，,]")
_RE_SENTENCE_END = regex.compile(r"[。！？；!?;]")
_FULL_STOPS = "。！？!?"
_RE_FULL_STOP = regex.compile(r"[。！？!?]")
# the end of a five-year plan period: “十四五”末, 到“十二五”期末 (the 十五 plan ends 2005, the 十n五 plan 2005 + 5n)
# a five-year plan period (“十五五”时期, 十五五期间), not its end (时期末) nor a span inside it (期间内)
_RE_PLAN_PERIOD = regex.compile(rf"[“\"‘]?十(?P<n>[{ONES}]?)五[”\"’]?(?:规划)?(?:时期|期间)(?![末内以])")
_RE_PLAN_END = regex.compile(rf"(?:到|至)?[“\"‘]?十(?P<n>[{ONES}]?)五[”\"’]?(?:规划)?(?:时期|期)?末(?!期以来|以来)")
_RE_COPULA = regex.compile(r"[是的]")
_RE_YEAR_DIGITS = regex.compile(r"(?:19|20)\d\d")
_RE_INTRO_END = regex.compile(r"\s*(?:(?:安排)?如下\s*)?(?:(?:建议|拟)?(?:是|为)|：|:|。)$")
_RE_YEAR = regex.compile(
    rf"(?P<prep>到|至|在)?(?P<y>{YEAR_NUMBER})年(?:(?P<m>\d{{1,2}})月)?(?P<end>{target_words('year_end')})?"
    rf"(?P<before>(?:{target_words('by')})(?![\d{SMALL_NUMERALS}季个]))?")
# (a decimal opening a line is no enumerator: the ``2.5`` of a PM⏎2.5⏎） broken over lines)
_RE_ENUM = regex.compile(rf"^(?:[{SMALL_NUMERALS}]+[、．.]|[（(][{SMALL_NUMERALS}]+[）)]|第[{SMALL_NUMERALS}]+部分|\d{{1,2}}(?:[．.](?!\d)|、))")
_RE_INLINE_HEADING = regex.compile(rf"^[（(][{SMALL_NUMERALS}]+[）)][^，。；：]{{2,14}}[。：]")
_RE_DASH = regex.compile(r"^\s*(?:——|──|－－|--)")
# an item of a list under a lead (1）, （1）, 1., 1、, ①, 一是, （一）): its kind, the numeral folded
_RE_ITEM = regex.compile(rf"^\s*(?:(?P<n>\d{{1,2}})(?P<k>[)）]|[．.](?!\d)|、)|(?P<k>[（(])(?P<n>\d{{1,2}}|[{SMALL_NUMERALS}]{{1,3}})[)）]"
                         rf"|(?P<k>[①-⑳])|(?P<n>[{SMALL_NUMERALS}]{{1,3}})(?P<k>是))")
_RE_INTRO_TAIL = regex.compile(r"\s*(?:(?:建议|拟)?(?:是|为))?[：:]")
_RE_LIST_JOIN = regex.compile(target_words("join"))
_RE_NOT_DEADLINE_AFTER = regex.compile(rf"\d|第?[{SMALL_NUMERALS}]{{1,2}}(?:月|季度)|首季|[上下]半年|前[\d{SMALL_NUMERALS}]|以来|开始|起|的")
_RE_WITHIN_YEARS = regex.compile(within_years())
# a list intro that ends its paragraph (…主要指标安排如下。): its items are the paragraphs after it, each
# short (a paragraph of prose ends the list)
_RE_LIST_FOLLOWS = regex.compile(r"\s*")
_LIST_ITEM_MAX = 200
# a base a plan compares its figure with, as estimated (比1980年预计增加1，000万吨, 由今年预计的44％): the 预计
# after it is the base's, no forecast of the figure
_RE_ESTIMATED_BASE = regex.compile(rf"(?:{target_words('compare')}|{target_words('from')})(?:(?:{YEAR_NUMBER})年|{target_words('base_year')})$")
# a paragraph that opens by naming a year (2013年是全面贯彻…的开局之年)
_RE_AHEAD_OF_YEAR = regex.compile(r"[^，。；]{0,3}?(?:远景|规划|目标|计划|前)")
_RE_YEAR_IS = regex.compile(rf"(?:^|[\n。！？])[ \u3000]*({YEAR_NUMBER})年是")
_RE_SPAN_START = regex.compile(rf"[从自](?:{YEAR_NUMBER})年?[至到—－-]")
# every so many years (每5年修订1次目录): a count after it is a frequency, no count task
_RE_EVERY_N = regex.compile(rf"每(?:\d+|[{SMALL_NUMERALS}两]+)个?(?:年|月)")
# a number right after a Chinese character with a unit in Latin letters and a bound after it (5000M以上)
_RE_LATIN_BOUNDED = regex.compile(rf"(?<=\p{{Han}})\d+(?:\.\d+)?[A-Za-z]{{1,6}}(?={qualifiers('after_amount')})")
# what a bare number (vocab().bare) holds: a digit, or 千, 万, 亿
_RE_BARE_START = regex.compile(r"[\d千万亿]")
# a count rounded down (820多万人, 1000余家): a figure stated, no plan's bound
_RE_LOOSE_COUNT = regex.compile(r"\d[多余]")
_RE_OPEN_GLOSS = regex.compile(r"[^，。；（(）)]{0,3}[（(][^）)]*")


# --------------------------------------------------------------------------- document layout


@dataclass
class _Para:
    start: int
    end: int
    mode: str  # "goal" | "past" | "neutral"
    dash: bool
    heading: bool
    body: int = -1  # where the text under a heading line the normalized text joined to it starts (-1: the start)


def _year(written: str) -> int:
    """A year as written: ``2025``, or digit by digit in Chinese numerals (``一九八五``, ``二○○○``)."""
    return int(written) if written.isascii() else read_component(written, "year")


def _is_heading(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > 40 or s[-1] in "。；！？;!?，,":
        return False
    return bool(_RE_ENUM.match(s)) or (len(s) <= 30 and not _RE_ANY_STOP.search(s))


def _raw_headings(ctx: Context) -> list[tuple[int, str]]:
    """``(position in the normalized text, heading)`` of the raw lines that are headings (the
    normalized text may join a heading with no final stop to the paragraph under it). Read once per
    document (the document's year and its paragraphs both ask); callers must not change the list."""
    return ctx.memo("target_headings", lambda: _read_raw_headings(ctx))


def _read_raw_headings(ctx: Context) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in ctx.raw.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if _is_heading(line):
            lead = len(line) - len(line.lstrip())
            out.append((ctx.norm.to_norm(start + lead), line.strip()))
    # (read as the normalized text is: full-width digits and traditional script folded, 一、１９９４年…的回顧)
    return list(zip((p for p, _ in out), normalize_lines([h for _, h in out])))


@lru_cache(maxsize=1)
def _plan_re() -> tuple["regex.Pattern", "regex.Pattern", "regex.Pattern"]:
    types = alternation(target_cues().plan_docs).pattern
    return (regex.compile(rf"(?P<verb>{target_words('self_verb')}|{target_words('propose_verb')})(?:{target_words('self_ref')})(?P<type>{alternation(target_cues().plan_says).pattern})"),
            regex.compile(rf"^[^。；，,;]{{2,50}}(?:{types})\s*(?:[（(][^（）()]{{4,15}}[）)])?\s*$"),
            regex.compile(rf"现将《[^《》]{{2,60}}(?:{types})\s*(?:[（(][^（）()]{{4,15}}[）)])?》(?:{target_words('distribute')})[^。]*。"))


def _plan_start(raw: str) -> Optional[int]:
    """Where a plan that names itself starts (raw offset), None for no plan: after ``…，制定本实施方案。`` /
    ``制定以下措施。``, after the sentence of a notice that hands it out (``现将《国家职业教育改革实施方案》印发给你们，
    请认真贯彻执行。``), or at 0 under a first line that is a plan's title (``山东省服务业数字化转型行动方案
    （2021—2023年）``). (An opinion, ``现提出如下意见``, is one whose yearly figures only are goals: :func:`_yearly_only`.)"""
    says, title, handed = _plan_re()
    if m := says.search(raw, 0, 3000):
        return m.end()
    if m := handed.search(raw, 0, 3000):
        return m.end()
    first = next((line.strip() for line in raw[:400].split("\n") if line.strip()), "")
    return 0 if title.match(first) else None


def _yearly_only(raw: str) -> bool:
    """Does the text name itself proposals (``现提出如下措施``) or by a type (``制定本意见``) whose yearly task figures
    only are goals (their bounded figures are as often rules: 担保费率不超过1%)?"""
    m = _plan_re()[0].search(raw, 0, 3000)
    return m is not None and (m["verb"] in target_words("propose_verb").split("|")
                              or m["type"] in target_cues().plan_yearly)


def _measures_start(raw: str) -> Optional[int]:
    """Where a list of measures starts (raw offset) when the text names itself by a ``says`` type only
    (``…，制定以下措施。``): measures, with no part reviewing a base as a 规划 or 方案 may have
    (一、发展基础, (一)基础与优势: achievements written as a plan's levels)."""
    m = _plan_re()[0].search(raw, 0, 3000)
    c = target_cues()
    return m.end() if m and not _yearly_only(raw) and any(m.group().endswith(t) for t in c.plan_says - c.plan_docs) else None


_RE_ARTICLE = regex.compile(rf"(?:^|\n)[ \u3000#]*第[{SMALL_NUMERALS}百]{{1,5}}条")
_ARTICLES_MIN = 3


def _is_regulation(text: str) -> bool:
    """A text of articles (第一条, 第二条, 第三条 … opening lines): a regulation, rules or measures whose figures are
    its rules (申请发行的，应当符合下列条件：…不少于…35%; 必须有三分之二以上代表出席), not goals."""
    found = 0
    for _ in _RE_ARTICLE.finditer(text):
        found += 1
        if found >= _ARTICLES_MIN:
            return True
    return False


_SPEECH = "各位代表"


def _is_report(text: str) -> bool:
    """A work report: a speech to a congress (各位代表) with a 主要预期目标 list."""
    return _SPEECH in text and any("预期" in m.group() for m in cue_patterns()["intro"].finditer(text))


def _paragraphs(ctx: Context, doc_year: Optional[int]) -> list[_Para]:
    """The paragraphs of the normalized text, each with the mode of the part it stands in: "past"
    under a review heading or after a review opening (过去一年), "goal" under a work or goal heading or
    after a paragraph with a list intro, else "neutral". Read once per document (the change
    extractor asks for them too, through :func:`goal_parts`)."""
    return ctx.memo(("target_paragraphs", doc_year), lambda: _read_paragraphs(ctx, doc_year))


def _read_paragraphs(ctx: Context, doc_year: Optional[int]) -> list[_Para]:
    text, pats = ctx.text, cue_patterns()
    headings = _raw_headings(ctx)
    h = 0
    out: list[_Para] = []
    # a work report (a speech to a congress with a 主要预期目标 list) opens with the review of the past
    report = _is_report(text)
    mode = "past" if report else "neutral"
    # after the 主要预期目标 list of a work report, its enumerated parts (一、把…作为…主线, 二、深化落实…使命任务) are
    # the year's work, not parts of their own
    year_work = False
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        s = line.strip()
        found = []
        while h < len(headings) and headings[h][0] < end:
            if headings[h][0] >= start:
                found.append(headings[h][1])
            h += 1
        if (m := _RE_INLINE_HEADING.match(s)) and not found:
            found.append(m[0])
        for head in found:
            top = not _RE_PAREN_START.match(head)
            year = _RE_YEAR_WORD.search(head)
            if pats["heading_past"].search(head) or top and doc_year and year and _year(year[1]) < doc_year:
                mode, year_work = "past", False  # 一、2025年工作回顾
            elif (pats["heading_goal"].search(head) or top and pats["committing"].search(head)) and (top or mode != "past"):
                mode = "goal"  # 三、2026年重点工作, （二）主要目标
            elif top and doc_year and _names_year_work(head, doc_year):
                mode = "goal"  # 三、2026年工作, 三、全力做好今年工作: this year's work
            elif top and _RE_ENUM.match(head):
                mode = "goal" if year_work else "neutral"  # 二、参加范围: a part of its own, neither review nor goals
        heading = bool(found) and found[0].replace(" ", "") == s.replace(" ", "")
        if out and (not heading or _RE_PAGE_NUMBER.fullmatch(s)) and not out[-1].heading \
                and _wraps(text[out[-1].start: out[-1].end], s):
            # a line broken inside a sentence (到2027年，⏎轻工…; 研发设计1⏎工具普及率…: a PDF's hard wrap, its page
            # number) goes on the paragraph before
            out[-1] = replace(out[-1], end=end)
            if pats["intro"].search(line):
                mode = "goal"
            continue
        para_mode = mode
        body = s[len(found[0]):].lstrip() if found and s.startswith(found[0]) else s
        if not heading and pats["past_opener"].match(body):
            para_mode = "past"
        elif not heading and doc_year and (y := _RE_YEAR_OPENER.match(body)) and _year(y[1]) < doc_year:
            para_mode = "past"
        # (a heading line with no final stop that the normalized text joined to the paragraph under it is no part of
        # a subject there: 二、今后五年的主要任务⏎全省粮食产量达到… → 粮食产量)
        joined = found and not heading and not _RE_INLINE_HEADING.match(s) and body != s
        out.append(_Para(start, end, para_mode, bool(_RE_DASH.match(line)), heading,
                         start + line.index(body) if joined else -1))
        if pats["intro"].search(line) and not pats["past_opener"].match(body):
            mode = "goal"  # the year's work follows the 主要预期目标 of a work report
            year_work = report
    return out


def _names_year_work(head: str, doc_year: int) -> bool:
    """Does a heading name the document's year or a later one (2026年, 今年, 明年) and end, after it, on a word of a
    work part (``heading_goal`` rows of value year: 三、2026年工作, 全力做好今年政府工作; not 2026年工作总结, 今年工作情况)?"""
    c, pats = target_cues(), cue_patterns()
    if not c.heading_year_goal:
        return False
    ends = [m.end() for m in _RE_YEAR_WORD.finditer(head) if _year(m[1]) >= doc_year]
    ends += [m.end() for m in free_matches(pats["deadline"], head, 0, len(head)) if c.deadline[m.group()] in ("year", "next_year")]
    head = head.rstrip()
    return any(m.end() == len(head) for end in ends for m in pats["heading_year_goal"].finditer(head, end))


# --------------------------------------------------------------------------- deadlines, strength


@dataclass(frozen=True)
class _Deadline:
    start: int
    end: int
    value: Optional[str]
    local: bool  # a year inside the clause (2030年达到…) binds that clause only
    dated: bool = True  # a year is written (到2027年), not only 今年 / 年底前
    own_sentence: bool = False  # 明年 points ahead in its own sentence only (a later one may state this year's)
    under_way: bool = False  # a plan period the document stands in (“十一五”期间 in 2007): a cumulative word sums up no goal


@lru_cache(maxsize=1)
def _deadline_words_hold_year() -> bool:
    """Does every deadline word of ``target_cues.tsv`` hold 年 (今年, 年底前 …)? Then a paragraph with
    neither 年 nor 末 (十四五末) has no deadline."""
    return all("年" in w for w in target_cues().deadline)


def _deadlines(text: str, start: int, end: int, doc_year: Optional[int], goal_part: bool = False) -> list[_Deadline]:
    """The deadline phrases of a paragraph, in order: ``到2027年``, ``2025年年底前``, ``今年``; in a goal
    part also a year that opens a clause (改造地方矿，1997年原煤年产量达到13亿吨左右) unless it is past."""
    c, out = target_cues(), []
    if text.find("年", start, end) < 0 and text.find("末", start, end) < 0 and text.find("期", start, end) < 0 \
            and _deadline_words_hold_year():
        return out  # (most paragraphs: a written year, a deadline word and a plan's end or period need 年, 末 or 期)
    for m in _RE_YEAR.finditer(text, start, end):
        prep = m["prep"] if m["prep"] and (m["prep"] in c.deadline_prep or m["prep"] == "在") else None
        if prep and not free_cue(text, m.start(), prep):
            prep = None
        after = text[m.end(): m.end() + 4]
        follows_verb = bool(cue_patterns()["verbs"].match(after)) and not _RE_COPULA.match(after)
        committed = bool(cue_patterns()["strength_end"].search(text, max(start, m.start() - 3), m.start()))
        # (2017年，全镇…主要预期目标是：: the year the list is set for)
        heads_list = bool(cue_patterns()["intro"].search(text, m.end(), min(end, _sentence_end(text, m.end(), end) + 1)))
        # (2024年的居民收入增长目标定为6%: the year a goal the clause names is set for)
        heads_list = heads_list or after.startswith("的") and _names_goal(text, m.end(), end)
        opens = goal_part and not m["prep"] and (m.start() == start or text[m.start() - 1] in CLAUSE_END + " \u3000") \
            and (doc_year is None or _year(m["y"]) >= doc_year) and RE_HAN_OR_PERCENT.match(after[:1] or "。") is not None
        # (2026年，力争…; 2026年，全市计划新建…: this year or a later one opening a sentence that plans, in its sentence)
        plans = doc_year is not None and not m["prep"] and not m["m"] and after[:1] in "，," and _year(m["y"]) >= doc_year \
            and (m.start() == start or text[m.start() - 1] in CLAUSE_END + " \u3000") and _plans(text, m.end(), end)
        # (一九五七年全国社会商品零售总额将达到四百九十八亿元左右, 1980年将达到29％: this year or a later one opening a
        # clause that says what will be, in its sentence)
        will = not m["prep"] and not m["m"] and (doc_year is None or _year(m["y"]) >= doc_year) \
            and (m.start() == start or text[m.start() - 1] in CLAUSE_END + " \u3000") and _will_after_year(text, m.end(), end)
        plans = plans or will
        if not (prep and (prep != "在" or m["before"]) or m["before"] or m["end"] or follows_verb or committed
                or heads_list or opens or plans):
            continue  # (确保2020年…, 力争2025年…: a year right after a strength cue is when it is due)
        if text.endswith(year_marks("before"), start, m.start()) or after.startswith(year_marks("after")) \
                or after.startswith("的") and not heads_list \
                or text.endswith(year_marks("status"), start, m.start() + (1 if m["prep"] == "至" else 0)):
            continue  # 从2019年开始 is a start, 截至2025年底 a status date
        if doc_year is None and _RE_SPAN_START.search(text, max(start, m.start() - 12), m.start() + 1 if m["prep"] else m.start()):
            continue  # 从1979至1981年: a span of years, in a text with no date of its own no deadline
        value = str(_year(m["y"]))
        if m["m"]:
            value = f"{value}-{int(m['m']):02d}"
        elif m["end"]:
            value = f"{value}-12"
        local = (follows_verb or opens) and not (prep or m["before"] or m["end"] or committed or heads_list or plans)
        # (in a text with no date, 1980年增加到5569个 may report a result as well as set a goal: a year
        # before its verb binds its clause but makes no goal of it by itself)
        only_plans = plans and not (prep or m["before"] or m["end"] or follows_verb or committed or heads_list or opens)
        out.append(_Deadline(m.start(), m.end(), value, local, dated=not (local and doc_year is None),
                             own_sentence=only_plans))
    for m in free_matches(cue_patterns()["deadline"], text, start, end):
        if _RE_NOT_DEADLINE_AFTER.match(text, m.end()) and not (text.startswith("的", m.end()) and _names_goal(text, m.end(), end)) \
                or text.endswith(year_marks("before"), start, m.start()):
            continue  # 今年4月 is a date, 从今年开始 a start
        kind = c.deadline[m.group()]
        if doc_year is None:
            value = None
        else:
            value = str(doc_year + 1) if kind == "next_year" else str(doc_year) if kind == "year" else f"{doc_year}-12"
        # 年底前 and 明年 point ahead as a written year does; 今年 / 全年 also report the present (news)
        out.append(_Deadline(m.start(), m.end(), value, False, dated=m.group().endswith("前") or kind == "next_year",
                             own_sentence=kind == "next_year"))
    for m in _RE_PLAN_END.finditer(text, start, end):
        year = 2005 + 5 * (ONES.index(m["n"]) + 1 if m["n"] else 0)
        if text.endswith(year_marks("before") + year_marks("before_base"), start, m.start()) or text.startswith("的", m.end()) \
                or doc_year is not None and year < doc_year:
            continue  # 比“十三五”末提高, 是“十一五”末的5.1倍, or a period ended before the document: a base, a review
        out.append(_Deadline(m.start(), m.end(), str(year), False))
    if doc_year is not None:
        for m in _RE_PLAN_PERIOD.finditer(text, start, end):
            year = 2005 + 5 * (ONES.index(m["n"]) + 1 if m["n"] else 0)
            if year >= doc_year and not text.endswith(year_marks("before") + year_marks("before_base"), start, m.start()) \
                    and not any(d.start < m.start() and d.value and d.dated and not d.local for d in out):
                # “十五五”期间，新建…: a period not yet ended sets the goals of its sentence (“十一五”期间，关停5000万千瓦
                # 小火电机组 in a 2007 report); the gold writes no deadline for a period (only its end, 十五五末, is one),
                # so none is read; a written deadline before it stays (到2020年…，“十三五”时期经济年均增长…), a 今年
                # before it does not. A period under way may be reviewed as well (“十四五”时期累计新建… in a 2024
                # report): there a cumulative word states a result
                out.append(_Deadline(m.start(), m.end(), None, False, own_sentence=True, under_way=year - 4 < doc_year))
    out.sort(key=lambda d: d.start)
    return out


def _plans(text: str, pos: int, ceiling: int) -> bool:
    """Does the sentence from ``pos`` hold a strength cue, a plan word (力争, 拟) or 计划 as a predicate?"""
    stop = _sentence_end(text, pos, ceiling)
    return next(free_matches(cue_patterns()["cue_any"], text, pos, stop), None) is not None \
        or cue_patterns()["plan_verb"].search(text, pos, stop) is not None


def _will_after_year(text: str, pos: int, ceiling: int) -> bool:
    """Does a future 将 stand after a year at ``pos``, in its clause (or, when a comma sets the year apart, the clauses
    after it up to the first number or the next year), with no forecast word (预计) in the sentence?"""
    stop = _sentence_end(text, pos, ceiling)
    if not text.startswith(("，", ","), pos) and (clause := _RE_ANY_STOP.search(text, pos, stop)):
        stop = clause.start()
    if (num := RE_DIGIT.search(text, pos, stop)) or (num := _RE_YEAR_WORD.search(text, pos, stop)):
        stop = num.start()
    if "将" not in text[pos:stop] or regex.search(target_words("forecast"), text[back_to(text, pos, 0, _FULL_STOPS): stop]):
        return False
    return _will(text, pos, stop)


def _names_goal(text: str, pos: int, ceiling: int) -> bool:
    """Does the clause from ``pos`` name a goal and set it (的经济增长目标定为…, 的预期目标拟定为…)?"""
    stop = _RE_ANY_STOP.search(text, pos, ceiling)
    return cue_patterns()["goal_set"].search(text, pos, stop.start() if stop else ceiling) is not None


def _sentence_end(text: str, pos: int, ceiling: int) -> int:
    m = _RE_SENTENCE_END.search(text, pos, ceiling)
    return m.start() if m else ceiling


# --------------------------------------------------------------------------- the extractor


def _doc_year(ctx: Context) -> Optional[int]:
    """The document's year: its date, else the year a goal heading names (三、2016年重点工作; the year
    before it when the part under the heading speaks of that year as 明年: an old report given in the
    autumn, 二、1981年国民经济计划的任务… then 明年能源生产计划增长0.9％), else the year after the one a
    review heading names (一、2015年工作回顾), else the latest year a paragraph opens by naming
    (2013年是…开局之年: a report turning to the year it is given in)."""
    date = ctx.anchor_date
    if date and _RE_YEAR_DIGITS.match(date):
        return int(date[:4])
    pats = cue_patterns()
    review = None
    for pos, line in _raw_headings(ctx):
        if not (y := _RE_YEAR_WORD.search(line)):
            continue
        if pats["heading_past"].search(line):
            review = review or _year(y[1]) + 1
        elif pats["heading_goal"].search(line):
            return _year(y[1]) - (1 if _speaks_of_next_year(ctx.text, pos) else 0)
    if review:
        return review
    years = [_year(m[1]) for m in _RE_YEAR_IS.finditer(ctx.text)]
    if years:
        return max(years)
    return _after_review(ctx)


def _after_review(ctx: Context) -> Optional[int]:
    """The year after the latest one the review part of a speech to a congress names (过去五年的回顾, a heading with
    no year of its own: 一九八二年全国工农业总产值达到… → 1983; a year a deadline word leads, 到二○○○年, or one a
    plan's name follows, 2010年远景目标, looks ahead), None for no such part."""
    if _SPEECH not in ctx.text:
        return None
    pats, heads = cue_patterns(), _raw_headings(ctx)
    for i, (pos, line) in enumerate(heads):
        if _RE_PAREN_START.match(line) or not pats["heading_past"].search(line):
            continue
        end = next((p for p, h in heads[i + 1:] if not _RE_PAREN_START.match(h) and not pats["heading_past"].search(h)
                    and (_RE_ENUM.match(h) or pats["heading_goal"].search(h))), len(ctx.text))
        years = [_year(m[1]) for m in _RE_YEAR_WORD.finditer(ctx.text, pos + len(line), end)
                 if not text_before_is_deadline(ctx.text, m.start()) and not _RE_AHEAD_OF_YEAR.match(ctx.text, m.end())]
        return max(years) + 1 if years else None
    return None


def text_before_is_deadline(text: str, pos: int) -> bool:
    """Does a deadline word stand right before ``pos`` (到, 至: 到本世纪末, 到二○○○年 in a review looks ahead)?"""
    return text.endswith(tuple(target_cues().deadline_prep), max(0, pos - 2), pos)


def _speaks_of_next_year(text: str, pos: int) -> bool:
    """Does the text from ``pos`` say 明年 more often than 今年 (the year a heading names is next year)?"""
    kinds = target_cues().deadline
    words = [m.group() for m in free_matches(cue_patterns()["deadline"], text, pos, len(text))]
    return sum(kinds[w] == "next_year" for w in words) > words.count("今年")


def goal_parts(ctx: Context) -> list[tuple[int, int]]:
    """``(start, end)`` in the normalized text of the paragraphs that stand in a goal or work part
    (under 三、2026年重点工作, after a 主要预期目标 list): what they state is planned, not reported."""
    return [(p.start, p.end) for p in _paragraphs(ctx, _doc_year(ctx)) if p.mode == "goal" and not p.heading]


def extract_targets(ctx: Context) -> Iterator[FactBase]:
    text = ctx.text
    atoms = find_atoms(ctx)
    if not atoms and not cue_patterns()["verbs"].search(text):
        return  # (a number no fact took may still follow a level verb: 算力总规模达到12EFLOPS)
    c, pats = target_cues(), cue_patterns()
    doc_year = _doc_year(ctx)
    report = _is_report(text)
    regulation = _is_regulation(text)
    plan_at = _plan_start(ctx.raw)
    plan = plan_at is not None
    yearly_only = plan and _yearly_only(ctx.raw)  # 现提出如下意见: only its yearly task figures are goals
    # (a list of measures, 制定以下措施, sets its task counts and levels bounded or not; a plan or 意见 may also
    # review its base and list policies, so there only bounded and yearly figures are goals)
    measures_at = _measures_start(ctx.raw) if plan else None
    plan_start = ctx.norm.to_norm(measures_at) if measures_at else len(text)
    plan_at_norm = ctx.norm.to_norm(plan_at) if plan else len(text)
    titles = ctx.covered(("doc_title",))
    starts = [a.start for a in atoms]
    lead_deadline: Optional[str] = None
    # the items spelling out a lead paragraph with a written year (到2015年，…。⏎1）…⏎2）…): the lead's own
    # enumerator kind and that of its items
    lead_style: Optional[str] = None
    items_style: Optional[str] = None
    items_open = False  # the item before ended in ；, its sentence goes on
    carried: Optional[tuple[str, Optional[str]]] = None  # the cue and deadline of a list intro ending its paragraph
    for para in _paragraphs(ctx, doc_year):
        lo, hi = para.start, para.end
        deadlines = _deadlines(text, lo, hi, doc_year, para.mode == "goal" or plan and not yearly_only)
        style = _item_style(text[lo:hi])
        item = False
        was_open, items_open = items_open, False
        if not para.dash:
            wide = [d for d in deadlines if not d.local]
            if not para.heading and _is_future(lead_deadline, doc_year) and lead_style != "none-year" and (
                    style and style != lead_style and items_style in (None, style)
                    or style is None and was_open):
                # an item of the list the lead's year governs (or the rest of one after a ；: the normalized
                # text breaks a line there)
                item, items_style = True, items_style or style
            else:
                lead_deadline = wide[0].value if wide else None
                written = bool(wide) and (_RE_YEAR_WORD.search(text, wide[0].start, wide[0].end) is not None
                                          or _RE_PLAN_END.match(text, wide[0].start) is not None)
                lead_style, items_style = (style or "") if written else "none-year", None
        items_open = item and text[lo:hi].rstrip().endswith(("；", ";"))
        i = bisect.bisect_left(starts, lo)
        para_atoms = []
        while i < len(atoms) and atoms[i].start < hi:
            para_atoms.append(atoms[i])
            i += 1
        para_atoms += list(_bare_atoms(text, lo, hi, para_atoms))
        para_atoms.sort(key=lambda a: a.start)
        intro = None if para.heading else _intro(text, lo, hi)
        list_deadline: Optional[str] = None
        if intro is None and carried and not para.heading and hi - lo <= _LIST_ITEM_MAX and para.mode != "past":
            intro, list_deadline = (lo, carried[0]), carried[1]  # an item of the list the intro before announced
        elif intro is not None and _RE_LIST_FOLLOWS.fullmatch(text, intro[0], hi):
            # 1981年国民经济计划主要指标安排如下。: the paragraphs after it are the list, due the intro's year
            wide = [d.value for d in deadlines if d.start < intro[0] and not d.local]
            carried = (intro[1], wide[-1] if wide else str(doc_year) if doc_year and "预期" in intro[1] else None)
        else:
            carried = None  # a heading, a paragraph of prose, or a list of its own ends the list
        if not para_atoms or para.heading:
            continue
        if para.mode == "past" and intro is None:
            continue  # a review paragraph holds results only
        if para.mode == "neutral" and not plan and intro is None and not deadlines and not pats["cue_any"].search(text, lo, hi) \
                and not RE_TARGET_NOUN.search(text, lo, hi) and not _RE_WITHIN_YEARS.search(text, lo, hi) \
                and not any(d in text[lo:hi] for d in c.disposal) and not pats["plan_verb"].search(text, lo, hi) \
                and not pats["goal_set"].search(text, lo, hi) and not _re_obliged().search(text, lo, hi):
            continue  # nothing in the paragraph could make a goal of its numbers
        intro_strength = c.intro.get(intro[1]) if intro else None
        # a list that states its goals in words only (总体目标是：突破…技术，…。) ends at its full stop: the figures of the
        # sentences after it (项目下设课题数不超过5个) are no items of it
        list_end = hi
        if intro is not None and (stop := _RE_FULL_STOP.search(text, intro[0], hi)) \
                and not any(intro[0] <= a.start < stop.start() for a in para_atoms):
            list_end = stop.start()
        # a strength cue fused with a deadline (力争到2027年，) binds every goal after it
        fused = [(m.start(), c.strength[m["cue"]]) for m in pats["fused"].finditer(text, lo, hi)]
        prev: Optional[tuple[Atom, Reading]] = None
        prev_strength: Optional[str] = None
        planned_from: Optional[int] = None  # the start of the sentence whose plan word (拟) set a goal
        consumed: set[int] = set()
        for atom in para_atoms:
            if atom.start in consumed or titles.overlaps(*ctx.to_raw(atom.start, atom.end)):
                continue
            if prev and _RE_OPEN_GLOSS.fullmatch(text, prev[0].end, atom.start):
                continue  # 增长百分之四（包括村办工业为百分之六）: a gloss on the target before
            floor = para.body if lo <= para.body <= atom.start else lo
            reading = read_number(text, atom, floor, prev if prev and prev[0].end <= atom.start else None)
            if reading is None:
                continue
            sent_start = sentence_start(text, atom.start, floor)
            clause_start = back_to(text, atom.start, floor, CLAUSE_END + "\n")
            in_list = intro is not None and intro[0] <= atom.start < list_end
            planned_by = pats["plan_verb"].search(text, sent_start, atom.start)
            committed = next(free_matches(pats["strength"], text, sent_start, atom.start), None) is not None \
                or planned_by is not None
            before = [d for d in deadlines if d.start < atom.start and (not d.local or d.start >= clause_start)]
            future = [d for d in before if d.dated and (doc_year is None or d.value is None or int(d.value[:4]) >= doc_year)
                      and not (d.own_sentence and d.start < sent_start)]
            # (a —— paragraph under a future deadline that headed the list sums up toward it as well:
            # 到2026年，…⏎——应用水平显著提升。累计培育300个以上应用场景)
            ahead = committed or any(d.start >= sent_start and not d.under_way for d in future) or (para.dash or item) and _is_future(lead_deadline, doc_year)
            # (in a goal part a cumulative word sums up the goal as well: 数字经济规模累计突破5000亿元)
            if _past(text, back_to(text, atom.start, floor, ITEM_END + "\n"), atom.end, hi, committed or in_list,
                     ahead or para.mode == "goal"):
                continue
            if para.mode == "goal" and doc_year and not (in_list or committed) and _opens_past_year(text, sent_start, atom.start, doc_year):
                continue  # 一九八二年亏损工业企业的亏损金额达四十二亿元: a goal part states the past that calls for its goals
            if _sourced_forecast().search(text, sent_start, atom.start):
                continue  # 据工业和信息化部预计，到2020年，…将达到64亿部以上: a source's forecast, no goal
            if not (in_list or committed) and clause_start > sent_start and _forecast_clause().search(text, sent_start, clause_start):
                continue  # 工程预计今年全部投运后，…年送电量将达400亿千瓦时: what a forecast expects a project to bring, no goal
            if not (in_list or committed or any(d.start >= sent_start for d in future)) and pats["call"].search(
                    text, clause_start if reading.kind in ("action", "follow") else sent_start, atom.start) is not None:
                # 拟资助培育项目约25项, 推荐典型案例不超过25个，计划单列市不超过10个: the rules of a call for
                # applications (an action of its own clause is a task: 鼓励…申报…，遴选10个以上应用场景)
                continue
            if not (in_list or committed) and pats["call_quota"].search(text, clause_start, atom.start) is not None:
                continue  # 2026年，本专项拟立项项目不超过20项: the call's own quota, whatever year the sentence names
            # inside a list a cue binds its own item; elsewhere it runs to the end of its sentence
            # (outside a goal part, e.g. in news, only a cue in the number's own clause counts)
            cue_from = clause_start if in_list or para.mode != "goal" else sent_start
            if text.startswith("即", clause_start) and prev is not None and prev[0].start >= sent_start:
                continue  # 由44％提高到45％，即提高1％: a gloss restating the goal before it in other terms
            restated = _restated_measure(text, atom, reading, prev, sent_start)
            if restated:  # 棉花产量255万吨，比1980年预计增加25万吨: the planned gain over the base, a goal of its own
                reading = replace(reading, subject=reading.subject or prev[1].subject, measure=restated)
            if text.startswith("即", clause_start) and clause_start > sent_start:
                cue_from = back_to(text, clause_start - 1, sent_start, CLAUSE_END)  # 力争使…翻两番，即由…增加到…
            # (a cue that binds its own clause, 必须 / 严守, sets no goal in the clauses after it: 严守生态保护红线，完成造林…)
            strength_m = [m for m in free_matches(pats["strength"], text, cue_from, atom.start)
                          if m.start() >= clause_start or not _binds_clause(m.group())]
            if not strength_m and cue_from > sent_start:
                # (争取用3年时间，建成智慧社区500个: a cue in a clause of its own with no number binds the first
                # number after it in its sentence)
                # (a span of time it gives itself, 用3年时间, is no number between)
                lead = [m for m in free_matches(pats["strength"], text, sent_start, cue_from)
                        if _reaches_sentence(m.group()) and not any(m.end() <= a.start < atom.start and unit_categories().get(a.unit or "") != "time"
                                   for a in para_atoms)]
                strength_m = lead[-1:]
            goal_m = list(free_matches(pats["goal"], text, sent_start, atom.start)) + ([planned_by] if planned_by else [])
            if not goal_m and (reading.kind in ("action", "follow") or vocab().plan_bound.search(text, atom.start, atom.end + 3)
                               or reading.kind == "verb" and reading.measure == "level" and atom.kind == "quantity"
                               or reading.kind == "verb" and _will(text, clause_start, atom.start)):
                # a span of years a plan gives itself (3年内新培育高新技术企业3000家以上, 五年内增加的年产能力为
                # 二百八十万吨); a bare change over such a span (五年内工农业总产值增长百分之三十八) may report one as well,
                # unless its clause says it will be (五年内病床将增长百分之七十七)
                goal_m = list(_RE_WITHIN_YEARS.finditer(text, sent_start, atom.start))
            head_strength = next((s for pos, s in reversed(fused) if pos < atom.start), None)
            if para.mode == "past" and not in_list:
                continue  # a review: 努力帮助企业降本增效，工业企业用电成本下降6.8% is a result
            # a written future year makes a goal anywhere; 今年 / 全年 only inside a goal part (news
            # reports 今年1-6月 and 全年 results)
            same_sentence = prev is not None and prev[0].start >= sent_start
            # (the figures a sentence goes on to list after a planned one, past its semicolons, share its plan:
            # 赤字率拟按2.8%安排，…；财政赤字2.76万亿元，其中中央财政赤字1.83万亿元)
            full_start = back_to(text, atom.start, floor, _FULL_STOPS)
            # (…拟安排财政赤字1.62万亿元…。其中，中央财政赤字1.12万亿元: a sentence opening on 其中 right after the planned
            # one breaks its figures down, a plan as well)
            planned_sentence = planned_from is not None and (planned_from == full_start or text.startswith(
                "其中", full_start) and full_start > lo and back_to(text, full_start - 1, lo, _FULL_STOPS) == planned_from)
            # (五年内将新建国营机械化农场九十一个，拖拉机站一百九十四个: a count after the count of things to build that
            # the clause before ended on continues it)
            counted_on = reading.kind == "noun" and same_sentence and prev[1].kind in ("action", "follow") and is_count(atom) \
                and is_count(prev[0]) and text[clause_start - 1] in "，," and not _RE_ANY_STOP.search(text, prev[0].end, clause_start - 1) \
                and bool(reading.subject) and pos_pairs(reading.subject)[-1][1].startswith("n")  # (…的将有472个: no noun)
            # (in a plan that names itself an indicator with a plan's bound is a figure to reach: 带宽可用性5000M以上)
            bounded_noun = reading.kind == "noun" and plan and not yearly_only and para.mode == "neutral" and atom.start >= plan_at_norm \
                and vocab().plan_bound.search(text, atom.start, atom.end + 3) is not None
            if reading.kind == "noun" and not planned_sentence and not counted_on and not bounded_noun and not (in_list or para.mode == "goal" and (
                    strength_m or goal_m or atom.comparator or atom.value_max is not None or same_sentence
                    or any(d.start >= sent_start for d in before))
                    or same_sentence and (goal_m or committed or any(d.start >= sent_start for d in future))):
                # (outside a goal part, a noun and number continues a goal list its sentence opened:
                # 3年内新培育高新技术企业3000家以上、重点企业100家以上)
                continue  # a bare noun and number is a goal in a goal list, or beside a cue, a bound or a goal
            if reading.kind == "noun" and not in_list and not strength_m and _RE_LOOSE_COUNT.search(text, atom.start, atom.end) \
                    and not _will(text, clause_start, atom.start):
                # 今年高校毕业生820多万人: a count rounded down (多, 余) states how many there are, no goal (unless the
                # clause says it will be: 五年内国家财政将投入200多亿元)
                continue
            # a plan's tasks (培育10家以上平台, 每年实施50项左右项目): a bounded or yearly figure to reach
            disposal = para.mode == "neutral" and reading.kind == "verb" and _brings_to(text, clause_start, atom.start)
            # 今年…资金将达305亿元: this year's figure the text says will be (a plan, as 拟 says)
            # (a 今年 opening the sentence reaches over its semicolons: 今年，…已经增加到3000万亩；同时，…将达2000万亩)
            this_year = para.mode == "neutral" and reading.kind in ("verb", "action") and any(
                not d.dated and d.start >= full_start for d in before) and _will(text, sent_start, atom.start + len(atom.lead))
            # (after the plan names itself, a task's action with its count and a level to reach are figures to
            # reach whether bounded or not: 培育50个创新实验室、300个创新中心, 全面数字化率达到70%)
            planned = plan and para.mode == "neutral" and reading.kind in ("action", "verb", "follow") \
                and (not yearly_only or "每年" in text[clause_start: atom.start]) and (
                vocab().plan_bound.search(text, atom.start, atom.end + 3) or atom.value_max is not None
                or "每年" in text[clause_start: atom.start]
                or atom.start >= plan_start and (reading.kind != "verb" or reading.measure == "level")
                and not _RE_YEAR_WORD.search(text, sent_start, atom.start)
                # a count task (开展6个全国性网络促销活动, 推动25项先行先试举措落地生效): a task verb, the count,
                # the things counted, bounded or not
                or reading.kind in ("action", "follow") and reading.subject_start >= atom.start and is_count(atom)
                and not _RE_YEAR_WORD.search(text, sent_start, atom.start)
                and not _requires(text[clause_start: atom.start])
                and not _RE_EVERY_N.search(text, clause_start, atom.start))
            # (a year written before the number, 2011年…实现工业总产值6152亿元, dates a fact of the background:
            # only a deadline, which makes a goal of its own, would set one)
            # the items of one sentence that semicolons part share its goal (拟安排…；拟安排…；中央政府建设
            # 投资总规模为1304亿元。): an item after a goal of its sentence continues the list
            continued = prev is not None and reading.kind in ("verb", "action") and \
                prev[0].start >= full_start and any(ch in "；;" for ch in text[prev[0].end: atom.start]) \
                or planned_sentence
            if regulation and not any(d.start >= sent_start for d in future) and not (
                    strength_m and c.strength[strength_m[-1].group()] == "aim" or head_strength == "aim"):
                # in a text of articles only a goal with its own future year (到2000年…应达到) or an aim (力争) is
                # one: its other figures are rules (不少于…35%, 必须有三分之二以上代表出席, 拟发行…)
                continue
            # (the clauses a goal's sentence goes on to list are goals too: 力争全年接待游客突破1亿人次，旅游收入
            # 增长10%以上; 今年，全省将实现城镇新增就业60万人以上，城镇调查失业率控制在5.5%左右)
            listed = same_sentence and reading.kind in ("verb", "action") and text[prev[0].end: atom.start].count("，") >= 1 \
                and not _RE_ANY_STOP.search(text, prev[0].end, clause_start - 1)
            # (二氧化硫、氮氧化物排放量要下降3%: a modal of obligation before the goal verb sets the figure wherever the
            # sentence stands, a window of a report with no 主要预期目标 list or a speech reported in news)
            obliged = para.mode == "neutral" and reading.kind == "verb" and _obliged(text, clause_start, atom.start)
            if not (in_list or strength_m or goal_m or head_strength or future or para.mode == "goal" or listed
                    or reading.expected and report or planned or disposal or this_year or continued
                    or reading.kind == "named" or obliged or counted_on or bounded_noun):
                continue
            if reading.to_year and not (committed or strength_m or head_strength or in_list):
                continue  # 由一九七八年的…下降到一九八二年的…: levels of two years a review compares
            deadline = reading.to_year or (before[-1].value if before else None) or list_deadline
            if deadline is None and doc_year and (reading.expected and report or in_list and "预期" in intro[1]):
                deadline = str(doc_year)
            if deadline is None and (para.dash or item):
                deadline = lead_deadline
            if strength_m:
                strength = c.strength[strength_m[-1].group()]
            elif in_list and intro_strength:
                strength = intro_strength
            elif reading.expected and report:
                strength = "aim"
            else:
                strength = head_strength
            if strength is None and prev is not None and prev_strength and prev[0].start >= sent_start:
                # 争取明年在建矿井规模达到1.2亿吨，投产井新增生产能力达到1，000万吨: the cue that set the goal
                # before in the sentence sets the goals its clauses go on to list
                strength = prev_strength
            members = [atom]
            if reading.distributive:  # 分别增长5%、6.5%左右: one target per number
                j, end = para_atoms.index(atom) + 1, atom.end
                while j < len(para_atoms) and _RE_LIST_JOIN.fullmatch(text, end, para_atoms[j].start):
                    members.append(para_atoms[j])
                    end = para_atoms[j].end
                    j += 1
            subjects = split_subject(reading.subject, len(members))
            shared = members[-1].comparator if len(members) > 1 else None
            for k, member in enumerate(members):
                consumed.add(member.start)
                r = replace(reading, subject=subjects[k]) if k == 0 else Reading(
                    subjects[k], member.start, reading.measure, reading.bound, "follow")
                cmp_ = _comparator(member, r)
                if cmp_ == "=" and k == 0 and r.kind == "verb" and member.value_max is None:
                    cmp_ = _bound_before_verb(text, clause_start, member.start) or cmp_
                if cmp_ == "=" and shared in ("approx", ">=", "<=") and member.value_max is None:
                    cmp_ = shared  # a final 左右 / 以上 bounds every number of the list
                elif cmp_ == "=" and k > 0 and atom.lead and member.value_max is None:
                    cmp_ = qualifier_bound(atom.lead) or cmp_  # 分别超过2%、5%: the bound word before the list
                if r.kind in ("action", "follow") and r.subject and r.span_end:
                    r = replace(r, subject=_grade_shared_noun(text, r.subject, r.span_end))
                yield _make(ctx, member, r, cmp_, deadline, strength)
            prev, prev_strength = (members[-1], reading), strength
            if any(m.start() >= full_start and m.group() in c.goal for m in goal_m):  # (拟, not a 计划 predicate)
                planned_from = full_start


_RE_GRADE_LIST = regex.compile(r"(?:、[^、，。；：！？,;:!?\n]{1,12}?级)*、[^、，。；：！？,;:!?\n]{1,12}?级(?P<noun>\p{Han}{2,12})(?=[，。；：！？,;:!?\n]|$)")


def _grade_shared_noun(text: str, subject: str, end: int) -> str:
    """The noun a list of counts by grade shares (培育6个世界级、7个国家级、9个区域级产业集群: 世界级 → 世界级产业集群):
    a count's subject that is only a grade (…级) before a 、 takes the noun after the list's last grade."""
    if not subject.endswith("级") or len(subject) > 6:
        return subject
    m = _RE_GRADE_LIST.match(text, end)
    return subject + m["noun"] if m else subject


def _reaches_sentence(cue: str) -> bool:
    """Does a strength cue bind to the end of its sentence (``reach`` sentence in ``target_cues.tsv``: 力争, 确保; not
    努力, which 经过五年努力 makes a result's cause, nor 必须, which binds its clause)?"""
    sc = strength_cues().get(cue)
    return sc is not None and sc.reach == "sentence"


def _binds_clause(cue: str) -> bool:
    """Does a strength cue bind its own clause only (``reach`` clause in ``target_cues.tsv``: 必须, 严守)?"""
    sc = strength_cues().get(cue)
    return sc is not None and sc.reach == "clause"


def _restated_measure(text: str, atom: Atom, reading: Reading, prev: Optional[tuple[Atom, Reading]], sent_start: int) -> Optional[str]:
    """The measure (growth, reduction) of a gain or cut in the goal's own unit (``增加25万吨``) that follows, in the
    next clause of its sentence, the level goal it spells out against a base (``棉花产量255万吨，比1980年预计增加25万吨``;
    ``纸520万吨，增加20万吨``; ``共59个，比现有的86个减少27个``), None for any other number. The plan sets both: the
    level, and the gain as a growth target of the same indicator (a count's gain too: ``表2，360万只，增加260万只``)."""
    if prev is None or reading.kind != "verb" or prev[1].measure != "level" or prev[0].start < sent_start or atom.unit in (None, "%", "个百分点") \
            or prev[0].unit != atom.unit:
        return None
    m = _restated_gap().fullmatch(text, prev[0].end, atom.start)
    if m is None:
        return None
    return "reduction" if target_cues().verbs[m["verb"]][0] == "reduction" else "growth"


@lru_cache(maxsize=1)
def _restated_gap() -> "regex.Pattern":
    """What stands between a level goal and the gain restating it: a comma, an optional base (比1980年预计) and the
    growth or reduction verb."""
    verbs = [w for w, (m, _) in target_cues().verbs.items() if m in ("growth", "reduction", "growth_add")]
    return regex.compile(rf"[，,]\s*(?:(?:{target_words('compare')})[^，。；、,;]{{1,14}}?)?(?P<verb>{alternation(verbs).pattern})")


def _wraps(before: str, line: str) -> bool:
    """Does ``line`` go on the sentence the line ``before`` breaks off (``before`` ends in no stop, ``line`` opens no
    item, dash or heading)?"""
    last = before.rstrip()[-1:]
    return bool(last) and last not in _WRAP_STOPS and not _RE_ITEM.match(line) and not _RE_ENUM.match(line) \
        and not _RE_DASH.match(line)


_RE_PAGE_NUMBER = regex.compile(r"\d{1,3}")
_WRAP_STOPS = "。；！？：;!?:）)】」』”\""
# a run-in heading: a paragraph opening with a short sentence of its own (数字化普及率显著提升。轻工重点企业…)
_RE_RUN_IN = regex.compile(r"^\s*[^，。；：！？,;:!?、\d（(“\"]{4,16}。(?=\S)")


def _item_style(line: str) -> Optional[str]:
    """The kind of enumerator an item opens with (``1）``, ``（1）``, ``1.``, ``①``, ``一是``, ``（一）``, a run-in heading
    ``数字化普及率显著提升。``), None for none."""
    m = _RE_ITEM.match(line)
    if not m:
        return "run-in" if _RE_RUN_IN.match(line) else None
    n = m["n"] or ""
    k = "①" if "①" <= m["k"] <= "⑳" else m["k"].replace("(", "（").replace(")", "）")
    return ("d" if n.isdigit() else "c" if n else "") + k


def _is_future(deadline: Optional[str], doc_year: Optional[int]) -> bool:
    """Is a deadline value a year not before the document's (any year when the document has none)?"""
    return deadline is not None and (doc_year is None or int(deadline[:4]) >= doc_year)


def _will(text: str, clause_start: int, pos: int) -> bool:
    """Does a future 将 (将达, 将新增; not the disposal 将X提高到) stand in the clause before ``pos``? A noun after it
    (the tagger reads 利用 as one) is the disposal's object only when a verb bringing it to a level closes on the number."""
    if "将" not in text[clause_start:pos]:
        return False
    pairs, c = pos_pairs(text[clause_start:pos]), target_cues()
    disposal = cue_patterns()["to_level_end"].search(text, clause_start, pos) is not None
    return any(w == "将" and (pairs[k + 1][1].startswith(("v", "d")) or pairs[k + 1][0] in c.actions
                             or pairs[k + 1][0] in c.verbs or not disposal) for k, (w, _t) in enumerate(pairs[:-1]))


@lru_cache(maxsize=1)
def _re_obliged() -> "regex.Pattern":
    """A modal of obligation (要), adverbs (再, 进一步), then a goal verb (下降, 达到, 控制在)."""
    c = target_cues()
    return regex.compile(rf"(?:{target_words('obligation')})(?:{alternation(c.adverbs).pattern})*(?:{alternation(c.verbs).pattern})")


_OBLIGED_GAP = 8


def _obliged(text: str, clause_start: int, pos: int) -> bool:
    """Does a modal of obligation, a word of its own, stand before the goal verb that reads the number at ``pos``
    (排放量要下降3%, 要再减少…1000万人; not 主要, 需要, 要求: cut reads them as words of their own)?"""
    last = None
    for last in _re_obliged().finditer(text, clause_start, pos):
        pass
    if last is None or pos - last.end() > _OBLIGED_GAP or RE_DIGIT.search(text, last.end(), pos):
        return False
    at = clause_start
    for word in cut(text[clause_start:last.end()]):
        if at == last.start():
            return text.startswith(word, at) and word in target_words("obligation").split("|")
        at += len(word)
        if at > last.start():
            return False
    return False


_RE_CLAUSE_YEAR = regex.compile(rf"(?:^|(?<=[，,；;：:\s\u3000]))(?:从|到|至|在|于)?({YEAR_NUMBER})年")


def _opens_past_year(text: str, start: int, end: int, doc_year: int) -> bool:
    """Does a clause between ``start`` and ``end`` open on a year before the document's (一九八○年上升百分之零点九,
    从一九七九年到一九八二年的四年间…增长; not a base year inside a clause: 按一九八○年不变价格计算)?"""
    return any(_year(m[1]) < doc_year for m in _RE_CLAUSE_YEAR.finditer(text[start:end]))


@lru_cache(maxsize=1)
def _sourced_forecast() -> "regex.Pattern":
    """A clause opening with a source and a forecast word (据工业和信息化部预计，, 根据有关机构预测，)."""
    return regex.compile(rf"(?:^|(?<=[，。；：,;:\n]))(?:{target_words('source')})[^，。；：,;:\n]{{0,30}}?"
                         rf"(?:{target_words('forecast')})")


@lru_cache(maxsize=1)
def _forecast_clause() -> "regex.Pattern":
    """A clause with a forecast word (预计, 预测; not the estimate of a base, 比1980年预计) that ends in 后: what is
    expected once a project is done (工程预计今年全部投运后，): the sentence's later figures are its effects."""
    return regex.compile(rf"(?<!(?:{target_words('compare')})(?:{YEAR_NUMBER})年|{target_words('base_year')})(?:{target_words('forecast')})"
                         rf"[^，。；：！？,;:!?\n]*后[，,]")


@lru_cache(maxsize=1)
def _requirement_words() -> frozenset:
    return frozenset(target_words("requirement").split("|"))


def _requires(clause: str) -> bool:
    """Does a word of a requirement an applicant must meet stand in the clause (内容需至少覆盖8个环节: a
    criterion, no count task; 需 as a word of its own, not the 需 of 需求)?"""
    return any(w in _requirement_words() for w in cut(clause))


def _brings_to(text: str, clause_start: int, pos: int) -> bool:
    """Does the clause require to bring a thing to the number: a disposal after a word of a task
    (逐步将X降至n, 要把X控制在n, 引导…将X提高到n; a decision, 决定将X降至n, reports a measure)?"""
    if not cue_patterns()["to_level_end"].search(text, clause_start, pos):
        return False
    clause = text[clause_start:pos]
    at = disposal_object(clause)
    if at is None:
        return False
    c = target_cues()
    tasks = c.adverbs | c.scope | set(c.strength)
    return any(w in tasks for w in cut(clause[:at - 1]))


def _intro(text: str, lo: int, hi: int) -> Optional[tuple[int, str]]:
    """``(end, cue)`` of the list intro of a paragraph (主要预期目标是：), also when a layout break
    split it (今年经济社会发展的⏎主要预期目标⏎是：地区生产总值…)."""
    m = cue_patterns()["intro"].search(text, lo, hi)
    if m:
        return m.end(), _RE_INTRO_END.sub("", m.group())
    head = _RE_INTRO_TAIL.match(text, lo, hi)
    if head and lo > 0:
        before = text[max(0, lo - 40): lo].rstrip("\n ").rsplit("\n", 1)[-1]
        cue = cue_patterns()["intro_end"].search(before)
        if cue:
            return head.end(), cue.group()
    return None


def _bare_atoms(text: str, lo: int, hi: int, known: list[Atom]) -> Iterator[Atom]:
    """Numbers right after a level verb that no fact took (两化融合发展指数达到125左右)."""
    if not _RE_BARE_START.search(text, lo, hi):
        return  # (most paragraphs: no digit and no 千, 万, 亿 a bare number could start with)
    pats, c = cue_patterns(), target_cues()
    taken = [(a.start, a.end) for a in known]
    for m in _RE_LATIN_BOUNDED.finditer(text, lo, hi):
        # 带宽可用性5000M以上: a number with a unit in Latin letters no fact kind knows, bounded as a plan bounds it
        if not any(s <= m.start() < e for s, e in taken):
            atom = bare_atom(text, m.start())
            if atom and atom.end <= hi and atom.unit:
                yield atom
    for m in free_matches(pats["verbs"], text, lo, hi):
        if c.verbs[m.group()][0] != "level":
            continue
        pos = m.end()
        if any(s <= pos < e for s, e in taken):
            continue
        atom = bare_atom(text, pos)
        if atom and atom.end <= hi:
            yield atom


def _past(text: str, item_start: int, end: int, hi: int, committed: bool, ahead: bool = False) -> bool:
    """An achieved result: a past word in the item of the number (累计完成, 已达到), or a comparison with
    the past (比上年增长5.5%) unless a strength cue commits to it (确保…较上年度再降0.5个百分点); the
    next item of a list is another statement (支出规模28.5万亿元、比上年增加1.1万亿元). A cumulative
    word after a future deadline or a strength cue (``ahead``: 到2018年，累计制修订150项以上标准) sums
    up the goal, not a result."""
    item_end = end
    while item_end < hi and text[item_end] not in ITEM_END:
        item_end += 1
    pats = cue_patterns()
    cumulative = target_cues().cumulative
    if any(not (ahead and m.group() in cumulative) and not _RE_ESTIMATED_BASE.search(text, item_start, m.start())
           for m in free_matches(pats["past"], text, item_start, item_end)):
        return True  # (比1980年预计增长5.5％: the estimate is the base's, the figure a plan's)
    return not committed and next(free_matches(pats["basis"], text, item_start, item_end), None) is not None


def _bound_before_verb(text: str, clause_start: int, pos: int) -> Optional[str]:
    """The comparator of a bound word right before the goal's verb (移动网络流量资费年内至少降低30%: >=), None for none."""
    pre = text[clause_start:pos]
    verb = cue_patterns()["verb_end"].search(pre)
    if verb is None:
        return None
    bound = next((qualifier_bound(pre[verb.start() - n: verb.start()]) for n in (2, 3)
                  if verb.start() >= n and qualifier_bound(pre[verb.start() - n: verb.start()])), None)
    return bound if bound in (">=", "<=") else None


def _comparator(atom: Atom, reading: Reading) -> str:
    if atom.value_max is not None or reading.bound == "=":
        return "="
    if atom.comparator:
        return atom.comparator
    if atom.lead:
        return qualifier_bound(atom.lead) or "="
    return reading.bound or "="


def _make(ctx: Context, atom: Atom, reading: Reading, comparator: str, deadline, strength) -> FactBase:
    start = min(reading.subject_start, atom.start)
    if reading.kind in ("follow", "target_noun", "action") and reading.subject_start >= atom.start:
        start = atom.start
    end = max(atom.end, reading.span_end or 0)
    return ctx.make("target", start, end, subject=reading.subject, measure=reading.measure,
                    value=atom.value, value_max=atom.value_max, unit=atom.unit, comparator=comparator,
                    deadline=deadline, strength=strength)
