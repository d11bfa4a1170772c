"""Round 17, issue 18 (speed changes, no change of output): the money scan searches the amount grammar
only near a currency anchor, and a one-character minor unit (角, 毛, 分) is an anchor only before 钱 or
a numeral; the percent scan tries its grammar only at the characters a percentage starts with, up to
64 characters before an anchor; the quantity grammar runs on the standard library's engine, which
reads it alike. The matches must be those of a search of the whole text, and of ``regex``."""
from __future__ import annotations

import random
from pathlib import Path

import pytest
import regex

from govtext.text.normalize import normalize
from govtext.text.patterns import finditer_at, finditer_near, qualifier_words, range_word_list
from govtext.values.money import currency_anchors, currency_rows, money_pattern
from govtext.values.percents import PERCENT_ANCHOR_SCAN, percent_pattern, percent_starts
from govtext.values.quantities import quantity_matches, quantity_pattern, units

ROOT = Path(__file__).resolve().parent.parent


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


def _percents(text: str) -> tuple[list, list]:
    whole = [(m.span(), m.groups()) for m in percent_pattern().finditer(text)]
    at = [(m.span(), m.groups()) for m in finditer_at(percent_pattern(), text, PERCENT_ANCHOR_SCAN, 64, percent_starts())]
    return whole, at


@pytest.mark.parametrize("text, found", [
    ("增长12.5%，约占三成，下降0.3个百分点", ["12.5%", "三成", "0.3个百分点"]),
    ("不低于百分之九十五，±0.5%，负3%", ["不低于百分之九十五", "±0.5%", "负3%"]),   # a qualifier, a tolerance, a sign first
    ("5—10%，百分之五到十，1至2个百分点", ["5—10%", "百分之五到十", "1至2个百分点"]),  # ranges: the lower end first
    ("1/5的农户，打对折，半成，七五折", ["1/5", "对折", "半成", "七五折"]),
    ("完成任务，形成合力，折合人民币，一波三折", []),                         # near misses: 成 and 折 in words
    ("编号12345%，2014/2015年度", ["12345%"]),                               # a long run of digits is read from its start
])
def test_percent_scan_same_matches_as_a_whole_search(text, found):
    text = normalize(text).text
    whole, at = _percents(text)
    assert at == whole
    assert [text[s:e] for (s, e), _g in at] == found


def test_percent_scan_on_random_strings_of_the_grammar():
    rng = random.Random(1717)
    pieces = (list("0123456789一二三四五六七八九十百千万两零〇点.,，、 %‰‱/／成折半对个之分负-±")
              + ["百分之", "千分之", "万分之", "百分点", "个百分点", "完成", "折合", "约", "不低于", "以上", "左右", "超过"]
              + list(range_word_list()))
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 20)))
        whole, at = _percents(text)
        assert at == whole, text
        found += len(whole)
    assert found > 500


def _both_engines(text: str) -> tuple[list, list]:
    by_regex = regex.compile(quantity_pattern().pattern)
    return ([(m.span(), m.groups()) for m in by_regex.finditer(text)],
            [(m.span(), m.groups()) for m in quantity_pattern().finditer(text)])


@pytest.mark.parametrize("text", [
    "全区78个乡级单位、14169名党员参加，约有二千三百个村",
    "≥ ±5V，零下5摄氏度，-5~-3℃，3.7×10^13贝可，12 Bit",
    "7个多月，三个半月，1萬余個，4万套（册），两天半，一分半钟",
    "统一思想，万一失败，十分重要，一九五三和一九五四两年，俩礼拜",
    "𝟓个，٣个，１２３人",                                         # digits beyond ASCII, one beyond U+FFFF
])
def test_quantity_grammar_reads_alike_on_both_engines(text):
    by_regex, by_re = _both_engines(normalize(text).text)
    assert by_re == by_regex and by_re


def test_quantity_grammar_reads_alike_on_the_sample_corpus_and_random_strings():
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        by_regex, by_re = _both_engines(normalize(path.read_text(encoding="utf-8")).text)
        assert by_re == by_regex, path.name
    rng = random.Random(17)
    pieces = (list("0123456789一二三四五六七八九十百千万亿两零〇○俩仨廿点.·,，、 \n±负-－−×^余多几个半的和（）%")
              + list(units()) + [w for w, *_ in qualifier_words()] + list(range_word_list()) + ["零下", "第", "每"])
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        by_regex, by_re = _both_engines(text)
        assert by_re == by_regex, text
        assert [(m.span(), m.groups()) for m in quantity_matches(text)] == by_re, text


def test_groups_read_alike_on_both_engines():
    """:class:`~govtext.text.patterns.Groups` keeps a pattern's keys by its identity (no hash of an
    ``re`` pattern's compiled code at every match): the same groups from either engine's match."""
    from govtext.text.patterns import Groups

    text = normalize("全区78个乡级单位，约5万余个，三个半月").text
    by_re = [Groups(m) for m in quantity_pattern().finditer(text)]
    by_regex = [Groups(m) for m in regex.compile(quantity_pattern().pattern).finditer(text)]
    assert [dict(g) for g in by_re] == [dict(g) for g in by_regex] and len(by_re) == 3
    assert [(g.span("num"), g.start("unit"), g.group()) for g in by_re] == \
        [(g.span("num"), g.start("unit"), g.group()) for g in by_regex]
