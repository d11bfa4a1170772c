"""Round 16 (second wave): quantity entities on forms found in unseen news and regulations.

Each table holds sentences written for the test (not copied from the corpus) with the entity the counted
quantity should get, and near misses that must keep their earlier reading.
"""
from __future__ import annotations

import pytest

from govtext import extract_facts


def _entities(text: str) -> dict[str, object]:
    return {f.text: f.entity for f in extract_facts(text) if f.kind == "quantity"}


# a bounded count inside a relative clause on another noun measures the noun right before it
@pytest.mark.parametrize("text, span, entity", [
    ("职工超过300人的企业应当设立工会。", "超过300人", "职工"),
    ("对会员数量不少于50家的行业协会给予补助。", "不少于50家", "会员"),
    ("从业人员不足十人的，可以不设专门机构。", "不足十人", "从业人员"),
    ("人数不足五百人的村，设村民代表会议。", "不足五百人", "村"),
    ("生产与居住为一体不超过2人的场所应当安装报警器。", "不超过2人", "场所"),
    ("申报主体中研发人员20人以上的优先支持。", "20人以上", "研发人员"),
    ("专家组中评审专家的数量一般不少于5人。", "不少于5人", "评审专家"),
    # near misses: a verb before the count, an approximate count, a distance from a place
    ("全市建成100个以上的示范点。", "100个以上", "示范点"),
    ("今年全县培育了约30家的龙头企业。", "约30家", "龙头企业"),
    ("在距路口不少于五十米的地点设置警示标志。", "不少于五十米", "地点"),
])
def test_bounded_count_in_relative_clause(text, span, entity):
    assert _entities(text)[span] == entity


# a verb right before the measure word names which measure it is; a verb that governs what follows goes
@pytest.mark.parametrize("text, span, entity", [
    ("全县土地流转面积达到了12万亩。", "12万亩", "土地流转面积"),
    ("今年全市粮食种植面积稳定在800万亩以上。", "800万亩以上", "粮食种植面积"),
    ("适用于非住宅建筑物和基坑开挖深度小于四米的工程。", "小于四米", "基坑开挖深度"),
    ("小型犬只用长度不超过两米的犬绳牵引。", "不超过两米", "长度"),
    # near misses
    ("该村位于海拔高程900米处。", "900米", "海拔高程"),
    ("今年全省完成造林面积150万亩。", "150万亩", "造林面积"),
])
def test_verb_inside_measure_name(text, span, entity):
    assert _entities(text)[span] == entity


# the agent and its verb before people counted go; the people acted on are counted
@pytest.mark.parametrize("text, span, entity", [
    ("国庆假期首日，全国铁路发送旅客1800万人次。", "1800万人次", "旅客"),
    ("当天民航发送旅客200万人次。", "200万人次", "旅客"),
    # near misses: the verb opens the phrase, or no verb
    ("景区累计接待游客50万人次。", "50万人次", "游客"),
    ("全县共有贫困人口3000人。", "3000人", "贫困人口"),
])
def test_agent_and_verb_before_people(text, span, entity):
    assert _entities(text)[span] == entity


# a list closed by a count of as many parts is counted whole
@pytest.mark.parametrize("text, span, entity", [
    ("本次博览会由主题论坛、成果展示和项目洽谈三部分组成。", "三部分", "主题论坛、成果展示和项目洽谈"),
    ("课程由理论讲授、案例研讨和现场教学三部分构成。", "三部分", "理论讲授、案例研讨和现场教学"),
    # near misses: the list has another number of members; the clause after the list is no noun
    ("活动由开幕式、主题论坛两部分组成。", "两部分", "开幕式、主题论坛"),
    ("小区被道路、河道等分割为两个以上自然街坊。", "两个以上", "道路、河道"),
])
def test_list_counted_whole(text, span, entity):
    assert _entities(text)[span] == entity


# the period of a rate (每小时) is no thing measured
@pytest.mark.parametrize("text, span, entity", [
    ("车辆行驶速度每小时不得超过三十公里。", "不得超过三十公里", "车辆行驶速度"),
    ("最高时速为每小时六十公里。", "六十公里", "时速"),
    # near miss: a daily capacity keeps its measure
    ("集中学习每月2次。", "2次", "集中学习"),
])
def test_rate_period(text, span, entity):
    assert _entities(text)[span] == entity


# a joiner of two words (或者, 以及) does not open a phrase
@pytest.mark.parametrize("text, span, entity", [
    ("日供水一千立方米以上或者设计供水人口一万人以上的工程。", "一万人以上", "设计供水人口"),
    ("本办法适用于坝高15米以上或者库容100万立方米以上的水库大坝。", "100万立方米以上", "库容"),
    ("本办法适用于坝高15米以上或者库容100万立方米以上的水库大坝。", "15米以上", "坝高"),
    # near miss: a count followed by a noun and then 或者 keeps the noun
    ("每年组织培训2次或者集中学习3次。", "2次", "培训"),
])
def test_joiner_word_opens_no_phrase(text, span, entity):
    assert _entities(text)[span] == entity
