"""Round 16b: small misses a census of unseen real text found.

- Latin time symbols after Arabic digits are units (``完成时间不高于6h``, ``连续运行30d``, ``5s内响应``), as are
  Wh, MWh, GWh, TWh and mL; not after Chinese numerals, not in identifiers or model numbers (``H7N9``,
  ``iPhone6s``, ``K3s``), nor where the letter opens a word of its own (``3d打印``, ``4s店``).
- 超过了: 超过 with its aspect marker 了 bounds the number after it (``增幅都超过了100%`` → over), outside the
  span as 突破了 does; 达到了 is no bound (FACTS.md: 达到 states a level).
- A by-verb's object runs to the first number of its clause however long it is
  (``削减中央政府层面设立的涉企收费项目60%以上``).
- ``两个或者两个以上`` (N 或 N 以上) is one fact, ``at_least`` N, over the whole phrase; ``N或N以下`` is ``at_most``.
Own sentences, with near misses.
"""
from __future__ import annotations

import pytest

from sentences import grounded

# (sentence, [(text, value, unit, qualifier)]) of the quantity facts
UNIT_CASES = [
    ("充电时间6h。", [("6h", 6, "h", None)]),
    ("故障修复完成时间不高于6h。", [("不高于6h", 6, "h", "at_most")]),
    ("设备连续运行30d无故障。", [("30d", 30, "d", None)]),
    ("系统应在5s内响应。", [("5s", 5, "s", None)]),
    ("值守时间3h以上。", [("3h以上", 3, "h", "over")]),
    ("新型储能容量100MWh。", [("100MWh", 100, "MWh", None)]),
    ("年发电量50GWh。", [("50GWh", 50, "GWh", None)]),
    ("每次注射10mL。", [("10mL", 10, "mL", None)]),
    # near misses: identifiers, model numbers, words the letter opens, Chinese numerals
    ("防控H7N9疫情。", []),
    ("推广3d打印技术。", []),
    ("全市4s店共有20家。", [("20家", 20, "家", None)]),
    ("采购iPhone6s手机。", []),
    ("部署K3s集群。", []),
    ("时间六h。", []),
    ("时速120km/h。", [("120km/h", 120, "km/h", None)]),
]

# (sentence, kind, text, qualifier)
BOUND_CASES = [
    ("珠宝首饰、化妆品增幅都超过了100%。", "percent", "100%", "over"),
    ("全国网络零售额超过了1200亿元。", "money", "1200亿元", "over"),
    ("参会人数超过了300人。", "quantity", "300人", "over"),
    ("全国网络零售额超过1200亿元。", "money", "超过1200亿元", "over"),
    # near misses: 达到了 states a level; a negated bound stays at_most
    ("全国网络零售额达到了1200亿元。", "money", "1200亿元", None),
    ("覆盖率达到了95%。", "percent", "95%", None),
    ("参会人数不超过了300人。", "quantity", "300人", "at_most"),
]

# (sentence, [(text, direction, by_value, subject)]) of the change facts
CHANGE_CASES = [
    ("削减中央政府层面设立的涉企收费项目60%以上。",
     [("削减中央政府层面设立的涉企收费项目60%以上", "decrease", 60, "中央政府层面设立的涉企收费项目")]),
    ("压减中央设立的收费项目30%。", [("压减中央设立的收费项目30%", "decrease", 30, "中央设立的收费项目")]),
    ("削减涉企收费项目60%以上。", [("削减涉企收费项目60%以上", "decrease", 60, "涉企收费项目")]),
    # near misses: the object is cut by a clause mark; a 的 opening the stretch; no number in the clause
    ("削减中央政府层面设立的涉企收费项目，完成率60%。", []),
    ("提高最快的十四年。", []),
]

# (sentence, [(text, value, unit, qualifier)]) of the quantity facts
INCLUSIVE_CASES = [
    ("应当有两个或者两个以上受托人。", [("两个或者两个以上", 2, "个", "at_least")]),
    ("由三人或三人以上组成。", [("三人或三人以上", 3, "人", "at_least")]),
    ("涉及2个或者2个以上部门。", [("2个或者2个以上", 2, "个", "at_least")]),
    ("处5年或5年以下有期徒刑。", [("5年或5年以下", 5, "年", "at_most")]),
    ("两人及两人以上共同申请。", [("两人及两人以上", 2, "人", "at_least")]),
    # near misses: different numbers or units are two facts
    ("由两个或者三个以上单位组成。", [("两个", 2, "个", None), ("三个以上", 3, "个", "over")]),
    ("停业3天或5天以上。", [("3天", 3, "天", None), ("5天以上", 5, "天", "over")]),
    ("安排2名或2人以上。", [("2名", 2, "名", None), ("2人以上", 2, "人", "over")]),
]


@pytest.mark.parametrize("sentence,expected", UNIT_CASES)
def test_latin_units(sentence, expected):
    got = [(f.text, f.value, f.unit, f.qualifier) for f in grounded(sentence, "quantity")]
    assert got == expected


@pytest.mark.parametrize("sentence,kind,surface,qualifier", BOUND_CASES)
def test_bound_after_le(sentence, kind, surface, qualifier):
    hits = [f for f in grounded(sentence, kind) if f.text == surface]
    assert len(hits) == 1, grounded(sentence, kind)
    assert hits[0].qualifier == qualifier


@pytest.mark.parametrize("sentence,expected", CHANGE_CASES)
def test_long_objects(sentence, expected):
    got = [(f.text, f.direction, f.by_value, f.subject) for f in grounded(sentence, "change")]
    assert got == expected


@pytest.mark.parametrize("sentence,expected", INCLUSIVE_CASES)
def test_inclusive_bounds(sentence, expected):
    got = [(f.text, f.value, f.unit, f.qualifier) for f in grounded(sentence, "quantity")]
    assert got == expected
