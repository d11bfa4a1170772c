"""Date forms of round 9 (issue 14), each with near misses.

Sentences are our own. The forms are those the peer suites (JioNLP, Recognizers-Text) test and a
survey of unseen corpus documents showed: a clock time glued to a numeric date (the space lost), a
dotted month with a dashed day, a month·day with a middle dot before a bound, the N-th and the first
month of a year, the last N months of a year, a two-digit year opening a clause, 今明两年, a day
without 日 before an event word, a bare 号 day before 再 + an event word, years before 1000; and the
weekday words moved to date_words.tsv.
"""
from __future__ import annotations

import pytest

from govtext import extract_facts


def _dates(text: str, doc_date: str | None = None) -> list[tuple]:
    facts = extract_facts(text, kinds=["date"], doc_date=doc_date)
    assert all(text[f.start:f.end] == f.text for f in facts), facts
    return [(f.text, f.value, f.end_value, f.relation) for f in facts]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a clock time glued to a numeric date: the space lost by a web page
        ("更新时间：2023-06-0812:30", [("2023-06-0812:30", "2023-06-08T12:30", None, None)]),
        ("来源：本网 2021-11-3008:15:09", [("2021-11-3008:15:09", "2021-11-30T08:15:09", None, None)]),
        ("2022年6月8日12时起实施", [("2022年6月8日12时起", "2022-06-08T12:00", None, "after")]),
        # near misses: a longer number after the day, an identifier
        ("编号2023-06-081230", []),
        ("订单ZJ2023-06-0812:30", []),
        # a dotted month and a dashed day no month can be
        ("1987.03-21生", [("1987.03-21", "1987-03-21", None, None)]),
        # near misses: a day a month could be (March to December?), a range to a year
        ("1999.08-12在县委工作", []),
        ("2008.03-2011 在县委工作", [("2008.03-2011", "2008-03", "2011", None)]),
        # month·day before a bound or a stop
        ("各县务必于9·30前完成摸底", [("9·30前", "--09-30", None, "before")]),
        ("自12·1起全面推行", [("12·1起", "--12-01", None, "after")]),
        # near misses: an event's name in quotes, a decimal written with the dot, not a month
        ("“7·20”特大暴雨造成重大损失", []),
        ("全年增长6·8％，", []),
        ("增幅为14·1，", []),
        # the N-th month and the first month of a year
        ("85年第3个月，新厂房竣工", [("85年第3个月", "1985-03", None, None)]),
        ("2019年首月，全省进出口增长", [("2019年首月", "2019-01", None, None)]),
        # near misses: an ordinal month counted from an event, 首月 without a year
        ("从参加工作的第二个月开始缴存", []),
        ("新用户首月免费", []),
        # the last N months of a year
        ("二〇一九年后两月，出口回升", [("二〇一九年后两月", "2019-11", "2019-12", None)]),
        ("2020年后4个月，全市用电量回升", [("2020年后4个月", "2020-09", "2020-12", None)]),
        # near miss: a span after the year
        ("2020年后三个月内完成验收", [("2020年后", "2020", None, "after")]),
        # a day without 日 before an event word
        ("大会于10月18召开，", [("10月18", "--10-18", None, None)]),
        ("她在3月9出生", [("3月9", "--03-09", None, None)]),
        # near misses: a count after the month
        ("10月18家企业复工", [("10月", "--10", None, None)]),
        ("3月9名干部到岗", [("3月", "--03", None, None)]),
        # a bare 号 day before 再 and an event word
        ("原定的20号再召开协调会", [("20号", "---20", None, None)]),
        # near misses: a serial of a place, a count of days
        ("在20号楼再召开协调会", []),
        ("连续5号再召开", []),
        # years before 1000, written as a date or after 在 closing a clause
        ("碑文记为618-06-18", [("618-06-18", "0618-06-18", None, None)]),
        ("早在960年，该城已设县", [("960年", "0960", None, None)]),
        # near misses: a count of years, a phone-like number
        ("已有960年历史", []),
        ("热线400-12-3456", []),
        # a year before 1800 opening a clause (before 1800 a number before 年 counts years as often)
        ("1644年，清军入关", [("1644年", "1644", None, None)]),
        ("早在1405年郑和首次下西洋", [("1405年", "1405", None, None)]),
        # near misses: years counted, a year inside a sentence
        ("该桥已有1400年历史", []),
        ("，1300年来屡经修缮", []),
        ("，1300年的风雨", []),
        ("始建于唐代，距今1300年左右", []),
        # a month that opens a name is no date (date_words.tsv role name); a month alone after 在 is
        ("列宁在十月革命前夜曾指出", []),
        ("在五月风暴中", []),
        ("在十月召开全会", [("十月", "--10", None, None)]),
        # 的 between a year and its quarter or month; a bound after a quarter holds for its months
        ("从一九六二年的第三季度以来，生产回升", [("从一九六二年的第三季度以来", "1962-07", "1962-09", "after")]),
        ("2019年的3月，新规施行", [("2019年的3月", "2019-03", None, None)]),
        ("一季度以来，出口回暖", [("一季度以来", "--01", "--03", "after")]),
        # near misses: a count of months after 的, the year alone
        ("2019年的3个月里", [("2019年", "2019", None, None)]),
        ("2019年的工作", [("2019年", "2019", None, None)]),
        # a bare day before a range up to the report's day
        ("当地连续降雨，暴雨16日到今天仍未停歇", [("16日", "---16", None, None)]),
        # near miss: a span of days
        ("连续16日到今天仍未停歇", []),
    ],
)
def test_forms_round9(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # a two-digit year opening a clause, near the document's year
        ("25年全县将改造老旧小区40个", "2024-03-01", [("25年", "2025", None, None)]),
        ("经过努力，到23年全县基本完成改造", "2021-06-14", [("23年", "2023", None, None)]),
        # near misses: years counted (来, 间, 如一日, 的, 工龄), a verb before the number, no
        # document year, a year far from the document's
        ("，24年来全县累计投入", "2021-06-14", []),
        ("，24年间变化巨大", "2021-06-14", []),
        ("他扎根山区，24年如一日", "2021-06-14", []),
        ("，24年的坚守", "2021-06-14", []),
        ("坚守岗位24年全心全意", "2021-06-14", []),
        ("25年全县将改造老旧小区40个", None, []),
        ("45年全县将改造老旧小区40个", "2021-06-14", []),
        # a span of years said as one
        ("今明两年，全县将新建学校12所", "2023-05-01", [("今明两年", "2023", "2024", None)]),
        ("明后两年全面完成", "2023-05-01", [("明后两年", "2024", "2025", None)]),
        # near misses: a span counted forward, no anchor
        ("今后两年全面完成", "2023-05-01", []),
        ("今明两年，全县将新建学校12所", None, []),
        # a weekday numeral is no month: the weekday words come from date_words.tsv
        ("从上周四到十月一日开展检查", "2019-07-30", [("十月一日", "2019-10-01", None, None)]),
        ("从上礼拜三到十月一日开展检查", "2019-07-30", [("十月一日", "2019-10-01", None, None)]),
    ],
)
def test_forms_round9_anchored(text, doc_date, expected):
    assert _dates(text, doc_date) == expected
