"""What counts, amounts and changes are about (issue 14, round 9): classes found in a seeded sample of
unseen real text (ages, verbal nouns ending a counted phrase, verbs of reach, funds after an amount).
Sentences are our own, each class with near misses."""
from __future__ import annotations

import pytest

from govtext.extract import extract_facts


def _about(sentence: str, kind: str) -> list[tuple[str, object]]:
    field = "entity" if kind == "quantity" else "subject"
    return [(f.text, getattr(f, field)) for f in extract_facts(sentence, kinds=[kind])]


QUANTITIES = [
    # an age before 的 belongs to the noun after it
    ("age-before-de", "招募六十周岁以上的退休教师参加志愿服务。", [("六十周岁以上", "退休教师")]),
    ("age-before-de-law", "携带未满六周岁的儿童时，应当使用安全座椅。", [("未满六周岁", "儿童")]),
    # after a verb of reaching an age, the noun before it is whose age it is
    ("age-reached", "申请人的配偶年满65周岁，可以申请补贴。", [("65周岁", "申请人的配偶")]),
    ("age-reached-de", "农村老人年满70岁的，每月发放。", [("70岁", "农村老人")]),
    # near misses: an age with no noun on either side counts nothing; a measured age keeps its measure
    ("age-bare", "（三）年满十八周岁；", [("十八周岁", None)]),
    ("age-of-speaker", "那一年，他才九岁。", [("九岁", None)]),
    ("age-of-name", "72岁的王秀兰每天早起锻炼。", [("72岁", "王秀兰")]),
    ("age-of-name-clause", "今年59岁的张建国因为腿伤，走路困难。", [("59岁", "张建国")]),
    ("age-then-rate", "70岁以上的老年人群发病率较高。", [("70岁以上", "老年人群")]),
    ("age-in-conditions", "应当具有相应学历、年满二十周岁、身体健康。", [("二十周岁", None)]),
    ("age-measured", "全市人均预期寿命80岁。", [("80岁", "寿命")]),
    # a verbal noun before an aspect particle or a preposition is the predicate, not part of the phrase
    ("vn-aspect", "全县42家网点设置了便民服务台。", [("42家", "网点")]),
    ("vn-preposition", "全省9个开发区升级为国家级开发区。", [("9个", "开发区")]),
    ("vn-before-joiner", "研制3种以上材料性能分析与评价软件。", [("3种以上", "材料性能分析")]),  # 与: a joiner, the vn stays
    # a verb before a project word closing the phrase is inside the compound; a verb of change is not
    ("verb-project", "全县新开工18个交通建设项目。", [("18个", "交通建设项目")]),
    ("verb-project-done", "完成了15个社区改造工程。", [("15个", "社区改造工程")]),
    ("change-verb-capacity", "全市有5家企业提升能力。", [("5家", "企业")]),
    ("people-not-project", "为2000名儿童先天性心脏病救治工程提供资助。", [("2000名", "儿童先天性心脏病")]),
    # a count right after a verb of reach numbers those reached, no entity of its own
    ("reach-affect", "这轮寒潮预计影响3000万人。", [("3000万人", None)]),
    ("reach-spread", "疫情已波及200多人。", [("200多人", None)]),
    # near miss: a noun after the count is still counted
    ("reach-with-noun", "这次台风影响了沿海12个县。", [("12个", "县")]),
    # a relative clause of a measure exceeding an amount sizes the things counted: the head follows its 的
    ("sized-money", "培育8家营收超过50亿元的骨干企业。", [("8家", "骨干企业")]),
    ("sized-measure", "建成12个面积超过2000平方米的文化广场。",
     [("12个", "文化广场"), ("超过2000平方米", "面积")]),
    # near miss: no amount in the clause, the noun right after the count is counted
    ("unsized", "有3个县在全省排名靠前。", [("3个", "县")]),
]


@pytest.mark.parametrize("name,sentence,expected", QUANTITIES, ids=[q[0] for q in QUANTITIES])
def test_quantity_entity(name, sentence, expected):
    assert _about(sentence, "quantity") == expected


MONEY = [
    # a verbal noun (or verb) between an amount and a word for funds compounds with it
    ("funds-vn", "省财政拨付800万元建设资金，用于改造校舍。", [("800万元", "建设资金")]),
    ("funds-verb", "县里安排1500万元扶贫资金。", [("1500万元", "扶贫资金")]),
    ("funds-relief", "下拨600万元救灾资金。", [("600万元", "救灾资金")]),
    # near misses: before another noun the verb is a predicate of its own; a verb of use opens a clause
    ("verb-object", "区政府投入3亿元建设污水处理厂。", [("3亿元", None)]),
    ("verb-of-use", "拨付1亿元用于资金周转。", [("1亿元", None)]),
    # the classifier of a count before a measure is no part of the money's subject
    ("count-then-measure", "培育8家营收超过50亿元的骨干企业。", [("超过50亿元", "营收")]),
    ("measure-alone", "全县营收超过50亿元。", [("超过50亿元", "营收")]),
    ("count-list-measure", "新签约项目120个、总投资额860亿元。", [("860亿元", "总投资额")]),
]


@pytest.mark.parametrize("name,sentence,expected", MONEY, ids=[m[0] for m in MONEY])
def test_money_subject(name, sentence, expected):
    assert _about(sentence, "money") == expected
