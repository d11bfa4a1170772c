"""Date forms of round 12 (issue 14), each with near misses.

Sentences are our own. The class comes from a survey of unseen plans: a source may print a year with
its digits garbled (到4549年，全省…, 0403年底前建成…, 本细则自5355年6月6日起实施); where only a year can
stand (after 到/至 that sets a deadline, before a month, before 底/末 that ends its clause or 前) four
Arabic digits outside 1000–2099 are a year as written (realgold11's 3134年底). Counts of years keep
their guards: 达到3000年, 不到3000年, 追溯到5000年前, 5000年底蕴.
"""
from __future__ import annotations

import pytest

from govtext import extract_facts


def _dates(text: str, doc_date: str | None = None) -> list[tuple]:
    facts = extract_facts(text, kinds=["date"], doc_date=doc_date)
    assert all(text[f.start:f.end] == f.text for f in facts), facts
    return [(f.text, f.value, f.end_value, f.part, f.relation) for f in facts]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("力争到4549年，全市建成智慧社区三百个。", [("4549年", "4549", None, None, None)]),
        ("到7386年建成区域数据中心。", [("7386年", "7386", None, None, None)]),
        ("到2100年，海平面预计上升半米。", [("2100年", "2100", None, None, None)]),
        ("0403年底前，建成政务服务平台。", [("0403年底前", "0403", None, "late", "before")]),
        ("到3521年末，覆盖全部乡镇。", [("3521年末", "3521", None, "late", None)]),
        ("本细则自5355年6月6日起实施。", [("5355年6月6日起", "5355-06-06", None, None, "after")]),
        # near misses: counts of years, not years
        ("这棵古树的树龄达到3000年以上。", []),
        ("这座古城有不到3000年的历史。", []),
        ("这项技艺可以追溯到5000年前。", []),
        ("中华文明已有5000年历史，5000年底蕴深厚。", []),
        ("中华文明5000年来绵延不断。", []),
        ("遗址距今4000年前后。", []),
    ],
)
def test_a_garbled_or_far_year_where_only_a_year_can_stand(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("上个月的15号，全县召开了防汛会议。", [("上个月的15号", "2021-05-15", None, None, None)]),
        ("本办法自下个月的5日起施行。", [("下个月的5日起", "2021-07-05", None, None, "after")]),
        ("本月的10日召开推进会。", [("本月的10日", "2021-06-10", None, None, None)]),
        # near misses: 的 before a count or a noun leaves the month alone
        ("上个月的15个项目已经开工。", [("上个月", "2021-05", None, None, None)]),
        ("上个月的数据显示，销量回升。", [("上个月", "2021-05", None, None, None)]),
    ],
)
def test_de_between_a_relative_month_and_its_day(text, expected):
    assert _dates(text, doc_date="2021-06-14") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a range of quarters runs from the first month of its first quarter
        ("2016年第二季度至第四季度，全省出口回升。", [("2016年第二季度至第四季度", "2016-04", "2016-12", None, None)]),
        ("2016年第一季度至2017年第二季度，累计投资", [("2016年第一季度至2017年第二季度", "2016-01", "2017-06", None, None)]),
        ("一季度至三季度，全县工业平稳。", [("一季度至三季度", "2021-01", "2021-09", None, None)]),
        ("二至四季度，订单持续增加。", [("二至四季度", "2021-04", "2021-12", None, None)]),
        # … and a year before bare quarter numbers is the range's, as before bare months
        ("2016年一至三季度，全省出口增长。", [("2016年一至三季度", "2016-01", "2016-09", None, None)]),
        ("今年一至三季度，全市税收增长。", [("今年一至三季度", "2021-01", "2021-09", None, None)]),
        ("去年2-4季度，销量回升。", [("去年2-4季度", "2020-04", "2020-12", None, None)]),
        # near misses: counts of quarters or months after the year
        ("2020年1至5个月的数据", [("2020年", "2020", None, None, None)]),
        ("2020年5至8个季度以后", [("2020年", "2020", None, None, None)]),
    ],
)
def test_ranges_of_quarters(text, expected):
    assert _dates(text, doc_date="2021-06-14") == expected


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # the first N months opening a clause: a statistic's period, as 前三季度
        ("前5个月，全国进出口增长5%。", None, [("前5个月", "--01", "--05", None, None)]),
        ("前五月我国外贸进出口平稳增长", None, [("前五月", "--01", "--05", None, None)]),
        ("数据显示，前两个月，规模以上工业增加值增长。", "2021-03-15",
         [("前两个月", "2021-01", "2021-02", None, None)]),
        # near misses: months before an event or inside a clause
        ("项目提前4个月完成。", None, []),
        ("退休前3个月应当提出申请。", None, []),
        ("医疗期间前六个月工资照发。", None, []),
        ("前3个月内完成整改。", None, []),
    ],
)
def test_the_first_months_opening_a_clause(text, doc_date, expected):
    assert _dates(text, doc_date=doc_date) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a date that opens a clause closed by 以来 bounds a period up to now (as 3月30日以来): no month
        # for a bare day after it
        ("4月28号武装分子宣布发动新攻势以来，袭击时有发生。27号，航空公司取消了航班。",
         [("4月28号", "--04-28"), ("27号", "---27")]),
        # a day of the month the text does not name (本月3日 with no anchor): a bare day after it is of
        # that month, not of a month named before it
        ("这段今年3月3日拍摄的视频引发关注。本月3日公布的报告显示…。5日，专家组发表声明。",
         [("今年3月3日", "--03-03"), ("本月3日", "---03"), ("5日", "---05")]),
        # near misses: a date whose clause does not end in 以来 still gives its month
        ("4月28号武装分子宣布发动新攻势，袭击时有发生。27号，航空公司取消了航班。",
         [("4月28号", "--04-28"), ("27号", "--04-27")]),
        ("今年3月3日，警方拍摄了视频。5日，专家组发表声明。", [("今年3月3日", "--03-03"), ("5日", "--03-05")]),
    ],
)
def test_the_month_a_bare_day_takes(text, expected):
    assert [(t, v) for t, v, *_ in _dates(text)] == expected
