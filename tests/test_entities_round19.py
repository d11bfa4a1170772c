"""Round 19: quantity entities on forms found in unseen documents and dev gold misses.

Each table holds sentences written for the test (not copied from the corpus) with the entity the counted
quantity should get, and near misses that must keep their earlier reading.
"""
from __future__ import annotations

import pytest

from govtext import extract_facts
from govtext.extract.entity_cues import clean_phrase


def _entities(text: str) -> list[tuple[str, object]]:
    return [(f.text, f.entity) for f in extract_facts(text) if f.kind == "quantity"]


# a joiner at either end of a phrase goes as a word of its own, never as a character of a word
@pytest.mark.parametrize("words, phrase", [
    (["等级"], "等级"),
    (["与会", "代表"], "与会代表"),
    (["普及"], "普及"),
    (["和", "基层", "党组织"], "基层党组织"),
    (["基层", "党组织", "等"], "基层党组织"),
    (["、", "监测", "站点", "和"], "监测站点"),
    (["（一）", "基层", "党组织"], "基层党组织"),
    (["的"], None),
])
def test_clean_phrase_joiners(words, phrase):
    assert clean_phrase(words) == phrase


@pytest.mark.parametrize("text, span, entity", [
    ("申报企业的信用状况分为四个等级：优、良、中、差。", "四个", "等级"),
    ("本奖项分为一等奖、二等奖两个等级。", "两个", "等级"),
    ("本次会议共有300名与会代表。", "300名", "与会代表"),
    # near misses: a joiner word before the noun still goes
    ("已建成5个和平村文化站。", "5个", "和平村文化站"),
    ("全区共有12个村和社区。", "12个", "村和社区"),
])
def test_words_opening_or_closing_with_a_joiner_character(text, span, entity):
    assert (span, entity) in _entities(text)


# a count right after a joiner word (或者, 和, 、) opens the next member of a list: the member before it is not what
# the count counts; after a count of things, a 的 right after it leads to the noun counted
@pytest.mark.parametrize("text, span, entity", [
    ("由事业单位或者两个以上的其他单位联合设立的机构。", "两个以上", "其他单位"),
    ("由两个以上的国有企业或者三个以上的其他投资主体设立的公司。", "两个以上", "国有企业"),
    ("由两个以上的国有企业或者三个以上的其他投资主体设立的公司。", "三个以上", "其他投资主体"),
    ("经整改后仍不合格或者连续两次被通报的，取消资格。", "两次", None),
    # near misses: a count of people before 的 sizes the noun after it; a list before the count without a joiner
    ("吸纳人员达到职工总数20%（超过200人的单位达到10%）并签订2年以上合同。", "超过200人", None),
    ("认定科技型企业120户。", "120户", "科技型企业"),
])
def test_count_after_a_joiner(text, span, entity):
    assert (span, entity) in _entities(text)


def test_glued_joiner_goes_unless_the_word_is_one():
    assert clean_phrase(["和壁厚"]) == "壁厚"
    assert clean_phrase(["与会", "人员"]) == "与会人员"


# a rate's period (每小时) before a filler (为) is no thing measured; a place before it says where the rate holds
@pytest.mark.parametrize("text, span, entity", [
    ("轮式拖拉机、轻便摩托车每小时为三十公里。", "三十公里", "轮式拖拉机、轻便摩托车"),
    ("电动自行车每小时为十五公里。", "十五公里", "电动自行车"),
    ("货车在城市道路上每小时为四十公里。", "四十公里", None),
    # near misses: the period right before the number, and a speed named before it
    ("行驶速度每小时不得超过四十公里。", "不得超过四十公里", "速度"),
    ("摩托车不得超过每小时80公里。", "80公里", "摩托车"),
])
def test_rate_period_before_a_filler(text, span, entity):
    assert (span, entity) in _entities(text)


# after a count of things a 的 leads to the noun counted even when another number follows in the clause; after a
# measure or a count of people the noun after 的 is what they size, and the topic before stays
@pytest.mark.parametrize("text, span, entity", [
    ("由两个以上的事业单位或者三个以上的社会团体举办。", "两个以上", "事业单位"),
    ("由两个以上的事业单位或者三个以上的社会团体举办。", "三个以上", "社会团体"),
])
def test_de_after_count_before_another_number(text, span, entity):
    assert (span, entity) in _entities(text)


# works done on the things a count counts (整治, 改造, 修缮: works of entity_words.tsv), closing the clause, are no part
# of the things, whatever the tagger reads them as; before the count they are what is counted
@pytest.mark.parametrize("text, span, entity", [
    ("全年完成8600个排污口整治，水质持续改善。", "8600个", "排污口"),
    ("完成320个入河排污口整治。", "320个", "入河排污口"),
    ("今年完成15个老旧小区改造。", "15个", "老旧小区"),
    # near misses: the works before the count, a facility word after them, a joiner after them
    ("全年完成城中村改造2.6万户。", "2.6万户", "城中村改造"),
    ("实施5个生态修复项目。", "5个", "生态修复项目"),
])
def test_works_closing_the_clause(text, span, entity):
    assert (span, entity) in _entities(text)


# a duration right before a leave (假: record of entity_frames.tsv), or before its 的, is the length of that leave
@pytest.mark.parametrize("text, span, entity", [
    ("女职工生育享受128天产假。", "128天", "产假"),
    ("女方享受六十日的奖励假。", "六十日", "奖励假"),
    ("用人单位应当给予每年累计不超过十日的护理假。", "不超过十日", "护理假"),
    ("夫妻双方每年各享受五天育儿假，育儿假期间工资照发。", "五天", "育儿假"),
    # near misses: a duration of no leave counts nothing
    ("请假三天的，由科室负责人批准。", "三天", None),
    ("放假7天。", "7天", None),
    ("具有3年以上驾驶经历。", "3年以上", "驾驶经历"),
])
def test_duration_of_a_leave(text, span, entity):
    assert (span, entity) in _entities(text)


# 从 or 由 opening a word (从业人员, 由于) opens no from-phrase of a change: the people counted are named before the count
@pytest.mark.parametrize("text, span, entity", [
    ("全市民营企业的从业人员达到30万人。", "30万人", "民营企业的从业人员"),
    ("全省规上企业从业人员达到30万人。", "30万人", "规上企业从业人员"),
    ("全市从业人员由去年的40万人减少到30万人。", "30万人", "从业人员"),
    # near misses: a from-phrase of a change keeps its subject, also one-character subjects the tagger glued to 由
    ("因公出国团组由去年的14个减少到5个。", "5个", "因公出国团组"),
    ("煤由三千万吨增加到四千万吨。", "四千万吨", "煤"),
])
def test_from_inside_a_word(text, span, entity):
    assert (span, entity) in _entities(text)


# the joiner rule holds only right before the count (adverbs or 连续 aside), never across a verb or an adjective member
@pytest.mark.parametrize("text, span, entity", [
    ("近五年内无死亡或重伤五人以上且负主要责任的事故。", "五人以上", "死亡或重伤"),
    ("经整改仍不合格或者连续三次被通报的，取消资格。", "三次", None),
])
def test_joiner_right_before_the_count(text, span, entity):
    assert (span, entity) in _entities(text)


def test_milestone_money_subject_across_a_joiner():
    facts = [f for f in extract_facts("全市存款余额连跨三个千亿元台阶、突破3600亿元。") if f.kind == "money"]
    assert [f.subject for f in facts] == ["存款余额"]
