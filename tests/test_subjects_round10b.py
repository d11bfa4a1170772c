"""Round 10b: limits on four rules of round 10 (a reviewer's harms on unseen documents).

- A bare sum word (总量, 总额) borrows what the clause before measures only up to that clause's verb,
  never its number (``地区生产总值增长5.2%，总量…`` → 地区生产总值).
- Words before the first member of a ``分别`` list lead every member only when they end at a word
  boundary of that member: an adjective or a one-character modifier binds to the noun after it
  (``粗钢、生铁…``: 粗钢 is one word, 粗 leads nothing).
- Verbs in a row after a head closing a 等 list are the clause's predicate (``…等车辆从事营运活动``),
  not a compound (not ``14个国家自主创新示范区``).
- A localizer (内, 外, 以内 …: ``locative`` in entity_frames.tsv) closes a measured phrase before a
  facility word (``五十米范围内绿化设施`` → 范围).
Own sentences, with near misses.
"""
from __future__ import annotations

import pytest

from sentences import fact_at

SUM_CASES = [
    ("全省地区生产总值增长5.2%，总量突破6万亿元。", "money", "6万亿元", "地区生产总值"),
    # near miss: a clause with no verb keeps its whole phrase
    ("我国新承接海洋工程装备108艘、金额约186亿美元。", "money", "约186亿美元", "我国新承接海洋工程装备"),
]

LIST_CASES = [
    ("全省粗钢、生铁、钢材产量分别增长2.1%、3.4%和4.8%。", "3.4%", "生铁产量"),
    ("全省粗钢、生铁、钢材产量分别增长2.1%、3.4%和4.8%。", "4.8%", "钢材产量"),
    ("全省粗钢、生铁、钢材产量分别增长2.1%、3.4%和4.8%。", "增长2.1%", "粗钢产量"),
    # near miss: a noun lead still leads every member
    ("全年市级财政教育、卫生和社保支出分别增长4%、6%和9%。", "6%", "市级财政卫生支出"),
]

ENTITY_CASES = [
    ("严禁使用三轮车、四轮代步车等车辆从事出租载客业务。", "四轮", "代步车等车辆"),
    ("全国新设14个国家自主创新示范区。", "14个", "国家自主创新示范区"),
    ("沿线五十米范围内绿化设施由养护单位管理。", "五十米", "范围"),
    # near misses: verbs in a row inside an object's compound after a modifier
    ("全省建成12个城乡融合示范社区。", "12个", "城乡融合示范社区"),
    ("全市设立3个自贸联动创新区。", "3个", "自贸联动创新区"),
    ("全市建成2万吨高质碳酸锂项目。", "2万吨", "高质碳酸锂"),
]


@pytest.mark.parametrize("sentence,kind,surface,subject", SUM_CASES)
def test_sum_word_borrows_the_measure_before_the_verb(sentence, kind, surface, subject):
    assert fact_at(sentence, kind, surface).subject == subject


@pytest.mark.parametrize("sentence,surface,subject", LIST_CASES)
def test_list_lead_ends_at_a_word_boundary(sentence, surface, subject):
    assert fact_at(sentence, "change", surface).subject == subject


@pytest.mark.parametrize("sentence,surface,entity", ENTITY_CASES)
def test_predicate_verbs_and_localizers_end_the_entity(sentence, surface, entity):
    assert fact_at(sentence, "quantity", surface).entity == entity
