"""Changes, round 14 (issue 14). Sentences and report snippets are written for the tests; each class has near
misses.

- In a work part of a report a change with its from-level written is planned as a bare one is (今年…补助标准由每人
  每年670元提高到700元: a level target at the new value, no reported change); the review part, a past cue (去年已将),
  了 and a level the plan had set before (由原定…调高到…) still report one.
"""
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
