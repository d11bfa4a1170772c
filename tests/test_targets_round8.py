"""Targets, round 8: goal forms that number-dense windows of work reports and plans showed missing
(FACTS.md §2 target). Sentences of our own, each with the targets it should give, and near misses that
give none (results, labels, classifications, bases of a comparison)."""
from __future__ import annotations

import pytest

from sentences import assert_targets, target_row as _row, targets_of as _targets


# (id, text, doc_date, [(part of the span, subject, measure, value, value_max, unit, comparator, deadline, strength)])
POSITIVES = [
    # 形成, 发布, 建立 + a count and its noun: things a plan sets out to produce
    ("form-count", "到2027年，形成80项以上绿色低碳关键技术成果。", "2025-02-10", [
        ("80项以上", "绿色低碳关键技术成果", "level", 80, None, "项", ">=", "2027", None),
    ]),
    ("issue-and-establish", "到2026年，发布20项智慧交通地方标准，建立15家省级工业设计中心。", "2025-02-10", [
        ("20项", "智慧交通地方标准", "level", 20, None, "项", "=", "2026", None),
        ("15家", "省级工业设计中心", "level", 15, None, "家", "=", "2026", None),
    ]),
    # 累计 in a —— paragraph under the deadline that opened the goal list sums up toward it
    ("cumulative-dash", "二、主要目标\n到2027年，全市数字经济规模持续壮大。\n——应用场景加快落地。累计打造120个以上数字化应用场景。",
     "2025-02-10", [
        ("120个以上", "数字化应用场景", "level", 120, None, "个", ">=", "2027", None),
    ]),
    # a goal named, then set: 目标，定为 / 目标确定为 (the indicator before 的…目标 or fused with 增长目标)
    ("named-goal-comma", "今年工业增加值增长速度的调控目标，定为百分之七至八。", "2025-02-10", [
        ("定为百分之七至八", "工业增加值", "growth", 7, 8, "%", "=", "2025", None),
    ]),
    ("named-goal-fused", "今年城镇居民人均可支配收入增长目标确定为6%左右。", "2025-02-10", [
        ("6%左右", "城镇居民人均可支配收入", "growth", 6, None, "%", "approx", "2025", None),
    ]),
    # a goal restated with 的目标: the growth verb before the number is its measure
    ("restated-growth", "各位代表：\n今年主要预期目标是：地区生产总值增长6%左右。\n提出地区生产总值增长6%左右的目标，主要考虑了稳就业的需要。",
     "2025-02-10", [
        ("增长6%左右", "地区生产总值", "growth", 6, None, "%", "approx", "2025", "aim"),
        ("增长6%左右", "地区生产总值", "growth", 6, None, "%", "approx", "2025", "aim"),
    ]),
    # the end of a five-year plan period is the deadline (十n五 ends 2005 + 5n)
    ("plan-end-15th", "到“十五五”末，全省新能源装机容量达到8000万千瓦。", "2025-02-10", [
        ("8000万千瓦", "新能源装机容量", "level", 80000000, None, "千瓦", "=", "2030", None),
    ]),
    ("plan-end-13th", "“十三五”期末，农村自来水普及率达到85%。", "2016-03-01", [
        ("85%", "农村自来水普及率", "level", 85, None, "%", "=", "2020", None),
    ]),
    # semicolon items of one planned list share its goal; 拟 is no part of a subject
    ("semicolon-list", "今年拟发行地方政府专项债券3000亿元；拟安排省级预算内投资120亿元；全省政府投资总规模为3120亿元。",
     "2025-02-10", [
        ("3000亿元", "地方政府专项债券", "level", 300000000000, None, "元", "=", "2025", None),
        ("120亿元", "省级预算内投资", "level", 12000000000, None, "元", "=", "2025", None),
        ("3120亿元", "政府投资总规模", "level", 312000000000, None, "元", "=", "2025", None),
    ]),
    ("plan-word-tail", "今年省级财政赤字拟安排800亿元。", "2025-02-10", [
        ("800亿元", "省级财政赤字", "level", 80000000000, None, "元", "=", "2025", None),
    ]),
    # 今年 opening a sentence reaches over its semicolons; 将 + a bound verb is a planned level
    ("this-year-semicolon", "今年，全省光伏装机已经增加到1200万千瓦；同时，新建充电桩将超过5万个。", "2025-02-10", [
        ("5万个", "充电桩", "level", 50000, None, "个", ">=", "2025", None),
    ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", POSITIVES, ids=[c[0] for c in POSITIVES])
def test_round8_targets(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


NEGATIVES = [
    ("form-label", "会议形成3个方面的共识。"),
    ("issued-done", "去年发布了20项地方标准。"),
    ("cumulative-result", "经过五年努力，累计打造120个数字化应用场景。"),
    ("plan-end-base", "比“十三五”末提高5个百分点。"),
    ("plan-end-past", "“十二五”末，全省城镇化率达到52%。"),
    ("classification", "本指南将评价指标归纳为26个控制项和40个一般项。"),
    ("levels-label", "到2026年，平台建设覆盖数据、应用、安全三个层面。"),
    ("this-year-result", "今年，全省光伏装机已经增加到1200万千瓦；同时，新建充电桩超过5万个。"),
    ("semicolon-past", "去年发行地方政府专项债券3000亿元；全省政府投资总规模为3120亿元。"),
    ("goal-missed", "去年的目标是增长8%，实际增长9%。"),
]


@pytest.mark.parametrize("case_id,text", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_round8_near_misses(case_id, text):
    found = _targets(text)
    assert not found, [(f.text, _row(f)) for f in found]


def test_plan_end_as_base_without_document_year():
    """A plan-period end followed by 的 is the base of a comparison, also when the year is unknown."""
    found = _targets("全省科技型企业达到1200家，是“十三五”末的2.5倍。", None)
    assert not found, [(f.text, _row(f)) for f in found]
