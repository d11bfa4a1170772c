"""The words and patterns a change's subject is read with: the clause and sentence marks, the time
leads and periods that open or close a subject, how a measure is reckoned, the change verbs of
``lexicons/change_verbs.tsv``, the comparison words of ``lexicons/change_bases.tsv``, and the word
classes of ``lexicons/entity_words.tsv`` and ``entity_subject_words.tsv`` the subject readers (:mod:`govtext.extract.comparisons`,
:mod:`govtext.extract.subject_phrases`, :mod:`govtext.extract.subject_lists`,
:mod:`govtext.extract.subjects`) share.

>>> bool(re_time_lead().fullmatch("2014年1至6月")), bool(re_manner().search("国内生产总值按可比价格计算"))
(True, True)
>>> on_token_start([("收入", "n"), ("比", "p")], 2), alternation(["年", "年度"])
(True, '年度|年')
"""
from __future__ import annotations

from functools import lru_cache

import regex

from govtext.extract.entity_cues import entity_words
from govtext.lexicons import load_rows
from govtext.text.patterns import NUMERAL_CHARS, ONES, SMALL_NUMERALS, ZERO_VARIANTS, range_words

__all__ = ["CLAUSE_MARKS", "JOINER_CHARS", "QUOTE_MARKS", "RE_BARE_YEAR", "RE_FROM_TAIL",
           "RE_HAS_NUMBER", "RE_NUMBER_PERIOD", "SENTENCE_MARKS", "alternation", "bases",
           "change_words", "filler_words", "on_token_start", "re_during_tail", "re_manner", "re_period", "re_stat_head",
           "re_time_lead", "subject_word_class", "time_base", "change_cue_words", "re_period_open_tail"]

CLAUSE_MARKS = "，。；：！？,;:!?\n"
SENTENCE_MARKS = "。；！？;!?\n"
QUOTE_MARKS = "“”\"‘’「」『』"
JOINER_CHARS = "、和及与"


# time leads that open a subject: 2014年, 2014年1至6月, 今年上半年, 1至11月, 一九五三年 (the words:
# ``time_lead`` and ``part_lead`` of entity_subject_words.tsv)
@lru_cache(maxsize=1)
def re_time_lead() -> "regex.Pattern":
    return regex.compile(
        rf"(?:(?:\d{{4}}|[{ZERO_VARIANTS}{ONES}]{{4}})年(?:度|底|末|初)?|{alternation(subject_word_class('time_lead'))})?"
        rf"(?:(?:\d{{1,2}}|[{SMALL_NUMERALS}]{{1,3}})(?:{range_words()}(?:\d{{1,2}}|[{SMALL_NUMERALS}]{{1,3}}))?月(?:份|末|底)?"
        rf"|前?[{ONES}]季度|第[{ONES}]季度|{alternation(subject_word_class('part_lead'))})?"
    )


# a period opening a subject or standing for it: 五年内, “六五”期间, 二十八年间, 增长较快的“一五”时期
# (``period_end`` words of entity_subject_words.tsv)
@lru_cache(maxsize=1)
def re_period() -> "regex.Pattern":
    return regex.compile(
        rf"(?:[^，。；、]{{0,10}}?(?:{alternation(subject_word_class('period_end'))})|(?:\d+|[{NUMERAL_CHARS}]+)年(?:间|内|来|里)?)")


# a period after the measure, before its verb: 在一九五三年到一九七八年间, 从一九五三年至一九八○年的二十八年间
@lru_cache(maxsize=1)
def re_during_tail() -> "regex.Pattern":
    return regex.compile(
        rf"(?:在|从|自|于)[^，。；在从自]{{2,24}}?(?:{alternation(subject_word_class('period_end'))}|[{NUMERAL_CHARS}\d]年间?)"
        rf"(?:平均每年|每年|年均|平均)?$")


# a count of years closed by a period suffix (五年来, 十七年间, 三年里, 两年内, 二十年以来)
RE_NUMBER_PERIOD = regex.compile(rf"(?:\d+|[{NUMERAL_CHARS}]+)(?:多|余)?年(?:来|以来|间|里|内)")
# a year written without 年 before a comparison (一九八○比一九七五年增加…): when, not what changed
RE_BARE_YEAR = regex.compile(rf"(?:\d{{4}}|[{ZERO_VARIANTS}{ONES}]{{4}})")
# a from-phrase the value of which is not a fact (从一周缩短为2天): cut off the subject
RE_FROM_TAIL = regex.compile(r"[由从](?P<f>[^由从，。；]{1,10})$")
RE_HAS_NUMBER = regex.compile(rf"[\d{NUMERAL_CHARS}]|[前后的]$")


# how a measure is reckoned, standing between it and its verb (社会商品零售总额|扣除价格因素|增长7.8%,
# 平均工资|以货币计算|增长14%, 国内生产总值|按可比价格计算|增长, 考虑价格下降因素): no part of what changed
# (before a 的 it modifies the noun and stays: 按货币计算的平均工资)
@lru_cache(maxsize=1)
def re_manner() -> "regex.Pattern":
    """(``discount`` and ``reckon`` words of entity_subject_words.tsv)"""
    return regex.compile(
        rf"(?:(?:{alternation(subject_word_class('discount'))})[^，。；的]{{1,10}}?因素(?:后|影响)?"
        rf"|(?:环比|同比)?(?:按|按照|以)[^，。；的按以]{{1,12}}?(?:{alternation(subject_word_class('reckon'))})(?:后)?)$")


# --------------------------------------------------------------------------- lexicons
@lru_cache(maxsize=1)
def bases() -> dict[str, tuple[str, str]]:
    return {row["word"]: (row["role"], row["value"]) for row in load_rows("change_bases.tsv")}


@lru_cache(maxsize=1)
def _verb_rows() -> tuple[dict[str, str], ...]:
    return load_rows("change_verbs.tsv")


def change_words() -> dict[str, tuple[str, str, str]]:
    """``{verb: (direction, reading, not_followed_by)}`` of the change rows of ``change_verbs.tsv``, built
    once per reading of the file (a shared dict: callers must not change it)."""
    rows = _verb_rows()
    if _CHANGE_WORDS[0] is not rows:
        _CHANGE_WORDS[:] = [rows, {r["verb"]: (r["direction"], r["reading"], r["not_followed_by"])
                                   for r in rows if r["direction"] != "level"}]
    return _CHANGE_WORDS[1]


_CHANGE_WORDS: list = [None, {}]  # the rows change_words last read, and its dict of them


def alternation(words) -> str:
    """``words`` as a regex alternation, longest first (``年度|年``)."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def subject_word_class(cls: str) -> frozenset[str]:
    """The words of one class of ``lexicons/entity_subject_words.tsv`` (``time_lead``: 今年, 同期 …)."""
    return frozenset(r["word"] for r in load_rows("entity_subject_words.tsv") if r["class"] == cls)


@lru_cache(maxsize=None)
def change_cue_words(role: str) -> frozenset[str]:
    """The words of one role of ``lexicons/change_cues.tsv`` (``lead``: 如, 转为, 现在 …)."""
    return frozenset(r["word"] for r in load_rows("change_cues.tsv") if r["role"] == role)


@lru_cache(maxsize=1)
def re_period_open_tail() -> "regex.Pattern":
    """A ``period_open`` word of ``change_cues.tsv`` and a count of years or months closing a subject
    (钢产量前三年, 粮食产量近五年): when the change happened, no part of the measure."""
    return regex.compile(rf"(?:{alternation(change_cue_words('period_open'))})(?:\d+|[{NUMERAL_CHARS}]+)(?:多|余)?个?(?:年|月)$")


@lru_cache(maxsize=1)
def filler_words() -> frozenset[str]:
    return frozenset(r["word"] for r in load_rows("entity_cues.tsv") if r["role"] == "filler")


@lru_cache(maxsize=1)
def time_base() -> regex.Pattern:
    """A digit or a ``time_base`` character of ``entity_words.tsv`` (年, 月, 期 …): a base naming a time."""
    return regex.compile("[\\d" + "".join(sorted(entity_words("time_base"))) + "]")


# the word a statistic ends with (产量, 增加值, 收入 …): after the last member of a list of short names,
# one that no other member ends with is their shared head (黄金、白银、精炼铜、镍产量)
@lru_cache(maxsize=1)
def re_stat_head() -> "regex.Pattern":
    """A word ending in one of the ``stat_end`` words of ``lexicons/entity_words.tsv`` (产量, 销售额)."""
    return regex.compile(f"(?:{alternation(entity_words('stat_end'))})$")


def on_token_start(toks, pos: int) -> bool:
    """Does a token of ``toks`` start at ``pos`` (占比 ends with no comparison 比)?"""
    at = 0
    for w, _f in toks:
        if at == pos:
            return True
        at += len(w)
    return at == pos
