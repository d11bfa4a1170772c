"""What a count, an amount and a change are about, where a frame word stands next to the noun
(FACTS.md §2 quantity.entity, money.subject, change.subject; issue 14): an adjective of size after
the noun measured, a localizer after a place a distance starts from, a modal verb before a change,
a verb allotting funds, a bracketed aside, a 的-compound after an amount, and the frames of
``lexicons/entity_frames.tsv``. Sentences of our own, each with a near miss."""
from __future__ import annotations

import pytest

from govtext.extract import extract_facts
from govtext.extract.entity_cues import frame_words, without_aside

# (id, sentence, surface of the count, entity)
ENTITIES = [
    # an adjective of size between the noun and its measure is no part of the entity
    ("dimension-long", "新建堤防长3200米，加固护岸1.5公里。", "3200米", "新建堤防"),
    ("dimension-wide", "主坝坝顶宽8米。", "8米", "主坝坝顶"),
    ("dimension-one-word", "该队员身高1.9米。", "1.9米", "队员身高"),  # 身高 is one word: kept
    # a distance from a named place counts nothing; a stretch of the thing measured does
    ("reference-after-place", "新码头位于长江大桥下游1.2公里。", "1.2公里", None),
    ("stretch-of-thing", "其中河段上游30公里已完成治理。", "30公里", "河段"),
    # a predicate the tagger reads as a noun ends the phrase; the duration is the predicate's
    ("predicate-noun", "水库坝前150米水位蓄水两个月。", "150米", "水位"),
    ("duration-of-predicate", "水库坝前150米水位蓄水两个月。", "两个月", None),
    # the word for how many is dropped from what is weighed too
    ("amount-on-measure", "调运储备粮数量达到8万吨。", "8万吨", "储备粮"),
    # an aside in brackets closes the phrase; a bracket of alternatives is part of it
    ("aside-bracket", "选派30名工作人员（不含驻村干部）进驻。", "30名", "工作人员"),
    ("alternatives-bracket", "覆盖全国12个省（区、市）。", "12个", "省（区、市）"),
    # a distinguishing word after a noun and before a verb is the predicate's adverbial, unless it is the head
    ("adverbial-b", "共为6740家市场主体在线签发电子证照。", "6740家", "市场主体"),
]


@pytest.mark.parametrize("sentence,surface,entity", [c[1:] for c in ENTITIES], ids=[c[0] for c in ENTITIES])
def test_entity(sentence, surface, entity):
    hits = [f for f in extract_facts(sentence, kinds=["quantity"]) if f.text == surface]
    assert hits, extract_facts(sentence, kinds=["quantity"])
    assert hits[0].entity == entity


# (id, sentence, subject of every amount)
MONEY = [
    ("allocation", "今年省级预算内投资拟安排86亿元。", "省级预算内投资"),
    ("allocation-change", "省级财政赤字拟安排120亿元，比上年减少10亿元。", "省级财政赤字"),
    ("de-compound", "由兄弟姐妹分摊每月3000元的扣除额度。", "扣除额度"),
    ("noun-read-as-verb", "展馆的造价高达3.6亿元。", "造价"),  # the possessor before 的 goes (FACTS §2: the head)
]


@pytest.mark.parametrize("sentence,subject", [c[1:] for c in MONEY], ids=[c[0] for c in MONEY])
def test_money_subject(sentence, subject):
    amounts = extract_facts(sentence, kinds=["money"])
    assert amounts and all(f.subject == subject for f in amounts), [f.subject for f in amounts]


@pytest.mark.parametrize("sentence,not_subject", [
    ("市财政局下达1.2亿元。", "市财政局"),  # an organ allots the funds, it is not what they are
    ("展馆的造价高达3.6亿元。", "展馆的造价高"),  # 高达 is the verb
], ids=["organ-allots", "gaoda"])
def test_money_subject_near_misses(sentence, not_subject):
    amounts = extract_facts(sentence, kinds=["money"])
    assert amounts and all(f.subject != not_subject for f in amounts)


# (id, sentence, change text, subject)
CHANGES = [
    ("allocation-before-comparison", "省级财政赤字拟安排120亿元，比上年减少10亿元。", "减少10亿元", "省级财政赤字"),
    ("ji-restates", "粮食总产量增长4.2%，即增产60万吨。", "增产60万吨", "粮食总产量"),
]


@pytest.mark.parametrize("sentence,text,subject", [c[1:] for c in CHANGES], ids=[c[0] for c in CHANGES])
def test_change_subject(sentence, text, subject):
    hits = [f for f in extract_facts(sentence, kinds=["change"]) if f.text == text]
    assert hits and hits[0].subject == subject, extract_facts(sentence, kinds=["change"])


@pytest.mark.parametrize("sentence,text,not_subject", [
    ("产量增长4.2%，即增产60万吨。", "增产60万吨", "即"),  # 即 restates, it names nothing
], ids=["ji"])
def test_change_subject_near_misses(sentence, text, not_subject):
    hits = [f for f in extract_facts(sentence, kinds=["change"]) if f.text == text]
    assert hits and hits[0].subject != not_subject


# modal verbs between a measure and its level are fillers (a change stated with one is a plan figure,
# no change fact since round 7: the modal now shows on the levels and counts)
@pytest.mark.parametrize("sentence,kind,described", [
    ("全市工业投资要达到500亿元。", "money", "工业投资"),
    ("全省清洁能源装机将达到1200万千瓦。", "quantity", "清洁能源装机"),
], ids=["modal-yao", "modal-jiang"])
def test_modal_filler(sentence, kind, described):
    field = "entity" if kind == "quantity" else "subject"
    facts = extract_facts(sentence, kinds=[kind])
    assert facts and getattr(facts[0], field) == described


def test_frames_come_from_the_lexicon():
    assert "以来" in frame_words("locative") and "比" in frame_words("compared")
    assert "人口" in frame_words("people") and "长" in frame_words("dimension")
    assert without_aside("成员（基金会除外）") == "成员" and without_aside("（含）") == "（含）"
