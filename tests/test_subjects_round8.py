"""What counts, amounts and changes are about (issue 14, round 8): forms found in a seeded sample of
unseen real text. Sentences are our own, each class with near misses."""
from __future__ import annotations

import pytest

from govtext.extract import extract_facts


def _about(sentence: str, kind: str) -> list[tuple[str, object]]:
    field = "entity" if kind == "quantity" else "subject"
    return [(f.text, getattr(f, field)) for f in extract_facts(sentence, kinds=[kind])]


QUANTITIES = [
    # a joiner before another count ends the counted phrase: the next member is counted on its own
    ("parallel-counts", "要处理好城市和乡村两种关系、发展和安全两个大局。", [("两种", "关系"), ("两个", "大局")]),
    ("joiner-then-count", "全市186所中小学以及三百多名教师代表参加了活动。", [("186所", "中小学"), ("三百多名", "教师代表")]),
    ("joiner-then-some", "在四十多个乡镇和一些街道开展了试点。", [("四十多个", "乡镇")]),
    # near miss: members without a count of their own share the count
    ("shared-count", "全区建成12个社区和村级服务站。", [("12个", "社区和村级服务站")]),
    # a noun the tagger reads as an adverb (好处) is the thing counted
    ("noun-read-as-adverb", "群众总结出这项政策的六个好处，逐条写进了报告。", [("六个", "好处")]),
    # after a verb of existence the thing counted is the subject of what follows, and a level verb the
    # tagger joined to its object (实现目标) is split off
    ("existential-predicate", "试点村中已有46个村实现目标。", [("46个", "村")]),
    ("existential-reach", "全省共有15个县达到标准。", [("15个", "县")]),
    # near miss: after a verb taking the count as object, a verb with its noun is inside the compound
    ("object-compound", "全省推出120项制度创新成果。", [("120项", "制度创新成果")]),
    # the gloss of a quoted term is no part of the counted phrase
    ("glossed-quote", "扶持了20个“三农”（农业、农村、农民）服务平台。", [("20个", "三农服务平台")]),
    ("aside-not-gloss", "已建成3个“示范点”（第一批）。", [("3个", "示范点（第一批）")]),
    # the things counted may be named by an amount (a label), which stays in their name
    ("amount-label", "新增宜阳、洛宁2个过五百亿元县。", [("2个", "过五百亿元县")]),
    ("amount-label-bare", "引进8个5000万元项目。", [("8个", "5000万元项目")]),
    # a quoted name after a modifier is the head; after a noun it is a complement
    ("quoted-head", "公交公司开通了8辆免费“助老专线”。", [("8辆", "免费助老专线")]),
    ("quoted-complement", "全县1500条河道“河长”全部到位。", [("1500条", "河道")]),
]


@pytest.mark.parametrize("sentence,expected", [c[1:] for c in QUANTITIES], ids=[c[0] for c in QUANTITIES])
def test_counted_entities(sentence, expected):
    assert _about(sentence, "quantity") == expected


MONEY = [
    # an adverb the tagger saw opening the noun after an amount modifies it
    ("adverb-modifier-after", "今年计划发行800亿元长期建设债券。", "长期建设债券"),
    ("adverb-modifier-loan", "银行发放30万元长期低息贷款。", "长期低息贷款"),
    # near miss: an aspect adverb after the amount opens a predicate
    ("aspect-after", "项目资金300万元已经全部拨付。", "项目资金"),
    # an amount right before a noun with no verb of exceeding names a class of that noun (a label)
    ("label-after-verb", "全年新开工亿元以上项目300个。", "项目"),
    ("label-bare", "已落地5000万元以上项目86个。", "项目"),
    # near miss: after a verb of exceeding the amount measures the noun before
    ("exceeds-measure", "经济总量超300亿元县5个。", "经济总量"),
    # the 年 of a year is no part of what the money is; 年度 is a word of its own
    ("year-remnant", "2008年居民增加储蓄56亿元。", "居民增加储蓄"),
    ("year-remnant-total", "2010年全县固定资产投资总额完成120亿元。", "固定资产投资总额"),
    ("annual-stays", "2024年度专项资金共计1.5亿元。", "年度专项资金"),
    # a topic clause (a relative clause before 的) gives the measure a list of yearly levels belongs to
    ("topic-levels", "每百元销售收入实现的利税，2001年为12.5元，2002年为13.1元。", None),
    ("topic-per-head", "2001年牧民从合作社分得的收入，每户平均达到4200元。", "牧民从合作社分得的收入"),
    # near miss: an attribute before 的 inside an object; the clause named no measure
    ("no-topic-predicate", "县财政出现了较大的缺口，两年合计近五十亿元。", None),
    ("no-topic-adjective", "县财政遇到较多的困难，全年合计八十亿元。", None),
]


@pytest.mark.parametrize("sentence,expected", [c[1:] for c in MONEY], ids=[c[0] for c in MONEY])
def test_money_subjects(sentence, expected):
    got = _about(sentence, "money")
    if expected is None and len(got) > 1:  # the yearly list: every level is the topic's
        assert [s for _t, s in got] == ["每百元销售收入实现的利税"] * len(got)
        return
    assert got[0][1] == expected


CHANGES = [
    # a year written without 年 before a comparison is when, not what changed
    ("bare-year-cn", "二○一○比二○○五年增加三百二十亿元。", None),
    ("bare-year-digits", "2010比2005年增加了320亿元。", None),
    # a period between the measure and its verb is when, not part of what changed
    ("during-period", "棉花产量在二○○一年到二○一○年间平均每年增长八十多万吨。", "棉花产量"),
    ("since-year", "全县财政收入自2015年以来增长了40%。", "财政收入"),
    ("in-year", "全省货运量在2020年下降了6%。", "货运量"),
    # a support verb between who reports a measure and the measure is no part of what changed
    ("support-verb", "全市规模以上企业实现利润增长12%。", "规模以上企业利润"),
    # near misses: a support verb opening the clause goes; one inside a relative clause stays
    ("support-verb-lead", "全市实现地区生产总值2800亿元，增长6%。", "地区生产总值"),
    ("support-verb-relative", "全县实现目标的村增长了20%。", "实现目标的村"),
    # near miss: a measure named before the year stays
    ("measure-then-year", "财政收入二○一○年比二○○五年增加三百二十亿元。", "财政收入"),
]


@pytest.mark.parametrize("sentence,expected", [c[1:] for c in CHANGES], ids=[c[0] for c in CHANGES])
def test_change_subjects(sentence, expected):
    assert _about(sentence, "change")[0][1] == expected


# review fixes (fix8b): a list closed by a joiner right before the next count is all the first count's;
# a prepositional stretch holding a noun after 的 is the measure, not a period cut from the subject
LIST_BEFORE_COUNT = [
    ("list-closed-before-count", "新建218个乡镇图书馆、文化站和3万个农家书屋。",
     [("218个", "乡镇图书馆、文化站"), ("3万个", "农家书屋")]),
    # near misses: a joiner inside the modifier of the next count (the first 、 cuts); no next count
    ("joiner-inside-next-modifier", "划定四类区域、城镇和乡村两条边界。", [("四类", "区域"), ("两条", "边界")]),
    ("list-no-next-count", "新建218个乡镇图书馆、文化站和农家书屋。", [("218个", "乡镇图书馆、文化站和农家书屋")]),
]


@pytest.mark.parametrize("sentence,expected", [c[1:] for c in LIST_BEFORE_COUNT], ids=[c[0] for c in LIST_BEFORE_COUNT])
def test_list_closed_before_count(sentence, expected):
    assert _about(sentence, "quantity") == expected


MEASURE_IN_PREPOSITION = [
    ("money-measure-after-de", "money", "该市在这一领域的成交额一年最多只有十亿元，而今年上半年就达到了25亿元。", "成交额"),
    ("change-measure-after-de", "change", "全省在这方面的投入一年增长了15%。", "投入"),
]


@pytest.mark.parametrize("kind,sentence,noun", [c[1:] for c in MEASURE_IN_PREPOSITION],
                         ids=[c[0] for c in MEASURE_IN_PREPOSITION])
def test_measure_in_prepositional_stretch(kind, sentence, noun):
    subject = _about(sentence, kind)[-1][1]
    assert subject and noun in subject


PERIOD_AFTER_DE = [
    # near miss: after 的 only a time, a period between the measure and its verb, cut
    ("period-after-de", "粮食产量在过去的五年里增长了12%。", "粮食产量"),
]


@pytest.mark.parametrize("sentence,expected", [c[1:] for c in PERIOD_AFTER_DE], ids=[c[0] for c in PERIOD_AFTER_DE])
def test_period_after_de(sentence, expected):
    assert _about(sentence, "change")[0][1] == expected
