"""govtext as a spaCy pipeline: the factory comes from the ``spacy_factories`` entry point."""
from __future__ import annotations

from importlib.metadata import entry_points

import pytest

spacy = pytest.importorskip("spacy")

from conftest import corpus_text  # noqa: E402

import govtext  # noqa: E402

BLANK_ZH = {"nlp": {"tokenizer": {"segmenter": "jieba"}}}


@pytest.fixture(scope="module")
def pipeline():
    nlp = spacy.blank("zh", config=BLANK_ZH)
    nlp.add_pipe("govtext")
    return nlp


def test_factory_is_declared_as_entry_point():
    (ep,) = [ep for ep in entry_points(group="spacy_factories") if ep.name == "govtext"]
    assert ep.value == "govtext.spacy_component:make_govtext_component"
    assert callable(ep.load())


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
    from spacy.tokens import Doc

    again = Doc(pipeline.vocab).from_bytes(doc.to_bytes())
    assert [s._.govtext.name for s in again.spans["govtext"]] == ["四风"]


def test_spans_not_from_govtext_have_no_record(pipeline):
    doc = pipeline("着力解决“四风”问题")
    assert doc[0:1]._.govtext is None
