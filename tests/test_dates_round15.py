"""Round 15 (issue 14), dates and persons on real text: own sentences with near misses."""
from __future__ import annotations

import pytest

import govtext


def _dates(text: str, **kw):
    return [(f.text, f.value, f.end_value) for f in govtext.extract_facts(text, kinds=["date"], **kw)]


def _persons(text: str):
    return [(f.text, f.name, f.title, f.org) for f in govtext.extract_facts(text, kinds=["person"])]


# ---------------------------------------------------------------------------- bare days in Chinese numerals
@pytest.mark.parametrize("text, expected", [
    # a day opening a sentence of a chronicle, its month and year from the date before
    ("一九八〇年三月二日，会议开幕。”五日，会议又讨论了计划。",
     [("一九八〇年三月二日", "1980-03-02", None), ("五日", "1980-03-05", None)]),
    ("一九八〇年三月二十日，会议开幕。二十二日，代表们分组讨论。",
     [("一九八〇年三月二十日", "1980-03-20", None), ("二十二日", "1980-03-22", None)]),
    # a day listed after a day
    ("一九八一年五月二十一日和二十八日，他两次到厂里视察。",
     [("一九八一年五月二十一日", "1981-05-21", None), ("二十八日", "1981-05-28", None)]),
    ("一九八一年十月一日、二日放假。", [("一九八一年十月一日", "1981-10-01", None), ("二日", "1981-10-02", None)]),
    # near misses: spans of days and days inside a sentence
    ("一九八〇年三月二日，会议开幕。三日内办结所有提案。", [("一九八〇年三月二日", "1980-03-02", None)]),
    ("一九八〇年三月二日开幕，会议历时三日，圆满结束。", [("一九八〇年三月二日", "1980-03-02", None)]),
    ("我们一日，也不能放松。", []),
    ("第十一日，队伍抵达终点。", []),
    ("纳税期限为一日、三日或者五日。", []),
])
def test_chinese_bare_days(text, expected):
    assert _dates(text) == expected


# ---------------------------------------------------------------------------- months sharing one 月
@pytest.mark.parametrize("text, doc_date, expected", [
    ("一九七五年三、四月，他们违背指示。", None, [("一九七五年三、四月", "1975-03", "1975-04")]),
    ("2020年3、4月开展专项检查。", None, [("2020年3、4月", "2020-03", "2020-04")]),
    ("今年5和6月集中开展。", "2021-02-01", [("今年5和6月", "2021-05", "2021-06")]),
    ("2020年三、四月份开展专项检查。", None, [("2020年三、四月份", "2020-03", "2020-04")]),
    # near misses: a skipped month, months each with 月, and a house number
    ("2020年1、4月各检查一次。", None, [("2020年1", "2020-01", None), ("4月", "2020-04", None)]),
    ("2016年1月、2月开展。", None, [("2016年1月", "2016-01", None), ("2月", "2016-02", None)]),
    ("2020年3、4号楼交付。", None, [("2020年", "2020", None)]),
])
def test_consecutive_months_sharing_yue(text, doc_date, expected):
    assert _dates(text, doc_date=doc_date) == expected


# ---------------------------------------------------------------------------- a Chinese month before an event
@pytest.mark.parametrize("text, expected", [
    ("一九七五年七月二十五日，他作了批示。九月召开的第一次全国农业学大寨会议",
     [("一九七五年七月二十五日", "1975-07-25", None), ("九月", "1975-09", None)]),
    ("会议结束。十月发布了新的规定。", [("十月", "--10", None)]),
    # near misses: once a month, inside a clause, a name
    ("工作组成立。一月召开一次例会。", []),
    ("他说三月召开会议。", []),
    ("十月革命一声炮响。", []),
])
def test_chinese_month_opening_an_event(text, expected):
    assert _dates(text) == expected


# ---------------------------------------------------------------------------- persons
@pytest.mark.parametrize("text, expected", [
    # a proposal of an appointment (提议…任/为…): the person with the offices as title
    ("人事安排由周总理负责，提议邓小平同志任党中央副主席、国务院副总理和中央军委副主席兼总参谋长，随后",
     [("邓小平同志任党中央副主席、国务院副总理和中央军委副主席兼总参谋长", "邓小平",
       "副主席、国务院副总理和中央军委副主席兼总参谋长", "党中央")]),
    ("会议提议王刚为市政府副市长。", [("王刚为市政府副市长", "王刚", "副市长", "市政府")]),
    # near misses: 提议 before words that hold 任 or 为
    ("他提议设定任何条件。", []),
    ("会议提议张三任务完成后再议。", []),
    # a word of org_stops.txt inside a longer word stops no organization (同 of 同盟, 同时)
    ("中国民主同盟中央原主席丁石孙同志因病逝世", [("中国民主同盟中央原主席丁石孙", "丁石孙", "原主席", "中国民主同盟中央")]),
    ("同时土耳其家庭和社会政策部长卡亚在鹿特丹的活动也遭阻拦",
     [("土耳其家庭和社会政策部长卡亚", "卡亚", "家庭和社会政策部长", "土耳其")]),  # round 18: the state is the org
    # near misses: the stop as a word of its own
    ("习近平同联合国秘书长古特雷斯通电话", [("联合国秘书长古特雷斯", "古特雷斯", "秘书长", "联合国")]),
    ("国务院委托国家计委副主任李人俊同志作报告", [("国家计委副主任李人俊", "李人俊", "副主任", "国家计委")]),
    # a degree after a name is no post (realgold11)
    ("从事阻燃材料研究的陈林博士和他的团队", []),
    ("刘永坦院士表示，这项技术意义重大。", [("刘永坦院士", "刘永坦", "院士", None)]),
])
def test_persons_round15(text, expected):
    assert _persons(text) == expected


# ---------------------------------------------------------------------------- years counted from the time of writing
@pytest.mark.parametrize("text, doc_date, expected", [
    # an event's full date earlier in the text does not give the year of writing (a report with no date)
    ("报告指出，从2004年7月1日起，提高养老金标准。去年，部分地区发生严重自然灾害。", None,
     [("2004年7月1日起", "2004-07-01", None)]),
    ("报告回顾，一九七五年五月三日，他指出：“上半年解决不了，下半年解决；今年解决不了，明年解决。”", None,
     [("一九七五年五月三日", "1975-05-03", None)]),
    ("条例于2004年7月1日起实施。今年年底前全部完成。", None, [("2004年7月1日起", "2004-07-01", None)]),
    # … but a bare 年底 is the end of the year talked about (a plan's deadline after its date)
    ("条例于2004年7月1日起实施。年底前全部完成。", None, [("2004年7月1日起", "2004-07-01", None), ("年底前", "2004", None)]),
    # … the document's date does
    ("报告指出，从2004年7月1日起，提高养老金标准。去年，部分地区发生严重自然灾害。", "2005-03-05",
     [("2004年7月1日起", "2004-07-01", None), ("去年", "2004", None)]),
    # … and so does a full date that opens the text, a news lead's dateline (the peers' dated leads)
    ("2021年6月14日，市政府表示，明年将继续加大投入。", None, [("2021年6月14日", "2021-06-14", None), ("明年", "2022", None)]),
    ("（2021年6月14日）今年以来，全市新增就业12万人。", None,
     [("2021年6月14日", "2021-06-14", None), ("今年以来", "2021", None)]),
    ("2021年6月14日，会议召开。2019年3月1日起实施的条例，去年修订。", None,
     [("2021年6月14日", "2021-06-14", None), ("2019年3月1日起", "2019-03-01", None), ("去年", "2020", None)]),
    ("会议指出，2021年6月14日，明年将继续加大投入。", None, [("2021年6月14日", "2021-06-14", None)]),
    # near misses: a year-less month or day still takes the year of the latest full date (FACTS §5)
    ("条例于2004年7月1日起实施。今年9月完成验收。", None,
     [("2004年7月1日起", "2004-07-01", None), ("今年9月", "2004-09", None)]),
    ("条例于2004年7月1日起实施。9月底前完成验收。", None,
     [("2004年7月1日起", "2004-07-01", None), ("9月底前", "2004-09", None)]),
    ("条例于2004年7月1日起实施。今年第三季度完成验收。", None,
     [("2004年7月1日起", "2004-07-01", None), ("今年第三季度", "2004-07", "2004-09")]),
    # … and 同年, 次年 count from the year last named
    ("条例于2004年7月1日起实施，次年5月全面推开。", None, [("2004年7月1日起", "2004-07-01", None), ("次年5月", "2005-05", None)]),
])
def test_year_of_writing_needs_the_documents_date(text, doc_date, expected):
    assert _dates(text, doc_date=doc_date) == expected
