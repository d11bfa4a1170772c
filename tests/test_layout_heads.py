"""Document metadata across GB/T 9704 head and foot layouts and news page layouts: the 版头 in
its several forms, joint organs, 纪要 heads, commentary bylines. Lines come from the third
held-out round (tests/fixtures/heldout3), with near misses beside them."""
from __future__ import annotations

import pytest

import govtext
from govtext.structure.lines import intrinsic_roles, split_lines
from govtext.structure.roles import line_roles
from govtext.text.organs import organ_name

BODY = "各单位：\n\n现将有关事项通知如下。请认真贯彻执行。\n\n"


def meta(text: str) -> tuple:
    doc = govtext.parse(text)
    return doc.title, doc.doc_type, doc.issuer, doc.doc_number


@pytest.mark.parametrize("flat, expected", [
    ("中共临川市纪委办公室", True),
    ("西河区脱贫攻坚领导小组办公室", True),
    ("临江市人民政府办公室", True),
    ("中共安平县委", True),
    ("江州市财政局", True),
    ("关于加强管理的通知", False),          # a title
    ("一、总体情况", False),                # a heading
    ("现将有关情况通报如下。", False),      # a sentence
    ("产业兴起来腰包鼓起来", False),        # a headline
], ids=lambda v: str(v))
def test_organ_name(flat, expected):
    assert organ_name(flat) is expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("中共临川市纪委办公室\n\n临纪办通报〔2016〕9号\n\n关于2016年第一季度全市违反中央八项规定精神问题查处情况的通报\n\n" + BODY + "中共临川市纪委办公室\n\n2016年4月8日\n",
                 ("关于2016年第一季度全市违反中央八项规定精神问题查处情况的通报", "通报", "中共临川市纪委办公室", "临纪办通报〔2016〕9号"),
                 id="banner_office_without_wenjian"),
    pytest.param("西河区脱贫攻坚领导小组办公室\n\n西扶办〔2017〕14号\n\n关于2017年第二季度全区脱贫攻坚\n工作督查情况的通报\n\n" + BODY,
                 ("关于2017年第二季度全区脱贫攻坚工作督查情况的通报", "通报", "西河区脱贫攻坚领导小组办公室", "西扶办〔2017〕14号"),
                 id="banner_group_office_issuer_from_banner"),
    pytest.param("临江市人民政府办公室\n\n临政办函〔2016〕45号\n\n临江市人民政府办公室\n关于商请支持临江港区综合\n交通枢纽项目前期工作的函\n\n江州市交通运输局：\n\n请予支持。\n\n临江市人民政府办公室\n\n2016年9月12日\n",
                 ("临江市人民政府办公室关于商请支持临江港区综合交通枢纽项目前期工作的函", "函", "临江市人民政府办公室", "临政办函〔2016〕45号"),
                 id="banner_and_title_organ_line"),
    pytest.param("中共安平县委\n安平县人民政府　文件\n\n安发〔2016〕21号\n\n中共安平县委　安平县人民政府\n关于深入推进农村人居环境\n整治工作的意见\n\n" + BODY + "中共安平县委　　　　　　　安平县人民政府\n\n2016年5月18日\n",
                 ("中共安平县委安平县人民政府关于深入推进农村人居环境整治工作的意见", "意见", "中共安平县委、安平县人民政府", "安发〔2016〕21号"),
                 id="joint_banner_joint_signature"),
    pytest.param("中共安平县委\n安平县人民政府\n文件\n\n安发〔2016〕21号\n\n关于深入推进农村人居环境整治工作的意见\n\n" + BODY,
                 ("关于深入推进农村人居环境整治工作的意见", "意见", "中共安平县委、安平县人民政府", "安发〔2016〕21号"),
                 id="joint_banner_wenjian_alone_issuer_from_banner"),
    pytest.param("中共白沙镇委员会\n白沙镇人民政府\n关于表彰2016年度新农村建设\n先进集体和先进个人的决定\n\n" + BODY + "中共白沙镇委员会　　　白沙镇人民政府\n\n2017年1月25日\n",
                 ("中共白沙镇委员会白沙镇人民政府关于表彰2016年度新农村建设先进集体和先进个人的决定", "决定", "中共白沙镇委员会、白沙镇人民政府", None),
                 id="no_banner_two_organs_open_title"),
    # near misses
    pytest.param("关于做好春耕工作的通知\n\n某政发〔2014〕5号\n\n" + BODY + "某某市人民政府\n\n2014年3月1日\n",
                 ("关于做好春耕工作的通知", "通知", "某某市人民政府", "某政发〔2014〕5号"),
                 id="web_repost_title_above_number_is_no_banner"),
    pytest.param("某 某 市 人 民 政 府 文 件\n\n某政发〔2014〕5号\n\n关于做好春耕工作的通知\n\n" + BODY + "某 某 市 人 民 政 府\n\n2014年3月1日\n",
                 ("关于做好春耕工作的通知", "通知", "某某市人民政府", "某政发〔2014〕5号"),
                 id="spaced_out_organ_is_one_organ"),
])
def test_official_heads(text, expected):
    assert meta(text) == expected


@pytest.mark.parametrize("text, roles", [
    ("中共临川市纪委办公室\n临纪办通报〔2016〕9号\n", ["masthead", "doc_number"]),
    ("中共安平县委\n安平县人民政府　文件\n安发〔2016〕21号\n", ["masthead", "masthead", "doc_number"]),
    ("特急\n中共青原县委文件\n青发〔2015〕8号\n", ["docmark", "masthead", "doc_number"]),
    ("关于做好春耕工作的通知\n某政发〔2014〕5号\n", ["body", "doc_number"]),       # a title, not an organ
    ("各单位要认真落实。\n某政发〔2014〕5号\n", ["body", "doc_number"]),          # a sentence
    ("青发〔2015〕8号\n中共青原县委\n关于…的通知\n", ["doc_number", "body", "body"]),  # organ line of the title block
], ids=["office_banner", "joint_banner", "marks_then_banner", "title_above_number", "sentence_above_number", "organ_below_number"])
def test_banner_roles(text, roles):
    assert intrinsic_roles(split_lines(text)) == roles


JIYAO = "青原县人民政府\n常务会议纪要\n\n第12期\n\n青原县人民政府办公室　　　　　　　　　　2016年8月15日\n\n2016年8月12日上午，县长周明远主持召开县政府常务会议。纪要如下：\n\n一、关于老旧小区改造工作。会议同意改造方案。\n\n分送：各乡镇人民政府。\n"


@pytest.mark.parametrize("text, expected", [
    pytest.param(JIYAO, ("青原县人民政府常务会议纪要", "会议纪要", "青原县人民政府办公室", "2016-08-15"), id="jiyao_head"),
    pytest.param(JIYAO.replace("第12期", "（总第35期）"), ("青原县人民政府常务会议纪要", "会议纪要", "青原县人民政府办公室", "2016-08-15"), id="jiyao_total_issue"),
    # near miss: an event sentence with an organ and a date is no 编印 line
    pytest.param("青原县人民政府常务会议纪要\n\n2016年8月12日，县长周明远主持召开县政府常务会议。纪要如下：\n\n一、关于老旧小区改造工作。会议同意改造方案。\n",
                 ("青原县人民政府常务会议纪要", "会议纪要", None, None), id="event_date_is_not_the_date"),
])
def test_jiyao_heads(text, expected):
    doc = govtext.parse(text)
    assert (doc.title, doc.doc_type, doc.issuer, doc.date) == expected


@pytest.mark.parametrize("line, role", [
    ("第12期", "docmark"), ("（总第35期）", "docmark"), ("第十二期", "docmark"),
    ("青原县人民政府办公室　　2016年8月15日", "dateline"),
    ("第12期工作简报", "body"),                            # a name, not an issue mark
    ("青原县人民政府办公室于2016年8月15日", "body"),       # running text
], ids=lambda v: str(v))
def test_jiyao_line_roles(line, role):
    assert intrinsic_roles(split_lines(line + "\n")) == [role]


COMMENT = "江州日报 > 评论 > 正文\n\n让“两学一做”成为党员的日常功课\n\n{sub}{byline}2017年04月06日 07:12　来源：江州日报\n\n推进学习教育常态化制度化，是全面从严治党的基础性工程。\n"


@pytest.mark.parametrize("sub, byline, expected", [
    ("——一论推进“两学一做”学习教育常态化制度化\n\n", "本报评论员\n\n", "评论"),
    ("", "本报评论员\n\n", "评论"),                                   # byline alone
    ("——三论推进“两学一做”学习教育常态化制度化\n\n", "", "评论"),   # series subtitle alone
    ("", "人民日报评论员\n\n", "评论"),
    ("", "本报特约评论员\n\n", "评论"),
    ("", "【社论】\n\n", "评论"),
    ("——江林县推进产业扶贫工作综述\n\n", "本报评论员\n\n", "综述"),   # a typed subtitle says it first
    # near misses: plain reports
    ("", "本报记者 张明远\n\n", "报道"),
    ("——一线见闻\n\n", "", "报道"),
    ("——论坛在京举行\n\n", "", "报道"),                             # 论坛 is no 一论
], ids=["series_and_commentator", "commentator", "series", "paper_commentator", "special_commentator",
        "editorial_label", "typed_subtitle_first", "reporter", "plain_subtitle", "luntan"])
def test_news_genre(sub, byline, expected):
    doc = govtext.parse(COMMENT.format(sub=sub, byline=byline))
    assert (doc.title, doc.doc_type, doc.issuer) == ("让“两学一做”成为党员的日常功课", expected, None)
    assert doc.authors == (["张明远"] if "张明远" in byline else [])


COLUMN = "今年1月以来，香洲区把“双联双评”作为\n教育实践活动的重要载体，全区4200多名党\n员干部与1.6万户群众结成帮扶对子。区委\n书记邓卫东说：“联系群众不能停在纸上，要\n落在脚下。”\n"


@pytest.mark.parametrize("head, subtitle, doc_type", [
    ("香洲区“双联双评”架起连心桥\n——香洲区党的群众路线教育实践活动纪\n实\n\n", "香洲区党的群众路线教育实践活动纪实", "纪实"),
    ("香洲区“双联双评”架起连心桥\n——香洲区党的群众路线教育实践活动综\n述\n\n", "香洲区党的群众路线教育实践活动综述", "综述"),
    ("香洲区“双联双评”架起连心桥\n——香洲区党的群众路线教育实践活动纪实\n\n", "香洲区党的群众路线教育实践活动纪实", "纪实"),
    # near miss: a short dash line is no wrapped subtitle, and its next line starts the body
    ("香洲区“双联双评”架起连心桥\n——纪实\n\n", "纪实", "纪实"),
], ids=["wrapped_one_char", "wrapped_zongshu", "unwrapped", "short_dash_line"])
def test_wrapped_subtitle(head, subtitle, doc_type):
    doc = govtext.parse(head + COLUMN)
    assert (doc.title, doc.subtitle, doc.doc_type) == ("香洲区“双联双评”架起连心桥", subtitle, doc_type)


def test_dash_list_item_is_no_wrapped_subtitle():
    text = "一、总体情况\n\n全市共查处问题87起，从问题类型看：\n——违规发放津贴补贴或福利29起\n占\n\n——公款吃喝18起。\n"
    assert "subtitle" not in intrinsic_roles(split_lines(text))


SPEECH = "凝心聚力 决战脱贫\n\n——{sub}\n\n市委书记　张国华\n\n（2016年3月18日）\n\n同志们：\n\n今天召开大会。我讲三点意见。\n"


@pytest.mark.parametrize("sub, expected", [
    ("在全市脱贫攻坚推进大会上的讲话", "讲话"),
    ("在全市脱贫攻坚推进大会上的发言", "发言"),
    ("在江州港开港仪式上的致辞", "致辞"),
    ("在市第十三次党代会上的报告", "报告"),
    # near misses: a subtitle that reports on a document or an event is a news item
    ("我市出台脱贫攻坚若干规定", "报道"),
    ("在全市脱贫攻坚推进大会召开之际", "报道"),
    ("江林县推进产业扶贫工作综述", "综述"),
], ids=["jianghua", "fayan", "zhici", "baogao", "reports_on_a_rule", "occasion_without_type", "zongshu"])
def test_speech_under_a_headline(sub, expected):
    doc = govtext.parse(SPEECH.format(sub=sub))
    assert (doc.title, doc.doc_type, doc.date) == ("凝心聚力决战脱贫", expected, "2016-03-18")


XXGK = ("索 引 号：000014349/2016-00123　　　分　　类：扶贫\n发布机构：江州市人民政府办公室　　　发文日期：2016年07月08日\n"
        "名　　称：江州市人民政府办公室关于印发江州市扶贫资金管理办法的通知\n文　　号：江府办发〔2016〕37号　　　主 题 词：\n\n"
        "江州市人民政府办公室关于印发江州市扶贫资金管理办法的通知\n\n江府办发〔2016〕37号\n\n各县（市、区）人民政府，市政府各部门：\n\n"
        "现将《江州市扶贫资金管理办法》印发给你们，请认真贯彻执行。\n\n江州市人民政府办公室\n\n2016年7月8日\n")


def test_disclosure_page_field_table_is_skipped():
    doc = govtext.parse(XXGK)
    assert (doc.title, doc.doc_type, doc.issuer, doc.doc_number, doc.date) == (
        "江州市人民政府办公室关于印发江州市扶贫资金管理办法的通知", "通知", "江州市人民政府办公室", "江府办发〔2016〕37号", "2016-07-08")


@pytest.mark.parametrize("line, role", [
    ("索 引 号：000014349/2016-00123　　　分　　类：扶贫", "docmark"),
    ("发布机构：江州市人民政府办公室　　　发文日期：2016年07月08日", "docmark"),
    ("名　　称：江州市人民政府办公室关于印发江州市扶贫资金管理办法的通知", "docmark"),
    ("文　　号：江府办发〔2016〕37号　　　主 题 词：", "docmark"),
    ("分类推进，精准施策，确保按期完成任务。", "body"),        # 分类 without a colon
], ids=["index", "organ_and_date", "name", "number", "fenlei_in_text"])
def test_disclosure_field_roles(line, role):
    assert line_roles(split_lines(line + "\n")) == [role]


@pytest.mark.parametrize("text, title", [
    ("2015-06-12 09:30　来源：新华网\n\n江州市召开扶贫工作会议\n\n6月11日，全市扶贫工作会议召开。会议要求各地加强领导。\n", "江州市召开扶贫工作会议"),
    ("江州市召开扶贫工作会议\n\n来源：江州日报　　作者：李明　　时间：2015年06月12日\n\n6月11日，全市扶贫工作会议召开。\n", "江州市召开扶贫工作会议"),
    ("本报记者 张明远\n\n江州市召开扶贫工作会议\n\n6月11日，全市扶贫工作会议召开。\n", "江州市召开扶贫工作会议"),
    # near misses: no headline at all
    ("2015-06-12 09:30　来源：新华网\n\n新华网南昌6月12日电 全市扶贫工作会议11日召开。\n", None),
    ("2015年6月12日\n\n一、总体情况\n\n全市扶贫工作会议召开。\n", None),
], ids=["dateline_above", "fields_below", "byline_above", "no_headline", "heading_is_no_headline"])
def test_headline_below_page_furniture(text, title):
    assert govtext.parse(text).title == title


@pytest.mark.parametrize("signers, expected_roles", [
    ("江林政〔2016〕12号　　　　　　签发人：张建国\n　　　　　　　　　　　　　　　　　　李卫东\n", ["masthead", "doc_number", "doc_number"]),
    ("江林政〔2016〕12号　　　　　　签发人：张建国　王志强\n　　　　　　　　　　　　　　　　　李卫东　赵明\n", ["masthead", "doc_number", "doc_number"]),
    # near miss: without 签发人 a short line under the number is the organ line of the title block
    ("江林政〔2016〕12号\n江林县人民政府\n", ["masthead", "doc_number", "body"]),
], ids=["one_more_signer", "two_a_line", "no_signer"])
def test_signer_lines(signers, expected_roles):
    lines = split_lines("江林县人民政府文件\n" + signers)
    assert intrinsic_roles(lines) == expected_roles


def test_second_signer_line_stays_out_of_title():
    text = ("江林县人民政府文件\n\n江林政〔2016〕12号　　　　　　签发人：张建国\n　　　　　　　　　　　　　　　　　　　李卫东\n\n"
            "江林县人民政府关于申请资金的请示\n\n江州市人民政府：\n\n现申请资金。妥否，请批示。\n\n江林县人民政府\n\n2016年3月22日\n")
    assert meta(text) == ("江林县人民政府关于申请资金的请示", "请示", "江林县人民政府", "江林政〔2016〕12号")


def test_marker_needs_hold_on_every_fixture_line():
    """A layout marker's ``needs`` characters (marker() skips the pattern on a line without any of
    them) are in every line of the corpus and fixtures that the pattern matches."""
    from pathlib import Path

    from govtext.structure.lines import _markers

    root = Path(__file__).resolve().parent.parent
    lines = [ln for p in [*root.glob("corpus/*.txt"), *root.glob("tests/fixtures/**/*.txt")]
             for ln in p.read_text(encoding="utf-8").splitlines()]
    lines += ["首页 > 政务公开 > 通知", "新华社北京3月5日电", "来源：人民日报", "2014年3月1日印发", "图为会场。 王明 摄"]
    for name, _role, pattern, _genre, needs in _markers():
        if needs:
            for ln in lines:
                assert not pattern.search(ln) or any(c in ln for c in needs), (name, ln)
