"""Changes: increases and decreases with their numbers, real sentences first, then constructed
phrasings of the same patterns, and the levels and counted actions that are not changes."""
from __future__ import annotations

import pytest

from govtext.extract import extract_facts
from govtext.extract.changes import change_verb
from govtext.extract.subject_phrases import clause_subject

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
    ("net-increase", "高新技术企业达到312家，比上年净增87家。", "净增87家", "increase", "高新技术企业", None, None, 87, "家"),
    ("lower-points", "存款准备金率下调0.5个百分点", "下调0.5个百分点", "decrease", "存款准备金率", None, None, 0.5, "个百分点"),
    # --- multiples (FACTS.md §5): by_value the number of times, unit 倍, no percent
    ("double-bei", "与2012年相比，城乡居民收入增长一倍。", "增长一倍", "increase", "城乡居民收入", None, None, 1, "倍"),
    ("times-arabic", "出口额增长2.5倍", "增长2.5倍", "increase", "出口额", None, None, 2.5, "倍"),
    ("times-le", "科技型中小企业数增长了4.9倍，", "增长了4.9倍", "increase", "科技型中小企业数", None, None, 4.9, "倍"),
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
        "比全省平均水平高两个百分点",  # a comparison between places, no change verb
        "翻了一番",  # no written number (FACTS.md §5)
        "工业总产值翻两番",  # no written number
        "是2011年的2.1倍",  # a ratio
        "合格率为98%",  # a rate that names no change
        "增长率",  # no number
        "带动1.2万户贫困户户均增收4200元",  # an income gain is money, not a change (heldout3 m09 gold)
        "到2020年实现收入翻番",  # no number
    ],
    ids=["level", "level-target", "counted-action", "sealed", "xinzeng", "no-number", "zero", "shorten-no-number",
         "yajian-no-number", "net-growth-no-number", "ratio-bei", "idiom-fan", "points-comparison", "fan-yi-fan", "fan-liang-fan", "ratio-de-bei", "rate-level", "rate-no-number", "zengshou-income-gain",
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
    assert clause_subject(clause[:-2])[0] == expected


# --- what changed and what it is compared with (FACTS.md §2 change.subject / basis, issue 14)
# (id, sentence, span, subject, basis)
SUBJECTS = [
    # the subject stands before a comma and the amount of its level
    ("across-amount", "全区投入专项资金620万元，较上年增长12.4%。", "增长12.4%", "专项资金", "previous_year"),
    ("across-two-clauses", "全镇农民人均纯收入达到1.2万元，比上年增加900元，增长8.1%。", "增长8.1%", "农民人均纯收入", None),
    ("across-dunhao", "全市电动汽车保有量突破5万辆、增长32%。", "增长32%", "电动汽车保有量", None),
    ("across-to-change", "市级审批事项由2016年的320项减少到95项，压减70.3%。", "压减70.3%", "市级审批事项", None),
    ("across-level-to", "PM10平均浓度下降到56微克/立方米，同比下降6.1%。", "下降6.1%", "PM10平均浓度", "year_on_year"),
    ("across-topic-clause", "教育支出占财政支出的比重，也由15%提高到18%。", "由15%提高到18%", "教育支出占财政支出的比重", None),
    ("across-second-count", "全省9个地级市细颗粒物平均浓度为31微克/立方米，同比下降7.5%。", "下降7.5%",
     "地级市细颗粒物平均浓度", "year_on_year"),
    ("topic-of-earlier-clause", "全县财政收入连续三年超过百亿元，年均增长9.6%。", "增长9.6%", "财政收入", None),
    ("subject-of-predicate-clause", "全市外贸总额再创新高，达到860亿元、增长9.3%。", "增长9.3%", "外贸总额", None),
    ("across-milestone", "全省专利授权量达96231件，首次突破9万件大关，同比增长18.2%。", "增长18.2%", "专利授权量",
     "year_on_year"),
    ("growth-rate-points", "全市规上工业增加值增长7.1%，较上年提高0.6个百分点。", "提高0.6个百分点", "规上工业增加值增速",
     "previous_year"),
    # the predicate and the comparison are not glued on
    ("no-level-verb", "全县旅游收入达到86亿元，增长11%。", "增长11%", "旅游收入", None),
    ("no-to-verb", "贷款余额增加到3200亿元，增长9%。", "增长9%", "贷款余额", None),
    ("no-time-lead", "2015年全县农村网络零售额达到3.1亿元，同比增长41%。", "增长41%", "农村网络零售额", "year_on_year"),
    ("no-forecast-verb", "预计全年实现地区生产总值980亿元，增长6.5%。", "增长6.5%", "地区生产总值", None),
    ("no-adverb", "而城市污水处理费却下降了5%。", "下降了5%", "城市污水处理费", None),
    ("no-dashes", "——违规发放津贴补贴9起，较去年同期减少4起；", "减少4起", "违规发放津贴补贴", "year_on_year"),
    ("wrapped-amount", "全县公用经费支出\n860.5万元，同比下降12.1%，", "下降12.1%", "公用经费支出", "year_on_year"),
    ("object-to", "提高贷款贴息比例至50%。", "提高贷款贴息比例至50%", "贷款贴息比例", None),
    ("no-manner-pp", "市检测中心将各类检测收费按原标准降低30%。", "降低30%", "各类检测收费", None),
    ("no-frame-pp", "其他检验收费在原收费标准基础上下调20%。", "下调20%", "其他检验收费", "原收费标准"),
    ("no-resultative-verb", "全市生产总值跨过5000亿元、增长6.1%。", "增长6.1%", "生产总值", None),
    # bases
    ("basis-written-year", "与2018年相比，全县粮食产量增长12%。", "增长12%", "粮食产量", "2018年"),
    ("basis-chinese-year", "一九五五年钢产量比一九五二年增加了百分之六十。", "增加了百分之六十", "钢产量", "1952年"),
    ("basis-written-state", "景区接待游客比整治前增加了40万人次。", "增加了40万人次", "景区接待游客", "整治前"),
    ("basis-previous-period", "居民用电量较上月增加5%。", "增加5%", "居民用电量", "previous_period"),
    ("basis-huanbi", "全市工业用电量环比下降3.2%，", "下降3.2%", "工业用电量", "previous_period"),
    ("basis-year-on-year", "全县一般公共预算收入比上年同期增长6.6%，", "增长6.6%", "一般公共预算收入", "year_on_year"),
    ("basis-before", "项目数量较之前减少65项。", "减少65项", "项目数量", "之前"),
    ("basis-none-annual", "城镇居民收入年均增长7.5%。", "增长7.5%", "城镇居民收入", None),
    # a frequency (每年, 平均每年) is how often, not what changed: the subject carries from the clause before
    ("every-year-carried", "全县财政收入由12亿元增加到30亿元，平均每年增加3.6亿元。", "增加3.6亿元", "财政收入", None),
    # a time or period standing for the subject is when, not what: the subject carries or is dropped
    ("year-only-carried", "一九八三年财政收入增加一百二十七亿元，一九八四年增加二百五十五亿元。", "增加二百五十五亿元", "财政收入", None),
    ("period-lead", "五年内全国工农业总产值增长百分之三十八。", "增长百分之三十八", "工农业总产值", None),
    ("every-year-basis", "粮食产量比2010年以前平均每年增加8万吨。", "增加8万吨", "粮食产量", "2010年以前"),
    # near misses: 比 and 较 that compare nothing
    ("no-basis-bizhong", "服务业增加值占比提高1.2个百分点。", "提高1.2个百分点", "服务业增加值占比", None),
    ("no-basis-pingbi", "各类评比达标项目减少了40%，", "减少了40%", "各类评比达标项目", None),
    ("no-basis-jiaokuai", "全市外贸进出口较快增长，出口增长9%。", "增长9%", "出口", None),
]


@pytest.mark.parametrize("sentence,span,subject,basis", [c[1:] for c in SUBJECTS], ids=[c[0] for c in SUBJECTS])
def test_subject_and_basis(sentence, span, subject, basis):
    hits = [f for f in extract_facts(sentence, kinds=["change"]) if f.text == span]
    assert hits, extract_facts(sentence, kinds=["change"])
    assert (hits[0].subject, hits[0].basis) == (subject, basis)


# distributive lists (FACTS.md §5): one change per number, each with its member of the subject list
# (id, sentence, [(span, subject, by_value, unit)])
DISTRIBUTIVE = [
    ("shared-head", "城镇、农村低保标准分别提高8%和12%。",
     [("提高8%", "城镇低保标准", 8, "%"), ("12%", "农村低保标准", 12, "%")]),
    ("shared-head-three", "一产、二产、三产投资同比分别增长4.1%、6.3%、9.2%。",
     [("增长4.1%", "一产投资", 4.1, "%"), ("6.3%", "二产投资", 6.3, "%"), ("9.2%", "三产投资", 9.2, "%")]),
    ("complete-members", "煤电、气电、水电、光电同比分别增长1.4%、5.0%、3.7%和16.6%。",
     [("增长1.4%", "煤电", 1.4, "%"), ("5.0%", "气电", 5.0, "%"), ("3.7%", "水电", 3.7, "%"), ("16.6%", "光电", 16.6, "%")]),
    ("place-member", "全省和高新区企业开办时间分别压缩40%、65%，", [("压缩40%", "全省企业开办时间", 40, "%"),
                                                         ("65%", "高新区企业开办时间", 65, "%")]),
    ("earlier-clauses", "城镇居民人均可支配收入4.2万元，农村居民人均可支配收入2.1万元，分别增长6.1%和7.3%。",
     [("增长6.1%", "城镇居民人均可支配收入", 6.1, "%"), ("7.3%", "农村居民人均可支配收入", 7.3, "%")]),
    ("unit-at-end", "耕地、林地面积分别净增加1.2万、3.5万公顷。",
     [("净增加1.2万", "耕地面积", 12000, "公顷"), ("3.5万公顷", "林地面积", 35000, "公顷")]),
    ("unit-at-end-three", "化肥、农药、农膜使用量分别减少3.2万、0.8万、0.5万吨。",
     [("减少3.2万", "化肥使用量", 32000, "吨"), ("0.8万", "农药使用量", 8000, "吨"), ("0.5万吨", "农膜使用量", 5000, "吨")]),
    ("member-one-word", "刑事、治安案件分别下降8.1%、5.2%。",
     [("下降8.1%", "刑事案件", 8.1, "%"), ("5.2%", "治安案件", 5.2, "%")]),
    ("member-not-standalone", "盗窃、涉赌、涉黄警情分别下降12%、9%、4%。",
     [("下降12%", "盗窃警情", 12, "%"), ("9%", "涉赌警情", 9, "%"), ("4%", "涉黄警情", 4, "%")]),
    ("paired-abbreviation", "城乡居民人均消费支出分别增长4.2%、6.8%。",
     [("增长4.2%", "城镇居民人均消费支出", 4.2, "%"), ("6.8%", "农村居民人均消费支出", 6.8, "%")]),
    ("paired-carried-list", "城乡居民人均消费支出分别达到3.1万元和1.9万元，分别增长5.2%和7.4%。",
     [("增长5.2%", "城镇居民人均消费支出", 5.2, "%"), ("7.4%", "农村居民人均消费支出", 7.4, "%")]),
    ("paired-not-across-clauses", "接待游客12万人次，进出口货物3.5万吨，分别增长6.1%和8.3%。",
     [("增长6.1%", "接待游客", 6.1, "%"), ("8.3%", "进出口货物", 8.3, "%")]),
    ("member-head-on-word-boundary", "“两新”、集成电路进口分别增长12%、18%。",
     [("增长12%", "两新进口", 12, "%"), ("18%", "集成电路进口", 18, "%")]),
    ("members-differ", "农业、林业、农业机械化投资分别增长3%、5%、8%。",
     [("增长3%", "农业投资", 3, "%"), ("5%", "林业投资", 5, "%"), ("8%", "农业机械化投资", 8, "%")]),
    # near miss: members and numbers do not pair up: each number keeps the whole subject
    ("no-pairing", "工业和信息化投资分别增长5%、7%和9%。",
     [("增长5%", "工业和信息化投资", 5, "%"), ("7%", "工业和信息化投资", 7, "%"), ("9%", "工业和信息化投资", 9, "%")]),
]


@pytest.mark.parametrize("sentence,expected", [c[1:] for c in DISTRIBUTIVE], ids=[c[0] for c in DISTRIBUTIVE])
def test_distributive_subjects(sentence, expected):
    got = [(c.text, c.subject, c.by_value, c.unit) for c in extract_facts(sentence, kinds=["change"])]
    assert got == expected


# change verb + 率/幅 (FACTS.md §5), multiples, from/to with times inside
FORMS = [
    ("rate-jiangfu", "全市生产安全事故起数降幅为18%。", "降幅为18%", "decrease", "生产安全事故起数", None, None, 18, "%"),
    ("rate-zengfu", "社会消费品零售总额增幅达6.5%，", "增幅达6.5%", "increase", "社会消费品零售总额", None, None, 6.5, "%"),
    ("rate-jingjianlv", "市级审批事项精简率为42%。", "精简率为42%", "decrease", "市级审批事项", None, None, 42, "%"),
    ("rate-zhangfu", "居民消费价格涨幅1.8%，", "涨幅1.8%", "increase", "居民消费价格", None, None, 1.8, "%"),
    ("multiple-le", "高新技术企业数增长了1.7倍。", "增长了1.7倍", "increase", "高新技术企业数", None, None, 1.7, "倍"),
    ("from-to-chinese-years", "公共服务支出占比从一九八〇年的百分之十二点五提高到一九九〇年的百分之二十。",
     "从一九八〇年的百分之十二点五提高到一九九〇年的百分之二十", "increase", "公共服务支出占比", 12.5, 20, None, "%"),
    ("from-to-years", "出口额从2015年的12亿元增加到2020年的35亿元。", "从2015年的12亿元增加到2020年的35亿元", "increase", "出口额",
     1_200_000_000, 3_500_000_000, None, "元"),
    ("from-week-to-days", "不动产登记时间从一周缩短为3天。", "从一周缩短为3天", "decrease", "不动产登记时间", 7, 3, None, "天"),
    ("from-year-to-months", "审批周期由一年压缩至8个月。", "由一年压缩至8个月", "decrease", "审批周期", 12, 8, None, "月"),
]


@pytest.mark.parametrize("sentence,span,direction,subject,from_value,to_value,by_value,unit", [c[1:] for c in FORMS],
                         ids=[c[0] for c in FORMS])
def test_change_forms(sentence, span, direction, subject, from_value, to_value, by_value, unit):
    test_change(sentence, span, direction, subject, from_value, to_value, by_value, unit)


@pytest.mark.parametrize("sentence", [
    "合格率为98%。",  # a rate of no change verb
    "增速超过8%的城市有5个。",  # a threshold a group passes (增速 = 增长率 is a rate word: 增速为8% is a change)
    "降幅明显收窄。",  # no number
    "是上年的1.7倍。",  # a ratio, no change verb
    "从一周开始，",  # a from-phrase with no change
])
def test_rate_and_multiple_near_misses(sentence):
    assert extract_facts(sentence, kinds=["change"]) == []


# --- realgold2/realgold3 (work reports, fee notices): verbs and lists the rules had not met
# (id, sentence, span, direction, subject, from, to, by, unit)
MORE_FORMS = [
    ("tiaogao-to", "全年粮食收购价格由每斤1.2元调高到1.5元。", "由每斤1.2元调高到1.5元", "increase",
     "粮食收购价格", 1.2, 1.5, None, "元"),
    ("tiaodi-by", "存款基准利率调低0.25个百分点。", "调低0.25个百分点", "decrease", "存款基准利率", None, None, 0.25, "个百分点"),
    ("gaishan-concentration", "全市细颗粒物平均浓度改善12.5%，", "改善12.5%", "decrease", "细颗粒物平均浓度",
     None, None, 12.5, "%"),
    ("jianyuan", "机关事业单位编制内人员减员86人。", "减员86人", "decrease", "机关事业单位编制内人员", None, None, 86, "人"),
    ("either-merged-decrease", "全县乡镇由28个合并为19个。", "由28个合并为19个", "decrease", "乡镇", 28, 19, None, "个"),
    ("either-adjusted-increase", "补助标准由每人每月300元调整为450元。", "由每人每月300元调整为450元", "increase",
     "补助标准", 300, 450, None, "元"),
    ("from-year-start-to-year-end", "参保人数由年初的26万人扩大到年末的31万人。", "由年初的26万人扩大到年末的31万人",
     "increase", "参保人数", 260_000, 310_000, None, "人"),
    ("to-bare-ratio", "城乡居民收入比缩小至2.31。", "缩小至2.31", "decrease", None, None, 2.31, None, None),
    ("from-to-bare", "城乡居民收入比值由3.27缩小至2.93。", "由3.27缩小至2.93", "decrease", "城乡居民收入比值", 3.27, 2.93, None, None),
    ("from-to-ratio-n-1", "城乡收入比从2.50:1缩小至2.27:1。", "从2.50:1缩小至2.27:1", "decrease", None, 2.5, 2.27, None, None),
    ("from-to-ratio-sign", "城乡收入比由2.9∶1缩小至2.52∶1。", "由2.9∶1缩小至2.52∶1", "decrease", None, 2.9, 2.52, None, None),
    ("adverb-before-to-verb", "中职学校由71所优化整合为47所，", "由71所优化整合为47所", "decrease", "中职学校", 71, 47, None, "所"),
    ("adverb-tongyi", "各类收费由300元统一降至200元。", "由300元统一降至200元", "decrease", "各类收费", 300, 200, None, "元"),
]


@pytest.mark.parametrize("sentence,span,direction,subject,from_value,to_value,by_value,unit", [c[1:] for c in MORE_FORMS],
                         ids=[c[0] for c in MORE_FORMS])
def test_more_change_forms(sentence, span, direction, subject, from_value, to_value, by_value, unit):
    hits = [f for f in extract_facts(sentence, kinds=["change"]) if f.text == span]
    assert hits, extract_facts(sentence, kinds=["change"])
    c = hits[0]
    assert (c.direction, c.from_value, c.to_value, c.by_value, c.unit) == (direction, from_value, to_value, by_value, unit)
    if subject is not None:  # the subject is read by govtext.extract.subjects (tested there and above)
        assert c.subject == subject


# lists of numbers after one verb (FACTS.md §5), with or without 分别: one change per number;
# from- and to-lists pair their i-th members
# (id, sentence, [(span, from, to, by, unit)])
LISTS = [
    ("no-fenbie-percent", "工业和服务业增加值年均增长6.5%、8.1%，", [("增长6.5%", None, None, 6.5, "%"), ("8.1%", None, None, 8.1, "%")]),
    ("no-fenbie-to-counts", "全市三甲医院、社区卫生服务中心增至12家、85个，",
     [("增至12家", None, 12, None, "家"), ("85个", None, 85, None, "个")]),
    ("multiples", "专利授权量、技术合同成交额分别增长1.6倍、2.4倍。",
     [("增长1.6倍", None, None, 1.6, "倍"), ("2.4倍", None, None, 2.4, "倍")]),
    ("from-to-lists", "两项检验费分别由1.2万元、3.5万元降至0.8万元、2.1万元。",
     [("由1.2万元、3.5万元降至0.8万元", 12_000, 8_000, None, "元"), ("3.5万元降至0.8万元、2.1万元", 35_000, 21_000, None, "元")]),
    ("from-to-three", "三类企业户数分别由120户、85户、40户增加到150户、97户、52户。",
     [("由120户、85户、40户增加到150户", 120, 150, None, "户"), ("85户、40户增加到150户、97户", 85, 97, None, "户"),
      ("40户增加到150户、97户、52户", 40, 52, None, "户")]),
    ("from-list-one-to", "两档收费分别由300元、500元降至200元。",
     [("由300元、500元降至200元", 300, 200, None, "元"), ("500元降至200元", 500, 200, None, "元")]),
    # near misses: lists that do not pair keep the from-level next to the verb
    ("from-lists-unpaired", "收费由300元、500元降至200元、250元、280元。",
     [("由300元、500元降至200元", 500, 200, None, "元"), ("250元", None, 250, None, "元"), ("280元", None, 280, None, "元")]),
    # an amount never pairs with a count
    ("amount-then-count", "投入资金增加500万元、新建项目12个。", [("增加500万元", None, None, 5_000_000, "元")]),
]


@pytest.mark.parametrize("sentence,expected", [c[1:] for c in LISTS], ids=[c[0] for c in LISTS])
def test_lists_of_changes(sentence, expected):
    got = [(c.text, c.from_value, c.to_value, c.by_value, c.unit) for c in extract_facts(sentence, kinds=["change"])]
    assert got == expected


@pytest.mark.parametrize("sentence", [
    "中国能建集团压缩空气储能等20个合作项目落地",  # 压缩空气 compressed air: a technology, no reduction
    "全面落实以“稳增长20条”为统领的政策体系",  # 稳增长 names a policy; 20条 is part of the name
    "坚持保增长、促增长6项措施同步推进",  # 保增长 / 促增长: set phrases, no change
    "将补助标准调整为每人450元",  # a verb of either direction with no from-level: no change
    "会议由3次调整为3次",  # the same level: no change
    "比例缩小至2.31倍以下的地区",  # no bare level: 2.31 is not closing its clause
    "延长至2025年",  # a year is no level
    "由300元的标准调整为新标准",  # either-verb with no to-level
    "调整为8.3∶41.4∶50.3",  # a structure of three parts is no level
    "新建和改善绿水长廊1272公里",  # 改善 + object: a count of what was improved
    "改善农村住房超50万户",  # idem
    "投入民生保障和改善资金1300多亿元",  # 改善 in a noun phrase
    "这是人民生活品质显著提升的五年。",  # 的 after the verb: a relative clause, no object
    "消费对经济增长的贡献率达到51.2%",  # idem: 增长 modifies 贡献率
    "出台稳增长政策32项",  # 稳增长 names a policy
])
def test_more_near_misses(sentence):
    assert [c.text for c in extract_facts(sentence, kinds=["change"])] == []


# a base written as 在…基础上 (the level a change starts from) is the change's basis
@pytest.mark.parametrize("sentence,span,basis", [
    ("其他注册收费在原收费标准基础上下调30%。", "下调30%", "原收费标准"),
    ("企业职工基本养老金在上年基础上提高5%。", "提高5%", "previous_year"),
    ("在一九五九年粮食总产量的基础上，再增加百分之十。", "增加百分之十", "1959年粮食总产量"),
    # near miss: 在 that opens no base closed by 基础上
    ("在全省各市中增长最快，增长12%。", "增长12%", None),
], ids=["written-base", "previous-year", "chinese-year-de", "no-close"])
def test_base_of_jichu_shang(sentence, span, basis):
    hits = [f for f in extract_facts(sentence, kinds=["change"]) if f.text == span]
    assert hits and hits[0].basis == basis, extract_facts(sentence, kinds=["change"])
