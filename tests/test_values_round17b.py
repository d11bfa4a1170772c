"""Round 17 (second wave), values of numbers (quantities, money, percentages, dates).

- A colloquial numeral with its last place dropped below 万 (两千四百五 = 2450, 九百九 = 990,
  一千陆 = 1600, 一百二 = 120) ending its clause is a count, as 三万五 after 万 already was; not a
  written-out 一百二十, not 一千零五, not a label run (一百一、一百二) nor the word 二百五 after 个.
Own sentences, with near misses.
"""
from __future__ import annotations

import pytest

from sentences import grounded


def _quantities(sentence: str) -> list[tuple]:
    return [(f.text, f.value, f.unit, f.qualifier) for f in grounded(sentence, "quantity")]


@pytest.mark.parametrize("sentence,expected", [
    ("本届运动会的志愿者共两千四百五。", [("两千四百五", 2450, None, None)]),
    ("本屆運動會的志願者共兩千四百五。", [("兩千四百五", 2450, None, None)]),
    ("该社区共有居民九百九，其中老人三成。", [("九百九", 990, None, None)]),
    ("今年报名的考生一千陆。", [("一千陆", 1600, None, None)]),
    ("该校今年招收新生一百二。", [("一百二", 120, None, None)]),
    ("该校今年招收新生七千二。", [("七千二", 7200, None, None)]),
    # a unit after it: the count is the unit's, as before
    ("该校今年招收新生一百二十人。", [("一百二十人", 120, "人", None)]),
])
def test_dropped_last_place_is_a_count(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "该校今年招收新生一百二十。",      # written out: no dropped place, no unit, no count
    "该校今年招收新生一千六百。",      # 一千六百 alone: nothing named to count
    "该校今年招收新生一千零五。",      # a gap with 零: not the colloquial form
    "他是个二百五，做事不靠谱。",      # a word after 个, no count
    "房间编号为一百一、一百二、一百三。",  # a run of labels
    "该校位列第一百二。",              # an ordinal
])
def test_dropped_last_place_near_misses(sentence):
    assert _quantities(sentence) == []


@pytest.mark.parametrize("sentence,expected", [
    ("他这个人办事有点二百五。", []),                       # the word for a fool (quantity_exclusions.tsv)
    ("二百五，二百五，还是二百五。", []),
    ("每人每月补助二百五十元。", []),                        # money, not a count; the idiom does not cut 二百五十
    ("共发放宣传册二百五十份。", [("二百五十份", 250, "份", None)]),
    ("共发放宣传册一万零二百五十份。", [("一万零二百五十份", 10250, "份", None)]),
])
def test_the_numeral_idiom_ends_where_the_numeral_ends(sentence, expected):
    assert _quantities(sentence) == expected


def _dates(sentence: str) -> list[tuple]:
    return [(f.text, f.value) for f in grounded(sentence, "date")]


@pytest.mark.parametrize("sentence,expected", [
    ("廿二日，全县召开了防汛工作会议。", [("廿二日", "---22")]),
    ("二〇二一年六月廿二日，全县召开了防汛工作会议。", [("二〇二一年六月廿二日", "2021-06-22")]),
    ("会议定于六月卅日召开。", [("六月卅日", "--06-30")]),
    ("会议定于五月卅一日召开。", [("五月卅一日", "--05-31")]),
    ("该馆于8月廿五号开放。", [("8月廿五号", "--08-25")]),
    # the same days written out, as before
    ("会议定于六月三十日召开。", [("六月三十日", "--06-30")]),
])
def test_archaic_tens_write_days(sentence, expected):
    assert _dates(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "五月廿二，该村举办了庙会。",        # no 日: a lunar day name
    "十一月廿九，全村祭祖。",
    "廿二人参加了比赛。",                # a count, not a day
])
def test_archaic_tens_near_misses(sentence):
    assert _dates(sentence) == []


def _percents(sentence: str) -> list[tuple]:
    return [(f.text, f.value) for f in grounded(sentence, "percent")]


@pytest.mark.parametrize("sentence,expected", [
    ("全县一百分之三的农户尚未通水。", [("一百分之三", 3)]),
    ("全县一百分之3的农户尚未通水。", [("一百分之3", 3)]),
    ("全县壹佰分之三的农户尚未通水。", [("壹佰分之三", 3)]),
    ("全县四分之壹的农户已经通水。", [("四分之壹", 25)]),
    ("全县二分之壹的农户已经通水。", [("二分之壹", 50)]),
    ("每人可分得五百分之一的收益。", [("五百分之一", 0.2)]),
    # as before
    ("全县百分之三的农户尚未通水。", [("百分之三", 3)]),
    ("全县四分之一的农户已经通水。", [("四分之一", 25)]),
])
def test_fractions_with_hundreds_and_capitals(sentence, expected):
    assert _percents(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "每人可分得二千五百分之一的收益。",   # 1/2500: not read as 百分之一 (1 %) nor as 五百分之一
    "每人可分得三千百分之一的收益。",     # not a written numeral before 分之
    "题目给出的数字是五百分之2.2。",      # an Arabic numerator is read whole or not at all (not 五百分之2)
    "题目给出的数字是三分之22.5。",
])
def test_fraction_near_misses(sentence):
    assert _percents(sentence) == []


def _money(sentence: str) -> list[tuple]:
    return [(f.text, f.value, f.value_max, f.qualifier) for f in grounded(sentence, "money")]


@pytest.mark.parametrize("sentence,expected", [
    ("并处2万元以上20万以下的罚款。", [("2万元以上20万以下", 20000, 200000, None)]),
    ("对个人处五千元以上二万以下罚款。", [("五千元以上二万以下", 5000, 20000, None)]),
    ("对单位处一万元以上，五万以下罚款。", [("一万元以上，五万以下", 10000, 50000, None)]),
    # with 元 on both ends, as before
    ("并处2万元以上20万元以下的罚款。", [("2万元以上20万元以下", 20000, 200000, None)]),
    # near misses: a smaller number is no upper end; a count with its unit is another fact
    ("并处2万元以上5000以下。", [("2万元以上", 20000, None, "over")]),
    ("处2万元以上3年以下有期徒刑。", [("2万元以上", 20000, None, "over")]),
    ("处2万元以下20万以下。", [("2万元以下", 20000, None, "under")]),
])
def test_upper_bound_without_currency(sentence, expected):
    assert _money(sentence) == expected


def _ranges(sentence: str) -> list[tuple]:
    return [(f.text, f.value, f.value_max, f.unit) for f in grounded(sentence, "quantity")]


@pytest.mark.parametrize("sentence,expected", [
    ("明日最低气温-3℃~-5℃。", [("-3℃~-5℃", -5, -3, "℃")]),
    ("明日气温2℃~-6℃。", [("2℃~-6℃", -6, 2, "℃")]),
    ("夜间气温-4℃—-9℃。", [("-4℃—-9℃", -9, -4, "℃")]),
    # low to high, as before
    ("明日最低气温-5℃~-3℃。", [("-5℃~-3℃", -5, -3, "℃")]),
    ("明日气温10℃-15℃。", [("10℃-15℃", 10, 15, "℃")]),
    # near miss: the same number on both ends is no range
    ("气温-5℃~-5℃。", [("-5℃", -5, None, "℃"), ("5℃", 5, None, "℃")]),
])
def test_negative_ranges_high_to_low(sentence, expected):
    assert _ranges(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("闰4月，该村举办了庙会。", []),
    ("闰四月初八，全村祭祖。", []),
    ("2020年闰4月，全村祭祖。", [("2020年", "2020")]),
    ("4月，全村开展植树活动。", [("4月", "--04")]),
])
def test_no_date_after_leap_mark(sentence, expected):
    assert _dates(sentence) == expected


def _counts(sentence: str) -> list[tuple]:
    return [(f.text, f.value, f.unit, f.qualifier) for f in grounded(sentence, "quantity")]


@pytest.mark.parametrize("sentence,expected", [
    ("全省新增城镇就业二百零几万人。", [("二百零几万人", 2000000, "人", "over")]),
    ("全国新增就业一千二百零几万。", [("一千二百零几万", 12000000, None, "over")]),
    ("全省新增城镇就业二十几万人。", [("二十几万人", 200000, "人", "over")]),
    ("全省新增城镇就业二百零五万人。", [("二百零五万人", 2050000, "人", None)]),
    ("两千零几年的时候，这里还是一片荒地。", []),
])
def test_zero_ji_before_a_scale(sentence, expected):
    assert _counts(sentence) == expected
