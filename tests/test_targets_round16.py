"""Targets, round 16 (issue 14, the plan parts of older work reports): a top heading naming a period's basic tasks
(``二、“七五”时期的基本任务和主要建设方针``) opens a goal part, as ``主要任务`` does, so the plan's levels and gains
under it (``一九九○年工农业总产值达到…``, ``实际消费水平五年增长百分之二十七左右``) are targets; a span of years closing
the subject (``固定资产投资总额五年为…``) says when, not what, and leaves the subject.
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


NEGATIVES = [
    # near miss: a review heading with the same words stays a review (回顾 wins)
    ("basic-tasks-review", "各位代表：\n一、“六五”时期基本任务完成情况的回顾\n\n"
     "全省粮食产量达到四百亿公斤，实际消费水平五年增长百分之二十。\n", "1986-03-25"),
    # near miss: the same figures under a neutral heading of a report are reported, not planned
    ("neutral-heading", REPORT + "二、关于经济形势\n\n全省粮食产量达到四百亿公斤，实际消费水平五年增长百分之二十。\n", "1986-03-25"),
]


@pytest.mark.parametrize("case_id,text,doc_date", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_round16_near_misses(case_id, text, doc_date):
    assert_targets(text, doc_date, [])
