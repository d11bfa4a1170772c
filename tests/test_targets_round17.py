"""Targets, round 17 (issue 14): task verbs of transport and roll-out plans (``开行班列1000列``, ``开通5G基站``,
``部署``, ``推广新能源汽车5万辆``) are actions whose count is a level to reach in a goal context, as ``新建`` is; a place
name alone before the action (``山东开行班列…``) is the doer, no part of the indicator's name.
Sentences of our own."""
from __future__ import annotations

import pytest

from sentences import assert_targets

# (id, text, doc_date, [(part of the span, subject, measure, value, value_max, unit, comparator, deadline, strength)])
ACTIONS = [
    ("run-trains-firm", "到2021年，确保开行中欧班列1000列。\n", "2018-03-05", [
        ("中欧班列1000列", "中欧班列", "level", 1000, None, "列", "=", "2021", "firm"),
    ]),
    ("run-trains-place-doer", "到2021年，山东开行班列1000列。\n", "2018-03-05", [
        ("班列1000列", "班列", "level", 1000, None, "列", "=", "2021", None),
    ]),
    ("open-base-stations", "到2025年，全市新建和开通5G基站1万个。\n", "2023-03-05", [
        ("5G基站1万个", "5G基站", "level", 10000, None, "个", "=", "2025", None),
    ]),
    ("deploy-bounded", "力争部署5G基站3万个以上。\n", "2023-03-05", [
        ("5G基站3万个以上", "5G基站", "level", 30000, None, "个", ">=", None, "aim"),
    ]),
    ("promote-vehicles", "到2025年，推广新能源汽车5万辆。\n", "2023-03-05", [
        ("新能源汽车5万辆", "新能源汽车", "level", 50000, None, "辆", "=", "2025", None),
    ]),
    # a noun before the action still names the indicator with it (not a place name)
    ("noun-before-action-kept", "到2025年，城镇新增就业50万人。\n", "2023-03-05", [
        ("城镇新增就业50万人", "城镇新增就业", "level", 500000, None, "人", "=", "2025", None),
    ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", ACTIONS, ids=[c[0] for c in ACTIONS])
def test_round17_actions(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


NEGATIVES = [
    # near misses: the same verbs reporting what was done (no goal context) set nothing
    ("opened-this-year-so-far", "今年以来，全省开通5G基站1万个。\n", "2023-08-05"),
    ("ran-trains-last-year", "去年，山东开行班列1000列。\n", "2023-03-05"),
    ("promoted-cumulative", "截至目前，全市已推广新能源汽车5万辆。\n", "2023-03-05"),
]


@pytest.mark.parametrize("case_id,text,doc_date", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_round17_near_misses(case_id, text, doc_date):
    assert_targets(text, doc_date, [])
