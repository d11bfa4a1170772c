"""The text of a change's subject: the clause text before the change verb without what is no part of
what changed (FACTS.md §2 change ``subject``). Dropped from the end: comparisons (which become the
``basis``, :mod:`govtext.extract.comparisons`), adverbs, level and change verbs, frequencies, how a
measure is reckoned; from the start: scope words, time leads, conjunctions, the frame of a disposal
(将, 把, 对); quotes anywhere.

>>> clause_subject("全区公务接待费同比")
('公务接待费', 'year_on_year')
>>> clause_subject("一九五三年按货币计算的平均工资比一九五〇年")
('按货币计算的平均工资', '1950年')
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from govtext.extract.comparisons import base_then_measure, basis_of
from govtext.extract.entity_cues import cue_role, entity_words, frame_words, level_verbs, pos_cut, strength_words, time_word, without_aside
from govtext.extract.subject_words import (JOINER_CHARS, QUOTE_MARKS, RE_BARE_YEAR, RE_FROM_TAIL, RE_HAS_NUMBER,
                                           alternation, change_cue_words, change_words, filler_words, on_token_start,
                                           re_during_tail, re_manner, re_period, re_period_open_tail, re_time_lead,
                                           subject_word_class)
from govtext.text import fastre
from govtext.text.patterns import ONES, SMALL_NUMERALS, ZERO_VARIANTS
from govtext.text.segmentation import word_frequency

__all__ = ["clause_subject", "clean_subject", "frame_start", "inner_time_free", "trim_subject"]


@lru_cache(maxsize=1)
def _tail_patterns() -> dict[str, "regex.Pattern"]:
    # (not the rate words, which name the measure a later verb changes: CPI涨幅|回落至2.0%; not 总数,
    # the measure itself: 床位总数|比2012年增长了一倍; not a bare 比 before the verb: 收入比|缩小至2.54 is a ratio)
    rates = {w for w, (_d, r, _n) in change_words().items() if r == "rate"}
    tail_words = alternation(level_verbs() | (set(change_words()) - rates) | (filler_words() - {"总数", "比"}))
    return {
        # 达到, 下降到, 增加了, 突破: verbs between a subject and its number
        "tail_words": fastre.compile(rf"(?:{tail_words})了?(?:到|至|为|在)?$"),
        # 增加到2016年(的…): a time between a verb and its number
        "tail_time": regex.compile(rf"(?:(?:\d{{4}}|[{ZERO_VARIANTS}{ONES}]{{4}})年(?:底|末|初)?|今年|去年|上年)$"),
        # 平均每年(增加253亿元): a frequency is how often, never what is measured
        # (``frequency`` words of entity_subject_words.tsv)
        "tail_every": regex.compile(rf"(?:平均|年均)?每(?:{alternation(subject_word_class('frequency'))})$"),
        # 门站价格每立方米, 最低收购价平均每斤(提高0.11元): the unit a price is per, not what is measured
        "tail_per": regex.compile(r"(?:平均)?每[\p{Han}]{1,3}$"),
    }


_RE_FIRST_MONTHS = regex.compile(rf"前(?:\d{{1,2}}|[{SMALL_NUMERALS}]{{1,3}})个月")  # 前10个月, 前三个月


def _lead_stop(s: str, toks) -> int:
    """Length of a scope word, conjunction or time lead opening ``s`` (0 if none)."""
    for n in (4, 3, 2, 1):
        if len(s) > n and cue_role(s[:n]) == "stop" and on_token_start(toks, n) and s[n] not in JOINER_CHARS:
            return n  # (not 全国 in 全国和自由贸易试验区…: a member of a list)
    if len(toks) > 1 and cue_role(toks[0][0]) == "filler" and toks[0][1][:1] in ("v", "d"):
        return len(toks[0][0])  # a frame opening the clause (预计, 累计, 共计): a stop away from the number
    if len(toks) > 1 and toks[0][0] in strength_words():
        return len(toks[0][0])  # 力争(今年农村贫困人口再减少…), 确保: a goal opens the predicate, not the subject
    m = _RE_ENUMERATOR.match(s)
    if m and m.end() < len(s):
        return m.end()  # 一是(工业), 其二: the count of the points a passage makes
    m = re_time_lead().match(s)
    if m and 0 < m.end() < len(s):
        return m.end()
    m = _RE_FIRST_MONTHS.match(s)
    if m and m.end() < len(s):
        return m.end()  # (今年)前10个月(我国钢材出口): the months a figure covers are when, as 1—10月 is
    m = re_period().match(s)
    if m and m.end() < len(s):
        return m.end()  # 五年内(全国工农业总产值), “六五”期间(…)
    if len(toks) > 1 and toks[0][1] == "c":
        return len(toks[0][0])  # 而, 但, 并且
    if len(toks) > 1 and toks[0][0] in subject_word_class("lead_pronoun"):
        return len(toks[0][0])  # 为此(中央财政支出), 其中
    return 0


def trim_subject(s: str) -> tuple[int, int, Optional[str]]:
    """``(start, end, basis)``: the part of ``s`` left when comparisons, adverbs, level and change
    verbs are dropped from its end and scope words, time leads and conjunctions from its start."""
    a, b, basis = 0, len(s), None
    m = RE_FROM_TAIL.search(s)
    if m and RE_HAS_NUMBER.search(m["f"]) and any(w == s[m.start()] for w, _f in _tokens_at(s, m.start())):
        b = m.start()  # 时间从一周(缩短为2天): the from-phrase is no part of the subject (not 从业人员比“四经普”: a word's 从)
    tail = _tail_patterns()["tail_words"]
    changed = True
    while changed and a < b:
        changed = False
        while a < b and s[a] in _EDGE:
            a += 1
        while b > a and s[b - 1] in _EDGE:
            b -= 1
        seg = s[a:b]
        if not seg:
            break
        m = _tail_patterns()["tail_every"].search(seg)
        if m:
            b, changed = a + m.start(), True
            continue
        m = re_manner().search(seg)
        if m:
            # (社会商品零售总额)扣除价格因素: how it is reckoned; a fixed base opening it is the basis
            # (国内生产总值|环比按年率计算 → previous_period)
            own = next((w for w in _FIXED_BASES if seg.startswith(w, m.start())), "")
            b, basis, changed = a + m.start(), basis or (basis_of(own)[1] if own else None), True
            continue
        adverb = next((w for w in _trailing_leads() if seg.endswith(w) and len(seg) > len(w) + 1), None)
        if adverb:
            b, changed = b - len(adverb), True  # 基本养老金总体(上调2%): an adverb the tagger reads as a noun
            continue
        m = _tail_patterns()["tail_per"].search(seg)
        if m and m.start() > 0:
            b, changed = a + m.start(), True
            continue
        inverted = base_then_measure(seg)
        if inverted and inverted[0] > 0:  # 1979年比上年产值: the measure after the base when only a time stands before 比
            # (产量比上年同期产量: the measure before; 比去年预算赤字减少: a clause opened by 比 compares with the base)
            at, measure_at, found = inverted
            lead = clean_subject(seg[:at])[0] if at else None
            a, b = (a, a + at) if lead else (a + measure_at, b)
            basis, changed = basis or found, True
            continue
        rest, found = basis_of(seg)
        if len(rest) < len(seg):
            b, basis, changed = a + len(rest), basis or found, True
            continue
        m = _tail_patterns()["tail_time"].search(seg)
        if m and m.start() > 0:
            b, changed = a + m.start(), True
            continue
        m = re_period_open_tail().search(seg)
        if m and m.start() > 0 and not seg[:m.start()].endswith("的"):
            b, changed = a + m.start(), True  # 钢产量前三年(共增加…), 粮食产量近五年: when, not what changed
            continue  # (not 在五年计划的前三年: the period of a plan, a time phrase whole)
        toks = pos_cut(seg)
        m = tail.search(seg)
        if m and on_token_start(toks, m.start()) and not seg[:m.start()].endswith("的"):  # (用于科技的投入: a noun)
            b, changed = a + m.start(), True
            continue
        if len(toks) > 1 and toks[-1][0] in frame_words("allocation") and toks[-2][1] in ("n", "vn", "l", "v"):
            b, changed = b - len(toks[-1][0]), True  # 中央财政赤字(拟)安排(2450亿元，比去年减少…): the funds allotted
            continue
        if toks and toks[-1][1].startswith(("d", "p", "u", "c", "vd")) and not (toks[-1][0] == "比" and len(toks) > 1):
            b, changed = b - len(toks[-1][0]), True  # (not 收入比, 性别比: a 比 with no base is the ratio)
            continue
        if len(toks) > 2 and toks[-1][1] == "v" and toks[-2][1].startswith(("d", "u")) and toks[-2][0] != "的":
            b, changed = b - len(toks[-1][0]) - len(toks[-2][0]), True  # 连跨: adverb + verb
            continue
        if len(toks) > 1 and toks[-1][1] == "v" and len(toks[-1][0]) > 1 and toks[-1][0].endswith(_RESULTATIVE) and (
                toks[-2][1].startswith(("n", "j", "vn"))):
            b, changed = b - len(toks[-1][0]), True  # 地区生产总值跨过(3万亿元): the predicate reaching a level
            continue
        if len(toks) > 1 and toks[0] == ("在", "p") and len(toks[1][0]) > 1 and not word_frequency(seg[:2]):  # (not 在岗职工)
            a, changed = a + 1, True  # 在出口(增长15%的带动下): the frame opening the clause holds the change
            continue
        if manner_only(toks):
            b, changed = a, True  # (…达到16371亿元，)按可比口径(增加2400亿元): a clause opened by how it is reckoned names nothing
            continue
        cut = _adverbial_pp(toks)
        if cut:
            lead = seg[:cut]
            if seg[cut:].startswith("在") and len(seg) - cut > 2 and (
                    not lead or re_time_lead().fullmatch(lead) or re_period().fullmatch(lead) or _lead_stop(lead + "　", pos_cut(lead + "　")) == len(lead)):
                a, changed = a + cut + 1, True  # 1979年在能源(增长不到3%的情况下): the frame holds the change, its noun the subject
                continue
            b, changed = a + cut, True  # 收费按原标准(降低20%), 在原标准基础上: how, not what
            continue
        m = _RE_UNREAD_COUNT.search(seg)
        if m and m.start() > 0:
            b, changed = a + m.start(), True  # 中欧班列开行6037列(、增长21.1%): a count the clause ends with
            continue
        cause = next((k for k in range(len(toks) - 2, 0, -1) if toks[k][0] in subject_word_class("cause")
                      and toks[k - 1][1].startswith(("n", "vn", "j", "l", "i")) and (toks[k + 1][1].startswith(("n", "j", "b", "vn")) or (
                          k + 2 < len(toks) and toks[k + 2][1].startswith(("n", "j"))))), None)  # (限上/v 新能源汽车)
        if cause is None and len(toks) > 1 and toks[0][0] in subject_word_class("cause") and toks[1][1].startswith(("n", "j", "b", "vn", "l")):
            cause = 0  # (…增长9.4%，)带动(固定资产投资增长5.1%): a clause opened by the verb of causing, its cause before
        if cause is not None:
            a, changed = a + sum(len(w) for w, _f in toks[: cause + 1]), True  # 消费品以旧换新带动(限上新能源汽车…零售额
            continue  # 分别增长…): a cause and its verb of causing before what changed
        dash = seg.rfind("——")
        if 0 < dash < len(seg) - 2:
            a, changed = a + dash + 2, True  # 重要通胀指标——个人消费支出价格指数: the measure the dash names
            continue
        n = _lead_stop(seg, toks) or _disposal(toks) or _item_mark(seg) or _change_lead(toks)
        if n:
            a, changed = a + n, True
    return a, b, basis


# 一是, 其二, 第三是: the point a passage makes; a bare 第X is an ordinal of the noun after it (第三产业,
# 第二季度, 第二批项目), never stripped
_RE_ENUMERATOR = regex.compile(rf"(?:[{ONES}十]{{1,2}}是|其[{ONES}十]{{1,2}}|第[{ONES}十]{{1,2}}是)")
# （二）, (3), 2., 三、 opening a clause: the number of an item of a list (not 1.5万: a decimal)
_RE_ITEM_MARK = regex.compile(rf"(?:[（(](?:\d{{1,2}}|[{ONES}十]{{1,3}})[）)]|(?:\d{{1,2}}|[{ONES}十]{{1,3}})[、.．](?!\d))")
_RESULTATIVE = ("过", "上", "到", "至")  # (not 入: 收入 is a noun the tagger reads as a verb)
# (the connectives that open a subject, the prepositions of manner and of disposal: ``lead_pronoun``,
# ``manner_p`` and ``disposal_p`` of entity_subject_words.tsv)
_RE_UNREAD_COUNT = regex.compile(r"(?<=\p{Han})\d+(?:\.\d+)?\p{Han}?$")


def manner_only(toks) -> bool:
    """Is the clause text (tagged ``toks``) only a phrase of manner (``按可比口径``, ``按现价``: a ``manner_p``
    preposition, not 在, and a noun phrase without 的 ending in a ``reckon_base`` word), saying how a figure is
    reckoned, naming nothing? Not a standard (``按照货币补偿标准提高百分之十``: the standard is raised)."""
    return len(toks) > 1 and toks[0][0] != "在" and toks[0][0] in subject_word_class("manner_p") and (
        toks[0][1].startswith("p") and toks[-1][1].startswith("n")) and "".join(w for w, _f in toks).endswith(
        tuple(subject_word_class("reckon_base"))) and not any(
        (f.startswith("v") and f != "vn" and not toks[k + 1][1].startswith("n")) or w == "的"
        for k, (w, f) in enumerate(toks[1:-1], start=1))


def _adverbial_pp(toks) -> int:
    """Where a prepositional phrase of manner or frame ends the subject (``收费按原标准``,
    ``收费在原收费标准基础上``, ``工业总产值要在一九五四年的基数上``): its offset, else 0. The phrase holds no
    verb and no 的 (``农民按人口平均的纯收入``, ``生产资料的产值在工业总产值中的比重``: it modifies the noun
    after it), unless it is a 在-frame closed by a localizer (``在…的基数上``)."""
    pos = 0
    for k, (w, f) in enumerate(toks):
        frame = "".join(ww for ww, _ff in toks[k + 1:])
        if k and w in subject_word_class("manner_p") and f.startswith("p") and not any(
                (ff.startswith("v") and ff != "vn") or ww == "的" for ww, ff in toks[k + 1:]) or (
                k and w == "在" and f.startswith("p") and frame[-1:] in "上下中内里外前后间" and "的" in frame):
            return pos
        pos += len(w)
    return 0


@lru_cache(maxsize=1)
def _lead_words() -> frozenset[str]:
    """The ``lead`` and ``now`` words of ``change_cues.tsv``."""
    return change_cue_words("lead") | change_cue_words("now")


@lru_cache(maxsize=1)
def _trailing_leads() -> tuple[str, ...]:
    """The ``tail_adverb`` words and the ``lead`` and ``now`` words of ``change_cues.tsv`` of two characters or more:
    closing a subject they say how or when it changed (消费率相应(地由70%降到65%), 钢产量目前(已比上年增长5%))."""
    words = subject_word_class("tail_adverb") | frozenset(w for w in _lead_words() if len(w) > 1)
    return tuple(sorted(words, key=lambda w: (-len(w), w)))  # longest first, in a fixed order


def _change_lead(toks) -> int:
    """Length of a ``lead`` word of ``change_cues.tsv`` opening the text (tagged ``toks``) before a change verb
    (如铁 → 铁, 目前操作人员 → 操作人员: a ``now`` word too; 转为, 现在 alone → nothing: the measure of the clause before), else 0."""
    if not toks or toks[0][0] not in _lead_words():
        return 0
    if len(toks) > 1 and toks[0][1] == "v" and toks[1][1] == "p":
        return 0  # (包括在国家计划以内的职工总数: a verb of the noun phrase; 目前由市场决定价格的比重 drops 目前)
    return len(toks[0][0])


def _tokens_at(s: str, pos: int):
    """The token of ``pos_cut(s)`` starting at ``pos`` (a list of one), or none."""
    at = 0
    for w, f in pos_cut(s):
        if at == pos:
            return [(w, f)]
        at += len(w)
    return []


def frame_start(clause: str) -> int:
    """Where a prepositional frame closing ``clause`` starts (``粮食总产量|在上年大幅度增长的基础上``), else 0."""
    return _adverbial_pp(pos_cut(clause))


def _item_mark(s: str) -> int:
    """Length of the number of an item opening ``s`` (``（二）``, ``(3)``, ``2.``, ``三、``), else 0; read after
    the disposal (``（三）对混凝土结构的…``: the 对-phrase after the number is cut with it)."""
    m = _RE_ITEM_MARK.match(s)
    return m.end() if m and m.end() < len(s) else 0


def _disposal(toks) -> int:
    """Length of what stands before the object of 将, 把 or 对 (``省质检院将各类委托检验收费`` → the
    fee is what changes, not the institute), else 0."""
    pos = 0
    for k, (w, _f) in enumerate(toks[:-1]):
        pos += len(w)
        if (k or w == "把") and w in subject_word_class("disposal_p") and _f in ("p", "d") and not (w == "将" and toks[k + 1][1].startswith("v") and toks[k + 1][1] != "vn"):
            return pos  # (旅客周转量将达到…: 将 before a verb is the modal, no disposal)
    return 0


_EDGE = " \n\u3000、，—－-" + JOINER_CHARS + QUOTE_MARKS
_FIXED_BASES = ("环比", "同比")  # the fixed bases re_manner() lets open a phrase of reckoning (环比按年率计算)


def _without_support_verb(subject: str) -> str:
    """``subject`` without a support verb between the unit that reports a measure and the measure
    (``规模以上工业企业实现利润`` → 规模以上工业企业利润: the profit is what changed, 实现 only reports it)."""
    toks = pos_cut(subject)
    for k in range(1, len(toks) - 1):
        w, f = toks[k]
        if w in entity_words("support") and f.startswith("v") and toks[k - 1][1].startswith(("n", "j")) and all(
                t[1].startswith(("n", "j", "vn", "l")) for t in toks[k + 1:]) and toks[-1][1].startswith(("n", "j", "l")):
            return "".join(t for t, _f in toks[:k]) + "".join(t for t, _f in toks[k + 1:])
    return subject


def _holds_noun_phrase(stretch: str) -> bool:
    """Does ``stretch`` (a preposition up to a time word) hold a noun headed after 的? Then it is a
    noun phrase, the measure itself (``合肥市在这方面的交易额|一年``), not a period before the verb
    (``在过去的五年里``: after 的 only a time)."""
    toks = pos_cut(stretch)
    return any(w == "的" and k + 1 < len(toks) and toks[k + 1][1] in ("n", "vn", "nz", "j", "l")
               for k, (w, _f) in enumerate(toks))


def clean_subject(s: str) -> tuple[Optional[str], Optional[str]]:
    """The subject left of ``s`` (text between the clause start and the verb) and the basis found.

    Drops comparisons, adverbs, level verbs and change verbs at the end; scope words, time leads
    and conjunctions at the start; quotes anywhere."""
    a, b, basis = trim_subject(s)
    out = "".join(c for c in s[a:b] if c not in QUOTE_MARKS and not c.isspace())
    for open_, close in ("（）", "()"):
        at = out.rfind(open_)
        if at > 0 and close not in out[at:]:
            out = out[:at]  # 能源消耗总量（按每公斤…: a bracket the clause cut open is an aside
    out = without_aside(_strip_leading_verb(out).lstrip("的"))  # (今年|的面积, 约70%|的个人消费支出; 孤儿（含…）)
    out = _without_support_verb(out)
    out = inner_time_free(out)
    out = _place_time_free(out)
    during = re_during_tail().search(out)
    if during and during.start() >= 2 and not _holds_noun_phrase(during[0]):
        out = out[:during.start()]  # 粮食产量|在一九五三年到一九七八年间(平均每年): when, between the measure and its verb
    if out and (re_period().fullmatch(out) or re_time_lead().fullmatch(out) or RE_BARE_YEAR.fullmatch(out)
                or _RE_FIRST_MONTHS.fullmatch(out)):
        out = ""  # 一九八五年(增加三百六十二亿元), 五五时期: a time is when, not what changed
    if out and _RE_ITEM_MARK.fullmatch(out):
        out = ""  # （二）(增加十平方米住房改善面积): the number of an item names nothing
    if out and len(pos_cut(out)) == 1 and (pos_cut(out)[0][1] in ("r", "f") or len(out) == 1 and cue_role(out) == "stop"):
        out = ""  # 这(五年里), (这五年)里, 即(增产…): a pronoun, a place word or a lone stop points at the subject, it is none
    if out and (s[b:].strip() == "的" or out.endswith("的")):
        stripped = partition_free(out if out.endswith("的") else out + "的")
        out = out if stripped == out + "的" else stripped
    return (out or None), basis


def inner_time_free(s: str) -> str:
    """``中央财政全年用于社会保障的资金`` → ``中央财政用于社会保障的资金``: a time word between the agent and the verb of
    a 的-attribute says when the sum was spent, no part of what it is (realgold15). Only inside an attribute that
    ends in 的 and a head noun; a time word opening or closing the phrase is read elsewhere.

    >>> inner_time_free("中央财政全年用于社会保障的资金"), inner_time_free("全年用于社会保障的资金"), inner_time_free("全年粮食产量")
    ('中央财政用于社会保障的资金', '全年用于社会保障的资金', '全年粮食产量')
    """
    if "的" not in s:
        return s
    toks = pos_cut(s)
    for k in range(1, len(toks) - 3):
        w, f = toks[k]
        if (time_word(w) and f in ("t", "m") and toks[k - 1][1].startswith("n") and toks[k + 1][1] == "v"
                and any(t[0] == "的" for t in toks[k + 2:-1]) and toks[-1][1].startswith("n")):
            return "".join(t[0] for t in toks[:k] + toks[k + 1:])
    return s


def _place_time_free(s: str) -> str:
    """``中国5月末外汇储备`` → ``中国外汇储备``: a time between the place that owns a measure and the measure says
    when it was taken, no part of what it is (a time opening the phrase is a lead, cut elsewhere).

    >>> _place_time_free("我国2023年末常住人口"), _place_time_free("上海今年一季度地区生产总值"), _place_time_free("我国粮食产量")
    ('我国常住人口', '上海地区生产总值', '我国粮食产量')
    """
    toks = pos_cut(s)
    if len(toks) < 3 or len(toks[0][0]) < 2 or not (toks[0][1] in ("ns", "r") or cue_role(toks[0][0]) == "stop"):
        return s
    at = len(toks[0][0])
    m = re_time_lead().match(s, at)
    if not m or m.end() >= len(s) or s[m.end()] == "的":
        return s
    rest = pos_cut(s[m.end():])
    return s[:at] + s[m.end():] if rest[0][1].startswith(("n", "vn", "j", "l")) else s


@lru_cache(maxsize=1)
def _re_partition() -> "regex.Pattern":
    return regex.compile(rf"(?:{alternation(subject_word_class('partition'))})的$")


@lru_cache(maxsize=1)
def re_partition_inside() -> "regex.Pattern":
    """An adjective of degree and its 的 (``少的``, ``最高的``) anywhere: where the partition starts."""
    return regex.compile(rf"(?:{alternation(subject_word_class('partition'))})的")


def partition_free(s: str) -> str:
    """``商户的年收入少的`` → ``商户的年收入``: an adjective of degree and 的 closing a subject pick out those
    with the least or most of the measure before (``partition`` of entity_subject_words.tsv); the measure
    is what changed. Alone (``多的``) nothing is left: the subject is carried from the clause before."""
    m = _re_partition().search(s)
    if not m:
        return s
    rest = s[: m.start()]
    toks = pos_cut(rest) if rest else []
    if rest and not (toks and (toks[-1][1].startswith(("n", "vn")) or cue_role(toks[-1][0]) == "noun") and len(toks[-1][0]) > 1):
        return s  # (增长较快的, 贡献大的: a partition needs a noun measure before it)
    return rest.rstrip("的")


def _strip_leading_verb(s: str) -> str:
    """``实现地区生产总值`` → ``地区生产总值``: a level verb or a verb of ``entity_cues.tsv`` opening the
    subject takes it as its object (not when a 的 follows: ``查处此类问题的数量`` is one phrase); other
    verbs modify the noun (``审批时限``), and so does any verb before a lone two-character noun
    (``投入资金``, ``办理时限`` are compounds)."""
    if not s or "的" in s or "、" in s:
        return s  # (接待旅游总人数、游客旅游总花费: the verb belongs to the first member of a list)
    toks = pos_cut(s)
    first = toks[0][0] if toks else ""
    verb = first in level_verbs() or first in change_words() or cue_role(first) in ("light", "governing")
    if len(toks) > 1 and verb and len(s) - len(first) >= 3 and any(
            f.startswith(("n", "j", "vn", "l")) for _w, f in toks[1:]):
        return s[len(toks[0][0]):]
    return s


def clause_subject(s: str) -> tuple[Optional[str], Optional[str]]:
    """Subject and basis of the clause text ``s`` that ends right before a change verb."""
    return clean_subject(s)
