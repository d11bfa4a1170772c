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
