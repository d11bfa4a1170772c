"""Round 7 person phenomena: Japanese names with a family name of two characters and a given name
of one to three (the segmenter splits or glues them), given names that are rare dictionary words,
and reporters closed by 报道 or 发自."""
from __future__ import annotations

import pytest

from govtext import extract_facts


def _persons(text: str) -> list[tuple[str, str]]:
    return [(f.name, f.title) for f in extract_facts(text, kinds=["person"])]


FOUND = [
    # Japanese names: a family name of two, a given name of one to three
    ("jp-given-three", "日本前首相小泉纯一郎当天发表讲话。", ("小泉纯一郎", "前首相")),
    ("jp-given-three-whole", "东京都知事石原慎太郎称将继续推动。", ("石原慎太郎", "知事")),
    ("jp-given-three-yukio", "日本前首相鸠山由纪夫表示歉意。", ("鸠山由纪夫", "前首相")),
    ("jp-numeral-in-name", "日本官房长官松野博一表示遗憾。", ("松野博一", "官房长官")),
    ("jp-glued-say", "日本外务大臣茂木敏充说，将推进对话。", ("茂木敏充", "外务大臣")),
    ("jp-given-one", "日本防卫大臣中谷元表示关切。", ("中谷元", "防卫大臣")),
    ("jp-given-two", "日本首相岸田文雄也表示欢迎。", ("岸田文雄", "首相")),
    ("jp-speaker", "日本众议院议长额贺福志郎出席。", ("额贺福志郎", "议长")),
    ("jp-party-leader", "公明党党首山口那津男表示支持。", ("山口那津男", "党首")),
    ("jp-secretary-general", "该党前干事长小泽一郎表示反对。", ("小泽一郎", "前干事长")),
    # a given name that is a rare dictionary word
    ("rare-word-name", "我国驻加拿大大使徐步表示，双方要加强沟通。", ("徐步", "驻加拿大大使")),
    ("rare-word-name-vice", "副省长徐步说，要抓好落实。", ("徐步", "副省长")),
    # reporters closed by the verb of a news lead
    ("reporter-baodao", "本台记者徐步报道：今天上午，", ("徐步", "记者")),
    ("reporter-faz", "记者王刚发自北京：", ("王刚", "记者")),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_found(text, expected):
    assert expected in _persons(text)


NOT_PERSONS = [
    ("common-word-team", "领导班子作对照检查。"),
    ("adverb-as-given", "委员有拒不履行职责的，"),
    ("report-without-name", "据记者报道，现场秩序良好。"),
    ("title-alone", "知事表示同意。"),
    ("leaders-meeting", "党首会谈将于明日举行。"),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_PERSONS], ids=[c[0] for c in NOT_PERSONS])
def test_not_persons(text):
    assert _persons(text) == []


@pytest.mark.parametrize("text,name", [
    ("副市长王刚再说一遍", "王刚"),          # 再说: 再 is an adverb, not a third character
    ("县长贾亮回到村里", "贾亮"),            # 回到: 回 is a verb
    ("首相岸田文雄今天表示", "岸田文雄"),    # 今天 after the name is no part of it
    ("市长欧阳明高表示", "欧阳明高"),        # a compound Chinese surname keeps a given name of two
])
def test_name_ends_where_it_should(text, name):
    assert [n for n, _t in _persons(text)] == [name]
