"""Changes, round 18 (issue 14): the basis of a phrase of reckoning, the number of an item and a time inside
the subject. Sentences written for the tests, with near misses."""
import pytest

from govtext.extract import extract_facts


def _changes(text):
    return [(f.text, f.subject, f.basis) for f in extract_facts(text, kinds=["change"])]


# 环比按年率计算 / 同比按可比价格计算: the phrase of reckoning is no part of the subject, but the fixed base that opens it
# is the basis of the change.
@pytest.mark.parametrize("text, expected", [
    ("今年第一季度美国国内生产总值环比按年率计算增长2%。", [("增长2%", "美国国内生产总值", "previous_period")]),
    ("一季度，欧元区国内生产总值同比按可比价格计算增长0.4%。", [("增长0.4%", "欧元区国内生产总值", "year_on_year")]),
    # near misses: the phrase of reckoning alone gives no basis; a written comparison still gives its own
    ("全年国内生产总值按可比价格计算增长8%。", [("增长8%", "国内生产总值", None)]),
    ("全年社会消费品零售总额扣除价格因素增长7.8%。", [("增长7.8%", "社会消费品零售总额", None)]),
    ("全年国内生产总值按可比价格计算比上年增长8%。", [("增长8%", "国内生产总值", "previous_year")]),
])
def test_reckoning_keeps_fixed_base(text, expected):
    assert _changes(text) == expected


# （二）, (3), 2., 三、 opening a clause number an item of a list: no part of what changed; an item number alone
# names nothing.
@pytest.mark.parametrize("text, expected", [
    ("（二）修理后的设备运行时间比修理前延长了30%。", [("延长了30%", "修理后的设备运行时间", "修理前")]),
    ("(3)规模以上工业增加值同比增长6.1%。", [("增长6.1%", "规模以上工业增加值", "year_on_year")]),
    ("2.规模以上工业增加值同比增长6.1%。", [("增长6.1%", "规模以上工业增加值", "year_on_year")]),
    ("三、研发投入比上年增长10%。", [("增长10%", "研发投入", "previous_year")]),
    ("（十二）研发投入比上年增长10%。", [("增长10%", "研发投入", "previous_year")]),
    ("（二）增加十平方米住房改善面积；", [("增加十平方米", None, None)]),
    # the 对-phrase after the number is cut with it
    ("（三）对厂房建筑的补偿范围，比上年缩小四分之一。", [("缩小四分之一", "厂房建筑的补偿范围", "previous_year")]),
    # near misses: a decimal is no item number; a bracket that is no number stays
    ("1.5万名职工的平均工资同比增长6.1%。", [("增长6.1%", "职工的平均工资", "year_on_year")]),
    ("（GDP）总量同比增长5%。", [("增长5%", "（GDP）总量", "year_on_year")]),
])
def test_item_number_lead(text, expected):
    assert _changes(text) == expected


# 中国5月末外汇储备: a time between the place owning a measure and the measure says when it was taken.
@pytest.mark.parametrize("text, expected", [
    ("中国5月末外汇储备30535.7亿美元，比4月末上涨200多亿美元。", [("上涨200多亿美元", "中国外汇储备", "4月末")]),
    ("我国2023年末常住人口比上年末减少208万人。", [("减少208万人", "我国常住人口", "上年末")]),
    ("上海今年一季度地区生产总值同比增长3%。", [("增长3%", "上海地区生产总值", "year_on_year")]),
    # near misses: a time opening the subject is a lead; a time with 的 modifies the noun and stays
    ("2023年末我国常住人口比上年末减少208万人。", [("减少208万人", "我国常住人口", "上年末")]),
    ("我国粮食产量比上年增长2%。", [("增长2%", "我国粮食产量", "previous_year")]),
])
def test_place_time_subject(text, expected):
    assert _changes(text) == expected


# A line break before a number joins a wrapped line to the next (经费支出⏎1286.5万元), but a line that ends with
# its own amount (a headline) is whole: the change in the next line takes its subject from its own sentence.
@pytest.mark.parametrize("text, expected", [
    ("去年我国著作权登记量突破200万件\n2016年我国著作权登记总量达2007698件，首次突破200万件大关，同比增长22.33%。",
     [("增长22.33%", "我国著作权登记总量", "year_on_year")]),
    ("全年新建项目突破30个\n2016年全市固定资产投资达到500亿元，比上年增长8%。",
     [("增长8%", "固定资产投资", "previous_year")]),
    # near miss: a line that ends with a noun wraps into the number on the next line
    ("全年经费支出\n1286.5万元，比上年增长5%。", [("增长5%", "经费支出", "previous_year")]),
])
def test_headline_line_is_whole(text, expected):
    assert _changes(text) == expected
