"""The date grammar of issue 14, family by family: own sentences, each with near misses beside it.

Decisions of issue 14 applied here: two-digit years (4), 上半年 with its part, 前三季度, 本周 and bare
今年/去年/明年 (5), clock times always ``THH:MM`` (6); FACTS.md §2/§5 for year-less dates.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.extract import extract_facts
from govtext.extract.document_date import document_date


def _dates(sentence: str, doc_date: str | None = None):
    return [(f.text, f.value, f.end_value) for f in extract_facts(sentence, kinds=["date"], doc_date=doc_date)]


def _fields(sentence: str, doc_date: str | None = None):
    return [(f.text, f.value, f.end_value, f.inferred_year, f.part, f.relation)
            for f in extract_facts(sentence, kinds=["date"], doc_date=doc_date)]


# (id, sentence, doc_date, [(surface, value, end_value), ...] — every date fact of the sentence)
CASES = [
    # -- ranges of years, every dash and word
    ("years-em-dash", "2019—2021年全面推进", None, [("2019—2021年", "2019", "2021")]),
    ("years-double-em-dash", "从2009年——2012年，共投入", None, [("从2009年——2012年", "2009", "2012")]),
    ("years-spaced-hyphen", "1998 - 2000年的产量", None, [("1998 - 2000年", "1998", "2000")]),
    ("years-en-dash", "1998–2000年的产量", None, [("1998–2000年", "1998", "2000")]),
    ("years-between", "2011年和2013年之间的数据", None, [("2011年和2013年之间", "2011", "2013")]),
    ("years-from-to-bare", "统计时间从2017到2019。", None, [("从2017到2019", "2017", "2019")]),
    ("years-bare-no-from", "编号2016-2018", None, []),
    ("years-from-count", "从2016到2018家", None, []),
    ("years-backwards", "2018—2016年", None, [("2016年", "2016", None)]),
    ("years-listed", "2015、2016年全市新增", None, [("2015", "2015", None), ("2016年", "2016", None)]),
    ("years-listed-count", "一九七八和一九七九两年共增产", None, [("一九七八", "1978", None), ("一九七九", "1979", None)]),
    ("years-and-no-between", "2015年和2018年的销售额", None, [("2015年", "2015", None), ("2018年", "2018", None)]),
    # -- ranges of months
    ("months-em-dash", "2020年4—6月开展检查", None, [("2020年4—6月", "2020-04", "2020-06")]),
    ("months-double-dash", "2017年3——5月开展检查", None, [("2017年3——5月", "2017-03", "2017-05")]),
    ("months-mixed-numerals", "2019年2-六月开展检查", None, [("2019年2-六月", "2019-02", "2019-06")]),
    ("months-between", "请提供三月和五月之间的数据", "2018-09-18", [("三月和五月之间", "2018-03", "2018-05")]),
    ("months-duration", "用3—5个月时间完成", None, []),
    ("months-this-year-dash", "今年1—4月，全省进出口", "2017-05-20", [("今年1—4月", "2017-01", "2017-04")]),
    ("months-last-year-hyphen", "去年2-10月累计", "2017-05-20", [("去年2-10月", "2016-02", "2016-10")]),
    ("months-next-year-cn", "2015年启动，次年三至五月完成", None, [("2015年", "2015", None), ("次年三至五月", "2016-03", "2016-05")]),
    ("months-this-year-duration", "今年3—5个月内完成", "2017-05-20", [("今年", "2017", None)]),
    # -- ranges of days, across months
    ("days-em-dash", "2021年5月6—9日举办", None, [("2021年5月6—9日", "2021-05-06", "2021-05-09")]),
    ("days-hyphen", "2018年7月3-5日举办", None, [("2018年7月3-5日", "2018-07-03", "2018-07-05")]),
    ("days-year-less", "5月6—9日举办", "2016-01-01", [("5月6—9日", "2016-05-06", "2016-05-09")]),
    ("days-cross-month-bare", "活动时间2月27至3月2", None, [("2月27至3月2", "--02-27", "--03-02")]),
    ("days-cross-month", "2023年1月30至2月3日举办", None, [("2023年1月30至2月3日", "2023-01-30", "2023-02-03")]),
    ("days-span-no-month", "6—9日内完成", "2016-01-01", []),
    ("days-duration", "3-5天完成", "2016-01-01", []),
    ("day-without-ri-end", "二〇一一年九月十八", None, [("二〇一一年九月十八", "2011-09-18", None)]),
    ("no-leap-day", "2021年2月29日召开", None, []),
    ("leap-day", "2024年2月29日召开", None, [("2024年2月29日", "2024-02-29", None)]),
    ("leap-day-by-anchor", "2月29日召开", "2023-05-01", []),
    ("no-such-day-range", "2021年4月31日至5月2日，3月1日", None, [("3月1日", "--03-01", None)]),
    ("day-without-ri-count", "截至10月22家企业复工", None, [("10月", "--10", None)]),
    # -- dates listed after one with its year share it; a day listed after a day
    ("listed-months", "2016年1月、4月和7月各抽查一次", "2018-03-01",
     [("2016年1月", "2016-01", None), ("4月", "2016-04", None), ("7月", "2016-07", None)]),
    ("listed-days", "论坛于2019年5月8日、9日和10日举办", None,
     [("2019年5月8日", "2019-05-08", None), ("9日", "2019-05-09", None), ("10日", "2019-05-10", None)]),
    ("listed-after-comma", "2016年1月完成，4月验收", "2018-03-01", [("2016年1月", "2016-01", None), ("4月", "2018-04", None)]),
    ("listed-own-year", "2016年1月和今年4月", "2018-03-01", [("2016年1月", "2016-01", None), ("今年4月", "2018-04", None)]),
    ("listed-day-spans", "自受理之日起15日、30日内作出决定", None, []),
    ("listed-days-shared-ri", "2019年5月8、9日举办", None, [("2019年5月8", "2019-05-08", None), ("9日", "2019-05-09", None)]),
    ("listed-days-ordinal", "第3、9日", None, []),
    ("listed-day-periods", "纳税期限分别为1日、3日、5日或者10日", "2016-02-01", []),
    ("listed-days-holiday", "放假3天（10月1日、2日、3日）", "2016-02-01",
     [("10月1日", "2016-10-01", None), ("2日", "2016-10-02", None), ("3日", "2016-10-03", None)]),
    ("listed-days-hao", "预计2月12、13、14号迎来高峰", "2020-01-10",
     [("2月12", "2020-02-12", None), ("13", "2020-02-13", None), ("14号", "2020-02-14", None)]),
    ("listed-days-count", "3月5、6个批次", "2020-01-10", [("3月5", "2020-03-05", None)]),
    # consecutive months sharing one 月 are one period (realgold15: 一九七五年三、四月 → 1975-03..1975-04)
    ("listed-months-shared-yue", "2020年3、4月开展", None, [("2020年3、4月", "2020-03", "2020-04")]),
    ("listed-months-three", "2020年三、四、五月开展", None, [("2020年三、四、五月", "2020-03", "2020-05")]),
    # … months that skip one stay dates of their own
    ("listed-months-skipping", "2020年1、4月开展", None, [("2020年1", "2020-01", None), ("4月", "2020-04", None)]),
    ("listed-months-no-year", "一、二月开展", None, []),
    ("listed-quarters", "2019年第二、三季度，全市", "2022-01-05",
     [("2019年第二", "2019-04", "2019-06"), ("三季度", "2019-07", "2019-09")]),
    ("listed-ranks", "2019年第2、3名", None, [("2019年", "2019", None)]),
    ("listed-months-ranking", "2020年第3、4名", None, [("2020年", "2020", None)]),
    ("listed-months-house", "2020年3、4号楼", None, [("2020年", "2020", None)]),
    ("listed-house-numbers", "3月9日召开，第15号、16号文件", None, [("3月9日", "--03-09", None)]),
    # -- ISO, slash and dotted dates and their ranges
    ("slash-range", "报名时间2021/3/6-2021/3/9。", None, [("2021/3/6-2021/3/9", "2021-03-06", "2021-03-09")]),
    ("dot-range", "报名时间2021.3.6-2021.3.9。", None, [("2021.3.6-2021.3.9", "2021-03-06", "2021-03-09")]),
    ("dot-months-cv", "2012.09-2016.06 在某大学学习", None, [("2012.09-2016.06", "2012-09", "2016-06")]),
    ("dot-month-to-year", "2015.07-2018 任某县县长", None, [("2015.07-2018", "2015-07", "2018")]),
    ("iso-early-year", "生于1769-08-15", None, [("1769-08-15", "1769-08-15", None)]),
    ("iso-t-time", "更新于2020-11-03T16:05", None, [("2020-11-03T16:05", "2020-11-03T16:05", None)]),
    ("iso-in-identifier", "项目代码HZ2020-11-03-07", None, []),
    ("iso-after-letters", "批次SX2020-11-03", None, []),
    ("iso-before-letters", "型号2020-11-3B停产", None, []),
    ("dot-version", "版本2.1-2.3均可", None, []),
    ("dot-money-range", "1.5-2.0万元", None, []),
    ("dot-month-alone", "2012.09", None, []),
    # -- periods: first quarters and months, quarters, half-years, weeks
    ("first-quarters", "2023年前三季度，全市", None, [("2023年前三季度", "2023-01", "2023-09")]),
    ("first-two-quarters", "今年前两个季度，全市", "2021-07-01", [("今年前两个季度", "2021-01", "2021-06")]),
    ("first-months", "2020年前10个月，出口", None, [("2020年前10个月", "2020-01", "2020-10")]),
    ("first-months-cn", "今年前四个月，出口", "2019-05-20", [("今年前四个月", "2019-01", "2019-04")]),
    ("first-quarter-shou", "2019年首季度，全市", None, [("2019年首季度", "2019-01", "2019-03")]),
    ("first-quarters-bare", "前三季度，全区实现", "2018-10-20", [("前三季度", "2018-01", "2018-09")]),
    ("year-before", "2025年前完成", None, [("2025年前", "2025", None)]),
    ("first-months-no-year", "试用期前三个月", "2018-10-20", []),
    ("third-quarter", "2018年三季度", None, [("2018年三季度", "2018-07", "2018-09")]),
    ("this-week", "本周召开会议", "2022-06-08", [("本周", "2022-06-06", "2022-06-12")]),
    ("this-week-no-anchor", "本周召开会议", None, []),
    ("anniversary", "建党一百本周年", "2022-06-08", []),
    # relative quarters and 这个月 (issue 14, round 5): resolved against the document's date
    ("next-weekday-is-a-day", "下周一召开推进会", "2022-06-08", []),
    ("this-month-zhe", "这个月全县将组织防火检查", "2022-06-08", [("这个月", "2022-06", None)]),
    ("last-quarter", "上个季度全县工业产值平稳", "2022-05-10", [("上个季度", "2022-01", "2022-03")]),
    ("last-quarter-across-year", "上一季度全县工业产值平稳", "2022-02-10", [("上一季度", "2021-10", "2021-12")]),
    ("this-quarter", "本季度全县将新开工项目", "2022-08-01", [("本季度", "2022-07", "2022-09")]),
    ("next-quarter", "下个季度全县将新开工项目", "2022-11-20", [("下个季度", "2023-01", "2023-03")]),
    ("last-quarter-end", "上季度末贷款余额回升", "2022-05-10", [("上季度末", "2022-01", "2022-03")]),
    ("last-quarter-comparison", "环比上季度增长", "2022-05-10", []),
    ("first-quarter-not-relative", "第一季度全县工业产值平稳", "2022-05-10", [("第一季度", "2022-01", "2022-03")]),
    # -- relative years and months alone (decision 5)
    ("this-year-alone", "今年是开局之年", "2026-03-05", [("今年", "2026", None)]),
    ("last-year-base", "较去年同期增长", "2016-04-08", [("去年", "2015", None)]),
    ("next-year-alone", "做好明年经济工作", "2018-12-20", [("明年", "2019", None)]),
    ("this-year-no-anchor", "今年是开局之年", None, []),
    ("previous-year-base", "较上年增长", "2016-04-08", []),
    ("that-year", "当年的老区", "2016-04-08", []),
    ("later-fiscal-years", "不结转以后年度扣除", "2016-04-08", []),
    ("next-month-alone", "下个月完工", "2022-06-14", [("下个月", "2022-07", None)]),
    ("last-month-day", "上个月15号开工", "2022-06-14", [("上个月15号", "2022-05-15", None)]),
    # -- parts of a year or month
    ("two-tens-of-days", "7月中下旬完成", "2020-03-01", [("7月中下旬", "2020-07", None)]),
    ("year-year-end", "2019年年底完成", None, [("2019年年底", "2019", None)]),
    ("month-month-end", "12月月底完成", "2022-06-14", [("12月月底", "2022-12", None)]),
    ("year-start-yishi", "二〇二二年伊始，全市", None, [("二〇二二年伊始", "2022", None)]),
    ("to-year-end", "到年底，全市将完成", "2020-03-01", [("年底", "2020", None)]),
    ("year-end-recurring", "在年中和年末报告执行情况", "2020-03-01", []),
    # -- two-digit and digit-by-digit years (decision 4)
    ("two-digit-month", "09年5月启动", "2014-04-03", [("09年5月", "2009-05", None)]),
    ("two-digit-last-century", "96年7月启动", "2014-04-03", [("96年7月", "1996-07", None)]),
    ("two-digit-day", "13年3月2日启动", None, [("13年3月2日", "2013-03-02", None)]),
    ("two-digit-year-end", "18年底完成", None, [("18年底", "2018", None)]),
    ("two-digit-quarter", "10年第二季度", None, [("10年第二季度", "2010-04", "2010-06")]),
    ("leading-zero-alone", "05年以来变化很大", None, [("05年以来", "2005", None)]),
    ("digit-by-digit", "零五年三月", None, [("零五年三月", "2005-03", None)]),
    ("digit-by-digit-alone", "九八年的洪水", None, [("九八年", "1998", None)]),
    ("two-digit-duration", "坚持了15年，成效明显", None, []),
    ("years-approx-pair", "用三四年时间，再用七八年", None, []),
    ("years-approx-three-five", "三五年内见效", None, []),
    ("decade", "上世纪80年代", None, []),
    ("decade-four-digits", "1980年代的工厂", None, []),
    ("year-then-deputies", "2012年代表大会召开", None, [("2012年", "2012", None)]),
    ("early-year-with-month", "1644年3月19日", None, [("1644年3月19日", "1644-03-19", None)]),
    ("early-year-alone", "距今1644年", None, []),
    ("liangqian-year", "两千零八年八月八日", None, [("两千零八年八月八日", "2008-08-08", None)]),
    ("liangqian-duration", "两千年的历史", None, []),
    # -- clock times (decision 6)
    ("hour-on-day", "5月6日9时起施行", None, [("5月6日9时起", "--05-06T09:00", None)]),
    ("hour-24", "6月1日24时", None, [("6月1日24时", "--06-01T24:00", None)]),
    ("half-past", "3月2日下午3点半", None, [("3月2日下午3点半", "--03-02T15:30", None)]),
    ("evening-cn", "3月2日晚上八点", None, [("3月2日晚上八点", "--03-02T20:00", None)]),
    ("quarter-hour", "3月2日20时1刻", None, [("3月2日20时1刻", "--03-02T20:15", None)]),
    ("cn-minutes", "3月2日十点零五分", None, [("3月2日十点零五分", "--03-02T10:05", None)]),
    ("seconds", "3月2日10时05分30秒发生", None, [("3月2日10时05分30秒", "--03-02T10:05:30", None)]),
    ("weekday-then-time", "定于2023年2月14日（星期二）下午2:30召开", None,
     [("2023年2月14日（星期二）下午2:30", "2023-02-14T14:30", None)]),
    ("weekday-short-then-time", "2月14日周二9时报到", None, [("2月14日周二9时", "--02-14T09:00", None)]),
    ("weekday-iso-then-time", "时间：2023-02-14(周二)09:00", None, [("2023-02-14(周二)09:00", "2023-02-14T09:00", None)]),
    ("weekday-alone", "2023年2月14日（星期二）召开", None, [("2023年2月14日", "2023-02-14", None)]),
    ("weekday-no-time", "2月14日周二上午召开", None, [("2月14日", "--02-14", None)]),
    ("time-range", "2022年3月2日8:30-11:30", None, [("2022年3月2日8:30-11:30", "2022-03-02T08:30", "2022-03-02T11:30")]),
    ("hour-range", "3月2日9-11时", None, [("3月2日9-11时", "--03-02T09:00", "--03-02T11:00")]),
    ("day-time-range", "12月1日零时至12月3日24时", None,
     [("12月1日零时至12月3日24时", "--12-01T00:00", "--12-03T24:00")]),
    ("bare-after-day-word", "今天18点发布预警", None, [("18点", "T18:00", None)]),
    ("bare-after-bare-day", "仪式9日举行。10时30分，仪式开始。", None, [("9日", "---09", None), ("10时30分", "T10:30", None)]),
    ("bare-no-day", "10时30分，仪式开始。", None, []),
    ("points-not-hours", "今天，我讲三点意见，提出5点建议", None, []),
    ("recurring-hours", "今天起每天8时开放", None, []),
    ("recurring-hours-listed", "今天起每天00时和08时报告", None, []),
    ("that-day-in-a-rule", "签证于有效期满当日北京时间24时失效", None, []),
    ("rule-far-from-its-date", "2005年6月1日起施行。" + "第十条 建筑施工应当遵守规定。" * 30 + "在晚22点至次日晨6点，不得施工",
     None, [("2005年6月1日起", "2005-06-01", None)]),
    # -- a day without its month (FACTS.md: the month of the latest date before, else the anchor)
    ("bare-day-lead-month", "新华社北京6月3日电 座谈会2日在京召开", None,
     [("6月3日", "--06-03", None), ("2日", "--06-02", None)]),
    ("bare-day-anchor", "座谈会2日在京召开", "2014-06-03", [("2日", "2014-06-02", None)]),
    ("bare-day-no-month", "某国官员15日表示", None, [("15日", "---15", None)]),
    ("bare-day-after-colon", "央视网消息：12号，会议闭幕", None, [("12号", "---12", None)]),
    ("bare-day-with-time", "19日20时35分发生余震", "2003-12-20", [("19日20时35分", "2003-12-19T20:35", None)]),
    ("bare-day-bracketed-after-today", "评选结果今天(21日)揭晓", "2014-06-03", [("21日", "2014-06-21", None)]),
    ("bare-day-bracketed-after-noun", "第二轮（21日）比赛", "2014-06-03", []),
    ("date-running-into-doc-number", "1987年5月4日市政府京政发〔1987〕12号文件发布", None,
     [("1987年5月4日", "1987-05-04", None)]),
    ("bare-day-after-cong", "从8日到现在，救援队每天作业", "2014-06-10", [("8日", "2014-06-08", None)]),
    ("bare-day-after-zi", "自9日起实行交通管制", "2014-06-10", [("9日起", "2014-06-09", None)]),
    ("house-after-cong", "从1号楼到3号楼", "2014-06-10", []),
    ("days-after-zi", "自3日内补齐", "2014-06-10", []),
    ("house-number", "6号楼和3号文件", "2014-06-03", []),
    ("days-within", "15日内办结", "2014-06-03", []),
    ("days-before", "在作业开始之日前5日向社会公告", "2014-06-03", []),
    ("doc-number-serial", "国办发明电〔2018〕15号发布日期", None, []),
    ("typhoon", "第11号台风", "2014-06-03", []),
    ("recurring-day", "每月15日召开", "2014-06-03", []),
    # -- labels, file names
    ("volume", "抽检信息通告（2021年第5期）", None, [("2021年", "2021", None)]),
    ("session", "申办2009年第二十四届运动会", None, [("2009年", "2009", None)]),
    ("serial", "2014年第3号公告", None, []),
    ("edition", "2020年版教材", None, []),
    ("file-name", "附件：2021年项目申报表.xlsx", None, []),
    ("file-name-copy", "某某市关于下达2023年任务的通知 (1).pdf", None, []),
    # -- eras: counted from a reign or calendar era, no value FACTS.md can write; nor a two-digit year
    ("era-month", "康熙三年五月，该县修建石桥", None, []),
    ("era-arabic", "康熙20年9月重修", None, []),
    ("era-lunar-day", "神龙二年正月初一落成", None, []),
    ("early-year", "三六七年一月一日城池建成", "2021-06-14", [("三六七年一月一日", "0367-01-01", None)]),
    ("unread-year", "某某三年五月该县修建石桥", "2021-06-14", []),
    ("lunar-first-day", "庙会定在三月初一举行", "2021-06-14", []),
    ("early-month", "3月初完成自查", "2021-06-14", [("3月初", "2021-03", None)]),
    # -- a comma inside a range only after 从 or 开始/起; a range that reads no end leaves its start
    ("comma-date-then-deadline", "2021年6月14日，到年底全市将完成", None,
     [("2021年6月14日", "2021-06-14", None), ("年底", "2021", None)]),
    ("comma-range-from", "从2014年3月，至9月", None, [("从2014年3月，至9月", "2014-03", "2014-09")]),
    ("comma-range-qi", "2014年3月起，至9月", None, [("2014年3月起，至9月", "2014-03", "2014-09")]),
    # -- relative weeks: only 本周 (decision 5); 上周, 下周 and weekdays are relative days' kin, outside FACTS.md
    ("this-week", "本周全市开展安全检查", "2021-06-14", [("本周", "2021-06-14", "2021-06-20")]),
    ("last-week", "上周全市开展了安全检查", "2021-06-14", []),
    ("last-monday", "上周一有考试", "2021-06-14", []),
    # -- 年底 opening its clause is a time adverbial; 年末报告 a noun
    ("year-end-clause", "年底，全市将完成全部改造", "2021-06-14", [("年底", "2021", None)]),
    ("year-end-report", "年末报告显示", "2021-06-14", []),
]


# Bare days (issue 14, round 5): a day listed after a day takes its month, by 、 or by a comma that
# goes on listing; a day after a date that bounds an event (以来, 前) takes the month of the report,
# not the bound's.
BARE_DAYS = [
    ("listed-by-comma-hao", "7月20号，21号，22号，全县开展防汛演练", "2022-07-25",
     [("7月20号", "2022-07-20", None), ("21号", "2022-07-21", None), ("22号", "2022-07-22", None)]),
    ("listed-by-comma-ri", "7月20日，21日，全县开展防汛演练", "2022-07-25",
     [("7月20日", "2022-07-20", None), ("21日", "2022-07-21", None)]),
    ("listed-by-pause-hao", "7月20号、21号全县开展防汛演练", "2022-07-25",
     [("7月20号", "2022-07-20", None), ("21号", "2022-07-21", None)]),
    ("listed-house-number", "7月20号、21号楼全部完工", "2022-07-25", [("7月20号", "2022-07-20", None)]),
    ("comma-then-span", "7月20日，15日内完成整改", "2022-07-25", [("7月20日", "2022-07-20", None)]),
    ("comma-then-serial", "截至7月20日，12号文件已下发", "2022-07-25", [("7月20日", "2022-07-20", None)]),
    ("comma-no-date-before", "纳税期限为1日，3日，5日", "2022-07-25", []),
    ("after-since-date", "3月30日以来，全县累计接种疫苗2万剂次。25日，新增接种300剂次", "2022-04-26",
     [("3月30日以来", "2022-03-30", None), ("25日", "2022-04-25", None)]),
    ("after-deadline-month", "8月前完成整改。5日，县里召开推进会", "2022-07-06",
     [("8月前", "2022-08", None), ("5日", "2022-07-05", None)]),
    ("after-plain-date", "3月30日，全县开始接种。31日，新增接种300剂次", "2022-04-26",
     [("3月30日", "2022-03-30", None), ("31日", "2022-03-31", None)]),
    ("time-zone", "当地时间27日，代表团抵达巴黎", "2022-04-28", [("27日", "2022-04-27", None)]),
    ("early-morning", "3日一早，消防队员赶到现场", "2022-04-28", [("3日", "2022-04-03", None)]),
    ("last-night-bracket", "活动昨晚（6日）启动", "2022-04-07", [("6日", "2022-04-06", None)]),
    # a Chinese-numeral month alone after 在/于 or before 的; not a lunar day nor a frequency
    ("month-after-zai", "工会在二月罢工中受到了损失", None, [("二月", "--02", None)]),
    ("month-before-de", "八月的决定早已作了规定", None, [("八月", "--08", None)]),
    ("lunar-day", "庙会定在三月初一举行", None, []),
    ("frequency", "一月一次召开例会", None, []),
    # round 6: 次月, 当月, 次年 after 的 count from an event, not from a date (no anchor, no fact)
    ("next-month-of-an-event", "转制后自企业登记注册的次月起按企业办法参加社会保险", "2018-12-18", []),
    ("next-month-day-of-an-event", "扣缴义务人应在代扣税款的次月十五日内报送", "2018-12-18", []),
    ("next-month-after-a-date", "2019年1月完成转制，次月起参加社会保险", "2018-12-18",
     [("2019年1月", "2019-01", None), ("次月起", "2019-02", None)]),
]


@pytest.mark.parametrize("sentence,doc_date,expected", [c[1:] for c in BARE_DAYS], ids=[c[0] for c in BARE_DAYS])
def test_bare_days_and_months(sentence, doc_date, expected):
    assert _dates(sentence, doc_date) == expected


@pytest.mark.parametrize("sentence,doc_date,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_date_family(sentence, doc_date, expected):
    assert _dates(sentence, doc_date) == expected


# part, relation and inferred_year where a family sets them
@pytest.mark.parametrize("sentence,doc_date,row", [
    ("2021年上半年", None, ("2021年上半年", "2021", None, False, "early", None)),
    ("今年下半年以来", "2020-10-01", ("今年下半年以来", "2020", None, True, "late", "after")),
    ("本月底前完成", "2022-06-14", ("本月底前", "2022-06", None, True, "late", "before")),
    ("19年底", None, ("19年底", "2019", None, False, "late", None)),
    ("二〇二二年伊始", None, ("二〇二二年伊始", "2022", None, False, "early", None)),
    ("12月月底", "2021-06-14", ("12月月底", "2021-12", None, True, "late", None)),
    ("07年以后", None, ("07年以后", "2007", None, False, None, "after")),
    ("去年", "2016-04-08", ("去年", "2015", None, True, None, None)),
    ("由年初的6.8%下降到3.9%", "2017-12-01", ("年初", "2017", None, True, "early", None)),
], ids=lambda x: str(x)[:12])
def test_date_fields(sentence, doc_date, row):
    assert row in _fields(sentence, doc_date)


@pytest.mark.parametrize("sentence,anchor,value", [
    ("08年3月", "2014-01-01", "2008-03"), ("98年4月", "2014-01-01", "1998-04"),
    ("24年3月", "2014-01-01", "2024-03"),   # 2024 is within ten years of 2014
    ("25年3月", "2014-01-01", "1925-03"),   # 2025 is not
    ("90年9月", "1973-06-19", "1990-09"),   # the 20th century, never the 19th
    ("35年3月", None, "2035-03"),           # no anchor: 00–40 are this century
])
def test_two_digit_century(sentence, anchor, value):
    assert _dates(sentence, anchor)[0][1] == value


def test_year_less_dates_take_the_latest_full_date_not_a_month():
    raw = "2013年2月25日召开动员会。2014年1月总结。今年，7月下旬开展检查。"
    assert _dates(raw) == [("2013年2月25日", "2013-02-25", None), ("2014年1月", "2014-01", None),
                           ("今年", "2013", None), ("7月下旬", "2013-07", None)]


def test_recurring_range_gives_nothing_inside():
    assert _dates("每年11月1日至次年5月31日为森林防火期") == []


def test_licence_footer_is_not_the_document_date():
    raw = "一、去年\n去年，这里没有组织。\n\n这部作品在1931年1月1日以前以匿名发表，确实作者身份不明（包括法人），在\n美国\n属于\n公有领域\n"
    assert document_date(raw) is None
    assert _dates(raw) == [("1931年1月1日以前", "1931-01-01", None)]


_PIECES = ["2014", "08", "九七", "年", "3", "月", "9", "日", "号", "至", "—", "——", "-", "~", "和", "之间", "前", "三",
           "个", "季度", "首", "上半年", "今年", "去年", "本周", "下个月", "时", "点", "半", "刻", ":", "30", "下午",
           "今天", "15", "底", "伊始", "、", "两年", ".", "/", "\n", " ", "每", "《", "》", ".pdf"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=2), max_size=24).map("".join),
       st.sampled_from([None, "2014-04-03", "1990-12-31"]))
def test_new_forms_are_grounded_on_any_text(raw, doc_date):
    for f in extract_facts(raw, kinds=["date"], doc_date=doc_date):
        assert raw[f.start:f.end] == f.text
        assert f.value and (f.end_value is None or f.end_value)
