"""The document's own date: datelines, signatures, dates under the title, 印发 lines."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import GOLD, STEMS, corpus_text
from govtext.extract.document_date import document_date

CASES = [
    # (id, raw, expected)
    ("signature-at-foot", "关于…的通知\n各单位：\n正文。\n\n中共河北省委\n2014年4月3日\n", "2014-04-03"),
    ("signature-before-issued-line",
     "通知\n正文。\n中共河北省委领导小组\n\n2014年4月3日\n\n领导小组办公室 2014年4月4日印发\n", "2014-04-03"),
    ("issued-line-only", "通知\n正文。\n领导小组办公室 2014年4月4日印发\n", "2014-04-04"),
    ("under-title-bracketed", "中共魏都区委\n关于…的实施意见\n（2014年 3月 9日）\n\n为认真贯彻落实…", "2014-03-09"),
    ("adopted-by", "某某条例\n（2014年3月9日中共某某区委第5次常委会议通过）\n第一条 …", "2014-03-09"),
    ("chinese-numerals", "关于…的决定\n正文。\n某某县人民政府\n二〇一四年三月九日\n", "2014-03-09"),
    ("fullwidth-digits", "标题\n正文。\n某某委员会\n２０１４年４月３日\n", "2014-04-03"),
    ("web-dateline-traditional", "導航\n4.8萬件實事印証整改成果\n\n2014年10月24日14:32  來源:遼寧日報\n\n正文", "2014-10-24"),
    ("numeric-timestamp", "标题\n2014-06-06 10:48  来源：新华网\n正文", "2014-06-06"),
    ("dmy-timestamp", "标题\n24.10.2014 14:32\n正文", "2014-10-24"),
    ("labelled", "标题\n发布时间：2014-06-06\n正文", "2014-06-06"),
    ("source-first", "标题\n来源：新华网 2014-06-06 10:48:12\n正文", "2014-06-06"),
    ("weekday", "标题\n2014年10月24日 星期五\n正文", "2014-10-24"),
    ("jiyao-organ-and-date", "青原县人民政府\n常务会议纪要\n第12期\n青原县人民政府办公室　　　2016年8月15日\n2016年8月12日，县长主持召开会议。\n", "2016-08-15"),
    # a page footer under a signed text (decision 7): the signature dates it, not 更新时间
    ("footer-update-under-signature",
     "关于…的通知\n各单位：\n正文。\n\n某某市水利局\n2019年5月6日\n\n主办：某某市人民政府 版权所有\n更新时间：2019-05-20\n",
     "2019-05-06"),
    ("footer-timestamp-below-body",
     "标题\n正文第一段。\n正文第二段。\n某某市水利局\n2019年5月6日\n【责任编辑：王某】 2019-05-08 09:12\n", "2019-05-06"),
    ("footer-timestamp-only", "标题\n正文第一段。\n【责任编辑：王某】 2019-05-08 09:12\n", "2019-05-08"),
    ("head-dateline-before-body", "标题\n2019-05-08 09:12 来源：某某日报\n正文。\n某某市水利局\n2019年5月6日\n", "2019-05-08"),
    # a disclosure block's 成文日期 is the document's: not the 发布时间 of the page, nor the signature of an
    # attachment or a forwarded report at the foot
    ("block-label-above-attachment-signature",
     "发文机关：\n国务院办公厅\n成文日期：\n2004年11月04日\n发布日期：\n2018年12月24日\n标题\n正文。\n附件\n专家组调查意见\n正文。\n某某专家组\n二〇〇四年九月二十三日\n",
     "2004-11-04"),
    ("block-one-line-before-page-time",
     "索引号：11330000/2023-1　成文日期：2023-10-16\n标题\n发布时间：2023-10-23  08:59\n正文。\n某某市人民政府\n2023年10月16日\n",
     "2023-10-16"),
    # near miss: a 成文日期 label with no date after it leaves the other readers
    ("block-label-without-date", "成文日期：\n标题\n正文。\n某某市水利局\n2019年5月6日\n", "2019-05-06"),
    # not the document's date
    ("organ-then-date-in-sentence", "标题\n青原县人民政府办公室 2016年8月15日召开会议\n", None),
    ("non-organ-beside-date", "标题\n全县秋冬季农田水利建设 2016年8月15日\n", None),
    ("event-date-in-sentence", "标题\n2014年2月25日，洮北区召开全区工作会议，标志着活动正式启动。\n", None),
    ("date-inside-body", "标题\n" + "正文。\n" * 30 + "2014年4月3日\n" + "正文。\n" * 30, None),
    ("sentence-after-date", "标题\n2014年3月9日区委召开常委会议，研究部署工作\n", None),
    ("no-date", "新风扑面 情暖民心\n——纪实\n今年1月活动启动。\n", None),
    ("empty", "", None),
]


@pytest.mark.parametrize("raw,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_document_date(raw, expected):
    assert document_date(raw) == expected


@pytest.mark.parametrize("stem", STEMS)
def test_seed_document_dates_match_the_metadata_gold(stem):
    meta = json.loads((GOLD / f"{stem}.meta.json").read_text(encoding="utf-8"))
    assert document_date(corpus_text(stem)) == meta["date"]


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_never_raises(raw):
    value = document_date(raw)
    assert value is None or len(value) == 10
