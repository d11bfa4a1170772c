"""Round 18: a formula the text defines by naming a list in brackets (``修理、更换、退货（以下统称三包）``) stands for
those parts wherever it comes back unquoted in that text (FACTS.md §2 slogan: each mention is its own fact);
门前三包 known unquoted."""
from __future__ import annotations

import pytest

from govtext.extract import extract_facts
from govtext.extract.definitions import abbreviation_open


def _slogans(text: str) -> list[tuple[str, list[str]]]:
    return [(f.name, f.components) for f in extract_facts(text, kinds=["slogan"])]


@pytest.mark.parametrize("text, expected", [
    ("为了明确家用汽车产品修理、更换、退货（以下统称三包）责任，制定本规定。销售者承担三包责任后，消费者凭三包凭证选择更换。",
     [("三包", ["修理", "更换", "退货"]), ("三包", []), ("三包", [])]),
    ("除国家规定实行包修、包换、包退（以下简称三包）的商品外，经营者应当出具三包凭证。",
     [("三包", ["包修", "包换", "包退"]), ("三包", [])]),
    ("听取人民政府、人民法院和人民检察院（以下简称“一府两院”）专项工作报告。",
     [("一府两院", ["人民政府", "人民法院", "人民检察院"])]),
    ("城镇单位实行门前清扫保洁、绿化美化、卫生秩序“三包”制度。", [("三包", ["清扫保洁", "绿化美化", "卫生秩序"])]),
    ("鼓励村民委员会与村民签订门前三包责任书。", [("门前三包", [])]),
    # near misses: no definition in the text, or the brackets name nothing counted
    ("销售者承担三包责任后，消费者凭三包凭证选择更换。", []),
    ("每户发放三包种子，共计二十包。", []),
    ("消费者凭三包凭证选择更换。此前修理、更换、退货（以下统称售后服务）均由销售者负责。", []),
    ("经营者应当出具三包凭证。实行修理、更换、退货（以下统称三包）的商品目录由省级部门规定。",
     [("三包", ["修理", "更换", "退货"])]),  # a mention before the definition stays plain
])
def test_abbreviated_formulas(text, expected):
    assert _slogans(text) == expected


@pytest.mark.parametrize("text, start, expected", [
    ("修理、更换、退货（以下统称三包）", 13, True),
    ("人民法院和人民检察院（以下简称“一府两院”）", 16, True),
    ("修理、更换、退货(简称三包)", 11, True),
    ("实行三包", 2, False),
    ("修理、更换、退货（三包）", 9, False),
])
def test_abbreviation_open(text, start, expected):
    assert abbreviation_open(text, start) is expected
