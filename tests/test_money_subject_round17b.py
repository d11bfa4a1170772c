"""Money subjects, round 17b (issue 14): names of sums the segmenter tagged as verbs (经费, 欠薪, 补助额) or cut
(奖补 → 奖|补) now give their amounts a subject; the holder a cap is set per (单个项目, 每家企业, 单笔) is no part of
what is paid (单个项目最高补助200万元 → 补助); 帮助 + whom + verb names a beneficiary as 为 does. Sentences written
for the tests, with near misses."""
import pytest

from govtext.extract import extract_facts
from govtext.extract.money_subjects import _holder_free


def _money(text):
    return [(f.text, f.subject) for f in extract_facts(text, kinds=["money"])]


@pytest.mark.parametrize("text, expected", [
    # names of sums read as nouns
    ("安排工作经费500万元。", [("500万元", "工作经费")]),
    ("追回欠薪2.3亿元。", [("2.3亿元", "欠薪")]),
    ("对符合条件的企业给予最高50万元奖补。", [("最高50万元", "奖补")]),
    ("下达奖补资金3亿元。", [("3亿元", "奖补资金")]),
    # a beneficiary after 帮助, then the verb: the verb's object is the sum
    ("帮助农民工追回欠薪2.3亿元。", [("2.3亿元", "欠薪")]),
    # the holder of a cap
    ("单个项目最高补助200万元。", [("200万元", "补助")]),
    ("每个项目最高补助200万元。", [("200万元", "补助")]),
    ("单笔最高补助10万元。", [("10万元", "补助")]),
    ("单笔贷款最高不超过300万元。", [("不超过300万元", "贷款")]),
])
def test_subject(text, expected):
    assert _money(text) == expected


@pytest.mark.parametrize("subject, expected", [
    ("单个项目最高补助", "补助"),
    ("每家企业最多奖励", "奖励"),
    ("单笔贷款", "贷款"),
    # no cap word: 单个项目 stays part of the measure it holds
    ("单个项目总投资", "单个项目总投资"),
    # 单位 (a work unit) and 单价 are no holders
    ("单位最高补助标准", "单位最高补助标准"),
    ("单价", "单价"),
    # what follows the cap must name something paid or a noun, not a verb of change
    ("单个项目最高增长", "单个项目最高增长"),
    (None, None),
])
def test_holder_free(subject, expected):
    assert _holder_free(subject) == expected


@pytest.mark.parametrize("text, expected", [
    # a labelled list of rates, each label then the unit it is charged per, one payment after the last
    ("禽类每只十元、畜类每头一百元罚款。", [("十元", "罚款"), ("一百元", "罚款")]),
    ("个人每人500元、单位每家5000元的奖励。", [("500元", "奖励"), ("5000元", "奖励")]),
])
def test_labelled_per_unit_list(text, expected):
    assert _money(text) == expected


def test_period_is_no_label():
    # 每月 is how often, not a unit of the label: the first amount keeps its own reading
    assert _money("城市每年500元、农村每月50元补贴。")[0] != ("500元", "补贴")


@pytest.mark.parametrize("text, expected", [
    # the change as a mean per period, after the amount of the measure in the clause before
    ("全年一般公共预算收入完成500亿元，平均每年增加120亿元。", ("120亿元", "一般公共预算收入")),
    ("全年一般公共预算收入完成500亿元，年均增加120亿元。", ("120亿元", "一般公共预算收入")),
    ("税收收入完成300亿元，比上年增加20亿元。", ("20亿元", "税收收入")),
])
def test_averaged_change(text, expected):
    assert expected in _money(text)


def test_averaged_new_measure():
    # a noun after 每年增加 names a measure of its own: no carried subject
    assert ("120亿元", "一般公共预算收入") not in _money("全年一般公共预算收入完成500亿元，每年增加投入120亿元。")
