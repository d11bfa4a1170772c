"""Changes, round 11 (issue 14): limits a rule sets on a change (延长期限不得超过三十日: the most an extension may
be, no change stated), a count naming a system (两部制, 九年制) and a period after a verb's object (…之日起30天内)
are no changes; extensions and cuts of a duration a text reports stay changes. Sentences are written for the
tests; each class has near misses."""
import pytest

from govtext.extract import extract_facts


def _changes(text):
    return [(f.text, f.direction, f.subject, f.by_value, f.unit)
            for f in extract_facts(text, kinds=["change"])]


# (id, sentence, [(span, direction, subject, by, unit)])
FOUND = [
    # a duration a text reports as lengthened or shortened: a change
    ("lengthen-hours", "暑期图书馆开放时间延长了2小时。", [("延长了2小时", "increase", "暑期图书馆开放时间", 2, "小时")]),
    ("shorten-days", "企业开办时间比去年缩短4天。", [("缩短4天", "decrease", "企业开办时间", 4, "天")]),
    # a bound that is not a cap (more than) still reports a change
    # near miss: a count closing the phrase after the verb's object is the amount
    ("object-count-end", "今年全县增加公办幼儿园学位1200个。", [("增加公办幼儿园学位1200个", "increase", "公办幼儿园学位", 1200, "个")]),
    ("over-bound", "全区快递业务量增长超过30%。", [("增长超过30%", "increase", "快递业务量", 30, "%")]),
    # chsl11b near misses: a duration object before the time stays the amount; 再 alone opens no new term
    ("duration-object", "今年起延长窗口服务时间1小时。", [("延长窗口服务时间1小时", "increase", "窗口服务时间", 1, "小时")]),
    ("again-no-term", "企业开办时间再缩短2天。", [("缩短2天", "decrease", "企业开办时间", 2, "天")]),
    # price verbs (change_verbs.tsv): the amount after them
    ("price-cut", "药品、耗材平均降价超50%。", [("降价超50%", "decrease", "药品、耗材", 50, "%")]),
    ("price-rise", "部分农资商品涨价10%。", [("涨价10%", "increase", "部分农资商品", 10, "%")]),
]

NONE = [
    # near misses: the price verbs naming a kind of thing, no amount
    ("price-word-noun", "商场开展降价促销活动。"),
    ("price-factor", "分析本月涨价因素。"),
    # the most a rule allows an extension to be: no change stated
    ("cap-term", "情况复杂的，经批准可以延长，但延长期限不得超过六十日。"),
    ("cap-time-adverb", "确需延期的，延长时间最长不超过三个月。"),
    ("cap-period-general", "经负责人批准，延长期限一般不超过十五日。"),
    ("cap-no-object", "特殊情况下审理期限可以延长，延长不得超过一个月。"),
    # a count naming a system
    ("system-name", "逐步扩大两部制电价的执行范围。"),
    ("system-years", "推行九年制义务教育。"),
    # a period (N天内) after the verb's object: when something must be done, no amount
    # a count after the verb's object that opens a noun or a time: no amount of change
    ("count-opens-noun", "持有二轮摩托车驾驶证的，可以申请增加普通三轮摩托车准驾车型。"),
    ("count-opens-time", "企业应当在增加生产产品30个工作日前提出申请。"),
    ("period-within", "应当自收到批准延长期限文件之日起30天内办理登记。"),
    # chsl11b: a term's end opens a new term, its length a quantity
    ("new-term", "林地承包到期后再延长五十年。"),
    ("new-term-expiry", "租赁合同期满后延长两年。"),
    # a time after an object that names no duration: how long the action lasts
    ("action-lasts", "因检修需要降低供水压力超过十二小时的，应当提前公告。"),
]


@pytest.mark.parametrize("sentence,expected", [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_round11_changes_found(sentence, expected):
    assert _changes(sentence) == expected


@pytest.mark.parametrize("sentence", [c[1] for c in NONE], ids=[c[0] for c in NONE])
def test_round11_changes_none(sentence):
    assert _changes(sentence) == []
