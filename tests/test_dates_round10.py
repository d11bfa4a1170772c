"""Date forms of round 10 (issue 14), each with near misses.

Sentences are our own. The forms are those a survey of unseen corpus documents and the error classes
of the last round showed: a bare day before a conjunction that opens the event's partner (13日与…), a
clock time after a bare 号 day and the words of the night (19号午夜12点, 晚上12点 is midnight), a range
of days that ends on the report's day with its date in brackets (23日到今天（6月24日）), a year written
without 年 compared with another (一九八○比一九七五年), a zero typed as a letter or a circle in a year
(二O一九年), and a year before 1800 inside a sentence.
"""
from __future__ import annotations

import pytest

from govtext import extract_facts


def _dates(text: str, doc_date: str | None = None) -> list[tuple]:
    facts = extract_facts(text, kinds=["date"], doc_date=doc_date)
    assert all(text[f.start:f.end] == f.text for f in facts), facts
    return [(f.text, f.value, f.end_value) for f in facts]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare day before 与/和 and the partner of the event
        ("挪威首相21日与来访的芬兰总统举行会谈。", [("21日", "---21", None)]),
        ("外交部长9日和到访的东盟秘书长会面。", [("9日", "---09", None)]),
        ("考察团17日赴沿海港口调研。", [("17日", "---17", None)]),
        ("博览会26日于省会开幕。", [("26日", "---26", None)]),
        # near misses: a list of days (no month: a span), a duration before 与, a serial after 号
        ("申报期限为5日和15日。", []),
        ("双方应当提前7日与对方协商。", []),
        ("天舟3号与空间站完成对接。", []),
        ("他8号和同学去了公园。", []),
        # a clock time after a bare day written with 号, and the words of the night
        ("停火协议将于21号午夜12点生效。", [("21号午夜12点", "---21T24:00", None)]),
        ("代表团于5号晚上9点抵达。", [("5号晚上9点", "---05T21:00", None)]),
        ("暴雨14日深夜2点达到峰值。", [("14日深夜2点", "---14T02:00", None)]),
        ("选举结果6日晚上12点揭晓。", [("6日晚上12点", "---06T24:00", None)]),
        ("火车于3月8日傍晚6点进站。", [("3月8日傍晚6点", "--03-08T18:00", None)]),
        # a clock time after the report's evening (今晚, 昨晚: the day is the report's)
        ("今晚8点，特别节目播出。", [("晚8点", "T20:00", None)]),
        ("昨晚11点，火情得到控制。", [("晚11点", "T23:00", None)]),
        # near misses: the night word alone keeps the day; noon stays noon
        ("谈判将于21号午夜结束。", [("21号", "---21", None)]),
        ("会议于9日中午12点结束。", [("9日中午12点", "---09T12:00", None)]),
        ("晚8点，特别节目播出。", []),
        # a range of days to the report's day, its date in brackets after it
        ("抗议活动从28日到今天（3月2日）仍在持续。", [("从28日到今天", "--02-28", "--03-02"), ("3月2日", "--03-02", None)]),
        ("山火16日到今天（8月19日）已烧毁房屋百余间。", [("16日到今天", "--08-16", "--08-19"), ("8月19日", "--08-19", None)]),
        ("大雪从30日到今天（2021年1月2日）仍未停歇。",
         [("从30日到今天", "2020-12-30", "2021-01-02"), ("2021年1月2日", "2021-01-02", None)]),
        # a bare day after 从 that starts a range to a date with its month
        ("从28日到3月2日，降雨持续。", [("从28日到3月2日", "--02-28", "--03-02")]),
        # near misses: no bracketed date (the start alone), a first day the month has not
        ("山火16日到今天已烧毁房屋百余间。", [("16日", "---16", None)]),
        ("风暴31日到今天（3月2日）持续肆虐。", [("3月2日", "--03-02", None)]),
        # a year written without 年, compared with a year
        ("一九八○比一九七五年增长百分之十五。", [("一九八○", "1980", None), ("一九七五年", "1975", None)]),
        ("粮食产量2006较2001年增加两成。", [("2006", "2006", None), ("2001年", "2001", None)]),
        # near misses: a count compared with a year's, a score
        ("全县人口为1980比上年略有增加。", []),
        ("比赛以3比1结束。", []),
        # a zero typed as a letter or a circle inside a year in Chinese digits
        ("二O一九年三月，新区挂牌成立。", [("二O一九年三月", "2019-03", None)]),
        ("一九八Ｏ年的产值翻了一番。", [("一九八Ｏ年", "1980", None)]),
        ("二◯二一年底全面建成。", [("二◯二一年底", "2021", None)]),
        # near miss: a letter O with no year around it
        ("O型血的献血者", []),
        # a year before 1800 inside a sentence
        ("馆员向我们展示了1785年刊印的海图。", [("1785年", "1785", None)]),
        ("这是1403年明朝使臣写下的航海日记。", [("1403年", "1403", None)]),
        ("英国1688年发生光荣革命。", [("1688年", "1688", None)]),
        ("从1640年到1689年，英国几经动荡。", [("从1640年到1689年", "1640", "1689")]),
        ("1689年至1700年间，两国多次通使。", [("1689年至1700年", "1689", "1700")]),
        # a year before 1000 after 公元 (a calendar year), in digits or Chinese numerals
        ("公元618年唐朝建立。", [("618年", "0618", None)]),
        ("公元六一八年唐朝建立。", [("六一八年", "0618", None)]),
        ("公元960年至1279年为两宋时期。", [("960年至1279年", "0960", "1279")]),
        # near miss: before Christ
        ("公元前206年汉朝建立。", []),
        # near misses: a round hundred, a word that counts before it, 年 before a stop
        ("这座古城已有1600年历史。", []),
        ("这座古桥已有1385年历史。", []),
        ("两地相距1375年之久的记载。", []),
        ("运河全长1794公里，距今1386年。", []),
        ("古城历史长达1000年至1500年。", []),
    ],
)
def test_round10_forms(text, expected):
    assert _dates(text) == expected


def test_a_range_to_the_report_day_gives_its_month_to_later_bare_days():
    text = "军队23日到今天（6月24日）持续袭击多地。25日，停火谈判重启。"
    assert _dates(text) == [("23日到今天", "--06-23", "--06-24"), ("6月24日", "--06-24", None), ("25日", "--06-25", None)]


def test_night_words_resolve_with_the_document_date():
    assert _dates("停火协议将于21号午夜12点生效。", doc_date="2012-07-18") == [("21号午夜12点", "2012-07-21T24:00", None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a planned event gives its month to a later bare day only when no date before it did
        ("今天（3月4日）消息，新馆将于4月20日开放。馆长5日表示，…",
         [("3月4日", "--03-04", None), ("4月20日", "--04-20", None), ("5日", "--03-05", None)]),
        ("纪念章将于5月8日发行，画册将于6月2日出版。\n评选结果今天（7日）揭晓。",
         [("5月8日", "--05-08", None), ("6月2日", "--06-02", None), ("7日", "--05-07", None)]),
        # … and to a day listed right after it, which is planned too
        ("3月1日通报：高峰将于3月12、13号出现。\n10号，铁路部门加开列车。",
         [("3月1日", "--03-01", None), ("3月12", "--03-12", None), ("13号", "--03-13", None), ("10号", "--03-10", None)]),
        # near miss: a past decision (决定于) is no plan
        ("他决定于7月6日举事。6日清晨，枪声响起。", [("7月6日", "--07-06", None), ("6日", "--07-06", None)]),
    ],
)
def test_planned_dates_and_bare_days(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # a range whose ends name their years by different words: two year-less dates without an anchor
        ("自去年10月到今年2月，降雨偏少。", None, [("去年10月", "--10", None), ("今年2月", "--02", None)]),
        ("从今年9月到明年3月，开展专项整治。", None, [("今年9月", "--09", None), ("明年3月", "--03", None)]),
        # … one range once the anchor gives the years
        ("自去年10月到今年2月，降雨偏少。", "2021-05-06", [("自去年10月到今年2月", "2020-10", "2021-02")]),
        # near miss: one year word for both ends stays one range
        ("从今年3月到5月，开展专项整治。", None, [("从今年3月到5月", "--03", "--05")]),
    ],
)
def test_ranges_across_relative_years(text, doc_date, expected):
    assert _dates(text, doc_date) == expected


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # 的 between a relative year and its month; the middle of a year (年中); a range of hours in
        # Chinese numerals after a day and its time of day
        ("明年的5月，新馆将投入使用。", "2021-06-14", [("明年的5月", "2022-05", None)]),
        ("2019年年中，两市启动了联合执法。", None, [("2019年年中", "2019", None)]),
        ("2021年6月1日晚上七到九点，该路段封闭施工。", None,
         [("2021年6月1日晚上七到九点", "2021-06-01T19:00", "2021-06-01T21:00")]),
        # near misses: 年中 opening another word, 的 before no month
        ("2019年年中央财政安排补助。", None, [("2019年", "2019", None)]),
        ("明年的任务更重。", None, []),
    ],
)
def test_peer_forms_round10(text, doc_date, expected):
    assert _dates(text, doc_date) == expected
