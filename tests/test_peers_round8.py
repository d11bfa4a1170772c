"""Round 8 (peers8): forms the peer suites test that govtext read wrong, in sentences of our own with
near misses: a range of clock hours under one time of day (下午2-4时), a lunar month before its day
(十二月廿三), a weekday numeral before a range word (上周三到…), 这周, 与…间, 礼拜 and 载 as units of
time, and the scale a range's lower end shares with its upper end (两到三百万元, 20-50万人)."""
from __future__ import annotations

import pytest

from govtext import extract_facts

ANCHOR = "2022-06-15"


def _facts(text: str, kind: str, doc_date: str | None = ANCHOR) -> list[dict]:
    return [f.model_dump(mode="json") for f in extract_facts(text, doc_date=doc_date) if f.kind == kind]


def _dates(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f["text"], f["value"], f["end_value"]) for f in _facts(text, "date")]


@pytest.mark.parametrize("sentence, value, end_value", [
    # the end hour takes the start's time of day
    ("6月8日下午2-4时在市民中心召开座谈会", "2022-06-08T14:00", "2022-06-08T16:00"),
    ("6月8日晚上8~10点，该路段实行交通管制", "2022-06-08T20:00", "2022-06-08T22:00"),
    ("6月8日下午3:00-5:30进行答辩", "2022-06-08T15:00", "2022-06-08T17:30"),
    # near misses: an end with its own time of day, a morning range, noon to afternoon
    ("6月8日上午9时至下午5时开放", "2022-06-08T09:00", "2022-06-08T17:00"),
    ("6月8日上午8点到12点集中办理", "2022-06-08T08:00", "2022-06-08T12:00"),
    ("6月8日中午12点到2点暂停服务", "2022-06-08T12:00", "2022-06-08T14:00"),
])
def test_a_range_of_hours_keeps_its_time_of_day(sentence, value, end_value):
    assert (value, end_value) in [(v, e) for _, v, e in _dates(sentence)]


def test_a_time_of_day_before_a_bare_range_of_hours():
    assert [(v, e) for _, v, e in _dates("今天晚上7~9点开展消防演练")] == [("T19:00", "T21:00")]


@pytest.mark.parametrize("sentence, expected", [
    ("十二月廿三，村里举办了年货节", []),                      # a lunar month and day: no value
    ("三月初一，村里举办了庙会", []),
    ("12月初召开总结大会", [("2022-12", None)]),               # near miss: 初 is the early part
    ("十二月二十三日，全县召开了总结大会", [("2022-12-23", None)]),  # near miss: a day with 日
])
def test_a_month_before_a_lunar_day_is_no_date(sentence, expected):
    assert [(v, e) for _, v, e in _dates(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("从上周三到6月10日，全县开展集中排查", [("2022-06-10", None)]),   # 三 is the weekday
    ("2021年四到十月，全县开展集中排查", [("2021-04", "2021-10")]),     # near miss: months
])
def test_a_weekday_numeral_starts_no_range(sentence, expected):
    assert [(v, e) for _, v, e in _dates(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("这周全县开展集中排查", [("2022-06-13", "2022-06-19")]),
    ("上上个月10号，全县召开了动员大会", [("2022-04-10", None)]),
    ("上个月10号，全县召开了动员大会", [("2022-05-10", None)]),             # near miss: one month back
    ("下下个季度全县将集中开工一批项目", [("2022-10", "2022-12")]),
    ("下下个月完成全部改造", [("2022-08", None)]),
    ("这周期内的数据另行统计", []),                                    # near miss: 周期
    ("2017年与2019年间，全县新建水库8座", [("2017", "2019")]),
    ("2017年与2019年之间，全县新建水库8座", [("2017", "2019")]),
    ("2017年与2019年相比，水库数量明显增加", [("2017", None), ("2019", None)]),  # near miss: no 间
])
def test_relative_week_and_between(sentence, expected):
    assert [(v, e) for _, v, e in _dates(sentence)] == expected


def _quantities(text: str) -> list[tuple[float, float | None, str | None]]:
    return [(f["value"], f["value_max"], f["unit"]) for f in _facts(text, "quantity")]


@pytest.mark.parametrize("sentence, expected", [
    ("整改工作持续了两个礼拜", [(2, None, "礼拜")]),
    ("培训为期3个礼拜", [(3, None, "礼拜")]),
    ("每逢礼拜天开放", []),                                  # near miss: Sunday
    ("他在边疆工作了十载", [(10, None, "载")]),
    ("该车载重5吨", [(5, None, "吨")]),                      # near miss: 载 as a verb
])
def test_units_of_time(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("全县共转移安置群众5到6百人", [(500, 600, "人")]),
    ("每年培训农民20-50万人次", [(200000, 500000, "人次")]),
    ("新建改建农村公路2—3千公里", [(2000, 3000, "公里")]),
    # near misses: a lower end of its own order, plain ranges
    ("全年接待8500到3万人", [(8500, 30000, "人")]),
    ("每组配备3至5人", [(3, 5, "人")]),
    ("编号为1-3000个的样本", [(1, 3000, "个")]),
    # near misses (fix8a): 十 or a digit the scales would lift past the upper end keeps its own value
    ("每年承担十至二十个劳动积累工", [(10, 20, "个")]),
    ("每组配备五至二十人", [(5, 20, "人")]),
    ("每年吸纳20-50万人就业", [(200000, 500000, "人")]),
    # 一 never takes a 十 place (ten is written 十, not 一十); it does take 百 (一到两百人 ≈ 一两百人)
    ("每宗地面积为一至三十平方米", [(1, 30, "平方米")]),
    ("每队一至二十人", [(1, 20, "人")]),
    ("参加的有一到两百人", [(100, 200, "人")]),
])
def test_a_range_shares_its_scale_in_counts(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, value, value_max", [
    ("每个项目补助两到三百万元", 2000000, 3000000),
    ("引进外资八到九百亿日元", 80000000000, 90000000000),
    ("每人补助两到三千元", 2000, 3000),                       # near miss: one scale
    ("租金从8500到3万元不等", 8500, 30000),                   # near miss: a lower end with its own order
    ("对违法者处罚款五至二十万元", 50000, 200000),             # near miss (fix8a): 五 takes 万 only, not 十万
    ("对违法者处罚款一至二十万元", 10000, 200000),             # 一 takes 万, never 十
])
def test_a_range_shares_its_scale_in_money(sentence, value, value_max):
    assert [(f["value"], f["value_max"]) for f in _facts(sentence, "money")] == [(value, value_max)]


@pytest.mark.parametrize("sentence, expected", [
    # a medal tally, Arabic digits only
    ("本届运动会我省代表团获得12金8银10铜", [(12, None, "金"), (8, None, "银"), (10, None, "铜")]),
    ("新设5金融服务点", []),                                   # near miss: 金融
    ("引进3银行网点", []),                                     # near miss: 银行
    ("矿产资源表：9 金 26 磷 10 银 12 锌 16 铜", []),         # near miss (fix8a): table cells, not a tally
    # compute in PFlops
    ("全市智能算力规模达到1200PFlops", [(1200, None, "PFlops")]),
    # bracketed alternative units before 次: the alternatives dropped, 次 kept
    ("全年查验出入境交通工具35.6万辆（艘、架）次", [(356000, None, "辆次")]),
    ("全年查验出入境车辆3000辆（次）", [(3000, None, "辆")]),           # near miss: FACTS 场（次） → 场
])
def test_units_of_round8_gold(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("许可期限截止于首次使用后第十年的12月31日", []),            # an ordinal year: no calendar year
    ("许可期限截止于2030年12月31日", [("2030-12-31", None)]),    # near miss: a written year
])
def test_a_day_of_an_ordinal_year_is_no_date(sentence, expected):
    assert [(v, e) for _, v, e in _dates(sentence)] == expected


@pytest.mark.parametrize("sentence, value, qualifier", [
    ("年末居民存款余额新增3万多亿元", 3000000000000, "over"),   # 多 between 万 and 亿
    ("年末居民存款余额新增3万亿元", 3000000000000, None),       # near miss: no over-mark
    ("全年投入2亿3千多万元", 230000000, "over"),                # near miss: 多 before the last scale
])
def test_an_over_mark_between_two_scales(sentence, value, qualifier):
    assert [(f["value"], f["qualifier"]) for f in _facts(sentence, "money")] == [(value, qualifier)]


@pytest.mark.parametrize("sentence, expected", [
    ("第一个十年实现主要指标翻一番", []),                       # an ordinal of decades
    ("完成第二个3年行动计划", []),
    ("再经过十年的努力", [(10, None, "年")]),                   # near miss: a duration
    ("建成3个5G基站", [(3, None, "个")]),
    ("将水温调高12点五度", [(12.5, None, "度")]),                # a decimal said aloud: 12.5 (numbers9), no 5 度
    ("气温升高三点五度", [(3.5, None, "度")]),                  # near miss: one Chinese numeral
    ("共设5个点5个站", [(5, None, "个"), (5, None, "个")]),      # near miss: 点 is a noun
])
def test_a_count_after_an_ordinal_ge_is_no_count(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("text, value", [
    ("5千8百万", 58000000), ("3千5百", 3500),   # fix8a: Arabic digits with Chinese places
])
def test_digits_with_chinese_places(text, value):
    from govtext.text.numerals import parse_decimal
    assert parse_decimal(text) == value


def test_a_count_with_places_after_yi_keeps_its_change_subject():
    facts = extract_facts("旅游总人数累计达到了2亿5千8百万，比上年增长12%。", doc_date=ANCHOR)
    assert [(f.text, f.value) for f in facts if f.kind == "quantity"] == [("2亿5千8百万", 258000000)]
    assert [f.subject for f in facts if f.kind == "change"] == ["旅游总人数"]
