"""Targets, round 11 (b): count tasks a plan or a work report sets (FACTS.md §2 target;
tests/fixtures/realtargets/README.md): a task verb, the count, the things counted is a level target at the
count, bounded or not, in a goal part of a work report or after a plan names itself. Also: a task verb that
brings counted things to act (推动25项先行先试举措落地生效: 25 项 先行先试举措, the noun ending before what
they are to do), a batch word (制定首批5项…), the names a count sums up (开展“…”“…”6个…活动), a count and 的
before its noun (建成100个左右的…示范点), the things a count of started projects counts (项目新开工43个). Near
misses: a count that scopes a figure of its own (推动11个…项目投资突破2000亿元), a known set to improve
(推动4个…基地提质升级), results (已建成), counts outside a goal context. Sentences of our own."""
from __future__ import annotations

import pytest

from sentences import assert_targets

PLAN = "为加快智慧城市建设，制定本行动计划。\n"
WORK = "三、2026年重点工作\n"

# (id, text, doc_date, [(part of the span, subject, measure, value, value_max, unit, comparator, deadline, strength)])
POSITIVES = [
    ("cause-then-verb", WORK + "推动30项改革举措落地见效，支持50个养老服务设施建设。\n", "2026-01-20", [
        ("30项改革举措", "改革举措", "level", 30, None, "项", "=", None, None),
        ("50个养老服务设施", "养老服务设施", "level", 50, None, "个", "=", None, None),
    ]),
    ("cause-bounded-plan", PLAN + "推动15项以上地方标准出台，引导200家企业实现上云。\n", None, [
        ("15项以上地方标准", "地方标准", "level", 15, None, "项", ">=", None, None),
        ("200家企业", "企业", "level", 200, None, "家", "=", None, None),
    ]),
    ("lead-then-verb", WORK + "推动超过40项高频事项实现跨省通办。\n", "2026-01-20", [
        ("40项高频事项", "高频事项", "level", 40, None, "项", ">=", None, None),
    ]),
    ("count-task-plan", PLAN + "开展8个市级网络促销活动，实施60项服务提升举措。\n", None, [
        ("8个市级网络促销活动", "市级网络促销活动", "level", 8, None, "个", "=", None, None),
        ("60项服务提升举措", "服务提升举措", "level", 60, None, "项", "=", None, None),
    ]),
    ("quoted-names-count", PLAN + "举办“云上年货节”“数字消费节”2个全市性促销活动。\n", None, [
        ("2个全市性促销活动", "全市性促销活动", "level", 2, None, "个", "=", None, None),
    ]),
    # a count of people before 的 sizes the noun; a cause verb with a count in words names a known set
    ("sizes-and-known-sets", WORK + "实现50户以上的自然村通硬化路，支持两个试验区加快发展，建设20个以上的示范社区。\n", "2026-01-20", [
        ("20个以上的示范社区", "示范社区", "level", 20, None, "个", ">=", None, None),
    ]),
    ("then-verb-relative", PLAN + "培育形成8个左右规模达到500亿元以上的产业集群，组织300家企业牵头实施攻关项目。\n", None, [
        ("8个左右规模达到500亿元以上的产业集群", "产业集群", "level", 8, None, "个", "approx", None, None),
        ("300家企业", "企业", "level", 300, None, "家", "=", None, None),
    ]),
    ("batch-word", WORK + "制定首批8项地方团体标准，征集200个以上典型案例。\n", "2026-01-20", [
        ("8项地方团体标准", "地方团体标准", "level", 8, None, "项", "=", None, None),
        ("200个以上典型案例", "典型案例", "level", 200, None, "个", ">=", None, None),
    ]),
    ("count-de-noun", PLAN + "到2027年，初步建成80个左右的智慧园区示范点。\n", None, [
        ("80个左右的智慧园区示范点", "智慧园区示范点", "level", 80, None, "个", "approx", "2027", None),
    ]),
    ("started-projects", WORK + "重点项目新开工60个以上、竣工40个以上，新能源开工500万千瓦。\n", "2026-01-20", [
        ("60个以上", "重点项目", "level", 60, None, "个", ">=", None, None),
        ("40个以上", "重点项目", "level", 40, None, "个", ">=", None, None),
        ("500万千瓦", "新能源开工", "level", 5000000, None, "千瓦", "=", None, None),
    ]),
    ("new-actions", WORK + "改造老旧电梯800部，争取新获批2所高校、新筹建3个研究院。\n", "2026-01-20", [
        ("800部", "老旧电梯", "level", 800, None, "部", "=", None, None),
        ("2所高校", "高校", "level", 2, None, "所", "=", None, "aim"),
        ("3个研究院", "研究院", "level", 3, None, "个", "=", None, "aim"),
    ]),
    ("adjacent-actions", WORK + "实施平台培育行动，培育服务平台12个以上。\n", "2026-01-20", [
        ("12个以上", "服务平台", "level", 12, None, "个", ">=", None, None),
    ]),
    # a count that scopes a figure of its own: the figure is the target
    ("cause-scopes-figure", WORK + "推动12个重点领域项目投资增长10%以上。\n", "2026-01-20", [
        ("10%以上", "重点领域项目投资", "growth", 10, None, "%", ">=", None, None),
    ]),
    ("national-scope-adjective", WORK + "开展6个全国性交流活动。\n", "2026-01-20", [
        ("6个全国性交流活动", "全国性交流活动", "level", 6, None, "个", "=", None, None),
    ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", POSITIVES, ids=[c[0] for c in POSITIVES])
def test_round11b_targets(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


NEGATIVES = [
    ("cause-known-set", WORK + "推动5个国家级开发区提质升级，推动30座污水处理厂提标改造。\n", "2026-01-20"),
    ("count-task-done", PLAN + "目前已开展8个市级网络促销活动，累计实施60项服务提升举措。\n", None),
    ("count-task-news", "今天，全市开展8个市级网络促销活动，推动30项改革举措落地见效。\n", "2026-01-20"),
    ("requirement-criterion", PLAN + "申报的示范项目建设内容需至少覆盖6个环节。\n", None),
    ("frequency", PLAN + "原则上每5年修订1次专业目录，每3年修订1次教材。\n", None),
    ("sourced-forecast", PLAN + "据工业和信息化部预计，到2027年，全市物联网终端数量将达到6亿部以上。\n", None),
    ("count-de-describes", WORK + "加快建设收入超100亿元的产业集群。\n", "2026-01-20"),
]


@pytest.mark.parametrize("case_id,text,doc_date", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_round11b_near_misses(case_id, text, doc_date):
    assert_targets(text, doc_date, [])
