"""Slogans, round 19 (lead, issue 14): 两个基本点 (坚持四项基本原则, 坚持改革开放) is a fixed name of the basic line and
counts unquoted, as 一个中心、两个基本点 does; the whole name still wins where both stand. Sentences of our own."""
from __future__ import annotations

import pytest

from govtext import extract_facts

CASES = [
    ("bare", "党的基本路线的两个基本点不能动摇。", ["两个基本点"]),
    ("after-parts", "把以经济建设为中心同四项基本原则、改革开放这两个基本点统一起来。", ["四项基本原则", "两个基本点"]),
    ("whole-wins", "坚持一个中心、两个基本点。", ["一个中心、两个基本点"]),
    # near miss: another count of points is no formula
    ("other-points", "会议提出了两个观点。", []),
]


@pytest.mark.parametrize("case_id,text,names", CASES, ids=[c[0] for c in CASES])
def test_lead19_basic_points(case_id, text, names):
    assert [f.name for f in extract_facts(text, kinds=["slogan"])] == names
