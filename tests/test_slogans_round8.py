"""Round 8 slogan phenomena: a formula named right after the quoted list of its parts, counts of
organs that quotes only name as a set, top-ten selections, and a known name the segmenter glues to
the head noun after it; and the slogan words read from lexicons/slogan_words.tsv."""
from __future__ import annotations

import pytest

from govtext import extract_facts
from govtext.lexicons import load_rows


def _slogans(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(f.text, f.name, tuple(f.components)) for f in extract_facts(text, kinds=["slogan"])]


FOUND = [
    # a compact formula after the quoted list of its parts, its numeral the count of the items
    ("after-list-three", "全省坚持“做强龙头企业、培育专精特新、引进链主项目”三线并进，产业链更加完整。",
     ("三线并进", "三线并进", ("做强龙头企业", "培育专精特新", "引进链主项目"))),
    ("after-list-two", "打造“技术链、资金链”双链融合的创新生态。",
     ("双链融合", "双链融合", ("技术链", "资金链"))),
    ("after-list-four", "推进“电网、水网、路网、信息网”四网融合。",
     ("四网融合", "四网融合", ("电网", "水网", "路网", "信息网"))),
    # a known name after such a list keeps its own span, the list its parts (四化同步 is a known name since round 16)
    ("after-list-known", "推进“建设美丽乡村、培育特色产业、传承乡土文化、完善基层治理”四化同步。",
     ("四化同步", "四化同步", ("建设美丽乡村", "培育特色产业", "传承乡土文化", "完善基层治理"))),
    ("after-list-known-short", "推进“建设美丽乡村、培育特色产业、传承乡土文化、完善基层治理”四化建设。",
     ("四化", "四化", ("建设美丽乡村", "培育特色产业", "传承乡土文化", "完善基层治理"))),
    # a known unquoted name with a head noun the segmenter glues to it (四化建设 is one dictionary word)
    ("known-glued-head", "各部门要服务于四化建设的大局。", ("四化", "四化", ())),
    ("known-glued-head-later", "为加快四化建设步伐作出贡献。", ("四化", "四化", ())),
]

NONE = [
    # the list's count differs from the numeral: no formula spelled out
    ("after-list-count-differs", "坚持“稳增长、调结构、惠民生”两翼齐飞，再上台阶。"),
    # a classifier after the numeral counts the things listed (as 国内国际两个大局)
    ("after-list-classifier", "统筹“发展、安全”两个大局，推动工作落实。"),
    ("after-list-mian", "对照“理想信念、党纪党规、群众口碑、先进典型”四面镜子，查找差距。"),
    # a measure after the numeral: a duration, not a formula
    ("after-list-measure", "完成“清理、登记”两年内全部到位。"),
    # the name must close its clause: an adverbial count before a verb
    ("after-list-adverbial", "组织“市、县”两级联动推进，同步开展。"),
    # counts of organs or institutions in quotes name the bodies, no formula
    ("organs-six-centres", "县域医共体“六大中心”服务能力持续提升。"),
    ("organs-three-centres", "三家单位共建的研发机构（以下简称“三个创新中心”）向企业开放。"),
    ("organs-two-offices", "由“两个办公室”联合印发通知。"),
    # top-ten selections
    ("ranking-ten-best", "积极申报全市“十佳示范场景”评选。"),
    ("ranking-hundred-best", "入选“百佳案例”的项目给予奖励。"),
    # a count word glued to a dictionary word that is no head noun of the name: 三 + 公司
    ("glued-not-head", "新设立三公司负责运营。"),
]

STILL_FOUND = [
    # a formula the organ is named after keeps no classifier: the formula without the organ head
    ("organ-named-after-formula", "成立防汛防旱防风指挥部（以下简称“三防指挥部”）。", "三防"),
    # a counted formula whose head is no organ
    ("counted-not-organ", "全面实施“四大工程”，夯实发展基础。", "四大工程"),
    ("mixed-ending-in-centre", "建设“两专科一中心”，提升县级医院能力。", "两专科一中心"),
    # 十强 names ten strong industries, no selection of the best
    ("ten-strong-industries", "推动人工智能与“十强”产业融合。", "十强"),
]


@pytest.mark.parametrize("sentence,expected", [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_found(sentence, expected):
    assert expected in _slogans(sentence)


@pytest.mark.parametrize("sentence", [c[1] for c in NONE], ids=[c[0] for c in NONE])
def test_none(sentence):
    assert _slogans(sentence) == []


@pytest.mark.parametrize("sentence,name", [c[1:] for c in STILL_FOUND], ids=[c[0] for c in STILL_FOUND])
def test_still_found(sentence, name):
    assert name in [n for _t, n, _c in _slogans(sentence)]


def test_slogan_words_roles():
    """The word lists the slogan rules read by role come from lexicons/slogan_words.tsv."""
    rows = load_rows("slogan_words.tsv")
    roles = {row["role"] for row in rows}
    assert roles == {"glued_before", "motto_head", "event_head", "layout_part"}
    assert all(len(row["word"]) == 1 for row in rows if row["role"] == "glued_before")
    assert {"方针", "诀", "宪法"} <= {row["word"] for row in rows if row["role"] == "motto_head"}


WHOLE_OR_SPLIT = [
    # parts coined together in one quoted unit stay one name
    ("whole-coined-pair", "坚持“两手抓、两促进”，统筹疫情防控和经济发展。", ["两手抓、两促进"]),
    ("whole-same-hands", "坚持“两手抓、两手都要硬”的方针。", ["两手抓、两手都要硬"]),
    ("whole-one-unknown", "推行“三亮三比、两评两创”工作法。", ["三亮三比、两评两创"]),
    # each part an established formula of the lexicon: a list of formulas
    ("split-known-parts", "增强“四个意识”，落实“四个意识、四个自信”要求。", ["四个意识", "四个意识", "四个自信"]),
    ("split-known-counted", "作出“六个带头、六个表率”的承诺。", ["六个带头", "六个表率"]),
]


@pytest.mark.parametrize("sentence,names", [c[1:] for c in WHOLE_OR_SPLIT], ids=[c[0] for c in WHOLE_OR_SPLIT])
def test_quoted_unit_whole_or_split(sentence, names):
    assert [n for _t, n, _c in _slogans(sentence)] == names


REPEATS = [
    # a bare numeral and classifier in quotes is no name to find again unquoted: there it counts
    ("bare-count-not-repeated", "深化国企“三项”制度改革，年内完成三项任务。", ["三项"]),
    ("bare-two-not-repeated", "推动“两个”转变，建设两个园区。", ["两个"]),
    ("article-count-not-repeated", "落实“十条”措施，再出台十条意见。", []),
    # a formula with a word after its numeral is the same formula where the text repeats it
    ("formula-repeated", "开展“三下乡”活动，组织三下乡小分队。", ["三下乡", "三下乡"]),
]


@pytest.mark.parametrize("sentence,names", [c[1:] for c in REPEATS], ids=[c[0] for c in REPEATS])
def test_introduced_repeats(sentence, names):
    assert [n for _t, n, _c in _slogans(sentence)] == names


NOT_FORMULAS_QUOTED = [
    # ordinals: the N-th child, the N-th national census or survey
    ("birth-order", "落实“三孩”生育政策及配套支持措施。"),
    ("census", "扎实开展土壤“三普”外业调查。"),
    # a date span, dimensions, second-hand, 两 as "dual", hospital grades, places
    ("flood-season", "做好“七下八上”防汛关键期值守。"),
    ("dimension", "推广“三维”数字化设计。"),
    ("second-hand", "规范“二手车”交易市场。"),
    ("dual-use", "发展“军民两用”技术。"),
    ("hospital-grade", "新增“三甲”医院两家。"),
    ("place", "加强“三江源”生态保护。"),
]


@pytest.mark.parametrize("sentence", [c[1] for c in NOT_FORMULAS_QUOTED], ids=[c[0] for c in NOT_FORMULAS_QUOTED])
def test_not_formulas_quoted(sentence):
    assert _slogans(sentence) == []


@pytest.mark.parametrize("sentence,name", [
    ("开展“三无”船舶清理整治。", "三无"),
    ("深入开展“四史”宣传教育。", "四史"),
    ("筑牢“三保”底线。", "三保"),
], ids=["three-withouts", "four-histories", "three-guarantees"])
def test_near_misses_still_formulas(sentence, name):
    assert name in [n for _t, n, _c in _slogans(sentence)]


@pytest.mark.parametrize("sentence,names", [
    ("全面实施三证合一、一照一码登记制度。", ["三证合一"]),
    ("推行“五证合一”改革。", ["五证合一"]),
    ("第三证合一并办理。", []),
], ids=["licences-three", "licences-five", "licences-ordinal"])
def test_licences_in_one(sentence, names):
    assert [n for _t, n, _c in _slogans(sentence)] == names
