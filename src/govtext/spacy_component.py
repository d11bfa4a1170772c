"""govtext as a spaCy pipeline component, registered through the ``spacy_factories`` entry point.

``nlp.add_pipe("govtext")`` puts every fact in ``doc.spans["govtext"]`` (label = fact kind,
overlapping spans allowed) and its record on ``span._.govtext``. No model is needed:
:func:`nlp` is blank Chinese with jieba.

With ``govtext_words`` (the default), a pipeline whose tokenizer is spaCy's Chinese jieba
segmenter is switched to govtext's private ``jieba.Tokenizer`` (:mod:`govtext.text.segmentation`), so
四风 and 区委书记 are single tokens and jieba's process-wide instance is left untouched. Spans
follow spaCy's tokens: a fact that still ends inside a token is widened to it, while the record
keeps the exact character offsets.

>>> doc = nlp()("坚决刹四风，落实“五个看齐”，压缩经费500万元")
>>> [(s.text, s.label_, s._.govtext.kind) for s in doc.spans["govtext"] if s.label_ == "slogan"]
[('四风', 'slogan', 'slogan'), ('五个看齐', 'slogan', 'slogan')]
"""
from __future__ import annotations

from functools import lru_cache
from typing import List, Optional

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from govtext.extract import extract_facts
from govtext.records import FACT_ADAPTER
from govtext.text.segmentation import tokenizer

__all__ = ["GovtextComponent", "make_govtext_component", "nlp", "SPANS_KEY"]

SPANS_KEY = "govtext"
_RECORDS = "govtext_records"  # doc.user_data key: {"start:end:label": fact as JSON} (msgpack-safe)


def _key(span: Span) -> str:
    return f"{span.start_char}:{span.end_char}:{span.label_}"


def _record(span: Span):
    """The fact record behind a span of ``doc.spans["govtext"]`` (``None`` for other spans)."""
    row = span.doc.user_data.get(_RECORDS, {}).get(_key(span))
    if row is None:
        return None
    return FACT_ADAPTER.validate_python(row)


if not Span.has_extension("govtext"):
    Span.set_extension("govtext", getter=_record)


class GovtextComponent:
    """Runs :func:`govtext.extract_facts` on ``doc.text`` and stores the facts as spans."""

    def __init__(self, name: str = "govtext", kinds: Optional[List[str]] = None,
                 doc_date: Optional[str] = None, spans_key: str = SPANS_KEY):
        self.name = name
        self.kinds = list(kinds) if kinds else None
        self.doc_date = doc_date
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        facts = extract_facts(doc.text, doc_date=self.doc_date, kinds=self.kinds)
        spans, records = [], doc.user_data.setdefault(_RECORDS, {})
        for fact in facts:
            span = doc.char_span(fact.start, fact.end, label=fact.kind) or doc.char_span(
                fact.start, fact.end, label=fact.kind, alignment_mode="expand")
            if span is None or not span.text.strip():
                continue
            records.setdefault(_key(span), fact.model_dump(mode="json"))
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory(
    "govtext",
    default_config={"kinds": None, "doc_date": None, "spans_key": SPANS_KEY, "govtext_words": True},
    assigns=["doc.spans", "span._.govtext"],
)
def make_govtext_component(nlp: Language, name: str, kinds: Optional[List[str]],
                           doc_date: Optional[str], spans_key: str, govtext_words: bool) -> GovtextComponent:
    """The ``govtext`` factory (config: ``kinds`` subset, ``doc_date`` anchor, ``spans_key``,
    ``govtext_words`` to segment with govtext's lexicons)."""
    if govtext_words and str(getattr(nlp.tokenizer, "segmenter", "")).endswith("jieba") \
            and hasattr(nlp.tokenizer, "jieba_seg"):
        nlp.tokenizer.jieba_seg = tokenizer()
    return GovtextComponent(name, kinds=kinds, doc_date=doc_date, spans_key=spans_key)


def nlp(kinds: Optional[List[str]] = None, doc_date: Optional[str] = None) -> Language:
    """A ready pipeline: blank ``zh`` segmented by jieba, plus the govtext component."""
    tokenizer()  # govtext's words, built first: that quiets jieba's logger before spaCy starts jieba
    pipeline = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    pipeline.add_pipe("govtext", config={"kinds": kinds, "doc_date": doc_date})
    return pipeline


@lru_cache(maxsize=1)
def default_nlp() -> Language:
    """One shared :func:`nlp` pipeline for :func:`govtext.render` on plain text."""
    return nlp()
