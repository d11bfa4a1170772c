"""Round 11 (numbers11b): number grammar of quantities, money and percentages on the forms the peer
cases and real text hold — Arabic digits before several places, scientific notation that lost its
superscript, classifiers and units, currencies and ISO codes, signed and ranged percentages.

Each table holds sentences of our own with near misses: the same words where the rule must not fire.
"""
from __future__ import annotations

import pytest

from govtext.text.numerals import parse_number, verb_bound_before
from sentences import grounded


def _quantities(sentence: str) -> list[tuple]:
    return [(f.text, f.value, f.unit, f.value_max, f.qualifier) for f in grounded(sentence, "quantity")]


def _money(sentence: str) -> list[tuple]:
    return [(f.text, f.value, f.currency, f.qualifier) for f in grounded(sentence, "money")]


def _percents(sentence: str) -> list[tuple]:
    return [(f.text, f.value, f.value_max, f.qualifier) for f in grounded(sentence, "percent")]


@pytest.mark.parametrize("numeral, value", [
    ("5万4千6百", 54600), ("5亿1万4千6百", 500014600), ("3千2百", 3200), ("5千8百万", 58000000),
    ("5亿4千6百万", 546000000), ("12万3千", 123000), ("7万5千4百", 75400),
    ("3.7×1013", 37000000000000), ("3.7×10^13", 37000000000000), ("7.62×104", 76200), ("8×10-3", 0.008),
    ("24点5", 24.5),
])
def test_numerals(numeral, value):
    assert parse_number(numeral) == pytest.approx(value)


@pytest.mark.parametrize("sentence, expected", [
    # Arabic digits before several places
    ("全年共植树5万4千6百株", [("5万4千6百株", 54600, "株", None, None)]),
    ("全年累计服务群众5亿1万4千6百人次", [("5亿1万4千6百人次", 500014600, "人次", None, None)]),
    ("全县共有党员3千2百人", [("3千2百人", 3200, "人", None, None)]),
    ("惠及群众5千8百万人", [("5千8百万人", 58000000, "人", None, None)]),
    # near miss: one place only, then a year and a count
    ("2019年5万人参加", [("5万人", 50000, "人", None, None)]),
    # scientific notation whose superscript was lost, before a unit
    ("累计调入量大于3.7×1013贝可的", [("大于3.7×1013贝可", 37000000000000, "贝可", None, "over")]),
    ("比拉伸强度大于7.62×104米", [("大于7.62×104米", 76200, "米", None, "over")]),
    ("活度为3.7×10^13贝可", [("3.7×10^13贝可", 37000000000000, "贝可", None, None)]),
    # near miss: a whole mantissa with a one-digit exponent may be a product: the number after × alone
    ("共3×104人", [("104人", 104, "人", None, None)]),
    # decimals said after 点 with Arabic digits; near misses: clock times
    ("将空调温度调高24点5度", [("24点5度", 24.5, "度", None, None)]),
    ("会议于晚上8点30分开始", []),
    # 俩 before a place (两千); near miss: 俩 alone is 两个
    ("本次共发放慰问品倆千两百贰拾二份", [("倆千两百贰拾二份", 2222, "份", None, None)]),
    # a negative upper end after a tilde
    ("夜间最低气温在-5~-3℃之间", [("-5~-3℃", -5, "℃", -3, None)]),
    ("白天气温在-2~5℃之间", [("-2~5℃", -2, "℃", 5, None)]),
    # classifiers 打 (at the end of its phrase or before goods), 双, 对, 袋; near misses
    ("为每户困难家庭发放鸡蛋两打", [("两打", 2, "打", None, None)]),
    ("深入开展三打两建工作", []),
    ("为每名环卫工人发放手套三双", [("三双", 3, "双", None, None)]),
    ("推进三双一创工程", []),
    ("全市共有一百对新人参加集体婚礼", [("一百对", 100, "对", None, None)]),
    ("开展一对一帮扶，组织三对三篮球赛", []),
    ("每户发放一到五袋大米", [("一到五袋", 1, "袋", 5, None)]),
    # units
    ("路面铣刨深度为5分米", [("5分米", 5, "分米", None, None)]),
    ("每户每月限购食用油5L", [("5L", 5, "L", None, None)]),
    ("单体建筑面积超过2万㎡", [("超过2万㎡", 20000, "㎡", None, "over")]),
    ("新修围墙高两丈", [("两丈", 2, "丈", None, None)]),
    ("该船排水量为5000公吨", [("5000公吨", 5000, "公吨", None, None)]),
    # an approximation makes a Chinese numeral before 里 a distance; near misses: place names
    ("该村距县城约三十里", [("约三十里", 30, "里", None, "approx")]),
    ("沿河步行十余里", [("十余里", 10, "里", None, "over")]),
    ("途经三里屯和十里河", []),
    # qualifiers: 不满; 约 with a verb before the number
    ("不满十四周岁的人不负刑事责任", [("不满十四周岁", 14, "周岁", None, "under")]),
    ("液氮的沸点约为77开尔文", [("77开尔文", 77, "开尔文", None, "approx")]),
    ("全县约有二千三百个", [("二千三百个", 2300, "个", None, "approx")]),
    ("液氮的沸点为77开尔文", [("77开尔文", 77, "开尔文", None, None)]),
])
def test_quantities(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("双方签署价值30亿瑞典克朗的合同", [("30亿瑞典克朗", 3000000000, "SEK", None)]),
    ("当地企业投资2亿南非兰特", [("2亿南非兰特", 200000000, "ZAR", None)]),
    ("项目签约金额为20亿阿联酋迪拉姆", [("20亿阿联酋迪拉姆", 2000000000, "AED", None)]),
    ("每份资料邮费八十便士", [("八十便士", 0.8, "GBP", None)]),
    # ISO codes before or after the number, a space between
    ("采购合同金额为USD 500万", [("USD 500万", 5000000, "USD", None)]),
    ("每套设备报价为3000 USD", [("3000 USD", 3000, "USD", None)]),
    ("每人每月补贴3000RMB", [("3000RMB", 3000, "CNY", None)]),
    ("每人每月补贴RMB 3000", [("RMB 3000", 3000, "CNY", None)]),
    ("预留1 USB接口", []),
    # 一元 with minor units after it; near misses: 一元 alone, 一元二次方程
    ("每份材料收费一元二角三分", [("一元二角三分", 1.23, "CNY", None)]),
    ("学习一元二次方程", []),
    # a round amount ending its clause after a verb; near misses: a base, a banknote, a table's unit
    ("村集体每年为每户补助百元", [("百元", 100, "CNY", None)]),
    ("每百元营业收入中的成本为84元", [("84元", 84, "CNY", None)]),
    ("收缴假百元大钞", []),
    ("金额（单位：万元）", []),
    # 约合 before the currency word
    ("该项目总投资约合人民币5亿元", [("人民币5亿元", 500000000, "CNY", "approx")]),
    # a place name after 元
    ("该镇毗邻三元里村", []),
])
def test_money(sentence, expected):
    assert _money(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("规上工业增加值增速为负百分之三点五", [("负百分之三点五", -3.5, None, None)]),
    ("产品不良率控制在3‱以内", [("3‱以内", 0.03, None, "under")]),
    ("全县三到五成的耕地实现了机械化", [("三到五成", 30, 50, None)]),
    ("游客三到五成群", []),
    ("八成群众表示满意", [("八成", 80, None, None)]),
    ("失业率下降了半个百分点", [("半个百分点", 0.5, None, None)]),
    ("该指标的波动幅度在百分之三十几", [("百分之三十几", 30, None, "over")]),
    ("增长百分之三十多", [("百分之三十多", 30, None, "over")]),
    # 八成 as an adverb after a pronoun; near miss: a share
    ("他八成是忘了提交材料", []),
    ("其中八成是农民工", [("八成", 80, None, None)]),
    # a verb bound right before the percentage
    ("老年人口占比约为30%", [("30%", 30, None, "approx")]),
    ("覆盖率突破90%", [("90%", 90, None, "over")]),
    ("老年人口占比为30%", [("30%", 30, None, None)]),
])
def test_percents(sentence, expected):
    assert _percents(sentence) == expected


def test_verb_bound_before():
    assert verb_bound_before("占比约为30%", 4) == "approx"
    assert verb_bound_before("占比为30%", 3) is None


@pytest.mark.parametrize("sentence, expected", [
    # a plan or a phase named by Arabic digits, as by Chinese numerals (三年行动计划, 机场三期)
    ("实施乡村振兴3年行动计划", []),
    ("制定全市5年规划", []),
    ("推进机场3期工程", []),
    # near misses: a span of time before the plan word, a duration
    ("今后5年规划建设学校10所", [("5年", 5, "年", None, None), ("10所", 10, "所", None, None)]),
    ("用3年时间完成改造", [("3年", 3, "年", None, None)]),
    # a bounded count names nothing: the years of experience before 教育 (review11b)
    ("应当具有5年以上教育、教学经验", [("5年以上", 5, "年", None, "over")]),
    ("具有五年以上教育工作经历", [("五年以上", 5, "年", None, "over")]),
    ("实行九年义务教育", []),
    # a bound does not make a Chinese numeral before an Arabic-only unit an amount (a grade)
    ("电梯应当按照不低于二级负荷供配电", []),
])
def test_arabic_plan_names_and_grades(sentence, expected):
    assert _quantities(sentence) == expected


def test_noun_phrase_stops_are_single_characters(tmp_path):
    from govtext.lexicons import LexiconError, lexicon_dir, read_table

    text = (lexicon_dir() / "quantity_contexts.tsv").read_text(encoding="utf-8")
    lines = [("noun_phrase_stop\t用于|给\t" if line.startswith("noun_phrase_stop\t") else line) for line in text.split("\n")]
    path = tmp_path / "quantity_contexts.tsv"
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(LexiconError, match=r"quantity_contexts.tsv:\d+: .*one character each"):
        read_table(path)


@pytest.mark.parametrize("sentence, expected", [
    # 国 counts countries after Arabic digits
    ("由57国共同筹建", [("57国", 57, "国", None, None)]),
    ("共有15国参加", [("15国", 15, "国", None, None)]),
    # near misses: a group's name, a year before a word, both countries in Chinese, a code
    ("出席20国集团峰会", []),
    ("2021国庆期间客流增长", []),
    ("中朝两国友好", []),
    ("G20国家领导人", []),
])
def test_countries(sentence, expected):
    assert _quantities(sentence) == expected
