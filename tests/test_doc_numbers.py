"""Document numbers (发文字号): prefix, year, serial; the bracket forms around the year."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.extract import extract_facts
from govtext.values.doc_numbers import parse_doc_number

NUMBERS = [
    # (id, sentence, surface, prefix, year, serial)
    ("header-line", "\n冀群组发〔2014〕34号\n\n关于把第二批教育实践活动引向深入的通知", "冀群组发〔2014〕34号", "冀群组发", 2014, 34),
    ("in-parentheses", "…听取意见工作的通知》（群组发〔2014〕7号）精神", "群组发〔2014〕7号", "群组发", 2014, 7),
    ("square-brackets", "按照京政发[2013]5号文件要求", "京政发[2013]5号", "京政发", 2013, 5),
    ("lenticular", "印发（中办发【2013】11号）", "中办发【2013】11号", "中办发", 2013, 11),
    ("round-brackets", "根据国办发（2013）101号精神", "国办发（2013）101号", "国办发", 2013, 101),
    ("serial-with-di", "湘政发〔2012〕第3号", "湘政发〔2012〕第3号", "湘政发", 2012, 3),
    ("cut-after-verb", "依据印发冀政〔2014〕12号", "冀政〔2014〕12号", "冀政", 2014, 12),
    ("traditional", "冀群組發〔2014〕34號", "冀群組發〔2014〕34號", "冀群组发", 2014, 34),
]


@pytest.mark.parametrize("sentence,surface,prefix,year,serial", [n[1:] for n in NUMBERS], ids=[n[0] for n in NUMBERS])
def test_doc_number(sentence, surface, prefix, year, serial):
    facts = extract_facts(sentence, kinds=["doc_number"])
    assert [f.text for f in facts] == [surface]
    f = facts[0]
    assert (f.prefix, f.year, f.serial) == (prefix, year, serial)
    assert sentence[f.start:f.end] == surface


@pytest.mark.parametrize("sentence", [
    "2014年4月3日",  # a date, no brackets
    "〔2014〕34号",  # no issuer code
    "冀群组发〔2014〕",  # no serial
    "冀群组发〔2014】34号",  # mismatched brackets
    "第34号",
], ids=["date", "no-prefix", "no-serial", "mismatched", "serial-only"])
def test_not_a_doc_number(sentence):
    assert extract_facts(sentence, kinds=["doc_number"]) == []


def test_parse_doc_number():
    assert parse_doc_number("冀群组发〔2014〕34号") == {
        "number": "冀群组发〔2014〕34号", "prefix": "冀群组发", "year": 2014, "serial": 34}
    assert parse_doc_number("群组发〔2014〕") is None


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="冀群组发〔〕[]（）【】2014号第 \n的", max_size=30))
def test_doc_numbers_are_grounded(raw):
    for fact in extract_facts(raw, kinds=["doc_number"]):
        assert raw[fact.start:fact.end] == fact.text
