"""govtext's tagger against jieba.posseg: the same words and tags, on corpus text and any string."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.text.postag import tagger, word_tags

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def reference():
    """jieba's own POSTokenizer over govtext's tokenizer and tag table."""
    import jieba.posseg as pseg

    ref = pseg.POSTokenizer.__new__(pseg.POSTokenizer)
    ref.tokenizer, ref.word_tag_tab = tagger().tokenizer, tagger().tags
    return ref


def _jieba(ref, text):
    return [(p.word, p.flag) for p in ref.lcut(text)]


CASES = [
    ("name after a title", "区长胡玉华主持会议"),
    ("unknown name (HMM)", "杨超访民情，察民忧"),
    ("numbers and latin", "G20峰会2014年3.5%的增长ABC123"),
    ("spaces and breaks", "四风 问题\r\n整改\t落实"),
    ("govtext words", "一个个四风顽疾，民主生活会"),
]


@pytest.mark.parametrize("text", [t for _, t in CASES], ids=[i for i, _ in CASES])
def test_same_as_jieba(reference, text):
    assert tagger().lcut(text) == _jieba(reference, text)


def test_corpus_sentences(reference):
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert tagger().lcut(line) == _jieba(reference, line)


@settings(max_examples=200)
@given(st.text(st.sampled_from("区长胡玉华杨超访民情察忧四风问题整改的了和一二三1.5aZ #&_，。 \n\r\t")))
def test_any_string(reference, text):
    assert tagger().lcut(text) == _jieba(reference, text)


def test_tag_table_is_jiebas():
    import jieba
    import jieba.posseg as pseg

    assert word_tags(jieba.dt.get_dict_file()) == pseg.dt.word_tag_tab


@settings(max_examples=300, deadline=None)  # no timed assertions: the machine is shared
@given(st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FD5), min_size=1, max_size=10)
       | st.text(st.sampled_from("区长胡玉华杨超访民情察忧四风问题整改的了和一二三"), min_size=1, max_size=12))
def test_viterbi_same_as_jiebas(text):
    from govtext.text.postag import _jieba_hmm

    states, start, trans, emit, jieba_viterbi = _jieba_hmm()
    assert tagger().hmm.viterbi(text) == jieba_viterbi(text, states, start, trans, emit)


@pytest.mark.parametrize("text", ["少则", "了对党", "是在毛", "在党的", "的右的", "杨超访民情", "察民忧", "鬯", "㐀㐁", "的的的的的的的的"])
def test_viterbi_same_as_jiebas_on_runs(text):
    """Runs of the kind the tagger hands to the HMM (single characters the dictionary route
    leaves), and characters the HMM has no states for."""
    from govtext.text.postag import _jieba_hmm

    states, start, trans, emit, jieba_viterbi = _jieba_hmm()
    assert tagger().hmm.viterbi(text) == jieba_viterbi(text, states, start, trans, emit)
