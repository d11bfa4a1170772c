"""Round 13, second wave, target rules (area C): own sentences, each with a near miss."""
from govtext.extract import extract_facts


def _targets(text: str) -> list[tuple]:
    # a window of a speech: no heading, no 各位代表, no list intro, no plan title
    facts = extract_facts(text, kinds=["target"])
    return [(f.subject, f.measure, f.value, f.unit, f.comparator) for f in facts]


def test_obligation_before_a_goal_verb_sets_a_goal():
    assert _targets("深入推进大气污染治理，今年全市二氧化硫排放量要下降4%。") == [
        ("二氧化硫排放量", "reduction", 4, "%", "=")]
    assert _targets("抓好粮食生产，全省粮食产量要稳定在700亿斤以上。") == [
        ("粮食产量", "level", 70000000000, "斤", ">=")]


def test_obligation_needs_its_own_word_before_the_verb():
    # near misses: 要 inside another word (主要, 需要, 要求) sets no goal
    assert _targets("一季度全市主要污染物排放量下降4%。") == []
    assert _targets("据测算，经济需要增长6%才能实现这一目标。") == []
    assert _targets("会议要求各地排放量下降4%。") == []
    # a result after the modal (了) is none
    assert _targets("去年二氧化硫排放量要下降了4%。") == []
