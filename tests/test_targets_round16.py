"""Targets, round 16 (issue 14, the plan parts of older work reports): a top heading naming a period's basic tasks
(``二、“七五”时期的基本任务和主要建设方针``) opens a goal part, as ``主要任务`` does, so the plan's levels and gains
under it (``一九九○年工农业总产值达到…``, ``实际消费水平五年增长百分之二十七左右``) are targets; a span of years closing
the subject (``固定资产投资总额五年为…``) says when, not what, and leaves the subject; a heading line joined to the
paragraph under it is no part of a subject; a scope word after a disposal 把 (``把我国人口控制在…``) goes with it; a bound word right before the goal's verb (``至少降低30%``) bounds the value. A speech with no date and a review heading with no year (过去五年的回顾)
is given the year after the latest its review names; in its goal part a clause opening on an earlier year
(``一九八二年亏损金额达四十二亿元``, ``从一九七九年到一九八二年的四年间…增长``) states the past, no goal.
Sentences of our own."""
from __future__ import annotations

import pytest

from sentences import assert_targets

REPORT = "各位代表：\n一、“六五”计划执行情况的回顾\n过去五年，全国工农业总产值增长百分之六十。\n"

# (id, text, doc_date, [(part of the span, subject, measure, value, value_max, unit, comparator, deadline, strength)])
POSITIVES = [
    ("basic-tasks-heading-level", REPORT + "二、“七五”时期的基本任务和主要建设方针\n\n"
     "按一九八○年不变价格计算，一九九○年全省粮食产量达到五百亿公斤，城乡居民的实际消费水平五年增长百分之二十左右。\n", "1986-03-25", [
         ("粮食产量达到五百亿公斤", "粮食产量", "level", 50000000000, None, "公斤", "=", "1990", None),
         ("实际消费水平五年增长百分之二十左右", "实际消费水平", "growth", 20, None, "%", "approx", None, None),
     ]),
    ("basic-tasks-heading-sum", REPORT + "二、今后五年的基本任务\n\n"
     "全民所有制单位的固定资产投资总额五年为三千亿元。\n", "1986-03-25", [
         ("固定资产投资总额五年为三千亿元", "固定资产投资总额", "level", 300000000000, None, "元", "=", None, None),
     ]),
    # a heading line with no final stop, joined to the paragraph under it, is no part of the subject
    ("joined-heading-not-subject", "各位代表：\n一、2025年工作回顾\n过去一年，全市生产总值增长5%。\n二、2026年重点工作\n"
     "全市新建5G基站1万个。\n", "2026-01-25", [
         ("5G基站1万个", "5G基站", "level", 10000, None, "个", "=", None, None),
     ]),
    # the span-of-years tail goes wherever the goal stands
    ("period-tail-with-cue", "力争全市技术合同成交额三年增长百分之五十。\n", "2024-03-01", [
        ("技术合同成交额三年增长百分之五十", "技术合同成交额", "growth", 50, None, "%", "=", None, "aim"),
    ]),
    # near miss of the tail: a word ending in 年 that is no span (青年) stays in the subject
    ("youth-not-period", "力争全市青年就业人数增长5%。\n", "2024-03-01", [
        ("青年就业人数增长5%", "青年就业人数", "growth", 5, None, "%", "=", None, "aim"),
    ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", POSITIVES, ids=[c[0] for c in POSITIVES])
def test_round16_targets(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


UNDATED = ("各位代表：\n\n过去五年的回顾\n\n\u3000\u3000一九八二年全国工农业总产值达到八千亿元，比一九七八年增长百分之三十。\n\n"
           "今后五年的主要任务\n\n")

UNDATED_POSITIVES = [
    # near misses of the past year: a plan word sets the goal, a base year inside a clause dates no fact
    ("undated-plan-word-keeps", UNDATED + "\u3000\u3000今后五年，计划将普通高等学校招生人数由一九八二年的三十万人，增加到一九八七年的五十万人。\n",
     None, [("招生人数由", "普通高等学校招生人数", "level", 500000, None, "人", "=", "1987", None)]),
    ("undated-base-year-inside", UNDATED + "\u3000\u3000按一九八○年不变价格计算，一九九○年工农业总产值达到一万亿元。\n",
     None, [("工农业总产值达到一万亿元", "工农业总产值", "level", 1000000000000, None, "元", "=", "1990", None)]),
]

DISPOSAL_POSITIVES = [
    # a scope word after the disposal 把 / 将 is dropped with it: the indicator is what follows
    ("disposal-scope-noun", "三、2026年重点工作\n\n力争把我国粮食产量提高到7亿吨。\n", "2026-01-20", [
        ("粮食产量提高到7亿吨", "粮食产量", "level", 700000000, None, "吨", "=", None, "aim"),
    ]),
    ("disposal-scope-bound", "三、2026年重点工作\n\n必须力争把我国人口控制在十四亿以内。\n", "2026-01-20", [
        ("人口控制在十四亿以内", "人口", "level", 1400000000, None, None, "<=", None, "aim"),
    ]),
    # near miss: 将 the future before a scope word and a verb is no disposal (the subject keeps what stands)
    ("future-jiang-not-disposal", "三、2026年重点工作\n\n中央财政将每年安排专项资金增长10%。\n", "2026-01-20", [
        ("专项资金增长10%", "中央财政将每年安排专项资金", "growth", 10, None, "%", "=", None, None),
    ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", DISPOSAL_POSITIVES, ids=[c[0] for c in DISPOSAL_POSITIVES])
def test_round16_disposal_scope(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


BOUND_BEFORE_VERB = [
    # a bound word right before the goal's verb bounds its value (FACTS: 至少 >=) and leaves the subject
    ("at-least-before-verb", "三、2018年重点工作\n\n移动网络流量资费年内至少降低30%。\n", "2018-03-05", [
        ("至少降低30%", "移动网络流量资费", "reduction", 30, None, "%", ">=", "2018", None),
    ]),
    ("at-most-before-verb", "三、2018年重点工作\n\n全市能源消费总量最多增长2%。\n", "2018-03-05", [
        ("最多增长2%", "能源消费总量", "growth", 2, None, "%", "<=", None, None),
    ]),
    # near misses: an adverb that bounds nothing (平均) leaves "="; a bound after the number still wins
    ("average-before-verb", "三、2018年重点工作\n\n一般工商业电价平均降低10%。\n", "2018-03-05", [
        ("平均降低10%", "一般工商业电价", "reduction", 10, None, "%", "=", None, None),
    ]),
    ("bound-after-number", "三、2018年重点工作\n\n单位能耗至少降低3%左右。\n", "2018-03-05", [
        ("降低3%左右", "单位能耗", "reduction", 3, None, "%", "approx", None, None),
    ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", BOUND_BEFORE_VERB, ids=[c[0] for c in BOUND_BEFORE_VERB])
def test_round16_bound_before_verb(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


@pytest.mark.parametrize("case_id,text,doc_date,expected", UNDATED_POSITIVES, ids=[c[0] for c in UNDATED_POSITIVES])
def test_round16_undated_report(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


NEGATIVES = [
    ("undated-past-year-clause", UNDATED + "\u3000\u3000工业企业可比产品的成本，一九八○年上升百分之零点九。一九八二年亏损工业企业的亏损金额达四十二亿元。\n", None),
    ("undated-past-span", UNDATED + "\u3000\u3000从一九七九年到一九八二年的四年间，我国社会总产值增长百分之三十三点六。\n", None),
    # near miss: a review heading with the same words stays a review (回顾 wins)
    ("basic-tasks-review", "各位代表：\n一、“六五”时期基本任务完成情况的回顾\n\n"
     "全省粮食产量达到四百亿公斤，实际消费水平五年增长百分之二十。\n", "1986-03-25"),
    # near miss: the same figures under a neutral heading of a report are reported, not planned
    ("neutral-heading", REPORT + "二、关于经济形势\n\n全省粮食产量达到四百亿公斤，实际消费水平五年增长百分之二十。\n", "1986-03-25"),
]


@pytest.mark.parametrize("case_id,text,doc_date", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_round16_near_misses(case_id, text, doc_date):
    assert_targets(text, doc_date, [])
