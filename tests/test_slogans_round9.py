"""Round 9 slogan phenomena (issue 14): projects named by counts of hundreds (“三百工程”), a quoted
“双重” alone, digit formulas with a count of open parts (“1＋4＋100N”), a 大-name after parts quoted
one by one (“A”“B”“C”三大方向), counts of organs inside a longer quoted unit, 双控 unquoted, and lists of
一X items, which only a known name makes a formula (“一码、一图、一表” is distributive)."""
from __future__ import annotations

import pytest

from govtext import extract_facts


def _slogans(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.name) for f in extract_facts(text, kinds=["slogan"])]


FOUND = [
    # a numeral counting parts each named by 百 / 千 and a head word
    ("hundreds-project", "县里全面推开“三百工程”，成效初显。", [("三百工程", "三百工程")]),
    ("thousands-spirit", "大力弘扬“四千精神”，敢闯敢试。", [("四千精神", "四千精神")]),
    ("two-hundreds-word", "坚持“二百方针”不动摇。", [("二百方针", "二百方针")]),
    # a quoted 双重 alone abbreviates a named pair
    ("shuangchong-alone", "坚持“双重”管理的原则，落实责任。", [("双重", "双重")]),
    # the common word where it comes back unquoted stays a word (an uncommon name is found again: “三防”)
    ("shuangchong-again-plain", "坚持“双重”管理的原则，实行双重管理的体制。", [("双重", "双重")]),
    # digit formulas whose last part counts open parts
    ("digits-hundred-n", "搭建“1＋3＋50N”服务网络。", [("1＋3＋50N", "1+3+50N")]),
    ("digits-n-after", "形成“2+10+N”的产业格局。", [("2+10+N", "2+10+N")]),
    # a 大-name after its parts quoted one by one, the numeral their count
    ("parts-quoted-three", "聚焦“数字”“低碳”“开放”三大方向，加快转型。", [("三大方向", "三大方向")]),
    ("parts-quoted-two-comma", "抓住“项目”、“人才”两大抓手，推动发展。", [("两大抓手", "两大抓手")]),
    ("parts-quoted-no-da", "推动“人才”“资本”双链融合，稳住就业。", [("双链融合", "双链融合")]),
    # 双控 (total and intensity controls) is fixed enough to stand unquoted
    ("shuangkong-unquoted", "全面落实能耗双控要求。", [("双控", "双控")]),
    # a known list of 一X items keeps its name
    ("known-yi-list", "完善“一线、一网、一册、一日、一恳谈”工作机制。",
     [("一线、一网、一册、一日、一恳谈", "一线、一网、一册、一日、一恳谈")]),
    # an organ count beside another numeral block is still a formula
    ("organs-and-actions", "实施“两大中心三大行动”，打开局面。", [("两大中心三大行动", "两大中心三大行动")]),
]

NONE = [
    # a count of hundreds with a classifier, a measure, 余 or a ranking
    ("hundreds-classifier", "建设“三百个”示范点。"),
    ("hundreds-measure", "传承“五百年”的手艺。"),
    ("hundreds-about", "完成“三百余项”改造。"),
    ("hundreds-ranking", "引进“五百强”企业12家。"),
    ("hundreds-number", "投资“三百五十”万元。"),
    # 双重 before a noun inside the quotes stays the ordinary word
    ("shuangchong-standard", "反对“双重标准”。"),
    ("shuangchong-identity", "他具有“双重身份”。"),
    # plain numbers joined by + are no formula when a part has four digits
    ("digits-long-part", "推出“1+1000N”计划。"),
    # parts quoted one by one but a different count, or a verb glued after the name
    ("parts-count-differs", "聚焦“数字”“低碳”“开放”两大方向，加快转型。"),
    ("parts-name-then-verb", "突出“智能”“绿色”两大方向发展。"),
    ("parts-classifier", "统筹“国内”“国际”两个大局，加快发展。"),
    # a list of 一X items alone is distributive (one of each), no count of parts
    ("yi-list-distributive", "推行“一证、一码、一档”管理。"),
    # a double ring names a road's shape
    ("shuanghuan-road", "建成“双环”绿道网络。"),
    # counts of organs inside a longer quoted unit
    ("organs-in-longer-unit", "推动“三个创新中心建设”，提升能级。"),
    ("organs-after-verb", "实施“建设两个服务中心”行动。"),
]


@pytest.mark.parametrize("sentence,expected", [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_round9_slogans_found(sentence, expected):
    assert _slogans(sentence) == expected


@pytest.mark.parametrize("sentence", [c[1] for c in NONE], ids=[c[0] for c in NONE])
def test_round9_slogans_none(sentence):
    assert _slogans(sentence) == []
