"""Change moods: a change verb that reports no change, a future, a possibility or a plan's figure.

``粮食产量将增长百分之十三`` (a future), ``积累率可能进一步降到30%左右`` (a possibility),
``“七五”计划草案规定，…增长百分之三十八`` (a plan word earlier in its sentence), and the items of a list
a plan introduces (``…计划产量比一九五二年的产量增长的情况如下列：`` then ``钢：从…增加到…``) state no
change (FACTS.md §2: a goal is a target; a forecast reports none). A future in a year the report
estimates (``一九五四年预计…``) reads as the estimate. The words are in ``lexicons/change_moods.tsv``;
:mod:`govtext.extract.changes` asks :func:`in_mood` of each change it finds, and :func:`goal_clause`
whether its verb stands in a goal or a hypothesis (a goal word, a modal or a cue reaching over the
sentence: ``力争新增企业30家，进出口总额增长3%以上``; the cues are in ``lexicons/target_cues.tsv``).

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

from govtext.extract.entity_cues import pos_cut
from govtext.extract.subject_words import change_words
from govtext.extract.subjects import clause_start
from govtext.extract.target_vocab import strength_cues
from govtext.lexicons import load_rows
from govtext.text.date_grammar import words_of, written_year
from govtext.text.patterns import not_preceded_by
from govtext.text.segmentation import word_edges
from govtext.text.wordtrie import word_alternation

__all__ = ["comparison", "estimated_years", "goal_clause", "goal_words", "in_mood", "obtain_cues", "on_estimate", "own_word",
           "provision"]

_CLAUSE_GAP = r"[^，。；：！？,;:!?\n]{0,12}?"


def _cue_words(role: str) -> list[dict]:
    return [r for r in load_rows("change_cues.tsv") if r["role"] == role]


@lru_cache(maxsize=1)
def _re_comparison() -> "regex.Pattern":
    return regex.compile(comparison())


@lru_cache(maxsize=1)
def comparison() -> str:
    """A comparison before a change verb (比上年, 比一九五四年): a ``comparison`` word of ``change_cues.tsv``
    (not 比重, 比例, 可比价格: its ``not_followed_by``) and up to 14 characters of its clause."""
    alts = "|".join(regex.escape(r["word"]) + (f"(?!{r['not_followed_by']})" if r["not_followed_by"] else "")
                    for r in sorted(_cue_words("comparison"), key=lambda r: -len(r["word"])))
    return rf"(?:{alts})[^，。；：！？,;:!?\n]{{1,14}}?"


@lru_cache(maxsize=1)
def _beneficiary() -> str:
    """A beneficiary before a change verb (为市场主体, 给企业: ``beneficiary`` in ``change_cues.tsv``): the
    phrase names whom the change serves."""
    words = [r["word"] for r in _cue_words("beneficiary")]
    chars = "".join(w for w in words if len(w) == 1)
    return rf"(?:{word_alternation(words)})[^，。；：！？,;:!?\n{regex.escape(chars)}]{{1,10}}?"


@lru_cache(maxsize=1)
def _re_mood_gap() -> "regex.Pattern":
    """Between a future word and its change: adverbs, then a beneficiary or a comparison (将比上年增长3%, 将进一步
    降到30%, 全年要为市场主体减轻非税负担3000多亿元)."""
    return regex.compile(rf"(?P<adv>\p{{Han}}{{0,6}}?)(?:{_beneficiary()})?(?:{comparison()})?")


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
def _re_estimated_base() -> "regex.Pattern":
    """A comparison or a from-phrase whose base is an estimate (``estimate`` in ``change_moods.tsv``):
    比1980年预计, 由今年预计的."""
    cues = word_alternation(r["cue"] for r in load_rows("change_moods.tsv") if r["role"] == "estimate")
    return regex.compile(rf"(?:(?:{comparison()})|[由从][^，。；：！？,;:!?\n]{{0,8}}?){cues}")


def on_estimate(text: str, start: int, verb: int, spans) -> bool:
    """Is the change whose span starts at ``start`` (its verb at ``verb``) measured from an estimated level
    (农业，粮食产量…，比1980年预计增加1000万吨; 比重由今年预计的44%提高到45%)? The level compared has not been
    reported yet: the figure is the plan or the forecast for a later period, no reported change.

    >>> on_estimate("粮食产量比1980年预计增加1000万吨", 13, 13, []), on_estimate("粮食产量比上年增加1000万吨", 10, 10, [])
    (True, False)
    """
    cs = clause_start(text, verb, spans)
    return _re_estimated_base().search(text, min(cs, start), verb) is not None


@lru_cache(maxsize=1)
def _re_year() -> "regex.Pattern":
    """A year a sentence places its change in: 今年 (the ``anchor+0`` years of ``date_words.tsv``), 1954年,
    一九五四年 (the date grammar's year)."""
    return regex.compile(rf"{words_of('year', 'anchor+0')}|{written_year()}")


@lru_cache(maxsize=1)
def _re_estimated() -> "regex.Pattern":
    return regex.compile(rf"(?P<y>{_re_year().pattern})预计")


@lru_cache(maxsize=1)
def _re_this_year() -> "regex.Pattern":
    return regex.compile(words_of("year", "anchor+0"))


def _year_key(word: str) -> str:
    """The year as the text names it, this year's words (本年, 本年度) read as 今年."""
    return "今年" if _re_this_year().fullmatch(word) else word


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
        gap = _re_mood_gap().fullmatch(text, m.end(), start)
        if gap is None or not own_word(text, m.start(), m.end(), max(cs, m.start() - 3), start):
            continue
        adv = gap["adv"]
        if not adv or all(f == "d" for _w, f in pos_cut(adv)):
            if estimated and _in_estimated_year(text, m.start(), estimated):
                continue
            return True
    if sentence.search(text, ps, start) is not None:
        return True
    if _future_level_before(text, cs, start, spans, estimated) or _future_intro(text, ss, start, spans, estimated):
        return True
    intro = _list_intro(text, start)
    return intro is not None and (sentence.search(text, *intro) is not None or any(
        own_word(text, m.start(), m.end(), max(intro[0], m.start() - 3), min(intro[1], m.end() + 3))
        for m in verb.finditer(text, *intro)))


def _future_at(text: str, lo: int, hi: int, estimated: frozenset[str]) -> bool:
    """Is there a future or possibility word of its own (``verb`` in ``change_moods.tsv``) in
    ``text[lo:hi]`` that a verb or an adverb follows (将达到, 将有: not 将 opening an object, 将扶贫标准…)?"""
    for m in _moods()[0].finditer(text, lo, hi):
        if not own_word(text, m.start(), m.end(), max(lo, m.start() - 3), min(hi, m.end() + 4)):
            continue
        nxt = pos_cut(text[m.end():min(hi, m.end() + 4)])
        if nxt and (nxt[0][1].startswith("v") or nxt[0][1] == "d") and nxt[0][1] != "vn":
            if estimated and _in_estimated_year(text, m.start(), estimated):
                continue
            return True
    return False


# what may open a clause that only adds the growth to the level the clause before states: 即, a comparison, an
# adverb (…将达到一千二百一十亿吨公里，即比一九五二年增长一倍；…将达到三百二十亿人公里，增长百分之五十九点五)
@lru_cache(maxsize=1)
def _re_headless() -> "regex.Pattern":
    """即 or 也就是 (``restates`` in ``change_cues.tsv``), a comparison, up to two characters of adverb."""
    restates = word_alternation(r["word"] for r in _cue_words("restates"))
    return regex.compile(rf"(?:{restates})?(?:{comparison()})?\p{{Han}}{{0,2}}")


def _future_level_before(text: str, cs: int, start: int, spans, estimated: frozenset[str]) -> bool:
    """Does the change at ``start`` open a clause with no subject of its own (only 即, a comparison or an adverb
    before it) after a clause of the same sentence that states a future level (旅客周转量将达到三百二十亿人公里，
    增长百分之五十九点五)? The growth is the plan's, as the level is."""
    if cs < 2 or text[cs - 1] not in "，," or not _re_headless().fullmatch(text, cs, start):
        return False
    if any(f.startswith("n") for _w, f in pos_cut(text[cs:start])) and not _re_comparison().match(text[cs:start].lstrip("即")):
        return False
    pcs = clause_start(text, cs - 1, spans)
    return _re_future_level().search(text, pcs, cs - 1) is not None and _future_at(text, pcs, cs - 1, estimated)


@lru_cache(maxsize=1)
def _re_future_level() -> "regex.Pattern":
    """A future word right before a level verb (将达到, 可能达到: ``verb`` moods, ``level`` verbs of
    ``change_verbs.tsv``)."""
    rows = load_rows("change_moods.tsv")
    cues = word_alternation(r["cue"] for r in rows if r["role"] == "verb")
    levels = word_alternation(r["verb"] for r in load_rows("change_verbs.tsv") if r["direction"] == "level")
    return regex.compile(rf"(?:{cues})(?:{levels})")


def _future_intro(text: str, ss: int, start: int, spans, estimated: frozenset[str]) -> bool:
    """Does a colon in the sentence of ``start`` close an introduction that speaks of the future (一九五七年比
    一九五二年将有如下的增长比例：粮食增长百分之十三点三，…)? Every item after it is the plan's figure."""
    colon = max(text.rfind("：", ss, start), text.rfind(":", ss, start))
    return colon > ss and _future_at(text, ss, colon, estimated)


# a paragraph that is an item of a list: a short label and a colon (钢：从…增加到…)
_RE_CLAUSE_MARK = regex.compile(r"[，。；：！？,;:!?\n]")  # a clause mark between two words
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


@lru_cache(maxsize=1)
def _verb_words() -> frozenset[str]:
    """The change verbs (``change_verbs.tsv`` through :func:`govtext.extract.subjects.change_words`)
    and the level verbs (``direction`` = level) of ``change_verbs.tsv``."""
    level = {r["verb"] for r in load_rows("change_verbs.tsv") if r["direction"] == "level"}
    return frozenset(change_words()) | frozenset(level)


@lru_cache(maxsize=1)
def _re_restates() -> "regex.Pattern":
    """The words opening a clause that restates the one before it (``restates`` in
    ``lexicons/change_cues.tsv``: 即, 也就是): a goal or a hypothesis there is one here too."""
    return regex.compile(word_alternation(r["word"] for r in load_rows("change_cues.tsv") if r["role"] == "restates"))


@lru_cache(maxsize=1)
def goal_words() -> frozenset[str]:
    """Words that make a verb phrase a goal, not a reported change: the goal nouns that end a target's
    subject (目标, 预期, 设定: ``subject_tail`` in ``target_cues.tsv``), the words opening a list of
    goals (增长目标, 预期目标), the strength cues with a ``reach`` in ``target_cues.tsv`` (力争, 确保,
    必须 …; not 努力: 经过努力，…增长5% reports a result) and the conditions reaching over their
    sentence (只要, 如果)."""
    rows = load_rows("target_cues.tsv")
    nouns = {r["cue"] for r in rows if r["role"] in ("subject_tail", "intro") and (
        "目标" in r["cue"] or "预期" in r["cue"] or r["cue"] == "设定")}  # (not 指标: 通胀指标 names a measure)
    strengths = {cue for cue, sc in strength_cues().items() if sc.reach}
    sentence = {r["cue"] for r in rows if r.get("reach") == "sentence" and r["role"] != "strength"}
    return frozenset(nouns | strengths | sentence)


@lru_cache(maxsize=1)
def _re_modal() -> "regex.Pattern":
    """A modal right before the change verb, only adverbs between (粮食产量要增长, 每年可节约, 就能增产,
    也要再减少): the other cues with a ``reach`` of their clause in ``target_cues.tsv`` (要, 可, 能),
    the adverbs those of the ``adverb`` role."""
    rows = load_rows("target_cues.tsv")
    modals = word_alternation(r["cue"] for r in rows if r.get("reach") == "clause" and r["role"] != "strength")
    advs = word_alternation(r["cue"] for r in rows if r["role"] == "adverb" and not r.get("reach"))
    # (a beneficiary or a comparison may stand between: 全年要为市场主体减轻…, 社会商品零售额要比一九五四年增长百分之二十七)
    return regex.compile(rf"(?P<m>{modals}){advs}*(?:{_beneficiary()})?(?:{comparison()})?$")


@lru_cache(maxsize=1)
def _re_reach_sentence() -> "regex.Pattern":
    """The cues whose ``reach`` in ``target_cues.tsv`` is their sentence (力争新增企业30家，进出口总额增长
    3%以上; 只要…降低百分之一，就…), not a cue done (确保了)."""
    cues = word_alternation(r["cue"] for r in load_rows("target_cues.tsv") if r.get("reach") == "sentence")
    return regex.compile(rf"{cues}(?!了)")


def _obtains(text: str, cue_end: int, verb: int, spans) -> bool:
    """Does the goal cue ending at ``cue_end`` take a noun and an amount as its object before ``verb``,
    no verb between (争取“两重”“两新”资金311.5亿元、增长9.5%: the funds won, no goal)?"""
    for s, e in spans:
        if cue_end < s and e <= verb:
            between = text[cue_end:s]
            if _RE_CLAUSE_MARK.search(between):
                return False
            toks = pos_cut(between)
            return bool(toks) and not any(w in _verb_words() for w, _f in toks)
    return False


def goal_clause(text: str, verb: int, spans, verbs: "regex.Pattern | re.Pattern") -> bool:
    """Is the verb at ``verb`` part of a goal or a hypothesis: a goal word or a strength cue in its
    clause before it (地区生产总值增速目标设定为年均增长5.5%), a modal right before it (粮食产量要增长百分之
    十三点七, 每年可节约燃煤2500万吨), or a cue reaching over its sentence (力争新增企业30家，进出口总额增长3%以上; 只要生产成本
    降低百分之一，就…)? A goal is a target, not a change (FACTS.md §2); a hypothesis reports none. ``verbs``
    is the change-verb pattern of :mod:`govtext.extract.changes` (its ``verb`` group), which finds the
    change verb of a clause this one restates (…要增长百分之十三点七，即增产四百六十六亿斤)."""
    cs = clause_start(text, verb, spans)
    before = text[cs:verb]
    toks = pos_cut(before) if before else ()
    if any(w in goal_words() and not (k + 1 < len(toks) and toks[k + 1][1].startswith("n"))
           for k, (w, _f) in enumerate(toks)):
        return True  # (a word of its own, not modifying a noun: 人均预期寿命 is no goal)
    m = _re_modal().search(text, max(cs, verb - 28), verb)
    if m and own_word(text, m.start("m"), m.end("m"), max(cs, m.start() - 3), verb):
        return True  # (a word of its own: 要, not 主要)
    if _re_restates().match(text, cs) and cs > 1 and text[cs - 1] in "，,":
        # 粮食产量要增长百分之十三点七，即增产四百六十六亿斤: as the change verb of the clause before
        prev = [v.start() for v in verbs.finditer(text, clause_start(text, cs - 1, spans), cs - 1)]
        if prev:
            return goal_clause(text, prev[-1], spans, verbs) or in_mood(text, prev[-1], spans)
        # (力争使…翻两番，即由…增加到…: no change verb before, the sentence's cues still reach it)
    ss = verb
    while ss > 0 and text[ss - 1] not in "。；！？;!?\n":
        ss -= 1
    obtain = obtain_cues()
    return any(not (m[0] in obtain and (_obtains(text, m.end(), verb, spans) or _obtains_funds(text, m.end(), verb)))
               for m in _re_reach_sentence().finditer(text, ss, verb))


@lru_cache(maxsize=1)
def _re_funds_subject() -> "regex.Pattern":
    """Funds as the object of an obtain cue, right before the change verb, only the adverbs of a list or a
    comparison after them (中央预算内投资、超长期特别国债分别|增长…): the ``funds`` words of
    ``change_moods.tsv``."""
    funds = word_alternation(r["cue"] for r in load_rows("change_moods.tsv") if r["role"] == "funds")
    adverbs = word_alternation(r["word"] for r in _cue_words("list_adverb"))
    return regex.compile(rf"(?:{funds})(?:{adverbs})?$")


def _obtains_funds(text: str, cue_end: int, verb: int) -> bool:
    """Does the obtain cue ending at ``cue_end`` take funds as its object, the change verb at ``verb`` their
    growth, no punctuation between (争取中央预算内投资、超长期特别国债分别增长64.8%、42.5%: the funds won grew)?
    争取 + an indicator (争取城乡居民收入分别增长6%) is still a goal."""
    between = text[cue_end:verb]
    return (0 < len(between) <= 30 and not _RE_CLAUSE_MARK.search(between)
            and _re_funds_subject().search(between) is not None)


@lru_cache(maxsize=1)
def _provision_cues() -> tuple["regex.Pattern", "regex.Pattern", frozenset[str]]:
    """The modals of a rule (``norm`` in ``change_moods.tsv``), 每 before a step (``each``) and the words that,
    right after a change, make it a condition (``condition``)."""
    rows = load_rows("change_moods.tsv")
    norm = word_alternation(r["cue"] for r in rows if r["role"] == "norm")
    each = word_alternation(r["cue"] for r in rows if r["role"] == "each")
    return (regex.compile(norm), regex.compile(each),
            frozenset(r["cue"] for r in rows if r["role"] == "condition"))


def provision(text: str, start: int, end: int, spans) -> bool:
    """Is the change at ``text[start:end]`` one a rule states, not one the text reports: a modal of a rule of its
    own in its clause before it (应当将…交存数额降低50%, 可以酌情提高5%), 每 before a verb earlier in its sentence
    (职工每增加一百人，代表名额增加七名: one step of a rule or a hypothesis), or a condition word right after it
    before a comma (在该图缩小到4厘米时，…; …时限延长至二十四小时的，…)?

    >>> provision("旅行社质量保证金的交存数额应当降低50%。", 15, 20, []), provision("质量保证金交存数额降低50%。", 9, 14, [])
    (True, False)
    """
    norm, each, condition = _provision_cues()
    if text[end:end + 1] in condition and text[end + 1:end + 2] in ("，", ","):
        return True
    cs = clause_start(text, start, spans)
    if text.startswith("并", cs) and cs > 1 and text[cs - 1] in "，,":
        cs = clause_start(text, cs - 1, spans)  # 应当开启左转向灯，并将时速提高到…: 并 shares the modal before it
    for m in norm.finditer(text, cs, start):
        if own_word(text, m.start(), m.end(), max(cs, m.start() - 3), min(start, m.end() + 3)):
            return True
    ss = start
    while ss > 0 and text[ss - 1] not in "。；！？;!?\n":
        ss -= 1
    for m in each.finditer(text, ss, start):
        nxt = pos_cut(text[m.end():min(start, m.end() + 4)])
        if nxt and nxt[0][1].startswith("v") and own_word(text, m.start(), m.start() + 1, max(ss, m.start() - 3),
                                                          min(start, m.end() + 4)):
            return True  # (每 a word of its own: not 每年, 每人)
    return False
