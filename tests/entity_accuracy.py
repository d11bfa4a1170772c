"""Entity accuracy of quantities against the gold: of the quantities matched with their value,
how many carry the gold entity (quotes and spaces ignored). Run it as a script to list misses:

    PYTHONPATH=src python tests/entity_accuracy.py [--show]
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from conftest import STEMS, corpus_text, gold_facts  # noqa: E402


def _norm(s):
    return None if s is None else s.replace(" ", "").replace("“", "").replace("”", "")


def entity_pairs(stem: str) -> list[tuple[str, str | None, str | None]]:
    """``(surface, gold entity, predicted entity)`` for each gold quantity a prediction overlaps."""
    from govtext.extract import extract_facts

    raw = corpus_text(stem)
    pred = [f for f in extract_facts(raw, kinds=["quantity"])]
    pairs = []
    for g in (g for g in gold_facts(stem) if g["kind"] == "quantity"):
        hits = [p for p in pred if p.start < g["end"] and g["start"] < p.end and p.unit == g["unit"]]
        if hits:
            pairs.append((g["text"], _norm(g.get("entity")), _norm(hits[0].entity)))
    return pairs


def entity_accuracy() -> tuple[int, int, list]:
    pairs = [(stem, *p) for stem in STEMS for p in entity_pairs(stem)]
    misses = [p for p in pairs if p[2] != p[3]]
    return len(pairs) - len(misses), len(pairs), misses


if __name__ == "__main__":
    ok, total, misses = entity_accuracy()
    print(f"quantity entity accuracy: {ok}/{total} = {ok / total:.3f}")
    if "--show" in sys.argv:
        for stem, surface, gold, pred in misses:
            print(f"  {stem[:3]} {surface!r:14} gold={gold}  pred={pred}")
