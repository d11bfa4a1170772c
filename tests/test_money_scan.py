"""The money scan searches the amount grammar only near a currency anchor; a one-character minor
unit (角, 毛, 分) is an anchor only before 钱 or a numeral (round 17, issue 18: a speed change, no
change of output). The matches must be those of a search of the whole text."""
from __future__ import annotations

import random

import pytest

from govtext.text.normalize import normalize
from govtext.text.patterns import finditer_near, qualifier_words
from govtext.values.money import currency_anchors, currency_rows, money_pattern


def _both(text: str) -> tuple[list, list]:
    whole = [(m.span(), m.groups()) for m in money_pattern().finditer(text)]
    near = [(m.span(), m.groups()) for m in finditer_near(money_pattern(), text, currency_anchors(), 64, 64)]
    return whole, near


@pytest.mark.parametrize("text, found", [
    ("每人补助8毛5分，另有三毛钱", ["8毛5分", "三毛钱"]),          # a minor unit alone, before a numeral or 钱
    ("票价12元5角3分，找零5角", ["12元5角3分"]),                  # after a main unit; 5角 alone is no amount
    ("部分地区分别按毛泽东思想分类", []),                          # 分, 毛 inside words open no window
    ("￥30，人民币5分钱", ["￥30", "人民币5分钱"]),               # after a sign or word before the number
    ("每股派3美元50美分，两块五，12块5", ["3美元50美分", "两块五", "12块5"]),
    ("五角大楼、三毛的书、八分之一", []),                           # near misses: no amount
    ("约20万至50万元，不少于100万元以上", ["约20万至50万元", "不少于100万元以上"]),
])
def test_same_matches_as_a_whole_search(text, found):
    text = normalize(text).text
    whole, near = _both(text)
    assert near == whole
    assert [text[s:e] for (s, e), _g in near] == found


def test_minor_units_are_anchors_only_before_a_numeral_or_qian():
    anchors = [m.group() for m in currency_anchors().finditer("部分地区8毛5分，三毛钱，分两批，5元")]
    # 分两批 keeps its anchor: the look-ahead is a cheap superset of the grammar's (a numeral, then a minor unit)
    assert anchors == ["毛", "毛", "分", "元"]


def test_same_matches_on_random_strings_of_the_grammar():
    """Strings made of the grammar's own pieces: numerals, currency units, qualifiers, marks."""
    rng = random.Random(17)
    pieces = (list("0123456789一二三四五六七八九十百千万亿两零〇点.,，、 至-钱余多个又块")
              + list(currency_rows()) + [w for w, *_ in qualifier_words()] + ["部分", "毛泽东", "分别"])
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 20)))
        whole, near = _both(text)
        assert near == whole, text
        found += len(whole)
    assert found > 1000
