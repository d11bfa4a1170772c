"""Generalization floor: the held-out documents (tests/fixtures/heldout, never tuned on) are
scored with ``govtext.evaluate`` and each kind must keep its value-F1 at or above the level
reached when the set was annotated, minus a small margin; the gold itself must stay grounded."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from govtext.evaluation import evaluate

HELDOUT = Path(__file__).resolve().parent / "fixtures" / "heldout"
MARGIN = 0.03

# value-F1 per kind reached on the held-out set (see tests/fixtures/heldout/README.md)
FLOORS = {
    "change": 0.976, "date": 1.000, "doc_number": 1.000, "doc_title": 1.000, "money": 1.000,
    "percent": 1.000, "person": 0.971, "quantity": 0.994, "slogan": 1.000,
}
META_FLOORS = {"title": 1.0, "doc_type": 1.0, "issuer": 1.0, "doc_number": 1.0, "date": 1.0}


@pytest.fixture(scope="module")
def result():
    return evaluate(HELDOUT, HELDOUT / "gold")


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_value_f1_floor(result, kind):
    f1 = result.rows[kind]["value"][2]
    assert f1 >= FLOORS[kind] - MARGIN, (kind, f1, [m for m in result.misses if kind in json.dumps(m[2:])])


@pytest.mark.parametrize("field", sorted(META_FLOORS))
def test_metadata_floor(result, field):
    assert result.meta[field] >= META_FLOORS[field] - MARGIN, (field, result.meta[field])


@pytest.mark.parametrize("stem", sorted(p.stem for p in HELDOUT.glob("*.txt")))
def test_gold_is_grounded(stem):
    raw = (HELDOUT / f"{stem}.txt").read_text(encoding="utf-8")
    for line in (HELDOUT / "gold" / f"{stem}.jsonl").read_text(encoding="utf-8").splitlines():
        fact = json.loads(line)
        assert raw[fact["start"]:fact["end"]] == fact["text"], fact
