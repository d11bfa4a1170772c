"""Phenomena found by the second held-out round (tests/fixtures/heldout2): sentences from those
documents with the record they must give, and a near miss beside each that must not."""
from __future__ import annotations

import pytest

from govtext.extract import extract_facts

# --- quantity: units of rural statistics and ages; 千 opening a unit is no scale --------------
UNITS = [
    # (id, sentence, surface, value, unit, qualifier)
    ("qianmi", "铺设地埋灌溉管道18.5千米", "18.5千米", 18.5, "千米", None),
    ("wan-qianwa", "农机总动力达到4.8万千瓦", "4.8万千瓦", 48000, "千瓦", None),
    ("taitao", "新增大中型农机具65台套", "65台套", 65, "台套", None),
    ("zhousui", "为2180名80周岁以上老人发放高龄津贴", "80周岁以上", 80, "周岁", "over"),
    ("zhuo", "郑海涛为其子操办婚宴40余桌", "40余桌", 40, "桌", "over"),
    ("zong-trad", "共查處「四風」問題213宗", "213宗", 213, "宗", None),
    ("yan", "新打机井42眼", "42眼", 42, "眼", None),
    ("qian-scale-kept", "培训农民5千人", "5千人", 5000, "人", None),
]


@pytest.mark.parametrize("sentence,surface,value,unit,qualifier", [u[1:] for u in UNITS], ids=[u[0] for u in UNITS])
def test_unit(sentence, surface, value, unit, qualifier):
    hits = [f for f in extract_facts(sentence, kinds=["quantity"]) if f.text == surface]
    assert hits, extract_facts(sentence, kinds=["quantity"])
    assert (hits[0].value, hits[0].unit, hits[0].qualifier) == (pytest.approx(value), unit, qualifier)


@pytest.mark.parametrize(
    "sentence",
    ["以案为鉴、以案明纪的宗旨不能忘", "两眼一抹黑的情况要杜绝", "围绕饭桌子转的现象", "宗教事务管理"],
    ids=["zongzhi", "liangyan-idiom", "zhuozi", "zongjiao"],
)
def test_unit_near_miss(sentence):
    assert extract_facts(sentence, kinds=["quantity"]) == []


# --- date: quarters as their months, half-years at year precision, a news report's bare day ----
DATES = [
    # (id, sentence, doc_date, surface, value, end_value)
    ("quarter-year", "关于2016年第一季度全市违反中央八项规定精神问题查处情况的通报", None, "2016年第一季度", "2016-01", "2016-03"),
    ("quarter-alone", "第二季度每月组织1次集中观摩", "2017-03-06", "第二季度", "2017-04", "2017-06"),
    ("quarter-jinnian", "今年第一季度，全县共开展明察暗访6轮", "2017-04-12", "今年第一季度", "2017-01", "2017-03"),
    ("half-jinnian", "今年上半年，全省查处此类问题的数量较去年同期增加了约两成", "2016-09-14", "今年上半年", "2016", None),
    ("half-next", "今年下半年将召开党的十九大", "2017-04-12", "今年下半年", "2017", None),
    ("news-bare-day", "全国农村基层党建工作座谈会4日在京召开", "2017-03-05", "4日", "2017-03-04", None),
    # issue 14, decision 5: a bare 今年 is a date once the document's date is known
    ("jinnian-alone", "今年的工作要抓实", "2017-03-05", "今年", "2017", None),
]


@pytest.mark.parametrize("sentence,doc_date,surface,value,end_value", [d[1:] for d in DATES], ids=[d[0] for d in DATES])
def test_date(sentence, doc_date, surface, value, end_value):
    got = [(f.text, f.value, f.end_value) for f in extract_facts(sentence, kinds=["date"], doc_date=doc_date)]
    assert (surface, value, end_value) in got, got


@pytest.mark.parametrize(
    "sentence",
    ["每季度至少召开1次党员大会", "会后15日内，要将会议情况报告上级", "当年的工作要抓实", "3日内办结"],
    ids=["every-quarter", "days-within", "dangnian-alone", "bare-day-duration"],
)
def test_not_a_date(sentence):
    assert extract_facts(sentence, kinds=["date"], doc_date="2017-03-05") == []


# --- person: names the segmenter splits, closed by a follower word; bracketed news bylines ------
PERSONS = [
    # (id, sentence, name, title)
    ("chain-split-name", "南湾区白石镇党委副书记、镇长郑海涛违规操办婚宴问题", "郑海涛", "镇党委副书记、镇长"),
    ("trad-follower-zai", "東陽江市交通運輸局原副局長林志遠在2015年中秋節前後", "林志远", "原副局长"),  # title as in the k05 gold
    ("trad-follower-weigui", "西湖鎮黨委書記吳國強違規使用公車接送子女上學", "吴国强", "镇党委书记"),
    ("speaker-line", "县长　孙卫国\n\n各位代表：", "孙卫国", "县长"),
    ("paren-byline-two", "新华社北京3月5日电（记者 张明远 李思琪）全国农村基层党建工作座谈会", "李思琪", "记者"),
    ("paren-byline-place", "香港文匯報訊（記者 黃嘉欣 杭州報道）中秋、國慶「雙節」臨近", "黄嘉欣", "记者"),
]


@pytest.mark.parametrize("sentence,name,title", [p[1:] for p in PERSONS], ids=[p[0] for p in PERSONS])
def test_person(sentence, name, title):
    got = [(f.name, f.title) for f in extract_facts(sentence, kinds=["person"])]
    assert (name, title) in got, got


@pytest.mark.parametrize(
    "sentence",
    ["代表常委班子作对照检查", "区委常委班子带头查摆", "领导小组组长由县长担任", "召开记者会（记者会）在京举行",
     "市委书记和市委常委们"],
    ids=["banzi-noun", "banzi-noun-2", "you-xianzhang", "paren-no-names", "he-conjunction"],
)
def test_not_a_person(sentence):
    assert extract_facts(sentence, kinds=["person"]) == []


# --- change: wraps between verb and number, a level's year between 增加到 and it, 分别 earlier in
# the clause, 增产; nouns that open with a change verb (增加值, 压缩式, 增长率) are no changes ------
CHANGES = [
    # (id, sentence, direction, by_value, from_value, to_value)
    ("wrap-before-number", "全县地区生产总值年均增长\n９．７％；", "increase", 9.7, None, None),
    ("to-with-year", "生产总值由2011年的98.4亿元增加到2016年的156.8亿元，", "increase", None, 9840000000, 15680000000),
    ("zengchan", "总产量2.46万吨，比上年增产1800吨；", "increase", 1800, None, None),
    ("fenbie-earlier", "處理黨員幹部286人，分別比去年同期上升23%和17%；", "increase", 17, None, None),
    ("fenbie-wrap", "城乡居民人均可支配收入分别增长9.2%和\n10.8%。", "increase", 10.8, None, None),
]


@pytest.mark.parametrize("sentence,direction,by_value,from_value,to_value", [c[1:] for c in CHANGES], ids=[c[0] for c in CHANGES])
def test_change(sentence, direction, by_value, from_value, to_value):
    got = [(f.direction, f.by_value, f.from_value, f.to_value) for f in extract_facts(sentence, kinds=["change"])]
    assert (direction, by_value, from_value, to_value) in got, got


@pytest.mark.parametrize(
    "sentence",
    ["每个乡镇配备压缩式垃圾车2至3辆", "规模以上工业增加值3.2亿元"],
    ids=["yasuoshi", "zengjiazhi"],
)
def test_not_a_change(sentence):
    assert extract_facts(sentence, kinds=["change"]) == []


def test_rate_of_a_change_verb_is_its_size():
    # FACTS.md section 5: a change verb + 率/幅 gives the size of the change (增幅达6.5%)
    got = [(f.direction, f.by_value) for f in extract_facts("GDP增长率达到5%", kinds=["change"])]
    assert got == [("increase", 5)]


# --- slogan: a unit inside a fixed name is part of it (五位一体); a holiday pair is no formula ----
@pytest.mark.parametrize(
    "sentence,name",
    [("统筹推进五位一体总体布局和协调推进四个全面战略布局", "五位一体"),
     ("在推进“五位一体”总体布局中走在前、作表率", "五位一体")],
    ids=["wuwei-unquoted", "wuwei-quoted"],
)
def test_slogan(sentence, name):
    assert name in [f.name for f in extract_facts(sentence, kinds=["slogan"])]


@pytest.mark.parametrize(
    "sentence", ["中秋、國慶「雙節」臨近", "走了三公里山路才到村里"], ids=["shuangjie-holidays", "sangongli-measure"]
)
def test_not_a_slogan(sentence):
    assert extract_facts(sentence, kinds=["slogan"]) == []


# --- metadata: a speech subtitle dates the document; 讲话 and 总结 are document types ----------
@pytest.mark.parametrize(
    "text,date",
    [("政 府 工 作 报 告\n\n——２０１７年１月９日在东原县第十七届人\n民代表大会第一次会议上\n\n县长　孙卫国\n\n各位代表：\n", "2017-01-09"),
     ("在全县工作会议上的讲话\n\n（2017年4月12日在全县工作会议上）\n\n同志们：\n", "2017-04-12"),
     ("会议报道\n\n2017年4月12日在全县工作会议上，县委书记指出，要抓落实。\n", None)],
    ids=["dash-subtitle-wrapped", "bracket-occasion", "event-sentence-not"],
)
def test_document_date(text, date):
    from govtext.extract.document_date import document_date

    assert document_date(text) == date


@pytest.mark.parametrize(
    "text,doc_type",
    [("在全县推进“两学一做”学习教育常态化制度化工作会议上的讲话\n\n县委书记　赵德胜\n\n同志们：\n", "讲话"),
     ("青石镇2016年工作总结\n\n（2016年12月20日）\n\n2016年，全镇各项工作取得新进展。\n", "工作总结")],
    ids=["jianghua", "gongzuo-zongjie"],
)
def test_doc_type(text, doc_type):
    import govtext

    assert govtext.parse(text).doc_type == doc_type
