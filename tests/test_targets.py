"""Targets (FACTS.md §2 target): sentences of our own with the target each should give, the near
misses that give none (achieved results, goals without a number, labels and enumerations), the cue
lexicon's checks, the spaCy spans and the rendering, the store's targets() and
targets_vs_outcomes(), and the floor on the real-document gold (skipped without ../shared)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govtext
from govtext.extract import extract_facts
from govtext.extract.targets import ROLES, target_cues
from govtext.lexicons import LexiconError, lexicon_dir, read_table
from govtext.records import Region

from conftest import SHARED


def _targets(text: str, doc_date: str = "2025-02-10"):
    return extract_facts(text, kinds=["target"], doc_date=doc_date)


def _row(f):
    return (f.subject, f.measure, f.value, f.value_max, f.unit, f.comparator, f.deadline, f.strength)


# (id, text, [(part of the span, subject, measure, value, value_max, unit, comparator, deadline, strength)])
POSITIVES = [
    ("work-report-list", "今年全县经济社会发展的主要预期目标是：全县生产总值增长6%左右，城镇调查失业率控制在5.5%以内，粮食产量稳定在30万吨以上。", [
        ("增长6%左右", "生产总值", "growth", 6, None, "%", "approx", "2025", "aim"),
        ("5.5%以内", "城镇调查失业率", "level", 5.5, None, "%", "<=", "2025", "aim"),
        ("30万吨以上", "粮食产量", "level", 300000, None, "吨", ">=", "2025", "aim"),
    ]),
    ("plan-deadline", "到2027年，全市森林覆盖率达到46%以上，新建保障性住房不少于2万套。", [
        ("46%以上", "森林覆盖率", "level", 46, None, "%", ">=", "2027", None),
        ("2万套", "保障性住房", "level", 20000, None, "套", ">=", "2027", None),
    ]),
    ("fused-cue-and-deadline", "力争到2026年，培育省级专精特新企业80家，全市研发投入强度提高到3%。", [
        ("80家", "省级专精特新企业", "level", 80, None, "家", "=", "2026", "aim"),
        ("提高到3%", "研发投入强度", "level", 3, None, "%", "=", "2026", "aim"),
    ]),
    ("year-end", "年底前完成80%的整改任务。", [
        ("80%", "整改任务", "level", 80, None, "%", "=", "2025-12", None),
    ]),
    ("distributive-list", "主要预期目标是：城乡居民人均可支配收入分别增长6%和7%左右。", [
        ("增长6%", "城镇居民人均可支配收入", "growth", 6, None, "%", "approx", "2025", "aim"),
        ("7%左右", "农村居民人均可支配收入", "growth", 7, None, "%", "approx", "2025", "aim"),
    ]),
    ("range", "今年主要预期目标为：地区生产总值增长5%—5.5%。", [
        ("5%—5.5%", "地区生产总值", "growth", 5, 5.5, "%", "=", "2025", "aim"),
    ]),
    ("firm-reduction", "确保单位生产总值能耗下降3%以上。", [
        ("下降3%以上", "单位生产总值能耗", "reduction", 3, None, "%", ">=", None, "firm"),
    ]),
    ("percentage-points", "今年主要预期目标是：常住人口城镇化率提高1个百分点。", [
        ("1个百分点", "常住人口城镇化率", "growth", 1, None, "个百分点", "=", "2025", "aim"),
    ]),
    ("growth-noun", "今年主要预期目标是：居民消费价格涨幅3%左右。", [
        ("涨幅3%左右", "居民消费价格", "growth", 3, None, "%", "approx", "2025", "aim"),
    ]),
    ("work-section-counts", "二、2025年重点工作\n新建5G基站3000个，改造老旧小区120个、燃气管网80公里。", [
        ("3000个", "5G基站", "level", 3000, None, "个", "=", None, None),
        ("120个", "老旧小区", "level", 120, None, "个", "=", None, None),
        ("80公里", "燃气管网", "level", 80, None, "公里", "=", None, None),
    ]),
    ("bound-verb", "力争全年固定资产投资突破500亿元。", [
        ("突破500亿元", "固定资产投资", "level", 50_000_000_000, None, "元", ">=", "2025", "aim"),
    ]),
    ("five-year-goals", "二、“十五五”时期主要目标任务\n全县地区生产总值年均增长5.5%左右，常住人口城镇化率达到65%。", [
        ("5.5%左右", "地区生产总值", "growth", 5.5, None, "%", "approx", None, None),
        ("65%", "常住人口城镇化率", "level", 65, None, "%", "=", None, None),
    ]),
    ("count-not-its-modifier", "力争培育5个以上收入过100亿元的产业集群。", [
        ("5个以上", "产业集群", "level", 5, None, "个", ">=", None, "aim"),
    ]),
    ("multiple", "力争到2027年，数字经济核心产业规模增长1.5倍。", [
        ("增长1.5倍", "数字经济核心产业规模", "growth", 1.5, None, "倍", "=", "2027", "aim"),
    ]),
    ("committed-comparison", "确保2020年小微企业综合融资成本较上年度再降0.5个百分点。", [
        ("再降0.5个百分点", "小微企业综合融资成本", "reduction", 0.5, None, "个百分点", "=", "2020", "firm"),
    ]),
    ("share-doing", "二、2025年重点工作\n尽快实现规上企业100%使用绿色电力。", [
        ("100%", "规上企业使用绿色电力", "level", 100, None, "%", "=", None, None),
    ]),
    ("next-year-list", "明年经济工作的主要预期目标是：地区生产总值增长7.5%左右。", [
        ("增长7.5%左右", "地区生产总值", "growth", 7.5, None, "%", "approx", "2026", "aim"),
    ]),
    ("year-heading-the-list", "2026年，全镇经济社会发展的主要预期目标是：农民人均可支配收入达到1.15万元。", [
        ("1.15万元", "农民人均可支配收入", "level", 11500, None, "元", "=", "2026", "aim"),
    ]),
    ("base-year-no-deadline", "到2026年6月底，生活垃圾治理率达到95%以上；农村卫生厕所普及率较2024年底提高15个百分点。", [
        ("95%以上", "生活垃圾治理率", "level", 95, None, "%", ">=", "2026-06", None),
        ("15个百分点", "农村卫生厕所普及率", "growth", 15, None, "个百分点", "=", "2026-06", None),
    ]),
    ("rate-per-ten-thousand", "到2027年，每万人口高价值发明专利拥有量达到12件。", [
        ("12件", "每万人口高价值发明专利拥有量", "level", 12, None, "件", "=", "2027", None),
    ]),
    ("goal-after-a-standard", "每个乡镇组建不少于20人的扑火队，确保森林火灾受害率控制在0.9‰以内。", [
        ("0.9‰以内", "森林火灾受害率", "level", 0.09, None, "%", "<=", None, "firm"),
    ]),
    ("restated-goal", "今年主要预期目标是：地区生产总值增长6%左右。各位代表，确定6%左右的预期增长目标，兼顾了需要和可能。", [
        ("增长6%左右", "地区生产总值", "growth", 6, None, "%", "approx", "2025", "aim"),
        ("预期增长目标", None, "growth", 6, None, "%", "approx", "2025", "aim"),
    ]),
]


@pytest.mark.parametrize("text,expected", [p[1:] for p in POSITIVES], ids=[p[0] for p in POSITIVES])
def test_targets_of_goal_sentences(text, expected):
    got = _targets(text)
    assert len(got) == len(expected), [(f.text, _row(f)) for f in got]
    for fact, (part, *fields) in zip(got, expected):
        assert part in fact.text or fact.text in part, (fact.text, part)
        assert _row(fact) == tuple(fields), fact
        assert text[fact.start:fact.end] == fact.text


NEGATIVES = [
    ("past-opener", "去年全市生产总值增长5.2%，城镇新增就业3.1万人。"),
    ("review-heading", "一、2024年工作回顾\n全市生产总值达到1200亿元，新建学校12所，粮食产量稳定在30万吨。"),
    ("achieved-change", "主要预期目标顺利完成，全县粮食产量比上年增长3.5%。"),
    ("achieved-le", "确保完成任务，全年新增就业增长了5%。"),
    ("goal-without-number", "今年主要预期目标是：居民收入增长与经济增长同步，生态环境质量持续改善。"),
    ("work-areas", "三、2025年重点工作\n重点抓好以下9个方面工作："),
    ("enumeration", "三、2025年重点工作\n加快推进东湖片区、西城片区等5个重点项目建设。"),
    ("news-this-year", "今年1-6月，全市进出口总额达到1200亿元，同比增长8.5%。"),
    ("anniversary", "三、2025年重点工作\n2025年是中国共产党成立104周年。"),
    ("rule-of-procedure", "一、总体要求\n集中学习时间一般不少于3个月。"),
    ("label-class", "三、2025年重点工作\n打造千亿级产业集群，创建5A级旅游景区。"),
    ("count-of-goals", "二、“十五五”时期主要目标任务\n共设置24项指标，其中约束性指标9项。"),
    ("forecast", "预计到2026年全年接待游客2000万人次。"),
    ("ratio", "力争到2027年，人均收入是全国平均水平的1.2倍。"),
    ("per-item-standard", "一、工作目标\n到2026年，每户补助资金1200元，其中县级财政补助不低于600元；每座面积不少于30平方米；每个乡镇至少建设1个转运点，配备垃圾车2至3辆。"),
    ("period-of-this-year", "今年第一季度，全县共开展明察暗访6轮，发现问题23个，已全部整改到位。"),
    ("part-of-its-own", "一、总体要求\n努力取得实效。\n二、参加范围\n区直各部门负责人参照执行，约240名。"),
    ("known-set", "三、2025年重点工作\n提升39个欠发达县域托底性帮扶质效，做好东西部协作。"),
    ("one-of", "三、2025年重点工作\n争取列入全国首批试点的5个城市之一。"),
]


@pytest.mark.parametrize("text", [n[1] for n in NEGATIVES], ids=[n[0] for n in NEGATIVES])
def test_no_target(text):
    assert _targets(text) == [], [(f.text, _row(f)) for f in _targets(text)]


def test_the_numbers_stay_facts_of_their_own_kinds():
    facts = extract_facts("今年主要预期目标是：地区生产总值增长5%左右。", doc_date="2025-02-10")
    kinds = [f.kind for f in facts]
    assert "target" in kinds and "percent" in kinds


def test_document_year_from_a_goal_heading_when_the_text_has_no_date():
    text = "一、2015年工作回顾\n过去一年，国内生产总值增长6.9%。\n三、2016年重点工作\n今年发展的主要预期目标是：国内生产总值增长6.5%左右。"
    (fact,) = extract_facts(text, kinds=["target"])
    assert (fact.value, fact.deadline) == (6.5, "2016")


# --------------------------------------------------------------------------- the cue lexicon


def test_cue_lexicon_loads_with_every_role():
    cues = target_cues()
    assert cues.strength["力争"] == "aim" and cues.strength["确保"] == "firm"
    assert cues.intro["主要预期目标"] == "aim"
    assert cues.verbs["控制在"] == ("level", None) and cues.verbs["突破"] == ("level", ">=")
    assert cues.verbs["增长"] == ("growth", None) and cues.verbs["下降"] == ("reduction", None)


@pytest.mark.parametrize("line,problem", [
    ("力求达到\thope\taim\n", r"target_cues.tsv:\d+: role: Input should be"),
    ("力求实现\tstrength\tsoft\n", r"target_cues.tsv:\d+: .*value 'soft' is not one of aim, firm for role strength"),
    ("增长逾\tverb\tup\n", r"target_cues.tsv:\d+: .*value 'up'"),
    ("城乡区域\tsplit\t\n", r"target_cues.tsv:\d+: .*role split needs a value"),
    ("过半\tverb\tlevel\t通||经\n", r"target_cues.tsv:\d+: not_after: Value error, an empty alternative"),
])
def test_cue_lexicon_rows_are_checked(tmp_path, line, problem):
    path = tmp_path / "target_cues.tsv"
    path.write_text((lexicon_dir() / "target_cues.tsv").read_text(encoding="utf-8") + line, encoding="utf-8")
    with pytest.raises(LexiconError, match=problem):
        read_table(path)


def test_every_role_is_used():
    from govtext.lexicons import load_rows

    assert {r["role"] for r in load_rows("target_cues.tsv")} == set(ROLES)


# --------------------------------------------------------------------------- invariants


@settings(max_examples=150)
@given(st.text(alphabet="今年主要预期目标是：增长到2027年力争确保达到控制在以内以上左右%万亿元个家5.0—，。、\n一二三", max_size=60))
def test_targets_slice_their_text_on_any_input(text):
    for fact in _targets(text):
        assert text[fact.start:fact.end] == fact.text
        assert fact.start < fact.end


# --------------------------------------------------------------------------- spaCy and rendering


def test_targets_in_spacy_spans():
    pytest.importorskip("spacy")
    nlp = govtext.nlp(kinds=["target"], doc_date="2025-02-10")
    doc = nlp("今年主要预期目标是：地区生产总值增长5%左右。")
    (span,) = [s for s in doc.spans["govtext"] if s.label_ == "target"]
    assert span._.govtext.measure == "growth" and span._.govtext.value == 5
    assert doc.text[span._.govtext.start:span._.govtext.end] == span._.govtext.text


def test_render_labels_a_target():
    html = govtext.render("今年主要预期目标是：地区生产总值增长5%左右。", doc_date="2025-02-10")
    assert "target growth 5 % approx 2025" in html


# --------------------------------------------------------------------------- the store

R2025 = ("政府工作报告\n一、2024年工作回顾\n过去一年，全市生产总值增长5.1%。\n二、2025年重点工作\n"
         "今年经济社会发展的主要预期目标是：全市生产总值增长6%左右，城镇调查失业率5.5%左右，粮食产量稳定在50万吨以上。")
R2026 = ("政府工作报告\n一、2025年工作回顾\n过去一年，全市生产总值比上年增长6.2%，城镇调查失业率5.1%，粮食产量52万吨。\n"
         "二、2026年重点工作\n今年经济社会发展的主要预期目标是：全市生产总值增长5.5%左右，城镇调查失业率5.5%左右。")
OTHER = ("政府工作报告\n一、2025年工作回顾\n过去一年，全市生产总值增长4.0%。\n二、2026年重点工作\n"
         "今年的主要预期目标是：全市生产总值增长5%左右。")


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "out.jsonl"
    lines = []
    for doc_id, text, date, province in (("a2025", R2025, "2025-01-20", "甲省"), ("a2026", R2026, "2026-01-20", "甲省"),
                                         ("b2026", OTHER, "2026-01-22", "乙省")):
        doc = govtext.parse(text, id=doc_id, doc_date=date)
        doc = doc.model_copy(update={"date": date, "region": Region(province=province), "issuer": f"{province}人民政府"})
        lines.append(json.dumps({**doc.model_dump(mode="json"), "text": text}, ensure_ascii=False) + "\n")
    path.write_text("".join(lines), encoding="utf-8")
    with govtext.open(path) as s:
        yield s


def test_store_targets_table(store):
    table = store.targets()
    assert list(table.columns[:10]) == ["doc_id", "doc_title", "issuer", "doc_type", "date", "year", "region",
                                        "province", "city", "county"]
    a = table[table.doc_id == "a2025"]
    assert a[["subject", "measure", "value", "comparator", "deadline"]].values.tolist() == [
        ["生产总值", "growth", 6.0, "approx", "2025"], ["城镇调查失业率", "level", 5.5, "approx", "2025"],
        ["粮食产量", "level", 500000.0, ">=", "2025"]]
    assert set(table.province) == {"甲省", "乙省"} and set(table.issuer) == {"甲省人民政府", "乙省人民政府"}
    assert len(store.facts(kind="target")) == len(table)
    assert store.targets(province="乙省").value.tolist() == [5.0]
    with pytest.raises(ValueError, match="unknown column 'colour'"):
        store.targets(colour="red")


def test_store_targets_vs_outcomes(store):
    pairs = store.targets_vs_outcomes()
    done = pairs[pairs.target_year == 2025].set_index("subject")
    assert done.loc["生产总值", ["outcome_value", "outcome_text", "subject_match", "outcome_doc"]].tolist() == [
        6.2, "增长6.2%", "exact", "a2026"]
    assert done.loc["生产总值", "gap"] == pytest.approx(0.2)
    assert done.loc["城镇调查失业率", ["outcome_value", "outcome_text"]].tolist() == [5.1, "5.1%"]
    assert done.loc["粮食产量", "outcome_value"] == 520000
    # the later report's own goals are no outcomes, and another province's report is not read
    assert pairs[pairs.target_year == 2026].outcome_value.isna().all()
    only = store.targets_vs_outcomes(subject="全市生产总值")
    assert set(only.subject) == {"生产总值"} and len(only) == 3
    with pytest.raises(ValueError, match="unknown region level"):
        store.targets_vs_outcomes(region="planet")


# --------------------------------------------------------------------------- the real-document gold

REALTARGETS = Path(__file__).resolve().parent / "fixtures" / "realtargets"
# value-F1 and deadline accuracy reached on tests/fixtures/realtargets at the end of issue 17 (README)
FLOOR_VALUE_F1, FLOOR_DEADLINE, MARGIN = 1.0, 0.996, 0.03


@pytest.mark.skipif(not (SHARED / "realcorpus").is_dir(), reason="../shared/realcorpus not beside the project")
def test_real_target_gold_floor():
    from govtext.evaluation import evaluate

    def predict(text):
        return [f.model_dump(mode="json") for f in extract_facts(text, kinds=["target"])]

    result = evaluate(SHARED / "realcorpus", REALTARGETS / "gold", predict=predict)
    assert result.rows["target"]["value"][2] >= FLOOR_VALUE_F1 - MARGIN, result.misses[:10]


@pytest.mark.skipif(not (SHARED / "realcorpus").is_dir(), reason="../shared/realcorpus not beside the project")
def test_real_target_gold_deadlines():
    from govtext.evaluation import read_sources, value_match

    right = matched = 0
    for stem, (path, start, end) in read_sources(REALTARGETS / "sources.tsv").items():
        text = (SHARED / "realcorpus" / path).read_text(encoding="utf-8")
        pred = [f.model_dump(mode="json") for f in extract_facts(text, kinds=["target"])]
        for line in (REALTARGETS / "gold" / f"{stem}.jsonl").read_text(encoding="utf-8").splitlines():
            gold = json.loads(line)
            hits = [p for p in pred if p["start"] < gold["end"] and gold["start"] < p["end"] and value_match("target", gold, p)]
            if hits:
                matched += 1
                right += hits[0]["deadline"] == gold["deadline"]
    assert matched and right / matched >= FLOOR_DEADLINE - MARGIN, (right, matched)
