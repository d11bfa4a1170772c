"""Round 16 (issue 14), dates on real text: own sentences with near misses."""
from __future__ import annotations

import pytest

import govtext


def _dates(text: str, **kw):
    return [(f.text, f.value, f.end_value, f.part, f.relation) for f in govtext.extract_facts(text, kinds=["date"], **kw)]


# ---------------------------------------------------------------------------- 前 + a count of weeks or days
@pytest.mark.parametrize("text, expected", [
    # the first N weeks or days of a month or year: the month or year alone, no relation
    ("10月前三周，国内乘用车零售量比上年同期增长12%。", [("10月", "--10", None, None, None)]),
    ("1月前10天，全国铁路发送旅客5000万人次。", [("1月", "--01", None, None, None)]),
    ("6月前两个星期，订单明显回升。", [("6月", "--06", None, None, None)]),
    ("2024年前两周，全市新增企业800家。", [("2024年", "2024", None, None, None)]),
    ("3月前5个工作日内报送。", [("3月", "--03", None, None, None)]),
    # near misses: a deadline before the month or year, a count before a day, the first quarters and months
    ("各地要在10月前完成整改。", [("10月前", "--10", None, None, "before")]),
    ("各地要在10月前，完成三项整改。", [("10月前", "--10", None, None, "before")]),
    ("应当在10月1日前3天报送。", [("10月1日前", "--10-01", None, None, "before")]),
    ("2023年前三季度，全国GDP增长5.2%。", [("2023年前三季度", "2023-01", "2023-09", None, None)]),
    ("2024年前两个月，工业增加值增长7%。", [("2024年前两个月", "2024-01", "2024-02", None, None)]),
    ("于10月底前两周内完成。", [("10月底前", "--10", None, "late", "before")]),
])
def test_first_weeks_of_a_month(text, expected):
    assert _dates(text) == expected


# ---------------------------------------------------------------------------- a year opening a title in quotes
@pytest.mark.parametrize("text, expected", [
    # a bill's or a document's title in quotes: the year is part of it, as in 《》
    ("美国国会通过所谓“2019年香港人权与民主法案”，我方坚决反对。", []),
    ("会议传达了“2021年全市招商引资工作要点”的精神。", []),
    ("各地要按照「2024年度项目申报指南」组织申报。", []),
    # near misses: an event's quoted name keeps its year (as the gold reads 2008年奥运会), as do quoted
    # speech with a stop inside, a quoted year alone, a full date in quotes and a year before the quote
    ("1996年1月8日至12日召开的“1996年度全国地震趋势会商会”，分析了震情。",
     [("1996年1月8日至12日", "1996-01-08", "1996-01-12", None, None), ("1996年度", "1996", None, None, None)]),
    ("参加「2023年世界地热大会」的代表达千人。", [("2023年", "2023", None, None, None)]),
    ("他说：“2020年是全面建成小康社会之年，我们要努力。”", [("2020年", "2020", None, None, None)]),
    ("“2021年”是关键的一年。", [("2021年", "2021", None, None, None)]),
    ("研究期限应填写“2024年1月1日—2026年12月31日”。",
     [("2024年1月1日—2026年12月31日", "2024-01-01", "2026-12-31", None, None)]),
    ("2019年“香港人权与民主法案”被通过。", [("2019年", "2019", None, None, None)]),
    ("北京赢得了2008年奥运会举办权。", [("2008年", "2008", None, None, None)]),
    ("“2025年底前完成改造”是硬任务。", [("2025年底前", "2025", None, "late", "before")]),
    ("他总结了“2020年的好做法”。", [("2020年", "2020", None, None, None)]),
])
def test_year_opening_a_quoted_title(text, expected):
    assert _dates(text) == expected


# ---------------------------------------------------------------------------- a relative year with no year anywhere
@pytest.mark.parametrize("text, doc_date, expected", [
    # a year alone (今年, 明年底) with no document date and no dateline: no fact (no ISO year-less year)
    ("预计明年底全面完工，工程预计今年全部投运。", None, []),
    # … but a month keeps its year-less form
    ("今年3月开工，预计明年底全面完工。", None, [("今年3月", "--03", None, None, None)]),
    # … an event's full date does not give the year of writing to 今年 alone, only to 今年3月
    ("该办法从2004年7月1日起实施。今年将继续推进，今年3月已启动。", None,
     [("2004年7月1日起", "2004-07-01", None, None, "after"), ("今年3月", "2004-03", None, None, None)]),
    # with a document date or an opening dateline, the year of writing
    ("预计明年底全面完工。", "2024-10-28", [("明年底", "2025", None, "late", None)]),
    ("2021年6月14日，记者获悉，明年将开工。", None,
     [("2021年6月14日", "2021-06-14", None, None, None), ("明年", "2022", None, None, None)]),
])
def test_relative_year_alone(text, doc_date, expected):
    kw = {"doc_date": doc_date} if doc_date else {}
    assert _dates(text, **kw) == expected


def test_first_days_of_this_year_with_a_document_date():
    # 今年前10天: this year's first ten days, no "before this year"
    assert _dates("今年前10天，全国铁路发送旅客5000万人次。", doc_date="2024-02-01") == [("今年", "2024", None, None, None)]
    assert _dates("今年前完成全部改造。", doc_date="2024-02-01") == [("今年前", "2024", None, None, "before")]
