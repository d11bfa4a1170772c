"""Fact records: one discriminated union, frozen, strict, with an exported JSON Schema."""
from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from conftest import GOLD, STEMS
from govtext.records import FACT_ADAPTER, FACT_KINDS, Document, Money, document_schema, fact_schema


def test_every_gold_fact_validates_and_round_trips():
    for stem in STEMS:
        for line in (GOLD / f"{stem}.jsonl").read_text(encoding="utf-8").splitlines():
            gold = json.loads(line)
            fact = FACT_ADAPTER.validate_python(gold)
            dumped = fact.model_dump(mode="json")
            for key, value in gold.items():
                assert dumped[key] == value, (stem, key)


def test_unknown_fields_are_refused():
    with pytest.raises(ValidationError):
        Money(text="1元", start=0, end=2, value=1, colour="red")


def test_records_are_frozen():
    m = Money(text="1元", start=0, end=2, value=1)
    with pytest.raises(ValidationError):
        m.value = 2  # type: ignore[misc]


def test_schema_covers_every_kind():
    text = json.dumps(fact_schema())
    for kind in FACT_KINDS:
        assert f'"{kind}"' in text
    assert "facts" in document_schema()["properties"]


def test_document_defaults():
    assert Document().facts == []
