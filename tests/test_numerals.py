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
    # Arabic numbers with two scales (round 5)
    ("1万2千", 12000), ("1亿3千万", 130_000_000), ("1亿2000万", 120_000_000),
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


@pytest.mark.parametrize("bad", ["", "abc", "第二", "万万x", "2万5"])
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


# The standard written-out forms are read without cn2an (its import is slow); anything else
# (零 gaps, colloquial 一万五, a 亿 then no 万 group) is left to cn2an.
STANDARD = [("三千七百二十八", 3728), ("十八", 18), ("十二万", 120000), ("一亿二千万", 120_000_000),
            ("二万", 20000), ("一千万", 10_000_000), ("九十九", 99), ("三", 3)]
LEFT_TO_CN2AN = ["一万五", "一百〇五", "一百十", "五亿三千", "二十万〇五", "万", "〇"]


@pytest.mark.parametrize("text,value", STANDARD, ids=[s for s, _ in STANDARD])
def test_standard_numeral(text, value):
    from govtext.text.numerals import _standard_numeral

    assert _standard_numeral(text) == value


@pytest.mark.parametrize("text", LEFT_TO_CN2AN)
def test_non_standard_numeral_left_to_cn2an(text):
    from govtext.text.numerals import _standard_numeral

    assert _standard_numeral(text) is None


@given(st.one_of(st.integers(0, 10**12).map(lambda n: __import__("cn2an").an2cn(n)),
                 st.text(st.sampled_from("〇一二三四五六七八九十百千万亿"), min_size=1, max_size=10)))
def test_standard_numeral_agrees_with_cn2an(text):
    import cn2an

    from govtext.text.numerals import _standard_numeral

    mine = _standard_numeral(text)
    if mine is not None:
        assert cn2an.cn2an(text, "smart") == mine


# Numerals with 〇 for the skipped places and 万亿 are read without cn2an too (its import costs
# about 2 s); the colloquial and irregular forms still go to cn2an.
GAPPED = [("六百〇三亿", 60_300_000_000), ("二亿〇七百万", 207_000_000), ("二百〇五万四千", 2_054_000),
          ("六百〇三万", 6_030_000), ("一百〇五", 105), ("一千〇八十", 1080), ("二十万〇五", 200_005),
          ("九万五千九百三十三亿", 9_593_300_000_000), ("一万亿", 10**12), ("〇", 0), ("一百十", 110),
          ("四百十一", 411), ("二百十七万", 2_170_000), ("一万三千五百十三", 13_513)]
GAPPED_LEFT_TO_CN2AN = ["一万五", "五亿三千", "万", "一千〇〇八", "一百〇", "〇五", "一万〇五千"]


@pytest.mark.parametrize("text,value", GAPPED, ids=[s for s, _ in GAPPED])
def test_gapped_numeral(text, value):
    from govtext.text.numerals import _gapped_numeral

    assert _gapped_numeral(text) == value


@pytest.mark.parametrize("text", GAPPED_LEFT_TO_CN2AN)
def test_gapped_numeral_leaves_irregular_forms(text):
    from govtext.text.numerals import _gapped_numeral

    assert _gapped_numeral(text) is None


@given(st.one_of(st.integers(0, 10**13).map(lambda n: __import__("cn2an").an2cn(n).replace("零", "〇")),
                 st.text(st.sampled_from("〇一二三四五六七八九十百千万亿"), min_size=1, max_size=12)))
def test_gapped_numeral_agrees_with_cn2an(text):
    import cn2an

    from govtext.text.numerals import _gapped_numeral

    mine = _gapped_numeral(text)
    if mine is not None:
        assert cn2an.cn2an(text, "smart") == mine


# (六万万 is the old form of 6亿: tests/test_numbers_round10.py)
@pytest.mark.parametrize("text", ["二三十万", "二三百", "一百五六十", "五六万", "一亿六千", "五亿二千"])
def test_approximate_range_before_scales_is_not_one_number(text):
    with pytest.raises(NumeralError):
        parse_number(text)
