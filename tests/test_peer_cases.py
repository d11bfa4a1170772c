"""The forms the peers' own test suites test (Recognizers-Text, JioNLP, cn2an), in sentences of our
own: ``tests/fixtures/peercases/cases.tsv`` (columns and pass rule in ``scripts/score_peers.py``).

Every row runs through ``extract_facts``. A negative row (``none``) and a row FACTS.md puts out of
scope must give nothing false, each on its own; positive rows are held to the issue 14 target per
kind (at least 90 % pass), and the failing ones are named in the message.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from score_peers import KINDS, category, check, expected, load_cases  # noqa: E402

ROWS = load_cases()
TARGET = 0.90


def _id(row: dict[str, str]) -> str:
    return f"{row['line']}-{row['kind']}-{row['text'][:12]}"


def test_the_table_is_well_formed():
    origins = set()
    for row in ROWS:
        assert row["kind"] in (*KINDS, "any"), row
        assert row["scope"] in ("in", "out_of_scope"), row
        assert row["scope"] == "in" or row["note"], f"line {row['line']}: an out_of_scope row gives the FACTS.md reason"
        assert row["kind"] != "any" or expected(row) is None, row
        assert all(k in ("value", "end_value", "value_max", "unit", "currency", "qualifier", "part", "relation")
                   for k in (expected(row) or {})), row
        origins.add(row["origin"].split("-")[0])
    assert {"RT", "JIO", "CN2AN"} <= origins
    counts = defaultdict(int)
    for row in ROWS:
        counts[(row["kind"], category(row))] += 1
    for kind in KINDS:
        assert counts[(kind, "positive")] >= 40 and counts[(kind, "negative")] >= 8, (kind, dict(counts))


@pytest.mark.parametrize("row", [r for r in ROWS if category(r) != "positive"], ids=_id)
def test_nothing_false_comes_out(row):
    ok, facts = check(row)
    assert ok, (row["expect"], row["note"], [(f["text"], f.get("value")) for f in facts])


@pytest.mark.parametrize("kind", KINDS)
def test_positive_cases_reach_the_target(kind):
    rows = [r for r in ROWS if r["kind"] == kind and category(r) == "positive"]
    misses = [(r["line"], r["text"], r["expect"]) for r in rows if not check(r)[0]]
    rate = 1 - len(misses) / len(rows)
    assert rate >= TARGET, (f"{kind}: {rate:.1%}", misses)
