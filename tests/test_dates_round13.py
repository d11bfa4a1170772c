"""Round 13, area B (dates, persons, normalization): own sentences with near misses."""
from __future__ import annotations

import pytest

from govtext.text.normalize import normalize


@pytest.mark.parametrize("raw, clean", [
    ("隨著經濟發展", "随着经济发展"),          # 随著 folded
    ("隨著名專家調研", "随著名专家调研"),      # 随 + 著名: kept
    ("意味著作品的價值", "意味著作品的价值"),  # 意味 + 著作: kept
    ("以此為著力點", "以此为着力点"),          # 著力 folded
    ("成效卓著重在堅持", "成效卓著重在坚持"),  # 卓著 + 重: kept
    ("原著重在敘事", "原著重在叙事"),          # 原著 + 重: kept
    ("要著重抓好落實", "要着重抓好落实"),      # 著重 folded after 要
])
def test_script_keep_words_guard_phrase_edges(raw, clean):
    assert normalize(raw).text == clean


def test_script_keep_words_lexicon_shape():
    from govtext.text.normalize import _script_keep_words

    words = _script_keep_words()
    assert "著名" in words and "显著" in words
    assert all(len(w) == 2 for w in words)
