"""Values stay exact: Decimal inside, int when whole, the nearest float otherwise (never rounded to
a number of significant digits)."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govtext.extract import extract_facts
from govtext.text.numerals import parse_decimal, parse_number, to_number
from govtext.values.money import parse_money
from govtext.values.percents import parse_percent
from govtext.values.quantities import parse_quantity


@pytest.mark.parametrize("surface, value", [
    ("12345.678912万元", 123456789.12),        # 10 significant digits would give 123456789.1
    ("1.23456789012亿元", 123456789.012),
    ("0.000001万元", 0.01),
    ("98765432.1亿元", 9876543210000000),    # whole: an int, however large
    ("3139.8万元", 31398000),
    ("4.1万元", 41000),
    ("一千万元", 10000000),
    ("12.345678901234元", 12.345678901234),
])
def test_money_is_exact(surface, value):
    got, _qual = parse_money(surface)
    assert got == value and type(got) is type(value)


@pytest.mark.parametrize("surface, value", [
    ("33.3333333333%", 33.3333333333), ("0.123456789012%", 0.123456789012), ("3.5‰", 0.35), ("百分之三十三点三", 33.3),
])
def test_percent_is_exact(surface, value):
    assert parse_percent(surface)[0] == value


@pytest.mark.parametrize("surface, value", [
    ("1.1多万名", 11000), ("6400多万名", 64000000), ("2.0万个", 20000), ("1.23456万人", 12345.6),
])
def test_quantity_scaling_is_exact(surface, value):
    got = parse_quantity(surface)[0]
    assert got == value and type(got) is type(value)


@pytest.mark.parametrize("sentence, by_value", [("收入增长1.1倍", 1.1), ("产量增长0.1倍", 0.1), ("增长2.5倍", 2.5), ("增长3倍", 3)])
def test_multiples_are_exact(sentence, by_value):
    # FACTS.md section 5: 增长2.5倍 is a change of by_value 2.5 with unit 倍, the multiple as written
    change = [f for f in extract_facts(sentence, kinds=["change"])]
    assert [(c.by_value, c.unit) for c in change] == [(by_value, "倍")]
    assert type(change[0].by_value) is type(by_value)


@given(st.integers(0, 10**9), st.integers(0, 10**6), st.sampled_from(["", "万", "亿"]))
def test_arabic_with_a_scale_is_exact(whole, frac, scale):
    text = f"{whole}.{frac:06d}{scale}"
    exact = Decimal(f"{whole}.{frac:06d}") * {"": 1, "万": 10**4, "亿": 10**8}[scale]
    assert parse_decimal(text) == exact
    value = parse_number(text)
    assert value == (int(exact) if exact == exact.to_integral_value() else float(exact))


def test_to_number_keeps_ints_and_floats():
    assert to_number(Decimal("40000.0")) == 40000 and type(to_number(Decimal("40000.0"))) is int
    assert to_number(7) == 7 and to_number(2.0) == 2 and to_number(0.35) == 0.35
