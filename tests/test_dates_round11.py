"""Date forms of round 11 (issue 14), each with near misses.

Sentences are our own. The classes come from a survey of unseen regulations: a date a statute's
article writes without its year is a time of each case or each year, not a date (第三十二条 …应当在每年的
12月31日前报送, 于年底前, 报告上半年预算执行情况, 标准时点为普查年份的12月31日), and a recurring date written
with 的 or 度 after 每年 (每年的5月1日至9月30日, 每年度第一季度), and 含 in brackets between a date and its
relation word (1949年10月1日（含）之后).
"""
from __future__ import annotations

import pytest

from govtext import extract_facts

_STATUTE = "第一条 为了规范管理，制定本办法。\n第二条 本办法适用于本市行政区域。\n"


def _dates(text: str, doc_date: str | None = None) -> list[tuple]:
    facts = extract_facts(text, kinds=["date"], doc_date=doc_date)
    assert all(text[f.start:f.end] == f.text for f in facts), facts
    return [(f.text, f.value, f.end_value) for f in facts]


@pytest.mark.parametrize(
    "article, expected",
    [
        # a year-less date in an article: each case's or each year's time
        ("第三条 取水单位应当在12月31日前报送上年度取水情况。", []),
        ("第三条 绿化委员会应当于年底前下达下一年度的植树任务。", []),
        ("第三条 市人民政府应当在每年第三季度报告上半年预算执行情况。", []),
        ("第三条 普查标准时点为普查年份的12月31日。", []),
        ("第三条 执行情况应当在同年十二月报送本级人民政府。", []),
        ("第三条 本年度结余资金于次月15日前上缴。", []),
        ("第三条 3月15日至4月15日为森林防火戒严期。", []),
        # near misses: a year written in digits, a word of the text's own time, a year named
        # earlier in the same article
        ("第三条 本办法自2021年7月1日起施行。", [("2021年7月1日起", "2021-07-01", None)]),
        ("第三条 今年3月起开展专项检查。", [("今年3月起", "--03", None)]),
        ("第三条 1982年3月以前划定的宅基地，于同年12月前登记。",
         [("1982年3月以前", "1982-03", None), ("同年12月前", "1982-12", None)]),
    ],
)
def test_year_less_dates_in_statute_articles(article, expected):
    assert _dates(_STATUTE + article + "\n第四条 本办法由市人民政府负责解释。") == expected


def test_a_text_with_few_article_lines_is_no_statute():
    # a notice that quotes one article keeps its year-less dates
    text = "第三条 规定的申报工作，请于5月20日前完成。"
    assert _dates(text, doc_date="2020-04-01") == [("5月20日前", "2020-05-20", None)]


def test_text_after_the_articles_is_no_article():
    text = _STATUTE + "第三条 本办法自发布之日起施行。\n## 附件\n7月，检查组赴各地调研。"
    assert _dates(text, doc_date="2018-03-01") == [("7月", "2018-07", None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("本市的汛期为每年的5月1日至9月30日。", []),
        ("电视台应当于每年度第一季度交付上年度的报酬。", []),
        ("每月的15日前报送报表。", []),
        # near misses: not a recurring word before the date
        ("本年的5月1日起开展检查。", [("本年的5月1日起", "--05-01", None)]),
        ("该年的5月1日，大桥建成通车。", [("5月1日", "--05-01", None)]),
    ],
)
def test_recurring_dates_with_de(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 含 in brackets between a date and its relation word: the bound includes the date
        ("本作品来自1949年10月1日（含）之后的文件。", [("1949年10月1日（含）之后", "1949-10-01", "after")]),
        ("2020年1月1日(含)以前入学的学生。", [("2020年1月1日(含)以前", "2020-01-01", "before")]),
        # near misses: no relation word after it
        ("本办法2020年1月1日（含）施行。", [("2020年1月1日", "2020-01-01", None)]),
        ("截至2020年底（含），共登记。", [("2020年底", "2020", None)]),
    ],
)
def test_inclusive_mark_before_a_relation(text, expected):
    facts = extract_facts(text, kinds=["date"])
    assert [(f.text, f.value, f.relation) for f in facts] == expected
