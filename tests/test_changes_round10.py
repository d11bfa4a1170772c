"""Changes, round 10 (issue 14): a verbal noun that closes the measure a change verb acts on (利息负担,
行政开支, 碳排放: the tagger reads 负担, 开支, 排放 as verbs; ``measure_noun`` rows of change_cues.tsv),
减轻 as a measure verb (减轻…负担…亿元), and a beneficiary between a goal modal and its change verb (要为市场
主体减轻…: still a goal); 多了/少了 with no base written (每月多了300元: the time before is meant) and 还多/还少
against an earlier time. Sentences are written for the tests; each class has near misses."""
import pytest

from govtext.extract import extract_facts
from govtext.lexicons import load_rows


def _changes(text):
    return [(f.text, f.direction, f.subject, f.by_value, f.unit)
            for f in extract_facts(text, kinds=["change"])]


# (id, sentence, [(span, direction, subject, by, unit)])
FOUND = [
    # a verbal noun closing the object after a noun: the object is the measure
    ("burden-money", "通过债务置换，全省降低利息负担86亿元。",
     [("降低利息负担86亿元", "decrease", "利息负担", 8_600_000_000, "元")]),
    ("spending-percent", "各部门压减行政开支12%。", [("压减行政开支12%", "decrease", "行政开支", 12, "%")]),
    ("emission-tonnes", "全市去年减少碳排放45万吨。", [("减少碳排放45万吨", "decrease", "碳排放", 450_000, "吨")]),
    ("spending-two-nouns", "县里削减政府一般性支出8%。", [("削减政府一般性支出8%", "decrease", "政府一般性支出", 8, "%")]),
    ("burden-after-verb", "今年降低企业社保缴费负担1.5亿元。",
     [("降低企业社保缴费负担1.5亿元", "decrease", "企业社保缴费负担", 150_000_000, "元")]),
    # 减轻 lightens a burden by an amount or a percent
    ("lighten-amount", "去年全区减轻企业负担6.3亿元。", [("减轻企业负担6.3亿元", "decrease", "企业负担", 630_000_000, "元")]),
    ("lighten-percent", "试点乡镇农民负担平均减轻25%。", [("减轻25%", "decrease", "试点乡镇农民负担", 25, "%")]),
    # 多了/少了 with no base written: the time before is meant; compared with an earlier time, too
    ("more-no-base", "退休职工每月多了200元养老金。", [("多了200元", "increase", "养老金", 200, "元")]),
    ("fewer-time-base", "全镇亏损企业比上年少了12家。", [("少了12家", "decrease", "亏损企业", 12, "家")]),
    # 还多 (even more than) against an earlier time
    ("even-more-time-base", "今年粮食产量比去年还多5万吨。", [("还多5万吨", "increase", "粮食产量", 50_000, "吨")]),
    # a beneficiary without a modal: a reported change
    ("beneficiary-past", "去年为小微企业减轻税费负担2.1亿元。",
     [("减轻税费负担2.1亿元", "decrease", "税费负担", 210_000_000, "元")]),
]

NONE = [
    # a verb after the object is a second predicate (the plan was postponed), no change
    ("second-predicate", "将燃油税提高计划推迟一年半。"),
    # 负担 as a verb of its own, no noun before it: who bears the cost, no change
    ("burden-verb", "提高部分由省财政负担80%。"),
    # 减轻 + a count: the grade of a penalty, no measure
    ("lighten-count", "有立功表现的，可以减轻一档处理。"),
    # 多了/少了 compared with another thing or a plan: a difference, no change
    ("fewer-than-other", "新线开通后比公路运输少了近20小时。"),
    ("fewer-than-plan", "实际支出比年初预算少了80亿元。"),
    # 还多 compared with another place, or with no comparison written
    ("even-more-other", "这个村的企业比邻村还多5家。"),
    ("even-more-no-base", "仓库里还多3箱。"),
    # a goal modal, then a beneficiary, then the change verb: a goal (a target, not a change)
    ("modal-beneficiary", "今年要为市场主体减轻负担5000亿元。"),
    ("modal-beneficiary-gei", "全年要给企业降低用能成本300亿元。"),
    # a future with a beneficiary
    ("future-beneficiary", "新政策将为群众节约支出20%。"),
]


@pytest.mark.parametrize("sentence,expected", [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_round10_changes_found(sentence, expected):
    assert _changes(sentence) == expected


@pytest.mark.parametrize("sentence", [c[1] for c in NONE], ids=[c[0] for c in NONE])
def test_round10_changes_none(sentence):
    assert _changes(sentence) == []


def test_measure_nouns_and_lighten_are_lexicon_rows():
    nouns = {r["word"] for r in load_rows("change_cues.tsv") if r["role"] == "measure_noun"}
    assert {"负担", "开支", "支出", "排放"} <= nouns
    rows = {r["verb"]: r for r in load_rows("change_verbs.tsv")}
    assert rows["减轻"]["direction"] == "decrease" and rows["减轻"]["object"] == "measure"
    assert rows["多了"]["needs"] == "no_other_base" and rows["还多"]["needs"] == "time_base"
