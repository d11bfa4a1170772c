"""Read numbers as Chinese policy texts write them: Arabic, Chinese, mixed, with 万/亿 scales.

One place for every extractor. :func:`parse_number` reads a bare numeral; :func:`read_qualified`
splits off the approximation and bound words of the fact specification (余/多/约/左右/近/以上 …)
and says which qualifier they give. Chinese numerals written out in full (with 〇 for skipped
places, 万亿) are read here; only colloquial and irregular forms (一万五) go to cn2an.

>>> parse_number("4.1万"), parse_number("三千七百二十八"), parse_number("１２"), parse_number("百")
(41000, 3728, 12, 100)
>>> parse_number("12345.678912万")  # exact: Decimal inside, no rounding
123456789.12
>>> read_qualified("1萬余")
(10000, 'over')
>>> read_qualified("约17400")
(17400, 'approx')
"""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Optional, Union

import regex

from govtext.text.patterns import (ARABIC_PLACES, ARABIC_SCALE_TAIL, CN_DIGITS, SCIENTIFIC, DECIMAL_DIGITS, ONES, OVER_MARKS, SCALES, ZEROS,
                                   not_followed_by, qualifier_words, qualifiers)

__all__ = [
    "CN_DIGITS", "NUMBER_PATTERN", "NumeralError", "approx_range", "bound_before", "verb_bound_before", "parse_decimal", "parse_number",
    "list_before", "range_low", "shared_scale", "read_qualified", "qualifier_of", "stronger", "to_number",
]

_CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
_SCALES = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000,
           "k": 1000, "K": 1000}
_FOLD = str.maketrans({
    "萬": "万", "億": "亿", "兩": "两", "壹": "一", "贰": "二", "叁": "三", "肆": "四", "伍": "五",
    "陆": "六", "柒": "七", "捌": "八", "玖": "九", "拾": "十", "佰": "百", "仟": "千", "零": "〇", "○": "〇",
    **{chr(0xFF10 + i): str(i) for i in range(10)}, "．": ".", "·": ".", "，": ",", "點": "点", "廿": "二十", "卅": "三十", "卌": "四十",
    "俩": "两", "仨": "三",  # colloquial 两个, 三个 (patterns.COLLOQUIAL_NUMERALS): 俩礼拜, 仨月
})
_MINUS = ("-", "－", "−", "负", "零下")  # the signs of patterns.SIGN
# A numeral as it appears in running text: Arabic (with decimals and thousands commas) with an
# optional Chinese scale, or a run of Chinese numeral characters.
NUMBER_PATTERN = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:[{SCALES}萬億]+)?"
    rf"|[{CN_DIGITS}]+"
)
_RE_ARABIC = regex.compile(rf"^(\d+(?:\.\d+)?)([{SCALES}kK]*)$")
_RE_ARABIC_COMPOUND = regex.compile(rf"^(\d+(?:\.\d+)?)([亿万])({ARABIC_SCALE_TAIL})$")  # 1亿2000万, 7万5千
_RE_OVER_IN_TAIL = regex.compile(rf"[{OVER_MARKS}](?=万$)")
# Single Arabic digits each before a Chinese place (5千8百万, 3千2百): read as the Chinese numeral
_RE_DIGIT_SCALES = regex.compile(r"(?:\d[千百十])+\d?[万亿]?")
# Arabic digits before several places (5万4千6百, 5亿1万4千6百): each group and its place
_RE_ARABIC_PLACES = regex.compile(ARABIC_PLACES)
_RE_PLACE_GROUP = regex.compile(r"(\d*)([亿万千百十])")
_PLACE_VALUES = {"亿": 100_000_000, "万": 10_000, "千": 1000, "百": 100, "十": 10}
_RE_SCIENTIFIC = regex.compile(rf"({SCIENTIFIC})")
_RE_SCIENTIFIC_PARTS = regex.compile(r"(\d+(?:\.\d+)?)×10\^?([-−]?\d+)")
_DIGITS_TO_CN = str.maketrans("123456789", ONES)
_RE_GROUP_GAP = regex.compile(r"(?<=[\d.]) (?=\d)")  # 1 250, 36. 5
_RE_CN_NUMERAL = regex.compile(rf"[{CN_DIGITS}]+")
_RE_CN_DECIMAL = regex.compile(rf"([{CN_DIGITS}]+|\d+)点([{DECIMAL_DIGITS}]+)")  # 八点五; 10点五 (said aloud)
_RE_ARABIC_SPOKEN = regex.compile(r"(\d+)点(\d+)")  # 24点5 (调高24点5度)
_RE_OVER_BEFORE_SCALE = regex.compile(rf"^(.*?)([{OVER_MARKS}])([万亿萬億])$")


class NumeralError(ValueError):
    """The string is not a numeral govtext can read."""


def to_number(x: Union[Decimal, int, float]) -> int | float:
    """A value for the records: integral values are ``int`` (``Decimal("40000.0")`` → ``40000``), others
    the ``float`` nearest to the exact value (no rounding to a number of digits).

    >>> to_number(Decimal("40000.0")), to_number(Decimal("123456789.120")), to_number(2.5)
    (40000, 123456789.12, 2.5)
    """
    if isinstance(x, int):
        return x
    if isinstance(x, float):
        return int(x) if x.is_integer() else x
    return int(x) if x == x.to_integral_value() else float(x)


_RE_SECTION = regex.compile(rf"(?:([{ONES}])千)?(?:([{ONES}])百)?(?:([{ONES}])?十)?([{ONES}])?")
_RE_GROUPS = regex.compile(r"(?:([^亿万]+)亿)?(?:([^亿万]+)万)?([^亿万]*)")


def _section(s: str, first: bool) -> Optional[int]:
    """A section below 万 written in full (三千七百二十八), or ``None``; a bare leading 十 only first."""
    m = _RE_SECTION.fullmatch(s)
    if not s or not m:
        return None
    qian, bai, shi, ge = m.groups()
    has_shi = "十" in s
    if shi is None and has_shi and not (first and s.startswith("十")):
        return None  # 一百十: not the written-out form
    if (qian and not bai and (has_shi or ge)) or (bai and ge and not has_shi):
        return None  # a gap needs 零 (一千零八); leave such forms to cn2an
    value = sum(_DIGIT[d] * u for d, u in ((qian, 1000), (bai, 100)) if d)
    return value + (_DIGIT[shi] if shi else 1) * 10 * has_shi + (_DIGIT[ge] if ge else 0)


def _standard_numeral(s: str) -> Optional[int]:
    """Value of a Chinese numeral in its standard written-out form (三千七百二十八, 一亿二千万,
    十二万), or ``None`` for anything else (零 gaps, 一万五, digit strings), which cn2an reads."""
    m = _RE_GROUPS.fullmatch(s)
    if not m or not s or (m[1] and m[3] and not m[2]):
        return None  # 五亿三千 skips the 万 group: written with 零, read by cn2an
    total, first = 0, True
    for group, unit in zip(m.groups(), (100_000_000, 10_000, 1)):
        if not group:
            continue
        if not first and "千" not in group:
            return None  # 一万五, 一万零五: colloquial or gapped
        value = _section(group, first)
        if value is None:
            return None
        total, first = total + value * unit, False
    return None if first else total


_DIGIT = {c: i for i, c in enumerate("〇" + ONES)}
_PLACES = {"千": 3, "百": 2, "十": 1}
# Forms cn2an refuses too, known without importing it (fuzzed against cn2an): 二三十万, 一百五六十
# (two neighbouring digits before the last scales: a range), 一亿六千
# (thousands, or thousands and hundreds, after 亿 with no 万 group and no 〇)
_RE_NEIGHBOURS = regex.compile(
    rf"(?:(?:^|[{SCALES}])[{ONES}]{{2}}[{SCALES}]{{1,2}}|万万|亿亿|亿[{ONES}]千(?:[{ONES}]百)?)$")


def _gapped_section(s: str, first: bool) -> Optional[int]:
    """A section below 万 (1 to 9999) whose skipped places are written with one 〇 each
    (六百〇三, 一千〇八十), or ``None``; a bare 十 first or after 百 (四百十一)."""
    pairs: list[tuple[int, int]] = []  # (digit, place)
    zeros: list[int] = []  # the number of pairs read when each 〇 came
    i = 0
    while i < len(s):
        c = s[i]
        if c == "〇":
            zeros.append(len(pairs))
            i += 1
        elif c in ONES:
            place = _PLACES.get(s[i + 1], -1) if i + 1 < len(s) else 0
            if place < 0:
                return None
            pairs.append((_DIGIT[c], place))
            i += 2 if place else 1
        elif c == "十" and ((i == 0 and first) or (pairs and pairs[-1][1] == 2)
                           or (pairs and zeros and zeros[-1] == len(pairs) and s[i - 1] == "〇")):
            pairs.append((1, 1))  # 十二; 四百十一, as 四百一十一; 二千〇十七, as 二千〇一十七
            i += 1
        else:
            return None
    if not pairs or any(a[1] <= b[1] for a, b in zip(pairs, pairs[1:])):
        return None
    # a 〇 exactly between two places with a place skipped, one each
    gaps = [n for n, (a, b) in enumerate(zip(pairs, pairs[1:]), 1) if a[1] - b[1] > 1]
    if zeros != gaps:
        return None
    return sum(d * 10 ** p for d, p in pairs)


def _gapped_below_yi(s: str, first: bool) -> Optional[int]:
    """1 to 99,999,999 with 〇 gaps (二百〇五万四千, 六百〇三万), or ``None``."""
    head, wan, tail = s.partition("万")
    if not wan:
        return _gapped_section(s, first)
    high = _gapped_section(head, first)
    if high is None:
        return None
    if not tail:
        return high * 10_000
    low = _gapped_section(tail[1:], True) if tail[0] == "〇" else _gapped_section(tail, False)  # 一万〇十二
    # a 〇 after a 万 group that ends in a zero is said too (一百二十万〇三千: 1,203,000, its 万 place empty)
    if low is None or (tail[0] == "〇") != (low < 1000 or high % 10 == 0):
        return None  # 一万五 (colloquial) and a 〇 where no place is skipped: left to cn2an
    return high * 10_000 + low


def _gapped_numeral(s: str) -> Optional[int]:
    """Value of a Chinese numeral written out with 〇 for the skipped places (六百〇三亿,
    二亿〇七百万, 二百〇五万四千) or with 万亿 (一万三千亿), or ``None`` (cn2an reads the rest)."""
    if s == "〇":
        return 0
    head, yi, tail = s.partition("亿")
    if not yi:
        return _gapped_below_yi(s, True)
    high = _gapped_below_yi(head, True)
    if high is None or "亿" in tail:
        return None
    if not tail:
        return high * 100_000_000
    low = _gapped_below_yi(tail[1:], False) if tail[0] == "〇" else _gapped_below_yi(tail, False)
    if low is None or (tail[0] == "〇") != (low < 10_000_000):
        return None
    return high * 100_000_000 + low


def _cn_to_int(s: str) -> float:
    """Chinese numerals without cn2an's strictness about a leading 十/百 (``百`` → 100)."""

    s = s.replace("万万", "亿")  # 六万万人民, 四万万五千万: the old 万万 for 亿
    if s and s[0] in SCALES[1:]:  # 百, 千, 万, 亿 alone mean one of them
        s = "一" + s
    if s in ("两",):
        return 2
    if approx_range(s):
        raise NumeralError(f"an approximate range, not one number: {s!r}")
    s2 = s.replace("两", "二")
    if all(c in _DIGIT for c in s) and len(s) > 1:
        # digit-by-digit numerals (二〇一四) read positionally
        return int("".join(str(_DIGIT[c]) for c in s2))
    value = _standard_numeral(s2)
    if value is None:
        value = _gapped_numeral(s2)
    if value is not None:
        return value
    if _RE_NEIGHBOURS.search(s2):
        raise NumeralError(f"not one number cn2an reads: {s!r}")  # 二三十万, 五六百, 六万万
    import cn2an  # deferred and rare: the standard forms are read above

    try:
        return cn2an.cn2an(s2, "smart")
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise NumeralError(f"not a Chinese numeral: {s!r}") from exc




def approx_range(text: str) -> tuple[int, int] | None:
    """Two neighbouring Chinese digits are an approximate range (概数), not a two-digit number; a
    scale after them scales both ends (三五百 is the fixed 概数 three to five hundred).

    >>> approx_range("七八"), approx_range("两三"), approx_range("二〇"), approx_range("十八")
    ((7, 8), (2, 3), None, None)
    >>> approx_range("八九亿"), approx_range("三五百"), approx_range("七八十"), approx_range("三五")
    ((800000000, 900000000), (300, 500), (70, 80), None)
    """
    s = text.strip().translate(_FOLD)
    if s.startswith("三两"):
        s = "两三" + s[2:]  # 三两天: two or three days, as 两三天
    s = s.replace("两", "二")
    head, tail = s[:2], s[2:]
    if len(head) < 2 or head[0] not in ONES or head[1] not in ONES or any(c not in _CN_UNITS for c in tail):
        return _range_after_prefix(s)
    lo, hi = ONES.index(head[0]) + 1, ONES.index(head[1]) + 1
    if hi != lo + 1 and not (tail and (lo, hi) == (3, 5)):
        return None
    scale = 1
    for c in tail:
        scale *= _CN_UNITS[c]
    return lo * scale, hi * scale


_RE_PREFIXED_PAIR = regex.compile(rf"(?P<prefix>[{ONES}]?[十百千])(?P<pair>[{ONES}]{{2}})(?P<small>[十百]?)(?P<big>[万亿]?)")


def _range_after_prefix(s: str) -> tuple[int, int] | None:
    """The 概数 after a round part (十五六 15–16, 二十五六岁, 一百五六十 150–160, 十五六万, 三千五六百万): the two
    neighbouring digits take the place below the round part (一百五六: 150–160, as 一百五 is 150); a 万 or
    亿 after them scales the whole.

    >>> _range_after_prefix("十五六"), _range_after_prefix("一百五六十"), _range_after_prefix("十五六万")
    ((15, 16), (150, 160), (150000, 160000))
    >>> _range_after_prefix("三千五六百万"), _range_after_prefix("一百五六"), _range_after_prefix("十五七")
    ((35000000, 36000000), (150, 160), None)
    """
    m = _RE_PREFIXED_PAIR.fullmatch(s)
    if not m:
        return None
    lo, hi = ONES.index(m["pair"][0]) + 1, ONES.index(m["pair"][1]) + 1
    if hi != lo + 1:
        return None
    prefix = m["prefix"] if m["prefix"][0] in ONES else "一" + m["prefix"]
    round_part = (ONES.index(prefix[0]) + 1) * _CN_UNITS[prefix[1]]
    place = _CN_UNITS[m["small"]] if m["small"] else _CN_UNITS[prefix[1]] // 10
    if place * 10 != _CN_UNITS[prefix[1]]:
        return None  # 一百五六 (no place below 百 named), 一千五六十 (a place skipped)
    big = _CN_UNITS[m["big"]] if m["big"] else 1
    return (round_part + lo * place) * big, (round_part + hi * place) * big


@lru_cache(maxsize=4096)
def parse_decimal(text: str) -> Decimal:
    """Exact value of a bare numeral: ``14169``, ``4.24``, ``4.1万``, ``1,200``, ``两``, ``百``, ``二〇一四``, ``八点五``.

    >>> parse_decimal("4.1万"), parse_decimal("八点五"), parse_decimal("十二点零五")
    (Decimal('41000.0'), Decimal('8.5'), Decimal('12.05'))

    A minus (``-3.8``, ``负13.5``, ``零下5``), thousands grouped by ``,`` ``，`` or a space
    (``12，480.50``, ``1 250``), a space left after the point (``36. 5``), ``k`` for thousands and
    a number with two scales (``1亿2000万``, ``7万5千``, ``1万2000``) is read too:

    >>> parse_decimal("负13.5"), parse_decimal("12，480.50"), parse_decimal("1 250"), parse_decimal("1亿2000万")
    (Decimal('-13.5'), Decimal('12480.50'), Decimal('1250'), Decimal('120000000'))
    >>> parse_decimal("7万5千"), parse_decimal("1万2000"), parse_decimal("2亿3千万")
    (Decimal('75000'), Decimal('12000'), Decimal('230000000'))
    """
    s = text.strip()
    for minus in _MINUS:
        if s.startswith(minus) and len(s) > len(minus):
            return -parse_decimal(s[len(minus):])
    s = s.translate(_FOLD).replace(",", "")
    if not s:
        raise NumeralError("empty numeral")
    if " " in s:
        s = _RE_GROUP_GAP.sub("", s)
    m = _RE_ARABIC_COMPOUND.match(s)
    if m:  # 1亿2000万, 1亿3千多万 (the over-mark is the reader's qualifier), 2亿5千8百万
        # (3亿五千万, 15万两千: the lower part in Chinese numerals; 2万零三百: its 〇 only marks the skipped places)
        return Decimal(m[1]) * _SCALES[m[2]] + parse_decimal(_RE_OVER_IN_TAIL.sub("", m[3]).lstrip(ZEROS))
    if _RE_ARABIC_PLACES.fullmatch(s) and len(_RE_PLACE_GROUP.findall(s)) >= 2:  # 5万4千6百, 5亿1万4千6百
        return _arabic_places(s)
    m = _RE_SCIENTIFIC_PARTS.fullmatch(s)
    if m and _RE_SCIENTIFIC.fullmatch(s):  # 3.7×1013 (a superscript lost), 3.7×10^13
        return Decimal(m[1]).scaleb(int(m[2].replace("−", "-")))
    if _RE_DIGIT_SCALES.fullmatch(s):  # 5千8百万, 3千2百: Arabic digits with Chinese places
        return _decimal(_cn_to_int(s.translate(_DIGITS_TO_CN)))
    m = _RE_ARABIC.match(s)
    if m:
        value = Decimal(m.group(1))
        for ch in m.group(2):
            value *= _SCALES[ch]
        return value
    if _RE_CN_NUMERAL.fullmatch(s):
        return _decimal(_cn_to_int(s))
    m = _RE_ARABIC_SPOKEN.fullmatch(s)
    if m:  # 24点5: Arabic decimals said after 点
        return Decimal(f"{m[1]}.{m[2]}")
    m = _RE_CN_DECIMAL.fullmatch(s)
    if m:  # 八点五, 十二点三五: the decimals are read digit by digit
        decimals = "".join(str(_cn_to_int(c)) if c not in ZEROS else "0" for c in m[2])
        whole = m[1] if m[1].isdigit() else _cn_to_int(m[1])
        return Decimal(f"{whole}.{decimals}")
    # mixed: Arabic digits followed by Chinese units, e.g. 3千2百 (rare)
    raise NumeralError(f"not a numeral: {text!r}")


def _arabic_places(s: str) -> Decimal:
    """The value of Arabic digits before Chinese places (:data:`~govtext.text.patterns.ARABIC_PLACES`):
    the places below 万 add up into a section, 万 and 亿 scale the section (and, for 亿, all before it)."""
    total, section = Decimal(0), Decimal(0)
    for digits, place in _RE_PLACE_GROUP.findall(s):
        if place == "亿":
            total, section = (total + section + Decimal(digits or 0)) * _PLACE_VALUES[place], Decimal(0)
        elif place == "万":
            total, section = total + (section + Decimal(digits or 0)) * _PLACE_VALUES[place], Decimal(0)
        else:
            section += Decimal(digits) * _PLACE_VALUES[place]
    return total + section


def _decimal(x: Union[int, float]) -> Decimal:
    return Decimal(x) if isinstance(x, int) else Decimal(repr(x))


def parse_number(text: str) -> int | float:
    """Value of a bare numeral for the records (:func:`parse_decimal`, then :func:`to_number`).

    >>> parse_number("八点五"), parse_number("十二点零五"), parse_number("0.1万")
    (8.5, 12.05, 1000)
    """
    return to_number(parse_decimal(text))


_STRENGTH = {None: 0, "approx": 1, "over": 2, "under": 2, "at_least": 3, "at_most": 3}


def stronger(a: str | None, b: str | None) -> str | None:
    """The qualifier that wins when two apply: ``至少5次以上`` → ``at_least`` (spec)."""
    return a if _STRENGTH[a] >= _STRENGTH[b] else b


def read_qualified(text: str) -> tuple[int | float, str | None]:
    """Split qualifier words off a numeral: ``约17400`` → ``(17400, 'approx')``."""
    s = text.strip()
    qual: str | None = None
    changed = True
    while changed and s:
        changed = False
        for word, q, pos, _guard in qualifier_words():
            if pos in ("before", "both") and s.startswith(word) and len(s) > len(word):
                s, qual, changed = s[len(word):], stronger(qual, q), True
                break
            if pos in ("after", "both") and s.endswith(word) and len(s) > len(word):
                s, qual, changed = s[: -len(word)], stronger(qual, q), True
                break
    # 余/多 may also sit before the scale: 1萬余 is after; 1余万 is rare but seen
    m = _RE_OVER_BEFORE_SCALE.match(s)
    if m and m.group(1):
        s, qual = m.group(1) + m.group(3), stronger(qual, "over")
    return parse_number(s), qual


def qualifier_of(word: str | None) -> str | None:
    """The qualifier a single word gives (``左右`` → ``approx``), or ``None``."""
    return _qualifier_of_word().get(word) if word else None


def opens_upper_bound(text: str, pos: int) -> bool:
    """Whether a word that bounds the number after it from above (不满, 不足, 未满, 不超过 …:
    ``under`` or ``at_most`` words before a number) starts at ``pos``: the upper end of a range whose
    lower end closes with 以上 (``三十元以上不满一百元``).

    >>> opens_upper_bound("不满一百元", 0), opens_upper_bound("一百元", 0)
    (True, False)
    """
    m = _upper_before().match(text, pos)
    return bool(m) and qualifier_of(m.group()) in ("under", "at_most")


@lru_cache(maxsize=1)
def _upper_before() -> regex.Pattern:
    """The qualifier words before a number, with their guards (:func:`govtext.text.patterns.qualifiers`);
    :func:`opens_upper_bound` keeps those that bound it from above."""
    return regex.compile(qualifiers("before"))


@lru_cache(maxsize=1)
def _qualifier_of_word() -> dict[str, str]:
    """Word → its qualifier: the first row of :func:`qualifier_words` that has the word."""
    out: dict[str, str] = {}
    for w, q, _pos, _guard in qualifier_words():
        out.setdefault(w, q)
    return out


_RE_HAN = regex.compile(r"\p{Han}")


@lru_cache(maxsize=1)
def _bound_rows() -> tuple[tuple[str, str, str, str], ...]:
    # a comparison sign (≥, ≤) bounds only the number right after it (分辨率≤5μT@3T: 3T is no bound)
    return tuple(r for r in qualifier_words()
                 if (r[1] in ("at_least", "at_most") and r[2] in ("before", "both") or r[2] == "verb")
                 and _RE_HAN.search(r[0]))


@lru_cache(maxsize=2)
def _bound_words(loose: bool) -> "regex.Pattern":
    """The bound words (at_least, at_most) that may stand before the number, each with its guard and
    the gap allowed before the number: the rest of the clause for a plain bound (至少结对帮扶1个,
    至少开展1次集中学习讨论、看1次专题教育片); for a superlative (最高, 最长) only a copula (最长为90日), or, for money,
    a short verb (每年最高补贴100万元) — 最低气温零下5摄氏度 is no bound."""
    plain, sup, verbs = [], [], []
    for i, (w, _q, pos, g) in enumerate(_bound_rows()):
        group = verbs if pos == "verb" else sup if w.startswith("最") else plain
        group.append(f"(?P<w{i}>{regex.escape(w)}{not_followed_by(g)})")
    gap = rf"[^，。；：！？,;:!?\n]{{0,{_BOUND_GAP}}}"
    sup_gap = rf"(?:为|达|可达|达到|可)?" if not loose else rf"[^\d，。；：！？,;:!?\n]{{0,2}}"
    alts = [rf"(?:{'|'.join(plain)}){gap}", rf"(?:{'|'.join(sup)}){sup_gap}"]
    if verbs:
        alts.append(rf"(?:{'|'.join(verbs)})了?")  # 突破万亿元: the verb right before the number
    return regex.compile(rf"(?:{'|'.join(alts)})$")


_BOUND_GAP = 40  # a plain bound holds for its whole clause: 至少开展1次集中学习讨论、看1次专题教育片
_CLAUSE_MARKS = "，。；：！？,;:!?\n"
_NUMBER_BETWEEN = regex.compile(rf"\d|[{CN_DIGITS}]{{2}}")  # another number: a digit (any width) or two numerals


def bound_before(text: str, pos: int, loose: bool = False, own: bool = False) -> str | None:
    """A bound stated a few characters before the number, in its clause: ``至少结对帮扶1个`` →
    ``'at_least'``, ``最长为90日`` → ``'at_most'``, ``突破万亿元`` → ``'over'``; with ``loose`` (amounts of money) a superlative
    bound may stand before a short verb: ``每年最高补贴100万元`` → ``'at_most'`` (the words of
    ``qualifiers.tsv``). A plain bound holds for every number of its clause (``至少开展1次…、看1次…``);
    with ``own`` (the number has a bound of its own: ``小于二百头``) only when no other number stands
    between (``大于等于二十头小于二百头``: 大于等于 bounds 二十头).

    >>> bound_before("每个单位每年最高补贴100万元", 10, loose=True), bound_before("每年补贴100万元", 6)
    ('at_most', None)
    >>> bound_before("至少结对帮扶1个", 6), bound_before("最低气温零下5摄氏度", 4)
    ('at_least', None)
    >>> bound_before("大于等于二十头小于二百头", 7), bound_before("大于等于二十头小于二百头", 7, own=True)
    ('at_least', None)
    """
    start = max(0, pos - _BOUND_GAP - 8)
    for i in range(pos - 1, start - 1, -1):
        if text[i] in _CLAUSE_MARKS:
            start = i + 1
            break
    m = _bound_words(loose).search(text, start, pos)
    if not m:
        return None
    for i, row in enumerate(_bound_rows()):
        if m[f"w{i}"]:
            if own and _NUMBER_BETWEEN.search(text, m.end(f"w{i}"), pos):
                return None  # 大于等于二十头小于二百头: the bound is the number's between
            return row[1]
    return None


@lru_cache(maxsize=1)
def _verb_rows() -> tuple:
    return tuple(r for r in qualifier_words() if r[2] == "verb")


@lru_cache(maxsize=1)
def _verb_bounds() -> "regex.Pattern":
    return regex.compile("(?:" + "|".join(f"(?P<w{i}>{regex.escape(w)}{not_followed_by(g)})" for i, (w, _q, _p, g) in enumerate(_verb_rows()))
                         + ")了?$")


def verb_bound_before(text: str, pos: int) -> str | None:
    """The qualifier of a ``verb`` word of ``qualifiers.tsv`` right before the number at ``pos`` (the
    bound of a percentage, which takes no bound from further back in its clause): ``占比约为30%`` →
    ``'approx'``, ``突破90%`` → ``'over'``.

    >>> verb_bound_before("占比约为30%", 4), verb_bound_before("占比为30%", 3)
    ('approx', None)
    """
    m = _verb_bounds().search(text, max(0, pos - 8), pos)
    if not m:
        return None
    rows = _verb_rows()
    return next(rows[i][1] for i in range(len(rows)) if m[f"w{i}"])


def _trailing_scale(high: str, tens: bool = True) -> Decimal:
    """The scale written at the end of a range's upper end: 50万 → 万, 三十万 → 万, 3百 → 百, 三仟 → 千,
    二十 → 十 (only with ``tens``)."""
    s = high.strip().translate(_FOLD)
    tail = ""
    for c in reversed(s):
        if c in "万亿kK":
            tail = c + tail
        else:
            break
    if not tail and len(s) == 2 and s[1] in ("十百千" if tens else "百千") and (s[0].isdigit() or s[0] in ONES + "两"):
        tail = s[1]  # 3百, 三千: one digit and its scale
    out = Decimal(1)
    for c in tail:
        out *= _SCALES[c]
    return out


_RE_ONE_DIGIT_SCALED = regex.compile(rf"[1-9{ONES}两][十百千][万亿]*")  # one digit and the scales after it
_RE_ONE_DIGIT = regex.compile(rf"[1-9{ONES}两]")  # 1-9, 一-九, 两: not 十, not two digits
_ONE = ("一", "1")  # a lower end that never takes a 十 place (一十 is written 十)


def shared_scale(low: str, high: str, high_value: Decimal) -> Decimal | None:
    """A single digit (1-9, 一-九, 两) before a range's upper end written as one digit and its scales
    takes them all when that keeps it below the upper end (八到九百亿 → 80000000000, 5到6百人 → 500),
    else ``None``: 十 or a longer lower end keeps its own reading (十至二十个, 20-50万), and so does a
    digit that the scales would lift to or above the upper end (五至二十人, 五至二十万元).

    >>> shared_scale("5", "6百", Decimal(600)), shared_scale("5", "600", Decimal(600))
    (Decimal('500'), None)
    >>> shared_scale("十", "二十", Decimal(20)), shared_scale("五", "二十", Decimal(20)), shared_scale("五", "二十万", Decimal(200000))
    (None, None, None)
    """
    s, h = low.strip().translate(_FOLD), high.strip().translate(_FOLD)
    if not _RE_ONE_DIGIT.fullmatch(s) or not _RE_ONE_DIGIT_SCALED.fullmatch(h):
        return None
    if s in _ONE and h[1] == "十":
        return None  # ten is not written 一十: 一至二十个 is 1 to 20
    value = parse_decimal(s) * high_value / parse_decimal(h[0])
    return value if value < high_value else None


def range_low(low: str, high: str, high_value: Decimal, carry: bool = True) -> Decimal | None:
    """The value of a range's lower end ``low`` before ``high`` (worth ``high_value``), or ``None`` when
    ``low`` is no lower end. Written without a scale of its own, the lower end takes the upper end's
    scale when that keeps it below (20-50万 → 200000, 两到三仟 → 2000, 十八至三十万 → 180000, and a
    single digit before one digit and its scales takes them all: 八到九百亿 → 80000000000; but
    8500到3万 → 8500; not when ``carry`` is false: 20元至50万元); the lower end must be below the
    upper and of its order (1-3000 is no range).

    >>> range_low("20", "50万", Decimal(500000)), range_low("8500", "3万", Decimal(30000)), range_low("1", "3000", Decimal(3000))
    (Decimal('200000'), Decimal('8500'), None)
    >>> range_low("八", "九百亿", Decimal(90000000000)), range_low("两", "三百万", Decimal(3000000))
    (Decimal('80000000000'), Decimal('2000000'))
    >>> range_low("一", "二十", Decimal(20)), range_low("一", "二十万", Decimal(200000))
    (Decimal('1'), Decimal('10000'))
    >>> shared_scale("一", "二十", Decimal(20)), shared_scale("一", "两百", Decimal(200))
    (None, Decimal('100'))
    """
    value = parse_decimal(low)
    s = low.strip().translate(_FOLD)
    if carry and not any(c in "万亿kK" for c in s) and not (any(c.isdigit() for c in s) and any(c in SCALES for c in s)):
        carried = value * _trailing_scale(high, tens=s not in _ONE)
        carried = shared_scale(low, high, high_value) or carried  # 八到九百亿 → 800亿, 两到三百万 → 200万
        if carried <= high_value:
            value = carried
    if high_value / 100 <= value < high_value:
        return value
    return None


_RE_LIST_ITEM = regex.compile(r"(?<![\d.，,])(\d+(?:\.\d+)?)([万亿]?)(?:、|和|及|与|或)$")


def list_before(text: str, num_start: int, last: str, distributive: bool) -> list[tuple[int, int, str]]:
    """Numbers listed right before the number at ``num_start`` (written ``last``) that share its unit,
    as ``(start, end, numeral)`` in text order: ``净减少10.6万、3.8万、3.3万平方公里`` (each with the
    last one's scale), ``分别为30万和45万元``. A plain list (3、5、8个) counts only after 分别
    (``distributive``): 1、2个月 is a list number and a count.

    >>> t = "净减少10.6万、3.8万、3.3万平方公里"
    >>> list_before(t, 14, "3.3万", False)
    [(3, 8, '10.6万'), (9, 13, '3.8万')]
    """
    scale = last[-1] if last and last[-1] in "万亿" else ""
    if not scale and not distributive:
        return []
    out: list[tuple[int, int, str]] = []
    pos = num_start
    while True:
        m = _RE_LIST_ITEM.search(text, max(0, pos - 20), pos)
        if not m or m[2] != scale:
            break
        out.append((m.start(), m.end(2), m[1] + m[2]))
        pos = m.start()
    return out[::-1]
