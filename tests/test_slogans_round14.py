"""Round 14 (FACTS.md §2 slogan; lexicons/slogans.tsv, slogan_exclusions.tsv): 国内国际双循环 is the formula
unquoted (realgold13, realgold14); 五保 unquoted and 五保户 label a category of rural households (realgold12), no
formula, while a quoted “五保” stays one; 双师 names a kind of teacher (“双师型”教师), no formula; 两步走 stands unquoted
where the goal the steps reach by a date of this century follows it (realgold13 cpc__0015)."""
from __future__ import annotations

import pytest

from govtext.extract import extract_facts


def _slogans(text: str) -> list[str]:
    return [f.name for f in extract_facts(text, kinds=["slogan"])]


@pytest.mark.parametrize("text, expected", [
    ("构建以国内大循环为主体、国内国际双循环相互促进的新发展格局。", ["双循环"]),
    ("积极融入国内国际双循环，推动高水平对外开放。", ["双循环"]),
    ("加快构建“双循环”新发展格局。", ["双循环"]),
    ("坚持“五保”供养，保障特困群众基本生活。", ["五保"]),
    ("推动“四个一批”落地见效。", ["四个一批"]),
    # near misses
    ("乡镇人民政府负责农村五保供养工作。", []),
    ("完善农村“五保户”供养制度。", []),
    ("农村五保户享受集中供养待遇。", []),
    ("打造“双师型”教师队伍，推广双师课堂。", []),
    ("统筹国内国际两个大局。", []),
    # established national formulas named after their parts, unquoted (as 三大差别, 四大伙伴关系)
    ("推进现代化建设、完成祖国统一、维护世界和平与促进共同发展这三大历史任务。", ["三大历史任务"]),
    ("书写了经济快速发展和社会长期稳定两大奇迹新篇章。", ["两大奇迹"]),
    ("发扬党的三大作风。", ["三大作风"]),
    ("全年完成三大任务，建成三大平台。", []),
    # 两步走 (unquoted: defined) with the goal the steps reach by a date of this century right after it
    ("在全面建成小康社会的基础上，分两步走在本世纪中叶建成社会主义现代化强国。", ["两步走"]),
    ("确定分两步走在本世纪末实现国民生产总值翻两番的目标。", ["两步走"]),
    ("改革分两步走到2025年全面完成。", []),
    ("项目分两步走在年底前完成。", []),
    ("确定分两步走，稳妥推进改革。", []),
])
def test_round14_slogans(text, expected):
    assert _slogans(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 四人帮: a label of four named people (the gold's convention), no slogan and no count, quoted or not
    ("打倒四人帮以后，全国形势迅速好转。", []),
    ("揭批“四人帮”的斗争取得胜利。", []),
    # near miss: four people counted
    ("巡查人员四人一组开展巡查。", [("quantity", "四人")]),
])
def test_round14_label_of_four_people(text, expected):
    assert [(f.kind, f.text) for f in extract_facts(text, kinds=["slogan", "quantity"])] == expected
