"""Gold written for real documents that stay in ../shared/realcorpus/ (tests/fixtures/realgold,
tests/fixtures/realtargets): every gold fact slices its text and lies in its window. Skips when the
real corpus is not beside the project."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from govtext.evaluation import read_sources

from conftest import SHARED

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REALCORPUS = SHARED / "realcorpus"
SETS = ("realgold", "realtargets", "realheldout", "realgold2", "realgold3", "realheldout2", "realgold4", "realgold5", "realheldout3", "realheldout4", "realgold6", "realheldout5", "realgold7", "realgold8", "realheldout6", "realgold9", "realheldout7", "realgold10", "realgold11", "realheldout8", "realheldout9", "realgold12", "realheldout10", "realgold13", "realheldout11", "realgold14", "realgold15", "realheldout12", "realheldout13", "realgold16", "realheldout14", "realgold17", "realheldout15", "realgold18", "realheldout16", "realgold19")
needs_real = pytest.mark.skipif(not REALCORPUS.is_dir(), reason="../shared/realcorpus not beside the project")


def _stems():
    out = []
    for name in SETS:
        src = FIXTURES / name / "sources.tsv"
        if src.exists():
            out += [(name, stem) for stem in read_sources(src)]
    return out


def test_sets_are_well_formed():
    for name in SETS:
        folder = FIXTURES / name
        listed = set(read_sources(folder / "sources.tsv"))
        for sub in ("ann", "gold"):
            files = {p.stem for p in (folder / sub).glob("*.ann" if sub == "ann" else "*.jsonl")}
            assert files <= listed, (name, sub, sorted(files - listed))
        assert {p.stem for p in (folder / "gold").glob("*.jsonl")} == {p.stem for p in (folder / "ann").glob("*.ann")}


@needs_real
@pytest.mark.parametrize("name,stem", _stems(), ids=[f"{n}-{s}" for n, s in _stems()])
def test_gold_is_grounded(name, stem):
    path, start, end = read_sources(FIXTURES / name / "sources.tsv")[stem]
    raw = (REALCORPUS / path).read_text(encoding="utf-8")
    gold = FIXTURES / name / "gold" / f"{stem}.jsonl"
    if not gold.exists():
        pytest.skip(f"{stem}: annotation not located yet")
    for line in gold.read_text(encoding="utf-8").splitlines():
        fact = json.loads(line)
        assert raw[fact["start"]:fact["end"]] == fact["text"], fact
        assert (start is None or fact["end"] > start) and (end is None or fact["start"] < end), (fact, start, end)


def test_no_fact_is_located_inside_another_of_its_kind():
    """A surface found at the wrong occurrence lands inside a longer fact of the same kind (``十个工作日`` inside
    ``二十个工作日``, ``十人`` inside ``三百四十至三百五十人``): ``after=`` in the ann line must point it past that."""
    nested = []
    for name in SETS:
        for gold in sorted((FIXTURES / name / "gold").glob("*.jsonl")):
            facts = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
            spans = {(f["kind"], f["start"], f["end"]) for f in facts}
            nested += [(name, gold.stem, kind, start, end) for kind, start, end in spans
                       if any(k == kind and s <= start and end <= e and (s, e) != (start, end) for k, s, e in spans)]
    assert not nested, nested
