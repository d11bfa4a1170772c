"""Round 14 (issue 14), dates and persons on real text: own sentences with near misses."""
from __future__ import annotations

import pytest

import govtext


def _dates(text: str, **kw):
    return [(f.text, f.value, f.end_value) for f in govtext.extract_facts(text, kinds=["date"], **kw)]


# ---------------------------------------------------------------------------- item numbers and far years
_PLAN = "二、重点任务\n\n（一）平台建设\n\n{}\n\n（二）应用推广\n\n加快推进各项工作，确保取得实效。"


@pytest.mark.parametrize("item, expected", [
    # a task numbered without a space before its deadline: the year is read after the item number
    ("1.2021年底前完成全省平台建设。", [("2021年底前", "2021", None)]),
    ("2．2022年6月底前出台实施细则。", [("2022年6月底前", "2022-06", None)]),
    ("3.3月底前完成全省各类旅游重点区域的摸底调查，建立工作台账，明确责任单位和完成时限。", [("3月底前", "--03", None)]),
    # a source's garbled years, as written (FACTS.md: a year as the text prints it)
    ("1.0400年底前组建服务业数据交易平台。", [("0400年底前", "0400", None)]),
    ("3.0402年组织开展“境外百展”计划。", [("0402年", "0402", None)]),
    # near misses: decimals and counts are no years
    ("1.5亿元用于平台建设。", []),
    ("2.5000年来的文明史。", []),
])
def test_year_after_an_item_number(item, expected):
    assert _dates(_PLAN.format(item)) == expected


@pytest.mark.parametrize("text, expected", [
    ("（牵头单位：省商务厅）3.0400年底前建立信息服务平台。", [("0400年底前", "0400", None)]),  # the item joined to the one before
    ("服务业企业加快推进。0400年，服务业重点产业领域实现突破。", [("0400年", "0400", None)]),  # a garbled year opening a sentence
    ("中华民族有着悠久的历史。5000年来，文明延续不断。", []),          # 年来: a count of years
    ("我们的文明史，5000年的积淀从未中断。", []),                      # 年的: a count of years
    ("这是一个3000年的古城。", []),                                    # inside a clause: no year
    ("中华文明，5000年历史积淀深厚。", []),                            # a clause's count of years before a noun
    ("按照规划，0402年起实施一批数字博物馆项目。", [("0402年起", "0402", None)]),
])
def test_far_year_opening_a_clause(text, expected):
    assert _dates(text) == expected


# ---------------------------------------------------------------------------- persons: commentators' names
def _persons(text: str):
    return [(f.name, f.title, f.org) for f in govtext.extract_facts(text, kinds=["person"])]


@pytest.mark.parametrize("text, expected", [
    # a Japanese name after a word of work or standing (评论家, 学者: the strict reading)
    ("日本政治评论家本泽二郎指出，政府的做法违背民意。", [("本泽二郎", "政治评论家", "日本")]),   # given name in 郎
    ("日本学者小泽一郎说，两国应当加强交流。", [("小泽一郎", "学者", "日本")]),
    ("日本政治评论家岸田文雄表示，此举值得关注。", [("岸田文雄", "政治评论家", "日本")]),
    ("日本政治评论家岩屋毅表示，此举值得关注。", [("岩屋毅", "政治评论家", "日本")]),     # a given name of one
    ("日本首相齐藤铁夫表示，此举值得关注。", [("齐藤铁夫", "首相", "日本")]),             # a family name added to the lexicon
    # a transliterated name the segmenter reads into the next word (默认/为): the follower 认为 closes it
    ("美国芝加哥大学教授米尔斯海默认为，这一政策难以为继。", [("米尔斯海默", "教授", "美国芝加哥大学")]),
    ("美国学者米尔斯海默表示，这一政策难以为继。", [("米尔斯海默", "学者", "美国")]),
    # near misses
    ("德国总理默克尔特别强调，欧洲必须团结。", [("默克尔", "总理", "德国")]),           # 特别: no follower after 特
    ("高级干部严于律己，做好表率。", []),                                              # strict: a run of words
    ("专家学者表示，要加强研究。", []),
    ("县长王二郎说，今年要抓好春耕。", [("王二郎", "县长", None)]),                     # a Chinese name of three stays
])
def test_commentators_and_foreign_names(text, expected):
    assert _persons(text) == expected


# ---------------------------------------------------------------------------- relative words that are no dates
@pytest.mark.parametrize("text, expected", [
    # 后年满 / 前年满: 后 or 前 closes a time clause, 年满 is "reaching the age of"
    ("2023年3月5日公告。上次选民登记后年满十八周岁的公民，应当登记。", [("2023年3月5日", "2023-03-05", None)]),
    ("2023年3月5日公告。选举日前年满十八周岁的公民有选举权。", [("2023年3月5日", "2023-03-05", None)]),
    ("2023年3月5日公告。后年，全省将全面建成。", [("2023年3月5日", "2023-03-05", None), ("后年", "2025", None)]),
    ("2023年3月5日公告。前年底，全省已经完成。", [("2023年3月5日", "2023-03-05", None), ("前年底", "2021", None)]),
])
def test_year_words_before_nian_man(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a month counted from an event a verb names right before it: no date (as after 的)
    ("1995年1月1日以后缴纳基本养老保险费的人员，从本人缴费当月起建立个人账户。", [("1995年1月1日以后", "1995-01-01", None)]),
    ("2019年3月完成登记的企业，登记次月起享受补贴。", [("2019年3月", "2019-03", None)]),
    # near misses: after a word that introduces a date, or a clause's start, it counts from the date before
    ("2019年1月完成转制，次月起参加养老保险。", [("2019年1月", "2019-01", None), ("次月起", "2019-02", None)]),
    ("2019年3月，截至当月底，全市完成投资10亿元。", [("2019年3月", "2019-03", None), ("当月底", "2019-03", None)]),
    ("2019年3月5日开会，于次月15日前完成整改。", [("2019年3月5日", "2019-03-05", None), ("次月15日前", "2019-04-15", None)]),
    ("2018年7月开工，至次年5月完工。", [("2018年7月", "2018-07", None), ("次年5月", "2019-05", None)]),
])
def test_month_counted_from_an_event_verb(text, expected):
    assert _dates(text) == expected
