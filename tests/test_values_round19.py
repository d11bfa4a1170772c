"""Round 19, values of numbers (quantities) and slogans.

- Days counted back from an event end in 以前 as well as 前 (投票选举日的七日以前, 会议召开十日以前): a
  duration, as 会议举行的十五日前 already was; a day of a month keeps its date reading (本月二十日以前)
  and 在 + a number + 日以前 stays unread (在三十日以前 may be the thirtieth).
- 公示 and 推迟 before a count of 日 show a duration (公示三十日, 推迟五日).
- 二个 counts (二个采暖期, 连续二个记分周期): the ordinal is written 第二个; 二 + another classifier
  keeps its ordinal reading (二期, 二次供水).
- Units of force, short times and energy (千牛顿/千牛, 牛顿, 毫秒, 微秒, 纳秒, 兆焦耳/兆焦, 千焦耳, 帕).
- A slogan name whose numeral continues an ordinal list (违反第七、八项规定) is items of a provision,
  not the formula.
Own sentences, with near misses.
"""
from __future__ import annotations

import pytest

from govtext import extract_facts
from sentences import grounded


def _quantities(sentence: str) -> list[tuple]:
    return [(f.text, f.value, f.unit) for f in grounded(sentence, "quantity")]


@pytest.mark.parametrize("sentence,expected", [
    ("候选人名单应当在投票选举日的七日以前公布。", [("七日", 7, "日")]),
    ("村民委员会应当在村民代表会议召开十日以前通知村民代表。", [("十日", 10, "日")]),
    ("任免案应当在常委会举行会议的十日以前提出。", [("十日", 10, "日")]),
    ("议案应当在会议举行的15日以前送达。", [("15日", 15, "日")]),
    ("会议举行的十五日前送达。", [("十五日", 15, "日")]),  # (前 alone, as before)
    # near misses: a day of a month, or 在 + a day that may be one
    ("应当于本月二十日以前报送。", []),
    ("应当在三十日以前书面通知对方。", []),
    ("应当于十日前报送。", []),
])
def test_days_before_an_event(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("审计报告在显著位置公示三十日。", [("三十日", 30, "日")]),
    ("需求计划表在公示七日无异议后上报。", [("七日", 7, "日")]),
    ("主管机关可以将申请举行的时间推迟五日。", [("五日", 5, "日")]),
    # near misses: a date, no duration
    ("结果于6月5日公示。", []),
    ("会议推迟到五月五日举行。", []),
])
def test_days_after_publicity_and_delay(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("供热设施的保修期不受二个采暖期的限制。", [("二个", 2, "个")]),
    ("申请前最近连续二个记分周期内没有记满12分记录。", [("二个", 2, "个"), ("12分", 12, "分")]),
    ("不得承包给二个或二个以上主体经营。", [("二个或二个以上", 2, "个")]),
    ("建设十二个项目。", [("十二个", 12, "个")]),
    ("设二个部门。", [("二个", 2, "个")]),
    # near misses: the ordinal, or 二 + another classifier (an ordinal or a term)
    ("第二个项目已经开工。", []),
    ("负责二次供水设施的维修。", []),
    ("二期工程已经开工。", []),
    ("其二个人认为不妥。", []),  # (个人 is a word)
])
def test_er_ge_counts(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("能够施加等于或大于100千牛顿的力。", [("大于100千牛顿", 100, "千牛顿")]),
    ("推力大于90千牛的发动机。", [("大于90千牛", 90, "千牛顿")]),
    ("拉力为500牛顿。", [("500牛顿", 500, "牛顿")]),
    ("响应时间小于100微秒。", [("小于100微秒", 100, "微秒")]),
    ("网络时延小于20毫秒。", [("小于20毫秒", 20, "毫秒")]),
    ("脉冲宽度为5纳秒。", [("5纳秒", 5, "纳秒")]),
    ("能量密度大于40兆焦耳/千克。", [("大于40兆焦耳/千克", 40, "兆焦耳/千克")]),
    ("燃料热值为30兆焦。", [("30兆焦", 30, "兆焦耳")]),
    ("在130帕的压力下分解。", [("130帕", 130, "帕")]),
    # near misses: the words without a number before them, or a Chinese numeral before 牛顿 and 帕
    ("牛顿力学是经典力学。", []),
    ("三帕子手绢。", []),
])
def test_units_of_force_time_energy(sentence, expected):
    assert _quantities(sentence) == expected


def _slogans(text: str) -> list[str]:
    return [f.name for f in extract_facts(text, kinds=["slogan"])]


@pytest.mark.parametrize("text,expected", [
    ("违反第七、八项规定的，处一百元以上五百元以下罚款。", []),
    ("违反本条第六至八项规定的，责令改正。", []),
    # near misses: the formula itself
    ("贯彻落实中央八项规定精神。", ["八项规定"]),
    ("第七条 严格执行八项规定。", ["八项规定"]),
])
def test_ordinal_list_is_no_slogan(text, expected):
    assert _slogans(text) == expected
