"""Headings and the section hierarchy: GB/T 9704 numbering and unnumbered news headings."""
from __future__ import annotations

import pytest

import govtext
from conftest import corpus_text
from govtext.structure.sections import enumerator, heading_title


@pytest.mark.parametrize("text, expected", [
    pytest.param("一、把握总体要求", ("一、", 1), id="level1"),
    pytest.param("（一）指导思想。以党的十八大", ("（一）", 2), id="level2"),
    pytest.param("(二)总的要求", ("(二)", 2), id="level2-ascii-brackets"),
    pytest.param("1．抓好学习教育。", ("1．", 3), id="level3-fullwidth-dot"),
    pytest.param("2.征求意见建议", ("2.", 3), id="level3-ascii-dot"),
    pytest.param("（1）召开动员会", ("（1）", 4), id="level4"),
    pytest.param("4.8万件实事印证整改成果", None, id="decimal-is-not-enumerator"),
    pytest.param("一是强化履职意识", None, id="yishi-is-not-heading"),
    pytest.param("2014年4月3日", None, id="year"),
])
def test_enumerator(text, expected):
    assert enumerator(text) == expected


@pytest.mark.parametrize("text, n, expected", [
    pytest.param("（一）指导思想。以党的十八大、十八届三中全会精神为指导", 3, "指导思想", id="run-in"),
    pytest.param("一、进一步提高认识，启发思想自觉。用总书记在兰考调研重要讲话精神统一思想", 2, "进一步提高认识，启发思想自觉", id="run-in-with-comma"),
    pytest.param("一、把握总体要求", 2, "把握总体要求", id="own-line"),
])
def test_heading_title(text, n, expected):
    assert heading_title(text, n) == expected


def test_official_numbering_hierarchy():
    doc = govtext.parse(corpus_text("001_f1f2c0ca69974fcf"))
    rows = [(s.number, s.level, s.title, s.parent) for s in doc.sections]
    assert rows[:2] == [("一、", 1, "把握总体要求", None), ("（一）", 2, "指导思想", 0)]
    assert rows[-3:] == [("（一）", 2, "学习教育、听取意见", 8), ("1．", 3, "抓好学习教育", 9), ("2．", 3, "征求意见建议", 9)]
    assert doc.sections[10].path == ["抓好基本环节", "学习教育、听取意见", "抓好学习教育"]


def test_heading_wrapped_over_two_lines():
    raw = corpus_text("001_f1f2c0ca69974fcf")
    sec = next(s for s in govtext.parse(raw).sections if s.title.startswith("着力解决群众"))
    assert sec.title == "着力解决群众反映强烈的切身利益问题"
    assert raw[sec.start:sec.heading_end] == "（二）着力解决群众反映强烈的切身\n利益问题。"


def test_sections_nest_and_end_at_the_next_sibling():
    doc = govtext.parse(corpus_text("002_9a05cc43a8767791"))
    assert [s.number for s in doc.sections] == ["一、", "二、", "三、", "四、", "五、", "六、"]
    for a, b in zip(doc.sections, doc.sections[1:]):
        assert a.end == b.start


@pytest.mark.parametrize("stem, titles", [
    pytest.param("000_13e6af247fa6ec72", ["示范引领 真学深思 学习教育入脑入心", "敞开心扉 真听细照 开门纳谏问需问求",
                                          "聚焦“四风” 真查真摆 动真碰硬见筋见骨", "重拳整治 真改笃行 建章立制抓紧抓实",
                                          "转变作风 真抓实干 务求实效取信于民"], id="spaced-three-part"),
    pytest.param("003_3f83a78025f6d1a7", ["把握领导干部这个主体 层层打样做示范", "抓住雷锋精神这条主线 强化宗旨筑根基",
                                          "扭住反对“四风”这个核心 动真碰硬找靶心"], id="two-line-traditional"),
    pytest.param("004_5f17549189c0f286", ["以上率下 树行动标杆", "学深悟透 补精神之“钙”", "聚焦四风 听群众意见",
                                          "深剖细查 治根源之病", "整改落实 得满意成绩", "建章立制 抓长效建设"], id="spaced-two-part"),
])
def test_news_headings(stem, titles):
    assert [s.title for s in govtext.parse(corpus_text(stem)).sections] == titles


@pytest.mark.parametrize("caption", ["“老彭”在社区听取居民的意见、建议", "经过整治，三市路街景焕然一新", "廉洁文化进校园"])
def test_photo_captions_are_not_headings(caption):
    raw = corpus_text("004_5f17549189c0f286")
    doc = govtext.parse(raw)
    roles = {raw[p.start:p.end]: p.role for p in doc.paragraphs}
    assert roles[caption] == "caption"


def test_sentences_carry_their_section_path():
    doc = govtext.parse(corpus_text("004_5f17549189c0f286"))
    first_in_section = next(s for s in doc.sentences if s.section_path)
    assert first_in_section.section_path == ["以上率下 树行动标杆"]
