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
