"""Round 9 (numbers9): counts and measures read on real text and the peers' forms, in sentences of
our own with near misses: the colloquial numerals 俩 and 仨, 半 inside a measure of minutes (十三分半,
三分半钟), decimals said aloud after an Arabic whole part (10点五度), two digits read one by one that
are no number (统一五项标准), 届 as a count of terms and editions but not in a congress's name,
plenums counted (召开七次全会) or named (十九届七次全会), sizes that name a product (12英寸产线),
decimals of counted things in a sentence about an average, 口 and 步 as classifiers, and quoted names led by a measure (“15分钟社区生活圈”)."""
from __future__ import annotations

import pytest

from sentences import grounded


def _quantities(sentence: str) -> list[tuple]:
    return [(f.text, f.value, f.unit, f.value_max, f.qualifier) for f in grounded(sentence, "quantity")]


@pytest.mark.parametrize("sentence, expected", [
    ("防汛值守持续了俩礼拜", [("俩礼拜", 2, "礼拜", None, None)]),
    ("村里派了俩人去县城学习", [("俩人", 2, "人", None, None)]),
    ("这批树苗仨月就成活了", [("仨月", 3, "月", None, None)]),
    # near misses: 俩 as a word or after a pronoun with nothing counted
    ("这种伎俩骗不了群众", []),
    ("他们俩一起去了镇上", []),
    ("咱俩的任务完成了", []),
])
def test_colloquial_numerals(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("应急分队须在十三分半以内完成集结", [("十三分半以内", 13.5, "分", None, "under")]),
    ("全程用时三分半钟", [("三分半钟", 3.5, "分钟", None, None)]),
    ("将出水温度调高10点五度", [("10点五度", 10.5, "度", None, None)]),
    ("渠道加宽3点二五米", [("3点二五米", 3.25, "米", None, None)]),
    # near misses: 十分 is an adverb; a clock time said aloud is a time, not a measure
    ("这项工作十分重要", []),
    ("会议于上午10点五分开始", []),
    ("晚上8点三十分集合", []),
])
def test_halves_and_spoken_decimals(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("会议要求统一五项标准", [("五项", 5, "项", None, None)]),
    ("全市唯一三个试点均已验收", [("三个", 3, "个", None, None)]),
    ("每次检修需要三五天", [("三五天", 3, "天", 5, None)]),
    # near misses: a range of neighbours, a long number read digit by digit, an idiom
    ("整改需要两三天", [("两三天", 2, "天", 3, None)]),
    ("该路段全长一七二零米", [("一七二零米", 1720, "米", None, None)]),
    ("他把情况一五一十地讲了", []),
])
def test_two_digits_read_one_by_one(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("我市已成功承办两届全省运动会", [("两届", 2, "届", None, None)]),
    ("村委会成员任期不超过两届", [("不超过两届", 2, "届", None, "at_most")]),
    ("该论坛已连续举办8届，", [("8届", 8, "届", None, None)]),
    ("该市连续三届。", [("三届", 3, "届", None, None)]),
    ("中央先后召开七次全会，分别就改革作出部署", [("七次", 7, "次", None, None)]),
    # near misses: a congress or plenum named by its number, an ordinal, a cohort, 届满
    ("学习贯彻十三届全国人大一次会议精神", []),
    ("党的十九届四中全会作出决定", []),
    ("党的十九届七次全会审议通过", []),
    ("省委十次全会在省城召开", []),
    ("第十三届运动会开幕", []),
    ("2023届毕业生就业率较高", []),
    ("本届委员会任期届满", []),
])
def test_terms_editions_and_plenums(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("全市建成12英寸产线3条", [("3条", 3, "条", None, None)]),
    ("加快研发7纳米芯片", []),
    ("引进8英寸晶圆项目", []),
    # near misses: a size measured (at the end of its clause, before 的, with a qualifier)
    ("新配发的显示屏尺寸为55英寸。", [("55英寸", 55, "英寸", None, None)]),
    ("检出直径50纳米的颗粒", [("50纳米", 50, "纳米", None, None)]),
    ("屏幕尺寸应在12英寸以上", [("12英寸以上", 12, "英寸", None, "over")]),
])
def test_sizes_that_name_a_product(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("城镇居民每百户拥有家用汽车21.5辆，比上年增加3.5辆；",
     [("21.5辆", 21.5, "辆", None, None), ("3.5辆", 3.5, "辆", None, None)]),
    # near miss: no average in the sentence, a decimal before 本 is a section number
    ("2.2本计划共涉及项目12个", [("12个", 12, "个", None, None)]),
])
def test_decimals_of_counted_things_on_average(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("一家四口住进了新房", [("四口", 4, "口", None, None)]),
    ("全村新打了3口机井", [("3口", 3, "口", None, None)]),
    ("改革分两步实施", [("两步", 2, "步", None, None)]),
    ("办成这件事至少需要六步", [("六步", 6, "步", None, "at_least")]),
    # near misses: words made with 口 and 步, a place, a strategy named by its steps
    ("两口子一起经营农家乐", []),
    ("车队从三口镇出发", []),
    ("实施三步走战略", []),
    ("港口3个泊位完成改造", [("3个", 3, "个", None, None)]),
])
def test_kou_and_bu_as_classifiers(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the period of a rate after 每 or 每隔 is a span of time (every Arabic-digit measure is in scope)
    ("监测数据每6小时更新一次", [("6小时", 6, "小时", None, None)]),
    ("每隔3天对设备巡检一次", [("3天", 3, "天", None, None)]),
    # a quoted name led by a measure; a quoted count stays
    ("基本形成“15分钟社区生活圈”。", []),
    ("两地“1小时高铁圈”基本形成", []),
    ("全县建成“100个村”示范点", [("100个", 100, "个", None, None)]),
    ("通勤时间缩短到15分钟以内", [("15分钟以内", 15, "分钟", None, "under")]),
])
def test_rate_periods_and_quoted_names(sentence, expected):
    assert _quantities(sentence) == expected




@pytest.mark.parametrize("sentence, expected", [
    ("他曾任第十三届、十四届、十五届中央委员", []),
    ("当选十三届、十四届全国人大代表", []),
    ("个人所得税实行三档税率", [("三档", 3, "档", None, None)]),
    ("年综合能耗5万吨标准煤以上的企业", [("5万吨标准煤以上", 50000, "吨", None, "over")]),
    # near misses: 这两天 is "these days"; two days worked are counted; 档次 is a word
    ("这两天南方将迎来降温", []),
    ("连续工作了两天", [("两天", 2, "天", None, None)]),
    ("提高服务档次", []),
])
def test_term_lists_brackets_and_coal_equivalent(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("部分学校从四年制改为五年制", []),
    ("推行九年制义务教育", []),
    # near misses: the length of schooling stated, a duration
    ("本科学制为四年。", [("四年", 4, "年", None, None)]),
    ("经过三年努力，任务全面完成", [("三年", 3, "年", None, None)]),
])
def test_a_school_system_named_by_its_years(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("肃清十年内乱的流毒", []),
    ("在经历了十年动乱之后", []),
    # near miss: ten years of work
    ("经过十年努力，面貌焕然一新", [("十年", 10, "年", None, None)]),
])
def test_a_period_named_by_its_years(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("6月8日，他就深化合作提出四点建议。", [("四点", 4, "点", None, None)]),
    ("会议提出七点倡议", [("七点", 7, "点", None, None)]),
    ("与会代表提了4点意见", [("4点", 4, "点", None, None)]),
    # near misses: a clock time, a word with 点, a decimal said aloud
    ("会议于上午10点召开", []),
    ("抓住工作重点", []),
    ("有两点需要说明", []),
    ("气温上升3点五度", [("3点五度", 3.5, "度", None, None)]),
])
def test_points_of_a_proposal(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a quoted count with Arabic digits stays a count (only a span of time or a distance opens a name)
    ("全面落实“3个清单”制度", [("3个", 3, "个", None, None)]),
    ("打造“30公里生态圈”", []),
])
def test_quoted_counts_stay_counts(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("规格有100米200米两种", [("100米", 100, "米", None, None), ("200米", 200, "米", None, None), ("两种", 2, "种", None, None)]),
    ("支持28纳米及以下先进工艺", [("28纳米及以下", 28, "纳米", None, "under")]),
])
def test_near_misses_of_spoken_lengths_and_size_labels(sentence, expected):
    assert [q[:3] for q in _quantities(sentence)] == [e[:3] for e in expected]


@pytest.mark.parametrize("sentence, expected", [
    ("继续推进增值税税率三档并两档", []),  # the name of a reform (merging the brackets), no counts
    ("个人所得税实行三档税率", [("三档", 3, "档", None, None)]),
])
def test_the_bracket_reform_is_a_name(sentence, expected):
    assert _quantities(sentence) == expected
