"""Round 17: layout pairs 一X多Y (一主多辅) with their roles, quoted 三多, 平急两用 (FACTS.md §2 slogan);
persons: 轮值 before a title, a verb naming a government's form, 于 + a pair of states (FACTS.md person)."""
from __future__ import annotations

import pytest

from govtext.extract import extract_facts
from govtext.extract.slogan_rules import is_layout_pair, is_many_count


def _slogans(text: str) -> list[tuple[str, list[str]]]:
    return [(f.name, f.components) for f in extract_facts(text, kinds=["slogan"])]


def _persons(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.name, f.title, f.org) for f in extract_facts(text, kinds=["person"])]


@pytest.mark.parametrize("text, expected", [
    ("坚持“一主多辅”的原则，以国有粮食部门为主，以用粮大户和供销合作社等部门为辅，搞活粮食流通。",
     [("一主多辅", ["以国有粮食部门为主", "以用粮大户和供销合作社等部门为辅"])]),
    ("形成“一核多极”的产业聚集区发展格局。", [("一核多极", [])]),
    ("推进“一区多园”管理体制改革。", [("一区多园", [])]),
    ("坚持“一主多辅”，搞活流通。后来以甲为主，以乙为辅。", [("一主多辅", [])]),  # roles in another sentence
    ("推行“一照多址”改革。", []),             # distributive: one licence, several addresses
    ("实行“一地多证”。", []),
    ("开展“一喷多促”作业。", []),
    ("深化集体林权制度“三多”改革。", [("三多", [])]),
    ("他已工作三多年。", []),                 # an approximate count, unquoted
    ("持续推进“十多”项改革。", []),           # 十多: no single numeral before 多
    ("加强“平急两用”公共基础设施建设。", [("平急两用", [])]),
    ("有序推进平急两用公共基础设施建设。", [("平急两用", [])]),
    ("发展军民两用技术。", []),               # 两用 as dual use
])
def test_slogans(text, expected):
    assert _slogans(text) == expected


@pytest.mark.parametrize("unit, layout, many", [
    ("一主多辅", True, False), ("一核多点", True, False), ("一照多址", False, False), ("一主一辅", False, False),
    ("一核多核", False, False), ("三多", False, True), ("两多", False, True), ("三多年", False, False), ("一多", False, False),
])
def test_rule_functions(unit, layout, many):
    assert (is_layout_pair(unit), is_many_count(unit)) == (layout, many)


@pytest.mark.parametrize("text, expected", [
    ("非洲联盟轮值主席、塞内加尔总统萨勒会见了王毅。", [("萨勒", "轮值主席、塞内加尔总统", "非洲联盟")]),
    ("东盟轮值主席国老挝总理宋赛表示，", [("宋赛", "总理", "老挝")]),
    ("丹麦自治领地格陵兰岛自治政府总理尼尔森表示，", [("尼尔森", "总理", "格陵兰岛自治政府")]),
    ("河南省人民政府副省长张维宁出席。", [("张维宁", "副省长", "河南省人民政府")]),
    ("智利三党主席于中智建交45周年之际访华。", []),      # 于 a preposition, 中智 China and Chile
    ("主席于中法建交60周年之际来访。", []),
    ("副省长于中英表示，要加快发展。", [("于中英", "副省长", None)]),  # a name closed by 表示
    ("主任于英德在会上讲话。", [("于英德", "主任", None)]),
    ("市长于伟国说，", [("于伟国", "市长", None)]),
])
def test_persons(text, expected):
    assert _persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list before a name whose parts slogans.tsv knows defines it only when it names those parts
    ("发挥金融服务实体经济、科技创新和共建“一带一路”的作用。", [("一带一路", [])]),
    ("对早开工、早投产的双创项目给予奖励。", [("双创", [])]),
    ("有关部门、单位应当组织开展多种形式的双拥共建活动。", [("双拥", [])]),
    ("坚持大众创业、万众创新的“双创”发展方向。", [("双创", ["大众创业", "万众创新"])]),
    ("坚决反对形式主义、官僚主义、享乐主义和奢靡之风等“四风”。",
     [("四风", ["形式主义", "官僚主义", "享乐主义", "奢靡之风"])]),
    # a name without known parts keeps the list before it
    ("门前清扫保洁、绿化美化、卫生秩序“三包”制度。", [("三包", ["清扫保洁", "绿化美化", "卫生秩序"])]),
])
def test_lists_before_known_names(text, expected):
    assert _slogans(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a lead-in verb opening the first of two listed parts is no part of it
    ("坚持拥军优属、拥政爱民的“双拥”工作。", [("双拥", ["拥军优属", "拥政爱民"])]),
    ("通过先自学、再交流的“两步法”提高效率。", [("两步法", ["先自学", "再交流"])]),
    ("以严为主、以实为要的“两严”。", [("两严", ["以严为主", "以实为要"])]),  # 以 opens both: parallel parts
])
def test_two_parts_lead_in(text, expected):
    assert _slogans(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a gloss after the name and a head word defines the compound when its parts are not the numeral's count
    ("本条例所称“四荒”，是指荒山、荒沟、荒丘、荒滩。本条例所称四荒开发，是指开发者依法取得四荒使用权，并按合同治理开发的行为。",
     [("四荒", ["荒山", "荒沟", "荒丘", "荒滩"]), ("四荒", []), ("四荒", [])]),
    ("建设“六有”党组织，即有场所、有牌子、有制度、有活动、有台账、有经费。",
     [("六有", ["有场所", "有牌子", "有制度", "有活动", "有台账", "有经费"])]),
    ("树立“九破九立”的思想，即破甲思想，立乙意识；破丙思想，立丁意识。", [("九破九立", ["破甲思想，立乙意识", "破丙思想，立丁意识"])]),  # (nine pairs promised, two spelled)
    ("所称“三不”企业，是指不缴税、不纳统、不用工的企业。", [("三不", ["不缴税", "不纳统", "不用工的企业"])]),
])
def test_gloss_after_head_word(text, expected):
    assert _slogans(text) == expected
