"""Round 18: quantity entities on forms found in dev gold misses and unseen regulations and reports.

Each table holds sentences written for the test (not copied from the corpus) with the entity the counted
quantity should get, and near misses that must keep their earlier reading.
"""
from __future__ import annotations

import pytest

from govtext import extract_facts


def _entities(text: str) -> dict[str, object]:
    return {f.text: f.entity for f in extract_facts(text) if f.kind == "quantity"}


# after a count of things, a verb or verbal noun closing the phrase right after its noun head is their predicate
# when the clause goes on as one after it (a verb, an adjective, an adverb, 并, a headless relative's 的, 、 + verb)
@pytest.mark.parametrize("text, span, entity", [
    ("需要两个以上主办单位研究办理的，由市政府确定。", "两个以上", "主办单位"),
    ("全市8个公司运营良好。", "8个", "公司"),
    ("鼓励五层以上厂房设计并安装光伏系统。", "五层以上", "厂房"),
    ("两名以上监事会成员辞职、离职的，应当补选。", "两名以上", "监事会成员"),
    ("跨两个以上街道社区经营的，向区政府申请。", "两个以上", "街道社区"),
    # near misses: before a noun or at the clause end the verbal noun heads a compound; 和 joins another noun;
    # a count of items or kinds keeps its activity
    ("已有60多个国家和国际组织的积极响应。", "60多个", "国家和国际组织"),
    ("确认参会的有17家国际组织、300家企业。", "17家", "国际组织"),
    ("应当配备2台应急通信设备；", "2台", "应急通信设备"),
    ("用于500万人次以上的职工技能提升和转岗培训。", "500万人次以上", "职工技能提升"),
    ("开展3项技术创新并推广。", "3项", "技术创新"),
    ("开展12个社区志愿服务。", "12个", "社区志愿服务"),  # (works at the clause end: test_entities_round19.py)
])
def test_predicate_after_head(text, span, entity):
    assert _entities(text)[span] == entity


# an alternative name in a closing bracket (up to six characters, no list) goes after a word of two or more
# characters, as a unit's does; a list in the bracket and a one-character place word's alternative stay
@pytest.mark.parametrize("text, span, entity", [
    ("每个单位支持1个项目（课题）。", "1个", "项目"),
    ("批准首批8个无人驾驶试验基地（试验区）。", "8个", "无人驾驶试验基地"),
    ("建成30个示范性职业教育集团（联盟）。", "30个", "示范性职业教育集团"),
    # near misses: a list of places; a one-character place word; what the phrase includes
    ("全国有15个省（区、市）参加。", "15个", "省（区、市）"),
    ("覆盖20个县（市）。", "20个", "县（市）"),
])
def test_bracket_alternative(text, span, entity):
    assert _entities(text)[span] == entity
