"""Round 9b: what a change or count is about, when a time or a goal word stands in the clause.

- A count of years closed by a period suffix (五年来, 十七年间, 三年里) is when, never what changed
  or what is counted; the subject stands before it (or after it, when the clause opens with it).
- A goal word (the ``strength`` cues of lexicons/target_cues.tsv: 力争, 确保, 争取) opens the
  predicate: it is never part of the subject or the counted thing.
Own sentences, with near misses.
"""
from __future__ import annotations

import pytest

from sentences import fact_at

PERIOD_CASES = [
    ("全县蔬菜产量五年来增长了32%。", "增长了32%", "蔬菜产量"),
    ("技工学校在校生人数三年来增加一倍。", "增加一倍", "技工学校在校生人数"),
    ("四年来全市公共绿地面积增长45%。", "增长45%", "公共绿地面积"),
    ("钢材产量二十年间平均每年增长百分之九。", "增长百分之九", "钢材产量"),
    ("三年来增加一倍。", "增加一倍", None),  # only the time: no subject
    # near misses: a count of years that is no period, or a year count as the measure
    ("粮食产量五年增长12%。", "增长12%", "粮食产量"),
    ("全市造林面积比上年增长8%。", "增长8%", "造林面积"),
]


@pytest.mark.parametrize("sentence,surface,subject", PERIOD_CASES)
def test_period_is_no_subject(sentence, surface, subject):
    assert fact_at(sentence, "change", surface).subject == subject


GOAL_CASES = [
    ("加强就业帮扶，力争今年城镇失业人员再减少5万人以上。", "5万人以上", "城镇失业人员"),
    ("到2030年，确保实现全市科技型企业800家目标，力争达到1000家左右。", "1000家左右", "科技型企业"),
    # near miss: with no goal word the entity is unchanged
    ("今年城镇失业人员减少5万人以上。", "5万人以上", "城镇失业人员"),
]


@pytest.mark.parametrize("sentence,surface,entity", GOAL_CASES)
def test_goal_word_is_no_entity(sentence, surface, entity):
    assert fact_at(sentence, "quantity", surface).entity == entity


GOAL_CHANGE_CASES = [
    ("去年争取中央预算内投资增长24.6%。", "增长24.6%", "中央预算内投资"),
    ("去年争取上级补助资金2.3亿元，增长18.5%。", "增长18.5%", "上级补助资金"),
]


@pytest.mark.parametrize("sentence,surface,subject", GOAL_CHANGE_CASES)
def test_goal_word_is_no_subject(sentence, surface, subject):
    assert fact_at(sentence, "change", surface).subject == subject


COUNT_AFTER_PERIOD_CASES = [
    ("三年内新建的污水处理能力为十二万吨。", "十二万吨", "新建的污水处理能力"),
    ("五年内新增货车三千辆。", "三千辆", "新增货车"),
    ("2年内3次以上受到行政处罚的。", "3次以上", None),  # how often, in a period: nothing counted before
    # near miss: a year count that is no period keeps the noun after it
    ("两年新增货车三千辆。", "三千辆", "新增货车"),
]


@pytest.mark.parametrize("sentence,surface,entity", COUNT_AFTER_PERIOD_CASES)
def test_period_suffix_is_no_entity(sentence, surface, entity):
    assert fact_at(sentence, "quantity", surface).entity == entity
