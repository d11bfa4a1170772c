"""Robustness properties of extract_facts and parse: any str in, grounded valid output out.

Hypothesis draws arbitrary strings, and corpus documents with random edits (characters inserted,
deleted and replaced, newlines and spaces added), so the rules meet broken versions of real text.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import STEMS, corpus_text
from robust_checks import check_document, check_facts

import govtext

_EDIT_CHARS = st.sampled_from(list("\n \u3000\r\t年月日万元%％《》“”（）()一二三四五六七八九十0123456789，。、：；—\x00\ufeff"))


@st.composite
def edited_corpus(draw) -> str:
    """A seed document (cut to a window, to keep examples fast) with up to 30 random edits."""
    text = corpus_text(draw(st.sampled_from(STEMS)))
    start = draw(st.integers(0, max(0, len(text) - 1500)))
    chars = list(text[start:start + 1500])
    for _ in range(draw(st.integers(0, 30))):
        op = draw(st.sampled_from(["insert", "delete", "replace", "newline", "space"]))
        i = draw(st.integers(0, len(chars)))
        if op == "delete" and i < len(chars):
            del chars[i]
        elif op == "replace" and i < len(chars):
            chars[i] = draw(_EDIT_CHARS | st.characters())
        elif op == "newline":
            chars.insert(i, "\n")
        elif op == "space":
            chars.insert(i, draw(st.sampled_from([" ", "  ", "\u3000", "\t"])))
        else:
            chars.insert(i, draw(_EDIT_CHARS | st.characters()))
    return "".join(chars)


_FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_FAST
@given(edited_corpus())
def test_edited_corpus_facts_are_grounded(raw):
    check_facts(raw, govtext.extract_facts(raw))


@_FAST
@given(edited_corpus())
def test_edited_corpus_parses(raw):
    check_document(raw, govtext.parse(raw))


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_parse_takes_any_string(raw):
    check_document(raw, govtext.parse(raw))


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF, blacklist_categories=())))
def test_any_code_point_including_surrogates(raw):
    check_facts(raw, govtext.extract_facts(raw))
    check_document(raw, govtext.parse(raw))


@pytest.mark.parametrize("fn", [govtext.extract_facts, govtext.parse], ids=["extract_facts", "parse"])
@pytest.mark.parametrize("bad, hint", [
    pytest.param(b"\xe9\x80\x9a\xe7\x9f\xa5", "read_text", id="bytes"),
    pytest.param(bytearray(b"abc"), "read_text", id="bytearray"),
    pytest.param(None, "must be str, not NoneType", id="none"),
    pytest.param(42, "must be str, not int", id="int"),
    pytest.param(["通知"], "must be str, not list", id="list"),
])
def test_non_str_gets_a_type_error_that_says_what_to_pass(fn, bad, hint):
    with pytest.raises(TypeError, match=hint):
        fn(bad)
