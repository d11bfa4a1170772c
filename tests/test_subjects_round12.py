"""Round 12: what a count, an amount or a change is about, on forms met in unseen real text.

- A word the tagger split inside a count word stays whole (``城镇新增就业人数``, not ``…就业人``);
  a plain count word still goes (``用户数`` → 用户).
- Amounts listed each after a short label (``国家级500万元、省级100万元、市级50万元的奖励``) share the
  paid noun after the last one; labels that are measures of their own (``营业收入…、利润…的企业``) do not.
- A level per person or year after a verb of change (``提高到每人每年5000元``) is the changed measure.
- Ages that are levels of a change (``人均预期寿命由76.3岁提高到77.3岁``) count its subject.
- A duration between a topic and its level verb (``粮食产量连续5年稳定在…``) is an adverbial: the topic is
  counted; a verb alone before the duration names nothing (``工作5年达到100人``).
- A clause whose topic is a count word, then adverbs and a predicate (``招生数仍然安排60万人``), counts it.
- 晚点 after a counted vehicle is the predicate (``24趟列车晚点或停运``).
- 地 right after a count is land, not the adverbial particle (``十一个地市``, ``50多亩地``).
- An action closing the clause right after a count of times is the activity counted (``三次会晤``).
- A one- or two-character alternative in a closing bracket goes (``集团（联盟）``); a list stays (``省（区、市）``).
- 下列 before a count is a frame (``农作物病虫害分为下列三类``); 全长, 总长 are dimensions (``线路全长约500公里`` → 线路).
- A noun for people and a verb before a count of people: the people are counted (``高校毕业生就业2800万人``).
- A time adverbial the tagger reads as a noun closing a change's subject goes (``指数盘中一度下跌`` → 指数).
- A relative clause opened by a preposition after a count has its head after 的
  (``100个在…取得突出成效的典型项目``); people counted before such a clause are its subject.
Own sentences, with near misses.
"""
from __future__ import annotations

import pytest

from sentences import fact_at

QUANTITY_CASES = [
    ("今年城镇新增就业人数达到1100万人。", "1100万人", "城镇新增就业人数"),
    ("注册用户数达到500万户。", "500万户", "用户"),  # near miss: a plain count word goes
    ("人均预期寿命由76.3岁提高到77.3岁。", "77.3岁", "人均预期寿命"),
    ("人均预期寿命由76.3岁提高到77.3岁。", "76.3岁", "人均预期寿命"),
    ("村民会议由本村十八周岁以上的村民组成。", "十八周岁以上", "村民"),  # near miss: 由 names who, no change
    ("我国粮食产量连续8年保持在1.3万亿斤以上。", "1.3万亿斤以上", "粮食产量"),
    ("全市常住人口连续3年超过1000万人。", "超过1000万人", "常住人口"),
    ("工作5年达到100人。", "100人", None),  # near miss: no noun before the duration
    ("高校招生数仍然安排60万人。", "60万人", "高校招生"),
    ("参保人数继续保持1000万人以上。", "1000万人以上", "参保人数"),
    ("受暴雨影响，24趟列车晚点或停运。", "24趟", "列车"),
    ("受暴雨影响，30多个航班晚点。", "30多个", "航班"),
    ("他走遍了全省十一个地市。", "十一个", "地市"),
    ("她家的50多亩地去年建成了高标准农田。", "50多亩", "地"),
    ("两国领导人今年三次会晤，明确了方向。", "三次", "会晤"),
    ("办公楼遭到两次轰炸，多人受伤。", "两次", "轰炸"),
    ("他先后3次获得表彰。", "3次", None),  # near miss: the verb takes an object, no activity alone
    ("全年召开会议3次。", "3次", "会议"),
    ("培育100个在生产制造等领域取得突出成效的典型项目。", "100个", "典型项目"),
    ("建成3个在全国有影响的品牌。", "3个", "品牌"),
    ("300多人在广场上观看的演出很精彩。", "300多人", None),  # near miss: people are the clause's subject
    ("以军已经对加沙进行了超过950次空袭。", "超过950次", "空袭"),
    ("建设300个示范性职业教育集团（联盟）。", "300个", "示范性职业教育集团"),
    ("覆盖31个省（区、市）。", "31个", "省（区、市）"),  # near miss: a list in the bracket stays
    ("路线经过两个以上区、县（市）的。", "两个以上", "区、县（市）"),  # near miss: a one-character place word keeps it
    ("农作物病虫害分为下列三类：", "三类", "农作物病虫害"),
    ("应当具备下列三个条件：", "三个", "条件"),
    ("新建线路全长约500公里。", "约500公里", "新建线路"),
    ("实现高校毕业生就业2800万人。", "2800万人", "高校毕业生"),
    ("城镇就业困难人员就业830万人。", "830万人", "城镇就业困难人员"),
    ("今年城镇新增就业1100万人。", "1100万人", "就业"),  # near miss: no noun for people before the verb
]

CHANGE_CASES = [
    ("道琼斯指数盘中一度下跌3%。", "下跌3%", "道琼斯指数"),
    ("上证综指当日收盘下跌1.2%。", "下跌1.2%", "上证综指"),
    ("收盘价下跌2%。", "下跌2%", "收盘价"),  # near miss: 收盘 inside the measure's word
    ("基本养老金总体上调2%。", "上调2%", "基本养老金"),
]

MONEY_CASES = [
    ("分别给予国家级500万元、省级100万元、市级50万元的奖励。", "100万元", "奖励"),
    ("分别给予国家级500万元、省级100万元、市级50万元奖励。", "500万元", "奖励"),
    ("一等奖5000元，二等奖3000元，三等奖1000元的奖金。", "3000元", "奖金"),
    ("实现营业收入500万元、利润100万元的企业。", "100万元", "利润"),  # near miss: a measure as label
    ("实现营业收入500万元、利润100万元的企业。", "500万元", "营业收入"),
    ("农村低保标准提高到每人每年5000元。", "5000元", "农村低保标准"),
    ("城乡居民医保财政补助标准提高到每人每年610元。", "610元", "城乡居民医保财政补助标准"),
]


@pytest.mark.parametrize("sentence,surface,entity", QUANTITY_CASES)
def test_quantity_entity(sentence, surface, entity):
    assert fact_at(sentence, "quantity", surface).entity == entity


@pytest.mark.parametrize("sentence,surface,subject", MONEY_CASES)
def test_money_subject(sentence, surface, subject):
    assert fact_at(sentence, "money", surface).subject == subject


@pytest.mark.parametrize("sentence,surface,subject", CHANGE_CASES)
def test_change_subject(sentence, surface, subject):
    assert fact_at(sentence, "change", surface).subject == subject
