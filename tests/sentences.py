"""Facts of one test sentence, with the offset invariant checked on every call.

Used by the sentence tables of test_corpus_survey_forms.py, test_realdoc_forms.py,
test_number_grammar.py and the target tables (test_targets_round7.py, test_targets_round8.py):
``grounded("国际友城达到67对。", "quantity")`` returns the quantity facts after asserting that each
one slices the sentence exactly.
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


def targets_of(text: str, doc_date: str | None = "2025-02-10") -> list:
    """The target facts of ``text`` read as a document of ``doc_date``, grounded in it."""
    facts = extract_facts(text, kinds=["target"], doc_date=doc_date)
    assert all(text[f.start:f.end] == f.text for f in facts), facts
    return facts


def target_row(f) -> tuple:
    """The fields a target table states: (subject, measure, value, value_max, unit, comparator, deadline, strength)."""
    return (f.subject, f.measure, f.value, f.value_max, f.unit, f.comparator, f.deadline, f.strength)


def assert_targets(text: str, doc_date: str | None, expected: list) -> None:
    """``text`` gives exactly the targets of ``expected``, in order: each a (part of the span, *target_row)."""
    found = targets_of(text, doc_date)
    rows = [(f.text, target_row(f)) for f in found]
    assert len(found) == len(expected), rows
    for f, (part, *fields) in zip(found, expected):
        assert part in f.text, rows
        assert target_row(f) == tuple(fields), rows
