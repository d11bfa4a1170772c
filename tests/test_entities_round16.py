"""Round 16: quantity entities on forms found in unseen news and regulations.

Each table holds sentences written for the test (not copied from the corpus) with the entity the counted
quantity should get, and near misses that must keep their earlier reading.
"""
from __future__ import annotations

import pytest

from govtext import extract_facts


def _entities(text: str) -> dict[str, object]:
    return {f.text: f.entity for f in extract_facts(text) if f.kind == "quantity"}


# a noun the tagger reads as a verb (选手/v, 考生/v) and a localizer read as a noun (周期|内/n)
@pytest.mark.parametrize("text, span, entity", [
    ("来自各地12个代表队近300名选手参加了比赛。", "近300名", "选手"),
    ("全省共有56万名考生参加今年的高考。", "56万名", "考生"),
    ("本届大赛有80多名选手参赛。", "80多名", "选手"),
    ("申请人最近连续两个记分周期内没有记满12分记录。", "两个", "记分周期"),
    # near misses: other people nouns and a measure keep their readings
    ("全省30个县600名干部参加培训。", "600名", "干部"),
    ("在机场围界外5米范围内不得种植树木。", "5米", None),
])
def test_mistagged_nouns(text, span, entity):
    assert _entities(text)[span] == entity


# people named right before their count, then what they did: the people are counted (not the verb);
# a state after a count (死亡, 受伤) stays the entity when no noun for people stands before it
@pytest.mark.parametrize("text, span, entity", [
    ("县人民代表大会代表十人以上联名，可以提出议案。", "十人以上", "县人民代表大会代表"),
    ("常务委员会组成人员五人以上联名提出质询案。", "五人以上", "常务委员会组成人员"),
    ("大陆和台湾工商界代表上千人参会。", "上千人", "大陆和台湾工商界代表"),
    ("居民委员会由主任、副主任和委员共五至七人组成。", "五至七人", "主任、副主任和委员"),
    # near misses
    ("暴雨已经造成至少9人死亡。", "至少9人", "死亡"),
    ("这起交通事故3人受伤。", "3人", "受伤"),
    ("全县新增就业2000人。", "2000人", "新增就业"),
])
def test_people_before_their_verb(text, span, entity):
    assert _entities(text)[span] == entity


# a verbal noun opening a relative clause with its verb and object, closed by 的: the head after 的
@pytest.mark.parametrize("text, span, entity", [
    ("三个以上经营快递业务的企业可以使用统一的商标。", "三个以上", "企业"),
    # near misses: a compound before 的 (no verb) and a clause ending in a verb keep the noun counted
    ("完成5项改革任务的落实。", "5项", "改革任务"),
    ("由限额以上的六百个建设单位组成的工业建设。", "六百个", "建设单位"),
])
def test_verbal_noun_relative(text, span, entity):
    assert _entities(text)[span] == entity


# a verb right before a number takes that count as its object; it is no part of the noun before
@pytest.mark.parametrize("text, span, entity", [
    ("从组织、制度等7个方面设计3级指标体系。", "7个", "方面"),
    ("围绕6个领域实施20项重点任务。", "6个", "领域"),
    # near misses: a verb with no number after it stays inside the compound counted
    ("共有5个项目建设单位。", "5个", "项目建设单位"),
    ("全市5个部门联合印发3份文件。", "5个", "部门"),
])
def test_verb_before_next_number(text, span, entity):
    assert _entities(text)[span] == entity


# 一式N份: copies of the document named before; the verb after says what is done with them
@pytest.mark.parametrize("text, span, entity", [
    ("将申请书以及有关材料一式三份报送主管部门。", "三份", "申请书以及有关材料"),
    ("登记表一式两份。", "两份", "登记表"),
    # near miss: a noun after the copies is read as before
    ("全区共印发学习资料4万套。", "4万套", "学习资料"),
])
def test_copies(text, span, entity):
    assert _entities(text)[span] == entity


# 每隔: an interval, nothing counted
@pytest.mark.parametrize("text, span, entity", [
    ("9000米以下，每隔300米为一个飞行高度层。", "300米", None),
    ("8400米以下每隔600米为一个等待高度层。", "600米", None),
])
def test_interval(text, span, entity):
    assert _entities(text)[span] == entity


# a verb of change and its complement 到 (了) before a count: the things counted stand before them
@pytest.mark.parametrize("text, span, entity", [
    ("五年来，家庭农场增加到了390多万家。", "390多万家", "家庭农场"),
    ("全省贫困村减少到了120个。", "120个", "贫困村"),
    ("全省贫困村减少到120个。", "120个", "贫困村"),
])
def test_change_verb_complement(text, span, entity):
    assert _entities(text)[span] == entity


# a bracketed note on how long a form's text may be counts nothing; a length of text outside one keeps its noun
@pytest.mark.parametrize("text, span, entity", [
    ("项目建设内容简介（500字以内）", "500字以内", None),
    ("其他（如示范带动作用等，200字以内，选填）", "200字以内", None),
    # near misses
    ("摘要不超过300字。", "不超过300字", "摘要"),
    ("全文共5000字。", "5000字", "全文"),
])
def test_text_length_note(text, span, entity):
    assert _entities(text)[span] == entity


# a localizer after a period (周期内, 采暖期内) closes a time frame before the phrase; after a place it stays
@pytest.mark.parametrize("text, span, entity", [
    ("驾驶人在一个记分周期内累积记分达到12分的，应当参加学习。", "12分", "累积记分"),
    ("采暖期内居民室内温度不得低于18℃。", "不得低于18℃", "居民室内温度"),
    # near misses
    ("厨房内温度不得低于10℃。", "不得低于10℃", "厨房内温度"),
    ("车厢内温度高于28℃时应当开启空调。", "高于28℃", "车厢内温度"),
])
def test_period_frame(text, span, entity):
    assert _entities(text)[span] == entity


# a list closed by 的 right before the next count is an attribute of that count's noun: all the first count's
@pytest.mark.parametrize("text, span, entity", [
    ("共有来自60个国家和地区的189部影片参加展映。", "60个", "国家和地区"),
    ("来自30个省区市和新疆生产建设兵团的500名代表参会。", "30个", "省区市和新疆生产建设兵团"),
    # near misses: without 的 the members after the joiner modify the next count; one noun before 的 stays
    ("两个阶级、社会主义和资本主义两条道路。", "两个", "阶级"),
    ("查找三个环节的32个问题。", "三个", "环节"),
])
def test_list_before_next_count(text, span, entity):
    assert _entities(text)[span] == entity
