"""Classifier-like nouns that Arabic digits count and that are themselves what they count (FACTS.md §2 quantity:
every Arabic-digit count is in scope): 31省份, 3省市, 31省区市 (places, as 10市, 80县), 7部门, 12部委 (bodies).
Chinese numerals before them name a set and give no count (五部委, as 九市)."""
from __future__ import annotations

import pytest

from govtext.extract import extract_facts


def _quantities(text: str) -> list[tuple[str, float, str, str | None]]:
    return [(f.text, f.value, f.unit, f.entity) for f in extract_facts(text, kinds=["quantity"])]


@pytest.mark.parametrize("text, expected", [
    ("全国31省份已全部启动应急响应。", [("31省份", 31, "省份", None)]),
    ("3省份出现新增病例。", [("3省份", 3, "省份", None)]),
    ("在3省市设立试点。", [("3省市", 3, "省市", None)]),
    ("全国31省区市均有报告。", [("31省区市", 31, "省区市", None)]),
    ("农业农村部等7部门印发通知。", [("7部门", 7, "部门", None)]),
    ("中央和国家机关12部委联合发文。", [("12部委", 12, "部委", None)]),
    # near misses: Chinese numerals name the set; a word the unit opens is no count
    ("中国人民银行等五部委联合印发意见。", []),
    ("全国三省份联合开展行动。", []),
    ("成立3部门级协调机构。", []),
    ("出台5部门规章。", []),
])
def test_counted_units(text, expected):
    assert _quantities(text) == expected
