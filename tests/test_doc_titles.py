"""Titled works in 《》: spans with brackets, titles across wraps, the base 文种 as doc_type."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.extract import extract_facts
from govtext.extract.doc_titles import clean_title
from govtext.lexicons import load_rows
from govtext.values.doc_types import doc_type_of, title_doc_type

TITLES = [
    # (id, sentence, surface, title, doc_type)
    ("rule-document", "建立了《信访案件包保制度》，", "《信访案件包保制度》", "信访案件包保制度", "制度"),
    ("wrap-inside", "帮助辉煌村建立《贫困户结对帮扶制\n度》", "《贫困户结对帮扶制\n度》", "贫困户结对帮扶制度", "制度"),
    ("multi-line-wrap", "按\n照 《中共许昌市委关于在全市党员中深\n入开展党的群众路线教育实践活动的实\n施意见》精神",
     "《中共许昌市委关于在全市党员中深\n入开展党的群众路线教育实践活动的实\n施意见》",
     "中共许昌市委关于在全市党员中深入开展党的群众路线教育实践活动的实施意见", "意见"),
    ("notice", "按照《关于做好第二批教育实践活动学习教育、听取意见工作的通知》（群组发〔2014〕7号）",
     "《关于做好第二批教育实践活动学习教育、听取意见工作的通知》", "关于做好第二批教育实践活动学习教育、听取意见工作的通知", "通知"),
    ("bare-type", "制定《实施方案》", "《实施方案》", "实施方案", "方案"),
    ("quotes-inside", "出台《党员“锋领指数”考评管理办法》", "《党员“锋领指数”考评管理办法》", "党员“锋领指数”考评管理办法", "办法"),
    ("catalogue", "出台《海曙区部门工作进社区指导目录》", "《海曙区部门工作进社区指导目录》", "海曙区部门工作进社区指导目录", "目录"),
    ("traditional", "發放《關於征求對市委常委班子意見建議的函》", "《關於征求對市委常委班子意見建議的函》", "关于征求对市委常委班子意见建议的函", "函"),
    ("real-space-kept", "作了《密切联系群众 发扬优良作风》专题辅导", "《密切联系群众 发扬优良作风》", "密切联系群众 发扬优良作风", None),
    ("film", "观看了《焦裕禄》、《生死牛玉儒》", "《焦裕禄》", "焦裕禄", None),
    ("book", "学习《县委书记的榜样——焦裕禄》", "《县委书记的榜样——焦裕禄》", "县委书记的榜样——焦裕禄", None),
    ("compilation", "編印《撫順市聯系服務群眾優秀案例選編》", "《撫順市聯系服務群眾優秀案例選編》", "抚顺市联系服务群众优秀案例选编", None),
    ("no-type-word", "《2014年推进惩防体系建设和落实党风廉政建设责任制组织领导与责任分工》",
     "《2014年推进惩防体系建设和落实党风廉政建设责任制组织领导与责任分工》",
     "2014年推进惩防体系建设和落实党风廉政建设责任制组织领导与责任分工", None),
    ("law", "依照《中华人民共和国森林法》第三十二条", "《中华人民共和国森林法》", "中华人民共和国森林法", "法"),
    ("law-short", "违反《行政处罚法》规定的", "《行政处罚法》", "行政处罚法", "法"),
    ("law-inside-measures", "《浙江省实施〈中华人民共和国水污染防治法〉办法》", "《浙江省实施〈中华人民共和国水污染防治法〉办法》",
     "浙江省实施〈中华人民共和国水污染防治法〉办法", "办法"),
    ("method-book", "学习《领导干部的工作方法》", "《领导干部的工作方法》", "领导干部的工作方法", None),
    ("classic", "通读《孙子兵法》", "《孙子兵法》", "孙子兵法", None),
]


@pytest.mark.parametrize("sentence,surface,title,doc_type", [t[1:] for t in TITLES], ids=[t[0] for t in TITLES])
def test_doc_title(sentence, surface, title, doc_type):
    facts = extract_facts(sentence, kinds=["doc_title"])
    hit = [f for f in facts if f.text == surface]
    assert hit, facts
    assert (hit[0].title, hit[0].doc_type) == (title, doc_type)
    assert sentence[hit[0].start:hit[0].end] == surface


@pytest.mark.parametrize("sentence", [
    "《未闭合的书名号，后面是正文。还有更多内容",  # unclosed: no sentence end inside a title
    "两个书名号之间》没有开头",
    "《》",
    "附件：3.附件3《城市供水服务规范》地方标准起草时间安排表.pdf",  # inside an attachment's file name
], ids=["unclosed", "no-opening", "empty", "in-file-name"])
def test_not_a_title(sentence):
    assert extract_facts(sentence, kinds=["doc_title"]) == []


def test_a_title_beside_a_file_name_is_one():
    # near miss: the title in the text before the attachment line is a title
    text = "现征集《城市供水服务规范》起草专家。\n附件：起草时间安排表.pdf"
    assert [f.title for f in extract_facts(text, kinds=["doc_title"])] == ["城市供水服务规范"]


DOC_TYPES = [
    ("longest-suffix", "区级机关公务用车配备使用管理实施细则", "细则"),
    ("interim", "国家工作人员因私事出国（境）管理暂行办法", "办法"),
    ("guiding-opinion", "关于开展第二批党的群众路线教育实践活动的指导意见", "意见"),
    ("regulation", "党政机关厉行节约反对浪费条例", "条例"),
    ("news-genre-is-article", "海曙深入开展党的群众路线教育实践活动纪实", None),
    ("person-name", "焦裕禄", None),
    # heldout4: a bracketed note after the type
    ("note-period", "江州市优化营商环境行动方案（2018—2020年）", "方案"),
    ("note-trial", "干部教育培训工作条例(试行)", "条例"),
    ("note-draft", "关于加强村级财务管理的通知（征求意见稿）", "通知"),
    ("note-on-a-film", "焦裕禄（电影）", None),
]


@pytest.mark.parametrize("title,doc_type", [d[1:] for d in DOC_TYPES], ids=[d[0] for d in DOC_TYPES])
def test_title_doc_type(title, doc_type):
    assert title_doc_type(title) == doc_type


@pytest.mark.parametrize("body,title", [
    ("王怀忠的两\n面人生", "王怀忠的两面人生"),
    ("乡（局）级领导\n班子和领导干部年度考核办法", "乡（局）级领导班子和领导干部年度考核办法"),
    (" 关于…的通知 ", "关于…的通知"),
    ("密切联系群众  发扬优良作风", "密切联系群众 发扬优良作风"),
], ids=["wrap", "wrap-after-bracket", "edge-spaces", "space-run"])
def test_clean_title(body, title):
    assert clean_title(body) == title


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="《》〈〉关于通知意见\n 。，制度", max_size=40))
def test_titles_are_grounded(raw):
    for fact in extract_facts(raw, kinds=["doc_title"]):
        assert raw[fact.start:fact.end] == fact.text
        assert fact.text.startswith("《") and fact.text.endswith("》")


def _official_rows():
    return [(r["doc_type"], r["base"]) for r in load_rows("doc_types.tsv") if r["category"] in ("official", "subtype")]


@pytest.mark.parametrize("doc_type, base", _official_rows())
def test_one_reading_of_doc_types(doc_type, base):
    """The document's doc_type and a 《》 title's doc_type come from the same entry of doc_types.tsv."""
    title = f"关于加强某项工作的{doc_type}（试行）"
    assert doc_type_of(title) == doc_type
    assert title_doc_type(title) == base
