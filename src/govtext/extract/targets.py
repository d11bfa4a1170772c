"""Targets: the quantitative goals that plans and work reports set for the future.

``主要预期目标是：地区生产总值增长5%左右`` → growth of 地区生产总值, 5 %, approx, due the document's
year, strength aim; ``到2027年，全市森林覆盖率达到46%以上`` → level, 46 %, >=, due 2027;
``新建5G基站1万个`` (in a plan or the year's work section) → level, 10000 个.

How a number becomes a target:

1. **The numbers** are the document's percent, money and quantity facts (``ctx.facts``), plus
   what those kinds leave out and a goal needs: ``1个百分点``, ranges (``5%—5.5%``, ``2—4家``)
   and, right after a level verb, a number with no unit (``指数达到125左右``, ``规模过千亿``).
2. **A goal context**: after a list intro (``主要预期目标是：``) in the same paragraph; in a
   sentence with a strength cue (力争, 确保 …) or a plan word (拟) before the number; in a
   paragraph with a deadline before the number (``到2025年``, ``今年``); or in a goal part of the
   document: under a heading such as ``三、2026年工作安排`` / ``主要目标``, or after a paragraph that
   held a list intro. A review part (heading ``工作回顾``, paragraph opening ``过去一年``) and a
   clause with an achieved-result word (累计, 比上年, 已 …) are no goal context.
3. **A predicate**: a verb right before the number (``增长``, ``控制在``, ``突破`` …: the measure),
   an action verb with its object (``新建5G基站1万个``, ``培育20家领军企业``), or an indicator noun
   closing on the number (``城镇调查失业率5.5%左右``). Numbers that label rather than count
   (``5个方面``, ``105周年``, ``等14条``, ``收入过200亿元的集群``) have none.

Deadline, strength and the comparator are read from the paragraph (see FACTS.md §2 target and
``tests/fixtures/realtargets/README.md``). Every cue word is in ``lexicons/target_cues.tsv``.

>>> from govtext.extract import extract_facts
>>> text = "今年主要预期目标是：地区生产总值增长5%左右，城镇调查失业率5.5%以内。"
>>> [(f.subject, f.measure, f.value, f.comparator, f.deadline, f.strength)
...  for f in extract_facts(text, kinds=["target"], doc_date="2026-01-27")]
[('地区生产总值', 'growth', 5, 'approx', '2026', 'aim'), ('城镇调查失业率', 'level', 5.5, '<=', '2026', 'aim')]
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterator, Optional

import regex

from govtext.extract.context import Context
from govtext.lexicons import LexiconError, lexicon_dir, load_rows, load_table
from govtext.records import FactBase
from govtext.text.numerals import NumeralError, parse_number

__all__ = ["extract_targets", "target_cues", "ROLES"]

LEXICON = "target_cues.tsv"

# role -> the values its rows may carry (None: any non-empty text)
ROLES: dict[str, Optional[frozenset]] = {
    "intro": frozenset({"aim", "firm", "-"}),
    "strength": frozenset({"aim", "firm"}),
    "goal": frozenset({"-"}),
    "deadline": frozenset({"year", "year_end"}),
    "deadline_prep": frozenset({"-"}),
    "verb": frozenset({"growth", "reduction", "level", "level>=", "level<="}),
    "action": frozenset({"-"}),
    "comparator": frozenset({">=", "<=", "approx"}),
    "adverb": frozenset({"-"}),
    "scope": frozenset({"-"}),
    "past": frozenset({"-"}),
    "past_opener": frozenset({"-"}),
    "heading_past": frozenset({"-"}),
    "heading_goal": frozenset({"-"}),
    "not_unit": frozenset({"-"}),
    "split": None,
}

_QUAL = {"approx": "approx", "over": ">=", "at_least": ">=", "under": "<=", "at_most": "<="}
_COUNT_CATEGORIES = {"count", "people", "events", "groups", "documents", "vehicles"}
_SENTENCE_END = "。！？；!?;"
_CLAUSE_END = "，。；：！？,;:!?"
_ITEM_END = _CLAUSE_END + "、"
_CLOSERS = "，。；、：！？,;:!?）)和及与" + "\n"
_NUM = r"(?:\d+(?:\.\d+)?(?:[十百千万亿]+)?|[〇零一二两三四五六七八九十百千万亿]+)"
_RE_POINTS = regex.compile(rf"(?P<n>{_NUM})个百分点(?P<q>以上|左右|以内|以下)?")
_RE_RANGE_HEAD = regex.compile(r"(?P<n>\d+(?:\.\d+)?)(?P<u>%)?[—－\-~～至到](?:\s*)$")
_RE_BARE = regex.compile(
    rf"(?P<n>\d+(?:\.\d+)?(?:[十百千万亿]+)?|[一二三四五六七八九十百千]*[千万亿]+)(?P<u>[A-Za-z]+)?(?P<q>以上|左右|以内|以下)?")
_RE_YEAR = regex.compile(
    r"(?P<prep>到|至|在)?(?P<y>(?:19|20)\d\d)年(?:(?P<m>\d{1,2})月)?(?P<end>年底|年末|底|末)?(?P<before>前|以前|之前)?")
_RE_TARGET_NOUN = regex.compile(r"的(?P<p>预期)?(?P<g>增长|增速)?(?:预期)?目标")
_RE_PAREN = regex.compile(r"[（(][^（）()]{0,30}[）)]")
_RE_ENUM = regex.compile(r"^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分|\d{1,2}[．.、])")
_RE_INLINE_HEADING = regex.compile(r"^[（(][一二三四五六七八九十]+[）)][^，。；：]{2,14}[。：]")
_RE_DASH = regex.compile(r"^\s*(?:——|──|－－|--)")
_RE_NUMBER_END = regex.compile(r"\d(?![\dA-Za-z.])|%")
_DURATIONS = {"年", "月", "个月", "天", "日", "周", "小时", "分钟", "季度"}


@dataclass(frozen=True)
class _Cues:
    intro: dict
    strength: dict
    goal: frozenset
    deadline: dict
    deadline_prep: frozenset
    verbs: dict
    actions: frozenset
    comparators: dict
    adverbs: frozenset
    scope: frozenset
    past: frozenset
    past_openers: frozenset
    heading_past: frozenset
    heading_goal: frozenset
    not_units: frozenset
    split: dict
    not_after: dict
    patterns: dict = field(default_factory=dict)


def _check(rows: tuple[dict, ...]) -> None:
    path = lexicon_dir() / LEXICON
    for row in rows:
        for col in ("cue", "role", "value"):
            if col not in row:
                raise LexiconError(f"{path}: column {col!r} missing (columns: cue, role, value, not_after)")
        cue, role, value = row["cue"], row["role"], row["value"]
        if role not in ROLES:
            raise LexiconError(f"{path}: cue {cue!r}: unknown role {role!r} (one of {', '.join(ROLES)})")
        allowed = ROLES[role]
        if allowed is None and not value or allowed is not None and value not in allowed:
            raise LexiconError(f"{path}: cue {cue!r}: value {value!r} is not one of {sorted(allowed or ['<text>'])} for role {role}")


@lru_cache(maxsize=1)
def target_cues() -> _Cues:
    """The cue lexicon, checked row by row (a bad row fails naming the file and the cue)."""
    rows = load_rows(LEXICON)
    _check(rows)
    by: dict[str, dict[str, str]] = {role: {} for role in ROLES}
    not_after: dict[str, tuple[str, ...]] = {}
    for r in rows:
        by[r["role"]][r["cue"]] = r["value"]
        if r.get("not_after"):
            not_after[r["cue"]] = tuple(p for p in r["not_after"].split("|") if p)
    cues = _Cues(
        intro={k: (None if v == "-" else v) for k, v in by["intro"].items()},
        strength=dict(by["strength"]),
        goal=frozenset(by["goal"]),
        deadline=dict(by["deadline"]),
        deadline_prep=frozenset(by["deadline_prep"]),
        verbs={k: (v[:-2] if v.endswith(("=", ">=", "<=")) and v.startswith("level") and len(v) > 5 else v,
                   v[5:] if v.startswith("level") and len(v) > 5 else None) for k, v in by["verb"].items()},
        actions=frozenset(by["action"]),
        comparators=dict(by["comparator"]),
        adverbs=frozenset(by["adverb"]),
        scope=frozenset(by["scope"]),
        past=frozenset(by["past"]),
        past_openers=frozenset(by["past_opener"]),
        heading_past=frozenset(by["heading_past"]),
        heading_goal=frozenset(by["heading_goal"]),
        not_units=frozenset(by["not_unit"]),
        split={k: v.split("|") for k, v in by["split"].items()},
        not_after=not_after,
    )
    return cues


def _alt(words) -> "regex.Pattern":
    return regex.compile("|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, "regex.Pattern"]:
    c = target_cues()
    return {
        "intro": regex.compile(rf"(?:{_alt(c.intro).pattern})\s*(?:是|为|：|:)"),
        "strength": _alt(c.strength),
        "goal": _alt(c.goal),
        "deadline": _alt(c.deadline),
        "verbs": _alt(c.verbs),
        "actions": _alt(c.actions),
        "past": _alt(c.past),
        "past_opener": regex.compile(rf"^\s*(?:{_alt(c.past_openers).pattern})"),
        "heading_past": _alt(c.heading_past),
        "heading_goal": _alt(c.heading_goal),
        "lead": regex.compile(rf"^(?:{_alt(c.scope | c.adverbs | set(c.strength) | c.goal | set(c.deadline)).pattern})"),
        "tail": regex.compile(rf"(?:{_alt(c.adverbs | c.scope).pattern})$"),
    }


def _free(text: str, start: int, cue: str) -> bool:
    """Is the cue at ``start`` a word of its own (not the end of a longer word, 通过 for 过)?"""
    blocked = target_cues().not_after.get(cue)
    return not blocked or not text.endswith(blocked, 0, start)


def _finditer(pattern: "regex.Pattern", text: str, start: int, end: int) -> Iterator["regex.Match"]:
    for m in pattern.finditer(text, start, end, overlapped=False):
        if _free(text, m.start(), m.group()):
            yield m


# --------------------------------------------------------------------------- numbers


@dataclass(frozen=True)
class _Atom:
    start: int
    end: int
    value: float
    unit: Optional[str]
    comparator: Optional[str] = None
    value_max: Optional[float] = None
    kind: str = "quantity"
    lead: str = ""  # a bound word the fact's span opened with (超过500家)


@lru_cache(maxsize=1)
def _unit_categories() -> dict[str, str]:
    return {k: r.get("category", "") for k, r in load_table("units.tsv").items()}


def _atoms(ctx: Context) -> list[_Atom]:
    norm, text = ctx.norm, ctx.text
    found: dict[int, _Atom] = {}
    units = {"money": "元", "percent": "%"}
    before_words = ("超过", "不少于", "不低于", "至少", "不超过", "不高于", "低于", "多达", "逾", "约", "近", "大约")
    for kind in ("quantity", "money", "percent"):
        for f in ctx.facts(kind):
            s, e = norm.to_norm(f.start), norm.to_norm(f.end - 1) + 1
            lead = next((w for w in before_words if text.startswith(w, s)), "")
            unit = units.get(kind) or f.unit
            cmp_ = _QUAL.get(f.qualifier) if f.qualifier else None
            atom = _Atom(s, e, f.value, unit, cmp_, getattr(f, "value_max", None), kind, lead)
            if s not in found or found[s].end < e:
                found[s] = atom
    for m in _RE_POINTS.finditer(text):
        try:
            value = parse_number(m["n"])
        except NumeralError:
            continue
        cmp_ = target_cues().comparators.get(m["q"]) if m["q"] else None
        for s in [k for k in found if m.start() <= k < m.end()]:
            del found[s]
        found[m.start()] = _Atom(m.start(), m.end(), value, "个百分点", cmp_, None, "points")
    atoms = sorted(found.values(), key=lambda a: a.start)
    # ranges: 5%—5.5% (two facts), 2—4家 (a bare number before the fact)
    out: list[_Atom] = []
    for a in atoms:
        if out:
            prev = out[-1]
            gap = text[prev.end:a.start]
            if (gap in ("—", "－", "-", "~", "～", "至", "到", "—至") and prev.unit == a.unit
                    and a.kind == prev.kind and prev.value < a.value and prev.comparator is None):
                out[-1] = replace(prev, end=a.end, value_max=a.value, comparator=None)
                continue
        head = _RE_RANGE_HEAD.search(text, max(0, a.start - 12), a.start)
        if head and head.end() == a.start and a.value_max is None and not a.lead:
            try:
                low = parse_number(head["n"])
            except NumeralError:
                low = None
            if low is not None and low < a.value and (not out or out[-1].end <= head.start()):
                a = replace(a, start=head.start(), value=low, value_max=a.value, comparator=None)
        out.append(a)
    return out


def _bare_atom(text: str, pos: int) -> Optional[_Atom]:
    """A number right after a level verb that no fact took: 指数达到125左右, 规模过千亿, 14EFlops."""
    m = _RE_BARE.match(text, pos)
    if not m:
        return None
    nxt = text[m.end(): m.end() + 1]
    if regex.match(r"[\p{Han}%％]", nxt) and not m["q"] and not m["u"]:
        return None  # a unit the fact kinds do not know, or no number at all
    try:
        value = parse_number(m["n"])
    except NumeralError:
        return None
    cmp_ = target_cues().comparators.get(m["q"]) if m["q"] else None
    return _Atom(m.start(), m.end(), value, m["u"] or None, cmp_, None, "bare")


# --------------------------------------------------------------------------- document layout


@dataclass
class _Para:
    start: int
    end: int
    mode: str  # "goal" | "past" | "neutral"
    dash: bool
    heading: bool


def _is_heading(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > 40 or s[-1] in "。；！？;!?，,":
        return False
    return bool(_RE_ENUM.match(s)) or (len(s) <= 20 and not regex.search(r"[，。；：！？,;:!?]", s))


def _paragraphs(text: str, doc_year: Optional[int]) -> list[_Para]:
    pats = _patterns()
    out: list[_Para] = []
    mode, pos = "neutral", 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        s = line.strip()
        head = s if _is_heading(s) else (m[0] if (m := _RE_INLINE_HEADING.match(s)) else None)
        heading = head is not None and head == s
        if head is not None:
            top = not regex.match(r"^[（(]", head)
            if pats["heading_past"].search(head):
                mode = "past"
            elif pats["heading_goal"].search(head) and (top or mode != "past"):
                mode = "goal"
            elif top and doc_year and (y := regex.search(r"((?:19|20)\d\d)年", head)) and int(y[1]) < doc_year:
                mode = "past"
        para_mode = mode
        if not heading and pats["past_opener"].match(s):
            para_mode = "past"
        elif not heading and doc_year and (y := regex.match(r"\s*((?:19|20)\d\d)年[，,]", s)) and int(y[1]) < doc_year:
            para_mode = "past"
        out.append(_Para(start, end, para_mode, bool(_RE_DASH.match(line)), heading))
        if pats["intro"].search(line) and para_mode != "past":
            mode = "goal"  # the year's work follows the 主要预期目标 of a work report
    return out


# --------------------------------------------------------------------------- deadlines, strength


def _deadlines(text: str, start: int, end: int, doc_year: Optional[int]) -> list[tuple[int, Optional[str], bool]]:
    """``(position, value, at_head)`` of the deadline phrases of a paragraph, in order."""
    c, out = target_cues(), []
    for m in _RE_YEAR.finditer(text, start, end):
        prep = m["prep"] if m["prep"] and (m["prep"] in c.deadline_prep or m["prep"] == "在") else None
        if prep and not _free(text, m.start(), prep):
            prep = None
        after = text[m.end(): m.end() + 4]
        follows_verb = bool(_patterns()["verbs"].match(after)) and not regex.match(r"[是的]", after)
        if not (prep and (prep != "在" or m["before"]) or m["before"] or m["end"] or follows_verb):
            continue
        if text[max(start, m.start() - 1): m.start()] in ("从", "自", "于") or after.startswith(("开始", "起", "以来")):
            continue
        value = m["y"]
        if m["m"]:
            value = f"{m['y']}-{int(m['m']):02d}"
        elif m["end"]:
            value = f"{m['y']}-12"
        out.append((m.start(), value, m.start() - start <= 6))
    for m in _finditer(_patterns()["deadline"], text, start, end):
        if doc_year is None:
            value = None
        else:
            value = str(doc_year) if c.deadline[m.group()] == "year" else f"{doc_year}-12"
        out.append((m.start(), value, m.start() - start <= 6))
    out.sort(key=lambda d: d[0])
    return out


def _sentence_start(text: str, pos: int, floor: int) -> int:
    i = pos
    while i > floor and text[i - 1] not in _SENTENCE_END:
        i -= 1
    return i


def _back(text: str, pos: int, floor: int, stops: str) -> int:
    i = pos
    while i > floor and text[i - 1] not in stops:
        i -= 1
    return i


# --------------------------------------------------------------------------- subjects


def _clean_subject(raw: str) -> Optional[str]:
    pats, c = _patterns(), target_cues()
    s = _RE_PAREN.sub("", raw)
    s = regex.sub(r"[“”‘’\"'《》\s]", "", s)
    changed = True
    while changed and s:
        changed = False
        m = _RE_YEAR.match(s) or regex.match(r"^(?:到|至)?(?:19|20)\d\d年(?:底|末)?(?:前)?", s)
        if m and m.end() > 0:
            s, changed = s[m.end():], True
            continue
        m = pats["lead"].match(s)
        if m and m.end() < len(s):
            s, changed = s[m.end():], True
            continue
        if m:
            return None  # only a cue or scope word: no subject
        m = pats["tail"].search(s)
        if m and m.start() > 0:
            s, changed = s[: m.start()], True
            continue
        m = regex.search(r"(?:(?:19|20)\d\d年|的)$", s)
        if m and m.start() > 0:
            s, changed = s[: m.start()], True
    s = s.strip("、和及与，,的")
    for verb in c.verbs:  # 居民消费价格涨幅 → 居民消费价格 (the measure was read from the verb)
        if s.endswith(verb) and len(s) > len(verb) and c.verbs[verb][0] != "level":
            s = s[: -len(verb)]
            break
    return s or None


def _measure_of_subject(raw: Optional[str]) -> Optional[str]:
    if not raw:
        return None
    c = target_cues()
    s = regex.sub(r"[“”\s]", "", raw)
    for verb in sorted(c.verbs, key=len, reverse=True):
        if s.endswith(verb) and c.verbs[verb][0] != "level":
            return c.verbs[verb][0]
    return None


def _split_subject(subject: Optional[str], n: int) -> list[Optional[str]]:
    """The members of a 分别 list: ``一产、二产、三产增加值`` → 一产增加值, 二产增加值, 三产增加值."""
    if not subject:
        return [subject] * n
    c = target_cues()
    for joined, parts in c.split.items():
        if subject.startswith(joined) and len(parts) == n:
            return [p + subject[len(joined):] for p in parts]
    members = [p for p in regex.split(r"[、和及与]", subject) if p]
    if len(members) == n and n > 1:
        short = min(len(p) for p in members[:-1])
        head_len = len(members[-1]) - short
        tail = members[-1][short:] if head_len > 0 else ""
        first = members[0]
        prefix = ""
        if len(first) > short and n == 2:  # 花生种植、收获机械化率: a shared head word
            prefix, first = first[: len(first) - len(members[-1][:short])], first[len(first) - len(members[-1][:short]):]
        return [prefix + first + tail] + [prefix + p + tail if p is not members[-1] else prefix + p for p in members[1:]]
    return [subject] * n


# --------------------------------------------------------------------------- reading one number


@dataclass
class _Reading:
    subject: Optional[str]
    subject_start: int
    measure: str
    bound: Optional[str]  # a comparator the predicate gives (突破 >=)
    kind: str  # "verb" | "action" | "noun" | "target_noun" | "follow"
    distributive: bool = False
    span_end: Optional[int] = None


def _closes_item(text: str, pos: int) -> bool:
    while pos < len(text) and text[pos] in " \u3000":
        pos += 1
    return pos >= len(text) or text[pos] in _CLOSERS


def _noun_after(text: str, pos: int, limit: int) -> tuple[Optional[str], int]:
    m = regex.match(r"[\p{Han}A-Za-z0-9“”·（）()]{1,30}?(?=[，。；：、！？,;:!?\n]|和|及|$)", text[pos:limit])
    if not m or not regex.match(r"[\p{Han}A-Za-z“]", text[pos:pos + 1]):
        return None, pos
    return m.group(), pos + m.end()


def _read(text: str, atom: _Atom, floor: int, prev: Optional[tuple[_Atom, _Reading]]) -> Optional[_Reading]:
    """The predicate of a number in its clause, or None when the number is no goal's value."""
    c, pats = target_cues(), _patterns()
    clause_start = _back(text, atom.start, floor, _CLAUSE_END + "\n")
    item_start = _back(text, atom.start, floor, _ITEM_END + "\n")
    pre = text[clause_start: atom.start]
    if pre.rstrip().endswith("等"):
        return None  # 等14条高速公路项目: the count of an enumeration
    if atom.unit in c.not_units or text.startswith("级", atom.end):
        return None
    if text.startswith("的", atom.end):
        m = _RE_TARGET_NOUN.match(text, atom.end)
        if m:
            return _Reading(None, atom.start, "growth" if m["g"] else "level", None, "target_noun", span_end=m.end())
        if atom.unit != "%":
            return None  # 收入过200亿元的软件产业集群: the number describes the noun
    duration = atom.unit in _DURATIONS
    # a continuation of the previous goal of the clause: 建设50所学校和150个专业, 400家、独角兽企业3家左右
    if prev is not None:
        patom, pread = prev
        gap = text[patom.end: atom.start]
        if patom.start >= clause_start and regex.fullmatch(r"[\p{Han}“”（）()·]{0,20}?[、和及与]", gap):
            if pread.kind in ("action", "follow") and pread.subject_start >= patom.start:
                noun, end = _noun_after(text, atom.end, len(text))
                if noun:
                    return _Reading(noun, atom.start, pread.measure, None, "follow", span_end=end)
    # 1. a verb right before the number
    lead = atom.lead
    m = regex.search(rf"(?:{pats['verbs'].pattern})$", pre)
    if m and _free(pre, m.start(), m.group()):
        measure, bound = c.verbs[m.group()]
        head_end = clause_start + m.start()
        adv = regex.search(rf"(?:{_alt(c.adverbs).pattern})+$", text[clause_start:head_end])
        distributive = bool(adv and "分别" in adv.group())
        if adv:
            head_end = clause_start + adv.start()
        if text.endswith("了", clause_start, head_end) or duration and measure != "level":
            return None
        head_start = _own_head(text, clause_start, head_end)
        head = text[head_start:head_end]
        subject = _clean_subject(head)
        sub_measure = _measure_of_subject(head)
        if sub_measure and measure == "level":
            measure = sub_measure
        if measure == "growth" and _unit_categories().get(atom.unit or "", "") in _COUNT_CATEGORIES:
            measure = "level"  # 再增加2—4家: things to add are counted, not grown
        if subject is None and prev is not None:
            subject = prev[1].subject
        return _Reading(subject, _subject_start(text, head_start, head_end, subject), measure, bound, "verb",
                        distributive)
    if lead:  # 省级新型研发机构超过500家: the bound word opened the fact
        subject = _clean_subject(pre)
        if subject and not pats["verbs"].search(pre) and not pats["actions"].search(pre):
            return _Reading(subject, _subject_start(text, clause_start, atom.start, subject), "level", None, "verb")
    if duration:
        return None
    # 2. an action verb with its object: 新建5G基站1万个, 培育20家人工智能领军企业
    actions = [m for m in _finditer(pats["actions"], text, clause_start, atom.start)]
    if actions:
        act = actions[-1]
        gap = text[act.end(): atom.start]
        if not gap.strip():
            noun, end = _noun_after(text, atom.end, len(text)) if atom.kind == "quantity" else (None, atom.end)
            if noun:  # 培育20家人工智能领军企业
                return _Reading(_clean_subject(noun), atom.start, "level", None, "action", span_end=end)
            if atom.kind == "money" and not _closes_item(text, atom.end):
                return None  # 实施亿元以上项目: the amount describes the projects
            if _closes_item(text, atom.end):  # 新能源开工1600万千瓦, 今年先发行1万亿元
                head_start = _own_head(text, clause_start, act.start())
                subject = _clean_subject(text[head_start:act.start()])
                if subject is None and prev is not None:
                    subject = prev[1].subject
                return _Reading(subject, _subject_start(text, head_start, act.start(), subject), "level", None, "verb")
            return None
        if (len(gap) <= 30 and regex.fullmatch(r"[\p{Han}A-Za-z0-9“”（）()、·]+", gap)
                and not regex.search(r"\d", gap.replace("5G", "")) and _closes_item(text, atom.end)):
            subject = _clean_subject(gap)
            if subject and act.group().startswith("新增") and not subject.startswith("新增"):
                subject = "新增" + subject  # 新增城镇就业3万人: the count of new things keeps 新增
            return _Reading(subject, _subject_start(text, act.end(), atom.start, subject), "level", None, "action")
        if not _closes_item(text, atom.end):
            return None
    # 3. an indicator noun closing on the number: 城镇调查失业率5.5%左右, 赤字规模4.06万亿元
    item = text[item_start: atom.start]
    if item.strip() and _closes_item(text, atom.end) and not pats["verbs"].search(item) \
            and not pats["actions"].search(item) and len(item) <= 30 and not regex.search(r"\d", item):
        subject = _clean_subject(item)
        if subject:
            measure = _measure_of_subject(item) or "level"
            return _Reading(subject, _subject_start(text, item_start, atom.start, subject), measure, None, "noun")
    return None


def _own_head(text: str, clause_start: int, head_end: int) -> int:
    """Where the subject of a number may start: after an earlier number of the same clause and the
    separator that follows it (城镇新增就业47万人以上、城镇调查失业率控制在 → 城镇调查失业率)."""
    last = None
    for m in _RE_NUMBER_END.finditer(text, clause_start, head_end):
        last = m
    if last is None:
        return clause_start
    sep = regex.compile(r"[、和及与，]").search(text, last.end(), head_end)
    return sep.end() if sep else head_end


def _subject_start(text: str, lo: int, hi: int, subject: Optional[str]) -> int:
    if subject:
        i = text.find(subject[:2], lo, hi)
        if i >= 0:
            return i
    return hi


# --------------------------------------------------------------------------- the extractor


def _doc_year(ctx: Context) -> Optional[int]:
    date = ctx.anchor_date
    if date and regex.match(r"(?:19|20)\d\d", date):
        return int(date[:4])
    return None


def extract_targets(ctx: Context) -> Iterator[FactBase]:
    text = ctx.text
    atoms = _atoms(ctx)
    if not atoms:
        return
    c, pats = target_cues(), _patterns()
    doc_year = _doc_year(ctx)
    titles = ctx.covered(("doc_title",))
    starts = [a.start for a in atoms]
    lead_deadline: Optional[str] = None
    for para in _paragraphs(text, doc_year):
        lo, hi = para.start, para.end
        deadlines = _deadlines(text, lo, hi, doc_year)
        if not para.dash:
            head = [d for d in deadlines if d[2]]
            lead_deadline = head[0][1] if head else (deadlines[0][1] if deadlines else None)
        i = bisect.bisect_left(starts, lo)
        para_atoms = []
        while i < len(atoms) and atoms[i].start < hi:
            para_atoms.append(atoms[i])
            i += 1
        para_atoms += [b for b in _bare_atoms(text, lo, hi, para_atoms)]
        para_atoms.sort(key=lambda a: a.start)
        if not para_atoms or para.heading:
            continue
        intro = pats["intro"].search(text, lo, hi)
        intro_strength = None
        if intro:
            key = regex.sub(r"\s*(?:是|为|：|:)$", "", intro.group())
            intro_strength = c.intro.get(key)
        head_strength = None
        hs = regex.match(rf"\s*(?:——)?\s*(?:{pats['strength'].pattern})(?=到|至|在|(?:19|20)\d\d年)", text[lo:hi])
        if hs:
            head_strength = c.strength[regex.sub(r"^\s*(?:——)?\s*", "", hs.group())]
        prev: Optional[tuple[_Atom, _Reading]] = None
        consumed: set[int] = set()
        for atom in para_atoms:
            if atom.start in consumed or ctx.inside(titles, *ctx.to_raw(atom.start, atom.end)):
                continue
            reading = _read(text, atom, lo, prev if prev and prev[0].end <= atom.start else None)
            if reading is None:
                continue
            sent_start = _sentence_start(text, atom.start, lo)
            clause_start = _back(text, atom.start, lo, _CLAUSE_END + "\n")
            if _past(text, clause_start, atom.start, atom.end, hi):
                continue
            strength_m = [m for m in _finditer(pats["strength"], text, sent_start, atom.start)]
            goal_m = list(_finditer(pats["goal"], text, sent_start, atom.start))
            before = [d for d in deadlines if d[0] < atom.start]
            in_list = intro is not None and intro.end() <= atom.start
            is_goal = (in_list or strength_m or goal_m or head_strength or before
                       or para.mode == "goal" and para.mode != "past")
            if para.mode == "past" and not (strength_m or in_list or head_strength):
                continue
            if not is_goal:
                continue
            deadline = before[-1][1] if before else None
            if deadline is None and in_list and "预期" in intro.group() and doc_year:
                deadline = str(doc_year)
            if deadline is None and para.dash:
                deadline = lead_deadline
            strength = (c.strength[strength_m[-1].group()] if strength_m else
                        intro_strength if in_list else head_strength)
            members = [atom]
            if reading.distributive:  # 分别增长5%、6.5%左右: one target per number
                j, end = para_atoms.index(atom) + 1, atom.end
                while j < len(para_atoms) and regex.fullmatch(r"、|和|及|与|、和", text[end: para_atoms[j].start]):
                    members.append(para_atoms[j])
                    end = para_atoms[j].end
                    j += 1
            subjects = _split_subject(reading.subject, len(members)) if len(members) > 1 else [reading.subject]
            shared = members[-1].comparator if len(members) > 1 else None
            for k, member in enumerate(members):
                consumed.add(member.start)
                r = reading if k == 0 else _Reading(subjects[k], member.start, reading.measure, reading.bound, "follow")
                if k == 0 and len(members) > 1:
                    r = replace(reading, subject=subjects[0])
                cmp_ = _comparator(member, r)
                if cmp_ == "=" and shared in ("approx", ">=", "<=") and member.value_max is None:
                    cmp_ = shared  # a final 左右 / 以上 bounds every number of the list
                yield _make(ctx, member, r, cmp_, deadline, strength)
            prev = (members[-1], reading)


def _bare_atoms(text: str, lo: int, hi: int, known: list[_Atom]) -> Iterator[_Atom]:
    """Numbers right after a level verb that no fact took (两化融合发展指数达到125左右)."""
    pats = _patterns()
    c = target_cues()
    taken = [(a.start, a.end) for a in known]
    for m in _finditer(pats["verbs"], text, lo, hi):
        if c.verbs[m.group()][0] != "level":
            continue
        pos = m.end()
        if any(s <= pos < e for s, e in taken):
            continue
        atom = _bare_atom(text, pos)
        if atom and atom.end <= hi:
            yield atom


def _past(text: str, clause_start: int, start: int, end: int, hi: int) -> bool:
    """An achieved result: a past word in the clause of the number (增长5.5%、居全国前列; 比上年增长)."""
    clause_end = end
    while clause_end < hi and text[clause_end] not in _CLAUSE_END:
        clause_end += 1
    for m in _finditer(_patterns()["past"], text, clause_start, clause_end):
        return True
    return False


def _comparator(atom: _Atom, reading: _Reading) -> str:
    if atom.value_max is not None:
        return "="
    if atom.comparator:
        return atom.comparator
    if atom.lead:
        lead = {"超过": ">=", "不少于": ">=", "不低于": ">=", "至少": ">=", "多达": ">=", "逾": ">=",
                "不超过": "<=", "不高于": "<=", "低于": "<=", "约": "approx", "近": "approx", "大约": "approx"}
        return lead.get(atom.lead, "=")
    return reading.bound or "="


def _make(ctx: Context, atom: _Atom, reading: _Reading, comparator: str, deadline, strength) -> Optional[FactBase]:
    start = min(reading.subject_start, atom.start)
    end = max(atom.end, reading.span_end or 0)
    if reading.kind in ("follow", "target_noun") or reading.subject_start > atom.start:
        start = atom.start
    value = atom.value
    value_max = atom.value_max
    return ctx.make("target", start, end, subject=reading.subject, measure=reading.measure,
                    value=value, value_max=value_max, unit=atom.unit, comparator=comparator,
                    deadline=deadline, strength=strength)
