"""Citation links across documents (govtext.links): references, their relation, resolution.

The corpus in tests/fixtures/links/ is written for these tests: notices that implement, forward
and cite each other by number and by title, a plan carried by a notice, two versions of one
regulation (the later repeals the earlier), and near misses (the same title under three issuers,
a cited document not in the corpus, a number one digit off, a certificate in 《》).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from govtext import parse
from govtext.extract import extract_facts
from govtext.lexicons import LexiconError, read_table
from govtext.links import MATCHES, RELATIONS, Resolver, citations, find_references
from govtext.links.cues import relation_of
from govtext.links.keys import bare_key, number_key, number_keys, split_issuer, title_key

FIXTURES = Path(__file__).parent / "fixtures" / "links"


@pytest.fixture(scope="module")
def corpus():
    return [parse(p.read_text(encoding="utf-8"), id=p.stem, keep_text=True) for p in sorted(FIXTURES.glob("*.txt"))]


@pytest.fixture(scope="module")
def table(corpus):
    return citations(corpus)


# (source, relation, cited title, cited number, target, match): every reference of the corpus.
EXPECTED = [
    ("b_shandong", "implements", "国务院关于加强安全生产工作的通知", "国发〔2010〕23号", "a_guofa", "doc_number"),
    ("c_hebei", "basis", None, "国发〔2010〕23号", "a_guofa", "doc_number"),
    # the title line 关于转发《…》的通知, then 现将《…》转发给你们
    ("d_jinan", "forwards", "山东省人民政府关于加强安全生产工作的通知", None, "b_shandong", "title"),
    ("d_jinan", "forwards", "山东省人民政府关于加强安全生产工作的通知", None, "b_shandong", "title"),
    # the plan the notice carries is not a document of its own here
    ("e_plan", "issues", "山东省安全生产专项整治三年行动方案", None, None, None),
    # one title, three issuers: no guess
    ("e_plan", "basis", "关于加强安全生产工作的通知", None, None, None),
    ("e_plan", "mentions", "国务院安全生产委员会关于加强安全生产工作的意见", "安委〔2019〕9号", None, None),
    ("f_regulation_2006", "basis", "中华人民共和国安全生产法", None, None, None),
    ("g_regulation_2024", "basis", "中华人民共和国安全生产法", None, None, None),
    ("g_regulation_2024", "basis", "安全生产许可证条例", None, None, None),
    ("g_regulation_2024", "basis", "中华人民共和国安全生产法", None, None, None),
    # its own title: the earlier version, dated in the sentence
    ("g_regulation_2024", "repeals", "山东省安全生产条例", None, "f_regulation_2006", "title"),
    # the plan, found through the notice that carries it
    ("h_zibo", "implements", "山东省安全生产专项整治三年行动方案", None, "e_plan", "title_fuzzy"),
    # 32 is not 23: a document outside the corpus
    ("h_zibo", "basis", "国务院关于进一步加强企业安全生产工作的通知", "国发〔2010〕32号", None, None),
    ("h_zibo", "basis", "山东省人民政府关于加强安全生产工作的通知", "鲁政发〔2010〕50号", "b_shandong", "doc_number"),
    # 山西 is not 山东: another issuer's notice, not in the corpus
    ("h_zibo", "mentions", "山西省人民政府关于加强安全生产工作的通知", None, None, None),
    # the amending decision acts on the version in force before it
    ("i_amend", "amends", "山东省安全生产条例", None, "f_regulation_2006", "title"),
    ("i_amend", "amends", "山东省安全生产条例", None, "f_regulation_2006", "title"),
]


def _none(v):
    return None if v is None or v != v else v


def test_every_link_and_target_of_the_test_corpus(table):
    got = [(r.source_id, r.relation, _none(r.cited_title), _none(r.cited_number), _none(r.target_id), _none(r.match))
           for r in table.itertuples()]
    assert got == EXPECTED


def test_ambiguous_title_keeps_its_candidates(table):
    row = table[(table.source_id == "e_plan") & (table.relation == "basis")].iloc[0]
    assert list(row.candidates) == ["a_guofa", "b_shandong", "c_hebei"] and row.score != row.score


def test_spans_slice_the_reference(corpus, table):
    texts = {d.id: d.text for d in corpus}
    for r in table.itertuples():
        surface = texts[r.source_id][r.start:r.end]
        assert surface.startswith("《") or "号" in surface
        if _none(r.cited_number):
            assert surface.endswith(("号", "号）", "号)"))


def test_columns_and_vocabularies(table):
    assert list(table.columns) == ["source_id", "relation", "cited_title", "cited_number", "target_id", "match",
                                   "score", "start", "end", "candidates"]
    assert set(table.relation) <= set(RELATIONS)
    assert set(table.match.dropna()) <= set(MATCHES)
    assert ((table.score > 0) & (table.score <= 1) | table.score.isna()).all()


# ----------------------------------------------------------------- relation cues, sentence by sentence

RELATION_CASES = [
    ("basis", "根据《中华人民共和国价格法》，制定本预案。"),
    ("basis", "依照国务院《宗教事务条例》办理。"),
    ("basis", "按《关于做好春耕工作的通知》要求执行。"),
    ("implements", "为贯彻落实《关于促进消费扶贫的指导意见》，提出以下措施。"),
    ("implements", "北京市实施《中华人民共和国城市居民委员会组织法》办法"),
    ("forwards", "现将《关于做好春耕工作的通知》转发给你们，请认真执行。"),
    ("forwards", "民政部《关于清理整顿社会团体的意见》已经国务院同意，现转发给你们。"),
    ("forwards", "关于转发《关于做好春耕工作的通知》的通知"),
    ("issues", "国务院关于印发《国务院工作规则》的通知"),
    ("issues", "现将《国家职业教育改革实施方案》印发给你们，请认真贯彻执行。"),
    ("amends", "关于修改《山东省安全生产条例》的决定"),
    ("amends", "做好《江西省省级储备粮管理办法》修订工作。"),
    ("amended_by", "根据2019年3月24日《国务院关于修改部分行政法规的决定》修订"),
    ("repeals", "1987年3月27日国务院发布的《企业债券管理暂行条例》同时废止。"),
    ("repeals", "关于废止《江西省著名商标认定和保护办法》的决定"),
    # near misses: the verb describes the document, or sits in another clause, or is no cue
    ("mentions", "中共中央、国务院印发的《法治政府建设实施纲要》要求完善制定程序。"),
    ("mentions", "省市场监管局印发了《关于有效应对疫情的若干举措》。"),
    ("mentions", "违反《中华人民共和国建筑法》的，依法处罚。"),
    ("mentions", "根据工作需要，《关于做好春耕工作的通知》另行下达。"),
    ("mentions", "修改后的《中华人民共和国安全生产法》强调预防为主。"),
    ("mentions", "2018年会议关于修改《淄博市文物保护管理办法》等六件地方性法规的决定修正"),
    ("basis", "根据《关于做好春耕工作的通知》，现将《春耕实施方案》印发给你们。"),
]


@pytest.mark.parametrize("relation,sentence", RELATION_CASES, ids=[f"{r}-{i}" for i, (r, _) in enumerate(RELATION_CASES)])
def test_relation_of_the_first_reference(relation, sentence):
    refs = find_references(sentence, extract_facts(sentence, kinds=["doc_title", "doc_number"]))
    assert refs and refs[0].relation == relation


def test_list_items_share_the_cues_around_the_list():
    text = "根据《中华人民共和国价格法》、《粮食流通管理条例》和国务院《中央储备粮管理条例》等，制定本预案。"
    refs = find_references(text, extract_facts(text))
    assert [r.relation for r in refs] == ["basis"] * 3
    text = "2012年9月12日发布的《机动车驾驶证申领和使用规定》（公安部令第123号）和2016年发布的《校车驾驶人管理规定》同时废止。"
    refs = find_references(text, extract_facts(text))
    assert [(r.relation, r.cited_number) for r in refs] == [("repeals", "公安部令第123号"), ("repeals", None)]
    assert refs[0].context_date == "2012-09-12"


def test_title_and_number_in_brackets_are_one_reference():
    text = "认真贯彻落实《国务院关于促进融资担保行业加快发展的意见》（国发〔2015〕43号），按照要求。"
    refs = find_references(text, extract_facts(text))
    assert len(refs) == 1 and refs[0].cited_number == "国发〔2015〕43号"
    assert text[refs[0].start:refs[0].end] == "《国务院关于促进融资担保行业加快发展的意见》（国发〔2015〕43号）"


def test_short_names_are_the_full_reference_and_self_references_are_none():
    text = "为了实施《中华人民共和国铁路法》（以下简称《铁路法》），制定本条例。依照《铁路法》第三条处罚。调整本《条例》须报批。"
    refs = find_references(text, extract_facts(text))
    assert [(r.relation, r.cited_title) for r in refs] == [("implements", "中华人民共和国铁路法"), ("basis", "中华人民共和国铁路法")]
    own = "国发〔2019〕4号 国务院关于印发国家职业教育改革实施方案的通知"
    assert find_references(own, extract_facts(own), doc_number="国发〔2019〕4号") == []


def test_several_short_names_in_one_bracket():
    text = ("根据《中华人民共和国药品管理法》和《中华人民共和国药品管理法实施条例》（以下简称《药品管理法》"
            "《药品管理法实施条例》），制定本办法。按照《药品管理法》处理。依照《药品管理法实施条例》处罚。")
    refs = find_references(text, extract_facts(text))
    assert [r.cited_title for r in refs[2:]] == ["中华人民共和国药品管理法", "中华人民共和国药品管理法实施条例"]


def test_a_date_written_with_the_reference_names_the_version():
    r = Resolver([{"id": "x", "title": "专利法实施细则", "date": "2001-06-15"}])
    assert r.resolve("专利法实施细则", context_date="1992-12-21", relation="repeals") == (None, None, None, [])


@pytest.mark.parametrize("text", ["核发《台湾同胞投资证书》。", "在《东营日报》上刊载。", "《意见》强调，要坚持改革。"])
def test_titles_that_name_no_document_are_no_reference(text):
    assert find_references(text, extract_facts(text)) == []


# ----------------------------------------------------------------- keys and resolution

@pytest.mark.parametrize("number,key", [
    ("国办发[2013]101号", "国办发|2013|101"), ("国办发〔2013〕101号", "国办发|2013|101"),
    ("国办发（2013）第101号", "国办发|2013|101"), ("中华人民共和国国务院令第656号", "国务院令||656"),
    ("公安部令第123号", "公安部令||123"), ("第101号", None), ("", None),
])
def test_number_keys(number, key):
    assert number_key(number) == key


def test_glued_words_before_the_issuer_code():
    assert number_keys("批复国函〔2006〕132号")[-1] == "国函|2006|132"


@pytest.mark.parametrize("a,b,same", [
    ("《国务院关于印发〈国家职业教育改革实施方案〉的通知》", "国务院关于印发国家职业教育改革实施方案的通知", True),
    ("關於加強安全生產工作的通知", "关于加强安全生产工作的通知", True),
    ("关于加强 安全生产 工作的通知", "关于加强安全生产工作通知", True),
    ("中华人民共和国渔业船舶检验条例", "渔业船舶检验条例", True),
    ("山东省气象灾害防御条例", "山西省气象灾害防御条例", False),
    ("财务管理办法（试行）", "财务管理办法", False),
])
def test_title_keys(a, b, same):
    assert (title_key(a) == title_key(b)) is same


def test_issuer_and_trailing_note():
    assert split_issuer(title_key("国务院办公厅关于加强安全生产工作的通知")) == ("国务院办公厅", "关于加强安全生产工作通知")
    assert bare_key(title_key("优化营商环境行动方案（2018—2020年）")) == "优化营商环境行动方案"


def test_resolver_near_misses():
    docs = [{"id": "a", "title": "财务管理办法（试行）", "issuer": "财政部"},
            {"id": "b", "title": "信访条例", "date": "1995-10-28"},
            {"id": "c", "title": "信访条例", "date": "2005-01-10"}]
    r = Resolver(docs)
    assert r.resolve("财务管理办法")[:3] == ("a", "title_fuzzy", 0.85)
    assert r.resolve("信访条例", context_date="1995-10-28")[:3] == ("b", "title", 1.0)
    assert r.resolve("信访条例", source_date="2010-05-01")[:3] == ("c", "title", 0.9)
    assert r.resolve("信访条例", source_date="2005-01-10", relation="repeals")[:3] == ("b", "title", 0.9)
    assert r.resolve("信访条例") == (None, None, None, ["b", "c"])
    assert r.resolve("信访条例", source_id="b")[:2] == ("c", "title")
    assert r.resolve("人民调解条例") == (None, None, None, [])


# ----------------------------------------------------------------- the lexicon

def test_cue_lexicon_rows_are_checked(tmp_path, monkeypatch):
    from govtext.links import cues

    good = (Path(__file__).parent.parent / "lexicons" / "citation_cues.tsv").read_text(encoding="utf-8")
    assert read_table(Path(__file__).parent.parent / "lexicons" / "citation_cues.tsv")
    for bad, message in [("x\tquotes\tbefore\t根据\t4\tclause", "relation"), ("x\tbasis\tabove\t根据\t4\tclause", "side"),
                         ("x\tbasis\tbefore\t根据(\t4\tclause", "pattern"), ("x\tbasis\tbefore\t根据\tfour\tclause", "gap"),
                         ("x\tbasis\tbefore\t根据\t4\tpage", "reach"), ("x\tbasis\tbefore\t(?:根据)?\t4\tclause", "empty")]:
        (tmp_path / "citation_cues.tsv").write_text(good + bad + "\n", encoding="utf-8")
        monkeypatch.setattr("govtext.links.cues.lexicon_dir", lambda: tmp_path)
        monkeypatch.setattr("govtext.links.cues.load_rows", lambda name: read_table(tmp_path / name))
        cues.cues.cache_clear()
        with pytest.raises(LexiconError, match=message):
            cues.cues()
    cues.cues.cache_clear()


# ----------------------------------------------------------------- invariants

@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("《》〈〉（）()〔〕[]根据印发转发废止修订的通知条例办法国发号2015０、和，。\n 关于省政府")), max_size=120))
def test_any_text_gives_grounded_references(text):
    for ref in find_references(text, extract_facts(text, kinds=["doc_title", "doc_number"])):
        assert 0 <= ref.start < ref.end <= len(text)
        assert ref.relation in RELATIONS
        assert relation_of(text[:ref.start], text[ref.end:]) in RELATIONS
