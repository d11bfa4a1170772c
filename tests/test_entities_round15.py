"""Round 15 (issue 14, "what each fact is about"): the noun after a count's classifier, 新增 kept (FACTS.md §5), the
people a verb acts on, coverage, the levels of one head, a label before a colon, ages at death, anniversaries; and
numbers that are no quantity (a train's number, a quoted campaign name, a height naming a weather variable) or one
range of degrees. Sentences of our own, each with near misses."""
from __future__ import annotations

import pytest

from govtext.extract import extract_facts

# (id, sentence, surface of the count, entity)
ENTITIES = [
    # the noun after number + classifier, not a phrase before it
    ("noun-tagged-numeral", "本届运动会设28个大项、329个小项。", "28个", "大项"),
    ("noun-tagged-numeral-2", "本届运动会设28个大项、329个小项。", "329个", "小项"),
    ("verbs-to-project", "省里支持启动了45个调整改造项目。", "45个", "调整改造项目"),
    ("verbs-to-project-subject", "全市有12个调整改造项目正在实施。", "12个", "调整改造项目"),
    ("suffix-xing", "全省打造20个紧密型县域医共体。", "20个", "紧密型县域医共体"),
    # a relative clause of qualities between the count and its head
    ("quality-relative", "建设8家左右建设水平突出、发展成效明显的数字产业园区。", "8家左右", "数字产业园区"),
    ("quality-relative-one", "选择20个产业基础好的县开展试点。", "20个", "县"),
    # a topic before a time word and the verb that acts on the things counted
    ("topic-before-verb", "传统产业的技术创新项目每年要启动800个。", "800个", "传统产业的技术创新项目"),
    ("topic-before-verb-2", "重点项目今年将开工12个。", "12个", "重点项目"),
    # levels of one head share it
    ("levels-share-head", "新建4个国家级、18个省级临床重点专科。", "4个", "国家级临床重点专科"),
    ("levels-share-head-2", "新建4个国家级、18个省级临床重点专科。", "18个", "省级临床重点专科"),
    ("sizes-share-head", "建成2个大型、7个中型水库。", "2个", "大型水库"),
    # 新增 stays (FACTS.md §5)
    ("new-employment", "城镇新增就业86万人。", "86万人", "城镇新增就业"),
    ("new-employment-period", "全年城镇新增就业86万人。", "86万人", "城镇新增就业"),
    ("new-capacity-measure", "新增发电装机容量320万千瓦。", "320万千瓦", "新增发电装机容量"),
    ("new-road-length", "新增公路通车里程1.8万公里。", "1.8万公里", "新增公路通车里程"),
    ("new-period-dropped", "全年新增煤炭生产能力2000万吨。", "2000万吨", "新增煤炭生产能力"),
    # a verb acting on people before their count says what was done to them
    ("people-received", "全年接待游客3200万人次。", "3200万人次", "游客"),
    ("people-helped", "累计救助灾民4.5万人。", "4.5万人", "灾民"),
    ("people-trained", "全年培训农民工12万人。", "12万人", "农民工"),
    ("people-sent", "全国铁路累计发送旅客2.1亿人次。", "2.1亿人次", "旅客"),
    ("people-modified", "全国共接待现场祭扫群众约860万人次。", "约860万人次", "现场祭扫群众"),
    # coverage of people is reach
    ("coverage-people", "社会养老保险覆盖8亿多人。", "8亿多人", None),
    ("coverage-things", "服务网络覆盖60个国家和地区。", "60个", "国家和地区"),
    # a label before a colon names the list after it
    ("colon-label", "范围：全球；层次：850hPa、500hPa；", "850hPa", "层次"),
    ("colon-label-elided", "范围：全球；层次：850hPa、500hPa；", "500hPa", "层次"),
    # the age a person died at
    ("age-at-death", "王明同志因病于2019年3月2日在北京逝世，享年88岁。", "88岁", "王明"),
    # coordinates: the hemisphere letter says what is measured
    ("longitude-range", "范围：西北太平洋（100°-180°E，0°-40°N）；", "100°-180°E", "经度"),
    ("latitude-range", "范围：西北太平洋（100°-180°E，0°-40°N）；", "0°-40°N", "纬度"),
    # a bare count of people after two heads
    ("bare-count-two-heads", "资助1200多万贫困家庭学生。", "1200多万", "贫困家庭学生"),
]


@pytest.mark.parametrize("sentence,surface,entity", [c[1:] for c in ENTITIES], ids=[c[0] for c in ENTITIES])
def test_entity_round15(sentence, surface, entity):
    hits = [f for f in extract_facts(sentence, kinds=["quantity"]) if f.text == surface]
    assert hits, extract_facts(sentence, kinds=["quantity"])
    assert hits[0].entity == entity


# near misses: the verb or modifier is part of the noun, or what is kept
NEAR = [
    ("relative-clause-people", "执行搜查的侦查人员不得少于二人。", "不得少于二人", "执行搜查的侦查人员"),
    ("verbal-noun-compound", "监督检查人员不得少于2人。", "不得少于2人", "监督检查人员"),
    ("verb-bound-head", "监事会组成人员不得少于三人。", "不得少于三人", "监事会组成人员"),
    ("verb-count-word", "当选人数达到三人的，", "三人", "当选人数"),
    ("state-verb", "企业有在职职工500人以上的，", "500人以上", "在职职工"),
    ("split-compound", "调查组成员不少于3人。", "不少于3人", "调查组成员"),
    ("participle", "已知债权人为三十人以下的，", "三十人以下", "已知债权人"),
    ("action-without-people", "给予党纪政务处分31人。", "31人", "给予党纪政务处分"),
    ("net-change-not-new", "城镇就业净增5万人。", "5万人", "城镇就业"),
    ("quality-relative-conjunction", "跨越两个行政区域或位置重要、关系重大的工程，", "两个", "行政区域"),
    ("quality-relative-long-clause", "决定将现年85岁的穆巴拉克暂时软禁在安保严密的军事医院。", "85岁", "穆巴拉克"),
    ("attribute-noun-before-de", "对9个方面的专项整治进行督查。", "9个", "方面"),
    ("anniversary-relation", "今年是中国恢复在联合国合法席位50周年。", "50周年", None),
    # an anniversary is a duration in years (FACTS §5: durations have entity null)
    ("anniversary-founding", "热烈庆祝自治区成立60周年。", "60周年", None),
    ("anniversary-ties", "明年将迎来中印建交80周年。", "80周年", None),
    ("verb-then-people", "帮扶就业困难人员实现就业3.5万人。", "3.5万人", "就业困难人员"),
    ("action-counted", "全市排查问题线索85条，立案32件。", "32件", "立案"),
    ("age-no-lifespan", "老人今年已经80岁。", "80岁", None),
    ("colon-frame", "其中：120人，", "120人", None),
    ("colon-verb-label", "参会人员：30人；", "30人", None),
]


@pytest.mark.parametrize("sentence,surface,entity", [c[1:] for c in NEAR], ids=[c[0] for c in NEAR])
def test_entity_round15_near_misses(sentence, surface, entity):
    hits = [f for f in extract_facts(sentence, kinds=["quantity"]) if f.text == surface]
    assert hits, extract_facts(sentence, kinds=["quantity"])
    assert hits[0].entity == entity


# numbers that label: no quantity fact at that surface
NOT_QUANTITIES = [
    ("train-number", "满载集装箱的75039次中欧班列昨天出发。", "75039次"),
    ("train-number-2", "乘坐1461次列车返乡。", "1461次"),
    ("quoted-campaign", "“寻找2022个亚运梦想”圆梦行动在杭州举行。", "2022个"),
    ("quoted-campaign-activity", "开展“四个1”活动。", "四个"),
    ("height-variable", "2m温度、10m风向风速、2m比湿；", "2m"),
    ("height-variable-2", "2m温度、10m风向风速、2m比湿；", "10m"),
]


@pytest.mark.parametrize("sentence,surface", [c[1:] for c in NOT_QUANTITIES], ids=[c[0] for c in NOT_QUANTITIES])
def test_not_a_quantity(sentence, surface):
    assert not [f for f in extract_facts(sentence, kinds=["quantity"]) if surface in f.text]


# near misses: counts that stay
STILL_QUANTITIES = [
    ("trips-counted", "全天开行旅客列车120列。", "120列", 120),
    ("times-counted", "组织培训3次，", "3次", 3),
    ("quoted-count-alone", "建立“3个清单”，", "3个", 3),
    ("height-measured", "塔高10m，", "10m", 10),
    ("quoted-not-campaign", "提出“5个坚持”要求。", "5个", 5),
]


@pytest.mark.parametrize("sentence,surface,value", [c[1:] for c in STILL_QUANTITIES], ids=[c[0] for c in STILL_QUANTITIES])
def test_still_a_quantity(sentence, surface, value):
    hits = [f for f in extract_facts(sentence, kinds=["quantity"]) if f.text == surface]
    assert hits and hits[0].value == value, extract_facts(sentence, kinds=["quantity"])


# ranges of degrees and other units after a dash: no minus sign
RANGES = [
    ("degrees-east", "（100°-180°E）", "100°-180°E", 100, 180, "°"),
    ("degrees-plain", "坡度15°-25°的耕地", "15°-25°", 15, 25, "°"),
    ("celsius", "气温10℃-15℃，", "10℃-15℃", 10, 15, "℃"),
]


@pytest.mark.parametrize("sentence,surface,value,value_max,unit", [c[1:] for c in RANGES], ids=[c[0] for c in RANGES])
def test_dash_range(sentence, surface, value, value_max, unit):
    hits = [f for f in extract_facts(sentence, kinds=["quantity"]) if f.text == surface]
    assert hits, extract_facts(sentence, kinds=["quantity"])
    assert (hits[0].value, hits[0].value_max, hits[0].unit) == (value, value_max, unit)


@pytest.mark.parametrize("sentence,surface,value", [
    ("温度为-5℃，", "-5℃", -5),  # a minus after no unit stays a sign
    ("气温-8℃-3℃之间", "-8℃", -8),  # a negative lower end: no range read over a sign
], ids=["minus-alone", "negative-low-end"])
def test_minus_stays(sentence, surface, value):
    hits = [f for f in extract_facts(sentence, kinds=["quantity"]) if f.text == surface]
    assert hits and hits[0].value == value, extract_facts(sentence, kinds=["quantity"])


# 近 before a span of time: the recent years (qualifier null, 近 outside the span) or "nearly" after a verb of lasting
RECENT = [
    ("recent-clause-start", "近两年我国经济运行中出现了新问题。", "两年", None),
    ("recent-after-noun", "企业近3年的财务报告；", "3年", None),
    ("recent-zui", "最近3年无重大违法行为。", "3年", None),
    ("recent-de-after-verb", "粮食产量保持近两年的水平。", "两年", None),
    ("recent-lai", "都创造了近五年来的最高水平。", "五年", None),
    ("nearly-lasting", "经过近3个月的比拼晋级总决赛。", "近3个月", "approx"),
    ("nearly-lishi", "大桥历时近两年建成。", "近两年", "approx"),
    ("nearly-after-verb", "航天员乘组已在轨驻留近5个月，", "近5个月", "approx"),
    ("nearly-count", "近300名党员参加。", "近300名", "approx"),
]


@pytest.mark.parametrize("sentence,surface,qualifier", [c[1:] for c in RECENT], ids=[c[0] for c in RECENT])
def test_recent_or_nearly(sentence, surface, qualifier):
    hits = [f for f in extract_facts(sentence, kinds=["quantity"]) if f.text == surface]
    assert hits, extract_facts(sentence, kinds=["quantity"])
    assert hits[0].qualifier == qualifier
