"""Date extraction: real phrases from corpus/ and constructed cases, grouped by phenomenon."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import STEMS, corpus_text, gold_facts
from govtext.extract import extract_facts


def _dates(sentence: str, doc_date: str | None = None):
    return extract_facts(sentence, kinds=["date"], doc_date=doc_date)


def _row(f):
    return (f.text, f.value, f.end_value, f.inferred_year, f.part, f.relation)


# (id, sentence, doc_date, surface, value, end_value, inferred_year, part, relation)
POSITIVE = [
    # absolute dates, as written
    ("full", "2014年2月25日，洮北区召开全区党的群众路线教育实践活动工作会议", None,
     "2014年2月25日", "2014-02-25", None, False, None, None),
    ("full-spaces", "教育实践活动的实施意见\n（2014年 3月 9日）\n", None,
     "2014年 3月 9日", "2014-03-09", None, False, None, None),
    ("issued-line", "领导小组办公室 2014年4月4日印发", None,
     "2014年4月4日", "2014-04-04", None, False, None, None),
    ("chinese-numerals", "二〇一四年三月九日", None, "二〇一四年三月九日", "2014-03-09", None, False, None, None),
    ("chinese-circle-zero", "二○一四年十二月三十一日", None, "二○一四年十二月三十一日", "2014-12-31", None, False, None, None),
    ("year-month", "截至2014年6月底，全区", None, "2014年6月底", "2014-06", None, False, "late", None),
    ("bare-year", "2014年，全区共投入资金", None, "2014年", "2014", None, False, None, None),
    ("year-since", "2013年以来，全区", None, "2013年以来", "2013", None, False, None, "after"),
    ("hao-day", "8月1号起执行", "2014-04-03", "8月1号起", "2014-08-01", None, True, None, "after"),
    # times of day and web timestamps
    ("dateline-time", "2014年10月24日14:32  來源:遼寧日報", None,
     "2014年10月24日14:32", "2014-10-24T14:32", None, False, None, None),
    ("hour-minute-cn", "10月24日上午9时30分召开", "2014-10-01", "10月24日上午9时30分", "2014-10-24T09:30", None, True, None, None),
    ("afternoon", "3月5日下午3点召开", "2014-04-03", "3月5日下午3点", "2014-03-05T15:00", None, True, None, None),
    ("iso-timestamp", "发布时间：2014-06-06 10:48", None, "2014-06-06 10:48", "2014-06-06T10:48", None, False, None, None),
    ("dmy-timestamp", "24.10.2014 14:32 来源", None, "24.10.2014 14:32", "2014-10-24T14:32", None, False, None, None),
    ("slash-date", "更新于2014/6/6", None, "2014/6/6", "2014-06-06", None, False, None, None),
    # parts of a month and relations (deadlines)
    ("late-part", "在机关，7月下旬，洮北区各套班子相继", "2014-02-25", "7月下旬", "2014-07", None, True, "late", None),
    ("deadline", "总体上市县两级在4月底前完成", "2014-04-03", "4月底前", "2014-04", None, True, "late", "before"),
    ("approx-kept", "基层单位在5月中旬左右完成", "2014-04-03", "5月中旬左右", "2014-05", None, True, "mid", None),
    ("wrapped-part", "基层单位在5月\n中旬左右完成", "2014-04-03", "5月\n中旬左右", "2014-05", None, True, "mid", None),
    ("after", "原则上安排在5月下旬以后召开", "2014-04-03", "5月下旬以后", "2014-05", None, True, "late", "after"),
    ("from-qi", "6月上旬起，区四套班子", "2014-01-01", "6月上旬起", "2014-06", None, True, "early", "after"),
    ("di-xia-fa", "3月底下发通知", "2014-04-03", "3月底", "2014-03", None, True, "late", None),
    ("from-zi-qi", "自3月1日起施行", "2014-04-03", "3月1日起", "2014-03-01", None, True, None, "after"),
    ("day-before", "12月31日前报送", "2014-04-03", "12月31日前", "2014-12-31", None, True, None, "before"),
    ("month-start", "9月初开展", "2014-04-03", "9月初", "2014-09", None, True, "early", None),
    ("month-end", "10月末完成", "2014-04-03", "10月末", "2014-10", None, True, "late", None),
    ("around", "7月10日前后召开", "2014-04-03", "7月10日前后", "2014-07-10", None, True, None, None),
    # ranges
    ("day-range", "在基层，8月1日至15日，各基层单位", "2014-02-25", "8月1日至15日", "2014-08-01", "2014-08-15", True, None, None),
    ("from-to-wrapped", "教育实践活动从今年 3月开\n始，至 9月基本完成", "2014-03-09",
     "从今年 3月开\n始，至 9月", "2014-03", "2014-09", True, None, None),
    ("month-range-bare", "3至5月开展专项整治", "2014-01-01", "3至5月", "2014-03", "2014-05", True, None, None),
    ("month-range-dash", "6—8月集中整改", "2014-01-01", "6—8月", "2014-06", "2014-08", True, None, None),
    ("part-range", "4月下旬至5月中旬", "2014-04-03", "4月下旬至5月中旬", "2014-04", "2014-05", True, "late", None),
    ("day-range-full-year", "于2014年4月3日至4日召开", None, "2014年4月3日至4日", "2014-04-03", "2014-04-04", False, None, None),
    ("from-to-dao", "从2014年3月开始，到9月底基本结束", None, "从2014年3月开始，到9月底", "2014-03", "2014-09", False, None, None),
    ("full-range", "2014年3月至6月", None, "2014年3月至6月", "2014-03", "2014-06", False, None, None),
    ("across-new-year", "2013年11月至2月", None, "2013年11月至2月", "2013-11", "2014-02", False, None, None),
    ("year-range", "2014—2015年", None, "2014—2015年", "2014", "2015", False, None, None),
    # relative years and months
    ("this-year-month", "今年4月，海曙区委书记朱刚赴段塘", "2014-10-24", "今年4月", "2014-04", None, True, None, None),
    ("month-fen", "今年9月份，朱刚再一次", "2014-10-24", "今年9月份", "2014-09", None, True, None, None),
    ("last-year-end", "去年底，全区", "2014-04-03", "去年底", "2013", None, True, "late", None),
    ("next-year", "明年3月完成", "2014-04-03", "明年3月", "2015-03", None, True, None, None),
    ("this-year-since", "今年以来，全区", "2014-04-03", "今年以来", "2014", None, True, None, "after"),
    ("year-end-deadline", "年底前全部完成", "2014-04-03", "年底前", "2014", None, True, "late", "before"),
    ("year-end-in-sentence", "各地要在年底前全部完成", "2014-04-03", "年底前", "2014", None, True, "late", "before"),
    ("this-month", "本月底前完成", "2014-04-03", "本月底前", "2014-04", None, True, "late", "before"),
    ("chinese-month-fen", "三月份，区委", "2014-04-03", "三月份", "2014-03", None, True, None, None),
    # heldout4: a half-year without its year is the anchor year's (year precision, as 今年上半年)
    # heldout4: statistics periods, the year written once before a bare month range
    ("year-month-range-dash", "2018年1-6月，全市新登记市场主体", None, "2018年1-6月", "2018-01", "2018-06", False, None, None),
    ("year-month-range-zhi", "2017年1至11月，全省", None, "2017年1至11月", "2017-01", "2017-11", False, None, None),
    # decision 5: a half-year keeps year precision with the half as its part
    ("half-year-bare", "1至11月工业用电量增速比上半年回落3.1个百分点", "2018-12-27", "上半年", "2018", None, True, "early", None),
    ("half-year-bare-since", "下半年以来，全市", "2018-12-27", "下半年以来", "2018", None, True, "late", "after"),
]


@pytest.mark.parametrize("sentence,doc_date,surface,value,end_value,inferred,part,relation",
                         [p[1:] for p in POSITIVE], ids=[p[0] for p in POSITIVE])
def test_date(sentence, doc_date, surface, value, end_value, inferred, part, relation):
    rows = [_row(f) for f in _dates(sentence, doc_date)]
    assert (surface, value, end_value, inferred, part, relation) in rows, rows
    hit = next(f for f in _dates(sentence, doc_date) if f.text == surface)
    assert sentence[hit.start:hit.end] == surface


NEGATIVE = [
    ("duration-months", "用3个月时间集中开展"),
    ("duration-days", "15天内完成整改"),
    ("duration-over", "7個多月后，問題得到解決"),
    ("congress", "党的十八大以来，十八届三中全会提出"),
    ("doc-number", "冀群组发〔2014〕34号"),
    ("in-title", "修订完善《2014年推进惩防体系建设和落实党风廉政建设责任制工作要点》"),
    ("year-serial", "2014年第3号公告"),
    ("year-edition", "2014年版教材"),
    ("chinese-month-alone", "一月一次，雷打不动"),
    ("recurring-year", "每年3月召开"),
    ("recurring-month", "每月15日集中学习"),
    ("comparison-base", "较上年压缩120万元"),
    ("back-then", "当年的老区"),
    ("years-ago", "一年来，全区共"),
    ("recent-years", "近年来，多年来"),
    ("phone", "电话0571-87654321"),
    ("decimal", "4.8萬件實事"),
    ("day-range-alone", "3-5日内完成"),
    ("recurring-year-end", "每年年底前报送"),
    ("chubu", "年初步形成"),
    ("recurring-half-year", "每年上半年集中轮训一次"),
]


@pytest.mark.parametrize("sentence", [n[1] for n in NEGATIVE], ids=[n[0] for n in NEGATIVE])
def test_not_date(sentence):
    assert _dates(sentence, "2014-04-03") == []


@pytest.mark.parametrize("sentence,surface", [
    ("7月10日前往北京调研", "7月10日"),     # 前往 is a verb, not "before"
    ("2014年起草了方案", "2014年"),         # 起草 is a verb, not "from"
    ("2014年初步形成", "2014年"),           # 初步 is "preliminary", not "early in the year"
], ids=["qianwang", "qicao", "chubu"])
def test_word_after_date_is_another_word(sentence, surface):
    facts = _dates(sentence)
    assert [(f.text, f.relation, f.part) for f in facts] == [(surface, None, None)]


# Year resolution: doc_date, else the document's own date, else the last full date before.
def test_year_from_doc_date_argument():
    [f] = _dates("7月10日，市委常委班子召开专题民主生活会。", "2013-12-01")
    assert (f.value, f.inferred_year) == ("2013-07-10", True)


def test_year_from_documents_own_date():
    raw = "关于开展活动的通知\n\n各单位：\n4月底前完成自查。\n\n中共某某县委\n2014年4月3日\n"
    rows = [(f.text, f.value, f.inferred_year) for f in extract_facts(raw, kinds=["date"])]
    assert rows == [("4月底前", "2014-04", True), ("2014年4月3日", "2014-04-03", False)]


def test_year_from_the_last_full_date_before():
    raw = "2013年2月25日，召开动员会。7月下旬，开展回头看。2014年1月6日，总结。8月1日至15日，检查。"
    rows = [(f.value, f.end_value, f.inferred_year) for f in extract_facts(raw, kinds=["date"])]
    assert rows == [("2013-02-25", None, False), ("2013-07", None, True), ("2014-01-06", None, False),
                    ("2014-08-01", "2014-08-15", True)]


def test_a_year_and_month_is_no_anchor():
    # FACTS.md §5: only a date with year, month and day anchors (natgwr__0047: 去年年底 after １９９６年１月)
    raw = "2013年2月25日，召开动员会。2014年1月，总结。8月1日至15日，检查。"
    rows = [(f.value, f.end_value, f.inferred_year) for f in extract_facts(raw, kinds=["date"])]
    assert rows == [("2013-02-25", None, False), ("2014-01", None, False), ("2013-08-01", "2013-08-15", True)]
    assert [f.value for f in extract_facts("１９９６年１月，去年年底", kinds=["date"])] == ["1996-01"]


def test_a_bare_year_is_no_anchor():
    # 2013年以来 names a year, not a full date: 7月下旬 keeps the year-less form
    rows = [(f.value, f.inferred_year) for f in extract_facts("2013年以来，7月下旬开展检查。", kinds=["date"])]
    assert rows == [("2013", False), ("--07", False)]


def test_no_year_anywhere_gives_yearless_iso():
    raw = "自今年1月活动启动以来，6月上旬起，区四套班子开展走访。今年9月份，再次走访。"
    rows = [(f.text, f.value, f.inferred_year, f.part, f.relation) for f in extract_facts(raw, kinds=["date"])]
    assert rows == [("今年1月", "--01", False, None, None), ("6月上旬起", "--06", False, "early", "after"),
                    ("今年9月份", "--09", False, None, None)]


def test_a_title_year_is_no_anchor():
    raw = "今年4月，开展走访。修订《2014年推进惩防体系建设工作要点》。"
    assert [f.value for f in extract_facts(raw, kinds=["date"])] == ["--04"]


def test_a_date_after_a_joined_dateline():
    # normalization joins the lines, so "14:32" is followed by "3月5日"; both are still read
    raw = "标题\n2014年10月24日14:32\n\n3月5日，召开会议"
    rows = [(f.text, f.value) for f in extract_facts(raw, kinds=["date"])]
    assert rows == [("2014年10月24日14:32", "2014-10-24T14:32"), ("3月5日", "2014-03-05")]


def test_a_failed_range_does_not_hide_the_next_date():
    assert [f.text for f in _dates("3-5日，6月1日", "2014-04-03")] == ["6月1日"]


def test_same_year_follows_the_text():
    raw = "2012年5月到任，同年7月开展调研。"
    rows = [(f.text, f.value, f.inferred_year) for f in extract_facts(raw, kinds=["date"], doc_date="2014-04-03")]
    assert rows == [("2012年5月", "2012-05", False), ("同年7月", "2012-07", True)]


# Every date of the seed gold is found with its value and resolved to the right year.
GOLD_DATES = [(stem, g) for stem in STEMS for g in gold_facts(stem) if g["kind"] == "date"]


@pytest.mark.parametrize("stem,gold", GOLD_DATES, ids=[f"{s[:3]}-{g['text']}" for s, g in GOLD_DATES])
def test_seed_gold_dates(stem, gold):
    facts = extract_facts(corpus_text(stem), kinds=["date"])
    hits = [f for f in facts if f.start < gold["end"] and gold["start"] < f.end]
    assert hits, gold
    f = hits[0]
    assert (f.value, f.end_value, f.inferred_year, f.part, f.relation) == (
        gold["value"], gold["end_value"], gold["inferred_year"], gold["part"], gold["relation"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["2014", "年", "3", "月", "9", "日", "至", "15", "今年", "前", "起", "下旬", "底",
                                 "二〇一四", "十二", "三十一", "：", ":", "-", ".", "\n", " ", "个", "每", "《", "》"])
                | st.text(max_size=2), max_size=30).map("".join))
def test_dates_are_grounded_on_any_text(raw):
    for f in _dates(raw, "2014-04-03"):
        assert raw[f.start:f.end] == f.text
        assert f.value
