"""Changes, round 9 (issue 14): change verbs the segmenter reads inside other words (新增|产能,
延长石油), durations that say how long a change went on (连续增长5个月), levels of a rate after a
to-verb (提高到每人每年800元), and the bounds before a rate word's percent read from
lexicons/change_cues.tsv; plan figures a report states as a future level with its growth (…将达到…，即比…
增长…), under an introduction that speaks of the future (…将有如下的增长：…) or against an estimate
(比今年预计增加…); a percent that is a share of the things after it (提升40%职工的工资); funds an obtain
cue wins and their growth (争取…资金分别增长…). Sentences are written for the tests; each class has near misses."""
import pytest

from govtext.extract import extract_facts
from govtext.lexicons import load_rows


def _changes(text):
    return [(f.text, f.direction, f.from_value, f.to_value, f.by_value, f.unit)
            for f in extract_facts(text, kinds=["change"])]


# (id, sentence, [(span, direction, from, to, by, unit)])
FOUND = [
    # a change verb standing as its own word
    ("zengchan-own-word", "全县粮食增产12万吨。", [("增产12万吨", "increase", None, None, 120000, "吨")]),
    ("xinzeng-then-change", "新增企业38家，营业收入增长9.6%。", [("增长9.6%", "increase", None, None, 9.6, "%")]),
    ("number-glued-verb", "收购价格由每斤1.2元调高到1.5元。", [("由每斤1.2元调高到1.5元", "increase", 1.2, 1.5, None, "元")]),
    # 延长 as a verb still changes a duration
    ("yanchang-verb", "保修期延长2年，服务更有保障。", [("延长2年", "increase", None, None, 2, "年")]),
    # a duration with no 连续 / 持续 before the verb is the amount of change
    ("duration-amount", "企业开办时间缩短3天，审批时限减少5个工作日。",
     [("缩短3天", "decrease", None, None, 3, "天"), ("减少5个工作日", "decrease", None, None, 5, "工作日")]),
    # 连续 before the verb with a percent after it: the percent is the change
    ("span-with-percent", "全市工业产值连续增长12%以上。", [("增长12%以上", "increase", None, None, 12, "%")]),
    # a rate base between the to-verb and its level
    ("per-person-year", "城乡居民医保财政补助标准提高到每人每年670元。",
     [("提高到每人每年670元", "increase", None, 670, None, "元")]),
    ("per-unit", "居民用电价格降至每千瓦时0.49元。", [("降至每千瓦时0.49元", "decrease", None, 0.49, None, "元")]),
    ("per-from-and-to", "低保标准由每人每月600元提高到每人每月680元。",
     [("由每人每月600元提高到每人每月680元", "increase", 600, 680, None, "元")]),
    # a level reported in the past with its growth; a future with a from-level of a year the text estimates
    ("past-level-growth", "去年全县粮食产量达到38万吨，增长4.2%。", [("增长4.2%", "increase", None, None, 4.2, "%")]),
    ("object-marker-jiang", "全省将低保标准提高到每月760元，增长8%。",
     [("提高到每月760元", "increase", None, 760, None, "元"), ("增长8%", "increase", None, None, 8, "%")]),
    ("intro-colon-no-future", "我们把有关情况报告如下：全县财政收入增长6.1%。", [("增长6.1%", "increase", None, None, 6.1, "%")]),
    # compared with an earlier year, not an estimate
    ("base-reported", "全年棉花产量比上年增加3万吨。", [("增加3万吨", "increase", None, None, 30000, "吨")]),
    # funds an obtain cue wins, then their growth
    ("obtain-funds-growth", "一年来，我们争取中央预算内投资、地方政府专项债券分别增长18.6%、12.4%。",
     [("增长18.6%", "increase", None, None, 18.6, "%"), ("12.4%", "increase", None, None, 12.4, "%")]),
    # a percent followed by 以上 / 的 alone still sizes the change
    ("percent-then-de", "全县农民收入增加了30%的好成绩。", [("增加了30%", "increase", None, None, 30, "%")]),
    # a rate word's percent with no bound before it
    ("rate-no-bound", "全省用电增速为17%，涨幅达到6.5%。",
     [("增速为17%", "increase", None, None, 17, "%"), ("涨幅达到6.5%", "increase", None, None, 6.5, "%")]),
]

NONE = [
    # 增产 straddling 新增 and 产能 / 产值: a count of new capacity (FACTS.md §5: 新增 counts new things)
    ("xinzeng-chanen", "今年新增产能300万吨。"),
    ("xinzeng-chanzhi", "技改项目新增产值20亿元。"),
    # 延长 in the name of the oil company and the county
    ("yanchang-company", "陕西延长石油集团投资50亿元建设炼化项目。"),
    ("yanchang-county", "延长县投资3亿元建设公路。"),
    # a duration after a verb that 连续 / 持续 opens: how long it lasted
    ("span-months", "全省用电量连续增长5个月。"),
    ("span-years-adverb", "出口持续小幅下降3个季度。"),
    # a plan's future level, then its growth in a clause of no subject of its own
    ("future-level-then-growth", "到2030年，全市货运量将达到5.6亿吨，即比2025年增长30%；客运量将达到1.2亿人次，增长15%。"),
    # an introduction that speaks of the future, then the items
    ("future-intro-colon", "2030年比2025年将有如下的增长：粮食增长8%，蔬菜增长12%。"),
    # compared with an estimate of the year in progress: the plan for the next year
    ("estimate-base", "明年，全县粮食产量比今年预计增加2万吨。"),
    ("estimate-from-level", "城镇化率由今年预计的58%提高到60%。"),
    # a percent that is a share of the staff whose pay rises
    ("percent-share", "今年开始提升30%教师的工资级别。"),
    # 争取 with an indicator is a goal
    ("obtain-indicator-goal", "今年要争取城乡居民收入分别增长6%、7%。"),
    # a bound before a rate word's percent names a threshold (lexicons/change_cues.tsv, role bound)
    ("bound-over", "有15个省份用电增速超过17%。"),
    ("bound-higher", "涨幅高于20%的城市有8个。"),
    ("bound-under", "降幅不足5%的行业有12个。"),
]


@pytest.mark.parametrize("sentence,expected", [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_round9_changes_found(sentence, expected):
    assert _changes(sentence) == expected


@pytest.mark.parametrize("sentence", [c[1] for c in NONE], ids=[c[0] for c in NONE])
def test_round9_changes_none(sentence):
    assert _changes(sentence) == []


def test_bounds_are_lexicon_rows():
    bounds = {r["word"] for r in load_rows("change_cues.tsv") if r["role"] == "bound"}
    assert {"超过", "超", "高于", "低于", "不到", "不足", "逾"} <= bounds
