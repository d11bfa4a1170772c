"""``govtext eval`` prints exactly what the reference scorer prints on the same data."""
from __future__ import annotations

import filecmp
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from conftest import CORPUS, GOLD, ROOT, SHARED
from govtext.cli import app
from govtext.evaluation import match, prf

needs_shared = pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared not beside the project")


@needs_shared
def test_corpus_and_gold_are_identical_to_shared():
    for sub in ("corpus", "gold"):
        shared = SHARED / sub
        ours = CORPUS if sub == "corpus" else GOLD
        names = sorted(p.name for p in shared.iterdir() if p.is_file())
        match_, mismatch, errors = filecmp.cmpfiles(shared, ours, names, shallow=False)
        assert not mismatch and not errors, (sub, mismatch, errors)


@needs_shared
def test_eval_agrees_with_reference_scorer():
    ref = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), "--corpus", str(CORPUS), "--gold", str(GOLD), "--show", "3"],
        capture_output=True, text=True, cwd=ROOT, check=True,
    ).stdout
    ours = CliRunner().invoke(app, ["eval", "--corpus", str(CORPUS), "--gold", str(GOLD), "--show", "3"])
    assert ours.exit_code == 0, ours.output
    assert ours.output == ref


def test_matching_rules():
    gold = [{"kind": "quantity", "start": 0, "end": 4, "value": 606, "unit": "个"},
            {"kind": "change", "start": 10, "end": 15, "direction": "decrease", "by_value": 90, "from_value": None, "to_value": None}]
    pred = [{"kind": "quantity", "start": 1, "end": 4, "value": 606.0, "unit": "个"},
            {"kind": "change", "start": 12, "end": 14, "direction": "decrease", "by_value": 90.4},
            {"kind": "money", "start": 20, "end": 22, "value": 1}]
    stats, misses = match(gold, pred)
    assert stats["quantity"]["value"] == 1
    assert stats["change"]["value"] == 1  # within 0.5%
    assert [m[0] for m in misses] == ["spurious"]
    assert prf(1, 2, 1) == (0.5, 1.0, 2 / 3)


def test_min_f1_floor_fails_with_exit_1():
    result = CliRunner().invoke(app, ["eval", "--min-f1", "all=1.01"])
    assert result.exit_code == 1


def test_eval_names_a_missing_gold_folder(tmp_path):
    result = CliRunner().invoke(app, ["eval", "--gold", str(tmp_path)])
    assert result.exit_code == 1
    assert "no gold files" in result.output
