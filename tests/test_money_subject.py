"""What an amount of money is (FACTS.md §2 money.subject; issue 14 decisions 9 and 10): the noun
phrase the amount modifies after it, else the subject of its change, else the phrase before it in
its own clause, never across a verb. Sentences of our own, each with near misses."""
from __future__ import annotations

import pytest

from govtext.evaluation import same_head
from govtext.extract import extract_facts

# (id, sentence, subject of every amount in it)
SUBJECTS = [
    ("before", "去年台风造成直接经济损失约12亿元。", "直接经济损失"),
    ("before-over-bound", "每户贷款额度最高不超过8万元。", "贷款额度"),
    ("before-level-verb", "全市旅游收入突破360亿元。", "旅游收入"),
    ("before-verb-noun", "服务机构年度技术服务收入不低于300万元。", "技术服务收入"),
    ("object-of-governing", "全区追缴违纪资金1.2亿元。", "违纪资金"),
    ("after-de", "市财政给予每个园区2000万元的资金扶持。", "资金扶持"),
    ("after-fine", "由执法部门责令改正，处2000元以上1万元以下的罚款。", "罚款"),
    ("after-fine-bare", "逾期不改的，处以五百元以上两千元以下罚款。", "罚款"),
    ("after-list", "对新认定的市级、区级基地分别给予50万元、30万元一次性补助。", "一次性补助"),
    ("after-list-asides", "分别给予最高300万元（国家级）、80万元（省级）的奖励。", "奖励"),
    ("payment-word-before", "对首次上市的企业，市财政另补助150万元。", "补助"),
    ("relative-predicate", "支持年营业收入不超过5000万元的小微企业。", "年营业收入"),
    ("bound-repeated", "单笔贷款额不低于20万元（含20万元），且不超过500万元。", "单笔贷款额"),
    ("change", "全县投入专项资金620万元，较上年增长12.4%。", "专项资金"),
    ("before-milestone", "全市存款余额连跨两个千亿元台阶、突破2600亿元。", "存款余额"),
    ("range-word", "罚款幅度为2000元以上、2万元以下。", "罚款"),
    ("rate-per-unit", "罚款幅度为占用的林地每平方米10元至30元。", "罚款"),
    ("latin-term", "全市人均GDP达到2.1万美元。", "人均GDP"),
    ("verb-as-measure", "一季度，综合保税区进出口420亿元。", "进出口"),
    ("resultative-predicate", "全市生产总值跨过5000亿元。", "生产总值"),
    ("class-named-by-amount", "新增营业收入超50亿元企业6家。", "营业收入"),
    ("from-list", "注册费分别由0.6万元、2.4万元下降至0.42万元、1.68万元。", "注册费"),
    ("change-from-to-years", "全省财政收入由一九七八年的三十一亿元增加到一九八二年的六十五亿元。", "财政收入"),
]


@pytest.mark.parametrize("sentence,subject", [c[1:] for c in SUBJECTS], ids=[c[0] for c in SUBJECTS])
def test_money_subject(sentence, subject):
    amounts = extract_facts(sentence, kinds=["money"])
    assert amounts
    assert all(same_head(subject, f.subject) for f in amounts), [f.subject for f in amounts]


# near misses: what must not become the subject
@pytest.mark.parametrize("sentence,not_subject", [
    ("省财政一次性给予800万元用于园区建设。", "园区建设"),  # a verb after the amount opens its own clause
    ("处3000元罚款。", "处"),  # the verb of the sentence is no subject
    ("市财政给予每个园区2000万元的资金扶持。", "园区"),  # the amount is given to the park, it is not the park
    ("且不超过500万元。", "且"),  # a conjunction
], ids=["verb-after", "chu", "recipient", "conjunction"])
def test_money_subject_near_misses(sentence, not_subject):
    amounts = extract_facts(sentence, kinds=["money"])
    assert amounts and all(f.subject != not_subject for f in amounts)
