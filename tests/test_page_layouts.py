"""Metadata on the layouts real pages are made of (issue 13): disclosure blocks, page chrome,
Markdown, reports and speeches, regulations' enactment lines, news leads and digests, letters and
replies, joint issuers. Short texts of our own, each with near misses beside it; the end-to-end
check on real documents is tests/test_realcorpus_meta.py."""
from __future__ import annotations

import pytest

import govtext
from govtext.structure.chrome import chrome_line
from govtext.structure.enactment import read_enactment
from govtext.structure.fields import read_fields
from govtext.structure.leads import read_lead
from govtext.structure.lines import split_lines
from govtext.structure.roles import line_roles
from govtext.structure.speeches import meeting_at, speaker

BODY = "各县（区）人民政府，市直各单位：\n\n现将有关事项通知如下，请认真贯彻执行。\n\n某某市人民政府办公室\n\n2021年3月5日\n"


def meta(text: str, *fields: str) -> tuple:
    doc = govtext.parse(text, facts=False)
    return tuple(getattr(doc, f) for f in fields)


# --- disclosure blocks -------------------------------------------------------------------------

BLOCK_ONE_LINE = ("索 引 号：11330000/2021-00012　　主题分类：农业、林业、水利\n发文机关：某某市人民政府办公室　　成文日期：2021-03-05\n"
                  "文　　号：某政办发〔2021〕7号　　发布日期：2021-03-09\n主 题 词：春耕　生产\n\n关于做好春耕生产工作的通知\n\n" + BODY)
BLOCK_CELLS = ("索引号\n11330000/2021-00012\n文号\n某政办发〔2021〕7号\n\n发布机构\n市政府办公室\n\n成文日期\n2021-03-05\n公开方式\n主动公开\n\n"
               "某某市人民政府办公室关于做好春耕生产工作的通知\n\n发布时间：2021-03-09 08:59\n浏览次数：\n\n" + BODY)
BLOCK_LABEL_ABOVE = ("索 引 号：\n11330000/2021-00012\n主题分类：\n农业、林业、水利\\种植业\n\n发文机关：\n某某市人民政府办公室\n成文日期：\n2021年03月05日\n\n"
                     "标　　题：\n某某市人民政府办公室关于做好春耕生产工作的通知\n\n发文字号：\n某政办发〔2021〕7号\n发布日期：\n2021年03月09日\n\n主 题 词：\n\n"
                     "某某市人民政府办公室关于做好\n\n春耕生产工作的通知\n\n某政办发〔2021〕7号\n\n" + BODY)
BLOCK_NONE = ("索  引  号: 11330000/2021-00012\n发文机关:  某某市市场监督管理局\n文      号: 无\n\n主题分类:  市场监管\n组配分类:  工作动态\n"
              "成文日期:  2021-03-05\n\n关于征求某某地方标准意见的函\n\n各有关单位：\n\n现征求意见，请于3月20日前反馈。\n\n2021年3月5日\n")


@pytest.mark.parametrize("text, expected", [
    pytest.param(BLOCK_ONE_LINE, ("关于做好春耕生产工作的通知", "通知", "某某市人民政府办公室", "某政办发〔2021〕7号", "2021-03-05",
                                  "11330000/2021-00012", ["农业、林业、水利", "春耕", "生产"], "2021-03-09"), id="fields_on_one_line"),
    pytest.param(BLOCK_CELLS, ("某某市人民政府办公室关于做好春耕生产工作的通知", "通知", "某某市人民政府办公室", "某政办发〔2021〕7号",
                               "2021-03-05", "11330000/2021-00012", [], "2021-03-09"), id="table_cells_short_organ_expanded"),
    pytest.param(BLOCK_LABEL_ABOVE, ("某某市人民政府办公室关于做好春耕生产工作的通知", "通知", "某某市人民政府办公室", "某政办发〔2021〕7号",
                                     "2021-03-05", "11330000/2021-00012", ["农业、林业、水利", "种植业"], "2021-03-09"), id="label_above_value"),
    pytest.param(BLOCK_NONE, ("关于征求某某地方标准意见的函", "函", "某某市市场监督管理局", None, "2021-03-05", "11330000/2021-00012",
                              ["市场监管"], None), id="wu_means_none"),
])
def test_disclosure_blocks(text, expected):
    assert meta(text, "title", "doc_type", "issuer", "doc_number", "date", "index_no", "topics", "published") == expected


@pytest.mark.parametrize("short, title, issuer", [
    ("县政府办", "某某县人民政府办公室关于做好春耕生产工作的通知", "某某县人民政府办公室"),
    ("县发改委", "某某县发展和改革委员会关于做好春耕生产工作的通知", "某某县发展和改革委员会"),
    # near misses: a short name the title's organ does not abbreviate, or one too short to tell
    ("县财政局", "某某县人民政府办公室关于做好春耕生产工作的通知", "县财政局"),
    ("县委", "某某县发展和改革委员会关于做好春耕生产工作的通知", "县委"),
])
def test_block_short_organ_names(short, title, issuer):
    text = f"索引号：11330000/2021-00012\n发布机构：{short}\n成文日期：2021-03-05\n\n{title}\n\n各乡镇：\n\n请认真执行。\n"
    assert meta(text, "issuer") == (issuer,)


def test_block_does_not_hide_the_body_title_recipients_and_signature():
    doc = govtext.parse(BLOCK_LABEL_ABOVE, facts=False)
    paras = [(p.role, BLOCK_LABEL_ABOVE[p.start:p.end].replace("\n", "")) for p in doc.paragraphs]
    assert ("title", "某某市人民政府办公室关于做好春耕生产工作的通知") in paras   # the body's own title, over two lines
    assert paras[0][0] == "meta" and paras[0][1].startswith("索 引 号：")       # the block
    assert paras[-2:] == [("meta", "某某市人民政府办公室"), ("meta", "2021年3月5日")]   # the signature and its date
    assert doc.recipients == ["各县（区）人民政府", "市直各单位"]
    assert [BLOCK_LABEL_ABOVE[p.start:p.end] for p in doc.paragraphs if p.role == "body"] == ["现将有关事项通知如下，请认真贯彻执行。"]


@pytest.mark.parametrize("text, expected", [
    ("索引号 11330000/2021-00012\n发布机构 某某县人民政府办公室\n成文日期 2021-03-05\n", ("11330000/2021-00012", "某某县人民政府办公室", "2021-03-05")),
    ("成文日期：\n\n2021年3月5日\n", (None, None, "2021-03-05")),          # a date across a blank line
    # near misses: a label word opening a sentence, a table header, a body line after running text
    ("时间 就是金钱\n名称 数量 单价\n", (None, None, None)),
    ("分类推进，精准施策。\n发文机关：某某局\n", (None, None, None)),
])
def test_field_reading(text, expected):
    page = read_fields(split_lines(text))
    assert (page.index_no, page.issuer, page.date) == expected


@pytest.mark.parametrize("text, expected", [
    # the labels county and township portals use beside the common ones
    ("信息索引号：11330000/2021-00012\n所属机构：某某镇人民政府\n成文时间：2021-03-05\n文件字号：某镇发〔2021〕3号\n",
     ("11330000/2021-00012", "某某镇人民政府", "2021-03-05", "某镇发〔2021〕3号", None, None)),
    ("发布部门：某某县农业农村局  发文时间：2021年3月5日\n发文文号：某农发〔2021〕8号\n",
     (None, "某某县农业农村局", "2021-03-05", "某农发〔2021〕8号", None, None)),
    ("发稿时间：2021-03-09 10:20  文章来源：某某镇党政办  责任编辑：王明\n",
     (None, None, None, None, "2021-03-09", "某某镇党政办")),
    ("上传时间：2021-03-09  供稿单位：某某村委会  审核：王明  浏览数：12\n", (None, None, None, None, "2021-03-09", "某某村委会")),
    ("发文机关：某某县财政局 某某县税务局\n", (None, "某某县财政局、某某县税务局", None, None, None, None)),
    ("发文机关：某某县财政局，某某县税务局\n", (None, "某某县财政局、某某县税务局", None, None, None, None)),
    ("发布机构：某某县 农业农村局\n", (None, "某某县农业农村局", None, None, None, None)),   # a name spaced out is one organ
])
def test_more_field_labels(text, expected):
    page = read_fields(split_lines(text))
    assert (page.index_no, page.issuer, page.date, page.doc_number, page.published, page.source) == expected


def test_editor_fields_stay_out_of_the_body_and_authors():
    text = ("某镇开展春耕生产督查\n\n发布时间：2021-03-09　来源：某镇党政办　撰稿：王明\n\n3月8日，某镇开展春耕生产督查。\n\n"
            "责任编辑：李强\n审核：赵刚\n")
    doc = govtext.parse(text, facts=False)
    assert (doc.title, doc.published, doc.source, doc.authors) == ("某镇开展春耕生产督查", "2021-03-09", "某镇党政办", ["王明"])
    assert [text[p.start:p.end] for p in doc.paragraphs if p.role == "body"] == ["3月8日，某镇开展春耕生产督查。"]


# --- page chrome --------------------------------------------------------------------------------

@pytest.mark.parametrize("line, beside, expected", [
    ("下载 打印 全屏 收藏", False, True), ("【字号：加大 还原 减小】", False, True), ("字体：[大 中 小]", False, True),
    ("打印本页 关闭窗口", False, True), ("扫一扫在手机打开当前页", False, True), ("分享到微信", False, True),
    ("中", True, True), ("视力保护色 无障碍 关怀版", False, True), ("繁體 | 简体", False, True), ("打印文章 关闭页面", False, True),
    ("分享至：微信 朋友圈 复制链接", False, True),
    # near misses
    ("中", False, False), ("打印机采购项目", False, False), ("关闭小煤矿", False, False), ("大中小学校", True, False), ("返回", False, False),
    ("联系我们", False, False), ("简体字", False, False),
], ids=lambda v: str(v))
def test_chrome_lines(line, beside, expected):
    assert chrome_line(line, beside_chrome=beside) is expected


PORTAL = ("某某县人民政府 通知公告 关于做好春耕生产工作的通知\n\n当前位置：\n首页\n>\n通知公告\n\n下载\n打印\n【字号：\n加大\n还原\n减小\n】\n\n"
          "关于做好春耕生产工作的通知\n\n来源：县农业农村局　　发布时间：2021-03-09 10:20　　浏览次数：35\n\n" + BODY + "\n扫一扫在手机打开当前页\n打印本页 关闭窗口\n")


def test_portal_chrome_stays_out_of_title_and_body():
    doc = govtext.parse(PORTAL, facts=False)
    assert (doc.title, doc.doc_type, doc.issuer, doc.date, doc.published, doc.source) == (
        "关于做好春耕生产工作的通知", "通知", "某某市人民政府办公室", "2021-03-05", "2021-03-09", "县农业农村局")
    body = [PORTAL[p.start:p.end] for p in doc.paragraphs if p.role == "body"]
    assert body == ["现将有关事项通知如下，请认真贯彻执行。"]


@pytest.mark.parametrize("line, expected", [
    ("某某县人民政府门户网站", True), ("中国政府网", True), ("某某市人民政府网站", True), ("某某县发展和改革委员会网站", True),
    # near misses: a headline or a title about websites, the websites of a whole province
    ("某某县开通政务服务网站", False), ("关于加强政府网站管理的通知", False), ("全省政府网站", False),
])
def test_site_name_lines(line, expected):
    assert line_roles(split_lines(line + "\n")) == ["navigation" if expected else "body"]


@pytest.mark.parametrize("text, title", [
    ("某某县人民政府门户网站\n\n某乡开展森林防火宣传活动\n\n作者：王明  来源：某乡  发布时间：2023-03-02\n\n为做好森林防火工作，某乡开展宣传活动。\n",
     "某乡开展森林防火宣传活动"),
    ("您的位置:\n首页\n>\n要闻\n要闻\n某县召开春耕生产推进会\n来源：某某日报\n2021-03-09 09:02:33\n3月8日，某县召开春耕生产推进会。\n", "某县召开春耕生产推进会"),
    ("首页 > 政务公开 > 乡镇动态\n\n某镇开展春耕生产督查\n\n发布时间：2021-03-09\n\n3月8日，某镇开展春耕生产督查。\n", "某镇开展春耕生产督查"),
    # near misses: a crumb run ends at the first line that does not follow a separator
    ("首页\n>\n要闻\n某县召开春耕生产推进会\n\n3月8日，某县召开春耕生产推进会。\n", "某县召开春耕生产推进会"),
    ("首页 > 要闻\n\n3月8日，某县召开春耕生产推进会。会议要求抓好春耕。\n", None),
], ids=["site_name_line", "crumbs_one_a_line", "crumb_line_then_fields", "crumb_run_stops", "no_headline"])
def test_titles_after_page_chrome(text, title):
    assert govtext.parse(text, facts=False).title == title


# --- Markdown and regulations ---------------------------------------------------------------

REGULATION = ("# 某某市河道管理条例\n\n2015年6月26日 某某市第十五届人民代表大会常务委员会第二十次会议通过\n\n"
              "2015年9月24日 某某省第十二届人民代表大会常务委员会第十五次会议批准\n\n2016年1月1日 施行\n\n<!-- INFO END -->\n\n"
              "## 第一章 总则\n\n第一条 为了加强河道管理，制定本条例。\n\n## 第二章 管理\n\n第二条 河道实行河长制。\n")


def test_markdown_regulation():
    doc = govtext.parse(REGULATION, facts=False)
    assert (doc.title, doc.doc_type, doc.issuer, doc.date) == ("某某市河道管理条例", "条例", "某某市人民代表大会常务委员会", "2015-06-26")
    assert [(s.number, s.title, s.level) for s in doc.sections] == [("第一章", "总则", 1), ("第二章", "管理", 1)]
    assert all("INFO" not in REGULATION[p.start:p.end] for p in doc.paragraphs)


@pytest.mark.parametrize("lines, expected", [
    (["2014年11月24日 中华人民共和国国务院令第656号公布"], ("国务院", "2014-11-24", "国务院令第656号")),
    (["2003年6月11日 国务院第11次常务会议通过", "2003年6月27日 中华人民共和国国务院令第383号公布", "2003年8月1日 施行"],
     ("国务院", "2003-06-11", "国务院令第383号")),
    (["1988年12月17日 中华人民共和国国务院、中央军事委员会令第22号发布"], ("国务院、中央军事委员会", "1988-12-17", "国务院、中央军事委员会令第22号")),
    (["1986年12月26日 公安部、外交部、交通部发布"], ("公安部、外交部、交通部", "1986-12-26", None)),
    (["1984年1月7日 国务院", "中央军委发布"], ("国务院、中央军委", "1984-01-07", None)),           # a line broken after an organ
    (["2017年11月22日 中华人民共和国国务院令第692号"], ("国务院", "2017-11-22", "国务院令第692号")),  # the order alone
    (["2014年2月19日 《国务院关于废止和修改部分行政法规的决定》第一次修订"], (None, "2014-02-19", None)),
])
def test_enactment_lines(lines, expected):
    found = read_enactment(lines)
    assert (found.issuer, found.date, found.doc_number) == expected


@pytest.mark.parametrize("lines", [
    ["2014年2月25日，市政府召开常务会议，研究通过了方案。"],       # an event in a sentence
    ["本条例自2016年1月1日起施行。"],                              # no date opens it
    ["2015年工作要点"],
])
def test_no_enactment_lines(lines):
    assert read_enactment(lines) is None


# --- reports and speeches ---------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("2021年某省政府工作报告\n——2021年1月25日在某省第十三届人民代表大会第五次会议上\n省长 王明\n各位代表：\n现在，我代表省人民政府向大会报告工作。\n",
     ("2021年某省政府工作报告", "2021年1月25日在某省第十三届人民代表大会第五次会议上", "报告", "2021-01-25", ["王明"])),
    ("政府工作报告\n（2021年1月25日在某省第十三届人民代表大会第五次会议上）\n某省人民政府省长 王明\n各位代表：\n现在报告工作。\n",
     ("政府工作报告", "2021年1月25日在某省第十三届人民代表大会第五次会议上", "报告", "2021-01-25", ["王明"])),
    ("政府工作报告\n——2021年1月25日在某省第十三届\n人民代表大会第五次会议上\n省长 王 明\n各位代表：\n现在报告工作。\n",
     ("政府工作报告", "2021年1月25日在某省第十三届人民代表大会第五次会议上", "报告", "2021-01-25", ["王明"])),
    ("某省2021年政府工作报告\n2021年1月25日在某省第十三届人民代表大会第五次会议上 某省省长 王明\n时间：\n2021-01-30 09:20\n各位代表：\n现在报告工作。\n",
     ("某省2021年政府工作报告", "2021年1月25日在某省第十三届人民代表大会第五次会议上", "报告", "2021-01-25", ["王明"])),
    ("凝心聚力 决战脱贫\n——2016年3月18日在全市脱贫攻坚推进大会上\n市委书记　张国华\n同志们：\n今天召开大会。\n",
     ("凝心聚力决战脱贫", "2016年3月18日在全市脱贫攻坚推进大会上", "讲话", "2016-03-18", ["张国华"])),
    # near miss: an event in a sentence dates the event, not the document
    ("某县召开脱贫攻坚推进会\n\n2016年3月18日在全县脱贫攻坚推进大会上，县委书记张国华作了讲话。\n", ("某县召开脱贫攻坚推进会", None, None, None, [])),
], ids=["dash", "brackets", "wrapped", "speaker_on_line", "speech", "event_sentence"])
def test_reports_and_speeches(text, expected):
    assert meta(text, "title", "subtitle", "doc_type", "date", "authors") == expected


@pytest.mark.parametrize("line, expected", [
    ("省长 胡明", ("省长", ["胡明"])), ("某省人民政府省长 施明", ("某省人民政府省长", ["施明"])), ("习　近　平", (None, ["习近平"])),
    ("各位代表", None), ("省长赵明作政府工作报告", None), ("会议纪要", None),
])
def test_speaker_lines(line, expected):
    assert speaker(line) == expected


def test_meeting_line_needs_a_meeting():
    lines = split_lines("——2021年1月25日在某省第十三届人民代表大会第五次会议上\n——2021年1月25日在家中\n")
    assert meeting_at(lines, 0).date == "2021-01-25" and meeting_at(lines, 1) is None


# --- news -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, source, authors", [
    ("央视网消息（新闻联播）：今天，会议在京召开。", "央视网", []),
    ("央视网消息(新闻联播)：", "央视网", []),
    ("新华社北京3月5日电（记者 张明远 李思琪）全国两会今天开幕。", "新华社", ["张明远", "李思琪"]),
    ("本报北京3月5日电（记者 王芳）会议今天召开。", None, ["王芳"]),
    ("本报讯（记者 王芳 通讯员 李强）某县开展春耕生产。", None, ["王芳", "李强"]),
    ("本台消息：国务院近日印发意见。", None, []),
])
def test_news_leads(text, source, authors):
    lead = read_lead(text)
    assert (lead.source, lead.authors) == (source, authors)


@pytest.mark.parametrize("text", ["社会各界消息灵通，反响热烈。", "据了解，会议今天召开。", "电话：0791-12345678"])
def test_no_news_lead(text):
    assert read_lead(text) is None


@pytest.mark.parametrize("text, expected", [
    ("央视网消息（新闻联播）：今天，会议在京召开。会议强调，要抓好春耕。\n", (None, "报道", "央视网")),
    ("　　央视网消息(新闻联播)：\n\n　　某地春耕生产有序推进\n\n　　连日来，某地抓好春耕生产。\n\n　　某地举办农民丰收节\n\n　　某地今天举办农民丰收节。\n",
     (None, "报道", "央视网")),
    ("某县召开春耕生产推进会\n\n新华社南昌3月5日电 某县今天召开春耕生产推进会。\n", ("某县召开春耕生产推进会", "报道", "新华社")),
    ("　　某地春耕生产有序推进\n\n　　连日来，某地抓好春耕生产。\n\n　　某地举办农民丰收节\n\n　　某地今天举办农民丰收节。\n", (None, "报道", None)),
    # near misses: a headline over a report with sub-headings is a title; a headline set directly above its text
    ("某地春耕生产有序推进\n\n连日来，某地抓好春耕生产。各地行动迅速。\n\n多措并举\n\n各地多措并举。\n\n成效明显\n\n各地成效明显。\n\n春耕顺利。\n",
     ("某地春耕生产有序推进", None, None)),
    ("某地春耕生产有序推进\n连日来，某地抓好春耕生产，各地行动迅速，干部群众积极参与，春耕生产有序推进，取得明显成效。\n",
     ("某地春耕生产有序推进", None, None)),
], ids=["lead", "lead_then_digest", "headline_then_wire_lead", "digest", "report_with_headings", "headline_set_above_text"])
def test_news_items(text, expected):
    assert meta(text, "title", "doc_type", "source") == expected


# --- letters and replies, joint issuers ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("某某市人民政府办公室对市政协十届四次会议\n第12号提案的答复\n\n某政办函〔2021〕5号\n\n王明委员：\n\n您提出的提案收悉，现答复如下。\n\n某某市人民政府办公室\n\n2021年6月1日\n",
     ("某某市人民政府办公室对市政协十届四次会议第12号提案的答复", "答复", "某某市人民政府办公室", "某政办函〔2021〕5号", "2021-06-01")),
    ("某某市人民政府关于同意设立某某开发区的\n复函\n\n某政函〔2021〕9号\n\n某某县人民政府：\n\n你县的请示收悉，现函复如下。\n\n某某市人民政府\n\n2021年6月2日\n",
     ("某某市人民政府关于同意设立某某开发区的复函", "复函", "某某市人民政府", "某政函〔2021〕9号", "2021-06-02")),
    ("民政部对“关于加强养老服务的建议”的答复\n（民函〔2021〕742号）\n王明等15位代表：\n你们提出的建议收悉。\n",
     ("民政部对“关于加强养老服务的建议”的答复", "答复", "民政部", "民函〔2021〕742号", None)),
    ("某市财政局\n某市公安局\n某财发〔2021〕3号\n文件\n关于加强经费管理的通知\n各县区：\n请认真执行。\n",
     ("关于加强经费管理的通知", "通知", "某市财政局、某市公安局", "某财发〔2021〕3号", None)),
    ("关于加强经费管理的通知\n各县区：\n请认真执行。\n某市财政局\n某市公安局\n2021年6月3日\n",
     ("关于加强经费管理的通知", "通知", "某市财政局、某市公安局", None, "2021-06-03")),
    # near miss: a signature name wrapped over two lines is one organ
    ("关于地质险情的报告\n某县人民政府：\n现报告如下。\n某县某镇某村\n地质险情调查专家组\n2021年6月4日\n",
     ("关于地质险情的报告", "报告", "某县某镇某村地质险情调查专家组", None, "2021-06-04")),
], ids=["reply_to_proposal", "reply_letter_title_over_lines", "reply_number_in_brackets", "joint_banner_number_between",
        "stacked_signature", "wrapped_signature"])
def test_letters_replies_and_joint_issuers(text, expected):
    assert meta(text, "title", "doc_type", "issuer", "doc_number", "date") == expected


# --- what is not a title ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "各位代表：\n现在，我代表国务院向大会报告工作。\n",
    "同志们：\n今天我们召开大会。\n",
    "（译自某某档案）\n现在我代表委员会作报告。\n",
    "第一章　总则\n第一条 为了加强管理，制定本办法。\n",
    "、指导思想\n以新发展理念为指导。\n",
    "某届人民代表大会某次会议听取和审议了政府所作的\n政府工作报告\n。会议充分肯定过去一年的工作。\n",
    "为贯彻落实有关部署，现提出如下意见。\n一、总体要求\n",
], ids=["salutation", "comrades", "bracketed_note", "chapter_heading", "punctuation_first", "wiki_broken_sentence", "running_text"])
def test_no_title(text):
    assert govtext.parse(text, facts=False).title is None


def test_line_roles_mark_chrome_and_fields():
    text = "首页 > 政务公开\n索 引 号：11330000/2021-00012\n— 1 —\nJNCR—2021—0010001\n关于做好春耕工作的通知\n打印本页 关闭窗口\n"
    assert line_roles(split_lines(text)) == ["navigation", "docmark", "navigation", "docmark", "body", "navigation"]
