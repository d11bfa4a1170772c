"""The counted thing of a quantity, read from the sentence around the number.

A researcher's table column wants the noun phrase: ``606个基层党组织`` → ``基层党组织`` (the
phrase that follows), ``印发学习资料4万套`` → ``学习资料`` (the object before the number, after
its verb), ``集中学习2266次`` → ``集中学习`` (a counted activity is its own entity). Elided heads
are filled in from the same sentence (``征求意见建议6000余条，梳理归纳3728条`` → ``意见建议``),
a number that counts the groups of the next number shares its entity (``6方面26个问题``), quotes
are dropped, and durations have none. Segmentation is jieba's part-of-speech tagger over
govtext's own tokenizer; the words that bound a phrase are in ``lexicons/entity_cues.tsv``
(:mod:`govtext.extract.entity_cues`), the phrase readers in :mod:`govtext.extract.noun_phrases`,
what an amount of money is in :mod:`govtext.extract.money_subjects`.

>>> following_phrase("基层党组织、14169名党员", "count")
'基层党组织'
>>> preceding_phrase("全区共印发学习资料", "count"), preceding_phrase("；集中学习", "events")
('学习资料', '集中学习')
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, Optional, Sequence

import regex

from govtext.extract.entity_cues import (
    ACTIVITY, JOINERS, MEASURES, PROPER, RE_DIGIT, RE_HAN, RE_NUMERAL, SENTENCE_END, change_verbs, cue_role, exceeds_relative, frame_words,
    entity_words, has_verb, is_noun, is_verb, level_verbs, measured, milestone, role_words, strip_tail, strip_tail_text, time_word,
    tokens, unbounding)
from govtext.extract.noun_phrases import (LIST_GAPS, amount_free, clause_end, clause_start, following_phrase,
                                          frame_only, new_things, people_ends, preceding_phrase, topic_before)
from govtext.text.patterns import qualifier_words, qualifiers
from govtext.text.segmentation import word_frequency
from govtext.values.quantities import arabic_only, unit_category

__all__ = ["counted_entities"]

_LEVEL = regex.compile(r"[省市县区乡镇村]级$")
_COPIES = "一式"  # 一式三份: in three copies (of the document before)
_TEXT_UNITS = ("字",)  # units of written text (300字以内)


def _in_brackets(text: str, at: int) -> bool:
    """Is ``at`` inside a bracket opened on its line (``描述（300字以内）``, ``（如…等，200字以内，选填）``)?"""
    line = text[text.rfind("\n", 0, at) + 1: at]
    return line.count("（") + line.count("(") > line.count("）") + line.count(")")


def _copies_of(text: str, at: int, category: str, lo: int = 0) -> Optional[str]:
    """The document of ``一式三份`` whose 一式 starts at ``at``: the phrase before it, past a note in brackets on the
    document (``申请书（附件2）一式两份``) or out of the bracket the copies are said in (``推荐函（纸质，一式6份）``),
    not before ``lo`` (the end of the number before). A relative clause on the document is no part of its name (``加盖公章的
    推荐函``: the copies are of the letter).

    >>> _copies_of("将推荐函（纸质，一式6份）", 9, "count"), _copies_of("将申请书（附件2）一式两份", 9, "count")
    ('推荐函', '申请书')
    """
    line = text.rfind("\n", 0, at) + 1
    j = at
    if _in_brackets(text, at):  # the copies are said inside the document's bracket
        j = max(text.rfind("（", line, at), text.rfind("(", line, at))
        inner = text[max(j + 1, lo, text.rfind("，", j, at) + 1): at]
        own = preceding_phrase(inner, category) if inner else None
        words = tokens(own) if own else []
        if len(words) > 1 and len(words[-1][0]) > 1 and _ends_in_noun(own):
            return own  # （纸质材料一式四份）: the bracket names what is in copies (not a medium alone: 纸质, 纸质版)
    while j > line and text[j - 1] in "）)":  # a note on the document between it and its copies
        opening = max(text.rfind("（", line, j - 1), text.rfind("(", line, j - 1))
        if opening < line:
            return None
        j = opening
    seg = text[max(clause_start(text, j), lo): j].lstrip("）)、，")
    ent = preceding_phrase(seg, category) if seg else None
    head = ent.rsplit("的", 1)[-1] if ent else ""
    return head if len(head) > 1 else ent


_RE_ALT_UNIT = regex.compile(r"[（(](\p{Han}{1,2})[）)]")
_AGE_UNITS = ("岁", "周岁")
# the suffix that makes a duration a period (五年来, 十七年间, 三年里, 两年内): when, never counted
_RE_PERIOD_SUFFIX = regex.compile(r"以来|来|间|里|内")

def _whose_age(text: str, end: int, seg: str) -> Optional[str]:
    """Whose age an age is: the noun after its 的 (``80岁以上的老年人`` → 老年人), or the noun before a
    verb of reaching an age (``age`` of ``entity_frames.tsv``: ``子女年满3岁`` → 子女); else ``None``
    (``年满18周岁；``, ``现年85岁``)."""
    toks = tokens(text[end: clause_end(text, end)])
    if toks and (is_noun(toks[0][1]) or toks[0][0] in entity_words("age")):
        ent = _run_to(text, end, (*frame_words("people"), *frame_words("aged")))
        if ent:
            return ent  # 3岁以下婴幼儿, 未满十六周岁未成年人: the people of that age named right after it
    if text.startswith("的", end):
        ent = following_phrase(text[end + 1: clause_end(text, end)], "people")
        toks = tokens(ent) if ent else []
        cut = next((k for k, (w, f) in enumerate(toks) if f == "c" and w not in JOINERS), len(toks))
        toks = toks[:cut]
        while len(toks) > 1 and (toks[-1][0].endswith("率") or cue_role(toks[-1][0]) in ("measure", "amount")):
            toks = toks[:-1]  # 80岁以上的老年人群病死率: the rate of those people is no part of them
        ent = "".join(w for w, _f in toks)
        if len(ent) > 1:
            return ent  # 11岁的波塔: whose age, a name too (59岁的郭柏林因为…: a conjunction opens a clause)
    stripped = strip_tail_text(seg)
    frame = next((w for w in sorted(frame_words("age"), key=len, reverse=True) if stripped.endswith(w)), None)
    if frame and len(stripped) > len(frame) and RE_HAN.match(stripped, len(stripped) - len(frame) - 1):
        # (不具有…资格、年满18周岁: a list of conditions, no noun before the verb)
        ent = preceding_phrase(stripped[: -len(frame)], "people")
        return ent if ent and any(is_noun(f) for _w, f in tokens(ent)) else None
    return None


def _person_of_sentence(text: str, at: int) -> Optional[str]:
    """The first person's name in the sentence before ``at`` (``李鹏同志因病…逝世，享年91岁`` → 李鹏), or ``None``."""
    toks = tokens(text[clause_start(text, at, SENTENCE_END, window=200): at])
    return next((w for w, f in toks if f == "nr" and len(w) > 1), None)


def _run_to(text: str, at: int, heads: tuple[str, ...]) -> Optional[str]:
    """The longest run of nouns, verbs and adjectives (an age group the tagger reads as a time included; no
    cue that bounds a phrase, no verb of level or change) opening the clause at ``at`` up to a word ending in one
    of ``heads``, or ``None``."""
    run: list[str] = []
    best = None
    for w, f in tokens(text[at: clause_end(text, at)]):
        if not (is_noun(f) or is_verb(f) or f in ("a", "vn") or f == "t" and (w in entity_words("age") or w in frame_words("aged"))) or (
                cue_role(w) in ("stop", "skip", "filler", "copula") or w in level_verbs() or w in change_verbs()):
            break  # (驾驶经历: a verb inside the compound)
        run.append(w)
        if w.endswith(heads):
            best = "".join(run)
    return best if best and len(best) > 1 else None


def _record_after(text: str, end: int) -> Optional[str]:
    """The record a duration is the length of: the nouns right after it (or after its 的) up to a word for one
    (``record`` of entity_frames.tsv: 经历, 业绩, 历史 …): ``3年以上驾驶经历`` → 驾驶经历, ``五千多年的文明历史`` →
    文明历史; else ``None`` (``三周时间``, ``3年后``)."""
    return _run_to(text, end + 1 if text.startswith("的", end) else end, frame_words("record"))


def _frequency_free(ent: str) -> Optional[str]:
    """``互动次数`` → ``互动``: a counted activity without the word for how often it was done (``frequency`` of
    ``entity_words.tsv``); the phrase stays when nothing of two characters or more is left (``次数``)."""
    word = next(w for w in entity_words("frequency") if ent.endswith(w))
    rest = ent[: -len(word)].rstrip(JOINERS)
    return rest if len(rest) > 1 and RE_HAN.search(rest) else ent


def _measure_touches(seg: str, ent: str) -> bool:
    """Does the measure ``ent`` end the clause ``seg`` before a duration, with only fillers, adverbs and
    prepositions or a change verb between (``保存期限不得少于2年``, ``期限为三年``)? A verb or a locative after it makes the
    duration a time relative to it (``期限届满前三十日``, ``期限届满九十日前``), not its length."""
    toks = strip_tail(tokens(seg))
    while toks and toks[-1][0] in change_verbs():
        toks = strip_tail(toks[:-1])  # 优良天数增加7.8天: the duration the measure changes by
    return bool(toks) and ent.endswith(toks[-1][0])


def counted_entities(text: str, found: Sequence,
                     of_change: Optional[Callable[[str, int, Sequence[tuple[int, int]]], Optional[str]]] = None,
                     split: Optional[Callable[[str, int], Optional[list[str]]]] = None) -> list[Optional[str]]:
    """One entity (or ``None``) per quantity match of ``found`` (sorted, non-overlapping).

    ``of_change(text, pos, spans)`` gives the subject of a change whose verb or from-phrase ends at
    ``pos`` (``spans``: the numbers of the text): a number of a change with no noun after it counts
    that subject (``工会已增加到一百多个``).
    ``split(subject, n)`` gives the ``n`` members of a list subject (``小学、初中分别有…``) or ``None``:
    the numbers of a ``分别`` list take one member each."""
    n = len(found)
    out: list[Optional[str]] = [None] * n
    how: list[str] = [""] * n
    spans = [(q.start, q.end) for q in found]
    for i, q in enumerate(found):
        nxt = found[i + 1].num_start if i + 1 < n else len(text)
        prev_end = found[i - 1].end if i > 0 else 0
        if i > 0 and found[i - 1].category == "time":
            period = _RE_PERIOD_SUFFIX.match(text, prev_end)
            prev_end = period.end() if period else prev_end  # 五年内(增加的年产能力), 3年内: when, no part of the noun
        if q.category == "time":  # a duration has no entity; days counted or an age have their noun
            seg = text[max(clause_start(text, q.start), prev_end): q.start]  # (优良天数增加7.8天, 预期寿命78岁)
            last = tokens(seg)[-1:] if seg else []
            of_age = of_change(text, q.start, spans) if of_change and q.unit in _AGE_UNITS and any(
                w in change_verbs() for w, _f in tokens(text[clause_start(text, q.start): clause_end(text, q.end)])) else None
            # (村民会议由本村十八周岁以上的村民组成: 由 names who, no change there)
            if of_age:  # 人均预期寿命由76.3岁提高到77.3岁: both ages are levels of what changed
                out[i], how[i] = amount_free(of_age) or of_age, "preceding"
                continue
            if q.unit in _AGE_UNITS and strip_tail_text(seg).endswith(frame_words("lifespan")):
                out[i] = _person_of_sentence(text, q.start)  # 李鹏同志…逝世，享年91岁: the age he died at
                how[i] = "preceding" if out[i] else ""
                continue
            ent = preceding_phrase(seg, "time") if seg and not seg.endswith(("的", *frame_words("duration"))) and not (
                last and cue_role(last[0][0]) == "predicate") else None  # (水位蓄水4个月: how long the predicate lasts)
            if measured(ent) and _measure_touches(seg, ent):
                out[i], how[i] = ent, "preceding"
            elif q.unit in _AGE_UNITS or text.startswith("大的", q.end):
                # (10个月大的婴儿: a duration and 大 is an age too)
                out[i] = _whose_age(text, q.end + (1 if q.unit not in _AGE_UNITS else 0), seg)
                how[i] = "preceding" if out[i] else ""
            else:
                out[i] = _record_after(text, q.end)
                how[i] = "following" if out[i] else ""
            continue
        if q.unit in _TEXT_UNITS and _in_brackets(text, q.start):
            how[i] = "reference"  # 痛点问题描述（300字以内）: a form's note on how long the text written there may be
            continue
        end = clause_end(text, q.end)
        seg = text[max(clause_start(text, q.start), prev_end): q.start]
        if q.category in MEASURES:
            ent = _added_free(preceding_phrase(seg, q.category))
            if measured(ent):  # 面积六公顷以上的湖泊湿地, 年产量一百万吨: the measure's own noun
                toks = tokens(ent)
                last_verb = max((k for k, (w, f) in enumerate(toks[:-1]) if is_verb(f) and not new_things(w)), default=None)
                # (新增发电装机容量: FACTS.md §5 keeps 新增)
                if last_verb is not None and last_verb == len(toks) - 2 and last_verb and is_noun(toks[last_verb - 1][1]) and toks[
                        last_verb - 1][1] not in ("f", "s", "ns", "t") and len(toks[last_verb - 1][0]) > 1 and len(
                        toks[last_verb][0]) == 2 and not cue_role(toks[last_verb][0]) and not cue_role(toks[last_verb - 1][0]):
                    lead = last_verb - 1  # 农村承包地流转面积, 粮食种植面积: a verb right before the measure word says which
                    # measure it is, with the nouns right before it (not 村庄位于海拔高程: the verb governs a noun phrase;
                    # not 建筑物和基坑开挖深度: a joiner ends the nouns)
                    while lead and is_noun(toks[lead - 1][1]) and toks[lead - 1][1] not in ("f", "s", "ns", "t"):
                        lead -= 1
                    ent, last_verb = "".join(w for w, _f in toks[lead:]), None
                if last_verb is not None:  # 村庄位于海拔高程: the subject and verb of the clause go
                    ent = "".join(w for w, _f in toks[last_verb + 1:])
                out[i], how[i] = ent, "preceding"
                continue
        if i + 1 < n and (nxt == q.end or text[q.end: nxt] in _ALTERNATIVES and found[i + 1].unit == q.unit
                                          and q.category not in MEASURES and RE_HAN.match(text, found[i + 1].end)
                                          and not text.startswith("的", found[i + 1].end)):
            how[i] = "adjacent"  # (３名或３名以上承办人员: two bounds of one count share its noun; a measure's bounds
            # read their own noun: 尺寸为100毫米或100毫米以上; the noun follows the pair, not a relative's 的: 项目不超过6项或
            # 3项的指南任务)
            continue
        alt = _RE_ALT_UNIT.match(text, q.end, min(end, nxt))
        after_end = alt.end() if alt and (len(alt[1]) == 1 or unit_category(alt[1])) else q.end  # 35条（段）: an alternative unit
        sized = exceeds_relative().match(text[after_end:end]) if "的" in text[after_end:end] else None
        if sized and after_end + sized.end() > nxt and RE_NUMERAL.search(sized[1]):
            # 20个面积超过1000平方米的服务中心: the relative clause holds the next number; the head follows it
            head_at = after_end + sized.end()
            nxt = next((f.num_start for f in found[i + 1:] if f.num_start >= head_at), len(text))
            after_end = head_at
        own = _bounded_noun(text, q, seg, after_end)
        if own:  # 工作人员超过5人的单位: the count is the bound of the noun before it, in a relative clause on the noun after
            out[i], how[i] = own, "preceding"
            continue
        ent = following_phrase(text[after_end: min(end, nxt)], q.category, cut_by_number=nxt < end, after=seg,
                               clause=text[clause_start(text, q.start): q.start])
        if ent and seg.endswith(_COPIES) and is_verb(tokens(ent)[0][1]):
            ent = None  # 资料一式三份报送…: copies of the document named before; the verb after is what is done with them
        if ent and q.category in MEASURES and _zone(ent):
            how[i] = "reference"  # 两侧各五米地域范围内禁止烧荒: the distance bounds a zone, nothing is measured
            continue
        level = _LEVEL.search(text[max(0, q.start - 2): q.start])
        if ent and q.category not in MEASURES:
            ent = _capacity_free(ent)  # 年产130根大型船用柴油机曲轴能力: the things made are counted
        if ent and q.category not in (*MEASURES, *ACTIVITY) and q.unit not in entity_words("kind_unit"):
            ent = _predicate_free(ent, text[after_end: clause_end(text, after_end) + 1])
            # 两个以上主办单位研究办理的: the things counted, not what they do or what is done with them
        if ent and q.category == "magnitude":
            ent = _quake(ent)  # 5.6级地震灾后重建: a magnitude measures the earthquake
        if ent and q.category in ("count", "groups"):
            ent = _places_counted(ent)  # 15个省（区、市）用电增速超过17%: the places are counted, not what they use
        if ent and level and q.chinese:
            ent = level[0] + ent  # 区级四个班子 → 区级班子
        if milestone(ent) and (q.unit != "个" or "的" in text[q.end: text.find(ent, q.end)]):
            ent = None  # 首次突破200万件大关, 6万个以上的目标: what reached the threshold stands before (两个万亿元台阶 counts it)
        if _unit_counts_itself(q.unit) and unit_category(text[q.end: q.end + 1]) not in MEASURES:
            # (not 市 of 1市两, 10市斤: a traditional measure the count misread)
            out[i] = _place_counted(text, after_end, ent, preceding_phrase(seg, q.category), q.unit)
            how[i] = "following" if out[i] and ent else ("preceding" if out[i] else "place")
            continue
        if ent:
            out[i], how[i] = ent, "following"
            continue
        subject = of_change(text, q.start, spans) if of_change else None
        if subject:
            out[i], how[i] = amount_free(subject) or subject, "preceding"
            continue
        if seg.endswith("的") or _relative_exists(seg):
            how[i] = "relative"  # (投入生产的有十七项: those of the things counted before that are so)
            continue
        if _reached(seg, q.category):
            how[i] = "reach"  # 惠及10万余户, 覆盖119.2万人: those reached, no entity of their own
            continue
        if _from_reference(seg) or (q.category == "length" and _after_localizer(seg)):
            how[i] = "reference"  # 东距县城18公里, 大桥上游800米: a distance from a place, nothing counted
            continue
        ent = _copies_of(text, q.start - len(_COPIES), q.category, prev_end) if seg.endswith(_COPIES) and (
            seg == _COPIES or seg[: -len(_COPIES)].endswith(("）", ")")) or _in_brackets(text, q.start)) else None  # 推荐函（纸质，一式6份）: copies of the document
        ent = ent or (_amount_topic(seg, q.category) if q.category not in ACTIVITY else None)
        ent = ent or _list_counted(seg, q, split) or _added_free(preceding_phrase(seg, q.category))
        if ent and q.category == "people":
            ent = _people_object(seg, _people_acting(_people_before(seg, ent)))
            if all(f == "ns" or _place_word(w) for w, f in tokens(ent)):
                ent = None  # 佛州约650万人被要求撤离: where the people are, not who they are
        if not ent and not seg and q.start == clause_start(text, q.start) and prev_end <= q.start - 1:
            ent = _colon_label(text, q.start)  # 层次：925hPa、850hPa: the label before a colon names what the list gives
        if not ent and frame_only(seg) and not prev_end > clause_start(text, q.start):
            # 职工总数，将达到2439万人: the clause is a frame, the topic is the clause before it
            ent = topic_before(text, clause_start(text, q.start), q.category, prev_end)
        elif not ent and i and found[i - 1].category == "time" and found[i - 1].start > (cs := clause_start(text, q.start)) and (
                frame_only(seg) or not seg and q.num_start > q.start):  # (连续3年超过1000万人: the verb in the span)
            # 粮食产量连续5年稳定在1.3万亿斤以上: a duration between the topic and its level verb is an adverbial; the
            # topic before it is what the level measures
            ent = preceding_phrase(text[cs: found[i - 1].start], q.category)
            ent = ent if ent and any(is_noun(f) for _w, f in tokens(ent)) else None
        if q.category in MEASURES:
            ent = _dimension_free(ent)  # 岸线长600米: the noun is what is measured
        if q.category not in ACTIVITY:
            ent = amount_free(ent)  # (中央储备粮数量在5亿公斤以下: the grain is what is weighed)
        elif ent and ent.endswith(tuple(entity_words("frequency"))):
            ent = _frequency_free(ent)  # 互动次数达4.4万余次: the activity is counted, not its frequency
        if ent and _scope_only(seg, ent):
            ent = None  # 其中大陆地区26次: a place narrows the earlier count, it is not counted
        out[i], how[i] = ent, ("preceding" if ent else "elided")
        if not ent and has_verb(seg):
            how[i] = "verb"  # 立案45件: a count after its own verb takes no entity across it
    for i in range(n - 1, -1, -1):  # 6方面26个问题: the groups share the next number's entity
        if how[i] != "adjacent":
            continue
        q, r = found[i], found[i + 1]
        if q.unit == "户" and r.category == "people":
            # 贫困户416户1283人: households, then the people in them; each reads the phrase before
            seg = text[max(clause_start(text, q.start), found[i - 1].end if i else 0): q.start]
            out[i] = amount_free(preceding_phrase(seg, q.category)) or (
                preceding_phrase(seg, "events") if has_verb(seg) else None)  # 实现脱贫187户603人
            if out[i] and how[i + 1] in ("elided", "relative", "verb"):
                out[i + 1] = out[i][:-1] + "人口" if out[i].endswith("户") and len(out[i]) > 2 else out[i]
                how[i + 1] = "paired"
        elif r.category == "time" and r.unit in ("周岁", "岁"):
            # 2180名80周岁以上老人: the age belongs to the people counted
            tail = following_phrase(text[r.end: clause_end(text, r.end)], q.category)
            lead = regex.match(qualifiers("after_amount"), text[r.end:])  # 以上, 以下, 左右 …
            if tail:
                out[i] = text[r.start: r.end] + (lead[0] if lead and not tail.startswith(lead[0]) else "") + tail
        elif r.category in MEASURES and q.category not in MEASURES and (whole := following_phrase(
                text[r.end: clause_end(text, r.end)], q.category,
                after=text[max(clause_start(text, q.start), found[i - 1].end if i else 0): q.start])):
            out[i] = whole  # 2座35万千瓦光热发电项目: the count counts the facility the measure sizes
        elif out[i + 1]:
            out[i] = out[i + 1]
    for i in range(n):
        if how[i] in ("relative", "elided"):
            out[i] = _from_earlier(text, found, out, i)
        elif how[i] == "verb":  # 立案45件: the same things as a count of the same unit before, or the action
            seg = text[max(clause_start(text, found[i].start), found[i - 1].end if i else 0): found[i].start]
            toks = strip_tail(tokens(strip_tail_text(seg)))
            if toks and cue_role(toks[-1][0]) == "state":  # 死亡17例: the state of those counted
                out[i] = preceding_phrase(seg, "events")
                continue
            out[i] = _from_earlier(text, found, out, i, same_unit=True) or (found[i].category == "count" and _topic_of_verb(seg)) or (
                None if toks and toks[-1][0] in entity_words("existential") else preceding_phrase(seg, "events"))
            # (存在7级以上大震: a verb of existence is no activity counted)
        elif how[i] == "preceding" and out[i] and _bare_modifier(out[i]):
            head = _from_earlier(text, found, out, i, same_unit=True)
            if head and head != out[i] and tokens(head):  # 乳制品128批次，合格128批次: the passed ones of the same things
                last = tokens(head)[-1][0]
                out[i] = last if last.startswith(out[i]) else out[i] + last  # (裁减人员二十人以上或者裁减不足二十人:
                # the word names the things by the same verb, 裁减|人员, not 裁减裁减人员)
    _share_heads(text, found, out, how)
    if split:
        _distribute(text, found, out, how, split)
    return out

def _distribute(text: str, found: Sequence, out: list, how: list,
                split: Callable[[str, int], Optional[list[str]]]) -> None:
    """``小学、初中、高中分别有120所、45所和20所``: the numbers of a ``分别`` list, each without a
    noun of its own, count the members of the list before ``分别`` in their order."""
    n, i = len(found), 0
    while i < n:
        j = i
        while j + 1 < n and text[found[j].end: found[j + 1].start] in LIST_GAPS:
            j += 1
        chain = list(range(i, j + 1))
        i = j + 1
        if len(chain) < 2 or any(how[c] == "following" for c in chain):
            continue
        first = found[chain[0]]
        cs = clause_start(text, first.start)
        k = text.rfind("分别", cs, first.start)
        if k < 0 or RE_DIGIT.search(text, cs, k):
            continue
        parts = split(text[cs:k], len(chain))
        if not parts:
            continue
        for c, part in zip(chain, parts):
            q = found[c]
            out[c] = part if q.category in MEASURES or q.category in ACTIVITY else (amount_free(part) or part)


@lru_cache(maxsize=1)
def _list_joiner() -> "regex.Pattern":
    """A joiner of list members (:data:`~govtext.extract.noun_phrases.LIST_GAPS`, longest first)."""
    return regex.compile("|".join(regex.escape(j) for j in sorted(LIST_GAPS, key=len, reverse=True)))


@lru_cache(maxsize=1)
def _joiner_before_han() -> "regex.Pattern":
    """A list joiner with a member after it (not one closing a member's own characters at the end)."""
    return regex.compile(rf"(?:{_list_joiner().pattern})(?=\p{{Han}})")


@lru_cache(maxsize=None)
def _list_of(n: int) -> "regex.Pattern":
    """``n`` runs of Han characters joined by list joiners, closing the text: the first, then the others."""
    return regex.compile(rf"(\p{{Han}}+)((?:(?:{_list_joiner().pattern})\p{{Han}}+){{{n - 1}}})$")


def _list_counted(seg: str, q, split: Optional[Callable[[str, int], Optional[list[str]]]]) -> Optional[str]:
    """The whole list a count of as many parts closes (``由论坛会议、展览和动态活动三部分组成`` → ``论坛会议、展览和
    动态活动``), or ``None``: the count follows the list's last member and ``split`` finds that many members."""
    n = q.value
    if q.category != "count" or not split or not isinstance(n, (int, float)) or n != int(n) or not 2 <= n <= 9:
        return None
    joiner = _list_joiner()
    m = _list_of(int(n)).search(seg)
    if not m or joiner.match(seg, m.start(2)) is None or len(_joiner_before_han().findall(m[2])) != int(n) - 1 or not split(seg, int(n)):
        return None
    first, last = preceding_phrase(m[1], q.category), preceding_phrase(seg, q.category)
    member = joiner.split(m[2])[-1]
    if not first or not m[1].endswith(first) or not last or not (member.endswith(last) or member.startswith(last)) or "等" in member:
        return None  # (被道路、河道等分割为两个以上: the last member is no noun phrase closing the clause)
    return first + m[2]


@lru_cache(maxsize=1)
def _bounding_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The qualifier words that bound a count (none of kind ``approx``): those written before the number, and the
    longer ones (two characters or more) written after it (``qualifiers.tsv``)."""
    rows = [(w, p) for w, k, p, _g in qualifier_words() if k != "approx"]
    return frozenset(w for w, p in rows if p == "before"), tuple(w for w, p in rows if p in ("after", "both") and len(w) > 1)


def _bound(text: str, q) -> bool:
    """Whether the span of ``q`` bounds its count: a qualifier word before the number that is not
    an approximation (超过, 不少于), or 以上/以下 after it (not 约, 余, 多: an approximate count)."""
    before, after = _bounding_words()
    return text[q.start: q.num_start] in before or text[q.start: q.end].endswith(after)


def _bounded_noun(text: str, q, seg: str, after_end: int) -> Optional[str]:
    """The noun a bounded count measures inside a relative clause on another noun (``工作人员超过5人的单位``,
    ``贯标企业数量超过10家的贯标服务机构`` → ``贯标企业``), or ``None``: the count is bounded (:func:`_bound`),
    的 follows it, and a noun phrase ends right before it (not 形成1000个以上的数字标签, 长达4000公里的管道: a verb
    there; the count is then the noun's after 的)."""
    if not text.startswith("的", after_end) or not seg or not RE_HAN.match(seg[-1]) or not _bound(text, q) or _from_reference(seg):
        return None  # (距来车方向不少于五十米的地点: a distance from a place, the place measures nothing)
    toks = tokens(seg)
    if not toks or not is_noun(toks[-1][1]) or toks[-1][1] in PROPER or _place_word(toks[-1][0]):
        return None
    if q.category in MEASURES:
        return None  # (a measure's own noun is read before: 面积六公顷以上的湖泊湿地)
    ent = preceding_phrase(seg, q.category)
    if not ent or not seg.endswith(ent) or cue_role(ent[0]) == "reference":
        return None  # (距来车方向: 距 the tagger joined to the place names a distance's start)
    own = amount_free(ent)
    if own and own != ent and len(own) > 1 and not own.endswith("人"):
        return own  # 贯标企业数量超过10家的: the things counted, named with the word for how many
    last = tokens(own)[-1][0] if own and tokens(own) else ""
    if q.category == "people" and own == ent and not last.endswith("数") and last.endswith((*frame_words("people"), *frame_words("aged"), *people_ends())):
        return own  # 从业人员不足五十人的: a noun for people (not 人数不足五百人的村, 为一体不超过2人的场所)
    return None


def _place_counted(text: str, at: int, after: Optional[str], before: Optional[str], unit: str) -> Optional[str]:
    """The entity of a count whose classifier is an administrative unit or a country (``place_unit`` rows of
    ``entity_words.tsv``: 3县, 57国), which itself says what is counted: the nouns right after it (欧洲7国领导人
    → 领导人, not a name or phrase further on: 3县5乡“大电网延伸”工程), else a noun before it that ends in
    the unit (贫困县38县), never a place or verb phrase before it (欧洲7国, 中国倡议设立、57国)."""
    if after and text.startswith(after[:1], at):
        toks = tokens(after)
        k = next((j for j, (_w, f) in enumerate(toks) if not (f[:1] == "n" or f == "j")), len(toks))  # not 出席会议/l
        if k:
            return "".join(w for w, _f in toks[:k])
    if before and before.endswith(unit) and len(before) > 1:
        return amount_free(before) or before
    return None


def _quake(phrase: str) -> str:
    """``地震灾后重建`` → ``地震``, ``大震活动`` → ``大震``: a magnitude measures the earthquake the phrase after it
    opens with (a word ending in 震); what follows is said of it. Other phrases stay."""
    toks = tokens(phrase)
    k = next((j for j, (w, _f) in enumerate(toks) if w.endswith("震")), None)
    return "".join(w for w, _f in toks[: k + 1]) if k is not None and k < len(toks) - 1 else phrase


def _unit_counts_itself(unit: str) -> bool:
    """Is ``unit`` a classifier that is itself what it counts: an administrative unit or a country (``place_unit``:
    3县, 57国), a body (``counted_unit``: 7部门), or a place word only Arabic digits count (31省份, 3省市)?"""
    return unit in entity_words("place_unit") or unit in entity_words("counted_unit") or (
        len(unit) > 1 and unit in arabic_only() and _place_word(unit))


def _place_word(word: str) -> bool:
    """A word naming a place of an administrative level (``place_end`` and ``place_unit`` of entity_words.tsv but
    国, matched at the end: 省区市, 直辖市, 县域, 行政村)."""
    return word.endswith((*entity_words("place_end"), *(w for w in entity_words("place_unit") if w != "国")))


def _places_counted(phrase: str) -> str:
    """``省（区、市）用电`` → ``省（区、市）``, ``国家重点生态功能区县域生态质量`` → ``…县域``: in the phrase after a
    count, nouns ending in places of an administrative level (their bracket of alternatives and list included) are
    what is counted when the nouns after them end in a word for what a place has or yields (``attribute`` and
    ``stat_end`` of entity_words.tsv: 用电, 效益, 质量, 资源, 产值 …): those open what is said of the places. Places
    before any other noun modify it and stay (``乡镇卫生院``, ``省重点实验室``, ``社区组织阵地``)."""
    toks = tokens(phrase)
    cut, k = None, 0
    while k < len(toks) and (is_noun(toks[k][1]) or toks[k][0] in "（）、和及"):
        w, f = toks[k]
        j = k + 1
        if _place_word(w) and j < len(toks) and toks[j][0] == "（":
            j = next((m + 1 for m in range(j, len(toks)) if toks[m][0] == "）"), len(toks))
        if _place_word(w) and j < len(toks) and (is_noun(toks[j][1]) or toks[j][1] == "vn") and not _place_word(toks[j][0]):
            cut = j
            break
        k += 1
    said = (*entity_words("attribute"), *entity_words("stat_end"))
    if cut is None and len(toks) > 1 and len(toks[-1][0]) > 1 and toks[-1][0].endswith(said) and is_noun(toks[-2][1]) and (
            toks[-1][0] not in entity_words("sum")):
        # 191家工业企业营业收入超百亿元, 8条产业链产值两位数增长: what the things counted have or yield, after the
        # last head of a compound before it (企业|营业收入), else the last word
        cut = next((k + 1 for k in range(len(toks) - 2, -1, -1) if toks[k][0].endswith(tuple(entity_words("compound_head")))),
                   len(toks) - 1)
    rest = "".join(w for w, _f in toks[cut:]) if cut is not None else ""
    if not rest.endswith(said) or not phrase.endswith(rest) or len(phrase) == len(rest):
        return phrase
    return phrase[: len(phrase) - len(rest)]


def _amount_topic(seg: str, category: str) -> Optional[str]:
    """The topic of a clause that names a count (a word for how many: ``amount`` of entity_cues.tsv)
    and then only adverbs and its predicate before the number (``招生数仍然安排60万人``,
    ``参保人数继续保持1000万人以上``): the number is that count's, whatever the verb; else ``None``."""
    toks = tokens(seg)
    k = len(toks)
    while k and (toks[k - 1][1] in ("p", "d", "ul") or is_verb(toks[k - 1][1]) or cue_role(toks[k - 1][0]) == "filler"):
        k -= 1
    if not k or k == len(toks) or not any(is_verb(f) for _w, f in toks[k:]) or not is_noun(toks[k - 1][1]):
        return None
    word = toks[k - 1][0]
    if not word.endswith(role_words("amount")):
        return None
    lead = max((i + 1 for i, (_w, f) in enumerate(toks[:k - 1]) if f in ("m", "t")), default=0)
    # (1981年招生数仍然安排27万人: the year before the topic is no part of it)
    return preceding_phrase("".join(w for w, _f in toks[lead:k]), category)


def _people_acting(phrase: str) -> str:
    """``高校毕业生就业`` → ``高校毕业生``: before a count of people, a noun for people (``people`` of
    entity_frames.tsv) and then verbs say what the people counted did (``就业创业``, ``留省就业``); they are the
    entity, without the verbs and a verb opening the phrase (``实现高校毕业生就业2800万人``, ``吸引高校毕业生…``).
    ``城镇新增就业`` has no such noun and stays."""
    toks = tokens(phrase)
    k = max((j for j, (w, f) in enumerate(toks[:-1]) if is_noun(f) and w.endswith(tuple(frame_words("people")))), default=None)
    if k is None or not any(is_verb(f) for _w, f in toks[k + 1:]) or any(
            w.endswith(tuple(frame_words("people"))) or cue_role(w) in ("stop", "skip") for w, _f in toks[k + 1:]):
        return phrase
    toks = toks[: k + 1]
    while len(toks) > 1 and (cue_role(toks[0][0]) in ("light", "governing") or toks[0][0] in level_verbs() or is_verb(
            toks[0][1]) and is_noun(toks[1][1])):
        toks = toks[1:]
    return "".join(w for w, _f in toks)


_PASSIVE = "受被遭"  # 转移受威胁群众: a passive verb the phrase reader dropped makes the next verb a modifier


def _people_object(seg: str, phrase: Optional[str]) -> Optional[str]:
    """``接待游客`` → ``游客``, ``转移受灾群众`` → ``受灾群众``: before a count of people, a verb opening the phrase
    whose object is a noun for people (``people`` and ``aged`` of entity_frames.tsv, or a word ending in 者, 员, 民 …)
    says what was done to them; the people are counted (``处分`` alone, ``参观主题成就展``, ``城镇新增就业`` stay)."""
    toks = tokens(phrase) if phrase else []
    gov = max((j for j, (w, f) in enumerate(toks[:-1]) if j and is_verb(f) and cue_role(w) == "governing"), default=None)
    if gov is not None and all(is_noun(f) for _w, f in toks[gov + 1:]) and toks[-1][0].endswith(
            (*frame_words("people"), *frame_words("aged"), *people_ends())):
        return "".join(w for w, _f in toks[gov + 1:])  # 铁路发送旅客: the agent and its verb go, the people it acts on stay
    if len(toks) < 2 or "的" in phrase or new_things(toks[0][0]) or toks[0][0][0] in "已未在从" or not (
            is_verb(toks[0][1]) and cue_role(toks[0][0]) in (None, "governing", "light")
            or toks[0][1] == "vn" and (cue_role(toks[0][0]) in ("governing", "light") or cue_role(toks[0][0]) is None and not (
                toks[-1][0].endswith(tuple(entity_words("role_head")))))):
        return phrase  # (执行逮捕的侦查人员: a verb of a relative clause; 监督检查人员: a verbal noun of a compound;
        # 已知债权人: a participle; 在职职工, 从业人员: a state)
    if is_verb(toks[1][1]) or toks[1][1] == "vn" or word_frequency(toks[0][0] + toks[1][0][0]) > 0 or len(toks) == 2 and (
            toks[1][0] in entity_words("role_head") or cue_role(toks[1][0]) == "amount" or toks[1][0].endswith("数")):
        return phrase  # (组成人员, 当选人数: a verb before a bound word for people or a count of them names them;
        # 调查|组成员: the verb and the next character are one word the tagger split)
    w, f = toks[-1]
    if not is_noun(f) or not w.endswith((*frame_words("people"), *frame_words("aged"), *people_ends())):
        return phrase
    at = seg.rfind(phrase)
    if at > 0 and seg[at - 1] in _PASSIVE:
        return phrase
    before = tokens(seg[:at]) if at > 0 else []
    if before and (is_verb(before[-1][1]) and cue_role(before[-1][0]) != "filler" or cue_role(before[-1][0]) in ("governing", "light")):
        return phrase  # 帮扶就业困难人员: after the verb acting on them, a verb opening the phrase modifies the people
    rest = "".join(w for w, _f in toks[1:])
    return rest if len(rest) > 1 and any(is_noun(g) for _w, g in toks[1:]) else phrase


_COLON = "：:"
_LABEL_START = "；;。！？!?\n，,"


def _colon_label(text: str, start: int) -> Optional[str]:
    """``范围：全球区域；层次：925hPa、850hPa`` → ``层次``: a number (or list) right after a colon that ends a short label
    of nouns alone in its clause (two to six characters) gives what the label names; else ``None`` (``其中：``, ``时间：``
    frames and labels that hold a verb name nothing counted)."""
    if start < 3 or text[start - 1] not in _COLON:
        return None
    ls = start - 1
    while ls > 0 and text[ls - 1] not in _LABEL_START and start - 1 - ls < 7:
        ls -= 1
    label = text[ls: start - 1].strip()
    if not 2 <= len(label) <= 6 or not RE_HAN.match(label) or (ls > 0 and text[ls - 1] not in _LABEL_START):
        return None
    toks = tokens(label)
    if not toks or not all((is_noun(f) or f == "m" and not RE_NUMERAL.search(w)) and unbounding(w) for w, f in toks) or (
            label.endswith(role_words("amount"))):  # (层次/m: a word without a numeral the tagger read as one)
        return None
    return label


def _topic_of_verb(seg: str) -> Optional[str]:
    """``技术创新项目每年要启动`` → ``技术创新项目``: before a count of things, a clause of a noun phrase, then a time word or
    modal (每年, 要, 将 …) and a verb (or verbal noun) ending it puts the things counted first, as the topic the verb acts
    on; ``None`` when no such adverbial stands between (立案45件: the action counted; 项目启动12个 likewise)."""
    toks = tokens(seg)
    k = len(toks)
    while k and (is_verb(toks[k - 1][1]) or toks[k - 1][1] == "vn") and cue_role(toks[k - 1][0]) != "filler":
        k -= 1
    if k == len(toks) or len(toks) - k > 2:
        return None
    j = k
    while j and (toks[j - 1][1] in ("d", "r", "t") and time_word(toks[j - 1][0]) or cue_role(toks[j - 1][0]) == "filler"):
        j -= 1
    if j == k or not j or not is_noun(toks[j - 1][1]) or not any(toks[m][1] in ("r", "t") for m in range(j, k)):
        return None
    return preceding_phrase("".join(w for w, _f in toks[:j]), "count")


def _people_before(seg: str, phrase: str) -> str:
    """``失业人员实现再就业10万人`` → ``失业人员``: a count of people after only verbs (``就业``) counts the people
    named right before them, a level verb or an adverb between (实现, 再); else ``phrase``."""
    toks = tokens(phrase)
    at = seg.rfind(phrase)
    if not toks or not all(is_verb(f) for _w, f in toks) or at <= 0:
        return phrase
    before = tokens(seg[:at])
    while before and (before[-1][1].startswith("d") or before[-1][0] in level_verbs() or cue_role(before[-1][0]) == "filler"):
        before = before[:-1]
    if not before or not is_noun(before[-1][1]) or not before[-1][0].endswith(tuple(frame_words("people"))):
        return phrase
    return preceding_phrase("".join(w for w, _f in before), "people") or phrase


def _relative_exists(seg: str) -> bool:
    """Does the clause before a number end in a headless relative clause and a verb of existence, adverbs
    between (``已全部完工并投入生产的有``, ``其中在国外的有``, ``入党的大约有``)? Its head is elided: the things counted
    before in the sentence, of which it names a part."""
    toks = tokens(seg)
    if not toks or toks[-1][0] not in entity_words("existential"):
        return False
    k = len(toks) - 1
    while k and (toks[k - 1][1].startswith("d") or cue_role(toks[k - 1][0]) == "filler"):
        k -= 1
    return k > 1 and toks[k - 1][0] == "的"


def _reached(seg: str, category: str = "") -> bool:
    """Does the clause before a number end with a verb of reach (惠及, 容纳), or before people one of coverage
    (``coverage`` of entity_words.tsv: 覆盖9亿多人)?"""
    toks = strip_tail(tokens(strip_tail_text(seg)))
    return bool(toks) and (cue_role(toks[-1][0]) == "reach" or category == "people" and toks[-1][0] in entity_words("coverage"))


def _from_reference(seg: str) -> bool:
    """Does the clause before a number name the point a distance starts from (距江边, 东距县城)?"""
    toks = tokens(seg)
    return any(cue_role(w) == "reference" or (  # 大火距离洛杉矶市区仅40公里: the measure word 距离 before a place is 距
        cue_role(w) == "measure" and cue_role(w[0]) == "reference" and toks[k + 1][1] in PROPER)
               for k, (w, _f) in enumerate(toks[:-1])) and not measured(preceding_phrase(seg, "length"))


def _after_localizer(seg: str) -> bool:
    """Does the clause before a length end with a localizer of direction after a place name
    (``界牌大桥上游``, ``县城以东``), so that the length is a distance from that place? Not a frame
    (``以上``, ``之间``)."""
    toks = tokens(strip_tail_text(seg))
    return len(toks) > 1 and toks[-1][1] == "f" and len(toks[-1][0]) > 1 and toks[-1][0] not in frame_words("locative") and (
        toks[-2][1] in PROPER)  # (not 岸线上游55米: upstream on the line measured)


_ALTERNATIVES = ("或", "或者")  # the joiners of two bounds of one count


def _zone(phrase: str) -> bool:
    """Does the phrase after a measure hold a localizer of inside or outside after its noun (``地域范围内``,
    ``范围以内燃放``: ``locative`` words of entity_frames.tsv ending in 内 or 外), so that the measure bounds
    a zone where the clause holds rather than sizes a thing? (A localizer before a facility word is cut off
    before: 五十米范围内绿化设施 → 范围.)"""
    if "内" not in phrase and "外" not in phrase:
        return False
    toks = tokens(phrase)
    return any(k and w.endswith(("内", "外")) and w in frame_words("locative") and is_noun(toks[k - 1][1])
               for k, (w, _f) in enumerate(toks))


def _capacity_free(phrase: str) -> str:
    """``大型船用柴油机曲轴能力`` → ``大型船用柴油机曲轴``: a word for a capacity (``capacity`` in
    ``entity_frames.tsv``) closing a counted phrase after a noun says how many of that noun can be made;
    the noun is what the count counts. A capacity alone stays (提升5种能力)."""
    toks = tokens(phrase)
    if len(toks) > 1 and toks[-1][0] in frame_words("capacity") and is_noun(toks[-2][1]):
        return phrase[: -len(toks[-1][0])]
    return phrase


_CLAUSE_MARKS = "，,。；;！？!?、"  # marks closing a clause or a member of a list of clauses


def _predicate_free(phrase: str, after: str) -> str:
    """``主办单位研究`` → ``主办单位`` in ``两个以上主办单位研究办理的``: after a count of things (not of kinds or items:
    ``kind_unit`` of ``entity_words.tsv``), a verb or verbal noun of two characters or more closing the phrase right
    after its noun head is the things' predicate (what they do or what is done with them), no part of them, when
    the clause goes on as a predicate after it: a verb, an adjective, an adverb or a conjunction (``住宅设计并安装``,
    ``公司运营良好``; not 和, which joins another noun: ``职工技能提升和转岗转业培训``), a 的 closing a headless relative clause within two words (``客运经营的，``, ``主办单位研究办理的，``:
    the tagger may read 办理 as a noun), or 、 before another verb (``副主任辞职、离职``). Before a noun
    (``国际组织的积极响应``, ``国际组织、2000多家…``) or at the end of the clause (``通信设备；``) the verbal noun
    heads a compound (组织, 设备) and stays; so do facility words and words for people's role."""
    toks = tokens(phrase)
    at = after.find(phrase)
    if len(toks) < 2 or at < 0:
        return phrase
    (w, f), (pw, pf) = toks[-1], toks[-2]
    if w in entity_words("works") and is_noun(pf) and pf not in ("f", "t") and pw not in JOINERS and (
            after[at + len(phrase): at + len(phrase) + 1] in tuple(_CLAUSE_MARKS)):
        return phrase[: -len(w)]  # 12480个入河排污口整治，: works done on the things counted, closing the clause, are
        # what was done to them, whatever the tagger reads them as (整治/n); a count before the works counts the sites
        # (城中村改造2.6万户, after them, counts the works)
    if not (is_verb(f) or f == "vn") or len(w) < 2 or cue_role(w) in ("facility", "measure", "amount") or (
            w in entity_words("role_head")) or not is_noun(pf) or pf in ("f", "t") or pw in JOINERS or (
            w in phrase[: -len(w)]):
        return phrase  # (经济组织和社会组织参与: a word that heads another member too is the members' head)
    rest = tokens(after[at + len(phrase):])
    if not rest:
        return phrase
    nw, nf = rest[0]
    closes = next((k for k, (v, _g) in enumerate(rest[:3]) if v == "的"), None)
    goes_on = is_verb(nf) or nf.startswith(("d", "ul", "uz")) or nf == "a" or nw in entity_words("conjunction") or (
        closes is not None and all(RE_HAN.match(v) for v, _g in rest[:closes]) and (
            len(rest) == closes + 1 or rest[closes + 1][1] == "x")) or (
        nw == "、" and len(rest) > 1 and is_verb(rest[1][1]))
    return phrase[: -len(w)] if goes_on else phrase


def _added_free(phrase: Optional[str]) -> Optional[str]:
    """``加工量新增`` → ``加工量`` in ``落地加工量新增300万吨``: a verb of adding (``added`` of ``entity_words.tsv``) after
    the noun of a measure, right before the amount, is the predicate of what grew; before the noun it names new
    things and stays (``新增发电装机容量``, FACTS.md §5).

    >>> _added_free("耕地面积新增"), _added_free("新增装机容量"), _added_free("新增")
    ('耕地面积', '新增装机容量', '新增')
    """
    toks = tokens(phrase) if phrase else []
    if len(toks) > 1 and toks[-1][0] in entity_words("added") and is_noun(toks[-2][1]):
        return phrase[: -len(toks[-1][0])]
    return phrase


def _dimension_free(phrase: Optional[str]) -> Optional[str]:
    """``岸线长`` → ``岸线``: an adjective of size (``dimension`` in ``entity_frames.tsv``) after the noun
    it measures is no part of the entity."""
    toks = tokens(phrase) if phrase else []
    if len(toks) > 1 and toks[-1][0] in frame_words("dimension") and is_noun(toks[-2][1]) and len(phrase) > 2:
        return phrase[: -len(toks[-1][0])]
    return phrase


def _ends_in_noun(phrase: str) -> bool:
    """Does ``phrase`` end in a noun (a measure word is one whatever the tagger says: 产能/v)?"""
    toks = tokens(phrase)
    return bool(toks) and (is_noun(toks[-1][1]) or cue_role(toks[-1][0]) == "measure") and cue_role(toks[-1][0]) not in (
        "governing", "light")



def _bare_modifier(phrase: str) -> bool:
    """A phrase that is one adjective or verb and no noun (合格, 已解决)."""
    toks = tokens(phrase)
    return len(toks) == 1 and len(phrase) > 1 and (toks[0][1] in ("a", "v", "ad", "d") or cue_role(phrase) == "modifier")


def _scope_only(seg: str, phrase: str) -> bool:
    """其中大陆地区 before a number: after 其中, a place names a part of what was counted before."""
    if "其中" not in seg:
        return False
    toks = tokens(phrase)
    return bool(toks) and (toks[-1][1] == "ns" or phrase.endswith(("地区", "地方", "境内", "境外")))


def _from_earlier(text: str, found: Sequence, out: list, i: int, same_unit: bool = False) -> Optional[str]:
    """An elided head filled in from an earlier quantity in the sentence (same unit first; only the
    same unit when ``same_unit``: across a verb, 梳理归纳3728条 counts the 条 counted before)."""
    q = found[i]
    sent = clause_start(text, q.start, SENTENCE_END, window=300)
    earlier = []
    for j in range(i - 1, -1, -1):  # found is sorted: stop at the first quantity before the sentence
        if found[j].start < sent:
            break
        if out[j]:
            earlier.append(j)
    same = [j for j in earlier if found[j].unit == q.unit]
    if same_unit:  # across a verb only things carry, not an action (责令整改2571家，立案处罚1064家)
        same = [j for j in same if _ends_in_noun(out[j])]
    # (of another unit only things of the same kind: 13个村民小组，505户1748人 counts no groups as people)
    pick = (same or ([] if same_unit else [j for j in earlier if found[j].category not in ("time",) and (
        (found[j].category == "people") == (q.category == "people"))]) or [None])[0]
    if pick is None:
        return None
    head = out[pick].rsplit("的", 1)[-1]
    seg = text[max(clause_start(text, q.start), found[pick].end): q.start]
    if not seg.endswith("的"):
        return out[pick]  # 梳理归纳3728条: the same things as before
    if "的" in out[pick]:  # 其中反映区委常委班子的40条: a parallel subtype
        modifier = preceding_phrase(seg[:-1], "count", clause=False)
        if modifier:
            return f"{modifier}的{head}"
    return head  # 评定为“好”等次的8618名: a subset of the same people


def _level_word(tok: tuple[str, str]) -> bool:
    """A distinguishing word of level or kind (国家级, 省级, 大型: tagged ``b``, or ending in 级)."""
    return tok[1] == "b" or tok[0].endswith("级") and len(tok[0]) > 1


def _share_heads(text: str, found: Sequence, out: list, how: list) -> None:
    """``324个村、55个社区组织阵地``: a one-word phrase shares the next phrase's head."""
    for i in range(len(found) - 1):
        a, b = out[i], out[i + 1]
        if how[i] != "following" or how[i + 1] != "following" or not a or not b:
            continue
        if text[found[i].end + len(a): found[i + 1].start] not in ("、", "和", "及"):
            continue
        b_toks = tokens(b)
        a_toks = tokens(a)
        if len(a_toks) == 1 and len(a) <= 2 and len(b_toks) >= 2:
            out[i] = a + "".join(w for w, _f in b_toks[1:])
        elif len(a_toks) == 1 and len(b_toks) >= 2 and _level_word(a_toks[0]) and _level_word(b_toks[0]):
            out[i] = a + "".join(w for w, _f in b_toks[1:])  # 6个国家级、20个省级临床重点专科: levels of one head
