"""Round 13: a bare 万/亿 number after a money word is an amount (FACTS.md §2 money; lexicons/money_cues.tsv)."""
from __future__ import annotations

import pytest

from govtext.extract import extract_facts


def _money(text: str) -> list[tuple]:
    return [(f.text, f.value, f.value_max, f.qualifier) for f in extract_facts(text, kinds=["money"])]


@pytest.mark.parametrize("text, expected", [
    ("合作社去年利润突破一个亿，社员人均分红过万。", [("一个亿", 100000000, None, "over")]),
    ("他在外打工一年能挣十七八万，家里盖了新房。", [("十七八万", 170000, 180000, None)]),
    ("签约项目21个，协议投资390亿，涉及装备制造等领域。", [("390亿", 39000000000, None, None)]),
    ("设立产业引导基金，基金规模超过百亿。", [("超过百亿", 10000000000, None, "over")]),
    ("去年全县农民人均收入1.2万左右。", [("1.2万左右", 12000, None, "approx")]),
    ("项目总投资390多亿的工程今年开工。", [("390多亿", 39000000000, None, "over")]),
])
def test_bare_amount_after_a_money_word(text, expected):
    assert _money(text) == expected


@pytest.mark.parametrize("text", [
    "全市常住人口突破一千万。",                       # people: no money word
    "规划面积1.6万平方公里。",                         # an area has its unit
    "形成若干个规模超百亿的创新型产业集群。",           # a cluster's 规模, no fund
    "投资企业超过3万，从业人员达到120万。",             # the money word is no amount's head (投资企业)
    "现有投资项目一万多个。",                           # a count with its classifier
])
def test_no_bare_amount(text):
    assert _money(text) == []


def test_an_amount_with_its_unit_is_read_once():
    assert _money("协议投资390亿元，利润3亿美元。") == [("390亿元", 39000000000, None, None), ("3亿美元", 300000000, None, None)]


def test_the_bare_lower_end_of_from_to_takes_the_upper_ends_unit():
    facts = extract_facts("全镇产值从1990年的十七八万到现在的3.5亿元。", kinds=["money"])
    assert [(f.text, f.value, f.value_max, f.subject) for f in facts] == [
        ("十七八万", 170000, 180000, "产值"), ("3.5亿元", 350000000, None, "产值")]
    # near miss: a head count before 到 is no amount
    assert [f.text for f in extract_facts("人口从30万增加到50万，人均收入3万元。", kinds=["money"])] == ["3万元"]
