"""Round 18b: quantity entities on forms found in dev gold misses (realgold18) and unseen documents.

Each table holds sentences written for the test (not copied from the corpus) with the entity the counted
quantity should get, and near misses that must keep their earlier reading.
"""
from __future__ import annotations

import pytest

from govtext import extract_facts


def _entities(text: str) -> list[tuple[str, object]]:
    return [(f.text, f.entity) for f in extract_facts(text) if f.kind == "quantity"]


# 一式N份 gives the copies of the document named before it, also past a note in brackets on the document or
# out of the bracket the copies are said in; a relative clause on the document is no part of its name
@pytest.mark.parametrize("text, span, entity", [
    ("请将申请表（纸质，一式4份）报送区财政局。", "4份", "申请表"),
    ("将盖章的自查报告（附件3）一式两份送交市局。", "两份", "自查报告"),
    ("将加盖单位公章的承诺书（纸质版，一式三份）寄送我办。", "三份", "承诺书"),
    ("请将汇总表（一式五份）报送省厅。", "五份", "汇总表"),
    ("将申请表（纸质版一式4份）报送。", "4份", "申请表"),
    # a noun phrase inside the bracket names the copies itself
    ("将《申报书》《汇总表》（纸质材料一式四份，电子材料刻录光盘）邮寄至我处。", "四份", "纸质材料"),
    # near misses: the document right before 一式 was read before and still is; no document, no entity
    ("将申请材料一式三份报送市局。", "三份", "申请材料"),
    ("登记表一式两份，由双方各执一份。", "两份", "登记表"),
    ("请于5日前报来，一式三份。", "三份", None),
])
def test_copies_of_document(text, span, entity):
    assert (span, entity) in _entities(text)


def test_copies_each_take_their_own_document():
    got = _entities("将推荐函（纸质，一式6份）、项目汇总表（纸质，一式5份）寄送研究所。")
    assert got == [("6份", "推荐函"), ("5份", "项目汇总表")]


# a verb of adding after the noun of a measure or count, right before the amount, is the predicate of what grew;
# before the noun it names new things and stays (FACTS.md §5)
@pytest.mark.parametrize("text, span, entity", [
    ("主要进口产品落地加工量新增300万吨以上。", "300万吨以上", "主要进口产品落地加工量"),
    ("全县耕地面积新增3万亩。", "3万亩", "耕地面积"),
    ("全市城市绿地新增120公顷。", "120公顷", "城市绿地"),
    # near misses: 新增 opening the phrase or inside it stays; 新增 alone is no noun to strip to
    ("新增装机容量500万千瓦。", "500万千瓦", "新增装机容量"),
    ("城镇新增就业1100万人。", "1100万人", "城镇新增就业"),
    ("全市企业新增120家。", "120家", "企业"),
])
def test_added_after_noun(text, span, entity):
    assert (span, entity) in _entities(text)


# verbs the tagger reads as nouns (升格/n, 细化/n, 进园/n; entity_cues.tsv role predicate): right after the noun
# of a counted phrase they start its predicate; a noun that also names a plan (部署) is not one of them
@pytest.mark.parametrize("text, span, entity", [
    ("今年2所职业学院升格本科。", "2所", "职业学院"),
    ("分8个领域细化工作任务。", "8个", "领域"),
    ("节日期间五万多名游客进园游览。", "五万多名", "游客"),
    # near misses: before the noun a count opens, or a noun compound with 部署
    ("制定3个兵力部署方案。", "3个", "兵力部署方案"),
    ("建成4个细化管理示范点。", "4个", "细化管理示范点"),
])
def test_predicate_read_as_noun(text, span, entity):
    assert (span, entity) in _entities(text)


# a count after its own verb takes the things of the same unit named before in the sentence; a measure word ending
# them (产能, which the tagger reads as a verb) is a noun for that
@pytest.mark.parametrize("text, span, entity", [
    ("五年淘汰落后炼钢产能5500万吨，今年淘汰3500万吨。", "3500万吨", "落后炼钢产能"),
    ("三年新增煤炭产能900万吨，今年新增300万吨。", "300万吨", "新增煤炭产能"),
    # near misses: nothing of the same unit before, or another sentence
    ("共淘汰3000万吨。", "3000万吨", "淘汰"),
    ("五年淘汰落后炼钢产能5500万吨。今年淘汰3500万吨。", "3500万吨", "淘汰"),
])
def test_measure_word_carries_across_verb(text, span, entity):
    assert (span, entity) in _entities(text)
