"""Slogans: numbered formulas (提法) such as 四风, 三严三实, 九破九立, 五个看齐, 两代表一委员.

Three ways in, one way out:

- **quoted** units (“…”, ‘…’, 「…」, also inside 《》 titles) that are formulas by rule
  (:mod:`govtext.extract.slogan_rules`): their numerals count their parts;
- **unquoted** mentions of the fixed names in ``lexicons/slogans.tsv`` marked ``unquoted``
  (``中央八项规定``, ``一个个四风顽疾``, ``坚决刹四风``), kept only when they do not cut a word;
  names marked ``defined`` (两步走, also a plain phrase) only where the text spells their parts out;
- **after a quoted list** of their parts, a compact name whose numeral is the number of items
  (“改造传统产业、培育新兴产业、布局未来产业”三线并进).

Each mention gets its canonical simplified ``name`` and, when the text spells the formula out
in place, its ``components`` (:mod:`govtext.extract.definitions`). Quoted labels of the parts
inside such a definition (``“一学”就是…``) are not separate slogans.

>>> from govtext.extract import extract_facts
>>> [(f.text, f.name) for f in extract_facts("坚决刹四風，落实“五个看齐”", kinds=["slogan"])]
[('四風', '四风'), ('五个看齐', '五个看齐')]
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Iterator

import regex

from govtext.extract.context import Context
from govtext.extract.definitions import abbreviation_open, aspects_before, find_definition
from govtext.extract.entity_cues import pos_cut
from govtext.extract.subject_words import change_words
from govtext.extract.slogan_rules import (
    COUNTING_WORDS, NUMERAL_VALUES, canonical_name, formula_numerals, is_article_count, is_plus_formula, known_slogans, measure_end,
    runs_into_exclusion, split_formula,
)
from govtext.lexicons import load_rows
from govtext.records import FactBase
from govtext.text.date_grammar import written_year
from govtext.text.numerals import parse_number
from govtext.text.patterns import NUMERAL_CHARS
from govtext.text.segmentation import cut, word_edges, word_frequency
from govtext.text.spans import SpanIndex
from govtext.text.wordtrie import word_alternation
from govtext.text import fastre

__all__ = ["extract_slogans", "find_slogans"]

# Innermost quoted units: “…”, ‘…’ (nested in “…”), 「…」, 『…』, "…", and “…" (a closing
# quote typed half-width, as some portals print them: “四聚多园"空间格局).
_INNER = r"[^“”‘’「」『』\"\n]{1,40}"
_QUOTED = regex.compile(rf"“(?P<q>{_INNER})[”\"]|‘(?P<q>{_INNER})’|「(?P<q>{_INNER})」|『(?P<q>{_INNER})』|\"(?P<q>{_INNER})\"")
_RE_HAN = regex.compile(r"\p{Han}")  # one Han character
_NUMERALISH = set(NUMERAL_CHARS) | set("第0123456789")
# 第 and an ordinal right before a list mark: the name's numeral is the next ordinal of that list (违反第七、八项规定)
_RE_ORDINAL_LIST_BEFORE = regex.compile(rf"第([{NUMERAL_CHARS}0-9]{{1,4}})[、和及或至到]$")  # (not 第一，: "firstly")
_WINDOW = 8
_RE_BLOCK = regex.compile(rf"([{''.join(NUMERAL_VALUES)}])([^{''.join(NUMERAL_VALUES)}、，]*)")  # 一学 of 一学三促


# A 《》 title that is a formula as a whole: a document known by its count of articles (《十六条》).
_TITLED = regex.compile(r"《(?P<q>[^《》\n]{2,8})》")
# The label of a numbered note that explains a formula, as work reports end with them
# (``［17］四个一批：谋划一批、开工一批…``): quoted in all but the marks.
_NOTE_LABEL = regex.compile(r"(?m)^[ \t\u3000]*[［\[]\d{1,3}[］\]](?P<q>[^“”‘’「」『』\"：:\n]{2,16})[：:]")


def _units(text: str) -> Iterator["regex.Match"]:
    """The quoted units of ``text`` and the labels of its numbered notes, in text order."""
    units = [*_QUOTED.finditer(text), *_NOTE_LABEL.finditer(text)]
    return iter(sorted(units, key=lambda m: m.start("q")))


@lru_cache(maxsize=1)
def _unquoted_pattern() -> "regex.Pattern | None":
    names = {name for name, row in known_slogans().items() if row.get("unquoted", "").lower() in ("yes", "defined")}
    if not names:
        return None
    return fastre.compile("|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True)))


@lru_cache(maxsize=1)
def _glued_before() -> frozenset[str]:
    """Function characters the segmenter glues to the numeral that opens a name (及三防, 和四风): a
    word that starts with them before the name leaves the name whole (``glued_before`` rows of
    ``slogan_words.tsv``)."""
    return frozenset(row["word"] for row in load_rows("slogan_words.tsv") if row["role"] == "glued_before")


def _cuts_a_word(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` cut a segmented word (三公 in 三公司)? A word made of a function
    character and the name's first characters (``及三/防``) is no word the name cuts."""
    lo = max(0, start - _WINDOW)
    edges = word_edges(cut(text[lo:min(len(text), end + _WINDOW)]), lo)
    if end not in edges and not _head_glued_after(text, edges, start, end):
        return True
    if start in edges:
        return False
    opening = edges[bisect.bisect_right(edges, start) - 1]  # where the word holding ``start`` begins
    glued = _glued_before()
    return not all(ch in glued for ch in text[opening:start])


@lru_cache(maxsize=1)
def _organ_heads() -> tuple[str, ...]:
    """Heads of organ names of three or more characters (指挥部, 办公室, 领导小组), longest first:
    shorter ones (政府, 中心) end ordinary formulas too (一个中国两个政府, 两专科一中心)."""
    heads = {row["head"] for row in load_rows("organ_heads.tsv") if len(row["head"]) >= 3}
    return tuple(sorted(heads, key=len, reverse=True))


def _unquoted(text: str, taken: list[tuple[int, int]], pattern: "regex.Pattern | None") -> Iterator[tuple[int, int]]:
    """Unquoted mentions of the names ``pattern`` matches, outside ``taken`` spans and not
    cutting a number, a measure or a word."""
    if pattern is None:
        return
    index = SpanIndex(taken)
    for m in pattern.finditer(text):
        s, e = m.span()
        if index.overlaps(s, e):
            continue
        if s > 0 and text[s - 1] in _NUMERALISH:
            continue  # 十四风…, 第三公…
        if _continues_ordinals(text, s, e):
            continue  # 违反第七、八项规定的: items 7 and 8 of a provision, not the 八项规定
        if e < len(text) and text[e] in _NUMERALISH and text[e] != "第" and not _common_word_at(text, e):
            continue  # the name goes on as a longer formula: 两新一重 (not 三大革命运动第一线, 两个文明一起抓)
        first = next((i for i in range(s, e) if text[i] in NUMERAL_VALUES), None)
        unit_end = measure_end(text, first) if first is not None else None
        if unit_end is not None and unit_end > e:
            continue  # 三公里 (a unit inside the name, 五位一体, is part of the name)
        if _cuts_a_word(text, s, e) or runs_into_exclusion(text, s, e):
            continue  # (三个世界级港口群: the name goes on as an excluded word)
        if e < len(text) and word_frequency(text[e - 1:e + 1]) >= _STRONG and word_frequency(text[e:e + 2]) < _COMMON:
            continue  # 双减少: the name's last character opens a very common word (减少) and no word starts after the name (双控制度 is 双控 + 制度)
        yield s, e


def _continues_ordinals(text: str, s: int, e: int) -> bool:
    """Does the name at ``text[s:e]`` open with the next member of an ordinal list (第七、八项规定) or the
    end of an ordinal range (第六至八项规定)? Not after an enumerator (第一、八项规定必须坚持: "firstly")."""
    m = _RE_ORDINAL_LIST_BEFORE.search(text, max(0, s - 7), s)
    if m is None:
        return False
    first = next((i for i in range(s, e) if text[i] in NUMERAL_VALUES), None)
    if first is None:
        return False
    try:
        before, own = parse_number(m.group(1)), parse_number(text[first])
    except ValueError:
        return False
    return own == before + 1 or (text[m.end() - 1] in "至到" and own > before)


def _head_glued_after(text: str, edges: list[int], start: int, end: int) -> bool:
    """Is the word that holds the end of ``text[start:end]`` the name with a common word glued after
    it as its head (四化建设: 四化 + 建设, a dictionary compound)? Then the name ends inside a word
    that it opens, and cuts none."""
    i = bisect.bisect_right(edges, end)
    if i == 0 or i >= len(edges) or edges[i - 1] != start:
        return False
    head = text[end:edges[i]]
    return len(head) >= 2 and word_frequency(head) >= _COMMON


_STRONG = 5000  # dictionary frequency of the most common words (减少, 创新, 新闻), never cut by an unquoted name
_COMMON = 500  # dictionary frequency of the common words a numeral opens (一起, 一体, 一线, 三年)


def _common_word_at(text: str, i: int) -> bool:
    """Does a common word of two or more characters start at ``text[i]`` (一起 after 两个文明)? Then
    the numeral there opens that word, not a longer formula."""
    word = next(iter(cut(text[i:i + 4])), "")
    return len(word) >= 2 and word_frequency(word) >= _COMMON


@lru_cache(maxsize=1)
def _counted_organs() -> "regex.Pattern":
    """A count of organs or institutions: a numeral and a classifier before a name ending in an organ
    head of two or more characters (“六大中心”, “三个创新中心”). The classifier makes the numeral count
    the bodies themselves, which the quotes only name as a set (as 两院, 两委 in slogan_exclusions.tsv);
    a formula the organ is named after keeps no classifier (“三防指挥部” → 三防)."""
    heads = sorted({row["head"] for row in load_rows("organ_heads.tsv") if len(row["head"]) >= 2}, key=len, reverse=True)
    numerals = "".join(n for n in NUMERAL_VALUES if n != "一")
    return regex.compile(rf"[{numerals}]{{1,2}}[个大家所][^{''.join(NUMERAL_VALUES)}\d、，]{{0,8}}(?:{'|'.join(heads)})")


def _quoted_spans(unit: str, after: str = "") -> list[tuple[int, int]]:
    """Formula spans inside one quoted unit (``after``: the text after its closing quote): the
    whole unit when it is a known name (一带一路); the known names inside it when they hold all
    its numerals (“反对四风” → 四风); else the rule's split
    (:func:`~govtext.extract.slogan_rules.split_formula`)."""
    if canonical_name(unit) in known_slogans():
        return [(0, len(unit))]
    # (the count opens with a numeral other than 一: a unit without one is searched no further)
    organs = [m.span() for m in _counted_organs().finditer(unit)] if any(ch in _COUNTING for ch in unit) else []
    if organs and (_counted_organs().fullmatch(unit.strip()) or (not is_plus_formula(unit) and all(
            any(s <= i < e for s, e in organs) for i, ch in enumerate(unit) if ch in NUMERAL_VALUES))):
        return []  # “三个创新中心建设”, “建设三个创新中心”: its only numeral counts the organs (not 一个中国两个政府)
    pattern = _unquoted_pattern()
    # (a name that counts unquoted only where its parts are spelled out, 五保, is read here by the rule: “五保户” no formula)
    inside = [m.span() for m in pattern.finditer(unit) if not _defined(m[0])] if pattern else []
    # a block headed by 一 right after a known name goes on with it: “两新一重” is more than 两新
    ones = [e for _s, e in inside if e + 1 < len(unit) and unit[e] == "一" and _RE_HAN.match(unit, e + 1)
            and unit[e + 1] not in NUMERAL_VALUES and not _common_word_at(unit, e)]
    if inside and all(any(s <= i < e for s, e in inside) for i in [*formula_numerals(unit, after), *ones]):
        return inside
    spans = split_formula(unit, after)
    if len(spans) > 1 and not all(canonical_name(unit[s:e]) in known_slogans() for s, e in spans):
        # one quoted unit is one name unless each part is an established formula by itself
        # (“六个带头、六个表率”): parts coined together stay whole (“两手抓、两促进”)
        spans = [(0, len(unit))]
    if spans == [(0, len(unit))]:
        head = next((h for h in _organ_heads() if unit.endswith(h) and len(unit) > len(h)), None)
        rest = unit[:-len(head)] if head else ""
        if rest and rest[-1] not in NUMERAL_VALUES and split_formula(rest) == [(0, len(rest))]:
            return [(0, len(unit) - len(head))]  # “三防指挥部”: the formula names the organ
    return spans


# A numeral and a classifier alone (“三项”制度改革, 三个“十条”): the quotes name a formula together
# with the word after them; the same characters unquoted elsewhere are a count (完成三项任务).
_RE_BARE_COUNT = regex.compile(rf"[{''.join(NUMERAL_VALUES)}]{{1,3}}[{COUNTING_WORDS}]")


def find_slogans(text: str) -> list[tuple[int, int, str, tuple[str, ...], int | None]]:
    """``(start, end, name, components, expected)`` for every slogan in the clean ``text``.

    >>> [(n, len(c), x) for _s, _e, n, c, x in find_slogans("树立“九破九立”的思想，即破甲思想，立乙意识；破丙思想，立丁意识。")]
    [('九破九立', 2, 9)]
    """
    found: list[tuple[int, int, str]] = []
    for m in _units(text):
        q0 = m.start("q")
        for s, e in _quoted_spans(m["q"], text[m.end():m.end() + 4]):
            inner = m["q"][s:e]
            lead = len(inner) - len(inner.lstrip())
            tail = len(inner.rstrip())
            found.append((q0 + s + lead, q0 + s + tail, canonical_name(inner)))
    for m in _TITLED.finditer(text):
        if is_article_count(m["q"]):
            found.append((m.start("q"), m.end("q"), canonical_name(m["q"])))
    taken = [(s, e) for s, e, _ in found]
    bare = list(_unquoted(text, taken, _unquoted_pattern()))
    alone = [_stands_alone(text, s, e) for s, e in bare]
    # a name that counts only where its parts are spelled out stands for them wherever it comes back after that in
    # the same text (修理、更换、退货（以下统称三包）…三包凭证, 三包责任)
    spelled = {}
    for (s, e), ok in zip(bare, alone):
        if ok and _defined(name := canonical_name(text[s:e])) and abbreviation_open(text, s):
            spelled.setdefault(name, s)
    found += [(s, e, canonical_name(text[s:e])) for (s, e), ok in zip(bare, alone)
              if ok or spelled.get(canonical_name(text[s:e]), len(text)) < s]
    index = SpanIndex([(s, e) for s, e, _ in found])
    found += [(s, e, canonical_name(text[s:e])) for s, e in _after_quoted_list(text) if not index.overlaps(s, e)]
    index = SpanIndex([(s, e) for s, e, _ in found])
    found += [(s, e, canonical_name(text[s:e])) for s, e in _after_bare_list(text) if not index.overlaps(s, e)]
    # a formula the text has introduced in quotes is the same formula where it comes back
    # without them (以下简称“三防指挥部”… 各级三防指挥部应当…)
    introduced = {text[s:e] for s, e, _ in found if e - s >= 2 and not _RE_BARE_COUNT.fullmatch(text[s:e])}
    introduced -= set(known_slogans())
    # (a common word quoted as a name, “双重”负责, is the plain word where it comes back unquoted: 双重负责的管理体制)
    introduced = {name for name in introduced if word_frequency(name) < _COMMON}
    if introduced:
        again = regex.compile(word_alternation(introduced))
        taken = [(s, e) for s, e, _ in found]
        found += [(s, e, canonical_name(text[s:e])) for s, e in _unquoted(text, taken, again)]
    found.sort()

    out = []
    bodies: list[tuple[int, int, str]] = []
    for s, e, name in found:
        bodies = [b for b in bodies if b[1] > s]  # found is sorted by start: a body ending by s is done
        if any(bs <= s and e <= be and _is_label(name, whole) for bs, be, whole in bodies):
            continue  # “一学”, “三促” inside the definition of 一学三促四抓
        d = find_definition(text, s, e, name)
        if _defined(name) and (d is None or d.mismatch):
            d = aspects_before(text, s, name, e) or d  # 在吃、穿、住、医、葬方面…实行五保供养
        if d is not None:
            bodies.append((d.start, d.end, name))
            out.append((s, e, name, d.components, d.expected))
        else:
            out.append((s, e, name, (), None))
    return out


# A compact formula right after the quoted list of its parts, ending its clause: “改造传统产业、培育新兴
# 产业、布局未来产业”三线并进，… The numeral heads a word, no classifier (“A、B”两个大局 counts the
# things listed, as 国内国际两个大局 does; …”四面镜子 counts mirrors).
# The parts may also stand in quotes of their own (“智能”“绿色”“融合”三大方向): then 大 may follow the
# numeral, as in the fixed names of sets (三大攻坚战, 五大行动): the quotes count the parts named.
_COUNTING = ''.join(n for n in NUMERAL_VALUES if n != '一')
_RE_AFTER_LIST = regex.compile(
    rf"(?:“(?P<list>[^“”\n]{{3,120}})”|(?P<parts>(?:“[^“”、，。；\n]{{1,12}}”[、，]?){{2,10}}))(?P<name>[{_COUNTING}]"
    rf"(?:[^\P{{Han}}{''.join(NUMERAL_VALUES)}{COUNTING_WORDS}]\p{{Han}}{{1,3}}|(?<=”[{_COUNTING}])大[^\P{{Han}}{''.join(NUMERAL_VALUES)}]\p{{Han}}{{0,3}}))"
    rf"(?=[，。；：、,;:]|的|$)")
_RE_PART = regex.compile(r"“[^“”]+”")


def _after_quoted_list(text: str) -> Iterator[tuple[int, int]]:
    """Unquoted formulas named right after the quoted list of their parts, the numeral equal to the
    number of items (“A、B、C”三线并进, “A”“B”“C”三大方向). The count of the list shows the numeral counts parts, even
    where the word alone is a rank (三线建设 in slogan_exclusions.tsv); a measure stays a measure."""
    for m in _RE_AFTER_LIST.finditer(text):
        if m["parts"] is not None:
            items = _RE_PART.findall(m["parts"])
            if m["name"][1] == "大" and len(cut(m["name"][2:])) != 1:
                continue  # 两大方向发展: the name is 大 and one word (方向), no verb after it
        else:
            if m["name"][1] == "大":
                continue  # (“A、B”两大…: one quoted unit before 大 is read as the rule above says, no 大)
            items = [item for item in m["list"].split("、") if item.strip()]
        name = m["name"]
        if len(items) < 2 or NUMERAL_VALUES[name[0]] != len(items) or measure_end(name, 0) is not None:
            continue
        s, e = m.span("name")
        if not _cuts_a_word(text, s, e):
            yield s, e


# A numeral and a two-character head word ending its clause or before 的, right after an unquoted list:
# 野战军、地方军和民兵三结合的…, 组织、政治、军事三落实，
_RE_AFTER_BARE = regex.compile(rf"(?<=\p{{Han}})(?P<name>[{_COUNTING}]\p{{Han}}{{2}})(?=[，。；：,;:]|的)")
_NOUN_TAGS = ("n", "m", "q", "r", "t", "f", "s")


def _after_bare_list(text: str) -> Iterator[tuple[int, int]]:
    """A formula named by a numeral and a verb or adjective right after the unquoted list of its parts
    (``组织、政治、军事三落实``; ``野战军、地方军和民兵三结合``): the list, as
    :func:`~govtext.extract.definitions.find_definition` reads it, has as many items as the numeral says.
    A noun after the numeral counts the things listed (北京、天津、河北三地区; 三方面), no formula; a change
    verb reports a change of each (收入、利润、税收三增长)."""
    for m in _RE_AFTER_BARE.finditer(text):
        s, e = m.span("name")
        clause = text[max(0, s - 60):s]
        if "、" not in clause[max(0, max(clause.rfind(c) for c in "，。；：！？\n") + 1):]:
            continue
        name = m["name"]
        if name[1] in COUNTING_WORDS or measure_end(name, 0) is not None or not formula_numerals(name):
            continue
        head = pos_cut(name[1:])
        if len(head) != 1 or head[0][1].startswith(_NOUN_TAGS) or head[0][0] in change_words():
            continue  # (收入、利润、税收三增长: a change of each, reported, no formula)
        d = find_definition(text, s, e, name)
        if d is None or len(d.components) != NUMERAL_VALUES[name[0]] or d.expected != len(d.components):
            continue
        if not _cuts_a_word(text, s, e):
            yield s, e


def _stands_alone(text: str, s: int, e: int) -> bool:
    """May the unquoted known name at ``text[s:e]`` stand as a formula? Always, unless its row is
    ``unquoted: defined``: a name that is also a plain phrase (分两步走) counts only where the text
    spells its parts out in place (分两步走：前十年…，后十年…) or states right after it the goal the steps reach
    by a date (分两步走在本世纪中叶建成…强国, 确定分两步走在本世纪末实现…的目标): the strategy, not any two steps."""
    name = canonical_name(text[s:e])
    if not _defined(name):
        return True
    return (find_definition(text, s, e, name) is not None or aspects_before(text, s, name, e) is not None
            or _re_goal_date().match(text, e) is not None)


def _defined(name: str) -> bool:
    """Is ``name`` a known name that counts unquoted only where its parts are spelled out (``unquoted: defined``)?"""
    return known_slogans().get(name, {}).get("unquoted", "") == "defined"


@lru_cache(maxsize=1)
def _re_goal_date() -> "regex.Pattern":
    """A date opening the goal after a name (在本世纪中叶, 到本世纪末, 在二〇五〇年): 在/到, then a part of this century,
    or 在 and a written year (:func:`govtext.text.date_grammar.written_year`); 到2025年 after a plain phrase is when its
    work ends (改革分两步走到2025年全面完成), no strategy."""
    return regex.compile(rf"(?:[在到]本世纪(?:初|中叶|末)|在{written_year()})")


def _is_label(part: str, whole: str) -> bool:
    """Is ``part`` one block of ``whole`` (一学 of 一学三促四抓)?"""
    return part != whole and any(a + b == part for a, b in _RE_BLOCK.findall(whole))


def extract_slogans(ctx: Context) -> Iterator[FactBase]:
    for s, e, name, components, expected in find_slogans(ctx.text):
        yield ctx.make("slogan", s, e, name=name, components=list(components), expected_components=expected)
