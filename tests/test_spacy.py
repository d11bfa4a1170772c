"""govtext in spaCy: the component (``spacy_factories``) and the tokenizer (``spacy_tokenizers``)
come from entry points; a saved pipeline loads back as it was."""
from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points

import pytest

spacy = pytest.importorskip("spacy")

from conftest import corpus_text  # noqa: E402

import govtext  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

BLANK_ZH = {"nlp": {"tokenizer": {"@tokenizers": "govtext.JiebaTokenizer.v1"}}}


@pytest.fixture(scope="module")
def pipeline():
    nlp = spacy.blank("zh", config=BLANK_ZH)
    nlp.add_pipe("govtext")
    return nlp


@pytest.mark.parametrize("group, name, value", [
    ("spacy_factories", "govtext", "govtext.spacy_component:make_govtext_component"),
    ("spacy_tokenizers", "govtext.JiebaTokenizer.v1", "govtext.spacy_component:create_jieba_tokenizer"),
])
def test_entry_points_are_declared(group, name, value):
    (ep,) = [ep for ep in entry_points(group=group) if ep.name == name]
    assert ep.value == value
    assert callable(ep.load())


SAVED = "区委书记杨超要求坚决刹住“四风”，认真落实八项规定，资金500万元。"


def _summary(nlp) -> tuple:
    doc = nlp(SAVED)
    return [t.text for t in doc], [(s.label_, s.start, s.end, s._.govtext.start) for s in doc.spans["govtext"]]


def test_saved_pipeline_loads_back_as_it_was(tmp_path):
    nlp = govtext.nlp(kinds=["slogan", "person", "money"], doc_date="2014-04-03")
    nlp.to_disk(tmp_path)
    again = spacy.load(tmp_path)
    assert again.config["nlp"]["tokenizer"]["@tokenizers"] == "govtext.JiebaTokenizer.v1"
    assert again.get_pipe("govtext").kinds == ["slogan", "person", "money"]
    assert _summary(again) == _summary(nlp)
    assert "四风" in _summary(again)[0] and "区委书记" in _summary(again)[0]


def test_saved_pipeline_loads_in_a_fresh_process_by_entry_points(tmp_path):
    govtext.nlp().to_disk(tmp_path)
    code = (f"import spacy; nlp = spacy.load({str(tmp_path)!r}); doc = nlp('坚决刹住“四风”'); "
            "print([t.text for t in doc], [s.text for s in doc.spans['govtext']])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['坚决', '刹住', '“', '四风', '”'] ['四风']"


def test_tokens_are_the_original_characters():
    nlp = govtext.nlp(kinds=["money"])
    text = "區委書記楊超：資金\n500萬元 ，  落實"  # traditional script, a wrap, spaces
    doc = nlp(text)
    assert doc.text == text
    assert "".join(t.text_with_ws for t in doc) == text


def test_match_is_separate_from_set_annotations():
    nlp = govtext.nlp(kinds=["money"])
    component = nlp.get_pipe("govtext")
    doc = nlp.make_doc("资金500万元")
    facts = component.match(doc)
    assert [f.text for f in facts] == ["500万元"] and "govtext" not in doc.spans
    component.set_annotations(doc, facts)
    assert [s.text for s in doc.spans["govtext"]] == ["500万元"]


@pytest.mark.parametrize("mode, spans", [("expand", ["这个四风"]), ("contract", []), ("strict", [])])
def test_misaligned_facts_are_counted_and_reported(mode, spans):
    nlp = spacy.blank("zh", config=BLANK_ZH)
    component = nlp.add_pipe("govtext", config={"kinds": ["slogan"], "alignment_mode": mode})
    doc = nlp.make_doc("这个四风")
    with doc.retokenize() as retokenizer:  # one token holding the fact and more
        retokenizer.merge(doc[0:len(doc)])
    component(doc)
    assert [s.text for s in doc.spans["govtext"]] == spans
    assert doc.user_data["govtext_misaligned"] == ["2:4:slogan"]
    assert component.misaligned == 1


def test_alignment_mode_is_checked():
    with pytest.raises(ValueError):
        spacy.blank("zh", config=BLANK_ZH).add_pipe("govtext", config={"alignment_mode": "widen"})


def test_pipeline_from_entry_point_puts_facts_in_spans(pipeline):
    text = "坚决刹四风，落实“五个看齐”，帮助落实修路资金500万元"
    doc = pipeline(text)
    spans = doc.spans["govtext"]
    assert [(s.text, s.label_) for s in spans if s.label_ == "slogan"] == [("四风", "slogan"), ("五个看齐", "slogan")]
    money = [s for s in spans if s.label_ == "money"]
    assert money and money[0]._.govtext.value == 5_000_000
    for span in spans:
        record = span._.govtext
        assert record.kind == span.label_
        assert text[record.start:record.end] == record.text
        assert span.start_char <= record.start and record.end <= span.end_char


def test_corpus_document_spans_match_extract_facts(pipeline):
    raw = corpus_text("000_13e6af247fa6ec72")
    doc = pipeline(raw)
    records = [s._.govtext for s in doc.spans["govtext"]]
    facts = govtext.extract_facts(raw)
    assert [(r.kind, r.start, r.end) for r in records] == [(f.kind, f.start, f.end) for f in facts]
    jiu = next(r for r in records if r.kind == "slogan" and r.name == "九破九立")
    assert len(jiu.components) == 9


def test_ready_made_pipeline():
    nlp = govtext.nlp(kinds=["slogan"])
    assert nlp.lang == "zh" and nlp.pipe_names == ["govtext"]
    doc = nlp("着力解决“四风”问题")
    assert [t.text for t in doc if t.text == "四风"] == ["四风"]  # govtext's words in the tokenizer
    assert [s.label_ for s in doc.spans["govtext"]] == ["slogan"]


def test_config_kinds_subset():
    nlp = spacy.blank("zh", config=BLANK_ZH)
    nlp.add_pipe("govtext", config={"kinds": ["money"]})
    doc = nlp("落实“五个看齐”，资金500万元")
    assert {s.label_ for s in doc.spans["govtext"]} == {"money"}


def test_doc_survives_serialization(pipeline):
    doc = pipeline("着力解决“四风”问题")
    again = Doc(pipeline.vocab).from_bytes(doc.to_bytes())
    assert [s._.govtext.name for s in again.spans["govtext"]] == ["四风"]


def test_spans_not_from_govtext_have_no_record(pipeline):
    doc = pipeline("着力解决“四风”问题")
    assert doc[0:1]._.govtext is None
