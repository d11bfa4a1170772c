"""``govtext.parse``: document metadata by layout convention, paragraphs, sentences, the CLI."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import govtext
from conftest import GOLD, STEMS, corpus_text
from govtext.cli import app
from govtext.structure.lines import intrinsic_roles, split_lines
from govtext.structure.metadata import read_metadata, split_names
from govtext.values.doc_types import doc_type_of

META = ("title", "doc_type", "issuer", "doc_number", "date")


@pytest.mark.parametrize("stem", STEMS)
def test_seed_metadata_matches_gold(stem):
    gold = json.loads((GOLD / f"{stem}.meta.json").read_text(encoding="utf-8"))
    doc = govtext.parse(corpus_text(stem))
    assert {k: getattr(doc, k) for k in META} == {k: gold[k] for k in META}


OFFICIAL = """中共某某县委办公室文件

某办发〔2014〕12号

关于开展作风建设
专项整治的实施方案

各乡镇党委，县直各单位：

为深入贯彻中央八项规定精神，现制定如下方案。
一、总体要求
坚持问题导向。
（一）指导思想。以党的十八大精神为指导，认真落实。
附件：整治任务分工表

中共某某县委办公室
2014年5月6日

中共某某县委办公室 2014年5月7日印发
"""

NEWS_WEB = """首页 > 新闻中心 > 正文
【字体：大 中 小】

某市开展群众路线教育实践活动综述
为民务实 真抓实干
2014-06-06 10:48  来源：某某日报

本报讯 活动开展以来，全市上下积极行动。
分享到：
"""

NEWS_PRINT = """
真情服务暖民心

——某区深入开展教育实践活动纪实

本报记者 张三 李四

活动开展以来，某区坚持问题导向。
"""


@pytest.mark.parametrize("text, expected", [
    pytest.param(OFFICIAL, {"title": "关于开展作风建设专项整治的实施方案", "doc_type": "实施方案",
                            "issuer": "中共某某县委办公室", "doc_number": "某办发〔2014〕12号", "date": "2014-05-06",
                            "recipients": ["各乡镇党委", "县直各单位"]}, id="official-masthead-number-signature"),
    pytest.param(NEWS_WEB, {"title": "为民务实真抓实干", "kicker": "某市开展群众路线教育实践活动综述", "doc_type": "综述",
                            "issuer": None, "source": "某某日报", "date": "2014-06-06"}, id="web-kicker-dateline-navigation"),
    pytest.param(NEWS_PRINT, {"title": "真情服务暖民心", "subtitle": "某区深入开展教育实践活动纪实", "doc_type": "纪实",
                              "issuer": None, "authors": ["张三", "李四"], "date": None}, id="print-subtitle-byline"),
    pytest.param("关于做好春耕工作的通知\n各县：\n请认真落实。\n某某市人民政府\n2014年3月1日\n",
                 {"title": "关于做好春耕工作的通知", "issuer": "某某市人民政府", "recipients": ["各县"]}, id="no-masthead"),
    pytest.param("某某市人民政府关于加强安全生产的意见\n（2014年3月1日）\n正文。\n",
                 {"title": "某某市人民政府关于加强安全生产的意见", "issuer": "某某市人民政府", "doc_type": "意见",
                  "date": "2014-03-01"}, id="organ-in-title-no-signature"),
    pytest.param("作风之变赢民心\n——平川县党的群众路线教育实践活动综述\n●李 明达\n\n2014年3月5日，活动正式启动。\n",
                 {"title": "作风之变赢民心", "subtitle": "平川县党的群众路线教育实践活动综述", "doc_type": "综述",
                  "authors": ["李明达"]}, id="subtitle-directly-above-byline"),
    pytest.param("全省交通运输系统教育实践活动取得明显成效\n\n2014-11-20 08:36:15\n\n今年2月以来，成效明显。\n\n"
                 "来源：湖南日报\n作者：姚学文\n编辑：闵美颖\n",
                 {"title": "全省交通运输系统教育实践活动取得明显成效", "date": "2014-11-20", "source": "湖南日报"},
                 id="bare-timestamp-then-source-footer"),
])
def test_layouts(text, expected):
    doc = govtext.parse(text)
    assert {k: getattr(doc, k) for k in expected} == expected


@pytest.mark.parametrize("text, roles", [
    pytest.param("某某县委文件\n某发〔2014〕3号\n", ["masthead", "doc_number"], id="masthead-number"),
    pytest.param("冀政〔2014〕5号    签发人：张三\n", ["doc_number"], id="number-with-signer"),
    pytest.param("特急\n000123\n", ["docmark", "docmark"], id="urgency-copy-number"),
    pytest.param("●白 雪\n海曙记者站 许玉芬 毛一波\n", ["byline", "byline"], id="bylines"),
    pytest.param("区领导主持召开座谈会。 王维俊摄\n", ["caption"], id="photo-credit"),
    pytest.param("——推进区域医疗联合体建设，首创健康驿站，覆盖率实现目标的95%。\n", ["body"], id="dash-list-item-not-subtitle"),
    pytest.param("2014年10月24日14:32  來源:遼寧日報\n", ["dateline"], id="traditional-dateline"),
    pytest.param("首页 > 新闻中心 > 正文\n", ["navigation"], id="breadcrumb"),
    pytest.param("进行拍摄\n", ["body"], id="not-a-photo-credit"),
    pytest.param("——平川县教育实践活动综述\n●李 明达\n", ["subtitle", "byline"], id="subtitle-above-byline"),
    pytest.param("——推进医联体建设\n正文继续。\n", ["body", "body"], id="dash-line-running-on-not-subtitle"),
])
def test_line_roles(text, roles):
    assert intrinsic_roles(split_lines(text)) == roles


@pytest.mark.parametrize("title, categories, expected", [
    ("关于把第二批教育实践活动引向深入的通知", ("official", "subtype"), "通知"),
    ("关于在全区党员中深入开展党的群众路线教育实践活动的实施意见", ("official", "subtype"), "实施意见"),
    ("区级机关会议费管理规定", ("official", "subtype"), "管理规定"),
    ("国家工作人员因私事出国（境）管理暂行办法", ("official", "subtype"), "暂行办法"),
    ("某市公务用车管理办法（试行）", ("official", "subtype"), "管理办法"),
    ("──洮北区党的群众路线教育实践活动综述", ("news",), "综述"),
    ("新风扑面情暖民心", ("official", "subtype", "news"), None),
    # a title joining a type and a companion (打算, 安排, 思路): the first conjunct's type
    ("青石镇2016年工作总结和2017年工作打算", ("official", "subtype"), "工作总结"),
    ("市交通局2016年工作总结及2017年工作思路", ("official", "subtype"), "工作总结"),
    ("县政府关于上半年工作情况的报告和下半年工作安排", ("official", "subtype"), "报告"),
    ("2017年工作打算", ("official", "subtype"), None),                  # a companion alone
    ("群众的期盼和干部的打算", ("official", "subtype", "news"), None),  # no type before the 和
    ("2016年工作总结和2017年工作计划", ("official", "subtype"), "工作计划"),  # a type ends it
    # any short note in brackets after the type, as for titles in 《》 (one reading of doc_types.tsv)
    ("某市工业发展规划（2016-2020年）", ("official", "subtype"), "规划"),
    ("某省行动计划(2018-2020)", ("official", "subtype"), "计划"),
    ("某某工作报告（摘要）", ("official", "subtype"), "报告"),
    ("某市规划（2016-2020年）的解读", ("official", "subtype"), None),   # the note is not at the end
])
def test_doc_type_of(title, categories, expected):
    assert doc_type_of(title, categories) == expected


@pytest.mark.parametrize("names, expected", [
    ("白 雪", ["白雪"]), ("许玉芬 毛一波", ["许玉芬", "毛一波"]), ("张三、李四", ["张三", "李四"]),
    ("李 明达", ["李明达"]), ("梁 志 伟", ["梁志伟"]),
])
def test_split_names(names, expected):
    assert split_names(names) == expected


def test_headline_after_body_in_pdf_order():
    raw = corpus_text("000_13e6af247fa6ec72")
    lines = split_lines(raw)
    meta = read_metadata(lines, intrinsic_roles(lines))
    assert (meta.title, meta.subtitle, meta.authors) == ("汇聚为民务实清廉正能量", "洮北区党的群众路线教育实践活动综述", ["白雪"])


def test_navigation_never_becomes_title():
    doc = govtext.parse(corpus_text("003_3f83a78025f6d1a7"))
    assert doc.title == "4.8万件实事印证整改成果" and doc.kicker.endswith("综述")


@pytest.mark.parametrize("stem", STEMS)
def test_paragraphs_and_sentences_are_grounded(stem):
    raw = corpus_text(stem)
    doc = govtext.parse(raw)
    spans = [(p.start, p.end) for p in doc.paragraphs]
    assert spans == sorted(spans) and all(s < e for s, e in spans)
    assert all(raw[p.start:p.end].strip() == raw[p.start:p.end] for p in doc.paragraphs)
    for sent in doc.sentences:
        para = doc.paragraphs[sent.paragraph]
        assert para.role == "body" and para.start <= sent.start < sent.end <= para.end


def test_boilerplate_kept_out_of_paragraphs():
    raw = corpus_text("003_3f83a78025f6d1a7")
    doc = govtext.parse(raw)
    text = " ".join(raw[p.start:p.end] for p in doc.paragraphs)
    assert "分享到" not in text and "責編" not in text and "主辦" not in text
    assert any("責編" in raw[b.start:b.end] for b in doc.boilerplate)


def test_continuation_marker_trimmed_from_paragraph():
    raw = corpus_text("001_f1f2c0ca69974fcf")
    last = govtext.parse(raw).paragraphs[-1]
    assert raw[last.start:last.end].endswith("重复\n征求意见。")


def test_facts_are_filled_and_grounded():
    raw = "帮助落实修路资金500万元。"
    doc = govtext.parse(raw)
    assert [(f.kind, raw[f.start:f.end]) for f in doc.facts if f.kind == "money"] == [("money", "500万元")]


def test_doc_date_stands_in_when_text_has_none():
    assert govtext.parse("正文。", doc_date="2014-05-01").date == "2014-05-01"
    assert govtext.parse("正文。").date is None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(list("关于通知的——●\n 一、（）1．。，：文件〔2014〕号年月日摄区市县") + ["洮北区", "海曙", "\n\n"]),
                max_size=60).map("".join))
def test_never_raises_and_spans_slice(text):
    doc = govtext.parse(text)
    for p in doc.paragraphs:
        assert 0 <= p.start <= p.end <= len(text)
    for s in doc.sections:
        assert 0 <= s.start <= s.heading_end <= len(text) and s.start <= s.end


def test_parse_rejects_bytes():
    with pytest.raises(TypeError, match="must be str"):
        govtext.parse(b"abc")


def test_cli_parse_prints_document(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text("关于做好春耕工作的通知\n各县：\n请认真落实。\n某某市人民政府\n2014年3月1日\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["parse", str(path), "--no-facts", "--indent", "0"])
    assert result.exit_code == 0, result.output
    row = json.loads(result.output)
    assert (row["id"], row["title"], row["issuer"], row["date"]) == ("n.txt", "关于做好春耕工作的通知", "某某市人民政府", "2014-03-01")  # convert's id
    assert "facts" not in row


def test_cli_parse_missing_file(tmp_path):
    result = CliRunner().invoke(app, ["parse", str(tmp_path / "none.txt")])
    assert result.exit_code == 2 and "none.txt: no such file" in result.output  # a usage error, as for extract
