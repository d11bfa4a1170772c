"""What a change is about, read in the text around it (FACTS.md §2 change, §5).

The subject is the noun phrase before the change verb in the same clause (its text is cleaned by
:mod:`govtext.extract.subject_phrases`; the comparison becomes the ``basis``,
:mod:`govtext.extract.comparisons`). When nothing is left, the clause continues an earlier one of the
same sentence that gave the measure with its level (``全区投入专项资金620万元，较上年增长12.4%`` →
``专项资金``). A ``分别`` list after clauses with numbers of their own takes their subjects in order
(:func:`earlier_subjects`; a list subject is split by :mod:`govtext.extract.subject_lists`). The
numbers of a change, a level or a sum with no noun of their own take the subject of the change
(:func:`subject_before_change`), of the clause before (:func:`level_subject`) or of what is summed
(:func:`sum_owner`).

>>> t = "全区投入专项资金620万元，较上年增长12.4%"
>>> change_subject(t, t.index("增长"), [(8, 13), (t.index("12.4"), len(t))])
('专项资金', 'previous_year', True)
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

import regex

from govtext.extract.comparisons import bare_comparison, basis_of, sentence_basis, time_of_base
from govtext.extract.entity_cues import cue_role, entity_words, frame_words, level_verbs, milestone, money_head, pos_cut
from govtext.extract.subject_phrases import clean_subject, frame_start, partition_free, re_partition_inside, trim_subject
from govtext.extract.subject_words import (CLAUSE_MARKS, RE_FROM_TAIL, RE_HAS_NUMBER, RE_NUMBER_PERIOD,
                                           SENTENCE_MARKS, alternation, change_cue_words, change_words, re_manner, re_stat_head,
                                           subject_word_class)
from govtext.lexicons import load_rows
from govtext.text.patterns import ONES, ZERO_VARIANTS
from govtext.text.postag import pos_pairs
from govtext.values.quantities import unit_category

__all__ = ["change_subject", "clause_start", "earlier_subjects", "level_subject", "sentence_start", "subject_before_change",
           "subject_of_span", "sum_owner"]

def clause_start(text: str, pos: int, values: Sequence[tuple[int, int]] = (), window: int = 60) -> int:
    """Start of the clause that ends at ``pos``: after the last clause mark, or after a ``、`` that
    follows a number (``汽车保有量突破3亿辆、增长46.7%``)."""
    ends = None  # the values' ends, read at the first 、 met
    i, lo = pos, max(0, pos - window)
    while i > lo and (text[i - 1] not in CLAUSE_MARKS or _wrap(text, i - 1) or _grouping(text, i - 1)):
        if text[i - 1] == "、":
            if ends is None:
                ends = {e for _s, e in values}
            if (i - 1) in ends:
                break
        i -= 1
    return i


def _grouping(text: str, i: int) -> bool:
    """Is the comma at ``i`` a thousands separator (粮食产量34，250万吨)?"""
    return text[i] in "，," and i > 0 and text[i - 1].isdigit() and bool(_RE_GROUP.match(text, i + 1))


_RE_GROUP = regex.compile(r"\d{3}(?!\d)")


def _wrap(text: str, i: int) -> bool:
    """Is the line break at ``i`` a wrap inside a sentence (``经费支出⏎1286.5万元``)? Not after a line that ends with
    its own amount (a headline, ``著作权登记量突破200万件⏎2016年…``: the line is whole)."""
    return (text[i] == "\n" and i + 1 < len(text) and text[i + 1].isdigit() and i > 0 and text[i - 1] not in CLAUSE_MARKS
            and not _RE_AMOUNT_END.search(text, max(0, i - 8), i))


_RE_AMOUNT_END = regex.compile(r"\d[万亿千百]?\p{Han}{0,2}$")  # 200万件, 5项, 30万元 closing a line


def sentence_start(text: str, pos: int, window: int = 200) -> int:
    i, lo = pos, max(0, pos - window)
    while i > lo and text[i - 1] not in SENTENCE_MARKS:
        i -= 1
    return i


def subject_of_span(text: str, a: int, b: int, values: Sequence[tuple[int, int]],
                     earlier: bool = False) -> tuple[Optional[str], Optional[str]]:
    """:func:`_subject_of_span`; a subject closed by an adjective of degree and 的 (``年收入少的``) is the
    measure before it, and nothing when only the adjective stands (``多的``: carried from before)."""
    subject, basis = _subject_of_span(text, a, b, values, earlier)
    if subject and text[a:b].rstrip().endswith("的") and not subject.endswith("的"):
        stripped = partition_free(subject + "的")
        subject = subject if stripped == subject + "的" else (stripped or None)
    return subject, basis


def _subject_of_span(text: str, a: int, b: int, values: Sequence[tuple[int, int]],
                     earlier: bool = False) -> tuple[Optional[str], Optional[str]]:
    """Subject and basis of ``text[a:b]``, a clause that may hold numbers of its own. When it ends
    with a number, the phrase before that number (``收入达到860亿元``, ``全省14个设区市PM2.5平均浓度为
    38微克/立方米`` → ``设区市PM2.5平均浓度``). Otherwise, right before a change verb, the phrase after
    its last number (``全市3家企业产值``); in an ``earlier`` clause the phrase before its first
    number, its topic (``地区生产总值连跨两个万亿元台阶``)."""
    ta, tb, basis = trim_subject(text[a:b])
    a, b = a + ta, a + tb
    inside = [(s, e) for s, e in values if a <= s and e <= b]
    if not inside:
        subject, _b = clean_subject(text[a:b])
        return subject, basis
    period = RE_NUMBER_PERIOD.match(text, inside[-1][0], b)
    if period and period.end() > inside[-1][1]:
        # 粮食产量五年来(增长12%), 五年来粮食产量, 十七年间平均每年: a count of years is when, never what changed
        subject, _b = clean_subject(text[period.end():b])
        if not subject:
            subject, _b = clean_subject(text[inside[-2][1] if len(inside) > 1 else a:inside[-1][0]])
        return subject, basis
    if inside[-1][1] < b and not _only_unit_words(text[inside[-1][1]:b]) and not milestone(text[inside[-1][1]:b]) and (
            not _RE_BRACKET_ONLY.fullmatch(text, inside[-1][1], b)):  # (…亿元（按一九五二年不变价格计算）: an aside)
        if earlier:
            subject, _b = clean_subject(text[a:_period_open_free(text, a, inside[0])])
            if subject:
                return subject, basis
        subject, _b = clean_subject(text[inside[-1][1]:b])
        return subject, basis  # 全市3家企业产值(增长20%): the phrase after the count
    for i in range(len(inside) - 1, -1, -1):
        lo = inside[i - 1][1] if i else a
        hi = _period_open_free(text, lo, inside[i])
        subject, base = clean_subject(text[lo:hi])
        if subject:
            return subject, basis
        if i == 0 and base and basis is None:
            basis = time_of_base(base)  # 比4月末外汇储备余额30295.3亿美元(上涨…): the base's time, its level written
    return None, basis


_RE_BRACKET_ONLY = regex.compile(r"\s*[（(][^（）()]*[）)]\s*")


def _period_open_free(text: str, lo: int, value: tuple[int, int]) -> int:
    """Where the phrase before ``value`` ends: before a ``period_open`` word of ``change_cues.tsv`` opening it
    when it counts years or months (钢产量前|三年共增加…: 前 opens the period, no part of the measure)."""
    if not text[value[0]:value[1]].endswith(("年", "月")):
        return value[0]
    n = next((len(w) for w in sorted(change_cue_words("period_open"), key=len, reverse=True)
              if text.endswith(w, lo, value[0])), 0)
    return value[0] - n if n and not text.endswith("的", lo, value[0] - n) else value[0]


def _topic(clause: str) -> Optional[str]:
    """A clause that is only a noun phrase (a topic the next clause comments on), or ``None``. A record set after the
    noun phrase (创历史新高, 再创新高: ``record`` of entity_subject_words.tsv) is its predicate: the phrase before it."""
    record = subject_word_class("record")
    if any(k and (w in record or f in ("l", "i") and w.startswith(tuple(record))) for k, (w, f) in enumerate(pos_cut(clause))):
        return _subject_before_predicate(clause)
    subject, basis = clean_subject(clause)
    if subject is None or basis is not None:
        return None
    toks = [(w, "n") if cue_role(w) == "noun" else (w, f) for w, f in pos_cut(subject)]
    if not toks[-1][1].startswith(("n", "j", "l", "zg")) or any(f == "v" for _w, f in toks[-1:]) or any(
            f in ("ul", "uz", "ug") for _w, f in toks):  # (有了盈利: an aspect particle makes it a predicate)
        return None  # (城镇居民人均可支配收入: 收入 a noun of entity_cues.tsv; 机制糖: 糖 a noun morpheme)
    head = [(w, "n") if cue_role(w) == "noun" else (w, f) for w, f in pos_cut(subject.rsplit("的", 1)[-1])]
    if any(f.startswith("v") and f != "vn" and not (k + 1 < len(head) and head[k + 1][1].startswith("n"))
           for k, (_w, f) in enumerate(head)):
        return None  # (a verb before a noun modifies it: 覆盖人数)
    return _object_of_change(subject, toks)


def _framed_topic(clause: str) -> Optional[str]:
    """The topic before a prepositional frame closing ``clause`` (``粮食总产量在上年大幅度增长的基础上``, then
    ``又增产291亿斤``: the frame says on what footing the next clause's change came), or ``None``."""
    cut = frame_start(clause)
    return _topic(clause[:cut]) if cut else None


_MANNER_FLAGS = ("d", "a", "ad", "zg")  # adverbs and adjectives: how a measure grew (更为明显, 较快, 最快)


def _growth_comment(clause: str) -> Optional[str]:
    """The measure of a clause that only says how it changed, no number (知识密集型服务出口增长更为明显, 第三产业
    “三新”经济增加值增速最快): the noun phrase before its change or rate word, which the next clause's change
    (同比增长了11.7%) measures; ``None`` unless only adverbs and adjectives follow that word."""
    toks = pos_cut(clause)
    k = next((j for j, (w, _f) in enumerate(toks) if w in change_words()), None)
    if not k or k + 1 >= len(toks) or not all(f in _MANNER_FLAGS or w in change_words() for w, f in toks[k + 1:]):
        return None  # (固定资产投资增长显著加快: a verb of its speed says how too)
    subject, basis = clean_subject("".join(w for w, _f in toks[:k]))
    if not subject or basis or len(subject) < 2:
        return None
    last = pos_cut(subject)[-1]
    return subject if last[1].startswith(("n", "j", "vn", "l")) or cue_role(last[0]) == "noun" else None


def _object_of_change(subject: str, toks: Sequence[tuple[str, str]]) -> str:
    """``连续第7年提高企业退休人员基本养老金`` → ``企业退休人员基本养老金``: a topic clause whose verb of change
    has only a time or an adverb before it (no noun: not ``城镇新增就业``) names what changed by its object."""
    k = next((j for j, (w, _f) in enumerate(toks) if w in change_words() or w in level_verbs()), None)
    if not k or k + 1 >= len(toks) or any(f.startswith(("n", "j", "vn", "l")) for _w, f in toks[:k]):
        return subject
    rest = "".join(w for w, _f in toks[k + 1:])
    return rest if len(rest) > 1 else subject


def _subject_before_predicate(clause: str) -> Optional[str]:
    """The noun phrase opening ``clause`` before its first verb (``全省进出口总值创历史新高`` →
    ``进出口总值``), or ``None`` when no noun phrase of two characters or more opens it."""
    toks = [(w, "n") if cue_role(w) == "noun" else (w, f) for w, f in pos_cut(clause)]  # (基金收入: a noun)
    pos = 0
    for w, f in toks:
        if (f.startswith("v") and f != "vn") or (pos and f in ("l", "i")) or (pos and w in subject_word_class("record")):
            break  # (再创新高: an idiom after the noun is the predicate; 创|历史新高 with 创 read as a noun)
        pos += len(w)
    else:
        return None
    subject, basis = clean_subject(clause[:pos])
    if not subject or basis or len(subject) < 2 or not (pos_cut(subject)[-1][1].startswith(("n", "j", "vn", "l"))
                                                         or cue_role(pos_cut(subject)[-1][0]) == "noun"):
        return None
    return subject


def _only_unit_words(s: str) -> bool:
    """Is ``s`` (after a number) only its qualifier, or a unit the number's unit runs into (三百二十亿人|公里)?"""
    return all(c in "以上下左右余多" for c in s) or (len(s) > 1 and unit_category(s) is not None)


def change_subject(text: str, start: int, values: Sequence[tuple[int, int]],
                   unit: Optional[str] = None) -> tuple[Optional[str], Optional[str], bool]:
    """``(subject, basis, carried)`` of a change whose span starts at ``start``; ``carried`` is true
    when the subject comes from an earlier clause of the sentence. A change in percentage points
    of a measure whose growth in percent the earlier clause gave is a change of its growth rate
    (``工业增加值增长8.2%，较上年提高1.4个百分点`` → ``工业增加值增速``).

    >>> t = "全区投入专项资金620万元，较上年增长12.4%"
    >>> change_subject(t, t.index("增长"), [(8, 13), (t.index("12.4"), len(t))])
    ('专项资金', 'previous_year', True)
    """
    cs = clause_start(text, start, values)
    subject, basis = subject_of_span(text, cs, start, values)
    if subject in _average_words():
        subject = None  # 日均173万人次，较去年同期增长69.6%: a bare 日均 (人均, 累计) names no measure; the clause before does
    sent = sentence_start(text, start)
    if basis is None:
        basis = sentence_basis(text, sent, cs)
    carried = False
    pos = cs
    hops = 0
    while subject is None and pos > sent and hops < 3:
        # the clause continues an earlier one that gave the measure with its number
        pcs = clause_start(text, pos - 1, values)
        if not any(pcs <= s and e <= pos for s, e in values):
            rest, lone = basis_of(text[pcs:pos - 1])
            if lone and not rest.strip() and text[pcs:pcs + 1] in "比较" and bare_comparison(text[pcs:pos - 1]):
                basis = basis or lone  # …4.79亿亩，比2012年，增加了2亿多亩: a clause that is only the comparison
                pos = pcs
                continue
            if re_manner().fullmatch(text[pcs:pos - 1].strip()):
                pos = pcs  # …达到43800亿元，按可比价格计算，比上年增长…: a clause saying how it is reckoned
                continue
            if hops == 0 or text[pos - 1] in "：:":
                # 经济建设费占整个财政支出的比重，也从…增加到…: a topic clause; 发电量：从…增加到…，增长…:
                # a heading naming what the line measures
                subject = _topic(text[pcs:pos - 1]) or _growth_comment(text[pcs:pos - 1]) or _framed_topic(text[pcs:pos - 1])
                carried = subject is not None
            else:  # 进出口总值创历史新高，达到5379亿元、增长18.5%: the subject of the clause before
                # (每吨钢提供的税收利润，1977年为…，1979年提高到…: a topic clause, whole)
                topic = _topic(text[pcs:pos - 1])
                subject = topic if topic and "的" in topic else _subject_before_predicate(text[pcs:pos - 1]) or topic
                carried = subject is not None
            break
        pend = pos - 1 if text[pos - 1] in CLAUSE_MARKS + "、" else pos
        if hops == 0 and re_partition_inside().fullmatch(text[cs:start].strip()):
            # 年收入少的增加了十多万元，多的增加了…: a bare partition takes the measure the clause before partitioned
            part = re_partition_inside().search(text, pcs, pend)
            if part:
                subject, _b = subject_of_span(text, pcs, part.start(), values, earlier=True)
                if subject:
                    carried = True
                    break
        if _re_exceeds_open().match(text, pcs):
            pos, hops = pcs, hops + 1  # …亿元，超过年度计划4.1%，比上年增长6.9%: what is exceeded is the standard, not the measure
            continue
        subject, _b = subject_of_span(text, pcs, pend, values, earlier=True)
        if subject in _average_words():
            subject = None  # (…出入境，日均173万人次，较去年同期增长…: the measure stands further back)
        if subject and unit == "个百分点" and hops == 0:
            rate = _re_rate_of().search(text, pcs, pend)
            if rate:
                subject += "增速" if rate["up"] else "降幅"
        pos, hops, carried = pcs, hops + 1, True
    if subject in _BARE_RATES and unit == "个百分点" and cs > sent:
        owner = _rate_owner(text, sent, cs, values)
        if owner:
            subject = owner + subject  # 国际市场运输规模同比增长108.6%，…，增速较1月提高12.1个百分点: its 增速
    if subject and not carried:
        subject = _with_parallel_measure(text, cs, subject, values)
    return subject, basis, carried


_BARE_RATES = ("增速", "增幅", "涨幅", "降幅")


@lru_cache(maxsize=1)
def _average_words() -> frozenset[str]:
    """The ``average`` words of ``change_cues.tsv`` (日均, 人均, 年均): alone before a change they name no measure."""
    return frozenset(r["word"] for r in load_rows("change_cues.tsv") if r["role"] == "average")


def _rate_owner(text: str, sent: int, cs: int, values: Sequence[tuple[int, int]]) -> Optional[str]:
    """The measure whose rate a bare 增速/增幅 of a percentage-point change is: the subject of the nearest earlier
    clause of the sentence that holds a percent (``全社会固定资产投资增长24.5%，增幅回落17.2个百分点``), else ``None``."""
    pos, hops = cs, 0
    while pos > sent and hops < 3:
        pcs = clause_start(text, pos - 1, values)
        pend = pos - 1
        if any(pcs <= a and b <= pend and text[a:b].rstrip().endswith(("%", "％")) for a, b in values):
            owner, _b = subject_of_span(text, pcs, pend, values, earlier=True)
            if owner and not owner.endswith(_BARE_RATES):
                return owner
            return None
        pos, hops = pcs, hops + 1
    return None


def _with_parallel_measure(text: str, cs: int, subject: str, values: Sequence[tuple[int, int]]) -> str:
    """``原煤产量由…增加到…，原油由…增加到…`` → ``原油产量``: a clause opened by a bare product noun and its
    change, after clauses of the same sentence that named the measure (``stat_end`` of entity_subject_words.tsv:
    产量, 产值 …) after a noun of their own, measures the same thing; the nearest such clause gives the
    head (what follows its 的, else its last word). ``subject`` when it is a measure itself (利润, 发电量),
    more than two nouns, or no clause before names a measure."""
    toks = pos_cut(subject)
    if len(toks) > 2 or len(subject) > 4 or not all(f.startswith("n") for _w, f in toks) or re_stat_head().search(subject) or (
            cue_role(subject) in ("measure", "amount", "noun")) or not text.startswith(subject, cs):
        return subject
    rest = text[cs + len(subject):]
    if not (rest[:1] in "由从" or rest.startswith(frame_words("compared")) or rest.startswith(tuple(change_words()))):
        return subject
    sent, pos = sentence_start(text, cs), cs
    for _hop in range(4):
        if pos <= sent + 1 or text[pos - 1] not in "，,；;":
            return subject
        pcs = clause_start(text, pos - 1, values)
        if not any(pcs <= a and b <= pos for a, b in values):
            return subject  # (only clauses with numbers of their own are parallel statistics)
        prev, _b = subject_of_span(text, pcs, pos - 1, values, earlier=True)
        if prev and "的" in prev:  # 我国粮食的年平均产量: the head after 的
            lead, head = prev.rsplit("的", 1)
            lead_toks = pos_cut(lead)
            if len(head) > 1 and re_stat_head().search(head) and lead_toks and lead_toks[-1][1].startswith("n"):
                return subject + head
        elif prev:
            ptoks = pos_cut(prev)
            if len(ptoks) > 1 and len(ptoks[-1][0]) > 1 and re_stat_head().search(ptoks[-1][0]) and ptoks[-2][1].startswith("n"):
                return subject + ptoks[-1][0]
        pos = pcs
    return subject


# 增长8.2% / 下降3% ending a clause: the next clause's percentage points change that rate
@lru_cache(maxsize=1)
def _re_rate_of() -> "regex.Pattern":
    """(``rate_up`` and ``rate_down`` words of entity_subject_words.tsv)"""
    return regex.compile(rf"(?:(?P<up>{alternation(subject_word_class('rate_up'))})|{alternation(subject_word_class('rate_down'))})"
                         r"了?\d+(?:\.\d+)?%$")


@lru_cache(maxsize=1)
def _re_exceeds_open() -> "regex.Pattern":
    """A verb of exceeding (``lexicons/exceed_words.tsv``: 超过, 高于) opening a clause: what follows it is
    the standard compared with."""
    return regex.compile(alternation(sorted((r["word"] for r in load_rows("exceed_words.tsv")), key=len, reverse=True)))


def earlier_subjects(text: str, start: int, n: int, values: Sequence[tuple[int, int]]) -> Optional[list[str]]:
    """The subjects of the ``n`` clauses with numbers before the clause of ``start``
    (``城镇居民人均可支配收入35620元，农村居民人均可支配收入16480元，分别增长8.1%和8.9%``), in text
    order, or ``None`` unless each has one."""
    sent = sentence_start(text, start)
    pos = clause_start(text, start, values)
    found: list[str] = []
    while len(found) < n and pos > sent:
        pcs = clause_start(text, pos - 1, values)
        if not any(pcs <= s and e <= pos for s, e in values):
            if re_manner().fullmatch(text[pcs:pos - 1].strip()) and not found:
                pos = pcs  # …3587元，扣除价格因素，分别比上年实际增长…: how the changes are reckoned
                continue
            return None
        subject, _b = subject_of_span(text, pcs, pos - 1, values, earlier=True)
        if subject is None:
            return None
        found.append(subject)
        pos = pcs
    return found[::-1] if len(found) == n else None


@lru_cache(maxsize=1)
def _re_change_tail() -> "regex.Pattern":
    verbs = alternation(change_words())
    year = rf"(?:(?:\d{{4}}|[{ZERO_VARIANTS}{ONES}]{{4}})年(?:底|末)?的?)?"  # 增加到一九八二年的(六百五十亿元)
    per = "(?:每[人户年月])?(?:每[人户年月])?"  # 提高到每人每年(5000元): the level per person and year
    now = rf"(?:(?:{alternation(now_words())})的?)?"  # 提高到现在的(1721元): the level now (``now`` of change_cues.tsv)
    return regex.compile(rf"(?:(?:{verbs})了?(?:到|至|为)?{year}{now}{per}|[由从][^由从，。；：、]{{0,12}}?)$")


@lru_cache(maxsize=1)
def now_words() -> tuple[str, ...]:
    """The ``now`` words of ``change_cues.tsv`` (现在, 目前, 当前): a time between a to-verb and its level."""
    return tuple(r["word"] for r in load_rows("change_cues.tsv") if r["role"] == "now")


@lru_cache(maxsize=1)
def _change_tail_reach() -> int:
    """The most characters :func:`_re_change_tail` can match (a verb, 了, 到, a year of seven, two per-units
    of two; a from-phrase is at most 13), with a margin: the search starts that far from the end."""
    return max(13, max(map(len, change_words()), default=0) + 13 + max(map(len, now_words()), default=0) + 1) + 4


_RE_DIGIT = regex.compile(r"\d")  # (Arabic and full-width digits: 两三百家商户 names no amount)
_RE_FROM_OPENER = regex.compile(r"[由从][^由从，。；：]{0,30}$")  # (分别由0.54万元、2.59万元下降至…)


def _inside_word(seg: str, at: int) -> bool:
    """Does the character at ``at`` open a word of two or more characters (``从业``, ``由于``), not a word of its own?
    (One the tagger glued to the word before it stays a word of its own: 钢|由.)"""
    k = 0
    for w, _f in pos_pairs(seg):
        if k == at:
            return len(w) > 1
        k += len(w)
        if k > at:
            return False
    return False


def subject_before_change(text: str, pos: int, values: Sequence[tuple[int, int]] = ()) -> Optional[str]:
    """The subject of a change whose verb or from-phrase ends right before ``pos`` (a number of
    that change: ``工会已增加到一百多个`` → ``工会``; ``贫困人口减少了3100人`` → ``贫困人口``), else ``None``.

    >>> t = "因公出国团组由去年的14个减少到5个"
    >>> subject_before_change(t, t.index("14")), subject_before_change(t, t.index("5个"))
    ('因公出国团组', '因公出国团组')
    """
    cs = clause_start(text, pos)
    seg = text[cs:pos]
    m = _re_change_tail().search(seg, max(0, len(seg) - _change_tail_reach()))
    while m and m[0][:1] in "由从" and _inside_word(seg, m.start()):
        m = _re_change_tail().search(seg, m.start() + 1)  # 从业人员有: 从 opens a word (从业), no from-phrase
    if not m:
        return None
    head = seg[: m.start()]
    opener = RE_FROM_TAIL.search(head) or _RE_FROM_OPENER.search(head)
    if opener and not _inside_word(head, opener.start()):
        head = head[: opener.start()]  # 由去年的14个(减少到5个): the subject stands before 由
    subject, _basis = clean_subject(head)
    if subject and (_RE_DIGIT.search(subject) or subject.startswith(("比", "较"))):
        subject = None  # 比4月末外汇储备余额30295.3亿美元(上涨…): the base compared with, the subject stands before it
    if subject and values:
        subject = _with_parallel_measure(text, cs, subject, values)  # 原油由一亿零六百万吨增加到…: 原油产量, as its change
    if subject is None and values and (m[0][:1] not in "由从" or len(m[0]) == 1 or RE_HAS_NUMBER.search(m[0])):
        # (由其与兄弟姐妹分摊每月…: 由 naming an agent, no from-level, carries nothing)
        # 高校招生268万人，比上年增加48万人; 覆盖人数，由年初的400多万人扩大到…: the change's subject
        # stands in the clause before (``values``: the spans of the numbers around)
        subject, _basis, _carried = change_subject(text, cs + len(head), values)
    return subject


_SUM_BOUNDS = "，,；;、"


def sum_owner(text: str, pos: int, subject: Optional[str], values: Sequence[tuple[int, int]] = ()) -> Optional[str]:
    """What an amount at ``pos`` whose subject is only a word for a sum (``sum`` words of
    ``lexicons/entity_words.tsv``: 金额, 总额) is the sum of: the subject of the clause before it in
    the same sentence (``values``: the spans of the amounts); ``None`` when that clause names none (a time, a scope) or ``subject`` is no
    bare sum word.

    >>> t = "我国新承接海洋工程装备108艘、金额约186亿美元"
    >>> sum_owner(t, t.index("186"), "金额")
    '我国新承接海洋工程装备'
    """
    if not subject or subject not in entity_words("sum"):
        return None
    sent = sentence_start(text, pos)
    k = _sum_clause(text, sent, pos, subject)
    if k is None:
        return None  # (提供财政补助（最高补助金额200万元）: the sum word opens no clause of its own)
    p = max(sent, *(text.rfind(c, sent, k) + 1 for c in _SUM_BOUNDS))
    prev = text[p:k]
    # (进出口总额559亿元，比上年增加42亿元: the phrase before the clause's own number; ``values``: the amounts)
    owner = subject_of_span(text, p, k, values, earlier=True)[0] if RE_HAS_NUMBER.search(prev) else _subject_before_predicate(prev)
    if owner and RE_HAS_NUMBER.search(owner):
        # 国内生产总值增长6.6%，总量…: what the clause measures stops before the verb of its number (a change,
        # a level, a comparison), never holds the number (not 我国新承接海洋工程装备: a verb with no number stays)
        cut = next((i for i, (w, f) in enumerate(pos_cut(owner)) if w in change_words() or w in level_verbs()
                    or w in frame_words("compared") or f == "m"), None)
        if cut is not None:
            owner = "".join(w for w, _f in pos_cut(owner)[:cut])
        if RE_HAS_NUMBER.search(owner):
            owner = None
    return owner if owner and owner not in entity_words("sum") and len(owner) > 1 else None


_SUM_REACH = 2  # the clauses a sum word may stand before the amount's own: 总额首次突破万亿元，达到11377亿元


def _sum_clause(text: str, sent: int, pos: int, subject: str) -> Optional[int]:
    """The bound (a comma, a semicolon, 、) before the clause of the sentence that the sum word ``subject`` opens,
    its amount at ``pos``: the amount's own clause (…装备108艘、金额约186亿美元), or one of the ``_SUM_REACH``
    clauses before it whose predicate goes on to the amount (国家财政收入比上年增加1501亿元，总额首次突破万亿元，
    达到11377亿元: the level the sum reached); ``None`` when no clause opens with it."""
    k = max(text.rfind(c, sent, pos) for c in _SUM_BOUNDS)
    at = text.rfind(subject, k, pos)
    if k > sent and at >= 0 and text[k + 1: at + len(subject)].strip() in entity_words("sum"):
        return k
    for _ in range(_SUM_REACH):
        if k <= sent or text[k] == "、":
            return None  # (a list member names its own measure)
        k = max(text.rfind(c, sent, k) for c in _SUM_BOUNDS)
        if _RE_DIGIT.search(text, max(k, sent), pos):
            return None  # (a number between: the clauses after the sum word state an amount of their own)
        if k > sent and text[k + 1: pos].lstrip().startswith(subject):
            return k
    return None


@lru_cache(maxsize=1)
def _re_level_tail() -> "regex.Pattern":
    """A level verb closing a clause (``level_tail`` of entity_subject_words.tsv: 达到, 为, 合计)."""
    return regex.compile(rf"(?:{alternation(subject_word_class('level_tail'))})(?:了)?$")


def level_subject(text: str, pos: int, values: Sequence[tuple[int, int]] = ()) -> Optional[str]:
    """:func:`_level_subject`, simplified to its head as a money subject (``money_head``: 合肥市在这方面的交易额一年
    → 交易额)."""
    return money_head(_level_subject(text, pos, values))


def _level_subject(text: str, pos: int, values: Sequence[tuple[int, int]] = ()) -> Optional[str]:
    """The measure a level reached at ``pos`` belongs to when its own clause names none, only a time
    or a scope and a level verb: the clause before, in the same sentence, gave the measure with its
    number (``地区生产总值迈上6万亿元台阶，达到62661亿元``) or with a verb of change (``预算外资金也大幅度增加，
    一九八五年达到一千四百三十亿元``); else ``None``.

    >>> t = "预算外资金也大幅度增加，一九八五年达到一千四百三十亿元"
    >>> _level_subject(t, t.index("一千"))
    '预算外资金'
    """
    cs = clause_start(text, pos, values)
    seg = text[cs:pos]
    if not _re_level_tail().search(seg) or clean_subject(seg)[0] is not None or cs < 1 or text[cs - 1] not in "，,":
        return None
    for _hop in range(4):
        pcs = clause_start(text, cs - 1, values)
        prev = text[pcs:cs - 1]
        inside = [(s, e) for s, e in values if pcs <= s and e <= cs - 1]
        if inside:
            subject, _basis = subject_of_span(text, pcs, cs - 1, values, earlier=True)
            if subject is None and pcs > 0 and text[pcs - 1] in "，," and _re_level_tail().search(text, pcs, inside[0][0]) and (
                    clean_subject(text[pcs:inside[0][0]])[0] is None):
                cs = pcs  # 税收利润，1977年为31.5元，1978年为35.5元: a list of levels, the measure before the first
                continue
            if subject is None or milestone(subject):
                return None
            if any(f == "ul" for _w, f in pos_cut(subject)):
                # 人均纯收入高出了全国农民人均收入(5000多元钱，达到1.9万元): an aspect particle makes the phrase a
                # predicate, the measure is the noun phrase before its verb
                return _subject_before_predicate(subject)
            return subject
        toks = pos_cut(prev)
        if toks and (toks[-1][0] in change_words() or any(w in subject_word_class("record") for w, _f in toks[1:])):
            return _subject_before_predicate(prev)  # (全省进出口总值创历史新高，达到5379亿元: the measure that set the record)
        # 农民从集体分得的收入，每人平均达到83.4元: a noun phrase headed after a relative clause (a verb before
        # its 的), the topic of the level (not 国家财政出现较大的赤字，…合计近三百亿元: 较大的 is an attribute
        # inside the object, the clause a predicate that named no measure)
        rel = pos_cut(prev[:prev.rfind("的")]) if "的" in prev else ()
        return _topic(prev) if rel and rel[-1][1].startswith("v") and rel[-1][1] != "vn" else None
    return None
