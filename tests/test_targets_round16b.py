"""Targets, round 16b (issue 14, the rules of calls for proposals and forms): a number written beside another as
its alternative (``拟支持项目不超过6项或3项``) gives the choices a rule allows, no figure to reach; a length in
characters (``简介不超过500字``) is a form's limit, as ``八字方针`` is a label (``字`` joins the labelling
classifiers); an unbounded count of times under 每年 (``每年举办1次…交流会``) is a schedule, while a bounded one
(``每年举办展会10次以上``) stays a figure to reach. A count of person-times (人次) before 的 and an activity
(``完成1500万人次以上的职工技能提升培训``) counts the people the activity reaches; before a thing
(``1万人次以上的景区``) it still only sizes the noun. A planner before the plan's 计划 and an action
(``铁路部门计划安排直通临客48对``) is no part of the subject. Sentences of our own."""
from __future__ import annotations

import pytest

from sentences import assert_targets

# (id, text, doc_date, [(part of the span, subject, measure, value, value_max, unit, comparator, deadline, strength)])
POSITIVES = [
    # near misses of the alternatives: 或以上 bounds the number, a number alone stays a goal
    ("bound-count-no-alternative", "到2025年，培育专精特新企业100家以上。\n", "2023-05-01", [
        ("100家以上", "专精特新企业", "level", 100, None, "家", ">=", "2025", None),
    ]),
    # near misses of the schedule: a bounded count of times a year is a figure to reach
    ("yearly-times-bounded-after", "到2025年，每年举办各类展会10次以上。\n", "2023-05-01", [
        ("10次以上", "各类展会", "level", 10, None, "次", ">=", "2025", None),
    ]),
    ("yearly-times-bounded-before", "到2025年，每年至少举办2次展会。\n", "2023-05-01", [
        ("2次", "展会", "level", 2, None, "次", ">=", "2025", None),
    ]),
    # a count of person-times before an activity counts the people it reaches
    ("person-times-activity", "到2025年，完成1500万人次的职工培训。\n", "2023-05-01", [
        ("1500万人次的职工培训", "职工培训", "level", 15000000, None, "人次", "=", "2025", None),
    ]),
    ("person-times-activity-bounded", "到2025年，开展1万人次以上的健康体检。\n", "2023-05-01", [
        ("1万人次以上的健康体检", "健康体检", "level", 10000, None, "人次", ">=", "2025", None),
    ]),
]

PLANNER = [
    # the planner before the plan's 计划 and an action is no part of the subject
    ("planner-before-plan-arrange", "今年，铁路部门计划安排直通临客48对、管内临客161对。\n", "2023-05-01", [
        ("直通临客48对", "直通临客", "level", 48, None, "对", "=", "2023", None),
        ("161对", "管内临客", "level", 161, None, "对", "=", "2023", None),
    ]),
    ("planner-before-plan-build", "今年，省交通厅计划新建农村公路5000公里。\n", "2023-05-01", [
        ("农村公路5000公里", "农村公路", "level", 5000, None, "公里", "=", "2023", None),
    ]),
    # near miss: a noun before the action that names the indicator with it stays
    ("names-with-action-stays", "到2025年，全省城镇新增就业45万人。\n", "2023-05-01", [
        ("城镇新增就业45万人", "城镇新增就业", "level", 450000, None, "人", "=", "2025", None),
    ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", PLANNER, ids=[c[0] for c in PLANNER])
def test_round16b_planner_not_subject(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


@pytest.mark.parametrize("case_id,text,doc_date,expected", POSITIVES, ids=[c[0] for c in POSITIVES])
def test_round16b_targets(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


NEGATIVES = [
    ("alternatives-in-rule", "对于拟支持项目不超过6项或3项的指南任务，该研究任务所支持项目数不超过6项或3项。\n", "2023-05-01"),
    ("alternatives-or-zhe", "到2025年，全省推荐项目不超过2个或者3个。\n", "2023-05-01"),
    ("form-length-limit", "到2025年，申报材料中的企业简介不超过500字。\n", "2023-05-01"),
    ("form-length-about", "到2025年，提交3000字左右的项目预申报书。\n", "2023-05-01"),
    ("yearly-schedule", "本重大研究计划将每年举办1次资助项目的年度学术交流会。\n", "2023-05-01"),
    ("two-yearly-schedule", "到2025年，每两年举办1次全省技能大赛。\n", "2023-05-01"),
    # near miss of the activity: members before 的 and a thing size the noun
    ("members-size-village", "到2025年，实现20人以上的自然村4G网络覆盖。\n", "2023-05-01"),
]


@pytest.mark.parametrize("case_id,text,doc_date", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_round16b_near_misses(case_id, text, doc_date):
    assert_targets(text, doc_date, [])
