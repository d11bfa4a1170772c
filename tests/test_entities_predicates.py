"""What a count or an amount is about when the tagger misreads the words around it (FACTS.md §2
quantity.entity and money.subject; issue 14 decision 10): a predicate read as a noun (落地/n,
有序/n, 全面/n) ends the counted phrase, a noun read as a verb (举措/v, 收入/v) stays in it, a place
word inside a compound (两岸/f) and a common place noun read as a name (城市/ns) do not cut it, an
alternative unit in brackets is no entity, a count of facilities sized by a measure counts the
facilities, a duration after 连续 has no entity, a frame word (预计) between a measure and its number
is skipped, and an amount after 比去年增加 changes what the amount before it measured. Sentences of
our own, each with near misses."""
from __future__ import annotations

import pytest

from govtext.evaluation import same_head
from govtext.extract import extract_facts

# (id, sentence, surface of the count, entity)
ENTITIES = [
    # a predicate the tagger reads as a noun ends the phrase after the count
    ("predicate-luodi", "全年共有27个产业项目落地开工。", "27个", "产业项目"),
    ("predicate-luodi-place", "今年已有16个项目落地高新区。", "16个", "项目"),
    ("predicate-youxu", "全省推动85家融资平台有序退出。", "85家", "融资平台"),
    ("predicate-quanmian", "全市4.2万艘渔船全面纳入监管。", "4.2万艘", "渔船"),
    ("predicate-hezhun", "去年有9个风电项目核准。", "9个", "风电项目"),
    ("predicate-touchan", "全区32个工业项目投产达效。", "32个", "工业项目"),
    ("predicate-liangxiang", "5个优秀案例亮相全国展会。", "5个", "优秀案例"),
    # before the number the predicate is the clause's
    ("predicate-before-number", "推动招商引资项目落地41个。", "41个", "招商引资项目"),
    # opening the phrase it modifies the noun
    ("predicate-as-modifier", "新开工14个落地项目。", "14个", "落地项目"),
    # a noun the tagger reads as a verb stays in the phrase
    ("noun-jucuo", "全省推出126项改革举措。", "126项", "改革举措"),
    ("noun-jucuo-predicate", "58项惠企举措加快兑现。", "58项", "惠企举措"),
    ("noun-tian", "全年办理市政协提案312件。", "312件", "市政协提案"),
    # a place word inside a compound, a common place noun read as a name
    ("localizer-inside", "累计推出58项两岸共通标准。", "58项", "两岸共通标准"),
    ("place-noun-head", "今年新增6个国家级试点城市。", "6个", "国家级试点城市"),
    ("place-noun-head-2", "全省建成12个特色城镇。", "12个", "特色城镇"),
    # an alternative unit in brackets
    ("alt-unit-bracket", "全年建设美丽河湖42条（段）。", "42条（段）", "美丽河湖"),
    # a count of facilities that a measure sizes
    ("count-of-sized-facilities", "全省新建3座30万千瓦光伏电站。", "3座", "光伏电站"),
    # a state right before a count is its entity, never the cases counted before (decision 10)
    ("state-after-cases", "全省累计报告确诊病例321例，其中重症12例，死亡3例。", "3例", "死亡"),
    ("state-after-cases-2", "该国累计报告确诊病例5443例，累计死亡208例。", "208例", "死亡"),
    ("state-modifies-noun", "全国累计确诊病例达755073例，死亡病例为21183例。", "21183例", "死亡病例"),
    ("same-things-carry", "收集意见建议600余条，梳理归纳372条。", "372条", "意见建议"),
    # a joiner inside brackets does not split the phrase before the next count
    ("bracketed-list-before-count", "全国19个省（区、市）累计报告确诊病例431例。", "19个", "省（区、市）"),
    # a frame word between the measure and its number
    ("frame-yuji", "春运期间，铁路客运量预计4800万人次。", "4800万人次", "铁路客运量"),
]


@pytest.mark.parametrize("sentence,surface,entity", [c[1:] for c in ENTITIES], ids=[c[0] for c in ENTITIES])
def test_entity(sentence, surface, entity):
    hits = [f for f in extract_facts(sentence, kinds=["quantity"]) if f.text == surface]
    assert hits, extract_facts(sentence, kinds=["quantity"])
    assert hits[0].entity == entity


# near misses: what must not become the entity
@pytest.mark.parametrize("sentence,surface,not_entity", [
    ("全年共有27个产业项目落地开工。", "27个", "产业项目落地"),
    ("全市4.2万艘渔船全面纳入监管。", "4.2万艘", "渔船全面"),
    ("累计推出58项两岸共通标准。", "58项", "推出"),
    ("全年建设美丽河湖42条（段）。", "42条（段）", "（段）"),
    ("企业在3家以上银行贷款且贷款余额较大的。", "3家以上", "银行贷款且贷款余额"),  # 且/zg ends the phrase
    ("全省新建3座30万千瓦光伏电站。", "3座", "光伏"),
    ("全市粮食产量连续9年稳定在50万吨以上。", "9年", "粮食产量"),  # a duration, nothing counted
    ("全省累计报告确诊病例321例，其中重症12例，死亡3例。", "3例", "确诊病例"),  # not across 死亡
    ("全县森林覆盖率时隔12年再创新高。", "12年", "森林覆盖率"),
], ids=["predicate-glued", "adverb-glued", "verb-for-localizer", "bracket", "conjunction-qie", "substance-for-facility",
        "duration-lianxu", "state-not-carried", "duration-shige"])
def test_entity_near_misses(sentence, surface, not_entity):
    hits = [f for f in extract_facts(sentence, kinds=["quantity"]) if f.text == surface]
    assert hits and hits[0].entity != not_entity


# (id, sentence, surface of the amount, subject: the same head)
SUBJECTS = [
    ("compared-increase", "今年安排农村教育经费2235亿元，比去年增加395亿元。", "395亿元", "农村教育经费"),
    ("compared-decrease", "拟发行长期建设国债500亿元，比去年减少100亿元。", "100亿元", "长期建设国债"),
    ("compared-jiao", "全县投入专项资金620万元，较上年增加45万元。", "45万元", "专项资金"),
    ("compared-first-amount", "今年安排农村教育经费2235亿元，比去年增加395亿元。", "2235亿元", "农村教育经费"),
    ("frame-yuji-money", "全省文旅经济增加值预计达6500亿元。", "6500亿元", "文旅经济增加值"),
    ("noun-shouru", "全市一般公共预算收入365亿元。", "365亿元", "一般公共预算收入"),
]


@pytest.mark.parametrize("sentence,surface,subject", [c[1:] for c in SUBJECTS], ids=[c[0] for c in SUBJECTS])
def test_money_subject(sentence, surface, subject):
    hits = [f for f in extract_facts(sentence, kinds=["money"]) if f.text == surface]
    assert hits, extract_facts(sentence, kinds=["money"])
    assert same_head(subject, hits[0].subject), hits[0].subject


# near misses: a change verb is no subject, and the amount before is not carried across a stronger break
@pytest.mark.parametrize("sentence,surface,not_subject", [
    ("今年安排农村教育经费2235亿元，比去年增加395亿元。", "395亿元", "增加"),
    ("财政收入3.9万亿元，比上年增加7694亿元；企业利润增长31%，增加4442亿元。", "4442亿元", "财政收入"),
    ("财政收入3.9万亿元，比上年增加7694亿元；企业利润增长31%，增加4442亿元。", "4442亿元", "增加"),
], ids=["change-verb", "not-across-semicolon", "change-verb-bare"])
def test_money_subject_near_misses(sentence, surface, not_subject):
    hits = [f for f in extract_facts(sentence, kinds=["money"]) if f.text == surface]
    assert hits and hits[0].subject != not_subject
