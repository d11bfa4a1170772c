"""text/fastre: a pattern moves to the standard library's engine only with regex's matches."""
from __future__ import annotations

import re

import pytest
import regex

from govtext.text import fastre

# characters on which the engines' own class tables disagree: \x1c is whitespace to re only, ² a
# word character to re only, a combining mark and a Kawi digit (Unicode 15) to regex only
PROBES = [
    "第一章第12条\x1c中文²\u0301𠀀x",
    "２０２０年3月5日，发布时间：2014-06-06 10:48　来源：新华网",
    "任命张三、李四为副市长；王五同志任秘书长。\n（记者 张明远 李思琪）",
    "\U00011f50\U00011f51年 ab_c 1.5%  \t\u3000——《关于…的通知》",
]

TRANSLATED = [
    r"\p{Han}{2}\d+",
    r"[^\s\p{Han}]+",
    r"\S+",
    r"\w+",
    r"\W+",
    r"[\p{P}\s\d]",
    r"\P{Han}+",
    r"[\p{L}\p{N}]+",
    r"(?<![\p{Han}·])(?P<n>\p{Han}{2,4}(?:、\p{Han}{2,4}){0,7})[（(]",
    r"[，。；：、\n](?=(?:\p{Han}{2,4}、){0,7}\p{Han}{2,6}(?:同志)?(?:任|为))",
    r"[]a]",
    r"a{2,}|\d{,2}",
    r"^\s*(?:发布|来源)\s*[:：]",
]


@pytest.mark.parametrize("pattern", TRANSLATED)
def test_a_translated_pattern_finds_what_regex_finds(pattern):
    compiled = fastre.compile(pattern)
    assert isinstance(compiled, re.Pattern)
    reference = regex.compile(pattern)
    for text in PROBES:
        assert [(m.span(), m.groups()) for m in compiled.finditer(text)] == \
               [(m.span(), m.groups()) for m in reference.finditer(text)]
        assert compiled.split(text) == reference.split(text)


@pytest.mark.parametrize("pattern, flags", [
    (r"\b中国", 0),                      # a word boundary reads \w
    (r"\B12", 0),
    (r"abc", regex.IGNORECASE),         # full case folding
    (r"(?i)abc", 0),                    # an inline flag
    (r"[[:alpha:]]+", 0),               # a POSIX class
    (r"(?:ab){e<=1}", 0),               # fuzzy matching
    (r"(?|(a)|(b))", 0),                # branch reset
    (r"(?P<x>a)|(?P<x>b)", 0),          # a repeated group name: re refuses it
    (r"(?<=年|月份)\d", 0),              # variable-length lookbehind: re refuses it
    (r"\X", 0),                         # a grapheme
    (r"a", regex.V1),                   # version 1 semantics
])
def test_what_might_differ_stays_with_regex(pattern, flags):
    assert not isinstance(fastre.compile(pattern, flags), re.Pattern)


def test_the_class_tables_are_the_ones_regex_uses():
    every = "".join(map(chr, range(0, 0x30000, 7))) + "\x1c\x1d\x1e\x1f\u0301²\U00011f50"
    for escape in (r"\d", r"\D", r"\s", r"\S", r"\w", r"\W", r"\p{Han}", r"\P{Han}", r"\p{P}", r"\p{L}", r"\p{N}"):
        ours = re.compile(f"[{fastre._ranges(escape)}]")
        assert [m.start() for m in ours.finditer(every)] == [m.start() for m in regex.finditer(escape, every)], escape


@pytest.mark.parametrize("pattern, flags", [
    (r"(?#[)\d+(?#])", 0),              # a comment holding a bracket
    (r"\d+ # [digits]", regex.VERBOSE),  # a verbose comment
])
def test_comments_stay_with_regex(pattern, flags):
    assert not isinstance(fastre.compile(pattern, flags), re.Pattern)
