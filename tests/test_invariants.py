"""Invariants every fact keeps, on the seed corpus and on arbitrary strings."""
from __future__ import annotations

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import STEMS, corpus_text, gold_facts
from govtext.extract import DEFAULT_KINDS, extract_facts
from govtext.records import fact_schema

_VALIDATOR = jsonschema.Draft202012Validator(fact_schema())


@pytest.mark.parametrize("stem", STEMS)
def test_corpus_facts_are_grounded_and_valid(stem):
    raw = corpus_text(stem)
    facts = extract_facts(raw)
    if any(g["kind"] in DEFAULT_KINDS for g in gold_facts(stem)):
        assert facts, stem
    for fact in facts:
        assert raw[fact.start:fact.end] == fact.text
        assert fact.text.strip() == fact.text
        _VALIDATOR.validate(fact.model_dump(mode="json"))
    assert [(f.start, f.end) for f in facts] == sorted((f.start, f.end) for f in facts)


_CHINESE_BITS = st.sampled_from([
    "2014年", "3月", "9日", "至", "15日", "万元", "余", "个", "名", "%", "以上", "“", "”", "《", "》",
    "四风", "九破九立", "区委书记", "杨超", "下降", "由", "降到", "\n", "\n\n", " ", "〔2014〕", "34号",
    "冀群组发", "１２", "萬", "個", "两", "百", "千", "。", "，", "、", "（", "）", "摄", "●",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_CHINESE_BITS | st.text(max_size=3), max_size=40).map("".join))
def test_any_chinese_like_text(raw):
    for fact in extract_facts(raw):
        assert raw[fact.start:fact.end] == fact.text
        _VALIDATOR.validate(fact.model_dump(mode="json"))


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_any_string_never_raises(raw):
    for fact in extract_facts(raw):
        assert raw[fact.start:fact.end] == fact.text


def test_non_str_gets_a_clear_type_error():
    with pytest.raises(TypeError, match="read_text"):
        extract_facts(b"\xe9\x80\x9a\xe7\x9f\xa5")  # type: ignore[arg-type]


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="unknown fact kind"):
        extract_facts("文本", kinds=["colour"])
