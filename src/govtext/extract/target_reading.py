"""Reading one number of a goal context: its predicate (a verb right before it, an action verb with its
object, an indicator noun closing on it) and its subject, or nothing for a number that labels rather
than counts (``5个方面``, ``105周年``, ``等14条``).

``城镇调查失业率5.5%左右`` → subject 城镇调查失业率, level; ``地区生产总值增长5%`` → subject 地区生产总值,
growth; ``新建5G基站1万个`` → an action with its object, 5G基站. :mod:`govtext.extract.targets` decides
where goals stand and calls :func:`read_number` on each number there.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from govtext.extract.entity_cues import role_words
from govtext.extract.target_numbers import Atom, unit_categories
from govtext.extract.target_vocab import YEAR_NUMBER, action_matches, alternation, target_words, back_to, cue_patterns, free_cue, free_matches, predicate_words, qualifier_bound, sentence_start, target_cues, vocab
from govtext.lexicons import load_rows, load_table
from govtext.text.patterns import LIANG, NUMERAL_CHARS, ONES, ZERO_VARIANTS, SCALES, SMALL_NUMERALS, qualifiers
from govtext.text.postag import pos_pairs
from govtext.text.segmentation import cut
from govtext.text.wordtrie import word_alternation
from govtext.values.dates import read_component

__all__ = ["CLAUSE_END", "ITEM_END", "RE_TARGET_NOUN", "Reading", "disposal_object", "is_count", "read_number",
           "split_subject"]

_COUNT_CATEGORIES = {"count", "people", "events", "groups", "documents", "vehicles"}
CLAUSE_END = "，。；：！？,;:!?"
ITEM_END = CLAUSE_END + "、"
# an alternative unit in brackets right after a count (10条（段）, 20场(次)): FACTS.md §5 drops it
_RE_UNIT_GLOSS = regex.compile(r"[（(](?P<u>[^（）()\d]{1,2})[）)]")
# a count inside 包括…在内 (包括…建设的156个单位在内): a part the sentence's total includes, no figure of its own
_RE_INCLUDED_END = regex.compile(r"[^，。；：！？,;:!?\n]{0,16}?在内")
_CLOSERS = "，。；、：！？,;:!?）)和及与" + "\n"
# 每 before a thing or an occasion (每户, 每座, 每个乡镇, 每次, 每月): a standard for each; 每年 (a yearly goal),
# 每 before a numeral (每万人口拥有…: a rate indicator) and 每 in a gloss (（每秒百亿亿次…）) stay
_RE_PER_ITEM = regex.compile(rf"每(?![年\d{NUMERAL_CHARS}])\p{{Han}}")
# a count of times in a clause with 每年 / 每两年 (每年举办1次…交流会): how often a recurring event is held, a
# schedule rather than a figure to reach (unless a bound makes it one)
_RE_PER_YEAR = regex.compile(rf"每(?:[\d{NUMERAL_CHARS}]+)?年")
# a number another number stands beside as its alternative (不超过6项或3项): the choices a rule allows, no figure
# to reach (或以上 and 或更多 bound the number and leave it a figure)
# (一 stays out: 或一批, 统一或 are no numbers)
_RE_OR_NUMBER_AFTER = regex.compile(rf"\s*(?:或者|或是|或)\s*(?:\d|[{ONES[1:]}{LIANG}十])")
_RE_OR_NUMBER_BEFORE = regex.compile(rf"(?:\d|[{ONES[1:]}{LIANG}{SCALES}])\s*\p{{Han}}{{0,2}}(?:或者|或是|或)\s*$")
_RE_BASE_YEAR_END = regex.compile(rf"(?:{target_words('compare')})(?:{YEAR_NUMBER})年(?:年?底|年?末)?(?:预计)?$")  # (比1980年预计: its estimate)
_RE_MARKS = regex.compile(r"[“”‘’\"\'《》\s]")
_RE_YEAR_LEAD = regex.compile(rf"^(?:到|至|在)?(?:{YEAR_NUMBER})年(?:{target_words('year_end')})?(?:前)?")
_RE_YEAR_OR_DE_END = regex.compile(rf"(?:(?:{YEAR_NUMBER})年|的)$")
_RE_QUOTES_SPACES = regex.compile(r"[“”\s]")
_RE_NUMERAL_RUN = regex.compile(rf"([{ONES}])([{ONES}]+)(.+)")
_RE_MEMBER_SEP = regex.compile(target_words("join"))
_RE_NOUN_START = regex.compile(r"[\p{Han}A-Za-z“\"]|\d+[A-Za-z]|\d+\p{Han}+[\p{Han}A-Za-z]{2}")
_RE_CONTINUATION = regex.compile(r"[\p{Han}“”\"（）()·]{0,20}?[、和及与]")
_RE_DIGIT = regex.compile(r"\d")
# a list of examples, 等, then the head noun a count counts (新型智能终端、超高清视频等数字产业集群)
_RE_EXAMPLES_HEAD = regex.compile(r"[^、，。；：！？\d]{2,20}(?:、[^、，。；：！？\d]{2,20})+等(?P<head>\p{Han}{2,12})")
# the end of a list of examples before the count that sums it up (浪潮等9个节点, 《…》等在内的20项以上标准)
_RE_EXAMPLES_END = regex.compile(r"等(?:在内的?)?\s*$")
_RE_QUOTED_NAMES = regex.compile(r"(?:[“\"][^”\"，。；]{1,20}[”\"][、和及与]?)+")
RE_TARGET_NOUN = regex.compile(r"的(?P<p>预期)?(?P<g>增长|增速)?(?:预期)?目标")
_RE_TARGET_NOUN_AFTER = regex.compile(r"(?P<p>)(?P<g>)目标")
_RE_PAREN = regex.compile(r"[（(][^（）()]{0,60}[）)]")
_RE_NUMBER_END = regex.compile(r"\d(?![\dA-Za-z.年月日号])|%")
_RE_SEPARATOR = regex.compile(r"[、和及与，]")
_RE_OBJECT = regex.compile(r"[\p{Han}A-Za-z0-9“”（）()、·]+")
_RE_NOUN_AFTER = regex.compile(r"[\p{Han}A-Za-z0-9“”\"·（）()]{1,30}?(?=[，。；：、！？,;:!?\n]|和|及|$)")
_RE_ENUM_LEAD = regex.compile(rf"^(?:\d{{1,2}}[.．、]|[（(][{SMALL_NUMERALS}\d]{{1,3}}[）)]|[{SMALL_NUMERALS}]{{1,2}}(?:是|要|、))")
_RE_PLAN_PERIOD = regex.compile(rf"^(?:今后五年|十[{ONES}]五(?:时期|期间|末)?)")
_RE_FROM = regex.compile(rf"[由从][^，。；、由从]{{0,16}}?(?:\d|百分之|[{NUMERAL_CHARS}]{{2,}})[^，。；、]*$")
_RE_DOING = regex.compile(r"\p{Han}{2,20}(?=[，。；！？,;!?\n]|$)")
_RE_SHORT_NOUN = regex.compile(r"\p{Han}{1,6}")
_RE_MODIFIED_NOUN = regex.compile(r"[\p{Han}A-Za-z“”\"·（）()、]{2,40}?(?=[，。；：！？,;:!?\n]|$)")
_RE_PERIOD_LEAD = regex.compile(rf"^(?:{target_words('future')})?(?:[{SMALL_NUMERALS}两]{{1,2}}|\d{{1,2}})年(?:{target_words('within')}|间)?(?=\p{{Han}}{{2}})")
# a span of years closing the subject (固定资产投资总额五年(为…), 实际消费水平五年(增长…)): when, not what
_RE_PERIOD_TAIL = regex.compile(rf"(?<=\p{{Han}}{{2}})(?:{target_words('future')})?(?:[{SMALL_NUMERALS}两]{{1,2}}|\d{{1,2}})年(?:{target_words('within')}|间)?$")
_RE_LIST_START = regex.compile(rf"(?:{target_words('join')})")
_RE_PLAN_WORD_EDGE = regex.compile(r"^(?:而|并|且)|计划(?:草案)?(?:规定|要求|安排)?$|^计划(?=新|增|建|安排|完成)")
_RE_SHARE = regex.compile(r"的?(?P<p>[\p{Han}A-Za-z“”\"]{4,30}?)(?=[，。；！？,;!?\n]|$)")
# shares of several wholes joined before one predicate (90%的市和70%的县（市、区）达到…): a member is the share's
# number, 的 and its noun (a gloss in brackets may follow the noun), then the joining word or the predicate
_SHARE_NUMBER = r"(?:\d+(?:\.\d+)?|百分之[\p{Han}]{1,6}?)[%％]?(?:以上|左右)?"
_SHARE_MEMBER = r"的?(?P<n>\p{Han}{1,8}?)(?P<g>[（(][^（）()，。；]{1,12}[）)])?"
_RE_SHARE_JOINED = regex.compile(_SHARE_MEMBER + r"(?:和|及|、)(?=" + _SHARE_NUMBER + r"的?\p{Han})")
_RE_SHARE_LAST = regex.compile(r"的?(?P<s>[\p{Han}（）()、]{3,40}?)(?=[，。；！？,;!?\n]|$)")
_RE_SHARE_GLOSS = regex.compile(r"[（(][^（）()，。；]{1,12}[）)]")
_RE_SHARE_BEFORE = regex.compile(_SHARE_NUMBER + r"的\p{Han}{1,8}?(?:[（(][^（）()，。；]{1,12}[）)])?(?:和|及|、)$")
_RE_SHARE_NEXT = regex.compile(_SHARE_NUMBER)
_RE_TO_YEAR = regex.compile(rf"(?P<y>(?:19|20)\d\d|[{ONES[:2]}][{ZERO_VARIANTS}{ONES}]{{3}})年的$")
# a 了 that marks a result; not the 了 closing a verb by which a plan states its goals (content_verb and
# propose_verb rows: 纲要提出了…降低20%左右)
_STATING_VERB = rf"(?:{target_words('content_verb')}|{target_words('propose_verb')})"
_RE_RESULT_LE = regex.compile(rf"(?<!{_STATING_VERB})了")
_RE_STATING_LEAD = regex.compile(rf"^[^，。；]{{0,12}}?{_STATING_VERB}了?(?=\p{{Han}}{{2}})")
_RE_FROM_LEVEL = regex.compile(rf"(?<![自理经])(?:{target_words('from')})(?:\d|[{ZERO_VARIANTS}{ONES}]{{2}}|{target_words('base_year')}|{target_words('now')})[^，。；、由从]{{0,10}}的$")
_RE_FROM_TAIL = regex.compile(rf"[由从](?:\d|[{ZERO_VARIANTS}{ONES}]{{2}})[^由从]*$")
_RE_BASE_ONLY = regex.compile(rf"^(?:{target_words('compare')})(?![重例率值])")
# a goal noun, then the verb that sets its value: (增长速度的宏观调控)目标，定为 / (增长)目标确定为 / 目标是
_RE_ANY_STOP = regex.compile(r"[，。；：！？,;:!?]")
_RE_DEMONSTRATIVE = regex.compile(r"[这那该此]\p{Han}")
# the values joined after a goal's number up to the end of its clause (达到20Mbps和4Mbps。)
# (a bound word may close the last value: 森林覆盖率和草原综合植被盖度达到46%和60%以上)
_RE_VALUES_AFTER = regex.compile(rf"(?:\s*(?:{target_words('join')})\s*\d+(?:\.\d+)?\s*(?:%|％|[A-Za-z]{{1,6}}|\p{{Han}}{{1,3}}?))+"
                                 rf"(?:{qualifiers('after_amount')})?(?=[，。；！？,;!?\n]|$)")
# a number in the head of a named goal (not a digit of a name: M2, 5G, PM2.5)
_RE_NUMBER_IN_HEAD = regex.compile(r"(?<![A-Za-z\d.])\d+(?:\.\d+)?(?![A-Za-z\d.])")


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
    pats = cue_patterns()
    s = _RE_PAREN.sub("", raw)
    s = _RE_MARKS.sub("", s)
    s = _RE_ENUM_LEAD.sub("", s)  # 1.通过…, 一要…, （三）…
    s = _RE_STATING_LEAD.sub("", s)  # 纲要提出了(“十一五”期间单位国内生产总值能源消耗): who states the goal
    s = _RE_PLAN_PERIOD.sub("", s)  # “十五五”时期地区生产总值 → 地区生产总值
    cue = None
    for cue in pats["inner_cue"].finditer(s):
        pass
    if cue and len(s) - cue.end() >= 2:  # 中国宝武力争到2025年粗钢规模 → 粗钢规模
        # (a bound word after a deadline word is no indicator: 移动网络流量资费年内至少(降低30%) → the part before)
        s = s[:cue.start()] if qualifier_bound(s[cue.end():]) and cue.start() >= 2 else _after_plan_verb(s[cue.end():])
    if "将" in s or "把" in s:  # 引导合作机构逐步将平均担保费率(降至…): what is brought to the level
        last = disposal_object(s)
        if last is not None:
            s = s[last:]
    changed = True
    while changed and s:
        cut_plan = _RE_PLAN_WORD_EDGE.sub("", s)  # 工业总产值计划(增长6%), 计划新建(…): the plan, not the indicator
        if cut_plan != s:
            s, changed = cut_plan, True
            continue
        changed = False
        m = _RE_YEAR_LEAD.match(s) or _RE_PERIOD_LEAD.match(s) or _RE_PLAN_PERIOD.match(s)
        if m and m.end() > 0:
            s, changed = s[m.end():], True
            continue
        m = pats["lead"].match(s)
        if m:
            if m.end() >= len(s):
                return None  # only a cue or scope word: no subject
            s, changed = _after_plan_verb(s[m.end():]), True
            continue
        m = pats["tail"].search(s)
        if m and m.start() > 0:
            s, changed = s[: m.start()], True
            continue
        m = _RE_BASE_YEAR_END.search(s) or _RE_YEAR_OR_DE_END.search(s) or _RE_FROM_TAIL.search(s) or _RE_PERIOD_TAIL.search(s)
        if m and m.start() > 0:
            s, changed = s[: m.start()], True
            continue
        bound_end = next((n for n in (2, 3) if len(s) > n + 1 and qualifier_bound(s[-n:]) in (">=", "<=")), None)
        if bound_end:  # 能耗最多(增长2%): the bound word before the verb bounds the value, no part of the indicator
            s, changed = s[:-bound_end], True
            continue
        for word, _measure in _measure_words():
            if s.endswith(word) and len(s) > len(word):
                s, changed = s[: -len(word)], True
                break
    if "的" in s[:-2]:  # 以大数据为代表的数字经济核心产业规模 → 数字经济核心产业规模
        de = s.rindex("的")
        share_of = s[de + 1:] in _target_word_set("share_noun") and "占" in s[:de]
        if share_of:  # 轻工业产值占工业总产值的比重: the share names its whole; a 的 before 占 still describes
            de = s.rfind("的", 0, s.index("占"))
        rest = s[de + 1:]
        if len(rest) >= 2 and (de >= 0 or not share_of):
            s = rest
    s = s.lstrip("、，,的-—").rstrip("、和及与，,的")
    if _RE_BASE_ONLY.match(s):
        return None  # 比“六五”期间(增加百分之四十九): only the base of a comparison, the subject is before
    s = vocab().range_word.sub("", s)  # 65周岁及以上老年人 cut after the number: 及以上老年人 → 老年人
    return s if len(s) > 1 else None  # one character (先发行) names nothing


def _after_plan_verb(s: str) -> str:
    """``s`` without a 计划 that opens it after a time or scope word (明年计划轻工业产值… → 轻工业产值…): the
    plan's verb, where the segmenter parts it from what follows (计划生育, 计划单列市 stay)."""
    if s.startswith("计划") and len(s) > 4 and pos_pairs(s[:6])[0][0] == "计划":
        return s[2:]
    return s


def _measure_of_subject(raw: Optional[str]) -> Optional[str]:
    """The measure a subject names itself: ``X增速``, ``X涨幅`` growth, ``X降幅`` reduction."""
    if not raw:
        return None
    s = _RE_QUOTES_SPACES.sub("", raw)
    s = cue_patterns()["tail"].sub("", s)
    for word, measure in _measure_words():
        if s.endswith(word):
            return measure
    return None


def split_subject(subject: Optional[str], n: int) -> list[Optional[str]]:
    """The members of a 分别 list: ``一产、二产、三产增加值`` → 一产增加值, 二产增加值, 三产增加值;
    ``城乡居民收入`` → 城镇居民收入, 农村居民收入; ``花生种植、收获机械化率`` → 花生种植机械化率, 花生收获机械化率."""
    if not subject or n < 2:
        return [subject] * n
    c = target_cues()
    for joined, parts in c.split.items():
        if subject.startswith(joined) and len(parts) == n:
            return [p + subject[len(joined):] for p in parts]
    listed = subject.split("、")
    if len(listed) == n and (shared := _shared_tail(listed[0], listed[-1])):
        return [p + shared for p in listed[:-1]] + [listed[-1]]  # 文化及相关产业、旅游及相关产业增加值…比重
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
    firsts = cut(members[0])
    at = members[-1].find(firsts[-1], 1) if len(firsts) > 1 else -1
    if at > 0 and at + len(firsts[-1]) < len(members[-1]) and all(p.endswith(firsts[-1]) for p in members[:-1]):
        # 固定宽带和移动宽带接入能力: the earlier members end on the word (宽带) the last one names its own part with;
        # what follows it is shared
        return [p + members[-1][at + len(firsts[-1]):] for p in members[:-1]] + [members[-1]]
    first_tags = pos_pairs(members[0])
    if len(first_tags) > 1 and first_tags[-1][1] == "n":
        return members  # 森林覆盖率、湿地保护率; 5G基站和充电桩: a first member closing on a noun names itself whole
    prefix = ""
    first = cut(members[0])
    if n == 2 and len(first) > 1 and len(members[0]) > len(own) + 1:
        prefix = "".join(first[:-1])  # 花生种植、收获: 花生 is shared
    out = [members[0] + tail] + [prefix + p + tail for p in members[1:-1]] + [prefix + own + tail]
    return out


def _shared_tail(first: str, last: str) -> Optional[str]:
    """The tail the last member of a 、 list shares with the first when both end alike before it
    (文化及相关产业 / 旅游及相关产业增加值 → 增加值): the longest ending of the first member (two
    characters or more) that the last member holds before more text."""
    for k in range(len(first), 1, -1):
        at = last.find(first[-k:])
        if at >= 0 and at + k < len(last):
            return last[at + k:]
    return None


# --------------------------------------------------------------------------- reading one number


@dataclass
class Reading:
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
    if (gloss := _RE_UNIT_GLOSS.match(text, pos)) and (_unit_after_re().fullmatch(gloss["u"])
                                                       or pos_pairs(gloss["u"]) == ((gloss["u"], "q"),)):
        pos = gloss.end()  # 建设幸福河湖10条（段）。: the alternative unit in brackets is no word after the count
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
    if longer and longer.end() > end and (examples := _RE_EXAMPLES_HEAD.fullmatch(longer.group())):
        # 10个左右新型智能终端、超高清视频等数字产业集群: the examples, then the head the count counts
        return examples["head"], longer.end()
    if longer and longer.end() > end and _joined_nouns(longer.group()[len(noun):]):
        noun, end = longer.group(), longer.end()  # 100项以上基础共性、场景应用等国家、行业标准: one count
    words = cut(noun)
    for k, w in enumerate(words[1:], 1):
        # 140项以上相关标准并建立评估机制: the count's noun ends before 并; 20项以上急需标准出台: before what
        # the counted things are to do
        # (not before a 的 that makes the noun after it the head: 10个左右规模达到1000亿元以上的创新型产业集群)
        then = (w in _target_word_set("then_verb") or _fused_then(w) or w in _target_word_set("then_close") and k == len(words) - 1) \
            and "的" not in "".join(words[k:])
        if w in predicate_words("link") or then:
            if then and k > 1 and (words[k - 1] in _target_word_set("then_adverb")
                                   or pos_pairs(words[k - 1])[-1][1] in ("d", "ad", "a")):
                k -= 1  # 74项跨省通办事项全面落地: the adverb goes with the verb
            cut_at = len("".join(words[:k]))
            return noun[:cut_at], pos + cut_at
    return noun, end


@lru_cache(maxsize=1024)
def _fused_then(word: str) -> bool:
    """Is ``word`` an adverb and a then_verb the segmenter read as one word (大力开展, 全面实现)?"""
    for verb in _target_word_set("then_verb"):
        if word.endswith(verb) and len(word) > len(verb):
            head = word[:-len(verb)]
            return head in _target_word_set("then_adverb") or all(t in ("d", "ad") for _w, t in pos_pairs(head))
    return False


@lru_cache(maxsize=None)
def _target_word_set(role: str) -> frozenset:
    """The words of ``role`` in ``lexicons/target_words.tsv`` as a set (then_verb: 实现, 开展, 出台 …)."""
    return frozenset(r["word"] for r in load_rows("target_words.tsv") if r["role"] == role)


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


def _count_labels(text: str, atom: Atom, end: int) -> bool:
    """Does the count label rather than count (5个方面, 105周年, 九大行动), or count the members of a grade its noun
    opens with (形成14个二级分类)? A grade further inside the noun (9个标识解析二级节点) leaves the count a count."""
    pos = atom.end
    while pos < end and text[pos] in " \u3000":
        pos += 1
    return bool(_label_re().match(text, atom.start, end) or _label_re().match(text, pos, end))


@lru_cache(maxsize=1)
def _label_re() -> "regex.Pattern":
    units = "|".join(regex.escape(u) for u in sorted(target_cues().not_units, key=len, reverse=True))
    return regex.compile(rf"[\d{SMALL_NUMERALS}百两]+个?(?:{units})")


@lru_cache(maxsize=1)
def _tier_label() -> "regex.Pattern":
    """What follows a number that names the tier or grade of a noun rather than a figure: (这)一, a labelling classifier
    and 的 (6%一档的税率; 降至6%这一档 keeps its figure)."""
    units = "|".join(regex.escape(u) for u in sorted(target_cues().not_units, key=len, reverse=True))
    return regex.compile(rf"这?一(?:{units})的")


def _per_item(text: str, clause_start: int, pos: int, floor: int) -> bool:
    """Does a 每 (每户, 每个乡镇) govern the number at ``pos``: in its clause, or in an earlier clause of
    its sentence when the number's clause has no subject of its own (配备…2至3辆, 其中…不低于600元)?"""
    own = text[clause_start:pos]
    if "每" in own:
        if (origin := _RE_FROM.search(own)) and cue_patterns()["verb_end"].search(own):
            own = own[:origin.start()]  # 补助标准由每人每年240元提高到(280元): the 每 of the base names the standard raised
        if _RE_PER_ITEM.search(_RE_PAREN.sub("", own)):
            return True
    before = text[sentence_start(text, pos, floor):clause_start]
    if "每" not in before:
        return False  # (most numbers: no 每 in the sentence before them)
    clause = text[clause_start:pos].lstrip()
    pats = cue_patterns()
    if pats["cue_any"].match(clause):
        return False  # 每个乡镇组建…，确保森林火灾受害率控制在…: a goal of its own
    words = pos_pairs(clause[:12])  # cached: the clause openings of a list recur
    if not (clause.startswith("其中") or words and words[0][1].startswith("v")):
        return False  # the clause names its own subject
    return bool(_RE_PER_ITEM.search(_RE_PAREN.sub("", before)))


# A step that settles the reading returns (True, reading-or-None); one that does not apply returns (False, None).
_Step = tuple[bool, Optional[Reading]]
_OPEN: _Step = (False, None)


def read_number(text: str, atom: Atom, floor: int, prev: Optional[tuple[Atom, Reading]]) -> Optional[Reading]:
    """The predicate of a number in its clause (see :func:`_read_number`), or None when the number is no goal's
    value; a subject that is nothing but a goal word counts goals (约束性指标9项, 安排20件民生实事), no goal."""
    reading = _read_number(text, atom, floor, prev)
    if reading is not None and reading.subject in _goal_words():
        return None
    return reading


def _read_number(text: str, atom: Atom, floor: int, prev: Optional[tuple[Atom, Reading]]) -> Optional[Reading]:
    """The predicate of a number in its clause, or None when the number is no goal's value.

    The steps, in order: numbers that are no goal's value; a goal named after the number (的…目标);
    a goal the sentence names before it; the continuation of the previous goal; then what stands
    before the number: 1. a verb, 2. an action with its object, 3. a share opening its clause,
    4. an indicator noun closing on the number.
    """
    clause_start = back_to(text, atom.start, floor, CLAUSE_END + "\n")
    pre = text[clause_start: atom.start]
    decided, reading = _examples_count(text, atom, clause_start, pre)
    if decided:
        return reading
    if _no_goal_value(text, atom, floor, clause_start, pre):
        return None
    if _holds_hypothetical(pre):
        return None  # 可以节约标准煤200万吨, 如果…达到…: a capacity or a condition, no figure set
    if "包括" in pre and _RE_INCLUDED_END.match(text, atom.end):
        return None  # 包括…156个单位在内: a part of the total the clause goes on to give
    if text.startswith("的", atom.end) or text.startswith("目标", atom.end):
        # (确保实现全省高新技术企业2.5万家目标: the number of the goal the clause names)
        reading = _goal_named_after(text, atom, clause_start, pre)
        if reading is not None:
            return reading
        if atom.unit != "%":
            # 初步建成100个左右的智慧社区示范点: a count right after its action, then 的 and the noun counted;
            # any other number before 的 describes the noun (收入过200亿元的软件产业集群)
            return _count_de_noun(text, atom, clause_start)
    duration = unit_categories().get(atom.unit or "") == "time"
    named = _named_goal(text, atom, floor)
    if named is not None and not duration:
        return named
    following = _continued_goal(text, atom, clause_start, prev)
    if following is not None:
        return following
    pre, to_year = _split_to_year(pre)
    decided, reading = _by_verb(text, atom, floor, prev, clause_start, pre, duration, to_year)
    if decided:
        return reading
    if duration:
        return None
    places = _places_count(text, atom, pre)
    if places is not None:
        return places
    actions = action_matches(text, clause_start, atom.start)
    if actions and any(w in target_cues().negations for w in cut(text[clause_start: actions[-1].start()])):
        return None  # 未对同一产品实施2次以上保障措施: a negated action sets no figure to reach
    decided, reading = _by_action(text, atom, floor, prev, clause_start, pre, actions)
    if decided:
        return reading
    if not actions:
        share = _share_opening(text, atom, pre)
        if share is not None:
            return share
        caused = _by_cause(text, atom, pre)
        if caused is not None:
            return caused
        guarded = _guarded_noun(text, atom, pre)
        if guarded is not None:
            return guarded
    return _indicator_closing(text, atom, floor)


def _guarded_noun(text: str, atom: Atom, pre: str) -> Optional[Reading]:
    """6. A quantity right after a strength cue, then the noun it measures: 严守18亿亩耕地红线 → 耕地 (the red line
    a firm cue holds), 力争150个项目开工: the cue sets the figure as an action verb would."""
    if atom.kind != "quantity" or not cue_patterns()["strength_end"].search(pre.rstrip()):
        return None
    noun, end = _noun_after(text, atom.end)
    if not noun or _count_labels(text, atom, end):
        return None
    return Reading(_clean_subject(noun), atom.start, "level", None, "action", span_end=end)


def _holds_hypothetical(pre: str) -> bool:
    """Does a condition or capacity word (如果, 能) stand in ``pre`` as a word of its own? (The segmenter runs only
    when one is written in it: most clauses hold none.)"""
    words = target_cues().hypothetical
    return any(w in pre for w in words) and any(w in words for w in cut(pre))


def is_count(atom: Atom) -> bool:
    """Does the number count things (个, 家, 项, 名 …), not measure them (亩, 元)?"""
    return atom.kind == "quantity" and unit_categories().get(atom.unit or "", "") in _COUNT_CATEGORIES


def _subject_clause_before(text: str, clause_start: int, floor: int) -> Optional[tuple[int, int]]:
    """The indicator a goal's clause leaves to the clause before it, when that clause is the indicator alone
    (``一九五八年的工业总产值，拟定为…``, ``轻工业产值占工业总产值的比重，由今年预计的44％提高到45％``): a noun
    phrase with no number, verb of a goal or action, closed by a comma, in the same sentence."""
    if clause_start < 2 or text[clause_start - 1] not in "，,":
        return None
    start = back_to(text, clause_start - 1, floor, CLAUSE_END + "\n")
    if start < sentence_start(text, clause_start - 1, floor):
        return None
    raw = text[start: clause_start - 1]
    if not 2 <= len(raw.strip()) <= 30 or _RE_NUMBER_IN_HEAD.search(raw) or _RE_DIGIT.search(_RE_YEAR_LEAD.sub("", raw.strip())):
        return None
    pats = cue_patterns()
    if pats["verbs"].search(raw) or pats["cue_any"].search(raw):
        return None
    pairs = pos_pairs(raw.strip())
    if not pairs or not pairs[-1][1].startswith("n") or any(t.startswith("v") and w != "占" for w, t in pairs):
        return None  # 通过…各种形式的联合，(由…): a means or an adverbial, no indicator (占 makes a share)
    return start, clause_start - 1


def _action_ends(text: str, clause_start: int, pos: int) -> bool:
    """Does an action verb end right before ``pos`` (or before a batch word: 制定首批)?"""
    lo = pos - len(m.group()) if (m := _batch_end_re().search(text, clause_start, pos)) else pos
    return any(a.end() == lo for a in action_matches(text, clause_start, lo))


def _count_de_noun(text: str, atom: Atom, clause_start: int) -> Optional[Reading]:
    """A count right after its action, then 的 and its noun: 初步建成100个左右的智慧社区示范点."""
    if not is_count(atom) or not _action_ends(text, clause_start, atom.start):
        return None
    noun, end = _noun_after(text, atom.end + 1)
    if not noun or _count_labels(text, atom, end):
        return None
    if atom.unit in _target_word_set("member_unit") and not pos_pairs(noun)[-1][1].startswith("v"):
        # (实现20人以上的自然村4G网络覆盖: a count of members before 的 sizes the noun; before an activity it counts
        # the people the activity reaches: 开展1500万人次以上的职工技能提升培训)
        return None
    return Reading(_clean_subject(noun), atom.start, "level", None, "action", span_end=end)


def _by_cause(text: str, atom: Atom, pre: str) -> Optional[Reading]:
    """5. A task verb bringing a counted set of things to act, right before the count:
    推动25项先行先试举措落地生效 → 25 项 先行先试举措; 支持100个农村养老服务设施建设."""
    if not is_count(atom) or not _cause_end_re().search(pre.rstrip()) or not text[atom.start].isdigit():
        return None  # (全力支持两个特别行政区…依法施政: a count in words names a known set)
    noun, end = _noun_after(text, atom.end)
    if not noun or _count_labels(text, atom, end):
        return None
    rest = text[end: _item_end(text, end)]
    if _RE_DIGIT.search(noun + rest) or any(w in _target_word_set("upgrade") for w in cut(noun + rest)[1:]):
        # 推动11个能源重点领域项目投资突破2000亿元: the count scopes a figure of its own;
        # 推动4个万亿级产业基地提质升级: it names a known set to improve
        return None
    return Reading(_clean_subject(noun), atom.start, "level", None, "action", span_end=end)


def _examples_count(text: str, atom: Atom, clause_start: int, pre: str) -> _Step:
    """The reading of a count that sums up the examples a task verb lists before it (加快建设浪潮等9个标识解析二级
    节点, 完成关键通用技术、伦理等20项以上重点标准的预研工作, 推动《…》等在内的20项以上急需标准出台): the count of
    things the task does, as if it followed the verb; open when no action or cause verb opens the examples (北京、上海等
    10个城市开展试点, 中国人民银行等五部委: the count names who acts, the 等 rule of :func:`_no_goal_value`), or when a
    cause verb pushes on the things the list names with no bound on their count (推进A、B、C等5个项目建设)."""
    m = _RE_EXAMPLES_END.search(pre)
    if m is None or not is_count(atom) or not text[atom.start].isdigit():
        return _OPEN
    lo, hi = clause_start, clause_start + m.start()
    acts = [a.end() for a in action_matches(text, lo, hi)]
    causes = [c.end() for c in _cause_re().finditer(text, lo, hi)]
    if not acts and not causes:
        return _OPEN
    if max(acts, default=-1) < max(causes, default=-1) and not (atom.comparator or atom.lead or vocab().plan_bound.search(text, atom.start, atom.end + 3)):
        # 推进A、B、C等5个项目建设: pushing on the projects it names, the count sums up the list; a bound makes it a
        # figure to reach (推动《…》等在内的20项以上急需标准出台)
        return _OPEN
    listed = text[max(acts + causes): hi]
    if not listed.strip() or _RE_DIGIT.search(listed.replace("5G", "")):
        return _OPEN  # (a number among the examples: 12个百亿元、70个…等: the count is no sum of names)
    noun, end = _noun_after(text, atom.end)
    if not noun or _count_labels(text, atom, end):
        return True, None
    rest = text[end: _item_end(text, end)]
    if _RE_DIGIT.search(noun + rest) or any(w in _target_word_set("upgrade") for w in cut(noun + rest)[1:]):
        return True, None  # (推动A、B等4个产业基地提质升级: a known set to improve; …等11个项目投资突破…: a scope)
    return True, Reading(_clean_subject(noun), atom.start, "level", None, "action", span_end=end)


@lru_cache(maxsize=1)
def _policy_example() -> "regex.Pattern":
    """After a number: the rest of an example, 等, then a measure noun (…提高到10万元等税收优惠政策)."""
    return regex.compile(rf"[^，。；：、,;:\d\n]{{0,15}}等[^，。；：、,;:\d\n]{{0,10}}?(?:{target_words('policy_noun')})")


@lru_cache(maxsize=1)
def _cause_re() -> "regex.Pattern":
    return regex.compile(target_words("cause"))


def _places_count(text: str, atom: Atom, pre: str) -> Optional[Reading]:
    """A count of places right after 在, then what the clause goes on to do there (在10个以上领域实现实时汇聚): the
    number of places the task reaches; not a count that ends its item (存在3个问题: 在 inside another word; 在3个
    月内: a duration, read before)."""
    if not pre.endswith("在") or not is_count(atom) or cut(pre[-4:])[-1] != "在":
        return None
    noun, end = _noun_after(text, atom.end)
    if not noun or _count_labels(text, atom, end) or _closes_item(text, end):
        return None
    return Reading(_clean_subject(noun), atom.start, "level", None, "action", span_end=end)


def _item_end(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] not in ITEM_END + "\n":
        pos += 1
    return pos


@lru_cache(maxsize=1)
def _cause_end_re() -> "regex.Pattern":
    return regex.compile(rf"(?:{target_words('cause')})$")


@lru_cache(maxsize=1)
def _batch_end_re() -> "regex.Pattern":
    return regex.compile(rf"(?:{target_words('batch')})$")


def _no_goal_value(text: str, atom: Atom, floor: int, clause_start: int, pre: str) -> bool:
    """Numbers that are no goal's value, whatever stands before them."""
    if _RE_FROM_LEVEL.search(pre):
        return True  # 由一九八二年的(三十一万五千人)，增加到…: the level a change starts from
    if pre.rstrip().endswith("等"):
        return True  # 等14条高速公路项目: the count of an enumeration
    if _RE_RESULT_LE.search(text, back_to(text, atom.start, floor, ITEM_END + "\n"), atom.start):
        return True  # 增加了2亿多亩, 达到了: a result (纲要提出了…降低20%左右: the goals a plan states)
    if atom.unit in target_cues().not_units or text.startswith("级", atom.end):
        return True
    if _RE_OR_NUMBER_AFTER.match(text, atom.end) or _RE_OR_NUMBER_BEFORE.search(text, max(floor, atom.start - 8), atom.start):
        return True  # 拟支持项目不超过6项或3项: the alternatives a rule allows
    if atom.unit == "次" and atom.comparator is None and not atom.lead and _RE_PER_YEAR.search(pre):
        # 每年举办1次资助项目的年度学术交流会: how often an event is held (a bounded count, 每年举办展会10次以上,
        # is a figure to reach)
        return True
    if _policy_example().match(text, atom.end):
        return True  # 落实好起征点从3万元提高到10万元等税收优惠政策: the figure is part of a measure the clause names by example
    if _tier_label().match(text, atom.end):
        return True  # 保持6%一档的税率不变: the number names a tier (一档, 这一档), no figure to reach
    if _per_item(text, clause_start, atom.start, floor):
        return True  # 每户补助资金1200元，其中…, 每座面积不少于30平方米: a standard for each, not a goal
    if atom.kind == "money" and _class_counted().match(text, atom.end):
        return True  # 新引进总投资超10亿元项目50个以上: the amount sizes the class of things the count after it counts
    return bool(vocab().bound_of.match(text, atom.end))  # 单户担保金额500万元及以下的小微企业: the amount bounds a class of things


def _class_nouns() -> str:
    """The class nouns of ``target_words.tsv`` (项目, 企业; not 的) as an alternation."""
    return alternation(w for w in _target_word_set("class_noun") if w != "的").pattern


@lru_cache(maxsize=1)
def _class_counted() -> "regex.Pattern":
    """A class noun right after an amount, then a number counting that class (超10亿元|项目50个)."""
    return regex.compile(rf"(?:{_class_nouns()})\s*\d")


# a rank in a name the object holds (引进世界500强企业10家, 中国企业100强): part of the noun, no number of its own
_RE_RANK_NAME = regex.compile(r"(?<![\d.])\d{1,4}强")


@lru_cache(maxsize=1)
def _class_size() -> "regex.Pattern":
    """The amount that sizes the class of things an action counts, closing the action's object
    (落地总投资超10亿元|项目|50个): no number of the object's own."""
    return regex.compile(rf"\d+(?:\.\d+)?[{SCALES}]*元(?:及?以上)?(?=(?:{_class_nouns()})$)")


def _goal_named_after(text: str, atom: Atom, clause_start: int, pre: str) -> Optional[Reading]:
    """A goal named again after its number (4.5%左右的增长目标, 2.5万家目标), or None."""
    c, pats = target_cues(), cue_patterns()
    m = RE_TARGET_NOUN.match(text, atom.end) or _RE_TARGET_NOUN_AFTER.match(text, atom.end)
    if not m or unit_categories().get(atom.unit or "") == "time":
        return None
    verb = pats["verb_end"].search(pre)
    free = bool(verb and free_cue(pre, verb.start(), verb.group()))
    # 森林覆盖率提高到45%的目标: the indicator stands before a level verb (a growth verb's is cut by _clean_subject)
    head_end = clause_start + verb.start() if free and c.verbs[verb.group()][0] == "level" else atom.start
    subject = _clean_subject(text[_own_head(text, clause_start, head_end): head_end])
    if subject in _goal_words() or subject and (action_matches(subject, 0, len(subject))
                                                or pos_pairs(subject)[-1][1].startswith("v")):
        subject = None  # 确定6%左右的增长目标: a verb, not the indicator, stands before
    start = _subject_start(text, clause_start, atom.start, subject)
    if free and c.verbs[verb.group()][0] in ("growth", "reduction") and not m["g"]:
        # 提出今年国内生产总值增长8%左右的目标: the verb before the number is the measure; the
        # target runs from its subject to the number, 的目标 names it
        return Reading(subject, start, c.verbs[verb.group()][0], None, "target_noun", expected=True)
    return Reading(subject, start, "growth" if m["g"] else "level", None, "target_noun",
                   span_end=m.end(), expected=True)


def _continued_goal(text: str, atom: Atom, clause_start: int, prev: Optional[tuple[Atom, Reading]]) -> Optional[Reading]:
    """A continuation of the previous goal of the clause: 建设50所学校和150个专业, 90名国家级、150名省级人才."""
    if prev is None:
        return None
    patom, pread = prev
    gap = text[patom.end: atom.start]
    if patom.start >= clause_start and _RE_CONTINUATION.fullmatch(gap):
        if pread.kind in ("action", "follow") and pread.subject_start >= patom.start:
            if atom.unit == "%" and patom.unit == "%" and _RE_SHARE_JOINED.match(text, atom.end) \
                    and (member := _joined_share(text, atom.end, True)) is not None:
                # 90%的市、70%的县和50%的乡镇建成…: a middle one of shares joined before one predicate, its whole (the
                # last one is read as a share standing alone is)
                return Reading(member[0], atom.start, "level", None, "action", span_end=member[1])
            noun, end = _noun_after(text, atom.end)
            if noun:
                return Reading(_clean_subject(noun), atom.start, pread.measure, None, "follow", span_end=end)
    return None


def _split_to_year(pre: str) -> tuple[str, Optional[str]]:
    """``(pre, year)``: 由…增加到二○○○年的二万八千亿元左右: the year of the level stands between the verb and
    the number; it is cut off ``pre`` and read (二○○○ digit by digit, as dates read it)."""
    if (ty := _RE_TO_YEAR.search(pre)) and cue_patterns()["verb_end"].search(pre[: ty.start()]):
        return pre[: ty.start()], str(read_component(ty["y"], "year"))
    return pre, None


def _by_verb(text: str, atom: Atom, floor: int, prev: Optional[tuple[Atom, Reading]], clause_start: int, pre: str,
             duration: bool, to_year: Optional[str]) -> _Step:
    """1. A verb right before the number (or a bound word that opens the number's fact: 超过500家)."""
    c, pats = target_cues(), cue_patterns()
    m = pats["verb_end"].search(pre)
    verb_start = None
    if atom.lead and qualifier_bound(atom.lead) != "approx":
        # (超过500家, 不少于10个: the bound word predicates the number; 约 only approximates it)
        measure, bound, verb_start = "level", None, atom.start
    elif m and free_cue(pre, m.start(), m.group()):
        (measure, bound), verb_start = c.verbs[m.group()], clause_start + m.start()
    if atom.kind == "multiple" and (verb_start is None or c.verbs[m.group()][0] != "growth"):
        return True, None  # 是全国平均水平的1.5倍: a ratio, not a goal
    if verb_start is None:
        return _OPEN
    head_end = verb_start
    adv = pats["adverbs_end"].search(text, clause_start, head_end)
    distributive = bool(adv and "分别" in adv.group())
    if adv:
        head_end = adv.start()
    if text.endswith("了", clause_start, head_end):
        return True, None
    toks = pos_pairs(text[clause_start:head_end]) if text[head_end - 1: head_end] == "约" else ()
    if toks and toks[-1][0] in c.approx_adverbs and head_end - len(toks[-1][0]) > clause_start:
        head_end -= len(toks[-1][0])  # 平均工资以货币计算约增长百分之三十三: 约 before the verb makes the value approximate
        bound = "approx"
    span_end = None
    if duration and measure != "level" and not _closes_item(text, atom.end):
        return True, None  # 整治提升五年行动: a duration after a growth verb names a campaign
    if atom.kind == "quantity" and not duration and not _closes_item(text, atom.end) \
            and not _RE_DEMONSTRATIVE.match(text, atom.end):  # (耕地不少于18亿亩这条红线: the line the figure draws)
        noun, end = _noun_after(text, atom.end)
        trailing = vocab().trailing_bound.search(noun) if noun else None
        if trailing:  # 控制在60亿吨标准煤以内: a material after the unit, then the bound
            bound = bound or qualifier_bound(trailing.group())
            span_end = end
        elif noun and not _count_labels(text, atom, end):  # 惠及超3万名学生: the count's noun is the subject
            if measure == "growth" and not atom.lead and pre[m.start():] not in c.adding \
                    and (unit_categories().get(atom.unit or "", "") in _COUNT_CATEGORIES or atom.unit is None):
                # 提升39个欠发达县域帮扶质效: the count names a known set (a bare count as well: 提高6000万农村人口
                # 供水保障水平)
                return True, None
            # (突破50项关键共性技术: a verb of reaching beyond acts on the things it counts; a bound word
            # before the number, 超过 / 不少于, still bounds it)
            if m and m.group() not in vocab().before and not vocab().trailing_bound.search(text, atom.start, atom.end):
                bound = "="  # (the number's fact may have read the verb as its bound)
            # (压减1000万吨粗钢产能, 关停5000万千瓦小火电机组: a reduction verb cuts the amount it measures)
            cut_by = "reduction" if measure == "reduction" else "level"
            return True, Reading(_clean_subject(noun), atom.start, cut_by, bound, "action", span_end=end)
    origin = _RE_FROM.search(text, clause_start, head_end)
    if origin:  # 赤字率从去年的2.1%提高到2.3%: the subject stands before 从
        head_end = origin.start()
    head_start = _own_head(text, clause_start, head_end)
    head = text[head_start:head_end]
    if duration and not (_clean_subject(head) or "").endswith(tuple(c.duration_subjects)):
        # 集中教育时间不少于3个月 is a rule; 受教育年限达到11.7年 a level, 人均预期寿命再提高1.5岁 its growth
        return True, None
    subject = _clean_subject(head)
    if subject in _goal_words():
        return True, None  # 约束性指标9项: a count of goals
    kind = "verb"
    if subject and verb_start == atom.start and is_count(atom):
        # 每年支持引育高端人才不少于30名: the things the action counts, read as an action's count (a call word in an
        # earlier clause, 设置泰山学者申报专项，每年支持引育…, makes no rule of it)
        counted = _action_object(subject)
        if counted != subject:
            subject, kind = counted, "action"
    if subject and measure == "level" and m is not None and verb_start == clause_start + m.start() and _for_whom(head):
        subject = m.group()  # 为经营主体减负1000亿元以上: whom the relief is for; the verb names it (减负)
    sub_measure = _measure_of_subject(head)
    if sub_measure and measure == "level":
        measure = sub_measure
    if measure == "growth" and unit_categories().get(atom.unit or "", "") in _COUNT_CATEGORIES:
        if not atom.lead and pre[m.start():] not in c.adding:
            return True, None  # 提升39个欠发达县域帮扶质效: the count names a known set
        measure = "level"  # 再增加2—4家: things to add are counted, not grown
        noun, end = _noun_after(text, atom.end)
        if noun and not _count_labels(text, atom, end):  # 增加5000个普通高中招生计划
            return True, Reading(_clean_subject(noun), atom.start, "level", None, "action", span_end=end)
    if subject is None:
        before = _subject_clause_before(text, clause_start, floor)
        # a noun-only clause after the goal before (…提高到百分之四十，消费资料的产值所占的比重，由…) names this goal's
        # indicator, not the earlier goal's
        if before is not None and (prev is None or sentence_start(text, atom.start, floor) > prev[0].start
                                   or before[0] >= prev[0].end):
            head_start, head_end = before  # 一九五八年的工业总产值，拟定为…; 比重，由今年预计的44％提高到45％
            subject = _clean_subject(text[head_start:head_end])
    if subject is None and prev is not None and sentence_start(text, atom.start, floor) <= prev[0].start:
        subject = prev[1].subject
    if not distributive and subject and (rest := _RE_VALUES_AFTER.match(text, atom.end)):
        # 固定宽带和移动宽带接入能力达到20Mbps和4Mbps: as many values joined after the number, closing the clause, as
        # the subject joins members: one value each, as after 分别
        n = 1 + len(_RE_NUMBER_IN_HEAD.findall(rest.group()))
        distributive = len(set(split_subject(subject, n))) == n
    return True, Reading(subject, _subject_start(text, head_start, head_end, subject), measure, bound, kind,
                         distributive, span_end=span_end, to_year=to_year)


def _action_object(subject: str) -> str:
    """The object of an action opening a subject (verbs before it aside), when a bound word predicates the count
    after it (引育高端人才 → 高端人才 in 每年支持引育高端人才不少于30名); an action that names the indicator stays
    (城镇新增就业 in 城镇新增就业超过50万人), and so does one with an object of one word (服务企业超万家: the
    enterprises served).

    >>> _action_object("引育高端人才"), _action_object("高端人才"), _action_object("服务企业")
    ('高端人才', '高端人才', '服务企业')
    """
    found = action_matches(subject, 0, len(subject))
    # (verbs before it are the task's manner: 支持引育高端人才 → 高端人才)
    m = found[0] if found and all(t == "v" for _w, t in pos_pairs(subject[:found[0].start()])) else None
    c = target_cues()
    if m and m.group() not in c.naming and not m.group().startswith("新") and len(cut(subject[m.end():])) >= 2:
        return _clean_subject(subject[m.end():]) or subject
    return subject


def _by_action(text: str, atom: Atom, floor: int, prev: Optional[tuple[Atom, Reading]], clause_start: int, pre: str,
               actions: list) -> _Step:
    """2. An action verb with its object: 新建5G基站1万个, 培育20家人工智能领军企业, 完成投资2500亿元."""
    if not actions:
        return _OPEN
    act = actions[-1]
    if len(actions) > 1 and actions[-2].end() == act.start() and act.end() < atom.start \
            and act.group() not in cut(text[act.start(): atom.start]):
        # 培育服务平台10个: the action is 培育, 服务平台 one word its object (新建改造高标准农田: two actions)
        act, actions = actions[-2], actions[:-1]
    gap = text[act.end(): atom.start]
    if _batch_end_re().fullmatch(gap.strip()) or is_count(atom) and _RE_QUOTED_NAMES.fullmatch(gap):
        # 制定首批5项核心团体标准: the batch word is no object; 开展“双品网购节”“数商兴农庆丰收”2个…活动:
        # the names the count sums up
        gap = ""
    if (not gap.strip() or gap.strip() in target_cues().scope) and atom.unit == "%" and text.startswith("的", atom.end):
        # 完成80%的整改任务 (a scope word between: 覆盖全国10%左右的县)
        noun, end = _noun_after(text, atom.end + 1)
        # (实现7%左右的增长速度: a rate the noun names as growth or reduction is a goal of that measure)
        measure = _measure_of_subject(noun) or "level"
        return True, (Reading(_clean_subject(noun), atom.start, measure, None, "action", span_end=end) if noun else None)
    if not gap.strip():
        decided, reading = _action_right_before(text, atom, floor, prev, clause_start, actions)
        if decided:
            return True, reading
        act, gap = actions[-2], text[actions[-2].end(): atom.start]  # 完成国土绿化450万亩: the action before
    if gap.endswith("的") and atom.kind == "quantity" and len(gap) <= 30:  # 打造具有推广效应的100个算法产品
        noun, end = _noun_after(text, atom.end)
        if noun and not _count_labels(text, atom, end):
            return True, Reading(_clean_subject(noun), atom.start, "level", None, "action", span_end=end)
    if atom.unit == "%" and not _closes_item(text, atom.end) and _RE_OBJECT.fullmatch(gap) and len(gap) <= 20:
        doing = _RE_DOING.match(text, atom.end)  # 实现制造业企业100%使用清洁和绿色电力: a share doing something
        if doing:
            subject = _clean_subject(gap + doing.group())
            return True, Reading(subject, _subject_start(text, act.end(), atom.start, subject), "level", None,
                                 "action", span_end=doing.end())
    if gap in role_words("measure") and _closes_item(text, atom.end):
        # 新增造林面积100万亩, 完成建设规模50万平方米: a noun of what a measure gives (entity_cues.tsv ``measure``)
        # right after the action is no object of it; it names the indicator with the action and the words before it,
        # after the action before in the clause (实施建筑节能改造面积 → 建筑节能改造面积)
        lo = actions[-2].end() if len(actions) > 1 and actions[-2].end() <= act.start() else act.start()
        if _RE_SEPARATOR.search(text, lo, act.start()) or _RE_DIGIT.search(text, lo, act.start()):
            lo = act.start()  # (完成造林面积1亿亩、治理面积500万亩: the list's item opens at its own action)
        if lo == act.start():
            # (确保粮食种植面积4510万亩以上: a noun before the action that names with it, as 城镇 in 城镇新增就业)
            head_start = _own_head(text, clause_start, act.start())
            before = _clean_subject(text[head_start: act.start()])
            if before and _names_with_action(before, text[head_start: act.start()]):
                lo = head_start
        subject = _clean_subject(text[lo: atom.start])
        return True, Reading(subject, _subject_start(text, lo, atom.start, subject), "level", None, "action")
    if (len(gap) <= 30 and _RE_OBJECT.fullmatch(gap) and not _RE_DIGIT.search(_class_size().sub("", _RE_RANK_NAME.sub("", gap.replace("5G", ""))))
            and _closes_item(text, atom.end, after_an=pre.endswith("按"))):
        head_start = _own_head(text, clause_start, act.start())
        before = _clean_subject(text[head_start:act.start()])
        if before and _names_with_action(before, text[head_start:act.start()]):  # 城镇新增就业人数45万人: a noun before the action makes it part of the name
            subject = _clean_subject(text[head_start:atom.start])
            start = _subject_start(text, head_start, atom.start, subject)
        else:
            subject = _clean_subject(gap)
            start = _subject_start(text, act.end(), atom.start, subject)
            if subject and act.group().startswith("新增") and not subject.startswith("新增"):
                subject, start = "新增" + subject, act.start()  # 新增城镇就业3万人 keeps 新增
        return True, Reading(subject, start, "level", None, "action")
    if is_count(atom) and text[atom.start].isdigit() and len(gap) <= 12 and _RE_OBJECT.fullmatch(gap) \
            and not _RE_DIGIT.search(gap) and "、" not in gap and all(t.startswith(_FIELD_TAGS) for _w, t in pos_pairs(gap)):
        # 实施法治化营商环境100项提升举措: a field the counted things belong to, between the action and the count (a
        # count in words names a known set: 打好…两个攻坚战; a list before it names the things counted: 完成A、B、C3乡工程)
        noun, end = _noun_after(text, atom.end)
        if noun and not _count_labels(text, atom, end) and _closes_item(text, end) \
                and cut(noun)[0] not in _target_word_set("then_verb"):
            subject = _clean_subject(gap + noun)
            return True, Reading(subject, atom.start, "level", None, "action", span_end=end)
    if not _closes_item(text, atom.end):
        return True, None
    return _OPEN


def _names_with_action(before: str, raw: str) -> bool:
    """Can the words before an action (``before``, cleaned of cue and scope words; ``raw`` as written) name the
    indicator with it (城镇 in 城镇新增就业人数)? Not when they end on the plan's 计划 (a planner), hold a verb or a
    preposition, or the text a pronoun
    (每年): a manner or a time of the task (依托省级科技计划每年|实施…项目20项以上, 每年谋划|推出…项目100个左右),
    no part of a name.

    >>> _names_with_action("城镇", "全省城镇"), _names_with_action("依托省级科技计划", "依托省级科技计划每年")
    (True, False)
    >>> _names_with_action("铁路部门", "铁路部门计划")
    False
    """
    if raw.endswith("计划") and pos_pairs(raw)[-1][0] == "计划":
        return False  # 铁路部门计划|安排直通临客48对: the planner before the plan's verb, no part of a name
    return not any(t == "v" or t.startswith("p") for _w, t in pos_pairs(before)) \
        and not any(t.startswith("r") for _w, t in pos_pairs(raw))


def _action_right_before(text: str, atom: Atom, floor: int, prev: Optional[tuple[Atom, Reading]], clause_start: int,
                         actions: list) -> _Step:
    """The number right after its action (nothing between): its noun after it, or the action names the
    indicator; open when a short noun stands between this action and the one before (完成国土绿化450万亩)."""
    c = target_cues()
    act = actions[-1]
    noun, end = _noun_after(text, atom.end) if atom.kind == "quantity" or atom.kind == "money" and (
        not atom.comparator and not _RE_DIGIT.search(text, atom.end, atom.end + 12)) else (None, atom.end)
    # (发行1400亿元长期建设国债: the amount's noun; 实施亿元以上项目2000个: a class of projects)
    if noun and atom.kind == "money" and cut(noun)[0] in _target_word_set("then_verb"):
        return True, None  # 安排500亿元设立中央预算稳定调节基金: what the amount is for, no goal of its own
    if noun:  # 培育20家人工智能领军企业
        if _count_labels(text, atom, end):
            return True, None  # 抓好9个方面工作
        return True, Reading(_clean_subject(noun), atom.start, "level", None, "action", span_end=end)
    if not _closes_item(text, atom.end):
        return True, None  # 实施亿元以上项目: the amount describes the projects
    if len(actions) > 1 and _RE_SHORT_NOUN.fullmatch(text, actions[-2].end(), act.start()):  # 完成国土绿化450万亩
        return _OPEN
    # 新能源开工1600万千瓦, 城镇新增就业50万人以上: the action names the indicator
    head_start = _own_head(text, clause_start, act.start())
    # (年投资亿元以上项目新开工43个: a count of things started names the things; 城镇新增就业50万人 and
    # 新能源开工1600万千瓦 name the indicator with the action)
    # (沙化土地治理350万亩, 完成造林1亿亩: an area or a length of work done, the action names the work with its noun;
    # money and counts name the noun alone: 超长期特别国债发行1万亿元, 城镇保障性住房建成470万套)
    worked = act.group() not in c.dropped and atom.kind == "quantity" and not is_count(atom)
    named = act.end() if act.group() in c.naming or worked else act.start()
    things = named == act.end() and is_count(atom) and not act.group().startswith("新增")
    subject = _clean_subject(text[head_start:act.start() if things else named])
    if subject and not _manner_free(subject):  # 今年大规模扩招100万人: manner words alone; the action names it
        subject = _clean_subject(act.group())
    if subject is None and prev is not None and sentence_start(text, atom.start, floor) <= prev[0].start:
        subject = prev[1].subject
    if subject is None and things:
        subject = _clean_subject(text[head_start:named])  # 今年开工580万套: only the action names what is counted
    return True, Reading(subject, _subject_start(text, head_start, act.end(), subject), "level", None, "verb")


def _manner_free(subject: Optional[str]) -> Optional[str]:
    """``大规模`` (扩招100万人) → None: words of manner alone (adverbs, non-predicate adjectives) before an action
    name no indicator (the action then names it).

    >>> _manner_free("大规模"), _manner_free("高校")
    (None, '高校')
    """
    if subject and all(f in _MANNER_TAGS for _w, f in pos_pairs(subject)):
        return None
    return subject


_MANNER_TAGS = frozenset({"d", "ad", "b"})
_FIELD_TAGS = ("n", "j", "a", "b")  # the words of a field before a count: nouns, abbreviations, attributes


_RE_CAUSATIVE_END = regex.compile(r"[使让](?P<scope>\p{Han}{0,3})$")


def _share_opening(text: str, atom: Atom, pre: str) -> Optional[Reading]:
    """3. A share of things doing something, opening its clause: 80%以上的建筑业企业实现数字化转型; shares of
    several wholes joined before one predicate (90%的市和70%的县达到省级三星级以上) are one goal each, the
    whole its subject (市, 县)."""
    if atom.unit != "%":
        return None
    joined = _RE_SHARE_BEFORE.search(pre)
    if joined is not None:
        pre = pre[: joined.start()]  # (a later member: the earlier ones stand before it in the clause)
    if (causative := _RE_CAUSATIVE_END.search(pre)) and (not causative["scope"] or causative["scope"] in target_cues().scope):
        pre = pre[: causative.start()]  # 要使全国80％以上的人口地区普及九年义务教育: the share the goal brings about
    if pre.strip() and _clean_subject(pre) is not None:
        return None
    if joined is None:
        share = _share(text, atom.end)
        if share:
            return Reading(share[0], atom.start, "level", None, "action", span_end=share[1])
    member = _joined_share(text, atom.end, joined is not None)
    if member is not None:
        return Reading(member[0], atom.start, "level", None, "action", span_end=member[1])
    return None


def _joined_share(text: str, pos: int, later: bool) -> Optional[tuple[str, int]]:
    """The noun of a share that is one of several joined before one predicate, and where it ends, or None: the
    members after it must reach a predicate (a noun, then a verb that is no state, to the end of the clause)."""
    m = _RE_SHARE_JOINED.match(text, pos)
    if m is None:
        if not later:
            return None  # (a share standing alone is read by _share)
        return _last_share(text, pos)
    noun, end = m["n"], m.end("n")
    for _ in range(6):
        nxt = _RE_SHARE_NEXT.match(text, m.end())
        if nxt is None:
            return None
        m = _RE_SHARE_JOINED.match(text, nxt.end())
        if m is None:
            return (noun, end) if _last_share(text, nxt.end()) is not None else None
    return None


def _last_share(text: str, pos: int) -> Optional[tuple[str, int]]:
    """The noun of the last of joined shares and where it ends, when a predicate follows it (县（市、区）达到…)."""
    m = _RE_SHARE_LAST.match(text, pos)
    if m is None:
        return None
    seg = m["s"]
    gloss = _RE_SHARE_GLOSS.search(seg)
    pairs = pos_pairs(seg[: gloss.start()] + seg[gloss.end():] if gloss else seg)
    k = 0
    while k < len(pairs) and (pairs[k][1].startswith(("n", "j", "s"))
                              or k == 0 and len(pairs[k][0]) == 1 and pairs[k][1] in ("zg", "ng", "g")):
        k += 1  # (县 alone is tagged as a morpheme)
    noun = "".join(w for w, _t in pairs[:k])
    if not noun or len(noun) > 8 or gloss is not None and gloss.start() != len(noun):
        return None
    if not _predicate_opens("".join(w for w, _t in pairs[k:])):
        return None
    return noun, m.start("s") + len(noun)


def _predicate_opens(rest: str) -> bool:
    """Does ``rest`` open with a verb that is no state (达到…, 实现…; not 来自…)?"""
    pairs = pos_pairs(rest)
    return bool(pairs) and pairs[0][1].startswith("v") and pairs[0][0] not in predicate_words("state")


def _indicator_closing(text: str, atom: Atom, floor: int) -> Optional[Reading]:
    """4. An indicator noun closing on the number: 城镇调查失业率5.5%左右, 赤字规模4.06万亿元."""
    c, pats = target_cues(), cue_patterns()
    item_start = back_to(text, atom.start, floor, ITEM_END + "\n")
    if item_start > floor and text[item_start - 1] == "、":
        # 轮船、驳船货运量3.9亿吨: one number over joined nouns is one target, its subject all of them (a list of
        # figures, A5个、B3个, has a number in the clause before)
        clause_start = back_to(text, atom.start, floor, CLAUSE_END + "\n")
        if not _RE_DIGIT.search(text, clause_start, item_start):
            item_start = clause_start
    item = text[item_start: atom.start]
    if not (item.strip() and _closes_item(text, atom.end, after_an=item.endswith("按")) and len(item) <= 30
            and max(item.rfind("（"), item.rfind("(")) <= max(item.rfind("）"), item.rfind(")"))  # (描述（300字以内）: a gloss)
            and not _RE_DIGIT.search(item) and not _labels(text, item_start, atom.start)
            and not action_matches(item, 0, len(item))):
        return None
    moved = _verb_object(text, item_start, atom)
    if moved is not None:
        return moved
    if not any(c.verbs[v.group()][0] == "level" for v in free_matches(pats["verbs"], text, item_start, atom.start)):
        subject = _clean_subject(item) or _product(item, atom)
        if subject and subject not in _goal_words():
            measure = _measure_of_subject(item) or "level"
            return Reading(subject, _subject_start(text, item_start, atom.start, subject), measure, None, "noun")
    return None


def _product(item: str, atom: Atom) -> Optional[str]:
    """A product named by one character standing alone before an output quantity (纸 in ``；纸520万吨，``), or None:
    one character names nothing else (先发行, 共)."""
    word = item.strip()
    return word if atom.kind == "quantity" and word in _target_word_set("product") else None


def _verb_object(text: str, item_start: int, atom: Atom) -> Optional[Reading]:
    """A growth or reduction verb opening the item, its object, then the number: 再减少农村贫困人口1000万以上 →
    reduction of 农村贫困人口 (the verb measures the object by the number); 增加招生计划5000个 → a count to add,
    level. Only time, scope and adverb words (今年, 全年, 再) may stand before the verb."""
    c = target_cues()
    verbs = list(free_matches(cue_patterns()["verbs"], text, item_start, atom.start))
    for k, v in enumerate(verbs):
        measure = c.verbs[v.group()][0]
        if measure == "level":
            continue  # (为 opening whom the action is for: 为市场主体减轻…)
        before = text[item_start: v.start()]
        if _clean_subject(before) is not None and not _for_whom(before) or any(c.verbs[w.group()][0] == "level" for w in verbs[k + 1:]):
            return None
        subject = _clean_subject(text[v.end(): atom.start])
        if subject is None or subject in _goal_words():
            return None
        if is_count(atom):
            if v.group() not in c.adding:
                return None  # 提升39个县域帮扶质效 names a known set
            measure = "level"  # 增加招生计划5000个: things to add are counted
        return Reading(subject, _subject_start(text, v.end(), atom.start, subject), measure, None, "verb")
    return None


def _for_whom(s: str) -> bool:
    """Is ``s`` (time, scope and adverb words aside) a phrase of whom an action is for (为企业和个人, 给经营主体)?"""
    c = target_cues()
    skip = c.scope | c.adverbs | set(c.deadline) | set(c.strength) | c.goal
    for word, tag in pos_pairs(s.strip()):
        if word in skip or tag in ("d", "t"):
            continue
        return word in _target_word_set("beneficiary") and tag == "p"
    return False


def _named_goal(text: str, atom: Atom, floor: int) -> Optional[Reading]:
    """A goal the sentence names and then sets, the indicator before ``的…目标`` or fused with it:
    ``经济增长速度的宏观调控目标，定为百分之八至九`` (growth of 经济增长速度), ``国内生产总值增长目标定为8%左右``."""
    before = text[atom.start - 1: atom.start]
    if not before or not (before in _goal_set_ends() or before.isspace()):
        return None  # (most numbers: no goal-setting verb ends right before them)
    sent_start = sentence_start(text, atom.start, floor)
    m = cue_patterns()["goal_set"].search(text, sent_start, atom.start)
    if not m or m.end() != atom.start:
        return None
    head_start = back_to(text, m.start(), sent_start, CLAUSE_END)
    raw = text[head_start: m.start()]
    if "的" in raw:
        before, after = raw[: raw.rindex("的")], raw[raw.rindex("的") + 1:]
        # 经济增长速度的宏观调控(目标): the indicator, then the kind of goal; 今年的 / 2024年的 经济增长(目标):
        # the year the goal is set for, then the indicator
        raw = after if cue_patterns()["goal_year"].fullmatch(before) else before
    if _RE_ANY_STOP.search(raw) or _RE_NUMBER_IN_HEAD.search(raw):
        return None  # the goal noun does not open its sentence's subject
    subject = _clean_subject(raw)
    if subject is None or subject in _goal_words():
        return None
    measure = _measure_of_subject(raw) or "level"
    return Reading(subject, _subject_start(text, head_start, m.start(), subject), measure, None, "named")


@lru_cache(maxsize=1)
def _goal_set_ends() -> frozenset:
    """The last characters of the goal-setting verbs (定为, 是): one must stand right before a number they set."""
    return frozenset(w[-1] for w in target_cues().goal_set)


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
    if not verbs or verbs[0] in predicate_words("state"):
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


def disposal_object(s: str) -> Optional[int]:
    """Where the object of the last disposal 将 / 把 in ``s`` starts (逐步将|平均担保费率), None when
    there is none (国家财政将每年安排: 将 the future, a verb or a time word follows)."""
    pairs = pos_pairs(s)
    pos, found = 0, None
    for k, (w, _tag) in enumerate(pairs[:-1]):
        pos += len(w)
        nxt, tag = pairs[k + 1]
        # (a scope word and a noun may follow: 把我国人口控制在十二亿以内 → 我国人口, the scope dropped after; 将每年安排: the future)
        scoped = nxt in target_cues().scope and k + 2 < len(pairs) and not pairs[k + 2][1].startswith(("v", "d", "p", "u", "c", "r", "t", "m"))
        if w in target_cues().disposal and (not tag.startswith(("v", "d", "r", "t", "p")) or scoped) \
                and nxt not in target_cues().actions:
            found = pos
    return found
