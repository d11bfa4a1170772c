"""Targets, round 19 (lead, issue 14): the 了 closing a verb by which a plan or a speaker states its goals
(``纲要提出了…``, ``规划确定了…``, ``方案明确了…``: ``content_verb`` and ``propose_verb`` rows of target_words.tsv) is no
mark of a result, and the stating words stand outside the goal's subject; a 了 after the change verb, or after any
other verb, still reports a result. Sentences of our own."""
from __future__ import annotations

import pytest

from sentences import assert_targets

# (id, text, doc_date, [(part of the span, subject, measure, value, value_max, unit, comparator, deadline, strength)])
STATED = [
    ("stated-two-goals", "二、主要目标\n纲要提出了“十四五”期间单位地区生产总值能耗降低13.5%左右、二氧化碳排放降低18%等目标。\n",
     None, [
         ("单位地区生产总值能耗降低13.5%左右", "单位地区生产总值能耗", "reduction", 13.5, None, "%", "approx", None, None),
         ("二氧化碳排放降低18%", "二氧化碳排放", "reduction", 18, None, "%", "=", None, None),
     ]),
    ("stated-determined", "二、主要目标\n规划确定了全市森林覆盖率提高到45%的目标。\n", None, [
        ("森林覆盖率提高到45%", "森林覆盖率", "level", 45, None, "%", "=", None, None),
    ]),
    # near misses: a 了 after the change verb, or after a verb of doing, reports a result
    ("result-after-verb", "二、主要目标\n去年全市单位地区生产总值能耗降低了13.5%。\n", None, []),
    ("result-other-verb", "二、主要目标\n全市新增了城镇就业岗位1万个。\n", None, []),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", STATED, ids=[c[0] for c in STATED])
def test_lead19_stated_goals(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)
