"""Round 17: quantity entities on forms found in dev gold misses and unseen reports.

Each table holds sentences written for the test (not copied from the corpus) with the entity the counted
quantity should get, and near misses that must keep their earlier reading.
"""
from __future__ import annotations

import pytest

from govtext import extract_facts


def _entities(text: str) -> dict[str, object]:
    return {f.text: f.entity for f in extract_facts(text) if f.kind == "quantity"}


# works done on a building, site or land (entity_words.tsv class works), right after their noun and right before
# the count, are what is counted (a counted activity is its own entity); another verb there is the predicate
@pytest.mark.parametrize("text, span, entity", [
    ("今年启动棚户区改造3.5万户。", "3.5万户", "棚户区改造"),
    ("全县完成危旧房改造1200套。", "1200套", "危旧房改造"),
    ("去年完成农村自建房整治4.2万栋。", "4.2万栋", "农村自建房整治"),
    ("全市完成文物建筑修缮36处。", "36处", "文物建筑修缮"),
    ("完成困难家庭适老化改造500户。", "500户", "困难家庭适老化改造"),
    ("全年完成低保老人家庭适老化改造800户。", "800户", "低保老人家庭适老化改造"),
    # near misses: the verb before its object; a verb of change; a verb of another kind; a measure
    ("今年改造老旧小区120个。", "120个", "老旧小区"),
    ("全市高新技术企业增加到850家。", "850家", "高新技术企业"),
    ("个人对照检查材料普遍修改9稿。", "9稿", "个人对照检查材料"),
    ("完成沙化土地治理50万亩。", "50万亩", "沙化土地治理"),
])
def test_works_counted(text, span, entity):
    assert _entities(text)[span] == entity


# 解决方案 (a solution) is one noun: the tagger's 解决/v (a governing verb) no longer ends the phrase inside it
@pytest.mark.parametrize("text, span, entity", [
    ("遴选打造100个左右优秀解决方案。", "100个左右", "优秀解决方案"),
    ("形成12套智能工厂系统解决方案。", "12套", "智能工厂系统解决方案"),
    # near misses: 解决 alone stays a verb governing its object
    ("帮助群众解决实际困难30余件。", "30余件", "实际困难"),
    ("今年推出8项行业解决方案。", "8项", "行业解决方案"),
])
def test_solution_noun(text, span, entity):
    assert _entities(text)[span] == entity


# nouns the tagger split at a verb inside (专项|附加|扣除, 先行|先|试, 山体|滑坡, 职业|本科): whole in words/numeric.txt
@pytest.mark.parametrize("text, span, entity", [
    ("税法规定了6项专项附加扣除。", "6项", "专项附加扣除"),
    ("推出12项先行先试举措。", "12项", "先行先试举措"),
    ("汛期共发生山体滑坡5处。", "5处", "山体滑坡"),
    ("全省新设3所职业本科大学。", "3所", "职业本科大学"),
    ("认定20家再制造示范企业。", "20家", "再制造示范企业"),
    # near misses: the words alone in other roles keep their readings
    ("全省开展专项检查15次。", "15次", "专项检查"),
    ("山体加固工程完成8处。", "8处", "山体加固工程"),
])
def test_split_compounds(text, span, entity):
    assert _entities(text)[span] == entity


# 可以 (may) is a modal between the phrase and the number, like 应当 and 不得 (entity_cues.tsv filler); 设区的市 is one
# legal term (a city divided into districts); a modifier filled from an earlier count of the same word does not repeat it
@pytest.mark.parametrize("text, span, entity", [
    ("人口不足五万的，代表总名额可以少于一百名。", "少于一百名", "代表总名额"),
    ("每位代表可以发言两次。", "两次", "发言"),
    ("以发起方式设立的，发起人可以少于5人。", "少于5人", "发起人"),
    ("两个以上设区的市需要同步实施的，由省人民政府制定方案。", "两个以上", "设区的市"),
    ("需要裁减人员二十人以上或者裁减不足二十人的。", "不足二十人", "裁减人员"),
    # near misses: the other modals and the modifier of another word keep their readings
    ("代表总名额不得超过四百五十名。", "不得超过四百五十名", "代表总名额"),
])
def test_modal_and_terms(text, span, entity):
    assert _entities(text)[span] == entity


def test_modifier_filled_once():
    ents = [f.entity for f in extract_facts("乳制品128批次，合格128批次。") if f.kind == "quantity"]
    assert ents == ["乳制品", "合格乳制品"]
