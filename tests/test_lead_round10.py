"""Forms of round 10 that the peer-case survey (peers10) found, each with near misses.

Sentences are our own. A lunar month or day (农历闰四月, 阴历八月十五) has no value FACTS.md can write;
a slash pair that can be a month and day and bounds an event (请于6/30前) is no fraction; units and
currency words the lexicons lacked (秒钟, 分贝, 桶, 韩币); 大前年 and 大后年.
"""
from __future__ import annotations

import pytest

from sentences import grounded


def _surfaces(text: str, kind: str, doc_date: str | None = None) -> list[tuple]:
    from govtext import extract_facts

    facts = extract_facts(text, kinds=[kind], doc_date=doc_date)
    assert all(text[f.start:f.end] == f.text for f in facts), facts
    return [(f.text, f.value) for f in facts]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("农历闰四月，该村举办了传统庙会", []),
        ("阴历八月十五前后，游客明显增多", []),
        ("今年农历正月初一是2月10日", [("2月10日", "--02-10")]),
        ("清明节当天即4月5日，农历三月初八", [("4月5日", "--04-05")]),
        # near misses: a month with no calendar word before it stays a date
        ("四月，该村举办了传统庙会", [("四月", "--04")]),
        ("历经八月十五日的检修", [("八月十五日", "--08-15")]),
    ],
)
def test_lunar_months_are_no_dates(text, expected):
    assert _surfaces(text, "date") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("请于6/30前提交申报材料", []),
        ("新规自7/1起施行", []),
        # near misses: a fraction of a whole, and a pair that cannot be a month and day
        ("外资企业占比达1/3以上", [("1/3以上", pytest.approx(100 / 3, rel=1e-6))]),
        ("约2/5的企业完成改造", [("约2/5", 40)]),
        ("请于13/40前提交", [("13/40", 32.5)]),
    ],
)
def test_month_day_pairs_are_no_fractions(text, expected):
    assert _surfaces(text, "percent") == expected


@pytest.mark.parametrize(
    "text, unit, value",
    [
        ("十三秒钟以后，警报解除", "秒钟", 13),
        ("施工区域噪声不超过70分贝", "分贝", 70),
        ("全年进口原油500万桶", "桶", 5_000_000),
    ],
)
def test_new_units(text, unit, value):
    facts = grounded(text, "quantity")
    assert [(f.unit, f.value) for f in facts] == [(unit, value)]


def test_seventy_points_stay_points():
    assert [(f.unit, f.value) for f in grounded("考试成绩不低于70分", "quantity")] == [("分", 70)]


def test_won_as_hanbi():
    facts = grounded("该公司在韩投资300亿韩币", "money")
    assert [(f.value, f.currency) for f in facts] == [(30_000_000_000, "KRW")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("大前年全市遭遇特大洪水", [("大前年", "2018")]),
        ("大后年全线建成通车", [("大后年", "2024")]),
        ("前年全市遭遇特大洪水", [("前年", "2019")]),
    ],
)
def test_three_years_away(text, expected):
    assert _surfaces(text, "date", doc_date="2021-06-14") == expected
