"""Targets, round 9: target facts that hold beyond the dev windows (issue 14; FACTS.md §2 target).
Sentences of our own, each with the targets it should give, and near misses that give none: named
goals set with other verbs (拟定为, 设定为) or for a year (今年的…目标为), two-level goals (确保实现…目标，
力争…), the rules of a call for applications, and years in a text with no date of its own."""
from __future__ import annotations

import pytest

from govtext.extract.target_vocab import cue_patterns, target_cues, year_marks
from sentences import assert_targets, target_row as _row, targets_of as _targets


# (id, text, doc_date, [(part of the span, subject, measure, value, value_max, unit, comparator, deadline, strength)])
POSITIVES = [
    # a goal named, then set by another verb of goal setting (lexicons/target_cues.tsv, goal_set)
    ("named-planned", "社会融资规模存量预期增长目标拟定为9%左右。", "2025-03-05", [
        ("9%左右", "社会融资规模存量", "growth", 9, None, "%", "approx", None, None),
    ]),
    ("named-set", "今年全省居民人均可支配收入增长目标设定为6%。", "2025-03-05", [
        ("6%", "居民人均可支配收入", "growth", 6, None, "%", "=", "2025", None),
    ]),
    ("named-fixed-first", "全市粮食总产量目标初步定为120万吨。", "2025-03-05", [
        ("120万吨", "粮食总产量", "level", 1200000, None, "吨", "=", None, None),
    ]),
    # a digit inside a name (M2, 5G) is no number before the goal noun
    ("named-with-digit", "今年全市5G基站建设目标定为1.2万个。", "2025-03-05", [
        ("1.2万个", "5G基站建设", "level", 12000, None, "个", "=", "2025", None),
    ]),
    # the year a named goal is set for: 今年的 / 2026年的 …目标为 (the deadline, not a part of the subject)
    ("named-this-year", "今年的地区生产总值增长目标为5.5%左右。", "2025-03-05", [
        ("5.5%左右", "地区生产总值", "growth", 5.5, None, "%", "approx", "2025", "aim"),
    ]),
    ("named-written-year", "2026年的城镇居民收入增长目标定为6.5%。", "2026-01-20", [
        ("6.5%", "城镇居民收入", "growth", 6.5, None, "%", "=", "2026", None),
    ]),
    ("named-year-restated", "综合权衡，今年的工业增加值增长目标定为7%左右是适宜的。", "2025-03-05", [
        ("7%左右", "工业增加值", "growth", 7, None, "%", "approx", "2025", None),
    ]),
    # two levels of one goal: 确保实现…N目标 (firm), 力争… (aim), one subject
    ("two-level-goal", "到2027年，确保实现全市专精特新企业800家目标，力争达到1000家左右。", "2025-03-05", [
        ("800家", "专精特新企业", "level", 800, None, "家", "=", "2027", "firm"),
        ("1000家左右", "专精特新企业", "level", 1000, None, "家", "approx", "2027", "aim"),
    ]),
    ("two-level-de", "到2026年，确保实现蔬菜产量300万吨的目标，力争达到320万吨。", "2025-03-05", [
        ("300万吨", "蔬菜产量", "level", 3000000, None, "吨", "=", "2026", "firm"),
        ("320万吨", "蔬菜产量", "level", 3200000, None, "吨", "=", "2026", "aim"),
    ]),
    # a strength cue closes a subject, as a plan word does
    ("strength-tail", "到2030年，全省森林覆盖率力争达到45%。", "2025-03-05", [
        ("45%", "森林覆盖率", "level", 45, None, "%", "=", "2030", "aim"),
    ]),
    # a call word in another clause leaves a task with its own action a goal
    ("call-other-clause", "到2026年，支持企业申报国家级示范项目，遴选20个以上典型应用场景。", "2025-03-05", [
        ("20个以上", "典型应用场景", "level", 20, None, "个", ">=", "2026", None),
    ]),
    # a call word with a strength cue or a written future deadline before the number: a goal
    ("call-committed", "力争推荐省级专精特新企业达到50家。", "2025-03-05", [
        ("50家", "推荐省级专精特新企业", "level", 50, None, "家", "=", None, "aim"),
    ]),
    # a 分别 list over 、 members that end alike: each member takes the shared tail, and the bound word
    # before the first number bounds every number of the list
    ("distributive-shared-tail", "到2030年，数字及相关产业、海洋及相关产业增加值占地区生产总值比重分别超过8%、12%。",
     "2026-01-20", [
        ("8%", "数字及相关产业增加值占地区生产总值比重", "level", 8, None, "%", ">=", "2030", None),
        ("12%", "海洋及相关产业增加值占地区生产总值比重", "level", 12, None, "%", ">=", "2030", None),
    ]),
    # 突破 + a count and its noun: things broken through, counted exactly (a bound written after stays)
    ("break-through-count", "到2028年，突破30项核心工艺技术，推选8家示范工厂，上线20个一件事集成服务。", "2026-01-20", [
        ("30项", "核心工艺技术", "level", 30, None, "项", "=", "2028", None),
        ("8家", "示范工厂", "level", 8, None, "家", "=", "2028", None),
        ("20个", "一件事集成服务", "level", 20, None, "个", "=", "2028", None),
    ]),
    ("break-through-bound", "到2028年，突破30项以上核心工艺技术，全省软件业务收入突破2000亿元。", "2026-01-20", [
        ("30项以上", "核心工艺技术", "level", 30, None, "项", ">=", "2028", None),
        ("2000亿元", "软件业务收入", "level", 200000000000, None, "元", ">=", "2028", None),
    ]),
    # a span of years in a dated text still ends on its deadline
    ("span-dated", "从2025年到2027年，全省新建5G基站3万个。", "2025-03-05", [
        ("3万个", "5G基站", "level", 30000, None, "个", "=", "2027", None),
    ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", POSITIVES, ids=[c[0] for c in POSITIVES])
def test_round9_targets(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


NEGATIVES = [
    # the rules of a call for applications (申报, 推荐, 资助): quotas, intensities, thresholds
    ("call-funding", "本年度拟资助重点项目约8项，直接费用资助强度不超过200万元/项。", "2025-03-05"),
    ("call-quota", "各市推荐优秀案例不超过15个，县级单位不超过5个。", "2025-03-05"),
    ("call-threshold", "申报单位上年度研发投入不低于500万元。", "2025-03-05"),
    ("call-applicant", "申请人年龄不超过45周岁，资助期限为3年。", "2025-03-05"),
    # a year before a noun with no goal set after it stays no deadline
    ("year-de-no-goal", "2024年的地区生产总值为5万亿元。", "2025-03-05"),
    # in a text with no date: a span of years, a year before its verb (a result as well as a goal)
    ("undated-span", "从1979至1981年，城镇共安排三百多万人就业。", None),
    ("undated-year-verb", "1980年全省社队企业增加到五千六百个。", None),
    # 目标 after a number of a past result
    ("goal-reached", "去年实现了粮食产量500万吨目标。", "2025-03-05"),
]


@pytest.mark.parametrize("case_id,text,doc_date", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_round9_near_misses(case_id, text, doc_date):
    found = _targets(text, doc_date)
    assert not found, [(f.text, _row(f)) for f in found]


def test_undated_deadline_prep_still_binds():
    """In a text with no date a deadline written with 到 is still a deadline."""
    assert_targets("到1985年，全国钢产量达到4000万吨。", None, [
        ("4000万吨", "钢产量", "level", 40000000, None, "吨", "=", "1985", None),
    ])


def test_word_lists_live_in_lexicons():
    """The words beside a year that make it no deadline and the verbs that set a named goal are lexicon rows."""
    assert {"从", "自", "于", "较", "比"} <= set(year_marks("before"))
    assert {"开始", "起", "以来"} <= set(year_marks("after"))
    assert {"截至", "截止"} <= set(year_marks("status"))
    assert {"拟定为", "设定为", "是", "为", "定为", "确定为"} <= target_cues().goal_set
    assert cue_patterns()["goal_set"].search("增长目标拟定为")
    assert {"申报", "推荐", "资助"} <= target_cues().calls
