"""Percent values: ``90%``, ``19.1％``, ``百分之三十``, ``七成``, ``3.5‰``, ``80%以上``, ``1/5``, ``0.8个百分点``.

:func:`percent_pattern` is the shape of a percentage with the qualifier words next to it, composed
from the fragments of :mod:`govtext.text.patterns`; :func:`value_of` reads a match (and
:func:`value_max_of` the upper end of a range written with one sign: ``5—10%``), :func:`parse_percent`
a surface written alone.

>>> parse_percent("80%以上"), parse_percent("近七成"), parse_percent("3.5‰"), parse_percent("五分之一")
((80, 'over'), (70, 'approx'), (0.35, None), (20, None))
>>> parse_percent("百分之1,111"), parse_percent("六点五成"), parse_percent("-3.8%"), parse_percent("约1个百分点")
((1111, None), (65, None), (-3.8, None), (1, 'approx'))
"""
from __future__ import annotations

import re
from decimal import Decimal, DivisionByZero, InvalidOperation
from functools import lru_cache
from typing import Optional

import regex

from govtext.lexicons import numeral_words
from govtext.text import fastre
from govtext.text.numerals import NumeralError, parse_decimal, qualifier_of, stronger, to_number
from govtext.text.patterns import (
    ARABIC_NUMBER, CAPITAL_DIGITS, CN_DIGITS, CN_NUMBER, DECIMAL_DIGITS, LIANG, ONES, SIGN, SIGN_GAP, SMALL_NUMERALS, TOLERANCE,
    number_start_chars, number_starts,
    qualifiers, range_words, words,
)

__all__ = ["PERCENT_ANCHORS", "PERCENT_ANCHOR_SCAN", "parse_percent", "percent_pattern", "percent_starts", "qualifier_in", "value_max_of", "value_of"]

# 百分之3.2k: k for thousands; no other letter after the number (百分之3.2M names no percentage govtext reads)
_NUM = rf"{SIGN}?(?:{ARABIC_NUMBER}(?:[kK](?![A-Za-z])|(?![A-Za-z]|\.\d))|{CN_NUMBER})"
# 成 (tenths): a small numeral, with decimals (六点五成), a half (三成半, 半成) or a tenth digit
# after it (七成六: 76 %) where the phrase ends there; not 成员, 成立, 三五成群 …
_CHENG_NUM = rf"(?<![\d.])\d+(?:\.\d+)?|(?<![{SMALL_NUMERALS}{LIANG}])[{SMALL_NUMERALS}{LIANG}](?:点[{DECIMAL_DIGITS}]+)?"
@lru_cache(maxsize=1)
def _cheng_guard() -> str:
    """What after 成 makes the numeral before it no share (``lexicons/numeral_words.tsv``): a word with 成
    (成员, 成立 …; 三五成群, 三到五成群: 成群 not of 成群众), an idiom (一成不变), or 八成 as an adverb
    (probably) after a pronoun, a demonstrative topic of one thing (这事, 那人, 这回, 这件事: not 这些, 这批,
    这类, which a share divides) or a day (明天, 今晚), and before a verb (他八成是忘了, 这事八成要黄,
    明天八成要下雨; 其中八成是农民工 is a share)."""
    chars, unless = numeral_words("cheng_word")
    out = f"(?![{''.join(regex.escape(c) for c in chars if c not in unless)}])"
    out += "".join(f"(?!{regex.escape(c)}(?!{words(unless[c])}))" for c in chars if c in unless)
    for idiom in numeral_words("cheng_idiom")[0]:
        i = idiom.index("成", 1) + 1
        out += f"(?!(?<={regex.escape(idiom[:i])}){regex.escape(idiom[i:])})"
    this, gaps = numeral_words("cheng_adverb_this")
    topics = [regex.escape(w) for w in sorted(numeral_words("cheng_adverb_topic")[0], key=len, reverse=True)]
    topics += [rf"{regex.escape(w)}[^\P{{Han}}{''.join(map(regex.escape, gaps.get(w, ())))}]{{0,2}}" for w in this]
    verbs = "".join(regex.escape(c) for c in numeral_words("cheng_adverb_verb")[0])
    return out + f"(?!(?<=(?:{'|'.join(topics)})(?:{words(numeral_words('cheng_adverb')[0])}))[{verbs}])"


def _cheng_tail() -> str:
    """半 or a tenth digit after 成 where the phrase ends there (or a qualifier or 的 follows)."""
    return rf"(?P<dh>半)|(?P<dt>[{ONES}]|(?<=\d成)\d)(?=$|[^\p{{Han}}]|{qualifiers('after_amount')}|的)"


# 折 (a price in tenths of the full one): 七折 70 %, 七五折 75 %, 8.5折 85 %, 六点五折 65 %, 一折 10 %;
# not 一折戏 (an act of a play), nor inside 一波三折, 百折不挠, 折合, 折旧 …
_ZHE = (rf"(?:(?<![\d.])(?<!\d )(?P<z>[1-9](?:\.\d{{1,2}})?|[1-9][1-9](?![\d.])|[1-9] [1-9](?= ?折) ?)"  # 7 2 折: spaced by a page
        rf"|(?<![{SMALL_NUMERALS}{LIANG}{CAPITAL_DIGITS}波曲第])"
        rf"(?P<zc>[{ONES}{LIANG}{CAPITAL_DIGITS}]|[{ONES}{CAPITAL_DIGITS}]{{2}}|[{ONES}{CAPITAL_DIGITS}]点[{DECIMAL_DIGITS}]+)"
        rf"|(?P<zhalf>(?<=打)对|(?<![一多大过少对])半))"
        rf"折(?![合旧算扣价叠射腾返线纸子戏现抵损腰服寿光断冲角页])")  # 打对折, 半折: half price


@lru_cache(maxsize=1)
def percent_pattern() -> "regex.Pattern":
    """The shape of a percentage. Groups: ``qb``/``qa`` qualifiers; ``a`` + ``sign`` (90%, 3.5‰; ``al``
    the lower end of 5—10%), ``g``/``h`` (1/5, 1／4), ``b`` 百分之 (``bl`` 百分之五到十), ``c`` 千分之 (``cw`` 万分之),
    ``d`` 成 (``dh`` 半, ``dt`` a tenth digit, ``dhalf`` 半成), ``z``/``zc`` 折 (Arabic, Chinese), ``e``/``f`` 分之, ``p`` 个百分点
    (``pl`` a range's lower end)."""
    rng = range_words()
    return fastre.compile(
        rf"(?=[\d{number_starts()}半对])"  # what a percentage starts with (半成, 打对折 besides numbers)
        rf"(?:(?P<qb>{qualifiers('before')}){SIGN_GAP})?(?:{TOLERANCE})?"  # ≥95%, ≤±3%, ±0.5%
        rf"(?:(?:(?P<al>{SIGN}?{ARABIC_NUMBER}){rng})?(?P<a>{SIGN}?{ARABIC_NUMBER})[ \n]?(?P<sign>%|‰|‱)"
        rf"|(?<![\d/／.])(?P<g>\d{{1,3}})[/／](?P<h>\d{{1,3}})(?![\d/／.])"  # 1/5; 1／4 (a full-width slash, 1990s reports)
        rf"|(?P<bsign>{SIGN})?(?<![{CN_DIGITS}\d])[百佰]分之(?:(?P<bl>{_NUM}){rng}(?!百分之))?(?P<b>{_NUM})(?P<bover>(?<=十)几|(?<=[十百])多)?"
        rf"|千分之(?P<c>{_NUM})|(?<![{CN_DIGITS}\d])万分之(?P<cw>{_NUM})"  # ‰ and ‱ (不良率万分之五: 0.05)
        rf"|(?:(?:(?P<dl>{_CHENG_NUM})(?:{rng}|、(?=[\d{ONES}]成)))?(?P<d>{_CHENG_NUM})成{_cheng_guard()}(?:{_cheng_tail()})?"
        # 七八成, 六七成: two numerals side by side, 70 to 80 % (a 概数; not 三五成群, the guard)
        rf"|(?<![{SMALL_NUMERALS}{LIANG}])(?P<dl>[{ONES}])(?P<d>[二三四五六七八九])成{_cheng_guard()}"
        rf"|(?<![一多大过少])(?P<dhalf>半)成{_cheng_guard()})"
        rf"|{_ZHE}"
        # 三分之一; 五分之壹 (a capital digit); 一百分之二, 壹佰分之二 (a hundred and its digit: 2 %; not the
        # 百分之 of 二千五百分之一)
        rf"|(?P<e>[{SMALL_NUMERALS}{CAPITAL_DIGITS}]|(?<![{CN_DIGITS}\d])[{ONES}{CAPITAL_DIGITS}][百佰]|(?<!\d)\d+)"
        rf"分之(?P<f>[{SMALL_NUMERALS}{CAPITAL_DIGITS}]+|\d+(?!\.?\d))"
        rf"|(?:(?P<pl>{_NUM}){rng})?(?P<p>{_NUM})(?:个(?P<pover>多)?)?百分点|(?<![一多大过少])(?P<phalf>半)个百分点)"
        rf"(?P<qa>{qualifiers('after_amount')})?"
    )


@lru_cache(maxsize=1)
def percent_starts() -> frozenset[str]:
    """The characters a :func:`percent_pattern` match starts with (its opening look-ahead's class: a
    digit, a character of :func:`~govtext.text.patterns.number_starts`, 半, 对), the ``starts`` of
    :func:`govtext.text.patterns.finditer_at`."""
    return fastre.chars_of(r"\d") | number_start_chars() | frozenset("半对")


# Every percentage contains one of these (the anchors of govtext.text.patterns.finditer_at): a
# sign, a digit on each side of a slash, 成 or 折 after the numeral or 半 the pattern requires right
# before them (so that 完成, 形成, 折合 … open no window), 分之 or 百分点.
PERCENT_ANCHORS = regex.compile(
    rf"[%‰‱]|\d[/／]\d|[\d{SMALL_NUMERALS}{LIANG}{DECIMAL_DIGITS}半]成"
    rf"|[\d{ONES}{LIANG}{CAPITAL_DIGITS}{DECIMAL_DIGITS}对半]折|分之|百分点")


# Each anchor holds one of these characters at a fixed offset from its start: the sign at 0, the
# slash, 成, 折 and the 之 of 分之 at 1, the 点 of 百分点 at 2 (no other character of an anchor is one).
_ANCHOR_KEYS = re.compile("[%‰‱/／成折之点]")
_KEY_OFFSET = {"%": 0, "‰": 0, "‱": 0, "/": 1, "／": 1, "成": 1, "折": 1, "之": 1, "点": 2}


class _AnchorScan:
    """``PERCENT_ANCHORS.finditer(text)``, tried only where an anchor's key character says one can
    start: a scan for the few key characters (the standard library's engine over one class) instead
    of the whole alternation at every position, about seven times faster. Every anchor holds its
    key at a fixed offset, so the starts tried include every start of a match, in order, each tried
    only from the end of the last match on: the matches of ``finditer``.

    >>> [m.group() for m in PERCENT_ANCHOR_SCAN.finditer("增长3/4，七成，1/2成，百分之十，打八折，100%")]
    ['3/4', '七成', '1/2', '分之', '八折', '%']
    """

    __slots__ = ()

    def finditer(self, text: str):
        starts = sorted({k.start() - _KEY_OFFSET[k.group()] for k in _ANCHOR_KEYS.finditer(text)})
        match, last_end = PERCENT_ANCHORS.match, 0
        for p in starts:
            if p < last_end or p < 0:
                continue
            m = match(text, p)
            if m is not None:
                yield m
                last_end = m.end()


# PERCENT_ANCHORS' matches, found from their key characters (for finditer_at)
PERCENT_ANCHOR_SCAN = _AnchorScan()


def value_of(m: "regex.Match") -> int | float:
    """The percentage a :func:`percent_pattern` match gives (``ZeroDivisionError`` for 0分之1)."""
    try:
        return _value(m)
    except (DivisionByZero, InvalidOperation) as exc:
        raise ZeroDivisionError(str(exc)) from exc


def value_max_of(m: "regex.Match") -> Optional[int | float]:
    """The upper end of a range written with one sign (``5—10%``, ``百分之五到十``, ``1至2个百分点``):
    the lower end is then :func:`value_of`; ``None`` for a single percentage."""
    for low, high in (("al", "a"), ("bl", "b"), ("pl", "p")):
        if m[low]:
            return to_number(_read(m[high], m["sign"]))
    if m["dl"]:  # 三到五成
        return _value_of_cheng(m)
    return None


def _read(num: str, sign: Optional[str] = None) -> Decimal:
    v = parse_decimal(num)
    return v / 10 if sign == "‰" else v / 100 if sign == "‱" else v


def _value(m: "regex.Match") -> int | float:
    if m["bsign"] and m["bl"]:
        raise NumeralError("a sign before a range of 百分之 (负百分之五到十): which end it holds is not written")
    for low, high in (("al", "a"), ("bl", "b"), ("pl", "p")):
        if m[low]:
            return to_number(_read(m[low], m["sign"]))
    if m["dl"]:
        return to_number(parse_decimal(m["dl"]) * 10)
    if m["phalf"]:
        return 0.5
    if m["a"]:
        return to_number(_read(m["a"], m["sign"]))
    if m["b"]:  # 负百分之三点五: the sign before 百分之
        return to_number(parse_decimal(m["b"]) * (-1 if m["bsign"] else 1))
    if m["p"]:
        return to_number(parse_decimal(m["p"]))
    if m["c"]:
        return to_number(parse_decimal(m["c"]) / 10)
    if m["cw"]:
        return to_number(parse_decimal(m["cw"]) / 100)
    if m["d"]:
        return _value_of_cheng(m)
    if m["dhalf"]:
        return 5
    if m["z"]:  # 8.5折 85, 75折 75
        z = Decimal(m["z"].replace(" ", ""))
        return to_number(z * 10 if z < 10 else z)
    if m["zhalf"]:
        return 50
    if m["zc"]:
        zc = m["zc"]
        tenths = parse_decimal(zc[0]) + parse_decimal(zc[1]) / 10 if len(zc) == 2 else parse_decimal(zc)
        return to_number(tenths * 10)
    if m["g"]:
        return to_number(Decimal(m["g"]) / Decimal(m["h"]) * 100)
    return to_number(parse_decimal(m["f"]) / parse_decimal(m["e"]) * 100)


def _value_of_cheng(m: "regex.Match") -> int | float:
    tenths = parse_decimal(m["d"])
    if m["dh"]:
        tenths += Decimal("0.5")
    elif m["dt"]:
        tenths += parse_decimal(m["dt"]) / 10
    return to_number(tenths * 10)


def qualifier_in(m: "regex.Match") -> Optional[str]:
    """The qualifier of the words before and after the number (the stronger one wins; 2个多百分点 and
    百分之三十几 are over)."""
    qual = stronger(qualifier_of(m["qb"]), qualifier_of(m["qa"]))
    return stronger(qual, "over") if m["pover"] or m["bover"] else qual


def parse_percent(surface: str) -> tuple[int | float, Optional[str]]:
    """Value (percent) and qualifier of a percentage written alone.

    >>> parse_percent("19.1％"), parse_percent("百分之三十"), parse_percent("超过90%")
    ((19.1, None), (30, None), (90, 'over'))
    """
    m = percent_pattern().fullmatch(surface.strip().replace("％", "%"))
    if not m:
        raise NumeralError(f"not a percentage: {surface!r}")
    try:
        return value_of(m), qualifier_in(m)
    except ZeroDivisionError as exc:
        raise NumeralError(f"not a percentage: {surface!r}") from exc
