"""Scans that find the same matches as the plain search, faster (round 15, issue 18: speed changes,
no change of output): percent anchors from their key characters."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from govtext.text.normalize import normalize
from govtext.values.percents import PERCENT_ANCHOR_SCAN, PERCENT_ANCHORS

ROOT = Path(__file__).resolve().parent.parent


def _texts():
    return [normalize(p.read_text(encoding="utf-8")).text for p in sorted((ROOT / "corpus").glob("*.txt"))]


def _anchors(text: str) -> tuple[list, list]:
    return [m.span() for m in PERCENT_ANCHORS.finditer(text)], [m.span() for m in PERCENT_ANCHOR_SCAN.finditer(text)]


@pytest.mark.parametrize("text, found", [
    ("增长3.5%，降低0.8‰，万分之五‱", ["%", "‰", "分之", "‱"]),
    ("完成七成，形成合力，三成半，半成", ["七成", "三成", "半成"]),             # 完成, 形成: no numeral before
    ("打八折，对折，折合人民币，一折", ["八折", "对折", "一折"]),                # 折合: none
    ("1/2成，3／4，a/b，2019/", ["1/2", "3／4"]),                             # the digit after / is taken
    ("提高2个百分点，重点工作，百分之十", ["百分点", "分之"]),                    # 重点: no 百分
    ("%百分点", ["%", "百分点"]),
    ("", []),
])
def test_percent_anchor_scan_finds_the_anchors(text, found):
    whole, fast = _anchors(text)
    assert fast == whole
    assert [text[s:e] for s, e in fast] == found


def test_same_matches_on_the_sample_corpus():
    texts = _texts()
    assert texts
    for text in texts:
        w, f = _anchors(text)
        assert f == w


def test_same_matches_on_random_strings():
    """Strings made of numerals, marks and the words around percentages."""
    rng = random.Random(15)
    pieces = (list("0123456789一二三四五六七八九十百千万亿两零〇壹贰叁拾佰仟萬億半对点.,，、 \n-－−负余多几个和（）%‰‱/／成折之分")
              + ["百分点", "分之", "零下", "每", "的", "单元"])
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        w, f = _anchors(text)
        assert f == w, text
        found += len(w)
    assert found > 300  # the strings hold many
