"""Round 13: layout formulas 一X一Y多Z, 三个世界 unquoted, 四大伙伴关系 (FACTS.md §2 slogan)."""
from __future__ import annotations

import pytest

from govtext.extract import extract_facts


def _slogans(text: str) -> list[str]:
    return [f.name for f in extract_facts(text, kinds=["slogan"])]


@pytest.mark.parametrize("text, expected", [
    ("加快构建“一芯一环多带”生态旅游发展格局。", ["一芯一环多带"]),
    ("形成“一轴一带多点”的空间布局。", ["一轴一带多点"]),
    ("推行“一照多址”改革。", []),                     # one 一X and one 多Y: distributive
    ("倡导“一心一意多办事”的作风。", []),             # blocks longer than one character: a phrase
    ("按照关于三个世界的理论开展对外工作。", ["三个世界"]),
    ("培育两个世界一流企业，建成三个世界级港口群。", []),   # counts of world-class things
])
def test_formulas(text, expected):
    assert _slogans(text) == expected


def test_partnerships_with_their_parts_then_again():
    text = "双方商定打造和平、增长、改革、文明四大伙伴关系。要为中欧四大伙伴关系建设作出新贡献。"
    facts = extract_facts(text, kinds=["slogan"])
    assert [(f.name, f.components) for f in facts] == [
        ("四大伙伴关系", ["和平", "增长", "改革", "文明"]), ("四大伙伴关系", [])]
