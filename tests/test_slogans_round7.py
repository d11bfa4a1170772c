"""Round 7 slogan phenomena: mottos named by their count of characters, measure words that count
parts, 十大 before a noun, classic formulas of political discourse without quotes, idioms and
figurative numerals that are no formulas, and a name the segmenter glues to a function word."""
from __future__ import annotations

import pytest

from govtext import extract_facts
from govtext.extract.slogan_rules import is_formula


def _slogans(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.name) for f in extract_facts(text, kinds=["slogan"])]


FOUND = [
    # mottos named by the count of their characters (each character one part)
    ("motto-sixteen", "双方坚持“十六字”方针，推动合作不断深化。", ("十六字", "十六字")),
    ("motto-twenty-four", "把“二十四字”融入村规民约。", ("二十四字", "二十四字")),
    ("motto-head", "牢记调查研究的“十五字诀”。", ("十五字诀", "十五字诀")),
    ("motto-eight", "各公社认真推行农业“八字宪法”。", ("八字宪法", "八字宪法")),
    # a measure word before a head noun still counts parts inside quotes
    ("measure-ben", "人大常委会加强对“四本预算”的审查监督。", ("四本预算", "四本预算")),
    ("measure-wen", "审查支出时坚持“四问该不该”，把好资金关口。", ("四问该不该", "四问该不该")),
    # 十大 before the noun it counts is a formula, not the tenth congress
    ("shi-da-noun", "全市组织实施“十大工程”，带动投资增长。", ("十大工程", "十大工程")),
    ("shi-da-industry", "培育壮大“十大产业”集群。", ("十大产业", "十大产业")),
    # an exclusion a following word lifts: the campaign, not the sport
    ("shuang-da-campaign", "各地深入开展“双打”运动。", ("双打", "双打")),
    # the word that lifts an exclusion may stand inside the quotes too
    ("two-highs-inside", "严格控制“两高项目”盲目上马。", ("两高项目", "两高项目")),
    ("two-highs-after", "严格控制“两高”项目盲目上马。", ("两高", "两高")),
    # a known name inside quotes is the formula only when it holds every block: 两新一重 is more than 两新
    ("two-new-one-heavy-quoted", "加快推进“两新一重”建设。", ("两新一重", "两新一重")),
    ("known-inside-common-yi", "把“纠治四风一起抓”落到实处。", ("四风", "四风")),
    ("known-inside-yi-word", "做到“坚持四个全面一体推进”。", ("四个全面", "四个全面")),
    # formulas of counted parts joined by +, and codes of counts
    ("plus-in-words", "推广“一个平台+ N 个智能应用”模式。", ("一个平台+ N 个智能应用", "一个平台+N个智能应用")),
    ("plus-digits-and-words", "建成“1个中心+N个站点”服务网络。", ("1个中心+N个站点", "1个中心+N个站点")),
    ("digit-code-twenty", "打造“51020”产业集群。", ("51020", "51020")),
    ("two-steps", "在战略部署上分两步走：前五年打基础，后五年大发展。", ("两步走", "两步走")),
    # classic formulas without quotes
    ("three-worlds", "他阐述了关于“三个世界”划分的理论。", ("三个世界", "三个世界")),
    ("three-differences", "逐步缩小三大差别是长期任务。", ("三大差别", "三大差别")),
    ("three-movements-ordinal-after", "干部要深入三大革命运动第一线。", ("三大革命运动", "三大革命运动")),
    ("two-civilizations", "坚持“两个文明”一起抓。", ("两个文明", "两个文明")),
    ("three-mountains", "中国人民推翻了压在头上的三座大山。", ("三座大山", "三座大山")),
    ("dual-circulation-quoted", "加快构建“双循环”新发展格局。", ("双循环", "双循环")),
    ("five-guarantees-quoted", "乡镇政府负责农村“五保”供养工作。", ("五保", "五保")),
    # round 14: the formula 双循环 after the two circulations it joins (realgold13, realgold14)
    ("dual-circulation-appositive", "加快构建国内国际双循环相互促进的新格局。", ("双循环", "双循环")),
    ("discipline-whole", "部队严格遵守三大纪律八项注意。", ("三大纪律八项注意", "三大纪律八项注意")),
    ("three-banners", "当年提出的三面红旗口号。", ("三面红旗", "三面红旗")),
    ("five-four-three", "开展五讲四美三热爱活动。", ("五讲四美三热爱", "五讲四美三热爱")),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_found(text, expected):
    assert expected in _slogans(text)


NOT_SLOGANS = [
    ("tenth-congress-bare", "党的“十大”召开以后"),
    ("tenth-congress-since", "“十大”以来的路线"),
    ("twentieth-congress", "“二十大”胜利召开之际"),
    ("characters-of-each-title", "景区题名采用“四字景目”形式。"),
    ("top-ten-ranking", "他当选“十大杰出青年”。"),
    ("top-ten-news", "评选年度“十大新闻”。"),
    ("dilemma", "发展中“两难”问题增多。"),
    ("two-legs", "坚持“两条腿”走路，统筹推进。"),
    ("office-hours", "窗口实行“朝九晚五”工作制。"),
    ("opera-scene", "灯会上的“水淹七军”场景吸引游客。"),
    ("nine-bends", "“九曲黄河灯阵”游人如织。"),
    ("cross-roads", "站在“十字路口”的企业"),
    ("cross", "教堂顶上的“十字架”"),
    ("doubles-sport", "她获得了羽毛球“双打”冠军。"),
    ("two-highs-courts", "“两高”联合发布司法解释。"),
    # names written after their listed parts stay quoted-only (as 国内国际两个大局)
    # round 14: 五保 unquoted labels a category of households (农村五保户, 五保供养: realgold12), no formula
    ("five-guarantees-category", "乡镇政府负责农村五保供养工作。"),
    ("dual-teacher-type", "打造“双师型”教师队伍，推广双师课堂。"),
    # a name that is also a plain phrase counts unquoted only where its parts are spelled out
    ("two-steps-plain", "确定分两步走，稳妥推进改革。"),
    ("nine-good-ratings", "考核评估中实现“九连好”。"),
    ("plus-without-count", "推行“互联网+监管”。"),
    ("digit-thresholds", "实施“5020”项目。"),
    ("four-seasons", "公园推出“四季花卉”赏花线路。"),
    ("two-phase", "该钢材属于“两相”组织。"),
    ("internet-plus-typed", "推行“互联网十监管”模式。"),
    ("three-kilometres", "沿河步道长达三公里。"),
    ("three-companies", "新组建三公司负责运营。"),
    # classic names that are also plain counted phrases of modern text need quotes
    ("world-class", "建成三个世界级港口群。"),
    ("civilized-cities", "成功创建两个文明城市。"),
    ("facing-smes", "推出三个面向中小企业的服务平台。"),
    ("whatever-needs", "清理两个凡是需要审批的事项。"),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_SLOGANS], ids=[c[0] for c in NOT_SLOGANS])
def test_not_slogans(text):
    assert _slogans(text) == []


@pytest.mark.parametrize("unit,expected", [
    ("十六字", True), ("八字方针", True), ("二十四字", True), ("八字宪法", True), ("十五字诀", True),
    ("四字景目", False),
    ("十字路口", False), ("十字绣", False), ("一字", False), ("三本书", False), ("两本账", False),
])
def test_motto_and_part_measures(unit, expected):
    assert is_formula(unit) is expected


def test_introduced_name_glued_to_a_conjunction():
    """The segmenter reads 及三 as one word; the name the text introduced stays whole."""
    text = "设立防汛防旱防风指挥部（以下简称“三防指挥部”）。各级人民政府及三防指挥部应当定期检查。"
    spans = [(f.start, f.name) for f in extract_facts(text, kinds=["slogan"])]
    assert (text.index("及三防") + 1, "三防") in spans
    assert len(spans) == 2


def test_conjunction_glue_does_not_lift_a_measure():
    assert _slogans("以及三公里的步道") == []
