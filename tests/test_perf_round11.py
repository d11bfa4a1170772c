"""Round 11 speed work: outputs stay identical, costs move (issue 18)."""
from __future__ import annotations

import re

import pytest
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


@pytest.mark.parametrize("text", [
    "详见https://a.cn/s?q=30%25，或www.gov.cn/x，邮箱ab.c@x.gov.cn",
    "联系（010）12345678，传真：87654321，手机+86 138-1234-5678，热线400-123-4567",
    "身份证号110101199003071234，地址10.0.0.1，版本V2.0.1",
    "电话٠١٢٣٤٥٦٧，编号١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦",     # digits of other scripts are \d too
    "受理案件2007698件，增长12.5%，共12345678人",  # near misses: no identifier
])
def test_the_identifier_guard_keeps_every_match(text):
    from govtext.text import patterns

    unguarded = regex.compile("|".join(f"(?:{p})" for p in (patterns._URL, patterns._EMAIL, patterns._PHONE,
                                                               patterns._CODE)))
    assert [m.span() for m in patterns._IDENTIFIER.finditer(text)] == [m.span() for m in unguarded.finditer(text)]
