"""Changes, round 12 (issue 14): 少增长/多增长, 少增/多增 state a change of the growth (出口比上年少增长2个百分点:
the growth rate is 2 points below last year's), its direction from 少/多 and the comparison before them its basis,
while 至少/最多 before the plain verb stay bounds of its change; 要求 right before a change verb sets the figure
required (a goal, no reported change); a rule states no change: a modal of a rule in the clause (应当, 可以, 不得),
每 before a verb earlier in the sentence (one step of a rule), a condition closing the change (…时，, …的，);
增长幅度, 增加额 are nouns. Sentences are written for the tests; each class has near misses."""
import pytest

from govtext.extract import extract_facts


def _changes(text):
    return [(f.text, f.direction, f.subject, f.by_value, f.unit, f.basis)
            for f in extract_facts(text, kinds=["change"])]


# (id, sentence, [(span, direction, subject, by, unit, basis)])
FOUND = [
    # grew by less / more than in the base period: a change of the growth, direction from 少/多
    ("less-growth-points", "全省出口比上年少增长2个百分点。",
     [("少增长2个百分点", "decrease", "出口", 2, "个百分点", "previous_year")]),
    ("more-growth-points", "服务业增加值比上年多增长1.5个百分点。",
     [("多增长1.5个百分点", "increase", "服务业增加值", 1.5, "个百分点", "previous_year")]),
    # near miss: 并 after a clause with no modal of a rule
    ("coordinated-no-rule", "我们开展专项行动，并将覆盖率提高到80%。",
     [("提高到80%", "increase", "覆盖率", None, "%", None)]),
    ("less-increment-yoy", "住户存款同比少增2100亿元。",
     [("少增2100亿元", "decrease", "住户存款", 210000000000, "元", "year_on_year")]),
    ("more-increment-yoy", "企业贷款同比多增4600亿元。",
     [("多增4600亿元", "increase", "企业贷款", 460000000000, "元", "year_on_year")]),
    ("more-add-amount", "农民人均收入比上年多增加260元。",
     [("多增加260元", "increase", "农民人均收入", 260, "元", "previous_year")]),
    # near misses: 至少 / 最多 bound the plain verb's change, no change of the growth
    ("at-least", "全县粮食产量至少增长8%。", [("增长8%", "increase", "粮食产量", 8, "%", None)]),
    ("more-adverb", "今年全市更多增加公益性岗位3000个。",
     [("增加公益性岗位3000个", "increase", "公益性岗位", 3000, "个", None)]),
    ("plain-increase", "住户存款同比增加2100亿元。",
     [("增加2100亿元", "increase", "住户存款", 210000000000, "元", "year_on_year")]),
    # near misses: a word holding 应 or 每 is no modal or step (应收, 每年)
    ("receivable", "企业应收账款余额减少15亿元。", [("减少15亿元", "decrease", "企业应收账款余额", 1500000000, "元", None)]),
    ("each-year", "全县粮食产量每年增长3%。", [("增长3%", "increase", "粮食产量", 3, "%", None)]),
    # near miss: 要求 as a noun before a comma does not make the change a goal
    ("demand-noun-comma", "按照上级要求，全市课后服务覆盖率提高了12个百分点。",
     [("提高了12个百分点", "increase", "课后服务覆盖率", 12, "个百分点", None)]),
]

NONE = [
    # 要求 right before the change verb: the figure required, a goal
    ("required-growth", "油料作物要求增长百分之六点二。"),
    ("required-each", "棉花和麻类要求分别增长百分之九和百分之十二。"),
    ("required-compared", "肉类产量要求比上一年增长百分之五。"),
    # 少增/多增 inside other words: no change
    ("value-added-word", "减少增值税留抵税额。"),
    # what a rule requires or allows
    ("rule-shall", "每设立一个分公司，应当增加注册资本30万元。"),
    ("rule-may-adverb", "经批准，其抚恤金标准可以酌情提高10%。"),
    ("rule-may-object", "旧城区改建项目，可以对本条规定的绿地率降低三个百分点。"),
    ("rule-each-step", "职工每增加二百人，职工代表名额增加五名。"),
    ("rule-condition-when", "图片应当清晰，在图片缩小到3厘米时，仍能辨认。"),
    ("rule-condition-case", "确需将检查期限延长至三十日的，应当报上级批准。"),
    ("rule-shall-coordinated", "车辆应当减速，并将车速降低到每小时30公里以内。"),  # 并 shares the modal before it
    # the size or the amount of a change as a noun
    ("size-noun", "科技投入的增长幅度高于经常性收入的增长幅度两个百分点。"),
    ("amount-noun", "按不低于净资产增加额的10%提取发展基金。"),
]


@pytest.mark.parametrize("sentence,expected", [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_round12_changes_found(sentence, expected):
    assert _changes(sentence) == expected


@pytest.mark.parametrize("sentence", [c[1] for c in NONE], ids=[c[0] for c in NONE])
def test_round12_changes_none(sentence):
    assert _changes(sentence) == []
