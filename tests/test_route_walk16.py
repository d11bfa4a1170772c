"""One route walk for the segmenter and the tagger (speed16), and the call sites made cheaper without
changing what they return."""
from __future__ import annotations

import pytest

from govtext.extract.subject_words import _verb_rows, change_words
from govtext.extract.subjects import clause_start
from govtext.text.postag import tagger
from govtext.text.segmentation import WordRoutes, segmenter, tokenizer, word_routes

PIECES = [
    ("two words", "四风问题", [("四风", False), ("问题", False)]),
    ("a run before a word", "杨超访民情", [("杨超访", True), ("民情", False)]),
    ("a run between words", "区长胡玉华主持会议", [("区长", False), ("胡玉华", True), ("主持会议", False)]),
    ("letters and digits", "G20峰会2014年", [("G20", True), ("峰会", False), ("2014年", True)]),
    ("a run at the end", "整改落实到位了吗", [("整改落实", False), ("到位", False), ("了吗", True)]),
    ("one character", "了", [("了", True)]),
    ("nothing", "", []),
]


@pytest.mark.parametrize("block,expected", [c[1:] for c in PIECES], ids=[c[0] for c in PIECES])
def test_pieces_of_a_block(block, expected):
    assert word_routes(tokenizer()).pieces(block) == expected


@pytest.mark.parametrize("block", [c[1] for c in PIECES] + ["中华人民共和国国务院办公厅关于", "一个个四风顽疾民主生活会"])
def test_pieces_follow_the_route(block):
    """The pieces spell the block; a run holds one-character steps only, a word is one step of two or more."""
    routes = WordRoutes(tokenizer())
    ends, pieces = routes.route(block), routes.pieces(block)
    assert "".join(p for p, _run in pieces) == block
    at = 0
    for piece, run in pieces:
        if run:
            assert all(ends[k] == k for k in range(at, at + len(piece)))
        else:
            assert len(piece) > 1 and ends[at] == at + len(piece) - 1
        at += len(piece)


def test_one_fragment_table_per_tokenizer():
    assert word_routes(tokenizer()) is word_routes(tokenizer())
    assert segmenter().routes is tagger()._routes is word_routes(tokenizer())


@pytest.fixture(scope="module")
def reference():
    import jieba.posseg as pseg

    ref = pseg.POSTokenizer.__new__(pseg.POSTokenizer)
    ref.tokenizer, ref.word_tag_tab = tagger().tokenizer, tagger().tags
    return ref


RUNS = [
    "杨超访民情察民忧",  # an unknown run of Han characters only: straight to the HMM
    "区长胡玉华主持",
    "贾跃亭X1号",  # a run with letters and digits: split first
    "吕梁山区3A景区",
    "韩正Ab12cd同志",
    "甲乙丙丁戊己庚辛",
]


@pytest.mark.parametrize("text", RUNS)
def test_tagger_runs_as_jieba(reference, text):
    assert tagger().lcut(text) == [(p.word, p.flag) for p in reference.lcut(text)]


@pytest.mark.parametrize("text", RUNS + ["四风问题", "G20峰会2014年"])
def test_segmenter_as_jieba(text):
    assert segmenter().lcut(text) == tokenizer().lcut(text, HMM=True)


CLAUSES = [
    # (text, pos, values, start): a 、 after a number's end closes the clause; elsewhere it does not
    ("粮食产量增长3%、棉花增长5%", 15, [(5, 8)], 9),
    ("粮食产量增长3%、棉花增长5%", 15, [(5, 7)], 0),  # the number ends before the 、
    ("粮食产量增长3%、棉花增长5%", 15, [], 0),
    ("一是粮食，二是棉花、油料增长5%", 15, [(0, 1)], 5),  # no number before the 、: the comma
    ("一是粮食，二是棉花、油料增长5%", 15, [(7, 9)], 10),
]


@pytest.mark.parametrize("text,pos,values,start", CLAUSES)
def test_clause_start_reads_values_at_a_dun_comma(text, pos, values, start):
    assert clause_start(text, pos, values) == start


def test_change_words_built_once_per_reading():
    words = change_words()
    assert change_words() is words
    assert words == {r["verb"]: (r["direction"], r["reading"], r["not_followed_by"])
                     for r in _verb_rows() if r["direction"] != "level"}
    assert "增长" in words and all(d != "level" for d, _r, _n in words.values())


POINTS = [
    ("全市城镇登记失业率比上年下降0.3个百分点。", "下降0.3个百分点", "个百分点"),
    ("贷款利率下调25个基点。", "下调25个基点", "基点"),
    ("失业率下降0.3个点。", None, None),  # no 百分点 nor 基点: no change by points
]


@pytest.mark.parametrize("text,change,unit", POINTS)
def test_changes_by_points_read_where_the_words_are(text, change, unit):
    from govtext import extract_facts

    found = [(f.text, f.unit) for f in extract_facts(text) if f.kind == "change"]
    assert found == ([(change, unit)] if change else [])
