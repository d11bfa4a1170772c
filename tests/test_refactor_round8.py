"""Round 8 refactoring (issue 18): the shared fragments and lexicon rows that replaced word lists and
date patterns typed in extract/changes.py, targets.py, persons.py and dates.py, each read through the
fragment itself and through the extractor that uses it, positives beside near misses."""
from __future__ import annotations

import pytest
import regex

from govtext.extract import extract_facts
from govtext.text.date_grammar import EVENT_OF, unit_end, words_of, written_year
from govtext.text.patterns import plan_bounds

# ---------------------------------------------------------------- text/date_grammar fragments

EVENT_OF_CASES = [
    ("登记注册的", True),      # a time counted from an event: 登记注册的次月起
    ("会议举行的", True),
    ("有效期届满之", True),
    ("第一个月的", False),     # counted within a date
    ("2019年的", False),
    ("当月5日的", False),
    ("第3号的", False),
    ("会议举行时", False),     # no 的 or 之
]


@pytest.mark.parametrize("text,hit", EVENT_OF_CASES, ids=[c[0] for c in EVENT_OF_CASES])
def test_event_of_fragment(text, hit):
    assert (regex.search(rf"{EVENT_OF}$", text) is not None) == hit


WRITTEN_YEAR_CASES = [
    ("2014年", "2014年"),
    ("一九五四年", "一九五四年"),
    ("二0一0年", "二0一0年"),
    ("12014年", None),        # inside a longer number
    ("第2014年", None),       # an ordinal
    ("三四年", None),         # three or four years
]


@pytest.mark.parametrize("text,found", WRITTEN_YEAR_CASES, ids=[c[0] for c in WRITTEN_YEAR_CASES])
def test_written_year_fragment(text, found):
    m = regex.search(written_year(), text)
    assert (m[0] if m else None) == found


def test_date_word_fragments_come_from_the_lexicon():
    assert set(words_of("year", "anchor+0").split("|")) == {"今年", "本年", "本年度"}
    assert set(words_of("relation", "before").split("|")) == {"前", "之前", "以前"}
    assert all(regex.search(rf"(?:{unit_end()})$", t) for t in ("2012年", "3月", "3月份", "一季度", "今年上半年"))
    assert not regex.search(rf"(?:{unit_end()})$", "季")


# ---------------------------------------------------------------- qualifiers.tsv plan_bound

PLAN_BOUND_CASES = [
    ("培育10家以上平台", True),
    ("实施50项左右项目", True),
    ("不少于20家", True),
    ("控制在1%以内", True),
    ("500余家", False),        # 余, 多, 近 round a count a text reports
    ("近百家", False),
    ("1万多人", False),
]


@pytest.mark.parametrize("text,hit", PLAN_BOUND_CASES, ids=[c[0] for c in PLAN_BOUND_CASES])
def test_plan_bounds(text, hit):
    assert (regex.search(plan_bounds(), text) is not None) == hit


# ---------------------------------------------------------------- through the extractors

def _changes(text):
    return [(f.text, f.direction, f.by_value, f.to_value) for f in extract_facts(text, kinds=["change"])]


CHANGE_CASES = [
    # a time between a to-verb and its level (date_grammar fragments)
    ("人均收入提升到去年底的13.3%。", [("提升到去年底的13.3%", "increase", None, 13.3)]),
    ("收入提高到现在的1721元。", [("提高到现在的1721元", "increase", None, 1721)]),
    # an adverb and a link between a rate word and its percent (change_links.tsv)
    ("居民消费价格涨幅仍然高达百分之二十一点七。", [("涨幅仍然高达百分之二十一点七", "increase", 21.7, None)]),
    ("工业增加值增幅达6.5%。", [("增幅达6.5%", "increase", 6.5, None)]),
    ("用电增速超过17%的省份有15个。", []),  # a threshold a group passes, no change
    # a change noun after a time closing right before its percent (unit_end)
    ("今年一季度6.1%的增速。", [("6.1%的增速", "increase", 6.1, None)]),
    # moods (change_moods.py): a future is no reported change, the same sentence without it is
    ("粮食产量将增长百分之十三。", []),
    ("粮食产量增长百分之十三。", [("增长百分之十三", "increase", 13, None)]),
    # change_cues.tsv span: a count after 持续 says how long, not by how much
    ("全市出口额增长持续五个月保持两位数。", []),
    # change_cues.tsv restates: a clause restating a goal is a goal too, a restated result a result
    ("蔬菜产量要增长百分之十，也就是增产二十万吨。", []),
    ("蔬菜产量增长百分之十，也就是增产二十万吨。",
     [("增长百分之十", "increase", 10, None), ("增产二十万吨", "increase", 200000, None)]),
    # change_cues.tsv measure_unit: a percent or points after a measure verb change the measure, a
    # count counts the things treated
    ("今年提升办事效率20%。", [("提升办事效率20%", "increase", 20, None)]),
    ("今年提升办事效率3个百分点。", [("提升办事效率3个百分点", "increase", 3, None)]),
    ("今年提升30所乡村学校办学条件。", []),
    # goal_clause (change_moods.py): a cue reaching over its sentence, a modal before a comparison
    ("力争新增市场主体500家，出口总额增长6%以上。", []),
    ("新增市场主体500家，出口总额增长6%以上。", [("增长6%以上", "increase", 6, None)]),
    ("全县社会消费品零售总额要比上年增长百分之九。", []),
    ("全县社会消费品零售总额比上年增长百分之九。", [("增长百分之九", "increase", 9, None)]),
]


@pytest.mark.parametrize("text,expected", CHANGE_CASES, ids=[c[0] for c in CHANGE_CASES])
def test_changes_read_through_the_new_data(text, expected):
    assert _changes(text) == expected


PERSON_CASES = [
    # person_words.tsv group: a word after two names joined by 和 makes them one group under the title
    ("副省长王刚和李明等出席会议。", [("王刚", "副省长"), ("李明", "副省长")]),
    ("副省长王刚和李明出席会议。", [("王刚", "副省长")]),
]


@pytest.mark.parametrize("text,expected", PERSON_CASES, ids=[c[0] for c in PERSON_CASES])
def test_persons_read_through_the_new_data(text, expected):
    assert [(f.name, f.title) for f in extract_facts(text, kinds=["person"])] == expected
