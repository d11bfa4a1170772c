"""A list of literal words as one fast pattern: a trie written as a regular expression.

``"|".join(sorted(words, key=len, reverse=True))`` makes the regex engine try every word at
every position. :func:`word_alternation` factors the shared prefixes instead (``区委书记|区长``
→ ``区(?:委书记|长)``), with each "the word may end here" written as a greedy optional, so at
any position the candidates are tried longest first, exactly as in the sorted alternation —
also when the pattern is embedded in a larger one and the engine backtracks into it. The
result is valid for both ``re`` and ``regex``; for plain words the standard library's engine
scans several times faster.

>>> word_alternation(["区长", "区委书记", "书记"])
'(?:书记|区(?:委书记|长))'
>>> re.compile(word_alternation(["省委", "省委书记", "省"])).findall("省委书记、省委、省")
['省委书记', '省委', '省']

Where many tries would each be compiled once and met rarely (the division names, a trie per first
character), walking the trie itself needs no compiling: :func:`word_trie`, :func:`longest_word_end`.

>>> longest_word_end(word_trie(["吉林", "吉林省", "吉林市"]), "在吉林省长春市", 1)
4
"""
from __future__ import annotations

from typing import Iterable

import re

__all__ = ["longest_word_end", "word_alternation", "word_trie"]

_END = ""  # key marking that a word ends at this node


def word_alternation(words: Iterable[str]) -> str:
    """A non-capturing pattern that matches the longest of ``words`` first (empty words ignored)."""
    root = word_trie(words)
    if not root:
        return "(?!)"
    body = _group(root)
    return body if len(root) > 1 else f"(?:{body})"


def word_trie(words: Iterable[str]) -> dict:
    """``words`` as nested dicts, character → node, with ``_END`` in a node where a word ends (empty words
    ignored)."""
    root: dict = {}
    for word in words:
        if not word:
            continue
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return root


def longest_word_end(trie: dict, text: str, start: int) -> int:
    """The end of the longest word of ``trie`` (:func:`word_trie`) that starts at ``text[start]``, or -1."""
    node, end = trie, -1
    for j in range(start, len(text)):
        node = node.get(text[j])
        if node is None:
            break
        if _END in node:
            end = j + 1
    return end


def _group(node: dict) -> str:
    """The pattern for the words below ``node`` (which holds at least one child)."""
    branches = [(ch, child) for ch, child in sorted(node.items()) if ch != _END]
    leaves = [ch for ch, child in branches if list(child) == [_END]]
    if len(branches) > 1 and len(leaves) == len(branches):
        return "[" + "".join(re.escape(ch) for ch in leaves) + "]"
    alts = [re.escape(ch) + _rest(child) for ch, child in branches]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _rest(node: dict) -> str:
    """What may follow a character whose trie node is ``node``."""
    if list(node) == [_END]:
        return ""
    body = _group(node)
    return f"(?:{body})?" if _END in node else body
