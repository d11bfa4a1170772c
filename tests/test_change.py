"""Changes: increases and decreases with their numbers, real sentences first, then constructed
phrasings of the same patterns, and the levels and counted actions that are not changes."""
from __future__ import annotations

import pytest

from govtext.extract import extract_facts
from govtext.extract.changes import change_verb, subject_before

# (id, sentence, span, direction, subject, from, to, by, unit)
CHANGES = [
    # --- by-values: verb + number (corpus)
    ("by-percent", "在整治“三公”经费问题中，全区公务接待费下降90%，公务用车", "下降90%", "decrease",
     "公务接待费", None, None, 90, "%"),
    ("by-le", "以区委区政府名义召开的全区性会议减少了19.1%，", "减少了19.1%", "decrease",
     "以区委区政府名义召开的全区性会议", None, None, 19.1, "%"),
    ("by-quoted-subject", "“三公”经费减少了14.8%。", "减少了14.8%", "decrease", "三公经费", None, None, 14.8, "%"),
    ("by-quantity", "项目数量较之前减少65项。", "减少65项", "decrease", "项目数量", None, None, 65, "项"),
    # --- verb + object + count (corpus, traditional)
    ("object-traditional", "全市上下壓縮文件1635個,壓縮會議1238場次", "壓縮文件1635個", "decrease", "文件",
     None, None, 1635, "个"),
    ("object-compound-unit", "全市上下壓縮文件1635個,壓縮會議1238場次", "壓縮會議1238場次", "decrease", "会议",
     None, None, 1238, "场次"),
    # --- from/to (corpus, with a line wrap inside)
    ("from-to-wrap", "公务用车购置及运行费由\n1485万元降到737万元；", "由\n1485万元降到737万元", "decrease",
     "公务用车购置及运行费", 14_850_000, 7_370_000, None, "元"),
    ("to-level", "会议及下发的文件均下降至30%以下；", "下降至30%以下", "decrease", "会议及下发的文件",
     None, 30, None, "%"),
    # --- constructed phrasings
    ("from-with-year", "投入资金从2013年的500万元增加到800万元", "从2013年的500万元增加到800万元", "increase",
     "投入资金", 5_000_000, 8_000_000, None, "元"),
    ("zengzhi", "参训人数由200人增至350人", "由200人增至350人", "increase", "参训人数", 200, 350, None, "人"),
    ("compared-with", "较上年压缩120万元", "压缩120万元", "decrease", None, None, None, 1_200_000, "元"),
    ("tongbi", "三公经费同比下降15%", "下降15%", "decrease", "三公经费", None, None, 15, "%"),
    ("points", "群众满意度提高了3.5个百分点", "提高了3.5个百分点", "increase", "群众满意度", None, None, 3.5, "个百分点"),
    ("increase-percent", "财政收入增长7.5%，", "增长7.5%", "increase", "财政收入", None, None, 7.5, "%"),
    # --- held-out phrasings: a shortened time limit is a decrease of a measure
    ("shorten-percent-traditional", "行政審批事項由原來的412項減少到186項，審批時限平均縮短40%以上。",
     "縮短40%以上", "decrease", "审批时限", None, None, 40, "%"),
    ("shorten-days", "全区43项便民服务事项实现一站式办理，平均办理时间缩短了3天。", "缩短了3天", "decrease",
     "平均办理时间", None, None, 3, "天"),
    ("lengthen", "窗口服务时间延长1小时", "延长1小时", "increase", "窗口服务时间", None, None, 1, "小时"),
    # --- heldout4 (放管服, economy): 压减, 净增, 下调, 由…个工作日压缩至…个工作日
    ("yajian-traditional", "工程建設項目審批時間壓減50%以上，", "壓減50%以上", "decrease", "工程建设项目审批时间",
     None, None, 50, "%"),
    ("net-increase", "高新技术企业达到312家，比上年净增87家。", "净增87家", "increase", None, None, None, 87, "家"),
    ("lower-points", "存款准备金率下调0.5个百分点", "下调0.5个百分点", "decrease", "存款准备金率", None, None, 0.5, "个百分点"),
    # --- multiples: 一倍 is +100 %, 翻一番 doubles (+100 %), 翻两番 quadruples (+300 %)
    ("double-bei", "与2012年相比，城乡居民收入增长一倍。", "增长一倍", "increase", "城乡居民收入", None, None, 100, "%"),
    ("double-fan", "与2012年相比，全市地区生产总值翻了一番，", "翻了一番", "increase", "地区生产总值", None, None, 100, "%"),
    ("quadruple-fan", "工业总产值翻两番", "翻两番", "increase", "工业总产值", None, None, 300, "%"),
    ("times-arabic", "出口额增长2.5倍", "增长2.5倍", "increase", "出口额", None, None, 250, "%"),
    ("points-chinese", "税收收入占比提高两个百分点", "提高两个百分点", "increase", "税收收入占比", None, None, 2, "个百分点"),
    ("points-approx-chinese", "增速下降了近三个百分点", "下降了近三个百分点", "decrease", "增速", None, None, 3, "个百分点"),
    ("points-chinese-decimal", "增速回落一点五个百分点", "回落一点五个百分点", "decrease", "增速", None, None, 1.5, "个百分点"),
    ("working-days-from-to", "办理时限由30个工作日压缩至7个工作日。", "由30个工作日压缩至7个工作日", "decrease", "办理时限",
     30, 7, None, "工作日"),
]


@pytest.mark.parametrize(
    "sentence,span,direction,subject,from_value,to_value,by_value,unit",
    [c[1:] for c in CHANGES], ids=[c[0] for c in CHANGES],
)
def test_change(sentence, span, direction, subject, from_value, to_value, by_value, unit):
    hits = [f for f in extract_facts(sentence, kinds=["change"]) if f.text == span]
    assert hits, extract_facts(sentence, kinds=["change"])
    c = hits[0]
    assert sentence[c.start:c.end] == span
    assert (c.direction, c.subject, c.from_value, c.to_value, c.by_value, c.unit) == (
        direction, subject, from_value, to_value, by_value, unit)


def test_distributive_gives_one_change_per_number():
    sentence = "以区委区政府和区两办名义下发的文件分别减少了23.1%和25%，"
    changes = extract_facts(sentence, kinds=["change"])
    assert [(c.text, c.by_value, c.direction) for c in changes] == [
        ("减少了23.1%", 23.1, "decrease"), ("25%", 25, "decrease")]


@pytest.mark.parametrize(
    "sentence",
    [
        "城市社区党组织解决率均达到80%以上",  # a level reached
        "覆盖率实现全年目标的95%",  # a level
        "废除了30项不合时宜和脱离实际的制度",  # a counted action
        "封存越野车15辆",  # a counted action
        "新增就业岗位30个",  # a counted action, not a change of a measure
        "提高群众的参与度和督导工作的针对性",  # no number
        "实现垃圾河、黑臭河动态清零",  # no number
        "缩短与群众的距离",  # no number
        "办事“最多跑一次” 审批时限压减过半",  # no number
        "企业数量实现净增长",  # no number
        "一般公共预算收入是2011年的2.1倍",  # a ratio, no change
        "三番五次推翻原有方案",  # idiom, no verb before the number
        "审批事项精简率达56%",  # a rate is a level
        "比全省平均水平高两个百分点",  # a comparison between places, no change verb
        "会议压缩率为30%",  # a rate is a level
        "带动1.2万户贫困户户均增收4200元",  # an income gain is money, not a change (heldout3 m09 gold)
        "到2020年实现收入翻番",  # no number
    ],
    ids=["level", "level-target", "counted-action", "sealed", "xinzeng", "no-number", "zero", "shorten-no-number",
         "yajian-no-number", "net-growth-no-number", "ratio-bei", "idiom-fan", "rate-jingjian", "points-comparison", "rate-yasuo", "zengshou-income-gain",
         "fanfan-no-number"],
)
def test_not_a_change(sentence):
    assert extract_facts(sentence, kinds=["change"]) == []


@pytest.mark.parametrize(
    "verb,expected",
    [("下降", ("decrease", "by")), ("降到", ("decrease", "to")), ("增至", ("increase", "to")),
     ("压缩", ("decrease", "by")), ("达到", None)],
)
def test_change_verbs(verb, expected):
    assert change_verb(verb) == expected


@pytest.mark.parametrize(
    "clause,expected",
    [("全区公务接待费下降", "公务接待费"), ("项目数量较之前减少", "项目数量"), ("较上年压缩", None),
     ("文件均下降", "文件"), ("户均增收", None), ("农民人均增收", "农民")],
)
def test_subject_before(clause, expected):
    assert subject_before(clause, len(clause) - 2) == expected
