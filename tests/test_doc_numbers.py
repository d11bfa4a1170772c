"""Document numbers (发文字号): prefix, year, serial; the bracket forms around the year."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govtext
from govtext.extract import extract_facts
from govtext.values.doc_numbers import parse_doc_number

NUMBERS = [
    # (id, sentence, surface, prefix, year, serial)
    ("header-line", "\n冀群组发〔2014〕34号\n\n关于把第二批教育实践活动引向深入的通知", "冀群组发〔2014〕34号", "冀群组发", 2014, 34),
    ("in-parentheses", "…听取意见工作的通知》（群组发〔2014〕7号）精神", "群组发〔2014〕7号", "群组发", 2014, 7),
    ("square-brackets", "按照京政发[2013]5号文件要求", "京政发[2013]5号", "京政发", 2013, 5),
    ("lenticular", "印发（中办发【2013】11号）", "中办发【2013】11号", "中办发", 2013, 11),
    ("round-brackets", "根据国办发（2013）101号精神", "国办发（2013）101号", "国办发", 2013, 101),
    ("serial-with-di", "湘政发〔2012〕第3号", "湘政发〔2012〕第3号", "湘政发", 2012, 3),
    ("cut-after-verb", "依据印发冀政〔2014〕12号", "冀政〔2014〕12号", "冀政", 2014, 12),
    ("traditional", "冀群組發〔2014〕34號", "冀群組發〔2014〕34號", "冀群组发", 2014, 34),
    # a mistyped pair of brackets is still the number (real documents cite 国办发〔2020]20号 so)
    ("mistyped-pair", "按照某政办发〔2021】8号要求", "某政办发〔2021】8号", "某政办发", 2021, 8),
    ("mistyped-round", "（某部发（2019〕46号）", "某部发（2019〕46号", "某部发", 2019, 46),
    ("spaced", "根据某政发 〔2015〕 9号精神", "某政发 〔2015〕 9号", "某政发", 2015, 9),
    # issue 14: the small form of the brackets; a title's last word on the line before
    ("small-form-brackets", "印发鲁工信技﹝2019﹞56号文件", "鲁工信技﹝2019﹞56号", "鲁工信技", 2019, 56),
    ("title-over-blank-line", "国务院关于某某奖励的决定\n\n国发〔2018〕44号\n\n各省、自治区：", "国发〔2018〕44号", "国发", 2018, 44),
    ("title-ending-in-han", "国务院办公厅关于某某问题的复函\n\n国办函〔2004〕36号\n", "国办函〔2004〕36号", "国办函", 2004, 36),
    ("letter-on-next-line", "国务院办公厅关于同意某某的函\n国办函〔2018〕74号\n", "国办函〔2018〕74号", "国办函", 2018, 74),
    # orders and numbered announcements: the year only when written, the state's name kept as written
    ("state-council-order", "1999年5月14日 中华人民共和国国务院令第263号发布", "中华人民共和国国务院令第263号", "中华人民共和国国务院令", None, 263),
    ("short-order", "（国令第707号）", "国令第707号", "国令", None, 707),
    ("ministry-order-with-year", "根据交通运输部令2019年第10号", "交通运输部令2019年第10号", "交通运输部令", 2019, 10),
    ("order-chinese-serial", "中华人民共和国主席令（第三十二号）", "中华人民共和国主席令（第三十二号）", "中华人民共和国主席令", None, 32),
    ("joint-order", "海关总署、公安部令第7号公布", "海关总署、公安部令第7号", "海关总署、公安部令", None, 7),
    ("provincial-order", "《江西省人民政府规章制定程序规定》（省政府令第232号）", "省政府令第232号", "省政府令", None, 232),
    ("commission-order", "依据证监会令第91号", "证监会令第91号", "证监会令", None, 91),
    ("order-after-date", "2010年4月8日中华人民共和国国务院令第573号公布", "中华人民共和国国务院令第573号", "中华人民共和国国务院令", None, 573),
    ("joint-order-each-with-the-state", "1995年6月3日 中华人民共和国国务院、中华人民共和国中央军事委员会令第178号发布",
     "中华人民共和国国务院、中华人民共和国中央军事委员会令第178号", "中华人民共和国国务院、中华人民共和国中央军事委员会令", None, 178),
    ("former-ministry-order", "根据原劳动部令第4号", "劳动部令第4号", "劳动部令", None, 4),
    ("announcement", "住房城乡建设部公告2019年第237号发布", "住房城乡建设部公告2019年第237号", "住房城乡建设部公告", 2019, 237),
    # round 11: the serial first, 令 (or 公告) after it, an organ before (the state name never in the number)
    ("serial-first-order", "依照2001年6月8日某市人民政府第15号令发布的办法", "某市人民政府第15号令", "某市人民政府", None, 15),
    ("serial-first-ministry", "《某某程序规定》（公安部第56号令）", "公安部第56号令", "公安部", None, 56),
    ("serial-first-chinese", "1998年12月1日市政府第十五号令", "市政府第十五号令", "市政府", None, 15),
    ("serial-first-with-year", "依据国家发展改革委2017年第3号令", "国家发展改革委2017年第3号令", "国家发展改革委", 2017, 3),
    ("serial-first-announcement", "2009年3月1日某省人民代表大会常务委员会第12号公告公布",
     "某省人民代表大会常务委员会第12号公告", "某省人民代表大会常务委员会", None, 12),
    ("serial-first-published", "2006年5月2日 某市人民代表大会常务委员会第31号公布",
     "某市人民代表大会常务委员会第31号", "某市人民代表大会常务委员会", None, 31),
    ("state-name-kept-in-number", "2003年6月1日 中华人民共和国国务院令第375号公布", "中华人民共和国国务院令第375号", "中华人民共和国国务院令", None, 375),
    # the year first, the code ending in 字, as numbers were written until the 1990s
    ("year-first", "迁址新建的请示（〔1996〕某司字第82号）收悉", "〔1996〕某司字第82号", "某司字", 1996, 82),
    ("year-first-two-digits", "的规定》(〔94〕某税字第089号)中规定", "〔94〕某税字第089号", "某税字", 1994, 89),
    ("year-first-round", "（86）某函字第56号", "（86）某函字第56号", "某函字", 1986, 56),
]


@pytest.mark.parametrize("sentence,surface,prefix,year,serial", [n[1:] for n in NUMBERS], ids=[n[0] for n in NUMBERS])
def test_doc_number(sentence, surface, prefix, year, serial):
    facts = extract_facts(sentence, kinds=["doc_number"])
    assert [f.text for f in facts] == [surface]
    f = facts[0]
    assert (f.prefix, f.year, f.serial) == (prefix, year, serial)
    assert sentence[f.start:f.end] == surface


SHARED = [
    # (id, sentence, [(surface, number, serial)]): serials under one code, 号 left out after a code
    ("shared-code", "根据某发〔2019〕12、13号文件精神", [("某发〔2019〕12", "某发〔2019〕12号", 12), ("13号", "某发〔2019〕13号", 13)]),
    ("shared-code-each-hao", "（某办发〔2020〕5号、6号和7号）",
     [("某办发〔2020〕5号", "某办发〔2020〕5号", 5), ("6号", "某办发〔2020〕6号", 6), ("7号", "某办发〔2020〕7号", 7)]),
    ("shared-code-square", "依照某政发[2018]3及4号执行", [("某政发[2018]3", "某政发[2018]3号", 3), ("4号", "某政发[2018]4号", 4)]),
    ("hao-left-out", "依据某府办〔2020〕5，做好复工", [("某府办〔2020〕5", "某府办〔2020〕5号", 5)]),
    ("verb-before-code", "执行某发〔2019〕12号，1、加强管理", [("某发〔2019〕12号", "某发〔2019〕12号", 12)]),
]


@pytest.mark.parametrize("sentence,expected", [c[1:] for c in SHARED], ids=[c[0] for c in SHARED])
def test_doc_numbers_sharing_a_code(sentence, expected):
    facts = extract_facts(sentence, kinds=["doc_number"])
    assert [(f.text, f.number, f.serial) for f in facts] == expected
    assert all(sentence[f.start:f.end] == f.text for f in facts)


@pytest.mark.parametrize("sentence", [
    "2014年4月3日",  # a date, no brackets
    "〔2014〕34号",  # no issuer code
    "冀群组发〔2014〕",  # no serial
    "第34号",
    "冀群组发〔14〕34号",  # a two-digit year
    "冀群组发2014年34号",  # no brackets
    "依法责令第三人停止侵害",  # 责令: a verb, no order
    "他下令第3号车出发",  # no organ issues it
    "请输入口令第3号",
    "（2019）京01民初12号",  # a court case number
    "（2019）第12号",  # no code
    "〔1996〕某司第82号",  # year first, but no 字 closing the code
    "某论坛（2019）10月29日在上海召开",  # a year in brackets, then a date
    "某某报告（2020）5，",  # no 号 and no document code
    "本条例自第3号令发布之日起施行",  # 第N号令 with no organ before it
    "全国政协会议第4626号提案的答复",  # a proposal's number, not an order
    "指导案例第680号公布后",  # a case number: no organ issues it
], ids=["date", "no-prefix", "no-serial", "serial-only", "short-year", "no-brackets", "verb-ling", "no-organ",
        "password", "court-case", "year-first-no-code", "year-first-no-zi", "bracketed-year-then-date",
        "no-hao-no-code", "serial-first-no-organ", "proposal-number", "case-number-published"])
def test_not_a_doc_number(sentence):
    assert extract_facts(sentence, kinds=["doc_number"]) == []


def test_parse_doc_number():
    assert parse_doc_number("冀群组发〔2014〕34号") == {
        "number": "冀群组发〔2014〕34号", "prefix": "冀群组发", "year": 2014, "serial": 34}
    assert parse_doc_number("群组发〔2014〕") is None
    assert parse_doc_number("某政发 〔2015〕 第9号")["number"] == "某政发〔2015〕第9号"  # spaces dropped


@pytest.mark.parametrize("header", ["某政发〔2014〕5号", "某政发〔2014】5号", "某政发 〔2014〕 5号", "Q某发[2014]5号"])
def test_one_recogniser_for_the_fact_and_the_document(header):
    """parse() reads the document's own number with the recogniser the doc_number facts use."""
    doc = govtext.parse(f"某某市文件\n{header}\n关于做好春耕工作的通知\n各县：\n请认真落实。\n")
    facts = [f for f in doc.facts if f.kind == "doc_number"]
    assert [f.number for f in facts] == [doc.doc_number]
    assert doc.doc_number == header.replace(" ", "").replace("】", "〕")  # a mistyped pair as the standard one


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="冀群组发〔〕[]（）【】2014号第 \n的", max_size=30))
def test_doc_numbers_are_grounded(raw):
    for fact in extract_facts(raw, kinds=["doc_number"]):
        assert raw[fact.start:fact.end] == fact.text
