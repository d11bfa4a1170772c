"""Quantities: a number, a classifier or unit, and the thing counted.

``606个基层党组织`` → value 606, unit 个, entity 基层党组织; ``1萬余個`` → 10000, ``over``;
``4万套（册）`` → unit 套; ``7个多月`` → unit 月; ``三周`` → 3 周. Units come from
``lexicons/units.tsv``; phrases whose numerals label rather than count (``村两委``, ``一把手``,
``八项规定``) from ``lexicons/quantity_exclusions.tsv``. Spans inside dates, money, percentages,
《》 titles, document numbers and slogans are left to those kinds. The entity is read by
:mod:`govtext.extract.entities`.

>>> from govtext.extract import extract_facts
>>> [(f.text, f.value, f.unit, f.entity) for f in extract_facts("全区78个乡级单位、14169名党员参加", kinds=["quantity"])]
[('78个', 78, '个', '乡级单位'), ('14169名', 14169, '名', '党员')]
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Optional

import regex

from govtext.text import fastre
from govtext.extract.context import Context
from govtext.extract.entities import counted_entities
from govtext.extract.entity_cues import frame_words, is_verb, tokens
from govtext.extract.subject_lists import list_members
from govtext.extract.subjects import subject_before_change
from govtext.lexicons import load_rows, numeral_words, split_alts
from govtext.records import FactBase
from govtext.text.date_grammar import EVENT_OF
from govtext.text.numerals import (NumeralError, approx_range, bound_before, list_before, opens_upper_bound, parse_decimal, qualifier_of,
                                   stronger, to_number)
from govtext.text.patterns import (
    BOUNDS_JOINER, CN_DIGITS, COLLOQUIAL_NUMERALS, DIGIT_WORDS, INCLUSIVE, ORDINAL_NUMERALS, SCALES, SMALL_NUMERALS, era_date_spans, finditer_near, Groups, range_words,
    words,
)
from govtext.text.spans import SpanIndex, merge_adjacent
from govtext.text.wordtrie import word_alternation
from govtext.values.quantities import (
    SCALE_ANCHORS, arabic_only, bare_scale_pattern, size_labels, parse_bare_scale, quantity_matches, quantity_pattern, read_quantity, units, upper,
    upper_start,
)

__all__ = ["QuantityMatch", "extract_quantities", "find_quantities"]


@dataclass(frozen=True)
class QuantityMatch:
    """A found quantity in the normalized text, before the entity is read."""

    start: int
    end: int
    num_start: int
    value: int | float
    unit: str
    category: str
    qualifier: Optional[str]
    value_max: Optional[int | float]
    chinese: bool


@lru_cache(maxsize=1)
def _exclusions() -> "regex.Pattern":
    phrases = sorted((r["phrase"] for r in load_rows("quantity_exclusions.tsv") if not r["unit"]),
                     key=len, reverse=True)
    # a phrase written only in numerals (二百五) is that word only where the numeral ends (not 二百五十)
    return fastre.compile("|".join(regex.escape(p) + (rf"(?![{CN_DIGITS}])" if all(c in CN_DIGITS for c in p) else "")
                                   for p in phrases))


@lru_cache(maxsize=1)
def _division_names() -> "regex.Pattern":
    """Names of divisions (``lexicons/divisions.tsv`` and former names, full or short of at least
    three characters) in which a Chinese numeral stands before a unit: 七台河市, 九台区, 五家渠, 三台县
    name a place and count nothing."""
    unit_words = tuple(units())
    names: set[str] = set()
    for file in ("divisions.tsv", "divisions_former.tsv"):
        for row in load_rows(file):
            for name in (row["name"], *split_alts(row.get("short"))):
                if len(name) >= 3 and any(c in CN_DIGITS and name[i + 1:].startswith(unit_words)
                                          for i, c in enumerate(name)):
                    names.add(name)
    return fastre.compile(words(sorted(names)))


@lru_cache(maxsize=2)
def _names(side: str) -> dict[str, "regex.Pattern"]:
    """Unit → the words that, right after (``side`` "after") or right before ("before") a
    Chinese-numeral count in that unit, make it a name (三年行动, 十年禁渔, 三期工程, 机场三期): the
    ``unit``/``side`` rows of ``quantity_exclusions.tsv``."""
    by_unit: dict[str, list[str]] = {}
    for r in load_rows("quantity_exclusions.tsv"):
        if r["side"] in (side, "both"):
            for u in split_alts(r["unit"]):
                by_unit.setdefault(u, []).append(r["phrase"])
    return {u: regex.compile(f"(?:{words(ws)})" + ("$" if side == "before" else "")) for u, ws in by_unit.items()}


def _context_words(role: str) -> str:
    """The words of ``role`` in ``lexicons/quantity_contexts.tsv`` as an alternation, in file order; a
    word's ``not_after`` character becomes a look-behind (``(?<!学)前``)."""
    row = next(r for r in load_rows("quantity_contexts.tsv") if r["role"] == role)
    guards = dict(p.partition("=")[::2] for p in split_alts(row["not_after"]))
    return "|".join((f"(?<!{regex.escape(guards[w])})" if w in guards else "") + regex.escape(w)
                    for w in split_alts(row["words"]))


@lru_cache(maxsize=None)
def _context_pattern(name: str) -> "regex.Pattern":
    """The compiled pattern of one context of ``lexicons/quantity_contexts.tsv``."""
    if name == "plan_after_gap":
        stops = "".join(regex.escape(w) for w in split_alts(next(
            r["words"] for r in load_rows("quantity_contexts.tsv") if r["role"] == "plan_gap_stop")))
        return regex.compile(rf"[^\P{{Han}}{stops}]{{1,4}}?(?:{_context_words('plan_name')})")
    if name == "provision_after":
        return regex.compile(rf"的?(?:{_context_words(name)})")
    if name in ("days_after", "money_clause", "same_count_or"):
        return regex.compile(_context_words(name))
    if name == "session_after":
        return regex.compile(rf"(?:、[{CN_DIGITS}]+次)*(?:{_context_words('session_word')})")
    if name == "place_suffix":  # one character of the name between: not a function word (十八周岁的村民), an
        # adjective of a count (三个新村) or a word with the place word (五个农村, 各村, 本社区): place_modifier
        rows = load_rows("quantity_contexts.tsv")
        stops = "".join(regex.escape(w) for r in rows if r["role"] in ("noun_phrase_stop", "place_modifier")
                        for w in split_alts(r["words"]))
        return regex.compile(rf"[^\P{{Han}}{stops}]\s?(?:{_context_words(name)})")
    if name == "magnitude_before":  # 风力六级, 东北风五到六级, 风力达到五级: up to three characters between
        return regex.compile(rf"(?:{_context_words(name)})[^\P{{Han}}，。；、]{{0,3}}$")
    if name == "lasting_verb":  # 经过近3个月, 历时近两年: right before 近
        return regex.compile(rf"(?:{_context_words(name)})$")
    if name == "quoted_name_head":  # “寻找2022个亚运梦想”圆梦行动: up to four characters of the name between
        return regex.compile(rf"\p{{Han}}{{0,4}}?(?:{_context_words(name)})")
    if name == "magnitude_after":
        return regex.compile(_context_words(name))
    if name == "round_count_verb":
        return regex.compile(rf"(?:{_context_words(name)})了?$")  # 举办千场, 选派了百名
    return regex.compile(rf"(?:{_context_words(name)})$")  # span_before, days_before: right before the count


class _Context:
    """A pattern of ``lexicons/quantity_contexts.tsv``, compiled on first use (``match``, ``search``)."""

    __slots__ = ("name", "_pattern")

    def __init__(self, name: str) -> None:
        self.name = name
        self._pattern = None

    def _compiled(self) -> "regex.Pattern":
        if self._pattern is None:
            self._pattern = _context_pattern(self.name)
        return self._pattern

    def match(self, *args):
        return (self._pattern or self._compiled()).match(*args)

    def search(self, *args):
        return (self._pattern or self._compiled()).search(*args)

    def fullmatch(self, *args):
        return (self._pattern or self._compiled()).fullmatch(*args)


_RE_HAN = regex.compile(r"\p{Han}")
_RE_QUOTE = regex.compile(r"“([^“”\n]{1,12})”")
_RE_YEAR = regex.compile(rf"(?:1[89]|20)\d\d|[{DIGIT_WORDS}]{{4}}")
_BARE_SCALE = regex.compile(rf"[{SCALES[1:]}]")  # 百, 千, 万, 亿
_RE_CN_DIGIT = regex.compile(rf"[{CN_DIGITS}双]")
_RE_DIGIT = regex.compile(r"\d")
_RE_PACKAGE = regex.compile(r"(?<![\d.])\d{1,3}条$")
# the notations of seismic magnitude before the number (ML2.5级, Ms6.8级): a scale, not a label
_RE_MAGNITUDE_SCALE = regex.compile(r"(?<![A-Za-z])(?:M[LSsWw]?|mb)$")
# 密级和保密期限 (GB/T 9704-2012 7.2.2): `秘密★1年` marks the document, it counts nothing
_RE_SECRECY = regex.compile(rf"(?:绝密|机密|秘密)\s*★\s*[\d０-９{SMALL_NUMERALS}]+\s*(?:年|个月|月|天|日)")
# A session of a congress or plenum: 十届四次会议, 七届全国人大三次会议, 省委十二届七次、八次全会
_RE_SESSION_AFTER = _Context("session_after")  # (the session_word words of lexicons/quantity_contexts.tsv)
_RE_SESSION_BEFORE = regex.compile(r"届[^，。；！？\n]{0,10}$")
# a list of congress terms (第十三届、十四届、十五届中央委员): each member is an ordinal
_RE_TERM_LIST_AFTER = regex.compile(rf"[、和至到][{CN_DIGITS}]+届")
_RE_TERM_LIST_BEFORE = regex.compile(r"届[、和至到]$")
# A figure or table label: 如图1所示, 见表2
_RE_LABEL_BEFORE = regex.compile(r"(?:(?:(?<!\p{Han})(?:如|见|附|下|上)|详见|参见|见附|如下)[图表]|附件)$")  # not 意见表3.2万份
# a plan's name after its years, a few words between: 五年提升行动, 十年长远规划 (no function word, no time word)
_RE_PLAN_AFTER_GAP = _Context("plan_after_gap")
_RE_NAME_HEAD_AFTER = _Context("quoted_name_head")  # (the quoted_name_head words of lexicons/quantity_contexts.tsv)
_RE_LASTING_BEFORE = _Context("lasting_verb")  # (the lasting_verb words of lexicons/quantity_contexts.tsv)
_LIST_JOINERS = "、和及与至到"


@lru_cache(maxsize=None)
def _ordinal_list_before(unit: str) -> "regex.Pattern":
    """The earlier members of a list of ordinals before a later one: 第1、2、3项, 第一、二批, 第三至五条; in
    ``unit``, a provision's (条, 款, 项 …), also with the classifier on each member (第三项至六项, 第二条、三条):
    the later ones are ordinals too, not counts (第三项和两个: another unit after a count stays a count;
    第一名和两名选手: 名 is no provision)."""
    member = rf"[\d{ORDINAL_NUMERALS}]+" + (f"(?:{regex.escape(unit)})?" if unit else "")
    return regex.compile(rf"第{member}(?:[{_LIST_JOINERS}]{member})*[{_LIST_JOINERS}]$")


# 今后五年, 未来十年, 近三年: a time span, also before 目标, 规划 …
_RE_SPAN_BEFORE = _Context("span_before")  # (学前三年教育: preschool)
_RE_DEICTIC_PAIR = _Context("deictic_pair")  # 今明两年, 明后两天: the days or years named, no span
# 日 counts days where the text shows a duration: 90日 (no day of a month), 15日内, 之日起15日, 满30日
_RE_DAYS_AFTER = _Context("days_after")  # the qualifiers after (以内, 以上 …) are the match's qa
_RE_DAYS_BEFORE = _Context("days_before")
_RE_EVENT_OF = regex.compile(rf"{EVENT_OF}$")  # 会议举行的十五日前, 届满之30日前 (not 第一个月的二十五日前)
# after 前 + a count of items or articles: a reference to provisions (前两款规定, 前四项所列)
_RE_PROVISION_AFTER = _Context("provision_after")
# a verb of holding or doing right before 百, 千, 万 alone and a classifier: a round count (举办千场, 选派百名)
_RE_ROUND_COUNT_VERB = _Context("round_count_verb")
# a Chinese numeral and classifier that open a place's name: 三家店村, 五道营胡同, 五棵松体育馆
_RE_PLACE_AFTER = _Context("place_suffix")
# a word of wind or earthquake around a Chinese-numeral 级: a force or magnitude (风力六级以上, 七级大风)
_RE_MAGNITUDE_BEFORE = _Context("magnitude_before")
_RE_MAGNITUDE_AFTER = _Context("magnitude_after")
_PROVISIONS = frozenset({"条", "款", "项", "章", "节"})  # the units of a text's provisions
_ROUND_COUNTED = frozenset({"count", "people", "events", "groups", "documents", "vehicles"})
# after 每 + a span of time: 就 (with a pause before it) makes the span the step of a rate (每两天就有一个)
_RE_RATE_AFTER = regex.compile(r"[，,]?(?:就|便)")
_MEASURES = frozenset({"weight", "length", "area", "volume", "concentration", "power", "energy", "temperature",
                       "data", "frequency", "measure", "magnitude", "compute"})


def _guard_spans(text: str) -> list[tuple[int, int]]:
    """Normalized spans where a number labels: exclusion phrases, secrecy marks, short quoted names
    (《》 titles are doc_title facts, excluded through ``ctx.covered``)."""
    spans = [m.span() for m in _exclusions().finditer(text)]
    spans += [m.span() for m in _division_names().finditer(text)]
    spans += [m.span() for m in _RE_SECRECY.finditer(text)]
    spans += era_date_spans(text)  # 康熙三年: a year counted from an era, not three years
    if "纬" in text or "东经" in text or "西经" in text:  # (a cheap gate)
        spans += [m.span() for m in _coordinates().finditer(text)]  # 北纬33度, 东经一百一十度四十一分: a position
    for m in _RE_QUOTE.finditer(text):
        if _quoted_name().fullmatch(m[1]):
            spans.append(m.span(1))  # “15分钟社区生活圈”, “1小时高铁圈”: a name led by a span of time or a distance
        elif _RE_CN_DIGIT.search(m[1]) and not _RE_DIGIT.search(m[1]):
            spans.append(m.span(1))  # “八个专项整治”, “三项教育”: a formula's name, not a count
        elif _RE_PACKAGE.search(m[1]):
            spans.append(m.span(1))  # “稳增长20条”, “金融15条”: a package of measures named by its articles
        elif _RE_NAME_HEAD_AFTER.match(text, m.end()):
            spans.append(m.span(1))  # “寻找2022个亚运梦想”圆梦行动: the quotes name a campaign, their counts label it
    return sorted(spans)


@lru_cache(maxsize=1)
def _coordinates() -> "regex.Pattern":
    """A latitude or longitude (``coordinate`` words of ``lexicons/numeral_words.tsv``) with its degrees,
    minutes and seconds: 北纬33度, 约北纬二十度零九分三十七秒, 东经112度以东 (a position, no measure); a
    range of them is one position too (北纬34°23′－34°31′, 东经111°07′至东经111°22′: no minus sign, no count)."""
    num = rf"[\d{CN_DIGITS}.．]+"
    coordinate = words(numeral_words('coordinate')[0])
    point = rf"{num}\s?(?:度|°)(?:\s?{num}\s?(?:分|′|'))?(?:\s?{num}\s?(?:秒|″|\"))?"
    return fastre.compile(rf"(?:{coordinate})\s?约?\s?{point}(?:{range_words()}(?:{coordinate})?\s?{point})?")


@lru_cache(maxsize=1)
def _quoted_name() -> "regex.Pattern":
    """A quoted name that opens with a span of time or a distance and goes on in words (“15分钟社区生活圈”,
    “1小时高铁圈”); a quoted count (“3个清单”) stays a count."""
    heads = words(u for u, (_unit, category) in units().items() if category in ("time", "length") and not _is_latin(u))
    return regex.compile(rf"\d+(?:\.\d+)?(?:{heads})\p{{Han}}{{2,}}")


def _recent_span(text: str, at: int, end: int) -> bool:
    """Does 近 at ``at`` before a span of time (ending at ``end``) name the recent years or months (近两年我国经济,
    企业近3年的财务报告, 最近3年, 在近10年, 近五年来的最高水平, 保持近两年的水平) rather than "nearly" that long? Nearly
    after a verb of lasting (``lasting_verb`` of quantity_contexts.tsv: 经过近3个月, 历时近两年) or another verb the span
    completes (在轨驻留近5个月，), unless 的, 来, 以来, 内 or 中 follows (保持近两年的水平, 改革开放近40年来,
    提供近3年内的报告)."""
    if _RE_LASTING_BEFORE.search(text, max(0, at - 4), at):
        return False
    if text.startswith(("的", "来", "以来", "内", "中"), end):
        return True  # (并提供近3年内的报告, 申请人近四年内: within the recent years)
    before = text[_clause_start(text, at): at]
    toks = tokens(before) if before else []
    return not (toks and is_verb(toks[-1][1]))


def _number_start(m: Groups) -> int:
    return m.start("pause0") if m["pause0"] else m.start("num")


_RE_YEAR_BEFORE = regex.compile(r"(?<![\dA-Za-z])(?:1[89]|20)\d\d$")  # a year listed right before a count of years
_RE_ORDINAL_GE = fastre.compile(rf"第[\d{ORDINAL_NUMERALS}]{{1,3}}个$")  # 第一个十年: an ordinal of decades (peers8)


def _plausible_shape(text: str, m: Groups) -> bool:
    """The checks that need no value (run before the numeral is read: most candidates end here)."""
    s = _number_start(m)
    num = upper(m)
    unit = m["unit"]
    end = m.end("unit")
    before = text[s - 1] if s > 0 else ""
    if before == "第" or (before == "个" and _RE_ORDINAL_GE.search(text, max(0, s - 5), s)) or (
            before and before in _LIST_JOINERS and _ordinal_list_before(
                unit if unit in _PROVISIONS and "两" not in m["num"] else "").search(text, max(0, s - 24), s)) or (before and (before.isascii() and before.isalnum())
                         and not (unit == "级" and _RE_MAGNITUDE_SCALE.search(text, max(0, s - 3), s))
                         and not (unit == "年" and num[0] in CN_DIGITS and _RE_YEAR_BEFORE.search(text, max(0, s - 5), s))):
        return False  # 第二批 ordinal; A4, G20 labels (ML2.5级 is a magnitude; 1978、1979两年 counts the years listed)
    if before and before in ".．":
        return False  # the tail of a longer number
    if before and before in "○◯" and s >= 2 and text[s - 2] in SCALES:
        return False  # 二百○八所: the tail of a number whose zero is written as a circle (no count of 8; a year
        # ends in ○ after a digit: 一九八○两年 counts two years)
    if before and before in "图表" and not text[text.rfind("\n", 0, s - 1) + 1: s - 1].strip():
        return False  # 图1人工智能标准体系结构图: the number of a figure or table opening its caption line
    if before == "点" and s >= 2 and (text[s - 2].isdigit() or text[s - 2] in CN_DIGITS):
        return False  # 10点五度, 三点五度: the decimal tail of a number said aloud
    if unit in _PROVISIONS and text.endswith(numeral_words("own_text")[0], 0, s):
        return False  # 违反本条例二十六条规定: a provision of the text itself named without 第, no count
    if before == "前" and unit in ("位", "名"):
        return False  # 进入全国前10位, 前三名: a rank, an ordinal
    if before == "前" and (unit == "款" or unit in ("项", "条") and _RE_PROVISION_AFTER.match(text, m.end())):
        return False  # 依照前两款规定, 前四项规定的条件: a reference to the provisions before, no count
    nxt = text[end: end + 1]
    if (unit == "位" and nxt == "数") or (unit != "级" and nxt == "级" and not text.startswith("级别", end)):
        return False  # 两位数增长: digits of a figure; 7亿吨级, 万吨级码头: a grade of size (not 8个级别: levels)
    chinese = not any(map(str.isdigit, num))
    if chinese and len(m["num"]) == 1 and num in numeral_words("capital_word")[0] and not m["num2"] and not m["pause0"]:
        return False  # 大陆架, 陆家嘴, 登陆台风: 陆 alone is land, no 6 (陆拾名, 陆佰 are numerals)
    category = units()[unit][1]
    if chinese and _BARE_SCALE.fullmatch(num[0]) and not (m["over"] or m["qb"] or m["qa"]) and not (
            len(num) == 1 and category in _ROUND_COUNTED and _RE_ROUND_COUNT_VERB.search(text, max(0, s - 5), s)):
        return False  # 百名领导, 千家万户: figurative round numbers (举办千场招聘会, 选派百名干部 count)
    if unit in ("月", "季度") and not m["ge"] and num not in COLLOQUIAL_NUMERALS:
        return False  # 3月 is a month, 三季度 a quarter; a duration is 3个月, 三个季度 (仨月: 仨 is 三个)
    if unit == "个" and text.startswith("百分点", end):
        return False  # 3个百分点: percentage points (a percent)
    if chinese and unit in arabic_only() and not (m["half2"] or qualifier_of(m["qb"]) == "approx" or m["over"] or m["over3"]) \
            and not _is_force(text, m):
        return False  # 十分重要: an adverb, not ten points (十三分半: a half after it makes it a measure; 约三十里,
        # 十余里: an approximation makes the numeral an amount, not a name or an adverb; a bound does not:
        # 不低于二级负荷 is a grade)
    if unit == "分" and before and before in "时點点:" and not m["half2"]:  # (用时三分半钟: no clock says 半)
        return False
    if chinese and unit in ("周",) and nxt == "年":
        return False
    if chinese and num == "二" and not m["num2"] and category not in _MEASURES and category != "time" \
            and not (unit == "个" and not text.startswith(("人", "体"), end) and before != "含") \
            and not (category == "people" and not text.startswith("人转", m.start("unit")))\
            and not (m["qb"] or m["qa"] or bound_before(text, s) or _range_low_end(text, m.end())):
        return False  # 二次开发, 二期: counts say 两 (两次); 二 + classifier is an ordinal (二年 stays a span);
        # but 不得少于二人, 二人以上, 二次以上 count (legal texts write 二 for two), and so does the lower end of
        # a range (二个至三个部门, 二个至五个工作日); 二个 is a count (二个采暖期: the ordinal says 第二个), not
        # before 人, 体 (其二个人认为, 一二个体户: the words 个人, 个体) nor after 含 (二个以上（含二个）: the bound restated)
    if chinese and category in ("count", "groups") and unit != "个" and not (m["qa"] or m["over"]) \
            and _RE_PLACE_AFTER.match(text, end):
        return False  # 三家店村, 五棵松体育馆: a classifier of things opens a place's name (三个贫困村 counts; not
        # years, ages or people: 十八周岁的村民, 两年的村集体收入)
    if chinese and unit == "类" and num != "两" and _is_grade_of_class(text, s, end):  # (两类口岸 counts: a grade says 二)
        return False  # 三类农作物病虫害 beside 一类农作物病虫害: a grade named by its number (分为三类：一类是… counts)
    if unit == "两" and num in ("两", "一"):
        return False  # 两两结对, 一两: numerals, not the weight
    if chinese and unit == "次" and _RE_SESSION_BEFORE.search(text, max(0, s - 12), s) \
            and _RE_SESSION_AFTER.match(text, end):
        return False  # 十届四次会议: a session of a congress, an ordinal
    if chinese and unit == "次" and text.startswith("全会", end) and before in "届委":
        return False  # 省委十次全会: a plenum is named by its number (中央先后召开七次全会: seven plenums)
    if unit in size_labels() and _RE_HAN.match(nxt) and nxt != "的" and not m["qa"] \
            and not text.startswith(("及以", "以上", "以下", "左右"), end):
        return False  # 12英寸产线, 7纳米芯片: the size grade of a product names it (屏幕12英寸。, 直径50纳米的颗粒 measure)
    if unit == "届" and chinese and num != "两" and not m["qa"] and (
            _RE_HAN.match(nxt) or _RE_TERM_LIST_AFTER.match(text, end) or _RE_TERM_LIST_BEFORE.search(text, max(0, s - 4), s)):
        return False  # 十三届全国人大, 十九届四中全会: a congress named by its number; 第十三届、十四届、十五届: ordinals
        # in a list (两届广交会, 连续三届。 count)
    if category == "time" and _RE_DEICTIC_PAIR.search(text, max(0, s - 3), s):
        return False  # 今明两年要解决好: this year and next, a time referred to (今后两年 is a span)
    if not _RE_SPAN_BEFORE.search(text, max(0, s - 2), s):
        after, before_names = _names("after").get(units()[unit][0]), _names("before").get(units()[unit][0])
        named = after and not (m["qa"] or m["over"] or m["over3"]) and after.match(text, m.end())
        if named or before_names and before_names.search(text, max(0, s - 8), s):
            return False  # 三年行动, 十年禁渔, 三期工程, 机场三期: the name of a plan or a phase (3年行动计划,
            # 机场3期 in Arabic digits too); a bounded count names nothing (5年以上教育、教学经验)
        if chinese and units()[unit][0] == "年" and before != "每" and _RE_PLAN_AFTER_GAP.match(text, m.end()):
            return False  # 五年提升行动, 五年立法规划, 三年棚改攻坚计划: a plan named by its years (每二年组织规划
            # is a period; 五年对总体规划, 五年要在统一规划: a word of the clause stands between)
    if _RE_LABEL_BEFORE.search(text, max(0, s - 3), s):
        return False  # 如图1所示: a label
    lead = before if m.start() == s else text[m.start() - 1: m.start()]  # before a sign (<5ms, ±5V)
    if _is_latin(unit) and lead.isascii() and not lead.isspace() and lead not in "(@~-":
        return False  # \x1b[0m, a=5t: Latin letters after ASCII punctuation are code, not a measure (10μT@1.5T,
        # 0.1μm~300μm are)
    if category != "time" and (before == "每" or _rate_base_range().search(text, max(0, s - 12), s)):
        return False  # 每10万人刑事案件数, 每万人口, 每五户至十五户 (both ends): the base of a rate, not a count
    if category == "time" and before == "每" and _RE_RATE_AFTER.match(text, m.end()):
        return False  # 每两天就有一个, 每四十六小时，就将有一个: how often a thing happens, a rate (每3年举行一次
        # names the period of what is done: a span of time, counted)
    if chinese and before == "几":
        return False  # 几十年, 几百人: an unspecified number
    if category == "noun" and not (m["scale"] or m["over"] or m["over0"] or m["qb"] or _has_scale(num)):
        return False  # 1.4亿农村人口, 600多万香港人; not 2019人口 (no count without 万/亿 or 多)
    if unit == "日" and not _is_days(text, m, chinese):
        return False
    if chinese and text[s: m.end("unit")] in _place_words() and not _shows_duration(text, m):
        return False  # 向四周扩散, 岛屿四周: all around, a place (为期四周, 四周内, 持续四周时间 count weeks)
    return True


def _is_grade_of_class(text: str, s: int, end: int, reach: int = 80) -> bool:
    """A numeral + 类 before a noun that a first grade (一类, 二类: ``class_grade`` of
    ``lexicons/numeral_words.tsv``) also stands before nearby (三类农作物病虫害, 一类农作物病虫害
    和二类农作物病虫害): the classes of a grading, named by their numbers; no count."""
    if s >= 3 and text[s - 2] == "类" and text[s - 1] in "、和或与及" and text[s - 3] in ORDINAL_NUMERALS:
        return True  # 二类、三类疫苗接种点: grades listed
    noun = text[end: end + 2]
    if len(noun) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in noun):
        return False
    lo, hi = max(0, s - reach), min(len(text), end + reach)
    for grade in numeral_words("class_grade")[0]:  # 一类, 二类 (lexicons/numeral_words.tsv)
        i = text.find(grade, lo, hi)
        while i != -1:
            if i != s and text.startswith(noun, i + len(grade)):
                return True
            i = text.find(grade, i + 1, hi)
    return False


def _is_force(text: str, m: Groups) -> bool:
    """级 of wind or an earthquake (风力六级以上, 东北风五到六级, 七级大风): a force or magnitude, a measure,
    also where 三级, 五级 would name tiers of government (quantity_exclusions.tsv)."""
    s = _number_start(m)
    return m["unit"] == "级" and bool(_RE_MAGNITUDE_AFTER.match(text, m.end("unit"))
                                     or _RE_MAGNITUDE_BEFORE.search(text, max(0, s - 8), s))


def _is_latin(unit: str) -> bool:
    return unit[-1].isascii() and unit[-1].isalpha()


def _has_scale(num: str) -> bool:
    return "万" in num or "亿" in num


@lru_cache(maxsize=1)
def _rate_base_range() -> "regex.Pattern":
    """每, a count and a range word right before a number: the upper end of a rate's base (每五户至十五户)."""
    return regex.compile(rf"每[\d{CN_DIGITS}.．]+\p{{Han}}{{0,3}}?{range_words()}$")


def _is_days(text: str, m: Groups, chinese: bool) -> bool:
    """日 after a number is a day of a month unless the text shows a duration: more than 31 of them,
    两日, or a word of duration after or before it (15日内, 自收到之日起15日, 满30日)."""
    s = _number_start(m)
    before = text[max(0, s - 1): s]
    if before in ("月", "年", "号") and text[max(0, s - 2): s] != "每年":
        return False  # 3月15日 (a day of a month; 每年五日的护理假 names no month: days a year, where the text shows them)
    if not chinese and upper(m).isdigit() and int(upper(m)) > 31:
        return True
    if chinese and _over_a_month(upper(m)):
        return True  # 按照一百八十日计算: no month has so many days
    if upper(m) == "两" or m["qb"] or m["qa"] or m["over"] or _RE_DAYS_AFTER.match(text, m.end("unit")):
        return True
    end = m.end("unit")
    back = text.startswith("前", end) or text.startswith("以前", end)  # 十五日前, 七日以前
    if back and _RE_EVENT_OF.search(text, max(0, s - 2), s):
        return True  # 会议举行的十五日前, 有效期届满的30日前, 会议的十日以前: days before an event (not 第一个月的二十五日前)
    if not m["num2"] and back and not text.startswith("前后", end) \
            and "\u4e00" <= before <= "\u9fff" and before not in _day_of_month_before() \
            and not (before in "的之" and text[max(0, s - 2): s - 1] in ("年", "月", "号")):  # (选举日的五日前)
        return True  # 开工七日前, 清洗、消毒三日前: days counted back from an event (not 于十日前, 本月二十日前:
        # a day of a month; numeral_words.tsv day_of_month_before)
    if m["num2"]:
        return False  # not 8—12日 (days)
    if _RE_DAYS_BEFORE.search(text, max(0, s - 4), s):
        return True
    # 纳税期限分别为1日、3日、5日: a count of 日 listed after counts of 日 that a duration word opens
    listed = _RE_DAY_LIST_BEFORE.search(text, max(0, s - 40), s)
    return bool(listed and _RE_DAYS_BEFORE.search(text, max(0, listed.start() - 4), listed.start()))


# counts of 日 listed right before a number (1日、3日、; 5日、10日或者)
_RE_DAY_LIST_BEFORE = regex.compile(rf"(?:(?<![\d{CN_DIGITS}月年号])(?:\d{{1,3}}|[{SMALL_NUMERALS}]{{1,3}})日(?:、|或者|或))+$")


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    return frozenset(numeral_words("place_word")[0])  # 四周 (lexicons/numeral_words.tsv place_word)


@lru_cache(maxsize=1)
def _day_of_month_before() -> frozenset[str]:
    return frozenset(numeral_words("day_of_month_before")[0])  # 于, 在, 月 … (lexicons/numeral_words.tsv)


def _shows_duration(text: str, m: Groups) -> bool:
    """A bound or a word of duration beside a count of time (为期四周, 四周内, 四周以上, 连续四周, 四周时间)."""
    s, end = _number_start(m), m.end("unit")
    return bool(m["qb"] or m["qa"] or m["over"] or _RE_DAYS_AFTER.match(text, end) or text.startswith("时间", end)
                or _RE_DAYS_BEFORE.search(text, max(0, s - 4), s) or text.startswith("持续", max(0, s - 2)))


def _over_a_month(num: str) -> bool:
    """A Chinese numeral above 31 (一百八十, 四十五): more days than any month has."""
    try:
        return parse_decimal(num) > 31
    except (NumeralError, ValueError):
        return False


def _plausible_value(m: Groups, value: float) -> bool:
    """The checks on the value read: 一次 (an article), 2014年 (a date), 2010级 (a cohort)."""
    num = upper(m)
    chinese = not any(map(str.isdigit, num))
    if 0 <= value < 2 and chinese and not _BARE_SCALE.search(num) and not m["num2"] and "点" not in num \
            and not (m["unit"][0] in SCALES[1:] and units()[m["unit"]][1] in _MEASURES):  # 一千米 is 1000 米
        return False  # 一次, 一场: an article; 一天半 is out of scope (零下四摄氏度 is a measure; 一点五米 a decimal)
    if m["unit"] == "年" and not m["ge"] and (_RE_YEAR.fullmatch(num) or value >= 1000):
        if not (m["over"] or m["scale"] or (_BARE_SCALE.search(num) and not _RE_YEAR.fullmatch(num))):
            return False  # 2014年 is a date; 1000多年, 五千年, 2.5亿年 are durations
    if m["unit"] == "级" and value >= 20:
        return False  # 2010级: a cohort; magnitudes and wind forces stay below 20
    if m["unit"] == "届" and value >= 1000:
        return False  # 2023届毕业生: a cohort named by its year
    if (value != int(value) and not m["num2"] and units()[m["unit"]][1] in _DISCRETE and not _has_scale(num)
            and not m["half"] and not m["half2"] and not _RE_AVERAGE.search(m.string, _sentence_start(m.string, m.start()), m.start())):
        return False  # 2.2本计划: a section number before 本 (this); things are counted whole, except on average
        # (户均2.3人; 每千人托位、养老床位数分别达到4.7个、27.3张: 每 anywhere in the clause before; 每百户拥有
        # 汽车21.5辆，比上年增加3.5辆: or in the clauses before it in its sentence)
    return True


def _clause_start(text: str, pos: int, reach: int = 40) -> int:
    """Where the clause holding ``pos`` starts (after a comma, a stop or a line break; at most ``reach`` back)."""
    m = _RE_CLAUSE_BACK.search(text, max(0, pos - reach), pos)
    return m.start() + 1 if m else max(0, pos - reach)


def _sentence_start(text: str, pos: int, reach: int = 60) -> int:
    """Where the sentence (or ；-part) holding ``pos`` starts (at most ``reach`` back)."""
    m = _RE_SENTENCE_BACK.search(text, max(0, pos - reach), pos)
    return m.start() + 1 if m else max(0, pos - reach)


_RE_SENTENCE_BACK = regex.compile(r"[。；！？;!?\n][^。；！？;!?\n]*$")
_RE_CLAUSE_BACK = regex.compile(r"[，。；！？：,;!?\n][^，。；！？：,;!?\n]*$")
_DISCRETE = frozenset({"count", "people", "events", "vehicles", "documents", "groups"})
_RE_AVERAGE = regex.compile(r"[均每]|平均")


def _matches(text: str) -> Iterator[Groups]:
    """Candidate matches; a range that is no range (3天至5个, 三、五个, 20-3个) gives its parts."""
    for m in quantity_matches(text):
        yield Groups(m)


_RE_TWO_DIGIT_WORDS = regex.compile(rf"[{DIGIT_WORDS}]{{2}}")


def _read(text: str, m: Groups) -> list[tuple[Groups, tuple]]:
    """``[(match, (value, unit, qualifier, value_max))]`` for a candidate, its parts when its range fails."""
    if not m["num2"] and _RE_TWO_DIGIT_WORDS.fullmatch(m["num"]) and approx_range(m["num"]) is None and m["num"] != "三五":
        # 统一五项标准, 唯一三个: two digits read one by one are no count (fifteen is 十五; 二三天 is a
        # range); the first ends the word before it, the count starts at the second
        s = m.start("num")
        rest = quantity_pattern().match(text[:s] + " " + text[s + 1:], s + 1)
        return _read(text, Groups(rest)) if rest else []
    if not _plausible_shape(text, m):
        return []
    try:
        return [(m, read_quantity(m))]
    except NumeralError:
        pass
    if not (m["num2"] or m["pause0"]):
        return []
    pat, out = quantity_pattern(), []
    high = pat.match(text, upper_start(m))
    if high and high.end() == m.end():
        out += _read(text, Groups(high))
    return out


def find_quantities(ctx: Context) -> list[QuantityMatch]:
    """Quantity spans in ``ctx.text`` that no other kind claims (entities not yet read)."""
    text = ctx.text
    covered = ctx.covered(("date", "money", "percent", "doc_title", "doc_number", "slogan"))
    guards = SpanIndex(_guard_spans(text))
    idents = ctx.identifiers()
    found: list[QuantityMatch] = []
    lows: set[int] = set()  # 一人(至二人): an article alone, the lower end of a range before another count
    for cand in _matches(text):
        for m, (value, unit, qual, value_max) in _read(text, cand):
            if not _plausible_value(m, value):
                if not (value == 1 and value_max is None and _range_between().match(text, m.end())):
                    continue
                lows.add(m.start())
            ns = _number_start(m)
            category = units()[m["unit"]][1]
            ne = m.start("unit") if category == "noun" else m.end("unit")
            if (guards.overlaps(ns, ne) and not _is_force(text, m)) or idents.overlaps(ns, ne):
                continue  # (风力五级: a force, not the 五级 of five tiers)
            rs, re_ = ctx.to_raw(ns, ne)
            if covered.overlaps(rs, re_):
                continue
            if _is_latin(m["unit"]) and "\n" in ctx.raw[rs: ctx.to_raw(m.start("unit"), ne)[0]]:
                continue  # 103613.3571 / A匝道 (table cells): a unit symbol is written on the line of its number
            if unit in arabic_only() and category == "count" and any(
                    c.isspace() for c in ctx.raw[rs: ctx.to_raw(m.start("unit"), ne)[0]]):
                continue  # 9金5银6铜 is a tally; 9 金 26 磷 (a table of minerals) is not: such a classifier touches its digits
            end = ne if category == "noun" else m.end()
            begin = m.start()
            if category == "time" and m["qb"] == "近" and qual == "approx" and _recent_span(text, begin, m.end()):
                begin, qual = m.end("qb"), None  # 近两年我国经济, 近3年发生过: the recent years, not nearly two
            chinese = not any(map(str.isdigit, upper(m)))
            if not chinese and value_max is None and ns == m.start() and category != "noun":
                # 净减少10.6万、3.8万、3.3万平方公里: the numbers before share the unit of the last
                for ls, le, numeral in list_before(text, ns, m["num"], "分别" in text[max(0, ns - 30): ns]):
                    if not (guards.overlaps(ls, le) or idents.overlaps(ls, le) or covered.overlaps(*ctx.to_raw(ls, le))):
                        found.append(QuantityMatch(
                            start=ls, end=le, num_start=ls, value=to_number(parse_decimal(numeral)), unit=unit,
                            category=category, qualifier=None, value_max=None, chinese=False))
            found.append(QuantityMatch(
                start=begin, end=end, num_start=ns, value=value, unit=unit,
                category=category, qualifier=qual, value_max=value_max, chinese=chinese,
            ))
    found.extend(_bare_counts(ctx, found, covered, guards, idents))
    found.sort(key=lambda q: q.start)
    return [q for q in _merge_bounds(text, found) if q.start not in lows or q.value_max is not None]


# A clause about money names an amount without its currency (投资390亿, 收入突破两千五百亿, 规模过千亿):
# no count, and no money fact either (FACTS.md §2 money needs a currency).
_RE_MONEY_CLAUSE = _Context("money_clause")  # (the money_clause words of lexicons/quantity_contexts.tsv)


@lru_cache(maxsize=1)
def _people_clause() -> regex.Pattern:
    """… unless the clause names people, whom an amount does not count (低收入人口减少3200多万): the
    ``people`` frame of ``lexicons/entity_frames.tsv``."""
    return regex.compile(word_alternation(frame_words("people")))


_RE_NOT_A_COUNT_BEFORE = regex.compile(r"[每第数几\d.．]$|分之$")


def _bare_counts(ctx: Context, found: list[QuantityMatch], covered, guards, idents) -> list[QuantityMatch]:
    """Counts written with 万 or 亿 and no classifier at the end of their clause, the counted noun
    named before them (``贫困人口减少6800多万，``, ``参保人数增加7359万``, ``约有一万五千``): unit ``None``,
    as for ``1.4亿农村人口``. Not in a clause about money (``投资390亿``: an amount without its currency)."""
    text = ctx.text
    taken = SpanIndex([(q.start, q.end) for q in found])
    out: list[QuantityMatch] = []
    for m in finditer_near(bare_scale_pattern(), text, SCALE_ANCHORS, 24, 16):
        s, e = m.span()
        if taken.overlaps(s, e) or guards.overlaps(s, e) or idents.overlaps(s, e) or covered.overlaps(*ctx.to_raw(s, e)):
            continue
        if _RE_NOT_A_COUNT_BEFORE.search(text, max(0, s - 2), m.start("num")):
            continue  # 每万人 (a rate's base), 第…, 数十万 (vague)
        clause = text[_clause_start(text, s): m.start("num")]
        if m["np"] and _BARE_SCALE.fullmatch(m["num"][0]) and not (m["over"] or m["qb"]):
            continue  # 不负千万海南人民: a figurative round number
        if not m["np"] and (not _RE_HAN.search(clause)
                            or (_RE_MONEY_CLAUSE.search(clause) and not _people_clause().search(clause))):
            continue
        try:
            value, qual = parse_bare_scale(m)
        except NumeralError:
            continue
        chinese = not any(map(str.isdigit, m["num"]))
        out.append(QuantityMatch(start=s, end=e, num_start=s, value=value, unit="", category="noun" if m["np"] else "count",
                                 qualifier=qual, value_max=None, chinese=chinese))
    return out


def _range_low_end(text: str, end: int) -> bool:
    """A range word and another number right after a count: the count is the range's lower end (二个至三个)."""
    m = _range_between().match(text, end)
    return bool(m) and m.end() < len(text) and (text[m.end()] in CN_DIGITS or text[m.end()].isdigit())


@lru_cache(maxsize=1)
def _bounds_joiner() -> "regex.Pattern":
    return regex.compile(BOUNDS_JOINER)


@lru_cache(maxsize=1)
def _range_between() -> "regex.Pattern":
    return regex.compile(rf"(?:{INCLUSIVE})?{range_words()}")


_DASHES = "-－−"  # the minus signs a SIGN reads (text.patterns)
_RE_HEMISPHERE = regex.compile(r"[ENSW](?![A-Za-z])")
_HEMISPHERE_MEASURE = {"E": "经度", "W": "经度", "N": "纬度", "S": "纬度"}  # east/west of a meridian, north/south of the equator


def _hemisphere_end(text: str, end: int, unit: str) -> int:
    """The end of a range of degrees with the hemisphere letter after it (``0°-40°N``), else ``end``."""
    m = _RE_HEMISPHERE.match(text, end) if unit == "°" else None
    return m.end() if m else end


# 两个或者两个以上, 三人或三人以上, 一次及一次以上 (the same_count_or words of lexicons/quantity_contexts.tsv)
_RE_OR_BETWEEN = _Context("same_count_or")


@lru_cache(maxsize=None)
def _inclusive_of() -> tuple[tuple[str, str], ...]:
    """The words closing ``N或N以上`` and ``N或N以下`` with the bound each names (``same_count_at_least``,
    ``same_count_at_most`` of ``lexicons/quantity_contexts.tsv``): 以上 at_least, 以下 at_most."""
    rows = {r["role"]: r["words"] for r in load_rows("quantity_contexts.tsv")}
    return tuple((word, bound) for bound in ("at_least", "at_most")
                 for word in split_alts(rows[f"same_count_{bound}"]))


def _inclusive_bound(text: str, a: QuantityMatch, b: QuantityMatch) -> Optional[str]:
    """The bound of ``N或N以上`` (``at_least``) and ``N或N以下`` (``at_most``): an exact count, 或 (或者, 及),
    and the same count closed by 以上 or 以下 name one bound that includes the number (FACTS.md §2: the
    stronger bound wins), else ``None``."""
    if not (a.qualifier is None and a.value_max is None and b.value_max is None and a.value == b.value
            and a.unit == b.unit and _RE_OR_BETWEEN.fullmatch(text, a.end, b.start)):
        return None
    return next((q for word, q in _inclusive_of() if text.endswith(word, 0, b.end)), None)


_RE_ROUNDED_OVER = regex.compile(r"[多余](?!.*以上)")  # 一百多亿斤, 300余人: a rounded count (not 5年以上)


def _merge_bounds(text: str, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """Two quantities in one unit that make one range: ``3天至5天``, ``3天——8天`` (the unit on both ends)
    and ``五十万吨以上一百万吨以下``, ``501总吨以上、10000总吨以下``, ``十吨以上不满五十吨`` (a lower bound right before an upper bound),
    or the upper bound first (``二十五度以下五度以上``: 5 to 25); a count or the same count with 以上
    (``两个或者两个以上``: at least 2, one fact); two rounded counts (``一百多亿斤到二百多亿斤``: over, 1e10 to 2e10)."""
    def merge(a: QuantityMatch, b: QuantityMatch) -> Optional[QuantityMatch]:
        inclusive = _inclusive_bound(text, a, b)
        if inclusive:  # 两个或者两个以上: the number itself or more, one bound that includes it
            return QuantityMatch(start=a.start, end=b.end, num_start=a.num_start, value=a.value, unit=a.unit,
                                 category=a.category, qualifier=inclusive, value_max=None, chinese=a.chinese)
        joined = _bounds_joiner().fullmatch(text, a.end, b.start)
        if (joined and text.endswith("以下", 0, a.end) and text.endswith("以上", 0, b.end) and a.unit == b.unit
                and a.value_max is None and b.value_max is None and b.value < a.value):
            return QuantityMatch(start=a.start, end=b.end, num_start=a.num_start, value=b.value, unit=a.unit,
                                 category=a.category, qualifier=None, value_max=a.value, chinese=a.chinese)
        bounds = joined and text.endswith("以上", 0, a.end) and (
            text.endswith("以下", 0, b.end) or b.qualifier in ("under", "at_most") and opens_upper_bound(text, b.start))  # 16周岁以上不满18周岁
        rounded = (a.qualifier == b.qualifier == "over" and _RE_ROUNDED_OVER.search(text, a.start, a.end)
                   and _RE_ROUNDED_OVER.search(text, b.start, b.end))  # 一百多亿斤到二百多亿斤: both ends rounded
        dash = not bounds and (a.qualifier is None or rounded) and _range_between().fullmatch(text, a.end, b.start)
        if (not bounds and a.end == b.num_start and text[b.num_start: b.num_start + 1] in _DASHES and b.value < 0
                and a.value >= 0 and not a.chinese and not b.chinese and a.unit == b.unit and a.qualifier is None
                and a.value_max is None and b.value_max is None and a.value < -b.value):
            # 100°-180°E, 10℃-15℃: a dash right after the unit of a lower end joins a range; it is no minus sign
            return QuantityMatch(start=a.start, end=_hemisphere_end(text, b.end, a.unit), num_start=a.num_start,
                                 value=a.value, unit=a.unit, category=a.category, qualifier=b.qualifier,
                                 value_max=-b.value, chinese=False)
        if (not bounds and b.start == b.num_start and text[b.num_start - 1: b.num_start] in _DASHES and b.value > 0
                and a.qualifier is None and b.qualifier is None and a.unit == b.unit and a.value_max is None
                and b.value_max is None and a.value != -b.value
                and _range_between().fullmatch(text, a.end, b.num_start - 1)):
            # -5℃~-3℃, -10℃—-5℃: a minus right after the range word is the upper end's sign (SIGN reads no minus
            # after a tilde or dash), the two a range of negative numbers; written high to low too (-3℃~-5℃,
            # 3℃~-5℃: -5 to 3), the range runs from the smaller end
            low, high = sorted((a.value, -b.value))
            return QuantityMatch(start=a.start, end=b.end, num_start=a.num_start, value=low, unit=a.unit,
                                 category=a.category, qualifier=None, value_max=high, chinese=a.chinese)
        # 二个至五个工作日, 3个至5个月: 个 on the lower end stands for the time unit 个 opens on the upper end
        unit, category = (b.unit, b.category) if (
            dash and a.unit == "个" and b.category == "time" and "个" in text[b.num_start: b.end]) else (a.unit, a.category)
        if not ((bounds or dash) and unit == b.unit and a.value_max is None and b.value_max is None and a.value < b.value):
            return None
        return QuantityMatch(start=a.start, end=b.end, num_start=a.num_start, value=a.value, unit=unit,
                             category=category, qualifier=None if bounds else b.qualifier,
                             value_max=b.value, chinese=a.chinese)

    return merge_adjacent(found, merge)


def extract_quantities(ctx: Context) -> Iterator[FactBase]:
    text = ctx.text
    found = find_quantities(ctx)
    entities = counted_entities(text, found, of_change=subject_before_change, split=list_members)
    for q, entity in zip(found, entities):
        if q.category == "noun":  # 1.4亿农村人口: the noun is the entity, no unit
            entity, unit = units_reported_noun(text, q), None
        elif q.unit == "°" and text[q.end - 1: q.end] in _HEMISPHERE_MEASURE:
            entity, unit = _HEMISPHERE_MEASURE[text[q.end - 1]], q.unit  # 100°-180°E: the letter says what the degrees measure
        else:
            unit = q.unit or None  # 减少6800多万: a count without a classifier
        qual = q.qualifier
        if qual is None or qual in ("approx", "over", "under"):
            qual = stronger(qual, bound_before(text, q.start, own=qual is not None))  # 至少结对帮扶1个, 突破1000家
        yield ctx.make(
            "quantity", q.start, q.end, value=q.value, unit=unit, entity=entity,
            qualifier=qual, value_max=q.value_max,
        )


def units_reported_noun(text: str, q: QuantityMatch) -> str:
    """The noun right after a count without a classifier (1.4亿农村人口 → 农村人口)."""
    m = quantity_pattern().match(text, q.start)
    if m and m["unit"]:
        return m["unit"]
    m = bare_scale_pattern().match(text, q.start)  # 惠及3600多万农村学生: a noun phrase
    return m["np"].replace("“", "").replace("”", "") if m and m["np"] else None  # quotes dropped
