"""Round 12 slogan phenomena (issue 14): 两化深度融合, the 十八大 wording of 两化融合 (信息化和工业化深度融合), is an
established formula found without quotes, as 两化融合 is. Sentences are written for the tests; near misses keep
the shorter names."""
from __future__ import annotations

import pytest

from govtext import extract_facts


def _names(text: str) -> list[str]:
    return [f.name for f in extract_facts(text, kinds=["slogan"])]


CASES = [
    ("deep-integration", "加快推进两化深度融合，培育智能制造新模式。", ["两化深度融合"]),
    # near misses: the short formula and the quoted two
    ("integration", "全市两化融合发展水平指数达到62。", ["两化融合"]),
    ("quoted-two", "推动“两化”深度融合。", ["两化"]),
    # near miss: the parts spelled out, no numeral: no slogan
    ("spelled-out", "推动信息化和工业化深度融合。", []),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round12_slogans(text, expected):
    assert _names(text) == expected
