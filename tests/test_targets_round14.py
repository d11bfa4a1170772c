"""Round 14 target rules: own sentences, each table with its near misses."""
import pytest

from govtext.extract import extract_facts

# a goal part: the 主要预期目标 list opens the paragraph before, so the sentences after it are the year's work
_GOALS = "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n"


def _targets(text: str, doc_date: str = "2026-01-20") -> list[tuple]:
    facts = extract_facts(text, kinds=["target"], doc_date=doc_date)
    return [(f.subject, f.measure, f.value, f.unit, f.comparator) for f in facts]


def _after_goals(sentence: str) -> list[tuple]:
    return _targets(_GOALS + sentence)[1:]


@pytest.mark.parametrize("sentence, expected", [
    # a growth or reduction verb, its object, then the number: the verb measures the object
    ("今年再减少农村贫困人口1000万以上。", [("农村贫困人口", "reduction", 10000000, None, ">=")]),
    ("再压减钢铁产能3000万吨左右。", [("钢铁产能", "reduction", 30000000, "吨", "approx")]),
    ("降低企业物流成本500亿元。", [("企业物流成本", "reduction", 50000000000, "元", "=")]),
    # 增加 before a count adds things: a level count
    ("增加普通高中学位5000个。", [("普通高中学位", "level", 5000, "个", "=")]),
    # near misses: a noun before the verb is the subject (农村贫困人口减少…), a growth verb inside a noun (增加值)
    ("农村贫困人口减少1000万以上。", [("农村贫困人口", "reduction", 10000000, None, ">=")]),
    ("规上工业增加值6000亿元左右。", [("规上工业增加值", "level", 600000000000, "元", "approx")]),
    # a growth verb before a count names a known set, not things to add
    ("提升贫困县域帮扶质效39个。", []),
])
def test_verb_object_number(sentence, expected):
    assert _after_goals(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a count that sums up the examples an action verb lists: the things the task does
    ("到2027年，加快建设浪潮等9个标识解析二级节点。", [("标识解析二级节点", "level", 9, "个", "=")]),
    ("到2027年，全面开展甲、乙、丙等20种重大疾病保障试点。", [("重大疾病保障试点", "level", 20, "种", "=")]),
    # after a cause verb only a bound makes it a figure to reach
    ("到2027年，推动《甲规范》《乙规范》等在内的20项以上急需标准出台。", [("急需标准", "level", 20, "项", ">=")]),
    ("到2027年，推进甲、乙、丙等5个物流园区建设。", []),
    # near misses: the examples name who acts, or a number stands among them
    ("到2027年，北京、上海等10个城市开展试点。", []),
    ("到2027年，甲、乙等5个项目建成投产。", []),
    # a grade inside the counted noun leaves the count a count; a grade opening it counts members of the grade
    ("到2027年，建设9个标识解析二级节点。", [("标识解析二级节点", "level", 9, "个", "=")]),
    ("到2027年，细分形成14个二级分类。", []),
    ("到2027年，抓好9个方面工作。", []),
])
def test_count_of_listed_examples(sentence, expected):
    assert _targets(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a count of places right after 在, then what the task does there
    ("到2027年，在10个以上领域实现数据实时汇聚。", [("领域", "level", 10, "个", ">=")]),
    ("到2027年，在全省建设10个智慧园区。", [("智慧园区", "level", 10, "个", "=")]),
    # near misses: 在 inside a word, a level verb ending in 在, a count closing its item
    ("到2027年，存在10个问题需要解决。", []),
    ("到2027年，技术创新中心总量稳定在100家左右。", [("技术创新中心总量", "level", 100, "家", "approx")]),
    ("到2027年，试点在10个城市。", []),
    # 发展 right before a count: the things to develop
    ("到2027年，支持发展10家左右垂直电商平台、20家左右电商综合服务平台。",
     [("垂直电商平台", "level", 10, "家", "approx"), ("电商综合服务平台", "level", 20, "家", "approx")]),
    # near miss: 发展 inside the counted noun is no verb of the count
    ("到2027年，培育融合发展集聚区30个以上。", [("融合发展集聚区", "level", 30, "个", ">=")]),
])
def test_places_and_develop_counts(sentence, expected):
    assert _targets(sentence) == expected


@pytest.mark.parametrize("sentence, subjects", [
    # an area or a length of work done: the action names the work with the noun before it
    ("到2027年，完成造林1亿亩以上、沙化土地治理350万亩、退化草原修复治理450万亩。",
     ["造林", "沙化土地治理", "退化草原修复治理"]),
    ("到2027年，“三北”工程建设10万亩。", ["三北工程建设"]),
    # near misses: a count or an amount of money names the noun alone
    ("到2027年，城镇保障性住房建成470万套。", ["城镇保障性住房"]),
    ("到2027年，超长期特别国债发行1万亿元。", ["超长期特别国债"]),
    # an action word opening a noun the tagger reads on (服务中心, 服务商) is no action of its own
    ("到2027年，建设现代农事综合服务中心20个。", ["现代农事综合服务中心"]),
    ("到2027年，培育数智化转型优质服务商100家。", ["数智化转型优质服务商"]),
])
def test_subject_of_work_done(sentence, subjects):
    assert [t[0] for t in _targets(sentence)] == subjects


@pytest.mark.parametrize("sentence, expected", [
    # whom a relief is for is no indicator: the verb names the goal, or its object does
    ("全年再为企业和个人减税8000亿元以上。", [("减税", "level", 800000000000, "元", ">=")]),
    ("力争为经营主体减负1000亿元以上。", [("减负", "level", 100000000000, "元", ">=")]),
    ("全年要为市场主体减轻非税负担3000亿元以上。", [("非税负担", "reduction", 300000000000, "元", ">=")]),
    # near misses: 为 as a copula before the indicator; a noun before the verb is the subject
    ("全省减税规模为8000亿元左右。", [("减税规模", "level", 800000000000, "元", "approx")]),
    ("全年企业物流成本降低500亿元以上。", [("企业物流成本", "reduction", 50000000000, "元", ">=")]),
])
def test_relief_for_whom(sentence, expected):
    assert _after_goals(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # this year's counts the text says it will start: the future 将 may stand in an earlier clause of the sentence
    ("今年，山东将利用省级专项资金，在新能源等领域启动150个重点项目，建设10个战略性新兴产业基地。",
     [("重点项目", "level", 150, "个", "="), ("战略性新兴产业基地", "level", 10, "个", "=")]),
    # near misses: no 将 (a report of this year), and a disposal 将 closing on the number
    ("今年，山东利用省级专项资金，在新能源等领域启动150个重点项目。", []),
    ("今年，山东已将省级专项资金用于150个重点项目。", []),
])
def test_this_year_will_over_clauses(sentence, expected):
    assert [t for t in _targets(sentence, "2013-06-01")] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a firm cue holding a red line: the quantity and the noun it measures
    ("底线是严守18亿亩耕地红线。", [("耕地", "level", 1800000000, "亩", "=", "firm")]),
    ("坚决守住18亿亩耕地红线，确保粮食产量稳定在1.3万亿斤以上。",
     [("耕地", "level", 1800000000, "亩", "=", "firm"), ("粮食产量", "level", 1300000000000, "斤", ">=", "firm")]),
    # near misses: a cue done (守住了) is a result; a cue binding its clause sets no goal in the clauses after it
    ("各地守住了18亿亩耕地红线。", []),
    ("今年严守生态保护红线，完成造林1亿亩以上。", [("造林", "level", 100000000, "亩", ">=", None)]),
])
def test_firm_cue_before_a_quantity(sentence, expected):
    facts = extract_facts(_GOALS + sentence, kinds=["target"], doc_date="2026-01-20")[1:]
    assert [(f.subject, f.measure, f.value, f.unit, f.comparator, f.strength) for f in facts] == expected


@pytest.mark.parametrize("sentence, expected", [
    # the 每 of a from-level names the standard being raised
    ("今年新农合财政补助标准由每人每年240元提高到280元。", [("新农合财政补助标准", "level", 280, "元", "=")]),
    # near miss: a 每 before the subject makes it a standard for each, no goal
    ("每户补助资金1200元。", []),
])
def test_per_head_standard_raised(sentence, expected):
    assert _after_goals(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a duration is the growth of an indicator counted in years
    ("到2030年，人均预期寿命再提高1.5岁。", [("人均预期寿命", "growth", 1.5, "岁", "=")]),
    # near misses: a duration naming a campaign, a rule of procedure
    ("到2030年，实施整治提升五年行动。", []),
    ("到2030年，集中教育时间不少于3个月。", []),
    # a goal the subject names and sets: the setting verb and the period are no part of the indicator
    ("到2030年，建议“十五五”时期地区生产总值增速目标设定为年均增长5.5%—6%。", [("地区生产总值", "growth", 5.5, "%", "=")]),
])
def test_duration_growth_and_set_goal_subject(sentence, expected):
    assert _targets(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a count rounded down (多, 余) after a bare noun states how many there are
    ("今年高校毕业生820多万人，再创历史新高。", []),
    ("今年全省普通高校毕业生30余万人。", []),
    # near misses: a plan's bound, a figure the clause says it will be, a goal list
    ("今年中央财政预算赤字1503亿元以内。", [("中央财政预算赤字", "level", 150300000000, "元", "<=")]),
    ("五年内国家财政将投入200多亿元。", [(20000000000, "元", ">=")]),
])
def test_rounded_down_stock_count(sentence, expected):
    found = _after_goals(sentence)
    assert len(found) == len(expected)
    assert [t[2:] if len(e) == 3 else t for t, e in zip(found, expected)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # what a forecast expects a project to bring once done is its effect, no goal
    ("工程预计今年全部投运后，年送电量将达400亿千瓦时，新能源电量输送占比将超过50%。", []),
    # near misses: the figure before the forecast clause; an estimated base (比上年预计)
    ("今年，全省将新建5G基站1万个，预计建成后，5G用户将突破3000万户。", [("5G基站", "level", 10000, "个", "=")]),
    ("到2027年，粮食产量达到340亿斤，比上年预计增加10亿斤。", [("粮食产量", "level", 34000000000, "斤", "=")]),
])
def test_forecast_of_a_project_done(sentence, expected):
    assert _targets(sentence, "2024-05-01") == expected


@pytest.mark.parametrize("sentence, expected", [
    # a noun and a count after a count of things to build continues it
    ("五年内将新建国营机械化农场九十一个，拖拉机站一百九十四个。",
     [("国营机械化农场", "level", 91, "个", "="), ("拖拉机站", "level", 194, "个", "=")]),
    # near misses: no noun before the count; a count after a full stop; no goal before
    ("五年内开始建设的工业建设单位694个，分布在内地的将有472个。", [("工业建设单位", "level", 694, "个", "=")]),
    ("五年内将新建国营机械化农场九十一个。拖拉机站一百九十四个。", [("国营机械化农场", "level", 91, "个", "=")]),
    ("全市现有学校10所，幼儿园20所。", []),
])
def test_count_continuing_a_count(sentence, expected):
    assert _targets(sentence, None) == expected


_HANDED = "现将《国家职业教育改革实施方案》印发给你们，请认真贯彻执行。\n"


@pytest.mark.parametrize("text, expected", [
    # a notice handing out a plan: the plan's bounded task figures are goals, a future year opening a clause dates them
    (_HANDED + "推动职业院校在10个左右技术技能人才紧缺领域大力开展职业培训。",
     [("技术技能人才紧缺领域", "level", 10, "个", "approx", None)]),
    (_HANDED + "2020年初步建成300个示范性职业教育集团（联盟），带动中小企业参与。",
     [("示范性职业教育集团", "level", 300, "个", "=", "2020")]),
    # near misses: a notice handing out rules (办法); a year before the document's
    ("现将《个人所得税专项附加扣除暂行办法》印发给你们，请认真贯彻执行。\n推动职业院校在10个左右领域大力开展职业培训。", []),
    (_HANDED + "2018年初步建成300个示范性职业教育集团。", []),
])
def test_plan_a_notice_hands_out(text, expected):
    facts = extract_facts(text, kinds=["target"], doc_date="2019-02-13")
    assert [(f.subject, f.measure, f.value, f.unit, f.comparator, f.deadline) for f in facts] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a field between the action and the count: the counted things belong to it
    ("到2027年，实施法治化营商环境100项提升举措。", [("法治化营商环境提升举措", "level", 100, "项", "=")]),
    ("到2027年，建设全省10个示范区。", [("示范区", "level", 10, "个", "=")]),
    # near misses: a count in words names a known set; a list names the things counted; a verb in the gap
    ("到2027年，继续打好煤矿瓦斯治理和矿山整顿两个攻坚战。", []),
    ("到2027年，全面完成东坝、尕羊、吉曲3乡大电网延伸工程。", []),
    ("到2027年，带动企业100家以上实现数字化转型。", []),
])
def test_count_after_a_field(sentence, expected):
    assert _targets(sentence) == expected


_PLAN = "为推进数字政府建设，制定本行动方案。\n"


@pytest.mark.parametrize("text, expected", [
    # in a plan that names itself an indicator with a plan's bound is a figure to reach; a unit in Latin letters
    (_PLAN + "实现省市视频监控、全息感知两个平面的试点建设，带宽可用性5000M以上。", [("带宽可用性", "level", 5000, "M", ">=")]),
    (_PLAN + "建设省级公共互连接入区，接入能力10000M以上。", [("接入能力", "level", 10000, "M", ">=")]),
    # near misses: no bound (a figure stated), no plan, a gloss in brackets of a form
    (_PLAN + "现有接入能力10000M。", []),
    ("建设省级公共互连接入区，接入能力10000M以上。", []),
    (_PLAN + "解决的痛点问题描述（300字以内）", []),
])
def test_bounded_indicator_in_a_plan(text, expected):
    assert _targets(text, "2021-03-01") == expected


@pytest.mark.parametrize("sentence, subject", [
    # examples, 等, then the head noun: the count counts the head
    ("到2027年，打造10个左右新型智能终端、超高清视频等数字产业集群。", "数字产业集群"),
    # near miss: no list of examples before 等 (one noun) keeps the whole noun
    ("到2027年，打造10个左右数字产业集群。", "数字产业集群"),
])
def test_head_after_examples(sentence, subject):
    assert [t[0] for t in _targets(sentence)] == [subject]


@pytest.mark.parametrize("sentence, expected", [
    # what an amount is for (设立, 用于) is no noun the amount measures
    ("安排500亿元设立中央预算稳定调节基金。", []),
    ("拿出100亿元用于职工技能提升。", []),
    # near miss: the amount's noun
    ("拟发行1400亿元长期建设国债。", [("长期建设国债", "level", 140000000000, "元", "=")]),
])
def test_amount_for_a_purpose(sentence, expected):
    assert _after_goals(sentence) == expected
