"""Round 11b: where a counted noun ends, topics across a frame, and money subjects simplified, from a
survey of unseen work reports and news (seed 2111).

- A verb with a project word after it opens a counted phrase (``有40个建设项目`` → 建设项目), not the
  noun before the existential verb.
- In a verb's object broken off by a verb, the count counts the first list member only
  (``推进9个变电工程、城乡配网改造`` → 变电工程); members sharing a head stay together.
- A clause that is only a frame (``将达到``, ``计划安排为``, ``拟定为``) takes the topic of the clause
  before it, for counts and amounts (``职工工资总额，计划安排为…亿元`` → 职工工资总额).
- A money subject is its head after a descriptive 的 (``该区在这方面的销售额`` → 销售额), without a
  trailing ``一年``; a relative clause (a verb before 的) stays.
- A fixed comparison base with the measure after it (``1985年比上年产值增长``) gives the basis and the
  measure; a clause opened by a verb of exceeding names the standard, not the subject.
Own sentences, with near misses.
"""
from __future__ import annotations

import pytest

from sentences import fact_at

QUANTITY_CASES = [
    ("水利部有二十三个建设项目，省里有九个建设项目。", "二十三个", "建设项目"),
    ("省里有九个建设项目。", "九个", "建设项目"),
    ("推进城东、城西等9个220千伏变电工程、城乡配网改造建设。", "9个", "变电工程"),
    ("推动2座30万千瓦抽水蓄能电站和智慧能源调度中心建设。", "2座", "抽水蓄能电站"),
    ("全省人口总数，预计达到4600万人。", "4600万人", "人口"),
    ("钢材产量拟定为一千二百万吨。", "一千二百万吨", "钢材产量"),
    ("加快110千伏输变电工程建设。", "110千伏", "输变电工程"),
    ("区分三类不同来源问题的办法。", "三类", "不同来源问题"),
    # near misses: members with one head stay together; a list closed by the clause end stays whole;
    # an attribute before 的 keeps the head after it; a frame after a clause ending in a verb takes nothing
    ("吸引300个经济组织和社会组织参与。", "300个", "经济组织和社会组织"),
    ("巡视的30个地区和单位进驻完成。", "30个", "地区和单位"),
    ("建成12个村级服务站和文化广场。", "12个", "村级服务站和文化广场"),
    ("区分三类不同来源的问题。", "三类", "不同来源的问题"),
    ("经过群众讨论以后，将达到300万人。", "300万人", None),
    ("防治地区两个以上的省、自治区、直辖市需要同步实施。", "两个以上", "省、自治区、直辖市"),
]


@pytest.mark.parametrize("sentence,surface,entity", QUANTITY_CASES)
def test_quantity_entity(sentence, surface, entity):
    assert fact_at(sentence, "quantity", surface).entity == entity


MONEY_CASES = [
    ("一九六零年的商品零售总额，计划安排为三百亿元。", "三百亿元", "商品零售总额"),
    ("一九六零年的财政收入，拟定为四百亿元。", "四百亿元", "财政收入"),
    ("该区在这方面的销售额一年只有十亿元。", "十亿元", "销售额"),
    ("省财政安排500亿元专项奖补资金予以支持。", "500亿元", "专项奖补资金"),
    ("全省存款余额达到5万亿元；全省直接融资3000亿元。", "3000亿元", "直接融资"),
    # near misses: a relative clause before 的 stays; a frame after a bound clause takes the bound's measure
    ("农民从合作社分得的收入，每户达到3000元。", "3000元", "农民从合作社分得的收入"),
    ("单笔贷款额不低于10万元，且不超过300万元。", "不超过300万元", "贷款额"),  # 单笔 is the holder a cap is per (round 17b)
    ("全年省财政用于“三农”的支出达到900亿元。", "900亿元", "省财政用于三农的支出"),  # 全年 is when (realgold15 natgwr__0039)
]


@pytest.mark.parametrize("sentence,surface,subject", MONEY_CASES)
def test_money_subject(sentence, surface, subject):
    assert fact_at(sentence, "money", surface).subject == subject


CHANGE_CASES = [
    ("1985年比上年产值增长7.5%。", "增长7.5%", "产值", "previous_year"),
    ("钢产量达到五百万吨（按实物量计算），超过年度计划百分之三，比上一年增长百分之九。", "增长百分之九", "钢产量", "previous_year"),
    # near misses: a measure before 比 is the subject; 比上年同期 is one base
    ("工业产值比上年增长7.5%。", "增长7.5%", "工业产值", "previous_year"),
    ("销售收入比上年同期增长4%。", "增长4%", "销售收入", "year_on_year"),
]


@pytest.mark.parametrize("sentence,surface,subject,basis", CHANGE_CASES)
def test_change_subject_and_basis(sentence, surface, subject, basis):
    fact = fact_at(sentence, "change", surface)
    assert (fact.subject, fact.basis) == (subject, basis)
