"""Bounds of regulation tiers, round 16 (issue 14; census15 doubtful 1 and class 11). Sentences written for the
tests, with near misses.

- A lower bound closed by 以上 right before a number opened by an upper-bound word (不满, 不足, 不到, 未满, 不超过)
  is one range, as ``…以上…以下`` already is: ``三十元以上不满一百元`` → 30..100 (the tiers of a penalty table).
- 未超过 bounds its number from above (at_most), 未满 from below the number (under); 未 negates 超过, so
  ``未超过五百万元`` is no ``over``.
"""
import pytest

from govtext.extract import extract_facts


def _facts(text: str, kind: str) -> list[tuple]:
    return [(f.text, f.value, f.value_max, f.qualifier) for f in extract_facts(text, kinds=[kind])]


@pytest.mark.parametrize("text, expected", [
    ("赌资三十元以上不满一百元的，处警告。", [("三十元以上不满一百元", 30, 100, None)]),
    ("违法所得一万元以上不足三万元的，并处罚款。", [("一万元以上不足三万元", 10000, 30000, None)]),
    ("接受捐赠金额在五万元以上、不超过十万元的，应当备案。", [("五万元以上、不超过十万元", 50000, 100000, None)]),
    ("2万元以上10万元以下的罚款", [("2万元以上10万元以下", 20000, 100000, None)]),
    # near misses: no 以上 on the lower end, the ends in the wrong order, a clause between
    ("处三十元罚款，不满一百元的不予受理。", [("三十元", 30, None, None), ("不满一百元", 100, None, "under")]),
    ("一百元以上不满三十元的", [("一百元以上", 100, None, "over"), ("不满三十元", 30, None, "under")]),
    ("三十元以上的，处警告；不满一百元的，予以训诫。", [("三十元以上", 30, None, "over"), ("不满一百元", 100, None, "under")]),
    ("技术转让所得未超过五百万元的部分，免征企业所得税。", [("未超过五百万元", 5000000, None, "at_most")]),
    ("技术转让所得超过五百万元的部分，减半征收。", [("超过五百万元", 5000000, None, "over")]),
])
def test_money_tiers(text, expected):
    assert _facts(text, "money") == expected


@pytest.mark.parametrize("text, expected", [
    ("树龄在80年以上不满100年的树木", [("80年以上不满100年", 80, 100, None)]),
    ("占地面积五公顷以上不足十公顷并且", [("五公顷以上不足十公顷", 5, 10, None)]),
    ("应建未建面积在500平方米以上不到1000平方米的", [("500平方米以上不到1000平方米", 500, 1000, None)]),
    ("年龄在25周岁以上、不超过60周岁", [("25周岁以上、不超过60周岁", 25, 60, None)]),
    ("未满十六周岁的未成年人", [("未满十六周岁", 16, None, "under")]),
    # near misses: different units at the two ends, no bound word on the upper end
    ("树龄80年以上不满100株的", [("80年以上", 80, None, "over"), ("不满100株", 100, None, "under")]),
    ("年满十六周岁的公民", [("十六周岁", 16, None, None)]),
])
def test_quantity_tiers(text, expected):
    assert _facts(text, "quantity") == expected
