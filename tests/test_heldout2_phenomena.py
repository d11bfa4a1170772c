"""Phenomena found by the second held-out round (tests/fixtures/heldout2): sentences from those
documents with the record they must give, and a near miss beside each that must not."""
from __future__ import annotations

import pytest

from govtext.extract import extract_facts

# --- quantity: units of rural statistics and ages; 千 opening a unit is no scale --------------
UNITS = [
    # (id, sentence, surface, value, unit, qualifier)
    ("qianmi", "铺设地埋灌溉管道18.5千米", "18.5千米", 18.5, "千米", None),
    ("wan-qianwa", "农机总动力达到4.8万千瓦", "4.8万千瓦", 48000, "千瓦", None),
    ("taitao", "新增大中型农机具65台套", "65台套", 65, "台套", None),
    ("zhousui", "为2180名80周岁以上老人发放高龄津贴", "80周岁以上", 80, "周岁", "over"),
    ("zhuo", "郑海涛为其子操办婚宴40余桌", "40余桌", 40, "桌", "over"),
    ("zong-trad", "共查處「四風」問題213宗", "213宗", 213, "宗", None),
    ("yan", "新打机井42眼", "42眼", 42, "眼", None),
    ("qian-scale-kept", "培训农民5千人", "5千人", 5000, "人", None),
]


@pytest.mark.parametrize("sentence,surface,value,unit,qualifier", [u[1:] for u in UNITS], ids=[u[0] for u in UNITS])
def test_unit(sentence, surface, value, unit, qualifier):
    hits = [f for f in extract_facts(sentence, kinds=["quantity"]) if f.text == surface]
    assert hits, extract_facts(sentence, kinds=["quantity"])
    assert (hits[0].value, hits[0].unit, hits[0].qualifier) == (pytest.approx(value), unit, qualifier)


@pytest.mark.parametrize(
    "sentence",
    ["以案为鉴、以案明纪的宗旨不能忘", "两眼一抹黑的情况要杜绝", "围绕饭桌子转的现象", "宗教事务管理"],
    ids=["zongzhi", "liangyan-idiom", "zhuozi", "zongjiao"],
)
def test_unit_near_miss(sentence):
    assert extract_facts(sentence, kinds=["quantity"]) == []
