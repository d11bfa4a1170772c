"""Targets, round 18b (issue 14): 纳规 (纳入规划) and 改建 are actions whose count is a level to reach in a goal context
(``争取再纳规3个沙戈荒大基地``, ``新建改建农村公路1万公里`` → 农村公路); a noun of what a measure gives right after an action
(``新增造林面积100万亩``, ``完成建设规模50万平方米``) is no object of it but names the indicator with it (造林面积).
A plan period not yet ended (“十一五”期间 in a 2007 report) sets the goals of its sentence as one not yet begun does,
with no deadline; a 今年 earlier in the paragraph does not keep it from doing so, a cumulative word under a period
under way states a result. The middle ones of three or more shares joined before one predicate get their whole as
subject (``90%的市、70%的县和50%的乡镇建成…`` → 县), as the first one does. Values joined after the number to the end of the clause, as many as the members the subject
joins, are one goal each as after 分别 (``固定宽带和移动宽带接入能力达到20Mbps和4Mbps``: the second was missed), and an
earlier member ending on the word the last one names its own part with shares what follows it (固定宽带接入能力).
A demonstrative phrase after a bounded amount (``耕地不少于18亿亩这条红线``) names the line the figure draws, not what
it counts: the subject stands before the bound word. Sentences of our own."""
from __future__ import annotations

import pytest

from sentences import assert_targets

# (id, text, doc_date, [(part of the span, subject, measure, value, value_max, unit, comparator, deadline, strength)])
ACTIONS = [
    ("plan-in", "加快建设6个大基地，争取再纳规3个沙戈荒大基地。\n", "2026-01-20", [
        ("3个沙戈荒大基地", "沙戈荒大基地", "level", 3, None, "个", "=", None, "aim"),
    ]),
    ("build-and-rebuild", "到2027年，新建改建农村公路1万公里。\n", "2026-01-20", [
        ("农村公路1万公里", "农村公路", "level", 10000, None, "公里", "=", "2027", None),
    ]),
    ("rebuild-alone", "到2027年，改建危旧房屋3000套以上。\n", "2026-01-20", [
        ("危旧房屋3000套以上", "危旧房屋", "level", 3000, None, "套", ">=", "2027", None),
    ]),
    ("action-measure-noun", "到2027年，每年新增造林面积100万亩。\n", "2026-01-20", [
        ("造林面积100万亩", "造林面积", "level", 1000000, None, "亩", "=", "2027", None),
    ]),
    ("measure-noun-after-done", "到2027年，完成建设规模50万平方米。\n", "2026-01-20", [
        ("建设规模50万平方米", "建设规模", "level", 500000, None, "平方米", "=", "2027", None),
    ]),
    ("measure-noun-list", "到2027年，完成造林面积1亿亩、治理面积500万亩。\n", "2026-01-20", [
        ("造林面积1亿亩", "造林面积", "level", 100000000, None, "亩", "=", "2027", None),
        ("治理面积500万亩", "治理面积", "level", 5000000, None, "亩", "=", "2027", None),
    ]),
    ("measure-noun-after-field", "到2027年，实施建筑节能改造面积300万平方米以上。\n", "2026-01-20", [
        ("300万平方米以上", "建筑节能改造面积", "level", 3000000, None, "平方米", ">=", "2027", None),
    ]),
    ("object-not-measure", "到2027年，新增绿地100万平方米。\n", "2026-01-20", [
        ("新增绿地100万平方米", "新增绿地", "level", 1000000, None, "平方米", "=", "2027", None),
    ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", ACTIONS, ids=[c[0] for c in ACTIONS])
def test_round18b_actions(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


NEGATIVES = [
    # near misses: what was done (已, 累计 in a review) sets nothing
    ("planned-in-already", "去年已纳规3个沙戈荒大基地。\n", "2026-01-20"),
    ("rebuilt-so-far", "过去五年，累计改建农村公路1万公里。\n", "2026-01-20"),
    ("measure-noun-achieved", "2025年，全市已完成造林面积100万亩。\n", "2026-01-20"),
]


@pytest.mark.parametrize("case_id,text,doc_date", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_round18b_near_misses(case_id, text, doc_date):
    assert_targets(text, doc_date, [])


PERIODS = [
    ("period-under-way", "“十一五”期间，关停5000万千瓦小火电机组，今年要关停1000万千瓦。\n", "2007-03-05", [
        ("5000万千瓦小火电机组", "小火电机组", "reduction", 50000000, None, "千瓦", "=", None, None),
        ("1000万千瓦", "小火电机组", "reduction", 10000000, None, "千瓦", "=", "2007", None),
    ]),
    ("period-after-this-year", "今年要抓好节能。“十一五”期间，淘汰落后炼铁产能1亿吨。\n", "2007-03-05", [
        ("落后炼铁产能1亿吨", "落后炼铁产能", "reduction", 100000000, None, "吨", "=", None, None),
    ]),
    ("period-first-year", "“十四五”期间，新建农村公路1万公里。\n", "2021-03-05", [
        ("农村公路1万公里", "农村公路", "level", 10000, None, "公里", "=", None, None),
    ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", PERIODS, ids=[c[0] for c in PERIODS])
def test_round18b_periods(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


PERIOD_NEGATIVES = [
    # near misses: a period under way with a cumulative or past word reports, an ended period is history, a base
    # period is compared with
    ("period-cumulative", "“十四五”时期，全省累计新建农村公路1万公里。\n", "2024-03-05"),
    ("period-already", "“十四五”期间，全省已新建农村公路1万公里。\n", "2024-03-05"),
    ("period-ended", "“十四五”期间，全省新建农村公路1万公里。\n", "2026-03-05"),
    ("period-done-le", "“十一五”期间，关停了5000万千瓦小火电机组。\n", "2007-03-05"),
]


@pytest.mark.parametrize("case_id,text,doc_date", PERIOD_NEGATIVES, ids=[c[0] for c in PERIOD_NEGATIVES])
def test_round18b_period_near_misses(case_id, text, doc_date):
    assert_targets(text, doc_date, [])


SHARES = [
    ("three-shares", "到2025年，90%的市、70%的县和50%的乡镇建成智慧平台。\n", "2023-03-05", [
        ("90%的市", "市", "level", 90, None, "%", "=", "2025", None),
        ("70%的县", "县", "level", 70, None, "%", "=", "2025", None),
        ("50%的乡镇", "乡镇建成智慧平台", "level", 50, None, "%", "=", "2025", None),
    ]),
    ("four-shares", "力争到2025年，90%以上的市、70%的县、60%的区和50%的乡镇达到省级标准。\n", "2023-03-05", [
        ("90%以上的市", "市", "level", 90, None, "%", ">=", "2025", "aim"),
        ("70%的县", "县", "level", 70, None, "%", "=", "2025", "aim"),
        ("60%的区", "区", "level", 60, None, "%", "=", "2025", "aim"),
        ("50%的乡镇", "乡镇达到省级标准", "level", 50, None, "%", "=", "2025", "aim"),
    ]),
    # near miss: shares of tasks after one action are no wholes joined before a predicate; they keep their nouns
    ("shares-after-action", "到2025年，完成80%的整改任务、60%的验收任务。\n", "2023-03-05", [
        ("80%的整改任务", "整改任务", "level", 80, None, "%", "=", "2025", None),
        ("60%的验收任务", "验收任务", "level", 60, None, "%", "=", "2025", None),
    ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", SHARES, ids=[c[0] for c in SHARES])
def test_round18b_middle_shares(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


def test_round18b_shares_state_verb_no_goal():
    # three shares before a state verb (来自) describe; none is a goal
    assert_targets("到2025年，90%的市、70%的县和50%的乡镇来自东部地区。\n", "2023-03-05", [])


JOINED_VALUES = [
    ("two-values-no-fenbie", "到2025年，固定宽带和移动宽带接入能力达到20Mbps和4Mbps。\n", "2023-03-05", [
        ("20Mbps", "固定宽带接入能力", "level", 20, None, "Mbps", "=", "2025", None),
        ("4Mbps", "移动宽带接入能力", "level", 4, None, "Mbps", "=", "2025", None),
    ]),
    ("two-outputs", "到2025年，粮食和油料产量达到1300万吨和50万吨。\n", "2023-03-05", [
        ("1300万吨", "粮食产量", "level", 13000000, None, "吨", "=", "2025", None),
        ("50万吨", "油料产量", "level", 500000, None, "吨", "=", "2025", None),
    ]),
    ("with-fenbie-shared-word", "到2025年，固定宽带和移动宽带接入能力分别达到100Mbps和50Mbps。\n", "2023-03-05", [
        ("100Mbps", "固定宽带接入能力", "level", 100, None, "Mbps", "=", "2025", None),
        ("50Mbps", "移动宽带接入能力", "level", 50, None, "Mbps", "=", "2025", None),
    ]),
    # near misses: one subject and two values joined is no list of goals of its members; one value for joined
    # members is one target
    ("one-subject-two-values", "到2025年，地区生产总值增长6%和7%。\n", "2023-03-05", [
        ("6%", "地区生产总值", "growth", 6, None, "%", "=", "2025", None),
    ]),
    ("joined-members-one-value", "到2025年，城镇和农村居民收入增长6%。\n", "2023-03-05", [
        ("6%", "城镇和农村居民收入", "growth", 6, None, "%", "=", "2025", None),
    ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", JOINED_VALUES, ids=[c[0] for c in JOINED_VALUES])
def test_round18b_joined_values(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


LINES = [
    ("red-line", "一定要守住全国耕地不少于18亿亩这条红线。\n", "2007-03-05", [
        ("耕地不少于18亿亩", "耕地", "level", 1800000000, None, "亩", ">=", None, "firm"),
    ]),
    ("bottom-line", "到2025年，确保耕地保有量不少于18亿亩这一底线。\n", "2023-03-05", [
        ("耕地保有量不少于18亿亩", "耕地保有量", "level", 1800000000, None, "亩", ">=", "2025", "firm"),
    ]),
    # near miss: a noun after a bounded count with no demonstrative is what it counts
    ("counted-noun", "到2025年，培育超过500家高新技术企业。\n", "2023-03-05", [
        ("超过500家高新技术企业", "高新技术企业", "level", 500, None, "家", ">=", "2025", None),
    ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", LINES, ids=[c[0] for c in LINES])
def test_round18b_lines(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)
