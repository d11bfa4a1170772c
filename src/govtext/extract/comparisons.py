"""The base a change is compared with (FACTS.md §2 change ``basis``): the comparison at the end of a
subject (``三公经费同比`` → ``year_on_year``, ``比2010年`` → ``2010年``) or stated earlier in the sentence
(``与2012年相比，…``, a clause that is only a comparison). The comparison words and their roles are in
``lexicons/change_bases.tsv``.

>>> basis_of("三公经费较上年同期"), basis_of("项目数量比整治前"), basis_of("所占的比重")
(('三公经费', 'year_on_year'), ('项目数量', '整治前'), ('所占的比重', None))
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from govtext.extract.entity_cues import level_verbs, pos_cut
from govtext.extract.subject_words import alternation, bases, change_words, on_token_start, subject_word_class, time_base
from govtext.text.numerals import parse_number
from govtext.text.patterns import ONES, ZERO_VARIANTS

__all__ = ["bare_comparison", "base_then_measure", "basis_of", "sentence_basis", "time_of_base"]

_ROLES = ("basis", "compare", "around", "close")
_RE_CN_YEAR = regex.compile(rf"[{ZERO_VARIANTS}{ONES}]{{4}}(?=年)")


@lru_cache(maxsize=1)
def _basis_patterns() -> dict[str, "regex.Pattern"]:
    rows = bases()
    by_role = {role: [w for w, (r, _v) in rows.items() if r == role] for role in _ROLES}
    fixed, compare = alternation(by_role["basis"]), alternation(by_role["compare"])
    around, close = alternation(by_role["around"]), alternation(by_role["close"])
    # 比重, 比例, 较快, 较大: 比 and 较 that are no comparison
    compare_ok = rf"(?:{compare})(?![重例率值较如赛分快大高低好多少强弱差小长短早晚慢轻严宽])"
    return {
        # …较上年同期 / …比2010年 / …同比 / …与上年相比 at the end of a subject
        "tail_basis": regex.compile(
            rf"(?:{compare_ok}(?P<base>[^，。；：、比较]{{1,14}}?)(?:{close})?|(?:{around})(?P<base2>[^，。；：、]{{1,14}}?)(?:{close})|(?P<own>{fixed}))$"),
        # 与2012年相比，… opening the sentence
        "around": regex.compile(rf"(?:{around})(?P<base>[^，。；：、]{{1,14}}?)(?:{close})"),
    }


@lru_cache(maxsize=1)
def _re_base_adverbs() -> "regex.Pattern":
    """The adverbs of the verb written after a base (``base_adverb`` of entity_subject_words.tsv)."""
    return regex.compile(rf"(?:{alternation(subject_word_class('base_adverb'))})+$")


def _growth_verbs() -> tuple[str, ...]:
    """The by-verbs of ``change_verbs.tsv`` with a direction (增长, 下降 …): a base ending with one names a change."""
    rows = change_words()
    if _GROWTH[0] is not rows:
        _GROWTH[:] = [rows, tuple(w for w, (d, r, _n) in rows.items() if d in ("increase", "decrease") and r == "by")]
    return _GROWTH[1]


_GROWTH: list = [None, ()]  # the change_words dict last read and its by-verbs


def _base_value(base: str) -> Optional[str]:
    base = _re_base_adverbs().sub("", base.strip())  # 比去年同期(分别了), 比上年(实际): adverbs of the verb
    if base.startswith("之") and len(base) > 2:
        base = base[1:]  # 较之上年
    if not base or (len(base) > 2 and base.endswith(_growth_verbs())):
        return None  # (在上年大幅度增长的基础上: a frame naming a growth, no level to compare with)
    row = bases().get(base)
    if row and row[0] == "basis":
        return row[1]
    if base.endswith("同期") and base[:-2] in bases():
        return "year_on_year"
    split = _time_split(base)
    if split and _RE_DIGIT.search(split[1]):
        # 比年初的存款余额4.8万亿元(增加…): the base's time, then its measure and the level written (a base with no
        # level, 在一九五九年粮食总产量的基础上, stays whole)
        return _base_value(split[0])
    if base.count("“") > base.count("”") and _RE_HAN_END.search(base):
        base += "”"  # 比“四经普”(增长…): the closing quote the subject's edge took off
    return _RE_CN_YEAR.sub(lambda m: str(parse_number(m[0])), base)


_RE_HAN_END = regex.compile(r"\p{Han}$")


def basis_of(text: str) -> tuple[str, Optional[str]]:
    """Split the comparison off the end of ``text``: ``("三公经费", "year_on_year")`` for
    ``三公经费同比``; ``比2010年`` → ``"2010年"``.

    >>> basis_of("三公经费较上年同期"), basis_of("项目数量比整治前"), basis_of("所占的比重")
    (('三公经费', 'year_on_year'), ('项目数量', '整治前'), ('所占的比重', None))
    """
    m = _basis_patterns()["tail_basis"].search(text)
    if not m:
        return text, None
    base = m["own"] or m["base"] or m["base2"]
    if not on_token_start(pos_cut(text), m.start()) and not (
            _ends_token_with_jiao(text, m.start()) and time_base().search(base)):
        return text, None  # (评比达标项目: no comparison; 费比|上年 glued by the tagger: one with a time)
    return text[: m.start()], _base_value(base)


def base_then_measure(text: str) -> Optional[tuple[int, int, str]]:
    """``1979年比上年产值`` → ``(5, 8, "previous_year")``: a comparison with a fixed base of
    ``change_bases.tsv`` (上年, 去年同期) with the noun measured written after the base (the word order
    比上年产值增长), as where the comparison starts, where the measure starts and the basis; ``None``
    otherwise (比上年, 比上年同期, 比上年度)."""
    m = _basis_patterns()["tail_basis"].search(text)
    if not m or not m["base"] or not on_token_start(pos_cut(text), m.start()) and not (
            _ends_token_with_jiao(text, m.start()) and time_base().search(m["base"])):
        return None
    base = m["base"]
    for w in sorted((w for w, (r, _v) in bases().items() if r == "basis"), key=len, reverse=True):
        rest = base[len(w):]
        if base.startswith(w) and len(rest) > 1 and not rest.startswith(("同期", "度", "底", "末", "的")) and (
                pos_cut(rest)[-1][1].startswith(("n", "vn"))):
            return m.start(), m.start("base") + len(w), bases()[w][1]
    return None


_RE_DIGIT = regex.compile(r"\d")
_RE_WRITTEN_YEAR = regex.compile(r"\d{4}年")
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
            return len(w) > 1 and w != "占比" and w not in bases()  # (not 同比涨幅: 同比 is a base word)
        if at > pos + 1:
            return False
    return False


def bare_comparison(clause: str) -> bool:
    """Is ``clause`` a comparison and nothing else: no number but a year, no change or level verb
    (``比一九五六年``, not ``比上年增加900元``)?"""
    if _RE_DIGIT.search(_RE_WRITTEN_YEAR.sub("", clause)):
        return False
    return not any(w in clause for w in change_words()) and not any(w in clause for w in level_verbs() if len(w) > 1)


def sentence_basis(text: str, start: int, pos: int) -> Optional[str]:
    """A base stated earlier in the sentence between ``start`` and ``pos``: ``与2012年相比，…``, or a
    clause that is only a comparison (``比一九五六年，铁路货物周转量增长…``)."""
    found = None
    for m in _basis_patterns()["around"].finditer(text, start, pos):
        found = m
    if found:
        return _base_value(found["base"])
    for clause in reversed(_RE_CLAUSE_COMMA.split(text[start:pos])):
        if clause and clause[0] in "比较" and bare_comparison(clause):
            rest, basis = basis_of(clause)
            if basis and not rest:
                return basis
    return None


_TIME_FLAGS = ("t", "m", "mq")  # a time word, a numeral, a numeral with its classifier (一季度)
_TIME_PARTS = "上下前后末初底"  # a localizer inside a time (上|年末, 一季度|末)


def time_of_base(base: str) -> Optional[str]:
    """The time of a base that may go on to name the level compared with (``比4月末外汇储备余额30295.3亿美元(上涨…)``:
    ``4月末外汇储备余额`` → ``4月末``; ``上年末…`` → the fixed base of ``change_bases.tsv``), or ``None`` when the base
    opens with no time.

    >>> time_of_base("4月末外汇储备余额"), time_of_base("2023年底常住人口"), time_of_base("4月末"), time_of_base("外汇储备余额")
    ('4月末', '2023年底', '4月末', None)
    """
    split = _time_split(base)
    return _base_value(split[0]) if split else None


_NOUN_FLAGS = ("n", "vn", "j", "eng", "l")


def _time_split(base: str) -> Optional[tuple[str, str]]:
    """``(time, measure)`` of a base that opens with a time and may go on to name a measure (``4月末外汇储备余额``,
    ``年初的存款余额4.8万亿元``; ``4月末`` → ``("4月末", "")``), or ``None``."""
    toks = pos_cut(base)
    k, i = 0, len(toks)
    for j, (w, f) in enumerate(toks):
        if not (f in _TIME_FLAGS or _RE_DIGIT.fullmatch(w) or f == "f" and w in _TIME_PARTS or w in bases() or w == "同期"):
            i = j
            break
        k += len(w)
    time, rest = base[:k], base[k:]
    if rest.startswith("的"):
        rest, i = rest[1:], i + 1
    if not time or not time_base().search(time[-1]) or rest and (i >= len(toks) or not toks[i][1].startswith(_NOUN_FLAGS)):
        return None
    return time, rest
