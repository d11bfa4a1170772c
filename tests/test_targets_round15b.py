"""Targets, round 15 (issue 14, plan texts hard-wrapped as PDFs are): a line broken inside a sentence (the line before
ends in no stop, the next opens no item, dash or heading; a page number may stand between) goes on its paragraph, so a
lead year on a line of its own (``到2027年，⏎…``) dates the goals after it; a paragraph opening with a run-in heading
(``数字化普及率显著提升。…``) is an item of the lead paragraph before it and takes its year, as a ``——`` item does.
False targets: a list intro whose first sentence states its goals in words only (``总体目标是：突破…技术。``) ends its
list at that sentence's full stop (the rules of an application guide after it, ``项目下设课题数不超过5个``, are no
items); a number naming the tier of a noun (``保持6%一档的税率不变``) is no figure to reach.
Sentences of our own."""
from __future__ import annotations

import pytest

from sentences import assert_targets

PLAN = "为推进数字化转型，特制定本实施方案。\n"

# (id, text, doc_date, [(part of the span, subject, measure, value, value_max, unit, comparator, deadline, strength)])
POSITIVES = [
    ("run-in-items-take-lead-year", PLAN + "二、主要目标\n到2027 年，骨干企业基本实现数字化改造全覆盖。\n"
     "数字化普及率显著提升。重点企业研发设计工具普及率达到90%，培育15家以上智\n能制造标杆企业。\n"
     "服务能力明显增强。建设10个左右公共服\n务平台。\n", None, [
         ("工具普及率达到90%", "重点企业研发设计工具普及率", "level", 90, None, "%", "=", "2027", None),
         ("15家以上", "智能制造标杆企业", "level", 15, None, "家", ">=", "2027", None),
         ("10个左右", "公共服务平台", "level", 10, None, "个", "approx", "2027", None),
     ]),
    # near miss: a heading ends the lead's items (the tasks state no year)
    ("run-in-after-heading", PLAN + "二、主要目标\n到2027年，骨干企业基本实现数字化改造全覆盖。\n三、重点任务\n"
     "服务能力明显增强。培育10家以上服务平台。\n", None, [
         ("10家以上服务平台", "服务平台", "level", 10, None, "家", ">=", None, None),
     ]),
    # near miss: a paragraph of prose (no run-in heading) is no item of the lead
    ("prose-after-lead", PLAN + "二、主要目标\n到2027年，骨干企业基本实现数字化改造全覆盖。\n"
     "支持企业开展数字化改造，培育10家以上服务平台。\n", None, [
         ("10家以上服务平台", "服务平台", "level", 10, None, "家", ">=", None, None),
     ]),
    ("lead-year-own-line", "二、主要目标\n到2027年，\n全市森林覆盖率达到46%以上。\n", None, [
        ("森林覆盖率达到46%以上", "森林覆盖率", "level", 46, None, "%", ">=", "2027", None),
    ]),
    ("page-number-inside-sentence", "二、主要目标\n到2027年，全市数字经济规模显著扩大，\n1\n全市森林覆盖率达到46%以上。\n", None, [
        ("森林覆盖率达到46%以上", "森林覆盖率", "level", 46, None, "%", ">=", "2027", None),
    ]),
    ("page-number-after-lead-year", "二、主要目标\n到2027年，\n2\n全市森林覆盖率达到46%以上。\n", None, [
        ("森林覆盖率达到46%以上", "森林覆盖率", "level", 46, None, "%", ">=", "2027", None),
    ]),
    # near miss of the worded list: a list with a figure in its first sentence goes on past its full stop
    ("figure-list-goes-on", "今年主要预期目标是：地区生产总值增长5%左右。城镇调查失业率5.5%以内。\n", "2025-01-20", [
        ("地区生产总值增长5%左右", "地区生产总值", "growth", 5, None, "%", "approx", "2025", "aim"),
        ("城镇调查失业率5.5%以内", "城镇调查失业率", "level", 5.5, None, "%", "<=", "2025", "aim"),
    ]),
    # near miss of the worded list: a figure inside its first sentence is an item
    ("worded-list-own-sentence", "本专项总体目标是：突破关键技术，培育10家以上骨干企业。\n", None, [
        ("10家以上骨干企业", "骨干企业", "level", 10, None, "家", ">=", None, None),
    ]),
    # near miss of the tier: a level brought to a tier keeps its figure
    ("brought-to-tier", "三、2019年政府工作任务\n将增值税税率降至6%这一档。\n", "2019-03-05", [
        ("增值税税率降至6%", "增值税税率", "level", 6, None, "%", "=", None, None),
    ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", POSITIVES, ids=[c[0] for c in POSITIVES])
def test_round15b_targets(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


NEGATIVES = [
    # a line that ends its sentence is no wrap: a lead closed by 。 outside a plan or goal part sets no goal after it
    ("closed-lead-news", "到2027年，全市数字经济规模显著扩大。\n全市森林覆盖率达到46%。\n", None),
    # near miss of the wrap: a line ending its sentence in a review is no lead of the next
    ("closed-line-no-wrap", "过去五年，全市发展取得显著成效。\n全市森林覆盖率达到46%。\n", "2026-01-20"),
    # the rules of an application guide after a list of goals in words: no items of the list
    ("guide-rules-after-worded-list", "本专项总体目标是：突破新型机构关键技术。项目实施周期不超过3年。项目下设课题数不超过5个，"
     "参加单位总数不超过10家。\n", None),
    # a number naming the tier of a noun
    ("tier-of-noun", "三、2019年政府工作任务\n深化增值税改革，保持6%一档的税率不变，确保所有行业税负只减不增。\n", "2019-03-05"),
]


@pytest.mark.parametrize("case_id,text,doc_date", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_round15b_near_misses(case_id, text, doc_date):
    assert_targets(text, doc_date, [])
