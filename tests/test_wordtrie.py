"""A word list as a prefix trie: the same matches as the longest-first alternation."""
from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from govtext.extract.persons import official_titles
from govtext.text.wordtrie import word_alternation

CASES = [  # words, text, matches
    (["区长", "区委书记", "书记"], "区委书记杨超、区长胡玉华、书记", ["区委书记", "区长", "书记"]),
    (["省委", "省委书记", "省"], "省委书记、省委、省", ["省委书记", "省委", "省"]),
    (["三严三实", "三严"], "三严三", ["三严"]),  # a longer word cut short falls back to its prefix
    (["a-b", "a]", "a^", "a\\"], "a-b a] a^ a\\", ["a-b", "a]", "a^", "a\\"]),  # special characters
    ([], "任何文字", []),
]


@pytest.mark.parametrize("words,text,found", CASES, ids=["shared prefix", "word inside word", "cut short",
                                                         "special characters", "no words"])
@pytest.mark.parametrize("engine", [re, regex], ids=["re", "regex"])
def test_matches(engine, words, text, found):
    assert engine.compile(word_alternation(words)).findall(text) == found


def _plain(words):
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


_CHARS = st.sampled_from("区委书记长省市县一二三")


@given(st.lists(st.text(_CHARS, min_size=1, max_size=4), max_size=12), st.text(_CHARS, max_size=40))
def test_same_as_longest_first_alternation(words, text):
    trie, plain = regex.compile(word_alternation(words)), regex.compile(_plain(words))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


@given(st.lists(st.text(_CHARS, min_size=1, max_size=4), min_size=1, max_size=12), st.text(_CHARS, max_size=30))
def test_same_when_backtracked_into(words, text):
    """Embedded before more pattern, the engine backtracks through the words longest first."""
    trie = re.compile(f"({word_alternation(words)})长")
    plain = re.compile(f"({_plain(words)})长")
    assert [m.span(1) for m in trie.finditer(text)] == [m.span(1) for m in plain.finditer(text)]


def test_official_titles_on_corpus():
    from pathlib import Path

    words = list(official_titles())
    trie, plain = re.compile(word_alternation(words)), regex.compile(_plain(words))
    for path in sorted((Path(__file__).parent.parent / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
