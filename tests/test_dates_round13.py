"""Round 13, area B (dates, persons, normalization): own sentences with near misses."""
from __future__ import annotations

import pytest

from govtext.text.normalize import normalize


@pytest.mark.parametrize("raw, clean", [
    ("隨著經濟發展", "随着经济发展"),          # 随著 folded
    ("隨著名專家調研", "随著名专家调研"),      # 随 + 著名: kept
    ("意味著作品的價值", "意味著作品的价值"),  # 意味 + 著作: kept
    ("以此為著力點", "以此为着力点"),          # 著力 folded
    ("成效卓著重在堅持", "成效卓著重在坚持"),  # 卓著 + 重: kept
    ("原著重在敘事", "原著重在叙事"),          # 原著 + 重: kept
    ("要著重抓好落實", "要着重抓好落实"),      # 著重 folded after 要
])
def test_script_keep_words_guard_phrase_edges(raw, clean):
    assert normalize(raw).text == clean


def test_script_keep_words_lexicon_shape():
    from govtext.text.normalize import _script_keep_words

    words = _script_keep_words()
    assert "著名" in words and "显著" in words
    assert all(len(w) == 2 for w in words)


def _persons(text: str):
    import govtext

    return [(f.name, f.title, f.org) for f in govtext.extract_facts(text, kinds=["person"])]


_LEAD = "为深入贯彻落实党中央决策部署，推动各项工作落到实处，本次会议由"
_TAIL = "主持，各位委员出席了会议并就有关问题进行了讨论，会议\n认为，要进一步加强监督工作，确保法律法规得到全面有效实施。"


@pytest.mark.parametrize("wrapped, org", [
    ("全国人大常\n委会副委员长王晨", "全国人大常委会"),   # a layout wrap inside the organ's name
    ("全国人大\n常委会副委员长王晨", "全国人大常委会"),
    ("全国人大常委会\n副委员长王晨", None),               # the wrap before the title: the title's line holds no org
])
def test_person_org_across_a_joined_layout_wrap(wrapped, org):
    assert _persons(_LEAD + wrapped + _TAIL) == [("王晨", "副委员长", org)]


def test_person_org_not_across_a_kept_line_break():
    # a short heading line is no layout wrap: the break stays, the org is read on the title's line only
    text = _LEAD + "全国人大常委会副委员长王晨" + _TAIL + "\n\n中华全国总工会\n副主席李某某出席会议并讲话，会议要求各级工会组织认真贯彻落实。"
    assert _persons(text)[-1] == ("李某某", "副主席", None)


@pytest.mark.parametrize("text, expected", [
    ("日本首相小泉纯一郎参拜靖国神社。", [("小泉纯一郎", "首相", "日本")]),   # a family name of two, closed by 参拜
    ("日本首相菅义伟辞职。", [("菅义伟", "首相", "日本")]),
    ("日本首相石破茂就任以来，", [("石破茂", "首相", "日本")]),
    ("省长许达哲会晤了代表团。", [("许达哲", "省长", None)]),
    ("县长王强举行座谈会。", [("王强", "县长", None)]),
    # near misses: 后 (a locative) + 首次 (a numeral word) before a follower is no name
    ("他在连任总书记后首次访问该国。", []),
    ("他在当选主席后多次访问该国。", []),
])
def test_names_closed_by_news_verbs(text, expected):
    assert _persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("朝鲜最高领导人金正恩视察了工厂。", [("金正恩", "最高领导人", "朝鲜")]),  # 最高 belongs to the title
    ("最高人民法院院长周强作报告。", [("周强", "院长", "最高人民法院")]),        # 最高 inside the organ's name
])
def test_zuigao_modifies_a_title(text, expected):
    assert _persons(text) == expected
