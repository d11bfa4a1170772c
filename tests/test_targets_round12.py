"""Targets, round 12 (issue 14, forms met in unseen work reports): a gain in the goal's own unit spelling out a
level goal against a base (``粮食产量6000万吨，比上年预计增加200万吨``) is a growth target of the level's indicator
(round 15; round 12 read it as a change); a count
of the year's livelihood projects (``安排20件民生实事``) counts goals, as ``约束性指标9项`` does; the figures a
sentence goes on to list after a planned one (拟) share its plan past its semicolons (``赤字率拟按3%安排，…；
财政赤字4万亿元，其中中央财政赤字3万亿元``); 扩招 and 选派 are actions with a count to reach; a future span of
years needs no 内 (``今后五年，…年均增长5%左右``); in a text of articles (第一条, 第二条 …) only a goal with its own
future year or an aim cue is one, its other figures are rules; a strength cue in a clause of its own binds the first
number after it, and the clauses a goal's sentence goes on to list are goals as well. Sentences of our
own."""
from __future__ import annotations

import pytest

from sentences import assert_targets

PLAN_LIST = "明年国民经济计划的主要指标安排如下。\n"
WORK = "各位代表：\n三、2025年工作安排\n"
REGULATION = ("第一条 为了规范专项资金管理，制定本办法。\n第二条 本办法适用于省级专项资金。\n"
              "第三条 申请专项资金的，应当符合下列条件：\n")

# (id, text, doc_date, [(part of the span, subject, measure, value, value_max, unit, comparator, deadline, strength)])
POSITIVES = [
    # the gain after each level restates it against the base: the plan sets both, the gain a growth target of the
    # level's indicator (round 15; round 12 read it as a change)
    ("level-then-gain-over-base", PLAN_LIST + "农业，粮食产量6，000万吨，比上年预计增加200万吨；棉花产量300万吨，"
     "比上年预计增加20万吨。\n", "2024-12-20", [
        ("粮食产量6，000万吨", "粮食产量", "level", 60000000, None, "吨", "=", "2025", None),
        ("增加200万吨", "粮食产量", "growth", 2000000, None, "吨", "=", "2025", None),
        ("棉花产量300万吨", "棉花产量", "level", 3000000, None, "吨", "=", "2025", None),
        ("增加20万吨", "棉花产量", "growth", 200000, None, "吨", "=", "2025", None),
    ]),
    ("level-then-bare-gain", PLAN_LIST + "轻工业，自行车1，200万辆，增加100万辆，缝纫机600万架，增加50万架。\n", "2024-12-20", [
        ("自行车1，200万辆", "自行车", "level", 12000000, None, "辆", "=", "2025", None),
        ("增加100万辆", "自行车", "growth", 1000000, None, "辆", "=", "2025", None),
        ("缝纫机600万架", "缝纫机", "level", 6000000, None, "架", "=", "2025", None),
        ("增加50万架", "缝纫机", "growth", 500000, None, "架", "=", "2025", None),
    ]),
    # near miss: a growth in percent after a level is a goal of its own (another unit)
    ("level-then-percent-growth", "到2030年，全省粮食产量达到7000万吨，增长10%。\n", "2025-01-10", [
        ("粮食产量达到7000万吨", "粮食产量", "level", 70000000, None, "吨", "=", "2030", None),
        ("增长10%", "粮食产量", "growth", 10, None, "%", "=", "2030", None),
    ]),
    # the budget figures after the planned deficit ratio, past the semicolon and into 其中
    ("planned-sentence-past-semicolon", WORK + "今年赤字率拟按3%安排，比去年预算高0.2个百分点；财政赤字4.2万亿元，"
     "其中中央财政赤字3.1万亿元，地方财政赤字1.1万亿元。\n", "2025-03-05", [
        ("赤字率拟按3%", "赤字率", "level", 3, None, "%", "=", "2025", None),
        ("财政赤字4.2万亿元", "财政赤字", "level", 4.2e12, None, "元", "=", "2025", None),
        ("中央财政赤字3.1万亿元", "中央财政赤字", "level", 3.1e12, None, "元", "=", "2025", None),
        ("地方财政赤字1.1万亿元", "地方财政赤字", "level", 1.1e12, None, "元", "=", "2025", None),
    ]),
    ("enrolment-expansion", WORK + "深入推进高校学科建设。优质本科高校扩招2000人。选派3000名科技特派员。\n", "2025-03-05", [
        ("扩招2000人", "优质本科高校", "level", 2000, None, "人", "=", None, None),
        ("3000名科技特派员", "科技特派员", "level", 3000, None, "名", "=", None, None),
    ]),
    # near miss: a count of livelihood projects is none, the projects' own figures are
    ("livelihood-projects-figures", WORK + "今年继续实施12件民生实事，新建普通高中10所，改造老旧小区200个。\n", "2025-03-05", [
        ("10所", "普通高中", "level", 10, None, "所", "=", "2025", None),
        ("老旧小区200个", "老旧小区", "level", 200, None, "个", "=", "2025", None),
    ]),
    # actions with a count to reach: 组建, 更新 (not part of the subject, as 新建), 孵化, and V出 (遴选出)
    ("more-actions", "到2027年，孵化50家以上科技型企业，遴选出200个以上应用试点项目，更新老旧电梯300部。\n", "2025-01-10", [
        ("50家以上科技型企业", "科技型企业", "level", 50, None, "家", ">=", "2027", None),
        ("200个以上应用试点项目", "应用试点项目", "level", 200, None, "个", ">=", "2027", None),
        ("老旧电梯300部", "老旧电梯", "level", 300, None, "部", "=", "2027", None),
    ]),
    # in a text of articles a goal with its own future year, or an aim, is still one
    ("regulation-dated-goal", REGULATION + "第四条 到2027年，全省科技投入占财政支出的比例应当达到3%以上。\n"
     "第五条 力争新建科技孵化器20家以上。\n", "2024-05-10", [
        ("达到3%以上", "科技投入占财政支出的比例", "level", 3, None, "%", ">=", "2027", None),
        ("20家以上", "科技孵化器", "level", 20, None, "家", ">=", None, "aim"),
    ]),
    # a cue in a clause of its own with no number binds the first number after it (a span of time between is none)
    ("lead-cue-clause", "争取用3年时间，建成智慧社区500个以上。\n", "2025-01-10", [
        ("智慧社区500个以上", "智慧社区", "level", 500, None, "个", ">=", None, "aim"),
    ]),
    # the clauses a goal's sentence goes on to list are goals too, with its cue
    ("sentence-goes-on", "力争全年接待游客突破1亿人次，旅游收入增长10%以上。\n", "2025-01-10", [
        ("接待游客突破1亿人次", "接待游客", "level", 100000000, None, "人次", ">=", "2025", "aim"),
        ("旅游收入增长10%以上", "旅游收入", "growth", 10, None, "%", ">=", "2025", "aim"),
    ]),
    # counts by grade share the noun after the list's last grade; a count after its noun keeps its own
    ("grade-list-shared-noun", "到2027年，培育6个世界级、7个国家级、9个区域级产业集群，新建省级实验室10个、国家级5个。\n",
     "2025-01-10", [
        ("6个世界级", "世界级产业集群", "level", 6, None, "个", "=", "2027", None),
        ("7个国家级", "国家级产业集群", "level", 7, None, "个", "=", "2027", None),
        ("9个区域级产业集群", "区域级产业集群", "level", 9, None, "个", "=", "2027", None),
        ("省级实验室10个", "省级实验室", "level", 10, None, "个", "=", "2027", None),
        ("国家级5个", "国家级", "level", 5, None, "个", "=", "2027", None),
    ]),
    # a future span of years needs no 内 to be the time a plan gives itself (no year written: deadline null)
    ("future-years-no-within", "今后五年，全省地区生产总值年均增长5%左右。\n", "2026-01-20", [
        ("年均增长5%左右", "地区生产总值", "growth", 5, None, "%", "approx", None, None),
    ]),
    # review fixes (lead): manner words alone before the action name no indicator, the action does; 约 before the
    # verb makes the goal approximate (节约 is a word, no 约)
    ("manner-before-action", WORK + "改革完善高职院校考试招生办法，鼓励更多应届高中毕业生报考，今年大规模扩招100万人。\n",
     "2025-03-05", [
        ("扩招100万人", "扩招", "level", 1000000, None, "人", "=", "2025", None),
    ]),
    ("approx-before-verb", "力争到2027年，全市平均工资约增长百分之二十。\n", "2025-01-10", [
        ("平均工资约增长百分之二十", "平均工资", "growth", 20, None, "%", "approx", "2027", "aim"),
    ]),
    ("jieyue-no-approx", "力争到2027年，全市资源节约增长10%。\n", "2025-01-10", [
        ("资源节约增长10%", "资源节约", "growth", 10, None, "%", "=", "2027", "aim"),
    ]),
]


@pytest.mark.parametrize("case_id,text,doc_date,expected", POSITIVES, ids=[c[0] for c in POSITIVES])
def test_round12_targets(case_id, text, doc_date, expected):
    assert_targets(text, doc_date, expected)


NEGATIVES = [
    ("livelihood-projects-count", WORK + "各位代表！今年，我们继续安排20件民生实事，涉及就业、教育、医疗、养老。\n", "2025-03-05"),
    ("livelihood-projects-count-long", WORK + "今年将继续办好10项民生实事项目，让群众看到变化。\n", "2025-03-05"),
    # near miss: an update of a review, no goal context
    ("update-in-review", "过去一年，我们更新老旧电梯300部，孵化科技型企业50家。\n", "2025-01-10"),
    # a text of articles: its figures are rules (拟, 必须 and 将 there set no goal)
    ("regulation-conditions", REGULATION + "（一）发起人认购的股本总额不少于公司拟发行股本总额的35%；\n"
     "（二）拟向社会发行的股份达公司股份总数的25%以上；\n第四条 会议必须有三分之二以上代表出席。\n"
     "第五条 将科技成果转让的，从转让净收入中提取不低于百分之七十的比例。\n", "2024-05-10"),
    # near misses of the lead cue: a number of its own between the cue and the figure; a base after the goal
    ("lead-cue-number-between", "争取在5个县试点，全县建成智慧社区500个。\n", "2025-01-10"),
    ("sentence-goes-on-basis", "全市接待游客1亿人次，比上年增长10%。\n", "2025-01-10"),
    # near misses of 今后五年: a past span of years reviews results
    ("past-years", "过去五年，全省地区生产总值年均增长5%。\n", "2026-01-20"),
    ("future-years-no-figure", "今后五年是关键时期。全省地区生产总值增长5%。\n", "2026-01-20"),
    # a semicolon after a sentence with no plan word: the bare figure is no goal
    ("unplanned-sentence-semicolon", WORK + "去年财政收入增长5%；财政赤字4.2万亿元，其中中央财政赤字3.1万亿元。\n", "2025-03-05"),
]


@pytest.mark.parametrize("case_id,text,doc_date", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_round12_near_misses(case_id, text, doc_date):
    assert_targets(text, doc_date, [])
