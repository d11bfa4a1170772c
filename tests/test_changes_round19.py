"""Changes, round 19 (issue 14): words opening a subject that are no part of the measure (an example marker, a
verb of becoming, a time of now, a verb of causing, 把), a period opener before a count of years, a trailing
adverb, a from-level per a period, a word's 从 and a quoted base. Sentences written for the tests, with near misses."""
import pytest

from govtext.extract import extract_facts


def _changes(text):
    return [(f.text, f.subject, f.basis) for f in extract_facts(text, kinds=["change"])]


def _levels(text):
    return [(f.text, f.subject, f.from_value, f.to_value) for f in extract_facts(text, kinds=["change"])]


# ``lead`` words of change_cues.tsv (如, 例如, 转为, 相应, 如今) and the ``now`` words (目前, 现在) opening the text before
# a change verb: dropped; alone they name nothing, and the measure is the one of the clause before.
@pytest.mark.parametrize("text, expected", [
    ("主要产品产量都有增长，如钢增长百分之十五，煤增长百分之八。",
     [("增长百分之十五", "钢", None), ("增长百分之八", "煤", None)]),
    ("例如，棉布产量增长百分之二十。", [("增长百分之二十", "棉布产量", None)]),
    ("去年单位能耗上升0.5%，今年转为下降2.1%。",
     [("上升0.5%", "单位能耗", None), ("下降2.1%", "单位能耗", None)]),
    ("积累率由上年的30%上升到35%，消费率相应地由70%降到65%。",
     [("由上年的30%上升到35%", "积累率", None), ("由70%降到65%", "消费率", None)]),
    ("建交国家的数量，现在已增加到一百二十个。", [("增加到一百二十个", "建交国家的数量", None)]),
    ("目前车间操作人员已从8人减少至3人。", [("从8人减少至3人", "车间操作人员", None)]),
    # near misses: a word that only begins with a lead character keeps it (如期 is one word; 目前 after the measure
    # is a time inside it)
    ("如期交付的住房比上年增加10%。", [("增加10%", "如期交付的住房", "previous_year")]),
    ("钢产量目前已比上年增长5%。", [("增长5%", "钢产量", "previous_year")]),
])
def test_lead_words(text, expected):
    assert _changes(text) == expected


# A clause opened by a verb of causing (带动, 拉动) after a clause of changes: what follows it changed.
@pytest.mark.parametrize("text, expected", [
    ("基础设施投资增长9.4%，带动固定资产投资增长5.1%。",
     [("增长9.4%", "基础设施投资", None), ("增长5.1%", "固定资产投资", None)]),
    ("出口增长8%，拉动工业增加值增长1.2%。", [("增长8%", "出口", None), ("增长1.2%", "工业增加值", None)]),
    # near miss: the cause before the verb inside the clause is dropped as before
    ("以旧换新带动家电零售额增长20%。", [("增长20%", "家电零售额", None)]),
])
def test_cause_opening_clause(text, expected):
    assert _changes(text) == expected


# 把 opening the subject is the frame of a disposal: its object is what changed.
@pytest.mark.parametrize("text, expected", [
    ("要把城乡居民医保的财政补助标准提高到120元，比上年增长50%。",
     [("增长50%", "城乡居民医保的财政补助标准", "previous_year")]),
    # near miss: 把握 is no disposal
    ("把握住的市场份额比上年提高2个百分点。", [("提高2个百分点", "把握住的市场份额", "previous_year")]),
])
def test_disposal_opening(text, expected):
    assert [c for c in _changes(text) if c[0].startswith("增长") or c[0].startswith("提高2")] == expected


# A period opener (前, 近, 头, 最近, 过去) and a count of years between a measure and its verb: when, no part of it;
# a period with 的 before it (五年计划的前三年) is a time phrase whole.
@pytest.mark.parametrize("text, expected", [
    ("钢产量前三年共增加了一百五十万吨，而去年一年就增加了一百六十万吨。",
     [("增加了一百五十万吨", "钢产量", None), ("增加了一百六十万吨", "钢产量", None)]),
    ("粮食产量近五年增长12%。", [("增长12%", "粮食产量", None)]),
    ("工业总产值头两年增长百分之三十。", [("增长百分之三十", "工业总产值", None)]),
    # near misses: a bare 前 of a word stays (提前完成); the period of a plan after 的 is no subject, the measure
    # of the clause before is
    ("提前建成的项目比上年增加20个。", [("增加20个", "提前建成的项目", "previous_year")]),
    ("工业总产值（不含手工业），在五年计划的前三年共增加了一百七十亿元。",
     [("增加了一百七十亿元", "工业总产值", None)]),
])
def test_period_opener(text, expected):
    assert _changes(text) == expected


# An adverb the tagger marks vd (逆势) closing the subject is how it changed.
@pytest.mark.parametrize("text, expected", [
    ("全年出口逆势增长17.8%。", [("增长17.8%", "出口", None)]),
    # near miss: a noun ending the subject stays whole
    ("全年出口总额增长17.8%。", [("增长17.8%", "出口总额", None)]),
])
def test_trailing_vd_adverb(text, expected):
    assert _changes(text) == expected


# A from-level per a period or a holder (796元/月): the from-value of the to-verb after it.
@pytest.mark.parametrize("text, expected", [
    ("城市低保标准从796元/月提高至842元/月。", [("从796元/月提高至842元", "城市低保标准", 796, 842)]),
    ("基础养老金最低标准由98元/人提高到178元/人。", [("由98元/人提高到178元", "基础养老金最低标准", 98, 178)]),
    # near misses: no per-unit, as before; a per-unit with no from-phrase gives no from-value
    ("城市低保标准从796元提高至842元。", [("从796元提高至842元", "城市低保标准", 796, 842)]),
    ("城市低保标准达到796元/月，提高至842元/月。", [("提高至842元", "城市低保标准", None, 842)]),
])
def test_per_unit_from_level(text, expected):
    assert _levels(text) == expected


# 从 inside a word (从业人员) is no from-phrase: the subject keeps it; a quoted base keeps both quotes.
@pytest.mark.parametrize("text, expected", [
    ("“五经普”法人单位从业人员比“四经普”增长29.8%。", [("增长29.8%", "五经普法人单位从业人员", "“四经普”")]),
    ("规上企业从业人员比上年增长3%。", [("增长3%", "规上企业从业人员", "previous_year")]),
    # near miss: a from-phrase with a number is cut as before
    ("审批时间从三天缩短为1天。", [("从三天缩短为1天", "审批时间", None)]),
])
def test_word_cong_and_quoted_base(text, expected):
    assert _changes(text) == expected


# A 分别 list splits at 、 and at 和, 及, 与 standing as words, not inside a word (普及率, 参与率): each member
# takes its own to-level.
@pytest.mark.parametrize("text, expected", [
    ("城乡环卫一体化覆盖率、农村自来水普及率分别提高到60%、92%。",
     [("提高到60%", "城乡环卫一体化覆盖率"), ("92%", "农村自来水普及率")]),
    ("农村自来水、卫生户厕普及率分别提升至97.2%、99.8%。",
     [("提升至97.2%", "农村自来水普及率"), ("99.8%", "卫生户厕普及率")]),
    ("农村自来水和卫生户厕普及率分别提高1.2个百分点和3个百分点。",
     [("提高1.2个百分点", "农村自来水普及率"), ("3个百分点", "卫生户厕普及率")]),
    # near miss: a list of one member and a word with 及 inside is no list
    ("农村自来水普及率分别提高到92%和95%。",
     [("提高到92%", "农村自来水普及率"), ("95%", "农村自来水普及率")]),
])
def test_joiner_inside_word(text, expected):
    assert [(f.text, f.subject) for f in extract_facts(text, kinds=["change"])] == expected


# A by-verb followed by words with no noun closed by 等 (增长与经济增长同步等16个指标): 等 closes a list of aims
# and the number counts them, no change; an object with a noun before 等 is still counted as changed.
@pytest.mark.parametrize("text, expected", [
    ("设定居民收入增长与经济增长同步等16个预期性指标。", []),
    ("收入增长较快等三个特点。", []),
    # near misses
    ("全年压缩会议等120个。", [("压缩会议等120个", 120)]),
    ("压缩文件1635个。", [("压缩文件1635个", 1635)]),
])
def test_list_of_aims_after_verb(text, expected):
    assert [(f.text, f.by_value) for f in extract_facts(text, kinds=["change"])] == expected


# Coordinate abbreviations of paired_terms.tsv (牛羊, 工农业, 中西部, 大中型) name two members before a 分别 list.
@pytest.mark.parametrize("text, expected", [
    ("牛羊出栏分别增长5.2%、1.9%。", ["牛出栏", "羊出栏"]),
    ("工农业总产值分别增长4%和6%。", ["工业总产值", "农业总产值"]),
    ("中西部地区生产总值分别增长6%和7%。", ["中部地区生产总值", "西部地区生产总值"]),
    # near miss: without 分别 and two numbers the abbreviation stays
    ("牛羊出栏增长5.2%。", ["牛羊出栏"]),
])
def test_paired_terms(text, expected):
    assert [f.subject for f in extract_facts(text, kinds=["change"])] == expected


# A topic closed by a 在…的基础上 frame before the change's clause: the topic is the subject; a frame naming a
# growth (在上年大幅度增长的基础上) is no base, while a frame naming a time still is.
@pytest.mark.parametrize("text, expected", [
    ("粮食总产量在上年大幅度增长的基础上，又增产291亿斤。", [("增产291亿斤", "粮食总产量", None)]),
    ("在上年的基础上，又增产291亿斤。", [("增产291亿斤", None, "previous_year")]),
    ("研发投入比上年增长10%。", [("增长10%", "研发投入", "previous_year")]),
    # 包括 opens the subject; before a preposition it belongs to the noun phrase
    ("包括地区生产总值在内的指标中，地区生产总值增长5%。", [("增长5%", "地区生产总值", None)]),
])
def test_framed_topic(text, expected):
    assert _changes(text) == expected


# A clause that only says how a measure grew, with a verb of its speed (增长显著加快, 增长加快), gives the measure the
# next clause's change takes.
@pytest.mark.parametrize("text, expected", [
    ("国有单位固定资产投资增长显著加快，全年增长19.5%。", [("增长19.5%", "国有单位固定资产投资", None)]),
    ("出口增长加快，同比增长了11.7%。", [("增长了11.7%", "出口", "year_on_year")]),
    ("知识密集型服务出口增长更为明显，同比增长了11.7%。", [("增长了11.7%", "知识密集型服务出口", "year_on_year")]),
    # near miss: a bare 增长 with nothing after it says nothing of how
    ("出口增长，同比增长了11.7%。", [("增长了11.7%", None, "year_on_year")]),
])
def test_growth_speed_comment(text, expected):
    assert _changes(text) == expected
