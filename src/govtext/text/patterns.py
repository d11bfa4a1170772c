"""Pattern fragments shared by every recogniser: one place for each shape govtext reads.

Numeral characters (:data:`ONES`, :data:`CN_DIGITS` …), the shape of an Arabic number, the
qualifier words by position (``lexicons/qualifiers.tsv``), range dashes, the document number, and
the guard of a lexicon's ``not_followed_by`` column. Extractors and readers compose these; none
spells a digit class or a qualifier list of its own.

>>> DOC_NUMBER.search("某政发〔2014〕5号")["serial"]
'5'
>>> regex.match("增加" + not_followed_by("值|率"), "增加值") is None
True
>>> regex.fullmatch(ARABIC_NUMBER, "1,200.5") is not None, regex.fullmatch(f"[{CN_DIGITS}]+", "三千七百") is not None
(True, True)
>>> regex.fullmatch(range_words(), "～") is not None, regex.fullmatch(range_words(), "和") is None
(True, True)
>>> qualifiers("after_amount")
'(?:及以(?:上|下)|或以(?:上|下)|左右|上下(?!班|游|级|铺|楼|车|文)|以(?:上|下|内)|许(?!可|多|诺|久))'
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator, Union

import regex

from govtext.lexicons import load_rows, split_alts
from govtext.text import fastre

__all__ = [
    "ARABIC_NUMBER", "ARABIC_SCALE_TAIL", "ARCHAIC_TENS", "BOUNDS_JOINER", "CAPITAL_DIGITS", "CAPITALS", "CN_DIGITS", "CN_NUMBER", "DATE_NUMERALS", "DECIMAL_DIGITS", "DIGIT_WORDS", "DOC_NUMBER", "DOC_NUMBER_SERIALS", "doc_number_serials_in", "doc_numbers_in", "era_date_spans", "file_name_spans", "finditer_at", "finditer_near", "Groups", "HALF_AFTER_UNIT", "identifier_spans", "INCLUSIVE", "latin_tail_guard", "LIANG", "not_followed_by", "not_preceded_by", "number_start_chars", "number_starts", "NUMERAL_CHARS", "ONES", "ORDER_NUMBER", "order_numbers_in", "ORDINAL_NUMERALS", "OVER_MARK", "OVER_MARKS", "plan_bounds", "qualifier_words", "qualifiers", "range_word_list", "range_words", "SCALES", "SIGN", "SIGN_GAP", "SIGN_STARTS", "SMALL_NUMERALS", "TOLERANCE", "trie", "VAGUE_BEFORE", "words", "YEAR_FIRST_DOC_NUMBER", "YEAR_ZEROS", "ZERO_VARIANTS", "ZEROS",
]

# ---------------------------------------------------------------- numeral characters
ONES = "一二三四五六七八九"                      # 1 to 9
ZEROS = "〇零"
ZERO_VARIANTS = ZEROS + "○"                      # a year may write zero as a circle: 二○一四
YEAR_ZEROS = ZERO_VARIANTS + "0"                 # or as a digit among Chinese digits: 二0一0年, 二０２０年 (folded)
LIANG = "两"                                     # 2 before a classifier or scale
SCALES = "十百千万亿"
CAPITALS = "壹贰叁肆伍陆柒捌玖拾佰仟萬億兩"        # financial (大写) forms and traditional scales
DIGIT_WORDS = ZEROS + ONES                       # read digit by digit: 二〇一四, 点五
SMALL_NUMERALS = ONES + "十"                     # 一 to 十: counts of parts, 七成, 三分之一
NUMERAL_CHARS = ZEROS + ONES + LIANG + SCALES     # the everyday Chinese numeral characters
ARCHAIC_TENS = "廿卅卌"                            # 20, 30, 40 in one character: 廿五人, 卅六名 (read as 二十 …)
CN_DIGITS = NUMERAL_CHARS + CAPITALS + ARCHAIC_TENS  # any Chinese numeral character
OVER_MARKS = "余多"                              # 500余万, 1万多: read in place by the number grammar
# 几 after a ten is an over-mark too (十几个, 二十几名, 十几万元: more than ten, as 十多); 几 or 数 before
# a numeral makes it a vague magnitude (几十个, 数十万人, 数百亿元): no number is written, so no value
# (a noun ending in 数 before a count is no such marker: 人数十二, 总数三百).
# 零几 after a hundred or a thousand before 万/亿 is over that round number too (一百零几万人: a million and a
# few ten thousands; not 两千零几年, the years after 2000)
OVER_MARK = rf"(?:[{OVER_MARKS}]|(?<=十)几|(?<=[百千]零)几(?=[万亿]))"
VAGUE_BEFORE = r"(?<!几)(?<!(?<![人总次户件个票岁天台家条字项页])数)"

CAPITAL_DIGITS = "壹贰叁肆伍陆柒捌玖"               # 1 to 9 in financial form (read after 点 too)
DECIMAL_DIGITS = DIGIT_WORDS + CAPITAL_DIGITS      # the digits after 点: 八点五, 五十六点叁叁
DATE_NUMERALS = ZERO_VARIANTS + SMALL_NUMERALS     # a date written in words: 二○一四年十二月三十一日
ORDINAL_NUMERALS = DIGIT_WORDS + "十百"            # after 第 in a part, session or meeting: 第十三届, 第一百零五条

# ---------------------------------------------------------------- numbers
# An Arabic number, never starting inside a longer number: thousands grouped by an ASCII or a
# full-width comma (1,250 / 12，480 / 233,333，333: old work reports and web pages print both) or by
# one space (1 250), or a plain run; decimals after the point. A space that web or PDF conversion
# left after the point (36. 5) is read too, except where the number opens a line (a list's "1. ").
_ARABIC_INT = r"(?:\d{1,3}(?:[,，]\d{3})+(?!\d)|\d{1,3}(?: \d{3})+(?![\d.])|\d+)"
# A middle dot stands for the point before a percent sign in some 1990s reports (增长19·5％); elsewhere a
# dot between numbers names an event (“4·11”森林火灾): no number starts after it.
ARABIC_NUMBER = rf"(?<![\d.·])(?:\d+·\d+(?=[%％])|{_ARABIC_INT}(?:\.\d+)?|(?<!\s)\d+\. \d+)"
# The lower part of an Arabic number written with two scales, right after the first scale: 1亿2000万,
# 2亿3千万 after 亿; 7万5千, 1万2000 (a group of three or four digits) after 万. News print counts and
# amounts so (共有7万5千名志愿者, 奖励1万2千元); read by :func:`govtext.text.numerals.parse_decimal`.
# After 亿 the lower part may be written digit and scale by digit and scale (2亿5千8百万) and carry an
# over-mark before its 万 (1亿3千多万: more than 130 million, as 1亿3千万 with 多).
# The lower part may be written in Chinese numerals (an Arabic group, then the rest said in words: 15万两千多人次,
# 3亿五千万元, 1亿两千万人次, 2万零三百): a section with a 千 or 百 place (a 〇 first where places are skipped),
# before 万 after 亿.
_CN_LOWER_SECTION = rf"[{ZEROS}]?[{ONES}{LIANG}][千百][{ZEROS}{ONES}十百]*"
ARABIC_SCALE_TAIL = (r"(?:(?<=\d亿)(?:\d{1,4}(?:\.\d+)?[余多]?万|\d千(?:\d百)?[余多]?万|" + _CN_LOWER_SECTION + r"[余多]?万)"
                     r"|(?<=\d万)(?:\d千|\d{3,4}(?![\d.,，]|\s\d)|" + _CN_LOWER_SECTION + r"))")
# A Chinese numeral run (not starting inside a longer one), with decimals read digit by digit after
# 点 (二十四点五, 拾万零五十六点叁叁).
CN_NUMBER = rf"(?<![{CN_DIGITS}])[{CN_DIGITS}]+(?:点[{DECIMAL_DIGITS}]+)?"
# A minus before a number: 负 (负13.5千米, 百分之负三点八), 零下 (零下5摄氏度), or a minus sign right
# before the digits that follows no digit, letter, closing bracket, percent sign or dash (增长-3.8%;
# not 2019-2020, 5%-8%, GDP-3); 负 ending a word is no sign (减负1000亿元, 担负, 胜负, 抱负).
SIGN = r"(?:(?<![减担胜抱自欺肩辜背身])负|零下|(?<![0-9A-Za-z.%)）\]\-－—–~～])[-－−](?=\d))"
SIGN_STARTS = "负零-－−"  # the characters a SIGN starts with
# ± before a number states a tolerance or a symmetric range (±1000A, ≤±1.5kPa, ±3%): the value is the
# number written, the sign stays in the span.
TOLERANCE = "±"
# One space may stand between a comparison sign (≥, ≤, ＜ …: qualifier rows written as signs) and its
# number (≥ 3项, ≤ 5%); after a word (不少于 3个) the normalized text has no space left to read.
SIGN_GAP = rf"(?:(?<!\p{{Han}}) (?=[\d{TOLERANCE}]))?"
# 含 in brackets after an amount or a range's lower end: 1万（含）-5万元, 50万元（含）以上.
INCLUSIVE = r"[（(]含[）)]"
# Between the lower bound (…以上) and the upper bound (…以下) of one range: nothing, 、 or a comma
# (2万元以上10万元以下, 500元以上、5000元以下, 1万元以上，5万元以下: one range, issue 14 decision 3).
BOUNDS_JOINER = r"[、，,]?"
# 半 after a unit adds one half (两天半, 3年半, 三斤半, 两年半全面建成, 3年半前, 7天半以来), except where
# it opens a word of its own (3天半价, 两年半导体, 半天, 半数, 半岛, 半成品, 半决赛 …): the second
# characters of the words 半 opens.
HALF_AFTER_UNIT = r"半(?![导价数岛径天日夜场途边山壁成决自封月年小个身截空拉职脱劳休票额程坡圆球旗仙生晌辈路新熟干湿开官饱信斤两米吨])"


def words(alternatives: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first, in their order otherwise (``(?!)`` for none)."""
    unique = list(dict.fromkeys(alternatives))
    return "|".join(regex.escape(w) for w in sorted(unique, key=len, reverse=True)) or "(?!)"


def trie(entries: "dict[str, str] | Iterable[str]") -> str:
    """A regex alternation of literal words factored by their common prefixes (``不超过|不少于`` →
    ``不(?:超过|少于)``), each word followed by its guard when ``entries`` maps words to guards. The
    longer word wins where one is the prefix of another, as in :func:`words`; a position where no
    word starts is rejected at its first character instead of once per word.

    >>> trie(["不超过", "不少于", "约", "不超过一"])
    '(?:不(?:超过(?:一|)|少于)|约)'
    >>> regex.fullmatch(trie({"人": "(?!民)", "人次": ""}), "人次") is not None
    True
    """
    guards = dict(entries) if isinstance(entries, dict) else dict.fromkeys(entries, "")
    if not guards:
        return "(?!)"
    root: dict = {}
    for w in guards:
        node = root
        for c in w:
            node = node.setdefault(c, {})
        node[""] = guards[w]

    def build(node: dict) -> str:
        alts = [regex.escape(c) + build(child) for c, child in node.items() if c != ""]
        if "" in node:
            if not alts:
                return node[""]
            alts.append(node[""])  # the word ends here (after the longer ones)
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return build(root)


def not_followed_by(cell: Union[str, Iterable[str]]) -> str:
    """The guard of a lexicon's ``not_followed_by`` column (``值|率``): a negative lookahead over the
    alternatives, or ``""`` when the cell is empty."""
    alts = split_alts(cell) if isinstance(cell, str) else list(cell)
    return f"(?!{'|'.join(map(regex.escape, alts))})" if alts else ""


def latin_tail_guard(surface: str, *, digits: bool = False) -> str:
    """The guard of a unit or currency written in Latin letters: not followed by a letter (``US$``
    is one surface, ``kg`` is no unit in ``kgs``), nor, with ``digits``, by a digit or a superscript
    (``m`` in ``m2``, ``m²``); ``""`` for a surface that does not end in a Latin letter or digit.

    >>> latin_tail_guard("kg"), latin_tail_guard("元")
    ('(?![A-Za-z])', '')
    >>> latin_tail_guard("km2", digits=True)
    '(?![A-Za-z0-9²³])'
    """
    last = surface[-1:]
    if digits:
        return "(?![A-Za-z0-9²³])" if last.isascii() and last.isalnum() else ""
    return "(?![A-Za-z])" if last.isascii() and last.isalpha() else ""


def not_preceded_by(cell: Union[str, Iterable[str]]) -> str:
    """The guard of a lexicon's ``not_preceded_by`` column (``稳|保``): a negative lookbehind over
    the alternatives, or ``""`` when the cell is empty.

    >>> regex.search(not_preceded_by("稳|保") + "增长", "稳增长") is None
    True
    """
    alts = split_alts(cell) if isinstance(cell, str) else list(cell)
    return f"(?<!{'|'.join(map(regex.escape, alts))})" if alts else ""

# 发文字号: 机关代字 (Chinese or Latin letters), the year in brackets of any of the kinds in use
# (〔〕 the standard, its small form ﹝﹞, [] ［］ 【】 （） (); a mistyped pair such as 〔2023】 still
# reads), 第, serial, 号
_DOC_NUMBER_TAIL = (
    r"(?P<open>[〔﹝\[［【(（])\s*(?P<year>(?:19|20)\d{2})\s*(?P<close>[〕﹞\]］】)）])\s*"
    r"第?\s*(?P<serial>\d{1,5})\s*号"
)
DOC_NUMBER = regex.compile(r"(?P<prefix>[\p{Han}A-Za-z]{1,16})\s*" + _DOC_NUMBER_TAIL)
# Several serials under one code (国发〔2019〕12、13号, 国办发〔2020〕5号、6号), or a serial whose 号 is
# left out (粤府办〔2020〕5) after a code ending in a document-kind character (发 函 字 办 复 电): each
# serial is a document number of its own
_DOC_SERIALS_TAIL = (
    r"(?P<open>[〔﹝\[［【(（])\s*(?P<year>(?:19|20)\d{2})\s*(?P<close>[〕﹞\]］】)）])\s*(?P<di>第)?\s*"
    r"(?P<serials>\d{1,5}(?:\s*号?\s*[、和及]\s*第?\s*\d{1,5})*)(?P<hao>\s*号)?"
    r"(?(hao)|(?![\d.．%％\p{Han}A-Za-z]))"
)
DOC_NUMBER_SERIALS = regex.compile(r"(?P<prefix>[\p{Han}A-Za-z]{1,16})\s*" + _DOC_SERIALS_TAIL)
# the year first, as numbers were written until the 1990s, the code ending in 字: 〔1996〕武司字第82号,
# 〔94〕财税字第089号, （86）国函字第56号 (a two-digit year stands for 19xx)
YEAR_FIRST_DOC_NUMBER = regex.compile(
    r"(?P<open>[〔﹝\[［【(（])\s*(?P<year>(?:19|20)?\d{2})\s*(?P<close>[〕﹞\]］】)）])\s*"
    r"(?P<prefix>\p{Han}{1,12}?字)\s*第?\s*(?P<serial>\d{1,5})\s*号"
)
# 令 and 公告 numbers: an organ's order and its serial (国务院令第573号, 国令第707号, 交通运输部令2019年第10号,
# 主席令（第三十二号）) or its numbered announcement (住房城乡建设部公告2019年第237号); the year only when written
_ORDER_WORDS = r"(?:令|公告|通告)"
_ORDER_NUMBER_TAIL = (
    r"\s*(?P<open>[（(])?\s*(?:(?P<year>(?:19|20)\d{2})\s*年\s*)?"
    rf"第\s*(?P<serial>\d{{1,5}}|[{DIGIT_WORDS}十百千]{{1,8}})\s*号(?(open)\s*[）)])"
)
ORDER_NUMBER = regex.compile(r"(?P<prefix>[\p{Han}、]{1,40}?" + _ORDER_WORDS + ")" + _ORDER_NUMBER_TAIL)


# Scanning a text with DOC_NUMBER or ORDER_NUMBER tries the issuer's run of characters at every
# Chinese character (up to 16 or 40 of them each time); the scans below find the fixed tails first
# (the bracketed year and serial, or 令/公告/通告 and the serial), which hold none of the
# characters a tail starts with, and search for the whole pattern only in the reach of a tail:
# the same matches as ``finditer``, in a fraction of the time.
_DOC_TAIL = regex.compile(_DOC_NUMBER_TAIL)
_DOC_SERIALS_TAIL_RE = regex.compile(_DOC_SERIALS_TAIL)
_ORDER_TAIL = regex.compile(_ORDER_WORDS + _ORDER_NUMBER_TAIL)
_SPACES_BEFORE = regex.compile(r"\s*", flags=regex.REVERSE)


def _from_tails(pattern: "regex.Pattern", tails: "regex.Pattern", text: str, reach) -> Iterator["regex.Match"]:
    pos = 0
    for tail in tails.finditer(text):
        if tail.end() <= pos:
            continue
        m = pattern.search(text, max(pos, reach(text, tail.start())), tail.end())
        if m:
            yield m
            pos = m.end()


def doc_numbers_in(text: str) -> Iterator["regex.Match"]:
    """``DOC_NUMBER.finditer(text)``, found from the bracketed years.

    >>> [m["prefix"] for m in doc_numbers_in("根据冀群组发 〔2014〕34号和国办发[2013]101号")]
    ['根据冀群组发', '和国办发']
    """
    return _from_tails(DOC_NUMBER, _DOC_TAIL, text,
                       lambda t, b: b - len(_SPACES_BEFORE.match(t, 0, b)[0]) - 16)


def doc_number_serials_in(text: str) -> Iterator["regex.Match"]:
    """``DOC_NUMBER_SERIALS.finditer(text)``, found from the bracketed years.

    >>> [m["serials"] for m in doc_number_serials_in("根据国发〔2019〕12、13号和粤府办〔2020〕5，")]
    ['12、13', '5']
    """
    return _from_tails(DOC_NUMBER_SERIALS, _DOC_SERIALS_TAIL_RE, text,
                       lambda t, b: b - len(_SPACES_BEFORE.match(t, 0, b)[0]) - 16)


def order_numbers_in(text: str) -> Iterator["regex.Match"]:
    """``ORDER_NUMBER.finditer(text)``, found from the words 令/公告/通告 with a serial.

    >>> [m["prefix"] for m in order_numbers_in("根据国务院令第573号和交通运输部令2019年第10号")]
    ['根据国务院令', '和交通运输部令']
    """
    return _from_tails(ORDER_NUMBER, _ORDER_TAIL, text, lambda _t, k: k - 40)

# ---------------------------------------------------------------- file names (decision 8)
_RE_FILE_EXTENSION = regex.compile(
    r"\.(?:pdf|docx?|xlsx?|wps|et|ofd|zip|rar|7z|txt|pptx?|csv|jpe?g|png)(?![A-Za-z0-9])", regex.IGNORECASE
)
_FILE_NAME_STOPS = frozenset("\n\r\t：:。；;，,")


def file_name_spans(text: str) -> list[tuple[int, int]]:
    """Spans of file names with their extension, from the extension back to the start of the line, a
    colon or a clause end (``附件：2020年计量标准器具核准许可结果公示(第三批).docx``, ``…的通知 (1).pdf``):
    numbers and dates inside them are no facts (issue 14, decision 8).

    >>> t = "附件：丽水市关于下达2023年安置任务的通知 (1).pdf"
    >>> [t[s:e] for s, e in file_name_spans(t)]
    ['丽水市关于下达2023年安置任务的通知 (1).pdf']
    """
    spans = []
    for m in _RE_FILE_EXTENSION.finditer(text):
        start = m.start()
        while start > 0 and m.start() - start < 160 and text[start - 1] not in _FILE_NAME_STOPS:
            start -= 1
        while start < m.start() and text[start].isspace():
            start += 1
        if start < m.start():
            spans.append((start, m.end()))
    return spans


# ---------------------------------------------------------------- era dates (lexicons/date_words.tsv, role era)
@lru_cache(maxsize=1)
def _era_dates() -> "regex.Pattern":
    rows = load_rows("date_words.tsv")
    eras = words(r["word"] for r in rows if r["role"] == "era")
    calendars = words(r["word"] for r in rows if r["role"] == "calendar")
    num = rf"(?:[{CN_DIGITS}]{{1,4}}|\d{{1,4}})"
    month = rf"(?:[正腊冬]月|闰?{num}月)"
    day = rf"(?:(?:初|廿|卅)?[{CN_DIGITS}]{{1,3}}|\d{{1,2}})[日号]?"
    return regex.compile(rf"(?:{eras})\s?(?:元|{num})\s?年(?:{month}(?:{day})?|大年[初三][{CN_DIGITS}]{{1,2}})?"
                         rf"|(?:{calendars})\s?(?:{num}\s?年)?{month}(?:{day})?")


@lru_cache(maxsize=1)
def _calendar_words() -> tuple[str, ...]:
    return tuple(r["word"] for r in load_rows("date_words.tsv") if r["role"] == "calendar")


def era_date_spans(text: str) -> list[tuple[int, int]]:
    """Spans of dates counted from a reign or calendar era (康熙三年五月, 民国二十年, 神龙二年正月初一)
    or in a lunar calendar (农历闰四月, 农历八月十五): FACTS.md gives them no value, and their numbers
    are neither a date nor a count of years.

    >>> t = "康熙三年五月，该县修建石桥；民国20年建成，农历八月十五通车"
    >>> [t[s:e] for s, e in era_date_spans(t)]
    ['康熙三年五月', '民国20年', '农历八月十五']
    """
    if "年" not in text and not any(w in text for w in _calendar_words()):
        return []
    if _era_words().search(text) is None:  # every match opens with an era or a calendar word
        return []
    return [m.span() for m in _era_dates().finditer(text)]


@lru_cache(maxsize=1)
def _era_words() -> "re.Pattern":
    """The era and calendar words alone (a trie for the standard library's engine): a text without
    one has no era date, found about four times faster than by the whole pattern."""
    rows = load_rows("date_words.tsv")
    return fastre.compile(trie([r["word"] for r in rows if r["role"] in ("era", "calendar")]))


# ---------------------------------------------------------------- qualifiers (lexicons/qualifiers.tsv)
@lru_cache(maxsize=1)
def qualifier_words() -> tuple[tuple[str, str, str, str], ...]:
    """``(word, qualifier, position, not_followed_by)`` from ``lexicons/qualifiers.tsv``, longest first."""
    rows = [(r["word"], r["qualifier"], r["position"], r["not_followed_by"]) for r in load_rows("qualifiers.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=None)
def qualifiers(position: str) -> str:
    """An alternation of the qualifier words of ``position``, each with its guard: ``before`` a
    number, ``after`` it, or ``after_amount``: after a whole amount with its unit (the ``after``
    words except the over-marks 余/多, which the number grammar reads in place)."""
    if position == "after_amount":
        rows = [r for r in qualifier_words() if r[2] in ("after", "both") and r[0] not in OVER_MARKS]
    else:
        rows = [r for r in qualifier_words() if r[2] in (position, "both")]
    return trie({w: not_followed_by(guard) for w, _q, _p, guard in rows})


@lru_cache(maxsize=1)
def plan_bounds() -> str:
    """An alternation of the qualifier words a plan sets on its figures (``plan_bound`` in
    ``lexicons/qualifiers.tsv``: 以上, 左右, 不少于 …), each with its guard.

    >>> regex.search(plan_bounds(), "培育10家以上平台") is not None, regex.search(plan_bounds(), "500余家") is None
    (True, True)
    """
    return trie({r["word"]: not_followed_by(r["not_followed_by"]) for r in load_rows("qualifiers.tsv") if r["plan_bound"]})


@lru_cache(maxsize=1)
def number_starts() -> str:
    """The characters besides digits that a number with the qualifier words before it can start
    with, as the body of a character class: a qualifier word's first character, a sign's, a Chinese
    numeral. A pattern tried at every position opens with ``(?=[\\d…])`` of these, a cheap test
    that fails at most positions before the whole grammar is tried."""
    return "".join(regex.escape(c) for c in sorted(number_start_chars()))


@lru_cache(maxsize=1)
def number_start_chars() -> frozenset[str]:
    """The characters of :func:`number_starts`, as a set (the ``starts`` of :func:`finditer_at`, with
    the digits)."""
    return frozenset({row[0][0] for row in qualifier_words()} | set(SIGN_STARTS) | set(TOLERANCE) | set(CN_DIGITS))


@lru_cache(maxsize=1)
def range_word_list() -> tuple[str, ...]:
    """The ``range`` words of ``lexicons/date_words.tsv`` (至, 到, the dashes), in file order."""
    return tuple(r["word"] for r in load_rows("date_words.tsv") if r["role"] == "range")


@lru_cache(maxsize=1)
def range_words() -> str:
    """The words and dashes between the two ends of a range (2-3个, 2万至3.5万元, 8月1日至15日):
    the ``range`` words of ``lexicons/date_words.tsv``, as an alternation."""
    return r"(?:\s?(?:" + words(range_word_list()) + r")\s?)"


# ---------------------------------------------------------------- scanning
def finditer_near(pattern: "regex.Pattern", text: str, anchors: "regex.Pattern", before: int, after: int):
    """``pattern.finditer(text)``, searched only near the matches of ``anchors`` (a cheap pattern every
    match of ``pattern`` contains, no more than ``before`` characters after its start, ending no more
    than ``after`` characters before its end): a currency unit for amounts, a numeral for counts. The
    matches are the same as a search of the whole text (windows that touch are merged, and a match is
    never searched again inside the previous one), found without trying every position of the prose
    between numbers.

    >>> pat, anchors = regex.compile(r"约?\\d+元"), regex.compile("元")
    >>> [m.group() for m in finditer_near(pat, "共约30元，另有5元和一元化", anchors, 8, 4)]
    ['约30元', '5元']
    """
    last_end, w_start, w_end = 0, -1, -1
    for a in anchors.finditer(text):
        s, e = max(0, a.start() - before), min(len(text), a.end() + after)
        if s <= w_end:
            w_end = max(w_end, e)
            continue
        if w_end > 0:
            for m in pattern.finditer(text, max(w_start, last_end), w_end):
                last_end = m.end()
                yield m
        w_start, w_end = s, e
    if w_end > 0:
        for m in pattern.finditer(text, max(w_start, last_end), w_end):
            yield m


class Groups(dict):
    """A match with its groups read once: ``g["unit"]`` is a lookup in a dict (an unnamed group's key
    is its number), ``g.start("unit")``, ``g.end()``, ``g.span()``, ``g.group("num")`` and ``g.string``
    are the match's. ``regex`` looks a group's name up anew at every access (``m["unit"]``,
    ``m.start("unit")``: some 0.8 µs, 16 times the cost of a number), and an extractor that reads a
    candidate's groups dozens of times pays that on every one.

    >>> g = Groups(regex.match(r"(?P<num>\\d+)(?P<over>余)?(个|项)", "78个乡级单位"))
    >>> g["num"], g["over"], g[3], g.start("num"), g.end(3), g.span(), g.group()
    ('78', None, '个', 0, 3, (0, 3), '78个')
    """

    __slots__ = ("match", "string", "_index")

    def __init__(self, match: "regex.Match") -> None:
        keys, index = _group_keys(match.re)
        dict.__init__(self, zip(keys, match.groups()))
        self.match, self.string, self._index = match, match.string, index

    def start(self, group: int | str = 0) -> int:
        return self.match.start(self._index.get(group, group))

    def end(self, group: int | str = 0) -> int:
        return self.match.end(self._index.get(group, group))

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self.match.span(self._index.get(group, group))

    def group(self, group: int | str = 0) -> "str | None":
        return self.match.group(self._index.get(group, group))


def _group_keys(pattern: "regex.Pattern") -> tuple[tuple["str | int", ...], dict[str, int]]:
    """The keys of a :class:`Groups` of ``pattern`` in the order of its groups (a name, else the
    number), and its names → numbers. Kept by the pattern's identity: the standard library's engine
    hashes a pattern's whole compiled code at every hash (a grammar of thousands of words, compiled
    by ``fastre``, would pay that at every match)."""
    try:
        return _GROUP_KEYS[id(pattern)][1]
    except KeyError:
        index = dict(pattern.groupindex)
        names = {number: name for name, number in index.items()}
        got = tuple(names.get(i, i) for i in range(1, pattern.groups + 1)), index
        if len(_GROUP_KEYS) >= 256:
            _GROUP_KEYS.clear()
        _GROUP_KEYS[id(pattern)] = (pattern, got)  # the pattern kept alive, so its id is no other's
        return got


_GROUP_KEYS: dict[int, tuple["regex.Pattern", tuple]] = {}


def finditer_at(pattern: "regex.Pattern", text: str, anchors: "regex.Pattern", before: int, starts: frozenset[str]):
    """``pattern.finditer(text)``, tried only at the positions where a match can start: no more than
    ``before`` characters before the start of a match of ``anchors`` and before its end, at a
    character of ``starts`` that is no ASCII digit right after another. The caller's promise:
    every match of ``pattern`` starts so (an anchor is a part of a match that no match lacks: its
    numeral up to its unit, say; and no number starts inside a run of digits). Each try is
    ``pattern.match`` on the whole text, so look-arounds see what a search of the whole text sees,
    and the positions are tried in order from the end of the last match: the matches are those of
    ``pattern.finditer(text)``, found without trying every position of the prose between numbers
    and without ``finditer_near``'s margin after the anchor.

    >>> pat, anchors = regex.compile(r"约?\\d+元"), regex.compile(r"\\d+(?=元)")
    >>> [m.group() for m in finditer_at(pat, "共约30元，另有5元和一元化", anchors, 1, frozenset("约0123456789"))]
    ['约30元', '5元']
    """
    last_end = 0
    match = pattern.match
    for a in anchors.finditer(text):
        s, e = a.span()
        p = max(s - before, last_end)
        while p < e:
            c = text[p]
            if c in starts and not ("0" <= c <= "9" and p and "0" <= text[p - 1] <= "9"):
                m = match(text, p)
                if m:
                    yield m
                    last_end = p = m.end()
                    continue
            p += 1


# ---------------------------------------------------------------- identifiers (FACTS.md §2: no facts inside)
_URL = r"(?:(?:https?|ftp)://|www\.)[!-~]+"                 # up to the first space or non-ASCII character
# an e-mail domain ends in a top-level domain of letters (not 10μT@1.5T, a measure at a field)
_EMAIL = r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])"
# A local number of 7 or 8 digits is a phone number only after an area code or a phone word
# (电话：87654321); elsewhere it is a figure (受理案件2007698件, 12345678人).
_PHONE_WORDS = r"(?:电话|热线|传真|手机|座机|联系方式|咨询|举报|Tel|TEL|tel)[:：]?\s?"
_PHONE = (r"(?<![\d-])(?:(?:[(（]0\d{2,3}[)）]|0\d{2,3}[-－—])\s?|(?<=" + _PHONE_WORDS + r"))\d{7,8}"
          r"(?:[-－—转]\d{1,5})?(?![\d.])"                                                          # 0571-87654321
          r"|(?<![\d-])(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?![\d.])"                      # 13812345678
          r"|(?<![\d-])[48]00[-－]?\d{3}[-－]?\d{4}(?!\d)")                                             # 400-123-4567
# A long code of digits (ID card 18 characters, serials, IP addresses, version strings V2.0).
_CODE = r"(?<![\d.])\d{15,}[\dXx]?(?![\d])|(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])|(?<![A-Za-z0-9])[Vv]\d+(?:\.\d+)+"
# every alternative opens with an ASCII character, a digit or （ (a guard tried before the four:
# Chinese prose fails it at nearly every position)
_IDENTIFIER = regex.compile(r"(?=[!-~（\d])(?:" + "|".join(f"(?:{p})" for p in (_URL, _EMAIL, _PHONE, _CODE)) + ")")


def identifier_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs, e-mail addresses, file names, phone numbers and long codes in ``text``: a
    number inside one is no count, amount or percentage (a percent-encoded URL is no list of
    percents; the year in ``2022年工作要点.docx`` names a file).

    >>> t = "详见https://a.cn/s?q=30%25%2020%，联系010-12345678，附件：2023年计划.pdf"
    >>> [t[s:e] for s, e in identifier_spans(t)]
    ['https://a.cn/s?q=30%25%2020%', '010-12345678', '2023年计划.pdf']
    """
    spans = [m.span() for m in _IDENTIFIER.finditer(text)] + file_name_spans(text)  # file names: one recogniser
    return sorted(spans)


# ---------------------------------------------------------------- colloquial numerals (numbers9, round 9)
# 俩 (两个) and 仨 (三个) stand alone before a classifier or a noun (俩礼拜, 仨月, 哥俩): never part
# of a longer numeral; 伎俩 is a word (a trick), no number.
COLLOQUIAL_NUMERALS = "俩仨"
COLLOQUIAL_NUMBER = rf"(?<![{CN_DIGITS}伎])[{COLLOQUIAL_NUMERALS}](?![{CN_DIGITS}])"
# An Arabic whole part and decimals said aloud after 点 (10点五度, 24点零五米): read as 10.5 and 24.05;
# not a clock time (10点五分, 8点一刻) nor the tens of one (8点三十): no minute word nor scale after.
# Arabic decimals after 点 (调高24点5度) are one or two digits, not a clock's (8点30分, 10点5分, 9点15).
ARABIC_SPOKEN_DECIMAL = rf"(?<![\d.．])\d+点(?:[{DIGIT_WORDS}]+|\d{{1,2}}(?![\d:：]))(?![分刻秒钟时点{CN_DIGITS}])"
__all__ += ["ARABIC_SPOKEN_DECIMAL", "COLLOQUIAL_NUMBER", "COLLOQUIAL_NUMERALS"]


# ---------------------------------------------------------------- zero look-alikes in years (dates10, round 10)
# Inside a year written in Chinese digits, a zero typed as a Latin letter or a large circle
# (二O一九年, 一九八Ｏ年, 二◯二〇年): read as 〇 there only, never as a numeral elsewhere.
YEAR_ZERO_LOOKALIKES = "OＯoｏ◯"
__all__ += ["YEAR_ZERO_LOOKALIKES"]


# ---------------------------------------------------------------- numbers11b (round 11)
# An Arabic number written with a digit before each of several Chinese places (news and notices write
# counts so: 5万4千6百株, 7万5千4百人, 5亿1万4千6百人次, 3千2百人, 5千8百万): groups of up to four digits
# (or digit-and-place sections) before 亿 and 万, then a section of single digits before 千, 百, 十;
# the first place is followed by a digit (a number with one place is ARABIC_NUMBER and its scale). Read
# by :func:`govtext.text.numerals.parse_decimal`; the forms ARABIC_SCALE_TAIL reads (7万5千) read alike.
_PLACE_SECTION = r"(?:[1-9]千(?:[1-9]百)?(?:[1-9]十)?|[1-9]百(?:[1-9]十)?|[1-9]十)"
ARABIC_PLACES = (rf"(?<![\d.·])(?=\d{{1,4}}[亿万千百十][1-9])"
                 rf"(?:(?:{_PLACE_SECTION}|\d{{1,4}})亿)?(?:(?:{_PLACE_SECTION}|\d{{1,4}})万)?{_PLACE_SECTION}?")
# A number in scientific notation whose superscript exponent was lost in conversion (3.7×1013贝可 is
# 3.7×10^13; 7.62×104米 is 7.62×10^4) or written with a caret (3.7×10^13): a mantissa from 1 to below 10,
# ×10, then the exponent (one or two digits, a sign before it: 1×10-6). A whole mantissa takes a lost
# exponent of two digits only (5×1012个 is 5×10^12; 3×104人 may be a product). Read by
# :func:`govtext.text.numerals.parse_decimal`; only before a unit (the quantity grammar).
# (The first digit is spelled out: an alternative opening with the range [1-9] costs the quantity pattern
# regex's fast search, a scan about seven times slower; benchmarks/audit_patterns.py found it.)
SCIENTIFIC = (r"(?<![\d.·])[123456789](?:\.\d+×10\^?[-−]?\d{1,2}|×10(?:\^[-−]?\d{1,2}|[-−]\d{1,2}|\d{2}))(?![\d.])")
__all__ += ["ARABIC_PLACES", "SCIENTIFIC"]
