"""Personal names next to a role: where a name starts or ends, validated by surname and segmenter.

A name is a surname from ``lexicons/surnames.txt`` (single or compound) plus one or two given
characters. Its length is taken from govtext's segmenter (jieba with govtext's words, tagging
unseen names ``nr``), with one repair when the segmenter splits the surname off: a given name
that is itself a dictionary word stays whole (``王/红梅/主持会议`` → 王红梅), one glued by the
segmenter to the next word is cut after one character (``杨/超访/民情`` → 杨超).

>>> name_after("杨超访民情，察民忧"), name_after("王红梅主持会议")
('杨超', '王红梅')
>>> name_after("任组长"), name_after("和市委常委们")
(None, None)
>>> name_before("学习习近平")
'习近平'
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from govtext.lexicons import load_rows, load_words
from govtext.text.postag import pos_pairs
from govtext.text.segmentation import tokenizer

__all__ = ["is_name", "name_after", "name_before", "name_by_follower", "pos_cut", "surnames"]

_HAN = regex.compile(r"\p{Han}+")
_HAN_TAIL = regex.compile(r"\p{Han}+$")


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return frozenset(load_words("surnames.txt"))


def _surname_len(word: str) -> int:
    """Length of the surname ``word`` starts with (2 for compound surnames), 0 if none."""
    names = surnames()
    if word[:2] in names and len(word) >= 3:
        return 2
    return 1 if word[:1] in names else 0


def is_name(word: str) -> bool:
    """Can ``word`` be a full personal name (surname + one or two characters)?

    >>> is_name("胡玉华"), is_name("欧阳修"), is_name("彭"), is_name("的确")
    (True, True, False, False)
    """
    if not _HAN.fullmatch(word or ""):
        return False
    n = _surname_len(word)
    return bool(n) and 1 <= len(word) - n <= 2


def pos_cut(text: str) -> list[tuple[str, str]]:
    """``(word, tag)`` pairs from govtext's segmenter."""
    return list(pos_pairs(text))


def name_after(text: str) -> Optional[str]:
    """The personal name ``text`` starts with, or ``None``."""
    head = _HAN.match(text[:8])
    if not head or not _surname_len(head.group()):
        return None
    words = pos_cut(head.group())
    word, tag = words[0]
    if tag.startswith("nr") and is_name(word):
        return word
    if len(word) == 1 and tag.startswith("nr") and len(words) > 1:
        given = words[1][0]
        if len(given) == 2 and _in_dictionary(given) and is_name(word + given) \
                and not _followers().fullmatch(given, 1):  # 李/明说: 说 ends the name 李明
            return word + given
        if is_name(word + given[0]):
            return word + given[0]
    return None


@lru_cache(maxsize=1)
def _followers() -> "regex.Pattern":
    words = sorted((r["word"] for r in load_rows("name_followers.tsv")), key=len, reverse=True)
    return regex.compile(rf"(?:{'|'.join(map(regex.escape, words))}|[\p{{P}}\s]|$)")


def name_by_follower(text: str) -> Optional[str]:
    """The name ``text`` starts with when a word of ``name_followers.tsv`` (or punctuation, or
    the end) closes it: for names the segmenter splits (``郑/海涛``, ``吴国/强``).

    A candidate that opens with a common word (``班子``, ``文章``: not a name or place) is none.

    >>> name_by_follower("郑海涛违规操办婚宴"), name_by_follower("孙卫国"), name_by_follower("班子作对照检查")
    ('郑海涛', '孙卫国', None)
    >>> name_by_follower("王芳说：")
    '王芳'
    """
    head = _HAN.match(text)
    if not head:
        return None
    for size in (3, 2):
        cand = head.group()[:size]
        third = _followers().match(text, 2) if size == 3 else None
        if third and third.end() > 2:
            continue  # 王芳说：: the third character opens a follower word, so the name has two
        if len(cand) == size and is_name(cand) and _followers().match(text, size):
            word, tag = pos_cut(cand)[0]
            if len(word) >= 2 and not tag.startswith(("nr", "ns")):
                return None
            return cand
    return None


def _in_dictionary(word: str) -> bool:
    return bool(tokenizer().FREQ.get(word))


def name_before(text: str) -> Optional[str]:
    """The personal name ``text`` ends with (a whole segmenter word tagged as a name), or ``None``."""
    tail = _HAN_TAIL.search(text[-8:])
    if not tail:
        return None
    words = pos_cut(tail.group())
    word, tag = words[-1]
    if tag.startswith("nr") and is_name(word):
        return word
    return None
