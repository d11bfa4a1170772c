"""Metadata on page layouts of portals the reader had not met before round 13: labels set in
brackets without a colon, more disclosure labels (发文机构, 内容分类, 效力状况 …), a 来源 field
with the date after a bar, a date | source line, an order or announcement number under its title,
the author's name between a headline and its dateline, a newspaper's edition line, editor credits.
Short texts of our own, each with a near miss beside it."""
from __future__ import annotations

import pytest

import govtext
from govtext.structure.chrome import chrome_line
from govtext.structure.fields import read_fields
from govtext.structure.lines import intrinsic_roles, split_lines
from govtext.text.boilerplate import boilerplate_spans

BODY = "各区人民政府，市政府各部门：\n现将有关事项通知如下，请认真贯彻执行。\n一、总体要求\n各单位要抓好落实。\n"


def meta(text: str, *fields: str) -> tuple:
    doc = govtext.parse(text, facts=False)
    return tuple(getattr(doc, f) for f in fields)


# --- labelled fields ---------------------------------------------------------------------------

def test_bracketed_labels_need_no_colon():
    page = read_fields(split_lines("[标题] 某市人民政府办公厅关于做好春耕工作的通知\n[发文机构] 某市人民政府办公厅 [联合发文单位]\n"
                                   "[成文日期] 2021-03-05 [实施日期] 2021-04-01\n[发文字号] 某政办发〔2021〕7号 [废止日期]\n"))
    assert (page.title, page.issuer, page.date, page.doc_number) == (
        "某市人民政府办公厅关于做好春耕工作的通知", "某市人民政府办公厅", "2021-03-05", "某政办发〔2021〕7号")
    # a bracketed word that is no label opens no field
    assert read_fields(split_lines("[图片] 某市召开春耕工作会议\n")).lines == {}


def test_bracketed_layout_end_to_end():
    text = ("首页 > 政务公开 > 政策文件\n\n[标题] 某市人民政府办公厅关于做好春耕工作的通知\n[发文机构] 某市人民政府办公厅\n"
            "[成文日期] 2021-03-05 [发文字号] 某政办发〔2021〕7号\n[发布日期] 2021-03-09 [有效性] 有效\n\n"
            "某市人民政府办公厅关于做好春耕工作的通知\n某政办发〔2021〕7号\n" + BODY + "\n某市人民政府办公厅\n2021年3月5日\n")
    assert meta(text, "title", "issuer", "doc_number", "date") == (
        "某市人民政府办公厅关于做好春耕工作的通知", "某市人民政府办公厅", "某政办发〔2021〕7号", "2021-03-05")


@pytest.mark.parametrize("line, field, value", [
    ("内容分类：农业农村", "topics", ["农业农村"]),
    ("发文机构：某市农业农村局", "issuer", "某市农业农村局"),
    ("签署日期：2021-03-05", "date", "2021-03-05"),
    ("【发布单位】某部 【发布文号】某部公告2021年第5号 【发文日期】2021年03月05日", "doc_number", "某部公告2021年第5号"),
    ("制定机关：某市人民代表大会常务委员会", "issuer", "某市人民代表大会常务委员会"),
    ("公布日期：2021-03-05", "date", "2021-03-05"),
])
def test_more_disclosure_labels(line, field, value):
    assert getattr(read_fields(split_lines(line + "\n")), field) == value


def test_validity_fields_stay_out_of_the_title():
    text = ("索 取 号：\nABC001-2021-00012\n发布机构：\n某某市人民政府\n生成日期：\n2021-03-05\n文　　号：\n某府发〔2021〕1号\n"
            "效力状况：\n有效\n统一编号：\nABCD01-2021-0001\n\n某某市人民政府关于做好春耕工作的通知\n" + BODY + "\n某某市人民政府\n2021年3月5日\n")
    assert meta(text, "title", "doc_number", "date") == ("某某市人民政府关于做好春耕工作的通知", "某府发〔2021〕1号", "2021-03-05")


@pytest.mark.parametrize("line, source", [
    ("来源： 新华社 | 2021-03-05 10:26", "新华社"),
    ("信息来源：某市农业农村局　2021年3月5日", "某市农业农村局"),
    ("来源：某市农业农村局", "某市农业农村局"),
    ("来源：某市2021年春耕办", "某市2021年春耕办"),   # a year inside the name, not after a space: kept
])
def test_a_source_ends_at_a_bar_or_a_spaced_date(line, source):
    assert read_fields(split_lines(line + "\n")).source == source


# --- news pages ------------------------------------------------------------------------------

def test_date_bar_source_line_is_a_dateline():
    text = ("某网>>要闻\n\n某市春耕生产全面展开\n2021年03月05日08:26 | 来源：某某日报\n小字号\n\n"
            "本报讯 某市春耕生产全面展开，各地抢抓农时。\n")
    assert meta(text, "title", "date", "source") == ("某市春耕生产全面展开", "2021-03-05", "某某日报")


def test_author_name_between_headline_and_dateline():
    text = "某市春耕生产全面展开\n王建国\n2021年03月05日08:26 | 来源：某某日报\n\n某市春耕生产全面展开，各地抢抓农时。\n"
    assert meta(text, "title", "authors") == ("某市春耕生产全面展开", ["王建国"])
    # a short headline-like line that is no name stays the headline
    text = "某市春耕生产全面展开\n春耕忙\n2021年03月05日08:26 | 来源：某某日报\n\n某市春耕生产全面展开，各地抢抓农时。\n"
    assert meta(text, "title", "authors") == ("春耕忙", [])


def test_newspaper_edition_line_is_a_dateline():
    lines = split_lines("《 某某日报 》（ 2021年03月05日   05 版）\n《某某日报》的报道引起关注。\n")
    assert intrinsic_roles(lines) == ["dateline", "body"]


@pytest.mark.parametrize("line, chrome", [
    ("小字号", True), ("分享让更多人看到", True), ("字号：默认 大 超大", True), ("【打印内容】【内容纠错】", True),
    ("超大", False), ("超大城市治理", False),
])
def test_more_toolbar_words(line, chrome):
    assert chrome_line(line) is chrome


@pytest.mark.parametrize("line, boiler", [
    ("【纠错】 【责任编辑:张三】", True), ("【我要纠错】 责任编辑：张三", True), ("【编辑:张三】", True),
    ("编辑部要求各单位报送材料。", False), ("责任编辑制度要落实。", False),
])
def test_editor_credits_are_boilerplate(line, boiler):
    text = "正文第一句。\n" + line + "\n"
    spans = boilerplate_spans(text)
    assert any(text[s:e].strip() == line for s, e in spans) is boiler


# --- document numbers under the title ----------------------------------------------------------

def test_announcement_number_under_the_title():
    text = ("某局 某厅关于延续实施春耕补贴政策的公告\n某局 某厅公告2021年第5号\n\n现将有关事项公告如下。\n一、补贴对象\n种粮农民。\n"
            "\n某局 某厅\n2021年3月5日\n")
    title, number = meta(text, "title", "doc_number")
    assert "".join(number.split()) == "某局某厅公告2021年第5号" and title.endswith("的公告")
    # a number inside a sentence under the title is no document number of the document
    text = "关于做好春耕工作的通知\n根据某局公告2021年第5号，现将有关事项通知如下。\n一、总体要求\n抓好落实。\n"
    assert meta(text, "doc_number") == (None,)


def test_document_number_after_the_page_date_and_toolbar():
    text = ("某部关于做好春耕工作的通知\n2021-03-05 16:30 来源： 某部网站\n【字体：大 中 小】打印\n\n某农发〔2021〕3号\n\n"
            + BODY + "\n某部\n2021年3月3日\n")
    assert meta(text, "doc_number", "date") == ("某农发〔2021〕3号", "2021-03-03")


def test_a_validity_word_may_open_a_field_line():
    page = read_fields(split_lines("某局关于春耕补贴的公告\n某局公告2021年第5号\n全文有效 成文日期：2021-03-05\n\n现将有关事项公告如下。\n"))
    assert (page.date, sorted(page.lines)) == ("2021-03-05", [2])
    # words that are no label before a field: no field line
    assert read_fields(split_lines("春耕补贴 成文日期：2021-03-05\n")).lines == {}


def test_spaced_buttons_are_chrome():
    assert chrome_line("【打 印】【关 闭】") and not chrome_line("【春 耕】")
    text = "某某市人民政府\n【打 印】【关 闭】\n\n某某市人民政府办公室关于做好春耕工作的通知\n" + BODY + "\n某某市人民政府办公室\n2021年3月5日\n"
    assert meta(text, "title") == ("某某市人民政府办公室关于做好春耕工作的通知",)


@pytest.mark.parametrize("line, boiler", [
    ("网站标识码：1234567890", True), ("某ICP备12345678号 某公网安备11010502030143号", True),
    ("版权所有：某某市人民政府", True), ("Copyright 2021 某某市人民政府", True),
    ("网站备案号为某ICP备12345678号，请核实。", False), ("版权所有人应当履行义务。", False),
])
def test_site_footers_are_boilerplate(line, boiler):
    text = "正文第一句。\n" + line + "\n"
    assert any(text[s:e].strip() == line for s, e in boilerplate_spans(text)) is boiler


def test_official_title_under_a_toolbar_line():
    text = ("【字体：大 中 小】【打印本页】【关闭窗口】\n\n某某市人民政府关于做好春耕工作的通知\n某政发〔2005〕1号\n\n" + BODY
            + "\n某某市人民政府\n2005年1月5日\n")
    assert meta(text, "title", "issuer", "doc_number", "recipients") == (
        "某某市人民政府关于做好春耕工作的通知", "某某市人民政府", "某政发〔2005〕1号", ["各区人民政府", "市政府各部门"])


@pytest.mark.parametrize("written", ["二○○五年一月五日", "二〇〇五年一月五日", "二零零五年一月五日"])
def test_signature_date_in_chinese_numerals(written):
    text = "关于做好春耕工作的通知\n\n各县：\n现将有关事项通知如下。\n\n某某市人民政府\n" + written + "\n"
    assert meta(text, "issuer", "date") == ("某某市人民政府", "2005-01-05")
    # a year in numerals inside a sentence is no signature date
    text = "关于做好春耕工作的通知\n\n各县：\n现将有关事项通知如下。\n\n某某市人民政府\n二〇〇五年起施行本办法。\n"
    assert meta(text, "issuer") == (None,)


def test_a_page_stamp_in_boxes_dates_a_news_page():
    text = "某网 > > 正文\n\n某市春耕生产全面展开\n2021 03/ 05 11:37:37\n来源： 某某日报\n\n某市春耕生产全面展开，各地抢抓农时。\n"
    assert meta(text, "title", "date", "source") == ("某市春耕生产全面展开", "2021-03-05", "某某日报")
    # the document's own date (its signature) comes first
    text = ("某某市人民政府关于做好春耕工作的通知\n2021 03/ 05 11:37:37\n来源： 某某市人民政府\n\n" + BODY
            + "\n某某市人民政府\n2021年3月4日\n")
    assert meta(text, "date") == ("2021-03-04",)
