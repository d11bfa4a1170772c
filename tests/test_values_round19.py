"""Round 19, values of numbers (quantities) and slogans.

- Days counted back from an event end in 以前 as well as 前 (投票选举日的七日以前, 会议召开十日以前): a
  duration, as 会议举行的十五日前 already was; a day of a month keeps its date reading (本月二十日以前)
  and 在 + a number + 日以前 stays unread (在三十日以前 may be the thirtieth).
- 公示 and 推迟 before a count of 日 show a duration (公示三十日, 推迟五日).
- 二个 counts (二个采暖期, 连续二个记分周期): the ordinal is written 第二个; 二 + another classifier
  keeps its ordinal reading (二期, 二次供水).
- Units of force, short times, energy and pressure (千牛顿/千牛, 牛顿, 毫秒, 微秒, 纳秒, 兆焦耳/兆焦, 千焦耳, 帕, 百帕).
- 近 + a span of time + 内 or 中 is the recent years, exact (并提供近3年内的报告), as before 的, 来.
- Neighbouring digits joined by 、 before one scale are a range after a word (二、三十亿斤 2e9..3e9,
  一、二千万亩, 四、五十年), as 五、六个 already was; not a heading's 一、 at a line's start.
- A count of 日 before 的 + a kind of leave (十五日的陪产假, 每年五日的护理假) or after 假 (婚假三日) is a duration.
- Two rounded counts joined by a range word are one range, over (一百多亿斤到二百多亿斤, 300余人至500余人).
- 今明两年, 明后两天 name those years or days (a time referred to), no count of time; 今后两年 is a span.
- Slogans: a name whose numeral continues an ordinal list (违反第七、八项规定) is items of a provision,
  not the formula; digits with an open part are a formula in digits (“555X”, “33N”; not “5X”, “V2X”).
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
    ("具有二个以上（含二个）洗车位的。", [("二个以上", 2, "个")]),  # (含二个 restates the bound)
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
    ("大气压力低于1000百帕的。", [("低于1000百帕", 1000, "百帕")]),  # hectopascals, not 1000百 Pa
    # near misses: the words without a number before them, or a Chinese numeral before 牛顿 and 帕
    ("牛顿力学是经典力学。", []),
    ("三帕子手绢。", []),
])
def test_units_of_force_time_energy(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("申请时并提供近3年内数字人才培养情况。", [("3年", 3, None)]),
    ("发起人在近三年内没有重大违法行为。", [("三年", 3, None)]),
    ("近两年中，全市新建学校。", [("两年", 2, None)]),
    # near misses: nearly that long (a verb of lasting, no 内 after)
    ("经过近3个月的努力。", [("近3个月", 3, "approx")]),
    ("在轨驻留近5个月，顺利返回。", [("近5个月", 5, "approx")]),
])
def test_recent_years_within(sentence, expected):
    assert [(f.text, f.value, f.qualifier) for f in grounded(sentence, "quantity")] == expected


@pytest.mark.parametrize("sentence,expected", [
    ("虽然每年减少粮食二、三十亿斤，但能增产。", [("二、三十亿斤", 2000000000, 3000000000)]),
    ("如果再把一、二千万亩粮田改种。", [("一、二千万亩", 10000000, 20000000)]),
    ("要有四、五十年的时间。", [("四、五十年", 40, 50)]),
    ("有二、三百人参加。", [("二、三百人", 200, 300)]),
    ("一共才有五、六个人。", [("五、六个", 5, 6)]),  # (as before)
    # near misses: no neighbours, a heading's enumerator, or a number after the scale
    ("有三、五十人参加。", [("五十人", 50, None)]),
    ("\n一、二十年来的工作回顾", [("二十年", 20, None)]),
    ("共有二、三十五个。", [("三十五个", 35, None)]),
])
def test_pause_range_with_scale(sentence, expected):
    assert [(f.text, f.value, f.value_max) for f in grounded(sentence, "quantity")] == expected


@pytest.mark.parametrize("sentence,expected", [
    ("女方享受八十日的奖励假，男方享受十五日的陪产假。", [("八十日", 80, "日"), ("十五日", 15, "日")]),
    ("父母每年各享受十日的育儿假。", [("十日", 10, "日")]),
    ("用人单位应当给予其子女每年五日的护理假。", [("五日", 5, "日")]),
    ("增加婚假十八日，再增加婚假七日。", [("十八日", 18, "日"), ("七日", 7, "日")]),
    # near misses: a day of a month
    ("本月十五日的假期安排另行通知。", []),
    ("每年五月五日报送。", []),
    ("每年五日报送。", []),
])
def test_days_of_leave(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("但能增产薯类一百多亿斤到二百多亿斤。", [("一百多亿斤到二百多亿斤", 10000000000, "over", 20000000000)]),
    ("有300余人至500余人参加。", [("300余人至500余人", 300, "over", 500)]),
    # near misses: a bound and a count, the ends the wrong way round, a clause between
    ("工作5年以上至10年的。", [("5年以上", 5, "over", None), ("10年", 10, None, None)]),
    ("有100多人到50多人。", [("100多人", 100, "over", None), ("50多人", 50, "over", None)]),
    ("有100多人，到200人。", [("100多人", 100, "over", None), ("200人", 200, None, None)]),
])
def test_rounded_ranges(sentence, expected):
    assert [(f.text, f.value, f.qualifier, f.value_max) for f in grounded(sentence, "quantity")] == expected


@pytest.mark.parametrize("sentence,expected", [
    ("今明两年，要以改革促发展。", []),
    ("预计明后两天有雨。", []),
    ("今明两天气温回升。", []),
    # near misses: spans of time
    ("今后两年，要以改革促发展。", [("两年", 2, "年")]),
    ("明年两会期间，会期两天。", [("两天", 2, "天")]),
])
def test_deictic_pairs(sentence, expected):
    assert _quantities(sentence) == expected


def _slogans(text: str) -> list[str]:
    return [f.name for f in extract_facts(text, kinds=["slogan"])]


@pytest.mark.parametrize("text,expected", [
    ("违反第七、八项规定的，处一百元以上五百元以下罚款。", []),
    ("违反本条第六至八项规定的，责令改正。", []),
    # near misses: the formula itself
    ("贯彻落实中央八项规定精神。", ["八项规定"]),
    ("第七条 严格执行八项规定。", ["八项规定"]),
    ("第一，八项规定必须长期坚持。", ["八项规定"]),  # (第一， is "firstly")
    ("第一、八项规定必须长期坚持。", ["八项规定"]),  # (an enumerator: 一 is no item before 八)
    ("第二,四风问题依然存在。", ["四风"]),
    # digits and an open part: a formula written in digits
    ("推动形成万亿立柱、千亿提升、百亿成势的“555X”产业发展格局。", ["555X"]),
    ("构建“33N”产业体系。", ["33N"]),
    ("搭载“V2X”通信模块。", []),
    ("实施“5X”行动。", []),
])
def test_slogans_round19(text, expected):
    assert _slogans(text) == expected
