"""Targets, round 7: the goal forms a survey of unannotated plans, notices and reports showed missing
(FACTS.md §2 target). Sentences of our own, each with the targets it should give, and near misses
that give none (results, reports of a measure, counts that open an enumeration)."""
from __future__ import annotations

import pytest

from sentences import assert_targets, target_row as _row, targets_of as _targets


# (id, text, doc_date, [(part of the span, subject, measure, value, value_max, unit, comparator, deadline, strength)])
POSITIVES = [
    # standards to draw up: 制定, 制修订, 研制 are things a plan sets out to do
    ("standards", "到2026年，制定15项以上数据安全地方标准。", "2025-02-10", [
        ("15项以上", "数据安全地方标准", "level", 15, None, "项", ">=", "2026", None),
    ]),
    ("standards-revise", "到2027年，制修订40项以上冷链物流团体标准并建立动态评估机制。", "2025-02-10", [
        ("40项以上", "冷链物流团体标准", "level", 40, None, "项", ">=", "2027", None),
    ]),
    # one count over joined nouns is one target; a second task after 和 is not part of the noun
    ("joined-nouns", "到2026年，培育30家以上龙头企业和骨干企业。", "2025-02-10", [
        ("30家以上", "龙头企业和骨干企业", "level", 30, None, "家", ">=", "2026", None),
    ]),
    ("joined-task", "到2026年，建设10个物流园区和完善配套设施。", "2025-02-10", [
        ("10个物流园区", "物流园区", "level", 10, None, "个", "=", "2026", None),
    ]),
    # 累计 after a future deadline sums up the goal
    ("cumulative-goal", "到2027年，累计培养高技能人才5万人以上。", "2025-02-10", [
        ("5万人以上", "高技能人才", "level", 50000, None, "人", ">=", "2027", None),
    ]),
    # a span of years a plan gives itself, fused with a cue or before a bounded count
    ("within-years-cue", "力争两年内，全区绿色建筑占新建建筑比重达到70%。", "2025-02-10", [
        ("达到70%", "绿色建筑占新建建筑比重", "level", 70, None, "%", "=", None, "aim"),
    ]),
    ("within-years-list", "3年内新建智慧农场20个以上、数字牧场15个以上。", "2025-02-10", [
        ("20个以上", "智慧农场", "level", 20, None, "个", ">=", None, None),
        ("15个以上", "数字牧场", "level", 15, None, "个", ">=", None, None),
    ]),
    # an intro with 如下 opens a goal list; a modal 应 is no part of the subject
    ("intro-as-follows", "本项目的建设目标如下：\n污水集中收集率达到95%。\n管网漏损率应控制在8%以内。", "2025-02-10", [
        ("95%", "污水集中收集率", "level", 95, None, "%", "=", None, None),
        ("8%以内", "管网漏损率", "level", 8, None, "%", "<=", None, None),
    ]),
    # a 分别 list whose members name themselves whole
    ("split-whole-members", "到2025年，城市医院和县级医院分别达到90%和75%以上。", "2025-02-10", [
        ("90%", "城市医院", "level", 90, None, "%", ">=", "2025", None),
        ("75%以上", "县级医院", "level", 75, None, "%", ">=", "2025", None),
    ]),
    # 建 of 建筑 is no action verb
    ("no-action-inside-word", "到2026年，实施建筑节能改造面积300万平方米以上。", "2025-02-10", [
        ("300万平方米以上", "建筑节能改造面积", "level", 3000000, None, "平方米", ">=", "2026", None),
    ]),
    # 带动 and 我国 open no subject
    ("lead-words", "到2030年，带动我国氢能相关产业规模突破5000亿元。", "2025-02-10", [
        ("突破5000亿元", "氢能相关产业规模", "level", 500000000000, None, "元", ">=", "2030", None),
    ]),
    # a task that brings a thing to a level with a disposal 将 / 把
    ("disposal-task", "要逐步将城市生活垃圾填埋比例降至10%以下。", "2025-02-10", [
        ("10%以下", "城市生活垃圾填埋比例", "level", 10, None, "%", "<=", None, None),
    ]),
    # a number no fact kind took, right after a level verb, in a text with no other number
    ("bare-only", "到2027年，全市算力总规模达到20EFLOPS。", "2025-02-10", [
        ("20EFLOPS", "算力总规模", "level", 20, None, "EFLOPS", "=", "2027", None),
    ]),
    # a plan that names itself: its bounded or yearly task figures
    ("plan-tasks", "某市智慧交通三年行动方案（2024—2026年）\n二、专项行动\n建设智慧停车场30个以上，每年培训专业人员200名。",
     "2024-03-01", [
         ("30个以上", "智慧停车场", "level", 30, None, "个", ">=", None, None),
         ("200名", "专业人员", "level", 200, None, "名", "=", None, None),
     ]),
    # a top heading with a committing cue titles a goal part; a year opening a clause there is a deadline
    ("goal-heading-year", "二、力争工业经济迈上新台阶\n钢铁工业要优化布局，2030年粗钢产量控制在1亿吨以内。", "2025-02-10", [
        ("1亿吨以内", "粗钢产量", "level", 100000000, None, "吨", "<=", "2030", None),
    ]),
    # an amount to raise or spend with its noun after it
    ("amount-noun", "今年拟发行800亿元地方政府债券。", "2025-02-10", [
        ("800亿元地方政府债券", "地方政府债券", "level", 80000000000, None, "元", "=", "2025", None),
    ]),
    # an amount with a bound before a noun names a class of projects: the count is the target
    ("amount-class", "今年拟实施亿元以上项目300个。", "2025-02-10", [
        ("300个", "亿元以上项目", "level", 300, None, "个", "=", "2025", None),
    ]),
    # this year's figure the text says will be (将 the future, not the disposal)
    ("this-year-will", "今年全省将新建充电桩3万个。", "2025-02-10", [
        ("充电桩3万个", "充电桩", "level", 30000, None, "个", "=", "2025", None),
    ]),
    # 计划 as the predicate of a plan figure: its comparison with last year is the plan's own
    ("plan-verb", "全年粮食产量计划比上年增长2%，棉花产量计划增长3%。", None, [
        ("增长2%", "粮食产量", "growth", 2, None, "%", "=", None, None),
        ("增长3%", "棉花产量", "growth", 3, None, "%", "=", None, None),
    ]),
    ("plan-draft", "计划草案规定，全省钢材产量平均每年增长百分之五（其中优质钢材为百分之八）。", None, [
        ("增长百分之五", "钢材产量", "growth", 5, None, "%", "=", None, None),
    ]),
    ("plan-base-clause", "计划草案规定，五年内技术改造投资总规模为八百亿元，比上个五年增加百分之三十。", None, [
        ("八百亿元", "技术改造投资总规模", "level", 80000000000, None, "元", "=", None, None),
        ("增加百分之三十", "技术改造投资总规模", "growth", 30, None, "%", "=", None, None),
    ]),
    # a share of things doing something, opening its clause after a deadline or a cue
    ("share-doing", "到2026年底，全县90%以上的行政村实现污水集中处理，确保60%的农户使用清洁能源。", "2025-02-10", [
        ("90%以上的行政村", "行政村实现污水集中处理", "level", 90, None, "%", ">=", "2026-12", None),
        ("60%的农户", "农户使用清洁能源", "level", 60, None, "%", "=", "2026-12", "firm"),
    ]),
    # a count's noun in ASCII quotes
    ("ascii-quotes", '3年内培育20家左右"链主企业"，带动配套企业发展。', "2025-02-10", [
        ("20家左右", "链主企业", "level", 20, None, "家", "approx", None, None),
    ]),
    # a goal restated with its from and to levels after 即: the cue of the clause before binds it, the year
    # of the to-level is its deadline
    ("restated-levels", "力争使全省粮食总产量翻一番，即由二〇二〇年的三百亿斤增加到二〇三〇年的六百亿斤左右。", "2025-02-10", [
        ("六百亿斤左右", None, "level", 60000000000, None, "斤", "approx", "2030", "aim"),
    ]),
    # 计划将 …由 (from-level, no target)，增加到 (to-level, its year the deadline)
    ("plan-from-to", "今后五年，计划将职业院校招生人数由二〇二〇年的十二万人，增加到二〇二五年的二十万人。", "2021-03-01", [
        ("二十万人", "职业院校招生人数", "level", 200000, None, "人", "=", "2025", None),
    ]),
    # 调高到 a level of a growth rate: the target is growth, besides the revision (a change)
    ("revised-rate", "二、主要目标\n按调整后的计划，全省经济增长速度由原定每年百分之七调高到百分之九。", "2025-02-10", [
        ("百分之九", "经济", "growth", 9, None, "%", "=", None, None),
    ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", POSITIVES, ids=[c[0] for c in POSITIVES])
def test_round7_targets(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


NEGATIVES = [
    ("standards-done", "去年制定了15项数据安全地方标准。"),
    ("cumulative-result", "截至去年底，累计培养高技能人才5万人以上。"),
    ("cumulative-no-deadline", "全年累计培养高技能人才5万人以上。"),
    ("past-span", "近三年内，全区新建智慧农场20个以上。"),
    ("enumeration", "到2025年，平台具备三项核心功能：数据汇聚、分析研判、预警处置。"),
    ("decision", "会议决定将贷款利率降至3.5%。"),
    ("disposal-done", "去年已将城市生活垃圾填埋比例降至10%以下。"),
    ("future-adverb", "国家财政将每年安排补助资金50亿元。"),
    ("not-a-plan", "关于开展交通安全检查的通知\n二、检查内容\n建设智慧停车场30个以上，每年培训专业人员200名。"),
    ("plan-reported", "某市智慧交通三年行动方案（2024—2026年）\n一、发展基础\n全市已建成智慧停车场近40个。"),
    ("weak-heading", "三、努力建设美丽乡村\n文化建设和思想建设两个方面互相促进。"),
    ("horizon-attribute", "研究制定到2035年的远景发展目标。"),
    ("this-year-done", "今年1至6月全省新建充电桩3万个。"),
    ("plan-fulfilled", "去年超额完成计划，粮食产量比上年增长2%。"),
    ("share-describes", "二、主要任务\n目前，全县70%以上的税收来自制造业企业。"),
    ("share-reported", "去年全县90%以上的行政村实现污水集中处理。"),
    ("levels-reported", "全市财政收入由2015年的100亿元增加到2020年的200亿元。"),
    ("levels-compared", "二、今后五年的任务\n这个比例由二〇一六年的百分之三十下降到二〇二〇年的百分之二十。"),
    ("family-planning", "实行计划生育，人口自然增长率达到1%。"),
]


@pytest.mark.parametrize("case_id,text", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_round7_near_misses(case_id, text):
    found = _targets(text)
    assert not found, [(f.text, _row(f)) for f in found]
