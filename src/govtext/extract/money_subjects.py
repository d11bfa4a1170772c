"""What an amount of money is (``money.subject``, FACTS.md section 2), read around the amount.

The noun phrase after an amount when the amount modifies it (``给予200万元一次性补助`` → ``一次性补助``,
``处…以下的罚款`` → ``罚款``), else the subject of the change the amount belongs to, else the phrase
before it in its own clause (``直接经济损失约46亿元`` → ``直接经济损失``), never across a verb
(issue 14, decision 10). The phrase readers are :mod:`govtext.extract.noun_phrases`; the verbs of
exceeding around an amount are ``lexicons/exceed_words.tsv``.
"""
from __future__ import annotations

import itertools
from functools import lru_cache
from typing import Callable, Optional, Sequence

import regex

from govtext.extract.entity_cues import (
    BOUNDING, RE_DIGIT, RE_LATIN_TERM, RE_NUMERAL, RESULTATIVE, SENTENCE_END, Tok, change_verbs, clean_phrase, cue_role,
    entity_words, frame_words, has_verb, is_nominal, is_noun, is_verb, level_verbs, milestone, strip_tail,
    money_head, strip_tail_text, time_word, tokens, unbounding)
from govtext.extract.subject_phrases import inner_time_free, manner_only
from govtext.extract.subjects import change_subject, now_words
from govtext.extract.subject_words import alternation, subject_word_class
from govtext.extract.noun_phrases import LIST_GAPS, clause_end, clause_start, frame_only, preceding_phrase, topic_before
from govtext.lexicons import load_rows
from govtext.text.patterns import NUMERAL_CHARS, SCALES, range_words
from govtext.values.quantities import unit_category

__all__ = ["amount_subjects"]

_RE_ASIDE = regex.compile(r"^[（(][^（）()\n]{1,16}[）)]")  # 500万元（国家级）: an aside after the amount
_LIST_JOINERS = ("、", "和", "及", "或", "，")
_RE_AFTER_DE = regex.compile(r"(?:[（(][^（）()\n]{1,16}[）)])?的")
_RE_ASIDES = regex.compile(r"[（(][^（）()\n]{1,16}[）)]")
_RE_LONG_ASIDES = regex.compile(r"\s*[（(][^（）()\n]{1,40}[）)]\s*(?=[^（(]*$)")  # the last aside
# 合格境外机构投资者(RQFII)额度: an abbreviation in brackets inside the noun phrase after an amount, between two Han
# characters, is no break of the phrase
_RE_INNER_ASIDE = regex.compile(r"(?<=\p{Han})[（(][A-Za-z0-9.\-]{1,12}[）)](?=\p{Han})")
_RE_PER_UNIT = regex.compile(r"每\p{Han}{1,4}$")
_RE_PER_PERIOD = regex.compile(r"(?:每(?:年度?|月|日|天|季度|周|期))+$")
_RE_LAST_NUMBER = regex.compile(rf"[\d{NUMERAL_CHARS}.]+[^\d{NUMERAL_CHARS}]?$")
_RE_INCLUDED = regex.compile(r"[（(]含$")
_RE_HAN_RUN = regex.compile(r"\p{Han}+")
_RANGE_GAP = regex.compile(f"(?:{range_words()})?")  # 1000元以上3万元以下, 2万元至5万元
# 处一万元以上十万以下的罚款: the upper bound of a range written without its 元 (the amount read stops before it) is
# no part of the noun phrase after the amount
_RE_BARE_BOUND = regex.compile(rf"^(?:[至到~～—-])?[\d.{NUMERAL_CHARS}]+(?:以下|以内)")
_HOLDER_UNITS = ("people", "count", "groups")  # 每名旅客, 每户, 每家: who or what holds the sum, not a measure
_RE_OR = regex.compile(r"或者|或")
_RE_PER_END = regex.compile(r"每(\p{Han}{1,4})$")  # 每名旅客, 每千克, 每平方公里; 禽类每只(十元): a label's unit
# 按每只五十元(的标准)处以罚款: the rate an amount is charged at, then the verb imposing the sum
_RE_RATE_FRAME = regex.compile(r"^(?:的?(?:标准|数额))?(计算)?")  # (按照每处五十元计算罚款)
_RE_RECKONED = regex.compile(r"(?:的(?:标准|数额))?计算")  # 每人1000元的标准计算，处以罚款: the rate, then the sum imposed


def _alternation(cls: str) -> str:
    """The words of one class of entity_subject_words.tsv as a regex alternation, longest first."""
    return alternation(subject_word_class(cls))


@lru_cache(maxsize=1)
def _re_per() -> regex.Pattern:
    """每 alone or with a ``per_classifier`` (每个, 每户, 每人 …), ending the text: whom an amount is given per."""
    return regex.compile(rf"每(?:{_alternation('per_classifier')})?$")


@lru_cache(maxsize=1)
def _re_per_holder() -> regex.Pattern:
    """每 and a ``per_classifier`` or ``sum_classifier`` (每家, 每个单位, 每笔), up to four characters of the holder and a
    cap word: 每家企业, 每个项目最高 (a cap per holder)."""
    return regex.compile(rf"每(?:{_alternation('per_classifier')}|{_alternation('sum_classifier')})\p{{Han}}{{0,4}}?(?:最高|最多)?")


_RELIEF_JOINERS = ("及", "和", "、")


def _sum_verb(seg: str) -> Optional[str]:
    """What an amount is when the clause before it ends in a verb that names the sum (entity_subject_words.tsv):
    ``relief`` verbs, alone or joined (``累计减税`` → 减税, ``新增减税降费及退税`` → 减税降费及退税), or a ``sum_head``
    right after a noun (``中央财政科技投入`` → 科技投入, ``“三农”投入`` → 三农投入, ``对教育事业的投入`` → 投入). A sum
    head alone, after a filler or after a ``payer`` (``累计投入``, ``拟投入``, ``中央和地方投入``) names nothing."""
    toks = strip_tail(tokens(strip_tail_text(seg, how_often=False).rstrip()))
    relief = subject_word_class("relief")
    k = len(toks)
    while k and (toks[k - 1][0] in relief or k < len(toks) and k > 1 and toks[k - 1][0] in _RELIEF_JOINERS
                 and toks[k - 2][0] in relief):
        k -= 1
    if k < len(toks):
        return "".join(w for w, _f in toks[k:])
    if len(toks) < 2 or toks[-1][0] not in subject_word_class("sum_head"):
        return None
    head, (prev, tag) = toks[-1][0], toks[-2]
    if prev == "的":
        return head
    if prev in ("”", "\"") and len(toks) > 2 and is_noun(toks[-3][1]):
        return toks[-3][0] + head  # “三农”投入: the quoted field
    if not is_noun(tag) or cue_role(prev) in BOUNDING or prev.endswith(tuple(subject_word_class("payer"))):
        return None  # (中央和地方投入, 区政府投入: who put it in, not a measure)
    phrase = preceding_phrase("".join(w for w, _f in toks[:-1]), "money")
    return (phrase if phrase and phrase.endswith(prev) else prev) + head


_RE_COUNT_HEAD = regex.compile(rf"^([{SCALES}]*)(\p{{Han}}{{0,2}})、")


def _count_rest(seg: str, phrase: Optional[str]) -> Optional[str]:
    """``phrase`` (read at the end of ``seg``) without the unit or scale of a count before it and the 、 after that
    (推介项目325个、总投资 → 总投资, 旅游人次86.5万、收入 → 收入, 1200万人次、旅游收入 → 旅游收入): the list's next member is what the money is."""
    m = _RE_COUNT_HEAD.match(phrase) if phrase else None
    at = seg.rfind(phrase) if m else -1
    if m and m[0] != "、" and at > 0 and RE_NUMERAL.match(seg, at - 1) and len(phrase) > m.end() and (
            not m[2] or unit_category(m[2]) not in (None, "time")):
        return phrase[m.end():]
    return phrase


def _payment(word: str) -> bool:
    return cue_role(word) == "payment"


def _recipient(toks: Sequence[Tok]) -> bool:
    """Do ``toks`` (the words before a payment verb) end in a preposition that opens whom it is imposed on or given to
    (对, 将, 把: ``disposal_p`` of entity_subject_words.tsv; 为, 给: ``beneficiary`` of change_cues.tsv) and its object,
    a noun, with no break or other preposition between (``对直接责任人``, ``为返乡创业人员``)?"""
    at = next((k for k in range(len(toks) - 1, -1, -1) if toks[k][1] == "p" and toks[k][0] in (
        *_beneficiary(), *subject_word_class("disposal_p"))), -1)
    return 0 <= at < len(toks) - 1 and is_noun(toks[-1][1]) and not any(
        f in ("x", "p") or cue_role(w) in ("governing", "light") for w, f in toks[at + 1:])
    # (对利用扶贫资金在贫困村实施的总投资: a phrase with a preposition of its own, closed by a modifier of the sum, is no
    # recipient; 为应届毕业生提供求职创业补贴: a verb after the recipient governs the sum, named whole)


def _after_amount(seg: str) -> Optional[str]:
    """What the money is, read from the noun phrase right after it (``seg`` runs to the end of
    its clause): ``1亿元的资金扶持`` → ``资金扶持``, ``…以下的罚款`` → ``罚款``, ``亿元以上项目`` →
    ``项目``. A verb after the amount opens a clause of its own (``1亿元用于…``): no subject there,
    unless the verb names the payment itself (``100万元一次性补助``)."""
    seg = _RE_INNER_ASIDE.sub("", _RE_ASIDE.sub("", seg))
    seg = _RE_BARE_BOUND.sub("", seg)
    imposed = _imposed(seg)
    if imposed:
        return imposed
    after_de = seg.startswith("的")
    toks = tokens(seg[1:] if after_de else seg)
    got: list[Tok] = []
    for i, (w, f) in enumerate(toks):
        last = i + 1 == len(toks) or toks[i + 1][1] == "x" or toks[i + 1][0] == "的"
        if not got and i + 1 < len(toks) and is_verb(f) and len(w) == 1 and toks[i + 1][1] == "d" and len(toks[i + 1][0]) > 1:
            lead = [w]  # 625亿元超长期特别国债资金: a one-character prefix the tagger split off the adverb it opens (超|长期)
            i, (w, f) = i + 1, toks[i + 1]
        else:
            lead = []
        if f == "x" or w == "的" or (f == "m" and RE_DIGIT.search(w)):
            break
        if got and f == "vn" and is_noun(got[-1][1]) and got[-1][0].endswith(tuple(entity_words("funds"))):
            break  # 100亿元省级科技创新母基金|投运: after a word for funds, a verbal noun is the predicate
        if _payment(w) and (last or is_noun(toks[i + 1][1]) and _compound_rest(toks[i + 1:])):
            # (1万亿元国债支持灾后恢复重建: before a clause of its own, the payment verb is the predicate)
            got.append((w, "n"))  # 资金扶持, 一次性补助, 投资后扶持
            continue
        if (f == "vn" or is_verb(f) and (len(w) > 1 or got) and not cue_role(w)) and _compound_rest(
                toks[i + 1:]) and _funds(toks[i + 1:]):
            got.append((w, "fund"))  # 30亿元建设资金, 扶贫资金, 专项奖补资金: a verbal noun or verb compounding with a word for funds
            continue
        if is_verb(f):
            if after_de and last:
                got.append((w, "n"))  # 的支持: after 的 a verb is a noun
            elif after_de and got is not None and _compound_rest(toks[i + 1:]):
                got.append((w, "vn"))  # 的扣除额度, 的资产购买计划: a verb inside the compound 的 opens
                continue
            break
        if cue_role(w) in BOUNDING:
            break
        if is_nominal(f) or f in ("d", "f", "a") and got or (f == "d" and w.startswith("一次")):
            got.append((w, f))
            continue
        if not got and f == "d" and len(w) > 1 and w not in entity_words("aspect") and not cue_role(w):
            rest = list(itertools.takewhile(lambda t: t[1] != "x" and t[0] != "的" and t[1] != "v", toks[i + 1:]))
            # (3000亿元超长期特别国债资金|加力支持: a verb after the name is the predicate)
            if rest and all(is_nominal(t[1]) or t[1] == "d" and len(t[0]) > 1 and not cue_role(t[0]) for t in rest) and is_noun(
                    rest[-1][1]):
                return clean_phrase([*lead, w, *(t for t, _f in rest)])  # 1400亿元长期建设国债: an adverb the tagger saw,
                # a modifier (特别国债: as are those after it)
        break
    while got and not is_nominal(got[-1][1]):
        got.pop()
    while len(got) > 1 and got[-1][0] in frame_words("locative"):
        got.pop()  # 在80000元限额内: a localizer after the noun frames where the amount stands
    while got and got[0][1] in ("d", "f", "a") and not got[0][0].startswith("一次"):
        got.pop(0)
    if not got or cue_role(got[0][0]) in ("governing", "light") and got[0][1] != "fund":
        return None
    return clean_phrase([w for w, _f in got])


def _imposed(seg: str) -> Optional[str]:
    """The sum a rate is charged as when governing verbs and a payment noun close the clause right after the amount
    (``按每只五十元处以罚款``, ``每人1000元的标准处以罚款``, ``每只犬二千元以下并处罚款`` → 罚款; ``按每名1000元给予培养单位补贴``
    → 补贴): the amount is how much of it is imposed, the verb no part of what it is. ``seg`` runs to the end of the amount's
    clause."""
    frame = _RE_RATE_FRAME.match(seg)
    toks = tokens(_RE_ASIDES.sub("", seg[frame.end():]))
    k = 0
    while k < len(toks) and cue_role(toks[k][0]) == "governing" and toks[k][1] != "vn":
        k += 1  # (30万元建设经费资助: a verbal noun opens a compound, no verb imposing it)
    if not (k or frame[1]) or k == len(toks) or not _payment(toks[-1][0]) or not (is_noun(toks[-1][1]) or is_verb(toks[-1][1])):
        return None  # (给予补助: a payment word closing the clause after the verb imposing it is a noun)
    body = toks[k:-1]
    once = next((j for j, (w, f) in enumerate(body) if f == "d" and w.startswith("一次")), len(body))
    if all((is_nominal(f) or is_verb(f)) and not cue_role(w) for w, f in body[:once]) and all(
            is_nominal(f) for _w, f in body[once + 1:]):
        # (按每名1000元给予培养单位补贴: whom the sum is given stands between; 按每人5000元标准给予企业一次性培训费用补助:
        # after the recipient, 一次性 opens the name of the payment)
        return clean_phrase([w for w, _f in body[once:]] + [toks[-1][0]])
    return None


def _last_alternative(phrase: Optional[str]) -> Optional[str]:
    """The last member of alternatives read as one phrase before an amount (``没有违法经营额或者违法经营额不足5万元`` →
    违法经营额, ``因灾死亡不满三十人或者直接经济损失500万元以上`` → 直接经济损失): 或者 joins clauses there, each with its own
    measure, and the amount is the last one's."""
    if not phrase or not _RE_OR.search(phrase):
        return phrase
    last = _RE_OR.split(phrase)[-1]
    return last if len(last) > 1 else phrase


def _per_unit_free(phrase: Optional[str]) -> Optional[str]:
    """``None`` for a phrase that ends in the unit an amount is reckoned per (``每名旅客不超过4万元``, ``每千克不超过20元``,
    ``袋装水泥每吨一百元``): the unit, or the holder, is not what the money is; a sum named after the unit is
    (``每吨价值`` → 价值)."""
    m = _RE_PER_END.search(phrase) if phrase else None
    k = next((k for k in range(len(m[1]) if m else 0, 0, -1) if unit_category(m[1][:k])), 0)
    if not k or unit_category(m[1][:k]) == "time":
        return phrase  # (每年, 每月: how often, read by the period rules)
    tail = m[1][k:]
    if tail and not is_nominal(tokens(tail)[-1][1]):
        return phrase  # (每超过1天每吨加罚50元: a verb after the unit names the sum)
    if len(tail) > 1 and (_sum_named(tail) or unit_category(m[1][:k]) not in _HOLDER_UNITS and is_nominal(tokens(tail)[-1][1])):
        return tail  # (每吨价值在500元以上: the sum per unit of a measure is named after it; 每名旅客: a holder)
    return None


def _funds(toks: Sequence[Tok]) -> bool:
    """Do ``toks`` end their phrase (before a comma or 的) in a word for funds (``funds`` of
    ``entity_words.tsv``: 资金, 经费, 基金), or in one and a payment word (经费资助)?"""
    rest = _to_predicate(toks)
    if len(rest) > 1 and _payment(rest[-1][0]):
        rest = rest[:-1]  # 30万元建设经费资助: the funds granted, named before the payment word
    return bool(rest) and any(rest[-1][0].endswith(w) for w in entity_words("funds"))


def _to_predicate(toks: Sequence[Tok]) -> list[Tok]:
    """The words of ``toks`` before a comma, a 的 or, after a noun, a verb (the predicate: 专项奖补资金|予以支持)."""
    rest: list[Tok] = []
    for w, f in toks:
        if f == "x" or w == "的" or (rest and is_noun(rest[-1][1]) and is_verb(f)):
            break
        if rest and f == "vn" and is_noun(rest[-1][1]) and rest[-1][0].endswith(tuple(entity_words("funds"))):
            break  # 省级科技创新母基金|投运: after a word for funds, a verbal noun is the predicate
        rest.append((w, f))
    return rest


def _compound_rest(toks: Sequence[Tok]) -> bool:
    """Do ``toks`` (after a verb) run as nouns to the end of the phrase, ending in a plain noun, so
    that the verb is inside a compound (扣除|额度, 购买|计划) rather than a predicate?"""
    rest = _to_predicate(toks)
    return bool(rest) and len(rest) == len([t for t in rest if is_nominal(t[1]) and cue_role(t[0]) not in BOUNDING]) and (
        is_noun(rest[-1][1]))


def _manner_only(seg: str) -> bool:
    """Is ``seg`` only how an amount is reckoned before its verb of change (``按可比口径增加``)? Not without
    the verb: in ``按照货值金额不足一万元`` the amount is the measure's the phrase names."""
    toks = list(strip_tail(tokens(strip_tail_text(seg, how_often=False))))
    n = len(toks)
    while toks and (toks[-1][0] in change_verbs() or toks[-1][0] in entity_words("added")):
        toks.pop()
    return len(toks) < n and manner_only(toks)


def _before_amount(seg: str) -> Optional[str]:
    """What the money is, read from the clause before it: ``直接经济损失约46亿元`` → ``直接经济损失``,
    ``贷款额度最高不超过15万元`` → ``贷款额度``; a payment word before the amount names it (``单个企业
    年度最高补助50万元`` → ``补助``, ``资金补助10万元`` → ``资金补助``), as a verb does after the noun it
    compounds with (``公共服务收入不低于500万元`` → ``公共服务收入``). A phrase without a noun or of
    one character (``且``) is none; nor is what stands before a period an amount is paid per (``由兄弟姐妹
    分摊每月3000元的扣除额度``)."""
    aside = _RE_LONG_ASIDES.search(seg, 1)
    if aside and not any(is_nominal(f) for _w, f in tokens(seg[aside.end():])):
        seg = seg[: aside.start()] + seg[aside.end():]  # 实际完成投资额（含设备和软件投入）达, 项目总投资额（不含征地费…）在:
        # an aside between the measure and its amount says what it holds, it is not what the money is (决（结）算金额:
        # an aside inside the name stays)
    if frame_only(seg) or _manner_only(seg):
        return None  # 拟定为, 将达到: a frame names nothing (the topic may stand in the clause before); nor does
        # how the amount is reckoned (按可比口径增加2400亿元)
    seg = strip_tail_text(seg, how_often=False).rstrip()
    period = _RE_PER_PERIOD.search(seg)
    if period and period.start() > 0 and not _RE_PER_PERIOD.fullmatch(seg):
        seg = seg[: period.start()].rstrip()  # 市级补助资金每年(不超过1000万元), 补贴上限为每年: how often it is paid
    per_unit = _RE_PER_UNIT.search(seg)
    if per_unit and "为" in seg[: per_unit.start()]:
        # 罚款幅度为荒坡地每平方米0.5元至1元: a rate per unit; what it is stands before 为
        return _before_amount(seg[: seg.rindex("为", 0, per_unit.start())])
    toks = strip_tail(tokens(seg))
    if len(toks) > 1 and toks[-1][1] == "t" and time_word(toks[-1][0]) and is_nominal(toks[-2][1]):
        toks = strip_tail(toks[:-1])  # 国家外汇储备年底达到1547亿美元: when, between the measure and its level
        seg = "".join(w for w, _f in toks)
    if len(toks) > 1 and toks[-1][0] in frame_words("allocation"):
        rest = strip_tail(toks[:-1])  # 中央预算内投资(拟)安排5776亿元: the funds allotted are what the noun names
        if rest and rest[-1][1] in ("n", "vn", "l") and cue_role(rest[-1][0]) not in BOUNDING:  # (not an organ: 财政厅下达)
            return preceding_phrase("".join(w for w, _f in rest), "money")
    if len(toks) > 1 and is_verb(toks[-1][1]) and len(toks[-1][0]) > 1 and toks[-1][0].endswith(RESULTATIVE):
        seg, toks = seg[: -len(toks[-1][0])], toks[:-1]  # 地区生产总值跨过3万亿元: the predicate goes
    if toks and (is_verb(toks[-1][1]) or toks[-1][1] == "vn") and len(toks[-1][0]) > 1 and unbounding(toks[-1][0]) and (
            len(toks) == 1 or toks[-2][1] in ("t", "f", "x") or cue_role(toks[-2][0]) in ("stop", "governing", "light")
            or is_verb(toks[-2][1]) and toks[-1][1] == "vn"):
        # 上半年进出口2614亿元: after a time or a scope, the verb names the measure (比去年增加520亿元:
        # a verb of change names none); 带动消费791亿元, 由上年亏损9000万元: a verbal noun after a verb
        # or a time is the sum
        return None if toks[-1][0] in change_verbs() or toks[-1][0] in entity_words("added") else toks[-1][0]
    if len(toks) > 1 and toks[-1][1] == "vn" and toks[-2][1] == "ad" and unbounding(toks[-1][0]) and (
            len(toks) == 2 or toks[-3][1] in ("t", "f", "x") or cue_role(toks[-3][0]) in ("stop", "governing", "light")):
        return toks[-2][0] + toks[-1][0]  # 全省直接融资7990亿元: an adverbial modifier of the verbal noun is part of it
    if toks and (_payment(toks[-1][0]) or (is_verb(toks[-1][1]) and len(toks[-1][0]) > 1 and unbounding(toks[-1][0])
                                            and len(toks) > 1 and is_nominal(toks[-2][1])
                                            and toks[-1][0] not in change_verbs() and toks[-1][0] not in entity_words("added"))):
        # (居民储蓄存款新增6300多亿元: a verb of adding is the predicate, no part of what the money is)
        w = toks[-1][0]
        rest = toks[:-1]
        if rest and is_nominal(rest[-1][1]) and (unbounding(rest[-1][0]) or _payment(rest[-1][0])):
            # (补贴上限为每年200万元: a payment noun before the word naming its bound is part of it)
            if _payment(w) and _recipient(rest):
                return w  # 对直接责任人罚款200元, 为返乡创业人员补贴: whom the payment is imposed on or given to, not what it is
            before = "".join(t for t, _f in rest)
            lead = _count_rest(before, preceding_phrase(before, "money")) or rest[-1][0]
            return lead + w  # 资金补助, 公共服务收入, 旅游收入
        return w if _payment(w) else None
    if len(toks) > 1 and cue_role(toks[-1][0]) == "governing" and is_verb(toks[-1][1]) and any(
            toks[-2][0].endswith(w) for w in entity_words("funds")):
        return preceding_phrase(seg[: seg.rindex(toks[-1][0])], "money")  # 全国财政性教育经费投入3366亿元: the funds put in
    phrase = preceding_phrase(seg, "money")
    if phrase is None and toks and RE_LATIN_TERM.fullmatch(toks[-1][0]):
        phrase = "".join(w for w, _f in toks[-2:]) if len(toks) > 1 and toks[-2][0] == "人均" else toks[-1][0]  # 人均GDP
    if milestone(phrase):  # 余额连跨4个万亿元台阶、双双突破9万亿元: the subject stands before the threshold
        at = seg.rfind(phrase)
        inner = RE_NUMERAL.search(phrase)
        cut = at + inner.start() if inner else at
        m = _RE_LAST_NUMBER.search(seg[:cut])  # (连跨4|个万亿元台阶: the count of thresholds goes too)
        cut = m.start() if m else cut
        return _before_amount(seg[:cut]) if cut > 0 else None
    lead = seg[: seg.rfind(phrase)] if phrase and phrase in seg else ""
    per = _re_per().search(lead)
    if per and any(cue_role(w) in ("governing", "ditransitive") for w, _f in tokens(lead[: per.start()])[-1:]):
        return None  # 给予每个园区2000万元: whom the amount is given per, not what it is (每户贷款额度 is)
    phrase = _count_rest(seg, _range_free(phrase))
    at = seg.rfind(phrase) if phrase else -1
    if at > 0 and len(phrase) > 2 and unit_category(phrase[0]) not in (None, "time") and RE_NUMERAL.match(seg, at - 1):
        phrase = phrase[1:].lstrip("、")  # 5家年产值过亿元, 项目2200个、总投资额: the classifier of a count
        # before is no part of the measure
        if "、" in phrase:
            phrase = phrase.split("、", 1)[1]  # 抽查了516个项目、中央资金553.3亿元: the noun after the count is the count's
    if phrase and len(phrase) > 1:
        ptoks = tokens(phrase)
        if len(ptoks) > 1 and len(ptoks[-1][0]) >= 3 and ptoks[-1][0].endswith("性") and is_noun(ptoks[-2][1]):
            phrase, ptoks = phrase[: -len(ptoks[-1][0])], ptoks[:-1]  # 地区生产总值历史性(迈上): a manner, no part of the measure
        verbs = [k for k, (w, f) in enumerate(ptoks) if 0 < k < len(ptoks) - 1 and f == "v" and len(w) > 1]
        if verbs and seg[: seg.rfind(phrase)].endswith(_beneficiary()) and is_noun(ptoks[verbs[-1] - 1][1]):
            # 为国家挽回经济损失1700多万元: whom it serves, the verb, then what the money is (its object)
            k = verbs[-1] + 1
            phrase, ptoks = "".join(w for w, _f in ptoks[k:]), ptoks[k:]
        if len(ptoks) == 2 and _payment(ptoks[0][0]) and ptoks[0][1].startswith("v") and is_noun(ptoks[1][1]) and not _sum_named(phrase):
            # 一次性奖励孵化器10万元: the payment verb, then whom it is paid to; the amount is the payment
            return ("一次性" if seg[: seg.rfind(phrase)].endswith("一次性") else "") + ptoks[0][0]
    return phrase if phrase and len(phrase) > 1 and any(is_nominal(f) for _w, f in tokens(phrase)) else None


_RE_TO_LEVEL = regex.compile(rf"(?:[到至为]|[由从][^，。；：]{{0,12}})(?:(?:\d{{4}}|[{NUMERAL_CHARS}]{{4}})年(?:底|末)?的?)?"
                          rf"(?:(?:{'|'.join(now_words())})的?)?"  # 提高到现在的1721元: the level now
                          r"(?:每[人户年月])?(?:每[人户年月])?$")  # 提高到每人每年5000元: the level, per person and year


def _paid(phrase: str) -> bool:
    """Does ``phrase`` name a sum paid: a payment word (奖励, 补助), funds (资金, 经费) or a 金 (奖金, 慰问金)?"""
    toks = tokens(phrase)
    return bool(toks) and (_payment(toks[-1][0]) or phrase.endswith(("金", *entity_words("funds"))))


def _sum_named(phrase: str) -> bool:
    """Does ``phrase`` name a sum of money: one paid (:func:`_paid`) or a word a sum's name ends in (``money_end`` of
    entity_words.tsv: 损失, 费用 …; a ``sum`` word; 收入, 支出, 利润 of ``stat_end``)?"""
    return _paid(phrase) or phrase.endswith((*entity_words("money_end"), *entity_words("sum"), "收入", "支出", "利润"))


def _list_label(between: str) -> bool:
    """Is ``between`` (the text between two amounts) a list joiner and the label of the next amount,
    a short noun with no verb (``、省级``, ``，二等奖``), so that the amounts are one labelled list?"""
    per = _RE_PER_END.search(between)
    if per and per.start() > 1 and unit_category(per[1]) not in (None, "time"):
        between = between[: per.start()]  # 禽类每只十元、畜类每头一百元罚款: the label, then the unit it is charged per
    if not between or between[0] not in "、，," or not 2 <= len(between) - 1 <= 4 or not _RE_HAN_RUN.fullmatch(between[1:]):
        return False
    toks = tokens(between[1:])
    return all(f[0] in "nbm" or f == "j" for _w, f in toks) and is_nominal(toks[-1][1]) and not any(
        cue_role(w) for w, _f in toks)


def _names_own(seg: str) -> bool:
    """Does the clause before an amount name a measure of its own (``全省直接融资``), so that it does
    not repeat the measure of the amount before?"""
    if seg.lstrip().startswith(frame_words("compared")):
        return False  # 较“十三五”末的9323.1亿元: the same measure at the base compared with
    return any(is_nominal(f) and len(w) > 1 and cue_role(w) not in BOUNDING for w, f in tokens(strip_tail_text(seg, how_often=False)))


def _next_clause(gap: str) -> bool:
    """Does ``gap`` (the text between two amounts) hold one comma and no stronger break, so that the
    second amount's clause follows the first one's?"""
    return sum(gap.count(c) for c in "，,") == 1 and not any(c in gap for c in "。；;！？!?\n")


@lru_cache(maxsize=1)
def _averaged() -> frozenset[str]:
    """The words that make a change a mean or one per period (平均每年增加, 年均增长): the ``average`` words of change_cues.tsv
    (平均, 年均, 人均), 每 and a ``frequency`` of entity_subject_words.tsv (每年, 每月), and the two in a row (平均每年)."""
    means = {r["word"] for r in load_rows("change_cues.tsv") if r["role"] == "average"}
    periods = {"每" + w for w in subject_word_class("frequency")}
    return frozenset(means | periods | {m + p for m in means for p in periods})


def _compared(seg: str) -> bool:
    """Is ``seg`` (the clause before an amount) only a verb of change, after a comparison or alone
    (``比去年增加``, ``较上年减少``, ``同比增加``, ``增加``), so that the amount changes what the clause
    before measured?"""
    toks = [t for t in tokens(seg.strip()) if (not t[1].startswith("d") or t[0] == "同比") and t[0] not in _averaged()]
    if toks and toks[-1][0] == "了":
        toks = toks[:-1]  # 比1978年增加了9.4元
    if not toks or toks[-1][0] not in change_verbs() or len(toks) > 1 and not toks[0][0].startswith(frame_words("compared")):
        return False
    return not any(is_verb(f) or cue_role(w) in ("governing", "light") for w, f in toks[1:-1])


def _with_modifiers(text: str, s: int, subject: str) -> str:
    """``subject`` with the modifiers the noun-phrase reader stopped at, as the change reader reads the measure before
    the same amount (``违法经营额1万元以上`` → 违法经营额, not 经营额; ``城镇居民人均可支配收入9422元`` → the whole name, as the
    change after it has it; ``实际利用外商直接投资606亿美元``): only when that reading ends with ``subject`` and adds
    nouns, adjectives or verbs inside the name (可支配, 违法), no preposition, 的, pronoun or governing verb."""
    longer, _basis, carried = change_subject(text, s, ())
    if carried or not longer or longer == subject or not longer.endswith(subject):
        return subject
    at = text.rfind(longer, max(0, s - 40), s)
    if at < 0:
        at = _as_written(text, s, longer)
        if at < 0:
            return subject
    if text[:at].endswith(_beneficiary()) and any(f == "v" for _w, f in tokens(longer)):
        return subject  # 为国家挽回经济损失: whom it serves and the verb are no part of the sum
    extra = tokens(longer[: -len(subject)])
    if len(tokens(longer)) != len(extra) + len(tokens(subject)):
        return subject  # (the reading cuts a word of the subject's)
    cut = max((k + 1 for k, (_w, f) in enumerate(extra) if f[:1] in ("r", "t", "m")), default=0)
    if not _re_per().match(extra[cut - 1][0] if cut else "") and all(is_nominal(f) or f[:1] in ("r", "t", "m") for _w, f in extra[:cut]):
        extra = extra[cut:]  # 我国农民人均纯收入, 班彦村2017年人均可支配收入: a pronoun or a time opens the reading, the name
        # after it is whole (the phrase reader stopped at 人均); not after a predicate (负债率不超过百分之七十且净资产) nor
        # the holder a cap is set per (每个项目最高补助: read by _holder_free)
        if extra and extra[0][1][:1] == "d":
            return subject  # (中央财政当年就增加支出: an adverb after the time opens the predicate, no name)
    if not _RE_HAN_RUN.fullmatch("".join(w for w, _f in extra)):
        return subject  # (1．离婚案件: an item number is no modifier)
    if any(f[:1] in ("p", "u", "r", "c", "t", "m") or w == "的" or cue_role(w) in _NOT_MODIFIERS
           or (k == 0 and (cue_role(w) == "light" or f == "v")) or w in frame_words("allocation")
           or (cue_role(w) == "light" and cue_role(extra[k - 1][0]) != "filler") for k, (w, f) in enumerate(extra)):
        return subject  # (a verb opening the reading, 实现利润, 造成直接经济损失, 带动销售额, is the predicate, and so is a light
        # verb after a noun, 中央财政安排扶贫资金; after a modifier, 实际利用, and 可支配 they are a part of the name)
    return "".join(w for w, _f in extra) + subject


def _as_written(text: str, s: int, longer: str) -> int:
    """Where the change reader's measure ``longer`` starts before ``s`` when it dropped a time word written inside it
    (``中央财政全年用于社会保障的资金`` read as 中央财政用于社会保障的资金), or -1."""
    win_start = max(0, s - 40)
    for at in range(s - len(longer), win_start - 1, -1):
        if not text.startswith(longer[:2], at):
            continue
        toks = tokens(text[at:s])
        if "".join(w for w, _f in toks if not time_word(w)) == longer and any(
                time_word(w) for w, _f in toks):
            return at
    return -1


def _list_member(member: str) -> Optional[str]:
    """A member of a list of amounts that one predicate before the first governs (``完成产业类投资553.1亿元、研发投入
    133.5亿元``): the member names a measure, so a verb closing it after nouns is a verbal noun (研发投入, 科技支出), or
    ``None`` when it is no such phrase."""
    toks = tokens(member)
    if len(toks) < 2 or not _RE_HAN_RUN.fullmatch(member) or len(member) > 8:
        return None
    *lead, (w, f) = toks
    if not (is_verb(f) or f == "vn") or len(w) < 2 or cue_role(w) in ("light", "filler", "copula"):
        return None
    return member if all(is_nominal(lf) and not cue_role(lw) for lw, lf in lead) else None


_SUM_VERBS = 2  # the verbs a sum word compounds with: 结算拨付金额
_NOT_SUM_VERBS = ("filler", "light", "copula", "stop", "support", "skip")


def _sum_compound(seg: str, subject: str) -> str:
    """A word that names only a sum (``sum`` of entity_words.tsv: 金额, 总额) with the verbs right before it that
    name what the sum is of (``即时结算拨付金额387.31亿元`` → 结算拨付金额, ``累计发放金额`` → 发放金额, ``涉及金额``):
    the verbs compound with it as 成交额 and 交易额 do. A filler, a light or a support verb (累计, 开展, 实现) is
    the predicate and stays out; ``subject`` stays as it is unless it is a bare sum word closing ``seg``."""
    if subject not in entity_words("sum") or not seg.endswith(subject):
        return subject
    toks = tokens(seg[: -len(subject)])
    got: list[str] = []
    for w, f in reversed(toks):
        if len(got) == _SUM_VERBS or not f.startswith("v") or f == "vn" and got or len(w) < 2 or cue_role(w) in _NOT_SUM_VERBS:
            break
        got.insert(0, w)
    return "".join(got) + subject


@lru_cache(maxsize=1)
def _beneficiary() -> tuple[str, ...]:
    """The words that open whom an action serves (为, 给, 替, 帮助: ``beneficiary`` rows of ``change_cues.tsv``;
    帮助企业挽回损失: whom it helps)."""
    return tuple(r["word"] for r in load_rows("change_cues.tsv") if r["role"] == "beneficiary")


# 单个项目最高补助, 每家企业最多奖励, 单笔贷款: the holder a cap is set per (one project, one loan), then what is paid
@lru_cache(maxsize=1)
def _re_holder_cap() -> regex.Pattern:
    """The holder a cap is set per (``holder`` of entity_subject_words.tsv: 单个, 每家, 每), up to four characters of what
    it is, the cap word, then what is paid."""
    words = sorted(subject_word_class("holder"), key=len, reverse=True)
    return regex.compile(rf"^(?:{'|'.join(map(regex.escape, words))})\p{{Han}}{{0,4}}?(?:最高|最多)(\p{{Han}}{{2,}})$")


@lru_cache(maxsize=1)
def _re_single() -> regex.Pattern:
    """单 and a ``sum_classifier`` of entity_subject_words.tsv (单笔, 单次), then what is paid: ``单笔贷款`` → 贷款."""
    return regex.compile(rf"^单(?:{_alternation('sum_classifier')})(\p{{Han}}{{2,}})$")


def _holder_free(subject: Optional[str]) -> Optional[str]:
    """``subject`` without the holder a cap is set per (``单个项目最高补助`` → 补助, ``单笔贷款`` → 贷款): what is paid,
    named after the cap word (or after 单笔, 单次), is what the money is, when it names a sum or a payment."""
    m = (_re_holder_cap().match(subject) or _re_single().match(subject)) if subject else None
    if m and (_sum_named(m[1]) or is_noun(tokens(m[1])[-1][1])) and not cue_role(tokens(m[1])[0][0]) in BOUNDING:
        return m[1]
    return subject
_NOT_MODIFIERS = ("governing", "stop", "skip", "copula", "ditransitive", "payment")


def _capped(text: str, s: int, prev_end: int, prev_subject: Optional[str]) -> Optional[str]:
    """What an amount that makes a clause of its own (``最高300万元``, ``不超过50万元``) is: the sum paid that the
    clause before it names (``给予一定的财政贴息，最高300万元`` → 财政贴息), or the subject of that clause's amount
    (``补助50万元，最高100万元``). Only across a comma: the cap belongs to the grant stated just before it."""
    cs = clause_start(text, s)
    if cs > 0 and text[cs - 1] in "，," and _RE_BUT.fullmatch(text[clause_start(text, cs - 1): cs]):
        cs = clause_start(text, cs - 1)  # 但是，最高不超过30万元: the concessive stands alone, the grant before it
    if cs == 0 or text[cs - 1] not in "，,":
        return None
    before = clause_start(text, cs - 1)
    if prev_end > before:
        return prev_subject if prev_end <= cs - 1 else None
    phrase = _before_amount(text[before: cs - 1])
    if not phrase or not _paid(phrase):
        return None
    toks = tokens(phrase)
    if len(toks) > 2 and toks[0][1] in ("d", "a", "m") and toks[1][0] == "的":
        return phrase[len(toks[0][0]) + 1:]  # 给予一定的财政贴息: how much is given is no part of what it is
    return phrase


_CAP_WORDS = ("", "最高", "最多", "单笔最高", "每年最高", "累计最高")  # a clause of a cap alone: 最高300万元, 最高不超过533万元
_RE_BUT = regex.compile(r"^但(?:是)?[，,]?")  # 处违法所得三倍以下罚款，但最高不超过二万元: the cap opened by a concessive 但


def _range_free(phrase: Optional[str]) -> Optional[str]:
    """``罚款幅度`` → ``罚款``: the word for the range of an amount (amount role of
    ``entity_cues.tsv``) is not what the money is."""
    if phrase and phrase.endswith("幅度") and len(phrase) > 3:
        return phrase[:-2]
    return phrase






@lru_cache(maxsize=1)
def _exceeds() -> tuple[regex.Pattern, regex.Pattern]:
    """A verb of exceeding ending the words before an amount (``lexicons/exceed_words.tsv``: 超过,
    达到, 逾), and one opening the amount's own span (its ``lead`` rows: 超10亿元)."""
    rows = load_rows("exceed_words.tsv")

    def alt(words) -> str:
        return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return (regex.compile(f"(?:{alt(r['word'] for r in rows)})$"),
            regex.compile(alt(r["word"] for r in rows if r["lead"] == "yes")))


def _date_rest_free(text: str, pos: int, phrase: Optional[str]) -> Optional[str]:
    """``phrase`` (found before ``pos``) without the 年, 月 or 日 of a date it was cut from
    (``1979年农民增加收入`` → 农民增加收入, not ``年农民增加收入``; 年度预算 stays whole)."""
    if not phrase or len(phrase) < 3 or phrase[0] not in "年月日":
        return phrase
    at = text.rfind(phrase, max(0, pos - 200), pos)
    if at > 0 and RE_NUMERAL.match(text[at - 1]) and tokens(phrase)[0][0] == phrase[0]:
        return phrase[1:]
    return phrase


def amount_subjects(text: str, spans: Sequence[tuple[int, int]],
                    of_change: Optional[Callable[[str, int, Sequence[tuple[int, int]]], Optional[str]]] = None,
                    split: Optional[Callable[[str, int], Optional[list[str]]]] = None) -> list[Optional[str]]:
    """``money.subject`` (FACTS.md §2) for each amount of ``spans`` (sorted ``(start, end)`` in
    ``text``): the noun phrase after the amount when it modifies one (``给予200万元、100万元一次性
    补助``: a list shares it), else the subject of the change the amount belongs to
    (``of_change(text, start, spans)``, as for counts), else the phrase before it in its own clause, never
    across a verb (decision 10).

    >>> t = "直接经济损失约46亿元，处1000元以上3万元以下的罚款"
    >>> amount_subjects(t, [(6, 11), (13, 26)])
    ['直接经济损失', '罚款']
    """
    n = len(spans)
    follow: list[Optional[str]] = [None] * n
    relative = [bool(_RE_AFTER_DE.match(text, e)) for _s, e in spans]
    labelled = [False] * n
    for i in range(n - 1, -1, -1):
        s, e = spans[i]
        end = clause_end(text, e)
        between = _RE_ASIDE.sub("", text[e: spans[i + 1][0]]) if i + 1 < n else None
        if between is not None and (between in _LIST_JOINERS[:-1] or _RANGE_GAP.fullmatch(between)) and follow[i + 1]:
            follow[i] = follow[i + 1]  # 200万元、100万元一次性补助: a list (or a range) of amounts of one kind
            relative[i] = relative[i + 1]  # (收入突破1000亿元、500亿元的企业: the list is a relative clause)
            labelled[i] = labelled[i + 1]
            continue
        if between is not None and follow[i + 1] and _list_label(between) and _paid(follow[i + 1]):
            follow[i] = follow[i + 1]  # 国家级500万元、省级100万元、市级50万元的奖励: a list of amounts, each after
            labelled[i] = labelled[i + 1] = True  # its label (a level, a grade), of one kind: the noun after the last
            continue
        follow[i] = None
        if _RE_RECKONED.fullmatch(text, e, end) and text[end: end + 1] in ("，", ",") and (
                i + 1 == n or spans[i + 1][0] > clause_end(text, end + 1)):
            follow[i] = _imposed(text[end + 1: clause_end(text, end + 1)])  # 每人1000元以上5000元以下的标准计算，处以罚款
        follow[i] = follow[i] or _after_amount(text[e: min(end, spans[i + 1][0]) if i + 1 < n else end])
        if milestone(follow[i]):
            follow[i] = None  # 迈上6万亿元台阶: a threshold reached, what reached it stands before
    out: list[Optional[str]] = []
    for i, (s, e) in enumerate(spans):
        prev_end = spans[i - 1][1] if i else 0
        seg = text[max(clause_start(text, s), prev_end): s]
        if follow[i] and seg and (len(follow[i]) == 1 or text.startswith(follow[i], e) and RE_NUMERAL.match(
                text, e + len(follow[i])) and (_exceeds()[0].search(seg) or _exceeds()[1].match(text, s))) and _before_amount(seg):
            follow[i] = None  # 经济总量超200亿元县2个, 收入超50亿元企业6家: a class named by its amount; it measures the noun before
            # (not 新开工亿元以上项目2000个: with no verb of exceeding, the amount qualifies the noun after it)
        if follow[i] and (not relative[i] or labelled[i]):
            out.append(follow[i])  # 一次性补助, 罚款: the amount modifies the noun after it
            continue
        if i and _RE_INCLUDED.search(seg) and out[-1]:
            out.append(out[-1])  # 不低于50万元（含50万元）: the bound repeated
            continue
        bare = _RE_ASIDES.sub("", seg)
        if i and bare in _LIST_JOINERS[:-1]:
            out.append(out[-1] if relative[i] and out[-1] else follow[i] or out[-1])  # 500万元（国家级）、100万元（省级）的支持: one list
            continue
        if seg and _compared(seg):
            if i and out[-1] and _next_clause(text[spans[i - 1][1]: s]):
                out.append(out[-1])  # 资金3917亿元，比去年增加520亿元: the change of the amount before
                continue
            if of_change:  # 利润增长31%，增加4442亿元: the subject of the change, from the clause before
                out.append(money_head(of_change(text, s, spans)))
                continue
        # a level reached (增加到一九八二年的650亿元, 由371亿元) is the measure the change is about, found across
        # clauses; an increment (一九八四年增加255亿元) is no amount of it: its own clause only
        subject = (of_change(text, s, spans if _RE_TO_LEVEL.search(text, max(0, s - 24), s) else ()) if of_change else None) or (
            _before_amount(seg) if seg and not seg.endswith("的") else None)
        if not subject and not follow[i] and seg and not seg.endswith("的"):
            subject = _sum_verb(seg)  # 累计减税5.4万亿元, 中央财政科技投入1163亿元: a verb naming the sum
        if not subject and not follow[i] and i and seg.startswith("、") and prev_end == s - len(seg):
            subject = _list_member(seg[1:])  # 完成产业类投资553.1亿元、研发投入133.5亿元: a member of the predicate's list
        if not subject and not follow[i] and frame_only(seg) and prev_end <= clause_start(text, s):
            # 职工工资总额，计划安排为158亿元: the clause is a frame, the topic is the clause before it
            subject = topic_before(text, clause_start(text, s), "money", prev_end)
        # 年销售收入不超过2000万元的企业: an amount predicated of the noun before it (a relative clause
        # on what follows 的); 给予1亿元的资金扶持: after a verb, the amount describes what follows
        if not (subject or follow[i]) and i and out[-1] and seg and not has_verb(seg) and not _names_own(seg) and (
                clause_start(text, s, SENTENCE_END, window=200) <= spans[i - 1][0]):
            subject = out[-1]  # 不低于50万元，且不超过1000万元: the same measure, its noun elided
        bare_seg = _RE_BUT.sub("", _RE_ASIDES.sub("", seg).strip())
        if not (subject or follow[i]) and bare_seg in _CAP_WORDS:
            subject = _capped(text, s, spans[i - 1][1] if i else 0, out[-1] if i else None)
        elif not follow[i] and _re_per_holder().fullmatch(bare_seg):
            # 给予奖励，每家企业不超过50万元: the cap per holder of the sum paid the clause before names
            subject = _capped(text, s, spans[i - 1][1] if i else 0, out[-1] if i else None) or subject
        if not (subject or follow[i]) and i and out[-1] and text[spans[i - 1][1]: s].lstrip("、，,").rstrip("了") in level_verbs():
            subject = out[-1]  # 首次突破2万元、达到20793元: a level verb right after an amount, the same measure
        if subject and follow[i] and relative[i] and _sum_named(follow[i]) and not _sum_named(subject):
            subject = None  # 造成7名被害人100多万元的经济损失, 可处25万元以下的罚款: before 的 a sum of money is named, before
            # the amount only who bears it or the verb (年销售收入不超过2000万元的企业 keeps the sum before)
        subject = money_head(_date_rest_free(text, s, subject))
        if subject and seg and not seg.endswith("的"):
            subject = inner_time_free(_with_modifiers(text, s, subject))
            subject = _sum_compound(seg, subject)
        out.append(_holder_free(_per_unit_free(_last_alternative(subject))) or follow[i])
    if split:
        _distribute(text, spans, out, follow, split)
    return out


def _distribute(text: str, spans: Sequence[tuple[int, int]], out: list, follow: Sequence[Optional[str]],
                split: Callable[[str, int], Optional[list[str]]]) -> None:
    """``科技、教育和卫生支出分别为774亿元、536亿元和138亿元``: the amounts of a ``分别`` list, none
    naming a noun after it, are each what one member of the list subject before ``分别`` is, in
    their order (``split(clause, n)`` gives the members, as for counts and changes)."""
    n, i = len(spans), 0
    while i < n:
        j = i
        while j + 1 < n and _RE_ASIDES.sub("", text[spans[j][1]: spans[j + 1][0]]) in LIST_GAPS:
            j += 1
        chain = range(i, j + 1)
        i = j + 1
        if len(chain) < 2 or any(follow[c] for c in chain):
            continue
        first = spans[chain[0]][0]
        cs = clause_start(text, first)
        k = text.rfind("分别", cs, first)
        if k < 0 or RE_DIGIT.search(text, cs, k):
            continue  # (一般公共预算收入和税收收入: a numeral character inside a word is no number)
        parts = split(text[cs:k], len(chain))
        for c, part in zip(chain, parts or ()):
            out[c] = part
