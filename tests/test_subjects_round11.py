"""Round 11: what a count or a change is about, from a survey of unseen reports and news.

- A unit the number is per (``一套``, ``每人``), closing the clause before the number after a noun, is
  no part of the thing counted (``纪念币一套四枚`` → 纪念币; ``慰问金每人500元`` → 慰问金).
- A count of people whose noun is elided takes no entity from an earlier count of things of another
  unit (``13个村民小组，505户1748人``: the 1748 are no groups); counts of the same unit still share
  (``征求意见建议6000余条，梳理归纳3728条``).
- An adverb of scope the tagger reads as a noun (``总体``, ``整体``: ``tail_adverb`` of
  entity_subject_words.tsv) right before a change verb is no part of what changed.
Own sentences, with near misses.
"""
from __future__ import annotations

import pytest

from sentences import fact_at

PER_UNIT_CASES = [
    ("纪念邮票一套八枚，明日起发售。", "八枚", "纪念邮票"),
    ("发放纪念章每人2枚。", "2枚", "纪念章"),
    ("向困难群众发放慰问金每人800元。", "800元", "慰问金"),
    # near misses: no per-unit before the number; a one-word noun before 一 is kept whole
    ("发放纪念章2000枚。", "2000枚", "纪念章"),
    ("完成总体规划3个。", "3个", "总体规划"),
]


@pytest.mark.parametrize("sentence,surface,entity", PER_UNIT_CASES)
def test_per_unit_is_no_part_of_the_entity(sentence, surface, entity):
    kind = "money" if surface.endswith("元") else "quantity"
    fact = fact_at(sentence, kind, surface)
    assert (fact.subject if kind == "money" else fact.entity) == entity


ELIDED_CASES = [
    ("该村面积8平方公里，共有9个村民小组，420户1530人。", "1530人", None),
    # near misses: the same unit carries; a count of households pairs with its people
    ("全年征求意见建议6000余条，梳理归纳3728条。", "3728条", "意见建议"),
    ("全村有贫困户416户1283人。", "1283人", "贫困人口"),
]


@pytest.mark.parametrize("sentence,surface,entity", ELIDED_CASES)
def test_people_take_no_entity_of_things(sentence, surface, entity):
    assert fact_at(sentence, "quantity", surface).entity == entity


TAIL_ADVERB_CASES = [
    ("退休人员基本养老金总体上调3%。", "上调3%", "退休人员基本养老金"),
    ("全市工业用电量整体增长6.5%。", "增长6.5%", "工业用电量"),
    # near misses: the adverb word inside the subject stays, a bare 总体 names no subject
    ("总体规划编制经费增长8%。", "增长8%", "总体规划编制经费"),
]


@pytest.mark.parametrize("sentence,surface,subject", TAIL_ADVERB_CASES)
def test_tail_adverb_is_no_part_of_the_subject(sentence, surface, subject):
    assert fact_at(sentence, "change", surface).subject == subject
