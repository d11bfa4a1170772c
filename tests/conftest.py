"""Shared fixtures: the seed corpus and its gold, read from the project's own corpus/."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import settings

# No timed assertions: hypothesis' per-example deadline fails on a busy machine, not on a bug.
settings.register_profile("govtext", deadline=None)
settings.load_profile("govtext")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = CORPUS / "gold"
SHARED = ROOT.parent / "shared"
STEMS = sorted(p.stem for p in CORPUS.glob("*.txt"))


def corpus_text(stem: str) -> str:
    return (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")


def gold_facts(stem: str) -> list[dict]:
    path = GOLD / f"{stem}.jsonl"
    return [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]


@pytest.fixture(params=STEMS)
def seed(request) -> tuple[str, str]:
    """(stem, raw text) of each seed document."""
    return request.param, corpus_text(request.param)
