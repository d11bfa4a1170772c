"""Numerals and qualifiers: one table of the forms policy texts use."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govtext.text.numerals import NumeralError, approx_range, parse_number, read_qualified, stronger

NUMBERS = [
    ("14169", 14169), ("4.24", 4.24), ("4.1万", 41000), ("4.1萬", 41000), ("1万", 10000),
    ("百", 100), ("两", 2), ("兩", 2), ("三千七百二十八", 3728), ("１２", 12), ("十八", 18),
    ("一千万", 10_000_000), ("2.6亿", 260_000_000), ("二〇一四", 2014), ("1,200", 1200),
    ("3139.8万", 31_398_000), ("十", 10), ("三", 3),
]


@pytest.mark.parametrize("text,value", NUMBERS, ids=[n[0] for n in NUMBERS])
def test_parse_number(text, value):
    assert parse_number(text) == value


QUALIFIED = [
    ("1萬余", 10000, "over"), ("约17400", 17400, "approx"), ("百余", 100, "over"),
    ("5以上", 5, "over"), ("至少5以上", 5, "at_least"), ("近200", 200, "approx"),
    ("10多", 10, "over"), ("超过5万", 50000, "over"), ("3左右", 3, "approx"),
    ("不少于3", 3, "at_least"), ("30以下", 30, "under"), ("不超过10", 10, "at_most"),
    ("18萬余", 180000, "over"), ("606", 606, None),
]


@pytest.mark.parametrize("text,value,qual", QUALIFIED, ids=[q[0] for q in QUALIFIED])
def test_read_qualified(text, value, qual):
    assert read_qualified(text) == (value, qual)


@pytest.mark.parametrize("bad", ["", "abc", "第二", "万万x"])
def test_not_numbers(bad):
    with pytest.raises(NumeralError):
        parse_number(bad)


def test_stronger_bound_wins():
    assert stronger("over", "at_least") == "at_least"
    assert stronger(None, "approx") == "approx"


@given(st.integers(min_value=0, max_value=10**12))
def test_arabic_round_trip(n):
    assert parse_number(str(n)) == n


@pytest.mark.parametrize("text,expected", [
    ("七八", (7, 8)), ("两三", (2, 3)), ("三四", (3, 4)),  # 概数: 跑七八趟, 两三天
    ("十八", None), ("二〇", None), ("三五", None), ("八七", None),  # a number, a code, no neighbours
], ids=["qiba", "liangsan", "sansi", "shiba", "er-ling", "sanwu", "baqi"])
def test_approx_range(text, expected):
    assert approx_range(text) == expected


def test_approx_range_is_not_one_number():
    with pytest.raises(NumeralError):
        parse_number("七八")
