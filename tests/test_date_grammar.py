"""The date normalizer on bare strings: components, ISO values, year resolution."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.values.dates import DateError, DateParts, iso, parse_date, read_component, resolve


@pytest.mark.parametrize("text,kind,value", [
    ("2014", "year", 2014), ("二〇一四", "year", 2014), ("二零一四", "year", 2014), ("二○一四", "year", 2014),
    ("3", "month", 3), ("03", "month", 3), ("十", "month", 10), ("十二", "month", 12),
    ("九", "day", 9), ("十五", "day", 15), ("二十", "day", 20), ("三十一", "day", 31),
], ids=lambda x: str(x))
def test_read_component(text, kind, value):
    assert read_component(text, kind) == value


@pytest.mark.parametrize("text,kind", [("13", "month"), ("32", "day"), ("0", "day"), ("十三", "month"), ("三五", "day")])
def test_read_component_refuses(text, kind):
    with pytest.raises(DateError):
        read_component(text, kind)


@pytest.mark.parametrize("args,value", [
    ((2014, 2, 25), "2014-02-25"), ((2014, 3), "2014-03"), ((2014,), "2014"),
    ((None, 7, 10), "--07-10"), ((None, 6), "--06"),
    ((2014, 10, 24, 14, 32), "2014-10-24T14:32"), ((2014, 3, 5, 15), "2014-03-05T15:00"),
    ((2014, 6, 6, 10, 48, 12), "2014-06-06T10:48:12"),
])
def test_iso(args, value):
    assert iso(*args) == value


@pytest.mark.parametrize("surface,anchor,value,end_value,inferred", [
    ("2014年2月25日", None, "2014-02-25", None, False),
    ("7月下旬", 2014, "2014-07", None, True),
    ("7月下旬", None, "--07", None, False),
    ("8月1日至15日", 2014, "2014-08-01", "2014-08-15", True),
    ("从今年3月开始，至9月", 2014, "2014-03", "2014-09", True),
    ("11月至次年2月", 2014, "2014-11", "2015-02", True),
    ("去年12月", 2014, "2013-12", None, True),
    ("2014年10月24日14:32", None, "2014-10-24T14:32", None, False),
    ("24.10.2014 14:32", None, "2014-10-24T14:32", None, False),
    ("2014-06-06 10:48", None, "2014-06-06T10:48", None, False),
], ids=lambda x: str(x))
def test_parse_and_resolve(surface, anchor, value, end_value, inferred):
    assert resolve(*parse_date(surface), anchor_year=anchor) == (value, end_value, inferred)


@pytest.mark.parametrize("surface,part,relation", [
    ("4月底前", "late", "before"), ("5月中旬左右", "mid", None), ("5月下旬以后", "late", "after"),
    ("6月上旬起", "early", "after"), ("9月初", "early", None), ("10月末之前", "late", "before"),
    ("2014年底", "late", None), ("今年年初", "early", None),
])
def test_part_and_relation(surface, part, relation):
    start, end = parse_date(surface)
    assert (start.part, start.relation, end) == (part, relation, None)


@pytest.mark.parametrize("surface", ["3个月", "15天", "十八大", "〔2014〕", "2月30日", "13月", "一月", "较上年", "3-5日", ""])
def test_parse_date_refuses(surface):
    with pytest.raises(DateError):
        parse_date(surface)


def test_relative_month_needs_an_anchor():
    start, end = parse_date("本月底前")
    assert resolve(start, end, anchor_year=2014, anchor_month=4)[0] == "2014-04"
    with pytest.raises(DateError):
        resolve(start, end)


@given(st.text(max_size=20))
def test_parse_date_only_raises_date_error(s):
    try:
        start, _ = parse_date(s)
    except DateError:
        return
    assert isinstance(start, DateParts)


def _date_spans(text, search):
    out, pos = [], 0
    while (m := search(text, pos)) is not None:
        out.append(m.span())
        pos = m.start() + 1
    return out


_DATEISH = list("0123456789一二三四五六七八九十〇零○两千年月日号时点分刻钟:：-/.第季度首上中下旬初底末伊始今去明本周同当次翌"
                "前后起至到从自在开召发以来半午晚凌晨天个和与及、之间—–－~～，。 \n")


@pytest.mark.parametrize("text", [
    # the look-aheads of search_date's candidates: a date that opens with 第/首/前/年 or a numeral
    # before a dot or a 、, and near misses that open none
    "第二季度", "2022年第二、三季度", "首季度", "第二十条", "第一个月", "前三季度", "前5个月，全国", "前年3月",
    "前提下", "年底前完成", "年均增长", "2014.06.06", "24.10.2014", "1999.08-2002.02", "1.城镇小区", "10.5%",
    "2015、2016年", "6月8、9日", "今年一、二季度", "一、关于", "从2014年", "自今年3月", "自治区", "从前三季度看",
])
def test_prefiltered_search_is_the_grammar_on_rows(text):
    from govtext.text.date_grammar import date_pattern, search_date

    assert _date_spans(text, search_date) == _date_spans(text, date_pattern().search)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from(_DATEISH), max_size=40))
def test_prefiltered_search_is_the_grammar(text):
    """search_date tries the grammar only where a date can start; on any string it finds what
    the plain grammar finds."""
    from govtext.text.date_grammar import date_pattern, search_date

    assert _date_spans(text, search_date) == _date_spans(text, date_pattern().search)
