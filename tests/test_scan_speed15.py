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


def _jieba_route(tk, sentence: str) -> list[int]:
    dag = tk.get_DAG(sentence)
    route: dict = {}
    tk.calc(sentence, dag, route)
    return [route[k][1] for k in range(len(sentence))]


@pytest.mark.parametrize("limit", [1_000_000, 3])
def test_word_routes_are_jiebas_with_a_kept_or_restarted_fragment_table(monkeypatch, limit):
    """The route's fragment table (word probabilities, prefixes, and fragments no word starts with)
    gives jieba's route however often a fragment is met, also when the table starts again."""
    from govtext.text import segmentation
    from govtext.text.segmentation import WordRoutes, tokenizer

    monkeypatch.setattr(segmentation, "_MAX_FRAGMENTS", limit)
    tk, routes = tokenizer(), WordRoutes(tokenizer())
    lines = [ln for p in sorted((ROOT / "corpus").glob("*.txt")) for ln in p.read_text(encoding="utf-8").split("，")][:400]
    rng = random.Random(15)
    chars = "区长胡玉华杨超访民情察忧四风问题整改的了和一二三中华人民共和国国务院办公厅关于"
    lines += ["".join(rng.choice(chars) for _ in range(rng.randint(1, 12))) for _ in range(300)]
    for _ in range(2):  # the second pass reads every fragment from the table
        for line in lines:
            if line:
                assert routes.route(line) == _jieba_route(tk, line), line
