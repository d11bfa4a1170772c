"""Forms met in real documents (the misses of tests/fixtures/realgold4 at first score), each with
sentences of our own and near misses: units and classifiers, numbers with two scales, rates A/B
before a word, change verbs, bare days before a cue, counts that are no slogans."""
import pytest

from sentences import grounded


@pytest.mark.parametrize("sentence,surface,value,unit", [
    # traditional and technical units, classifiers of news
    ("全年收购棉花三千二百万担，", "三千二百万担", 32_000_000, "担"),
    ("新建储能电站9兆瓦时。", "9兆瓦时", 9, "兆瓦时"),
    ("光伏装机新增5吉瓦，", "5吉瓦", 5, "吉瓦"),
    ("开采木材约四百万立方公尺。", "约四百万立方公尺", 4_000_000, "立方公尺"),
    ("文集分上下两卷出版。", "两卷", 2, "卷"),
    ("今年已有3款国产创新药获批。", "3款", 3, "款"),
    ("一夜之间发射200多枚火箭弹。", "200多枚", 200, "枚"),
    ("科考船全年完成46航次。", "46航次", 46, "航次"),
    # an Arabic number written with two scales
    ("现场共有7万5千名观众。", "7万5千名", 75_000, "名"),
    ("全镇1万2000多人参加义诊。", "1万2000多人", 12_000, "人"),
    ("年出栏生猪2亿3千万头。", "2亿3千万头", 230_000_000, "头"),
    # a rate written A/B before a word of its own
    ("建成年产800万吨/年的炼油装置。", "800万吨/年", 8_000_000, "吨/年"),
    ("产能1200万吨/年建成投产。", "1200万吨/年", 12_000_000, "吨/年"),
])
def test_quantity_forms(sentence, surface, value, unit):
    facts = grounded(sentence, "quantity")
    assert [(f.text, f.value, f.unit) for f in facts] == [(surface, value, unit)]


@pytest.mark.parametrize("sentence", [
    "他们两人担任组长。",          # 担 a verb: no 担 of grain
    "不胜枚举。",                  # 枚 in an idiom
    "依照本条第二款规定执行。",    # 款 of a law: an ordinal
    "这笔款项已经到账。",
])
def test_quantity_near_misses(sentence):
    units = {f.unit for f in grounded(sentence, "quantity")}
    assert not units & {"担", "枚", "款"}


def test_two_scales_in_money():
    facts = grounded("每户奖励1万2千元，", "money")
    assert [(f.text, f.value) for f in facts] == [("1万2千元", 12_000)]


@pytest.mark.parametrize("sentence,surface,direction,by_value", [
    ("工業總產值遞增百分之十二點五。", "遞增百分之十二點五", "increase", 12.5),
    ("居民消费价格同比微降0.3%。", "微降0.3%", "decrease", 0.3),
    ("猪肉价格环比微涨0.6%。", "微涨0.6%", "increase", 0.6),
    ("制造业采购经理指数回升0.4个百分点。", "回升0.4个百分点", "increase", 0.4),
    ("国际油价下跌2.7%。", "下跌2.7%", "decrease", 2.7),
    ("出口萎缩12%。", "萎缩12%", "decrease", 12),
])
def test_change_verbs(sentence, surface, direction, by_value):
    facts = grounded(sentence, "change")
    assert [(f.text, f.direction, f.by_value) for f in facts] == [(surface, direction, by_value)]


@pytest.mark.parametrize("sentence", [
    "消费对经济增长贡献率达60.2%。",  # 增长 inside the indicator 增长贡献率: no change
    "递增率为5%。",                   # a rate noun without its verb row
])
def test_change_near_misses(sentence):
    assert grounded(sentence, "change") == []


@pytest.mark.parametrize("sentence,surface,value", [
    ("3月5日，多家美国媒体8日报道，", "8日", "--03-08"),
    ("3月5日，新规9日生效，", "9日", "--03-09"),
    ("3月5日，意大利10日出现新的聚集性疫情，", "10日", "--03-10"),
    ("3月5日，该国卫生部门11日也报告了2例，", "11日", "--03-11"),
    ("3月5日，两国12日当天签署协议，", "12日", "--03-12"),
    ("3月5日，该地13日深夜发生地震，", "13日", "--03-13"),
    ("3月5日，委员会14日提议延长期限，", "14日", "--03-14"),
    ("3月5日，该刊15日以社论形式发表文章，", "15日", "--03-15"),
    ("3月5日，自16号以来已有3次交火，", "16号以来", "--03-16"),
    ("3月5日，在疫情最重的意大利，17日单日新增病例过千，", "17日", "--03-17"),  # a comma, no list
])
def test_bare_day_before_a_cue(sentence, surface, value):
    dates = [(f.text, f.value) for f in grounded(sentence, "date") if f.text == surface]
    assert dates == [(surface, value)]


@pytest.mark.parametrize("sentence,surface", [
    ("3月5日，每周工作5日也不够，", "5日"),       # an adverb before no cue: a span of days
    ("3月5日，已连续6日新增病例，", "6日"),        # 连续: a span of days
    ("3月5日，每7日报告一次，", "7日"),
    ("3月5日，累计8日出现发热，", "8日"),
    ("3月5日，须在5日以内办结，", "5日"),   # 以 before 内: a span
    ("3月5日，从1号楼出发，", "1号"),       # a building
])
def test_bare_day_near_misses(sentence, surface):
    assert [f for f in grounded(sentence, "date") if f.text == surface] == []


@pytest.mark.parametrize("sentence", [
    "粮食生产实现“四连增”。",  # a count of consecutive rises
    "夺得“三连冠”。",
    "“鹭引五洲 才聚八闽”人才活动",  # figurative place numerals
])
def test_counts_that_are_no_slogans(sentence):
    assert grounded(sentence, "slogan") == []


@pytest.mark.parametrize("sentence,surface,value,end_value", [
    ("工期为1997年10月――1998年2月。", "1997年10月――1998年2月", "1997-10", "1998-02"),  # two horizontal bars
    ("3月5日，清晨6点发生余震，", "清晨6点", "T06:00", None),
])
def test_date_forms(sentence, surface, value, end_value):
    facts = [f for f in grounded(sentence, "date") if f.text == surface]
    assert [(f.value, f.end_value) for f in facts] == [(value, end_value)]


def test_a_related_reading_list_is_page_chrome():
    page = "某某局2020年工作要点\n\n今年3月，全局完成改革任务12项。\n\n相关阅读\n\n.\n某某厅2020年部门预算\n2020-02-20\n"
    dates = [f.text for f in grounded(page, "date")]
    assert "2020-02-20" not in dates
    assert any("3月" in d for d in dates)
    assert [f.text for f in grounded(page, "quantity")] == ["12项"]
