"""Round 11 (numbers11c): forms an independent reader found on unseen text — an Arabic group with the
rest in Chinese numerals (15万两千多人次, 3亿五千万元), 〇 after a 万 group ending in zero (一百二十万零三千),
a range written upper bound first (二十五度以下五度以上), 乡 and 镇 counting townships, and a bare 百/千/万
before a classifier after a verb of holding or doing (举办千场).

Each table holds sentences of our own with near misses: the same words where the rule must not fire.
"""
from __future__ import annotations

import pytest

from govtext.text.numerals import parse_number
from sentences import grounded


def _quantities(sentence: str) -> list[tuple]:
    return [(f.text, f.value, f.unit, f.value_max, f.qualifier) for f in grounded(sentence, "quantity")]


def _money(sentence: str) -> list[tuple]:
    return [(f.text, f.value, f.value_max, f.qualifier) for f in grounded(sentence, "money")]


@pytest.mark.parametrize("numeral, value", [
    ("15万两千", 152000), ("3亿五千万", 350000000), ("1亿两千万", 120000000), ("2万零三百", 20300),
    ("3亿零五百万", 305000000), ("一百二十万零三千", 1203000), ("一百万零三千", 1003000),
    ("一百二十万三千", 1203000), ("三十万零五百", 300500),
])
def test_numerals(numeral, value):
    assert parse_number(numeral) == pytest.approx(value)


def test_gapped_zero_where_no_place_is_skipped_is_not_read():
    with pytest.raises(ValueError):
        parse_number("十二万零三千")  # 十二万三千: the 万 group ends in 2, no place is skipped


@pytest.mark.parametrize("sentence, expected", [
    # an Arabic group, the rest in Chinese numerals
    ("验放出入境旅客15万两千多人次", [("15万两千多人次", 152000, "人次", None, "over")]),
    ("全年接待游客1亿两千万人次", [("1亿两千万人次", 120000000, "人次", None, None)]),
    ("全县共有2万零三百人参保", [("2万零三百人", 20300, "人", None, None)]),
    ("全省有一百二十万零三千人受益", [("一百二十万零三千人", 1203000, "人", None, None)]),
    # near misses: a count of years after 15万 (no place after 两); a list
    ("累计投入15万两年内完成", []),
    ("分别为15万、两千人", [("15万", 150000, None, None, None), ("两千人", 2000, "人", None, None)]),
    # a range written upper bound first, as the lower bound first
    ("在二十五度以下五度以上的荒坡地", [("二十五度以下五度以上", 5, "度", 25, None)]),
    ("在5度以上25度以下的荒坡地", [("5度以上25度以下", 5, "度", 25, None)]),
    ("年龄在60岁以下、18岁以上", [("60岁以下、18岁以上", 18, "岁", 60, None)]),
    # near miss: the lower number first with 以下 is no range (two bounds)
    ("坡度5度以下25度以上", [("5度以下", 5, "度", None, "under"), ("25度以上", 25, "度", None, "over")]),
    # 乡 and 镇 count townships after Arabic digits; near misses: 乡镇, 乡村, 镇区, Chinese numerals
    ("玉树3县5乡受灾", [("3县", 3, "县", None, None), ("5乡", 5, "乡", None, None)]),
    ("全县辖5乡10镇", [("5乡", 5, "乡", None, None), ("10镇", 10, "镇", None, None)]),
    ("全县共有5乡镇", []),
    ("创建3乡村振兴示范点", []),
    ("在3镇区建设", []),
    ("五乡三镇", []),
    # a bare 百, 千, 万 and a classifier after a verb of holding or doing
    ("全年举办千场招聘会议", [("千场", 1000, "场", None, None)]),
    ("选派了百名干部驻村", [("百名", 100, "名", None, None)]),
    ("组织万名干部下乡", [("万名", 10000, "名", None, None)]),
    ("开展百余次活动", [("百余次", 100, "次", None, "over")]),
    # near misses: no verb before (a figure of speech), idioms, a span of time, a programme's name
    ("百名领导进企业", []),
    ("走进千家万户", []),
    ("要千方百计增加农民收入", []),
    ("确保万无一失", []),
    ("坚持百花齐放", []),
    ("开展百日攻坚行动", []),
    ("引进千人计划专家", []),
])
def test_quantities(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("项目总投资3亿五千万元", [("3亿五千万元", 350000000, None, None)]),
    ("实现收入3亿五千多万元", [("3亿五千多万元", 350000000, None, "over")]),
    # a range of fines written upper bound first; near miss: the lower bound first
    ("处10万元以下2万元以上的罚款", [("10万元以下2万元以上", 20000, 100000, None)]),
    ("处2万元以上10万元以下的罚款", [("2万元以上10万元以下", 20000, 100000, None)]),
])
def test_money(sentence, expected):
    assert _money(sentence) == expected
