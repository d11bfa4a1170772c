"""Targets, round 15 (issue 14, forms met in unseen plans and opinions): an opinion or proposals that name
themselves (``现提出如下意见``, ``现提出如下措施``) set their yearly task figures as a plan does (their bounded figures
are as often rules: ``担保费率不超过1%``); words before an action that hold a
verb, a preposition or 每年 are the task's manner or time, no part of the indicator (``依托省级科技计划每年实施…项目
20项以上`` → …项目); a bound word predicating a count after an action and its object leaves the object as the
indicator (``每年支持引育高端人才不少于30名`` → 高端人才); 选择 is an action with a count to reach; the planned gain
over a base after a level goal is a growth (or reduction) target of the same indicator (``纸520万吨，增加20万吨``,
``共59个，比现有的86个减少27个``); a product named by one character (纸, 糖, 表) is an indicator in a plan's list;
a bare count after a growth verb names a known set (``提高6000万农村人口供水保障水平``), as a count with a classifier
does; one number over nouns joined by 、 has all of them as its subject (``轮船、驳船货运量3.9亿吨``); a share naming a
growth rate after its action is a growth goal (``实现7%左右的增长速度``).
Sentences of our own."""
from __future__ import annotations

import pytest

from sentences import assert_targets

OPINION = "为加快培育壮大新一代信息技术产业，现提出如下意见。\n"
PLAN_LIST = "明年国民经济计划的主要指标安排如下。\n"

# (id, text, doc_date, [(part of the span, subject, measure, value, value_max, unit, comparator, deadline, strength)])
POSITIVES = [
    ("opinion-yearly-task", OPINION + "持续加大研发投入，依托省级科技计划每年实施信息技术创新重大项目20项以上。\n", None, [
        ("信息技术创新重大项目20项以上", "信息技术创新重大项目", "level", 20, None, "项", ">=", None, None),
    ]),
    ("opinion-bounded-de-noun", OPINION + "每年认定10家左右建设水平突出、发展成效明显的数字产业园区。\n", None, [
        ("10家左右", "数字产业园区", "level", 10, None, "家", "approx", None, None),
    ]),
    ("opinion-plan-verb-before-action", OPINION + "每年谋划推出重大数字产业项目100个左右，在土地方面给予支持。\n", None, [
        ("重大数字产业项目100个左右", "重大数字产业项目", "level", 100, None, "个", "approx", None, None),
    ]),
    # a bound word after the action's object: the object is the indicator, verbs of manner before the action aside
    ("bound-after-action-object", OPINION + "每年支持引育高端人才不少于30名。\n", None, [
        ("高端人才不少于30名", "高端人才", "level", 30, None, "名", ">=", None, None),
    ]),
    # near miss of the proposals: a list of measures the text makes (制定以下措施) sets its bounded figures as goals
    ("measures-bounded", "为支持企业发展，制定以下措施。\n1.培育10家以上服务平台。\n", None, [
        ("10家以上服务平台", "服务平台", "level", 10, None, "家", ">=", None, None),
    ]),
    ("guiding-opinion-bounded", "为推动产业发展，制定本指导意见。\n1.培育10家以上服务平台。\n", None, [
        ("10家以上服务平台", "服务平台", "level", 10, None, "家", ">=", None, None),
    ]),
    # a call word in an earlier clause of the sentence makes no rule of an action's count bounded after its object
    ("bound-after-action-object-call-before", "为发挥科技创新的支撑作用，制定以下措施。\n11.强化人才引育。在细分领域设置"
     "泰山学者申报专项，每年支持引育数字领域紧缺型、引领型高端人才不少于30名。\n", None, [
        ("高端人才不少于30名", "数字领域紧缺型、引领型高端人才", "level", 30, None, "名", ">=", None, None),
    ]),
    # near miss: an object of one word names the indicator with its action
    ("bound-after-one-word-object", OPINION + "力争每年服务企业超万家。\n", None, [
        ("服务企业超万家", "服务企业", "level", 10000, None, "家", ">=", None, "aim"),
    ]),
    # near miss: a noun before the action still names the indicator with it
    ("noun-before-action-names", "今年主要预期目标是：城镇新增就业人数45万人。\n", "2025-01-20", [
        ("城镇新增就业人数45万人", "城镇新增就业人数", "level", 450000, None, "人", "=", "2025", "aim"),
    ]),
    ("select-count", "三、2026年工作安排\n建设和美乡村，选择11个左右的试点县，选择10个以上重点镇开展试点。\n", "2026-01-20", [
        ("11个左右的试点县", "试点县", "level", 11, None, "个", "approx", None, None),
        ("10个以上重点镇", "重点镇", "level", 10, None, "个", ">=", None, None),
    ]),
    # the planned gain over the base after each level: a growth target of the level's indicator
    ("one-char-products", PLAN_LIST + "轻工业，纸520万吨，增加20万吨；糖260万吨，增加10万吨；表2，360万只，增加260万只。\n",
     "2024-12-20", [
         ("纸520万吨", "纸", "level", 5200000, None, "吨", "=", "2025", None),
         ("增加20万吨", "纸", "growth", 200000, None, "吨", "=", "2025", None),
         ("糖260万吨", "糖", "level", 2600000, None, "吨", "=", "2025", None),
         ("增加10万吨", "糖", "growth", 100000, None, "吨", "=", "2025", None),
         ("表2，360万只", "表", "level", 23600000, None, "只", "=", "2025", None),
         ("增加260万只", "表", "growth", 2600000, None, "只", "=", "2025", None),
     ]),
    ("level-then-cut-from-present", PLAN_LIST + "机构改革后，部委共59个，比现有的86个减少27个。\n", "2024-12-20", [
        ("部委共59个", "部委", "level", 59, None, "个", "=", "2025", None),
        ("减少27个", "部委", "reduction", 27, None, "个", "=", "2025", None),
    ]),
    # near miss: a gain after a level in another unit (a share) is no restatement, it keeps its own reading
    # one number over joined nouns: the subject holds all of them; near miss: a list of figures keeps each its own
    ("joined-nouns-one-number", PLAN_LIST + "交通运输业，铁路货运量10.6亿吨，轮船、驳船货运量3.9亿吨。\n", "2024-12-20", [
        ("铁路货运量10.6亿吨", "铁路货运量", "level", 1060000000, None, "吨", "=", "2025", None),
        ("轮船、驳船货运量3.9亿吨", "轮船、驳船货运量", "level", 390000000, None, "吨", "=", "2025", None),
    ]),
    ("listed-figures-own-nouns", PLAN_LIST + "原材料工业，钢产量3，500万吨、水泥7，800万吨。\n", "2024-12-20", [
        ("钢产量3，500万吨", "钢产量", "level", 35000000, None, "吨", "=", "2025", None),
        ("水泥7，800万吨", "水泥", "level", 78000000, None, "吨", "=", "2025", None),
    ]),
    # a share after its action naming a growth or reduction rate: a goal of that measure; near miss: a share of tasks
    ("share-names-growth-rate", "力争到2027年，全市实现7%左右的增长速度，实现10%以上的降幅，完成80%的整改任务。\n", "2025-01-10", [
        ("7%左右的增长速度", "增长速度", "growth", 7, None, "%", "approx", "2027", "aim"),
        ("10%以上的降幅", "降幅", "reduction", 10, None, "%", ">=", "2027", "aim"),
        ("80%的整改任务", "整改任务", "level", 80, None, "%", "=", "2027", "aim"),
    ]),
    # near miss of the known set: a bare count that is the gain itself
    ("growth-bare-count-gain", "力争到2025年，全市农村人口增加500万。\n", "2024-01-10", [
        ("农村人口增加500万", "农村人口", "growth", 5000000, None, None, "=", "2025", "aim"),
    ]),
    ("level-then-percent", PLAN_LIST + "农业，粮食产量6，000万吨，增长5%。\n", "2024-12-20", [
        ("粮食产量6，000万吨", "粮食产量", "level", 60000000, None, "吨", "=", "2025", None),
        ("增长5%", "粮食产量", "growth", 5, None, "%", "=", "2025", None),
    ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", POSITIVES, ids=[c[0] for c in POSITIVES])
def test_round15_targets(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


NEGATIVES = [
    # near miss of the opinion: a notice that does not name itself a plan sets no task figures by its bound alone
    ("notice-not-plan", "为加快产业发展，现将有关事项通知如下。\n依托省级科技计划每年实施信息技术创新重大项目20项以上。\n", None),
    # an opinion or proposals (提出如下…) set their yearly task figures only: a bounded rate or amount is a rule
    ("opinion-bounded-rule", OPINION + "对受影响企业，新发生融资担保业务收取的担保费率不超过1%，培育10家以上服务平台。\n", None),
    ("proposals-bounded-rule", "为支持企业发展，现提出如下措施。\n1.个人创业担保贷款额度最高不超过15万元。\n", None),
    # near miss of the one-character product: another single character before the figure names nothing
    ("one-char-not-product", PLAN_LIST + "轻工业，其中520万吨。\n", "2024-12-20"),
    # near miss of the restated gain: a review reports the level and its cut
    ("level-then-cut-in-review", "过去五年，部委共59个，比现有的86个减少27个。\n", "2024-12-20"),
    # a bare count after a growth verb names a known set whose quality is raised, as 提升39个县域帮扶质效 does
    ("growth-bare-count-known-set", "三、2019年工作安排\n解决饮水安全问题，提高6000万农村人口供水保障水平。\n", "2019-03-05"),
]


@pytest.mark.parametrize("case_id,text,doc_date", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_round15_near_misses(case_id, text, doc_date):
    assert_targets(text, doc_date, [])
