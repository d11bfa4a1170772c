"""The members of a distributive list subject (FACTS.md §5): a ``分别`` list gives each number the
member of the subject list in its place. A head written once after the last member is shared
(``一产、二产、三产用电量`` → ``一产用电量`` …), members of one kind stand alone (``火电、水电``), a words
leading the list lead every member (``市级财政教育、卫生和社保支出``), and a coordinate abbreviation of
``lexicons/paired_terms.tsv`` names two members (``城乡居民收入`` → ``城镇居民收入``, ``农村居民收入``).

>>> members("进口、出口通关时间", 2), members("火电、水电", 2)
(['进口通关时间', '出口通关时间'], ['火电', '水电'])
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

from govtext.extract.entity_cues import cue_role, entity_words, frame_words, pos_cut
from govtext.extract.subject_phrases import clean_subject
from govtext.extract.subject_words import JOINER_CHARS, re_stat_head
from govtext.lexicons import load_rows
from govtext.text.patterns import ONES
from govtext.text.segmentation import word_frequency

__all__ = ["list_members", "members"]

_PLACE_END = "区省市县州国镇乡村"


def _split_members(subject: str) -> list[str]:
    parts, depth, cur = [], 0, ""
    i = 0
    words, at = set(), 0  # (a joining character inside a word is none: 普及率, 参与率; one opening a token no
    for w, _f in pos_cut(subject):  # dictionary knows is: 区政府|和区|两办)
        if len(w) == 1 or not word_frequency(w):
            words.add(at)
        at += len(w)
    while i < len(subject):
        c = subject[i]
        depth += c in "（(" and 1 or 0
        depth -= c in "）)" and 1 or 0
        if depth == 0 and c in JOINER_CHARS and cur and (c == "、" or i in words):
            parts.append(cur)
            cur = ""
        else:
            cur += c
        i += 1
    if cur:
        parts.append(cur)
    return parts


def members(subject: Optional[str], n: int, paired: bool = True) -> Optional[list[str]]:
    """The subject of each of ``n`` numbers of a ``分别`` list, or ``None`` when the subject is no
    list of ``n`` members. A head written once after the last member is shared
    (``一产、二产、三产用电量`` → ``一产用电量`` …); members of one kind (``火电、水电``) stand alone;
    with ``paired``, a coordinate abbreviation (``城乡``, ``paired_terms.tsv``) names two members.

    >>> members("以区委区政府和区两办名义下发的文件", 2)
    ['以区委区政府名义下发的文件', '以区两办名义下发的文件']
    """
    if not subject or n < 2:
        return None
    parts = _split_members(subject)
    if len(parts) == 1 and n == 2:
        return _unpaired(subject) if paired else None  # 城乡居民收入 → 城镇居民收入, 农村居民收入
    if len(parts) != n:
        return None
    purposed = _purpose_members(parts)
    if purposed:
        return purposed
    lead = _list_lead(parts)
    inner = members(subject[len(lead):], n, paired) if lead and subject.startswith(lead) else None
    if inner:
        return [lead + m for m in inner]  # 市级财政教育、卫生和社保支出: 市级财政 leads every member
    last = parts[-1]
    series = _series_head(parts)
    if series:
        return [p + series for p in parts[:-1]] + [last]  # 第一、第三产业增加值: each ordinal's 产业增加值
    toks = pos_cut(last)
    etc = next((k for k, (w, _f) in enumerate(toks) if w == "等" and 0 < k < len(toks) - 1), None)
    if etc is not None:
        # 食品、石化、医药、信息等产业增加值: what follows 等 is the head each member shares
        at = sum(len(w) for w, _f in toks[:etc])
        head = last[at + 1:]
        return [p + head for p in parts[:-1]] + [last[:at] + head]
    shared = _verb_measure(parts, toks)
    if shared:
        return [p + shared for p in parts[:-1]] + [last]  # 化学需氧量、二氧化硫排放总量: each member's 排放总量
    if all(p[-1] == last[-1] for p in parts[:-1]) or (
            len(last) <= max(len(p) for p in parts[:-1]) and not any(_bare_modifier(p) for p in parts[:-1])
            and not _shared_lead(parts[0], last) and not _shared_measure(parts, toks)):
        return parts  # 火电、水电…太阳能发电: complete members (not 刑事治安、涉诈、涉毒警情; 黄金、白银、镍产量)
    first = parts[0]
    end_word = pos_cut(first)[-1][0]
    at = last.find(end_word + "的")
    if len(end_word) > 1 and at > 0:
        # 普通生产经营企业、小微生产经营企业的委托检验检测收费: the members end as the first does, and
        # what follows their 的 is the shared head
        head = last[at + len(end_word):]
        return [p + head for p in parts[:-1]] + [last]
    if len(toks) == 1 and len(last) - len(first) >= 2 and len(first) >= 2:
        toks = pos_cut(last[: len(first)]) + pos_cut(last[len(first):])  # 刑事、治安案件: one word for the tagger
    elif len(toks) > 1 and len(toks[0][0]) - len(first) >= 2 and len(first) >= 2 and (
            (first, toks[0][0][: len(first)]) in _pairs()) and word_frequency(toks[0][0][len(first):]) > 0:
        w0 = toks[0][0]  # 城镇、农村居民人均可支配收入: 农村居民 one word for the tagger, the pair of 城镇
        toks = ((w0[: len(first)], toks[0][1]), (w0[len(first):], "n"), *toks[1:])
    bounds, nominal, pos = [], [], 0
    for i, (w, _f) in enumerate(toks[:-1]):
        pos += len(w)
        nxt = toks[i + 1]
        if "的" in last[:pos] or nxt[0] == "的":
            break
        bounds.append(pos)
        if nxt[1].startswith(("n", "vn", "j", "l")) or (
                nxt[1] in ("a", "b") and len(nxt[0]) == 1 and i + 2 < len(toks) and toks[i + 2][1].startswith("n")):
            nominal.append(pos)  # (食用菌|全产业链产值: a one-character modifier opens the shared head)
    if not bounds:
        return parts
    lead = _shared_lead(first, last)
    target = len(first) - len(lead)
    placed = [b for b in bounds if last[b - 1] in _PLACE_END] if first[-1] in _PLACE_END else []
    if placed:
        b = placed[-1]  # 全国和自由贸易试验区负面清单条数: the conjunct is a place too
    elif target in nominal or (not lead and len(first) <= 3 and len(last) - target >= 2 and target in bounds):
        b = target  # the conjunct of the last member is as long as the first
    else:
        b = min(nominal or bounds, key=lambda b: (abs(b - target), -b))
    head = last[b:]
    if any(p + head == last for p in parts[:-1]):
        later = [x for x in (nominal or bounds) if x > b]
        if later:
            head = last[later[-1]:]  # 工业、制造业、工业技改投资: the members differ, so the head is shorter
    return [p + head for p in parts[:-1]] + [lead + last if lead and not last.startswith(lead) else last]


def _series_head(parts: Sequence[str]) -> str:
    """The head after the last member of a numbered series (``第一、第三产业增加值`` → ``产业增加值``): the members
    before it and the same length of the last are alike but for one numeral, so what follows in the last is every
    member's. ``""`` otherwise (``一产、二产用电量`` has its own rule; ``钢、铁产量``: no numeral)."""
    n = len(parts[0])
    if n < 2 or len(parts[-1]) <= n + 1 or any(len(p) != n for p in parts[:-1]):
        return ""
    heads = [*parts[:-1], parts[-1][:n]]
    diff = [k for k in range(n) if len({h[k] for h in heads}) > 1]
    if len(diff) != 1 or not all(h[diff[0]] in ONES + "十" for h in heads) or len(set(heads)) != len(heads):
        return ""
    return parts[-1][n:]


def _verb_measure(parts: Sequence[str], toks) -> str:
    """The verb and statistic's word closing the last member (``二氧化硫排放总量`` → ``排放总量``) when the members before
    it are nouns without that verb (``化学需氧量``): the measure of each member, although the first may end in a
    statistic's character itself (需氧量). ``""`` otherwise.

    >>> _verb_measure(["化学需氧量", "二氧化硫排放总量"], pos_cut("二氧化硫排放总量"))
    '排放总量'
    """
    if len(toks) < 3 or toks[-2][1] != "v" or len(toks[-2][0]) < 2 or not re_stat_head().search(toks[-1][0]):
        return ""
    verb = toks[-2][0]
    if not all(f.startswith("n") for _w, f in toks[:-2]):
        return ""
    for p in parts[:-1]:
        ptoks = pos_cut(p)
        if verb in p or not ptoks or not all(f.startswith("n") for _w, f in ptoks):
            return ""
    return verb + toks[-1][0]


def _list_lead(parts: Sequence[str]) -> str:
    """The words before the first conjunct of a list whose members after the first are one short
    word each and whose last names the shared head (``市级财政教育、卫生和社保支出`` → ``市级财政``): what
    they lead is every member's, not the first one's. ``""`` when the first member is a whole measure
    (it ends with a statistic's word: ``一般公共预算收入、税收、非税收入``) or the list is no such one."""
    if len(parts) < 3 or not all(len(p) <= 4 and len(pos_cut(p)) == 1 for p in parts[1:-1]):
        return ""
    toks, last = pos_cut(parts[0]), pos_cut(parts[-1])
    while len(toks) > 1 and (toks[-2][1] in ("a", "b") or len(toks[-2][0]) == 1 and not toks[-2][1].startswith(("n", "r"))):
        toks = (*toks[:-2], (toks[-2][0] + toks[-1][0], toks[-1][1]))  # 我国粗钢: 粗 binds to 钢, not to the list
    conj = toks[-1][0] if toks else ""
    if len(toks) < 2 or len(last) < 2 or len(conj) > 4 or re_stat_head().search(conj) or not toks[-1][1].startswith(
            ("n", "vn", "j")) or cue_role(conj) in ("measure", "amount"):
        return ""
    return "".join(w for w, _f in toks[:-1])


def _purpose_members(parts: Sequence[str]) -> Optional[list[str]]:
    """``中央财政用于科技、教育和卫生事业的支出`` → ``中央财政科技支出``, ``中央财政教育支出``,
    ``中央财政卫生事业支出``: the members of a list of what money is used for (after a ``purpose``
    verb of ``entity_frames.tsv``: 用于, 投向), closed by 的 and the noun of the money, each name
    that noun; the noun before the verb (who spends) leads each. ``None`` when the list is no such one."""
    toks = pos_cut(parts[0])
    at = next((k for k, (w, _f) in enumerate(toks) if w in frame_words("purpose")), None)
    last = parts[-1]
    de = last.rfind("的")
    if at is None or at == len(toks) - 1 or de <= 0 or "的" in "".join(parts[:-1]):
        return None
    head = last[de + 1:]
    head_toks = pos_cut(head)
    if not head_toks or not (head_toks[-1][1].startswith(("n", "vn")) or cue_role(head_toks[-1][0]) == "noun"):
        return None  # (支出: a noun the tagger reads as a verb)
    lead = "".join(w for w, _f in toks[:at])
    first = "".join(w for w, _f in toks[at + 1:])
    return [lead + c + head for c in (first, *parts[1:-1], last[:de])]


def _shared_measure(parts: Sequence[str], toks) -> bool:
    """Does the last member end with a statistic's word (``镍产量``) no other member ends with, after
    names as short as the others (not ``免签入境游客、…、离岛免税销售额``: whole measures of their own)?"""
    if len(toks) < 2:
        return False
    w = toks[-1][0]
    whole = (*frame_words("people"), *_stat_words(), *entity_words("funds"), *entity_words("money_end"), *entity_words("sum"))
    return len(w) >= 2 and bool(re_stat_head().search(w) or cue_role(w) in ("measure", "amount")) and not any(
        p.endswith(w) for p in parts[:-1]) and all(len(p) <= 3 or not re_stat_head().search(p) and not p.endswith(whole)
                                                   for p in parts[:-1]) and len(parts[-1]) - len(w) <= 4
    # (限上新能源汽车、节能家电零售额: longer members share the measure when they name no measure or people of their own)


def _bare_modifier(member: str) -> bool:
    """A list member that cannot stand alone as a measure: one verb or distinguishing word
    (``涉诈`` in ``刑事治安、涉诈、涉毒警情``)."""
    toks = pos_cut(member)
    return len(toks) == 1 and toks[0][1] in ("v", "b", "a")


def _stat_words() -> tuple[str, ...]:
    """The words a statistic's name ends in (``stat_end`` of entity_words.tsv)."""  # (a tuple: matched by endswith)
    return tuple(entity_words("stat_end"))


@lru_cache(maxsize=1)
def _paired() -> dict[str, tuple[str, str]]:
    return {r["word"]: (r["first"], r["second"]) for r in load_rows("paired_terms.tsv")}


@lru_cache(maxsize=1)
def _pairs() -> frozenset[tuple[str, str]]:
    """The member words of ``paired_terms.tsv`` in either order (城镇/农村, 进口/出口)."""
    return frozenset(p for a, b in _paired().values() for p in ((a, b), (b, a)))


def _unpaired(subject: str) -> Optional[list[str]]:
    """The two members of a subject holding a coordinate abbreviation of ``paired_terms.tsv``
    (``实际使用内外资`` → ``实际使用内资``, ``实际使用外资``), else ``None``. Of two, the one nearer the head is
    split (``本外币存贷款余额`` → ``本外币存款余额``, ``本外币贷款余额``: what the two numbers tell apart)."""
    found = [(subject.rfind(w), len(w), w) for w in _paired() if w in subject]
    if not found:
        return None
    at, _n, word = max(found)
    first, second = _paired()[word]
    return [subject[:at] + first + subject[at + len(word):], subject[:at] + second + subject[at + len(word):]]


def list_members(clause: str, n: int) -> Optional[list[str]]:
    """The ``n`` members of the list subject that ``clause`` (the text before ``分别``) holds, cleaned
    as a change subject is, or ``None``.

    >>> list_members("全市共有小学、初中、高中", 3)
    ['小学', '初中', '高中']
    """
    subject, _basis = clean_subject(clause)
    return members(subject, n)


def _shared_lead(first: str, last: str) -> str:
    """A preposition opening the first member that the others share (以区委区政府 / 区两办)."""
    toks = pos_cut(first)
    if len(toks) > 1 and toks[0][1].startswith("p") and not last.startswith(toks[0][0]):
        return toks[0][0]
    return ""
