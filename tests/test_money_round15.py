"""Money subjects, round 15 (issue 14, census14 class 1). Sentences written for the tests, with near misses.

- The modifiers the noun-phrase reader stops at stay in the subject when the change reader reads the same measure
  before the amount (违法经营额, 城镇居民人均可支配收入, 实际利用外商直接投资), unless a verb opens that reading (造成, 带动:
  the predicate) or a beneficiary (为国家挽回经济损失: whom it serves and the verb go).
- A level reached now (提高到现在的1721元) is the measure of the change, as a level reached in a year is.
- A cap in a clause of its own (给予一定的财政贴息，最高300万元) is the sum paid the clause before names.
- A payment verb with whom it is paid (一次性奖励孵化器10万元) names the payment; a manner word in 性 before a verb
  (地区生产总值历史性迈上4000亿元台阶) is no part of the measure.
"""
import pytest

from govtext.extract import extract_facts


def _subjects(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.subject) for f in extract_facts(text, kinds=["money"])]


@pytest.mark.parametrize("text, expected", [
    ("违法经营额1万元以上的，并处罚款。", [("1万元以上", "违法经营额")]),
    ("城镇居民人均可支配收入9422元。", [("9422元", "城镇居民人均可支配收入")]),
    ("全年实际利用外商直接投资606亿美元。", [("606亿美元", "实际利用外商直接投资")]),
    ("今年以来共为国家挽回经济损失1700多万元。", [("1700多万元", "经济损失")]),
    ("或者造成直接经济损失2亿元以上的船舶污染事故。", [("2亿元以上", "直接经济损失")]),
    ("累计带动销售额190亿元。", [("190亿元", "销售额")]),
    ("企业退休人员基本养老金从2004年人均每月700元提高到现在的1721元。",
     [("700元", "企业退休人员基本养老金"), ("1721元", "企业退休人员基本养老金")]),
    ("对入库重点项目发生的银行贷款，给予一定的财政贴息，最高300万元。", [("最高300万元", "财政贴息")]),
    ("实行补差奖励，最高不超过533万元。", [("不超过533万元", "补差奖励")]),
    ("每认定1家高新技术企业，一次性奖励孵化器10万元。", [("10万元", "一次性奖励")]),
    ("全省地区生产总值历史性迈上4000亿元台阶。", [("4000亿元", "地区生产总值")]),
    # a change's amount after a comparison with an amount: the measure before the comparison (not 比…亿美元)
    ("中国5月末外汇储备30535.7亿美元，比4月末外汇储备余额30295.3亿美元上涨200多亿美元。",
     [("30535.7亿美元", "中国外汇储备"), ("30295.3亿美元", "外汇储备余额"), ("200多亿美元", "中国外汇储备")]),
    ("农民从集体分得的收入，每人平均达到83.4元，比1978年增加了9.4元。",
     [("83.4元", "集体分得的收入"), ("9.4元", "集体分得的收入")]),  # 增加了 as 增加
    ("随着国家安排3000亿元超长期特别国债资金加力支持，消费增长。", [("3000亿元", "超长期特别国债资金")]),
    # a cap per holder after the grant (每家企业不超过50万元), a period before the amount (每年: how often it is paid)
    ("按照上级到位资金的30%给予奖励，每家企业不超过50万元。", [("不超过50万元", "奖励")]),
    ("其中市级补助资金每年不超过1000万元。", [("不超过1000万元", "市级补助资金")]),
    ("补贴标准为每年500元。", [("500元", "补贴标准")]),
])
def test_money_subject(text, expected):
    assert _subjects(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("为企业挽回经济损失50万元。", [("50万元", "经济损失")]),  # whom it serves and the verb go
    ("开展专项检查。最高300万元的项目由省级审批。", [("最高300万元", "项目")]),  # no clause before across a comma
    ("给予一次性补助。最高300万元的项目由省级审批。", [("最高300万元", "项目")]),  # a cap only across a comma
    ("两三百家商户的年收入少的增加了十多万元。", [("十多万元", "年收入")]),  # Chinese numerals name no amount
    ("给予每家企业50万元补助。", [("50万元", "补助")]),  # the holder before the amount, the payment after it
    ("每户补贴500元。", [("500元", "补贴")]),
])
def test_money_subject_near_misses(text, expected):
    assert _subjects(text) == expected
