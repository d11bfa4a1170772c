"""Round 13b: what a count or an amount is about, on forms a census of unseen real text found.

- A measure right before a localizer of inside or outside (``两侧各五米范围内``, ``周边二百米的范围内``)
  bounds a zone where the clause holds: no entity. A localizer inside a name is no zone (``内河航道``), and
  before a facility word the measured phrase is cut there as before (``五十米范围内绿化设施`` → 范围).
- Two bounds of one count joined by 或 share the noun after the second (``两个或者两个以上部门``), not a
  relative's head after 的 nor a measure's own noun.
- Modal fillers 不宜, 不应 end a phrase like 不得 (``标准数量不宜少于5项`` → 标准); 齐聚 after the noun counted is
  its predicate.
- In a verb's object, the head after a relative clause is read as that object (``遴选50个具有代表性的标准应用试点项目``).
- A verb before a bound noun for people (``承办人员``) is inside the compound.
- A span of time a verb takes (``开业不到半年营业额``) and a preposition's object before the clause's verb
  (``通过土地综合整治整合土地``) end the phrase before a number.
- A one-character prefix the tagger split off an adverb after an amount (``超|长期特别国债``) is inside the subject.
Own sentences, with near misses.
"""
from __future__ import annotations

import pytest

from sentences import fact_at

ENTITY_CASES = [
    ("公路两侧各五米地域范围内禁止烧荒。", "五米", None),
    ("禁止在学校周边二百米的范围内设立网吧。", "二百米", None),
    ("禁止在距离文物保护单位五十米范围内燃放烟花爆竹。", "五十米", None),
    # near misses: a localizer inside a word; before a facility word the measured phrase stays
    ("全省新建3公里内河航道。", "3公里", "内河航道"),
    ("沿线五十米范围内绿化设施由养护单位管理。", "五十米", "范围"),
    ("合议庭应指定３名或３名以上承办人员。", "３名或３名以上", "承办人员"),  # one at_least fact (misc16b)
    ("由两个或者两个以上部门联合制定规章。", "两个或者两个以上", "部门"),
    # near misses: a relative's 的 after the pair; a count with its own noun before
    ("对于拟支持项目不超过6项或3项的课题，择优立项。", "不超过6项", "项目"),
    ("标准数量不宜少于5项。", "不宜少于5项", "标准"),  # the negated modal is in the span, as 不得 (qualifiers.tsv)
    ("本届展会有超过3400个中外品牌齐聚亮相。", "超过3400个", "中外品牌"),
    ("全国遴选50个具有代表性的标准应用试点项目。", "50个", "标准应用试点项目"),
    # near miss: a count opening its clause keeps the head of its own relative clause
    ("共有30名具有高级职称的专业人员参加。", "30名", "专业人员"),
    ("每个合议庭配备5名专职承办人员。", "5名", "专职承办人员"),
    # near miss: people and a verb before another noun: the verb is the predicate
    ("组织300名党员慰问群众。", "300名", "党员"),
    ("通过土地综合整治整合土地近两万亩。", "近两万亩", "土地"),
]

MONEY_CASES = [
    ("该店开业不到半年营业额就突破2000万元。", "2000万元", "营业额"),
    # near miss: after a governing verb a span of time names the plan
    ("实施三年行动计划资金5亿元。", "5亿元", "三年行动计划资金"),
    ("国家下达第二批625亿元超长期特别国债资金。", "625亿元", "超长期特别国债资金"),
    ("安排1400亿元长期建设国债。", "1400亿元", "长期建设国债"),
]


@pytest.mark.parametrize("sentence,surface,entity", ENTITY_CASES)
def test_counted_entities_round13b(sentence, surface, entity):
    assert fact_at(sentence, "quantity", surface).entity == entity


@pytest.mark.parametrize("sentence,surface,subject", MONEY_CASES)
def test_money_subjects_round13b(sentence, surface, subject):
    assert fact_at(sentence, "money", surface).subject == subject
