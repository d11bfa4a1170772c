"""Round 10 slogan phenomena (issue 14): established formulas of several eras known by name without
quotation marks (一化三改, 三支两军, 五讲四美, 一个中心、两个基本点, 三来一补, 两个确保, 五个统筹, 两型社会,
五个必由之路 … rows of lexicons/slogans.tsv with their era), and definitions: a 的-modifier or an indefinite
amount (一批) before a list that defines the name is no part of its first item, and items numbered after
a colon (第一步，…第二步，…; 1.…2.…; （一）…（二）…) are the parts. Sentences are written for the tests; each
class has near misses."""
from __future__ import annotations

import pytest

from govtext import extract_facts


def _slogans(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.name) for f in extract_facts(text, kinds=["slogan"])]


def _components(text: str) -> list[tuple[str, list[str]]]:
    return [(f.name, f.components) for f in extract_facts(text, kinds=["slogan"])]


FOUND = [
    # established names of the 1950s–1970s
    ("yihua-sangai", "党在过渡时期的总路线是一化三改。", [("一化三改", "一化三改")]),
    ("sanzhi-liangjun", "部队在三支两军工作中经受了考验。", [("三支两军", "三支两军")]),
    ("yida-sanfan", "这些案件多是一打三反运动中的冤案。", [("一打三反", "一打三反")]),
    ("sanzi-yibao", "会议批判了所谓三自一包。", [("三自一包", "三自一包")]),
    # of the 1980s–1990s
    ("one-centre-two-points", "坚持一个中心、两个基本点的基本路线一百年不动摇。", [("一个中心、两个基本点", "一个中心、两个基本点")]),
    ("one-centre-no-comma", "全面贯彻一个中心两个基本点。", [("一个中心两个基本点", "一个中心、两个基本点")]),
    ("wujiang-simei", "各单位广泛开展五讲四美活动。", [("五讲四美", "五讲四美")]),
    ("wujiang-longer", "各单位广泛开展五讲四美三热爱活动。", [("五讲四美三热爱", "五讲四美三热爱")]),
    ("sanlai-yibu", "沿海乡镇积极发展三来一补企业。", [("三来一补", "三来一补")]),
    ("two-fundamental-shifts", "关键是实现两个根本性转变。", [("两个根本性转变", "两个根本性转变")]),
    ("two-ensures-three-lines", "继续做好两个确保，搞好三条保障线的衔接。", [("两个确保", "两个确保"), ("三条保障线", "三条保障线")]),
    # of the 2000s–2020s
    ("five-coordinations", "按照五个统筹的要求推进改革。", [("五个统筹", "五个统筹")]),
    ("two-type-society", "长株潭城市群加快两型社会建设。", [("两型社会", "两型社会")]),
    ("three-supremes", "政法干警要始终坚持三个至上。", [("三个至上", "三个至上")]),
    ("five-musts", "深刻领会五个必由之路的科学内涵。", [("五个必由之路", "五个必由之路")]),
    # names also written as ordinary counts still need quotes
    ("four-greats-quoted", "深刻把握“四个伟大”的内在联系。", [("四个伟大", "四个伟大")]),
]

NONE = [
    # 四个伟大, 三大法宝, 十个明确: also plain counted phrases, known only in quotes
    ("four-great-miracles", "中国人民创造了四个伟大奇迹。"),
    ("three-magic-weapons", "村里总结出致富的三大法宝。"),
    ("ten-clear-targets", "方案提出十个明确的目标。"),
    # a numeral that cuts a word or counts a measure
    ("one-centre-count", "全县建成一个中心和两个站点。"),
    ("supremes-ordinal", "获得第三个至上荣誉。"),
]

# (id, sentence, [(name, components)])
DEFINED = [
    # a 的-modifier before the first item modifies the whole list
    ("de-modifier-two", "采用业界通行的先处理数据、再做模型训练的两步走模式。", [("两步走", ["先处理数据", "再做模型训练"])]),
    ("de-modifier-lead", "改变通常采用的先建后管、重建轻管的“两张皮”做法。", []),
    ("de-modifier-items", "培育技术领先的专利强、标准强、品牌强的“三强”企业。", [("三强", ["专利强", "标准强", "品牌强"])]),
    # an indefinite amount before the list counts the things it describes
    ("yipi-lead", "扶持一批研发强度高、成长速度快、市场份额大的“三高”企业。", [("三高", ["研发强度高", "成长速度快", "市场份额大"])]),
    # numbered items after a colon
    ("steps-after-colon", "发展目标分三步走：\n第一步，到2025年产业规模突破千亿元。\n第二步，到2030年形成完整产业链。\n第三步，到2035年建成产业高地。",
     [("三步走", ["到2025年产业规模突破千亿元", "到2030年形成完整产业链", "到2035年建成产业高地"])]),
    ("digits-after-colon", "着力实现“三个一批”：\n1.建成一批示范工厂。\n2.培育一批领军企业。\n3.打造一批公共平台。",
     [("三个一批", ["建成一批示范工厂", "培育一批领军企业", "打造一批公共平台"])]),
    ("parens-after-colon", "落实“两个到位”：（一）资金保障到位；（二）人员配备到位。",
     [("两个到位", ["资金保障到位", "人员配备到位"])]),
    # numbering that does not start at 1, or does not run to the count, defines nothing
    ("numbering-broken", "着力实现“三个一批”：\n2.建成一批示范工厂。\n3.培育一批领军企业。", [("三个一批", [])]),
    ("numbering-short", "着力实现“三个一批”：\n1.建成一批示范工厂。\n2.培育一批领军企业。\n四、保障措施", [("三个一批", [])]),
]


@pytest.mark.parametrize("sentence,expected", [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_round10_slogans_found(sentence, expected):
    assert _slogans(sentence) == expected


@pytest.mark.parametrize("sentence", [c[1] for c in NONE], ids=[c[0] for c in NONE])
def test_round10_slogans_none(sentence):
    assert _slogans(sentence) == []


@pytest.mark.parametrize("sentence,expected", [c[1:] for c in DEFINED], ids=[c[0] for c in DEFINED])
def test_round10_definitions(sentence, expected):
    assert _components(sentence) == expected
