"""The counted thing of a quantity, read from the sentence around the number.

A researcher's table column wants the noun phrase: ``606个基层党组织`` → ``基层党组织`` (the
phrase that follows), ``印发学习资料4万套`` → ``学习资料`` (the object before the number, after
its verb), ``集中学习2266次`` → ``集中学习`` (a counted activity is its own entity). Elided heads
are filled in from the same sentence (``征求意见建议6000余条，梳理归纳3728条`` → ``意见建议``),
a number that counts the groups of the next number shares its entity (``6方面26个问题``), quotes
are dropped, and durations have none. Segmentation is jieba's part-of-speech tagger over
govtext's own tokenizer; the words that bound a phrase are in ``lexicons/entity_cues.tsv``.

>>> following_phrase("基层党组织、14169名党员", "count")
'基层党组织'
>>> preceding_phrase("全区共印发学习资料", "count"), preceding_phrase("；集中学习", "events")
('学习资料', '集中学习')
"""
from __future__ import annotations

import itertools
from functools import lru_cache
from typing import Callable, Optional, Sequence

import regex

from govtext.lexicons import load_rows
from govtext.text.patterns import NUMERAL_CHARS, SMALL_NUMERALS, qualifiers, range_words
from govtext.text.postag import pos_pairs
from govtext.text.segmentation import user_words, word_frequency
from govtext.values.quantities import unit_category
from govtext.text import fastre

__all__ = ["amount_subjects", "counted_entities", "cue_role", "following_phrase", "frame_words", "milestone", "without_aside", "preceding_phrase", "pos_cut"]

_CLAUSE_END = "，。；：！？,;:!?\n"
_SENTENCE_END = "。！？!?\n"
_QUOTES = "“”\"‘’「」『』"
_JOINERS = "、的等和及与或"
_KEEP_PUNCT = "、（）"
_NOMINAL = ("n", "vn", "j", "zg", "i", "l", "an", "s", "q", "nz", "b")
_OTHER = ("其他", "其余", "其它")
_CLAUSE_CONJUNCTIONS = ("并", "并且", "而", "且", "但", "并将", "从而", "进而")
_WINDOW = 40
_ACTIVITY = ("events", "score")  # units that count actions: the entity is the activity
_PROPER = ("ns", "nt", "nz", "nr")
# roles of entity_cues.tsv that end a phrase (measure, amount, facility, modifier words do not)
_BOUNDING = ("light", "governing", "filler", "stop", "skip", "copula", "ditransitive")
_MEASURES = ("weight", "length", "area", "volume", "power", "concentration")  # units that measure a substance or an extent
_LEVEL = regex.compile(r"[省市县区乡镇村]级$")
_RE_QUOTED_OR_TITLE = fastre.compile(r"“([^“”]{1,12})”|《([^《》]{1,40})》")
_RE_HAN = regex.compile(r"\p{Han}")
_RE_LATIN_TERM = regex.compile(r"[A-Z][A-Z0-9.]{1,7}")
_COMPARISON_SIGNS = "≥≤≧≦＞＜><=＝"  # 申请发明专利≥5项: a sign between the phrase and its number
_RE_DIGIT = regex.compile(r"\d")
_RE_ALT_UNIT = regex.compile(r"[（(](\p{Han}{1,2})[）)]")

Tok = tuple[str, str]


def pos_cut(text: str) -> tuple[Tok, ...]:
    """``(word, flag)`` pairs of ``text`` (a clean, short string)."""
    return pos_pairs(text)


@lru_cache(maxsize=1)
def _cues() -> dict[str, dict[str, str]]:
    return {row["word"]: row for row in load_rows("entity_cues.tsv")}


@lru_cache(maxsize=None)
def entity_words(cls: str) -> frozenset[str]:
    """The words of one class of ``lexicons/entity_words.tsv``: ``aspect`` adverbs (已经, 分别), ``age``
    groups (老年), prepositions taking the count as object (``object_p``: 根据, 向), verbs of adding
    (``added``: 新增, 增) and the words a statistic's name ends in (``stat_end``: 量, 收入)."""
    return frozenset(r["word"] for r in load_rows("entity_words.tsv") if r["class"] == cls)


@lru_cache(maxsize=1)
def strength_words() -> frozenset[str]:
    """The words that make a goal of what follows (``strength`` cues of ``lexicons/target_cues.tsv``:
    力争, 确保, 争取): they open a predicate, so never part of what is counted or changed."""
    return frozenset(r["cue"] for r in load_rows("target_cues.tsv") if r["role"] == "strength")


@lru_cache(maxsize=1)
def level_verbs() -> frozenset[str]:
    """The level verbs of ``lexicons/change_verbs.tsv`` (``达到``, ``突破`` …): between a measure
    and its number they are part of neither."""
    return frozenset(r["verb"] for r in load_rows("change_verbs.tsv") if r["direction"] == "level")


@lru_cache(maxsize=1)
def change_verbs() -> frozenset[str]:
    """The verbs of increase and decrease of ``lexicons/change_verbs.tsv`` (``增加``, ``减少`` …)."""
    return frozenset(r["verb"] for r in load_rows("change_verbs.tsv") if r["direction"] in ("increase", "decrease"))


@lru_cache(maxsize=1)
def _tail_words() -> tuple[str, ...]:
    """Words of two or more characters stripped from the end of a phrase before a number, longest
    first: fillers (累计, 一式, 不得) and level verbs (突破, 稳定在)."""
    words = {w for w, r in _cues().items() if r["role"] == "filler" and len(w) > 1} | {
        v for v in level_verbs() if len(v) > 1}
    return tuple(sorted(words, key=len, reverse=True))


_RE_HOW_OFTEN = regex.compile(r"(?:每(?:周|月|年|天|日|季度?|半年|个月|学期|年度)|最多|最少|至多|至少)$")


def _strip_tail_text(seg: str, how_often: bool = True) -> str:
    """``seg`` without the fillers, level verbs and open brackets that end it, read on the
    characters (the tagger splits 一式 into 一|式)."""
    changed = True
    while changed:
        changed = False
        seg = seg.rstrip(" （(\n" + _COMPARISON_SIGNS)
        m = _RE_HOW_OFTEN.search(seg) if how_often else None
        if m and m.start() > 0:
            seg, changed = seg[: m.start()], True  # 投递邮件每周(至少五次), 代表最多(不超过五人): how often, a bound
            continue
        for w in _tail_words():
            if seg.endswith(w) and len(seg) > len(w):
                seg, changed = seg[: -len(w)], True
                break
    return seg


def cue_role(word: str) -> Optional[str]:
    """The role of ``word`` in ``lexicons/entity_cues.tsv`` (``stop``, ``skip``, ``filler`` …), or ``None``."""
    row = _cues().get(word)
    return row["role"] if row else None


def _unbounding(word: str) -> bool:
    """A word without a role of ``entity_cues.tsv`` or with one that only names what it is (a state
    or a noun), not how it bounds a phrase."""
    return cue_role(word) in (None, "state", "noun")


@lru_cache(maxsize=1)
def _prefix_cues() -> tuple[str, ...]:
    # (a level verb too: 实现目标 → 实现|目标, in 317个县实现目标 the predicate after the count's noun)
    return tuple(sorted({*(w for w, r in _cues().items() if r["role"] in ("light", "governing", "filler") and len(w) >= 2),
                         *(w for w in level_verbs() if len(w) >= 2)}, key=len, reverse=True))


def _nominal(flag: str) -> bool:
    return flag.startswith(_NOMINAL) or flag == "x-q"


def _noun(flag: str) -> bool:
    """A real noun (not a verbal noun): 党员, 村, “两新”."""
    return flag.startswith(("n", "j", "zg", "x-q")) or flag in ("i", "l", "s", "b")


def _tokens(seg: str) -> list[Tok]:
    """POS tokens with quoted names merged into one noun and verb+object words split (征求|意见)."""
    return list(_token_tuple(seg))


@lru_cache(maxsize=16384)
def _token_tuple(seg: str) -> tuple[Tok, ...]:
    """:func:`_tokens`, cached (a pure function of ``seg``; the phrase readers ask for the same
    segment several times per count)."""
    out: list[Tok] = []
    pos = 0
    for m in _RE_QUOTED_OR_TITLE.finditer(seg):
        out += _split(pos_cut(seg[pos:m.start()]))
        if m[2]:
            out.append((m[2], "x-q"))  # 发放《党章》2000本: the title is the thing counted
        elif "、" not in m[1]:  # a quoted list (“公与私、对与错”) labels a theme, not the thing counted
            out.append((m[1], "x-q"))
        pos = m.end()
    out += _split(pos_cut(seg[pos:]))
    return tuple([(w, "n") if cue_role(w) == "noun" else (w, f) for w, f in out if w not in _QUOTES])


@lru_cache(maxsize=1)
def _kept_whole() -> frozenset[str]:
    return frozenset(w for w, _f, _t in user_words())


@lru_cache(maxsize=1)
def _prefix_cue_set() -> frozenset[str]:
    return frozenset(_prefix_cues())


def _longest_cue_prefix(word: str) -> Optional[str]:
    """The longest cue of :func:`_prefix_cues` that ``word`` starts with and goes beyond."""
    cues = _prefix_cue_set()
    for size in range(len(word) - 1, 1, -1):
        if word[:size] in cues:
            return word[:size]
    return None


def _split(toks: Sequence[Tok]) -> list[Tok]:
    """Split verb+object words jieba keeps whole (征求意见 → 征求|意见), not govtext's own words."""
    out: list[Tok] = []
    for w, f in toks:
        if cue_role(w) is None and len(w) > 2 and w not in _kept_whole():
            cue = _longest_cue_prefix(w)
            if cue and len(w) - len(cue) >= 2 and word_frequency(w[len(cue):]) > 0:
                out += [(cue, "v"), (w[len(cue):], "n")]
                continue
        out.append((w, f))
    return out


def _verb(flag: str) -> bool:
    return flag.startswith("v") and flag != "vn"


_RE_ENUM_LEAD = regex.compile(rf"^[（(][{SMALL_NUMERALS}\d]{{1,3}}[）)]")


def _clean(words: Sequence[str]) -> Optional[str]:
    text = _RE_ENUM_LEAD.sub("", "".join(words)).strip(_JOINERS)
    if not text or not (_RE_HAN.search(text) or _RE_LATIN_TERM.fullmatch(text)):
        return None  # (人均GDP达到…: a Latin abbreviation is a noun)
    if text.count("（") != text.count("）"):
        text = text.replace("（", "").replace("）", "")
    return without_aside(text)


def without_aside(phrase: str) -> str:
    """``成员（基金会除外）`` → ``成员``: a closing bracket that says what the phrase includes or leaves
    out (``aside`` in ``entity_frames.tsv``) is no part of it (``省（区、市）`` stays).

    >>> without_aside("省大中型项目（含省重点工程）"), without_aside("省（区、市）")
    ('省大中型项目', '省（区、市）')
    """
    m = _RE_TAIL_BRACKET.search(phrase)
    words = frame_words("aside")
    if m and m.start() > 1 and (m[1].startswith(words) or m[1].endswith(words)):
        return phrase[: m.start()]
    return phrase


_RE_TAIL_BRACKET = regex.compile(r"[（(]([^（）()]{1,30})[）)]$")


_RE_AMOUNT_LABEL = regex.compile(
    rf"^(?:超过|过|超|逾)?[\d{NUMERAL_CHARS}.]+[万亿]*元(?:以上)?(?=\p{{Han}})(?![以的及和或与、])")
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
    seg = _RE_GLOSSED.sub(r"\1", seg, count=1)  # 410个“两基”（基本普及…）攻坚县: the gloss of the quoted term goes
    sized = _exceeds_relative().match(seg)
    if sized and _RE_NUMERAL.search(sized[1]):
        # 5家年产值过亿元的供应商, 20个面积超过1000平方米的服务中心: a measure that exceeds an amount
        # sizes the things counted in a relative clause; they are the head after its 的
        head = following_phrase(seg[sized.end():], category, cut_by_number, after, clause)
        if head:
            return head
    label = _RE_AMOUNT_LABEL.match(seg)
    if label:  # 3个过三千亿元城市: the things counted are named by an amount, which is part of their name
        head = following_phrase(seg[label.end():], category, cut_by_number, after, clause)
        return label[0] + head if head else None
    toks = _tokens(seg)
    if not toks or (toks[0][1] == "x" and toks[0][0] not in "（") or toks[0][0] in _CLAUSE_CONJUNCTIONS:
        return None  # (助餐点3897个并有序开放: a predicate follows, the noun stood before)
    if toks[0][0] == "（" and cut_by_number:
        return None  # 本土病例1211例（吉林1058例…）: a bracket of counts breaks the count down
    first = _cues().get(toks[0][0])
    if category in _ACTIVITY and first and first["role"] == "light":
        toks = toks[1:]  # 2次召开会议: the activity is the object
    elif category == "people" and first and first.get("after_noun") == "object":
        toks = toks[1:]  # 有8人给予党政纪处分: what the people received
    elif first and first.get("after_noun") == "noun":
        toks = [(toks[0][0], "n"), *toks[1:]]  # 这两个组织: right after a classifier, a noun
    if not toks:
        return None
    if category == "people" and toks[0][1] == "a" and len(toks[0][0]) > 1 and (len(toks) == 1 or toks[1][1] in ("x", "m")):
        return toks[0][0]  # 4026人重伤，: the people's state
    after_toks = _tokens(after) if after else []
    if category == "people" and after_toks and after_toks[-1][1].startswith("p") and _verb(toks[0][1]) and (
            len(toks) == 1 or toks[1][1] == "x"):
        return None  # 代表团由286人组成: the people are the preposition's object, the verb is the clause's
    if _adverb_modifier(toks, after_toks):
        toks = [(toks[0][0], "b"), *toks[1:]]  # 推出近700个终身学习项目: in an object, a modifier of the noun
    if category not in _ACTIVITY and (_verb(toks[0][1]) or cue_role(toks[0][0]) == "copula"):
        return _verb_opening(seg, toks, category, cut_by_number)
    clause_toks = _tokens(clause) if clause else after_toks
    return _phrase(toks, category, cut_by_number, noun_first=bool(first and first.get("after_noun") == "noun"),
                   object_of=_object_of(clause_toks)
                   or bool(after_toks and after_toks[-1][1] == "vn"),  # 共遴选出38个…: a verbal noun before the count
                   first_object=any(cue_role(w) == "ditransitive" for w, _f in after_toks))


def _adverb_modifier(toks: Sequence[Tok], after_toks: Sequence[Tok]) -> bool:
    """Is the word opening the phrase after a count, tagged as an adverb, a modifier of the noun it
    opens (``终身学习项目``, ``长期护理机构``)? Only where the count is a verb's object (the clause
    before ends with a verb, a qualifier between), the word is no aspect or cue word, and a verb or
    verbal noun leads on to a noun before the clause ends."""
    if (len(toks) < 3 or toks[0][1] != "d" or len(toks[0][0]) < 2 or toks[0][0] in entity_words("aspect")
            or cue_role(toks[0][0])):
        return False
    before = [t for t in after_toks if t[1] not in ("t", "d", "m", "f") and t[0] not in "约近超逾"]
    if not before or not (_verb(before[-1][1]) or cue_role(before[-1][0]) in ("governing", "light")):
        return False
    if not toks[1][1].startswith("v"):
        return False
    for _w, f in toks[2:]:
        if f == "x" or f.startswith(("d", "p", "u")):
            return False
        if _noun(f):
            return True
    return False


_RE_COUNT_WORD = regex.compile(rf"^(?:数|几)?[\d{NUMERAL_CHARS}.]+(?:多|余)?\p{{Han}}?$")


def _counted(word: str, after: Sequence[Tok]) -> bool:
    """Is ``word`` (tagged as a numeral) a count with its classifier (数百名, 3个), or a number a
    classifier follows, so that it opens a counted phrase of its own?"""
    if not _RE_COUNT_WORD.match(word) or not _RE_NUMERAL.search(word):
        return False
    last = word[-1]
    return unit_category(last) is not None and not _RE_NUMERAL.match(last) or bool(
        after and unit_category(after[0][0]) is not None)


def _object_of(clause_toks: Sequence[Tok]) -> bool:
    """Does a verb of the clause before a count take it as its object? Not when the verb nearest the
    count is one of existence (``攻坚县已有317个县实现目标``: what is counted is the subject of what follows)."""
    verbs = [w for w, f in clause_toks if (_verb(f) and f != "vg") or cue_role(w) in ("governing", "light", "ditransitive")]
    return bool(verbs) and verbs[-1] not in entity_words("existential")


def _phrase(toks: Sequence[Tok], category: str, cut_by_number: bool, noun_first: bool = False,
            object_of: bool = False, first_object: bool = False) -> Optional[str]:
    """The noun phrase read from ``toks`` (``noun_first``: its first word is a noun, not a cue;
    ``object_of``: the count is a verb's object; ``first_object``: of a double-object verb)."""
    got: list[Tok] = []
    seen_noun = False
    compound_verb = False
    for i, (w, f) in enumerate(toks):
        if i == 0 and noun_first:
            got.append((w, "n"))
            seen_noun = True
            continue
        nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
        nxt_f = toks[i + 1][1] if i + 1 < len(toks) else ""
        role, row = cue_role(w), _cues().get(w)
        if i == 0 and role == "stop" and w != "等" and _nominal(f) and _nominal(nxt_f):
            role, row = None, None  # 397名全国模范退役军人: a scope word right after a count modifies the noun
        if seen_noun and w == "、" and (_verb(nxt_f) or nxt_f == "vn") and (
                nxt in level_verbs() or i + 2 < len(toks) and toks[i + 2][1] in ("ul", "uz", "ug")):
            break  # 加装了5部电梯、优化了社区食堂, 两个台阶、突破…: the next member is a predicate of its own
        if seen_noun and f == "vn" and _verb(nxt_f):
            break  # 53万名适龄妇女免费提供: a verbal noun before a verb is an adverbial
        if seen_noun and f == "vn" and (nxt_f in ("ul", "uz", "ug") or nxt in _BECOME) and _noun(got[-1][1]):
            break  # 168家门店设置了…, 5家高新区升级为…: a verbal noun before an aspect particle or 为 (become)
            # is the predicate (not …圆梦行动在杭州举行: before 在 it stays)
        if seen_noun and (w in _LIST_GAPS or f == "c") and nxt_f == "m" and (
                _counted(nxt, toks[i + 2:i + 3]) or nxt in entity_words("indefinite")):
            break  # 294支参赛队伍以及数百名院校领导: the next member has a count of its own
        if seen_noun and w == "的" and (_measured("".join(g for g, _f in got)) or got[0][1] == "q" and got[0][0] == "级"):
            got, seen_noun = [], False  # 11个百亿级投资规模的煤化工项目: a size or a grade before 的 describes the head
            continue
        if f == "m" and _RE_DIGIT.search(w) and nxt == "强":
            got.append((w + nxt, "n"))  # 200家世界500强企业: a ranking inside the name
            continue
        if w == "强" and got and got[-1][0].endswith("强"):
            continue
        if seen_noun and ((w == "等" and category in _MEASURES) or (w == "的" and all(_plain_noun(g) for g in got))):
            break  # 11项条款的“莫斯科原则”, 60万吨赖氨酸等项目: the phrase counted ends here
        if seen_noun and (f == "ns" or f == "nz" and len(w) > 3) and got and got[-1][1] not in _PROPER and _noun(got[-1][1]) and (
                w not in frame_words("place")):
            break  # 37项成果国家自然科学奖二等奖: a name opens the second object
        if first_object and seen_noun and _noun(got[-1][1]) and f not in ("x",) and w not in _JOINERS + "（）":
            break  # 授予…4项成果国家技术发明奖: the second object (the prize) follows the first
        if f == "x-q" and seen_noun and got[-1][0] not in _JOINERS and any(g[1].startswith(("n", "j", "l")) for g in got):
            break  # 河道“河长”: a quoted complement (not 13辆免费“爱心大巴”: after a modifier, the quoted head)
        if f == "x":
            if w in _KEEP_PUNCT:
                got.append((w, f))
                continue
            break
        if seen_noun and role == "predicate":
            break  # 19个项目落地…, 170家融资平台有序退出: the predicate the tagger read as a noun
        if f == "f" and len(w) > 1 and _noun(nxt_f) and w not in frame_words("locative"):
            got.append((w, "s"))  # 326项两岸共通标准: a place word inside the compound
            continue
        if seen_noun and row and row.get("after_noun") == "noun" and (nxt == "等" or cue_role(nxt) not in ("skip", "stop")):
            got.append((w, "n"))
            continue
        if seen_noun and role in ("governing", "light") and f == "vn" and _nominal(nxt_f) and nxt_f != "vn":
            got.append((w, f))  # 煤矿智能化建设典型案例: a verbal noun inside the compound
            continue
        if seen_noun and category != "people" and (_verb(f) or f == "vn") and len(w) > 1 and cue_role(nxt) == "facility" and (
                i + 2 >= len(toks) or toks[i + 2][1] == "x" or toks[i + 2][0] == "的") and (
                w not in change_verbs() and w not in level_verbs()):
            got.append((w, "vn"))  # 15个社区建设项目: a verb before a project word closing the phrase is inside
            continue  # the compound (not 5家企业提升能力: a verb of change is the predicate; not 1万名老年人
            #白内障复明工程: people counted are no project)
        if role in _BOUNDING and w != "等" and not (category in _ACTIVITY and seen_noun and role == "governing"):
            break
        if _verb(f):
            if seen_noun and nxt and nxt in "和及、等或":
                got.append((w, "n"))  # 经济组织和社会组织: a noun the tagger read as a verb
                continue
            if seen_noun and got[-1][0] in ("和", "及", "或") and len(w) > 1 and _noun(nxt_f):
                got.append((w, f))  # 退役士兵和退出消防员: a verb modifying the next member
                continue
            if (seen_noun and len(w) > 1 and _unbounding(w) and not first_object and category != "people"
                    and not compound_verb and _compound_verb(toks, i, object_of, got)):
                got.append((w, f))  # 推出259项制度创新成果, 26条国内集结线路更…: a verb inside the compound
                compound_verb = not object_of
                continue
            if seen_noun and not (category in _ACTIVITY and role != "light" and (
                    not _noun(got[0][1]) or _compound_verb(toks, i, True))):
                break  # (480多趟列车建立起…: a counted vehicle or event noun ends before the predicate)
            got.append((w, f))
            continue
        if seen_noun and w in _CLAUSE_CONJUNCTIONS and (f == "c" or len(w) == 1):
            break  # 建成老年助餐点3897个并有序开放: a conjunction of predicates ends the phrase
        if seen_noun and f == "b" and _verb(nxt_f) and got[-1][1].startswith("n"):
            break  # 6740家市场主体在线签发…: after a noun, a distinguishing word before a verb is the predicate's
            # adverbial (not 120趟旅游专列带动…, where it is the head)
        if f == "h" and _nominal(nxt_f):
            got.append((w, "b"))  # 非|遗: a prefix opens the next noun
            continue
        if seen_noun and f == "i" and _noun(got[-1][1]) and (not nxt or nxt_f == "x"):
            break  # 两个大国和睦相处: an idiom after the noun, ending the clause, is its predicate
        if f == "t" and got and not _time_word(w) and (_nominal(nxt_f) or nxt in _JOINERS and i + 2 < len(toks) and _noun(toks[i + 2][1])):
            got.append((w, "n"))  # 外国元首和政府首脑, 特色老年消费活动品牌: a noun the tagger read as a time
            continue
        if f.startswith(("n", "vn", "j", "zg", "i", "b", "s", "q", "c", "x-q", "l", "an")) or f in ("a", "uj") or w in ("等", "不") or (
                f == "t" and not got and nxt_f.startswith("n") and not _RE_DIGIT.search(w)):  # 现代煤化工项目 (not 项目正在…)
            got.append((w, f))
            seen_noun = seen_noun or _nominal(f)
            continue
        if f == "f" and w in ("以上", "以下") and seen_noun and _noun(nxt_f):
            got.append((w, f))  # 2.9万个县处级以上领导班子
            continue
        if f == "m" and not _RE_DIGIT.search(w):
            got.append((w, f))
            continue
        break
    if cut_by_number:  # 三个环节的32个问题: what follows the last joiner belongs to the next number
        depth = [sum((w == "（") - (w == "）") for w, _f in got[: k + 1]) for k in range(len(got))]
        joins = [i for i, (w, _f) in enumerate(got) if w in _JOINERS and not depth[i]]  # (省（区、市）)
        # 两个阶级、社会主义和资本主义两条道路: without a 的, members in parallel; what follows the first
        # 、 modifies the next count (not 533个图书馆、文化馆和4万个…: a list closed by a joiner right
        # before the next count is all the first count's)
        last = joins[-1] if joins and (got[joins[-1]][0] == "的" or joins[-1] == len(got) - 1 or "、" not in (
            got[i][0] for i in joins)) else next((i for i in joins if got[i][0] == "、"), None)
        if last is not None:
            got = got[:last]
    while got and not _nominal(got[-1][1]) and not (got[-1][0] == "）" and any(w == "（" for w, _f in got)):
        got.pop()
    if not any(_nominal(f) for _w, f in got):
        return None
    if category in _MEASURES and any(cue_role(w) == "facility" for w, _f in got[1:]):
        # 120万吨乙烯转型升级项目: a measure of a substance in a facility's name measures the substance
        first_noun = next(i for i, (_w, f) in enumerate(got) if f.startswith("n"))
        got = got[: first_noun + 1]
    return _clean([w for w, _f in got])


_RE_TIME_WORD = regex.compile(r"[\d今明昨去当本同目现此届将未过近]|[年月日时期季周前后间初底末来内]$")


def _time_word(word: str) -> bool:
    """Does ``word`` (tagged as a time) name one (今年, 目前, 先后, 期间), not a noun the tagger reads as
    a time (元首, 老年: an age group)?"""
    return word not in entity_words("age") and bool(_RE_TIME_WORD.search(word)) or word in ("先后", "随后", "之后", "正在")


def _compound_verb(toks: Sequence[Tok], i: int, object_of: bool, got: Sequence[Tok] = ()) -> bool:
    """Is the verb ``toks[i]``, after the noun of a counted phrase, inside the compound rather than
    a predicate with its object? Nouns follow it, and then, in an object (``推出259项制度创新成果``),
    the phrase ends (not ``围绕12个研发项目签署全球授权协议``: a verb follows the nouns); after a count
    opening its clause the predicate follows (``26条国内集结线路更把…``), where a phrase ending
    there is the predicate itself (``4个单位获得表彰``), and only after a modifier (a place or a
    distinguishing word: ``9家全国性承贷银行驻赣…``), not after a noun that can be the subject
    (``一处3000立方米的泥石流导致渝昆高速双向中断``)."""
    j = i + 1
    while j < len(toks) and (_noun(toks[j][1]) or toks[j][1] == "vn" or (
            toks[j][1] == "a" and j + 1 < len(toks) and _noun(toks[j + 1][1]))) and (
            toks[j][1] == "vn" or cue_role(toks[j][0]) not in _BOUNDING):
        j += 1  # (智能制造优秀场景: an adjective before a noun stays inside)
    if j == i + 1 or not _nominal(toks[j - 1][1]):
        return False
    ends = j == len(toks) or toks[j][1] == "x" or toks[j][0] in _JOINERS
    if object_of:
        return ends
    return (not ends and toks[j][1].startswith(("d", "v", "p")) and toks[j][1] != "vn" and _noun(toks[j - 1][1])
            and bool(got) and all(f in ("b", "s", "f") for _w, f in got))


def _plain_noun(tok: Tok) -> bool:
    """A noun that cannot head a clause (not an idiom, verb or adjective): before 的 it makes the
    phrase an attribute (方面的专项整治), where a clause would make it a relative (不合时宜的制度)."""
    return tok[1].startswith(("n", "j", "s", "b", "q", "m", "zg")) or tok[0] in _KEEP_PUNCT or tok[0] in _JOINERS


def _verb_opening(seg: str, toks: Sequence[Tok], category: str, cut_by_number: bool) -> Optional[str]:
    """The entity after a count whose next word is a verb: the head after the 的 of a relative
    clause (``身着新式制服的消防救援人员``), the state of the people counted when the verb ends the
    clause (``365人死亡，`` → 死亡), ``None`` after a copula (``七个是无政府主义者``: a predicate), else
    the phrase with its verb (``4个出租出借办公用房单位``)."""
    if cue_role(toks[0][0]) == "copula":
        return None
    if category == "people" and len(toks[0][0]) > 1 and _unbounding(toks[0][0]) and (
            len(toks) == 1 or toks[1][1] in ("x", "m")):
        return toks[0][0]
    clause_end = next((i for i, c in enumerate(seg) if c in _CLAUSE_END), len(seg))
    de = seg.find("的", 0, clause_end)
    if de > 0 and not any(f.startswith(("d", "p")) for _w, f in pos_cut(seg[:de])):
        return following_phrase(seg[de + 1:], category)  # (分论坛分别就…的: a predicate, no relative)
    return _phrase(toks, category, cut_by_number)


def _amount_free(phrase: Optional[str]) -> Optional[str]:
    """A counted phrase without the word for its amount (汽车保有量 → 汽车, 用户数 → 用户); ``None``
    when nothing else is left (总数)."""
    if not phrase:
        return phrase
    toks = _tokens(phrase)
    last = toks[-1][0] if toks else ""
    for w, r in _cues().items():
        if r["role"] != "amount" or not phrase.endswith(w):
            continue
        if last == w or len(w) > 1 or len(last) - len(w) >= 2:  # 用户数 → 用户 (not 指数, 人数)
            rest = phrase[: -len(w)]
            return rest if rest and _RE_HAN.search(rest) else None
    return phrase


def milestone(phrase: Optional[str]) -> bool:
    """Does ``phrase`` name a threshold a number reaches (``大关``, ``新台阶``, ``万亿元台阶``: the
    milestone words of ``entity_cues.tsv``) rather than a thing counted?"""
    phrase = (phrase or "").rstrip(_JOINERS)
    return bool(phrase) and any(phrase.endswith(w) for w, r in _cues().items() if r["role"] == "milestone")


def _measured(phrase: Optional[str]) -> bool:
    """Does ``phrase`` end with a word naming what a measure gives (面积, 年产量, 浓度)?"""
    return bool(phrase) and any(phrase.endswith(w) for w, r in _cues().items() if r["role"] == "measure")


@lru_cache(maxsize=None)
def frame_words(frame: str) -> tuple[str, ...]:
    """The words of one frame of ``lexicons/entity_frames.tsv`` (``duration``, ``place``, ``locative``,
    ``compared``, ``people``), in file order.

    >>> frame_words("duration")
    ('连续', '时隔', '历时')
    """
    return tuple(r["word"] for r in load_rows("entity_frames.tsv") if r["frame"] == frame)


_RESULTATIVE = ("过", "上", "到", "至")  # 迈上, 跨过, 提升到: a verb reaching a level is a predicate, not an activity measured


def _strip_tail(toks: list[Tok]) -> list[Tok]:
    while toks and (cue_role(toks[-1][0]) == "filler" or toks[-1][0] in level_verbs()
                    or toks[-1][1].startswith(("d", "ul", "p", "f")) or toks[-1][1] == "u"):
        toks.pop()
    return toks


def preceding_phrase(seg: str, category: str, clause: bool = True) -> Optional[str]:
    """The counted thing or activity that ends ``seg`` (the clause before a number), or ``None``.

    With ``clause`` false, ``seg`` is a modifier (``反映区委常委班子`` before 的) and a verb
    opening it is kept."""
    raw = _tokens(_strip_tail_text(seg, how_often=category != "money"))
    if raw and raw[-1][1] == "p" and raw[-1][0] in entity_words("object_p"):
        return None  # 主要基于两方面考虑: the count is the preposition's object, what stands before is not counted
    toks = _strip_tail(raw)
    if len(toks) > 1 and cue_role(toks[-1][0]) == "predicate" and _nominal(toks[-2][1]):
        toks = _strip_tail(toks[:-1])  # 推动项目落地12个: the clause's predicate, read as a noun
    if toks and _verb(toks[-1][1]) and category not in _ACTIVITY and category != "people" and not (
            category in _MEASURES and len(toks) > 1 and _noun(toks[-2][1]) and len(toks[-1][0]) > 1
            and not toks[-1][0].endswith(_RESULTATIVE)) and cue_role(toks[-1][0]) not in ("governing", "light"):
        # 个人对照检查材料普遍修改9稿: the counted thing is the topic before the verb (a measure keeps
        # it: 发展食用菌种植320亩 measures the planting)
        toks.pop()
        toks = _strip_tail(toks)
    got: list[Tok] = []
    in_rel = False
    for w, f in reversed(toks):
        role = cue_role(w)
        head = got[0] if got else None
        if role == "skip":
            continue
        if role == "reference" and got:
            if _measured("".join(g for g, _f in got)):
                break  # 距江边水平距离700米: the measure named after the place
            return None  # 东距县城18公里: the place is where the distance starts, not what is measured
        if role in ("light", "stop", "filler") or w in strength_words():
            if w == "各" and len(got) > 1 and _nominal(got[0][1]):
                got.pop(0)  # 各层面座谈会: 各层面 is a determiner
            break
        if role == "governing" and category not in _ACTIVITY and category != "people":
            break  # (people are counted by what is done to them: 处理62人, 给予党纪处分38人)
        if f == "x":
            if w in _KEEP_PUNCT:
                got.insert(0, (w, f))
                continue
            break
        if f == "m" and _RE_DIGIT.search(w):
            break
        if f.startswith("p") or f in ("ul", "uz", "f", "t", "y", "e", "o", "ug"):
            break
        if f.startswith("r") and w not in _OTHER:
            break
        if f.startswith("d") and not (w == "不" or in_rel):
            break
        if _verb(f) and category not in _ACTIVITY and not in_rel:
            modifier = head is not None and _nominal(head[1]) and len(w) > 1
            activity = head is None and category in ("people", *_MEASURES)
            if not (modifier or activity):
                break
        got.insert(0, (w, f))
        if w == "的":
            in_rel = True
    while got and (got[0][0] in _JOINERS or (_verb(got[0][1]) and len(got[0][0]) == 1)):
        got.pop(0)
    opens_clause = len(got) == len([t for t in toks if cue_role(t[0]) != "skip"]) or (
        len(got) < len(toks) and cue_role(toks[len(toks) - len(got) - 1][0]) in ("stop", "filler"))
    if clause and category not in _ACTIVITY and category != "people" and opens_clause and not in_rel:
        # 全市建成标准化村级活动场所126个: the clause's own predicate
        rest = [f for _w, f in got[1:]]
        if len(got) > 1 and (_verb(got[0][1]) or got[0][1] == "vn") and any(_noun(f) for f in rest) and (
                cue_role(got[0][0]) != "state"):  # (死亡病例为211834例: a state modifies the noun)
            got.pop(0)
    if not any(_nominal(f) or _verb(f) for _w, f in got):
        return None
    if category not in _ACTIVITY and category != "people" and not any(_noun(f) for _w, f in got):
        return None  # 整改落实1980条: only verbs, the counted thing is elided
    return _clean([w for w, _f in got])


def _clause_start(text: str, pos: int, stops: str = _CLAUSE_END, window: int = _WINDOW) -> int:
    i = pos
    lo = max(0, pos - window)
    while i > lo and text[i - 1] not in stops:
        i -= 1
    return i


def _clause_end(text: str, pos: int) -> int:
    i, hi = pos, min(len(text), pos + _WINDOW)
    while i < hi and text[i] not in _CLAUSE_END:
        i += 1
    return i


_AGE_UNITS = ("岁", "周岁")
# the suffix that makes a duration a period (五年来, 十七年间, 三年里, 两年内): when, never counted
_RE_PERIOD_SUFFIX = regex.compile(r"以来|来|间|里|内")
_BECOME = ("为", "成")  # 升级为, 改造成: a verb with its complement of becoming


def _whose_age(text: str, end: int, seg: str) -> Optional[str]:
    """Whose age an age is: the noun after its 的 (``80岁以上的老年人`` → 老年人), or the noun before a
    verb of reaching an age (``age`` of ``entity_frames.tsv``: ``子女年满3岁`` → 子女); else ``None``
    (``年满18周岁；``, ``现年85岁``)."""
    if text.startswith("的", end):
        ent = following_phrase(text[end + 1: _clause_end(text, end)], "people")
        toks = _tokens(ent) if ent else []
        cut = next((k for k, (w, f) in enumerate(toks) if f == "c" and w not in _JOINERS), len(toks))
        toks = toks[:cut]
        while len(toks) > 1 and (toks[-1][0].endswith("率") or cue_role(toks[-1][0]) in ("measure", "amount")):
            toks = toks[:-1]  # 80岁以上的老年人群病死率: the rate of those people is no part of them
        ent = "".join(w for w, _f in toks)
        if len(ent) > 1:
            return ent  # 11岁的波塔: whose age, a name too (59岁的郭柏林因为…: a conjunction opens a clause)
    stripped = _strip_tail_text(seg)
    frame = next((w for w in sorted(frame_words("age"), key=len, reverse=True) if stripped.endswith(w)), None)
    if frame and len(stripped) > len(frame) and _RE_HAN.match(stripped, len(stripped) - len(frame) - 1):
        # (不具有…资格、年满18周岁: a list of conditions, no noun before the verb)
        ent = preceding_phrase(stripped[: -len(frame)], "people")
        return ent if ent and any(_noun(f) for _w, f in _tokens(ent)) else None
    return None


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
            seg = text[max(_clause_start(text, q.start), prev_end): q.start]  # (优良天数增加7.8天, 预期寿命78岁)
            last = _tokens(seg)[-1:] if seg else []
            ent = preceding_phrase(seg, "time") if seg and not seg.endswith(("的", *frame_words("duration"))) and not (
                last and cue_role(last[0][0]) == "predicate") else None  # (水位蓄水4个月: how long the predicate lasts)
            if _measured(ent):
                out[i], how[i] = ent, "preceding"
            elif q.unit in _AGE_UNITS:
                out[i] = _whose_age(text, q.end, seg)
                how[i] = "preceding" if out[i] else ""
            continue
        end = _clause_end(text, q.end)
        seg = text[max(_clause_start(text, q.start), prev_end): q.start]
        if q.category in _MEASURES:
            ent = preceding_phrase(seg, q.category)
            if _measured(ent):  # 面积六公顷以上的湖泊湿地, 年产量一百万吨: the measure's own noun
                toks = _tokens(ent)
                last_verb = max((k for k, (_w, f) in enumerate(toks[:-1]) if _verb(f)), default=None)
                if last_verb is not None:  # 村庄位于海拔高程: the subject and verb of the clause go
                    ent = "".join(w for w, _f in toks[last_verb + 1:])
                out[i], how[i] = ent, "preceding"
                continue
        if i + 1 < n and nxt == q.end:
            how[i] = "adjacent"
            continue
        alt = _RE_ALT_UNIT.match(text, q.end, min(end, nxt))
        after_end = alt.end() if alt and (len(alt[1]) == 1 or unit_category(alt[1])) else q.end  # 35条（段）: an alternative unit
        sized = _exceeds_relative().match(text[after_end:end])
        if sized and after_end + sized.end() > nxt and _RE_NUMERAL.search(sized[1]):
            # 20个面积超过1000平方米的服务中心: the relative clause holds the next number; the head follows it
            head_at = after_end + sized.end()
            nxt = next((f.num_start for f in found[i + 1:] if f.num_start >= head_at), len(text))
            after_end = head_at
        ent = following_phrase(text[after_end: min(end, nxt)], q.category, cut_by_number=nxt < end, after=seg,
                               clause=text[_clause_start(text, q.start): q.start])
        level = _LEVEL.search(text[max(0, q.start - 2): q.start])
        if ent and level and q.chinese:
            ent = level[0] + ent  # 区级四个班子 → 区级班子
        if milestone(ent) and (q.unit != "个" or "的" in text[q.end: text.find(ent, q.end)]):
            ent = None  # 首次突破200万件大关, 6万个以上的目标: what reached the threshold stands before (两个万亿元台阶 counts it)
        if ent:
            out[i], how[i] = ent, "following"
            continue
        subject = of_change(text, q.start, spans) if of_change else None
        if subject:
            out[i], how[i] = _amount_free(subject) or subject, "preceding"
            continue
        if seg.endswith("的"):
            how[i] = "relative"
            continue
        if _reached(seg):
            how[i] = "reach"  # 惠及10万余户, 覆盖119.2万人: those reached, no entity of their own
            continue
        if _from_reference(seg) or (q.category == "length" and _after_localizer(seg)):
            how[i] = "reference"  # 东距县城18公里, 大桥上游800米: a distance from a place, nothing counted
            continue
        ent = preceding_phrase(seg, q.category)
        if q.category in _MEASURES:
            ent = _dimension_free(ent)  # 岸线长600米: the noun is what is measured
        if q.category not in _ACTIVITY:
            ent = _amount_free(ent)  # (中央储备粮数量在5亿公斤以下: the grain is what is weighed)
        if ent and _scope_only(seg, ent):
            ent = None  # 其中大陆地区26次: a place narrows the earlier count, it is not counted
        out[i], how[i] = ent, ("preceding" if ent else "elided")
        if not ent and _has_verb(seg):
            how[i] = "verb"  # 立案45件: a count after its own verb takes no entity across it
    for i in range(n - 1, -1, -1):  # 6方面26个问题: the groups share the next number's entity
        if how[i] != "adjacent":
            continue
        q, r = found[i], found[i + 1]
        if q.unit == "户" and r.category == "people":
            # 贫困户416户1283人: households, then the people in them; each reads the phrase before
            seg = text[max(_clause_start(text, q.start), found[i - 1].end if i else 0): q.start]
            out[i] = _amount_free(preceding_phrase(seg, q.category)) or (
                preceding_phrase(seg, "events") if _has_verb(seg) else None)  # 实现脱贫187户603人
            if out[i] and how[i + 1] in ("elided", "relative", "verb"):
                out[i + 1] = out[i][:-1] + "人口" if out[i].endswith("户") and len(out[i]) > 2 else out[i]
                how[i + 1] = "paired"
        elif r.category == "time" and r.unit in ("周岁", "岁"):
            # 2180名80周岁以上老人: the age belongs to the people counted
            tail = following_phrase(text[r.end: _clause_end(text, r.end)], q.category)
            lead = regex.match(qualifiers("after_amount"), text[r.end:])  # 以上, 以下, 左右 …
            if tail:
                out[i] = text[r.start: r.end] + (lead[0] if lead and not tail.startswith(lead[0]) else "") + tail
        elif r.category in _MEASURES and q.category not in _MEASURES and (
                whole := following_phrase(text[r.end: _clause_end(text, r.end)], q.category)):
            out[i] = whole  # 2座35万千瓦光热发电项目: the count counts the facility the measure sizes
        elif out[i + 1]:
            out[i] = out[i + 1]
    for i in range(n):
        if how[i] in ("relative", "elided"):
            out[i] = _from_earlier(text, found, out, i)
        elif how[i] == "verb":  # 立案45件: the same things as a count of the same unit before, or the action
            seg = text[max(_clause_start(text, found[i].start), found[i - 1].end if i else 0): found[i].start]
            toks = _strip_tail(_tokens(_strip_tail_text(seg)))
            if toks and cue_role(toks[-1][0]) == "state":  # 死亡17例: the state of those counted
                out[i] = preceding_phrase(seg, "events")
                continue
            out[i] = _from_earlier(text, found, out, i, same_unit=True) or preceding_phrase(seg, "events")
        elif how[i] == "preceding" and out[i] and _bare_modifier(out[i]):
            head = _from_earlier(text, found, out, i, same_unit=True)
            if head and head != out[i]:  # 乳制品128批次，合格128批次: the passed ones of the same things
                out[i] = out[i] + _tokens(head)[-1][0] if _tokens(head) else out[i]
    _share_heads(text, found, out, how)
    if split:
        _distribute(text, found, out, how, split)
    return out


_LIST_GAPS = ("、", "和", "及", "与", "以及")


def _distribute(text: str, found: Sequence, out: list, how: list,
                split: Callable[[str, int], Optional[list[str]]]) -> None:
    """``小学、初中、高中分别有120所、45所和20所``: the numbers of a ``分别`` list, each without a
    noun of its own, count the members of the list before ``分别`` in their order."""
    n, i = len(found), 0
    while i < n:
        j = i
        while j + 1 < n and text[found[j].end: found[j + 1].start] in _LIST_GAPS:
            j += 1
        chain = list(range(i, j + 1))
        i = j + 1
        if len(chain) < 2 or any(how[c] == "following" for c in chain):
            continue
        first = found[chain[0]]
        cs = _clause_start(text, first.start)
        k = text.rfind("分别", cs, first.start)
        if k < 0 or _RE_DIGIT.search(text, cs, k):
            continue
        parts = split(text[cs:k], len(chain))
        if not parts:
            continue
        for c, part in zip(chain, parts):
            q = found[c]
            out[c] = part if q.category in _MEASURES or q.category in _ACTIVITY else (_amount_free(part) or part)


def _reached(seg: str) -> bool:
    """Does the clause before a number end with a verb of reach or coverage (惠及, 覆盖, 容纳)?"""
    toks = _strip_tail(_tokens(_strip_tail_text(seg)))
    return bool(toks) and cue_role(toks[-1][0]) == "reach"


def _from_reference(seg: str) -> bool:
    """Does the clause before a number name the point a distance starts from (距江边, 东距县城)?"""
    toks = _tokens(seg)
    return any(cue_role(w) == "reference" for w, _f in toks[:-1]) and not _measured(preceding_phrase(seg, "length"))


def _after_localizer(seg: str) -> bool:
    """Does the clause before a length end with a localizer of direction after a place name
    (``界牌大桥上游``, ``县城以东``), so that the length is a distance from that place? Not a frame
    (``以上``, ``之间``)."""
    toks = _tokens(_strip_tail_text(seg))
    return len(toks) > 1 and toks[-1][1] == "f" and len(toks[-1][0]) > 1 and toks[-1][0] not in frame_words("locative") and (
        toks[-2][1] in _PROPER)  # (not 岸线上游55米: upstream on the line measured)


def _dimension_free(phrase: Optional[str]) -> Optional[str]:
    """``岸线长`` → ``岸线``: an adjective of size (``dimension`` in ``entity_frames.tsv``) after the noun
    it measures is no part of the entity."""
    toks = _tokens(phrase) if phrase else []
    if len(toks) > 1 and toks[-1][0] in frame_words("dimension") and _noun(toks[-2][1]) and len(phrase) > 2:
        return phrase[: -len(toks[-1][0])]
    return phrase


def _ends_in_noun(phrase: str) -> bool:
    toks = _tokens(phrase)
    return bool(toks) and _noun(toks[-1][1]) and cue_role(toks[-1][0]) not in ("governing", "light")


def _has_verb(seg: str) -> bool:
    """Does the clause text before a number hold a verb of its own (立案, 处分)?"""
    return any(_verb(f) or cue_role(w) in ("governing", "light") for w, f in _tokens(seg))


def _bare_modifier(phrase: str) -> bool:
    """A phrase that is one adjective or verb and no noun (合格, 已解决)."""
    toks = _tokens(phrase)
    return len(toks) == 1 and len(phrase) > 1 and (toks[0][1] in ("a", "v", "ad", "d") or cue_role(phrase) == "modifier")


def _scope_only(seg: str, phrase: str) -> bool:
    """其中大陆地区 before a number: after 其中, a place names a part of what was counted before."""
    if "其中" not in seg:
        return False
    toks = _tokens(phrase)
    return bool(toks) and (toks[-1][1] == "ns" or phrase.endswith(("地区", "地方", "境内", "境外")))


def _from_earlier(text: str, found: Sequence, out: list, i: int, same_unit: bool = False) -> Optional[str]:
    """An elided head filled in from an earlier quantity in the sentence (same unit first; only the
    same unit when ``same_unit``: across a verb, 梳理归纳3728条 counts the 条 counted before)."""
    q = found[i]
    sent = _clause_start(text, q.start, _SENTENCE_END, window=300)
    earlier = []
    for j in range(i - 1, -1, -1):  # found is sorted: stop at the first quantity before the sentence
        if found[j].start < sent:
            break
        if out[j]:
            earlier.append(j)
    same = [j for j in earlier if found[j].unit == q.unit]
    if same_unit:  # across a verb only things carry, not an action (责令整改2571家，立案处罚1064家)
        same = [j for j in same if _ends_in_noun(out[j])]
    pick = (same or ([] if same_unit else [j for j in earlier if found[j].category not in ("time",)]) or [None])[0]
    if pick is None:
        return None
    head = out[pick].rsplit("的", 1)[-1]
    seg = text[max(_clause_start(text, q.start), found[pick].end): q.start]
    if not seg.endswith("的"):
        return out[pick]  # 梳理归纳3728条: the same things as before
    if "的" in out[pick]:  # 其中反映区委常委班子的40条: a parallel subtype
        modifier = preceding_phrase(seg[:-1], "count", clause=False)
        if modifier:
            return f"{modifier}的{head}"
    return head  # 评定为“好”等次的8618名: a subset of the same people


def _share_heads(text: str, found: Sequence, out: list, how: list) -> None:
    """``324个村、55个社区组织阵地``: a one-word phrase shares the next phrase's head."""
    for i in range(len(found) - 1):
        a, b = out[i], out[i + 1]
        if how[i] != "following" or how[i + 1] != "following" or not a or not b:
            continue
        if text[found[i].end + len(a): found[i + 1].start] not in ("、", "和", "及"):
            continue
        b_toks = _tokens(b)
        if len(_tokens(a)) == 1 and len(a) <= 2 and len(b_toks) >= 2:
            out[i] = a + "".join(w for w, _f in b_toks[1:])


# ---------------------------------------------------------------- what an amount of money is
_RE_ASIDE = regex.compile(r"^[（(][^（）()\n]{1,16}[）)]")  # 500万元（国家级）: an aside after the amount
_LIST_JOINERS = ("、", "和", "及", "或", "，")
_RE_AFTER_DE = regex.compile(r"(?:[（(][^（）()\n]{1,16}[）)])?的")
_RE_ASIDES = regex.compile(r"[（(][^（）()\n]{1,16}[）)]")
_RE_PER = regex.compile(r"每[个名户家位项所人]?$")
_RE_PER_UNIT = regex.compile(r"每\p{Han}{1,4}$")
_RE_NUMERAL = regex.compile(rf"[\d{NUMERAL_CHARS}]")
_RE_LAST_NUMBER = regex.compile(rf"[\d{NUMERAL_CHARS}.]+[^\d{NUMERAL_CHARS}]?$")
_RE_INCLUDED = regex.compile(r"[（(]含$")
_RANGE_GAP = regex.compile(f"(?:{range_words()})?")  # 1000元以上3万元以下, 2万元至5万元


def _payment(word: str) -> bool:
    return cue_role(word) == "payment"


def _after_amount(seg: str) -> Optional[str]:
    """What the money is, read from the noun phrase right after it (``seg`` runs to the end of
    its clause): ``1亿元的资金扶持`` → ``资金扶持``, ``…以下的罚款`` → ``罚款``, ``亿元以上项目`` →
    ``项目``. A verb after the amount opens a clause of its own (``1亿元用于…``): no subject there,
    unless the verb names the payment itself (``100万元一次性补助``)."""
    seg = _RE_ASIDE.sub("", seg)
    after_de = seg.startswith("的")
    toks = _tokens(seg[1:] if after_de else seg)
    got: list[Tok] = []
    for i, (w, f) in enumerate(toks):
        last = i + 1 == len(toks) or toks[i + 1][1] == "x" or toks[i + 1][0] == "的"
        if f == "x" or w == "的" or (f == "m" and _RE_DIGIT.search(w)):
            break
        if _payment(w) and (last or _noun(toks[i + 1][1])):
            got.append((w, "n"))  # 资金扶持, 一次性补助, 投资后扶持
            continue
        if not got and (f == "vn" or _verb(f) and len(w) > 1 and not cue_role(w)) and _compound_rest(
                toks[i + 1:]) and _funds(toks[i + 1:]):
            got.append((w, "fund"))  # 30亿元建设资金, 扶贫资金: a verbal noun or verb compounding with a word for funds
            continue
        if _verb(f):
            if after_de and last:
                got.append((w, "n"))  # 的支持: after 的 a verb is a noun
            elif after_de and got is not None and _compound_rest(toks[i + 1:]):
                got.append((w, "vn"))  # 的扣除额度, 的资产购买计划: a verb inside the compound 的 opens
                continue
            break
        if cue_role(w) in _BOUNDING:
            break
        if _nominal(f) or f in ("d", "f", "a") and got or (f == "d" and w.startswith("一次")):
            got.append((w, f))
            continue
        if not got and f == "d" and len(w) > 1 and w not in entity_words("aspect") and not cue_role(w):
            rest = list(itertools.takewhile(lambda t: t[1] != "x" and t[0] != "的", toks[i + 1:]))
            if rest and all(_nominal(t[1]) for t in rest) and _noun(rest[-1][1]):
                return _clean([w, *(t for t, _f in rest)])  # 1400亿元长期建设国债: an adverb the tagger saw, a modifier
        break
    while got and not _nominal(got[-1][1]):
        got.pop()
    while got and got[0][1] in ("d", "f", "a") and not got[0][0].startswith("一次"):
        got.pop(0)
    if not got or cue_role(got[0][0]) in ("governing", "light") and got[0][1] != "fund":
        return None
    return _clean([w for w, _f in got])


def _funds(toks: Sequence[Tok]) -> bool:
    """Do ``toks`` end their phrase (before a comma or 的) in a word for funds (``funds`` of
    ``entity_words.tsv``: 资金, 经费, 基金)?"""
    rest = list(itertools.takewhile(lambda t: t[1] != "x" and t[0] != "的", toks))
    return bool(rest) and any(rest[-1][0].endswith(w) for w in entity_words("funds"))


def _compound_rest(toks: Sequence[Tok]) -> bool:
    """Do ``toks`` (after a verb) run as nouns to the end of the phrase, ending in a plain noun, so
    that the verb is inside a compound (扣除|额度, 购买|计划) rather than a predicate?"""
    rest = list(itertools.takewhile(lambda t: t[1] != "x" and t[0] != "的", toks))
    return bool(rest) and len(rest) == len([t for t in rest if _nominal(t[1]) and cue_role(t[0]) not in _BOUNDING]) and (
        _noun(rest[-1][1]))


def _before_amount(seg: str) -> Optional[str]:
    """What the money is, read from the clause before it: ``直接经济损失约46亿元`` → ``直接经济损失``,
    ``贷款额度最高不超过15万元`` → ``贷款额度``; a payment word before the amount names it (``单个企业
    年度最高补助50万元`` → ``补助``, ``资金补助10万元`` → ``资金补助``), as a verb does after the noun it
    compounds with (``公共服务收入不低于500万元`` → ``公共服务收入``). A phrase without a noun or of
    one character (``且``) is none; nor is what stands before a period an amount is paid per (``由兄弟姐妹
    分摊每月3000元的扣除额度``)."""
    seg = _strip_tail_text(seg, how_often=False)
    per_unit = _RE_PER_UNIT.search(seg)
    if per_unit and "为" in seg[: per_unit.start()]:
        # 罚款幅度为荒坡地每平方米0.5元至1元: a rate per unit; what it is stands before 为
        return _before_amount(seg[: seg.rindex("为", 0, per_unit.start())])
    toks = _strip_tail(_tokens(seg))
    if len(toks) > 1 and toks[-1][1] == "t" and _time_word(toks[-1][0]) and _nominal(toks[-2][1]):
        toks = _strip_tail(toks[:-1])  # 国家外汇储备年底达到1547亿美元: when, between the measure and its level
        seg = "".join(w for w, _f in toks)
    if len(toks) > 1 and toks[-1][0] in frame_words("allocation"):
        rest = _strip_tail(toks[:-1])  # 中央预算内投资(拟)安排5776亿元: the funds allotted are what the noun names
        if rest and rest[-1][1] in ("n", "vn", "l") and cue_role(rest[-1][0]) not in _BOUNDING:  # (not an organ: 财政厅下达)
            return preceding_phrase("".join(w for w, _f in rest), "money")
    if len(toks) > 1 and _verb(toks[-1][1]) and len(toks[-1][0]) > 1 and toks[-1][0].endswith(_RESULTATIVE):
        seg, toks = seg[: -len(toks[-1][0])], toks[:-1]  # 地区生产总值跨过3万亿元: the predicate goes
    if toks and (_verb(toks[-1][1]) or toks[-1][1] == "vn") and len(toks[-1][0]) > 1 and _unbounding(toks[-1][0]) and (
            len(toks) == 1 or toks[-2][1] in ("t", "f", "x") or cue_role(toks[-2][0]) in ("stop", "governing", "light")
            or _verb(toks[-2][1]) and toks[-1][1] == "vn"):
        # 上半年进出口2614亿元: after a time or a scope, the verb names the measure (比去年增加520亿元:
        # a verb of change names none); 带动消费791亿元, 由上年亏损9000万元: a verbal noun after a verb
        # or a time is the sum
        return None if toks[-1][0] in change_verbs() or toks[-1][0] in entity_words("added") else toks[-1][0]
    if toks and (_payment(toks[-1][0]) or (_verb(toks[-1][1]) and len(toks[-1][0]) > 1 and _unbounding(toks[-1][0])
                                            and len(toks) > 1 and _nominal(toks[-2][1])
                                            and toks[-1][0] not in change_verbs() and toks[-1][0] not in entity_words("added"))):
        # (居民储蓄存款新增6300多亿元: a verb of adding is the predicate, no part of what the money is)
        w = toks[-1][0]
        rest = toks[:-1]
        if rest and _nominal(rest[-1][1]) and _unbounding(rest[-1][0]):
            lead = preceding_phrase("".join(t for t, _f in rest), "money") or rest[-1][0]
            return lead + w  # 资金补助, 公共服务收入, 旅游收入
        return w if _payment(w) else None
    phrase = preceding_phrase(seg, "money")
    if phrase is None and toks and _RE_LATIN_TERM.fullmatch(toks[-1][0]):
        phrase = "".join(w for w, _f in toks[-2:]) if len(toks) > 1 and toks[-2][0] == "人均" else toks[-1][0]  # 人均GDP
    if milestone(phrase):  # 余额连跨4个万亿元台阶、双双突破9万亿元: the subject stands before the threshold
        at = seg.rfind(phrase)
        inner = _RE_NUMERAL.search(phrase)
        cut = at + inner.start() if inner else at
        m = _RE_LAST_NUMBER.search(seg[:cut])  # (连跨4|个万亿元台阶: the count of thresholds goes too)
        cut = m.start() if m else cut
        return _before_amount(seg[:cut]) if cut > 0 else None
    lead = seg[: seg.rfind(phrase)] if phrase and phrase in seg else ""
    per = _RE_PER.search(lead)
    if per and any(cue_role(w) in ("governing", "ditransitive") for w, _f in _tokens(lead[: per.start()])[-1:]):
        return None  # 给予每个园区2000万元: whom the amount is given per, not what it is (每户贷款额度 is)
    phrase = _range_free(phrase)
    at = seg.rfind(phrase) if phrase else -1
    if at > 0 and len(phrase) > 2 and unit_category(phrase[0]) not in (None, "time") and _RE_NUMERAL.match(seg, at - 1):
        phrase = phrase[1:].lstrip("、")  # 5家年产值过亿元, 项目2200个、总投资额: the classifier of a count
        # before is no part of the measure
    return phrase if phrase and len(phrase) > 1 and any(_nominal(f) for _w, f in _tokens(phrase)) else None


_RE_TO_LEVEL = regex.compile(rf"(?:[到至为]|[由从][^，。；：]{{0,12}})(?:(?:\d{{4}}|[{NUMERAL_CHARS}]{{4}})年(?:底|末)?的?)?$")


def _next_clause(gap: str) -> bool:
    """Does ``gap`` (the text between two amounts) hold one comma and no stronger break, so that the
    second amount's clause follows the first one's?"""
    return sum(gap.count(c) for c in "，,") == 1 and not any(c in gap for c in "。；;！？!?\n")


def _compared(seg: str) -> bool:
    """Is ``seg`` (the clause before an amount) only a verb of change, after a comparison or alone
    (``比去年增加``, ``较上年减少``, ``同比增加``, ``增加``), so that the amount changes what the clause
    before measured?"""
    toks = [t for t in _tokens(seg.strip()) if not t[1].startswith("d") or t[0] == "同比"]
    if not toks or toks[-1][0] not in change_verbs() or len(toks) > 1 and not toks[0][0].startswith(frame_words("compared")):
        return False
    return not any(_verb(f) or cue_role(w) in ("governing", "light") for w, f in toks[1:-1])


def _range_free(phrase: Optional[str]) -> Optional[str]:
    """``罚款幅度`` → ``罚款``: the word for the range of an amount (amount role of
    ``entity_cues.tsv``) is not what the money is."""
    if phrase and phrase.endswith("幅度") and len(phrase) > 3:
        return phrase[:-2]
    return phrase




@lru_cache(maxsize=1)
def _exceeds_relative() -> regex.Pattern:
    """A relative clause opening the phrase after a count: a short measure, a verb of exceeding
    (``exceed_words.tsv``), an amount (group 1) and 的 (``年产值过亿元的``, ``面积超过1000平方米以上的``)."""
    verbs = "|".join(regex.escape(r["word"]) for r in sorted(load_rows("exceed_words.tsv"), key=lambda r: -len(r["word"])))
    return regex.compile(rf"^\p{{Han}}{{1,6}}?(?:{verbs})([\d.{NUMERAL_CHARS}][^，。；、的\n]{{0,8}}|[{NUMERAL_CHARS}][^，。；、的\n]{{0,8}})的")


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
    if at > 0 and _RE_NUMERAL.match(text[at - 1]) and _tokens(phrase)[0][0] == phrase[0]:
        return phrase[1:]
    return phrase


def amount_subjects(text: str, spans: Sequence[tuple[int, int]],
                    of_change: Optional[Callable[[str, int, Sequence[tuple[int, int]]], Optional[str]]] = None
                    ) -> list[Optional[str]]:
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
    for i in range(n - 1, -1, -1):
        s, e = spans[i]
        end = _clause_end(text, e)
        between = _RE_ASIDE.sub("", text[e: spans[i + 1][0]]) if i + 1 < n else None
        if between is not None and (between in _LIST_JOINERS[:-1] or _RANGE_GAP.fullmatch(between)) and follow[i + 1]:
            follow[i] = follow[i + 1]  # 200万元、100万元一次性补助: a list (or a range) of amounts of one kind
            relative[i] = relative[i + 1]  # (收入突破1000亿元、500亿元的企业: the list is a relative clause)
            continue
        follow[i] = _after_amount(text[e: min(end, spans[i + 1][0]) if i + 1 < n else end])
        if milestone(follow[i]):
            follow[i] = None  # 迈上6万亿元台阶: a threshold reached, what reached it stands before
    out: list[Optional[str]] = []
    for i, (s, e) in enumerate(spans):
        prev_end = spans[i - 1][1] if i else 0
        seg = text[max(_clause_start(text, s), prev_end): s]
        if follow[i] and seg and (len(follow[i]) == 1 or text.startswith(follow[i], e) and _RE_NUMERAL.match(
                text, e + len(follow[i])) and (_exceeds()[0].search(seg) or _exceeds()[1].match(text, s))) and _before_amount(seg):
            follow[i] = None  # 经济总量超200亿元县2个, 收入超50亿元企业6家: a class named by its amount; it measures the noun before
            # (not 新开工亿元以上项目2000个: with no verb of exceeding, the amount qualifies the noun after it)
        if follow[i] and not relative[i]:
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
                out.append(of_change(text, s, spans))
                continue
        # a level reached (增加到一九八二年的650亿元, 由371亿元) is the measure the change is about, found across
        # clauses; an increment (一九八四年增加255亿元) is no amount of it: its own clause only
        subject = (of_change(text, s, spans if _RE_TO_LEVEL.search(text, max(0, s - 24), s) else ()) if of_change else None) or (
            _before_amount(seg) if seg and not seg.endswith("的") else None)
        # 年销售收入不超过2000万元的企业: an amount predicated of the noun before it (a relative clause
        # on what follows 的); 给予1亿元的资金扶持: after a verb, the amount describes what follows
        if not (subject or follow[i]) and i and out[-1] and seg and not _has_verb(seg) and (
                _clause_start(text, s, _SENTENCE_END, window=200) <= spans[i - 1][0]):
            subject = out[-1]  # 不低于50万元，且不超过1000万元: the same measure, its noun elided
        out.append(_date_rest_free(text, s, subject) or follow[i])
    return out
