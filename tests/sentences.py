"""Facts of one test sentence, with the offset invariant checked on every call.

Used by the sentence tables of test_corpus_survey_forms.py, test_realdoc_forms.py and
test_number_grammar.py: ``grounded("国际友城达到67对。", "quantity")`` returns the quantity
facts after asserting that each one slices the sentence exactly.
"""
from __future__ import annotations

from govtext import extract_facts


def grounded(sentence: str, kind: str) -> list:
    """The facts of ``kind`` in ``sentence``; each must satisfy ``sentence[start:end] == text``."""
    facts = extract_facts(sentence, kinds=[kind])
    assert all(sentence[f.start:f.end] == f.text for f in facts), facts
    return facts


def fact_at(sentence: str, kind: str, surface: str):
    """The first fact of ``kind`` whose text is ``surface`` (the test fails when there is none)."""
    facts = grounded(sentence, kind)
    hits = [f for f in facts if f.text == surface]
    assert hits, facts
    return hits[0]
