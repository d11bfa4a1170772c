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
from govtext.lexicon_schema import TARGET_CUE_VALUES
from govtext.lexicons import load_rows, load_table, split_alts
from govtext.records import FactBase
from govtext.text.numerals import NumeralError, parse_number
from govtext.text.patterns import NUMERAL_CHARS, ONES, ZERO_VARIANTS, OVER_MARKS, SCALES, SMALL_NUMERALS, plan_bounds, qualifier_words, qualifiers, range_words
from govtext.text.postag import pos_pairs
from govtext.text.segmentation import cut
from govtext.text.wordtrie import word_alternation
from govtext.values.dates import read_component

__all__ = ["extract_targets", "goal_parts", "target_cues", "ROLES"]

LEXICON = "target_cues.tsv"

# role -> the values its rows may carry (None: any text); the row model checks them (lexicon_schema.TargetCueRow)
ROLES = TARGET_CUE_VALUES

_QUAL = {"approx": "approx", "over": ">=", "at_least": ">=", "under": "<=", "at_most": "<="}
_COUNT_CATEGORIES = {"count", "people", "events", "groups", "documents", "vehicles"}
_SENTENCE_END = "。！？；!?;"
_FULL_STOPS = "。！？!?"
_CLAUSE_END = "，。；：！？,;:!?"
_ITEM_END = _CLAUSE_END + "、"
_CLOSERS = "，。；、：！？,;:!?）)和及与" + "\n"
_NUM = rf"(?:\d+(?:\.\d+)?(?:[{SCALES}]+)?|[{NUMERAL_CHARS}]+)"
_RE_HAN_OR_PERCENT = regex.compile(r"[\p{Han}%％]")
_RE_ANY_STOP = regex.compile(r"[，。；：！？,;:!?]")
_RE_PAREN_START = regex.compile(r"^[（(]")
_RE_YEAR_WORD = regex.compile(r"((?:19|20)\d\d)年")
_RE_YEAR_OPENER = regex.compile(r"\s*((?:19|20)\d\d)年[，,]")
_RE_SENTENCE_END = regex.compile(r"[。！？；!?;]")
# 每 before a thing or an occasion (每户, 每座, 每个乡镇, 每次, 每月): a standard for each; 每年 (a yearly goal),
# 每 before a numeral (每万人口拥有…: a rate indicator) and 每 in a gloss (（每秒百亿亿次…）) stay
_RE_PER_ITEM = regex.compile(rf"每(?![年\d{NUMERAL_CHARS}])\p{{Han}}")
_NOT_BEFORE_DEADLINE = ("从", "自", "于", "较", "比")  # 从2019年 a start, 较2016年底 the base of a comparison
_RE_BASE_YEAR_END = regex.compile(r"(?:较|比)(?:19|20)\d\d年(?:年?底|年?末)?$")
_RE_COPULA = regex.compile(r"[是的]")
_RE_MARKS = regex.compile(r"[“”‘’\"\'《》\s]")
_RE_YEAR_LEAD = regex.compile(r"^(?:到|至|在)?(?:19|20)\d\d年(?:年底|年末|底|末)?(?:前)?")
_RE_YEAR_OR_DE_END = regex.compile(r"(?:(?:19|20)\d\d年|的)$")
_RE_QUOTES_SPACES = regex.compile(r"[“”\s]")
_RE_NUMERAL_RUN = regex.compile(rf"([{ONES}])([{ONES}]+)(.+)")
_RE_MEMBER_SEP = regex.compile(r"、|和|及|与")
_RE_NOUN_START = regex.compile(r"[\p{Han}A-Za-z“\"]|\d+[A-Za-z]|\d+\p{Han}+[\p{Han}A-Za-z]{2}")
_RE_CONTINUATION = regex.compile(r"[\p{Han}“”（）()·]{0,20}?[、和及与]")
_RE_DIGIT = regex.compile(r"\d")
_RE_YEAR_DIGITS = regex.compile(r"(?:19|20)\d\d")
_RE_INTRO_END = regex.compile(r"\s*(?:如下\s*)?(?:是|为|：|:)$")
_RE_MULTIPLE = regex.compile(r"(?<![\d.])(?P<n>\d+(?:\.\d+)?)倍")
_RE_YEAR = regex.compile(
    r"(?P<prep>到|至|在)?(?P<y>(?:19|20)\d\d)年(?:(?P<m>\d{1,2})月)?(?P<end>年底|年末|底|末)?"
    rf"(?P<before>(?:前|以前|之前)(?![\d{SMALL_NUMERALS}季个]))?")
_RE_TARGET_NOUN = regex.compile(r"的(?P<p>预期)?(?P<g>增长|增速)?(?:预期)?目标")
_RE_PAREN = regex.compile(r"[（(][^（）()]{0,60}[）)]")
# (a decimal opening a line is no enumerator: the ``2.5`` of a PM⏎2.5⏎） broken over lines)
_RE_ENUM = regex.compile(rf"^(?:[{SMALL_NUMERALS}]+[、．.]|[（(][{SMALL_NUMERALS}]+[）)]|第[{SMALL_NUMERALS}]+部分|\d{{1,2}}(?:[．.](?!\d)|、))")
_RE_INLINE_HEADING = regex.compile(rf"^[（(][{SMALL_NUMERALS}]+[）)][^，。；：]{{2,14}}[。：]")
_RE_DASH = regex.compile(r"^\s*(?:——|──|－－|--)")
_RE_NUMBER_END = regex.compile(r"\d(?![\dA-Za-z.年月日号])|%")
_RE_SEPARATOR = regex.compile(r"[、和及与，]")
_RE_OBJECT = regex.compile(r"[\p{Han}A-Za-z0-9“”（）()、·]+")
_RE_NOUN_AFTER = regex.compile(r"[\p{Han}A-Za-z0-9“”\"·（）()]{1,30}?(?=[，。；：、！？,;:!?\n]|和|及|$)")
_RE_ENUM_LEAD = regex.compile(rf"^(?:\d{{1,2}}[.．、]|[（(][{SMALL_NUMERALS}\d]{{1,3}}[）)]|[{SMALL_NUMERALS}]{{1,2}}(?:是|要|、))")
_RE_INTRO_TAIL = regex.compile(r"\s*(?:是|为)?[：:]")
_RE_PLAN_PERIOD = regex.compile(rf"^(?:今后五年|十[{ONES}]五(?:时期|期间|末)?)")
_RE_FROM = regex.compile(rf"[由从][^，。；、由从]{{0,16}}?(?:\d|百分之|[{NUMERAL_CHARS}]{{2,}})[^，。；、]*$")
_RE_DOING = regex.compile(r"\p{Han}{2,20}(?=[，。；！？,;!?\n]|$)")
_RE_SHORT_NOUN = regex.compile(r"\p{Han}{1,6}")
_RE_MODIFIED_NOUN = regex.compile(r"[\p{Han}A-Za-z“”\"·（）()、]{2,40}?(?=[，。；：！？,;:!?\n]|$)")
_RE_LIST_JOIN = regex.compile(r"、|和|及|与|、和")
_RE_NOT_DEADLINE_AFTER = regex.compile(rf"\d|第?[{SMALL_NUMERALS}]{{1,2}}(?:月|季度)|首季|[上下]半年|前[\d{SMALL_NUMERALS}]|以来|开始|起|的")
# a span of years from now (三年内, 未来5年内): the time a plan gives itself, not a past period (近三年内)
_WITHIN_YEARS = rf"(?<![近前这过去])(?:今后|未来)?(?:[{SMALL_NUMERALS}两]{{1,2}}|\d{{1,2}})年(?:内|之内)"
_RE_WITHIN_YEARS = regex.compile(_WITHIN_YEARS)
_RE_PERIOD_LEAD = regex.compile(rf"^(?:今后|未来)?(?:[{SMALL_NUMERALS}两]{{1,2}}|\d{{1,2}})年(?:内|之内|间)?(?=\p{{Han}}{{2}})")
_RE_LIST_START = regex.compile(r"(?:、|和|及|与)")
_RE_PLAN_WORD_EDGE = regex.compile(r"^(?:而|并|且)|计划(?:草案)?(?:规定|要求|安排)?$|^计划(?=新|增|建|安排|完成)")
_RE_OPEN_GLOSS = regex.compile(r"[^，。；（(）)]{0,3}[（(][^）)]*")
_RE_SHARE = regex.compile(r"的?(?P<p>[\p{Han}A-Za-z“”\"]{4,30}?)(?=[，。；！？,;!?\n]|$)")
_RE_TO_YEAR = regex.compile(rf"(?P<y>(?:19|20)\d\d|[{ONES[:2]}][{ZERO_VARIANTS}{ONES}]{{3}})年的$")
_RE_FROM_LEVEL = regex.compile(rf"(?<![自理经])[由从](?:\d|[{ZERO_VARIANTS}{ONES}]{{2}}|去年|上年|目前|现在)[^，。；、由从]{{0,10}}的$")
_RE_FROM_TAIL = regex.compile(rf"[由从](?:\d|[{ZERO_VARIANTS}{ONES}]{{2}})[^由从]*$")
_RE_BASE_ONLY = regex.compile(r"^(?:比|较)(?![重例率值])")
# the end of a five-year plan period: “十四五”末, 到“十二五”期末 (the 十五 plan ends 2005, the 十n五 plan 2005 + 5n)
_RE_PLAN_END = regex.compile(rf"(?:到|至)?[“\"‘]?十(?P<n>[{ONES}]?)五[”\"’]?(?:规划)?(?:时期|期)?末(?!期以来|以来)")
# a goal noun, then the verb that sets its value: (增长速度的宏观调控)目标，定为 / (增长)目标确定为 / 目标是
_RE_GOAL_SET = regex.compile(r"目标[，,]?(?:确定为|定为|为|是)\s*")
_DURATIONS = {"年", "月", "个月", "天", "日", "周", "小时", "分钟", "季度"}


@dataclass(frozen=True)
class _Vocab:
    """The shared vocabulary as the target reader uses it (text/patterns.py, lexicons/qualifiers.tsv)."""

    before: tuple[str, ...]          # bound words a number's fact may open with (超过500家)
    bounds: dict                     # qualifier word -> comparator (以上 >=, 以内 <=, 左右 approx)
    points: "regex.Pattern"          # 1个百分点左右
    bare: "regex.Pattern"            # a number with no unit after a level verb: 125左右, 千亿, 14EFlops
    range_head: "regex.Pattern"      # the lower end of a range before a fact: 2—(4家)
    range_gap: "regex.Pattern"       # between two facts of a range: 5%—5.5%
    range_word: "regex.Pattern"      # 及以上 right after the number, cut from a subject
    bound_of: "regex.Pattern"        # 及以上的 / 以上企业: the bound of a class, no goal
    trailing_bound: "regex.Pattern"  # a bound closing the noun after a count: 60亿吨标准煤以内
    plan_bound: "regex.Pattern"      # a bound a plan sets on a figure (10家以上, 50项左右; not 余, 多, 近)


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    rows = qualifier_words()
    after = qualifiers("after_amount")
    limits = "|".join(regex.escape(w) for w, q, p, _g in rows
                      if p in ("after", "both") and q != "approx" and w not in OVER_MARKS)  # 以上 以下 以内
    return _Vocab(
        before=tuple(w for w, _q, p, _g in rows if p in ("before", "both")),
        bounds={w: _QUAL[q] for w, q, _p, _g in rows},
        points=regex.compile(rf"(?P<n>{_NUM})个百分点(?P<q>{after})?"),
        bare=regex.compile(rf"(?P<n>\d+(?:\.\d+)?(?:[{SCALES}]+)?|[{SMALL_NUMERALS}百千]*[千万亿]+)(?P<u>[A-Za-z]+)?(?P<q>{after})?"),
        range_head=regex.compile(rf"(?P<n>\d+(?:\.\d+)?)(?P<u>%)?{range_words()}\s*$"),
        range_gap=regex.compile(rf"{range_words()}{{1,2}}"),
        range_word=regex.compile(rf"^及?(?:{limits})"),
        bound_of=regex.compile(rf"及?(?:{limits})(?:的|企业|单位|项目|人员)"),
        trailing_bound=regex.compile(rf"(?:{after})$"),
        plan_bound=regex.compile(plan_bounds()),
    )


def _bound(word: Optional[str]) -> Optional[str]:
    """The comparator a qualifier word sets (以上 → >=, 左右 → approx), None for none."""
    return _vocab().bounds.get(word) if word else None


@dataclass(frozen=True)
class _Cues:
    intro: dict
    strength: dict
    goal: frozenset
    deadline: dict
    deadline_prep: frozenset
    verbs: dict
    adding: frozenset
    actions: frozenset
    naming: frozenset
    dropped: frozenset
    adverbs: frozenset
    indicator_adverbs: frozenset  # adverbs that open a subject before a noun (平均: 平均担保费率)
    disposal: frozenset           # disposal markers whose object is the subject (将, 把)
    scope: frozenset
    past: frozenset
    basis: frozenset
    past_openers: frozenset
    heading_past: frozenset
    heading_goal: frozenset
    not_units: frozenset
    duration_subjects: frozenset
    subject_tails: frozenset
    cumulative: frozenset
    plan_docs: frozenset
    committing: frozenset  # strength cues with a reach (力争, 确保; not 努力, which also reports: 经过努力)
    split: dict
    not_after: dict


@lru_cache(maxsize=1)
def target_cues() -> _Cues:
    """The cue lexicon (a bad row fails on load naming the file, the line and the column)."""
    rows = load_rows(LEXICON)  # each row checked by its model (lexicon_schema.TargetCueRow)
    by: dict[str, dict[str, str]] = {role: {} for role in ROLES}
    not_after: dict[str, tuple[str, ...]] = {}
    for r in rows:
        by[r["role"]][r["cue"]] = r["value"]
        if r.get("not_after"):
            not_after[r["cue"]] = tuple(split_alts(r["not_after"]))
    cues = _Cues(
        intro={k: (None if v == "-" else v) for k, v in by["intro"].items()},
        strength=dict(by["strength"]),
        goal=frozenset(by["goal"]),
        deadline=dict(by["deadline"]),
        deadline_prep=frozenset(by["deadline_prep"]),
        verbs={k: ("level" if v.startswith("level") else "growth" if v == "growth_add" else v,
                   v[5:] if v.startswith("level") and len(v) > 5 else None) for k, v in by["verb"].items()},
        adding=frozenset(k for k, v in by["verb"].items() if v == "growth_add"),
        actions=frozenset(by["action"]),
        naming=frozenset(k for k, v in by["action"].items() if v == "name"),
        dropped=frozenset(k for k, v in by["action"].items() if v == "drop"),
        adverbs=frozenset(by["adverb"]),
        indicator_adverbs=frozenset(k for k, v in by["adverb"].items() if v == "indicator"),
        disposal=frozenset(k for k, v in by["adverb"].items() if v == "disposal"),
        scope=frozenset(by["scope"]),
        past=frozenset(by["past"]),
        basis=frozenset(by["basis"]),
        past_openers=frozenset(by["past_opener"]),
        heading_past=frozenset(by["heading_past"]),
        heading_goal=frozenset(by["heading_goal"]),
        not_units=frozenset(by["not_unit"]),
        duration_subjects=frozenset(by["duration_subject"]),
        subject_tails=frozenset(by["subject_tail"]),
        cumulative=frozenset(by["cumulative"]),
        plan_docs=frozenset(by["plan_doc"]),
        committing=frozenset(r["cue"] for r in rows if r["role"] == "strength" and r.get("reach")),
        split={k: split_alts(v) for k, v in by["split"].items()},
        not_after=not_after,
    )
    return cues


@lru_cache(maxsize=None)
def _predicate_words(role: str) -> frozenset[str]:
    """The words of ``role`` in ``lexicons/predicate_words.tsv``: ``link`` (并, 同时: a new predicate
    starts), ``state`` (来自, 属于, 是: a verb stating what is)."""
    return frozenset(r["word"] for r in load_rows("predicate_words.tsv") if r["role"] == role)


def _alt(words) -> "regex.Pattern":
    return regex.compile("|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, "regex.Pattern"]:
    c = target_cues()
    return {
        "intro": regex.compile(rf"(?:{_alt(c.intro).pattern})\s*(?:如下\s*)?(?:是|为|：|:)"),
        "intro_end": regex.compile(rf"(?:{_alt(c.intro).pattern})$"),
        "strength": _alt(c.strength),
        "cue_any": _alt(set(c.strength) | c.goal),
        "strength_end": regex.compile(rf"(?:{_alt(c.strength).pattern})$"),
        "goal": _alt(c.goal),
        "deadline": _alt(c.deadline),
        "verbs": _alt(c.verbs),
        "verb_end": regex.compile(rf"(?:{_alt(c.verbs).pattern})$"),
        "adverbs_end": regex.compile(rf"(?:{_alt(c.adverbs).pattern})+$"),
        "actions": _alt(c.actions),
        "past": _alt(c.past | c.cumulative),
        "basis": _alt(c.basis),
        "past_opener": regex.compile(rf"^\s*(?:{_alt(c.past_openers).pattern})"),
        "heading_past": _alt(c.heading_past),
        "heading_goal": _alt(c.heading_goal | set(c.intro)),
        # single-character adverbs (再, 均, 将) only end a subject: 再生资源, 均衡 start with them
        # (新建 / 新培育 … before the subject of a bound: 新建保障性住房不少于2万套 → 保障性住房)
        "lead": regex.compile(rf"^(?:{_alt(c.scope | c.cumulative | {a for a in c.adverbs if len(a) > 1 and a not in c.indicator_adverbs} | set(c.strength) | c.goal | set(c.deadline) | c.dropped | {a for a in c.actions if a.startswith('新') and a not in c.naming}).pattern})"),
        # (a plan word ends a subject too: 中央财政赤字拟(安排2450亿元), not the 拟 of 模拟)
        "tail": regex.compile(rf"(?:{_alt(c.adverbs | c.scope | c.subject_tails | set(c.intro) | c.dropped | {b + '度' for b in c.basis} | c.basis).pattern}|{_free_alt(c.goal)})$"),
        "inner_cue": regex.compile(rf"(?:{_alt(c.strength).pattern})(?:(?:到|至)?(?:19|20)\d\d年(?:底|末)?)?|(?:到|至)(?:19|20)\d\d年(?:底|末)?"),
        # 计划 as the predicate of a plan figure (工业总产值计划比上年增长6%, 计划草案规定…增长, 计划新建…):
        # a goal, its comparison with last year the plan's own (not 完成计划, 超过计划, 计划生育)
        "plan_verb": regex.compile(rf"(?<!完成|超过|超额|按|原)计划(?:草案)?(?:(?:规定|要求)[，,：:]|(?:安排)?[，,]?"
                                   rf"(?:{_alt(c.basis).pattern})?(?:{_alt(c.verbs).pattern}|{_alt(c.actions).pattern}|将|把))"),
        # a level verb that names where a thing is brought (降至, 提高到, 控制在): after a disposal 将 / 把
        # the sentence sets a level (逐步将平均担保费率降至1%以下)
        "to_level_end": regex.compile(rf"(?:{_alt(v for v, (m, _b) in c.verbs.items() if m == 'level' and v.endswith(('到', '至', '在'))).pattern})\s*$"),
        "committing": _alt(c.committing),
        "fused": regex.compile(rf"(?P<cue>{_alt(c.strength).pattern})(?=(?:到|至)?(?:19|20)\d\d年|今年|年底前|{_WITHIN_YEARS})"),
    }


def _free_alt(words) -> str:
    """An alternation of cue words, each as a word of its own (its not_after characters not before it)."""
    blocked = target_cues().not_after
    return "|".join(rf"(?<!{'|'.join(map(regex.escape, blocked[w]))}){regex.escape(w)}" if blocked.get(w) else regex.escape(w)
                    for w in sorted(words, key=len, reverse=True))


def _free(text: str, start: int, cue: str) -> bool:
    """Is the cue at ``start`` a word of its own (not the end of a longer word, 通过 for 过)?"""
    blocked = target_cues().not_after.get(cue)
    return not blocked or not text.endswith(blocked, 0, start)


def _finditer(pattern: "regex.Pattern", text: str, start: int, end: int) -> Iterator["regex.Match"]:
    for m in pattern.finditer(text, start, end, overlapped=False):
        if _free(text, m.start(), m.group()):
            yield m


def _actions(text: str, start: int, end: int) -> list["regex.Match"]:
    """The action verbs in ``text[start:end]``; a one-character one only as a word of its own
    (建5G基站, not the 建 of 建筑)."""
    return [m for m in _finditer(_patterns()["actions"], text, start, end)
            if len(m.group()) > 1 or cut(text[m.start(): m.start() + 4])[0] == m.group()]


# --------------------------------------------------------------------------- numbers


@dataclass(frozen=True)
class _Atom:
    start: int
    end: int
    value: float
    unit: Optional[str]
    comparator: Optional[str] = None
    value_max: Optional[float] = None
    kind: str = "quantity"
    lead: str = ""  # a bound word the fact's span opened with (超过500家)


@lru_cache(maxsize=1)
def _unit_categories() -> dict[str, str]:
    return {k: r.get("category", "") for k, r in load_table("units.tsv").items()}


@lru_cache(maxsize=1)
def _lead_re() -> "regex.Pattern":
    """The bound words a number's fact may open with, in ``_vocab().before``'s order: at a position
    the first of them written there matches (an alternation tries its branches in order)."""
    return regex.compile("|".join(regex.escape(w) for w in _vocab().before) or "(?!)")


def _atoms(ctx: Context) -> list[_Atom]:
    norm, text = ctx.norm, ctx.text
    found: dict[int, _Atom] = {}
    units = {"money": "元", "percent": "%"}
    lead_re = _lead_re()
    for kind in ("quantity", "money", "percent"):
        for f in ctx.facts(kind):
            s, e = norm.to_norm(f.start), norm.to_norm(f.end - 1) + 1
            lead = lm.group() if (lm := lead_re.match(text, s)) else ""
            unit = units.get(kind) or f.unit
            if kind == "money" and getattr(f, "currency", "CNY") != "CNY":
                unit = f.currency  # 4万美元: the value is in that currency
            cmp_ = _QUAL.get(f.qualifier) if f.qualifier else None
            atom = _Atom(s, e, f.value, unit, cmp_, getattr(f, "value_max", None), kind, lead)
            if s not in found or found[s].end < e:
                found[s] = atom
    for m in _vocab().points.finditer(text):
        try:
            value = parse_number(m["n"])
        except NumeralError:
            continue
        cmp_ = _bound(m["q"])
        for s in [k for k in found if m.start() <= k < m.end()]:
            del found[s]
        found[m.start()] = _Atom(m.start(), m.end(), value, "个百分点", cmp_, None, "points")
    for m in _RE_MULTIPLE.finditer(text):  # 增长1.5倍: a multiple, read only after a growth verb
        if m.start() not in found:
            found[m.start()] = _Atom(m.start(), m.end(), float(m["n"]) if "." in m["n"] else int(m["n"]), "倍",
                                     None, None, "multiple")
    atoms = sorted(found.values(), key=lambda a: a.start)
    # ranges: 5%—5.5% (two facts), 2—4家 (a bare number before the fact)
    out: list[_Atom] = []
    for a in atoms:
        if out:
            prev = out[-1]
            gap = text[prev.end:a.start]
            if (_vocab().range_gap.fullmatch(gap) and prev.unit == a.unit
                    and a.kind == prev.kind and prev.value < a.value and prev.comparator is None):
                out[-1] = replace(prev, end=a.end, value_max=a.value, comparator=None)
                continue
        head = _vocab().range_head.search(text, max(0, a.start - 12), a.start)
        if head and head.end() == a.start and a.value_max is None and not a.lead:
            try:
                low = parse_number(head["n"])
            except NumeralError:
                low = None
            if low is not None and low < a.value and (not out or out[-1].end <= head.start()):
                a = replace(a, start=head.start(), value=low, value_max=a.value, comparator=None)
        out.append(a)
    return out


def _bare_atom(text: str, pos: int) -> Optional[_Atom]:
    """A number right after a level verb that no fact took: 指数达到125左右, 规模过千亿, 14EFlops."""
    m = _vocab().bare.match(text, pos)
    if not m:
        return None
    nxt = text[m.end(): m.end() + 1]
    if _RE_HAN_OR_PERCENT.match(nxt) and not m["q"] and not m["u"]:
        return None  # a unit the fact kinds do not know, or no number at all
    try:
        value = parse_number(m["n"])
    except NumeralError:
        return None
    cmp_ = _bound(m["q"])
    return _Atom(m.start(), m.end(), value, m["u"] or None, cmp_, None, "bare")


# --------------------------------------------------------------------------- document layout


@dataclass
class _Para:
    start: int
    end: int
    mode: str  # "goal" | "past" | "neutral"
    dash: bool
    heading: bool


def _is_heading(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > 40 or s[-1] in "。；！？;!?，,":
        return False
    return bool(_RE_ENUM.match(s)) or (len(s) <= 30 and not _RE_ANY_STOP.search(s))


def _raw_headings(ctx: Context) -> list[tuple[int, str]]:
    """``(position in the normalized text, heading)`` of the raw lines that are headings (the
    normalized text may join a heading with no final stop to the paragraph under it)."""
    out, pos = [], 0
    for line in ctx.raw.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if _is_heading(line):
            lead = len(line) - len(line.lstrip())
            out.append((ctx.norm.to_norm(start + lead), line.strip()))
    return out


@lru_cache(maxsize=1)
def _plan_re() -> tuple["regex.Pattern", "regex.Pattern"]:
    types = _alt(target_cues().plan_docs).pattern
    return (regex.compile(rf"(?:制定|制订|编制)本(?:{types})"),
            regex.compile(rf"^[^。；，,;]{{2,50}}(?:{types})\s*(?:[（(][^（）()]{{4,15}}[）)])?\s*$"))


def _is_plan(raw: str) -> bool:
    """A plan that names itself: ``…，制定本实施方案。``, or a first line that is a plan's title
    (``山东省服务业数字化转型行动方案（2021—2023年）``)."""
    says, title = _plan_re()
    if says.search(raw, 0, 3000):
        return True
    first = next((line.strip() for line in raw[:400].split("\n") if line.strip()), "")
    return bool(title.match(first))


def _is_report(text: str) -> bool:
    """A work report: a speech to a congress (各位代表) with a 主要预期目标 list."""
    return "各位代表" in text and any("预期" in m.group() for m in _patterns()["intro"].finditer(text))


def _paragraphs(ctx: Context, doc_year: Optional[int]) -> list[_Para]:
    """The paragraphs of the normalized text, each with the mode of the part it stands in: "past"
    under a review heading or after a review opening (过去一年), "goal" under a work or goal heading or
    after a paragraph with a list intro, else "neutral"."""
    text, pats = ctx.text, _patterns()
    headings = _raw_headings(ctx)
    h = 0
    out: list[_Para] = []
    # a work report (a speech to a congress with a 主要预期目标 list) opens with the review of the past
    mode, pos = ("past" if _is_report(text) else "neutral"), 0
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
            if pats["heading_past"].search(head) or top and doc_year and year and int(year[1]) < doc_year:
                mode = "past"  # 一、2025年工作回顾
            elif (pats["heading_goal"].search(head) or top and pats["committing"].search(head)) and (top or mode != "past"):
                mode = "goal"  # 三、2026年重点工作, （二）主要目标
            elif top and _RE_ENUM.match(head):
                mode = "neutral"  # 二、参加范围: a part of its own, neither review nor goals
        heading = bool(found) and found[0].replace(" ", "") == s.replace(" ", "")
        para_mode = mode
        body = s[len(found[0]):].lstrip() if found and s.startswith(found[0]) else s
        if not heading and pats["past_opener"].match(body):
            para_mode = "past"
        elif not heading and doc_year and (y := _RE_YEAR_OPENER.match(body)) and int(y[1]) < doc_year:
            para_mode = "past"
        out.append(_Para(start, end, para_mode, bool(_RE_DASH.match(line)), heading))
        if pats["intro"].search(line) and not pats["past_opener"].match(body):
            mode = "goal"  # the year's work follows the 主要预期目标 of a work report
    return out


# --------------------------------------------------------------------------- deadlines, strength


@dataclass(frozen=True)
class _Deadline:
    start: int
    end: int
    value: Optional[str]
    local: bool  # a year inside the clause (2030年达到…) binds that clause only
    dated: bool = True  # a year is written (到2027年), not only 今年 / 年底前


def _deadlines(text: str, start: int, end: int, doc_year: Optional[int], goal_part: bool = False) -> list[_Deadline]:
    """The deadline phrases of a paragraph, in order: ``到2027年``, ``2025年年底前``, ``今年``; in a goal
    part also a year that opens a clause (改造地方矿，1997年原煤年产量达到13亿吨左右) unless it is past."""
    c, out = target_cues(), []
    for m in _RE_YEAR.finditer(text, start, end):
        prep = m["prep"] if m["prep"] and (m["prep"] in c.deadline_prep or m["prep"] == "在") else None
        if prep and not _free(text, m.start(), prep):
            prep = None
        after = text[m.end(): m.end() + 4]
        follows_verb = bool(_patterns()["verbs"].match(after)) and not _RE_COPULA.match(after)
        committed = bool(_patterns()["strength_end"].search(text, max(start, m.start() - 3), m.start()))
        # (2017年，全镇…主要预期目标是：: the year the list is set for)
        heads_list = bool(_patterns()["intro"].search(text, m.end(), _sentence_end(text, m.end(), end)))
        opens = goal_part and not m["prep"] and (m.start() == start or text[m.start() - 1] in _CLAUSE_END + " \u3000") \
            and (doc_year is None or int(m["y"]) >= doc_year) and _RE_HAN_OR_PERCENT.match(after[:1] or "。") is not None
        if not (prep and (prep != "在" or m["before"]) or m["before"] or m["end"] or follows_verb or committed
                or heads_list or opens):
            continue  # (确保2020年…, 力争2025年…: a year right after a strength cue is when it is due)
        if text[max(start, m.start() - 1): m.start()] in _NOT_BEFORE_DEADLINE or after.startswith(("开始", "起", "以来")) \
                or after.startswith("的") and not heads_list \
                or text.endswith(("截至", "截止", "截到"), start, m.start() + (1 if m["prep"] == "至" else 0)):
            continue  # 从2019年开始 is a start, 截至2025年底 a status date
        value = m["y"]
        if m["m"]:
            value = f"{m['y']}-{int(m['m']):02d}"
        elif m["end"]:
            value = f"{m['y']}-12"
        local = (follows_verb or opens) and not (prep or m["before"] or m["end"] or committed or heads_list)
        out.append(_Deadline(m.start(), m.end(), value, local))
    for m in _finditer(_patterns()["deadline"], text, start, end):
        if _RE_NOT_DEADLINE_AFTER.match(text, m.end()) or text[max(start, m.start() - 1): m.start()] in _NOT_BEFORE_DEADLINE:
            continue  # 今年4月 is a date, 从今年开始 a start
        if doc_year is None:
            value = None
        else:
            kind = c.deadline[m.group()]
            value = str(doc_year + 1) if kind == "next_year" else str(doc_year) if kind == "year" else f"{doc_year}-12"
        # 年底前 points ahead as a written year does; 今年 / 全年 also report the present (news)
        out.append(_Deadline(m.start(), m.end(), value, False, dated=m.group().endswith("前")))
    for m in _RE_PLAN_END.finditer(text, start, end):
        year = 2005 + 5 * (ONES.index(m["n"]) + 1 if m["n"] else 0)
        if text[max(start, m.start() - 1): m.start()] in _NOT_BEFORE_DEADLINE + ("与", "是") or text.startswith("的", m.end()) \
                or doc_year is not None and year < doc_year:
            continue  # 比“十三五”末提高, 是“十一五”末的5.1倍, or a period ended before the document: a base, a review
        out.append(_Deadline(m.start(), m.end(), str(year), False))
    out.sort(key=lambda d: d.start)
    return out


def _sentence_end(text: str, pos: int, ceiling: int) -> int:
    m = _RE_SENTENCE_END.search(text, pos, ceiling)
    return m.start() if m else ceiling


def _sentence_start(text: str, pos: int, floor: int) -> int:
    return _back(text, pos, floor, _SENTENCE_END)


def _back(text: str, pos: int, floor: int, stops: str) -> int:
    i = pos
    while i > floor and text[i - 1] not in stops:
        i -= 1
    return i


# --------------------------------------------------------------------------- subjects


@lru_cache(maxsize=1)
def _measure_words() -> tuple[tuple[str, str], ...]:
    """Growth and reduction words, longest first (居民消费价格涨幅: the measure is in the subject)."""
    c = target_cues()
    return tuple(sorted(((v, m) for v, (m, _b) in c.verbs.items() if m != "level"), key=lambda p: -len(p[0])))


def _clean_subject(raw: Optional[str]) -> Optional[str]:
    """The indicator as written, without place, scope and cue words, descriptive 的-phrases, quotes
    and a trailing growth word: ``全省居民消费价格涨幅`` → 居民消费价格."""
    if not raw:
        return None
    pats = _patterns()
    s = _RE_PAREN.sub("", raw)
    s = _RE_MARKS.sub("", s)
    s = _RE_ENUM_LEAD.sub("", s)  # 1.通过…, 一要…, （三）…
    s = _RE_PLAN_PERIOD.sub("", s)  # “十五五”时期地区生产总值 → 地区生产总值
    cue = None
    for cue in pats["inner_cue"].finditer(s):
        pass
    if cue and len(s) - cue.end() >= 2:  # 中国宝武力争到2025年粗钢规模 → 粗钢规模
        s = s[cue.end():]
    if "将" in s or "把" in s:  # 引导合作机构逐步将平均担保费率(降至…): what is brought to the level
        last = _disposal(s)
        if last is not None:
            s = s[last:]
    changed = True
    while changed and s:
        cut_plan = _RE_PLAN_WORD_EDGE.sub("", s)  # 工业总产值计划(增长6%), 计划新建(…): the plan, not the indicator
        if cut_plan != s:
            s, changed = cut_plan, True
            continue
        changed = False
        m = _RE_YEAR_LEAD.match(s) or _RE_PERIOD_LEAD.match(s)
        if m and m.end() > 0:
            s, changed = s[m.end():], True
            continue
        m = pats["lead"].match(s)
        if m:
            if m.end() >= len(s):
                return None  # only a cue or scope word: no subject
            s, changed = s[m.end():], True
            continue
        m = pats["tail"].search(s)
        if m and m.start() > 0:
            s, changed = s[: m.start()], True
            continue
        m = _RE_BASE_YEAR_END.search(s) or _RE_YEAR_OR_DE_END.search(s) or _RE_FROM_TAIL.search(s)
        if m and m.start() > 0:
            s, changed = s[: m.start()], True
            continue
        for word, _measure in _measure_words():
            if s.endswith(word) and len(s) > len(word):
                s, changed = s[: -len(word)], True
                break
    if "的" in s[:-2]:  # 以大数据为代表的数字经济核心产业规模 → 数字经济核心产业规模
        rest = s[s.rindex("的") + 1:]
        if len(rest) >= 2:
            s = rest
    s = s.lstrip("、，,的-—").rstrip("、和及与，,的")
    if _RE_BASE_ONLY.match(s):
        return None  # 比“六五”期间(增加百分之四十九): only the base of a comparison, the subject is before
    s = _vocab().range_word.sub("", s)  # 65周岁及以上老年人 cut after the number: 及以上老年人 → 老年人
    return s if len(s) > 1 else None  # one character (先发行) names nothing


def _measure_of_subject(raw: Optional[str]) -> Optional[str]:
    """The measure a subject names itself: ``X增速``, ``X涨幅`` growth, ``X降幅`` reduction."""
    if not raw:
        return None
    s = _RE_QUOTES_SPACES.sub("", raw)
    s = _patterns()["tail"].sub("", s)
    for word, measure in _measure_words():
        if s.endswith(word):
            return measure
    return None


def _split_subject(subject: Optional[str], n: int) -> list[Optional[str]]:
    """The members of a 分别 list: ``一产、二产、三产增加值`` → 一产增加值, 二产增加值, 三产增加值;
    ``城乡居民收入`` → 城镇居民收入, 农村居民收入; ``花生种植、收获机械化率`` → 花生种植机械化率, 花生收获机械化率."""
    if not subject or n < 2:
        return [subject] * n
    c = target_cues()
    for joined, parts in c.split.items():
        if subject.startswith(joined) and len(parts) == n:
            return [p + subject[len(joined):] for p in parts]
    m = _RE_NUMERAL_RUN.match(subject)
    if m and len(m[1] + m[2]) == n:  # 一二三产增加值
        return [d + m[3] for d in m[1] + m[2]]
    members = [p for p in _RE_MEMBER_SEP.split(subject) if p]
    if len(members) != n:
        return [subject] * n
    words = cut(members[-1])
    if len(words) < 2:
        return [subject] * n
    own, tail = words[0], "".join(words[1:])
    if all(p.endswith(tail) for p in members):
        return members  # 中级人民法院和基层人民法院: each member names itself whole
    prefix = ""
    first = cut(members[0])
    if n == 2 and len(first) > 1 and len(members[0]) > len(own) + 1:
        prefix = "".join(first[:-1])  # 花生种植、收获: 花生 is shared
    out = [members[0] + tail] + [prefix + p + tail for p in members[1:-1]] + [prefix + own + tail]
    return out


# --------------------------------------------------------------------------- reading one number


@dataclass
class _Reading:
    subject: Optional[str]
    subject_start: int
    measure: str
    bound: Optional[str]  # a comparator the predicate gives (突破 >=)
    kind: str  # "verb" | "action" | "noun" | "target_noun" | "follow"
    distributive: bool = False
    span_end: Optional[int] = None
    expected: bool = False  # 5.5%左右的预期增长目标: the document's year, aim
    to_year: Optional[str] = None  # 增加到二○○○年的二万八千亿元: the year the level is due


def _closes_item(text: str, pos: int, after_an: bool = False) -> bool:
    """Does the number end its item (a separator follows; after 按, also 安排: 赤字率拟按3%安排)?"""
    while pos < len(text) and text[pos] in " \u3000":
        pos += 1
    if after_an and text.startswith("安排", pos):
        return True
    return pos >= len(text) or text[pos] in _CLOSERS


def _noun_after(text: str, pos: int) -> tuple[Optional[str], int]:
    """The noun a count stands before: ``20家人工智能领军企业``; through a descriptive list to its
    head (``40个吸引力强、带动面广的消费场景`` → 消费场景); none for ``4个省份之一``."""
    longer = _RE_MODIFIED_NOUN.match(text, pos)
    if longer and "的" in longer.group():
        head = longer.group()[longer.group().rindex("的") + 1:]
        return (head, longer.end()) if len(head) >= 2 and not head.endswith("之一") else (None, pos)
    m = _RE_NOUN_AFTER.match(text, pos)
    if m and (m.group().endswith("之一") or text.startswith(("：", ":"), m.end())):
        return None, pos  # 4个省份之一; 实现五项基本功能：统一门户管理…: a count that opens an enumeration
    if not m or not _RE_NOUN_START.match(text[pos:pos + 12]):
        return None, pos
    noun, end = m.group(), m.end()
    if longer and longer.end() > end and _joined_nouns(longer.group()[len(noun):]):
        noun, end = longer.group(), longer.end()  # 100项以上基础共性、场景应用等国家、行业标准: one count
    words = cut(noun)
    for k, w in enumerate(words[1:], 1):
        if w in _predicate_words("link"):  # 140项以上相关标准并建立评估机制: the count's noun ends before 并
            cut_at = len("".join(words[:k]))
            return noun[:cut_at], pos + cut_at
    return noun, end


def _joined_nouns(rest: str) -> bool:
    """Does ``rest`` (、场景应用、终端产品标准) join more nouns to a count's noun, not another task
    (和完善配套设施, 、建设10个基地)?"""
    if not _RE_LIST_START.match(rest) or _RE_DIGIT.search(rest.replace("5G", "")):
        return False
    for part in _RE_MEMBER_SEP.split(rest):
        if part and pos_pairs(part[:6])[0][1].startswith("v"):
            return False
    return True


def _labels(text: str, start: int, end: int) -> bool:
    """Does a numeral label something in ``text[start:end]`` (十二届, 5个方面)?"""
    return bool(_label_re().search(text, start, end))


@lru_cache(maxsize=1)
def _label_re() -> "regex.Pattern":
    units = "|".join(regex.escape(u) for u in sorted(target_cues().not_units, key=len, reverse=True))
    return regex.compile(rf"[\d{SMALL_NUMERALS}百两]+个?(?:{units})")


def _per_item(text: str, clause_start: int, pos: int, floor: int) -> bool:
    """Does a 每 (每户, 每个乡镇) govern the number at ``pos``: in its clause, or in an earlier clause of
    its sentence when the number's clause has no subject of its own (配备…2至3辆, 其中…不低于600元)?"""
    if _RE_PER_ITEM.search(_RE_PAREN.sub("", text[clause_start:pos])):
        return True
    clause = text[clause_start:pos].lstrip()
    pats = _patterns()
    if pats["cue_any"].match(clause):
        return False  # 每个乡镇组建…，确保森林火灾受害率控制在…: a goal of its own
    words = pos_pairs(clause[:12])  # cached: the clause openings of a list recur
    if not (clause.startswith("其中") or words and words[0][1].startswith("v")):
        return False  # the clause names its own subject
    return bool(_RE_PER_ITEM.search(_RE_PAREN.sub("", text[_sentence_start(text, pos, floor):clause_start])))


def _read(text: str, atom: _Atom, floor: int, prev: Optional[tuple[_Atom, _Reading]]) -> Optional[_Reading]:
    """The predicate of a number in its clause, or None when the number is no goal's value."""
    c, pats = target_cues(), _patterns()
    clause_start = _back(text, atom.start, floor, _CLAUSE_END + "\n")
    item_start = _back(text, atom.start, floor, _ITEM_END + "\n")
    pre = text[clause_start: atom.start]
    if _RE_FROM_LEVEL.search(pre):
        return None  # 由一九八二年的(三十一万五千人)，增加到…: the level a change starts from
    if pre.rstrip().endswith("等"):
        return None  # 等14条高速公路项目: the count of an enumeration
    if "了" in text[_back(text, atom.start, floor, _ITEM_END + "\n"): atom.start]:
        return None  # 增加了2亿多亩, 达到了: a result
    if atom.unit in c.not_units or text.startswith("级", atom.end):
        return None
    if _per_item(text, clause_start, atom.start, floor):
        return None  # 每户补助资金1200元，其中…, 每座面积不少于30平方米: a standard for each, not a goal
    if _vocab().bound_of.match(text, atom.end):
        return None  # 单户担保金额500万元及以下的小微企业: the amount bounds a class of things
    if text.startswith("的", atom.end):
        m = _RE_TARGET_NOUN.match(text, atom.end)
        if m and _unit_categories().get(atom.unit or "") != "time":  # 4.5%左右的增长目标: a goal named again
            subject = _clean_subject(text[_own_head(text, clause_start, atom.start): atom.start])
            if subject in _goal_words() or subject and (_actions(subject, 0, len(subject))
                                                        or pos_pairs(subject)[-1][1].startswith("v")):
                subject = None  # 确定6%左右的增长目标: a verb, not the indicator, stands before
            start = _subject_start(text, clause_start, atom.start, subject)
            verb = pats["verb_end"].search(pre)
            if verb and _free(pre, verb.start(), verb.group()) and c.verbs[verb.group()][0] in ("growth", "reduction") \
                    and not m["g"]:
                # 提出今年国内生产总值增长8%左右的目标: the verb before the number is the measure; the
                # target runs from its subject to the number, 的目标 names it
                return _Reading(subject, start, c.verbs[verb.group()][0], None, "target_noun", expected=True)
            return _Reading(subject, start, "growth" if m["g"] else "level", None, "target_noun",
                            span_end=m.end(), expected=True)
        if atom.unit != "%":
            return None  # 收入过200亿元的软件产业集群: the number describes the noun
    duration = _unit_categories().get(atom.unit or "") == "time" or atom.unit in _DURATIONS
    named = _named_goal(text, atom, floor)
    if named is not None and not duration:
        return named
    # a continuation of the previous goal of the clause: 建设50所学校和150个专业, 90名国家级、150名省级人才
    if prev is not None:
        patom, pread = prev
        gap = text[patom.end: atom.start]
        if patom.start >= clause_start and _RE_CONTINUATION.fullmatch(gap):
            if pread.kind in ("action", "follow") and pread.subject_start >= patom.start:
                noun, end = _noun_after(text, atom.end)
                if noun:
                    return _Reading(_clean_subject(noun), atom.start, pread.measure, None, "follow", span_end=end)
    # 1. a verb right before the number (or a bound word that opens the number's fact: 超过500家)
    to_year = None
    if (ty := _RE_TO_YEAR.search(pre)) and pats["verb_end"].search(pre[: ty.start()]):
        # 由…增加到二○○○年的二万八千亿元左右: the year of the level stands between the verb and it
        to_year = str(read_component(ty["y"], "year"))  # 二○○○ digit by digit, as dates read it
        pre = pre[: ty.start()]
    m = pats["verb_end"].search(pre)
    verb_start = None
    if atom.lead:
        measure, bound, verb_start = "level", None, atom.start
    elif m and _free(pre, m.start(), m.group()):
        (measure, bound), verb_start = c.verbs[m.group()], clause_start + m.start()
    if atom.kind == "multiple" and (verb_start is None or c.verbs[m.group()][0] != "growth"):
        return None  # 是全国平均水平的1.5倍: a ratio, not a goal
    if verb_start is not None:
        head_end = verb_start
        adv = pats["adverbs_end"].search(text, clause_start, head_end)
        distributive = bool(adv and "分别" in adv.group())
        if adv:
            head_end = adv.start()
        if text.endswith("了", clause_start, head_end):
            return None
        span_end = None
        if duration and measure != "level":
            return None  # 整治提升五年行动: a duration after a growth verb names a campaign
        if atom.kind == "quantity" and not duration and not _closes_item(text, atom.end):
            noun, end = _noun_after(text, atom.end)
            trailing = _vocab().trailing_bound.search(noun) if noun else None
            if trailing:  # 控制在60亿吨标准煤以内: a material after the unit, then the bound
                bound = bound or _bound(trailing.group())
                span_end = end
            elif noun and not _labels(text, atom.start, end):  # 惠及超3万名学生: the count's noun is the subject
                if measure == "growth" and not atom.lead and pre[m.start():] not in c.adding \
                        and _unit_categories().get(atom.unit or "", "") in _COUNT_CATEGORIES:
                    return None  # 提升39个欠发达县域帮扶质效: the count names a known set
                return _Reading(_clean_subject(noun), atom.start, "level", bound, "action", span_end=end)
        origin = _RE_FROM.search(text, clause_start, head_end)
        if origin:  # 赤字率从去年的2.1%提高到2.3%: the subject stands before 从
            head_end = origin.start()
        head_start = _own_head(text, clause_start, head_end)
        head = text[head_start:head_end]
        if duration and (measure not in ("level",) or not _clean_subject(head) or
                         not (_clean_subject(head) or "").endswith(tuple(c.duration_subjects))):
            return None  # 集中教育时间不少于3个月 is a rule; 受教育年限达到11.7年 a level
        subject = _clean_subject(head)
        if subject in _goal_words():
            return None  # 约束性指标9项: a count of goals
        sub_measure = _measure_of_subject(head)
        if sub_measure and measure == "level":
            measure = sub_measure
        if measure == "growth" and _unit_categories().get(atom.unit or "", "") in _COUNT_CATEGORIES:
            if not atom.lead and pre[m.start():] not in c.adding:
                return None  # 提升39个欠发达县域帮扶质效: the count names a known set
            measure = "level"  # 再增加2—4家: things to add are counted, not grown
            noun, end = _noun_after(text, atom.end)
            if noun and not _labels(text, atom.start, end):  # 增加5000个普通高中招生计划
                return _Reading(_clean_subject(noun), atom.start, "level", None, "action", span_end=end)
        if subject is None and prev is not None and _sentence_start(text, atom.start, floor) <= prev[0].start:
            subject = prev[1].subject
        return _Reading(subject, _subject_start(text, head_start, head_end, subject), measure, bound, "verb",
                        distributive, span_end=span_end, to_year=to_year)
    if duration:
        return None
    # 2. an action verb with its object: 新建5G基站1万个, 培育20家人工智能领军企业, 完成投资2500亿元
    actions = _actions(text, clause_start, atom.start)
    if actions:
        act = actions[-1]
        gap = text[act.end(): atom.start]
        if not gap.strip() and atom.unit == "%" and text.startswith("的", atom.end):  # 完成80%的整改任务
            noun, end = _noun_after(text, atom.end + 1)
            return _Reading(_clean_subject(noun), atom.start, "level", None, "action", span_end=end) if noun else None
        if not gap.strip():
            noun, end = _noun_after(text, atom.end) if atom.kind == "quantity" or atom.kind == "money" and (
                not atom.comparator and not _RE_DIGIT.search(text, atom.end, atom.end + 12)) else (None, atom.end)
            # (发行1400亿元长期建设国债: the amount's noun; 实施亿元以上项目2000个: a class of projects)
            if noun:  # 培育20家人工智能领军企业
                if _labels(text, atom.start, end):
                    return None  # 抓好9个方面工作
                return _Reading(_clean_subject(noun), atom.start, "level", None, "action", span_end=end)
            if not _closes_item(text, atom.end):
                return None  # 实施亿元以上项目: the amount describes the projects
            if len(actions) > 1 and _RE_SHORT_NOUN.fullmatch(text, actions[-2].end(), act.start()):  # 完成国土绿化450万亩
                act, gap = actions[-2], text[actions[-2].end(): atom.start]
            else:  # 新能源开工1600万千瓦, 城镇新增就业50万人以上: the action names the indicator
                head_start = _own_head(text, clause_start, act.start())
                named = act.end() if act.group() in c.naming else act.start()
                subject = _clean_subject(text[head_start:named])
                if subject is None and prev is not None and _sentence_start(text, atom.start, floor) <= prev[0].start:
                    subject = prev[1].subject
                return _Reading(subject, _subject_start(text, head_start, act.end(), subject), "level", None, "verb")
        if gap.endswith("的") and atom.kind == "quantity" and len(gap) <= 30:  # 打造具有推广效应的100个算法产品
            noun, end = _noun_after(text, atom.end)
            if noun and not _labels(text, atom.start, end):
                return _Reading(_clean_subject(noun), atom.start, "level", None, "action", span_end=end)
        if atom.unit == "%" and not _closes_item(text, atom.end) and _RE_OBJECT.fullmatch(gap) and len(gap) <= 20:
            doing = _RE_DOING.match(text, atom.end)  # 实现制造业企业100%使用清洁和绿色电力: a share doing something
            if doing:
                subject = _clean_subject(gap + doing.group())
                return _Reading(subject, _subject_start(text, act.end(), atom.start, subject), "level", None,
                                "action", span_end=doing.end())
        if (len(gap) <= 30 and _RE_OBJECT.fullmatch(gap) and not _RE_DIGIT.search(gap.replace("5G", ""))
                and _closes_item(text, atom.end, after_an=pre.endswith("按"))):
            head_start = _own_head(text, clause_start, act.start())
            before = _clean_subject(text[head_start:act.start()])
            if before:  # 城镇新增就业人数45万人: a noun before the action makes it part of the name
                subject = _clean_subject(text[head_start:atom.start])
                start = _subject_start(text, head_start, atom.start, subject)
            else:
                subject = _clean_subject(gap)
                start = _subject_start(text, act.end(), atom.start, subject)
                if subject and act.group().startswith("新增") and not subject.startswith("新增"):
                    subject, start = "新增" + subject, act.start()  # 新增城镇就业3万人 keeps 新增
            return _Reading(subject, start, "level", None, "action")
        if not _closes_item(text, atom.end):
            return None
    # 3. a share of things doing something, opening its clause: 80%以上的建筑业企业实现数字化转型
    if atom.unit == "%" and not actions and (not pre.strip() or _clean_subject(pre) is None):
        share = _share(text, atom.end)
        if share:
            return _Reading(share[0], atom.start, "level", None, "action", span_end=share[1])
    # 4. an indicator noun closing on the number: 城镇调查失业率5.5%左右, 赤字规模4.06万亿元
    item = text[item_start: atom.start]
    if (item.strip() and _closes_item(text, atom.end, after_an=item.endswith("按")) and len(item) <= 30
            and not _RE_DIGIT.search(item) and not _labels(text, item_start, atom.start)
            and not any(c.verbs[v.group()][0] == "level" for v in _finditer(pats["verbs"], text, item_start, atom.start))
            and not _actions(item, 0, len(item))):
        subject = _clean_subject(item)
        if subject and subject not in _goal_words():
            measure = _measure_of_subject(item) or "level"
            return _Reading(subject, _subject_start(text, item_start, atom.start, subject), measure, None, "noun")
    return None


def _named_goal(text: str, atom: _Atom, floor: int) -> Optional[_Reading]:
    """A goal the sentence names and then sets, the indicator before ``的…目标`` or fused with it:
    ``经济增长速度的宏观调控目标，定为百分之八至九`` (growth of 经济增长速度), ``国内生产总值增长目标定为8%左右``."""
    sent_start = _sentence_start(text, atom.start, floor)
    m = _RE_GOAL_SET.search(text, sent_start, atom.start)
    if not m or m.end() != atom.start:
        return None
    head_start = _back(text, m.start(), sent_start, _CLAUSE_END)
    raw = text[head_start: m.start()]
    if "的" in raw:
        raw = raw[: raw.rindex("的")]  # 经济增长速度的宏观调控(目标): the indicator, then the kind of goal
    if _RE_ANY_STOP.search(raw) or _RE_DIGIT.search(raw):
        return None  # the goal noun does not open its sentence's subject
    subject = _clean_subject(raw)
    if subject is None or subject in _goal_words():
        return None
    measure = _measure_of_subject(raw) or "level"
    return _Reading(subject, _subject_start(text, head_start, m.start(), subject), measure, None, "named")


def _share(text: str, pos: int) -> Optional[tuple[str, int]]:
    """What a share stands before when it is a share of things doing something (80%以上工程项目采用
    数字化建造模式 → 工程项目采用数字化建造模式): a noun, then a verb, to the end of the clause."""
    m = _RE_SHARE.match(text, pos)
    if not m:
        return None
    pairs = pos_pairs(m["p"])
    if len(pairs) < 2 or not pairs[0][1].startswith(("n", "j", "s", "b", "a")):
        return None
    verbs = [w for w, t in pairs[1:] if t.startswith("v")]
    if not verbs or verbs[0] in _predicate_words("state"):
        return None  # 80%以上的财政收入来自工商业: a share that describes, not one to reach
    return m["p"], m.end()


@lru_cache(maxsize=1)
def _goal_words() -> frozenset:
    c = target_cues()
    return frozenset(c.subject_tails | set(c.intro))


def _own_head(text: str, clause_start: int, head_end: int) -> int:
    """Where the subject of a number may start: after an earlier number of the same clause and the
    separator that follows it (城镇新增就业47万人以上、城镇调查失业率控制在 → 城镇调查失业率), or right
    after a count that opens the subject (推动11个能源重点领域项目投资突破 → 能源重点领域项目投资)."""
    last = None
    for m in _RE_NUMBER_END.finditer(text, clause_start, head_end):
        last = m
    if last is None:
        return clause_start
    sep = _RE_SEPARATOR.search(text, last.end(), head_end)
    if sep:
        return sep.end()
    unit = _unit_after_re().match(text, last.end(), head_end)
    return unit.end() if unit and unit.end() > last.end() else clause_start  # 2型糖尿病: part of a name


@lru_cache(maxsize=1)
def _unit_after_re() -> "regex.Pattern":
    """A scale and a unit right after a number (11个, 2000亿元, 500千伏): what a subject starts after."""
    units = set(load_table("units.tsv")) | {"元", "个百分点"}
    return regex.compile(rf"[{SCALES}]*{word_alternation(units)}")  # longest unit first, as a trie


def _subject_start(text: str, lo: int, hi: int, subject: Optional[str]) -> int:
    if subject:
        i = text.find(subject[:2], lo, hi)
        if i >= 0:
            return i
    return hi


# --------------------------------------------------------------------------- the extractor


def _doc_year(ctx: Context) -> Optional[int]:
    """The document's year: its date, else the year a goal heading names (三、2016年重点工作), else
    the year after the one a review heading names (一、2015年工作回顾)."""
    date = ctx.anchor_date
    if date and _RE_YEAR_DIGITS.match(date):
        return int(date[:4])
    pats = _patterns()
    review = None
    for _pos, line in _raw_headings(ctx):
        if not (y := _RE_YEAR_WORD.search(line)):
            continue
        if pats["heading_past"].search(line):
            review = review or int(y[1]) + 1
        elif pats["heading_goal"].search(line):
            return int(y[1])
    return review


def goal_parts(ctx: Context) -> list[tuple[int, int]]:
    """``(start, end)`` in the normalized text of the paragraphs that stand in a goal or work part
    (under 三、2026年重点工作, after a 主要预期目标 list): what they state is planned, not reported."""
    return [(p.start, p.end) for p in _paragraphs(ctx, _doc_year(ctx)) if p.mode == "goal" and not p.heading]


def extract_targets(ctx: Context) -> Iterator[FactBase]:
    text = ctx.text
    atoms = _atoms(ctx)
    if not atoms and not _patterns()["verbs"].search(text):
        return  # (a number no fact took may still follow a level verb: 算力总规模达到12EFLOPS)
    c, pats = target_cues(), _patterns()
    doc_year = _doc_year(ctx)
    report = _is_report(text)
    plan = _is_plan(ctx.raw)
    titles = ctx.covered(("doc_title",))
    starts = [a.start for a in atoms]
    lead_deadline: Optional[str] = None
    for para in _paragraphs(ctx, doc_year):
        lo, hi = para.start, para.end
        deadlines = _deadlines(text, lo, hi, doc_year, para.mode == "goal")
        if not para.dash:
            wide = [d for d in deadlines if not d.local]
            lead_deadline = wide[0].value if wide else None
        i = bisect.bisect_left(starts, lo)
        para_atoms = []
        while i < len(atoms) and atoms[i].start < hi:
            para_atoms.append(atoms[i])
            i += 1
        para_atoms += list(_bare_atoms(text, lo, hi, para_atoms))
        para_atoms.sort(key=lambda a: a.start)
        if not para_atoms or para.heading:
            continue
        intro = _intro(text, lo, hi)
        if para.mode == "past" and intro is None:
            continue  # a review paragraph holds results only
        if para.mode == "neutral" and not plan and intro is None and not deadlines and not pats["cue_any"].search(text, lo, hi) \
                and not _RE_TARGET_NOUN.search(text, lo, hi) and not _RE_WITHIN_YEARS.search(text, lo, hi) \
                and not any(d in text[lo:hi] for d in c.disposal) and not pats["plan_verb"].search(text, lo, hi):
            continue  # nothing in the paragraph could make a goal of its numbers
        intro_strength = c.intro.get(intro[1]) if intro else None
        # a strength cue fused with a deadline (力争到2027年，) binds every goal after it
        fused = [(m.start(), c.strength[m["cue"]]) for m in pats["fused"].finditer(text, lo, hi)]
        prev: Optional[tuple[_Atom, _Reading]] = None
        consumed: set[int] = set()
        for atom in para_atoms:
            if atom.start in consumed or titles.overlaps(*ctx.to_raw(atom.start, atom.end)):
                continue
            if prev and _RE_OPEN_GLOSS.fullmatch(text, prev[0].end, atom.start):
                continue  # 增长百分之四（包括村办工业为百分之六）: a gloss on the target before
            reading = _read(text, atom, lo, prev if prev and prev[0].end <= atom.start else None)
            if reading is None:
                continue
            sent_start = _sentence_start(text, atom.start, lo)
            clause_start = _back(text, atom.start, lo, _CLAUSE_END + "\n")
            in_list = intro is not None and intro[0] <= atom.start
            planned_by = pats["plan_verb"].search(text, sent_start, atom.start)
            committed = next(_finditer(pats["strength"], text, sent_start, atom.start), None) is not None \
                or planned_by is not None
            before = [d for d in deadlines if d.start < atom.start and (not d.local or d.start >= clause_start)]
            future = [d for d in before if d.dated and (doc_year is None or d.value is None or int(d.value[:4]) >= doc_year)]
            # (a —— paragraph under a future deadline that headed the list sums up toward it as well:
            # 到2026年，…⏎——应用水平显著提升。累计培育300个以上应用场景)
            ahead = committed or any(d.start >= sent_start for d in future) or para.dash and _is_future(lead_deadline, doc_year)
            if _past(text, _back(text, atom.start, lo, _ITEM_END + "\n"), atom.end, hi, committed, ahead):
                continue
            # inside a list a cue binds its own item; elsewhere it runs to the end of its sentence
            # (outside a goal part, e.g. in news, only a cue in the number's own clause counts)
            cue_from = clause_start if in_list or para.mode != "goal" else sent_start
            if text.startswith("即", clause_start) and clause_start > sent_start:
                cue_from = _back(text, clause_start - 1, sent_start, _CLAUSE_END)  # 力争使…翻两番，即由…增加到…
            strength_m = list(_finditer(pats["strength"], text, cue_from, atom.start))
            goal_m = list(_finditer(pats["goal"], text, sent_start, atom.start)) + ([planned_by] if planned_by else [])
            if not goal_m and (reading.kind in ("action", "follow") or _vocab().plan_bound.search(text, atom.start, atom.end + 3)):
                # a span of years a plan gives itself (3年内新培育高新技术企业3000家以上); a bare change
                # over such a span (五年内工农业总产值增长百分之三十八) may report one as well
                goal_m = list(_RE_WITHIN_YEARS.finditer(text, sent_start, atom.start))
            head_strength = next((s for pos, s in reversed(fused) if pos < atom.start), None)
            if para.mode == "past" and not in_list:
                continue  # a review: 努力帮助企业降本增效，工业企业用电成本下降6.8% is a result
            # a written future year makes a goal anywhere; 今年 / 全年 only inside a goal part (news
            # reports 今年1-6月 and 全年 results)
            same_sentence = prev is not None and prev[0].start >= sent_start
            if reading.kind == "noun" and not (in_list or para.mode == "goal" and (
                    strength_m or goal_m or atom.comparator or atom.value_max is not None or same_sentence
                    or any(d.start >= sent_start for d in before))
                    or same_sentence and (goal_m or committed or any(d.start >= sent_start for d in future))):
                # (outside a goal part, a noun and number continues a goal list its sentence opened:
                # 3年内新培育高新技术企业3000家以上、重点企业100家以上)
                continue  # a bare noun and number is a goal in a goal list, or beside a cue, a bound or a goal
            # a plan's tasks (培育10家以上平台, 每年实施50项左右项目): a bounded or yearly figure to reach
            disposal = para.mode == "neutral" and reading.kind == "verb" and _brings_to(text, clause_start, atom.start)
            # 今年…资金将达305亿元: this year's figure the text says will be (a plan, as 拟 says)
            # (a 今年 opening the sentence reaches over its semicolons: 今年，…已经增加到3000万亩；同时，…将达2000万亩)
            full_start = _back(text, atom.start, lo, _FULL_STOPS)
            this_year = para.mode == "neutral" and reading.kind in ("verb", "action") and any(
                not d.dated and d.start >= full_start for d in before) and _will(text, clause_start, atom.start + len(atom.lead))
            planned = plan and para.mode == "neutral" and reading.kind in ("action", "verb", "follow") and (
                _vocab().plan_bound.search(text, atom.start, atom.end + 3) or atom.value_max is not None
                or "每年" in text[clause_start: atom.start])
            # the items of one sentence that semicolons part share its goal (拟安排…；拟安排…；中央政府建设
            # 投资总规模为1304亿元。): an item after a goal of its sentence continues the list
            continued = prev is not None and reading.kind in ("verb", "action") and \
                prev[0].start >= full_start and any(ch in "；;" for ch in text[prev[0].end: atom.start])
            if not (in_list or strength_m or goal_m or head_strength or future or para.mode == "goal"
                    or reading.expected and report or planned or disposal or this_year or continued
                    or reading.kind == "named"):
                continue
            if reading.to_year and not (committed or strength_m or head_strength or in_list):
                continue  # 由一九七八年的…下降到一九八二年的…: levels of two years a review compares
            deadline = reading.to_year or (before[-1].value if before else None)
            if deadline is None and doc_year and (reading.expected and report or in_list and "预期" in intro[1]):
                deadline = str(doc_year)
            if deadline is None and para.dash:
                deadline = lead_deadline
            if strength_m:
                strength = c.strength[strength_m[-1].group()]
            elif in_list and intro_strength:
                strength = intro_strength
            elif reading.expected and report:
                strength = "aim"
            else:
                strength = head_strength
            members = [atom]
            if reading.distributive:  # 分别增长5%、6.5%左右: one target per number
                j, end = para_atoms.index(atom) + 1, atom.end
                while j < len(para_atoms) and _RE_LIST_JOIN.fullmatch(text, end, para_atoms[j].start):
                    members.append(para_atoms[j])
                    end = para_atoms[j].end
                    j += 1
            subjects = _split_subject(reading.subject, len(members))
            shared = members[-1].comparator if len(members) > 1 else None
            for k, member in enumerate(members):
                consumed.add(member.start)
                r = replace(reading, subject=subjects[k]) if k == 0 else _Reading(
                    subjects[k], member.start, reading.measure, reading.bound, "follow")
                cmp_ = _comparator(member, r)
                if cmp_ == "=" and shared in ("approx", ">=", "<=") and member.value_max is None:
                    cmp_ = shared  # a final 左右 / 以上 bounds every number of the list
                yield _make(ctx, member, r, cmp_, deadline, strength)
            prev = (members[-1], reading)


def _is_future(deadline: Optional[str], doc_year: Optional[int]) -> bool:
    """Is a deadline value a year not before the document's (any year when the document has none)?"""
    return deadline is not None and (doc_year is None or int(deadline[:4]) >= doc_year)


def _disposal(s: str) -> Optional[int]:
    """Where the object of the last disposal 将 / 把 in ``s`` starts (逐步将|平均担保费率), None when
    there is none (国家财政将每年安排: 将 the future, a verb or a time word follows)."""
    pairs = pos_pairs(s)
    pos, found = 0, None
    for k, (w, _tag) in enumerate(pairs[:-1]):
        pos += len(w)
        nxt, tag = pairs[k + 1]
        if w in target_cues().disposal and not tag.startswith(("v", "d", "r", "t", "p")) and nxt not in target_cues().actions:
            found = pos
    return found


def _will(text: str, clause_start: int, pos: int) -> bool:
    """Does a future 将 (将达, 将新增; not the disposal 将X提高到) stand in the clause before ``pos``?"""
    if "将" not in text[clause_start:pos]:
        return False
    pairs, c = pos_pairs(text[clause_start:pos]), target_cues()
    return any(w == "将" and (pairs[k + 1][1].startswith(("v", "d")) or pairs[k + 1][0] in c.actions
                             or pairs[k + 1][0] in c.verbs) for k, (w, _t) in enumerate(pairs[:-1]))


def _brings_to(text: str, clause_start: int, pos: int) -> bool:
    """Does the clause require to bring a thing to the number: a disposal after a word of a task
    (逐步将X降至n, 要把X控制在n, 引导…将X提高到n; a decision, 决定将X降至n, reports a measure)?"""
    if not _patterns()["to_level_end"].search(text, clause_start, pos):
        return False
    clause = text[clause_start:pos]
    at = _disposal(clause)
    if at is None:
        return False
    c = target_cues()
    tasks = c.adverbs | c.scope | set(c.strength)
    return any(w in tasks for w in cut(clause[:at - 1]))


def _intro(text: str, lo: int, hi: int) -> Optional[tuple[int, str]]:
    """``(end, cue)`` of the list intro of a paragraph (主要预期目标是：), also when a layout break
    split it (今年经济社会发展的⏎主要预期目标⏎是：地区生产总值…)."""
    m = _patterns()["intro"].search(text, lo, hi)
    if m:
        return m.end(), _RE_INTRO_END.sub("", m.group())
    head = _RE_INTRO_TAIL.match(text, lo, hi)
    if head and lo > 0:
        before = text[max(0, lo - 40): lo].rstrip("\n ").rsplit("\n", 1)[-1]
        cue = _patterns()["intro_end"].search(before)
        if cue:
            return head.end(), cue.group()
    return None


def _bare_atoms(text: str, lo: int, hi: int, known: list[_Atom]) -> Iterator[_Atom]:
    """Numbers right after a level verb that no fact took (两化融合发展指数达到125左右)."""
    pats, c = _patterns(), target_cues()
    taken = [(a.start, a.end) for a in known]
    for m in _finditer(pats["verbs"], text, lo, hi):
        if c.verbs[m.group()][0] != "level":
            continue
        pos = m.end()
        if any(s <= pos < e for s, e in taken):
            continue
        atom = _bare_atom(text, pos)
        if atom and atom.end <= hi:
            yield atom


def _past(text: str, item_start: int, end: int, hi: int, committed: bool, ahead: bool = False) -> bool:
    """An achieved result: a past word in the item of the number (累计完成, 已达到), or a comparison with
    the past (比上年增长5.5%) unless a strength cue commits to it (确保…较上年度再降0.5个百分点); the
    next item of a list is another statement (支出规模28.5万亿元、比上年增加1.1万亿元). A cumulative
    word after a future deadline or a strength cue (``ahead``: 到2018年，累计制修订150项以上标准) sums
    up the goal, not a result."""
    item_end = end
    while item_end < hi and text[item_end] not in _ITEM_END:
        item_end += 1
    pats = _patterns()
    cumulative = target_cues().cumulative
    if any(not (ahead and m.group() in cumulative) for m in _finditer(pats["past"], text, item_start, item_end)):
        return True
    return not committed and next(_finditer(pats["basis"], text, item_start, item_end), None) is not None


def _comparator(atom: _Atom, reading: _Reading) -> str:
    if atom.value_max is not None:
        return "="
    if atom.comparator:
        return atom.comparator
    if atom.lead:
        return _bound(atom.lead) or "="
    return reading.bound or "="


def _make(ctx: Context, atom: _Atom, reading: _Reading, comparator: str, deadline, strength) -> FactBase:
    start = min(reading.subject_start, atom.start)
    if reading.kind in ("follow", "target_noun", "action") and reading.subject_start >= atom.start:
        start = atom.start
    end = max(atom.end, reading.span_end or 0)
    return ctx.make("target", start, end, subject=reading.subject, measure=reading.measure,
                    value=atom.value, value_max=atom.value_max, unit=atom.unit, comparator=comparator,
                    deadline=deadline, strength=strength)
