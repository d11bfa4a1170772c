"""Changes on real-looking text: recurring error classes found by judging ~190 changes of a seeded
sample of the real corpus (issue 14): goals stated with a change verb, counted actions after a verb that
changes a measure, a verb that is no predicate over the number after it, a threshold after a rate word,
and subjects that kept a per-unit, lost a rate word or a measure word, or held a 较 the tagger glued on."""
import pytest

from govtext.extract import extract_facts


def _changes(text):
    return [(f.text, f.direction, f.subject, f.from_value, f.to_value, f.by_value, f.unit, f.basis)
            for f in extract_facts(text, kinds=["change"])]


# (id, sentence, [(span, direction, subject, from, to, by, unit, basis)])
FOUND = [
    ("rate-word-subject-to", "本月居民消费价格涨幅回落至1.8%。",
     [("回落至1.8%", "decrease", "居民消费价格涨幅", None, 1.8, None, "%", None)]),
    ("rate-word-subject-points", "二季度同比涨幅比一季度回落了0.4个百分点。",
     [("回落了0.4个百分点", "decrease", "同比涨幅", None, None, 0.4, "个百分点", "一季度")]),
    ("per-unit-dropped", "工业用水价格每吨提高0.3元。",
     [("提高0.3元", "increase", "工业用水价格", None, None, 0.3, "元", None)]),
    ("per-unit-average-dropped", "玉米、大豆收购价平均每斤分别提高0.05元和0.08元。",
     [("提高0.05元", "increase", "玉米收购价", None, None, 0.05, "元", None),
      ("0.08元", "increase", "大豆收购价", None, None, 0.08, "元", None)]),
    ("measure-word-kept", "全县养老床位总数比2015年增长了两倍。",
     [("增长了两倍", "increase", "养老床位总数", None, None, 2, "倍", "2015年")]),
    ("glued-jiao-basis", "其中，内河航线客运规模较2019年同期增长8.4%。",
     [("增长8.4%", "increase", "内河航线客运规模", None, None, 8.4, "%", "2019年同期")]),
    ("leading-de-dropped", "今年的播种面积达到300万亩，比去年增加了12%。",
     [("增加了12%", "increase", "播种面积", None, None, 12, "%", "previous_year")]),
    ("leading-weici-dropped", "为此市级财政支出由上年3亿元增加到5亿元。",
     [("由上年3亿元增加到5亿元", "increase", "市级财政支出", 300_000_000, 500_000_000, None, "元", None)]),
    ("adverb-before-number", "入境游客和旅游收入增长均超15%。",
     [("增长均超15%", "increase", "入境游客和旅游收入", None, None, 15, "%", None)]),
    ("measure-verb-percent-object", "全面提升审批效率30%。",
     [("提升审批效率30%", "increase", "审批效率", None, None, 30, "%", None)]),
    ("count-verb-object", "机关压缩会议数量120个。",
     [("压缩会议数量120个", "decrease", "会议数量", None, None, 120, "个", None)]),
    ("yuqi-inside-a-noun", "全市人均预期寿命提高到80.1岁。",
     [("提高到80.1岁", "increase", "人均预期寿命", None, 80.1, None, "岁", None)]),
    ("zhibiao-names-a-measure", "另一项重要指标——5月零售销售额同比涨幅达4.1%。",
     [("涨幅达4.1%", "increase", "零售销售额", None, None, 4.1, "%", "year_on_year")]),
    ("members-share-de-head", "普通企业、小微企业的检测收费分别降低10%和30%。",
     [("降低10%", "decrease", "普通企业的检测收费", None, None, 10, "%", None),
      ("30%", "decrease", "小微企业的检测收费", None, None, 30, "%", None)]),
    ("thousands-comma-in-clause", "工业，钢材产量12，400万吨，比上年增加1，100万吨。",
     [("增加1，100万吨", "increase", "钢材产量", None, None, 11_000_000, "吨", "previous_year")]),
    ("comparison-clause-basis", "到去年底，全市林地面积达到了85万亩，比2015年，增加了6万多亩。",
     [("增加了6万多亩", "increase", "林地面积", None, None, 60_000, "亩", "2015年")]),
    ("comparison-clause-opens", "比一九六二年，棉布产量增长百分之十二，食糖产量增长百分之九。",
     [("增长百分之十二", "increase", "棉布产量", None, None, 12, "%", "1962年"),
      ("增长百分之九", "increase", "食糖产量", None, None, 9, "%", "1962年")]),
    ("pronoun-period-no-subject", "去年，全县茶叶产值首次超过3亿元，这三年里，平均每年都增长9%。",
     [("增长9%", "increase", "茶叶产值", None, None, 9, "%", None)]),
    ("adverb-tongyi-dropped", "多个地市将职工医保单位缴费比例统一降至7%。",
     [("降至7%", "decrease", "职工医保单位缴费比例", None, 7, None, "%", None)]),
    ("ratio-bi-kept", "城乡居民收入比缩小至2.31。",
     [("缩小至2.31", "decrease", "城乡居民收入比", None, 2.31, None, None, None)]),
    ("glued-bi-basis", "全县会议费比上年下降35%。",
     [("下降35%", "decrease", "会议费", None, None, 35, "%", "previous_year")]),
    ("preposition-member-shares-head", "对欧盟、非洲进出口分别增长12％、8％。",
     [("增长12％", "increase", "对欧盟进出口", None, None, 12, "%", None),
      ("8％", "increase", "对非洲进出口", None, None, 8, "%", None)]),
    ("topic-with-verb-modifier", "农村低保的覆盖人数，由年初的30多万人扩大到年末的52万人。",
     [("由年初的30多万人扩大到年末的52万人", "increase", "农村低保的覆盖人数", 300_000, 520_000, None, "人", None)]),
    ("basis-without-adverbs", "全市粮食产量比上年实际增长4.2%。",
     [("增长4.2%", "increase", "粮食产量", None, None, 4.2, "%", "previous_year")]),
    ("falling-prices-no-decrease", "农民人均纯收入考虑价格下降因素比上年实际增长6.2%。",
     [("增长6.2%", "increase", "农民人均纯收入", None, None, 6.2, "%", "previous_year")]),
]


@pytest.mark.parametrize("sentence,expected", [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_found(sentence, expected):
    assert _changes(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "将消费税提高计划推迟一年半。",  # 提高 is no predicate over the duration: 推迟 is
    "这里对经济增长和就业两个指标作些说明。",  # 增长 is a noun in a list, 两个 counts the indicators
    "钢铁行业增加值年均增长目标设定在3%左右。",  # a goal noun after the verb
    "今年的经济增长预期为6%左右。",  # a forecast
    "建议本地区生产总值增速目标设定为年均增长5%。",  # a goal noun before the verb
    "力争新增外贸企业20家，进出口总额增长5%以上。",  # 力争 makes the sentence a goal
    "评级机构下调本地8家小型银行的信用评级。",  # the count counts the banks rated, no change
    "改造提升乡镇卫生院45个。",  # a counted action of a verb that changes a measure
    "今年提升30所中学的办学条件。",  # the count counts the schools, its noun after it
    "全省12个市用电涨幅超过9%。",  # a threshold a group passes, not one change
])
def test_near_misses(sentence):
    assert _changes(sentence) == []


def test_change_in_a_work_part_is_planned():
    """A bare change under a work heading of a report is a plan; under the review it is a result; a
    comparison with the past is reported in either part."""
    review = "一、2025年工作回顾\n纺织产业增加值增长12%。\n"
    work = ("三、2026年重点工作\n做强纺织集团，纺织产业增加值增长12%左右。中央财政安排资金80亿元，比上年增加9亿元。"
            "去年居民消费价格涨幅回落到2.1%，今年要保持稳定。\n")
    found = _changes(review + work)
    assert [f[0] for f in found] == ["增长12%", "增加9亿元", "回落到2.1%"]


@pytest.mark.parametrize("sentence,n", [
    ("其中，12家企业的产值同比增长超过两位数。", 0),  # double-digit growth: a size class, no amount
    ("其中，12家企业的产值同比增长超过20%。", 1),
])
def test_digit_count_is_no_amount(sentence, n):
    assert len(_changes(sentence)) == n
