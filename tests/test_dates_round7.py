"""Date forms met on real documents in round 7 (issue 14), each with near misses.

Sentences are our own; the forms are the ones a survey of unseen corpus documents found missed or
misread: a bare day after 在/于 or standing between two commas, a day before 午夜, a numeric date at
the end of a line whose next line starts with a digit, months listed after a recurring one, ranges of
days before 内, and a bare day that names the report's own day again.
"""
from __future__ import annotations

import pytest

from govtext import extract_facts


def _dates(text: str, doc_date: str | None = None) -> list[tuple]:
    return [(f.text, f.value, f.end_value) for f in extract_facts(text, kinds=["date"], doc_date=doc_date)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare day after 在 / 于: the preposition of time
        ("巡逻舰在3日驶入该海域", [("3日", "---03", None)]),
        ("联络组的任期将于21号午夜到期", [("21号", "---21", None)]),
        ("代表团已于9日晚抵达", [("9日", "---09", None)]),
        ("论坛于12日至14日举行", [("12日至14日", "---12", "---14")]),
        # near misses: a span of days, a comparison, a fixed word with 于, a house number
        ("申请人应当在7日内补正材料", []),
        ("公示期不少于10日", []),
        ("审批时限不得高于5日", []),
        ("档案室位于6号楼", []),
        ("应当于收到通知之日起30日后执行", []),
        ("应在2日至5日内报送", []),
        ("于4日至6日以内完成", []),
        # 号 after 在/于 is a date only before a day cue or a stop: else a serial of a place
        ("观众在2号展馆排队入场", []),
        ("货轮于5号码头卸货", []),
        ("乘客在7号候机楼办理登机", []),
        ("首批物资已于6号抵达灾区", [("6号", "---06", None)]),
        ("大会将于15号举行", [("15号", "---15", None)]),
        # …and a word ending in 于 (由于, 取决于) is no preposition of time
        ("由于8日起持续降温，", []),
        # a bare day as a clause of its own between commas
        ("港口一度停运，16日，当地政府宣布恢复通航", [("16日", "---16", None)]),
        ("航班大面积延误，22号，航空公司发表致歉声明", [("22号", "---22", None)]),
        # near misses: a count of days in a list, a duration before a comma
        ("分别休整3日，5日，7日", []),
        ("公示期为5日，期满后公布结果", []),
        # a day before the time of night it happened in
        ("停火协议18号午夜生效", [("18号", "---18", None)]),
        ("救援队25日黎明进入灾区", [("25日", "---25", None)]),
        ("秘书长11日警告说局势可能失控", [("11日", "---11", None)]),
    ],
)
def test_bare_days(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # months and days listed after a recurring one recur too
        ("各地于每年4月、10月报送统计数据", []),
        ("补贴于每月10日、25日发放", []),
        ("会议每季度召开一次，2023年3月、6月另行安排专题会", [("2023年3月", "2023-03", None), ("6月", "2023-06", None)]),
        ("2022年4月、8月两次调整", [("2022年4月", "2022-04", None), ("8月", "2022-08", None)]),
    ],
)
def test_recurring_lists(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a numeric date at the end of a line, the next line starting with a digit
        ("成文日期：2021-05-17\n\n2021年度项目申报指南", [("2021-05-17", "2021-05-17", None), ("2021年度", "2021", None)]),
        ("发布时间：2019-11-02 09:15\n12月起实施", [("2019-11-02 09:15", "2019-11-02T09:15", None), ("12月起", "2019-12", None)]),
        # near miss: a plain number at the end of a line is none
        ("共计18\n\n25日", []),
    ],
)
def test_dates_at_joined_lines(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a month alone is a period talked about: it gives no month to a later bare day
        ("今天（11月9日）召开发布会。今年3月，该市启动改造。省统计局9日公布的数据显示",
         [("11月9日", "--11-09", None), ("今年3月", "--03", None), ("9日", "--11-09", None)]),
        ("5月，两国启动谈判。12号，双方签署协议", [("5月", "--05", None), ("12号", "---12", None)]),
        # nor does the start of a period up to now (自…至今, as …以来)
        ("今天（8月20日）通报。自今年2月1日至今，累计接诊3万人。卫健委19日表示",
         [("8月20日", "--08-20", None), ("今年2月1日", "--02-01", None), ("19日", "--08-19", None)]),
        # near miss: a date with its day does
        ("5月28日，两国启动谈判。30号，双方签署协议", [("5月28日", "--05-28", None), ("30号", "--05-30", None)]),
    ],
)
def test_month_context_of_bare_days(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # a relative century's end or middle ends a range: its last or fiftieth year
        ("从一九八五年到本世纪末，粮食产量要稳定增长", None, [("从一九八五年到本世纪末", "1985", "2000")]),
        ("从1991年到下个世纪中叶分三步走", None, [("从1991年到下个世纪中叶", "1991", "2050")]),
        ("从今年到本世纪末", "1984-05-15", [("从今年到本世纪末", "1984", "2000")]),
        # near misses: alone it is no date; a century without 末 or 中叶, a decade
        ("到本世纪中叶建成现代化强国", "2017-10-18", []),
        ("本世纪的头二十年", "2002-11-08", []),
        ("上世纪八十年代以来", None, []),
    ],
)
def test_century_ends_a_range(text, doc_date, expected):
    assert _dates(text, doc_date) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a year before 1000 written digit by digit, with its month
        ("据县志记载，六二七年八月始筑城墙", [("六二七年八月", "0627-08", None)]),
        ("四一三年三月五日立碑", [("四一三年三月五日", "0413-03-05", None)]),
        # near misses: no month after it, before Christ, an era's year, a range of counts
        ("历时三六七年", []),
        ("公元前二二一年十月", []),
        ("康熙三年五月重修", []),
    ],
)
def test_early_years(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # 前一季度, 前一个月: the quarter or month before, no first-N period
        ("环比增速低于前一季度的2.1%", "2023-08-01", []),
        ("销量比前一个月回落", "2023-08-01", []),
        ("今年前两个季度，出口稳定", "2023-08-01", [("今年前两个季度", "2023-01", "2023-06")]),
        ("今年前5个月，新增市场主体12万户", "2023-08-01", [("今年前5个月", "2023-01", "2023-05")]),
        # 次月, 当月, 次年, 当年 with no date before them in their sentence: a rule's time, counted
        # from each case
        ("应当自取得收入之日起7日内预缴，于次月5日前申报", "2016-02-01", []),
        ("年满十八周岁的，应当于当年6月30日前办理登记", "2011-01-01", []),
        ("补贴资金于次年起分三年拨付", "2020-01-01", []),
        # near misses: with a date before it in its sentence
        ("2021年3月完成验收，次月起投入运营", "2020-06-01", [("2021年3月", "2021-03", None), ("次月起", "2021-04", None)]),
        ("该项目2019年5月开工，次年6月建成", None, [("2019年5月", "2019-05", None), ("次年6月", "2020-06", None)]),
        # 前年 / 后年 that are 前 or 后 of another word before 年货, 年味 …
        ("春节前年货市场供应充足", "2024-01-20", []),
        ("节后年味渐淡", "2024-02-20", []),
        ("前年，该市启动改造", "2024-02-20", [("前年", "2022", None)]),
    ],
)
def test_relative_periods(text, doc_date, expected):
    assert _dates(text, doc_date) == expected
