"""What counts, amounts and changes are about (issue 14, round 7): forms found in a seeded sample of
unseen real text and in the dev gold. Sentences are our own, each class with near misses."""
from __future__ import annotations

import pytest

from govtext.extract import extract_facts
from govtext.extract.subject_lists import members


def _subjects(sentence: str, kind: str) -> list[tuple[str, object]]:
    field = "entity" if kind == "quantity" else "subject"
    return [(f.text, getattr(f, field)) for f in extract_facts(sentence, kinds=[kind])]


CHANGES = [
    # how a measure is reckoned stands between it and its verb: no part of the subject
    ("deducting-prices", "全市社会消费品零售总额扣除价格因素增长6.1%。", "社会消费品零售总额"),
    ("reckoned-in-money", "职工平均工资以货币计算增长9%。", "职工平均工资"),
    ("annual-rate", "一季度出口额环比按年率计算增长3%。", "出口额"),
    ("reckoning-clause", "地区生产总值达到3200亿元，按可比价格计算，比上年增长5.5%。", "地区生产总值"),
    ("reckoning-only-clause", "居民人均可支配收入，扣除物价因素比上年实际增长4.8%。", "居民人均可支配收入"),
    ("reckoning-after-level", "农民人均纯收入达到900元，扣除物价因素比上年增长6%。", "农民人均纯收入"),
    # near misses: before 的 the manner phrase modifies the noun; a preposition phrase with 的 stays
    ("reckoned-modifier-stays", "按现价计算的工业总产值比上年增长7%。", "按现价计算的工业总产值"),
    ("per-head-modifier-stays", "农民按人口平均的纯收入达到900元，比上年增长12%。", "农民按人口平均的纯收入"),
    # a heading before a colon names what the line measures
    ("colon-heading", "钢材：从120万吨增加到310万吨，增长1.6倍。", "钢材"),
    ("enumerated-heading", "二是服务业：全年增加值增长6.2%。", "增加值"),
    ("ordinal-point-with-shi", "第二是全年进口额增长4%。", "进口额"),
    # near misses: a bare 第X is the ordinal of the noun after it, never a point of the passage
    ("tertiary-industry", "全区第三产业增加值增长8.2%。", "第三产业增加值"),
    ("second-batch", "第二批试点企业数量增长12%。", "第二批试点企业数量"),
    # a modal 将 before a verb is no disposal; a from-level's unit running on is no subject
    # (round 9: a future figure 将达到…，增长… is a plan figure, no change, so the modal row reads a
    # past level: the subject still runs across the level's clause)
    ("modal-jiang", "今年粮食产量已达到六千亿斤，增长百分之十二。", "粮食产量"),
    ("disposal-jiang-stays", "市财政局将各项补助标准提高10%。", "各项补助标准"),
    # a bracket the clause cuts open is an aside
    ("open-bracket", "煤炭消费总量（按每吨标准煤7，000大卡计算），比上年下降了80万吨。", "煤炭消费总量"),
    # after 的 a verb is a noun
    ("de-verb-noun", "省财政用于教育的投入三年累计500亿元，年均增长12%。", "省财政用于教育的投入"),
    # a frame with 在 stays an adverbial even with 的 inside
    ("locative-frame-goes", "产值要在上年的基数上增长百分之九。", "产值"),
    ("zai-word-stays", "在岗职工平均工资增长7%。", "在岗职工平均工资"),
    ("share-modifier-stays", "轻工业的产值在工业总产值中的比重，由百分之三十上升为百分之三十六。", "轻工业的产值在工业总产值中的比重"),
]


@pytest.mark.parametrize("sentence,subject", [c[1:] for c in CHANGES], ids=[c[0] for c in CHANGES])
def test_change_subject(sentence, subject):
    got = _subjects(sentence, "change")
    assert got and got[-1][1] == subject, got


MEMBERS = [
    ("paired-word-split", "城镇、农村居民人均消费支出", 2, ["城镇居民人均消费支出", "农村居民人均消费支出"]),
    ("paired-with-he", "城镇和农村居民人均可支配收入", 2, ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    ("shared-statistic", "小麦、玉米、大豆产量", 3, ["小麦产量", "玉米产量", "大豆产量"]),
    ("shared-after-etc", "纺织、化工、电子等行业增加值", 3, ["纺织行业增加值", "化工行业增加值", "电子行业增加值"]),
    # near misses: whole measures of their own, members of one kind, a verb of the first member kept
    ("whole-measures", "入境游客人次、外资企业数量、免税销售额", 3, ["入境游客人次", "外资企业数量", "免税销售额"]),
    ("one-kind", "火电、水电、风电", 3, ["火电", "水电", "风电"]),
    ("modifier-not-pair", "钢铁、水泥、平板玻璃产量", 3, ["钢铁产量", "水泥产量", "平板玻璃产量"]),
]


@pytest.mark.parametrize("subject,n,expected", [c[1:] for c in MEMBERS], ids=[c[0] for c in MEMBERS])
def test_members(subject, n, expected):
    assert members(subject, n) == expected


def test_list_with_leading_verb():
    got = _subjects("接待游客人数、旅游总收入分别增长8.5%、9.1%。", "change")
    assert [s for _t, s in got] == ["接待游客人数", "旅游总收入"]


def test_list_after_reckoning_clause():
    """The earlier clauses pair with a 分别 list across a clause that says how the changes are reckoned."""
    got = _subjects("职工平均工资8200元，农民人均纯收入2900元，扣除价格因素，分别比上年实际增长6.5%和7.1%。", "change")
    assert [s for _t, s in got] == ["职工平均工资", "农民人均纯收入"]


def test_agent_after_you_carries_nothing():
    """由 naming who pays (no from-level) gives the amount no subject from the clause before."""
    got = _subjects("（三）申请人为合伙企业的，由其合伙人分摊每年5000元的扣除额度。", "money")
    assert got == [("5000元", "扣除额度")]


def test_paired_list_changes():
    got = _subjects("城镇、农村居民人均消费支出分别增长5.1%和7.3%。", "change")
    assert [s for _t, s in got] == ["城镇居民人均消费支出", "农村居民人均消费支出"]


QUANTITIES = [
    # a word the tagger reads as a time inside the noun phrase after a count
    ("time-tagged-noun", "会议接待了20多位外国元首和政府首脑。", "外国元首和政府首脑"),
    ("age-group", "培育15个以上特色老年旅游品牌。", "特色老年旅游品牌"),
    # an adjectival noun after 的 is the head
    ("adjectival-noun", "必须分清两类不同性质的矛盾。", "不同性质的矛盾"),
    # an idiom ending the clause is its predicate
    ("idiom-predicate", "两个国家和睦相处。", "国家"),
    # a modifier the tagger reads as an adverb, in an object: the noun after the count, never the
    # topic before the verb (decision 10)
    ("adverb-modifier-object", "各地高校推出近300个终身学习项目。", "终身学习项目"),
    # near misses: real time words end the phrase
    ("time-word-ends", "全省有1200个项目正在建设。", "项目"),
    ("this-year-ends", "全省有8个项目今年投产。", "项目"),
    # how often, or a bound, between the thing counted and its count
    ("how-often", "巡查河道每月不少于2次。", "巡查河道"),
    ("bound-word", "选出的代表最多不超过七人。", "选出的代表"),
]


@pytest.mark.parametrize("sentence,entity", [c[1:] for c in QUANTITIES], ids=[c[0] for c in QUANTITIES])
def test_quantity_entity(sentence, entity):
    got = _subjects(sentence, "quantity")
    assert got and got[-1][1] == entity, got


MONEY = [
    ("adding-verb-goes", "城乡居民储蓄存款新增2100亿元。", "城乡居民储蓄存款"),
    ("time-before-level", "全市外汇储备年末达到35亿美元。", "外汇储备"),
    ("verbal-noun-after-verb", "拉动消费120亿元。", "消费"),
    ("verbal-noun-after-time", "今年上半年进出口超800亿元。", "进出口"),
    ("loss-after-time", "由上年亏损900万元转为盈利。", "亏损"),
    # a clause with an aspect particle is no topic
    ("no-topic-with-le", "这些农场，去年有了盈利，由上年亏损900万元转为盈利。", "亏损"),
    # a list of amounts before 的 is a relative clause: each amount measures the noun before
    ("relative-list", "对营业收入首次突破100亿元、50亿元的企业给予奖励。", "营业收入"),
    # near misses: a verb of change names no sum; a payment word keeps its noun
    ("change-verb-none", "比去年增加520亿元。", None),
    ("per-period-none", "由兄弟姐妹分摊每月3000元的扣除额度。", "扣除额度"),
    ("payment-kept", "给予企业补贴50万元。", "企业补贴"),
]


@pytest.mark.parametrize("sentence,subject", [c[1:] for c in MONEY], ids=[c[0] for c in MONEY])
def test_money_subject(sentence, subject):
    got = _subjects(sentence, "money")
    assert got and all(s == subject for _t, s in got[:2]), got


def test_topic_clause_whole():
    """A topic clause, whole (a relative clause inside), three clauses back: the level a change reaches."""
    got = _subjects("每吨煤炭实现的利润，2019年为30元，2020年为35元，2021年提高到41元。", "money")
    assert got[-1] == ("41元", "每吨煤炭实现的利润")


RANGES = [
    ("one-to-two", "可以设副秘书长一人至二人。", [("一人至二人", 1, 2, "副秘书长")]),
    ("one-to-three-days", "公示一天至三天。", [("一天至三天", 1, 3, None)]),
    # near misses: 一 alone stays an article; no range without a second count
    ("article-alone", "一次到位，一人一策。", []),
    ("one-then-count", "设主任一人，副主任二至三人。", [("二至三人", 2, 3, "副主任")]),
]


@pytest.mark.parametrize("sentence,expected", [c[1:] for c in RANGES], ids=[c[0] for c in RANGES])
def test_range_from_one(sentence, expected):
    got = [(f.text, f.value, f.value_max, f.entity) for f in extract_facts(sentence, kinds=["quantity"])]
    assert got == expected


OBJECTS = [
    # a count that is a preposition's object counts nothing before the preposition
    ("preposition-object", "这一安排主要基于两方面考虑。", None),
    ("from-aspects", "要从四个方面发力。", "方面"),
    # predicates the tagger reads as nouns end the phrase after a count (entity_cues.tsv)
    ("practise-predicate", "医师不得同时在两个以上机构执业。", "机构"),
    # near misses: 为 is a copula-like preposition; a noun compound with the verb stays
    ("wei-keeps-topic", "理事为25人。", "理事"),
    ("compound-stays", "全县有300名执业医师。", "执业医师"),
]


@pytest.mark.parametrize("sentence,entity", [c[1:] for c in OBJECTS], ids=[c[0] for c in OBJECTS])
def test_count_as_object(sentence, entity):
    got = _subjects(sentence, "quantity")
    assert got and got[-1][1] == entity, got


FRAMES = [
    # a 在-frame holding the change: its noun is the subject (the clause after has its own)
    ("frame-holds-change", "2020年在投资增长不到2%的情况下，消费增长6%。", ["投资", "消费"]),
    ("frame-opens-clause", "在出口增长12%的带动下，全市经济增长6%。", ["出口", "经济"]),
]


@pytest.mark.parametrize("sentence,subjects", [c[1:] for c in FRAMES], ids=[c[0] for c in FRAMES])
def test_change_in_frame(sentence, subjects):
    assert [s for _t, s in _subjects(sentence, "change")] == subjects


def test_heading_from_level_counts():
    """Both levels of a from-to change under a heading count the heading's noun."""
    got = _subjects("　　水泥：从二十万吨增加到五十万吨，增长一点五倍。", "quantity")
    assert [e for _t, e in got] == ["水泥", "水泥"]


LEVELS = [
    # a level reached in a clause with only a time and a level verb: the measure of the clause before
    ("level-after-change-clause", "在税收增加的同时，基金收入也大幅度增加，2020年达到850亿元。", ["基金收入"]),
    ("level-after-threshold", "经济规模稳步扩大，全省生产总值迈上3万亿元台阶，达到31250亿元。", ["生产总值", "生产总值"]),
    ("level-to-across-clauses", "基金收入大幅度增加，由2015年的120亿元增加到2020年的380亿元。", ["基金收入", "基金收入"]),
    # near misses: an increment in a clause of its own names no measure; nor does a clause before
    # that changed none
    ("increment-own-clause", "2019年税收增加12亿元，2020年增加25亿元。", ["税收", None]),
    ("no-change-before", "财政出现较大的赤字，两年合计近三十亿元。", [None]),
]


@pytest.mark.parametrize("sentence,subjects", [c[1:] for c in LEVELS], ids=[c[0] for c in LEVELS])
def test_level_subjects(sentence, subjects):
    assert [s for _t, s in _subjects(sentence, "money")] == subjects


def test_verb_morpheme_in_a_name_takes_no_object():
    """A single-character verb morpheme inside names before a count (武宜段) is no verb taking the count
    as object: the predicate after the counted noun stays out of it."""
    got = _subjects("新区铁路武宜段、老城铁路襄樊段等4条铁路建成运营。", "quantity")
    assert got[-1] == ("4条", "铁路")
