"""Targets, round 18 (issue 14): shares of several wholes joined before one predicate (``90%的市和70%的县达到…``)
are one goal each, the whole its subject; 吸引 and 创成 are actions whose count is a level to reach in a goal
context (``力争吸引95家左右企业入驻…``, ``创成国家级园区5个``), as 引进 and 争创 are; after the 主要预期目标 list
of a work report its enumerated parts stay the year's work; 淘汰, 关停, 化解 are reduction verbs. Sentences of
our own."""
from __future__ import annotations

import pytest

from sentences import assert_targets, targets_of

# (id, text, doc_date, [(part of the span, subject, measure, value, value_max, unit, comparator, deadline, strength)])
JOINED_SHARES = [
    ("two-shares-gloss", "到2025年，90%的市和70%的县（市、区）达到省级三星级以上。\n", "2023-03-05", [
        ("90%的市", "市", "level", 90, None, "%", "=", "2025", None),
        ("70%的县", "县达到省级三星级", "level", 70, None, "%", "=", "2025", None),
    ]),
    ("two-shares-place", "力争到2025年，全省80%以上的企业和60%以上的园区实现数字化转型。\n", "2023-03-05", [
        ("80%以上的企业", "企业", "level", 80, None, "%", ">=", "2025", "aim"),
        ("60%以上的园区实现数字化转型", "园区实现数字化转型", "level", 60, None, "%", ">=", "2025", "aim"),
    ]),
    # a share standing alone keeps its clause as before
    ("one-share", "到2025年，80%以上的建筑业企业实现数字化转型。\n", "2023-03-05", [
        ("80%以上的建筑业企业实现数字化转型", "建筑业企业实现数字化转型", "level", 80, None, "%", ">=", "2025", None),
    ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", JOINED_SHARES, ids=[c[0] for c in JOINED_SHARES])
def test_round18_joined_shares(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


ACTIONS = [
    ("attract-firms", "到2025年，力争吸引95家左右企业入驻产业孵化基地。\n", "2023-03-05", [
        ("95家左右企业", "企业", "level", 95, None, "家", "approx", "2025", "aim"),
    ]),
    ("attract-firms-bounded", "到2025年，吸引100家以上企业落户园区。\n", "2023-03-05", [
        ("100家以上企业", "企业落户园区", "level", 100, None, "家", ">=", "2025", None),
    ]),
    ("win-titles", "到2025年，创成国家级园区5个。\n", "2023-03-05", [
        ("国家级园区5个", "国家级园区", "level", 5, None, "个", "=", "2025", None),
    ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", ACTIONS, ids=[c[0] for c in ACTIONS])
def test_round18_actions(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


NEGATIVES = [
    # near misses: shares that describe (a state verb, or 的 on to another noun) or were reached (已) are no goals;
    # the new actions reporting what was done set nothing
    ("shares-state-verb", "到2025年，90%的市和70%的县来自东部地区。\n", "2023-03-05"),
    ("shares-of-a-noun", "到2025年，90%的市和70%的县的财政收入来自工商业。\n", "2023-03-05"),
    ("shares-achieved", "全国92%的中级人民法院和84%基层人民法院已经完成系统建设。\n", "2023-03-05"),
    ("attracted-so-far", "今年以来，全市已吸引1200家企业入驻。\n", "2023-08-05"),
    ("attracted-visitors", "活动吸引10万人次参与。\n", "2023-08-05"),
]


@pytest.mark.parametrize("case_id,text,doc_date", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_round18_near_misses(case_id, text, doc_date):
    assert_targets(text, doc_date, [])


# a work report: after its 主要预期目标 list, the enumerated parts are the year's work (一、把…作为…主线), so their
# bare counts are goals; before the list, and after a review heading, such parts stay parts of their own
REPORT = ("各位代表：\n一、2025年工作回顾\n过去一年，全区生产总值增长5%。\n“十五五”时期主要目标和2026年重点工作\n"
          "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n一、深化落实五大战略定位和使命任务\n")
REPORT_PARTS = [
    ("report-enumerated-part", REPORT + "建成20个500千伏输变电工程，完成黑土地保护性耕作1000万亩以上。\n", "2026-01-25", [
        ("地区生产总值增长5%左右", "地区生产总值", "growth", 5, None, "%", "approx", "2026", "aim"),
        ("20个500千伏输变电工程", "500千伏输变电工程", "level", 20, None, "个", "=", None, None),
        ("黑土地保护性耕作1000万亩以上", "黑土地保护性耕作", "level", 10000000, None, "亩", ">=", None, None),
    ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", REPORT_PARTS, ids=[c[0] for c in REPORT_PARTS])
def test_round18_report_parts(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


REPORT_NEGATIVES = [
    # near miss: a review heading after the list ends the year's work; its enumerated parts report
    ("report-review-after", REPORT.replace("一、深化落实五大战略定位和使命任务\n", "") + "二、过去五年工作回顾\n"
     "三、生态建设\n建成20个500千伏输变电工程。\n", "2026-01-25"),
    # near miss: a notice (no work report) keeps enumerated parts neutral
    ("notice-part", "关于开展试点的通知\n一、参加范围\n建成20个500千伏输变电工程。\n", "2026-01-25"),
]


@pytest.mark.parametrize("case_id,text,doc_date", REPORT_NEGATIVES, ids=[c[0] for c in REPORT_NEGATIVES])
def test_round18_report_near_misses(case_id, text, doc_date):
    assert [f.text for f in targets_of(text, doc_date) if "输变电" in f.text] == []


# 淘汰, 关停, 化解 cut capacity: a reduction, as 压减 is; a reduction verb before an amount and its noun reduces the
# noun by it (压减1000万吨粗钢产能), where a building verb counts what it builds (新建1000个5G基站: level)
REDUCTIONS = [
    ("phase-out", "到2025年，淘汰落后炼铁产能1亿吨。\n", "2023-03-05", [
        ("落后炼铁产能1亿吨", "落后炼铁产能", "reduction", 100000000, None, "吨", "=", "2025", None),
    ]),
    ("shut-down-amount-first", "到2025年，关停5000万千瓦小火电机组。\n", "2023-03-05", [
        ("5000万千瓦小火电机组", "小火电机组", "reduction", 50000000, None, "千瓦", "=", "2025", None),
    ]),
    ("defuse-capacity", "到2025年，化解钢铁产能3000万吨。\n", "2023-03-05", [
        ("钢铁产能3000万吨", "钢铁产能", "reduction", 30000000, None, "吨", "=", "2025", None),
    ]),
    ("cut-amount-first", "到2025年，压减1000万吨粗钢产能。\n", "2023-03-05", [
        ("1000万吨粗钢产能", "粗钢产能", "reduction", 10000000, None, "吨", "=", "2025", None),
    ]),
    ("build-amount-first", "到2025年，新建1000个5G基站。\n", "2023-03-05", [
        ("1000个5G基站", "5G基站", "level", 1000, None, "个", "=", "2025", None),
    ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", REDUCTIONS, ids=[c[0] for c in REDUCTIONS])
def test_round18_reductions(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


REDUCTION_NEGATIVES = [
    ("phased-out-last-year", "去年淘汰落后产能3000万吨。\n", "2023-03-05"),
    ("phased-out-total", "全年共淘汰黄标车1.2万辆。\n", "2023-03-05"),
    ("knockout-round", "淘汰赛共有32支球队参加。\n", "2023-03-05"),
    ("reward-condition", "对淘汰落后产能500万吨以上的企业给予奖励。\n", "2023-03-05"),
]


@pytest.mark.parametrize("case_id,text,doc_date", REDUCTION_NEGATIVES, ids=[c[0] for c in REDUCTION_NEGATIVES])
def test_round18_reduction_near_misses(case_id, text, doc_date):
    assert_targets(text, doc_date, [])
