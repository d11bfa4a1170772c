"""Round 14: a bare 万/亿 number after a money word and a change verb (利润增长一个亿) or an adverb of
expectation (利润有望超过两个亿) is an amount of money, and the change's amount (FACTS.md §2 money, change;
lexicons/money_cues.tsv: the change verbs of change_verbs.tsv link a cue to its amount). No count is read
inside it (两个亿 is no 两个)."""
from __future__ import annotations

import pytest

from govtext.extract import extract_facts


def _facts(text: str) -> list[tuple]:
    out = []
    for f in extract_facts(text, kinds=["money", "change", "quantity"]):
        if f.kind == "money":
            out.append(("money", f.text, f.value, f.qualifier))
        elif f.kind == "change":
            out.append(("change", f.text, f.direction, f.by_value or f.to_value, f.unit))
        else:
            out.append(("quantity", f.text, f.value, f.unit))
    return out


@pytest.mark.parametrize("text, expected", [
    ("企业利润增长一个亿。", [("change", "增长一个亿", "increase", 100000000, "元"), ("money", "一个亿", 100000000, None)]),
    ("今年投资增长了两个亿。", [("change", "增长了两个亿", "increase", 200000000, "元"), ("money", "两个亿", 200000000, None)]),
    ("村集体收入增加了两万。", [("change", "增加了两万", "increase", 20000, "元"), ("money", "两万", 20000, None)]),
    ("村集体收入增加到五十万。", [("change", "增加到五十万", "increase", 500000, "元"), ("money", "五十万", 500000, None)]),
    ("合作社利润有望超过两个亿。", [("money", "超过两个亿", 200000000, "over")]),
    ("项目投资将超过5亿。", [("money", "超过5亿", 500000000, "over")]),
])
def test_bare_amount_after_a_change_verb(text, expected):
    assert _facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people and things changed by a bare 万 number: no money word before the verb
    ("全国农村贫困人口减少了三千二百万。", [("change", "减少了三千二百万", "decrease", 32000000, None),
                                 ("quantity", "三千二百万", 32000000, None)]),
    # a money word that is no amount's head (投资企业) with a change verb: a count of firms
    ("投资企业增加3万户。", [("change", "增加3万户", "increase", 30000, "户"), ("quantity", "3万户", 30000, "户")]),
])
def test_no_money_after_a_change_verb(text, expected):
    assert _facts(text) == expected


def _money_subjects(text: str) -> list[tuple]:
    return [(f.text, f.value, f.currency, f.subject) for f in extract_facts(text, kinds=["money"])]


@pytest.mark.parametrize("text, expected", [
    # a bare lower end takes the upper end's currency, the upper end the lower end's subject
    ("全镇产值从1990年的十七八万到现在的3.5亿美元。", [("十七八万", 170000, "USD", "产值"), ("3.5亿美元", 350000000, "USD", "产值")]),
    ("村集体收入从2015年的3万到去年的120万元。", [("3万", 30000, "CNY", "村集体收入"), ("120万元", 1200000, "CNY", "村集体收入")]),
    # both ends written with their currency: the upper end takes the subject too
    ("人均补助从2018年的300元至今年的800元。", [("300元", 300, "CNY", "人均补助"), ("800元", 800, "CNY", "人均补助")]),
    # near misses: a verb between the bare number and 到 (no frame), a clause end before the upper end
    ("人口从30万增加到50万，人均收入3万元。", [("3万元", 30000, "CNY", "人均收入")]),
    ("从3万开始，到去年已有120万元。", [("120万元", 1200000, "CNY", None)]),
])
def test_from_to_frame(text, expected):
    assert _money_subjects(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a word for cents takes up to 99 of them after the main unit
    ("每件收费3美元50美分。", [("3美元50美分", 3.5, "USD")]),
    ("门票100英镑50便士。", [("100英镑50便士", 100.5, "GBP")]),
    ("票价五英镑五十便士。", [("五英镑五十便士", 5.5, "GBP")]),
    ("票价5欧元20欧分。", [("5欧元20欧分", 5.2, "EUR")]),
    ("票价两美元三美分。", [("两美元三美分", 2.03, "USD")]),
    # near misses: 角, 毛, 分 take one digit (3元50分 is no 元角分 amount), a clause end parts two amounts
    ("收费12元5角。", [("12元5角", 12.5, "CNY")]),
    ("3元50分", [("3元", 3, "CNY")]),
    ("共计3美元。50美分的硬币另算。", [("3美元", 3, "USD"), ("50美分", 0.5, "USD")]),
])
def test_cents_after_the_main_unit(text, expected):
    assert [(f.text, f.value, f.currency) for f in extract_facts(text, kinds=["money"])] == expected
