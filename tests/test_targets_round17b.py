"""Targets, round 17b (issue 14): a draft work report proposes its list (主要预期目标建议为：) and is read as set;
全社会 is part of a statistic's name (全社会固定资产投资, 全社会研发经费投入), no place word to drop; a figure inside
an example of a measure the clause names (…提高到10万元等税收优惠政策) is no goal; 拟立项 and 指南方向 are words of a
call for applications, whose quotas are its rules. Sentences of our own."""
from __future__ import annotations

import pytest

from sentences import assert_targets, targets_of

WORK = "各位代表：\n二、2026年主要工作\n"

# (id, text, doc_date, [(part of the span, subject, measure, value, value_max, unit, comparator, deadline, strength)])
PROPOSED = [
    ("proposed-list", "今年经济社会发展的主要预期目标建议为：地区生产总值增长5%左右，城镇新增就业5万人以上。\n", "2026-01-20", [
        ("地区生产总值增长5%左右", "地区生产总值", "growth", 5, None, "%", "approx", "2026", "aim"),
        ("城镇新增就业5万人以上", "城镇新增就业", "level", 50000, None, "人", ">=", "2026", "aim"),
    ]),
    ("proposed-list-shi", "2026年主要预期目标建议是：居民人均可支配收入增长5%。\n", "2026-01-20", [
        ("居民人均可支配收入增长5%", "居民人均可支配收入", "growth", 5, None, "%", "=", "2026", "aim"),
    ]),
    ("planned-list-ni", "2026年发展目标拟为：粮食产量稳定在500万吨以上。\n", "2026-01-20", [
        ("粮食产量稳定在500万吨以上", "粮食产量", "level", 5000000, None, "吨", ">=", "2026", None),
    ]),
    # near miss: the list as it always was is read the same
    ("plain-list", "今年主要预期目标是：地区生产总值增长5%左右。\n", "2026-01-20", [
        ("地区生产总值增长5%左右", "地区生产总值", "growth", 5, None, "%", "approx", "2026", "aim"),
    ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", PROPOSED, ids=[c[0] for c in PROPOSED])
def test_round17b_proposed_lists(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


@pytest.mark.parametrize("text,subjects", [
    ("到2025年，全社会研发经费投入强度达到2.5%，全社会用电量控制在500亿千瓦时以内。\n",
     ["全社会研发经费投入强度", "全社会用电量"]),
    ("今年主要预期目标是：全社会固定资产投资增长8%。\n", ["全社会固定资产投资"]),
    # near misses: place words are still dropped
    ("到2025年，全市研发经费投入强度达到2.5%，全省森林覆盖率达到46%。\n", ["研发经费投入强度", "森林覆盖率"]),
])
def test_round17b_whole_society_kept(text, subjects):
    assert [f.subject for f in targets_of(text, "2023-03-05")] == subjects


NO_GOAL = [
    # a figure in an example of a measure the clause names
    ("policy-example", WORK + "落实好小规模纳税人增值税起征点从月销售额3万元提高到10万元等税收优惠政策。\n"),
    ("measure-example", WORK + "实施研发费用加计扣除比例提高到100%等措施。\n"),
    # the quotas of a call for applications
    ("call-approve", "2026年，本专项拟立项项目不超过20项。\n"),
    ("call-direction", "到2026年，每个指南方向支持项目不超过2项。\n"),
]


@pytest.mark.parametrize("case_id,text", NO_GOAL, ids=[c[0] for c in NO_GOAL])
def test_round17b_no_goal(case_id, text):
    assert_targets(text, "2026-01-20", [])


STILL_GOALS = [
    # near misses: the same figures set on their own; a measure word with no 等 of examples before it
    ("raise-alone", WORK + "今年要把增值税起征点提高到10万元。\n", [
        ("增值税起征点提高到10万元", "增值税起征点", "level", 100000, None, "元", "=", "2026", None),
    ]),
    ("goal-then-measure", WORK + "今年城镇新增就业1100万人以上，完善就业政策措施。\n", [
        ("城镇新增就业1100万人以上", "城镇新增就业", "level", 11000000, None, "人", ">=", "2026", None),
    ]),
    ("plan-projects", "到2027年，建设示范项目20个。\n", [
        ("示范项目20个", "示范项目", "level", 20, None, "个", "=", "2027", None),
    ]),
]


@pytest.mark.parametrize("case_id,text,expected", STILL_GOALS, ids=[c[0] for c in STILL_GOALS])
def test_round17b_still_goals(case_id, text, expected):
    assert_targets(text, "2026-01-20", expected)
