"""Money values: ``500万元``, ``3139.8万元``, ``500余万元``, ``一千万元``, ``2.6亿元`` → yuan.

:func:`money_pattern` is the shape of an amount, composed from the fragments of
:mod:`govtext.text.patterns` and the units of ``lexicons/currencies.tsv``: a number (Arabic with
thousands separators, Chinese, capital 大写), its scale and over-marks (500余万), the currency unit
after it or a sign or word before it (``￥120``, ``US$3亿``, ``港币两千九百六十元``), the minor units
after a main one (``8元5角``, ``十块三毛``), the lower end of a range (``20万-50万元``,
``两到三万港元``) and the qualifier words next to it. :func:`read_amount` reads a match;
:func:`read_money` and :func:`parse_money` read an amount written alone.

>>> parse_money("500余万元"), parse_money("2.6亿元"), parse_money("一千万元")
((5000000, 'over'), (260000000, None), (10000000, None))
>>> read_money("US$3亿"), read_money("12元5角3分"), read_money("港币两千九百六十元")
((300000000, None, 'USD'), (12.53, None, 'CNY'), (2960, None, 'HKD'))
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Optional

import regex

from govtext.text import fastre
from govtext.lexicons import load_rows, split_alts
from govtext.text.numerals import NumeralError, approx_range, parse_decimal, qualifier_of, range_low, stronger, to_number
from govtext.text.patterns import (
    ARABIC_NUMBER, ARABIC_PLACES, ARABIC_SCALE_TAIL, CAPITAL_DIGITS, CN_DIGITS, DECIMAL_DIGITS, INCLUSIVE, LIANG, ONES, OVER_MARK, OVER_MARKS, SCALES, SIGN, VAGUE_BEFORE,
    latin_tail_guard, not_followed_by,
    qualifiers, range_words, trie,
)

__all__ = ["Amount", "currencies", "currency_anchors", "currency_rows", "money_pattern", "parse_money", "read_amount", "read_money", "upper"]

_SCALE_CHARS = SCALES[1:] + "萬億佰仟"  # 百 千 万 亿: a scale written alone (十 alone is ten)


@lru_cache(maxsize=1)
def currency_rows() -> dict[str, dict[str, str]]:
    """Surface → its row of ``lexicons/currencies.tsv``."""
    return {r["surface"]: r for r in load_rows("currencies.tsv")}


@lru_cache(maxsize=1)
def currencies() -> dict[str, str]:
    """Surface → ISO 4217 code (``lexicons/currencies.tsv``): ``currencies()["美元"]`` → ``'USD'``."""
    return {s: r["currency"] for s, r in currency_rows().items()}


def _alternation(surfaces) -> str:
    """The surfaces, longest first, each with its guard (a Latin one is not followed by a letter)."""
    entries = {}
    for s in surfaces:
        entries[s] = not_followed_by(currency_rows()[s]["not_followed_by"]) + latin_tail_guard(s)
    return trie(entries)


@lru_cache(maxsize=1)
def currency_anchors() -> "regex.Pattern":
    """Every currency unit, sign and word: an amount contains one (the anchors of
    :func:`govtext.text.patterns.finditer_near`). A minor unit of one character (角, 毛, 分) is an
    anchor only before 钱 or a numeral: :func:`money_pattern` reads it after a main unit or a sign
    (8元5角, ￥3角: those are the anchors), or alone before 钱 or the next digit and minor unit (三毛钱,
    8毛5分); elsewhere (部分, 分别, 毛泽东) it opens no window of prose to search.

    >>> [m.group() for m in currency_anchors().finditer("部分地区8毛5分，三毛钱，5元")]
    ['毛', '毛', '元']
    """
    rows = currency_rows()
    single_minor = [s for s, r in rows.items() if r["minor"] and len(s) == 1]
    ahead = rf"(?=钱|[\d{ONES}{LIANG}{CAPITAL_DIGITS}])"  # a superset of the pattern's digit and minor unit
    return fastre.compile("|".join([regex.escape(s) for s in sorted(rows, key=len, reverse=True) if s not in single_minor]
                                   + [regex.escape(s) + ahead for s in single_minor]))


def _number(p: str) -> str:
    """One amount's number: sign, Arabic or Chinese numeral, 个 before a scale (两个亿), over-marks
    and the scale; groups named with the prefix ``p``."""
    # (digits with their places first: 1千2百万, 3千5百, as counts read them)
    num = rf"{SIGN}?(?:{ARABIC_PLACES}|{ARABIC_NUMBER}|(?<![\d{CN_DIGITS}]){VAGUE_BEFORE}[{CN_DIGITS}]{{1,30}}(?:点[{DECIMAL_DIGITS}]+)?)"
    return (rf"(?P<{p}num>{num})(?:个(?=[亿万](?![亿万])))?(?P<{p}over>{OVER_MARK})?"
            # 4万多亿元: an over-mark between 万 and 亿 (4万亿 and more)
            rf"(?P<{p}scale>[{SCALES}拾佰仟萬億]*[万萬](?=[{OVER_MARKS}][亿億])|[{SCALES}拾佰仟萬億]+|[kK](?=元))?"
            # 4万多亿元, 2百多万元 (an over-mark before a larger scale: 2百 and more of 万)
            rf"(?:(?P<{p}overmid>[{OVER_MARKS}])(?P<{p}scale2>[亿億]|(?<=[百千佰仟][余多])[万萬]))?(?P<{p}more>{ARABIC_SCALE_TAIL})?"
            rf"(?P<{p}over2>[{OVER_MARKS}])?")


@lru_cache(maxsize=1)
def money_pattern() -> "regex.Pattern":
    """The shape of an amount. Groups: ``qb``/``qa`` qualifier words; ``cur`` a currency sign or word
    before the number; ``num``, ``over``, ``scale``, ``more``, ``over2`` the amount, or the lower end of
    a range when ``dash`` and ``hnum``… (the upper end) follow, ``lunit`` the lower end's own unit;
    ``unit`` the currency unit (required without ``cur``); ``minor`` the minor units after it (8元5角).
    The number comes first and the range part after it, so a plain amount is read once; :func:`upper`
    names the groups of the upper end."""
    rows = currency_rows()
    main_after = [s for s, r in rows.items() if r["position"] in ("after", "both") and not r["minor"]]
    before = [s for s, r in rows.items() if r["position"] in ("before", "both")]
    minor = [s for s, r in rows.items() if r["minor"]]
    words_both = [s for s, r in rows.items() if r["position"] == "both"]
    unit, cur, minor_unit = _alternation(main_after), _alternation(before), _alternation(minor)
    # a minor unit alone is an amount where it cannot be read otherwise: a word of its own (美分), or
    # 角/毛/分 before 钱 (三毛钱; not 五角大楼, 三毛 the writer)
    digit = rf"(?:\d|[{ONES}{LIANG}{CAPITAL_DIGITS}])"
    # (or before a smaller minor unit: 三角五分, 8毛5分)
    alone = "|".join([_alternation([s for s in minor if len(s) > 1]),
                      rf"(?:{_alternation([s for s in minor if len(s) == 1])})(?=钱|{digit}{minor_unit})"])
    unit_or_minor = rf"(?P<unit>{unit}|(?P<munit>{alone}))"
    # a word for cents takes up to 99 of them (3美元50美分, 五英镑五十便士); 角, 毛, 分 one digit (8元5角)
    cents = rf"(?:\d{{2}}|[{ONES[1:]}{LIANG}]?十[{ONES[1:]}]?)(?:{_alternation([s for s in minor if len(s) > 1])})"
    minors = (rf"(?:又|零)?(?:{cents}|{digit}{minor_unit}(?:零?{digit}{minor_unit})?)钱?"
              rf"|(?<=块)(?P<tenth>[{ONES}{LIANG}]|\d(?![\d.A-Za-z%]))(?=$|[^\p{{Han}}]|钱)钱?")  # 两块五, 12块5: … fifty
    return regex.compile(
        rf"(?P<qb>{qualifiers('before')}|{qualifiers('before_scale')}(?=[{SCALES[1:]}]))?"
        rf"(?:(?P<cur>{cur})[ \u00a0]?)?"
        rf"{_number('')}"
        rf"(?:(?P<lunit>{unit})?(?:{INCLUSIVE})?(?P<dash>{range_words()})(?:{cur})?{_number('h')})?"
        rf"(?:(?<=\d)[ \u00a0](?=[A-Z]{{3}}(?![A-Za-z])))?"  # 3000 USD: a space before an ISO code
        rf"(?(cur)(?:{unit_or_minor})?|{unit_or_minor})"
        rf"(?(munit)(?P<mminor>{digit}{minor_unit})?钱?|(?P<minor>{minors})?(?:(?<=[元圆])(?P<cur2>{_alternation(words_both)}))?)"
        rf"(?:{INCLUSIVE})?"
        rf"(?P<qa>{qualifiers('after_amount')})?"
    )


_RE_MINOR = regex.compile(rf"(\d{{1,2}}|[{ONES}{LIANG}{CAPITAL_DIGITS}]?十[{ONES}]?|[{ONES}{LIANG}{CAPITAL_DIGITS}])(\D+?)(?=零?(?:\d|[{ONES}{LIANG}{CAPITAL_DIGITS}])|钱|$)")


@dataclass(frozen=True)
class Amount:
    """A read :func:`money_pattern` match: ``start`` is where the fact's span begins (the lower end,
    or the upper amount alone when the lower end is no range end), ``value_max`` the upper end."""

    start: int
    end: int
    value: int | float
    value_max: Optional[int | float]
    qualifier: Optional[str]
    currency: str


_NO_OVER_MARKS = str.maketrans("", "", OVER_MARKS)


def _has_over_mark(more: Optional[str]) -> bool:
    return bool(more) and any(c in OVER_MARKS for c in more)


def _is_bare_scale(num: str) -> bool:
    return bool(num) and all(c in _SCALE_CHARS for c in num)


def _ends_in_scale(num: str) -> bool:
    """A Chinese numeral closed by 万 or 亿 (二千万, 一亿二千万): the scale is inside ``num``."""
    return bool(num) and num[-1] in "万亿萬億"


def upper(m: "regex.Match") -> str:
    """The prefix of the groups of the amount that carries the unit: ``"h"`` for a range, else ``""``."""
    return "h" if m["hnum"] else ""


def _value(m: "regex.Match", p: str) -> tuple[Decimal, Optional[Decimal]]:
    """The value of one end (``p`` = ``""`` or ``"h"``); a 概数 (八九亿, 三五百) gives two."""
    num, scale = m[f"{p}num"], (m[f"{p}scale"] or "") + (m[f"{p}scale2"] or "")
    rng = approx_range(num + scale) if not any(c.isdigit() for c in num) else None
    if rng:
        return Decimal(rng[0]), Decimal(rng[1])
    if _is_bare_scale(num):
        num = "一" + num  # 亿元以上: one 亿
    if m[f"{p}over"] and scale and ("亿" in num or "億" in num):
        value = parse_decimal(num + scale)  # 二十五億七千多萬元, 1亿3千多万元: the over-mark inside, before the last scale
    else:
        value = parse_decimal(num)
        for c in scale:
            value *= parse_decimal(c) if c not in "kK" else 1000
    if m[f"{p}more"]:  # 1亿2000万元, 1万2千元, 1亿3千多万元 (the over-mark is read by read_amount)
        value += parse_decimal(m[f"{p}more"].translate(_NO_OVER_MARKS))
    return value, None


def _minor_value(m: "regex.Match", unit_currency: str) -> Decimal:
    total = Decimal(0)
    for digit, word in _RE_MINOR.findall(m["minor"].lstrip("又零")):
        row = currency_rows().get(word)
        if row is None or not row["minor"] or row["currency"] != unit_currency:
            raise NumeralError(f"not a minor unit of {unit_currency}: {word!r}")
        total += parse_decimal(digit) * Decimal(row["minor"])
    return total


def read_amount(m: "regex.Match") -> Amount:
    """Value, upper end, qualifier and currency of a :func:`money_pattern` match; raises
    :class:`NumeralError` when it is no amount (a minor unit alone, 人民币 after a plain number)."""
    unit, cur, h = m["unit"], m["cur"], upper(m)
    rows = currency_rows()
    if unit == "人民币" and not m[h + "scale"] and not _ends_in_scale(m[h + "num"]):
        raise NumeralError("人民币 names the currency only after a scale (5万人民币, 二千万人民币)")
    currency = rows[unit]["currency"] if unit else rows[cur]["currency"]
    if cur and (not unit or rows[unit]["currency"] == "CNY"):
        currency = rows[cur]["currency"]  # 港币两千九百六十元: the word before names the 元
    if m["cur2"]:
        currency = rows[m["cur2"]]["currency"]  # 三万元欧元, 5万元人民币: the word after names the 元
    value, value_max = _value(m, h)
    if m["munit"]:  # 五十美分, 三毛钱: a minor unit alone
        value *= Decimal(rows[unit]["minor"])
        if value_max is not None:
            value_max *= Decimal(rows[unit]["minor"])
        if m["mminor"]:  # 三角五分: a smaller minor unit after it
            word = m["mminor"][1:].rstrip("钱")
            if word not in rows or not rows[word]["minor"] or Decimal(rows[word]["minor"]) >= Decimal(rows[unit]["minor"]):
                raise NumeralError(f"not a smaller minor unit after {unit!r}: {m['mminor']!r}")
            value += parse_decimal(m["mminor"][0]) * Decimal(rows[word]["minor"])
    elif m["tenth"]:
        value += parse_decimal(m["tenth"]) / 10
    elif m["minor"]:
        value += _minor_value(m, rows[unit]["currency"] if unit else currency)
    qual = stronger(qualifier_of(m["qb"]), qualifier_of(m["qa"]))
    if m[h + "over"] or m[h + "over2"] or m[h + "overmid"] or _has_over_mark(m[h + "more"]):
        qual = stronger(qual, "over")
    start = m.start()
    if h:
        low_text = m["num"] + (m["scale"] or "") + (m["more"] or "")
        try:
            low = None if value_max is not None or _is_bare_scale(m["num"]) else range_low(
                low_text, m["hnum"] + (m["hscale"] or ""), value,
                carry=not m["lunit"])  # 20-50万元: the lower end takes the upper end's scale
        except NumeralError:
            low = None
        if m["over"] or m["over2"]:
            qual = stronger(qual, "over")
        if low is not None:
            value, value_max = low, value
        else:  # 1-3000元: the number before the dash is no lower end (a list item, a code)
            start = m.start("hnum")
            qual = qualifier_of(m["qa"])
    return Amount(start, m.end(), to_number(value), None if value_max is None else to_number(value_max),
                  qual, currency)


def read_money(surface: str) -> tuple[int | float, str | None, str]:
    """Value, qualifier and currency: ``read_money("约3万美元")`` → ``(30000, 'approx', 'USD')``.

    >>> read_money("约3万美元")
    (30000, 'approx', 'USD')
    """
    m = money_pattern().fullmatch(surface)
    if not m:
        raise NumeralError(f"not a money amount: {surface!r}")
    a = read_amount(m)
    return a.value, a.qualifier, a.currency


def parse_money(surface: str) -> tuple[int | float, str | None]:
    """Yuan value and qualifier of a money surface: ``"3139.8万元"`` → ``(31398000, None)``.

    >>> parse_money("3139.8万元"), parse_money("约17400元"), parse_money("1万元以上")
    ((31398000, None), (17400, 'approx'), (10000, 'over'))
    """
    value, qual, _cur = read_money(surface)
    return value, qual


def is_bare_scale(num: str) -> bool:
    """A number written as a scale alone (亿, 万亿, 百万): an amount only with a qualifier (亿元以上)."""
    return _is_bare_scale(num)
