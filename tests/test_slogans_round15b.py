"""Slogans, round 15b (issue 14). Sentences written for the tests, with near misses.

- A quoted count with + and nothing after it (“5+”全链条智能审批, realgold12) is a digit formula, as “1+N” is;
  a service number with + (“120+”) is not.
- A quoted run of three or more place values in rising order (“个十百”平台培育工程, realgold13; “百千万”工程)
  names the tiers of a program; falling runs are words (千百万, 万千).
"""
import pytest

from govtext.extract import extract_facts


def _names(text: str) -> list[str]:
    return [f.name for f in extract_facts(text, kinds=["slogan"])]


@pytest.mark.parametrize("text, expected", [
    ("数字赋能打造“5+”全链条智能审批新模式。", ["5+"]),
    ("构建“1+N”政策体系。", ["1+N"]),
    ("深化“个十百”平台培育工程。", ["个十百"]),
    ("实施“百千万”工程。", ["百千万"]),
    ("开展“十百千万”示范引领工程。", ["十百千万"]),
    ("培育“千百万”技能人才。", []),
    ("气象“万千”。", []),
    ("打造“120+”服务品牌。", []),
    ("推动“互联网+”行动。", []),
])
def test_codes(text, expected):
    assert _names(text) == expected


# - Parts spelled out after a colon whose last two are joined by a conjunction, not by 、 (“四大矛盾”：…、区域矛盾和
#   城乡矛盾) split there when that gives the promised count; a conjunction inside a word or a count already met
#   leaves the parts alone.
def _components(text: str) -> list[tuple[str, ...]]:
    return [tuple(f.components) for f in extract_facts(text, kinds=["slogan"])]


@pytest.mark.parametrize("text, expected", [
    ("解决“四大矛盾”：供需矛盾、结构矛盾、区域矛盾和城乡矛盾。", [("供需矛盾", "结构矛盾", "区域矛盾", "城乡矛盾")]),
    ("开展“三项改革”：医疗改革、教育改革和住房改革。", [("医疗改革", "教育改革", "住房改革")]),
    ("落实“三个一批”：整改一批、提升一批、关停一批。", [("整改一批", "提升一批", "关停一批")]),
    ("实现“三个和谐”：人与自然和谐、人与人和谐。", [("人与自然和谐", "人与人和谐")]),
    ("推进“三项工作”：社会和谐、民族团结和进步。", [("社会和谐", "民族团结", "进步")]),
])
def test_joined_last_part(text, expected):
    assert _components(text) == expected
