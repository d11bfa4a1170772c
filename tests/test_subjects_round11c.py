"""Round 11c: words the tagger split at a phrase's edge, prefixes inside a counted compound, a count that
is a preposition's object, distances from a place, per-household rules, and funds put in, from a survey of
unseen news and work reports (seed 1131).

- A phrase read leftwards does not open with half a word: a joiner with a one-character word after it
  (``和|美``) stays; a numeral word after a one-character localizer (``下|一步``) is a time, no part of it; a
  one-character verb with its one-word object after the noun counted (``家庭适|老化改造``) leaves the noun.
- A one-character prefix or modal the tagger tags as a verb (``预``, ``可``, ``待``: ``bound`` rows of
  ``entity_words.tsv``) is inside a compound whose nouns run to the phrase's end.
- After a preposition (``在16家医疗机构设置…``) the verbal noun after the counted noun is the predicate.
- ``距离`` before a place name is the point a distance starts from; an area per household after a place
  name (``平原地区每户不得超过…``) names no thing measured.
- Money: funds before ``投入`` are what was put in (``教育经费投入3366亿元`` → 教育经费).
Own sentences, with near misses.
"""
from __future__ import annotations

import pytest

from sentences import fact_at

QUANTITY_CASES = [
    ("全县建设和美乡村45个。", "45个", "和美乡村"),
    ("下一步服务人群将达到30万人。", "30万人", "服务人群"),
    ("全年完成低保老人家庭适老化改造800户。", "800户", "低保老人家庭适老化改造"),
    ("各单位提交2000字左右的课题预申报书。", "2000字左右", "课题预申报书"),
    ("在12家养老机构设置老年友善门诊。", "12家", "养老机构"),
    ("山林距离杭州市区约30公里。", "约30公里", None),
    ("山区每户不得超过一百平方米。", "不得超过一百平方米", None),
    ("给3个集体、12名个人记功。", "12名", "个人"),
    # near misses: a noun before a per-household rule is measured; a measure keeps its noun before a one-character
    # word; a distance named by its measure stays; without a preposition the verbal noun stays in the object
    ("山区每户宅基地不得超过一百平方米。", "不得超过一百平方米", "宅基地"),
    ("河道背水侧绿化带宽度为五米。", "五米", "绿化带宽度"),
    ("两车之间的距离不得小于50米。", "不得小于50米", "距离"),
    ("新建12个社区服务站。", "12个", "社区服务站"),
]


@pytest.mark.parametrize("sentence,surface,entity", QUANTITY_CASES)
def test_quantity_entity(sentence, surface, entity):
    assert fact_at(sentence, "quantity", surface).entity == entity


MONEY_CASES = [
    ("全省财政性科技经费投入120亿元。", "120亿元", "财政性科技经费"),
    # near misses: the funds after the verb; a verb of adding is no part of the subject
    ("今年投入资金50亿元。", "50亿元", "资金"),
    ("全省科技经费新增12亿元。", "12亿元", "科技经费"),
]


@pytest.mark.parametrize("sentence,surface,subject", MONEY_CASES)
def test_money_subject(sentence, surface, subject):
    assert fact_at(sentence, "money", surface).subject == subject
