"""Targets, round 11 (c) (FACTS.md §2 target): a strength cue carries to the goals the later clauses of its
sentence list (争取…达到1.2亿吨，…达到1000万吨); a goal clause opening with its verb or 由/从 takes the indicator
the comma-closed clause before it names (一九五八年的工业总产值，拟定为…; …的比重，由…提高到…), a share keeps
the whole 占 names (占工业总产值的比重); 计划 after a time word is the plan's verb; a manner word before the verb
after a count's noun goes with the verb (事项全面落地); in a goal part a cumulative word sums up the goal.
Near misses: a cue of another sentence; a clause before that is a means or holds a verb; a review part.
Sentences of our own."""
from __future__ import annotations

import pytest

from sentences import assert_targets

WORK = "三、2026年重点工作\n（一）稳定工业生产\n"
REVIEW = "一、2025年工作回顾\n"

# (id, text, doc_date, [(part of the span, subject, measure, value, value_max, unit, comparator, deadline, strength)])
POSITIVES = [
    ("cue-carries-in-sentence", "明年，争取新建水库库容达到5亿立方米，新增灌溉面积达到300万亩。\n", "1985-09-01", [
        ("5亿立方米", "水库库容", "level", 500000000, None, "立方米", "=", "1986", "aim"),
        ("300万亩", "新增灌溉面积", "level", 3000000, None, "亩", "=", "1986", "aim"),
    ]),
    ("cue-stops-at-sentence", "明年，争取新建水库库容达到5亿立方米。新增灌溉面积达到300万亩。\n", "1985-09-01", [
        ("5亿立方米", "水库库容", "level", 500000000, None, "立方米", "=", "1986", "aim"),
    ]),
    ("subject-clause-before-from", "明年计划重工业产值占工业总产值的比重，由今年预计的52％降低到50％。\n", "1985-09-01", [
        ("50％", "重工业产值占工业总产值的比重", "level", 50, None, "%", "=", "1986", None),
    ]),
    # review11b: the second goal of a sentence takes the noun-only clause after the first goal, not its subject
    ("subject-clause-before-second-goal", "明年计划重工业产值占工业总产值的比重，由今年预计的52％降低到50％，轻工业产值占工业总产值的比重，由今年预计的48％提高到50％。\n", "1985-09-01", [
        ("52％降低到50％", "重工业产值占工业总产值的比重", "level", 50, None, "%", "=", "1986", None),
        ("48％提高到50％", "轻工业产值占工业总产值的比重", "level", 50, None, "%", "=", "1986", None),
    ]),
    ("subject-clause-before-plan-verb", "一九八六年的地方财政支出总额，拟定为三百二十亿元。\n", "1986-03-01", [
        ("三百二十亿元", "地方财政支出总额", "level", 32000000000, None, "元", "=", None, None),
    ]),
    ("share-keeps-whole", "到2030年，全市服务业增加值占地区生产总值的比重达到60%以上。\n", "2026-01-20", [
        ("60%", "服务业增加值占地区生产总值的比重", "level", 60, None, "%", ">=", "2030", None),
    ]),
    ("manner-word-with-verb", WORK + "推动36项“一件事”事项全面落地。\n", "2026-01-20", [
        ("36项", "一件事事项", "level", 36, None, "项", "=", None, None),
    ]),
    ("cumulative-in-goal-part", WORK + "今年，全市新能源装机累计突破800万千瓦。\n", "2026-01-20", [
        ("800万千瓦", "新能源装机", "level", 8000000, None, "千瓦", ">=", "2026", None),
    ]),
]

NEGATIVES = [
    # a clause before that holds a verb is no indicator: no target (no subject to take, the clause is a means)
    ("means-clause-no-subject", "明年，通过各种形式的联合，由目前的60%提高到80%。\n", "1985-09-01", [
        ("80%", None, "level", 80, None, "%", "=", "1986", None),
    ]),
    # a review part: a cumulative figure is a result
    ("cumulative-in-review", REVIEW + "过去一年，全市新能源装机累计突破800万千瓦。\n", "2026-01-20", []),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", POSITIVES + NEGATIVES, ids=[c[0] for c in POSITIVES + NEGATIVES])
def test_round11c_targets(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)
