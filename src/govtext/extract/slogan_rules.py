"""What makes a string a numbered formula (提法), as pure functions on bare strings.

A formula is a short name whose numerals COUNT its parts: 四风, 三严三实, 一学三促四抓,
五个看齐, 六个带头. Counts (``三周``), ordinals (``第二批``), congresses (``十八大``),
institutions (``两会``) and idioms (``两张皮``) are not; the last three are listed in
``lexicons/slogan_exclusions.tsv``. Known formulas and their aliases are in
``lexicons/slogans.tsv``.

>>> canonical_name("“四風”")
'四风'
>>> is_formula("九破九立"), is_formula("两会"), is_formula("一阵风"), is_formula("三周")
(True, False, False, False)
>>> split_formula("六个带头、六个表率")
[(0, 4), (5, 9)]
>>> formula_kind("一学三促四抓"), expected_counts("九破九立")
('mixed', (18, 9))
"""
from __future__ import annotations

from functools import lru_cache

import regex

from govtext.lexicons import load_rows, split_alts
from govtext.text.normalize import to_simplified
from govtext.text.segmentation import word_frequency
from govtext.text.patterns import LIANG, NUMERAL_CHARS, ONES, SCALES, SMALL_NUMERALS, qualifier_words

__all__ = [
    "COUNTING_WORDS", "NUMERAL_VALUES", "canonical_name", "known_slogans", "formula_numerals", "is_article_count", "is_digit_code",
    "is_event_name", "is_formula", "is_layout_pair", "is_many_count", "is_place_code", "is_place_group", "is_plus_formula",
    "split_formula", "blocks", "formula_kind", "expected_counts", "runs_into_exclusion",
]

# Numerals that can count the parts of a formula. 一 alone does not (一阵风, 一把手, 一般);
# 百/千/万 are figurative (百名领导包百村, 进百家门).
NUMERAL_VALUES = {"一": 1, "二": 2, "两": 2, "双": 2, "三": 3, "四": 4, "五": 5,
                  "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_ANY_NUMERAL = set(NUMERAL_CHARS) | set("0123456789")
_CLASSIFIERS = "个项大条种类型色环面位"
# Every word after a numeral that makes it count things, not parts of a name by itself: the
# classifiers above and the part-counting measures below (四面镜子, 三个部分, 五篇大文章).
# Measure words that still count the parts of a formula when a head noun follows them inside the
# name: 五篇大文章 (five pieces of writing, each a field of finance), 八场硬仗 (eight battles),
# 三支队伍 (three bodies of people), 四本预算 (four budgets, each a book of accounts), 四问该不该
# (four questions); bare, they stay measures (“两轮”督导, 三篇).
_PART_MEASURES = ("篇", "场", "支", "本", "问")
COUNTING_WORDS = _CLASSIFIERS + "".join(_PART_MEASURES)
# Classifiers after which a number of two or three characters counts parts: 十四个坚持, 十三个方面成就.
_COUNTED_AFTER_NUMBER = "个项条大"
_QUOTES = "“”\"'‘’「」『』《》 \t\r\n\u3000"
_ASCII_PUNCT = str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）"})
_SENTENCE_END = set("。！？!?")
_NOT_COUNTING_NEXT = set("是到至或余多")
_MAX_LEN = 16
_LIST_SPLIT = regex.compile(r"[、，和与及](?=[一二两双三四五六七八九十])")
_RE_HAN = regex.compile(r"\p{Han}")
_RE_HAN_RUN = regex.compile(r"\p{Han}+")
# a formula in digits: a code of three to six digits (“11431”) or digits and N/X joined by +
# (a part may be a count of open parts, “100N”: “1＋4＋100N”)
_RE_DIGIT_CODE = regex.compile(r"[1-9]\d?[+＋]|[1-9]\d{2,5}|[1-9]\d{1,4}[NnXx]|(?:\d{1,2}|[NnXx])(?:[+＋](?:\d{1,3}[NnXx]|\d{1,2}|[NnXx]))+")
_RE_ZERO_PART = regex.compile(r"(?<![12])0")  # a 0 that cannot end the count 10 or 20 (“1310” is 1, 3, 10; “51020” 5, 10, 20)
# a formula of counted parts joined by +, in words: “一个平台+N个智能应用” (N, X: a number of parts left open)
_RE_PLUS_PART = regex.compile(rf"(?:[{SMALL_NUMERALS}{LIANG}]{{1,3}}|\d{{1,2}}|[NnXx])[个项大条种类张]?\p{{Han}}{{0,8}}")
_RE_PLUS, _RE_SPACES = regex.compile(r"[+＋]"), regex.compile(r"\s+")  # compiled once (is_plus_formula)
_RE_YI_ITEM = regex.compile(r"一[^\P{Han}一]{1,3}")
# A layout formula of one-parts and a many-part (“一芯一环多带”: one core, one ring, several belts): two or more
# 一X blocks of one character name their parts as a count does; one 一X and a 多Y alone (一照多址, 一地多证) is
# distributive, a longer block a phrase (一心一意多办事)
_RE_ONE_MANY = regex.compile(rf"(?:一[^\P{{Han}}{''.join(NUMERAL_VALUES)}多]){{2,}}多[^\P{{Han}}{''.join(NUMERAL_VALUES)}多]")
_RE_BLOCK = regex.compile(rf"([{''.join(NUMERAL_VALUES)}])([^{''.join(NUMERAL_VALUES)}、，]*)")  # 一学 of 一学三促


@lru_cache(maxsize=1)
def _motto_pattern() -> "regex.Pattern":
    """A motto named by the count of its characters, bare or with a word naming a saying (“十六字”方针,
    “二十四字”, “十五字诀”, 八字宪法): each character stands for one part (调整、巩固、充实、提高). The
    heads are the ``motto_head`` rows of ``slogan_words.tsv``; other heads describe each member of
    a series (“四字景目”: titles of four characters each), no motto."""
    heads = [row["word"] for row in load_rows("slogan_words.tsv") if row["role"] == "motto_head"]
    return regex.compile(rf"(?:[{ONES[1:]}{LIANG}十]|[{ONES[1:]}]?十[{ONES}]?)字(?:{'|'.join(map(regex.escape, heads))})?")



@lru_cache(maxsize=1)
def _exclusions() -> tuple["regex.Pattern", tuple[tuple["regex.Pattern", tuple[str, ...]], ...]]:
    """The entries of ``slogan_exclusions.tsv``: one pattern for those that always hold, and each
    entry that a following word lifts (``unless_next``: “两高”项目 is the formula 高耗能、高排放,
    though 两高 alone names the two supreme judicial organs) with its words."""
    parts, conditional = [], []
    for row in load_rows("slogan_exclusions.tsv"):
        entry, kind = row["entry"], row["type"]
        if kind == "regex":
            part = f"(?:{entry})"
        elif kind == "word":
            part = regex.escape(entry)
        else:
            raise ValueError(f"slogan_exclusions.tsv: unknown type {kind!r} for {entry!r}")
        unless = tuple(split_alts(row.get("unless_next")))
        if unless:
            conditional.append((regex.compile(part), unless))
        else:
            parts.append(part)
    parts.sort(key=len, reverse=True)
    return regex.compile("|".join(parts)), tuple(conditional)


def _excluded_spans(text: str, after: str = "") -> list[tuple[int, int]]:
    always, conditional = _exclusions()
    spans = [m.span() for m in always.finditer(text)]
    for pattern, unless in conditional:
        # the lifting word may follow inside the unit (“两高项目”) or after its closing quote (“两高”项目)
        spans += [m.span() for m in pattern.finditer(text) if not (text[m.end():] + after).startswith(unless)]
    return spans


def runs_into_exclusion(text: str, start: int, end: int) -> bool:
    """Does an entry of slogan_exclusions.tsv start with the name at ``text[start:end]`` and go on past it
    (三个世界 in 三个世界级港口群: a count of world-class things)? Then the unquoted name is that longer word."""
    m = _exclusions()[0].match(text, start, min(len(text), end + 6))
    return bool(m) and m.end() > end


def _exclusion_pattern() -> "regex.Pattern":
    return _exclusions()[0]


@lru_cache(maxsize=1)
def _measure_units() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Words after which a numeral is a measure, not a formula (三周, 两轮, 三公里, 两个以上):
    every non-count unit of ``units.tsv`` with the words that, right after it, make it part of
    another word (its ``not_followed_by``: 支 of 支撑), and the qualifiers that follow a number."""
    units: dict[str, tuple[str, ...]] = {}
    for row in load_rows("units.tsv"):
        if row.get("category") != "count":
            guards = tuple(split_alts(row.get("not_followed_by")))
            for unit in [row["unit"], *split_alts(row.get("aliases"))]:
                units[unit] = guards
    for w, _q, pos, _guard in qualifier_words():
        if pos in ("after", "both"):
            units.setdefault(w, ())  # 两个以上
    return tuple(sorted(units.items(), key=lambda item: len(item[0]), reverse=True))


@lru_cache(maxsize=1)
def known_slogans() -> dict[str, dict[str, str]]:
    """``lexicons/slogans.tsv`` as ``{name: row}``, plus every alias (simplified) → the same row."""
    table: dict[str, dict[str, str]] = {}
    for row in load_rows("slogans.tsv"):
        table[row["name"]] = row
    for row in load_rows("slogans.tsv"):
        for alias in split_alts(row.get("aliases")):
            table.setdefault(_fold(alias), row)
    return table


@lru_cache(maxsize=8192)
def _fold(text: str) -> str:
    """Simplified, quotes dropped, ASCII punctuation full-width (cached: formula names recur)."""
    text = "".join(ch for ch in text if ch not in _QUOTES)
    return to_simplified(text).translate(_ASCII_PUNCT)


def canonical_name(text: str) -> str:
    """The canonical name of a formula as written: simplified, quotes and spaces dropped,
    ASCII punctuation made full-width, aliases mapped to their lexicon name.

    >>> canonical_name("機關轉作風,為民四服務")
    '机关转作风，为民四服务'
    """
    folded = _fold(text)
    row = known_slogans().get(folded)
    return row["name"] if row else folded


def is_measure_at(text: str, i: int) -> bool:
    """Is the numeral at ``text[i]`` followed by a measure unit (``三周``, ``三个月``, ``三公里``)?"""
    return measure_end(text, i) is not None


def measure_end(text: str, i: int) -> int | None:
    """Where the longest measure unit after the numeral at ``text[i]`` ends, or ``None``.

    >>> measure_end("走三公里", 1), measure_end("五位一体", 0), measure_end("四风", 0), measure_end("三个支撑带", 0)
    (4, 2, None, None)
    """
    at = i + 1 + (1 if text.startswith("个", i + 1) else 0)
    ends = [at + len(u) for u, guards in _measure_units_by_first().get(text[at: at + 1], ())
            if text.startswith(u, at) and not (guards and text.startswith(guards, at + len(u)))]
    return max(ends) if ends else None


@lru_cache(maxsize=1)
def _measure_units_by_first() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """:func:`_measure_units` by their first character (measure_end runs for every numeral)."""
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for unit, guards in _measure_units():
        out.setdefault(unit[:1], []).append((unit, guards))
    return {c: tuple(us) for c, us in out.items()}


def formula_numerals(text: str, after: str = "") -> list[int]:
    """Indices of the numerals that make ``text`` a formula: single-character numerals ≥ 2, not
    ordinals, not measures, not inside an excluded word (``after``: what follows a quoted unit,
    for the exclusions a following word lifts). 双 never joins a longer number (双一流).

    >>> formula_numerals("一学三促四抓"), formula_numerals("“两会”提案"), formula_numerals("第二批")
    ([2, 4], [], [])
    >>> formula_numerals("双一流"), formula_numerals("两高"), formula_numerals("两高", after="项目")
    ([0], [], [0])
    """
    excluded = None  # read when a numeral reaches that test (most quoted units have none: no scan)
    found = []
    for i, ch in enumerate(text):
        if ch not in NUMERAL_VALUES or ch == "一":
            continue
        if ch != "双" and ((i > 0 and text[i - 1] in _ANY_NUMERAL) or (i + 1 < len(text) and text[i + 1] in _ANY_NUMERAL)):
            if not _counted_number_end(text, i) and not _hundreds_head(text, i):
                continue  # part of a longer number: 十八, 二十, 三百
        if _number_start(text, i) > 0 and text[_number_start(text, i) - 1] == "第":
            continue  # ordinals: 第二批, 第十四个
        if i + 1 < len(text) and text[i + 1] in _NOT_COUNTING_NEXT:
            continue  # enumerator 二是, range 三到五年, approximation 两三
        if i + 1 >= len(text) or not _RE_HAN.match(text[i + 1]):
            continue  # a numeral must head a word: 四风, not 四 alone
        if is_measure_at(text, i) and not _parts_measured(text, i):
            continue
        if excluded is None:
            excluded = _excluded_spans(text, after)
        if any(s <= i < e for s, e in excluded):
            continue
        found.append(i)
    return found


_HUNDREDS = "百千万"


def _hundreds_head(text: str, i: int) -> bool:
    """Does the numeral at ``text[i]`` count parts each named by 百, 千 or 万 and a head word follows
    (“三百工程”: three projects of a hundred each; “四千精神”: 千山万水, 千方百计 …)? Only a numeral from
    二 to 九 standing alone before the 百, the head two or more characters of no number, no classifier
    or measure after 百 (三百个, 五百年), no 余/多 (三百余)."""
    if text[i] not in NUMERAL_VALUES or text[i] in "一十" or i + 2 >= len(text) or text[i + 1] not in _HUNDREDS:
        return False
    if (i > 0 and text[i - 1] in _ANY_NUMERAL) or text[i + 2] in COUNTING_WORDS or text[i + 2] in _NOT_COUNTING_NEXT:
        return False
    head = _RE_HAN_RUN.match(text, i + 2)
    return (bool(head) and len(head.group()) >= 2 and not any(c in _ANY_NUMERAL for c in head.group())
            and measure_end(text, i + 1) is None)


def _number_start(text: str, i: int) -> int:
    while i > 0 and text[i - 1] in NUMERAL_VALUES:
        i -= 1
    return i


def _counted_number_end(text: str, i: int) -> bool:
    """Is ``text[i]`` the last character of a Chinese number from 十一 to 二十 that a classifier and
    a head word follow (十四个坚持, 十三个方面成就)? Digits never are (10个), nor larger counts."""
    start = _number_start(text, i)
    return (text[i] in NUMERAL_VALUES and (text[start:i + 1] == "二十" or (i == start + 1 and text[start] == "十"))
            and (start == 0 or text[start - 1] not in _ANY_NUMERAL)
            and i + 2 < len(text) and text[i + 1] in _COUNTED_AFTER_NUMBER and bool(_RE_HAN.match(text[i + 2])))


def _parts_measured(text: str, i: int) -> bool:
    """Does the numeral at ``text[i]`` count the parts of a name through a measure word a head noun
    of two or more characters follows (五篇大文章, 八场硬仗)?"""
    at = i + 1
    if not text.startswith(_PART_MEASURES, at) or measure_end(text, i) != at + 1:
        return False
    head = _RE_HAN_RUN.match(text, at + 1)
    return bool(head) and len(head.group()) >= 2


def _is_one_list(text: str) -> bool:
    """A 五个一-style list: three or more parallel ``一X`` items (一线、一网、一册、一日、一恳谈)."""
    items = text.split("、")
    return len(items) >= 3 and all(_RE_YI_ITEM.fullmatch(it) for it in items)


def is_digit_code(text: str) -> bool:
    """Is the quoted unit a formula written in digits, each counting parts (“1+3”, “11431”,
    “1+N+X”)? Service numbers (“12345”, “120”) and years are not (``slogan_exclusions.tsv``,
    rows of reason ``number``).

    >>> is_digit_code("1+3"), is_digit_code("11431"), is_digit_code("1+N+X"), is_digit_code("12345"), is_digit_code("2035")
    (True, True, True, False, False)
    >>> is_digit_code("5020"), is_digit_code("1310"), is_digit_code("1+10"), is_digit_code("51020")
    (False, True, True, True)
    >>> is_digit_code("5+"), is_digit_code("5+5"), is_digit_code("+5"), is_digit_code("120+")
    (True, True, False, False)
    >>> is_digit_code("555X"), is_digit_code("33N"), is_digit_code("5X")
    (True, True, False)
    """
    if not _RE_DIGIT_CODE.fullmatch(text) or ("+" not in text and "＋" not in text and _RE_ZERO_PART.search(text)):
        return False  # 0 counts no parts and 10 is the only count ending in it: “5020”项目 names thresholds
    return not any(s == 0 and e == len(text) for s, e in _excluded_spans(text))


# A document known by the count of its articles (《十六条》, “国十条”, “二十条”, 农业六十条): the name
# is the count itself, with at most a short field or issuer before it (not a numeral, not 第).
_RE_ARTICLE_COUNT = regex.compile(rf"(?:[^\P{{Han}}{NUMERAL_CHARS}第]{{1,4}})?[{SMALL_NUMERALS}两]{{1,3}}条")


def is_plus_formula(text: str) -> bool:
    """Is the quoted unit two or more counted parts joined by + (“一个平台+N个智能应用”, “1+N”)?
    Spaces around the parts are dropped; a part without a count (互联网+监管) makes it none.

    >>> is_plus_formula("一个平台+ N 个智能应用"), is_plus_formula("互联网+监管"), is_plus_formula("一个平台")
    (True, False, False)
    """
    parts = _RE_PLUS.split(_RE_SPACES.sub("", text))
    return len(parts) >= 2 and all(_RE_PLUS_PART.fullmatch(p) for p in parts)


def is_article_count(text: str) -> bool:
    """Is ``text`` (a whole quoted unit or 《》 title) a document named by its count of articles?

    >>> is_article_count("十六条"), is_article_count("国十条"), is_article_count("一条"), is_article_count("第十条")
    (True, True, False, False)
    """
    return text.endswith("条") and bool(_RE_ARTICLE_COUNT.fullmatch(text)) and text[-2:] != "一条"  # (条 first: cheap)


_RE_LONG_DIGITS = regex.compile(r"\d{5,}")


@lru_cache(maxsize=1)
def _event_heads() -> tuple[str, ...]:
    """The ``event_head`` words of ``slogan_words.tsv`` (节, 购物节, 宣传周, 博览会), longest first."""
    return tuple(sorted((r["word"] for r in load_rows("slogan_words.tsv") if r["role"] == "event_head"), key=len, reverse=True))


def is_event_name(text: str) -> bool:
    """Is the quoted unit the name of an event, a festival, a week or a fair (“双品网购节”, “双十一购物节”)?
    Its numeral names the event; the event is no list of parts (FACTS.md §2 slogan). A bare count before
    the head (“两节”: 元旦、春节) leaves a formula.

    >>> is_event_name("双品网购节"), is_event_name("两节"), is_event_name("三会一课"), is_event_name("四个环节")
    (True, False, False, False)
    """
    head = next((h for h in _event_heads() if text.endswith(h)), None)
    if head is None or len(text) - len(head) < 2:
        return False
    # a one-character head closing a common word is that word's (“四个环节”, “四个季节”: no event)
    return len(head) > 1 or word_frequency(text[-2:]) < 500


@lru_cache(maxsize=1)
def _place_initials() -> tuple[frozenset[str], ...]:
    """For each province of ``divisions.tsv``: the first characters of the short names of the divisions
    directly under it (cities, and counties it governs directly: 神农架)."""
    by_province: dict[str, set[str]] = {}
    for row in load_rows("divisions.tsv"):
        parent = row.get("parent") or ""
        if row.get("until") or not parent.endswith("0000"):
            continue
        for short in [row["name"], *split_alts(row.get("short"))]:
            by_province.setdefault(parent, set()).add(short[:1])
    return tuple(frozenset(v) for v in by_province.values())


def is_place_group(text: str) -> bool:
    """Is the quoted unit a group of places of one province, each named by its first character, a numeral
    among them as the first character of a city (“襄十随神”: 襄阳、十堰、随州、神农架)? Its numeral counts nothing.

    >>> is_place_group("襄十随神"), is_place_group("三严三实"), is_place_group("两学一做")
    (True, False, False)
    """
    if not 3 <= len(text) <= 6 or not _RE_HAN_RUN.fullmatch(text):
        return False
    provinces = _initial_provinces()
    common = -1  # the provinces every character so far is an initial of, one bit each
    for ch in text:
        common &= provinces.get(ch, 0)
        if not common:
            return False
    return True


@lru_cache(maxsize=1)
def _initial_provinces() -> dict[str, int]:
    """Each initial of :func:`_place_initials` → the provinces it is an initial in, bit ``k`` for the ``k``-th:
    the provinces of a group are those of all its characters, one ``&`` a character."""
    out: dict[str, int] = {}
    for k, initials in enumerate(_place_initials()):
        for ch in initials:
            out[ch] = out.get(ch, 0) | 1 << k
    return out


_PLACES = "个" + SCALES[:4]  # the place values, in order: 个 (ones), 十, 百, 千, 万


def is_place_code(text: str) -> bool:
    """Is the quoted unit three or more place values in rising order, each naming a tier of a program (“个十百”
    平台培育工程: one, ten, a hundred platforms; “百千万”工程, with 十 before it too)? Falling or mixed runs are words
    (千百万, 万千).

    >>> is_place_code("个十百"), is_place_code("十百千万"), is_place_code("千百万"), is_place_code("百千"), is_place_code("百百千")
    (True, True, False, False, False)
    """
    ranks = [_PLACES.find(ch) for ch in text]
    return len(ranks) >= 3 and min(ranks) >= 0 and all(a < b for a, b in zip(ranks, ranks[1:]))


@lru_cache(maxsize=1)
def _layout_parts() -> frozenset[str]:
    """The ``layout_part`` characters of ``slogan_words.tsv`` (主, 辅, 核, 极 …)."""
    return frozenset(row["word"] for row in load_rows("slogan_words.tsv") if row["role"] == "layout_part")


def is_layout_pair(text: str) -> bool:
    """Is the quoted unit one part and several others of a layout or structure, each named by its role
    (“一主多辅”: one main channel and several auxiliary ones; “一核多极”, “一区多园”)? The numeral 一 and 多
    count the parts as a formula's numerals do; 一X多Y of other words is distributive (“一照多址”: one
    licence for several addresses, “一地多证”), no formula.

    >>> is_layout_pair("一主多辅"), is_layout_pair("一核多极"), is_layout_pair("一照多址"), is_layout_pair("一主")
    (True, True, False, False)
    """
    return (len(text) == 4 and text[0] == "一" and text[2] == "多" and text[1] != text[3]
            and text[1] in _layout_parts() and text[3] in _layout_parts())


_RE_MANY_COUNT = regex.compile(r"[二两三四五六七八九]多")


def is_many_count(text: str) -> bool:
    """Is the quoted unit a numeral and 多 alone (“三多”改革: three reforms each named 多…)? Quoted by itself
    the pair names a formula whose parts each open with 多; followed by a unit (三多年, 三多个) it is an
    approximate count, never a quoted unit of its own.

    >>> is_many_count("三多"), is_many_count("三多年"), is_many_count("十多")
    (True, False, False)
    """
    return bool(_RE_MANY_COUNT.fullmatch(text))


def is_formula(text: str, after: str = "") -> bool:
    """Is the quoted unit ``text`` (already simplified) a formula name?"""
    text = text.strip()
    if not text or len(text) > _MAX_LEN or any(ch in _SENTENCE_END for ch in text):
        return False
    if not _RE_HAN.match(text):
        return is_digit_code(text) or is_plus_formula(text)
    if _RE_LONG_DIGITS.search(text):
        return False  # words with a hotline or code in them: “江西新四板一号通96255”
    # (a list of 一X items alone, “一码、一图、一表”, is distributive: one of each, no count of parts; a known
    # list, 一线、一网、一册、一日、一恳谈, is found by its name in slogans.tsv)
    if is_place_code(text):
        return True  # “个十百”平台培育工程 (realgold13)
    if is_event_name(text) or is_place_group(text):
        return False  # “双品网购节”: an event's name; “襄十随神”: 襄阳、十堰、随州、神农架
    if is_article_count(text):
        # “二十条”, “新九条”政策措施, 三个“十条”: a package of measures known by its count of articles is the name of
        # a document, no formula (realgold9, realgold10); the historical 《十六条》 in title marks is
        # read by slogans.find_slogans
        return False
    return bool(formula_numerals(text, after)) \
        or (bool(_motto_pattern().fullmatch(text)) and not _excluded_spans(text, after)) or is_plus_formula(text) \
        or bool(_RE_ONE_MANY.fullmatch(text)) or is_layout_pair(text) or is_many_count(text)


def split_formula(text: str, after: str = "") -> list[tuple[int, int]]:
    """The formula spans inside one quoted unit: the whole unit, or its parts when every part
    is a formula by itself (``六个带头、六个表率``, ``两主动和三不``); ``[]`` when no formula.
    ``一个引领、三区带动`` stays whole, because ``一个引领`` alone is no formula."""
    if not is_formula(text, after):
        return []
    cuts = [m.start() for m in _LIST_SPLIT.finditer(text)]
    if cuts:
        spans, pos = [], 0
        for cut in cuts + [len(text)]:
            spans.append((pos, cut))
            pos = cut + 1
        if all(is_formula(text[s:e]) and e - s >= 2 for s, e in spans):
            return spans
    return [(0, len(text))]


def blocks(name: str) -> list[tuple[int, str]]:
    """The (numeral value, following word) blocks of a name: ``三严三实`` → ``[(3,'严'),(3,'实')]``.

    >>> blocks("两代表一委员")
    [(2, '代表'), (1, '委员')]
    """
    out: list[tuple[int, str]] = []
    for m in _RE_BLOCK.finditer(name):
        if out and out[-1][1].endswith("个"):  # 五个一批: the counted thing is 一批
            out[-1] = (out[-1][0], out[-1][1] + m[0])
        else:
            out.append((NUMERAL_VALUES[m[1]], m[2]))
    return out


def formula_kind(name: str) -> str:
    """``single`` 四风 · ``paired`` 三严三实 · ``mixed`` 两学一做 · ``counted`` 五个看齐 ·
    ``list`` 一线、一网… · ``phrase`` 机关转作风，为民四服务 (see ``lexicons/slogans.tsv``)."""
    if _is_one_list(name):
        return "list"
    bs = blocks(name)
    if not bs or name[0] not in NUMERAL_VALUES:
        return "phrase"
    if len(bs) == 1:
        return "counted" if bs[0][1][:1] in _CLASSIFIERS and len(bs[0][1]) > 1 else "single"
    values = {n for n, _ in bs}
    return "paired" if len(values) == 1 else "mixed"


def expected_counts(name: str) -> tuple[int, ...]:
    """How many parts the numerals promise, most literal reading first: the sum of the numerals,
    then (for a repeated numeral) the number of pairs: ``九破九立`` → ``(18, 9)``."""
    if _is_one_list(name):
        return (len(name.split("、")),)
    bs = blocks(name)
    if name and name[0] not in NUMERAL_VALUES:  # phrase: only numerals ≥ 2 count
        bs = [b for b in bs if b[0] > 1]
    if not bs:
        return ()
    total = sum(n for n, _ in bs)
    values = {n for n, _ in bs}
    if len(bs) > 1 and len(values) == 1:
        return (total, bs[0][0])
    return (total,)
