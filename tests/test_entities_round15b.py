"""Round 15, second pass (issue 14, "what each fact is about"): words the segmenter split inside a counted compound
(lexicons/words/numeric.txt), a stop word read as a noun inside a compound, and verbs that the entity must not
swallow. Sentences of our own, each with near misses."""
from __future__ import annotations

import pytest

from govtext.extract import extract_facts

# (id, sentence, surface of the count, entity)
ENTITIES = [
    # words the segmenter would split (words/numeric.txt)
    ("transmission-line", "新建±500千伏直流输电线路工程一项。", "±500千伏", "直流输电线路工程"),
    ("scrapped-vehicles", "全省报废汽车回收量12.3万辆。", "12.3万辆", "报废汽车回收量"),
    ("recycled-amount", "全市废纸回收量8万吨。", "8万吨", "废纸回收量"),
    ("smart-manufacturing", "培育30家智能制造示范工厂。", "30家", "智能制造示范工厂"),
    # verbs jieba tags as nouns end the phrase (words/core.txt tag corrections)
    ("line-completed", "长达800公里的输气管道全线贯通。", "800公里", "输气管道"),
    ("met-representatives", "部长当天与其他12个成员国代表会面。", "12个", "成员国代表"),
    # near miss: 新建 stays a place word in jieba and inside the entity (FACTS.md gold keeps 新建高标准农田)
    ("new-built-kept", "全县新建高标准农田3.2万亩。", "3.2万亩", "新建高标准农田"),
    # a verb between the noun and its amount word (数量) says what was done to the things counted
    ("commissioned-number", "我国导弹驱逐舰列装数量达到8艘。", "8艘", "导弹驱逐舰"),
    ("recommended-number", "各省推荐试点城市数量不超过3个。", "不超过3个", "推荐试点城市"),
    # near miss: an amount word right after the noun goes alone
    ("amount-word-only", "全市汽车保有量达到300万辆。", "300万辆", "汽车"),
    # a bracketed gloss of the word before the phrase cannot open it
    ("gloss-opens", "各省（区、市）试点城市不超过5个。", "不超过5个", "试点城市"),
    # near miss: a bracket inside the phrase stays
    ("gloss-inside", "建设12个省级（区域）医疗中心。", "12个", "省级（区域）医疗中心"),
    # a stop word read as a noun before a project word is inside the compound
    ("plan-project", "下达43项行业标准计划项目。", "43项", "行业标准计划项目"),
    ("plan-project-bare", "全年下达12个计划项目。", "12个", "计划项目"),
    # near miss: 计划 as the predicate stays outside
    ("plan-as-verb", "共有5个项目计划开工。", "5个", "项目"),
    # a governing verb before a noun of amount counted in people is the clause's predicate
    ("carried-passengers", "全年完成旅客运输量5120.3万人次。", "5120.3万人次", "旅客运输量"),
    ("carried-passengers-scope", "全行业完成旅客运输量880万人次。", "880万人次", "旅客运输量"),
    ("reached-flow", "全市实现客流量120万人次。", "120万人次", "客流量"),
    # near misses: people acted on keep the verb; 数量 is the number of the people named before it
    ("people-acted-on", "给予党纪处分38人。", "38人", "给予党纪处分"),
    ("number-of-people", "向同一地区派出的劳务人员数量超过100人的，应当报告。", "超过100人", "同一地区派出的劳务人员"),
]


@pytest.mark.parametrize("sentence,surface,entity", [c[1:] for c in ENTITIES], ids=[c[0] for c in ENTITIES])
def test_entity_round15b(sentence, surface, entity):
    hits = [f for f in extract_facts(sentence, kinds=["quantity"]) if f.text == surface]
    assert hits, extract_facts(sentence, kinds=["quantity"])
    assert hits[0].entity == entity
