"""What a change is about: its subject, the base it is compared with, and the members of a
distributive list (FACTS.md §2 change, §5).

The subject is the noun phrase before the change verb in the same clause, without the scope words
(``全区``), time leads (``2014年上半年``), adverbs (``同比``, ``分别``, ``却``), level verbs (``达到``)
and the comparison (``较上年``), which becomes the ``basis``. When nothing is left, the clause
continues an earlier one of the same sentence that gave the measure with its level
(``全区投入专项资金620万元，较上年增长12.4%`` → ``专项资金``). A ``分别`` list gives each number
the member of the subject list in its place (``进口、出口通关时间`` → ``进口通关时间``,
``出口通关时间``). Comparison words are in ``lexicons/change_bases.tsv``, level verbs in
``lexicons/change_verbs.tsv``, adverbs and scope words in ``lexicons/entity_cues.tsv``.

>>> clause_subject("全区公务接待费同比")
('公务接待费', 'year_on_year')
>>> clause_subject("一九五三年按货币计算的平均工资比一九五〇年")
('按货币计算的平均工资', '1950年')
>>> members("进口、出口通关时间", 2), members("火电、水电", 2)
(['进口通关时间', '出口通关时间'], ['火电', '水电'])
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

import regex

from govtext.extract.entity_cues import (cue_role, entity_words, frame_words, level_verbs, milestone, pos_cut, strength_words,
                                         without_aside)
from govtext.lexicons import load_rows
from govtext.text.numerals import parse_number
from govtext.text.patterns import NUMERAL_CHARS, ONES, SMALL_NUMERALS, ZERO_VARIANTS, range_words
from govtext.text.segmentation import word_frequency
from govtext.values.quantities import unit_category
from govtext.text import fastre

__all__ = ["basis_of", "clause_subject", "change_subject", "earlier_subjects", "level_subject", "list_members", "members", "level_verbs", "sum_owner", "change_words", "sentence_basis", "subject_before_change"]

_CLAUSE_END = "，。；：！？,;:!?\n"
_SENTENCE_END = "。；！？;!?\n"
_QUOTES = "“”\"‘’「」『』"
_JOINERS = "、和及与"
_ROLES = ("basis", "compare", "around", "close")
_RE_CN_YEAR = regex.compile(rf"[{ZERO_VARIANTS}{ONES}]{{4}}(?=年)")
# time leads that open a subject: 2014年, 2014年1至6月, 今年上半年, 1至11月, 一九五三年
@lru_cache(maxsize=1)
def _re_time_lead() -> "regex.Pattern":
    return regex.compile(
        rf"(?:(?:\d{{4}}|[{ZERO_VARIANTS}{ONES}]{{4}})年(?:度|底|末|初)?|今年|去年|上年|本年|全年|当年|同期)?"
        rf"(?:(?:\d{{1,2}}|[{SMALL_NUMERALS}]{{1,3}})(?:{range_words()}(?:\d{{1,2}}|[{SMALL_NUMERALS}]{{1,3}}))?月(?:份|末|底)?"
        rf"|[上下]半年|前?[{ONES}]季度|第[{ONES}]季度|年底|年初|本月|上月|当月|本季度|上季度)?"
    )


# a period opening a subject or standing for it: 五年内, “六五”期间, 二十八年间, 增长较快的“一五”时期
_RE_PERIOD = regex.compile(
    rf"(?:[^，。；、]{{0,10}}?(?:时期|期间|年间|年内|年来|年里|以来)|(?:\d+|[{NUMERAL_CHARS}]+)年(?:间|内|来|里)?)")
# a period after the measure, before its verb: 在一九五三年到一九七八年间, 从一九五三年至一九八○年的二十八年间
_RE_DURING_TAIL = regex.compile(
    rf"(?:在|从|自|于)[^，。；在从自]{{2,24}}?(?:年间|期间|年内|时期|年里|以来|[{NUMERAL_CHARS}\d]年间?)(?:平均每年|每年|年均|平均)?$")
# a count of years closed by a period suffix (五年来, 十七年间, 三年里, 两年内, 二十年以来)
_RE_NUMBER_PERIOD = regex.compile(rf"(?:\d+|[{NUMERAL_CHARS}]+)(?:多|余)?年(?:来|以来|间|里|内)")
# a year written without 年 before a comparison (一九八○比一九七五年增加…): when, not what changed
_RE_BARE_YEAR = regex.compile(rf"(?:\d{{4}}|[{ZERO_VARIANTS}{ONES}]{{4}})")
# a from-phrase the value of which is not a fact (从一周缩短为2天): cut off the subject
_RE_FROM_TAIL = regex.compile(r"[由从](?P<f>[^由从，。；]{1,10})$")
_RE_HAS_NUMBER = regex.compile(rf"[\d{NUMERAL_CHARS}]|[前后的]$")
# how a measure is reckoned, standing between it and its verb (社会商品零售总额|扣除价格因素|增长7.8%,
# 平均工资|以货币计算|增长14%, 国内生产总值|按可比价格计算|增长, 考虑价格下降因素): no part of what changed
# (before a 的 it modifies the noun and stays: 按货币计算的平均工资)
_RE_MANNER = regex.compile(
    r"(?:(?:扣除|剔除|考虑|不考虑|排除)[^，。；的]{1,10}?因素(?:后|影响)?"
    r"|(?:环比|同比)?(?:按|按照|以)[^，。；的按以]{1,12}?(?:计算|计|核算|折算|衡量)(?:后)?)$")


# --------------------------------------------------------------------------- lexicons
@lru_cache(maxsize=1)
def _bases() -> dict[str, tuple[str, str]]:
    return {row["word"]: (row["role"], row["value"]) for row in load_rows("change_bases.tsv")}


@lru_cache(maxsize=1)
def _verb_rows() -> tuple[dict[str, str], ...]:
    return load_rows("change_verbs.tsv")


def change_words() -> dict[str, tuple[str, str, str]]:
    """``{verb: (direction, reading, not_followed_by)}`` of the change rows of ``change_verbs.tsv``."""
    return {r["verb"]: (r["direction"], r["reading"], r["not_followed_by"])
            for r in _verb_rows() if r["direction"] != "level"}


def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, "regex.Pattern"]:
    rows = _bases()
    by_role = {role: [w for w, (r, _v) in rows.items() if r == role] for role in _ROLES}
    fixed, compare = _alt(by_role["basis"]), _alt(by_role["compare"])
    around, close = _alt(by_role["around"]), _alt(by_role["close"])
    # 比重, 比例, 较快, 较大: 比 and 较 that are no comparison
    compare_ok = rf"(?:{compare})(?![重例率值较如赛分快大高低好多少强弱差小长短早晚慢轻严宽])"
    # (not the rate words, which name the measure a later verb changes: CPI涨幅|回落至2.0%; not 总数,
    # the measure itself: 床位总数|比2012年增长了一倍; not a bare 比 before the verb: 收入比|缩小至2.54 is a ratio)
    rates = {w for w, (_d, r, _n) in change_words().items() if r == "rate"}
    tail_words = _alt(level_verbs() | (set(change_words()) - rates) | (_filler_words() - {"总数", "比"}))
    return {
        # …较上年同期 / …比2010年 / …同比 / …与上年相比 at the end of a subject
        "tail_basis": regex.compile(
            rf"(?:{compare_ok}(?P<base>[^，。；：、比较]{{1,14}}?)(?:{close})?|(?:{around})(?P<base2>[^，。；：、]{{1,14}}?)(?:{close})|(?P<own>{fixed}))$"),
        # 与2012年相比，… opening the sentence
        "around": regex.compile(rf"(?:{around})(?P<base>[^，。；：、]{{1,14}}?)(?:{close})"),
        "fixed": regex.compile(rf"^(?:{fixed})$"),
        # 达到, 下降到, 增加了, 突破: verbs between a subject and its number
        "tail_words": fastre.compile(rf"(?:{tail_words})了?(?:到|至|为|在)?$"),
        # 增加到2016年(的…): a time between a verb and its number
        "tail_time": regex.compile(rf"(?:(?:\d{{4}}|[{ZERO_VARIANTS}{ONES}]{{4}})年(?:底|末|初)?|今年|去年|上年)$"),
        # 平均每年(增加253亿元): a frequency is how often, never what is measured
        "tail_every": regex.compile(r"(?:平均|年均)?每(?:年|月|天|日|周|季度?|个月|年度)$"),
        # 门站价格每立方米, 最低收购价平均每斤(提高0.11元): the unit a price is per, not what is measured
        "tail_per": regex.compile(r"(?:平均)?每[\p{Han}]{1,3}$"),
    }


@lru_cache(maxsize=1)
def _filler_words() -> frozenset[str]:
    return frozenset(r["word"] for r in load_rows("entity_cues.tsv") if r["role"] == "filler")


# --------------------------------------------------------------------------- basis
_RE_BASE_ADVERBS = regex.compile(r"(?:分别|实际|均|都|也|了)+$")


def _base_value(base: str) -> Optional[str]:
    base = _RE_BASE_ADVERBS.sub("", base.strip())  # 比去年同期(分别了), 比上年(实际): adverbs of the verb
    if base.startswith("之") and len(base) > 2:
        base = base[1:]  # 较之上年
    if not base:
        return None
    row = _bases().get(base)
    if row and row[0] == "basis":
        return row[1]
    if base.endswith("同期") and base[:-2] in _bases():
        return "year_on_year"
    return _RE_CN_YEAR.sub(lambda m: str(parse_number(m[0])), base)


def basis_of(text: str) -> tuple[str, Optional[str]]:
    """Split the comparison off the end of ``text``: ``("三公经费", "year_on_year")`` for
    ``三公经费同比``; ``比2010年`` → ``"2010年"``.

    >>> basis_of("三公经费较上年同期"), basis_of("项目数量比整治前"), basis_of("所占的比重")
    (('三公经费', 'year_on_year'), ('项目数量', '整治前'), ('所占的比重', None))
    """
    m = _patterns()["tail_basis"].search(text)
    if not m:
        return text, None
    base = m["own"] or m["base"] or m["base2"]
    if not _on_token_start(pos_cut(text), m.start()) and not (
            _ends_token_with_jiao(text, m.start()) and _time_base().search(base)):
        return text, None  # (评比达标项目: no comparison; 费比|上年 glued by the tagger: one with a time)
    return text[: m.start()], _base_value(base)


@lru_cache(maxsize=1)
def _time_base() -> regex.Pattern:
    """A digit or a ``time_base`` character of ``entity_words.tsv`` (年, 月, 期 …): a base naming a time."""
    return regex.compile("[\\d" + "".join(sorted(entity_words("time_base"))) + "]")
_RE_CLAUSE_COMMA = regex.compile(r"[，,]")  # compiled once (sentence_basis)


def _ends_token_with_jiao(text: str, pos: int) -> bool:
    """Is the 较 or 比 at ``pos`` the last character of a token the dictionary glued to the noun before
    it (规模较|2019年同期, 接待费比|上年: the tagger's 规模较 is the noun and the comparison)? Not 占比,
    a share."""
    if text[pos] not in "较比":
        return False
    at = 0
    for w, _f in pos_cut(text):
        at += len(w)
        if at == pos + 1:
            return len(w) > 1 and w != "占比" and w not in _bases()  # (not 同比涨幅: 同比 is a base word)
        if at > pos + 1:
            return False
    return False


def _bare_comparison(clause: str) -> bool:
    """Is ``clause`` a comparison and nothing else: no number but a year, no change or level verb
    (``比一九五六年``, not ``比上年增加900元``)?"""
    if regex.search(r"\d", regex.sub(r"\d{4}年", "", clause)):
        return False
    return not any(w in clause for w in change_words()) and not any(w in clause for w in level_verbs() if len(w) > 1)


def sentence_basis(text: str, start: int, pos: int) -> Optional[str]:
    """A base stated earlier in the sentence between ``start`` and ``pos``: ``与2012年相比，…``, or a
    clause that is only a comparison (``比一九五六年，铁路货物周转量增长…``)."""
    found = None
    for m in _patterns()["around"].finditer(text, start, pos):
        found = m
    if found:
        return _base_value(found["base"])
    for clause in reversed(_RE_CLAUSE_COMMA.split(text[start:pos])):
        if clause and clause[0] in "比较" and _bare_comparison(clause):
            rest, basis = basis_of(clause)
            if basis and not rest:
                return basis
    return None


# --------------------------------------------------------------------------- subject text
def _lead_stop(s: str, toks) -> int:
    """Length of a scope word, conjunction or time lead opening ``s`` (0 if none)."""
    for n in (4, 3, 2, 1):
        if len(s) > n and cue_role(s[:n]) == "stop" and _on_token_start(toks, n) and s[n] not in _JOINERS:
            return n  # (not 全国 in 全国和自由贸易试验区…: a member of a list)
    if len(toks) > 1 and cue_role(toks[0][0]) == "filler" and toks[0][1][:1] in ("v", "d"):
        return len(toks[0][0])  # a frame opening the clause (预计, 累计, 共计): a stop away from the number
    if len(toks) > 1 and toks[0][0] in strength_words():
        return len(toks[0][0])  # 力争(今年农村贫困人口再减少…), 确保: a goal opens the predicate, not the subject
    m = _RE_ENUMERATOR.match(s)
    if m and m.end() < len(s):
        return m.end()  # 一是(工业), 其二: the count of the points a passage makes
    m = _re_time_lead().match(s)
    if m and 0 < m.end() < len(s):
        return m.end()
    m = _RE_PERIOD.match(s)
    if m and m.end() < len(s):
        return m.end()  # 五年内(全国工农业总产值), “六五”期间(…)
    if len(toks) > 1 and toks[0][1] == "c":
        return len(toks[0][0])  # 而, 但, 并且
    if len(toks) > 1 and toks[0][0] in _LEAD_PRONOUNS:
        return len(toks[0][0])  # 为此(中央财政支出), 其中
    return 0


def _trim(s: str) -> tuple[int, int, Optional[str]]:
    """``(start, end, basis)``: the part of ``s`` left when comparisons, adverbs, level and change
    verbs are dropped from its end and scope words, time leads and conjunctions from its start."""
    a, b, basis = 0, len(s), None
    m = _RE_FROM_TAIL.search(s)
    if m and _RE_HAS_NUMBER.search(m["f"]):
        b = m.start()  # 时间从一周(缩短为2天): the from-phrase is no part of the subject
    tail = _patterns()["tail_words"]
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
        m = _patterns()["tail_every"].search(seg)
        if m:
            b, changed = a + m.start(), True
            continue
        m = _RE_MANNER.search(seg)
        if m:
            b, changed = a + m.start(), True  # (社会商品零售总额)扣除价格因素: how it is reckoned
            continue
        m = _patterns()["tail_per"].search(seg)
        if m and m.start() > 0:
            b, changed = a + m.start(), True
            continue
        rest, found = basis_of(seg)
        if len(rest) < len(seg):
            b, basis, changed = a + len(rest), basis or found, True
            continue
        m = _patterns()["tail_time"].search(seg)
        if m and m.start() > 0:
            b, changed = a + m.start(), True
            continue
        toks = pos_cut(seg)
        m = tail.search(seg)
        if m and _on_token_start(toks, m.start()) and not seg[:m.start()].endswith("的"):  # (用于科技的投入: a noun)
            b, changed = a + m.start(), True
            continue
        if len(toks) > 1 and toks[-1][0] in frame_words("allocation") and toks[-2][1] in ("n", "vn", "l", "v"):
            b, changed = b - len(toks[-1][0]), True  # 中央财政赤字(拟)安排(2450亿元，比去年减少…): the funds allotted
            continue
        if toks and toks[-1][1].startswith(("d", "p", "u", "c")) and not (toks[-1][0] == "比" and len(toks) > 1):
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
        cut = _adverbial_pp(toks)
        if cut:
            lead = seg[:cut]
            if seg[cut:].startswith("在") and len(seg) - cut > 2 and (
                    not lead or _re_time_lead().fullmatch(lead) or _RE_PERIOD.fullmatch(lead) or _lead_stop(lead + "　", pos_cut(lead + "　")) == len(lead)):
                a, changed = a + cut + 1, True  # 1979年在能源(增长不到3%的情况下): the frame holds the change, its noun the subject
                continue
            b, changed = a + cut, True  # 收费按原标准(降低20%), 在原标准基础上: how, not what
            continue
        m = _RE_UNREAD_COUNT.search(seg)
        if m and m.start() > 0:
            b, changed = a + m.start(), True  # 中欧班列开行6037列(、增长21.1%): a count the clause ends with
            continue
        dash = seg.rfind("——")
        if 0 < dash < len(seg) - 2:
            a, changed = a + dash + 2, True  # 重要通胀指标——个人消费支出价格指数: the measure the dash names
            continue
        n = _lead_stop(seg, toks) or _disposal(toks)
        if n:
            a, changed = a + n, True
    return a, b, basis


# 一是, 其二, 第三是: the point a passage makes; a bare 第X is an ordinal of the noun after it (第三产业,
# 第二季度, 第二批项目), never stripped
_RE_ENUMERATOR = regex.compile(rf"(?:[{ONES}十]{{1,2}}是|其[{ONES}十]{{1,2}}|第[{ONES}十]{{1,2}}是)")
_LEAD_PRONOUNS = ("为此", "因此", "对此", "其中", "此外", "同时", "另外")
_RESULTATIVE = ("过", "上", "到", "至")  # (not 入: 收入 is a noun the tagger reads as a verb)
_ADVERBIAL_P = ("按", "按照", "依照", "参照", "比照", "在")
_DISPOSAL_P = ("将", "把", "对")
_RE_UNREAD_COUNT = regex.compile(r"(?<=\p{Han})\d+(?:\.\d+)?\p{Han}?$")


def _adverbial_pp(toks) -> int:
    """Where a prepositional phrase of manner or frame ends the subject (``收费按原标准``,
    ``收费在原收费标准基础上``, ``工业总产值要在一九五四年的基数上``): its offset, else 0. The phrase holds no
    verb and no 的 (``农民按人口平均的纯收入``, ``生产资料的产值在工业总产值中的比重``: it modifies the noun
    after it), unless it is a 在-frame closed by a localizer (``在…的基数上``)."""
    pos = 0
    for k, (w, f) in enumerate(toks):
        frame = "".join(ww for ww, _ff in toks[k + 1:])
        if k and w in _ADVERBIAL_P and f.startswith("p") and not any(
                (ff.startswith("v") and ff != "vn") or ww == "的" for ww, ff in toks[k + 1:]) or (
                k and w == "在" and f.startswith("p") and frame[-1:] in "上下中内里外前后间" and "的" in frame):
            return pos
        pos += len(w)
    return 0


def _disposal(toks) -> int:
    """Length of what stands before the object of 将, 把 or 对 (``省质检院将各类委托检验收费`` → the
    fee is what changes, not the institute), else 0."""
    pos = 0
    for k, (w, _f) in enumerate(toks[:-1]):
        pos += len(w)
        if k and w in _DISPOSAL_P and _f in ("p", "d") and not (w == "将" and toks[k + 1][1].startswith("v") and toks[k + 1][1] != "vn"):
            return pos  # (旅客周转量将达到…: 将 before a verb is the modal, no disposal)
    return 0


_EDGE = " \n\u3000、，—－-" + _JOINERS + _QUOTES


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
    a, b, basis = _trim(s)
    out = "".join(c for c in s[a:b] if c not in _QUOTES and not c.isspace())
    for open_, close in ("（）", "()"):
        at = out.rfind(open_)
        if at > 0 and close not in out[at:]:
            out = out[:at]  # 能源消耗总量（按每公斤…: a bracket the clause cut open is an aside
    out = without_aside(_strip_leading_verb(out).lstrip("的"))  # (今年|的面积, 约70%|的个人消费支出; 孤儿（含…）)
    out = _without_support_verb(out)
    during = _RE_DURING_TAIL.search(out)
    if during and during.start() >= 2 and not _holds_noun_phrase(during[0]):
        out = out[:during.start()]  # 粮食产量|在一九五三年到一九七八年间(平均每年): when, between the measure and its verb
    if out and (_RE_PERIOD.fullmatch(out) or _re_time_lead().fullmatch(out) or _RE_BARE_YEAR.fullmatch(out)):
        out = ""  # 一九八五年(增加三百六十二亿元), 五五时期: a time is when, not what changed
    if out and len(pos_cut(out)) == 1 and (pos_cut(out)[0][1] in ("r", "f") or len(out) == 1 and cue_role(out) == "stop"):
        out = ""  # 这(五年里), (这五年)里, 即(增产…): a pronoun, a place word or a lone stop points at the subject, it is none
    return (out or None), basis


def _on_token_start(toks, pos: int) -> bool:
    """Does a token of ``toks`` start at ``pos`` (占比 ends with no comparison 比)?"""
    at = 0
    for w, _f in toks:
        if at == pos:
            return True
        at += len(w)
    return at == pos


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


# --------------------------------------------------------------------------- in the text
def clause_start(text: str, pos: int, values: Sequence[tuple[int, int]] = (), window: int = 60) -> int:
    """Start of the clause that ends at ``pos``: after the last clause mark, or after a ``、`` that
    follows a number (``汽车保有量突破3亿辆、增长46.7%``)."""
    ends = {e for _s, e in values}
    i, lo = pos, max(0, pos - window)
    while i > lo and (text[i - 1] not in _CLAUSE_END or _wrap(text, i - 1) or _grouping(text, i - 1)):
        if text[i - 1] == "、" and (i - 1) in ends:
            break
        i -= 1
    return i


def _grouping(text: str, i: int) -> bool:
    """Is the comma at ``i`` a thousands separator (粮食产量34，250万吨)?"""
    return text[i] in "，," and i > 0 and text[i - 1].isdigit() and bool(_RE_GROUP.match(text, i + 1))


_RE_GROUP = regex.compile(r"\d{3}(?!\d)")


def _wrap(text: str, i: int) -> bool:
    """Is the line break at ``i`` a wrap inside a sentence (``经费支出⏎1286.5万元``)?"""
    return text[i] == "\n" and i + 1 < len(text) and text[i + 1].isdigit() and i > 0 and text[i - 1] not in _CLAUSE_END


def _sentence_start(text: str, pos: int, window: int = 200) -> int:
    i, lo = pos, max(0, pos - window)
    while i > lo and text[i - 1] not in _SENTENCE_END:
        i -= 1
    return i


def _subject_of_span(text: str, a: int, b: int, values: Sequence[tuple[int, int]],
                     earlier: bool = False) -> tuple[Optional[str], Optional[str]]:
    """Subject and basis of ``text[a:b]``, a clause that may hold numbers of its own. When it ends
    with a number, the phrase before that number (``收入达到860亿元``, ``全省14个设区市PM2.5平均浓度为
    38微克/立方米`` → ``设区市PM2.5平均浓度``). Otherwise, right before a change verb, the phrase after
    its last number (``全市3家企业产值``); in an ``earlier`` clause the phrase before its first
    number, its topic (``地区生产总值连跨两个万亿元台阶``)."""
    ta, tb, basis = _trim(text[a:b])
    a, b = a + ta, a + tb
    inside = [(s, e) for s, e in values if a <= s and e <= b]
    if not inside:
        subject, _b = clean_subject(text[a:b])
        return subject, basis
    period = _RE_NUMBER_PERIOD.match(text, inside[-1][0], b)
    if period and period.end() > inside[-1][1]:
        # 粮食产量五年来(增长12%), 五年来粮食产量, 十七年间平均每年: a count of years is when, never what changed
        subject, _b = clean_subject(text[period.end():b])
        if not subject:
            subject, _b = clean_subject(text[inside[-2][1] if len(inside) > 1 else a:inside[-1][0]])
        return subject, basis
    if inside[-1][1] < b and not _only_unit_words(text[inside[-1][1]:b]) and not milestone(text[inside[-1][1]:b]):
        if earlier:
            subject, _b = clean_subject(text[a:inside[0][0]])
            if subject:
                return subject, basis
        subject, _b = clean_subject(text[inside[-1][1]:b])
        return subject, basis  # 全市3家企业产值(增长20%): the phrase after the count
    for i in range(len(inside) - 1, -1, -1):
        lo = inside[i - 1][1] if i else a
        subject, _b = clean_subject(text[lo:inside[i][0]])
        if subject:
            return subject, basis
    return None, basis


def _topic(clause: str) -> Optional[str]:
    """A clause that is only a noun phrase (a topic the next clause comments on), or ``None``."""
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
    return subject


def _subject_before_predicate(clause: str) -> Optional[str]:
    """The noun phrase opening ``clause`` before its first verb (``全省进出口总值创历史新高`` →
    ``进出口总值``), or ``None`` when no noun phrase of two characters or more opens it."""
    toks = [(w, "n") if cue_role(w) == "noun" else (w, f) for w, f in pos_cut(clause)]  # (基金收入: a noun)
    pos = 0
    for w, f in toks:
        if (f.startswith("v") and f != "vn") or (pos and f in ("l", "i")):
            break  # (再创新高: an idiom after the noun is the predicate)
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
    subject, basis = _subject_of_span(text, cs, start, values)
    sent = _sentence_start(text, start)
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
            if lone and not rest.strip() and text[pcs:pcs + 1] in "比较" and _bare_comparison(text[pcs:pos - 1]):
                basis = basis or lone  # …4.79亿亩，比2012年，增加了2亿多亩: a clause that is only the comparison
                pos = pcs
                continue
            if _RE_MANNER.fullmatch(text[pcs:pos - 1].strip()):
                pos = pcs  # …达到43800亿元，按可比价格计算，比上年增长…: a clause saying how it is reckoned
                continue
            if hops == 0 or text[pos - 1] in "：:":
                # 经济建设费占整个财政支出的比重，也从…增加到…: a topic clause; 发电量：从…增加到…，增长…:
                # a heading naming what the line measures
                subject = _topic(text[pcs:pos - 1])
                carried = subject is not None
            else:  # 进出口总值创历史新高，达到5379亿元、增长18.5%: the subject of the clause before
                # (每吨钢提供的税收利润，1977年为…，1979年提高到…: a topic clause, whole)
                topic = _topic(text[pcs:pos - 1])
                subject = topic if topic and "的" in topic else _subject_before_predicate(text[pcs:pos - 1]) or topic
                carried = subject is not None
            break
        pend = pos - 1 if text[pos - 1] in _CLAUSE_END + "、" else pos
        subject, _b = _subject_of_span(text, pcs, pend, values, earlier=True)
        if subject and unit == "个百分点" and hops == 0:
            rate = _RE_RATE_OF.search(text, pcs, pend)
            if rate:
                subject += "增速" if rate["up"] else "降幅"
        pos, hops, carried = pcs, hops + 1, True
    if subject and not carried:
        subject = _with_parallel_measure(text, cs, subject, values)
    return subject, basis, carried


def _with_parallel_measure(text: str, cs: int, subject: str, values: Sequence[tuple[int, int]]) -> str:
    """``原煤产量由…增加到…，原油由…增加到…`` → ``原油产量``: a clause opened by a bare product noun and its
    change, after clauses of the same sentence that named the measure (``stat_end`` of entity_words.tsv:
    产量, 产值 …) after a noun of their own, measures the same thing; the nearest such clause gives the
    head (what follows its 的, else its last word). ``subject`` when it is a measure itself (利润, 发电量),
    more than two nouns, or no clause before names a measure."""
    toks = pos_cut(subject)
    if len(toks) > 2 or len(subject) > 4 or not all(f.startswith("n") for _w, f in toks) or _re_stat_head().search(subject) or (
            cue_role(subject) in ("measure", "amount", "noun")) or not text.startswith(subject, cs):
        return subject
    rest = text[cs + len(subject):]
    if not (rest[:1] in "由从" or rest.startswith(frame_words("compared")) or rest.startswith(tuple(change_words()))):
        return subject
    sent, pos = _sentence_start(text, cs), cs
    for _hop in range(4):
        if pos <= sent + 1 or text[pos - 1] not in "，,；;":
            return subject
        pcs = clause_start(text, pos - 1, values)
        if not any(pcs <= a and b <= pos for a, b in values):
            return subject  # (only clauses with numbers of their own are parallel statistics)
        prev, _b = _subject_of_span(text, pcs, pos - 1, values, earlier=True)
        if prev and "的" in prev:  # 我国粮食的年平均产量: the head after 的
            lead, head = prev.rsplit("的", 1)
            lead_toks = pos_cut(lead)
            if len(head) > 1 and _re_stat_head().search(head) and lead_toks and lead_toks[-1][1].startswith("n"):
                return subject + head
        elif prev:
            ptoks = pos_cut(prev)
            if len(ptoks) > 1 and len(ptoks[-1][0]) > 1 and _re_stat_head().search(ptoks[-1][0]) and ptoks[-2][1].startswith("n"):
                return subject + ptoks[-1][0]
        pos = pcs
    return subject


# 增长8.2% / 下降3% ending a clause: the next clause's percentage points change that rate
_RE_RATE_OF = regex.compile(r"(?:(?P<up>增长|增加|提高|上升)|下降|减少|降低|回落)了?\d+(?:\.\d+)?%$")


# --------------------------------------------------------------------------- distributive lists
_PLACE_END = "区省市县州国镇乡村"


def _split_members(subject: str) -> list[str]:
    parts, depth, cur = [], 0, ""
    i = 0
    while i < len(subject):
        c = subject[i]
        depth += c in "（(" and 1 or 0
        depth -= c in "）)" and 1 or 0
        if depth == 0 and c in _JOINERS and cur:
            parts.append(cur)
            cur = ""
        else:
            cur += c
        i += 1
    if cur:
        parts.append(cur)
    return parts


def members(subject: Optional[str], n: int, paired: bool = True) -> Optional[list[str]]:
    """The subject of each of ``n`` numbers of a ``分别`` list, or ``None`` when the subject is no
    list of ``n`` members. A head written once after the last member is shared
    (``一产、二产、三产用电量`` → ``一产用电量`` …); members of one kind (``火电、水电``) stand alone;
    with ``paired``, a coordinate abbreviation (``城乡``, ``paired_terms.tsv``) names two members.

    >>> members("以区委区政府和区两办名义下发的文件", 2)
    ['以区委区政府名义下发的文件', '以区两办名义下发的文件']
    """
    if not subject or n < 2:
        return None
    parts = _split_members(subject)
    if len(parts) == 1 and n == 2:
        return _unpaired(subject) if paired else None  # 城乡居民收入 → 城镇居民收入, 农村居民收入
    if len(parts) != n:
        return None
    purposed = _purpose_members(parts)
    if purposed:
        return purposed
    lead = _list_lead(parts)
    inner = members(subject[len(lead):], n, paired) if lead and subject.startswith(lead) else None
    if inner:
        return [lead + m for m in inner]  # 市级财政教育、卫生和社保支出: 市级财政 leads every member
    last = parts[-1]
    toks = pos_cut(last)
    etc = next((k for k, (w, _f) in enumerate(toks) if w == "等" and 0 < k < len(toks) - 1), None)
    if etc is not None:
        # 食品、石化、医药、信息等产业增加值: what follows 等 is the head each member shares
        at = sum(len(w) for w, _f in toks[:etc])
        head = last[at + 1:]
        return [p + head for p in parts[:-1]] + [last[:at] + head]
    if all(p[-1] == last[-1] for p in parts[:-1]) or (
            len(last) <= max(len(p) for p in parts[:-1]) and not any(_bare_modifier(p) for p in parts[:-1])
            and not _shared_lead(parts[0], last) and not _shared_measure(parts, toks)):
        return parts  # 火电、水电…太阳能发电: complete members (not 刑事治安、涉诈、涉毒警情; 黄金、白银、镍产量)
    first = parts[0]
    end_word = pos_cut(first)[-1][0]
    at = last.find(end_word + "的")
    if len(end_word) > 1 and at > 0:
        # 普通生产经营企业、小微生产经营企业的委托检验检测收费: the members end as the first does, and
        # what follows their 的 is the shared head
        head = last[at + len(end_word):]
        return [p + head for p in parts[:-1]] + [last]
    if len(toks) == 1 and len(last) - len(first) >= 2 and len(first) >= 2:
        toks = pos_cut(last[: len(first)]) + pos_cut(last[len(first):])  # 刑事、治安案件: one word for the tagger
    elif len(toks) > 1 and len(toks[0][0]) - len(first) >= 2 and len(first) >= 2 and (
            (first, toks[0][0][: len(first)]) in _pairs()) and word_frequency(toks[0][0][len(first):]) > 0:
        w0 = toks[0][0]  # 城镇、农村居民人均可支配收入: 农村居民 one word for the tagger, the pair of 城镇
        toks = ((w0[: len(first)], toks[0][1]), (w0[len(first):], "n"), *toks[1:])
    bounds, nominal, pos = [], [], 0
    for i, (w, _f) in enumerate(toks[:-1]):
        pos += len(w)
        nxt = toks[i + 1]
        if "的" in last[:pos] or nxt[0] == "的":
            break
        bounds.append(pos)
        if nxt[1].startswith(("n", "vn", "j", "l")):
            nominal.append(pos)
    if not bounds:
        return parts
    lead = _shared_lead(first, last)
    target = len(first) - len(lead)
    placed = [b for b in bounds if last[b - 1] in _PLACE_END] if first[-1] in _PLACE_END else []
    if placed:
        b = placed[-1]  # 全国和自由贸易试验区负面清单条数: the conjunct is a place too
    elif target in nominal or (not lead and len(first) <= 3 and len(last) - target >= 2 and target in bounds):
        b = target  # the conjunct of the last member is as long as the first
    else:
        b = min(nominal or bounds, key=lambda b: (abs(b - target), -b))
    head = last[b:]
    if any(p + head == last for p in parts[:-1]):
        later = [x for x in (nominal or bounds) if x > b]
        if later:
            head = last[later[-1]:]  # 工业、制造业、工业技改投资: the members differ, so the head is shorter
    return [p + head for p in parts[:-1]] + [lead + last if lead and not last.startswith(lead) else last]


def _list_lead(parts: Sequence[str]) -> str:
    """The words before the first conjunct of a list whose members after the first are one short
    word each and whose last names the shared head (``市级财政教育、卫生和社保支出`` → ``市级财政``): what
    they lead is every member's, not the first one's. ``""`` when the first member is a whole measure
    (it ends with a statistic's word: ``一般公共预算收入、税收、非税收入``) or the list is no such one."""
    if len(parts) < 3 or not all(len(p) <= 3 and len(pos_cut(p)) == 1 for p in parts[1:-1]):
        return ""
    toks, last = pos_cut(parts[0]), pos_cut(parts[-1])
    while len(toks) > 1 and (toks[-2][1] in ("a", "b") or len(toks[-2][0]) == 1 and not toks[-2][1].startswith(("n", "r"))):
        toks = (*toks[:-2], (toks[-2][0] + toks[-1][0], toks[-1][1]))  # 我国粗钢: 粗 binds to 钢, not to the list
    conj = toks[-1][0] if toks else ""
    if len(toks) < 2 or len(last) < 2 or len(conj) > 3 or _re_stat_head().search(conj) or not toks[-1][1].startswith(
            ("n", "vn", "j")) or cue_role(conj) in ("measure", "amount"):
        return ""
    return "".join(w for w, _f in toks[:-1])


def _purpose_members(parts: Sequence[str]) -> Optional[list[str]]:
    """``中央财政用于科技、教育和卫生事业的支出`` → ``中央财政科技支出``, ``中央财政教育支出``,
    ``中央财政卫生事业支出``: the members of a list of what money is used for (after a ``purpose``
    verb of ``entity_frames.tsv``: 用于, 投向), closed by 的 and the noun of the money, each name
    that noun; the noun before the verb (who spends) leads each. ``None`` when the list is no such one."""
    toks = pos_cut(parts[0])
    at = next((k for k, (w, _f) in enumerate(toks) if w in frame_words("purpose")), None)
    last = parts[-1]
    de = last.rfind("的")
    if at is None or at == len(toks) - 1 or de <= 0 or "的" in "".join(parts[:-1]):
        return None
    head = last[de + 1:]
    head_toks = pos_cut(head)
    if not head_toks or not (head_toks[-1][1].startswith(("n", "vn")) or cue_role(head_toks[-1][0]) == "noun"):
        return None  # (支出: a noun the tagger reads as a verb)
    lead = "".join(w for w, _f in toks[:at])
    first = "".join(w for w, _f in toks[at + 1:])
    return [lead + c + head for c in (first, *parts[1:-1], last[:de])]


# the word a statistic ends with (产量, 增加值, 收入 …): after the last member of a list of short names,
# one that no other member ends with is their shared head (黄金、白银、精炼铜、镍产量)
@lru_cache(maxsize=1)
def _re_stat_head() -> "regex.Pattern":
    """A word ending in one of the ``stat_end`` words of ``lexicons/entity_words.tsv`` (产量, 销售额)."""
    return regex.compile(f"(?:{_alt(entity_words('stat_end'))})$")


def _shared_measure(parts: Sequence[str], toks) -> bool:
    """Does the last member end with a statistic's word (``镍产量``) no other member ends with, after
    names as short as the others (not ``免签入境游客、…、离岛免税销售额``: whole measures of their own)?"""
    if len(toks) < 2:
        return False
    w = toks[-1][0]
    return len(w) >= 2 and bool(_re_stat_head().search(w) or cue_role(w) in ("measure", "amount")) and not any(
        p.endswith(w) for p in parts[:-1]) and all(len(p) <= 3 for p in parts[:-1]) and len(parts[-1]) - len(w) <= 3


def _bare_modifier(member: str) -> bool:
    """A list member that cannot stand alone as a measure: one verb or distinguishing word
    (``涉诈`` in ``刑事治安、涉诈、涉毒警情``)."""
    toks = pos_cut(member)
    return len(toks) == 1 and toks[0][1] in ("v", "b", "a")


@lru_cache(maxsize=1)
def _paired() -> dict[str, tuple[str, str]]:
    return {r["word"]: (r["first"], r["second"]) for r in load_rows("paired_terms.tsv")}


@lru_cache(maxsize=1)
def _pairs() -> frozenset[tuple[str, str]]:
    """The member words of ``paired_terms.tsv`` in either order (城镇/农村, 进口/出口)."""
    return frozenset(p for a, b in _paired().values() for p in ((a, b), (b, a)))


def _unpaired(subject: str) -> Optional[list[str]]:
    """The two members of a subject holding a coordinate abbreviation of ``paired_terms.tsv``
    (``实际使用内外资`` → ``实际使用内资``, ``实际使用外资``), else ``None``."""
    for word in sorted(_paired(), key=len, reverse=True):
        if word in subject:
            first, second = _paired()[word]
            return [subject.replace(word, first, 1), subject.replace(word, second, 1)]
    return None


def list_members(clause: str, n: int) -> Optional[list[str]]:
    """The ``n`` members of the list subject that ``clause`` (the text before ``分别``) holds, cleaned
    as a change subject is, or ``None``.

    >>> list_members("全市共有小学、初中、高中", 3)
    ['小学', '初中', '高中']
    """
    subject, _basis = clean_subject(clause)
    return members(subject, n)


def _shared_lead(first: str, last: str) -> str:
    """A preposition opening the first member that the others share (以区委区政府 / 区两办)."""
    toks = pos_cut(first)
    if len(toks) > 1 and toks[0][1].startswith("p") and not last.startswith(toks[0][0]):
        return toks[0][0]
    return ""


def earlier_subjects(text: str, start: int, n: int, values: Sequence[tuple[int, int]]) -> Optional[list[str]]:
    """The subjects of the ``n`` clauses with numbers before the clause of ``start``
    (``城镇居民人均可支配收入35620元，农村居民人均可支配收入16480元，分别增长8.1%和8.9%``), in text
    order, or ``None`` unless each has one."""
    sent = _sentence_start(text, start)
    pos = clause_start(text, start, values)
    found: list[str] = []
    while len(found) < n and pos > sent:
        pcs = clause_start(text, pos - 1, values)
        if not any(pcs <= s and e <= pos for s, e in values):
            if _RE_MANNER.fullmatch(text[pcs:pos - 1].strip()) and not found:
                pos = pcs  # …3587元，扣除价格因素，分别比上年实际增长…: how the changes are reckoned
                continue
            return None
        subject, _b = _subject_of_span(text, pcs, pos - 1, values, earlier=True)
        if subject is None:
            return None
        found.append(subject)
        pos = pcs
    return found[::-1] if len(found) == n else None


@lru_cache(maxsize=1)
def _re_change_tail() -> "regex.Pattern":
    verbs = _alt(change_words())
    year = rf"(?:(?:\d{{4}}|[{ZERO_VARIANTS}{ONES}]{{4}})年(?:底|末)?的?)?"  # 增加到一九八二年的(六百五十亿元)
    return regex.compile(rf"(?:(?:{verbs})了?(?:到|至|为)?{year}|[由从][^由从，。；：、]{{0,12}}?)$")


_RE_FROM_OPENER = regex.compile(r"[由从][^由从，。；：]{0,30}$")  # (分别由0.54万元、2.59万元下降至…)


def subject_before_change(text: str, pos: int, values: Sequence[tuple[int, int]] = ()) -> Optional[str]:
    """The subject of a change whose verb or from-phrase ends right before ``pos`` (a number of
    that change: ``工会已增加到一百多个`` → ``工会``; ``贫困人口减少了3100人`` → ``贫困人口``), else ``None``.

    >>> t = "因公出国团组由去年的14个减少到5个"
    >>> subject_before_change(t, t.index("14")), subject_before_change(t, t.index("5个"))
    ('因公出国团组', '因公出国团组')
    """
    cs = clause_start(text, pos)
    seg = text[cs:pos]
    m = _re_change_tail().search(seg)
    if not m:
        return None
    head = seg[: m.start()]
    opener = _RE_FROM_TAIL.search(head) or _RE_FROM_OPENER.search(head)
    if opener:
        head = head[: opener.start()]  # 由去年的14个(减少到5个): the subject stands before 由
    subject, _basis = clean_subject(head)
    if subject is None and values and (m[0][:1] not in "由从" or len(m[0]) == 1 or _RE_HAS_NUMBER.search(m[0])):
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
    sent = _sentence_start(text, pos)
    k = max(text.rfind(c, sent, pos) for c in _SUM_BOUNDS)
    at = text.rfind(subject, k, pos)
    if k <= sent or at < 0 or text[k + 1: at + len(subject)].strip() not in entity_words("sum"):
        return None  # (提供财政补助（最高补助金额200万元）: the sum word opens no clause of its own)
    p = max(sent, *(text.rfind(c, sent, k) + 1 for c in _SUM_BOUNDS))
    prev = text[p:k]
    # (进出口总额559亿元，比上年增加42亿元: the phrase before the clause's own number; ``values``: the amounts)
    owner = _subject_of_span(text, p, k, values, earlier=True)[0] if _RE_HAS_NUMBER.search(prev) else _subject_before_predicate(prev)
    if owner and _RE_HAS_NUMBER.search(owner):
        # 国内生产总值增长6.6%，总量…: what the clause measures stops before the verb of its number (a change,
        # a level, a comparison), never holds the number (not 我国新承接海洋工程装备: a verb with no number stays)
        cut = next((i for i, (w, f) in enumerate(pos_cut(owner)) if w in change_words() or w in level_verbs()
                    or w in frame_words("compared") or f == "m"), None)
        if cut is not None:
            owner = "".join(w for w, _f in pos_cut(owner)[:cut])
        if _RE_HAS_NUMBER.search(owner):
            owner = None
    return owner if owner and owner not in entity_words("sum") and len(owner) > 1 else None


_RE_LEVEL_TAIL = regex.compile(r"(?:达到|达|为|合计|共计|累计|突破|超过)(?:了)?$")


def level_subject(text: str, pos: int, values: Sequence[tuple[int, int]] = ()) -> Optional[str]:
    """The measure a level reached at ``pos`` belongs to when its own clause names none, only a time
    or a scope and a level verb: the clause before, in the same sentence, gave the measure with its
    number (``地区生产总值迈上6万亿元台阶，达到62661亿元``) or with a verb of change (``预算外资金也大幅度增加，
    一九八五年达到一千四百三十亿元``); else ``None``.

    >>> t = "预算外资金也大幅度增加，一九八五年达到一千四百三十亿元"
    >>> level_subject(t, t.index("一千"))
    '预算外资金'
    """
    cs = clause_start(text, pos, values)
    seg = text[cs:pos]
    if not _RE_LEVEL_TAIL.search(seg) or clean_subject(seg)[0] is not None or cs < 1 or text[cs - 1] not in "，,":
        return None
    for _hop in range(4):
        pcs = clause_start(text, cs - 1, values)
        prev = text[pcs:cs - 1]
        inside = [(s, e) for s, e in values if pcs <= s and e <= cs - 1]
        if inside:
            subject, _basis = _subject_of_span(text, pcs, cs - 1, values, earlier=True)
            if subject is None and pcs > 0 and text[pcs - 1] in "，," and _RE_LEVEL_TAIL.search(text, pcs, inside[0][0]) and (
                    clean_subject(text[pcs:inside[0][0]])[0] is None):
                cs = pcs  # 税收利润，1977年为31.5元，1978年为35.5元: a list of levels, the measure before the first
                continue
            return None if subject is None or milestone(subject) else subject
        toks = pos_cut(prev)
        if toks and toks[-1][0] in change_words():
            return _subject_before_predicate(prev)
        # 农民从集体分得的收入，每人平均达到83.4元: a noun phrase headed after a relative clause (a verb before
        # its 的), the topic of the level (not 国家财政出现较大的赤字，…合计近三百亿元: 较大的 is an attribute
        # inside the object, the clause a predicate that named no measure)
        rel = pos_cut(prev[:prev.rfind("的")]) if "的" in prev else ()
        return _topic(prev) if rel and rel[-1][1].startswith("v") and rel[-1][1] != "vn" else None
    return None
