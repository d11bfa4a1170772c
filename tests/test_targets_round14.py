"""Round 14 target rules: own sentences, each table with its near misses."""
import pytest

from govtext.extract import extract_facts

# a goal part: the 主要预期目标 list opens the paragraph before, so the sentences after it are the year's work
_GOALS = "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n"


def _targets(text: str, doc_date: str = "2026-01-20") -> list[tuple]:
    facts = extract_facts(text, kinds=["target"], doc_date=doc_date)
    return [(f.subject, f.measure, f.value, f.unit, f.comparator) for f in facts]


def _after_goals(sentence: str) -> list[tuple]:
    return _targets(_GOALS + sentence)[1:]


@pytest.mark.parametrize("sentence, expected", [
    # a growth or reduction verb, its object, then the number: the verb measures the object
    ("今年再减少农村贫困人口1000万以上。", [("农村贫困人口", "reduction", 10000000, None, ">=")]),
    ("再压减钢铁产能3000万吨左右。", [("钢铁产能", "reduction", 30000000, "吨", "approx")]),
    ("降低企业物流成本500亿元。", [("企业物流成本", "reduction", 50000000000, "元", "=")]),
    # 增加 before a count adds things: a level count
    ("增加普通高中学位5000个。", [("普通高中学位", "level", 5000, "个", "=")]),
    # near misses: a noun before the verb is the subject (农村贫困人口减少…), a growth verb inside a noun (增加值)
    ("农村贫困人口减少1000万以上。", [("农村贫困人口", "reduction", 10000000, None, ">=")]),
    ("规上工业增加值6000亿元左右。", [("规上工业增加值", "level", 600000000000, "元", "approx")]),
    # a growth verb before a count names a known set, not things to add
    ("提升贫困县域帮扶质效39个。", []),
])
def test_verb_object_number(sentence, expected):
    assert _after_goals(sentence) == expected
