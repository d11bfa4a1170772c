"""Round 13, area D (subjects and entities): identity-preserving speed steps and a measure guard."""
from __future__ import annotations

import pytest

from govtext import extract_facts
from govtext.extract.entity_cues import cue_role, measured, milestone, role_words, strip_tail_text


def _entities(text: str) -> dict[str, object]:
    return {f.text: f.entity for f in extract_facts(text) if f.kind == "quantity"}


@pytest.mark.parametrize("seg,how_often,expected", [
    ("发放资料累计", True, "发放资料"),
    ("累计", True, "累计"),  # a tail word alone stays
    ("人数稳定在（", True, "人数"),
    ("投递邮件每周", True, "投递邮件"),
    ("投递邮件每周", False, "投递邮件每周"),
    ("代表最多", True, "代表"),
    ("会议每季度", True, "会议"),
    ("", True, ""),
])
def test_strip_tail_text(seg, how_often, expected):
    assert strip_tail_text(seg, how_often=how_often) == expected


def test_role_words_follow_the_lexicon():
    assert "面积" in role_words("measure") and measured("耕地面积") and not measured("耕地")
    assert milestone("万亿元大关") and not milestone("项目")


def test_measure_before_a_duration_must_end_the_clause():
    # 规模和五年内: the measure is one member of a list, the duration is no length of it
    assert _entities("主要工业品的建设规模和五年内增加的年产能力")["五年"] is None
    # a measure touching the number, or with a change verb between, stays the entity
    assert _entities("全市人均预期寿命达到78.3岁。")["78.3岁"] == "寿命"
    assert _entities("优良天数增加7.8天。")["7.8天"] == "优良天数"


def test_shiyou_is_a_filler():
    assert cue_role("实有") == "filler"
    assert _entities("全县实有耕地面积12万亩。")["12万亩"] == "耕地面积"
    assert _entities("全镇实有人口3.2万人。")["3.2万人"] == "人口"
    assert _entities("十三届全国人大代表实有2918人。")["2918人"] == "十三届全国人大代表"  # (not …人大代表实有; 全国人大代表 a title word since round 18)


@pytest.mark.parametrize("text,span,expected", [
    ("第三十一条 董事会成员不得少于3人。", "不得少于3人", "董事会成员"),
    ("第二百二十九条 执行查封、扣押的侦查人员不得少于二人。", "不得少于二人", "执行查封、扣押的侦查人员"),
    ("第十一条 行政机关公务员2人以上共同违法违纪。", "2人以上", "行政机关公务员"),
])
def test_article_label_is_no_part_of_the_entity(text, span, expected):
    assert _entities(text)[span] == expected


def test_article_label_only_at_the_start():
    from govtext.extract.entity_cues import clean_phrase
    assert clean_phrase(["第十条", "行政机关"]) == "行政机关"
    assert clean_phrase(["第一", "书记"]) == "第一书记"  # an ordinal title, not an article
    assert clean_phrase(["第十条"]) == "第十条"  # nothing after the label: left alone


@pytest.mark.parametrize("text,span,expected", [
    ("实施100条客运班线公交化改造。", "100条", "客运班线"),
    ("推进200家企业智能化改造。", "200家", "企业"),
    ("建设3个标准化考场。", "3个", "标准化考场"),  # near miss: the -化 word before the noun counted modifies it
    ("建成12个乡镇标准化卫生院。", "12个", "乡镇标准化卫生院"),
    ("遴选80项煤矿智能化建设典型案例。", "80项", "煤矿智能化建设典型案例"),  # the verbal noun goes on to the head
])
def test_verbalized_word_after_the_noun_ends_it(text, span, expected):
    assert _entities(text)[span] == expected


@pytest.mark.parametrize("text,span,expected", [
    ("涵盖449项审批业务，互动次数达4.4万余次。", "4.4万余次", "互动"),  # 互动/d read as a noun
    ("网站访问次数达120万次。", "120万次", "网站访问"),
    ("申请延续的次数不得超过两次。", "不得超过两次", "申请延续"),
    ("监督检查频次不少于2次。", "不少于2次", "监督检查"),
    ("次数达3000次。", "3000次", "次数"),  # nothing else named: the phrase stays
])
def test_frequency_word_leaves_the_activity(text, span, expected):
    assert _entities(text)[span] == expected


def _subjects(text: str) -> dict[str, object]:
    return {f.text: f.subject for f in extract_facts(text) if f.kind == "money"}


@pytest.mark.parametrize("text,span,expected", [
    ("对新认定为市级孵化器的给予最高30万元建设经费资助。", "最高30万元", "建设经费资助"),
    ("安排5000万元扶贫资金补助。", "5000万元", "扶贫资金补助"),
    ("投入30亿元建设资金。", "30亿元", "建设资金"),
    ("1万亿元国债支持灾后恢复重建。", "1万亿元", "国债"),  # near miss: a verb of its own after the funds
])
def test_funds_then_payment_word_after_an_amount(text, span, expected):
    assert _subjects(text)[span] == expected
