"""Change moods: a change verb that reports no change, a future, a possibility or a plan's figure.

``粮食产量将增长百分之十三`` (a future), ``积累率可能进一步降到30%左右`` (a possibility),
``“七五”计划草案规定，…增长百分之三十八`` (a plan word earlier in its sentence), and the items of a list
a plan introduces (``…计划产量比一九五二年的产量增长的情况如下列：`` then ``钢：从…增加到…``) state no
change (FACTS.md §2: a goal is a target; a forecast reports none). A future in a year the report
estimates (``一九五四年预计…``) reads as the estimate. The words are in ``lexicons/change_moods.tsv``;
:mod:`govtext.extract.changes` asks :func:`in_mood` of each change it finds.

>>> in_mood("粮食产量将增长百分之十三。", 5, [])
True
>>> in_mood("粮食产量增长百分之十三。", 4, [])
False
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Optional

import regex

from govtext.extract.entities import pos_cut
from govtext.extract.subjects import clause_start
from govtext.lexicons import load_rows
from govtext.text.date_grammar import words_of, written_year
from govtext.text.patterns import not_preceded_by
from govtext.text.segmentation import word_edges

__all__ = ["COMPARISON", "estimated_years", "in_mood", "obtain_cues", "own_word"]

_CLAUSE_GAP = r"[^，。；：！？,;:!?\n]{0,12}?"
# a comparison before a change verb (比上年, 比一九五四年): not 比重, 比例, 可比价格
COMPARISON = r"(?:比|较)(?![价重例率值较])[^，。；：！？,;:!?\n]{1,14}?"
# between a future word and its change: adverbs, then a comparison (将比上年增长3%, 将进一步降到30%)
_RE_MOOD_GAP = regex.compile(rf"(?P<adv>\p{{Han}}{{0,6}}?)(?:{COMPARISON})?")


def _mood_alternation(rows) -> str:
    """The cues of ``rows`` of ``change_moods.tsv`` as one alternation, each behind its guard (… is a
    gap within the clause)."""
    alts = sorted(((not_preceded_by(r["not_after"]), r["cue"]) for r in rows), key=lambda a: -len(a[1]))
    return "|".join(guard + _CLAUSE_GAP.join(regex.escape(p) for p in cue.split("…")) for guard, cue in alts)


@lru_cache(maxsize=1)
def _moods() -> tuple["regex.Pattern", "regex.Pattern", frozenset[str], "regex.Pattern"]:
    """The future and possibility words (``verb`` in ``change_moods.tsv``, read right before a change),
    the plan words reaching over their sentence (``sentence``), the goal cues that may mean "obtain"
    (``obtain``) and the words of a later period (``later``)."""
    rows = load_rows("change_moods.tsv")
    verb = _mood_alternation(r for r in rows if r["role"] == "verb")
    sentence = _mood_alternation(r for r in rows if r["role"] == "sentence")
    later = _mood_alternation(r for r in rows if r["role"] == "later")
    return (regex.compile(rf"(?:{verb})"), regex.compile(rf"(?:{sentence})"),
            frozenset(r["cue"] for r in rows if r["role"] == "obtain"), regex.compile(rf"(?:{later})"))


@lru_cache(maxsize=1)
def _re_year() -> "regex.Pattern":
    """A year a sentence places its change in: 今年 (the ``anchor+0`` years of ``date_words.tsv``), 1954年,
    一九五四年 (the date grammar's year)."""
    return regex.compile(rf"{words_of('year', 'anchor+0')}|{written_year()}")


@lru_cache(maxsize=1)
def _re_estimated() -> "regex.Pattern":
    return regex.compile(rf"(?P<y>{_re_year().pattern})预计")


def _year_key(word: str) -> str:
    """The year as the text names it, this year's words (本年, 本年度) read as 今年."""
    return "今年" if regex.fullmatch(words_of("year", "anchor+0"), word) else word


def estimated_years(text: str) -> frozenset[str]:
    """The years the text estimates the results of (一九五四年预计…, 今年预计…): the year in progress
    of a report given before its end."""
    return frozenset(_year_key(m["y"]) for m in _re_estimated().finditer(text))


def _in_estimated_year(text: str, pos: int, estimated: frozenset[str]) -> bool:
    """Does the paragraph of ``pos`` speak of a year the text estimates (今年 where the report writes
    今年预计), no later period named before ``pos`` (明年, 今后: ``later`` in ``change_moods.tsv``)?"""
    ps = text.rfind("\n", 0, pos) + 1
    if _moods()[3].search(text, ps, pos):
        return False
    return any(_year_key(y[0]) in estimated for y in _re_year().finditer(text, ps, pos))


def in_mood(text: str, start: int, spans, estimated: frozenset[str] = frozenset()) -> bool:
    """Is the change starting at ``start`` a future, a possibility or a plan's figure: a future word right
    before it (粮食产量将增长百分之十三, 积累率可能进一步降到30%左右, 将比上年增长3%), or a plan word
    earlier in its sentence (“七五”计划草案规定，…增长百分之三十八; 计划将招生人数由…增加到…)? It reports
    no change (FACTS.md §2: a goal is a target). 将 opening an object (将扶贫标准提高到2300元) is the
    object marker, no future; a future in a year the text estimates (``estimated``: 在一九五四年将由…上升为…
    where the report writes 一九五四年预计…) is an estimate of the year in progress, read as 预计 is."""
    verb, sentence, _obtain, _later = _moods()
    cs = clause_start(text, start, spans)
    ss = start
    while ss > 0 and text[ss - 1] not in "。；！？;!?\n":
        ss -= 1
    ps = ss  # a plan word governs its whole period, over semicolons (计划规定…增长百分之二十三点三；以产量说，粮食增长…)
    while ps > 0 and text[ps - 1] not in "。！？!?\n":
        ps -= 1
    for m in verb.finditer(text, max(cs, start - 24), start):
        gap = _RE_MOOD_GAP.fullmatch(text, m.end(), start)
        if gap is None or not own_word(text, m.start(), m.end(), max(cs, m.start() - 3), start):
            continue
        adv = gap["adv"]
        if not adv or all(f == "d" for _w, f in pos_cut(adv)):
            if estimated and _in_estimated_year(text, m.start(), estimated):
                continue
            return True
    if sentence.search(text, ps, start) is not None:
        return True
    intro = _list_intro(text, start)
    return intro is not None and (sentence.search(text, *intro) is not None or any(
        own_word(text, m.start(), m.end(), max(intro[0], m.start() - 3), min(intro[1], m.end() + 3))
        for m in verb.finditer(text, *intro)))


# a paragraph that is an item of a list: a short label and a colon (钢：从…增加到…)
_RE_LIST_ITEM = regex.compile(r"[ \t\u3000]*[^，。；：！？\n]{1,10}[：:]")


def _list_item(line: str) -> bool:
    """Does ``line`` open with the label of a list item, a noun and a colon (钢：, 油料作物：; not 有人认为：)?"""
    m = _RE_LIST_ITEM.match(line)
    return m is not None and not any(f.startswith("v") and f != "vn" for _w, f in pos_cut(m[0].strip()[:-1]))


def _list_intro(text: str, pos: int) -> Optional[tuple[int, int]]:
    """``(start, end)`` of the last sentence of the paragraph that introduces the list whose item holds
    ``pos`` (…主要产品在一九五七年的计划产量比一九五二年的产量增长的情况如下列：), or None when ``pos``
    stands in no list item. A future or a plan word there makes every item a plan figure."""
    ps = text.rfind("\n", 0, pos) + 1
    if not _list_item(text[ps:pos]):
        return None
    while ps > 0:
        prev = text.rfind("\n", 0, ps - 1) + 1
        line = text[prev:ps - 1]
        ps = prev
        if not line.strip() or _list_item(line):
            continue
        end = len(line.rstrip())
        if not line[:end].endswith(("：", ":")):
            return None
        ss = max(line.rfind(c, 0, end - 1) for c in "。；！？") + 1
        return prev + ss, prev + end
    return None

def obtain_cues() -> frozenset[str]:
    """The goal cues that, with a noun and an amount as their object, mean "obtain" (``obtain`` in
    ``change_moods.tsv``: 争取中央预算内投资140.3亿元 reports the funds won)."""
    return _moods()[2]


def own_word(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Is ``text[start:end]`` a word of the segmenter's reading of ``text[lo:hi]``?"""
    edges = word_edges((w for w, _f in pos_cut(text[lo:hi])), lo)
    i = bisect.bisect_left(edges, start)
    return i + 1 < len(edges) and edges[i] == start and edges[i + 1] == end
