"""Money: ``500万元``, ``3139.8万元``, ``500余万元``, ``一千万元``, ``2.6亿元`` → yuan.

Find the span (:func:`govtext.values.money.money_pattern`: the number, its scale, the currency unit
after it or the sign or word before it, minor units, a range's lower end, the qualifier words next to
it), then read it (:func:`govtext.values.money.read_amount`). A range is one amount with
``value_max`` (``20万至50万元``; ``2万元以上10万元以下`` too). A 万元 amount is never also a quantity;
nothing inside a URL, e-mail address, file name or phone number is money.

>>> from govtext.extract import extract_facts
>>> [(f.text, f.value, f.qualifier) for f in extract_facts("协调项目资金500余万元", kinds=["money"])]
[('500余万元', 5000000, 'over')]
>>> [(f.text, f.value, f.value_max) for f in extract_facts("每户补助2万至3.5万元", kinds=["money"])]
[('2万至3.5万元', 20000, 35000)]
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator, Optional

import regex

from govtext.extract.context import Context
from govtext.extract.money_subjects import amount_subjects
from govtext.extract.subject_lists import list_members
from govtext.extract.subject_words import change_words
from govtext.extract.subjects import level_subject, subject_before_change, sum_owner
from govtext.lexicons import load_rows, split_alts
from govtext.records import FactBase
from govtext.text.numerals import (NumeralError, bound_before, list_before, opens_upper_bound, parse_decimal, qualifier_of, stronger,
                                   to_number)
from govtext.text.patterns import (
    ARABIC_NUMBER, BOUNDS_JOINER, CAPITALS, CN_DIGITS, LIANG, NUMERAL_CHARS, ONES, OVER_MARKS, SCALES, ZEROS, finditer_near,
    qualifiers, trie,
)
from govtext.text.spans import merge_adjacent
from govtext.values.money import Amount, currency_anchors, currency_rows, is_bare_scale, money_pattern, read_amount, upper

__all__ = ["extract_money"]

_CLAUSE_END = "，。；：！？,;:!?\n"
_RE_DIGIT = regex.compile(r"\d")
_RE_BOUNDS_JOINER = regex.compile(BOUNDS_JOINER)
# A round amount written as a scale alone, ending its clause after a verb (每户补助百元。, 奖励千元，): one
# hundred, one thousand; before a noun it is a base (每百元营业收入, 万元GDP能耗) or a banknote (百元大钞), after
# no word a table's unit (单位：万元, （万元）)
_RE_ROUND_AMOUNT = regex.compile(r"[百千万]元")
_RE_CLAUSE_END = regex.compile(r"[，。；！？,;!?\n）)]|$")
_RE_VERB_BEFORE = regex.compile(rf"(?![每数几上近过成个第位{SCALES[1:]}])\p{{Han}}")


def _clause_before(text: str, pos: int, limit: int = 40) -> str:
    i = pos
    while i > max(0, pos - limit) and text[i - 1] not in _CLAUSE_END:
        i -= 1
    return text[i:pos]


def _clause_after(text: str, pos: int, limit: int = 20) -> str:
    i = pos
    while i < min(len(text), pos + limit) and text[i] not in _CLAUSE_END:
        i += 1
    return text[pos:i]


def _plausible(text: str, m: "regex.Match") -> bool:
    """The checks on the shape: a currency word before a plain number needs a scale, a lone Chinese
    digit is an amount only in a currency other than 元 or from two yuan up (五元; not 一元化), a
    bare scale needs a qualifier (亿元以上; not 两个万亿元台阶), a colloquial unit its cue."""
    h = upper(m)
    num, unit, cur = m[h + "num"], m["unit"], m["cur"]
    rows = currency_rows()
    if not unit and not (m[h + "scale"] or rows[cur]["position"] == "before" or cur.isascii()):
        return False  # 美元200万, ￥120, RMB 3000 (a code is a sign); not 美元2019
    if unit and rows[unit]["cue"] and not m["minor"]:
        if not any(w in _clause_before(text, m.start()) for w in rows[unit]["cue"].split("|")):
            return False  # 三块石头; 工资三千五百块
    if is_bare_scale(num):  # 亿元以上, 突破万亿元
        return bool(m["qb"] or m["qa"] or m[h + "over"] or m[h + "over2"] or bound_before(text, m.start())
                    or _RE_ROUND_AMOUNT.fullmatch(m.group()) and _RE_CLAUSE_END.match(text, m.end())
                    and bool(_RE_VERB_BEFORE.search(text, max(0, m.start() - 1), m.start())))
    if not _RE_DIGIT.search(num) and len(num) == 1 and not m[h + "scale"] and num not in SCALES:
        if (unit in (None, "元", "圆") and not m["minor"] or m["munit"]) and num in "一壹":
            return False  # 一元: an article or 一元化; 一分钱都没花 (not a single cent); 一元二角三分 is an amount
    return True


# A bare 万/亿 number (no unit after it) is money after a cue word of money_cues.tsv (利润突破一个亿, 一年能挣
# 十七八万, 协议投资390亿); the anchor is its scale with no unit after it
_RE_BARE_ANCHOR = regex.compile(r"[万亿萬億](?![元圆美欧港日英澳加万亿萬億])")
_BARE_NUMBER = rf"(?:\d+(?:\.\d+)?|[{ZEROS}{ONES}{LIANG}十百千{CAPITALS}]{{1,8}})[{OVER_MARKS}]?个?[万亿萬億]{{1,2}}"


@lru_cache(maxsize=1)
def _bare_cues() -> tuple["regex.Pattern", dict[str, list[str]], "regex.Pattern"]:
    """The pattern of a cue, its links and a bare amount (the clause ends, or 的 or a qualifier follows), each
    cue's ``needs`` words (money_cues.tsv), and the pattern of the qualifiers after an amount."""
    rows = load_rows("money_cues.tsv")
    cues = {r["word"]: split_alts(r["needs"]) for r in rows if r["role"] == "cue"}
    # the change verbs of change_verbs.tsv link a cue to its amount too (利润增长一个亿, 收入增加了两万, 成本降至八千万)
    verbs = [v for v, (_d, reading, _n) in change_words().items() if reading in ("by", "to")]
    links = trie([r["word"] for r in rows if r["role"] == "link"] + verbs)
    after = qualifiers("after_amount")
    # (a character of a word after the amount is let through here and refused by _amount_ends unless the
    # normalized view joined the lines there: 协议投资390亿⏎今天, a headline over its story)
    return (regex.compile(rf"(?P<cue>{trie(list(cues))})(?P<links>(?:{links}){{0,3}})"
                          rf"(?P<amt>{_BARE_NUMBER}(?:[至到—\-~～]{_BARE_NUMBER})?)(?=[，。；、！？,;!?）)\s]|的|{after}|$|\p{{Han}})"),
            cues, regex.compile(after))


_RE_AMOUNT_END = regex.compile(r"[，。；、！？,;!?）)\s]|的|$")


def _amount_ends(text: str, end: int, after: "regex.Pattern", raw_gap: Optional[str]) -> bool:
    """Does a bare amount end at ``end``: a clause mark, 的 or a qualifier follows, or the raw text had a line
    break there that the normalized view dropped (``raw_gap``: the raw characters between, ``None`` for none)."""
    if _RE_AMOUNT_END.match(text, end) or after.match(text, end):
        return True
    return bool(raw_gap) and "\n" in raw_gap and not raw_gap.strip()


# 从A到B: an amount B and its lower end A, 到 or 至 and up to ten characters of no number between them (产值从1987年的
# 十七八万到现在的33.8亿元, 从2013年的500万元到800万元). The frame is read once (:func:`_from_to`): a bare A takes B's
# currency, as the numbers of a list take the last one's (分别为5亿和7.5亿元), and B takes A's subject where it has none
_FRAME_GAP = 10
_RE_FROM_LOW = regex.compile(rf"从[^，。；！？\n]{{0,12}}?(?<![\d.{CN_DIGITS}])(?P<amt>{_BARE_NUMBER})$")
_FRAME_STOPS = "，。；！？\n"


def _to_marks(text: str, end: int) -> list[int]:
    """The positions of 到 or 至 before ``end`` that may close the lower end of a 从A到B frame: at most ten
    characters after them, none a clause end or a digit."""
    marks = []
    i = end - 1
    while i >= 0 and end - i <= _FRAME_GAP + 1:
        ch = text[i]
        if ch in "到至":
            marks.append(i)
        elif ch in _FRAME_STOPS or ch.isdecimal():
            break
        i -= 1
    return marks


def _from_to(text: str, found: list[Amount], bare: list[Amount]) -> tuple[list[Amount], list[tuple[Amount, Amount]]]:
    """The 从A到B frames of the amounts: the bare lower ends A that the frame makes amounts (B one of ``found``, the
    amounts written with their currency), and ``(A, B)`` of every frame, A an amount already read (从 at most 14
    characters before it) or a bare lower end."""
    lows: list[Amount] = []
    frames: list[tuple[Amount, Amount]] = []
    if "从" not in text:
        return lows, frames
    scaled = "万" in text or "亿" in text
    ends = {a.end: a for a in sorted(found + bare, key=lambda a: (a.start, a.end))}
    mains = {id(a) for a in found}
    for b in sorted(found + bare, key=lambda a: (a.start, a.end)):
        marks = _to_marks(text, b.start)
        if not marks:
            continue
        a = next((ends[p] for p in reversed(marks) if p in ends), None)
        if a is not None and "从" in text[max(0, a.start - 14):a.start]:
            frames.append((a, b))
        if not scaled or id(b) not in mains or b.start < 3 or text[b.start - 1] in _CLAUSE_END:
            continue
        found_low = [m for p in marks if (m := _RE_FROM_LOW.search(text, max(0, b.start - 40), p))]
        if not found_low:
            continue
        m = min(found_low, key=lambda m: (m.start(), m.start("amt"), -m.end()))
        s, e = m.span("amt")
        am = money_pattern().fullmatch(text[s:e] + "元")
        if am is None or is_bare_scale(am["num"]) or any(s < f.end and f.start < e for f in found):
            continue
        try:
            low = read_amount(am)
        except (NumeralError, ArithmeticError):
            continue
        low = Amount(s, e, low.value, low.value_max, low.qualifier, b.currency)
        lows.append(low)
        frames.append((low, b))
    return lows, frames


def _bare_amounts(text: str, taken: list[tuple[int, int]], gap=lambda end: None) -> Iterator[Amount]:
    """Amounts written without 元 after a money word (FACTS.md §2 money: ``利润突破一个亿`` → 1亿 yuan, over;
    ``年收入十七八万`` → 170000–180000): the span is the number with a bound right before it (超百亿)."""
    if "万" not in text and "亿" not in text and "萬" not in text and "億" not in text:
        return
    pattern, cues, after = _bare_cues()
    for m in finditer_near(pattern, text, _RE_BARE_ANCHOR, 48, 8):
        needs = cues[m["cue"]]
        if needs and not any(w in _clause_before(text, m.start()) + _clause_after(text, m.end()) for w in needs):
            continue  # 形成若干个规模超百亿的产业集群: a cluster's size, no fund (基金规模超百亿, 规模100亿的基金)
        s, e = m.start("amt"), m.end("amt")
        if any(s < te and ts < e for ts, te in taken) or not _amount_ends(text, e, after, gap(e)):
            continue
        a = None
        for st in range(m.start("links"), s + 1):  # a bound right before the number opens the span (超百亿)
            am = money_pattern().fullmatch(text[st:e] + "元")
            if am and (am["qb"] or st == s):
                try:
                    a = read_amount(am)
                except (NumeralError, ArithmeticError):
                    continue
                if is_bare_scale(am["num"]) and not am["qb"] and not bound_before(text, st):
                    a = None  # 投资亿万: a scale alone is an amount only with a bound (超百亿)
                break
        if a is None:
            continue
        qual = stronger(a.qualifier, bound_before(text, st, loose=True, own=a.qualifier is not None))
        end = e
        q = after.match(text, e)
        if q and qualifier_of(q.group()):  # 1.2万左右
            qual, end = stronger(qual, qualifier_of(q.group())), q.end()
        yield Amount(st + a.start, end, a.value, a.value_max, qual, a.currency)


# The upper bound of a range written without its currency after a lower bound with it (处1万元以上5万以下的罚款,
# 三千元以上一万以下): a number with its scale and 以下, nothing between but BOUNDS_JOINER
_RE_BARE_UPPER = regex.compile(rf"{BOUNDS_JOINER}(?P<num>{ARABIC_NUMBER}[万亿]?|[{NUMERAL_CHARS}]+)以下")


def _bare_upper_bounds(text: str, found: list[tuple[Amount, Optional[str]]]) -> list[tuple[Amount, Optional[str]]]:
    """An amount with 以上 and a larger number with 以下 right after it are one range in the amount's
    currency (``1万元以上5万以下`` → 10000 to 50000), as ``1万元以上5万元以下`` is."""
    out = []
    for a, qa in found:
        m = _RE_BARE_UPPER.match(text, a.end) if qa == "以上" and a.value_max is None else None
        if m:
            try:
                high = to_number(parse_decimal(m["num"]))
            except (NumeralError, ArithmeticError):
                high = None
            if high is not None and high > a.value:
                a, qa = Amount(a.start, m.end(), a.value, high, None, a.currency), None
        out.append((a, qa))
    return out


def _merge_bounds(text: str, found: list[tuple[Amount, Optional[str]]]) -> list[Amount]:
    """``2万元以上10万元以下``, ``500元以上、5000元以下`` and ``三十元以上不满一百元`` are one range: an
    amount with 以上 right before one with 以下 or opened by an upper bound (不满, 不足, 不超过 …; :data:`~govtext.text.patterns.BOUNDS_JOINER` between), or the upper bound first
    (``10万元以下2万元以上``)."""
    def merge(x: tuple[Amount, Optional[str]], y: tuple[Amount, Optional[str]]) -> Optional[tuple[Amount, Optional[str]]]:
        (a, qa), (b, qb) = x, y
        if (qa == "以下" and qb == "以上" and _RE_BOUNDS_JOINER.fullmatch(text, a.end, b.start) and a.value_max is None and b.value_max is None
                and a.currency == b.currency and b.value < a.value):
            return Amount(a.start, b.end, b.value, a.value, None, a.currency), None
        if (qa == "以上" and (qb == "以下" or qb is None and opens_upper_bound(text, b.start))  # 三十元以上不满一百元
                and _RE_BOUNDS_JOINER.fullmatch(text, a.end, b.start) and a.value_max is None and b.value_max is None
                and a.currency == b.currency and a.value < b.value):
            return Amount(a.start, b.end, a.value, b.value, None, a.currency), None
        return None

    return [a for a, _ in merge_adjacent(found, merge)]


def extract_money(ctx: Context) -> Iterator[FactBase]:
    """The amounts of ``ctx``, each with its subject (what the money is: FACTS.md §2, read by
    :func:`govtext.extract.money_subjects.amount_subjects`)."""
    amounts, frames = _amounts(ctx)
    facts = sorted(amounts, key=lambda f: (f.start, f.end))
    spans = [(ctx.norm.to_norm(f.start), ctx.norm.to_norm(f.end)) for f in facts]
    subjects = []
    for fact, span, subject in zip(facts, spans, amount_subjects(ctx.text, spans, of_change=subject_before_change,
                                                                          split=list_members)):
        subject = subject or level_subject(ctx.text, span[0], spans)  # (…增加，一九八五年达到1430亿元)
        subject = sum_owner(ctx.text, span[0], subject, spans) or subject  # (…装备108艘、金额约186亿美元)
        subjects.append(subject)
    for i in range(1, len(facts)):
        if not subjects[i] and subjects[i - 1] and (facts[i - 1].start, facts[i - 1].end, facts[i].start, facts[i].end) in frames:
            subjects[i] = subjects[i - 1]  # 产值从…的十七八万到现在的33.8亿元: both ends are the 产值
    for fact, subject in zip(facts, subjects):
        yield fact.model_copy(update={"subject": subject}) if subject else fact


def _raw_gap(ctx: Context, end: int) -> Optional[str]:
    """The raw characters the normalized view dropped between ``end - 1`` and ``end``, ``None`` for none."""
    if end <= 0 or end >= len(ctx.text):
        return None
    a, b = ctx.to_raw(end - 1, end)[1], ctx.to_raw(end, end + 1)[0]
    return ctx.raw[a:b] if b > a else None


def _amounts(ctx: Context) -> tuple[list[FactBase], set[tuple[int, int, int, int]]]:
    """The money facts of ``ctx`` and the raw spans ``(A start, A end, B start, B end)`` of its 从A到B frames."""
    text = ctx.text
    idents = ctx.identifiers()
    found: list[tuple[Amount, Optional[str]]] = []
    for m in finditer_near(money_pattern(), text, currency_anchors(), 64, 64):
        if not _plausible(text, m) or idents.overlaps(m.start(), m.end()):
            continue
        try:
            a = read_amount(m)
        except (NumeralError, ArithmeticError):
            continue
        if m["hnum"] and a.start == m.start("hnum") and m["lunit"]:  # 20元至50万元: two amounts, not one range
            low = money_pattern().fullmatch(text, m.start(), m.end("lunit"))
            try:
                if low and _plausible(text, low):
                    found.append((read_amount(low), None))
            except (NumeralError, ArithmeticError):
                pass
        if a.qualifier is None or a.qualifier in ("approx", "over", "under"):
            bound = bound_before(text, a.start, loose=True, own=a.qualifier is not None)  # 每年最高补贴100万元
            if bound:
                a = Amount(a.start, a.end, a.value, a.value_max, stronger(a.qualifier, bound), a.currency)
        if a.value_max is None and not m["hnum"] and a.start == m.start("num") == m.start() \
                and _RE_DIGIT.match(m["num"]):
            # 分别为5亿和7.5亿元, 30万和45万元: the numbers before share the last one's unit
            for ls, le, numeral in list_before(text, a.start, m["num"] + (m["scale"] or ""),
                                               "分别" in text[max(0, a.start - 30): a.start]):
                if not idents.overlaps(ls, le):
                    found.append((Amount(ls, le, to_number(parse_decimal(numeral)), None, None, a.currency), None))
        found.append((a, m["qa"] if qualifier_of(m["qa"]) else None))
    bare = [(a, None) for a in _bare_amounts(text, [(a.start, a.end) for a, _ in found], lambda end: _raw_gap(ctx, end))]
    lows, frames = _from_to(text, [a for a, _ in found], [a for a, _ in bare])
    bare += [(a, None) for a in lows]
    if bare:
        found = sorted(found + bare, key=lambda x: (x[0].start, x[0].end))
    facts = [ctx.make("money", a.start, a.end, value=a.value, value_max=a.value_max, qualifier=a.qualifier, currency=a.currency)
             for a in _merge_bounds(text, _bare_upper_bounds(text, found))]
    return facts, {(*ctx.to_raw(a.start, a.end), *ctx.to_raw(b.start, b.end)) for a, b in frames}
