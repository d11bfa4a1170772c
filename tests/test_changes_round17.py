"""Money subjects and changes, round 17 (issue 14). Sentences written for the tests, with near misses."""
import pytest

from govtext.extract import extract_facts


def _money(text):
    return [(f.text, f.subject) for f in extract_facts(text, kinds=["money"])]


# A rate charged, then the verb imposing the sum (处以罚款, 并处罚款, 计算罚款): the amount is how much of the fine is
# imposed per unit, the noun after the verb is what it is; the unit (每平方米, 头畜) and the frame (的标准, 的数额) are not.
@pytest.mark.parametrize("text, expected", [
    ("拒不改正的，可按每只五十元处以罚款。", [("五十元", "罚款")]),
    ("责令限期改正，按占用绿地面积每平方米五百元以上二千元以下处以罚款。", [("五百元以上二千元以下", "罚款")]),
    ("按照每人一百元的数额处以罚款。", [("一百元", "罚款")]),
    ("按照每人1000元以上5000元以下的标准处以罚款。", [("1000元以上5000元以下", "罚款")]),
    ("逾期未处理的，可以按照每只犬二千元以下并处罚款。", [("二千元以下", "罚款")]),
    ("有第一项行为的，按照每处五十元计算罚款。", [("五十元", "罚款")]),
    # the rate reckoned in its own clause, the fine imposed in the next one
    ("按照受侵害的劳动者每人1000元以上5000元以下的标准计算，处以罚款。", [("1000元以上5000元以下", "罚款")]),
    # near misses: a verb of use opens a clause of its own; a clause after the rate that imposes no sum
    ("其中1000万元用于补助。", [("1000万元", None)]),
    ("按照每人1000元的标准计算，责令改正。", [("1000元", "标准计算")]),
])
def test_rate_imposed(text, expected):
    assert _money(text) == expected


# 处一万元以上十万以下的罚款: the upper bound written without 元 is no part of the noun after the amount.
@pytest.mark.parametrize("text, expected", [
    ("由城管执法部门责令关闭，并处一万元以上十万以下的罚款。", [("一万元以上十万以下", "罚款")]),
    ("对个人处三千元以上一万以下罚款。", [("三千元以上一万以下", "罚款")]),
    ("对个人处三千元以上一万元以下罚款。", [("三千元以上一万元以下", "罚款")]),
])
def test_bare_upper_bound(text, expected):
    assert _money(text) == expected


# 但最高不超过十万元: a cap opened by a concessive (但, 但是, or 累计) is a cap of the sum the clause before imposes.
@pytest.mark.parametrize("text, expected", [
    ("由公安机关处违法所得三倍以上五倍以下罚款，但最高不超过十万元。", [("不超过十万元", "罚款")]),
    ("按照直接损失百分之三十计算罚款，但最高不得超过二十万元。", [("不得超过二十万元", "罚款")]),
    ("张贴每条处五十元罚款，累计最高不超过五千元。", [("五十元", "罚款"), ("不超过五千元", "罚款")]),
    ("给予财政贴息，但是，最高不超过30万元。", [("不超过30万元", "财政贴息")]),
    # near misses: the clause before names no sum paid; a full stop parts the cap from the fine
    ("按照财产案件受理费标准减半交纳，但是，最高不超过30万元。", [("不超过30万元", None)]),
    ("处违法所得三倍以下罚款。但最高不超过十万元。", [("不超过十万元", None)]),
])
def test_concessive_cap(text, expected):
    assert _money(text) == expected


# 按每名1000元给予培养（培训）单位补贴: after the governing verb, whom the sum is given to, then what it is.
@pytest.mark.parametrize("text, expected", [
    ("按每名1000元给予培养（培训）单位补贴。", [("1000元", "补贴")]),
    ("按每人500元发放生活补贴。", [("500元", "补贴")]),
    # near miss: a verb of use opens a clause of its own even before a payment word
    ("其中500万元用于企业补贴。", [("500万元", None)]),
])
def test_given_to(text, expected):
    assert _money(text) == expected


# An aside between the measure and its amount (含…, 不含…, 指…) says what the measure holds; it is not what the money is.
@pytest.mark.parametrize("text, expected", [
    ("项目总投资额（不含征地费、市政配套费与拆迁补偿费）在一千万元人民币以上的。", [("一千万元人民币以上", "项目总投资额")]),
    ("扣除医保报销后个人负担（指医保目录范围内的自付部分）累计超过15000元的部分。", [("超过15000元", "个人负担")]),
    ("实际完成投资额（含设备和软件投入）达500万元以上的，给予补助。", [("500万元以上", "投资额")]),
    # near miss: an aside inside the name stays where it is (the name is read as before)
    ("决（结）算金额在三万元以下的，可以不进行审计。", [("三万元以下", "金额")]),
])
def test_aside_before_amount(text, expected):
    assert _money(text) == expected


# A change verb naming the part that changed (增长部分, 降低部分), or a verb-object phrase modifying a noun with a verb of its
# own (缩小范围的绿地面积处以…): no change of that number.
@pytest.mark.parametrize("text, expected", [
    ("乡镇企业每年上缴地方税金增长部分中百分之五的资金。", []),
    ("标准为本人工资降低部分的百分之七十。", []),
    ("按照改变用途或者缩小范围的绿地面积处以每平方米五百元以上一千元以下的罚款。", []),
    # near misses: an object, with or without 的, before the number is still read
    ("压缩文件1635个。", [("压缩文件1635个", "文件", 1635)]),
    ("压缩一般性支出的规模5%。", [("压缩一般性支出的规模5%", "一般性支出的规模", 5)]),
    ("工资降低的部分减少了20%。", [("减少了20%", "工资降低的部分", 20)]),
])
def test_part_changed(text, expected):
    assert [(f.text, f.subject, f.by_value) for f in extract_facts(text, kinds=["change"])] == expected


# 或者 joining two clauses before an amount: the amount is the last clause's measure; a unit the amount is reckoned per, or
# who holds it (每名旅客, 每千克), is not what the money is.
@pytest.mark.parametrize("text, expected", [
    ("没有违法经营额或者违法经营额不足五万元的，可以并处二十五万元以下罚款。", [("不足五万元", "违法经营额"), ("二十五万元以下", "罚款")]),
    ("因灾死亡三人以上不满十人或者直接经济损失一百万元以上不满五百万元的。", [("一百万元以上不满五百万元", "直接经济损失")]),
    ("旅客人身伤亡的，每名旅客不超过4万元人民币。", [("不超过4万元人民币", None)]),
    ("其他行李灭失或者损坏的，每千克不超过20元人民币。", [("不超过20元人民币", None)]),
    ("对于每吨价值在500元以上的非成件货物。", [("500元以上", "价值")]),
    ("逾期未清运干净的，每超过1天每吨加罚50元。", [("50元", "加罚")]),
    # near misses: a name that is not a list of alternatives; a sum paid per holder named after it
    ("每户补助资金3000元。", [("3000元", "补助资金")]),
    ("单位或者个人的罚款总额不超过5万元。", [("不超过5万元", "罚款总额")]),
])
def test_alternatives_and_units(text, expected):
    assert _money(text) == expected
