"""Changes: an increase or decrease stated with its numbers.

``公务接待费下降90%`` → decrease, by 90 %; ``由1485万元降到737万元`` → from 14850000 to 7370000
元 (``by_value`` stays null: the difference is not written); ``下降至30%以下`` → to 30;
``压缩文件1635个`` → by 1635 个, subject 文件; ``增长4.9倍`` → by 4.9 倍; ``降幅为18%`` → a decrease
by 18; ``分别减少了23.1%和25%`` and ``年均增长8%、7.2%`` → two changes, each with its member of the
subject list; ``分别由0.54万元、2.59万元下降至0.378万元、1.81万元`` → two changes pairing the i-th
from-level with the i-th to-level; ``由162个整合为123个`` → a decrease (a verb of either direction takes
the direction of its two levels); ``收入比缩小至2.54`` → to 2.54 with no unit. The
numbers are the money, percent and quantity facts of the document; the verbs and their reading
(by / to / rate) are in ``lexicons/change_verbs.tsv``; what changed and what it is compared with
are read by :mod:`govtext.extract.subjects`.

>>> from govtext.extract import extract_facts
>>> [(f.text, f.direction, f.subject, f.by_value, f.unit, f.basis) for f in extract_facts("全区公务接待费同比下降90%。", kinds=["change"])]
[('下降90%', 'decrease', '公务接待费', 90, '%', 'year_on_year')]
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Optional

import regex

from govtext.extract.change_moods import estimated_years, goal_clause, goal_words, in_mood, on_estimate, own_word, provision
from govtext.extract.context import Context
from govtext.extract.entity_cues import pos_cut
from govtext.text.spans import SpanIndex
from govtext.extract.targets import goal_parts
from govtext.extract.subject_lists import members
from govtext.extract.subject_words import change_words
from govtext.extract.subjects import change_subject, clause_start, earlier_subjects
from govtext.lexicons import load_rows, split_alts
from govtext.records import FactBase
from govtext.text.conjunctions import conjunctions
from govtext.text.date_grammar import date_words, unit_end, words_of, written_year
from govtext.text.numerals import NumeralError, parse_decimal, parse_number, to_number
from govtext.text.patterns import DIGIT_WORDS, LIANG, SMALL_NUMERALS, not_followed_by, qualifiers, words
from govtext.text.segmentation import cut, word_edges, word_frequency
from govtext.text.wordtrie import word_alternation
from govtext.text import fastre
from govtext.values.money import currency_rows
from govtext.values.quantities import unit_category

__all__ = ["extract_changes", "change_verb"]

_CLAUSE_END = "，。；：！？,;:!?\n"
# 1.4个百分点, 两个百分点, 近三个百分点, 零点五个百分点 (a qualifier before the number stays in the span); 525个基点 (basis points: a
# change of a rate in its own unit, no percent)
_POINTS_NUM = rf"(?<!\d)\d+(?:\.\d+)?|(?<![{SMALL_NUMERALS}{LIANG}])(?:[{SMALL_NUMERALS}{LIANG}]{{1,3}}|零(?=点))(?:点[{DIGIT_WORDS}]+)?"
# 增长一倍, 增加2.5倍, 增长超12倍: read only right after a change verb, so a ratio (是2011年的2.1倍) stays
# no change
# (增长零点八倍: a multiple below one)
_MULTIPLE = rf"(?<![\d.])(?P<n>\d+(?:\.\d+)?|(?:[{SMALL_NUMERALS}{LIANG}]{{1,3}}|零(?=点))(?:点[{DIGIT_WORDS}]+)?)倍"
# 上涨115.96点: index points right after a change verb (not a clock time: 3点钟, 8点半). The patterns read
# with match() at one position (this one, the rate link, the multiple) are compiled by fastre: the standard
# library's engine gives the same matches, and its match() costs far less per call than regex's.
_RE_INDEX_POINTS = fastre.compile(r"(?<![\d.])(?P<n>\d+(?:\.\d+)?)点(?![\d钟半多整])")
# the object between a by-verb and its number (压缩文件1635个): no from-phrase of another change
# inside (增长速度由原定…百分之六 is the subject of 调高到…), and no 的 opening it (显著改善的五年)
_RE_OBJECT = fastre.compile(r"(?!的)(?:(?![由从])[\p{Han}“”])+")
# 收入比缩小至2.54, 从2.50:1缩小至2.27∶1: a bare number (or n:1) closing its clause as a to-level, and
# the bare from-level before the verb (由3.27缩小至2.93): a ratio or index, no unit written
_BARE = r"(?<![\d.:：∶])(?P<n>\d+(?:\.\d+)?)(?:[:：∶]1(?![\d.]))?"
_RE_BARE_LEVEL = regex.compile(_BARE + r"(?=[，。；！？,;!?\n]|$)")
_RE_BARE_FROM = regex.compile(r"[由从](?:\d{4}年(?:底|末|初)?的)?[^，。；：！？,;:!?\n由从\d]{0,8}" + _BARE + "$")
# an adverb between a from-level and its to-verb (由71所优化整合为47所, 由300元统一降至200元)
_GAP = 4
_RE_GAP = regex.compile(r"[^\P{Han}由从到至为的]+")
# the members of a list of numbers: 8％、7.2％ / 23.1%和25%
_LIST_JOINERS = conjunctions("members")
_RE_AFTER_TIME = regex.compile(r"\p{Han}{0,3}?的")
_RE_QUOTES = regex.compile("[“”]")
_RE_OPENER = regex.compile(r"[由从][^，。；：！？,;:!?\n由从]{0,12}$")
# 10.6万、3.8万、3.3万平方公里: bare numbers of a list whose unit is written only at its end
_RE_BARE_LIST = regex.compile(r"(?:(?<![\d.])\d+(?:\.\d+)?[万亿]?、)+$")
_RE_BARE = regex.compile(r"(?P<n>\d+(?:\.\d+)?)(?P<s>[万亿]?)、")
_RE_SCALE = regex.compile(r"[万亿]")
_RE_HAN = regex.compile(r"\p{Han}")  # one Han character (_inside_word, the count after a verb)
_SCALES = {"万": 10_000, "亿": 100_000_000}


@dataclass(frozen=True)
class _Value:
    start: int
    end: int
    value: float
    unit: Optional[str]
    entity: Optional[str] = None
    qualifier: Optional[str] = None
    written: Optional[str] = None  # the unit a change reports when it is not ``unit``: 美元 of 200多亿美元

    @property
    def reported(self) -> Optional[str]:
        return self.written or self.unit


@lru_cache(maxsize=1)
def _verbs() -> dict[str, tuple[str, str]]:
    return {v: (d, r) for v, (d, r, _b) in change_words().items()}


@lru_cache(maxsize=1)
def _verb_pattern() -> "fastre.Pattern":
    """The change verbs of ``change_words()`` behind their guards, with 了 and a to-word after them. Scanned over
    every text: compiled by :func:`govtext.text.fastre.compile`, which gives it to the standard library's engine
    (the same matches, about four times faster on real text: round 13)."""
    words = change_words()
    before = {r["verb"]: r["not_preceded_by"] for r in load_rows("change_verbs.tsv")}
    alt = "|".join(_guarded(v, before.get(v, "")) + not_followed_by(words[v][2])
                   for v in sorted(words, key=len, reverse=True))
    # 增加到了27.5%: 了 after the to-word too (not 为了, a purpose)
    return fastre.compile(rf"(?P<verb>{alt})(?P<le>了)?(?:(?P<to>到|至|为)(?:(?<=[到至])了)?)?")


def _guarded(verb: str, cell: str) -> str:
    """``verb`` behind its ``not_preceded_by`` guard (稳|保 before 增长), the lookbehind placed after the verb's
    first character (增(?<!(?:稳|保)增)长): the same test, but every alternative of the verb pattern opens with
    a literal, so ``regex`` keeps its fast search."""
    alts = split_alts(cell)
    if not alts:
        return regex.escape(verb)
    first = regex.escape(verb[0])
    return f"{first}(?<!(?:{'|'.join(map(regex.escape, alts))}){first}){regex.escape(verb[1:])}"


@lru_cache(maxsize=1)
def _re_rate_link() -> "regex.Pattern":
    """An adverb, then 为/达/是, between a rate word and its percent (降幅为18%, 增幅达6.5%, 增速分别为4.2%和
    11.6%, 涨幅仍然高达百分之二十一点七): ``lexicons/change_links.tsv``."""
    rows = load_rows("change_links.tsv")
    adverbs, links = (words(r["word"] for r in rows if r["role"] == role) for role in ("adverb", "link"))
    return fastre.compile(rf"(?:{adverbs})?(?:{links})?")


@lru_cache(maxsize=1)
def _multiple_re() -> "regex.Pattern":
    """A multiple with the qualifier words that may stand before it (增长超12倍, 增长近3倍)."""
    return fastre.compile(rf"(?:{qualifiers('before')})?{_MULTIPLE}")


@lru_cache(maxsize=1)
def _points_re() -> "regex.Pattern":
    return regex.compile(rf"{qualifiers('before')}?(?P<n>{_POINTS_NUM})个(?P<u>百分点|基点)")


@lru_cache(maxsize=1)
def _duration_factors() -> dict[tuple[str, str], int]:
    return {(r["unit"], r["smaller"]): int(r["factor"]) for r in load_rows("duration_factors.tsv")}


@lru_cache(maxsize=1)
def _measure_verbs() -> frozenset[str]:
    """By-verbs that change a measure of their object (``object`` = measure in ``change_verbs.tsv``): a
    percent, points, a multiple or an amount after them is a change (提升监管效率20%), a count counts
    the things treated (提升农村互助幸福院108个)."""
    return frozenset(r["verb"] for r in load_rows("change_verbs.tsv") if r["object"] == "measure")


@lru_cache(maxsize=1)
def _rate_verbs() -> frozenset[str]:
    """By-verbs that name the rate they change (``object`` = rate in ``change_verbs.tsv``: 加息, 降准): only a
    percent, percentage points or basis points after them is a change."""
    return frozenset(r["verb"] for r in load_rows("change_verbs.tsv") if r["object"] == "rate")


_RATE_UNITS = ("%", "个百分点", "基点")


@lru_cache(maxsize=1)
def _time_base_verbs() -> dict[str, str]:
    """Verbs that state a change only against an earlier time (``needs`` = time_base: 还多, 还少, a
    comparison written; no_other_base: 多了, 少了, also with no base written), by their need."""
    return {r["verb"]: r["needs"] for r in load_rows("change_verbs.tsv") if r.get("needs")}


_BASIS_VALUES = ("year_on_year", "previous_period", "previous_year")


def _year_parts() -> str:
    """The ``part`` words of ``date_words.tsv`` of one character, closing a year (年底, 2016年末, 去年初)."""
    return words(w for w in date_words()["part"] if len(w) == 1)


@lru_cache(maxsize=1)
def _re_time_of() -> "regex.Pattern":
    """A time between a to-verb and its level (提升到去年底的13.3%, 提高到现在的1721元): a year (this or
    last year's word) with its part, a part of the year (年初, 年底), or a ``now`` word of ``change_cues.tsv``
    (年中, 现在, 目前, 当前)."""
    years = rf"{written_year()}|{words_of('year', 'anchor+0', 'anchor-1')}"
    of_year = words(w for w in date_words()["part"] if w.startswith("年"))
    return regex.compile(rf"(?:(?:{years})(?:{_year_parts()})?|{of_year}|{word_alternation(_change_cues()['now'])})的")


@lru_cache(maxsize=1)
def _re_time_base() -> "regex.Pattern":
    """A written base naming a time: 2012年, 3月份, 一季度 (a date unit), 整治前 (a ``before`` relation),
    年初 (a part), 上年同期 (a ``period`` word of ``change_cues.tsv``: 同期, 时期, 期间)."""
    periods = word_alternation(_change_cues()["period"])
    return regex.compile(rf"(?:{unit_end()}|{words_of('relation', 'before')}|{_year_parts()}|{periods})$")


def _time_base(basis: Optional[str]) -> bool:
    return basis is not None and (basis in _BASIS_VALUES or _re_time_base().search(basis) is not None)


@lru_cache(maxsize=1)
def _change_cues() -> dict[str, frozenset[str]]:
    """The words of ``lexicons/change_cues.tsv`` by role: ``span`` (a count after 连续, 持续 says how long
    or how often, not by how much), ``measure_unit`` (%, 个百分点, 倍, 元), ``bound`` (超过, 高于 …
    opening the percent after a rate word), ``measure_noun`` (负担, 开支: a verbal noun closing the object);
    ``restates`` is read by :func:`govtext.extract.change_moods.goal_clause`."""
    out: dict[str, set[str]] = {"span": set(), "restates": set(), "measure_unit": set(), "bound": set(), "measure_noun": set(),
                                "term": set(), "duration_noun": set(), "noun_stop": set(), "now": set(), "period": set(),
                                "duration_unit": set()}
    for r in load_rows("change_cues.tsv"):
        out.setdefault(r["role"], set()).add(r["word"])  # (comparison, beneficiary, list_adverb: change_moods)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=2)
def _re_span_cue(adverb: int = 0) -> "regex.Pattern":
    """连续, 持续 (``span`` in ``change_cues.tsv``) closing a text, with up to ``adverb`` characters of
    adverb after it (用电量连续增长5个月, 出口持续小幅下降3个月: ``adverb`` 2 before a change verb;
    经济增长连续四年达到…: 0 at the end of an object)."""
    return regex.compile(rf"{word_alternation(_change_cues()['span'])}\p{{Han}}{{0,{adverb}}}$")


@lru_cache(maxsize=1)
def _re_bound() -> "regex.Pattern":
    """A bound opening the percent after a rate word (增速超过17%, 涨幅超过50%的城市): a threshold a group
    passes, not the size of one change (``bound`` in ``change_cues.tsv``)."""
    return regex.compile(word_alternation(_change_cues()["bound"]))


# the categories of a count of the members of a group (15个省份, 3家企业, 200万人)
_GROUP_CATEGORIES = frozenset({"count", "people", "groups"})


@lru_cache(maxsize=1)
def _re_bound_le() -> "regex.Pattern":
    """A bound and 了 after a rate word (增幅都超过了100%): the bound is no part of the percent there."""
    return regex.compile(rf"(?:{word_alternation(_change_cues()['bound'])})了")


def _group_threshold(text: str, verb: int, first: "_Value", values: dict[int, "_Value"], spans) -> bool:
    """Is the bound ``first`` after the rate word at ``verb`` (增速超过17%) a threshold the members of a group pass,
    not the size of one change: the percent opens a 的-phrase naming the group (涨幅超过50%的城市), or a count
    of the group stands in the clause before the rate word (有15个省份用电增速超过17%)? One subject's rate over a
    bound (全市旅游收入增速年均超20%) is its change, as 增长超20% is."""
    if text.startswith("的", first.end):
        return True
    cs = clause_start(text, verb, spans)
    return any(cs <= v.start < verb and v.unit and unit_category(v.unit) in _GROUP_CATEGORIES for v in values.values())


def _how_long(text: str, verb: int, lo: int, first: "_Value") -> bool:
    """Is ``first``, a duration after the change verb at ``verb``, how long the change went on (用电量连续
    增长5个月: five months of growth, no amount), 连续 or 持续 before the verb? A duration with no such word
    is the amount a duration changed by (审批时间缩短5天, 服务期延长3年)."""
    return first.unit is not None and unit_category(first.unit) == "time" and _re_span_cue(2).search(text, max(lo, verb - 6), verb) is not None


def _new_term(text: str, verb: int, lo: int, first: "_Value") -> bool:
    """Is ``first``, a duration after the change verb at ``verb``, the length of a new term a term's end
    opens (``term`` in ``change_cues.tsv``: 第二轮土地承包到期后再延长三十年)? The text gives a quantity, the
    term, and no measure that grew (审批时间再缩短5天 has no such word and stays a change)."""
    if first.unit is None or unit_category(first.unit) != "time":
        return False
    return any(w in text[lo:verb] for w in _change_cues()["term"])


_RE_NOUN_AFTER = regex.compile(r"\p{Han}{2,6}(?=[，。；！？,;!?\n]|$)")


def _noun_after(text: str, pos: int) -> Optional[str]:
    """The noun that closes the clause right after the amount at ``pos`` (多了300元|补贴), or ``None``."""
    m = _RE_NOUN_AFTER.match(text, pos)
    if not m:
        return None
    toks = pos_cut(m[0])
    return m[0] if all(f.startswith("n") for _w, f in toks) else None


def _inside_word(text: str, start: int, end: int) -> bool:
    """Does the change verb at ``text[start:end]`` begin inside a word of the segmenter's reading and run
    past its end (新增|产能: 增产 straddles 新增 and 产能; 新增|产值)? Its characters then belong to two
    other words, and no change verb is written there. A verb inside one longer word (负增长) is left alone,
    and so are words the segmenter only guessed (元调|高到 of 1.2元调高到1.5元)."""
    if start == 0 or not _RE_HAN.match(text, start - 1):
        return False
    lo, hi = max(0, start - 3), min(len(text), end + 3)
    # the word ending inside the verb is one the dictionary knows, so look it up before segmenting
    if not any(word_frequency(text[i:x]) > 0 for i in range(lo, start) for x in range(start + 1, end)):
        return False
    words = cut(text[lo:hi])
    edges = word_edges(words, lo)
    if start in edges:
        return False
    k = next((k for k, x in enumerate(edges) if start < x < end), None)
    # both words the dictionary knows (新增, 产能), not pieces the segmenter guessed around a number (元调|高到)
    return k is not None and word_frequency(words[k - 1]) > 0 and word_frequency(words[k]) > 0


# a noun and 的 right after a percent (40%职工的工资级别): the percent is a share of those people or things
_RE_SHARE = regex.compile(r"\p{Han}{1,4}的")
# a rate base between a to-verb and its level: 提高到每人每年800元, 降至每千瓦时0.35元
_RE_PER = regex.compile(r"(?:每[^\P{Han}每]{1,3}){1,2}")


def _measure_units() -> frozenset[str]:
    return _change_cues()["measure_unit"]


@lru_cache(maxsize=1)
def _revised() -> "regex.Pattern":
    """The words marking a level a plan had set before (原定, ``revised`` in ``target_cues.tsv``)."""
    return regex.compile(word_alternation(r["cue"] for r in load_rows("target_cues.tsv") if r["role"] == "revised"))


@lru_cache(maxsize=1)
def _level_words() -> frozenset[str]:
    return frozenset(r["verb"] for r in load_rows("change_verbs.tsv") if r["direction"] == "level")


@lru_cache(maxsize=1)
def _re_noun_form() -> "regex.Pattern":
    """A rate or by-word as the noun after a percent and 的 (5.7%的增长, 6.1%的增速), not opening a goal
    or a measure noun (7%的增长目标, 5%的增长速度, 10%的增长率: a ``noun_stop`` of ``change_cues.tsv`` or a rate word
    after it)."""
    words = [w for w, (d, r) in _verbs().items() if r in ("by", "rate") and d in ("increase", "decrease")]
    rates = {w for w, (_d, r) in _verbs().items() if r == "rate"}
    stops = word_alternation(_change_cues()["noun_stop"])
    return regex.compile(rf"的(?P<w>{word_alternation(words)})(?!{stops}|{word_alternation(rates)})")


def _noun_changes(ctx: Context, values: dict[int, "_Value"], spans, date_ends: dict[int, int]) -> Iterator[tuple[int, int, _Value, str]]:
    """``(start, end, percent, direction)`` of changes named as a noun after their percent: 实现5.7%的增长,
    今年一季度6.1%的增速 (the percent right after a level verb, a date or the start of its clause: not a
    share, 贡献了60%的增长)."""
    text = ctx.text
    level = _re_level_before()
    dates = set(date_ends.values())
    for v in values.values():
        if v.unit != "%":
            continue
        m = _re_noun_form().match(text, v.end)
        if not m:
            continue
        before = v.start
        if not (level.search(text, max(0, before - 4), before) or before in dates
                or _re_time_end().search(text, max(0, before - 4), before) or clause_start(text, before, spans) == before):
            continue
        yield v.start, m.end(), v, _verbs()[m["w"]][0]


@lru_cache(maxsize=1)
def _re_time_end() -> "regex.Pattern":
    """A time closing right before the percent of a change noun: a date unit (今年上半年7.1%的增速,
    一季度6.1%的增速) or 以来."""
    return regex.compile(rf"(?:{unit_end()}|以来)$")


@lru_cache(maxsize=1)
def _re_level_before() -> "regex.Pattern":
    return regex.compile(rf"(?:{word_alternation(_level_words())})了?$")


def _object_kind(obj: str, unit: Optional[str] = None) -> Optional[str]:
    """How the text between a by-verb and its number reads: ``"object"`` (压缩|文件|1635个), ``"adverb"``
    (增长|均超|20%), or ``None`` when the verb is no predicate over that number: a noun in a list
    (经济增长和物价总水平两个指标), a goal noun (增长目标设定在4%左右, 增长预期为7%), another predicate
    (将消费税提高计划推迟两年半)."""

    toks = pos_cut(obj)
    if any(w in ("比", "较") or w in _level_words() for w, _f in toks):
        return None  # (增长速度比这两个时期都高: a comparison; 提升行动完成投资310亿元: a clause, no object)
    if not toks or (obj.endswith("的") and unit != "%"):
        return None  # (提高最快的十四年: the number opens the noun the 的-phrase modifies; 节约总投资额的百分之七 is a share)
    if toks[-1][0] in ("等", "等等") and not any(f.startswith(("n", "vn", "j", "l")) for _w, f in toks[:-1]):
        return None  # (收入增长与经济增长同步等16个预期性指标: 等 closes a list of aims, the number counts them; 压缩文件等120个 stays)
    if all(f == "d" or w in ("约", "近") for w, f in toks[:-1]) and toks[0][1] == "d":
        return "adverb"
    if toks[0][1] == "c" or any(w in goal_words() for w, _f in toks):
        return None
    if all(f == "p" for _w, f in toks):
        return None  # (总安置面积增加在五平方米以内的部分: a preposition opens a range, no object)
    if toks[0][0] == "部分":
        return None  # (税金增长部分中百分之五的资金, 工资降低部分的百分之七十: the verb names the part, a share of it follows)
    de = next((k for k, (w, _f) in enumerate(toks) if w == "的"), None)
    if de is not None and any(f == "v" and len(w) > 1 for w, f in toks[de + 1:]):
        return None  # (缩小范围的绿地面积处以每平方米五百元: the verb and its object modify a noun, whose own verb governs the number)
    if len(toks) > 1 and (toks[-1][1] in ("p", "d") or (toks[-1][1].startswith("v") and toks[-1][1] != "vn"
                                                         and not _measure_noun(toks))):
        return None
    return "object"


def _measure_noun(toks: tuple[tuple[str, str], ...]) -> bool:
    """Does the object end in a verbal noun that names a measure after a content word (利息负担, 行政开支,
    碳排放, 一般性支出, 社保缴费负担: ``measure_noun`` in ``change_cues.tsv``), which the tagger reads as a
    verb? Then the object is that measure, no second predicate."""
    return toks[-1][0] in _change_cues()["measure_noun"] and toks[-2][1][:1] in _CONTENT_TAGS


_CONTENT_TAGS = "nvjlba"  # noun, verb, abbreviation, set phrase, distinguishing word, adjective


# what may follow the number of a change: a joiner of a list, a qualifier, 的 (增加了50%的), punctuation
_AFTER_COUNT_OK = "和及与或多余左右以上下内等的" + _LIST_JOINERS


def _counted_action(text: str, first: "_Value", reading: str) -> bool:
    """Is ``first``, read right after a verb that changes a measure, a count of the things the verb acts
    on, its noun after it (下调美国10家中小型银行的信用评级, 提升40所普通高中办学能力)? Counted
    actions are quantities, not changes (FACTS.md §5). Percents, points, multiples and amounts change a
    measure; so does a count closing the phrase (人均预期寿命提高1.2岁)."""
    if reading != "by" or first.unit is None or first.unit in _measure_units():
        return False
    nxt = text[first.end:first.end + 1]
    return bool(nxt) and _RE_HAN.match(nxt) is not None and nxt not in _AFTER_COUNT_OK


def change_verb(word: str) -> Optional[tuple[str, str]]:
    """``(direction, reading)`` of a change verb: ``change_verb("降到")`` → ``('decrease', 'to')``."""
    return _verbs().get(word)


def _currency_unit(money: FactBase, written: str) -> Optional[str]:
    """The unit a change in ``money`` reports: ``None`` for yuan (the change reads 元), else the longest main
    unit of its currency written in ``written`` (上涨200多亿美元 → 美元; ``currencies.tsv``), or its ISO
    code. FACTS.md §2 measures changes of money in yuan; an amount in another currency is not converted,
    so its own unit is named rather than 元."""
    if money.currency in (None, "CNY"):
        return None
    units = [s for s, r in currency_rows().items() if r["currency"] == money.currency and not r["minor"] and s in written]
    return max(units, key=len) if units else money.currency


def _values(ctx: Context) -> dict[int, _Value]:
    """Numbers the changes can use, keyed by their start in the normalized text."""
    norm = ctx.norm
    out: dict[int, _Value] = {}
    units = {"money": "元", "percent": "%"}
    for kind in ("quantity", "money", "percent"):
        for f in ctx.facts(kind):
            s, e = norm.to_norm(f.start), norm.to_norm(f.end - 1) + 1
            unit = units.get(kind) or f.unit
            written = _currency_unit(f, ctx.text[s:e]) if kind == "money" else None
            out[s] = _Value(s, e, f.value, unit, getattr(f, "entity", None), getattr(f, "qualifier", None), written)
    for m in _points_re().finditer(ctx.text) if "百分点" in ctx.text or "基点" in ctx.text else ():  # (each match holds one)
        try:
            out[m.start()] = _Value(m.start(), m.end(), parse_number(m["n"]), "个百分点" if m["u"] == "百分点" else m["u"])
        except NumeralError:
            continue
    for v in list(out.values()):
        _bare_list(ctx.text, v, out)
    return out


def _bare_list(text: str, last: _Value, out: dict[int, _Value]) -> None:
    """The numbers before ``last`` in ``10.6万、3.8万、3.3万平方公里`` take its unit (and its scale
    when they have none: ``5、10、20万元``)."""
    if last.start == 0 or text[last.start - 1] != "、":
        return  # (the list's last 、 stands right before ``last``: no search otherwise)
    m = _RE_BARE_LIST.search(text, max(0, last.start - 40), last.start)
    if not m:
        return
    scale = _RE_SCALE.search(text, last.start, last.end)
    for b in _RE_BARE.finditer(text, m.start(), m.end()):
        try:
            n = parse_number(b["n"])
        except NumeralError:
            continue
        factor = _SCALES.get(b["s"] or (scale[0] if scale and last.unit not in ("%",) else ""), 1)
        out.setdefault(b.start(), _Value(b.start(), b.start() + len(b["n"]) + len(b["s"]), to_number(n * factor), last.unit,
                                              written=last.written))


def _multiple(text: str, pos: int) -> Optional[_Value]:
    """``4.9倍`` right after a change verb: by 4.9, unit 倍; or index points (``上涨115.96点``): by
    115.96, unit 点."""
    m = _multiple_re().match(text, pos)
    unit = "倍"
    if not m:
        m, unit = _RE_INDEX_POINTS.match(text, pos), "点"
        if not m:
            return None
    try:
        return _Value(m.start(), m.end(), to_number(parse_decimal(m["n"])), unit)
    except NumeralError:
        return None


def _bare_level(text: str, pos: int, spans: list[tuple[int, int]]) -> Optional[_Value]:
    """``2.54`` in ``收入比缩小至2.54。``: a bare number closing the clause after a to-verb, a level
    with no unit (a ratio, an index), unless it is part of another fact."""
    m = _RE_BARE_LEVEL.match(text, pos)
    if not m or any(s < m.end() and m.start() < e for s, e in spans):
        return None
    try:
        return _Value(m.start(), m.end(), to_number(parse_decimal(m["n"])), None)
    except NumeralError:
        return None


def _bare_from(text: str, verb: int) -> Optional[tuple[int, float]]:
    """``由3.27`` right before the verb of a bare to-level: (start of 由, the from-level)."""
    m = _RE_BARE_FROM.search(text, max(0, verb - 20), verb)
    if not m:
        return None
    try:
        return m.start(), to_number(parse_decimal(m["n"]))
    except NumeralError:
        return None


def _list_after(text: str, first: _Value, values: dict[int, _Value]) -> list[_Value]:
    """``first`` and the numbers listed right after it (``8%、7.2%``, ``3.2倍、2.5倍``,
    ``7.83张、3.57个``): the members of a distributive list, one change each; an amount never pairs
    with a count."""
    chain, end = [first], first.end
    while end < len(text) and text[end] in _LIST_JOINERS:
        pos = _skip_space(text, end + 1)
        nxt = values.get(pos)
        if nxt is None and first.unit in ("倍", "点"):
            nxt = _multiple(text, pos)  # (3.2倍、2.5倍; 100点和200点)
            nxt = nxt if nxt and nxt.unit == first.unit else None
        if nxt is None or nxt.unit is None or ("元" in (first.unit, nxt.unit) and nxt.unit != first.unit
                                                and "%" not in (first.unit, nxt.unit)):
            break
        chain.append(nxt)
        end = nxt.end
    return chain


def _level_before(text: str, verb: int, unit: Optional[str], by_end: dict[int, list[_Value]],
                  gap: bool) -> list[_Value]:
    """The numbers of ``unit`` ending right before the verb at ``verb`` (由1485万元|降到), or, for a
    to-verb (``gap``), a few characters of adverb or a comma before it (由71所|优化|整合为47所,
    由300元|统一|降至200元, 由过去的百分之三十以上|，|降低到百分之二十左右)."""
    for k in range(0, (_GAP + 1) if gap else 1):
        if k and not _RE_GAP.fullmatch(text, verb - k, verb):
            break
        found = [v for v in by_end.get(verb - k, ()) if v.unit == unit]
        if found:
            return found
    if gap and text[verb - 1:verb] in ("，", ","):  # 由原来的15天和20天，缩短到8天和9天
        return [v for v in by_end.get(verb - 1, ()) if v.unit == unit]
    per = _RE_PER_UNIT.search(text, max(0, verb - 3), verb)
    if per:  # 从796元/月|提高至842元/月: the period or the holder a level is per, no gap
        return [v for v in by_end.get(per.start(), ()) if v.unit == unit]
    return []


_RE_PER_UNIT = regex.compile(r"[/／]\p{Han}{1,2}$")


def _list_before(text: str, last: _Value, by_end: dict[int, list[_Value]]) -> list[_Value]:
    """``last`` and the numbers of its unit listed right before it (the from-levels of
    ``分别由0.54万元、2.59万元下降至0.378万元、1.81万元``), in text order."""
    out = [last]
    while out[0].start > 0 and text[out[0].start - 1] in _LIST_JOINERS:
        prev = [v for v in by_end.get(out[0].start - 1, ()) if v.unit == last.unit]
        if not prev:
            break
        out.insert(0, prev[0])
    return out


def _skip_space(text: str, pos: int) -> int:
    """``pos`` moved past the spaces and line breaks a wrap left before a number (增长⏎9.7%)."""
    while pos < len(text) and text[pos] in " \n\u3000":
        pos += 1
    return pos


def _after_time(text: str, pos: int, date_ends: dict[int, int]) -> int:
    """Past a time that stands between a to-verb and its level (增加到2016年的…, 一九五四年预算的…)."""
    t = _re_time_of().match(text, pos)
    if t:
        return t.end()
    if pos in date_ends:
        a = _RE_AFTER_TIME.match(text, date_ends[pos])
        if a:
            return a.end()
    return pos


@lru_cache(maxsize=1)
def _re_from_duration() -> "regex.Pattern":
    """从一周 (before 缩短为2天): a from-level that is no fact of its own (一 + classifier is out of scope), its
    unit a ``duration_unit`` of ``change_cues.tsv``."""
    units = word_alternation(_change_cues()["duration_unit"])
    return regex.compile(rf"[由从](?P<n>\d+(?:\.\d+)?|[{SMALL_NUMERALS}{LIANG}半]{{1,3}})个?(?P<u>{units})$")


def _from_duration(text: str, start: int, first: _Value) -> Optional[tuple[int, float]]:
    """``从一周`` before ``缩短为2天``: (start of 从, the level in the unit of ``first``)."""
    m = _re_from_duration().search(text, max(0, start - 8), start)
    if not m:
        return None
    try:
        n = parse_number(m["n"]) if m["n"] != "半" else 0.5
    except NumeralError:
        return None
    unit = "月" if m["u"] == "月" else m["u"]
    if unit == first.unit or (unit, first.unit) == ("日", "天"):
        return m.start(), n
    factor = _duration_factors().get((unit, first.unit))
    return (m.start(), to_number(n * factor)) if factor else None


def extract_changes(ctx: Context) -> Iterator[FactBase]:
    """Changes the text reports; a growth or reduction a plan sets as a goal is a ``target``, not a
    change (FACTS.md §2 target: the numbers inside a target stay percents, amounts and counts), unless
    the goal revises a level the plan had set before (由原定百分之六调高到百分之八: a target and a change).

    >>> [f.text for f in extract_changes(Context("比上年增长5.2%。预期目标为地区生产总值增长5%左右。"))]
    ['增长5.2%']
    """
    goals = SpanIndex((t.start, t.end) for t in ctx.facts("target"))
    plans: Optional[SpanIndex] = None
    for fact in _reported_changes(ctx):
        if goals.overlaps(fact.start, fact.end) and (fact.from_value is None or not _revised().search(fact.text)):
            continue  # (a from-level the plan had set before states a revision besides the goal: 由原定百分之六调高到百分之八)
        if fact.basis is None and "了" not in fact.text and (fact.from_value is None or not _revised().search(fact.text)):
            # a bare change in a work part of a report (三、2026年重点工作: 纺织产业增加值增长15%左右) is
            # planned, and so is a from-level one (今年…补助标准由每人每年240元提高到280元: a level target at the
            # new value); a comparison (比上年增加395亿元), a from-level the plan had set before (由原定…调高到…)
            # or 了 still reports one
            if plans is None:
                plans = SpanIndex(goal_parts(ctx))
            s = ctx.norm.to_norm(fact.start)
            if plans.overlaps(s, s + 1) and not _past_sentence(ctx.text, s):
                continue
        yield fact


@lru_cache(maxsize=1)
def _re_disposal() -> "regex.Pattern":
    """将, 把 opening an object (``disposal`` in ``change_cues.tsv``)."""
    return regex.compile(word_alternation(_change_cues()["disposal"]))


def _disposal_before(text: str, pos: int) -> bool:
    """Does 将 or 把, a word of its own, open the object in the clause before the change at ``pos``
    (将城乡居民基础养老金最低标准|由每月170元提高到190元; not 将来, 把握)?"""
    cs = pos
    while cs > max(0, pos - 40) and text[cs - 1] not in _CLAUSE_END:
        cs -= 1
    return any(own_word(text, m.start(), m.end(), max(cs, m.start() - 3), min(pos, m.end() + 3))
               for m in _re_disposal().finditer(text, cs, pos))


@lru_cache(maxsize=1)
def _re_past() -> "regex.Pattern":
    """The cues of an achieved result or a review opening (去年, 过去一年, 已, 累计 …: ``past`` and
    ``past_opener`` in ``target_cues.tsv``), forecasts (预计) left out."""
    rows = load_rows("target_cues.tsv")
    words = {r["cue"] for r in rows if r["role"] in ("past", "past_opener", "cumulative") and not r["cue"].startswith("预")}
    return regex.compile("|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)))


def _past_sentence(text: str, pos: int) -> bool:
    """Does the sentence of ``pos`` state a result before it (去年居民消费价格涨幅回落到2.6%)?"""
    ss = pos
    while ss > 0 and text[ss - 1] not in "。；！？;!?\n":
        ss -= 1
    return _re_past().search(text, ss, pos) is not None


def _reported_changes(ctx: Context) -> Iterator[FactBase]:
    text = ctx.text
    values = _values(ctx)
    spans = sorted((v.start, v.end) for v in values.values())
    by_end: dict[int, list[_Value]] = {}
    for v in values.values():
        by_end.setdefault(v.end, []).append(v)
    norm = ctx.norm
    date_ends = {norm.to_norm(d.start): norm.to_norm(d.end - 1) + 1 for d in ctx.facts("date")}
    estimated = estimated_years(text)
    for start, end, v, direction in _noun_changes(ctx, values, spans, date_ends):
        if (goal_clause(text, start, spans, _verb_pattern()) or in_mood(text, start, spans, estimated)
                or provision(text, start, end, spans)):
            continue
        subject, basis, _carried = change_subject(text, start, spans, v.unit)
        yield ctx.make("change", start, end, direction=direction, subject=subject, from_value=None,
                       unit=v.reported, basis=basis, by_value=v.value)
    for m in _verb_pattern().finditer(text):
        if _inside_word(text, m.start("verb"), m.end("verb")):
            continue  # 新增产能300万吨: 增产 is no word there (新增 counts new things, FACTS.md §5)
        direction, reading = _verbs()[m["verb"]]
        pos, subject = _skip_space(text, m.end()), None
        if reading in ("rate", "percent"):
            if reading == "rate":
                pos = _skip_space(text, _re_rate_link().match(text, m.end("verb")).end())
            bound_at = pos
            if reading == "rate" and pos not in values and (le := _re_bound_le().match(text, pos)):
                pos = le.end()  # 增幅都超过了100%: 了 parts the bound from its percent, which then opens at 100%
            first = values.get(pos)
            if first is None or first.unit != "%" or (reading == "percent" and m["to"]):
                continue
            if reading == "rate" and _re_bound().match(text, bound_at) and _group_threshold(text, m.start(), first, values, spans):
                continue  # 15个省用电增速超过17%, 涨幅超过50%的城市: a threshold a group passes, no one change
            reading = "by"
        else:
            if m["to"]:
                reading = "to"
            first = values.get(pos) or (_multiple(text, pos) if reading == "by" and not m["to"] else None)
            if first is None and reading == "to":
                first = values.get(_after_time(text, pos, date_ends)) or _bare_level(text, pos, spans)
            if first is None and reading == "to" and (per := _RE_PER.match(text, pos)):
                first = values.get(per.end())  # 补助标准提高到每人每年800元: the level of a rate
            if first is None and reading == "by" and not m["le"]:
                # 压缩文件1635个, 提高代偿容忍度至10%: the verb's object stands before the number; it runs to the
                # first number of its clause however long it is (削减中央政府层面设立的涉企收费项目60%以上)
                obj_run = _RE_OBJECT.match(text, pos)
                for k in range(1, (obj_run.end() - pos + 1) if obj_run else 0):
                    if values.get(pos + k):
                        obj = text[pos:pos + k]
                        if obj[-1] in "至到" and k > 1:
                            obj, reading = obj[:-1], "to"
                        kind = _object_kind(obj, values[pos + k].unit)
                        if _re_span_cue().search(obj):
                            break  # 经济增长连续四年达到…: how long it lasted, no amount
                        if (unit_category(values[pos + k].unit or "") == "time" and kind == "object"
                                and not obj.rstrip("至到").endswith(tuple(_change_cues()["duration_noun"]))):
                            break  # 降低燃气压力超过二十四小时: how long the action lasts, the object no duration
                        if kind == "adverb":  # 旅游人次和花费增长均超20%: the subject stands before the verb
                            first = values[pos + k]
                        elif kind == "object" and (values[pos + k].unit in _measure_units() or m["verb"] not in _measure_verbs()):
                            if _counted_action(text, values[pos + k], reading):
                                break  # 申请增加普通三轮摩托车, 增加生产产品30个工作日前: the count opens a noun or a time
                            first = values[pos + k]
                            subject = _RE_QUOTES.sub("", obj) or None
                        break
        if first is None or (m["verb"] in _measure_verbs() and _counted_action(text, first, reading)):
            continue
        if m["verb"] in _rate_verbs() and first.unit not in _RATE_UNITS:
            continue  # 加息3次: how often a rate was raised, no amount (加息525个基点, 降准0.5个百分点 are changes)
        if first.unit == "位" and text.startswith("数", first.end):
            continue  # 增长超过两位数: a size class of the growth (double digits), no amount
        if first.unit == "%" and _RE_SHARE.match(text, first.end) and text[first.end] not in _AFTER_COUNT_OK:
            continue  # 提升40%职工的工资级别: the percent counts the staff whose grade rises, no amount
        if reading == "by" and _how_long(text, m.start(), clause_start(text, m.start(), spans), first):
            continue  # 用电量连续增长5个月: how long it grew, no amount
        if reading == "by" and _new_term(text, m.start(), clause_start(text, m.start(), spans), first):
            continue  # 土地承包到期后再延长三十年: the length of a new term (a quantity), no amount
        if reading == "by" and first.qualifier == "at_most":
            continue  # 延长期限不得超过三十日: the most a rule allows the change to be, no change stated
        if text.startswith("制", first.end) or (reading == "by" and text.startswith("内", first.end)
                                                 and unit_category(first.unit or "") == "time"):
            continue  # 扩大两部制电价: a count naming a system; 批准延长期限文件之日起30天内: a period, no amount
        if goal_clause(text, m.start(), spans, _verb_pattern()):
            continue
        start, from_value = m.start(), None
        froms: list[_Value] = []
        before = _level_before(text, m.start(), first.unit, by_end, reading == "to")
        if before:  # 由1485万元降到737万元, 从2013年的500万元增加到800万元
            froms = _list_before(text, before[0], by_end)  # 分别由0.54万元、2.59万元(下降至…)
            opener = _RE_OPENER.search(text[clause_start(text, froms[0].start): froms[0].start])
            if opener:
                from_value = froms[0].value
                start = froms[0].start - (len(opener[0]))
            else:
                froms = []
        elif reading == "to" and (dur := _from_duration(text, m.start(), first)):
            start, from_value = dur
        elif first.unit is None and (bare := _bare_from(text, m.start())):
            start, from_value = bare
        if in_mood(text, start, spans, estimated) or on_estimate(text, start, m.start(), spans):
            continue  # (比1980年预计增加1000万吨: compared with an estimate, the plan for the next year)
        basis = None
        carried = False
        if subject is None:
            subject, basis, carried = change_subject(text, start, spans, first.unit)
        if (basis is not None and basis not in _BASIS_VALUES and basis.startswith(tuple(_change_cues()["present_base"]))
                and not m["le"]):
            continue  # 比现有的86个减少27个: compared with the level in force now, a change not made yet (a plan's)
        need = _time_base_verbs().get(m["verb"])
        if need and not _time_base(basis) and (basis is not None or need == "time_base"):
            continue  # 比传统公路货运少了近30小时: a difference from another thing, no change
        if need and (after := _noun_after(text, first.end)):
            subject = after  # 育儿家庭每月多了300元补贴: what there is more of follows its amount
        key = "to_value" if reading == "to" else "by_value"
        chain = _list_after(text, first, values)  # 分别减少了23.1%和25%, 年均增长8%、7.2%: one change per number
        if len(froms) > 1 and len(chain) == 1:
            chain = chain * len(froms)  # 由300元、500元降至200元: each from-level falls to the one level
        elif len(froms) != len(chain):
            froms = froms[-1:]  # the lists do not pair: the from-level next to the verb
            if froms:
                from_value = froms[0].value
        if direction == "either":  # 由162个整合为123个: the direction the two levels give
            if from_value is None or from_value == first.value or first.unit is None:
                continue
            direction = "increase" if first.value > from_value else "decrease"
        subjects = [subject] * len(chain)
        if len(chain) > 1:
            # a subject carried from earlier clauses pairs with them first (旅客15万人次，进出口货物2.3万吨，
            # 分别增长…和…), then splits as a list
            split = earlier_subjects(text, start, len(chain), spans) if carried else None
            cs = clause_start(text, m.start(), spans)
            earlier = text[max(0, cs - 80): cs].rsplit("。", 1)[-1]
            # (城乡居民人均可支配收入分别达到…，分别增长…: the earlier clause is a list of the same members)
            split = split or members(subject, len(chain), paired=not carried or "分别" in earlier)
            if split:
                subjects = split
        for i, (v, subj) in enumerate(zip(chain, subjects)):
            s = start if i == 0 else (froms[i].start if len(froms) > 1 else v.start)
            if provision(text, s, v.end, spans):
                continue  # (应当将…降低50%, 职工每增加一百人，代表名额增加七名: what a rule states, none reported)
            from_i = from_value if i == 0 else (froms[i].value if len(froms) > 1 else None)
            yield ctx.make("change", s, v.end, direction=direction, subject=subj, from_value=from_i,
                           unit=v.reported, basis=basis, **{key: v.value})
