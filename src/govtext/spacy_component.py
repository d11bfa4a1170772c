"""govtext in spaCy: a registered tokenizer and a pipeline component, both found by entry points.

``govtext.JiebaTokenizer.v1`` (``spacy_tokenizers`` entry point) segments with govtext's private
jieba (its lexicons: 四风, 区委书记 stay whole, jieba's process-wide instance is untouched) on the
normalized view, every token a stretch of the original text. Because the tokenizer is named in
the pipeline's config, a pipeline saved with ``to_disk`` loads back (``spacy.load``) with the same
tokens.

``nlp.add_pipe("govtext")`` (``spacy_factories`` entry point) puts every fact in
``doc.spans["govtext"]`` (label = fact kind, overlapping spans allowed) and its record on
``span._.govtext``. Finding the facts (:meth:`GovtextComponent.match`) is separate from writing
them into the Doc (:meth:`GovtextComponent.set_annotations`). A fact whose characters do not fall
on token boundaries is counted and listed in ``doc.user_data["govtext_misaligned"]``; its span
follows ``alignment_mode`` (``expand``, the default: widened to whole tokens; ``contract``;
``strict``: left out), while the record keeps the exact character offsets.

>>> doc = nlp()("坚决刹四风，落实“五个看齐”，压缩经费500万元")
>>> [(s.text, s.label_, s._.govtext.kind) for s in doc.spans["govtext"] if s.label_ == "slogan"]
[('四风', 'slogan', 'slogan'), ('五个看齐', 'slogan', 'slogan')]
>>> doc.user_data["govtext_misaligned"]
[]
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, List, Optional

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import get_words_and_spaces
from spacy.vocab import Vocab

from govtext.extract import extract_facts
from govtext.records import FACT_ADAPTER, FactBase
from govtext.text.segmentation import tokenize

__all__ = ["GovtextComponent", "JiebaTokenizer", "make_govtext_component", "nlp", "SPANS_KEY", "TOKENIZER"]

SPANS_KEY = "govtext"
TOKENIZER = "govtext.JiebaTokenizer.v1"
_RECORDS = "govtext_records"  # doc.user_data key: {"start:end:label": fact as JSON} (msgpack-safe)
_MISALIGNED = "govtext_misaligned"  # doc.user_data key: ["start:end:kind", …] of facts off token edges
_ALIGNMENT_MODES = ("expand", "contract", "strict")


class JiebaTokenizer:
    """Tokens of :func:`govtext.text.segmentation.tokenize` as a spaCy Doc (nothing to save:
    the lexicons come with govtext, so ``to_disk`` writes nothing and ``from_disk`` reads nothing)."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        pos = 0
        for token in tokenize(text):
            if token.start < pos:
                continue  # (two normalized tokens on one raw character: the first keeps it)
            if token.start > pos and text[pos:token.start].strip():
                words.append(text[pos:token.start])  # raw characters the normalized view dropped
            words.append(text[token.start:token.end])
            pos = token.end
        if text[pos:].strip():
            words.append(text[pos:])
        words, spaces = get_words_and_spaces(words, text)
        return Doc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude=tuple()) -> "JiebaTokenizer":
        return self

    def to_disk(self, path, *, exclude=tuple()) -> None:
        return None

    def from_disk(self, path, *, exclude=tuple()) -> "JiebaTokenizer":
        return self


@spacy.registry.tokenizers(TOKENIZER)
def create_jieba_tokenizer() -> Callable[[Language], JiebaTokenizer]:
    """The ``govtext.JiebaTokenizer.v1`` tokenizer factory (``[nlp.tokenizer] @tokenizers = …``)."""

    def make(nlp: Language) -> JiebaTokenizer:
        return JiebaTokenizer(nlp.vocab)

    return make


def _key(start: int, end: int, label: str) -> str:
    return f"{start}:{end}:{label}"


def _record(span: Span):
    """The fact record behind a span of ``doc.spans["govtext"]`` (``None`` for other spans)."""
    row = span.doc.user_data.get(_RECORDS, {}).get(_key(span.start_char, span.end_char, span.label_))
    if row is None:
        return None
    return FACT_ADAPTER.validate_python(row)


if not Span.has_extension("govtext"):
    Span.set_extension("govtext", getter=_record)


class GovtextComponent:
    """Finds the facts of ``doc.text`` (:meth:`match`) and stores them as spans (:meth:`set_annotations`)."""

    def __init__(self, name: str = "govtext", kinds: Optional[List[str]] = None,
                 doc_date: Optional[str] = None, spans_key: str = SPANS_KEY, alignment_mode: str = "expand"):
        if alignment_mode not in _ALIGNMENT_MODES:
            raise ValueError(f"alignment_mode must be one of {', '.join(_ALIGNMENT_MODES)}, not {alignment_mode!r}")
        self.name = name
        self.kinds = list(kinds) if kinds else None
        self.doc_date = doc_date
        self.spans_key = spans_key
        self.alignment_mode = alignment_mode
        self.misaligned = 0  # facts off token boundaries, over every Doc this component has seen

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[FactBase]:
        """The facts of the Doc's text (:func:`govtext.extract_facts` with the component's config)."""
        return extract_facts(doc.text, doc_date=self.doc_date, kinds=self.kinds)

    def set_annotations(self, doc: Doc, facts: list[FactBase]) -> None:
        """Write ``facts`` into ``doc.spans[spans_key]`` and their records into ``doc.user_data``;
        list the facts off token boundaries in ``doc.user_data["govtext_misaligned"]``."""
        spans, misaligned = [], []
        records = doc.user_data.setdefault(_RECORDS, {})
        for fact in facts:
            span = doc.char_span(fact.start, fact.end, label=fact.kind)
            if span is None:
                misaligned.append(_key(fact.start, fact.end, fact.kind))
                if self.alignment_mode != "strict":
                    span = doc.char_span(fact.start, fact.end, label=fact.kind, alignment_mode=self.alignment_mode)
            if span is None or not span.text.strip():
                continue
            records.setdefault(_key(span.start_char, span.end_char, span.label_), fact.model_dump(mode="json"))
            spans.append(span)
        doc.spans[self.spans_key] = spans
        doc.user_data[_MISALIGNED] = misaligned
        self.misaligned += len(misaligned)


@Language.factory(
    "govtext",
    default_config={"kinds": None, "doc_date": None, "spans_key": SPANS_KEY, "alignment_mode": "expand"},
    assigns=["doc.spans", "span._.govtext"],
)
def make_govtext_component(nlp: Language, name: str, kinds: Optional[List[str]], doc_date: Optional[str],
                           spans_key: str, alignment_mode: str) -> GovtextComponent:
    """The ``govtext`` factory (config: ``kinds`` subset, ``doc_date`` anchor, ``spans_key``, and
    ``alignment_mode`` for facts off token boundaries: expand, contract or strict)."""
    return GovtextComponent(name, kinds=kinds, doc_date=doc_date, spans_key=spans_key, alignment_mode=alignment_mode)


def nlp(kinds: Optional[List[str]] = None, doc_date: Optional[str] = None) -> Language:
    """A ready pipeline: blank ``zh`` with govtext's tokenizer, plus the govtext component."""
    pipeline = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    pipeline.add_pipe("govtext", config={"kinds": kinds, "doc_date": doc_date})
    return pipeline


@lru_cache(maxsize=1)
def default_nlp() -> Language:
    """One shared :func:`nlp` pipeline for :func:`govtext.render` on plain text."""
    return nlp()
