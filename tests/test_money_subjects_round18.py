"""Money subjects, round 18 (issue 14): a rate standard (按每人5000元标准) given as a payment after the recipient names
the payment (给予企业一次性培训费用补助), 一次性 opening its name; whom a payment verb is imposed on or given to after
对, 为, 给 (对直接责任人罚款200元) is no part of what the money is. Sentences written for the tests, with near misses."""
import pytest

from govtext.extract import extract_facts
from govtext.extract.money_subjects import _compared


def _money(text):
    return [(f.text, f.subject) for f in extract_facts(text, kinds=["money"])]


@pytest.mark.parametrize("text, expected", [
    # a rate standard, then the verb giving the payment: the payment is what the money is
    ("按每人最高5000元标准给予企业一次性培训费用补助。", [("最高5000元", "一次性培训费用补助")]),
    ("按每人3000元的标准给予企业一次性培训费用补助。", [("3000元", "一次性培训费用补助")]),
    ("按照每名高级工1000元、技师2000元的标准给予企业一次性补贴。", [("1000元", "一次性补贴"), ("2000元", "一次性补贴")]),
    ("按每人800元给予补助。", [("800元", "补助")]),
    # whom the sum is given stands between, without 一次性 the last word is the payment
    ("按每名1000元给予培养单位补贴。", [("1000元", "补贴")]),
    ("按照每人1000元以上5000元以下的标准处以罚款。", [("1000元以上5000元以下", "罚款")]),
    # near misses: no verb giving a payment after the standard, or the amount modifies the noun after it
    ("给予200万元一次性补助。", [("200万元", "一次性补助")]),
    ("每户1000元标准发放。", [("1000元", "标准")]),
])
def test_rate_standard(text, expected):
    assert _money(text) == expected


@pytest.mark.parametrize("text, expected", [
    # whom the payment is imposed on or given to, after 对, 为, 给
    ("对直接责任人罚款200元。", [("200元", "罚款")]),
    ("对违法企业罚款2万元。", [("2万元", "罚款")]),
    ("给困难群众补助500元。", [("500元", "补助")]),
    ("为返乡创业人员补贴3000元。", [("3000元", "补贴")]),
    # near misses: a noun naming the sum before a payment word stays part of it
    ("省财政资金补助10万元。", [("10万元", "省财政资金补助")]),
    ("全市旅游收入500万元。", [("500万元", "旅游收入")]),
])
def test_recipient_before_payment(text, expected):
    assert _money(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a preposition of its own inside the phrase after 对, and a modifier of the sum before the payment word
    ("对利用扶贫资金在贫困村实施的总投资二百万元以下的项目，可以不进行招标。", [("二百万元以下", "总投资")]),
    ("对个人罚款五元至十元，对单位罚款一千元至三千元。", [("五元至十元", "罚款"), ("一千元至三千元", "罚款")]),
])
def test_recipient_near_misses(text, expected):
    assert _money(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a pronoun or a time opens the change reader's measure: the name after it is whole
    ("我国农民人均纯收入首次超过1.2万元。", [("超过1.2万元", "农民人均纯收入")]),
    ("全村2017年人均可支配收入达到7309元。", [("7309元", "人均可支配收入")]),
    ("其注册资本最低限额为10亿元人民币。", [("10亿元人民币", "注册资本最低限额")]),
    # near misses: a predicate before the name (不超过…且), a verb opening the reading
    ("资产负债率不超过百分之七十且净资产不低于五千万元。", [("不低于五千万元", "净资产")]),
    ("城镇居民人均可支配收入达到10493元。", [("10493元", "城镇居民人均可支配收入")]),
])
def test_name_after_opening(text, expected):
    assert _money(text) == expected


@pytest.mark.parametrize("seg, expected", [
    # a mean or a period before the change verb names no measure (words of the lexicons: average rows, 每 + frequency)
    ("比上年平均每年增加", True),
    ("年均增加", True),
    ("每月增加", True),
    ("比上年增加", True),
    # near misses: a measure, a governing verb
    ("利润增加", False),
    ("实现利润增加", False),
])
def test_compared_mean(seg, expected):
    assert _compared(seg) is expected


@pytest.mark.parametrize("text, expected", [
    # a verb after the recipient governs the sum: its name is whole
    ("安徽省为应届毕业生提供求职创业补贴3300多万元。", [("3300多万元", "求职创业补贴")]),
    ("为困难群众发放生活补助500万元。", [("500万元", "生活补助")]),
])
def test_recipient_then_verb(text, expected):
    assert _money(text) == expected
