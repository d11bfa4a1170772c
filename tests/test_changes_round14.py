"""Changes, round 14 (issue 14). Sentences and report snippets are written for the tests; each class has near
misses.

- In a work part of a report a change with its from-level written is planned as a bare one is (今年…补助标准由每人
  每年670元提高到700元: a level target at the new value, no reported change); the review part, a past cue (去年已将),
  了 and a level the plan had set before (由原定…调高到…) still report one.
- A rate verb (加息, 降息, 降准: ``object`` rate in change_verbs.tsv) with percentage points or basis points is a change
  in that unit (加息525个基点); a count after it says how often (加息3次).
- A change compared with the level in force now (比现有的86个减少27个, ``present_base`` in change_cues.tsv) is not made
  yet, no reported change, unless 了 reports it.
"""
import pytest

from govtext.extract import extract_facts


_REPORT = """政府工作报告
——2026年1月20日在省第十四届人民代表大会第五次会议上
一、2025年工作回顾
过去一年，全省地区生产总值增长5.5%。城乡居民医保财政补助标准由每人每年640元提高到670元。
二、2026年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。
（一）持续保障和改善民生。今年城乡居民医保财政补助标准由每人每年670元提高到700元，基本公共卫生服务经费标准由89元提高到94元。去年已将农村低保标准由每月500元提高到560元。农村特困人员供养标准由每月800元提高到了900元。全省粮食产量由原定的700亿斤调高到720亿斤。
"""


def test_round14_from_level_in_work_part_is_planned():
    found = [f.text for f in extract_facts(_REPORT, kinds=["change"])]
    assert found == ["增长5.5%", "由每人每年640元提高到670元", "由每月500元提高到560元", "由每月800元提高到了900元",
                     "由原定的700亿斤调高到720亿斤"]


def _changes(text):
    return [(f.text, f.direction, f.by_value, f.unit) for f in extract_facts(text, kinds=["change"])]


# (id, sentence, [(span, direction, by, unit)])
FOUND = [
    # near miss of the preposition rule: an object noun between the verb and its number
    ("object-noun", "全市压缩文件1635个。", [("压缩文件1635个", "decrease", 1635, "个")]),
    # a rate verb with basis points or percentage points: a change in that unit
    ("rate-raise-basis-points", "去年3月以来，美联储累计加息525个基点。", [("加息525个基点", "increase", 525, "基点")]),
    ("rate-cut-basis-points", "美联储宣布降息25个基点。", [("降息25个基点", "decrease", 25, "基点")]),
    ("reserve-cut-points", "央行宣布降准0.5个百分点。", [("降准0.5个百分点", "decrease", 0.5, "个百分点")]),
    ("lower-basis-points", "五年期贷款利率下调25个基点。", [("下调25个基点", "decrease", 25, "基点")]),
    # percentage points in Chinese numerals below one keep their unit
    ("points-below-one", "城镇调查失业率下降零点五个百分点。", [("下降零点五个百分点", "decrease", 0.5, "个百分点")]),
    ("points-two", "常住人口城镇化率提高两个百分点。", [("提高两个百分点", "increase", 2, "个百分点")]),
    # a change compared with the present level, with 了: a new standard against the one in force, reported
    ("present-base-reported", "新标准的排放限值比现行标准降低了30%。", [("降低了30%", "decrease", 30, "%")]),
    # a base that is a past level still reports one
    ("past-base", "全市规上企业比上年增加5家。", [("增加5家", "increase", 5, "家")]),
]

NONE = [
    # how often a rate was raised: a count, no amount
    ("rate-raise-count", "欧洲央行年内加息3次。"),
    ("rate-no-number", "多次降息降准，保持流动性合理充裕。"),
    # compared with the level in force now, a change not made yet: a proposal's figure
    ("present-base-proposal", "国务院的部委和直属机构、办事机构共59个，比现有的86个减少27个。"),
    ("present-base-current", "改革后，审批事项较现行清单减少40项。"),
    # a preposition after the verb opens a range a rule sets, no object of the verb
    ("preposition-range", "安置用房使总安置面积增加在五平方米以内的部分，按照房屋成本价结算。"),
]


@pytest.mark.parametrize("sentence,expected", [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_round14_changes_found(sentence, expected):
    assert _changes(sentence) == expected


@pytest.mark.parametrize("sentence", [c[1] for c in NONE], ids=[c[0] for c in NONE])
def test_round14_changes_none(sentence):
    assert _changes(sentence) == []
