"""负增长 (negative growth) is a decrease (FACTS.md §2 change): 出口负增长3.5% → decrease by 3.5."""
import pytest

from govtext import extract_facts


@pytest.mark.parametrize("sentence, expected", [
    ("全年出口负增长3.5%。", [("负增长3.5%", "decrease", 3.5, "出口")]),
    ("规模以上工业增加值同比负增长2.1%，", [("负增长2.1%", "decrease", 2.1, "规模以上工业增加值")]),
    ("财政收入负增长率为4%。", [("负增长率为4%", "decrease", 4, "财政收入")]),
    # near misses: growth stays an increase; negative growth without a number is no change
    ("全年出口增长3.5%。", [("增长3.5%", "increase", 3.5, "出口")]),
    ("部分行业出现负增长。", []),
    ("坚持稳增长，", []),
])
def test_negative_growth(sentence, expected):
    got = [(f.text, f.direction, f.by_value, f.subject) for f in extract_facts(sentence) if f.kind == "change"]
    assert got == expected
