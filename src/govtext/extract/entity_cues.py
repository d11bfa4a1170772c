"""The words that bound an entity or a subject, and the tagged words they are read on.

The phrase readers (:mod:`govtext.extract.noun_phrases`, :mod:`govtext.extract.entities`,
:mod:`govtext.extract.money_subjects`, :mod:`govtext.extract.subjects` and the modules it reads subjects
with) see a clause as jieba's
``(word, flag)`` pairs over govtext's own tokenizer (:func:`tokens`: quoted names merged into one
noun, verb+object words split) and ask the lexicons what a word does there: its role in
``lexicons/entity_cues.tsv`` (:func:`cue_role`: a light verb, a stop word, a measure …), its class in
``entity_words.tsv`` (:func:`entity_words`), its frame in ``entity_frames.tsv`` (:func:`frame_words`),
the verbs of ``change_verbs.tsv`` and ``exceed_words.tsv``.

>>> cue_role("累计"), tokens("征求意见")
('filler', [('征求', 'v'), ('意见', 'n')])
>>> clean_phrase(["（一）", "基层", "党组织"])
'基层党组织'
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

import regex

from govtext.lexicons import load_rows
from govtext.text import fastre
from govtext.text.patterns import NUMERAL_CHARS, SMALL_NUMERALS
from govtext.text.postag import pos_pairs
from govtext.text.segmentation import user_words, word_frequency

__all__ = ["ACTIVITY", "BOUNDING", "CLAUSE_END", "JOINERS", "KEEP_PUNCT", "MEASURES", "PROPER", "RESULTATIVE", "RE_DIGIT",
           "RE_HAN", "RE_LATIN_TERM", "RE_NUMERAL", "SENTENCE_END", "Tok", "change_verbs", "clean_phrase", "cue_role",
           "cue_rows", "entity_words", "exceeds_relative", "frame_words", "has_verb", "is_nominal", "is_noun", "is_verb",
           "level_verbs", "measured", "milestone", "money_head", "pos_cut", "role_words", "strength_words", "strip_tail", "strip_tail_text",
           "time_word", "tokens", "unbounding", "without_aside"]

CLAUSE_END = "，。；：！？,;:!?\n"
SENTENCE_END = "。！？!?\n"
_QUOTES = "“”\"‘’「」『』"
JOINERS = "、的等和及与或"
KEEP_PUNCT = "、（）"
_NOMINAL = ("n", "vn", "j", "zg", "i", "l", "an", "s", "q", "nz", "b")
ACTIVITY = ("events", "score")  # units that count actions: the entity is the activity
PROPER = ("ns", "nt", "nz", "nr")
# roles of entity_cues.tsv that end a phrase (measure, amount, facility, modifier words do not)
BOUNDING = ("light", "governing", "filler", "stop", "skip", "copula", "ditransitive")
MEASURES = ("weight", "length", "area", "volume", "power", "concentration")  # units that measure a substance or an extent
_RE_QUOTED_OR_TITLE = fastre.compile(r"“([^“”]{1,12})”|《([^《》]{1,40})》")
RE_HAN = regex.compile(r"\p{Han}")
RE_LATIN_TERM = regex.compile(r"[A-Z][A-Z0-9.]{1,7}")
_COMPARISON_SIGNS = "≥≤≧≦＞＜><=＝"  # 申请发明专利≥5项: a sign between the phrase and its number
RE_DIGIT = regex.compile(r"\d")

Tok = tuple[str, str]

def pos_cut(text: str) -> tuple[Tok, ...]:
    """``(word, flag)`` pairs of ``text`` (a clean, short string)."""
    return pos_pairs(text)


@lru_cache(maxsize=1)
def cue_rows() -> dict[str, dict[str, str]]:
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
    words = {w for w, r in cue_rows().items() if r["role"] == "filler" and len(w) > 1} | {
        v for v in level_verbs() if len(v) > 1}
    return tuple(sorted(words, key=len, reverse=True))


_RE_HOW_OFTEN = regex.compile(r"(?:每(?:周|月|年|天|日|季度?|半年|个月|学期|年度)|最多|最少|至多|至少)$")


@lru_cache(maxsize=1)
def _tail_word_index() -> tuple[frozenset[str], tuple[int, ...], str]:
    """:func:`_tail_words` as a set, the lengths they come in (longest first) and their last characters:
    the longest tail word ending a segment is found by one set look-up per length."""
    words = _tail_words()
    return frozenset(words), tuple(sorted({len(w) for w in words}, reverse=True)), "".join(sorted({w[-1] for w in words}))


_TAIL_STRIP = " （(\n" + _COMPARISON_SIGNS
_HOW_OFTEN_LAST = frozenset("周月年天日季度期少多")  # the last characters _RE_HOW_OFTEN can end on (a cheap gate)


def strip_tail_text(seg: str, how_often: bool = True) -> str:
    """``seg`` without the fillers, level verbs and open brackets that end it, read on the
    characters (the tagger splits 一式 into 一|式)."""
    words, sizes, lasts = _tail_word_index()
    while True:
        seg = seg.rstrip(_TAIL_STRIP)
        if not seg:
            return seg
        if how_often and seg[-1] in _HOW_OFTEN_LAST:
            m = _RE_HOW_OFTEN.search(seg)
            if m and m.start() > 0:
                seg = seg[: m.start()]  # 投递邮件每周(至少五次), 代表最多(不超过五人): how often, a bound
                continue
        if seg[-1] not in lasts:
            return seg
        n = len(seg)
        for size in sizes:  # the longest tail word that leaves something before it
            if size < n and seg[-size:] in words:
                seg = seg[:-size]
                break
        else:
            return seg


def cue_role(word: str) -> Optional[str]:
    """The role of ``word`` in ``lexicons/entity_cues.tsv`` (``stop``, ``skip``, ``filler`` …), or ``None``."""
    row = cue_rows().get(word)
    return row["role"] if row else None


def unbounding(word: str) -> bool:
    """A word without a role of ``entity_cues.tsv`` or with one that only names what it is (a state
    or a noun), not how it bounds a phrase."""
    return cue_role(word) in (None, "state", "noun")


@lru_cache(maxsize=1)
def _prefix_cues() -> tuple[str, ...]:
    # (a level verb too: 实现目标 → 实现|目标, in 317个县实现目标 the predicate after the count's noun)
    return tuple(sorted({*(w for w, r in cue_rows().items() if r["role"] in ("light", "governing", "filler") and len(w) >= 2),
                         *(w for w in level_verbs() if len(w) >= 2)}, key=len, reverse=True))


def is_nominal(flag: str) -> bool:
    return flag.startswith(_NOMINAL) or flag == "x-q"


def is_noun(flag: str) -> bool:
    """A real noun (not a verbal noun): 党员, 村, “两新”."""
    return flag.startswith(("n", "j", "zg", "x-q")) or flag in ("i", "l", "s", "b")


def tokens(seg: str) -> list[Tok]:
    """POS tokens with quoted names merged into one noun and verb+object words split (征求|意见)."""
    return list(_token_tuple(seg))


@lru_cache(maxsize=16384)
def _token_tuple(seg: str) -> tuple[Tok, ...]:
    """:func:`tokens`, cached (a pure function of ``seg``; the phrase readers ask for the same
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


def is_verb(flag: str) -> bool:
    return flag.startswith("v") and flag != "vn"


_RE_ENUM_LEAD = regex.compile(rf"^[（(][{SMALL_NUMERALS}\d]{{1,3}}[）)]")


# 第十条 (行政机关公务员…), 第二百二十九条, 第五条之一: the label of the article a clause opens, no part of its phrase
_RE_ARTICLE_LEAD = regex.compile(rf"^第[{NUMERAL_CHARS}\d]{{1,8}}条(?:之[{NUMERAL_CHARS}]{{1,3}})?(?=\p{{Han}})")


def clean_phrase(words: Sequence[str]) -> Optional[str]:
    """The phrase of ``words`` without an enumeration label, an article label or a joiner at either end. A joiner
    goes as a word of its own (``和``, ``等``, ``、``), never as the first or last character of a word: ``等级``,
    ``与会代表``, ``普及``, ``参与`` keep it.

    >>> clean_phrase(["等级"]), clean_phrase(["与会", "代表"]), clean_phrase(["和", "基层", "党组织", "等"])
    ('等级', '与会代表', '基层党组织')
    >>> clean_phrase(["和壁厚"])
    '壁厚'

    """
    words = [w for w in words if w]
    while words and words[0].strip(JOINERS) == "":
        words.pop(0)
    while words and words[-1].strip(JOINERS) == "":
        words.pop()
    if words and words[0][:1] in JOINERS and not word_frequency(words[0]):
        words[0] = words[0].lstrip(JOINERS)  # 和壁厚/nr: a joiner the tagger glued to the next word is none of it
    if words and words[-1][-1:] in JOINERS and not word_frequency(words[-1]):
        words[-1] = words[-1].rstrip(JOINERS)
    text = "".join(words)
    text = _RE_ENUM_LEAD.sub("", text) if text[:1] in "（(" else text
    if text[:1] in JOINERS and _RE_ENUM_LEAD.match("".join(words)):
        text = text.lstrip(JOINERS)  # (（一）和…: a joiner after the label)
    if text[:1] == "第":
        text = _RE_ARTICLE_LEAD.sub("", text)
    if not text or not (RE_HAN.search(text) or RE_LATIN_TERM.fullmatch(text)):
        return None  # (人均GDP达到…: a Latin abbreviation is a noun)
    if text.count("（") != text.count("）"):
        text = text.replace("（", "").replace("）", "")
    return without_aside(text)


def without_aside(phrase: str) -> str:
    """``成员（基金会除外）`` → ``成员``: a closing bracket that says what the phrase includes or leaves
    out (``aside`` in ``entity_frames.tsv``) is no part of it (``省（区、市）`` stays), nor is one of up to six
    characters naming an alternative after a word of two or more (``集团（联盟）``, ``项目（课题）``,
    ``试验基地（试验区）``; not a one-character place word's: ``县（市）``).

    >>> without_aside("省大中型项目（含省重点工程）"), without_aside("省（区、市）"), without_aside("职业教育集团（联盟）")
    ('省大中型项目', '省（区、市）', '职业教育集团')
    >>> without_aside("项目（课题）"), without_aside("县（市）")
    ('项目', '县（市）')
    """
    m = _RE_TAIL_BRACKET.search(phrase)
    words = frame_words("aside")
    if m and m.start() > 1 and (m[1].startswith(words) or m[1].endswith(words)):
        return phrase[: m.start()]
    if m and m.start() > 1 and _RE_ALTERNATIVE.fullmatch(m[1]) and len(tokens(phrase[: m.start()])[-1][0]) > 1:
        # (区、县（市）: an alternative of a one-character place word stays, as 省（区、市）)
        return phrase[: m.start()]  # 示范性职业教育集团（联盟）, 训练室（场）: an alternative name, dropped as units drop theirs
    return phrase


_RE_TAIL_BRACKET = regex.compile(r"[（(]([^（）()]{1,30})[）)]$")
# (省（区、市）: a list in the bracket stays; 示范点（第一批）, 项目（2023年）: an ordinal or a number is an aside, no name)
_RE_ALTERNATIVE = regex.compile(rf"(?!第)(?:(?![{NUMERAL_CHARS}])\p{{Han}}){{1,6}}")

_RE_TIME_WORD = regex.compile(r"[\d今明昨去当本同目现此届将未过近]|[年月日时期季周前后间初底末来内]$")


def time_word(word: str) -> bool:
    """Does ``word`` (tagged as a time) name one (今年, 目前, 先后, 期间), not a noun the tagger reads as
    a time (元首, 老年: an age group)?"""
    return word not in entity_words("age") and bool(_RE_TIME_WORD.search(word)) or word in ("先后", "随后", "之后", "正在")

@lru_cache(maxsize=None)
def role_words(role: str) -> tuple[str, ...]:
    """The words of one role of ``entity_cues.tsv`` (``measure``, ``amount`` …), in file order."""
    return tuple(w for w, r in cue_rows().items() if r["role"] == role)


def milestone(phrase: Optional[str]) -> bool:
    """Does ``phrase`` name a threshold a number reaches (``大关``, ``新台阶``, ``万亿元台阶``: the
    milestone words of ``entity_cues.tsv``) rather than a thing counted?"""
    phrase = (phrase or "").rstrip(JOINERS)
    return bool(phrase) and phrase.endswith(role_words("milestone"))


def measured(phrase: Optional[str]) -> bool:
    """Does ``phrase`` end with a word naming what a measure gives (面积, 年产量, 浓度)?"""
    return bool(phrase) and phrase.endswith(role_words("measure"))


@lru_cache(maxsize=None)
def frame_words(frame: str) -> tuple[str, ...]:
    """The words of one frame of ``lexicons/entity_frames.tsv`` (``duration``, ``place``, ``locative``,
    ``compared``, ``people``), in file order.

    >>> frame_words("duration")
    ('连续', '时隔', '历时')
    """
    return tuple(r["word"] for r in load_rows("entity_frames.tsv") if r["frame"] == frame)


RESULTATIVE = ("过", "上", "到", "至")  # 迈上, 跨过, 提升到: a verb reaching a level is a predicate, not an activity measured


def strip_tail(toks: list[Tok]) -> list[Tok]:
    while toks and (cue_role(toks[-1][0]) == "filler" or toks[-1][0] in level_verbs()
                    or toks[-1][1].startswith(("d", "ul", "p", "f")) or toks[-1][1] == "u"):
        toks.pop()
    return toks

def has_verb(seg: str) -> bool:
    """Does the clause text before a number hold a verb of its own (立案, 处分)?"""
    return any(is_verb(f) or cue_role(w) in ("governing", "light") for w, f in tokens(seg))

RE_NUMERAL = regex.compile(rf"[\d{NUMERAL_CHARS}]")

@lru_cache(maxsize=1)
def exceeds_relative() -> regex.Pattern:
    """A relative clause opening the phrase after a count: a short measure, a verb of exceeding
    (``exceed_words.tsv``), an amount (group 1) and 的 (``年产值过亿元的``, ``面积超过1000平方米以上的``)."""
    verbs = "|".join(regex.escape(r["word"]) for r in sorted(load_rows("exceed_words.tsv"), key=lambda r: -len(r["word"])))
    return regex.compile(rf"^\p{{Han}}{{1,6}}?(?:{verbs})([\d.{NUMERAL_CHARS}][^，。；、的\n]{{0,8}}|[{NUMERAL_CHARS}][^，。；、的\n]{{0,8}})的")


_RE_TRAILING_YEAR = regex.compile(r"(?<=\p{Han}{2})[一每全当]年$")


def money_head(phrase: Optional[str]) -> Optional[str]:
    """What the money is, simplified (FACTS.md §2: the head noun phrase without place words and
    descriptive 的-phrases): the phrase after its last 的 (``合肥市在这方面的交易额`` → ``交易额``) when
    that is a noun phrase of two characters or more and the attribute holds no verb (a relative clause
    restricts: ``牧民从合作社分得的收入``, ``中央财政用于三农的支出`` stay), without a period it is counted per (``交易额一年`` →
    ``交易额``)."""
    if not phrase:
        return phrase
    phrase = _RE_TRAILING_YEAR.sub("", phrase)
    if "的" in phrase:
        lead, head = phrase.rsplit("的", 1)
        if any(is_verb(f) for _w, f in tokens(lead)):
            return phrase  # 牧民从合作社分得的收入, 中央财政用于三农的支出: a relative clause restricts what the money is
        toks = tokens(head)
        if len(head) > 1 and toks and (is_noun(toks[-1][1]) or cue_role(toks[-1][0]) == "noun"):
            return head
    return phrase
