"""Money and percent extraction: real phrases from corpus/ and constructed negatives."""
from __future__ import annotations

import pytest

from govtext.extract import extract_facts

MONEY = [
    # (id, sentence, surface, yuan, qualifier)
    ("wan-yuan", "帮助落实修路资金500万元，解决了辉煌村道路破损严重", "500万元", 5_000_000, None),
    ("decimal-wrap", "涉及金额3139.8\n万元，已解决问题涉及金额223万元。", "3139.8\n万元", 31_398_000, None),
    ("over-before-scale", "协调项目资金500余万元，修砂石路33公里", "500余万元", 5_000_000, "over"),
    ("small-decimal", "捐款捐物折合资金3.8万元，提供致富信息35件", "3.8万元", 38_000, None),
    ("yi-yuan", "累计投入2.6亿元用于民生", "2.6亿元", 260_000_000, None),
    ("arabic-scale-groups", "每户补贴1万2千元，用于危房改造", "1万2千元", 12_000, None),
    ("arabic-yi-qianwan", "累计投资1亿3千万元建设新校区", "1亿3千万元", 130_000_000, None),
    # round 12: digits with their places before the scale (as counts read them), an over-mark before 万
    ("arabic-places-wan", "共计投入1千2百万元", "1千2百万元", 12_000_000, None),
    ("arabic-places-alone", "每户补助3千5百元", "3千5百元", 3_500, None),
    ("over-between-bai-wan", "合计投入2百多万元", "2百多万元", 2_000_000, "over"),
    ("over-between-qian-wan-places", "投资1千2百多万元", "1千2百多万元", 12_000_000, "over"),
    ("chinese-numerals", "筹集资金一千万元", "一千万元", 10_000_000, None),
    ("plain-yuan", "人均补助1200元左右", "1200元左右", 1200, "approx"),
    ("traditional", "累計投入資金3.8萬元", "3.8萬元", 38_000, None),
    ("over-after-scale", "筹集资金500万余元", "500万余元", 5_000_000, "over"),
    ("from-value", "由1485万元降到737万元", "1485万元", 14_850_000, None),
    ("decimal-scale", "协调帮扶资金680.2万元", "680.2万元", 6_802_000, None),
    ("qualifier-before", "投入不少于100万元", "不少于100万元", 1_000_000, "at_least"),
    ("approx-before", "约200万元用于整改", "约200万元", 2_000_000, "approx"),
    ("thousands-comma", "补助资金1,500元", "1,500元", 1500, None),
    ("sign-at-most", "单个项目补助≤500万元", "≤500万元", 5_000_000, "at_most"),
    # a band of amounts: the upper bound keeps its own word (review11a)
    ("band-upper-own-bound", "合同金额大于等于1万元小于5万元的", "小于5万元", 50_000, "under"),
]


def test_a_number_of_another_order_is_no_range_end():
    # 1-3000元: 1 is no lower end of 3000 yuan (a list item, a code); only the amount is money
    assert [f.text for f in extract_facts("附件1-3000元以下项目清单", kinds=["money"])] == ["3000元以下"]


@pytest.mark.parametrize("sentence,surface,value,qual", [m[1:] for m in MONEY], ids=[m[0] for m in MONEY])
def test_money(sentence, surface, value, qual):
    facts = extract_facts(sentence, kinds=["money"])
    hit = [f for f in facts if f.text == surface]
    assert hit, facts
    assert hit[0].value == value and hit[0].qualifier == qual and hit[0].currency == "CNY"
    assert sentence[hit[0].start:hit[0].end] == surface


@pytest.mark.parametrize(
    "sentence,surface,value,currency",
    [("援助3万美元", "3万美元", 30_000, "USD"), ("奖励5万人民币", "5万人民币", 50_000, "CNY")],
    ids=["usd", "renminbi"],
)
def test_currency(sentence, surface, value, currency):
    hit = [f for f in extract_facts(sentence, kinds=["money"]) if f.text == surface]
    assert hit and hit[0].value == value and hit[0].currency == currency


@pytest.mark.parametrize(
    "sentence", ["推进一元化管理", "单元楼道整治", "多元主体参与", "人民币汇率"],
    ids=["yiyuanhua", "danyuan", "duoyuan", "renminbi-alone"],
)
def test_not_money(sentence):
    assert extract_facts(sentence, kinds=["money"]) == []


PERCENT = [
    ("percent-sign", "全区公务接待费下降90%，公务用车", "90%", 90, None),
    ("under", "下发的文件均下降至30%以下；在整治", "30%以下", 30, "under"),
    ("over", "解决率均达到80%以上，", "80%以上", 80, "over"),
    ("decimal", "全区性会议减少了19.1%，", "19.1%", 19.1, None),
    ("fullwidth", "减少了１４．８％", "１４．８％", 14.8, None),
    ("chinese", "覆盖率达到百分之三十", "百分之三十", 30, None),
    ("chinese-decimal", "地区生产总值同比增长百分之八点五", "百分之八点五", 8.5, None),
    ("chinese-decimal-permille", "人口自然增长率为千分之二点五", "千分之二点五", 0.25, None),
    ("chinese-no-decimal-after-dian", "百分之十点名批评", "百分之十", 10, None),
    ("tenths", "七成以上的问题已整改", "七成以上", 70, "over"),
    ("permille", "发生率为3.5‰", "3.5‰", 0.35, None),
    ("fraction", "约占五分之一", "五分之一", 20, "approx"),
    ("arabic-fraction", "约占总数的1/5", "1/5", 20, None),
    ("over-before", "超过90%的群众表示满意", "超过90%", 90, "over"),
    ("approx-tenths", "近七成问题已整改", "近七成", 70, "approx"),
    # near misses of the 八成 adverb: a share of a group (这些, 这批 divide; 其中, 全村)
    ("bacheng-share-zhexie", "这些企业八成是民营企业", "八成", 80, None),
    ("bacheng-share-quancun", "全村八成是党员", "八成", 80, None),
    ("within", "误差控制在5%以内", "5%以内", 5, "under"),
    ("corpus-level", "覆盖率实现全年目标的95%。", "95%", 95, None),
    ("corpus-distributive", "文件分别减少了23.1%和25%，", "25%", 25, None),
    # comparison signs of specifications (qualifiers.tsv) and tolerances
    ("sign-at-least", "产品合格率≥95%；", "≥95%", 95, "at_least"),
    ("sign-under", "轴间耦合度＜5%；", "＜5%", 5, "under"),
    ("sign-tolerance", "厚度误差≤±3%，", "≤±3%", 3, "at_most"),
    ("tolerance", "测量精度±0.5%，", "±0.5%", 0.5, None),
    ("ascii-over", "增速>6%的行业", ">6%", 6, "over"),
]


@pytest.mark.parametrize("sentence,surface,value,qual", [p[1:] for p in PERCENT], ids=[p[0] for p in PERCENT])
def test_percent(sentence, surface, value, qual):
    facts = extract_facts(sentence, kinds=["percent"])
    hit = [f for f in facts if f.text == surface]
    assert hit, facts
    assert hit[0].value == pytest.approx(value) and hit[0].qualifier == qual


@pytest.mark.parametrize(
    "sentence", ["加强党员队伍建设，成为标杆", "完成了任务", "2014/10/24 14:32", "比分3/2",
                 "这事八成要黄", "这件事八成是他干的", "明天八成要下雨"],
    ids=["chengwei", "wancheng", "slash-date", "not-a-part", "bacheng-adverb-topic", "bacheng-adverb-topic-jian",
         "bacheng-adverb-day"],
)
def test_not_percent(sentence):
    assert extract_facts(sentence, kinds=["percent"]) == []


# a range written as two bounds, 以上 then 以下, is one amount (issue 14 decision 3), also with 、
# or a comma between (法规: 罚款幅度为500元以上、5000元以下); the same for counts
# (id, sentence, kind, [(surface, value, value_max, qualifier)])
BOUNDS = [
    ("adjacent", "处2万元以上10万元以下的罚款", "money", [("2万元以上10万元以下", 20_000, 100_000, None)]),
    ("dunhao", "罚款幅度为500元以上、5000元以下。", "money", [("500元以上、5000元以下", 500, 5000, None)]),
    ("dunhao-wan", "处1000元以上、1万元以下的罚款", "money", [("1000元以上、1万元以下", 1000, 10_000, None)]),
    ("comma", "处1万元以上，5万元以下的罚款", "money", [("1万元以上，5万元以下", 10_000, 50_000, None)]),
    ("count-dunhao", "从业人员50人以上、300人以下的企业", "quantity", [("50人以上、300人以下", 50, 300, None)]),
    # near misses: bounds in the wrong order, words between, or two bounds of one side stay two amounts
    ("wrong-order", "5000元以上、3000元以下", "money", [("5000元以上", 5000, None, "over"), ("3000元以下", 3000, None, "under")]),
    ("words-between", "处500元以上的罚款、5000元以下的赔偿", "money",
     [("500元以上", 500, None, "over"), ("5000元以下", 5000, None, "under")]),
    ("same-side", "500元以上、5000元以上", "money", [("500元以上", 500, None, "over"), ("5000元以上", 5000, None, "over")]),
    # round 12: tenths side by side or joined by 、 are one range (七八成, 七、八成); near misses: two shares
    # listed (三成、五成), an idiom (三五成群), 成功 after 九
    ("cheng-side-by-side", "有六七成把握", "percent", [("六七成", 60, 70, None)]),
    ("cheng-dunhao", "约有七、八成的企业复工", "percent", [("七、八成", 70, 80, "approx")]),
    ("cheng-dunhao-arabic", "约有7、8成的企业复工", "percent", [("7、8成", 70, 80, "approx")]),
    ("cheng-two-shares", "分别占三成、五成", "percent", [("三成", 30, None, None), ("五成", 50, None, None)]),
    ("cheng-idiom", "三五成群地聚在一起，十有八九成功", "percent", []),
]


@pytest.mark.parametrize("sentence,kind,expected", [b[1:] for b in BOUNDS], ids=[b[0] for b in BOUNDS])
def test_two_bounds_make_one_range(sentence, kind, expected):
    got = [(f.text, f.value, f.value_max, f.qualifier) for f in extract_facts(sentence, kinds=[kind])]
    assert got == expected
