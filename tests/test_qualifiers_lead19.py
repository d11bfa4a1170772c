"""Qualifiers, round 19 (lead, issue 14): 高于 bounds the number after it from above as 低于 does from below
(over), 不短于 is at_least and 不长于 at_most, as 不少于/不超过 are (lexicons/qualifiers.tsv; census19 found them
in regulations). Sentences of our own, with near misses: a difference after 高于 and a comparison base
(`高于全国平均水平2个百分点`) is exact."""
from __future__ import annotations

import pytest

from govtext import extract_facts

CASES = [
    ("gaoyu-percent", "其中用于培训的经费比例应当高于百分之六十。", "percent", "高于百分之六十", 60, "over"),
    ("gaoyu-temperature", "车厢内温度高于二十八摄氏度时应当开启空调。", "quantity", "高于二十八摄氏度", 28, "over"),
    ("not-shorter", "相关日志的留存时间不短于60日。", "quantity", "不短于60日", 60, "at_least"),
    ("not-longer", "试用期不长于三个月。", "quantity", "不长于三个月", 3, "at_most"),
    # near misses: the bound word is not adjacent; the figure is a difference
    ("difference", "全市增速高于全国平均水平2个百分点。", "percent", "2个百分点", 2, None),
    ("lower-kept", "室温低于18摄氏度的，退还热费。", "quantity", "低于18摄氏度", 18, "under"),
]


@pytest.mark.parametrize("case_id,text,kind,span,value,qualifier", CASES, ids=[c[0] for c in CASES])
def test_lead19_qualifiers(case_id, text, kind, span, value, qualifier):
    facts = [f for f in extract_facts(text, kinds=[kind])]
    assert [(f.text, f.value, f.qualifier) for f in facts] == [(span, value, qualifier)]
