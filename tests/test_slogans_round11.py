"""Round 11 slogan phenomena (issue 14). One convention for numbered names: a number (or 双) and a collective
name standing for an enumerable list of items is a slogan, defined in the text or not (“碳达峰十大行动”, “双翻番”
as “五大行动”, “三增长”); programme names whose number counts no items are not. Components of a list running
into the name: a list opened by 的 is the tail of a longer phrase (“两个确立”的决定性意义、坚决做到“两个维护”),
the verb taking the name (实现) is no part of the last item, a gloss of another label (是指) opens the list, a
first item is cut to the others' length only at a word edge, and a colon is no part of an item. Sentences are
written for the tests; each class has near misses."""
from __future__ import annotations

import pytest

from govtext import extract_facts


def _components(text: str) -> list[tuple[str, list[str]]]:
    return [(f.name, f.components) for f in extract_facts(text, kinds=["slogan"])]


CASES = [
    # numbered collective names standing for enumerable items
    ("ten-actions", "全省稳步实施“碳达峰十大行动”，成效明显。", [("碳达峰十大行动", [])]),
    ("double-doubling", "全市建成5G基站2万个、物联网终端超300万个，实现“双翻番”。", [("双翻番", [])]),
    ("three-growths", "粮食实现总产、单产、播种面积“三增长”。", [("三增长", ["总产", "单产", "播种面积"])]),
    # a list opened by 的 is the tail of another phrase: no components
    ("de-tail", "深刻领悟“两个确立”的决定性意义、坚决做到“两个维护”，扎实推进工作。",
     [("两个确立", []), ("两个维护", [])]),
    # the verb taking the name closes the last item, no part of it
    ("verb-last", "企业用水量、用电量、排污量实现“三下降”。", [("三下降", ["企业用水量", "用电量", "排污量"])]),
    # near miss: a 的-tail list keeps its verb-like last item
    ("de-tail-verbs", "推行预先自学、挖掘问题、集中交流、回顾反思的“四环学习法”。",
     [("四环学习法", ["预先自学", "挖掘问题", "集中交流", "回顾反思"])]),
    # a gloss of another label opens the list
    ("gloss-opens", "“3”是指免税购物、医疗、教育“三篇消费文章”，要写好。", [("三篇消费文章", ["免税购物", "医疗", "教育"])]),
    # the first item is cut to the others' length only at a word edge
    ("word-edge", "培育高素质农民，农村劳务带头人、致富能人、乡村匠人“三支队伍”不断壮大。",
     [("三支队伍", ["农村劳务带头人", "致富能人", "乡村匠人"])]),
    ("lead-verb-cut", "开展“三问三行”（扪心叩问我是谁、为了谁、依靠谁，切实坚持行大道、行公道、行正道）。",
     [("三问三行", ["我是谁", "为了谁", "依靠谁", "行大道", "行公道", "行正道"])]),
    # a frame 以…为核心内容的
    ("core-content-frame", "以新产业、新业态、新商业模式为核心内容的“三新”经济加快发展。",
     [("三新", ["新产业", "新业态", "新商业模式"])]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round11_slogans(text, expected):
    assert _components(text) == expected


# chsl11b: a compact name after an unquoted list of its parts (the numeral equal to the count of the list,
# a verb or adjective after it); event names; place groups named by first characters; a new known name.
CASES_B = [
    ("bare-list-join", "坚持工人、农民和知识分子三结合的办法，逐步推广。", [("三结合", ["工人", "农民", "知识分子"])]),
    ("bare-list-verb", "各乡镇要做到人员、经费、场地三落实，确保工作开展。", [("三落实", ["人员", "经费", "场地"])]),
    # near misses: a noun after the numeral counts the things listed; a count that disagrees; a change verb
    ("bare-list-noun", "统筹推进北京、天津、河北三方面工作。", []),
    ("bare-list-place-noun", "加强上海、江苏、浙江三地合作。", []),
    ("bare-list-wrong-count", "做到人员、经费三落实，确保工作开展。", []),
    ("bare-list-change-verb", "实现收入、利润、税收三增长。", []),
    ("bare-list-no-list", "全力推进三结合，确保工作开展。", []),
    # a quoted name after a list joined by 和, a second verb joined to the lead-in verb cut off the first item
    ("second-verb-cut", "各地要抓紧工作，坚持和完善职工基本生活保障、失业保险和最低生活保障的“三条保障线”制度。",
     [("三条保障线", ["职工基本生活保障", "失业保险", "最低生活保障"])]),
    # an event, a festival, a week: its numeral names the event, no list of parts
    ("event-festival", "开展“双品网购节”等促销活动。", []),
    ("event-week", "举办“四进宣传周”系列活动。", []),
    # near misses: a bare count before the head, a common word ending in the head character
    ("event-near-bare", "做好“两节”期间市场供应。", [("两节", [])]),
    ("event-near-word", "把握好“四个环节”，推进改革。", [("四个环节", [])]),
    # a group of cities of one province by their first characters, a numeral among them (十堰)
    ("place-group", "带动“襄十随神”城市群协同发展。", []),
    ("place-group-near", "坚持“三严三实”，推动“两学一做”常态化。", [("三严三实", []), ("两学一做", [])]),
    # an established formula whose 中心 are roles of a city, not organs counted
    ("five-centres", "主动对接上海“五个中心”建设。", [("五个中心", [])]),
    ("counted-organs-near", "加快建设“三个创新中心”。", []),
    # a service number in quotes
    ("service-999", "“999”为市红十字会急救呼叫号码。", []),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES_B], ids=[c[0] for c in CASES_B])
def test_round11b_slogans(text, expected):
    assert _components(text) == expected
