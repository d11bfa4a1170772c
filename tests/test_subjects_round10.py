"""Round 10: what an amount, a count or a change is about, in lists and measures.

- The amounts of a ``分别`` list take one member each of the list subject before ``分别``, as counts
  and changes already did (``教育、卫生和社保支出分别为…``).
- A list of what money is used for (``用于A、B和C的支出``, ``purpose`` frame of entity_frames.tsv)
  names the money's noun for each member (A支出, B支出, C支出); the spender before the verb leads each.
- Words before the first conjunct of a list of short names lead every member
  (``市级财政教育、卫生和社保支出`` → 市级财政教育支出 …), unless the first member is a whole measure.
- Measure nouns of use and consumption (用水量, 能耗 …, ``measure`` in entity_cues.tsv) before a
  measure are the entity over the noun after the number; a conjunction of clauses (且) opens the phrase.
- A bare word for a sum (金额, 总额: ``sum`` in entity_words.tsv) as a money subject stands for what the
  clause before measures (``海洋工程装备108艘、金额约186亿美元``).
- A bare product noun opening a clause of change after clauses that named a product's measure
  (``原煤产量由…增加到…，原油由…``) measures the same (原油产量).
- A quoted name before a place-word head (``“陇海号”中亚班列``) is a modifier of that head.
Own sentences, with near misses.
"""
from __future__ import annotations

import pytest

from sentences import fact_at

MONEY_LIST_CASES = [
    ("全县城乡居民储蓄存款余额和各项贷款余额分别达到86亿元和54亿元。", "86亿元", "城乡居民储蓄存款余额"),
    ("全县城乡居民储蓄存款余额和各项贷款余额分别达到86亿元和54亿元。", "54亿元", "各项贷款余额"),
    ("税收收入和非税收入分别完成45亿元、12亿元。", "12亿元", "非税收入"),
    ("一般公共预算收入和政府性基金收入分别为320亿元和250亿元。", "320亿元", "一般公共预算收入"),
    ("全年市级财政教育、卫生和社保支出分别为42亿元、18亿元和25亿元。", "18亿元", "市级财政卫生支出"),
    ("县财政用于农田水利和乡村道路的资金分别为3200万元和1800万元。", "1800万元", "县财政乡村道路资金"),
    # near misses: no 分别 (one amount for the whole list), an amount naming its noun after it
    ("教育和卫生支出合计60亿元。", "60亿元", "卫生支出"),
    ("全县城乡居民储蓄存款余额达到86亿元。", "86亿元", "城乡居民储蓄存款余额"),
    ("两村分别获得50万元和30万元一次性补助。", "30万元", "一次性补助"),
    # a level verb right after an amount (突破…、达到…) goes on with the same measure; not when a noun follows
    ("全市财政收入突破100亿元、达到105亿元。", "105亿元", "财政收入"),
    ("全市财政收入突破100亿元、旅游收入30亿元。", "30亿元", "旅游收入"),
]


@pytest.mark.parametrize("sentence,surface,subject", MONEY_LIST_CASES)
def test_money_list_subjects(sentence, surface, subject):
    assert fact_at(sentence, "money", surface).subject == subject


CHANGE_LIST_CASES = [
    ("用于农业和水利的投资分别增长6%和9%。", "9%", "水利投资"),
    ("全年市级财政教育、卫生和社保支出分别增长5%、6%和7%。", "增长5%", "市级财政教育支出"),
    # near misses: a first member that is a whole measure, members of short names with their head
    ("一般公共预算收入、税收和非税收入分别增长10%、8%和12%。", "增长10%", "一般公共预算收入"),
    ("全省粮食、油料和蔬菜产量分别增长3%、5%和8%。", "5%", "油料产量"),
    ("用于教育的支出增长12%。", "增长12%", "用于教育的支出"),
]


@pytest.mark.parametrize("sentence,surface,subject", CHANGE_LIST_CASES)
def test_change_list_subjects(sentence, surface, subject):
    assert fact_at(sentence, "change", surface).subject == subject


MEASURE_CASES = [
    ("年用水量五万立方米以上的单位应当安装计量设施。", "五万立方米以上", "年用水量"),
    ("年综合能耗1万吨标准煤以上的重点用能单位应当设立能源管理岗位。", "1万吨标准煤以上", "年综合能耗"),
    ("占地面积在二千平方米以上且日供水量在五百立方米以上的水厂。", "五百立方米以上", "日供水量"),
    ("全市用水量3.2亿立方米，比上年减少2%。", "3.2亿立方米", "用水量"),
    # near misses: no measure noun before the number, the noun after it is measured
    ("村里新建二万立方米的蓄水池。", "二万立方米", "蓄水池"),
    ("占地面积在二千平方米以上的水厂。", "二千平方米以上", "占地面积"),
]


@pytest.mark.parametrize("sentence,surface,entity", MEASURE_CASES)
def test_measure_nouns(sentence, surface, entity):
    assert fact_at(sentence, "quantity", surface).entity == entity


QUOTED_HEAD_CASES = [
    ("去年共开行80列“陇海号”中亚班列。", "80列", "陇海号中亚班列"),
    ("全年开行12列“长安号”中欧班列。", "12列", "长安号中欧班列"),
    # near miss: a count's own noun before a prize name stays the first object
    ("授予24项成果国家自然科学奖。", "24项", "成果"),
]


@pytest.mark.parametrize("sentence,surface,entity", QUOTED_HEAD_CASES)
def test_quoted_name_before_place_head(sentence, surface, entity):
    assert fact_at(sentence, "quantity", surface).entity == entity


SUM_CASES = [
    ("2024年，我国新承接各类海洋工程装备108艘、金额约186亿美元。", "约186亿美元", "我国新承接各类海洋工程装备"),
    ("全年签订技术合同1200份，总额35亿元。", "35亿元", "技术合同"),
    # near misses: a sum word with its owner before it, a sum word with no clause before
    ("技术合同成交总额35亿元。", "35亿元", "技术合同成交总额"),
    ("金额超过5亿元的项目须报批。", "超过5亿元", "金额"),
    # 进出口 (a noun of entity_cues.tsv, the tagger reads a verb) heads no predicate: 总额 is no bare sum here
    ("对外贸易，进出口总额559亿元，比上年增加42亿元。", "559亿元", "进出口总额"),
    ("对外贸易，进出口总额559亿元，比上年增加42亿元。", "42亿元", "进出口总额"),
]


@pytest.mark.parametrize("sentence,surface,subject", SUM_CASES)
def test_bare_sum_word(sentence, surface, subject):
    assert fact_at(sentence, "money", surface).subject == subject


PARALLEL_MEASURE_CASES = [
    ("我国原煤产量由六亿吨增加到八亿吨，原油由一亿吨增加到一亿二千万吨。", "由一亿吨增加到一亿二千万吨", "原油产量"),
    ("我国粮食的年平均产量由三亿吨增加到三亿七千万吨，棉花由二百万吨增加到四百万吨。", "由二百万吨增加到四百万吨", "棉花年平均产量"),
    ("原煤产量由六亿吨增加到八亿吨，发电量由三千亿度增加到四千亿度，钢由三千万吨增加到四千万吨。", "由三千万吨增加到四千万吨", "钢产量"),
    # near misses: a measure of its own after a product's measure, a clause in another sentence
    ("钢产量增长5%，利润增长10%。", "增长10%", "利润"),
    ("原煤产量由六亿吨增加到八亿吨，发电量由三千亿度增加到四千亿度。", "由三千亿度增加到四千亿度", "发电量"),
    ("原煤产量由六亿吨增加到八亿吨。原油由一亿吨增加到一亿二千万吨。", "由一亿吨增加到一亿二千万吨", "原油"),
]


@pytest.mark.parametrize("sentence,surface,subject", PARALLEL_MEASURE_CASES)
def test_parallel_product_measure(sentence, surface, subject):
    assert fact_at(sentence, "change", surface).subject == subject


OBJECT_COMPOUND_CASES = [
    ("今年设立5个自贸联动创新区。", "5个", "自贸联动创新区"),
    ("今年建成12个城乡融合示范社区。", "12个", "城乡融合示范社区"),
    # near misses: a count opening its clause keeps its verb as the predicate; a verb of change after the noun
    ("5个自贸区联动发展。", "5个", "自贸区"),
    ("推动3家企业增加投资。", "3家", "企业"),
]


@pytest.mark.parametrize("sentence,surface,entity", OBJECT_COMPOUND_CASES)
def test_verbs_in_a_row_inside_an_object(sentence, surface, entity):
    assert fact_at(sentence, "quantity", surface).entity == entity


FACILITY_CASES = [
    ("建成年产2万吨高纯碳酸锂项目。", "2万吨", "高纯碳酸锂"),
    ("20亿立方米/年煤制天然气项目开工建设。", "20亿立方米/年", "煤制天然气"),
    # near misses: a power measures the plant itself; no facility word, the whole phrase
    ("2座35万千瓦光热发电项目开工。", "35万千瓦", "光热发电项目"),
    ("生产高纯碳酸锂2万吨。", "2万吨", "高纯碳酸锂"),
    ("建成120万吨乙烯转型升级项目。", "120万吨", "乙烯"),  # a verb describes the facility: the first noun
]


@pytest.mark.parametrize("sentence,surface,entity", FACILITY_CASES)
def test_substance_of_a_facility(sentence, surface, entity):
    assert fact_at(sentence, "quantity", surface).entity == entity
