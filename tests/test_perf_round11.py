"""Round 11 speed work: outputs stay identical, costs move (issue 18)."""
from __future__ import annotations

import re

import regex

from govtext.text import fastre


def test_digits_use_res_own_escape_plus_what_only_regex_matches():
    body = fastre._ranges(r"\d")
    assert body.endswith(r"\d") and len(body) < 400  # not 1,500 characters of ranges to compile
    every = "".join(map(chr, range(0, 0x30000, 3))) + "\U00011f50\U00011f59٣۳߃३০੩"
    for pattern in (rf"[{body}]", rf"[^{body}]", rf"[{body}a-c]+"):
        theirs = pattern.replace(body, r"\d")
        assert [m.span() for m in re.finditer(pattern, every)] == [m.span() for m in regex.finditer(theirs, every)]


def test_a_dash_after_the_digit_escape_leaves_the_pattern_to_regex():
    # regex reads [\d-z] as \d, "-", "z"; re refuses a range from a class escape
    compiled = fastre.compile(r"[\d-z]+")
    assert [m.group() for m in compiled.finditer("a1-z9")] == ["1-z9"]
