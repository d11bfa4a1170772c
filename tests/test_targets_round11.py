"""Targets, round 11: the items that spell out a lead paragraph's dated goal take its deadline (FACTS.md §2
target; tests/fixtures/realtargets/README.md, Deadline: a lead's deadline carries to the ``——`` paragraphs
after it that state none). Items opening with an enumerator of their own kind (1）, （1）, 1., ①, 一是) right
after a lead with a written year (到2027年, 到“十二五”期末) carry it as ``——`` paragraphs do, also the rest of
an item after a ；; a heading, a paragraph of prose, a sibling of the lead's own kind, or a lead dated only by
今年 ends the carry. Sentences of our own."""
from __future__ import annotations

import pytest

from sentences import assert_targets

PLAN = "为推进智慧园区建设，制定本方案。\n"

# (id, text, doc_date, [(part of the span, subject, measure, value, value_max, unit, comparator, deadline, strength)])
POSITIVES = [
    ("items-carry-lead-year", PLAN + "（一）近期目标\n结合本地实际，到2027年，初步建成智慧园区示范点30个。\n"
     "1）完善基础设施。新建园区绿色建筑面积比例不低于40%；\n智能终端覆盖率达到90%以上。\n"
     "2）提升服务能力。培育园区服务平台10家以上。\n（二）远期目标\n建成园区服务平台50家以上。\n", "2024-05-10", [
        ("示范点30个", "初步建成智慧园区示范点", "level", 30, None, "个", "=", "2027", None),
        ("不低于40%", "园区绿色建筑面积比例", "level", 40, None, "%", ">=", "2027", None),
        # (the rest of item 1) after its ；)
        ("90%以上", "智能终端覆盖率", "level", 90, None, "%", ">=", "2027", None),
        # (服务平台 one noun: no 服务 of its own, the action 培育 / 建成 is no part of the subject)
        ("10家以上", "园区服务平台", "level", 10, None, "家", ">=", "2027", None),
        # a heading ends the list: the far goal states no year
        ("50家以上", "园区服务平台", "level", 50, None, "家", ">=", None, None),
    ]),
    # a heading between the lead and the items: the tasks state no year
    ("items-after-heading", PLAN + "二、发展目标\n到2027年，建成智慧园区示范点30个以上。\n三、重点任务\n"
     "1.培育园区服务平台10家以上。\n", "2024-05-10", [
        ("30个以上", "智慧园区示范点", "level", 30, None, "个", ">=", "2027", None),
        ("10家以上", "园区服务平台", "level", 10, None, "家", ">=", None, None),
    ]),
    # an item with a year of its own keeps it; the next item takes the lead's again
    ("items-own-year", PLAN + "到2027年，建成智慧园区示范点30个以上。\n1.到2026年，培育园区服务平台10家以上。\n"
     "2.建设园区数据中心5个以上。\n", "2024-05-10", [
        ("30个以上", "智慧园区示范点", "level", 30, None, "个", ">=", "2027", None),
        ("10家以上", "园区服务平台", "level", 10, None, "家", ">=", "2026", None),
        ("5个以上", "园区数据中心", "level", 5, None, "个", ">=", "2027", None),
    ]),
    # a sibling of the lead's own kind is no item of it
    ("items-sibling-of-lead", PLAN + "（1）到2027年，建成智慧园区示范点30个以上，培育服务平台5家以上。\n"
     "（2）建设园区数据中心5个以上，培育服务平台10家以上。\n", "2024-05-10", [
        ("30个以上", "智慧园区示范点", "level", 30, None, "个", ">=", "2027", None),
        ("5家以上", "服务平台", "level", 5, None, "家", ">=", "2027", None),
        ("5个以上", "园区数据中心", "level", 5, None, "个", ">=", None, None),
        ("10家以上", "服务平台", "level", 10, None, "家", ">=", None, None),
    ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", POSITIVES, ids=[c[0] for c in POSITIVES])
def test_round11_targets(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


NEGATIVES = [
    # a lead dated by 今年 only, outside a plan: a news item's figures, no list of goals
    ("items-this-year-news", "今年，全市建成智慧园区示范点30个。\n1）完善基础设施。培育园区服务平台10家以上。\n", "2024-05-10"),
]


@pytest.mark.parametrize("case_id,text,doc_date", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_round11_near_misses(case_id, text, doc_date):
    assert_targets(text, doc_date, [])
