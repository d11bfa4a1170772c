"""Changes and money subjects, round 16 (issue 14). Sentences written for the tests, with near misses.

- A comparison whose base goes on to name the level compared with (比4月末外汇储备余额30295.3亿美元上涨…) has the base's
  time as its basis (FACTS.md §2: the written base, ``比2010年`` → ``2010年``; census15 singleton).
- The months a figure covers (今年前10个月, 前三个月) are when, no part of what changed, as 1—10月 is.
- A word that only names a sum (总额, 金额) opening an earlier clause of the sentence stands for what that clause's
  subject measures (…国家财政收入比上年增加1501亿元，总额首次突破万亿元，达到11377亿元 → 国家财政收入).
- A bare sum word right after verbs compounds with them (即时结算拨付金额387.31亿元 → 结算拨付金额, as 成交额 is; census14/15
  "cut to the head"); a filler or light verb before it (累计, 开展) is the predicate and stays out.
"""
import pytest

from govtext.extract import extract_facts
from govtext.extract.comparisons import time_of_base


def _changes(text: str) -> list[tuple]:
    return [(f.text, f.subject, f.basis) for f in extract_facts(text, kinds=["change"])]


@pytest.mark.parametrize("text, expected", [
    ("外汇储备规模为30482亿美元，比4月末外汇储备余额30295.3亿美元上涨200多亿美元。",
     [("上涨200多亿美元", "外汇储备规模", "4月末")]),
    ("存款余额为5.2万亿元，比年初的存款余额4.8万亿元增加4000亿元。", [("增加4000亿元", "存款余额", "年初")]),
    ("常住人口为1200万人，比2023年底常住人口1180万人增加20万人。", [("增加20万人", "常住人口", "2023年底")]),
    # near misses: no number inside the comparison, no time in the base
    ("外汇储备比4月末上涨200多亿美元。", [("上涨200多亿美元", "外汇储备", "4月末")]),
    ("外汇储备规模为30482亿美元，比外汇储备余额30295.3亿美元多187亿美元。", []),
    ("外汇储备规模为30482亿美元，比去年增加200亿美元。", [("增加200亿美元", "外汇储备规模", "previous_year")]),
])
def test_written_base_with_its_level(text, expected):
    assert _changes(text) == expected


@pytest.mark.parametrize("base, expected", [
    ("4月末外汇储备余额", "4月末"),
    ("一季度末贷款余额", "一季度末"),
    ("2019年同期的客流量", "2019年同期"),
    ("去年同期游客人数", "year_on_year"),
    ("外汇储备余额", None),
    ("4月末", "4月末"),
    ("外汇储备", None),
])
def test_time_of_base(base, expected):
    assert time_of_base(base) == expected


@pytest.mark.parametrize("text, expected", [
    ("今年前10个月我国钢材出口同比增长34.8%。", [("增长34.8%", "我国钢材出口", "year_on_year")]),
    ("前三个月全省财政收入增长5%。", [("增长5%", "财政收入", None)]),
    ("钢材出口7473万吨，前10个月累计增长5%。", [("增长5%", "钢材出口", None)]),
    # near miss: 前 opening a noun, not a count of months
    ("前沿技术投资增长5%。", [("增长5%", "前沿技术投资", None)]),
])
def test_first_months_lead(text, expected):
    assert _changes(text) == expected


def _money(text: str) -> list[tuple]:
    return [(f.text, f.subject) for f in extract_facts(text, kinds=["money"])]


@pytest.mark.parametrize("text, expected", [
    ("国家财政收入比上年增加1501亿元，总额首次突破万亿元，达到11377亿元。",
     [("1501亿元", "国家财政收入"), ("万亿元", "国家财政收入"), ("11377亿元", "国家财政收入")]),
    ("我国新承接海洋工程装备108艘、金额约186亿美元。", [("约186亿美元", "我国新承接海洋工程装备")]),
    # near miss: a clause with an amount of its own between the sum word and the amount
    ("全年进出口总额1.2万亿元，增长5%，总额创历史新高，进口3000亿元。", [("1.2万亿元", "进出口总额"), ("3000亿元", "进口")]),
])
def test_sum_word_of_an_earlier_clause(text, expected):
    assert _money(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("截至2月底，即时结算拨付金额387.31亿元。", [("387.31亿元", "结算拨付金额")]),
    ("全市累计发放金额3亿元。", [("3亿元", "发放金额")]),
    ("此案涉及金额1.2亿元。", [("1.2亿元", "涉及金额")]),
    ("本次合同签约金额10亿元。", [("10亿元", "合同签约金额")]),
    # near misses: a noun before the sum word is read as before; a sum word alone after a list keeps its owner
    ("贷款金额5亿元。", [("5亿元", "贷款金额")]),
    ("我国新承接海洋工程装备108艘、金额约186亿美元。", [("约186亿美元", "我国新承接海洋工程装备")]),
])
def test_sum_word_after_verbs(text, expected):
    assert _money(text) == expected


# - A level whose clause names no measure (…，达到1.9万元) takes the measure of the clause before; when that clause is a
#   predicate with an aspect particle (高出了), the measure is the noun phrase before its verb, not the whole clause.
@pytest.mark.parametrize("text, expected", [
    ("农民的人均纯收入高出了全国农民人均收入5000多元钱，达到1.9万元。", ("1.9万元", "人均纯收入")),
    ("地区生产总值迈上6万亿元台阶，达到62661亿元。", ("62661亿元", "地区生产总值")),
])
def test_level_after_a_predicate(text, expected):
    assert _money(text)[-1] == expected


# - A member of a list of amounts one predicate governs (完成产业类投资553.1亿元、研发投入133.5亿元) names a measure: a verb
#   closing it after nouns is a verbal noun (realgold9 provgwr__0023 研发投入). A light verb, or a member that opens with a
#   verb of its own, is none.
@pytest.mark.parametrize("text, expected", [
    ("省属企业完成产业类投资553.1亿元、研发投入133.5亿元。", [("553.1亿元", "产业类投资"), ("133.5亿元", "研发投入")]),
    ("全年完成投资500亿元、新增贷款30亿元。", [("500亿元", "投资"), ("30亿元", "贷款")]),
    ("全年完成投资500亿元、科技支出30亿元。", [("500亿元", "投资"), ("30亿元", "科技支出")]),
    ("全年完成投资500亿元、开展30亿元。", [("500亿元", "投资"), ("30亿元", None)]),
])
def test_list_member_measure(text, expected):
    assert _money(text) == expected


# - A verb of setting a record (创, 再创, 刷新; the tagger may read 创 as a noun before 历史新高) opens the predicate after
#   the measure: the change and the level of the clauses after it take that measure (realgold3 provgwr__0029).
@pytest.mark.parametrize("text, expected", [
    ("全省进出口总值创历史新高，达到5379亿元、增长18.5％。", [("增长18.5％", "进出口总值", None)]),
    ("社会消费品零售总额再创新高，增长6.5%。", [("增长6.5%", "社会消费品零售总额", None)]),
    # near miss: 创 inside a word of the measure
    ("创业投资额增长6.5%。", [("增长6.5%", "创业投资额", None)]),
])
def test_record_predicate(text, expected):
    assert _changes(text) == expected


def test_record_level_money():
    assert _money("全省进出口总值创历史新高，达到5379亿元、增长18.5％。") == [("5379亿元", "进出口总值")]


# - An abbreviation in brackets inside the noun phrase after an amount (合格境外机构投资者(RQFII)额度, 人工智能（AI）专项资金)
#   does not end the phrase: the money is the 额度, the 专项资金 (census16: xwlb 0786 gave 合格境外机构投资者).
@pytest.mark.parametrize("text, expected", [
    ("中方将提供500亿元人民币合格境外机构投资者(RQFII)额度。", [("500亿元人民币", "合格境外机构投资者额度")]),
    ("安排500万元人工智能（AI）专项资金。", [("500万元", "人工智能专项资金")]),
    # near misses: an aside right after the amount, an aside of Han words
    ("给予500万元（国家级）、100万元（省级）的支持。", [("500万元", "支持"), ("100万元", "支持")]),
    ("安排500万元人工智能（含机器人）专项资金。", [("500万元", "人工智能")]),
])
def test_inner_abbreviation(text, expected):
    assert _money(text) == expected
