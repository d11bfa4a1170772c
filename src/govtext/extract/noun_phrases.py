"""Noun-phrase boundaries: the phrase right after a count and the one that ends the clause before it.

:func:`following_phrase` reads the noun phrase that opens the text after a number (``606个基层党组织``
→ ``基层党组织``), ending it at a 的 or 等 after its noun, at a second object, at the predicate;
:func:`preceding_phrase` reads the counted thing or activity that ends the clause before a number
(``印发学习资料4万套`` → ``学习资料``, ``集中学习2266次`` → ``集中学习``). Both read the tagged words and
cue roles of :mod:`govtext.extract.entity_cues`; :mod:`govtext.extract.entities` and
:mod:`govtext.extract.money_subjects` decide which one a count or an amount takes.

>>> following_phrase("基层党组织、14169名党员", "count")
'基层党组织'
>>> preceding_phrase("全区共印发学习资料", "count"), preceding_phrase("；集中学习", "events")
('学习资料', '集中学习')
"""
from __future__ import annotations

import itertools
from functools import lru_cache
from typing import Optional, Sequence

import regex

from govtext.extract.entity_cues import (
    ACTIVITY, BOUNDING, CLAUSE_END, JOINERS, KEEP_PUNCT, MEASURES, PROPER, RE_DIGIT, RE_HAN, RE_NUMERAL, RESULTATIVE, Tok,
    change_verbs, clean_phrase, cue_role, cue_rows, entity_words, exceeds_relative, frame_words, is_nominal, is_noun,
    is_verb, level_verbs, measured, pos_cut, role_words, strength_words, strip_tail, strip_tail_text, time_word, tokens, unbounding)
from govtext.extract.subject_words import bases
from govtext.text.patterns import NUMERAL_CHARS, ONES, ZERO_VARIANTS
from govtext.values.quantities import unit_category

__all__ = ["LIST_GAPS", "amount_free", "clause_end", "clause_start", "following_phrase", "frame_only", "new_things", "people_ends", "preceding_phrase",
           "topic_before"]

_WINDOW = 40

_RE_AMOUNT_LABEL = regex.compile(
    rf"^(?:(?:超过|过|超|逾)?[\d{NUMERAL_CHARS}.]+[万亿]*元|(?:超过|过|超|逾)[\d{NUMERAL_CHARS}.]+亿)(?:以上)?(?=\p{{Han}})(?![以的及和或与、])")
# (4个过千亿新兴产业: without 元, an amount in 亿 after a verb of exceeding labels the things counted too)
_RE_YEAR = regex.compile(rf"[{ZERO_VARIANTS}{ONES}]{{4}}年")
_RE_GLOSSED = regex.compile(r"^(“[^“”]{1,12}”)[（(][^（）()]{2,40}[）)](?=\p{Han})")


def following_phrase(seg: str, category: str, cut_by_number: bool = False, after: str = "",
                     clause: Optional[str] = None) -> Optional[str]:
    """The noun phrase that opens ``seg`` (the text right after a quantity), or ``None``.

    The phrase ends at a 的 or 等 after its noun (``5个方面的专项整治`` → 方面, ``60万吨赖氨酸等项目``
    → 赖氨酸) and where a proper name starts a second phrase (``37项成果国家自然科学奖`` → 成果). A
    phrase opened by a verb is a relative clause whose head follows its 的 (``500名身着制服的
    消防员`` → 消防员), the state of the people counted (``365人死亡`` → 死亡), or no entity.

    ``after`` is the clause before the count. When a verb there takes the count as its object, a
    verb after the noun belongs to the compound (``推出259项制度创新成果`` → 制度创新成果), where after a
    count opening its clause it is the predicate (``4个单位获得表彰``); after a double-object verb
    the phrase is the first object only (``授予…等37项成果国家自然科学奖`` → 成果). ``clause`` is the
    whole clause before the count when earlier counts stand in it (``总结了16个环节45个…场景``: the
    verb before the first count governs both); it defaults to ``after``."""
    if seg[:1] == "“":
        seg = _RE_GLOSSED.sub(r"\1", seg, count=1)  # 410个“两基”（基本普及…）攻坚县: the gloss of the quoted term goes
    sized = exceeds_relative().match(seg) if "的" in seg else None  # (the relative clause ends in 的)
    if sized and RE_NUMERAL.search(sized[1]):
        # 5家年产值过亿元的供应商, 20个面积超过1000平方米的服务中心: a measure that exceeds an amount
        # sizes the things counted in a relative clause; they are the head after its 的
        head = following_phrase(seg[sized.end():], category, cut_by_number, after, clause)
        if head:
            return head
    label = _RE_AMOUNT_LABEL.match(seg)
    if label:  # 3个过三千亿元城市: the things counted are named by an amount, which is part of their name
        head = following_phrase(seg[label.end():], category, cut_by_number, after, clause)
        return label[0] + head if head else None
    toks = tokens(seg)
    if not toks or (toks[0][1] == "x" and toks[0][0] not in "（") or toks[0][0] in entity_words("conjunction") or (
            toks[0][0] in _JOINER_WORDS):
        return None  # (助餐点3897个并有序开放: a predicate follows, the noun stood before; 坝高15米以上或者库容…: 或者
        # opens another condition)
    if toks[0][0] == "（" and cut_by_number:
        return None  # 本土病例1211例（吉林1058例…）: a bracket of counts breaks the count down
    if toks[0][0] in frame_words("after_count") and toks[0][1].startswith("u"):
        toks = [(toks[0][0], "n"), *toks[1:]]  # 十一个地市, 50多亩地: right after a count 地 is land, never the adverbial particle
    if (category in ACTIVITY and is_verb(toks[0][1]) and len(toks[0][0]) > 1 and len(toks) == 1
            and not cue_role(toks[0][0]) and bases().get(toks[0][0], ("",))[0] != "close"):
        return toks[0][0]  # 三次会晤, 遭到两次轰炸: an action closing the clause right after its count is the activity
        # counted; a word closing a comparison is none (与过去那两次相比: change_bases.tsv role close)
    if (category in ACTIVITY and is_verb(toks[0][1]) and len(toks[0][0]) > 1 and len(toks) > 2 and toks[1][0] == "的"
            and not cue_role(toks[0][0]) and bases().get(toks[0][0], ("",))[0] != "close"):
        return toks[0][0]  # 实行三次审议的地方性法规案, 两次择伐的间隔期: a verb closed by 的 right after a count of times
        # is the action counted; the noun after 的 is what the action is done to, it happens no number of times
    if category not in ACTIVITY and category != "people" and toks[0][1] == "p" and toks[0][0] not in frame_words("after_count") and (
            len(toks) > 2):
        # 100个在…领域单项应用取得突出成效的典型项目: a relative clause opened by a preposition; the head follows its 的
        # (not people: 300多人在广场上观看的演出, the people are the subject of the clause; not 被: 一百个以上被征收人
        # is a noun, 被 its prefix)
        stop = next((i for i, c in enumerate(seg) if c in CLAUSE_END), len(seg))
        de = seg.find("的", 0, stop)
        if de > 0 and any(is_verb(f) for _w, f in tokens(seg[:de])[1:]):
            head = following_phrase(seg[de + 1:], category)
            if head:
                return head
    if category not in ACTIVITY and "的" in seg:
        head = _after_adjective_relative(seg, category)
        if head:
            return head  # 10家建设水平突出、发展成效明显的数字产业园区: the head after a relative clause of qualities
    first = cue_rows().get(toks[0][0])
    if category in ACTIVITY and first and first["role"] == "light":
        toks = toks[1:]  # 2次召开会议: the activity is the object
    elif category == "people" and first and first.get("after_noun") == "object":
        toks = toks[1:]  # 有8人给予党政纪处分: what the people received
    elif first and first.get("after_noun") == "noun":
        toks = [(toks[0][0], "n"), *toks[1:]]  # 这两个组织: right after a classifier, a noun
    if not toks:
        return None
    if category == "people" and (toks[0][1] == "a" or cue_role(toks[0][0]) == "state") and len(toks[0][0]) > 1 and (
            len(toks) == 1 or toks[1][1] in ("x", "m") or _state_closed(toks)):
        return toks[0][0]  # 4026人重伤，: the people's state (三人以上重伤的森林火灾, 一人以上死亡或者…: 的 or a joiner closes it)
    after_toks = tokens(after) if after else []
    if category == "people" and after_toks and after_toks[-1][1].startswith("p") and is_verb(toks[0][1]) and (
            len(toks) == 1 or toks[1][1] == "x"):
        return None  # 代表团由286人组成: the people are the preposition's object, the verb is the clause's
    if _adverb_modifier(toks, after_toks, category):
        toks = [(toks[0][0], "b"), *toks[1:]]  # 推出近700个终身学习项目: in an object, a modifier of the noun
    if category not in ACTIVITY and toks[0][1] == "vn" and (head := _verbal_noun_relative(seg, category)):
        return head  # 两个以上经营快递业务的企业: a verbal noun opening a clause with its object
        # and a verb, closed by 的, is a relative clause; the head follows (not 3项改革任务的…: a compound, no verb)
    if category not in ACTIVITY and (is_verb(toks[0][1]) or cue_role(toks[0][0]) == "copula"):
        return _verb_opening(seg, toks, category, cut_by_number,
                             object_of=_object_of(tokens(clause) if clause else after_toks), after=after)
    clause_toks = tokens(clause) if clause else after_toks
    got = _phrase(toks, category, cut_by_number, noun_first=bool(first and first.get("after_noun") == "noun"),
                  object_of=_object_of(clause_toks)
                  or bool(after_toks and after_toks[-1][1] == "vn"),  # 共遴选出38个…: a verbal noun before the count
                  first_object=any(cue_role(w) == "ditransitive" for w, _f in after_toks), led=_led(clause_toks))
    if got and after_toks and after_toks[-1][1] == "p" and seg.startswith(got):
        got_toks = tokens(got)
        if len(got_toks) > 1 and got_toks[-1][1] == "vn" and is_noun(got_toks[-2][1]) and seg[len(got):len(got) + 1] not in (
                "", *CLAUSE_END):
            got = got[: -len(got_toks[-1][0])]  # 在16家医疗机构设置老年友善门诊: the count is a preposition's
            # object; the verb after its noun is the clause's predicate
    rest = seg[len(got):].lstrip(_BEFORE_NUMBER) if got and seg.startswith(got) else None
    if rest is not None and (cut_by_number and not rest.strip() or RE_NUMERAL.match(rest)):
        got_toks = tokens(got)
        if len(got_toks) > 1 and (is_verb(got_toks[-1][1]) or got_toks[-1][1] == "vn") and len(got_toks[-1][0]) > 1 and is_noun(
                got_toks[-2][1]):
            got = got[: -len(got_toks[-1][0])]  # 7个方面设计3级指标体系: a verb right before the next number takes
            # that count as its object; it is no part of the noun before it
    return got


def _state_closed(toks: Sequence[Tok]) -> bool:
    """Is the state word (``state`` of entity_cues.tsv) opening ``toks`` after a count of people closed by 或者/或/和
    (``一人以上死亡或者三人以上重伤``) or by a 的 whose head names no people (``三人以上重伤的森林火灾``: a fire is no
    person; not ``10名受伤的群众``, the people themselves)?"""
    if cue_role(toks[0][0]) != "state":
        return False
    rest = toks[1:]
    if rest[0][0] in ("或者", "或", "和", "及"):
        return True
    if rest[0][0] != "的":
        return False
    if len(rest) == 1 or rest[1][1] == "x":
        return True  # 造成3人死亡的，: the clause ends on the state
    head = list(itertools.takewhile(lambda t: is_nominal(t[1]) and t[1] != "x-q" or t[1] in ("a", "b"), rest[1:]))
    return bool(head) and is_nominal(head[-1][1]) and not people_word(head[-1]) and (
        head[-1][1] not in PROPER)




_BEFORE_NUMBER = "约近超逾共达"
_PERIOD_ENDS = ("期", "年度")  # 周期, 采暖期, 年度: periods a localizer after makes a time frame (周期内)  # words between a verb and the number it governs (设计约3级)


_RELATIVE_SPAN = 16  # the longest relative clause of qualities read between a count and its head


def _after_adjective_relative(seg: str, category: str) -> Optional[str]:
    """The head after a relative clause that opens the phrase after a count and says what the things counted are
    like: nouns and the adjective predicated of them, up to 的 (``产业基础好的县`` → 县, ``建设水平突出、发展成效明显的
    数字产业园区`` → 数字产业园区); else ``None``. A noun right before 的 is an attribute, no clause
    (``5个方面的专项整治`` keeps 方面)."""
    stop = next((i for i, c in enumerate(seg) if c in CLAUSE_END), len(seg))
    de = seg.find("的", 0, stop)
    if not 1 < de <= _RELATIVE_SPAN or RE_NUMERAL.search(seg, 0, de):
        return None
    toks = tokens(seg[:de])
    if not toks or toks[-1][1] != "a" or not _quality_clauses(toks):
        return None
    head = following_phrase(seg[de + 1:], category)
    return head if head and is_noun(tokens(head)[-1][1]) else None


def _quality_clauses(toks: Sequence[Tok]) -> bool:
    """Are ``toks`` one or more clauses joined by 、, each nouns (or verbal nouns) and then one or two adjectives or one
    verb predicated of them (``产业基础好``, ``建设水平突出、发展成效明显``)? Not with an adverb, a preposition or a
    conjunction (``穆巴拉克暂时软禁在安保严密``, ``行政区域或位置重要``: the clause is longer than a quality)."""
    k = 0
    while k < len(toks):
        nouns = 0
        while k < len(toks) and (is_noun(toks[k][1]) or toks[k][1] == "vn"):
            nouns, k = nouns + 1, k + 1
        preds = 0
        while k < len(toks) and (toks[k][1] == "a" or is_verb(toks[k][1]) and preds == 0) and preds < 2:
            preds, k = preds + 1, k + 1
        if not nouns or not preds:
            return False
        if k < len(toks):
            if toks[k][0] != "、":
                return False
            k += 1
    return True


def _verbs_to_facility(toks: Sequence[Tok]) -> Optional[int]:
    """The index of the project word (``facility`` of ``entity_cues.tsv``) closing a phrase that verbs of two
    characters or more open and lead to (``调整改造项目``, ``改扩建工程``; none of change or level), or ``None``: the
    phrase ends there (5个调整改造项目正在实施)."""
    j = 0
    while j < len(toks) and (is_verb(toks[j][1]) or toks[j][1] == "vn") and len(toks[j][0]) > 1 and (
            toks[j][0] not in change_verbs() and toks[j][0] not in level_verbs()):
        j += 1
    return j if 2 <= j < len(toks) and cue_role(toks[j][0]) == "facility" else None


def _adverb_modifier(toks: Sequence[Tok], after_toks: Sequence[Tok], category: str = "") -> bool:
    """Is the word opening the phrase after a count, tagged as an adverb, a modifier of the noun it
    opens (``终身学习项目``, ``长期护理机构``)? Yes when a noun follows it (``高速服务区``; not after a count of
    people); else only where the count
    is a verb's object (the clause before ends with a verb, a qualifier between), the word is no aspect or cue
    word, and a verb or verbal noun leads on to a noun before the clause ends."""
    if (len(toks) < 3 or toks[0][1] != "d" or len(toks[0][0]) < 2 or toks[0][0] in entity_words("aspect")
            or cue_role(toks[0][0])):
        return False
    if is_noun(toks[1][1]) and toks[1][1] not in PROPER and category != "people":
        return True  # 新开通28个高速服务区出入口: an adverb reading right after a count and before a noun modifies it
        # (not people: 向三十人以上特定对象借款, the tagger's nouns run on into the predicate)
    before = [t for t in after_toks if t[1] not in ("t", "d", "m", "f") and t[0] not in "约近超逾"]
    if not before or not (is_verb(before[-1][1]) or cue_role(before[-1][0]) in ("governing", "light")):
        return False
    if not toks[1][1].startswith("v"):
        return False
    for _w, f in toks[2:]:
        if f == "x" or f.startswith(("d", "p", "u")):
            return False
        if is_noun(f):
            return True
    return False


_RE_COUNT_WORD = regex.compile(rf"^(?:数|几)?[\d{NUMERAL_CHARS}.]+(?:多|余)?\p{{Han}}?$")


def _counted(word: str, after: Sequence[Tok]) -> bool:
    """Is ``word`` (tagged as a numeral) a count with its classifier (数百名, 3个), or a number a
    classifier follows, so that it opens a counted phrase of its own?"""
    if not _RE_COUNT_WORD.match(word) or not RE_NUMERAL.search(word):
        return False
    last = word[-1]
    return unit_category(last) is not None and not RE_NUMERAL.match(last) or bool(
        after and unit_category(after[0][0]) is not None)


def _object_of(clause_toks: Sequence[Tok]) -> bool:
    """Does a verb of the clause before a count take it as its object? Not when the verb nearest the
    count is one of existence (``攻坚县已有317个县实现目标``: what is counted is the subject of what follows)."""
    verbs = [w for w, f in clause_toks if (is_verb(f) and f != "vg") or cue_role(w) in ("governing", "light", "ditransitive")]
    return bool(verbs) and verbs[-1] not in entity_words("existential")


_VERBALIZER = "化"  # the suffix making a state into a change (公交化, 智能化, 数字化)


def _phrase(toks: Sequence[Tok], category: str, cut_by_number: bool, noun_first: bool = False,
            object_of: bool = False, first_object: bool = False, list_cut_only: bool = False, led: bool = False) -> Optional[str]:
    """The noun phrase read from ``toks`` (``noun_first``: its first word is a noun, not a cue;
    ``object_of``: the count is a verb's object; ``first_object``: of a double-object verb; ``led``: a word
    of content stands before the count in its clause (:func:`_led`);
    ``list_cut_only``: the count is a verb's object for :func:`_first_member` only, a phrase opened by a verb)."""
    got: list[Tok] = []
    seen_noun = False
    compound_verb = False
    close_at: Optional[int] = None  # the head of a compound a verb inside it leads to (:func:`_leads_to_head`)
    stop = len(toks)
    for i, (w, f) in enumerate(toks):
        stop = i
        if close_at is not None:
            if i > close_at:
                break
            got.append((w, "vn" if is_verb(f) else f))  # inside the compound, to its head
            continue
        if i == 0 and noun_first:
            got.append((w, "n"))
            seen_noun = True
            continue
        nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
        nxt_f = toks[i + 1][1] if i + 1 < len(toks) else ""
        role, row = cue_role(w), cue_rows().get(w)
        if i == 0 and role == "stop" and w != "等" and is_nominal(f) and is_nominal(nxt_f):
            role, row = None, None  # 397名全国模范退役军人: a scope word right after a count modifies the noun
        if seen_noun and w == "、" and (is_verb(nxt_f) or nxt_f == "vn") and (
                nxt in level_verbs() or i + 2 < len(toks) and toks[i + 2][1] in ("ul", "uz", "ug")):
            break  # 加装了5部电梯、优化了社区食堂, 两个台阶、突破…: the next member is a predicate of its own
        if seen_noun and f == "vn" and is_verb(nxt_f) and not (object_of and _compound_verb(toks, i + 1, True)):
            break  # 53万名适龄妇女免费提供: a verbal noun before a verb is an adverbial (新建12个城乡融合示范社区:
            # in an object running to its end, a verbal noun inside the compound)
        if seen_noun and f == "vn" and (nxt_f in ("ul", "uz", "ug") or nxt in _BECOME) and is_noun(got[-1][1]):
            break  # 168家门店设置了…, 5家高新区升级为…: a verbal noun before an aspect particle or 为 (become)
            # is the predicate (not …圆梦行动在杭州举行: before 在 it stays)
        if seen_noun and (w in LIST_GAPS or f == "c") and nxt_f == "m" and (
                _counted(nxt, toks[i + 2:i + 3]) or nxt in entity_words("indefinite")):
            break  # 294支参赛队伍以及数百名院校领导: the next member has a count of its own
        if seen_noun and w == "的" and (measured("".join(g for g, _f in got)) or got[0][1] == "q" and got[0][0] == "级"):
            got, seen_noun = [], False  # 11个百亿级投资规模的煤化工项目: a size or a grade before 的 describes the head
            continue
        if f == "m" and RE_DIGIT.search(w) and nxt == "强":
            got.append((w + nxt, "n"))  # 200家世界500强企业: a ranking inside the name
            continue
        if w == "强" and got and got[-1][0].endswith("强"):
            continue
        if f == "m" and w.isdigit() and len(w) == 1 and nxt_f == "eng" and nxt[:1].isupper() and len(nxt) <= 2 and i + 2 < len(toks) and (
                is_nominal(toks[i + 2][1])):
            got.append((w + nxt, "n"))  # 45台5G高清网络摄像机, 38家国家级5G工厂: a digit and a capital inside a term (5G, 4K)
            continue
        if f == "eng" and got and got[-1][0].endswith(w) and got[-1][0][:-len(w)].isdigit():
            continue
        if seen_noun and w == "、" and any(g == "m" and RE_DIGIT.search(v) for v, g in itertools.takewhile(
                lambda t: t[1] != "x", toks[i + 1:])):
            break  # 抽查了516个项目、中央资金553.3亿元: the next member has a number of its own
        if seen_noun and ((w == "等" and category in MEASURES) or (w == "的" and all(
                _plain_noun(g) or (g[1] == "a" and k + 2 < len(got) and is_noun(got[k + 1][1]))
                or (g[1] == "an" and k and is_noun(got[k - 1][1])) for k, g in enumerate(got)))):
            break  # 11项条款的“莫斯科原则”, 60万吨赖氨酸等项目, 两类不同性质矛盾的教导 (an adjective before two nouns
            # inside; not 两类不同性质的矛盾, an attribute): the phrase counted ends here
        if seen_noun and len(w) == 1 and w in frame_words("locative") and is_noun(got[-1][1]) and category not in MEASURES:
            break  # 三个记分周期内没有…: a localizer the tagger reads as a noun closes the phrase, framing it (a measure
            # keeps it: 五米范围内 bounds a zone, read by entities._zone)
        if seen_noun and (f == "ns" or f == "nz" and len(w) > 3) and got and got[-1][1] not in (*PROPER, "x-q") and is_noun(got[-1][1]) and (
                w not in frame_words("place")):
            break  # 37项成果国家自然科学奖二等奖: a name opens the second object
        if first_object and seen_noun and is_noun(got[-1][1]) and f not in ("x",) and w not in JOINERS + "（）":
            break  # 授予…4项成果国家技术发明奖: the second object (the prize) follows the first
        if f == "x-q" and seen_noun and category not in ("people", *ACTIVITY) and not first_object and close_at is None and (
                head_at := _leads_to_head(toks, i, got, object_of, led)) is not None:
            got.append((w, f))
            close_at = head_at  # 新增8个国家公共数据“跑起来”示范场景: a quoted name inside a compound whose head follows
            continue
        if f == "x-q" and seen_noun and got[-1][0] not in JOINERS and any(g[1].startswith(("n", "j", "l")) for g in got):
            break  # 河道“河长”: a quoted complement (not 13辆免费“爱心大巴”: after a modifier, the quoted head)
        if f == "x":
            if w in KEEP_PUNCT:
                got.append((w, f))
                continue
            break
        if seen_noun and role == "predicate":
            break  # 19个项目落地…, 170家融资平台有序退出: the predicate the tagger read as a noun
        if seen_noun and len(w) > 2 and w[-1] == _VERBALIZER and is_noun(got[-1][1]) and (not nxt_f or is_verb(nxt_f) and not (
                i + 2 < len(toks) and is_nominal(toks[i + 2][1]))):
            break  # 100条客运班线公交化改造, 200家企业智能化改造: an -化 word after the noun counted and before
            # the verb ending the phrase names the change made to it (not 3个标准化考场, 80项煤矿智能化建设典型案例:
            # before the noun it modifies)
        if f == "f" and len(w) > 1 and is_noun(nxt_f) and w not in frame_words("locative"):
            got.append((w, "s"))  # 326项两岸共通标准: a place word inside the compound
            continue
        if seen_noun and row and row.get("after_noun") == "noun" and (nxt == "等" or cue_role(nxt) not in ("skip", "stop")):
            got.append((w, "n"))
            continue
        if (seen_noun or i == 0) and role in ("governing", "light") and f == "vn" and is_nominal(nxt_f) and (
                nxt_f != "vn" or i == 0 and category in ACTIVITY):
            got.append((w, f))  # 煤矿智能化建设典型案例, 成立了10个研究中心, 开展3次培训活动: a verbal noun inside the compound
            continue
        if (seen_noun or i == 0) and category != "people" and (is_verb(f) or f == "vn") and len(w) > 1 and cue_role(nxt) == "facility" and (
                i + 2 >= len(toks) or toks[i + 2][1] == "x" or toks[i + 2][0] == "的") and (
                w not in change_verbs() and w not in level_verbs()):
            got.append((w, "vn"))  # 15个社区建设项目: a verb before a project word closing the phrase is inside
            continue  # the compound, also opening it (电力工业部有101个建设项目) (not 5家企业提升能力: a verb of
            # change is the predicate; not 1万名老年人白内障复明工程: people counted are no project)
        if role == "skip" and not got and is_nominal(nxt_f):
            continue  # 11万余名各族青少年, 5次各类座谈会: a determiner opening the phrase goes, the phrase goes on
        if i == 0 and category != "people" and f == "vn" and len(w) > 1 and (head_at := _verbs_to_facility(toks)) is not None:
            got.append((w, f))
            close_at = head_at  # 197个调整改造项目: verbs opening the phrase up to a project word closing it are inside it
            continue
        if f == "m" and len(w) > 1 and not RE_NUMERAL.search(w) and w not in entity_words("indefinite") and (
                not nxt_f or nxt_f == "x" or nxt in JOINERS):
            got.append((w, "n"))  # 26个大项、302个小项: a word without a numeral the tagger read as one is a noun
            seen_noun = True
            continue
        if seen_noun and role == "stop" and is_nominal(f) and is_noun(got[-1][1]) and cue_role(nxt) == "facility":
            got.append((w, "n"))  # 43项…国家标准计划项目: a stop word read as a noun between a noun and a project
            continue  # word is a noun inside the compound (计划项目), not the phrase's end
        if role in BOUNDING and w != "等" and not (category in ACTIVITY and seen_noun and role == "governing"):
            break
        if is_verb(f):
            if seen_noun and w in entity_words("bound") and _noun_run(toks[i + 1:]):
                got.append((w, "b"))  # 项目预申报书, 政府可调度煤炭储备能力: a prefix the tagger split off opens the next noun
                continue
            if seen_noun and nxt and nxt in "和及、等或":
                got.append((w, "n"))  # 经济组织和社会组织: a noun the tagger read as a verb
                continue
            if seen_noun and got[-1][0] in ("和", "及", "或") and len(w) > 1 and is_noun(nxt_f):
                got.append((w, f))  # 退役士兵和退出消防员: a verb modifying the next member
                continue
            if (seen_noun and len(w) > 1 and unbounding(w) and not first_object and category != "people"
                    and not compound_verb and _compound_verb(toks, i, object_of, got)):
                got.append((w, f))  # 推出259项制度创新成果, 26条国内集结线路更…: a verb inside the compound
                compound_verb = not object_of
                continue
            if seen_noun and category == "people" and len(w) > 1 and nxt in entity_words("role_head") and (
                    i + 2 == len(toks) or toks[i + 2][1] == "x" or toks[i + 2][0] in JOINERS):
                got.append((w, "vn"))  # ３名单数承办人员: a verb before a bound noun for people names their role
                continue
            if seen_noun and category not in ("people", *ACTIVITY) and not first_object and close_at is None and (
                    head_at := _leads_to_head(toks, i, got, object_of, led)) is not None:
                got.append((w, "vn"))
                close_at = head_at  # 2项制度创新成果入选…, 5家金融租赁管理型项目公司: a verb leading through
                continue  # nouns to the head of a compound is inside it (not 3家企业获得示范企业称号: after a head)
            if seen_noun and not (category in ACTIVITY and role != "light" and (
                    not is_noun(got[0][1]) or _compound_verb(toks, i, True))):
                break  # (480多趟列车建立起…: a counted vehicle or event noun ends before the predicate)
            got.append((w, f))
            continue
        if seen_noun and w in entity_words("conjunction") and (f == "c" or len(w) == 1):
            break  # 建成老年助餐点3897个并有序开放: a conjunction of predicates ends the phrase
        if seen_noun and f == "b" and is_verb(nxt_f) and got[-1][1].startswith("n"):
            break  # 6740家市场主体在线签发…: after a noun, a distinguishing word before a verb is the predicate's
            # adverbial (not 120趟旅游专列带动…, where it is the head)
        if f == "k" and got and got[-1][1] in ("a", "b", "n") and (is_nominal(nxt_f) or not nxt_f):
            got.append((w, "b"))  # 紧密型县域医共体: a suffix making the word before a distinguishing word (型, 性, 式)
            continue
        if f == "h" and is_nominal(nxt_f):
            got.append((w, "b"))  # 非|遗: a prefix opens the next noun
            continue
        if seen_noun and f == "i" and len(w) > 3 and is_noun(got[-1][1]) and (not nxt or nxt_f == "x"):
            break  # 两个大国和睦相处: an idiom after the noun, ending the clause, is its predicate
        if f == "t" and got and not time_word(w) and (is_nominal(nxt_f) or nxt in JOINERS and i + 2 < len(toks) and is_noun(toks[i + 2][1])):
            got.append((w, "n"))  # 外国元首和政府首脑, 特色老年消费活动品牌: a noun the tagger read as a time
            continue
        if f.startswith("r") and w in entity_words("other") and is_nominal(nxt_f) and not seen_noun:
            got.append((w, "b"))  # 两个以上的其他国有投资主体: the rest of the things, inside the phrase
            continue
        if f.startswith(("n", "vn", "j", "zg", "i", "b", "s", "q", "c", "x-q", "l", "an")) or f in ("a", "uj") or w in ("等", "不") or (
                f == "t" and not got and nxt_f.startswith("n") and not RE_DIGIT.search(w)):  # 现代煤化工项目 (not 项目正在…)
            got.append((w, f))
            seen_noun = seen_noun or is_nominal(f)
            continue
        if f == "f" and w in ("以上", "以下") and seen_noun and is_noun(nxt_f):
            got.append((w, f))  # 2.9万个县处级以上领导班子
            continue
        if f == "m" and not RE_DIGIT.search(w):
            got.append((w, f))
            continue
        if f == "eng" and seen_noun and is_noun(got[-1][1]) and got[-1][1] not in PROPER and w.isascii() and w.isalpha() and (
                not nxt_f or nxt_f == "x" or is_nominal(nxt_f)):
            got.append((w, "n"))  # 三类工业APP, 5个智能终端SDK: a Latin word right after a noun closes the compound
            continue
        break
    else:
        stop = len(toks)
    if (object_of or list_cut_only) and not first_object and stop < len(toks) and (
            is_verb(toks[stop][1]) or toks[stop][1] == "vn") and not (
            category in MEASURES and category != "power" and any(cue_role(w) == "facility" for w, _f in got[1:])):  # (the facility rule below)
        got = _first_member(got)
    if cut_by_number and not (stop < len(toks) and toks[stop][0] == "的" and any(w in LIST_GAPS for w, _f in got)):
        # 三个环节的32个问题: what follows the last joiner belongs to the next number (not 60个国家和地区的189部影片:
        # a list closed by 的 before the next count is one attribute of its noun, all the first count's)
        depth = [sum((w == "（") - (w == "）") for w, _f in got[: k + 1]) for k in range(len(got))]
        joins = [i for i, (w, _f) in enumerate(got) if (w in JOINERS or w in _JOINER_WORDS) and not depth[i] and (
            i or w != "的" or category not in ("count", "groups"))]
        # (省（区、市）; 两个以上的国有企业或者两个以上的…: a 的 right after a count of things joins nothing, 或者 joins
        # the members; after a count of people, 超过100人的企业达到15%, or a measure, 射程为300千米的弹道导弹, the noun
        # after 的 is what the people or the measure size)
        # 两个阶级、社会主义和资本主义两条道路: without a 的, members in parallel; what follows the first
        # 、 modifies the next count (not 533个图书馆、文化馆和4万个…: a list closed by a joiner right
        # before the next count is all the first count's)
        last = joins[-1] if joins and (got[joins[-1]][0] == "的" or joins[-1] == len(got) - 1 or "、" not in (
            got[i][0] for i in joins)) else next((i for i in joins if got[i][0] == "、"), None)
        if last is not None:
            got = got[:last]
    while got and not is_nominal(got[-1][1]) and not (got[-1][0] == "）" and any(w == "（" for w, _f in got)):
        got.pop()
    if not any(is_nominal(f) for _w, f in got):
        return None
    if category in MEASURES and category != "power" and any(cue_role(w) == "facility" for w, _f in got[1:]):
        # 120万吨乙烯转型升级项目, 2万吨高质碳酸锂项目: a measure of a substance in a facility's name measures the
        # substance: the nouns before the facility word, or only the first when a verb describes the facility
        # (转型升级); a power measures the plant itself (35万千瓦光热发电项目)
        facility = next(i for i, (w, _f) in enumerate(got) if i and cue_role(w) == "facility")
        cut = got[:facility]
        place = next((i for i, (w, _f) in enumerate(cut) if i and w in frame_words("locative")), None)
        if place is not None:
            cut = cut[:place]  # 八十米范围内广告标牌设施: a localizer closes the phrase measured (范围)
        if not cut or not all(is_noun(f) for _w, f in cut):
            cut = got[: next(i for i, (_w, f) in enumerate(got) if f.startswith("n")) + 1]
        got = cut
    return _without_governing_tail(clean_phrase([w for w, _f in got]))


def _without_governing_tail(phrase: Optional[str]) -> Optional[str]:
    """``输变电工程建设`` → ``输变电工程``: a governing verb (``entity_cues.tsv``: 建设) glued by the tagger
    after a facility word (工程, 项目) is the predicate done to the facility counted, no part of it."""
    if not phrase or not phrase.endswith(role_words("governing")):
        return phrase
    for w in role_words("governing"):
        if len(w) > 1 and phrase.endswith(w):
            rest = phrase[: -len(w)]
            if any(rest.endswith(f) and len(rest) > len(f) for f in role_words("facility")):
                return rest
    return phrase

def _first_member(got: list[Tok]) -> list[Tok]:
    """The first member of a list read after a count inside a verb's object, when a verb broke the
    phrase off: in ``推进14个电网工程、青疆联网通道建设`` (加快3座光热电站和…创新中心建设) the object's
    own verb (建设) governs the whole list and the count only the first member; what follows the
    joiner, a compound of its own, is not counted (``电网工程``). Not inside brackets (省（区、市）), nor
    when the members share their head (经济组织和社会组织) or the next is one word (地区和单位)."""
    depth = 0
    for k, (w, _f) in enumerate(got):
        depth += (w == "（") - (w == "）")
        if not depth and w in ("、", "和", "及", "以及") and k and any(is_noun(g) for _g, g in got[:k]) and (
                k + 1 < len(got) and is_nominal(got[k + 1][1])):
            rest = list(itertools.takewhile(lambda t: t[0] not in JOINERS, got[k + 1:]))  # the next member
            if len(rest) < 2 or rest[-1][0] == got[k - 1][0]:
                return got  # 300个经济组织和社会组织参与, 30个地区和单位进驻: members of one head, or a one-word
                # member (a fixed pair), are counted together
            return got[:k]
    return got


def _compound_verb(toks: Sequence[Tok], i: int, object_of: bool, got: Sequence[Tok] = ()) -> bool:
    """Is the verb ``toks[i]``, after the noun of a counted phrase, inside the compound rather than
    a predicate with its object? Nouns follow it, and then, in an object (``推出259项制度创新成果``),
    the phrase ends (not ``围绕12个研发项目签署全球授权协议``: a verb follows the nouns); after a count
    opening its clause the predicate follows (``26条国内集结线路更把…``), where a phrase ending
    there is the predicate itself (``4个单位获得表彰``), and only after a modifier (a place or a
    distinguishing word: ``9家全国性承贷银行驻赣…``), not after a noun that can be the subject
    (``一处3000立方米的泥石流导致渝昆高速双向中断``)."""
    if toks[i][0] in change_verbs() or toks[i][0] in level_verbs():
        return False  # 推动3家企业增加投资: a verb of change after the noun is its predicate
    j = i + 1
    while object_of and j < len(toks) and is_verb(toks[j][1]) and len(toks[j][0]) > 1 and unbounding(toks[j][0]) and (
            toks[j][0] not in change_verbs() and toks[j][0] not in level_verbs()):
        j += 1  # 设立5个自贸联动创新区, 完成3000人次高原伞降实跳任务: verbs in a row inside the object's compound
    if j > i + 1 and i > 1 and is_noun(toks[i - 1][1]) and toks[i - 2][0] == "等":
        return False  # 观光车等车辆从事出租客运业务: after a head that closes a list (等), the verbs in a row are
        # the clause's predicate, no compound (not 14个国家自主创新示范区: a noun right after the count may modify)
    k = j
    while j < len(toks) and (is_noun(toks[j][1]) or toks[j][1] == "vn" or (
            toks[j][1] == "a" and j + 1 < len(toks) and is_noun(toks[j + 1][1])) or (
            toks[j][1] in ("m", "q") and len(toks[j][0]) == 1 and not RE_DIGIT.search(toks[j][0]) and j > k
            and j + 1 < len(toks) and is_noun(toks[j + 1][1]))) and (
            toks[j][1] == "vn" or cue_role(toks[j][0]) not in BOUNDING):
        j += 1  # (智能制造优秀场景: an adjective before a noun stays inside)
    if j == k or not is_nominal(toks[j - 1][1]):
        return False
    ends = j == len(toks) or toks[j][1] == "x" or toks[j][0] in JOINERS
    if object_of:
        return ends
    return (not ends and toks[j][1].startswith(("d", "v", "p")) and toks[j][1] != "vn" and is_noun(toks[j - 1][1])
            and bool(got) and all(f in ("b", "s", "f") for _w, f in got))


def _led(clause_toks: Sequence[Tok]) -> bool:
    """Does a word of content (a noun or verb that is no scope, determiner or filler cue, no place, time or
    number) stand before a count in its clause (``落地5家…``, ``新创建2个…``; not ``全省5家…``, ``今年…``)?"""
    return any((is_verb(f) or is_nominal(f)) and f not in ("s", "ns", "nr", "nt", "q", "b") and cue_role(w) not in (
        "stop", "skip", "filler") and not time_word(w) for w, f in clause_toks)


def _compound_head(word: str) -> bool:
    """Does ``word`` end in a noun that heads a compound (``compound_head`` of entity_words.tsv: 企业, 成果, 工程)?"""
    return word.endswith(tuple(entity_words("compound_head")))


def _leads_to_head(toks: Sequence[Tok], i: int, got: Sequence[Tok], object_of: bool, led: bool = False) -> Optional[int]:
    """Where the compound that the verb or quoted name ``toks[i]`` opens inside ends, or ``None``: after a noun
    of a counted phrase that heads nothing yet (``制度|创新|成果``, ``公共卫生体系|补短|板|工程``,
    ``森林|“四库”|联动|试点区``), the words run as nouns, adjectives, quoted names and more such verbs to the
    last word ending in a compound head (``compound_head`` of entity_words.tsv) of their noun run, and what
    follows ends a compound: in a verb's object (or after words that ``led`` the count in its clause: the
    tagger often reads the verb as a noun, 新创建/nz) the end of the clause or a joiner
    (``新增8个国家公共数据“跑起来”示范场景。``), after a count opening its clause the predicate
    (``2项制度创新成果入选…``; not ``5家银行设立服务中心。``, where the verb and its object are the
    predicate). A verb of change or level, a cue that bounds a phrase or a predicate, and a verb after a head
    (``3家企业获得示范企业称号``) are no part of a compound."""
    if not got or not is_nominal(got[-1][1]) or _compound_head(got[-1][0]):
        return None
    j, head = i, None
    while j < len(toks):
        w, f = toks[j]
        if head is not None and not is_noun(f):
            break
        if is_verb(f) or f == "vn":
            if (w in change_verbs() or w in level_verbs() or w in entity_words("existential") or cue_role(w) == "state"
                    or not unbounding(w) and (j == i or cue_role(w) not in ("governing", "light"))):
                return None  # (教师培养培训基地: past the first verb, a governing one is inside too)
        elif not (is_noun(f) or f == "a" or f == "x-q"):
            return None
        if is_noun(f) and _compound_head(w):
            head = j
        j += 1
    if head is None:
        return None
    j = head + 1
    if j == len(toks) or toks[j][1] == "x" or toks[j][0] in JOINERS:
        return head if object_of or led else None
    subject = toks[j][1].startswith(("v", "d")) or cue_role(toks[j][0]) == "predicate"
    return head if subject and not object_of else None


def _noun_run(toks: Sequence[Tok]) -> bool:
    """Do ``toks`` run as nouns (no cue word that bounds a phrase) to the end of the phrase (a
    punctuation mark, 的, 等 or the end), ending in a plain noun?"""
    run = list(itertools.takewhile(lambda t: t[1] != "x" and t[0] not in ("的", "等"), toks))
    return bool(run) and is_noun(run[-1][1]) and all(
        is_nominal(f) and cue_role(w) not in (*BOUNDING, "predicate") for w, f in run)


def _plain_noun(tok: Tok) -> bool:
    """A noun that cannot head a clause (not an idiom, verb or adjective): before 的 it makes the
    phrase an attribute (方面的专项整治), where a clause would make it a relative (不合时宜的制度)."""
    return tok[1].startswith(("n", "j", "s", "b", "q", "m", "zg")) or tok[0] in KEEP_PUNCT or tok[0] in JOINERS


_VN_RELATIVE_SPAN = 12  # the longest relative clause opened by a verbal noun read between a count and its head


def _verbal_noun_relative(seg: str, category: str) -> Optional[str]:
    """The head after the 的 of a relative clause that a verbal noun opens after a count, when the clause also
    holds a verb and ends in its object (the tagger reads the clause's verb as a verbal noun: ``经营|快递|业务的企业``
    → 企业); ``None`` when no noun phrase ends the head, or when the clause ends in a verb (``建设单位组成的…``: the
    count is the subject of a clause)."""
    stop = next((i for i, c in enumerate(seg) if c in CLAUSE_END), len(seg))
    de = seg.find("的", 0, stop)
    if not 2 < de <= _VN_RELATIVE_SPAN or RE_NUMERAL.search(seg, 0, de):
        return None
    pre = tokens(seg[:de])
    if len(pre) < 3 or not is_noun(pre[-1][1]) or not any(is_verb(f) for _w, f in pre[1:]) or any(
            f.startswith(("d", "p", "c", "x", "u")) for _w, f in pre):
        return None
    head = following_phrase(seg[de + 1:], category)
    return head if head and is_noun(tokens(head)[-1][1]) else None


def _verb_opening(seg: str, toks: Sequence[Tok], category: str, cut_by_number: bool,
                  object_of: bool = False, after: str = "") -> Optional[str]:
    """The entity after a count whose next word is a verb: the head after the 的 of a relative
    clause (``身着新式制服的消防救援人员``), the state of the people counted when the verb ends the
    clause (``365人死亡，`` → 死亡), ``None`` after a copula (``七个是无政府主义者``: a predicate), else
    the phrase with its verb (``4个出租出借办公用房单位``)."""
    if cue_role(toks[0][0]) == "copula":
        return None
    if category == "people" and len(toks[0][0]) > 1 and unbounding(toks[0][0]) and (
            len(toks) == 1 or toks[1][1] in ("x", "m")):
        if cue_role(toks[0][0]) != "state" and names_people(after):
            return None  # 代表十人以上联名, 工商界代表上千人参会: the people named right before the count are counted;
            # the verb after it is what they did (not 造成11人死亡: a state, after no noun for people)
        return toks[0][0]
    stop = next((i for i, c in enumerate(seg) if c in CLAUSE_END), len(seg))
    de = seg.find("的", 0, stop)
    if de > 0 and not any(f.startswith(("d", "p")) for _w, f in pos_cut(seg[:de])):
        return following_phrase(seg[de + 1:], category, after=after if object_of else "")
        # (分论坛分别就…的: a predicate, no relative); in a verb's object the head is read as the object it is
        # (遴选50个具有代表性的标准应用试点项目 → 标准应用试点项目)
    return _phrase(toks, category, cut_by_number, list_cut_only=object_of)


@lru_cache(maxsize=1)
def people_ends() -> tuple[str, ...]:
    """The ends of nouns for people (``people_end`` of ``entity_words.tsv``: 志愿者, 伤员, 灾民, 群众, 家属, 战士 …),
    longest first."""
    return tuple(sorted(entity_words("people_end"), key=len, reverse=True))


def people_word(tok: Tok) -> bool:
    """Is ``tok`` a noun for people (``people`` and ``aged`` of entity_frames.tsv, or ending in 者, 员, 民 …)?"""
    return is_noun(tok[1]) and tok[0].endswith((*frame_words("people"), *frame_words("aged"), *people_ends()))


def names_people(seg: str) -> bool:
    """Does the clause text before a count end in a noun for people, fillers and adverbs after it dropped
    (``市人民代表大会代表``, ``工商界代表共``)?"""
    toks = strip_tail(tokens(strip_tail_text(seg))) if seg else []
    return bool(toks) and people_word(toks[-1])


def amount_free(phrase: Optional[str]) -> Optional[str]:
    """A counted phrase without the word for its amount (汽车保有量 → 汽车, 用户数 → 用户); ``None``
    when nothing else is left (总数)."""
    if not phrase or not phrase.endswith(role_words("amount")):
        return phrase
    toks = tokens(phrase)
    last = toks[-1][0] if toks else ""
    for w in role_words("amount"):
        if not phrase.endswith(w):
            continue
        if last == w or len(w) > 1 or len(last) - len(w) >= 2:  # 用户数 → 用户 (not 指数, 人数)
            rest = phrase[: -len(w)]
            if last != w and len(w) == 1 and len(tokens(rest)[-1][0]) == 1:
                return phrase  # 城镇新增就业人数: 人|数 is one word inside the tagger's word, not 就业人 + 数
            rest_toks = tokens(rest)
            if w == "数量" and len(rest_toks) > 1 and rest_toks[-1][1] == "v" and len(rest_toks[-1][0]) > 1 and is_noun(rest_toks[-2][1]):
                rest = rest[: -len(rest_toks[-1][0])]  # 导弹驱逐舰列装数量 → 导弹驱逐舰: the verb before the amount word
                # says what was done to the things counted (the number commissioned), no part of their name (not
                # 高校招生数: 数 of a verb's activity counts the activity)
            rest = rest[:-1] if rest.endswith("的") else rest  # 病理医师的数量 → 病理医师: the 的 joined the amount word
            return rest if rest and RE_HAN.search(rest) else None
    return phrase

_JOINER_WORDS = ("或者", "以及")  # (或者设计供水人口: a joiner of two words cannot open a phrase either)
# 每小时, 每天 closing the clause before a number: the period of a rate
_RE_PER_TIME = regex.compile(r"每(\p{Han}{1,2})$")
# 一套, 每人 closing the clause before a number, after a noun: the unit the number is per
_RE_PER_UNIT = regex.compile(r"(?<=\p{Han}{2})[一每](\p{Han})$")


def _joiner_last(seg: str) -> bool:
    """Does ``seg`` end in a joiner of list members (、和及与或 或者 以及), adverbs or words of duration after it
    aside (``整改不力或者连续``)? Not across a verb (``台阶、突破``; the money reader strips such verbs before it asks, so
    amounts do not ask: 余额连跨两个千亿元台阶、突破2600亿元)."""
    toks = tokens(seg)
    k = len(toks)
    while k and (toks[k - 1][1].startswith("d") or toks[k - 1][0] in frame_words("duration")):
        k -= 1  # (not an adjective: 死亡或重伤三人以上, 重伤 is the second member)
    return bool(k) and (toks[k - 1][0] in LIST_GAPS or toks[k - 1][0] in _JOINER_WORDS or toks[k - 1][0] == "或")


def preceding_phrase(seg: str, category: str, clause: bool = True) -> Optional[str]:
    """The counted thing or activity that ends ``seg`` (the clause before a number), or ``None``.

    With ``clause`` false, ``seg`` is a modifier (``反映区委常委班子`` before 的) and a verb
    opening it is kept. A unit the count is per (``纪念币一套四枚``, ``慰问金每人500元``) is no part of
    the thing counted."""
    per = ("一" in seg or "每" in seg) and (_RE_PER_UNIT.search(seg) or _RE_PER_UNIT.search(strip_tail_text(seg))) or None
    if per and category in MEASURES and unit_category(per[1]) in ("count", "people"):
        before = tokens(seg[: per.start()])
        if before and (before[-1][1] in ("ns", "s") or before[-1][0] in frame_words("place")
                       or before[-1][0].endswith(("地区", "地方"))):
            return None  # 平原地区和城市郊区每户不得超过八十平方米: where the rule holds, not what is measured
    if per and unit_category(per[1]) in ("count", "people"):
        before = tokens(seg[: per.start()])
        if before and is_noun(before[-1][1]):  # (not 预留一所, 每超过一人: a count of the verb before)
            seg = seg[: per.start()]
    bare = strip_tail_text(seg)
    rate = _RE_PER_TIME.search(bare)
    if not rate and bare and "每" in bare:
        bare = "".join(w for w, _f in strip_tail(tokens(bare)))  # 汽车每小时为四十公里: a filler after the period
        rate = _RE_PER_TIME.search(bare)
    if rate and unit_category(rate[1]) == "time":
        seg = bare[: rate.start()]  # 行驶速度每小时不得超过四十公里: the period of a rate is no thing measured
        if not seg or tokens(seg)[-1][1] == "f":
            return None  # (在城市道路上每小时为四十公里: where the rate holds, nothing measured)
    raw = tokens(strip_tail_text(seg, how_often=category != "money"))
    if raw and raw[-1][1] == "p" and raw[-1][0] in entity_words("object_p"):
        return None  # 主要基于两方面考虑: the count is the preposition's object, what stands before is not counted
    toks = strip_tail(raw)
    if category != "money" and _joiner_last(seg):
        return None  # 两个以上的国有企业或者两个以上的其他国有投资主体: a joiner right before the count opens the next
        # member of a list, which the count begins; the phrase before it is another member, not counted (not across a
        # verb: 余额连跨两个千亿元台阶、突破2600亿元, the verb opens a predicate whose subject stands before)
    if len(toks) > 1 and cue_role(toks[-1][0]) == "predicate" and is_nominal(toks[-2][1]):
        toks = strip_tail(toks[:-1])  # 推动项目落地12个: the clause's predicate, read as a noun
    works = len(toks) > 1 and toks[-1][0] in entity_words("works") and is_noun(toks[-2][1])
    # 城中村改造2.6万户: works done on the noun before are what is counted (FACTS.md: a counted activity is its own entity)
    if toks and is_verb(toks[-1][1]) and category not in ACTIVITY and category != "people" and not works and not (
            category in MEASURES and len(toks) > 1 and is_noun(toks[-2][1]) and len(toks[-1][0]) > 1
            and not toks[-1][0].endswith(RESULTATIVE)) and cue_role(toks[-1][0]) not in ("governing", "light"):
        # 个人对照检查材料普遍修改9稿: the counted thing is the topic before the verb (a measure keeps
        # it: 发展食用菌种植320亩 measures the planting)
        toks.pop()
        toks = strip_tail(toks)
        if len(toks) > 1 and toks[-1][0] in change_verbs() and is_nominal(toks[-2][1]) and category not in MEASURES:
            toks = strip_tail(toks[:-1])  # 新型经营主体增加到了290多万家: a verb of change before its complement (到)
        if len(toks) > 1 and cue_role(toks[-1][0]) == "predicate" and is_nominal(toks[-2][1]):
            toks = strip_tail(toks[:-1])  # 城镇保障性住房基本建成470万套: the adverb opening the predicate, read as a noun
        done_to = True
    else:
        done_to = False
    rate_of_people = category == "people" and bool(toks) and toks[-1][0].endswith("量") and toks[-1][0] != "数量" and is_noun(
        toks[-1][1])  # 旅客运输量 (not 数量, the number of the people named before it)
    got: list[Tok] = []
    in_rel = False
    for k, (w, f) in reversed(list(enumerate(toks))):
        role = cue_role(w)
        head = got[0] if got else None
        if f == "m" and k and toks[k - 1][1] == "f" and len(toks[k - 1][0]) == 1 and not RE_DIGIT.search(w):
            break  # 下一步覆盖人群: 下|一步 is one word of time, no part of the phrase
        if (done_to and is_verb(f) and len(w) == 1 and len(got) == 1 and is_noun(got[0][1]) and not in_rel
                and category not in (*ACTIVITY, *MEASURES)
                and not role and k and is_noun(toks[k - 1][1]) and len(toks[k - 1][0]) > 1):
            got = []  # 困难老人家庭适老化改造2056户: a one-character verb and its object between a noun and the
            continue  # clause's verb (适|老化: a word the tagger split) say what was done to the things counted, named
            # before (not 手持移智能动终端: no verb after, the noun is the head)
        if works and is_verb(f) and len(w) == 1 and len(got) == 2 and is_noun(got[0][1]) and not role and k and is_noun(
                toks[k - 1][1]) and len(toks[k - 1][0]) > 1:
            got.insert(0, (w, "vn"))  # 家庭适老化改造: a one-character verb the tagger split off the works' name (适|老化)
            continue
        if role == "skip":
            continue
        if role == "reference" and got:
            if measured("".join(g for g, _f in got)):
                break  # 距江边水平距离700米: the measure named after the place
            return None  # 东距县城18公里: the place is where the distance starts, not what is measured
        if w in entity_words("conjunction") and (f == "c" or len(w) == 1):
            break  # 且设计日用水量: a conjunction of clauses opens the phrase
        if role in ("light", "stop", "filler") or w in strength_words():
            if w == "各" and len(got) > 1 and is_nominal(got[0][1]):
                got.pop(0)  # 各层面座谈会: 各层面 is a determiner
            break
        if role == "governing" and category not in ACTIVITY and (category != "people" or rate_of_people):
            break  # (people are counted by what is done to them: 处理62人, 给予党纪处分38人; not when a noun of
            # amount closes the phrase, 完成旅客运输量6396.4万人次: the verb is the clause's, the amount is measured)
        if f == "x":
            if w in KEEP_PUNCT:
                got.insert(0, (w, f))
                continue
            break
        if f == "m" and len(w) > 1 and not RE_DIGIT.search(w) and unit_category(w[-1]) == "time" and k and is_verb(
                toks[k - 1][1]) and not cue_role(toks[k - 1][0]):
            break  # 开业不到半年营业额就突破2000万元: a span of time a verb before it takes is when, no part of the phrase
            # (not 实施三年行动计划: after a governing verb, the plan's name)
        if f == "m" and len(w) > 1 and not RE_NUMERAL.search(w) and time_word(w):
            break  # 全年新增煤炭生产能力: a period the tagger read as a numeral is when, no part of the phrase
        if f == "m" and (RE_DIGIT.search(w) or _RE_YEAR.fullmatch(w) or w in frame_words("locative")):
            break  # (10个左右规模达到: a qualifier closing a count before is no part of the phrase; 一九五八年的职工工资总额: a year written in numerals is a time, no part of the phrase)
        if f.startswith("p") or f in ("ul", "uz", "f", "t", "y", "e", "o", "ug"):
            verbs = [j for j, (_g, gf) in enumerate(got) if gf.startswith("v") and gf != "vn"]
            if f.startswith("p") and len(w) > 1 and w not in LIST_GAPS and verbs and 0 < verbs[-1] < len(got) - 1 and not in_rel:
                got = got[verbs[-1] + 1:]  # 通过土地综合整治整合土地近两万亩: a preposition's object is an adverbial;
                # the verb after it is the clause's, what it governs is the thing measured (a preposition of two
                # characters: not 被, nor a joiner 与)
            break
        if got and len(w) == 1 and w in frame_words("locative") and is_noun(f) and k and (
                toks[k - 1][1] == "t" or toks[k - 1][0].endswith(_PERIOD_ENDS)):
            break  # 一个记分周期内累积记分, 采暖期内用户室内供热温度: a localizer after a period (read as a noun) closes a
            # time frame, no part of the phrase (not 厨房内温度, 车厢内温度: where, part of what is measured)
        if f.startswith("r") and w not in entity_words("other"):
            break
        if f.startswith("d") and not (w == "不" or in_rel):
            break
        if is_verb(f) and category == "money" and not in_rel and got and w in change_verbs() and w not in entity_words("added") and (
                not k or not is_noun(toks[k - 1][1])):
            break  # 中央财政当年就增加支出621亿元: after an adverb, a verb of change before the noun of the money is the
            # predicate (居民增加储蓄56亿元: right after a noun, the name of the sum)
        if is_verb(f) and category not in ACTIVITY and not in_rel:
            modifier = head is not None and (is_nominal(head[1]) or len(head[0]) == 1 and head[1] in ("q", "ng")) and len(w) > 1
            # (充电|桩: a one-character noun the tagger read as a classifier after the verb of its compound)
            activity = head is None and (category in ("people", *MEASURES) and w not in entity_words("existential") or works)
            # (存在7级以上大震: a verb of existence measures nothing)
            if not (modifier or activity or head is not None and new_things(w)):  # 城镇新增就业: FACTS.md §5 keeps 新增
                break
        got.insert(0, (w, f))
        if w == "的":
            in_rel = True
    if got and got[0][0] in "（(" and (close := next((j for j, (g, _f) in enumerate(got) if g in "）)"), None)) is not None:
        got = got[close + 1:]  # 各省（区、市）推荐试点城市: a gloss of the word before the phrase cannot open it
    split_joiner = ""
    while got and (got[0][0] in JOINERS or got[0][0] in _JOINER_WORDS or (is_verb(got[0][1]) and len(got[0][0]) == 1)):
        if got[0][0] in "和与及" and len(got) > 2 and len(got[1][0]) == 1 and is_noun(got[2][1]):
            split_joiner = got[0][0]  # 建设和美乡村: a joiner cannot open a phrase; with the one character
            break  # after it, a word the tagger split (和|美)
        got.pop(0)
    lead = toks[len(toks) - len(got) - 1] if len(got) < len(toks) else None
    before = cue_role(lead[0]) if lead else None
    opens_clause = len(got) == len([t for t in toks if cue_role(t[0]) != "skip"]) or before in ("stop", "filler") or (
        before in ("governing", "light") and is_verb(lead[1]) and category != "money" and len(got) > 1 and is_verb(got[0][1])
        and len("".join(w for w, _f in got[1:])) > 2)
    # (安排开行旅客列车6077对: after a governing verb, a verb opening the phrase is one more predicate in a row of
    # verbs, before a compound noun; not a verbal noun, 完成运输总周转量, nor before money, 安排扶贫资金, nor before a
    # noun of two characters, which the verb may modify: 解决突出问题70余个)
    if clause and category not in ACTIVITY and (category != "people" or rate_of_people) and opens_clause and not in_rel:
        # 全市建成标准化村级活动场所126个: the clause's own predicate
        rest = [f for _w, f in got[1:]]
        split_noun = [k for k in range(1, len(got)) if len(got[k][0]) == 1 and got[k][1] in ("q", "ng") and is_verb(got[k - 1][1])]
        if len(got) > 1 and (is_verb(got[0][1]) or got[0][1] == "vn") and (any(is_noun(f) for f in rest) or split_noun) and (
                cue_role(got[0][0]) != "state") and 1 not in split_noun and not new_things(got[0][0]):
            got.pop(0)  # (死亡病例为211834例: a state modifies the noun; 充电|桩: the verb of a compound the tagger split)
    if not any(is_nominal(f) or is_verb(f) for _w, f in got):
        return None
    if category not in ACTIVITY and category != "people" and not any(is_noun(f) for _w, f in got):
        return None  # 整改落实1980条: only verbs, the counted thing is elided
    phrase = clean_phrase([w for w, _f in got])
    return split_joiner + phrase if split_joiner and phrase and not phrase.startswith(split_joiner) else phrase


def new_things(word: str) -> bool:
    """Is ``word`` a verb of adding that says the things counted are new (``新增``, ``新增加``: ``added`` words of
    ``entity_words.tsv`` opening with 新)? FACTS.md §5 keeps it in the entity (新增发电装机容量, 城镇新增就业); a net
    change (净增) is no such word."""
    return word.startswith("新") and word in entity_words("added")


def frame_only(seg: str) -> bool:
    """Is the clause text before a number only a frame of fillers and level verbs ending in a level
    verb or a comparison (``将达到``, ``计划安排为``, ``拟定为``, ``不得小于``), naming nothing of its own?
    Not a modal or a per word alone (``将``, ``每``)."""
    seg = seg.strip()
    toks = tokens(seg) if seg else ()
    last = toks[-1][0] if toks else ""  # punctuation alone (“) has no token
    if not seg or not (last in level_verbs() or last.endswith(("为", "于")) or any(
            seg.endswith(w) for w in level_verbs() if len(w) > 1)):
        return False
    if cue_role(seg) == "filler" or seg in level_verbs():
        return True
    rest = strip_tail_text(seg)
    if cue_role(rest) == "filler" or rest in level_verbs():
        return True
    return all(cue_role(w) in ("filler", "stop") or w in level_verbs() or f.startswith(("d", "p")) for w, f in tokens(rest))


def topic_before(text: str, start: int, category: str, prev_end: int = 0) -> Optional[str]:
    """The topic a number's clause speaks of when that clause is only a frame (:func:`frame_only`)
    and the clause before it, after a comma in the same sentence, is a bare noun phrase:
    ``职工工资总额，计划安排为158亿元`` → ``职工工资总额``; ``包括在国家计划以内的职工总数，将达到…人``
    → the phrase before. ``start`` is where the number's clause starts; nothing when a number
    (``prev_end``) stands in the clause before, or it ends in a verb."""
    if start < 1 or text[start - 1] not in "，,":
        return None
    ps = clause_start(text, start - 1)
    if ps < prev_end or ps == start - 1:
        return None
    raw = tokens(text[ps: start - 1])
    if raw and raw[-1][1] == "f":
        return None  # 新建区内，每十平方公里: a scope, no topic
    toks = strip_tail(tokens(strip_tail_text(text[ps: start - 1])))
    if not toks or not is_noun(toks[-1][1]) or cue_role(toks[-1][0]) in BOUNDING:
        return None
    de = max((k for k, (w, _f) in enumerate(toks) if w == "的"), default=-1)
    if any(is_verb(f) or cue_role(w) in BOUNDING and cue_role(w) != "stop" for w, f in toks[de + 1:]):
        return None  # 我们还有一个研究会，共有八十余人: a clause with its own predicate is no topic (a verb before 的 is a relative)
    topic = preceding_phrase(text[ps: start - 1], category)
    if category == "people" and topic and not any(w in topic for w in frame_words("people")):
        return None  # 选民小组的编划，一般为四十人左右: a count of people needs a topic naming people (职工总数)
    return topic


def clause_start(text: str, pos: int, stops: str = CLAUSE_END, window: int = _WINDOW) -> int:
    i = pos
    lo = max(0, pos - window)
    while i > lo and text[i - 1] not in stops:
        i -= 1
    return i


def clause_end(text: str, pos: int) -> int:
    i, hi = pos, min(len(text), pos + _WINDOW)
    while i < hi and text[i] not in CLAUSE_END:
        i += 1
    return i

_BECOME = ("为", "成")  # 升级为, 改造成: a verb with its complement of becoming

LIST_GAPS = ("、", "和", "及", "与", "以及")
