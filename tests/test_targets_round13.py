"""Round 13 target rules (area C): own sentences, each with a near miss."""
from govtext.extract import extract_facts

_HEAD = "三、2026年重点工作\n扎实办好民生实事。"


def _targets(body: str) -> list[tuple]:
    facts = extract_facts(_HEAD + body, kinds=["target"], doc_date="2026-01-20")
    return [(f.subject, f.measure, f.value, f.comparator) for f in facts]


def test_screening_is_a_count_task():
    assert _targets("筛选100家优质潜力企业，集中政策资源定制帮扶。") == [("优质潜力企业", "level", 100, "=")]
    # near miss: a screening already done is no goal
    assert _targets("去年已筛选100家优质潜力企业。") == []


def test_receivers_of_a_service_are_the_subject():
    assert _targets("为10万名残疾人提供基本康复服务。") == [("残疾人", "level", 100000, "=")]
    assert _targets("为1000家卫生院配备医保刷脸支付终端。") == [("卫生院", "level", 1000, "=")]


def test_alternative_unit_in_brackets():
    assert _targets("建设幸福河湖10条（段）。") == [("幸福河湖", "level", 10, "=")]
    assert _targets("建设幸福河湖10条(段)，新建绿道100公里。") == [("幸福河湖", "level", 10, "="),
                                                           ("绿道", "level", 100, "=")]
    # near miss: a bracketed word that is no unit still keeps the count open
    assert _targets("建设幸福河湖10条（省级）。") == []


def test_approximation_word_is_no_predicate():
    # 约 before a count of people who benefit: no figure to reach
    assert _targets("落实减税政策，使符合条件的约8000万纳税人应享尽享。") == []
    # near miss: a bound word before the number still predicates it
    assert _targets("全年粮食产量超过1.3万亿斤。") == [("粮食产量", "level", 1.3e12, ">=")]


def _plain(text: str) -> list[tuple]:
    facts = extract_facts(text, kinds=["target"], doc_date="2026-01-20")
    return [(f.subject, f.measure, f.value, f.deadline) for f in facts]


def test_year_opening_a_planning_sentence_is_its_deadline():
    assert _plain("2026年，力争全市地区生产总值增长5%。") == [("地区生产总值", "growth", 5, "2026")]
    assert _plain("2026年，全市计划新建5G基站1万个。") == [("5G基站", "level", 10000, "2026")]
    # near misses: no plan word in the sentence; a year before the document's
    assert _plain("2026年，全市新建5G基站1万个。") == []
    assert _plain("2025年，力争全市地区生产总值增长5%。") == []


def test_plan_period_not_yet_begun_sets_goals_of_its_sentence():
    assert _plain("“十五五”期间，全市新建保障性住房2万套。") == [("保障性住房", "level", 20000, None)]
    # near misses: a period under way or past is reviewed; the period's sentence only
    assert _plain("“十四五”时期，全市地区生产总值年均增长5.5%。") == []
    assert _plain("“十五五”时期是关键五年。全市新建保障性住房2万套。") == []
