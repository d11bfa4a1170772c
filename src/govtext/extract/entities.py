"""The counted thing of a quantity, read from the sentence around the number.

A researcher's table column wants the noun phrase: ``606个基层党组织`` → ``基层党组织`` (the
phrase that follows), ``印发学习资料4万套`` → ``学习资料`` (the object before the number, after
its verb), ``集中学习2266次`` → ``集中学习`` (a counted activity is its own entity). Elided heads
are filled in from the same sentence (``征求意见建议6000余条，梳理归纳3728条`` → ``意见建议``),
a number that counts the groups of the next number shares its entity (``6方面26个问题``), quotes
are dropped, and durations have none. Segmentation is jieba's part-of-speech tagger over
govtext's own tokenizer; the words that bound a phrase are in ``lexicons/entity_cues.tsv``.

>>> following_phrase("基层党组织、14169名党员", "count")
'基层党组织'
>>> preceding_phrase("全区共印发学习资料", "count"), preceding_phrase("；集中学习", "events")
('学习资料', '集中学习')
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

import regex

from govtext.lexicons import load_rows
from govtext.text.postag import pos_pairs
from govtext.text.segmentation import tokenizer, user_words

__all__ = ["counted_entities", "cue_role", "distant_qualifier", "following_phrase", "preceding_phrase", "pos_cut"]

_CLAUSE_END = "，。；：！？,;:!?\n"
_SENTENCE_END = "。！？!?\n"
_QUOTES = "“”\"‘’「」『』"
_JOINERS = "、的等和及与或"
_KEEP_PUNCT = "、（）"
_NOMINAL = ("n", "vn", "j", "zg", "i", "l", "an", "s", "q", "nz", "b")
_OTHER = ("其他", "其余", "其它")
_WINDOW = 40
_ACTIVITY = ("events", "score")  # units that count actions: the entity is the activity
_LEVEL = regex.compile(r"[省市县区乡镇村]级$")
_RE_QUOTED_OR_TITLE = regex.compile(r"“([^“”]{1,12})”|《([^《》]{1,40})》")
_RE_HAN = regex.compile(r"\p{Han}")
_RE_DIGIT = regex.compile(r"\d")
_RE_AT_LEAST = regex.compile("至少|不少于|不低于")
_RE_AT_MOST = regex.compile("不超过|不高于")

Tok = tuple[str, str]


def pos_cut(text: str) -> tuple[Tok, ...]:
    """``(word, flag)`` pairs of ``text`` (a clean, short string)."""
    return pos_pairs(text)


@lru_cache(maxsize=1)
def _cues() -> dict[str, dict[str, str]]:
    return {row["word"]: row for row in load_rows("entity_cues.tsv")}


def cue_role(word: str) -> Optional[str]:
    """The role of ``word`` in ``lexicons/entity_cues.tsv`` (``stop``, ``skip``, ``filler`` …), or ``None``."""
    row = _cues().get(word)
    return row["role"] if row else None


@lru_cache(maxsize=1)
def _prefix_cues() -> tuple[str, ...]:
    return tuple(sorted((w for w, r in _cues().items() if r["role"] in ("light", "governing", "filler") and len(w) >= 2),
                        key=len, reverse=True))


def _nominal(flag: str) -> bool:
    return flag.startswith(_NOMINAL) or flag == "x-q"


def _noun(flag: str) -> bool:
    """A real noun (not a verbal noun): 党员, 村, “两新”."""
    return flag.startswith(("n", "j", "zg", "x-q")) or flag in ("i", "l", "s", "b")


def _tokens(seg: str) -> list[Tok]:
    """POS tokens with quoted names merged into one noun and verb+object words split (征求|意见)."""
    out: list[Tok] = []
    pos = 0
    for m in _RE_QUOTED_OR_TITLE.finditer(seg):
        out += _split(pos_cut(seg[pos:m.start()]))
        if m[2]:
            out.append((m[2], "x-q"))  # 发放《党章》2000本: the title is the thing counted
        elif "、" not in m[1]:  # a quoted list (“公与私、对与错”) labels a theme, not the thing counted
            out.append((m[1], "x-q"))
        pos = m.end()
    out += _split(pos_cut(seg[pos:]))
    return [t for t in out if t[0] not in _QUOTES]


def _known(word: str) -> bool:
    return bool(tokenizer().FREQ.get(word))


@lru_cache(maxsize=1)
def _kept_whole() -> frozenset[str]:
    return frozenset(w for w, _f, _t in user_words())


@lru_cache(maxsize=1)
def _prefix_cue_set() -> frozenset[str]:
    return frozenset(_prefix_cues())


def _longest_cue_prefix(word: str) -> Optional[str]:
    """The longest cue of :func:`_prefix_cues` that ``word`` starts with and goes beyond."""
    cues = _prefix_cue_set()
    for size in range(len(word) - 1, 1, -1):
        if word[:size] in cues:
            return word[:size]
    return None


def _split(toks: Sequence[Tok]) -> list[Tok]:
    """Split verb+object words jieba keeps whole (征求意见 → 征求|意见), not govtext's own words."""
    out: list[Tok] = []
    for w, f in toks:
        if cue_role(w) is None and len(w) > 2 and w not in _kept_whole():
            cue = _longest_cue_prefix(w)
            if cue and len(w) - len(cue) >= 2 and _known(w[len(cue):]):
                out += [(cue, "v"), (w[len(cue):], "n")]
                continue
        out.append((w, f))
    return out


def _verb(flag: str) -> bool:
    return flag.startswith("v") and flag != "vn"


def _clean(words: Sequence[str]) -> Optional[str]:
    text = "".join(words).strip(_JOINERS)
    if not text or not _RE_HAN.search(text):
        return None
    if text.count("（") != text.count("）"):
        text = text.replace("（", "").replace("）", "")
    return text


def following_phrase(seg: str, category: str, cut_by_number: bool = False) -> Optional[str]:
    """The noun phrase that opens ``seg`` (the text right after a quantity), or ``None``."""
    toks = _tokens(seg)
    if not toks or (toks[0][1] == "x" and toks[0][0] not in "（"):
        return None
    first = _cues().get(toks[0][0])
    if category in _ACTIVITY and first and first["role"] == "light":
        toks = toks[1:]  # 2次召开会议: the activity is the object
    elif category == "people" and first and first.get("after_noun") == "object":
        toks = toks[1:]  # 有8人给予党政纪处分: what the people received
    got: list[Tok] = []
    seen_noun = False
    for i, (w, f) in enumerate(toks):
        nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
        role, row = cue_role(w), _cues().get(w)
        if f == "x-q" and seen_noun and got[-1][0] not in _JOINERS:
            break  # 河道“河长”: a quoted complement
        if f == "x":
            if w in _KEEP_PUNCT:
                got.append((w, f))
                continue
            break
        if seen_noun and row and row.get("after_noun") == "noun" and (nxt == "等" or cue_role(nxt) not in ("skip", "stop")):
            got.append((w, "n"))
            continue
        if role and w != "等" and not (category in _ACTIVITY and seen_noun and role == "governing"):
            break
        if _verb(f):
            if seen_noun and nxt and nxt in "和及、等或":
                got.append((w, "n"))  # 经济组织和社会组织: a noun the tagger read as a verb
                continue
            if seen_noun and not (category in _ACTIVITY and role != "light"):
                break
            got.append((w, f))
            continue
        if f.startswith(("n", "vn", "j", "zg", "i", "b", "s", "q", "c", "x-q")) or f in ("a", "uj") or w in ("等", "不"):
            got.append((w, f))
            seen_noun = seen_noun or _nominal(f)
            continue
        if f == "m" and not _RE_DIGIT.search(w):
            got.append((w, f))
            continue
        break
    if cut_by_number:  # 三个环节的32个问题: what follows the last joiner belongs to the next number
        last = max((i for i, (w, _f) in enumerate(got) if w in _JOINERS), default=None)
        if last is not None:
            got = got[:last]
    while got and not _nominal(got[-1][1]) and not (got[-1][0] == "）" and any(w == "（" for w, _f in got)):
        got.pop()
    if not any(_nominal(f) for _w, f in got):
        return None
    return _clean([w for w, _f in got])


def _strip_tail(toks: list[Tok]) -> list[Tok]:
    while toks and (cue_role(toks[-1][0]) == "filler" or toks[-1][1].startswith(("d", "ul", "p", "f"))):
        toks.pop()
    return toks


def preceding_phrase(seg: str, category: str, clause: bool = True) -> Optional[str]:
    """The counted thing or activity that ends ``seg`` (the clause before a number), or ``None``.

    With ``clause`` false, ``seg`` is a modifier (``反映区委常委班子`` before 的) and a verb
    opening it is kept."""
    toks = _strip_tail(_tokens(seg))
    if toks and _verb(toks[-1][1]) and category not in _ACTIVITY and category != "people":
        # 个人对照检查材料普遍修改9稿: the counted thing is the topic before the verb
        toks.pop()
        toks = _strip_tail(toks)
    got: list[Tok] = []
    in_rel = False
    for w, f in reversed(toks):
        role = cue_role(w)
        head = got[0] if got else None
        if role == "skip":
            continue
        if role in ("light", "stop", "filler"):
            if w == "各" and len(got) > 1 and _nominal(got[0][1]):
                got.pop(0)  # 各层面座谈会: 各层面 is a determiner
            break
        if role == "governing" and category not in _ACTIVITY:
            break
        if f == "x":
            if w in _KEEP_PUNCT:
                got.insert(0, (w, f))
                continue
            break
        if f == "m" and _RE_DIGIT.search(w):
            break
        if f.startswith("p") or f in ("ul", "uz", "f", "t", "y", "e", "o", "ug"):
            break
        if f.startswith("r") and w not in _OTHER:
            break
        if f.startswith("d") and not (w == "不" or in_rel):
            break
        if _verb(f) and category not in _ACTIVITY and not in_rel:
            modifier = head is not None and _nominal(head[1]) and len(w) > 1
            activity = head is None and category == "people"
            if not (modifier or activity):
                break
        got.insert(0, (w, f))
        if w == "的":
            in_rel = True
    while got and (got[0][0] in _JOINERS or (_verb(got[0][1]) and len(got[0][0]) == 1)):
        got.pop(0)
    opens_clause = len(got) == len([t for t in toks if cue_role(t[0]) != "skip"]) or (
        len(got) < len(toks) and cue_role(toks[len(toks) - len(got) - 1][0]) in ("stop", "filler"))
    if clause and category not in _ACTIVITY and category != "people" and opens_clause and not in_rel:
        # 全市建成标准化村级活动场所126个: the clause's own predicate
        rest = [f for _w, f in got[1:]]
        if len(got) > 1 and (_verb(got[0][1]) or got[0][1] == "vn") and any(_noun(f) for f in rest):
            got.pop(0)
    if not any(_nominal(f) or _verb(f) for _w, f in got):
        return None
    if category not in _ACTIVITY and category != "people" and not any(_noun(f) for _w, f in got):
        return None  # 整改落实1980条: only verbs, the counted thing is elided
    return _clean([w for w, _f in got])


def _clause_start(text: str, pos: int, stops: str = _CLAUSE_END, window: int = _WINDOW) -> int:
    i = pos
    lo = max(0, pos - window)
    while i > lo and text[i - 1] not in stops:
        i -= 1
    return i


def _clause_end(text: str, pos: int) -> int:
    i, hi = pos, min(len(text), pos + _WINDOW)
    while i < hi and text[i] not in _CLAUSE_END:
        i += 1
    return i


def distant_qualifier(text: str, start: int) -> Optional[str]:
    """A bound stated earlier in the clause: ``至少结对帮扶1个`` → ``'at_least'``.

    >>> distant_qualifier("每名区委常委至少结对帮扶1个", 13)
    'at_least'
    """
    clause = text[_clause_start(text, start): start]
    if _RE_AT_LEAST.search(clause):
        return "at_least"
    if _RE_AT_MOST.search(clause):
        return "at_most"
    return None


def counted_entities(text: str, found: Sequence) -> list[Optional[str]]:
    """One entity (or ``None``) per quantity match of ``found`` (sorted, non-overlapping)."""
    n = len(found)
    out: list[Optional[str]] = [None] * n
    how: list[str] = [""] * n
    for i, q in enumerate(found):
        if q.category == "time":
            continue
        nxt = found[i + 1].num_start if i + 1 < n else len(text)
        prev_end = found[i - 1].end if i > 0 else 0
        if i + 1 < n and nxt == q.end:
            how[i] = "adjacent"
            continue
        end = _clause_end(text, q.end)
        ent = following_phrase(text[q.end: min(end, nxt)], q.category, cut_by_number=nxt < end)
        level = _LEVEL.search(text[max(0, q.start - 2): q.start])
        if ent and level and q.chinese:
            ent = level[0] + ent  # 区级四个班子 → 区级班子
        if ent:
            out[i], how[i] = ent, "following"
            continue
        seg = text[max(_clause_start(text, q.start), prev_end): q.start]
        if seg.endswith("的"):
            how[i] = "relative"
            continue
        ent = preceding_phrase(seg, q.category)
        out[i], how[i] = ent, ("preceding" if ent else "elided")
    for i in range(n - 1, -1, -1):  # 6方面26个问题: the groups share the next number's entity
        if how[i] == "adjacent" and out[i + 1]:
            out[i] = out[i + 1]
    for i in range(n):
        if how[i] in ("relative", "elided"):
            out[i] = _from_earlier(text, found, out, i)
    _share_heads(text, found, out, how)
    return out


def _from_earlier(text: str, found: Sequence, out: list, i: int) -> Optional[str]:
    """An elided head filled in from an earlier quantity in the sentence (same unit first)."""
    q = found[i]
    sent = _clause_start(text, q.start, _SENTENCE_END, window=300)
    earlier = []
    for j in range(i - 1, -1, -1):  # found is sorted: stop at the first quantity before the sentence
        if found[j].start < sent:
            break
        if out[j]:
            earlier.append(j)
    same = [j for j in earlier if found[j].unit == q.unit]
    pick = (same or [j for j in earlier if found[j].category not in ("time",)] or [None])[0]
    if pick is None:
        return None
    head = out[pick].rsplit("的", 1)[-1]
    seg = text[max(_clause_start(text, q.start), found[pick].end): q.start]
    if not seg.endswith("的"):
        return out[pick]  # 梳理归纳3728条: the same things as before
    if "的" in out[pick]:  # 其中反映区委常委班子的40条: a parallel subtype
        modifier = preceding_phrase(seg[:-1], "count", clause=False)
        if modifier:
            return f"{modifier}的{head}"
    return head  # 评定为“好”等次的8618名: a subset of the same people


def _share_heads(text: str, found: Sequence, out: list, how: list) -> None:
    """``324个村、55个社区组织阵地``: a one-word phrase shares the next phrase's head."""
    for i in range(len(found) - 1):
        a, b = out[i], out[i + 1]
        if how[i] != "following" or how[i + 1] != "following" or not a or not b:
            continue
        if text[found[i].end + len(a): found[i + 1].start] not in ("、", "和", "及"):
            continue
        b_toks = _tokens(b)
        if len(_tokens(a)) == 1 and len(a) <= 2 and len(b_toks) >= 2:
            out[i] = a + "".join(w for w, _f in b_toks[1:])
