"""Quantity values: a number, a classifier or unit, its qualifier and range.

``1萬余個`` → 10000 个 ``over``; ``4万套（册）`` → 40000 套; ``7个多月`` → 7 月; ``两三天`` → 2 to 3
天; ``3天至5天``, ``五、六个`` and ``五十万吨以上一百万吨以下`` are ranges; ``两天半`` → 2.5 天,
``三个半月`` → 3.5 月; ``168cm`` keeps its unit as written. Units come from ``lexicons/units.tsv``
(the unit reported, its category, the characters that may not follow it, units only Arabic digits
count); the number from the fragments of :mod:`govtext.text.patterns`.

>>> parse_quantity("606个"), unit_category("人次")
((606, '个', None, None), 'people')
>>> parse_quantity("3至5天"), parse_quantity("三个半月"), parse_quantity("168CM")
((3, '天', None, 5), (3.5, '月', None, None), (168, 'CM', None, None))
"""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Optional

import regex

from govtext.lexicons import load_rows, split_alts
from govtext.text.normalize import to_simplified
from govtext.text.numerals import NumeralError, approx_range, parse_decimal, qualifier_of, range_low, shared_scale, stronger, to_number
from govtext.text import fastre
from govtext.text.patterns import (
    COLLOQUIAL_NUMERALS, SIGN_STARTS, Groups, finditer_at, qualifier_words, range_word_list,
    ARABIC_NUMBER, ARABIC_PLACES, ARABIC_SCALE_TAIL, ARABIC_SPOKEN_DECIMAL, SCIENTIFIC, CN_DIGITS, COLLOQUIAL_NUMBER, DECIMAL_DIGITS, DIGIT_WORDS, HALF_AFTER_UNIT, INCLUSIVE, LIANG, ONES, OVER_MARK, OVER_MARKS,
    SCALES, SIGN, SIGN_GAP, TOLERANCE, VAGUE_BEFORE, latin_tail_guard, not_followed_by as guard_of, qualifiers, range_words, trie, words,
)

__all__ = [
    "QUANTITY_ANCHORS", "SCALE_ANCHORS", "arabic_only", "size_labels", "bare_scale_pattern", "not_followed_by", "parse_bare_scale", "parse_quantity", "quantity_matches", "quantity_pattern", "read_quantity", "unit_category", "units",
    "upper", "upper_start",
]

# 个 before the ge_time_unit words of lexicons/quantity_contexts.tsv gives them as the unit: 3个月, 4个半天, 7个多月,
# 五个季度, 35,000个钟头, 两个礼拜


@lru_cache(maxsize=None)
def _context_words(role: str) -> tuple[str, ...]:
    """The words of ``role`` in ``lexicons/quantity_contexts.tsv``, in file order (``ge_time_unit``: 3个月,
    两个礼拜; ``noun_phrase_stop``: the function words that end a noun phrase)."""
    return tuple(split_alts(next(r["words"] for r in load_rows("quantity_contexts.tsv") if r["role"] == role)))


# 半 after a unit of these categories adds a half (两天半, 三斤半); not after a count (两个半)
_HALVES = frozenset({"time", "weight", "length", "area", "volume", "score"})  # 十三分半 (minutes or points)


@lru_cache(maxsize=1)
def units() -> dict[str, tuple[str, str]]:
    """Surface → (unit reported, category), traditional aliases included. A Latin alias that differs
    from its unit only in letter case (``CM``) is reported as written."""
    out: dict[str, tuple[str, str]] = {}
    for row in load_rows("units.tsv"):
        canon = row.get("canonical_as") or row["unit"]
        out[row["unit"]] = (canon, row["category"])
        for alias in split_alts(row.get("aliases")):
            out[alias] = (alias if alias.lower() == canon.lower() else canon, row["category"])
    return out


@lru_cache(maxsize=1)
def not_followed_by() -> dict[str, tuple[str, ...]]:
    """Surface → what, right after it, makes it part of another word (名义, 条件): ``not_followed_by``."""
    out: dict[str, tuple[str, ...]] = {}
    for row in load_rows("units.tsv"):
        for surface in [row["unit"], *split_alts(row.get("aliases"))]:
            out[surface] = tuple(split_alts(row["not_followed_by"]))
    return out


@lru_cache(maxsize=1)
def arabic_only() -> frozenset[str]:
    """Units a Chinese numeral cannot count (十分重要 is an adverb): ``arabic_only`` = yes."""
    return frozenset(r["unit"] for r in load_rows("units.tsv") if r.get("arabic_only") == "yes")


@lru_cache(maxsize=1)
def size_labels() -> frozenset[str]:
    """Units that right before a noun name a product's size grade (12英寸产线, 7纳米芯片): ``size_label`` = yes."""
    return frozenset(s for r in load_rows("units.tsv") if r.get("size_label") == "yes"
                     for s in (r["unit"], *split_alts(r.get("aliases"))))


def unit_category(unit: str) -> Optional[str]:
    """Category of a reported unit: ``unit_category("人次")`` → ``'people'``; a rate written A/B that
    has no row of its own takes the category of A (``吨/年`` → ``'weight'``)."""
    hit = units().get(unit)
    if not hit and "/" in unit:
        hit = units().get(unit.split("/", 1)[0])
    return hit[1] if hit else None


# the units that may stand after the slash of a rate (吨/年, 公斤/亩, 万人/年): of time, length, area,
# volume or weight (units.tsv, "A unit written A/B")
_PER_CATEGORIES = frozenset({"time", "length", "area", "volume", "weight"})
# after a Latin unit, a Latin symbol (kV/m, MB/S, nT/√Hz); a code goes on with digits (GB/T 9704)
_LATIN_PER = r"√?[A-Za-zμµΩΩ][A-Za-z0-9²³μµΩΩ]{0,3}(?![A-Za-z0-9²³])(?!\s?\d)"


@lru_cache(maxsize=1)
def _per_unit() -> str:
    """The denominator of a rate written A/B: ``(?P<per>/…)`` after the unit."""
    guards = not_followed_by()
    han = {u: guard_of(guards.get(u, ())) for u, (_c, cat) in units().items() if cat in _PER_CATEGORIES and not u[-1].isascii()}
    # the denominator ends the unit (吨/年的, 万吨/年建成, 立方米/年煤制气) unless its own guard holds (吨/年度)
    one = rf"/(?:(?<=[A-Za-zμµΩΩ²³]/){_LATIN_PER}|(?:{trie(han)})(?![A-Za-z0-9]))"
    return rf"(?P<per>(?:{one}){{1,2}})"  # mV/V/Oe: a sensitivity per volt per oersted


def _unit_tails() -> dict[str, list[str]]:
    """Scale character → the rest of the units it opens (千: 米, 克, 瓦 …; 万: 千瓦 …)."""
    out: dict[str, list[str]] = {}
    for c in SCALES:
        tails = sorted({u[1:] for u in units() if len(u) > 1 and u[0] == c}, key=len, reverse=True)
        if tails:
            out[c] = tails
    return out


def _scale_regex() -> str:
    """Scale characters after Arabic digits, except where they open a unit (18.5千米, 4.8万千瓦)."""
    parts = []
    for c in SCALES:
        heads = _unit_tails().get(c)
        tail = f"(?!{'|'.join(regex.escape(h) for h in heads)})" if heads else ""
        parts.append(regex.escape(c) + tail)
    return f"(?:{'|'.join(parts)})*"


def _unit_alternation() -> str:
    """Every unit, longest first, with its guard; a Latin symbol is not followed by a letter or digit."""
    guards = not_followed_by()
    after = qualifiers("after_amount")
    entries = {}
    for u in units():
        # a guard holds unless a qualifier follows the unit: 所以 is no count, 200所以上 is
        g = guard_of(guards.get(u, ()))
        if g:
            g = f"(?:(?={after})|{g})"
        entries[u] = g + latin_tail_guard(u, digits=True) + _only_before().get(u, "")
    return trie(entries)


@lru_cache(maxsize=1)
def _only_before() -> dict[str, str]:
    """Surface → a lookahead for a unit that counts only before one of its ``only_before`` words
    (点 before 建议, 倡议, 意见 …: 四点建议 counts proposals; 10点, 重点 do not)."""
    out: dict[str, str] = {}
    for row in load_rows("units.tsv"):
        if row.get("only_before"):
            before = split_alts(row["only_before"])
            end = "|$" if "。" in before else ""  # a clause mark stands for the end of the text too (鸡蛋两打)
            for surface in (row["unit"], *split_alts(row.get("aliases"))):
                out[surface] = f"(?={words(before)}{end})"
    return out


@lru_cache(maxsize=1)
def quantity_pattern() -> "regex.Pattern":
    """The shape of a quantity: ``qb``/``qa`` qualifiers, ``num`` (with ``dash`` and ``num2`` for a
    range: ``num`` is then its lower end; ``pause0`` for 五、六个), ``over*``, ``scale``, ``ge`` (个
    before a time unit, ``half`` in 三个半月), ``unit``, ``alt`` (a unit in brackets), ``half2``
    (两天半). The number comes first and the range part after it, so a plain count is read once; a
    range with the unit on both ends (3天至5天) is two matches the extractor joins."""
    unit_alt = _unit_alternation()
    # Left boundaries (?<!…): a number starts where its run starts, so a long run of digits or
    # numerals is scanned once, not once from every position in it.
    # (5万4千6百株, 5亿1万4千6百人次: a digit before each place, after the forms above fail)
    arabic = rf"{ARABIC_NUMBER}(?:[亿万]{ARABIC_SCALE_TAIL}|{_scale_regex()})|{ARABIC_PLACES}"
    # a Chinese run does not end in a scale character that opens the unit after it: 十千米 is 10 千米,
    # 一百千瓦 100 千瓦 (not a run 十千 before 米)
    opens = "|".join(f"(?<={regex.escape(c)})(?:{'|'.join(map(regex.escape, tails))})"
                     for c, tails in _unit_tails().items())
    # 两 right after a year written digit by digit starts a count of its own (一九五三和一九五四两年)
    chinese = (rf"(?:(?<![{CN_DIGITS}]){VAGUE_BEFORE}(?![{DIGIT_WORDS}]{{2,}}两)|(?<=[{DIGIT_WORDS}]{{2}})(?=两))"
               rf"(?:俩(?=[千百万亿仟佰]))?[{CN_DIGITS}]+(?!{opens})(?:点[{DECIMAL_DIGITS}]+)?")  # 俩千两百 (两千)
    # 10点五度 (an Arabic whole part, decimals said aloud); 俩礼拜, 仨月 (colloquial 两个, 三个)
    num = rf"{SIGN}?(?:{SCIENTIFIC}|{ARABIC_SPOKEN_DECIMAL}|{arabic}|{chinese}|{COLLOQUIAL_NUMBER})"
    # (the standard library's engine where it reads the pattern alike: about twice as fast on it,
    # benchmarks/profile_regex.py, round 17)
    return fastre.compile(
        rf"(?:(?P<qb>{qualifiers('before')}|{qualifiers('before_scale')}(?=[{SCALES[1:]}])){SIGN_GAP})?"
        rf"(?P<pm>{TOLERANCE})?"
        # 五、六个; 二、三十亿斤, 一、二千万亩 (neighbouring digits before one scale, after a word: not a heading's 一、)
        rf"(?:(?P<pause0>(?<![{CN_DIGITS}、])[{ONES}{LIANG}])(?P<pause>、)"
        rf"(?=[{ONES}](?![{CN_DIGITS}])|(?<=[\u4e00-\u9fff][{ONES}{LIANG}]、)[{ONES}][{SCALES}]+(?![{CN_DIGITS}])))?"
        rf"(?P<num>{num})"
        # -5~-3℃: a minus right after a tilde or dash opens a negative upper end (SIGN takes none there)
        rf"(?:(?P<dash>{range_words()})(?P<num2>(?:(?<=[~～—–])[-－−](?=\d))?{num}))?"
        rf"(?:(?P<over0>{OVER_MARK})(?P<scale>[万亿]))?"
        rf"(?P<over>{OVER_MARK})?"
        rf"(?:(?P<ge>个)(?P<half>半)?(?P<over2>多)?(?=(?P<tunit>{'|'.join(_context_words('ge_time_unit'))})))?"
        rf"(?:(?<=\d) (?=[A-Za-zμµ]{{2}}))?"  # 12 Bit: a space before a Latin symbol of two letters or more
        rf"(?P<unit>{unit_alt}){_per_unit()}?"
        # 4万套（册）; 2813.8万辆（艘、架、列）次: the bracketed alternatives dropped, 次 kept (辆次)
        rf"(?:(?P<alt>（(?:{unit_alt})(?:、(?:{unit_alt}))*）)(?P<altci>次(?![数序要第]))?)?"
        rf"(?P<half2>{HALF_AFTER_UNIT})?(?:(?<=分半)(?P<zhong>钟))?(?P<over3>多(?![数少种样元]))?"
        rf"(?:{INCLUSIVE})?"
        rf"(?P<qa>{qualifiers('after_amount')})?"
    )


@lru_cache(maxsize=1)
def _candidates() -> tuple["fastre.Pattern", Optional["fastre.Pattern"], int, frozenset[str]]:
    """Where :func:`quantity_pattern` can match, for :func:`govtext.text.patterns.finditer_at`: the
    anchors (and those for a text without astral characters, ``None`` where ``re`` cannot give
    them), the reach of a match's start before its anchor, the characters a match starts with.

    Between a match's first numeral character and its unit stand only the characters of its
    number, range and marks (``joined``: numerals, 点, signs, range words, 余多几, 个半 of 三个半月; a
    comma before a digit, 、 between neighbouring digits, a space before a digit, a dash or a Latin
    unit); the unit starts with the first character of a unit. The anchor is the longest run of
    such characters from a numeral that a unit's first character follows: no quantity lacks one,
    and Chinese numerals inside ordinary words (一些, 统一, 万一, 十分重要 …) mostly have none.
    Before the first numeral: a qualifier word, a space, ± and a sign (负, -)."""
    num = r"\d" + regex.escape(CN_DIGITS + COLLOQUIAL_NUMERALS)
    joined = num + regex.escape("".join(sorted(
        set("点·.．×^下个半几" + SIGN_STARTS + OVER_MARKS + "".join(range_word_list())))))
    firsts = regex.escape("".join(sorted({u[0] for u in units()})))
    anchors = rf"[{num}](?:[{joined}]|[,，](?=\d)|、(?=[{ONES}])|\s(?=[{joined}A-Za-zμµ]))*(?=[{firsts}])"
    before_words = [w for w, _q, position, _g in qualifier_words() if position in ("before", "both", "before_scale")]
    starts = frozenset({w[0] for w in before_words} | set(TOLERANCE + SIGN_STARTS + CN_DIGITS + COLLOQUIAL_NUMERALS)
                       | fastre.chars_of(r"\d"))
    # (a word, a space, ±, a sign); the anchors for a text without astral characters scan faster
    return fastre.compile(anchors), fastre.compile_bmp(anchors), max(map(len, before_words)) + 3, starts


def quantity_matches(text: str):
    """``quantity_pattern().finditer(text)``, the same matches, tried only where a number runs into a
    unit (:func:`_candidates`)."""
    anchors, bmp_anchors, before, starts = _candidates()
    if bmp_anchors is not None and not fastre.has_astral(text):
        anchors = bmp_anchors
    return finditer_at(quantity_pattern(), text, anchors, before, starts)


# Every quantity contains a numeral (the anchors of govtext.text.patterns.finditer_near).
QUANTITY_ANCHORS = regex.compile(rf"[\d{CN_DIGITS}]+")
# Every count without a classifier contains 万 or 亿, or is a colloquial numeral whose last place is
# dropped after 百 or 千 (两千四百五, 九百九: the anchors of bare_scale_pattern).
_ONE_DIGIT = f"{ONES}壹贰叁肆伍陆柒捌玖"
SCALE_ANCHORS = regex.compile(rf"[万亿萬億]|[百千佰仟][{_ONE_DIGIT}](?![{CN_DIGITS}])")
# 两千四百五 (2450), 九百九 (990), 一千陆 (1600), 一百二 (120): the place after the last digit is said
# without its name, one below the place before it; not 一百二十 (written out), 一千零五 (a gap), 三千五百万
# … not in a run of numerals (一百一、一百二: labels; the word 二百五 is a quantity_exclusions.tsv idiom)
_RE_NOT_DROPPED_BEFORE = regex.compile(rf"[{CN_DIGITS}\d][、，,]$")
_RE_NOT_DROPPED_AFTER = regex.compile(rf"[、，,][{CN_DIGITS}\d]")
_RE_DROPPED_PLACE = regex.compile(rf"[{_ONE_DIGIT}两兩][千仟](?:[{_ONE_DIGIT}][百佰])?[{_ONE_DIGIT}]|[{_ONE_DIGIT}两兩][百佰][{_ONE_DIGIT}]")


@lru_cache(maxsize=1)
def bare_scale_pattern() -> "regex.Pattern":
    """A count written with 万 or 亿 and no classifier that ends its clause, its noun named before it
    (``农村贫困人口减少6800多万，``, ``游客突破15万。``, ``约一万五千``): ``num`` (with ``over0`` for
    an over-mark before the scale), ``over`` after it. A noun or classifier after it (``1.4亿农村人口``,
    ``1万人``) is :func:`quantity_pattern`'s; a scale alone (万亿, 百万) is no count.

    >>> [m.group() for m in bare_scale_pattern().finditer("参保人数增加7359万，贫困人口从两亿五千多万减少到两千多万。")]
    ['7359万', '两亿五千多万', '两千多万']
    """
    over = rf"(?:{OVER_MARK})"
    # 1亿3千多万, 2亿5千8百万; 3千万, 5百多万 (a digit before 千 or 百 and the scale)
    arabic = rf"{ARABIC_NUMBER}(?:亿{ARABIC_SCALE_TAIL}|[千百仟佰]?(?P<over0>{over})?[万亿萬億]+)"
    chinese = (rf"(?<![{CN_DIGITS}]){VAGUE_BEFORE}[{CN_DIGITS}]*[{DIGIT_WORDS}{LIANG}十百千][{CN_DIGITS}]*"
               rf"(?:(?P<over0>{over})[万亿萬億])?")
    # or a noun phrase that ends in a noun counted without a classifier (units.tsv, category noun), its
    # words joined without a function word: 惠及3600多万农村学生, 960多万建档立卡贫困人口, 130万“老工伤”人员
    heads = words(u for u, (_unit, category) in units().items() if category == "noun")
    stops = "".join(_context_words("noun_phrase_stop"))
    # (2400多万贫困家庭学生: a second head right after the first names the people counted, 家庭 their kind)
    phrase = rf"(?P<np>(?:[^\P{{Han}}{stops}]|[“”]){{0,10}}?(?:{heads})(?:{heads})?)"
    return regex.compile(
        rf"(?:(?P<qb>{qualifiers('before')}){SIGN_GAP})?(?P<num>{arabic}|{chinese})(?P<over>{over})?"
        rf"(?P<qa>{qualifiers('after_amount')})?"
        rf"(?=[，,。；;、：:！？!?）)]|\s*[\[［]\s*\d|和|及|与|$|[减增降升提][少加长低高]?[到至]|{phrase})"
    )


# function words that end a noun phrase before its head (经费300万用于学生: no count of students): the
# noun_phrase_stop characters of lexicons/quantity_contexts.tsv


def parse_bare_scale(m: "regex.Match") -> tuple[int | float, Optional[str]]:
    """``(value, qualifier)`` of a :func:`bare_scale_pattern` match; :class:`NumeralError` when the
    number has no 万 or 亿 (一千六百 alone counts nothing we can name) and is not a colloquial numeral with its last place
    dropped (两千四百五: 2450).

    >>> parse_bare_scale(bare_scale_pattern().search("减少6800多万，")), parse_bare_scale(bare_scale_pattern().search("约一万五千。"))
    ((68000000, 'over'), (15000, 'approx'))
    """
    num = to_simplified(m["num"])
    if "万" not in num and "亿" not in num:
        if not _RE_DROPPED_PLACE.fullmatch(num) or m["np"]:
            raise NumeralError(f"no 万 or 亿 in {num!r}")  # (nor a colloquial 两千四百五 ending its clause)
        if _RE_NOT_DROPPED_BEFORE.search(m.string, max(0, m.start("num") - 2), m.start("num")) or _RE_NOT_DROPPED_AFTER.match(m.string, m.end()):
            raise NumeralError(f"a label or a list, not a count: {num!r}")  # 一百一、一百二
    over = bool(m["over0"] or m["over"] or _RE_OVER_IN_TAIL.search(num))
    num = num.replace("零几", "")  # 一百零几万: over 一百万
    for mark in "余多几":
        num = num.replace(mark, "")
    value = to_number(parse_decimal(num))
    return value, stronger(stronger("over" if over else None, qualifier_of(m["qb"])), qualifier_of(m["qa"]))


def parse_quantity(surface: str) -> tuple[int | float, str, Optional[str], Optional[int | float]]:
    """``(value, unit, qualifier, value_max)`` of a quantity surface.

    >>> parse_quantity("1萬余個")
    (10000, '个', 'over', None)
    >>> parse_quantity("4万套（册）"), parse_quantity("7个多月"), parse_quantity("2-3个")
    ((40000, '套', None, None), (7, '月', 'over', None), (2, '个', None, 3))
    >>> parse_quantity("6400多万名"), parse_quantity("两三天"), parse_quantity("五、六个")
    ((64000000, '名', 'over', None), (2, '天', None, 3), (5, '个', None, 6))
    """
    m = quantity_pattern().fullmatch(to_simplified(surface).replace("\n", "").replace(" ", ""))
    if not m:
        raise NumeralError(f"not a quantity: {surface!r}")
    return read_quantity(m)


# an over-mark inside an Arabic number with two scales (1亿3千多万: ARABIC_SCALE_TAIL)
_RE_OVER_IN_TAIL = regex.compile(rf"(?<=\d亿\S*)[{OVER_MARKS}](?=万)")


def _number(text: str) -> Decimal:
    if "亿" not in text:  # (no over-mark in a tail, no 亿 to split at)
        return parse_decimal(text)
    text = _RE_OVER_IN_TAIL.sub("", text)
    if not text.startswith(("-", "－", "−", "负", "零下")) and any(map(str.isdigit, text)) \
            and text.endswith("万") and text.index("亿") < len(text) - 1:
        head, tail = text.split("亿", 1)  # 1亿2000万
        return parse_decimal(head + "亿") + parse_decimal(tail)
    return parse_decimal(text)


def upper(m: "regex.Match | Groups") -> str:
    """The number a :func:`quantity_pattern` match counts with: the upper end of a range, else its number."""
    return m["num2"] or m["num"]


def upper_start(m: "regex.Match | Groups") -> int:
    return m.start("num2") if m["num2"] else m.start("num")


_THOUSAND_TAKEN = frozenset({"length"})  # 两千米 is 2000 米; 千克 is the kilogram of everyday and legal weights (五千克 = 5 千克)


def _thousand_taken(m: "regex.Match | Groups") -> Optional[str]:
    """The unit left when a Chinese numeral takes the 千 of a unit of length: 两千米 is 2000 米,
    as 三百米至一千米 reads, and 一万两千米 12000 米; the numeral is greedy, as in 两千人. ``None`` where
    千 is no numeral there (二十千米, 八十万千瓦, 3千米: Arabic digits take a scale only by 千 written
    apart, 3千 米), the rest is no unit (千瓦时), or the unit is one read whole: the kilogram of everyday
    and legal weights (五千克 is 5 千克) and technical units (三千瓦, 六千字节, 一千比特: kilowatts,
    kilobytes, kilobits; power, data, energy … are counted in them)."""
    u = m["unit"]
    if not (len(u) > 1 and u[0] == "千" and u[1:] in units() and units()[u[1:]][1] in _THOUSAND_TAKEN
            and not (m["num2"] or m["pause"] or m["scale"] or m["per"])):
        return None
    num = m["num"]  # a digit alone or after 万 or 亿 (两, 一万两): 千 after it is the numeral's own
    return u[1:] if num[-1] in ONES + LIANG and (len(num) == 1 or num[-2] in "万亿") else None


def read_quantity(m: "regex.Match | Groups") -> tuple[int | float, str, Optional[str], Optional[int | float]]:
    """``(value, unit, qualifier, value_max)`` of a :func:`quantity_pattern` match."""
    taken = _thousand_taken(m)
    unit, category = units()[taken or m["unit"]]
    if m["altci"] and unit + "次" in units():  # 辆（艘、架、列）次 → 辆次
        unit, category = units()[unit + "次"]
    if m["zhong"]:  # 三分半钟: 分钟 with the half inside it
        unit, category = units()["分钟"]
    if m["per"]:
        unit += m["per"]  # 万吨/年 → 吨/年, kV/m: a rate, reported as written
    value_max: Optional[Decimal] = None
    rng = approx_range(m["num"]) if not m["num2"] and not m["pause"] else None
    if not m["num2"] and m["num"] == "三五":
        rng = (3, 5)  # 三五天, 三五个: the fixed 概数 three to five, before a classifier too (三五折 is a percent)
    if rng:  # 七八趟, 两三天, 三五百人: a 概数 range
        value, value_max = Decimal(rng[0]), Decimal(rng[1])
    elif m["scale"]:  # 6400多万名, 六亿三千多万平方米: 多 before the scale, read as 6400万, 六亿三千万
        # (一百零几万人: the 零 before 几 goes with it, read as 一百万)
        value = _number((upper(m)[:-1] if m["over0"] == "几" and upper(m).endswith(("零", "〇")) else upper(m)) + m["scale"])
    else:
        value = _number(upper(m) + ("千" if taken else ""))
    if m["pause"]:  # 五、六个: neighbouring digits; 二、三十亿斤: the lower digit takes the upper's scale
        low, lead = parse_decimal(m["pause0"]), parse_decimal(m["num"][0])
        if lead != low + 1:
            raise NumeralError(f"not neighbouring numerals: {m.group()!r}")
        if len(m["num"]) > 1:
            low = _number(m["pause0"] + m["num"][1:])
        value, value_max = low, value
    elif m["num2"]:
        # 5到6百人 → 500..600; 20-50万人 → 200000..500000 (the lower end takes the upper's scale)
        low = shared_scale(m["num"], upper(m), value) or range_low(m["num"], upper(m), value) or _number(m["num"])
        if not low < value and not (m["num2"].startswith(("-", "－", "−")) and low != value):
            raise NumeralError(f"not a range: {m.group()!r}")
        # -3~-5℃, 3~-5℃: a range that ends below zero is written high to low as often as not (as
        # -3℃~-5℃ is, _merge_bounds); it runs from the smaller end
        value, value_max = min(low, value), max(low, value)
    if m["half"] or (m["half2"] and category in _HALVES):
        value += Decimal("0.5")
    elif m["half2"]:
        raise NumeralError(f"半 after a count: {m.group()!r}")
    if m["over3"] and category not in _HALVES:
        raise NumeralError(f"多 after a count: {m.group()!r}")  # 3年多, 5公里多; not 5个多
    qual = stronger(qualifier_of(m["qb"]), qualifier_of(m["qa"]))
    if m["over"] or m["over2"] or m["over0"] or m["over3"] or ("亿" in upper(m) and _RE_OVER_IN_TAIL.search(upper(m))):
        qual = stronger(qual, "over")
    return to_number(value), unit, qual, (to_number(value_max) if value_max is not None else None)
