"""Targets, round 19 (issue 14): a span of years a plan gives itself (五年内) makes a goal of a change its clause says
will come (``五年内病床将增长百分之七十七``), as it did of counts and levels; a bare change over the span stays no goal
(it may report one). A year, this one or a later, opening a clause that says what will be (``一九五七年…将达到…``,
``1980年将达到29％``) sets the goals of its sentence, unless the sentence forecasts (预计) or the year is past. A share
that a causative (使) and a scope word (全省) lead opens its clause as a share standing alone does
(``要使全省80%以上的企业实现数字化转型`` → 企业实现数字化转型). Values joined after the number to the end of the clause
may close on a bound word (``达到46%和60%以上``): the second value is a goal of its own, the bound applies to both.
A first member of a joined subject that closes on a noun names itself whole (``森林覆盖率、湿地保护率`` → 森林覆盖率,
湿地保护率; ``5G基站和充电桩``), while one closing on a verb shares what goes before it (``花生种植、收获机械化率``). A rank
in the name of what an action counts (``世界500强企业``) is no number of its own: the count after it is the goal. A sentence opening on 其中 right after a planned one (拟安排)
breaks its figures down: they are planned as well (``其中，中央财政赤字1.12万亿元``).
Sentences of our own."""
from __future__ import annotations

import pytest

from sentences import assert_targets, targets_of

# (id, text, doc_date, [(part of the span, subject, measure, value, value_max, unit, comparator, deadline, strength)])
WITHIN_WILL = [
    ("within-will-growth", "卫生事业有较大的发展，五年内病床将增长百分之七十七，医师人数将增加百分之七十四。\n", None, [
        ("病床将增长百分之七十七", "病床", "growth", 77, None, "%", "=", None, None),
        ("医师人数将增加百分之七十四", "医师人数", "growth", 74, None, "%", "=", None, None),
    ]),
    ("within-will-copula", "五年内国营工业的产值增长将为百分之一百三十点一。\n", None, [
        ("产值增长将为百分之一百三十点一", "产值", "growth", 130.1, None, "%", "=", None, None),
    ]),
    ("within-will-dated", "今后三年内，全市快递业务量将增长30%。\n", "2026-02-01", [
        ("快递业务量将增长30%", "快递业务量", "growth", 30, None, "%", "=", None, None),
    ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", WITHIN_WILL, ids=[c[0] for c in WITHIN_WILL])
def test_round19_within_will(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


YEAR_WILL = [
    ("year-will-reach", "在上述发展的基础上，一九五七年全国社会商品零售总额将达到四百九十八亿元左右。\n", None, [
        ("社会商品零售总额将达到四百九十八亿元左右", "社会商品零售总额", "level", 49800000000, None, "元", "approx", "1957", None),
    ]),
    ("year-will-after-results", "这个比重，1978年为17.4％，1979年达到27％，1980年将达到29％。\n", "1980-08-30", [
        ("将达到29％", None, "level", 29, None, "%", "=", "1980", None),
    ]),
    ("year-comma-will", "2027年，全市快递业务量将达到20亿件。\n", "2026-02-01", [
        ("快递业务量将达到20亿件", "快递业务量", "level", 2000000000, None, "件", "=", "2027", None),
    ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", YEAR_WILL, ids=[c[0] for c in YEAR_WILL])
def test_round19_year_will(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


NEGATIVES = [
    # near misses: a past span or a bare change over the span, a past year, a forecast
    ("within-past", "过去五年内病床增长百分之七十七。\n", None),
    ("within-near", "近三年内病床将增长百分之七十七。\n", None),
    ("within-no-will", "五年内，病床增长百分之七十七。\n", None),
    ("year-past-will", "2024年全市快递业务量将达到20亿件的预期没有实现。\n", "2026-02-01"),
    ("year-forecast", "预计2027年全市快递业务量将达到20亿件。\n", "2026-02-01"),
    ("year-no-will", "2026年全市快递业务量达到20亿件。\n", "2026-02-01"),
]


@pytest.mark.parametrize("case_id,text,doc_date", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_round19_near_misses(case_id, text, doc_date):
    assert_targets(text, doc_date, [])


SHARES = [
    ("causative-scope-share", "到2027年，要使全省80%以上的企业实现数字化转型。\n", "2026-02-01", [
        ("80%以上的企业实现数字化转型", "企业实现数字化转型", "level", 80, None, "%", ">=", "2027", None),
    ]),
    ("causative-share", "到2027年，力争使90%的行政村通客车。\n", "2026-02-01", [
        ("90%的行政村通客车", "行政村通客车", "level", 90, None, "%", "=", "2027", "aim"),
    ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", SHARES, ids=[c[0] for c in SHARES])
def test_round19_shares(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


def test_round19_causative_share_achieved_no_goal():
    # near miss: a share a review says was brought about is a result
    assert_targets("去年已使全省80%以上的企业实现数字化转型。\n", "2026-02-01", [])


JOINED_BOUND = [
    ("joined-values-bound", "到2027年，森林覆盖率和草原综合植被盖度达到46%和60%以上。\n", "2026-02-01", [
        ("达到46%", None, "level", 46, None, "%", ">=", "2027", None),
        ("60%以上", None, "level", 60, None, "%", ">=", "2027", None),
    ]),
    ("joined-values-approx", "到2027年，城镇和农村居民人均可支配收入达到6万元和3万元左右。\n", "2026-02-01", [
        ("6万元", "城镇人均可支配收入", "level", 60000, None, "元", "approx", "2027", None),
        ("3万元左右", "农村居民人均可支配收入", "level", 30000, None, "元", "approx", "2027", None),
    ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", JOINED_BOUND, ids=[c[0] for c in JOINED_BOUND])
def test_round19_joined_values_bound(case_id, text, doc_date, expected):
    found = targets_of(text, doc_date)
    rows = [(f.text, f.subject, f.value, f.comparator) for f in found]
    assert [(f.value, f.comparator) for f in found] == [(e[3], e[6]) for e in expected], rows
    assert all(e[0] in f.text and (e[1] is None or e[1] == f.subject) for e, f in zip(expected, found)), rows


def test_round19_joined_values_bound_one_subject():
    # near miss: a subject that joins no members keeps one goal; the value after 和 is not spread over it
    found = targets_of("到2027年，森林覆盖率达到46%和60%以上。\n", "2026-02-01")
    assert [(f.value, f.comparator) for f in found] == [(46, "=")], [(f.text, f.value) for f in found]


SPLIT_AND_RANK = [
    ("split-whole-members", "到2027年，森林覆盖率、湿地保护率分别达到46%、55%。\n", "2026-02-01", [
        ("46%", "森林覆盖率", "level", 46, None, "%", "=", "2027", None),
        ("55%", "湿地保护率", "level", 55, None, "%", "=", "2027", None),
    ]),
    ("split-whole-counts", "到2025年，全市5G基站和充电桩分别达到2万个和5万个。\n", "2024-02-01", [
        ("2万个", "5G基站", "level", 20000, None, "个", "=", "2025", None),
        ("5万个", "充电桩", "level", 50000, None, "个", "=", "2025", None),
    ]),
    ("split-verb-member-shares", "到2027年，花生种植、收获机械化率分别达到80%、60%。\n", "2026-02-01", [
        ("80%", "花生种植机械化率", "level", 80, None, "%", "=", "2027", None),
        ("60%", "花生收获机械化率", "level", 60, None, "%", "=", "2027", None),
    ]),
    ("rank-in-object", "到2027年，引进世界500强企业10家。\n", "2026-02-01", [
        ("世界500强企业10家", "世界500强企业", "level", 10, None, "家", "=", "2027", None),
    ]),
    ("rank-in-object-bound", "到2027年，培育中国500强企业5家以上。\n", "2026-02-01", [
        ("中国500强企业5家以上", "中国500强企业", "level", 5, None, "家", ">=", "2027", None),
    ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", SPLIT_AND_RANK, ids=[c[0] for c in SPLIT_AND_RANK])
def test_round19_split_and_rank(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


def test_round19_rank_in_object_achieved_no_goal():
    # near miss: the same count a review reports is a result
    assert_targets("去年引进世界500强企业10家。\n", "2026-02-01", [])


BREAKDOWN = [
    ("breakdown-after-plan", "今年拟安排财政赤字2.18万亿元，赤字率提高到3%。其中，中央财政赤字1.4万亿元，地方财政赤字7800亿元。\n",
     "2016-03-05", [
         ("财政赤字2.18万亿元", "财政赤字", "level", 2180000000000, None, "元", "=", "2016", None),
         ("赤字率提高到3%", "赤字率", "level", 3, None, "%", "=", "2016", None),
         ("中央财政赤字1.4万亿元", "中央财政赤字", "level", 1400000000000, None, "元", "=", "2016", None),
         ("地方财政赤字7800亿元", "地方财政赤字", "level", 780000000000, None, "元", "=", "2016", None),
     ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", BREAKDOWN, ids=[c[0] for c in BREAKDOWN])
def test_round19_breakdown(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


@pytest.mark.parametrize("text", [
    "去年财政赤字2.18万亿元。其中，中央财政赤字1.4万亿元，地方财政赤字7800亿元。\n",  # a result broken down
    "今年拟安排财政赤字2.18万亿元。据统计，中央财政赤字1.4万亿元。\n",  # no 其中: a sentence of its own
])
def test_round19_breakdown_near_misses(text):
    assert [f.text for f in targets_of(text, "2016-03-05")] in ([], ["财政赤字2.18万亿元"])
