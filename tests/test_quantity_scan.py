"""The quantity scan tries the grammar only where a number runs into a unit, with the matches of a
search of the whole text (round 14, issue 18: a speed change, no change of output)."""
from __future__ import annotations

import random
from pathlib import Path

import pytest
import regex

from govtext.text.normalize import normalize
from govtext.text.patterns import finditer_at, qualifier_words, range_word_list
from govtext.values.quantities import quantity_matches, quantity_pattern, units

ROOT = Path(__file__).resolve().parent.parent


def _both(text: str) -> tuple[list, list]:
    whole = [(m.span(), m.groups()) for m in quantity_pattern().finditer(text)]
    fast = [(m.span(), m.groups()) for m in quantity_matches(text)]
    return whole, fast


@pytest.mark.parametrize("text, found", [
    ("全区78个乡级单位、14169名党员参加", ["78个", "14169名"]),
    ("约有二千三百个村，不少于 3项，约5个", ["二千三百个", "不少于3项", "约5个"]),  # qualifier words before
    ("≥ ±5V，零下5摄氏度，负13.5千米", ["≥ ±5V", "零下5摄氏度", "负13.5千米"]),  # a sign, a space, ±
    ("五、六个 3 - 5天 1,250人 1 250吨", ["五、六个", "3 - 5天", "1,250人", "1250吨"]),
    ("7个多月，三个半月，1萬余個，4万套（册）", ["7个多月", "三个半月", "1万余个", "4万套（册）"]),
    ("12 Bit，-5~-3℃，3.7×10^13贝可", ["12 Bit", "-5~-3℃", "3.7×10^13贝可"]),
    ("统一思想，万一失败，十分重要，一些百姓千方百计", ["十分", "千方"]),  # numerals inside words
    ("二〇二四年印发，2023年度", ["二〇二四年"]),
    ("第1、2、3项，第一、二批", ["3项", "一、二批"]),
])
def test_same_matches_as_a_whole_search(text, found):
    text = normalize(text).text
    whole, fast = _both(text)
    assert fast == whole
    assert [text[s:e] for (s, e), _g in fast] == found


def test_same_matches_on_the_sample_corpus():
    paths = sorted((ROOT / "corpus").glob("*.txt"))
    assert paths
    for path in paths:
        whole, fast = _both(normalize(path.read_text(encoding="utf-8")).text)
        assert whole and fast == whole, path.name


def test_same_matches_on_random_strings_of_the_grammar():
    """Strings made of the grammar's own pieces: numerals, units, qualifiers, range words, marks."""
    rng = random.Random(14)
    pieces = (list("0123456789一二三四五六七八九十百千万亿两零〇○俩仨廿点.·,，、 \n±负-－−×^余多几个半的和（）%")
              + list(units()) + [w for w, *_ in qualifier_words()] + list(range_word_list()) + ["零下", "第", "每"])
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        whole, fast = _both(text)
        assert fast == whole, text
        found += len(whole)
    assert found > 1000


def test_finditer_at_tries_only_the_starts_given():
    pat, anchors = regex.compile(r"约?\d+元"), regex.compile(r"\d+(?=元)")
    text = "共约30元，另有5元和一元化，12元"
    assert [m.group() for m in finditer_at(pat, text, anchors, 1, frozenset("约0123456789"))] == ["约30元", "5元", "12元"]
    # a start the caller leaves out is not tried (约 here): the promise is the caller's
    assert [m.group() for m in finditer_at(pat, text, anchors, 1, frozenset("0123456789"))] == ["30元", "5元", "12元"]
    # no digit right after a digit starts a match: 12元 is found once, not as 2元
    assert [m.start() for m in finditer_at(regex.compile(r"\d+元"), text, anchors, 0, frozenset("0123456789"))] == [2, 8, 15]


def test_astral_digits_take_the_exact_anchors():
    """Digits ``re`` does not know (newer scripts beyond U+FFFF) are digits to ``regex``: a text with
    an astral character is scanned with anchors that read them; the others' anchors use re's \\d."""
    import re

    from govtext.text import fastre

    # (where both engines know the same digits, two that both know: mathematical bold 0 and 1)
    astral = sorted(c for c in fastre.chars_of(r"\d") if c > "\uffff" and not re.match(r"\d", c)) or ["\U0001d7ce", "\U0001d7cf"]
    text = f"共有{astral[0]}{astral[1]}个村，另12人"
    whole, fast = _both(text)
    assert fast == whole and len(fast) == 2
    assert fastre.has_astral(text) and not fastre.has_astral("共有12个村")


def test_the_promises_the_scan_rests_on():
    """finditer_at tries no ASCII digit right after another: no qualifier word before a number starts
    with a digit (the Arabic forms of the grammar each look behind for a digit themselves), and a
    match starts no further before its anchor than a qualifier word, a space, ± and a sign."""
    from govtext.values.quantities import _candidates

    before_words = [w for w, _q, pos, _g in qualifier_words() if pos in ("before", "both", "before_scale")]
    assert before_words and not any(w[0].isdigit() for w in before_words)
    _anchors, _bmp, before, starts = _candidates()
    assert before == max(map(len, before_words)) + 3
    assert {w[0] for w in before_words} <= starts and set("±负零-－−0123456789一二两十百千万俩仨") <= starts
    # 至 may open 至少, so it is tried; in 1234 only the first digit is
    tried = []

    class Counting:
        def match(self, text, pos):
            tried.append(pos)
            return quantity_pattern().match(text, pos)

    text = normalize("截至去年有1234人").text
    assert [m.group() for m in finditer_at(Counting(), text, _anchors, before, starts)] == ["1234人"]
    assert tried == [1, 5]


@pytest.mark.parametrize("pattern, text, key, value", [
    (r"(?P<num>\d+)(?P<over>余)?(个|项)", "78个乡", "num", "78"),
    (r"(?P<num>\d+)(?P<over>余)?(个|项)", "78个乡", "over", None),
    (r"(?P<num>\d+)(?P<over>余)?(个|项)", "78余项", 3, "项"),  # an unnamed group: its number
    (r"(?P<d>[一二])成|(?P<d>\d)折", "7折", "d", "7"),  # a name used twice is one group in regex
])
def test_groups_read_as_the_match(pattern, text, key, value):
    from govtext.text.patterns import Groups

    m = regex.match(pattern, text)
    g = Groups(m)
    assert g[key] == m[key] == value
    assert (g.start(key), g.end(key), g.span(key), g.group(key)) == (m.start(key), m.end(key), m.span(key), m.group(key))
    assert (g.span(), g.group(), g.string) == (m.span(), m.group(), m.string)
    assert len(g) == m.re.groups
