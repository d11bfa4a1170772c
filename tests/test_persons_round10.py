"""Round 10 person phenomena: scholars and commentators named by their discipline (历史学家, 经济学家),
analysts (分析人士, 分析师) and skill masters (首席技能大师) as news reports introduce them; the same
words with no name after them (a group, an institution) are no persons."""
from __future__ import annotations

import pytest

from govtext import extract_facts


def _persons(text: str) -> list[tuple[str, str]]:
    return [(f.name, f.title) for f in extract_facts(text, kinds=["person"])]


FOUND = [
    ("historian", "当地历史学家张德明表示，这批档案很珍贵。", ("张德明", "历史学家")),
    ("historian-listed", "著名地理学家、历史学家林子平在书中写道。", ("林子平", "历史学家")),
    ("economist-foreign", "美国经济学家萨克斯表示，合作符合各方利益。", ("萨克斯", "经济学家")),
    ("jurist", "法学家王春明说，要完善立法。", ("王春明", "法学家")),
    ("analyst-state", "叙利亚政治分析人士比拉尔表示，局势趋稳。", ("比拉尔", "政治分析人士")),
    ("commentator-politics", "香港政治评论家陈立华指出，选举制度已完善。", ("陈立华", "政治评论家")),
    ("analyst", "市场分析师赵立群认为，价格将回落。", ("赵立群", "分析师")),
    ("skill-master", "集团首席技能大师孙永刚带领团队攻关。", ("孙永刚", "首席技能大师")),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_found(text, expected):
    assert expected in _persons(text)


NOT_PERSONS = [
    ("economists-group", "经济学家认为，今年经济增长将保持稳定。"),
    ("analysts-say", "分析人士指出，油价上涨的压力仍然存在。"),
    ("analysts-some", "一些分析师表示，市场信心有所恢复。"),
    ("analyst-forecast", "分析师预计明年需求将回暖。"),
    ("master-studio", "新建技能大师工作室12个。"),
    ("historians-and", "历史学家和考古学家共同参与发掘。"),
    ("sociologist-body", "社会学家协会发布年度报告。"),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_PERSONS], ids=[c[0] for c in NOT_PERSONS])
def test_not_person(text):
    assert _persons(text) == []
