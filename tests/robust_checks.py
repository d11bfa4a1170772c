"""What every output must satisfy, whatever the input: shared by the stress, robustness and fuzz tests.

Facts are grounded (``raw[start:end] == fact.text``) and valid against the fact schema; a parsed
document validates against the document schema and every span in it lies inside the text.
"""
from __future__ import annotations

from functools import lru_cache

import jsonschema

from govtext.records import document_schema, fact_schema


@lru_cache(maxsize=1)
def _validators():
    return (jsonschema.Draft202012Validator(fact_schema()), jsonschema.Draft202012Validator(document_schema()))


def check_facts(raw: str, facts) -> None:
    fact_v, _ = _validators()
    for fact in facts:
        assert 0 <= fact.start <= fact.end <= len(raw), (fact.kind, fact.start, fact.end, len(raw))
        assert raw[fact.start:fact.end] == fact.text, (fact.kind, fact.text)
        fact_v.validate(fact.model_dump(mode="json"))
    assert [(f.start, f.end) for f in facts] == sorted((f.start, f.end) for f in facts)


def check_document(raw: str, doc) -> None:
    _, doc_v = _validators()
    doc_v.validate(doc.model_dump(mode="json"))
    assert doc.chars == len(raw)
    n = len(raw)
    for span in [*doc.sections, *doc.paragraphs, *doc.sentences, *doc.boilerplate]:
        assert 0 <= span.start <= span.end <= n, (type(span).__name__, span.start, span.end, n)
    for sec in doc.sections:
        assert sec.start <= sec.heading_end <= max(sec.end, sec.heading_end) <= n
    for sent in doc.sentences:
        assert 0 <= sent.paragraph < len(doc.paragraphs)
    check_facts(raw, doc.facts)
