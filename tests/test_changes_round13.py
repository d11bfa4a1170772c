"""Changes, round 13 (issue 14): a bound after a rate word (增速超过10%) is the change of one subject, and a
threshold only when a group passes it (增速超过8%的城市, 15个省份用电增速超过17%); 年均 between a rate word
and its percent (增速年均超20%); the ratio of a cut named as a noun (缩减比例达76%, as 缩减率); the compound
annual growth rate (年复合增长率) read whole, so that a forecast's rate is no change. Sentences are written
for the tests; each class has near misses."""
import pytest

from govtext.extract import extract_facts


def _changes(text):
    return [(f.text, f.direction, f.subject, f.by_value, f.unit)
            for f in extract_facts(text, kinds=["change"])]


# (id, sentence, [(span, direction, subject, by, unit)])
FOUND = [
    # one subject's rate over a bound: its change, as 增长超过10% is
    ("rate-bound-one-subject", "今年一季度，全市出口增速超过10%。", [("增速超过10%", "increase", "出口", 10, "%")]),
    ("rate-yearly-bound", "五年来，全县旅游收入增速年均超20%。", [("增速年均超20%", "increase", "旅游收入", 20, "%")]),
    ("rate-yearly-link", "全区规上工业增加值增速年均达8.5%。", [("增速年均达8.5%", "increase", "规上工业增加值", 8.5, "%")]),
    ("rate-bound-under", "受汇率影响，全市进口涨幅不到1%。", [("涨幅不到1%", "increase", "进口", 1, "%")]),
    # the ratio of a cut named as a noun
    ("cut-ratio", "全市会议数量缩减比例达76%。", [("缩减比例达76%", "decrease", "会议数量", 76, "%")]),
    ("streamline-ratio", "机关内设机构精简比例为15%。", [("精简比例为15%", "decrease", "机关内设机构", 15, "%")]),
    # a compound annual growth rate reported
    ("cagr-reported", "过去五年，全市数字经济规模年复合增长率超过18%。",
     [("年复合增长率超过18%", "increase", "数字经济规模", 18, "%")]),
]

NONE = [
    # a threshold a group passes: a 的-phrase naming the group, or a count of the group before the rate word
    ("group-de-phrase", "出口增速超过30%的城市有8个。"),
    ("group-de-phrase-tourism", "游客量涨幅超过50%的景区集中在中西部。"),
    ("group-count-before", "全国有15个省份用电增速超过17%。"),
    # a ratio a rule leaves to others, no percent
    ("ratio-no-number", "乡镇政府行政编制的精简比例，由省级人民政府确定。"),
    # 增长比例 is a rule's ratio, no rate row
    ("growth-ratio-rule", "财政拨款的增长比例应当高于财政经常性收入的增长比例。"),
    # a forecast's compound growth rate after a future level
    ("cagr-forecast", "到2030年，全球智能终端出货量将达到80亿部，年复合增长率超过12%。"),
]


@pytest.mark.parametrize("sentence,expected", [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_round13_changes_found(sentence, expected):
    assert _changes(sentence) == expected


@pytest.mark.parametrize("sentence", [c[1] for c in NONE], ids=[c[0] for c in NONE])
def test_round13_changes_none(sentence):
    assert _changes(sentence) == []


# A report with a review part and a work part: in the work part, 将/把 opening the object makes a from-level
# change the plan's action; the review part, a past cue (去年已将) and 了 still report one.
_REPORT = """政府工作报告
——2026年1月20日在省第十四届人民代表大会第五次会议上
一、2025年工作回顾
过去一年，全省地区生产总值增长5.5%。将城乡居民基础养老金最低标准由每月150元提高到170元。
二、2026年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。
（一）持续保障和改善民生。将城乡居民基础养老金最低标准由每月170元提高到190元。把义务教育学生营养膳食补助标准由每天5元提高到6元。去年已将农村低保标准由每月500元提高到560元。农村特困人员供养标准由每月800元提高到了900元。
"""


def test_round13_plan_disposal_in_work_part():
    found = [f.text for f in extract_facts(_REPORT, kinds=["change"])]
    assert found == ["增长5.5%", "由每月150元提高到170元", "由每月500元提高到560元", "由每月800元提高到了900元"]
