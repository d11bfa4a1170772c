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
- An action closing the clause right after a count of times is the activity counted (``三次会晤``); a word closing a
  comparison is none (``与过去那两次相比``).
- A one- or two-character alternative in a closing bracket goes (``集团（联盟）``); a list stays (``省（区、市）``).
- 下列 before a count is a frame (``农作物病虫害分为下列三类``). 全长, 总长 stay in the measured noun
  (``线路全长约500公里`` → 线路全长, realgold2's ``全长166公里`` → 全长).
- A noun for people and a verb before a count of people: the people are counted (``高校毕业生就业2800万人``).
- A time adverbial the tagger reads as a noun closing a change's subject goes (``指数盘中一度下跌`` → 指数).
- A relative clause opened by a preposition after a count has its head after 的
  (``100个在…取得突出成效的典型项目``); people counted before such a clause are its subject.
- (12b) Nouns the tagger reads as verbs are nouns in a counted phrase (``四名警察``, ``经验做法``); a determiner
  opening the phrase after a count goes (``8000余名各族群众`` → 群众 phrase); a capacity after a count of products
  counts the products (``年产200台大型盾构机能力`` → 大型盾构机); a verb and the one-character noun the tagger read
  as a classifier are one compound (``充电|桩``); an amount in 亿 after 过/超 labels the things counted
  (``4个过千亿新兴产业``); a qualifier of a count before is no part of a money subject (``10个左右规模达到…``),
  nor a localizer after it (``限额内``), nor a clause after a payment verb (``国债支持灾后…``); a subject closed
  by an adjective of degree and 的 (``年收入少的增加了…，多的增加了…``) is the measure, carried to the bare one;
  a verb of existence is no activity counted (``存在7级以上大震``); a topic clause of a change verb after only a
  time names what changed by its object (``连续第7年提高企业退休人员基本养老金，…增加1680元``); a clause that is
  only how a figure is reckoned (``按可比口径增加…``) names nothing: the change carries the measure before, the
  increment has no money subject; a verbal noun after a word for funds is the predicate (``母基金|投运``).
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
    ("1981年招生数仍然安排27万人。", "27万人", "招生"),  # the year before the topic is no part of it
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
    ("新建线路全长约500公里。", "约500公里", "新建线路全长"),
    ("这一次转变，与过去那两次相比，历史条件不同。", "两次", None),  # near miss: 相比 closes a comparison
    ("实现高校毕业生就业2800万人。", "2800万人", "高校毕业生"),
    ("城镇就业困难人员就业830万人。", "830万人", "城镇就业困难人员"),
    ("今年城镇新增就业1100万人。", "1100万人", "城镇新增就业"),  # near miss: no noun for people before the verb (新增 kept, FACTS §5)
    ("男子被四名警察按倒在地。", "四名", "警察"),
    ("全县8000余名各族群众参加了活动。", "8000余名", "各族群众"),
    ("召开各类座谈会5次。", "5次", "座谈会"),
    ("对全省30项地方典型经验做法予以推广。", "30项", "地方典型经验做法"),
    ("企业具备年产200台大型盾构机能力。", "200台", "大型盾构机"),
    ("年设计制造能力为40根。", "40根", "年设计制造能力"),  # near miss: the capacity alone stays
    ("培养学生5种能力。", "5种", "能力"),  # near miss
    ("全市充电桩保有量达到3万个。", "3万个", "充电桩"),
    ("全市建成标准化村级活动场所126个。", "126个", "标准化村级活动场所"),  # near miss: the clause's own verb goes
    ("新增4个过千亿新兴产业。", "4个", "过千亿新兴产业"),
    ("培育2个过三千亿元城市。", "2个", "过三千亿元城市"),
    ("培育10个左右规模达到1000亿元以上的产业集群。", "10个左右", "产业集群"),
    ("存在7级以上大震连发的可能。", "7级以上", None),  # a verb of existence is no activity
    ("全县存在3处安全隐患。", "3处", "安全隐患"),  # near miss: the noun after it is counted
    ("全年发生5级以上地震48次，大大高于年均19次的水平。", "19次", "地震"),
]

CHANGE_CASES = [
    ("道琼斯指数盘中一度下跌3%。", "下跌3%", "道琼斯指数"),
    ("上证综指当日收盘下跌1.2%。", "下跌1.2%", "上证综指"),
    ("收盘价下跌2%。", "下跌2%", "收盘价"),  # near miss: 收盘 inside the measure's word
    ("基本养老金总体上调2%。", "上调2%", "基本养老金"),
    ("村民的年收入少的增加了1万元，多的增加了5万元。", "增加了1万元", "村民的年收入"),
    ("村民的年收入少的增加了1万元，多的增加了5万元。", "增加了5万元", "村民的年收入"),
    ("职工工资最低的提高了200元，最高的提高了800元。", "提高了800元", "职工工资"),
    ("居民收入增长8%。", "增长8%", "居民收入"),  # near miss: no partition
    ("连续第7年提高企业退休人员基本养老金，全年人均增加1680元。", "增加1680元", "企业退休人员基本养老金"),
    ("今年再次提高最低工资标准，平均提高8%。", "提高8%", "最低工资标准"),
    ("全国财政收入达到16371亿元，按可比口径增加2400亿元。", "增加2400亿元", "财政收入"),
    ("收费按原标准降低20%。", "降低20%", "收费"),  # near miss: the measure before the manner phrase
    ("当事人选择迁建的，按照货币补偿标准提高百分之十予以补偿。", "提高百分之十", "按照货币补偿标准"),  # near miss: a standard is raised
]

MONEY_CASES = [
    ("分别给予国家级500万元、省级100万元、市级50万元的奖励。", "100万元", "奖励"),
    ("分别给予国家级500万元、省级100万元、市级50万元奖励。", "500万元", "奖励"),
    ("一等奖5000元，二等奖3000元，三等奖1000元的奖金。", "3000元", "奖金"),
    ("实现营业收入500万元、利润100万元的企业。", "100万元", "利润"),  # near miss: a measure as label
    ("实现营业收入500万元、利润100万元的企业。", "500万元", "营业收入"),
    ("农村低保标准提高到每人每年5000元。", "5000元", "农村低保标准"),
    ("城乡居民医保财政补助标准提高到每人每年610元。", "610元", "城乡居民医保财政补助标准"),
    ("培育10个左右规模达到1000亿元以上的产业集群。", "1000亿元以上", "规模"),
    ("在50000元限额内据实扣除。", "50000元", "限额"),
    ("增发1万亿元国债支持灾后恢复重建。", "1万亿元", "国债"),
    ("给予100万元一次性补助。", "100万元", "一次性补助"),  # near miss: a payment word naming the sum
    ("安排2亿元补助资金。", "2亿元", "补助资金"),  # near miss: a payment word inside a noun of funds
    ("村民的年收入少的增加了1万元，多的增加了5万元。", "1万元", "年收入"),
    ("全国财政收入达到16371亿元，按可比口径增加2400亿元。", "2400亿元", None),  # how it is reckoned names nothing
    ("首期100亿元省级科技创新母基金投运。", "100亿元", "省级科技创新母基金"),
    ("按照货值金额不足一万元的情形处理。", "不足一万元", "货值金额"),  # near miss: no change verb, the measure inside
    ("安排5000万元基金管理费。", "5000万元", "基金管理费"),  # near miss: a noun after the fund word
    ("下达2亿元专项奖补资金予以支持。", "2亿元", "专项奖补资金"),
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
