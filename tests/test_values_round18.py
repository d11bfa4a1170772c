"""Round 18, values of numbers (quantities, money, percentages, dates).

- A Chinese numeral that ends in a digit (alone or after 万/亿) takes the 千 of a unit of length or
  weight that opens with 千 (千瓦, 千字节 are read whole): 两千米 is 2000 米 (三百米至一千米 is one range in 米),
  一万两千米 12000 米; 二十千米, 八十万千瓦, 3千米 keep their unit.
- A range whose upper end is written with a minus sign may run high to low (-3~-5℃): it runs from
  the smaller end, as -3℃~-5℃ already did.
- A day in Chinese numerals between commas right after a date's day (六月十四日，廿二日，) is a day of
  that month, as 22日 is there.
Own sentences, with near misses.
"""
from __future__ import annotations

import pytest

from sentences import grounded


def _quantities(sentence: str) -> list[tuple]:
    return [(f.text, f.value, f.unit, f.value_max) for f in grounded(sentence, "quantity")]


def _dates(sentence: str) -> list[tuple]:
    return [(f.text, f.value) for f in grounded(sentence, "date")]


@pytest.mark.parametrize("sentence,expected", [
    ("新修村道两千米。", [("两千米", 2000, "米", None)]),
    ("隧道全长一万两千米。", [("一万两千米", 12000, "米", None)]),
    ("站距一般为三百米至一千米。", [("三百米至一千米", 300, "米", 1000)]),
    ("单件重量不超过五千克的印刷品。", [("不超过五千克", 5, "千克", None)]),  # the kilogram, read whole
    ("海拔三千多米。", [("三千多米", 3000, "米", None)]),
    # near misses: 千 is no part of the numeral, or the rest is no unit
    ("河道全长二十千米。", [("二十千米", 20, "千米", None)]),
    ("河道全长五十二千米。", [("五十二千米", 52, "千米", None)]),
    ("河道全长3千米。", [("3千米", 3, "千米", None)]),
    ("新增装机八十万千瓦。", [("八十万千瓦", 800000, "千瓦", None)]),
    ("全年发电三千瓦时。", [("三千瓦时", 3, "千瓦时", None)]),
    # near misses: technical units read whole (kilowatts, kilobytes, kilobits)
    ("电机功率为三千瓦。", [("三千瓦", 3, "千瓦", None)]),
    ("短信长度限制为六千字节。", [("六千字节", 6, "千字节", None)]),
])
def test_a_numeral_takes_the_thousand_of_its_unit(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("夜间最低气温-3~-5℃。", [("-3~-5℃", -5, "℃", -3)]),
    ("夜间最低气温3~-5℃。", [("3~-5℃", -5, "℃", 3)]),
    ("夜间最低气温-5~-3℃。", [("-5~-3℃", -5, "℃", -3)]),
    ("夜间最低气温-3℃~-5℃。", [("-3℃~-5℃", -5, "℃", -3)]),
    # near misses: no minus on the upper end, high to low, is no range
    ("共有5~3个。", [("3个", 3, "个", None)]),
    ("夜间最低气温-3~5℃。", [("-3~5℃", -3, "℃", 5)]),
])
def test_a_range_below_zero_written_high_to_low(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("2021年6月14日，廿二日，全市将召开会议。", [("2021年6月14日", "2021-06-14"), ("廿二日", "2021-06-22")]),
    ("2021年6月14日，二十二日，全市将召开会议。", [("2021年6月14日", "2021-06-14"), ("二十二日", "2021-06-22")]),
    ("2021年6月14日，22日，全市将召开会议。", [("2021年6月14日", "2021-06-14"), ("22日", "2021-06-22")]),
    # near misses: no comma after it (a span), no day before the comma
    ("2021年6月14日，三日内完成整改。", [("2021年6月14日", "2021-06-14")]),
    ("会议历时三日，二十二日，全市将召开会议。", []),
])
def test_a_chinese_day_after_a_day(sentence, expected):
    assert _dates(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # 前 right before a count of 日: days counted back from an event (quantity_contexts.tsv days_before)
    ("应当在进境前30日报检。", [("30日", 30, "日", None)]),
    ("应当在施工前五日向社会公告。", [("五日", 5, "日", None)]),
    ("业主委员会任期届满前三十日，尚未召开业主大会的。", [("三十日", 30, "日", None)]),
    ("交接双方于新兵起运前1日交接。", [("1日", 1, "日", None)]),
    # near misses: a day of a month (月, 于 before it), a day before 前
    ("应当于3月15日前报送。", []),
    ("应当于十日前报送。", []),
    ("本月二十日前完成。", []),
])
def test_days_counted_back_after_qian(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # counts of 日 listed after a duration word are durations too
    ("纳税期限分别为1日、3日、5日、10日、15日或者1个月。",
     [("1日", 1, "日", None), ("3日", 3, "日", None), ("5日", 5, "日", None), ("10日", 10, "日", None),
      ("15日", 15, "日", None), ("1个月", 1, "月", None)]),
    ("纳税期限为五日、十日或者十五日。", [("五日", 5, "日", None), ("十日", 10, "日", None), ("十五日", 15, "日", None)]),
    # a verb of keeping before a count of 日 (quantity_contexts.tsv days_before)
    ("报警记录应当留存30日备查。", [("30日", 30, "日", None)]),
    ("监控录像保存15日。", [("15日", 15, "日", None)]),
    # near misses: days of a month listed (dates, no quantity), no duration word before the list
    ("会议于3月1日、3日、5日召开。", []),
    ("会议于1日、3日、5日召开。", []),
])
def test_listed_and_kept_days(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # a fiscal year is a date with its year
    ("乌克兰2014财年国家预算法案获得通过。", [("2014财年", "2014")]),
    ("日本政府计划在2020财年实现财政盈余。", [("2020财年", "2020")]),
    ("2020财政年度预算获得通过。", [("2020财政年度", "2020")]),
    # near misses: its months and quarters are no calendar's; a count of fiscal years
    ("2021财年第一季度营收增长。", []),
    ("2020财年3月营收增长。", []),
    ("过去3个财年营收增长。", []),
])
def test_a_fiscal_year(sentence, expected):
    assert _dates(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # 每 + a count in any unit but time: the base of a rate (每十度用电, 每10户, 每333公顷林地), no count
    ("每十度用电里就有近两度来自新能源。", [("近两度", 2, "度", None)]),
    ("每10户设1名联络员。", [("1名", 1, "名", None)]),
    ("每三百三十三公顷林地应当聘用两名护林员。", [("两名", 2, "名", None)]),
    ("村民代表由村民按每五户至十五户推选两人。", [("两人", 2, "人", None)]),
    ("开发区内，每五平方公里应当预留一处绿地。", []),  # (round 11b counted it, entity None: a rate base now)
    # near misses: a span of time after 每 is counted (每3年修订1次); no 每, a count
    ("每3年修订1次。", [("3年", 3, "年", None), ("1次", 1, "次", None)]),
    ("10户设1名联络员。", [("10户", 10, "户", None), ("1名", 1, "名", None)]),
    ("共有五户至十五户参加。", [("五户至十五户", 5, "户", 15)]),
])
def test_a_rate_base_after_mei(sentence, expected):
    assert _quantities(sentence) == expected
