"""Components of a formula when the text spells it out in place (FACTS.md §2 slogan).

Five ways a text defines a formula, all found around the name's span:

- a gloss after it: ``“九破九立”的思想，即破…，立…；破…`` / ``“六有”党组织，即有…、有…``
- parentheses after it: ``“三问三行”（扪心叩问我是谁、为了谁、依靠谁，切实坚持行大道…）``,
  possibly with labelled parts: ``“一学三促四抓”（“一学”就是…；“三促”就是…）``
- a colon after it: ``着重抓好“三项教育”：抓理论教育。…抓专题教育。…``
- a frame before it: ``以“抓好基层、打好基础，一手抓法治、一手抓德治”为主要内容的“双基双治”``
- a list right before it: ``预先自学、挖掘问题、集中交流、回顾反思的“四环学习法”``
- a quoted list right before it: ``“改造传统产业、培育新兴产业、布局未来产业”三线并进``

The body is split at ``；``, then ``，``, then ``、`` until the number of parts is one the
numerals promise (:func:`~govtext.extract.slogan_rules.expected_counts`); when no level fits,
the parts are kept and the mismatch shows in ``expected``. Marker words are in
``lexicons/definition_markers.tsv``.

>>> d = find_definition("开展“三问三行”（扪心叩问我是谁、为了谁、依靠谁，切实坚持行大道、行公道、行正道）", 3, 7, "三问三行")
>>> d.components, d.expected
(('我是谁', '为了谁', '依靠谁', '行大道', '行公道', '行正道'), 6)
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from govtext.extract.entity_cues import pos_cut
from govtext.extract.slogan_rules import NUMERAL_VALUES, blocks, expected_counts, is_layout_pair, known_slogans
from govtext.lexicons import load_rows, split_alts
from govtext.text.conjunctions import conjunctions
from govtext.text.patterns import SMALL_NUMERALS
from govtext.text.segmentation import cut

__all__ = ["Definition", "aspects_before", "find_definition", "split_parts"]

_OPEN, _CLOSE = "“\"‘「『", "”\"’」』"
_STOP = "。！？\n"
_RUN_IN_MAX = 12  # a run-in heading is a short sentence (抓理论教育。)
_RUN_IN_WINDOW = 1500
_BODY_MAX = 300  # a definition's body ends within this many characters (bounds the work per name)
_RE_CLOSE = regex.compile(rf"[{_CLOSE}]")
_RE_LABELS = regex.compile(rf"([{''.join(NUMERAL_VALUES)}])([^{''.join(NUMERAL_VALUES)}]+)")
_RE_SENTENCE = regex.compile(r"[^。！？\n]+[。！？\n]")


@dataclass(frozen=True)
class Definition:
    """Parts found for a formula, what its numerals promise, and where the body lies."""

    components: tuple[str, ...]
    expected: Optional[int]
    start: int  # body span in the searched text (labels inside it are not separate slogans)
    end: int

    @property
    def mismatch(self) -> bool:
        return self.expected is not None and self.expected != len(self.components)


@lru_cache(maxsize=1)
def _markers() -> dict[str, tuple[str, ...]]:
    roles: dict[str, list[str]] = {"gloss": [], "frame": [], "lead_in": [], "list_tail": [], "item_step": []}
    for row in load_rows("definition_markers.tsv"):
        roles.setdefault(row["role"], []).append(row["marker"])
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in roles.items()}


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in words)


@lru_cache(maxsize=None)
def _marker_re(role: str) -> "regex.Pattern":
    return regex.compile(_alt(_markers()[role]))


@lru_cache(maxsize=1)
def _label_re() -> "regex.Pattern":
    """A labelled block: ``“一学”就是…``."""
    return regex.compile(rf"^[{_OPEN}]?(?P<label>[^{_CLOSE}]{{2,6}})[{_CLOSE}]?(?:{_alt(_markers()['gloss'])})(?P<rest>.+)$", regex.S)


@lru_cache(maxsize=1)
def _gloss_re() -> "regex.Pattern":
    """A gloss right after a name: ``“六有”党组织，即…``."""
    return regex.compile(rf"[^，。；：！？、“”（）\n]{{0,6}}[，,]?(?:{_alt(_markers()['gloss'])})")


def _head_before_gloss(lead: str) -> bool:
    """Does the text a gloss matched (``开发，是指``) hold a word between the name and a marker that defines a
    term (是指)? Then the gloss defines the name and that word together."""
    return lead.endswith(_TERM_GLOSSES) and bool(regex.match(r"[^，,]*\p{Han}", lead)) and not _marker_re("gloss").match(lead)


# The gloss markers that define a term (本条例所称…，是指…), as 即 glosses an apposition (“九破九立”的思想，即…)
_TERM_GLOSSES = ("是指", "指的是")


@lru_cache(maxsize=1)
def _list_tail_re() -> "regex.Pattern":
    """A word closing a list that runs into the name (``list_tail``): 偷税漏税、盗窃经济情报等所谓“五毒”."""
    return regex.compile(rf"(?:{_alt(_markers()['list_tail'])})$")


@lru_cache(maxsize=1)
def _abbreviation_open_re() -> "regex.Pattern":
    """The opening of brackets that name a list by the formula (``abbreviation``): ``修理、更换、退货（以下统称`` before
    ``三包）``."""
    return regex.compile(rf"[（(](?:{_alt(_markers()['abbreviation'])})[{_OPEN}]?$")


@lru_cache(maxsize=1)
def _frame_re() -> "regex.Pattern":
    """A frame before a name: ``以…为主要内容的``."""
    return regex.compile(rf"以(?P<body>[^。！？；\n]{{2,150}}?)(?:{_alt(_markers()['frame'])})$")


def _clean(part: str) -> str:
    part = part.strip(" \t\u3000：:")
    if len(part) >= 2 and part[0] in _OPEN and part[-1] in _CLOSE and not _RE_CLOSE.search(part[1:-1]):
        part = part[1:-1]
    return part


def _trim_first(items: list[str], lead_in: bool = False) -> list[str]:
    """Drop a lead verb from the first item of a parallel list: when all other items share one
    length, cut the first to it (扪心叩问我是谁 → 我是谁); else, with ``lead_in``, cut after a
    modifier ending in 的 that only the first item holds (普遍采用的先处理数据、再做模型训练: the
    的-phrase modifies the whole list) or after the last lead-in word (海曙区以正风肃纪 → 正风肃纪)."""
    if lead_in and len(items) >= 2 and "的" in items[0][:-2] and not any("的" in it for it in items[1:]):
        cut = items[0].rindex("的", 0, len(items[0]) - 2) + 1
        items = [items[0][cut:], *items[1:]]
    if len(items) < 3:
        if lead_in and len(items) == 2 and (m := _marker_re("lead_in").match(items[0])) and m.end() < len(items[0]) - 1 \
                and not items[1].startswith(m.group()):  # (以严为主、以实为要: the parts are parallel)
            return [_second_verb_cut(items[0][m.end():]), items[1]]  # 坚持大众创业、万众创新的“双创”: a verb opening the first of two
        return items
    lengths = {len(it) for it in items[1:]}
    first = items[0]
    if lead_in and (m := _marker_re("gloss").search(first)) and m.end() < len(first):
        return [first[m.end():], *items[1:]]  # “4”是指旅游业、现代服务业…: a gloss of another label opens the list
    if len(lengths) == 1 and len(first) > (n := lengths.pop()) and _word_edge(first, len(first) - n):
        return [first[-n:], *items[1:]]
    if lead_in:
        m = None
        for m in _marker_re("lead_in").finditer(first):
            pass
        if m is not None and m.end() < len(first):
            return [_second_verb_cut(first[m.end():]), *items[1:]]
    return items


def _second_verb_cut(rest: str) -> str:
    """What follows a lead-in verb, less a second verb joined to it (建立和完善国有企业…保障 → 国有企业…保障)."""
    if len(rest) > 3 and rest[0] in _CONJUNCTIONS:
        toks = pos_cut(rest[1:])
        if len(toks) >= 2 and toks[0][1] == "v" and len(toks[0][0]) >= 2:
            return rest[1 + len(toks[0][0]):]
    return rest


def _word_edge(item: str, pos: int) -> bool:
    """Does a word of the segmenter's reading of ``item`` end at ``pos`` (扪心叩问|我是谁, not 农村劳|务带头人)?"""
    edge = 0
    for w in cut(item):
        edge += len(w)
        if edge >= pos:
            return edge == pos
    return False


def abbreviation_open(text: str, start: int) -> bool:
    """Does the name at ``text[start:]`` stand in brackets that name the list before it by it (``（以下统称三包）``)?
    Then the text declares that the name stands for the listed parts from there on.

    >>> abbreviation_open("修理、更换、退货（以下统称三包）", 13), abbreviation_open("实行三包", 2)
    (True, False)
    """
    return _abbreviation_open_re().search(text, max(0, start - 8), start) is not None


def _first_like_peers(items: list[str]) -> list[str]:
    """The first item of a list a bracket names (``…人民政府、人民法院和人民检察院（以下简称“一府两院”）``) cut to the
    shortest word-final stretch as long as another item: the clause it opens is no part of it.

    >>> _first_like_peers(["为了提高听取和审议人民政府", "人民法院", "人民检察院"])
    ['人民政府', '人民法院', '人民检察院']
    >>> _first_like_peers(["家用汽车产品修理", "更换", "退货"])
    ['修理', '更换', '退货']
    """
    first, lengths = items[0], sorted({len(it) for it in items[1:]})
    for n in lengths:
        if n < len(first) and _word_edge(first, len(first) - n):
            return [first[-n:], *items[1:]]
    return items


@lru_cache(maxsize=1)
def _lead_in_end_re() -> "regex.Pattern":
    return regex.compile(f"(?:{_alt(_markers()['lead_in'])})$")


def _trim_last(items: list[str]) -> list[str]:
    """Drop the verb that takes the name as its object from the last item of a list running into the
    name (全省生产安全事故起数、死亡人数实现“双下降”: 实现, a ``lead_in`` row, is no part of the parts)."""
    last = items[-1] if items else ""
    m = _lead_in_end_re().search(last)
    return [*items[:-1], last[:m.start()]] if m and m.start() > 0 else items


_OPENERS, _CLOSERS = "“「『（(《", "”」』）)》"


@lru_cache(maxsize=None)
def _split_re(seps: str) -> "regex.Pattern":
    return regex.compile(f"[{regex.escape(_OPENERS + _CLOSERS + seps)}]")


def _split_top(body: str, seps: str) -> list[str]:
    """Split at ``seps`` outside quotes and brackets."""
    parts, depth, pos = [], 0, 0
    for m in _split_re(seps).finditer(body):  # only brackets and separators need a look
        ch = m.group()
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS and depth:
            depth -= 1
        if ch in seps and depth == 0:
            parts.append(body[pos:m.start()])
            pos = m.end()
    parts.append(body[pos:])
    return [p for p in (_clean(p) for p in parts) if p]


def _levels(body: str) -> list[list[str]]:
    """The body split ever finer: at ；, then also at ，, then also at 、."""
    semis = _split_top(body, "；;")
    if len(semis) > 2:  # parallel items: the last one is cut to the others' clause count
        width = Counter(len(_split_top(s, "，,")) for s in semis[:-1]).most_common(1)[0][0]
        last = _split_top(semis[-1], "，,")
        if len(last) > width:
            semis[-1] = "，".join(last[:width])
    commas = [c for s in semis for c in _split_top(s, "，,")]
    enums = [e for c in commas for e in _trim_first(_split_top(c, "、"))]
    head_list = _trim_first(_split_top(commas[0], "、")) if commas else []  # 即有…、有…，保证…
    return [semis, commas, head_list, enums]


def split_parts(body: str, counts: tuple[int, ...], name: str = "") -> tuple[list[str], Optional[int]]:
    """Split ``body`` at the coarsest level whose number of parts is in ``counts``; otherwise
    return the coarsest level with more than one part and the first promised count. A count
    of pairs (九破九立 → 9) is accepted only when every part holds both words of the pair.

    >>> split_parts("以群众评价促反思，以群众评议促查摆，以群众评判促整改", (3,))
    (['以群众评价促反思', '以群众评议促查摆', '以群众评判促整改'], 3)
    """
    pair_words = [w[:1] for _n, w in blocks(name)] if len(counts) > 1 else []
    levels = _levels(body)
    for parts in levels:
        if counts and len(parts) == counts[0]:
            return parts, len(parts)
        if pair_words and len(parts) == counts[1] and all(all(w in p for w in pair_words) for p in parts):
            return parts, len(parts)
    for parts in levels:
        # 供需矛盾、结构矛盾、区域矛盾和城乡矛盾 (四大矛盾): the last two parts joined by a conjunction, not by 、
        joined = _split_joined_last(parts, counts[:1]) if counts and len(parts) + 1 == counts[0] else parts
        if len(joined) == len(parts) + 1 and min(len(joined[-2]), len(joined[-1])) >= 2:
            return joined, len(joined)
    if 1 in counts:
        return [_clean(body)], 1
    semis, commas, head_list, _enums = levels
    parts = next((p for p in (semis, head_list, commas) if len(p) > 1), levels[-1])
    if pair_words and all(all(w in p for w in pair_words) for p in parts):
        return parts, counts[1]  # pairs, but not as many as promised
    return parts, (counts[0] if counts else None)


def _labelled(body: str, name: str) -> Optional[list[str]]:
    """``“一学”就是…；“三促”就是…`` → the parts of each labelled block, in order."""
    labels = {f"{n_ch}{word}" for n_ch, word in _RE_LABELS.findall(name)}
    pat = _label_re()
    parts: list[str] = []
    for seg in _split_top(body, "；;"):
        m = pat.match(seg)
        if not m or m["label"] not in labels:
            return None
        parts.extend(split_parts(m["rest"], (NUMERAL_VALUES[m["label"][0]],))[0])
    return parts


_RE_STOP = regex.compile(rf"[{_STOP}]")
# A list before a name: A、B、C(的)“NAME” — no clause punctuation, the last 、 followed by an item.
_LIST_BREAK = set("，。；：！？（）“”\n")
_CONJUNCTIONS = set(conjunctions(marks=False))


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence from ``pos`` ends, looking at most ``_BODY_MAX`` characters ahead."""
    limit = min(len(text), pos + _BODY_MAX)
    m = _RE_STOP.search(text, pos, limit)
    return m.start() if m else limit


def _list_before(head: str) -> Optional[tuple[int, int]]:
    """Span of the ``A、B、C(的)`` list ``head`` ends with (a final newline aside), or ``None``.
    The same as searching ``[^P]+(?:、[^P、]+)+(?:的|等)?$`` (P the clause punctuation)
    without its backtracking.

    >>> _list_before("开展预先自学、挖掘问题、集中交流的"), _list_before("甲、乙，丙"), _list_before("甲、")
    ((0, 17), None, None)
    """
    end = len(head) - 1 if head.endswith("\n") else len(head)
    start = next((i + 1 for i in range(end - 1, -1, -1) if head[i] in _LIST_BREAK), 0)
    last = head.rfind("、", 0, end)
    return (start, end) if start < last < end - 1 else None


_RE_PAREN = regex.compile(r"[（()）]")


def _split_joined_last(items: list[str], counts: tuple[int, ...]) -> list[str]:
    """The last two items of a list joined by a conjunction, not by 、 (野战军、地方军和民兵三结合): split
    where the list is one item short of the name's count and its last item holds one conjunction.

    >>> _split_joined_last(["野战军", "地方军和民兵"], (3,)), _split_joined_last(["甲", "乙和丙"], (2,))
    (['野战军', '地方军', '民兵'], ['甲', '乙和丙'])
    """
    if len(items) < 2 or len(items) + 1 not in counts or len(items) in counts:
        return items
    joins = [i for i, ch in enumerate(items[-1]) if ch in _CONJUNCTIONS]
    if len(joins) != 1 or not 0 < joins[0] < len(items[-1]) - 1:
        return items
    j = joins[0]
    return [*items[:-1], items[-1][:j], items[-1][j + 1:]]


def _bare_list_defines(items: list[str], name: str) -> bool:
    """Does a list that runs into the name without ``的``/``等`` define it? Only when its items
    are parallel: all ending with the name's head (疫情防控阻击战、…推进战“三战”), or of like
    length (正风肃纪、破难攻坚、强基提质、提振精气神“四大专项行动”) with no conjunction before the
    name. ``小微企业和“三农”``, ``省级、地市级医保部门在国家“两库”``, ``二、加强“两库”`` are
    other words beside the name.

    >>> _bare_list_defines(["疫情防控阻击战", "精准脱贫攻坚战"], "两战"), _bare_list_defines(["省级", "地市级部门在国家"], "两库")
    (True, False)
    >>> _bare_list_defines(["项目有前景", "技术有竞争力的企业和"], "两农"), _bare_list_defines(["正风肃纪", "提振精气神"], "两大行动")
    (False, True)
    """
    bs = blocks(name)
    head = bs[-1][1][-1:] if bs and bs[-1][1] else ""
    if head and all(item.endswith(head) for item in items):
        return True
    lengths = [len(item) for item in items]
    return min(lengths) >= 2 and max(lengths) <= 2 * min(lengths) and items[-1][-1] not in _CONJUNCTIONS


def _names_known_parts(items: list[str], name: str) -> bool:
    """Do the ``items`` of a list before a known name (``slogans.tsv`` with its parts) name those parts?
    Each item must share two characters in a row with one of them (形式主义、官僚主义…“四风”), or be one of
    its characters: a formula with fixed parts is not redefined by the words that happen to stand before it
    (服务实体经济、科技创新和共建“一带一路”; 对早开工、早投产的双创项目). A name without known parts passes.

    >>> _names_known_parts(["对早开工", "早投产"], "双创"), _names_known_parts(["大众创业", "万众创新"], "双创")
    (False, True)
    >>> _names_known_parts(["甲", "乙"], "两个甲乙")
    True
    """
    row = known_slogans().get(name)
    parts = split_alts(row.get("components")) if row else []
    if not parts:
        return True
    pairs = {part[i:i + 2] for part in parts for i in range(len(part) - 1)}
    chars = set("".join(parts))
    return all(any(item[i:i + 2] in pairs for i in range(len(item) - 1)) if len(item) > 1 else item in chars
               for item in items)


def _matching_paren(text: str, pos: int) -> int:
    depth = 0
    for m in _RE_PAREN.finditer(text, pos, min(len(text), pos + 600)):
        if m.group() in "（(":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return m.start()
    return -1


def _run_in(text: str, pos: int, name: str, count: int) -> Optional[tuple[list[str], int]]:
    """Run-in headings after a colon: short sentences ending in the name's head noun
    (``“三项教育”：抓理论教育。…抓专题教育。…抓基地教育。``)."""
    bs = blocks(name)
    head = bs[-1][1].lstrip("个项大条种") if bs else ""
    if len(head) < 2:
        return None
    found, end = [], pos
    for m in _RE_SENTENCE.finditer(text[pos:pos + _RUN_IN_WINDOW]):
        sentence = m[0][:-1].strip()
        if len(sentence) <= _RUN_IN_MAX and sentence.endswith(head) and sentence != head:
            found.append(sentence)
            end = pos + m.end()
            if len(found) == count:
                return found, end
        elif not found:
            return None
    return None


# Numbered items after a colon, one a line or sentence: 第一步，…  第二步，…; 1.… 2.…; （一）… （二）…
@lru_cache(maxsize=1)
def _item_mark_re() -> "regex.Pattern":
    """A numbered item after a colon: 第一步, 第一是, 第一阶段 (``item_step``), 1., （一）."""
    steps = _alt(_markers()["item_step"])
    return regex.compile(rf"(?:(?<=^|[。；\n])[ \t\u3000]*)(?:第(?P<cn>[{SMALL_NUMERALS}])(?:{steps})[，,：:]?|"
                         rf"(?P<d>[1-9])[.．、](?!\d)|[（(](?P<p>[{SMALL_NUMERALS}])[)）])")
_ITEM_NUMERALS = SMALL_NUMERALS
_RE_ITEM_STOP = regex.compile(r"[，,；;。\n]")


def _numbered_items(text: str, pos: int, count: int) -> Optional[tuple[list[str], int]]:
    """Items numbered 1 to ``count`` after the colon at ``pos`` (``分三步走：第一步，到2020年…。第二步，…``;
    ``“三个一批”：1.形成一批…。2.培育一批…``), each up to its first clause end: the parts, in order,
    and where the last ends; ``None`` unless the numbers run 1, 2, … ``count`` with the first right after
    the colon."""
    window = text[pos:pos + _RUN_IN_WINDOW]
    found: list[str] = []
    end = pos
    for m in _item_mark_re().finditer(window):
        n = m["d"] or m["cn"] or m["p"]
        value = int(n) if n.isdigit() else _ITEM_NUMERALS.index(n) + 1
        if value != len(found) + 1 or (not found and window[:m.start()].strip()):
            return None
        stop = _RE_ITEM_STOP.search(window[m.end():])
        item = window[m.end():m.end() + stop.start()] if stop else window[m.end():]
        if not item.strip():
            return None
        found.append(_clean(item))
        end = pos + m.end() + len(item)
        if len(found) == count:
            return found, end
    return None


def find_definition(text: str, start: int, end: int, name: str) -> Optional[Definition]:
    """The definition of the formula ``name`` found at ``text[start:end]`` (quotes excluded),
    or ``None`` when the text does not spell it out in place."""
    after = end + 1 if end < len(text) and text[end] in _CLOSE else end
    if is_layout_pair(name):
        return _layout_roles(text, after, name)
    counts = expected_counts(name)
    if not counts:
        return None
    before = start - 1 if start > 0 and text[start - 1] in _OPEN else start

    # parentheses right after the name
    if after < len(text) and text[after] in "（(":
        close = _matching_paren(text, after)
        if close > after + 1:
            body = text[after + 1:close]
            parts = _labelled(body, name)
            if parts is not None:
                expected = counts[0]
            else:
                parts, expected = split_parts(body, counts, name)
            return Definition(tuple(parts), expected, after + 1, close)

    # a gloss: “六有”党组织，即有…
    gloss = _gloss_re()
    m = gloss.match(text, after)
    if m:
        stop = _sentence_end(text, m.end())
        body = text[m.end():stop]
        if body.strip():
            parts, expected = split_parts(body, counts, name)
            if expected == len(parts) or not _head_before_gloss(m.group()):
                return Definition(tuple(parts), expected, m.end(), stop)
            # (本条例所称四荒开发，是指…: a gloss after the name and a head word whose parts the numeral does
            # not count defines the compound, 四荒开发, not the formula)

    # a colon: items up to the sentence end, or run-in headings
    if after < len(text) and text[after] in "：:":
        stop = _sentence_end(text, after + 1)
        parts, expected = split_parts(text[after + 1:stop], counts, name)
        parts = [p[m.end():] if (m := _item_mark_re().match(p)) and m.end() < len(p) else p for p in parts]  # （一）资金到位
        if expected != len(parts) or len(parts) < 2:
            run_in = _run_in(text, after + 1, name, counts[0]) or _numbered_items(text, after + 1, counts[0])
            if run_in:
                return Definition(tuple(run_in[0]), counts[0], after + 1, run_in[1])
        if len(parts) >= 2:
            return Definition(tuple(parts), expected, after + 1, stop)
        return None

    head = text[max(0, before - 200):before]
    # a frame: 以“…”为主要内容的“NAME”
    m = _frame_re().search(head)
    if m:
        parts, expected = split_parts(_clean(m["body"]), counts, name)
        if len(parts) >= 2:
            return Definition(tuple(parts), expected, before - len(head) + m.start("body"), before)

    # a list the brackets after it name by the formula: 修理、更换、退货（以下统称三包）
    abbr = _abbreviation_open_re().search(head)
    if abbr is not None:
        before -= len(head) - abbr.start()
        head = head[:abbr.start()]
    # a list right before the name: A、B、C、D(的)“NAME”
    lst = _list_before(head)
    if lst is not None and not head.startswith("的", lst[0]):
        # (“两个确立”的决定性意义、坚决做到“两个维护”: a list opened by 的 is the tail of a longer phrase)
        bare = head[lst[0]:lst[1]]
        items = _split_joined_last(_split_top(_list_tail_re().sub("", bare), "、"), counts)
        items = _trim_first(items, lead_in=True)
        if abbr is not None:
            items = _first_like_peers(items)
        if not _list_tail_re().search(bare):
            items = _trim_last(items)
        if len(items) in counts and (abbr is not None or _list_tail_re().search(bare) or _bare_list_defines(items, name)) \
                and _names_known_parts(items, name):
            return Definition(tuple(items), len(items), before - len(head) + lst[0], before)

    # a quoted list right before the name: “A、B、C”NAME
    m = _RE_QUOTED_LIST_TAIL.search(head)
    if m:
        items = [_clean(item) for item in _split_top(m["body"], "、")]
        if len(items) >= 2 and len(items) in counts and all(items):
            return Definition(tuple(items), len(items), before - len(head) + m.start("body"), before - len(head) + m.end("body"))
    return None


def _layout_roles(text: str, after: int, name: str) -> Optional[Definition]:
    """The two parts of a layout pair (``一主多辅``) spelled out later in its sentence as the roles they play:
    ``坚持“一主多辅”的原则，以国有粮食部门为主，以用粮大户…等部门为辅`` → 以国有粮食部门为主, 以用粮大户…等部门为辅.

    >>> _layout_roles("坚持“一主多辅”的原则，以甲部门为主，以乙、丙等部门为辅，搞活流通。", 8, "一主多辅").components
    ('以甲部门为主', '以乙、丙等部门为辅')
    """
    stop = _sentence_end(text, after)
    m = regex.compile(rf"以[^，；。：]{{1,40}}?为{name[1]}[，；]以[^，；。：]{{1,40}}?为{name[3]}(?=[，；。]|$)").search(text, after, stop)
    if m is None or m.start() - after > 20:
        return None  # (the roles follow the name closely: 的原则，以…)
    first, second = m.group().split(f"为{name[1]}", 1)
    return Definition((first + f"为{name[1]}", second[1:]), 2, m.start(), m.end())


# A quoted list that the name follows at once: “改造传统产业、培育新兴产业、布局未来产业”三线并进.
_RE_QUOTED_LIST_TAIL = regex.compile(r"“(?P<body>[^“”\n]{3,120})”$")


# 在吃、穿、住、医、葬方面，…实行五保供养: the fields a name's parts cover, listed earlier in its sentence and closed by 方面
_RE_ASPECTS = regex.compile(r"在(?P<body>[^，。；：！？\n、]{1,8}(?:、[^，。；：！？\n、]{1,8})+)(?:等)?方面")


def aspects_before(text: str, start: int, name: str, end: Optional[int] = None) -> Optional[Definition]:
    """The parts of a fixed name (``五保``) spelled out earlier in its own sentence as the fields it covers:
    ``在吃、穿、住、医、葬方面，由乡、镇人民政府负责组织实行五保供养`` → 吃, 穿, 住, 医, 葬. Only a list of exactly as
    many items as the numeral says, the last such list before the name; read for names that count only where
    their parts are spelled out (``unquoted: defined`` in slogans.tsv), whose parts often stand before them. With
    ``end`` (where the name ends), a list later in the same sentence counts when none stands before it
    (``农村五保供养，是指…在吃、穿、住、医、葬方面给予…``).

    >>> aspects_before("在吃、穿、住、医、葬方面，由乡、镇人民政府负责组织实行五保供养", 24, "五保").components
    ('吃', '穿', '住', '医', '葬')
    >>> aspects_before("在吃、穿方面，实行五保供养", 9, "五保") is None
    True
    """
    counts = expected_counts(name)
    lo = max(0, start - _BODY_MAX)
    stop = max((m.end() for m in _RE_STOP.finditer(text, lo, start)), default=lo)
    found = list(_RE_ASPECTS.finditer(text, stop, start))
    if not found and end is not None:
        found = [m for m in [_RE_ASPECTS.search(text, end, _sentence_end(text, end))] if m]
    if not found or not counts:
        return None
    m = found[-1]
    items = [_clean(item) for item in m["body"].split("、")]
    if len(items) not in counts[:1] or not all(items):
        return None
    return Definition(tuple(items), len(items), m.start("body"), m.end("body"))

