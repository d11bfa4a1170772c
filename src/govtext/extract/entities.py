"""The counted thing of a quantity, read from the sentence around the number.

A researcher's table column wants the noun phrase: ``606个基层党组织`` → ``基层党组织`` (the
phrase that follows), ``印发学习资料4万套`` → ``学习资料`` (the object before the number, after
its verb), ``集中学习2266次`` → ``集中学习`` (a counted activity is its own entity). Elided heads
are filled in from the same sentence (``征求意见建议6000余条，梳理归纳3728条`` → ``意见建议``),
a number that counts the groups of the next number shares its entity (``6方面26个问题``), quotes
are dropped, and durations have none. Segmentation is jieba's part-of-speech tagger over
govtext's own tokenizer; the words that bound a phrase are in ``lexicons/entity_cues.tsv``.

>>> following_phrase("基层党组织、14169名党员")
'基层党组织'
>>> preceding_phrase("全区共印发学习资料", "count"), preceding_phrase("；集中学习", "events")
('学习资料', '集中学习')
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

import regex

from govtext.lexicons import load_rows

__all__ = ["counted_entities", "distant_qualifier", "following_phrase", "preceding_phrase", "pos_cut"]

_CLAUSE_END = "，。；：！？,;:!?\n"
_SENTENCE_END = "。；！？;!?\n"
_QUOTES = "“”\"‘’「」『』"
_KEEP_PUNCT = "、（）"
_NOMINAL = ("n", "vn", "j", "ng", "nz", "nt", "ns", "nr", "l", "i", "an", "s")
_PRE_STOP_FLAGS = ("p", "d", "r", "ul", "uz", "ug", "f", "t", "y", "e", "o", "c")
_FOL_STOP_FLAGS = ("p", "d", "r", "ul", "uz", "ug", "ud", "f", "t", "y", "e", "o", "m", "q", "zg")
_WINDOW = 32


@lru_cache(maxsize=1)
def _pos_tokenizer():
    import jieba.posseg

    from govtext.segment import tokenizer

    return jieba.posseg.POSTokenizer(tokenizer())


@lru_cache(maxsize=8192)
def pos_cut(text: str) -> tuple[tuple[str, str], ...]:
    """``(word, flag)`` pairs of ``text`` (a clean, short string)."""
    if not text:
        return ()
    return tuple((p.word, p.flag) for p in _pos_tokenizer().lcut(text))


@lru_cache(maxsize=1)
def _cues() -> dict[str, str]:
    return {row["word"]: row["role"] for row in load_rows("entity_cues.tsv")}


def _nominal(flag: str) -> bool:
    return flag.startswith(_NOMINAL) and flag not in ("nrfg",) or flag in _NOMINAL


def _clean(words: Sequence[str]) -> Optional[str]:
    text = "".join(words)
    text = regex.sub(f"[{_QUOTES}]", "", text).strip("、的等和及与")
    if not text or not regex.search(r"\p{Han}", text):
        return None
    if text.count("（") != text.count("）"):
        text = text.replace("（", "").replace("）", "")
    return text


def following_phrase(seg: str) -> Optional[str]:
    """The noun phrase that opens ``seg`` (the text right after a quantity), or ``None``."""
    cues = _cues()
    words: list[str] = []
    flags: list[str] = []
    seen_noun = False
    for w, flag in pos_cut(seg):
        if w in _QUOTES:
            words.append(w)
            flags.append("x")
            continue
        if flag == "x" and w not in _KEEP_PUNCT:
            break
        if w in cues and w != "等":
            break
        if flag.startswith(_FOL_STOP_FLAGS) and w != "等" and not (flag == "m" and not regex.search(r"\d", w) and seen_noun is False and len(w) == 1):
            break
        if flag.startswith("v") and flag != "vn" and seen_noun:
            break
        words.append(w)
        flags.append(flag)
        if _nominal(flag):
            seen_noun = True
    while flags and not _nominal(flags[-1]):
        words.pop()
        flags.pop()
    return _clean(words) if seen_noun else None


def preceding_phrase(seg: str, category: str) -> Optional[str]:
    """The counted thing or activity that ends ``seg`` (the clause before a number), or ``None``."""
    cues = _cues()
    toks = list(pos_cut(seg))
    while toks and (cues.get(toks[-1][0]) == "filler" or toks[-1][1].startswith(("d", "ul", "p"))):
        toks.pop()
    got: list[tuple[str, str]] = []
    for w, flag in reversed(toks):
        role = cues.get(w)
        if role in ("light", "stop", "filler"):
            break
        if role == "governing" and (category != "events" or not got):
            if category != "events":
                break
        if w in _QUOTES:
            got.insert(0, (w, "x"))
            continue
        if flag == "x" and w not in _KEEP_PUNCT:
            break
        if flag == "m" and (regex.search(r"\d", w) or len(w) > 1):
            break
        if flag.startswith(_PRE_STOP_FLAGS) and flag != "m":
            break
        if flag.startswith("v") and flag != "vn" and category != "events":
            if not got or not _nominal(got[0][1]) or role == "governing":
                if got or category not in ("people",):
                    break
        got.insert(0, (w, flag))
    while got and (got[0][0] in "的、等和及与" or got[0][1] == "x" and got[0][0] not in "（"):
        got.pop(0)
    if not any(_nominal(f) or f.startswith("v") for _w, f in got):
        return None
    return _clean([w for w, _f in got])


def _clause_start(text: str, pos: int, stops: str = _CLAUSE_END) -> int:
    i = pos
    lo = max(0, pos - _WINDOW)
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
    if regex.search("至少|不少于|不低于", clause):
        return "at_least"
    if regex.search("不超过|不高于", clause):
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
        seg = text[q.end: min(_clause_end(text, q.end), nxt)]
        ent = following_phrase(seg)
        if ent:
            out[i], how[i] = ent, "following"
            continue
        cs = max(_clause_start(text, q.start), prev_end)
        seg = text[cs: q.start]
        if seg.endswith("的"):
            how[i] = "relative"
            continue
        ent = preceding_phrase(seg, q.category)
        if ent:
            out[i], how[i] = ent, "preceding"
        else:
            how[i] = "elided"
    for i in range(n - 1, -1, -1):  # 6方面26个问题: the groups share the next number's entity
        if how[i] == "adjacent" and out[i + 1]:
            out[i] = out[i + 1]
    for i, q in enumerate(found):
        if how[i] in ("relative", "elided"):
            out[i] = _from_earlier(text, found, out, i)
    _share_heads(text, found, out, how)
    return out


def _from_earlier(text: str, found: Sequence, out: list, i: int) -> Optional[str]:
    """An elided head filled in from an earlier quantity of the same unit in the sentence."""
    q = found[i]
    sent = _clause_start(text, q.start, _SENTENCE_END)
    sent = min(sent, _clause_start(text, q.start, "。！？\n"))
    for j in range(i - 1, -1, -1):
        p = found[j]
        if p.start < sent - 80:
            break
        if p.unit == q.unit and out[j]:
            head = out[j].rsplit("的", 1)[-1]
            modifier = ""
            if "的" in out[j]:
                seg = text[max(_clause_start(text, q.start), p.end): q.start]
                if seg.endswith("的"):
                    modifier = (preceding_phrase(seg[:-1], "count") or "")
            return f"{modifier}的{head}" if modifier else head
    return None


def _share_heads(text: str, found: Sequence, out: list, how: list) -> None:
    """``324个村、55个社区组织阵地``: a one-word phrase shares the next phrase's head."""
    for i in range(len(found) - 1):
        a, b = out[i], out[i + 1]
        if how[i] != "following" or how[i + 1] != "following" or not a or not b:
            continue
        gap = text[found[i].end + len(a): found[i + 1].start]
        if gap not in ("、", "和", "及"):
            continue
        a_toks, b_toks = pos_cut(a), pos_cut(b)
        if len(a_toks) == 1 and len(b_toks) >= 3 and len(a) <= 2:
            out[i] = a + "".join(w for w, _f in b_toks[1:])
