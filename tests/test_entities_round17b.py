"""Round 17 (second wave): quantity entities on forms found in unseen regulations and reports.

Each table holds sentences written for the test (not copied from the corpus) with the entity the counted
quantity should get, and near misses that must keep their earlier reading.
"""
from __future__ import annotations

import pytest

from govtext import extract_facts


def _entities(text: str) -> dict[str, object]:
    return {f.text: f.entity for f in extract_facts(text) if f.kind == "quantity"}


# a count of people followed by the state they are in (entity_cues.tsv role state: 死亡, 受伤, 重伤 …) counts that
# state when a joiner or a 的 whose head names no people closes it (the fire, the accident is no person); a 的 before
# a noun for people makes the state a modifier of the people counted
@pytest.mark.parametrize("text, span, entity", [
    ("凡造成五人以上重伤的交通事故，应当立即上报。", "五人以上", "重伤"),
    ("发生十人以上死亡的生产安全事故的，由省政府调查。", "十人以上", "死亡"),
    ("造成2人以上死亡或者5人以上重伤的，从重处罚。", "5人以上", "重伤"),
    ("该起事故造成4人死亡的，应当在一小时内报告。", "4人", "死亡"),
    ("当地有3人受伤和1人失踪。", "3人", "受伤"),
    # near misses: the head after 的 names people; no state word; the state before the count
    ("医院收治了12名受伤的游客。", "12名", "游客"),
    ("现场有20名受伤的群众被送往医院。", "20名", "群众"),
    ("由30名参加培训的人员组成考察团。", "30名", "人员"),
    ("本次地震共造成死亡8人。", "8人", "死亡"),
])
def test_people_state_closed(text, span, entity):
    assert _entities(text)[span] == entity


# a verb closed by 的 right after a count of times is the action counted (the noun after 的 is what it is done to);
# a noun before 的 stays the activity counted
@pytest.mark.parametrize("text, span, entity", [
    ("经过三次审议的法律草案，应当提请表决。", "三次", "审议"),
    ("对两次抽检的样品进行复核。", "两次", "抽检"),
    ("连续两次处罚的经营者，列入重点监管名单。", "两次", "处罚"),
    # near misses: a noun before 的; an action ending the clause; a noun after the count
    ("省里召开两次会议的决定已经下发。", "两次", "会议"),
    ("当天共发生三次爆炸。", "三次", "爆炸"),
    ("全年开展5次专项检查。", "5次", "专项检查"),
])
def test_activity_before_de(text, span, entity):
    assert _entities(text)[span] == entity


# a Latin word right after a noun closes the compound counted (工业APP); an adverb reading right after a count and
# before a noun modifies it (高速服务区); a three-character word the tagger reads as an idiom stays in the compound
@pytest.mark.parametrize("text, span, entity", [
    ("重点培育四类工业APP。", "四类", "工业APP"),
    ("累计上架15款手机APP。", "15款", "手机APP"),
    ("本月新开通6个高速服务区出入口。", "6个", "高速服务区出入口"),
    # near misses: a Latin word with a digit (kept as before); a four-character idiom after the noun is its predicate
    ("建成38家国家级5G工厂。", "38家", "国家级5G工厂"),
    ("两个大国和睦相处。", "两个", "大国"),
    ("全国有20个出入口关闭。", "20个", "出入口"),
])
def test_compound_tails(text, span, entity):
    assert _entities(text)[span] == entity


# 时速 is a measure word: a speed's own noun (the gold's 面积六公顷以上的湖泊湿地 → 面积)
@pytest.mark.parametrize("text, span, entity", [
    ("设计最高时速低于五十公里的车辆不得驶入。", "低于五十公里", "时速"),
    ("设计开行时速200公里以上列车的铁路实行封闭管理。", "200公里以上", "时速"),
    # near misses: the noun before the measure word stays; a length with no measure word reads the noun after it
    ("高铁列车时速350公里。", "350公里", "高铁列车时速"),
    ("新建100公里以上输电线路。", "100公里以上", "输电线路"),
])
def test_speed_measure(text, span, entity):
    assert _entities(text)[span] == entity
