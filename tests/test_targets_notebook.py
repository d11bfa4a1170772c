"""examples/targets.ipynb runs top to bottom on real documents and draws its figure.

The store it reads (the 2026 provincial work reports and the national work reports of
../shared/realcorpus/) is converted once per test session; the test skips when ../shared is
absent. Saved outputs are not compared with fresh ones (they follow every change of extraction);
refresh them with ``python tests/test_targets_notebook.py``.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from notebooks import REAL, ROOT, assert_clean, build_store, images, plain_text, run_notebook

NOTEBOOK = ROOT / "examples" / "targets.ipynb"
SUBSET = ['provincial_gwr_*/[0-9]*.txt', 'national_gwr_*/[0-9]*.txt']


def run(store: Path) -> dict:
    return run_notebook(NOTEBOOK, {"GOVTEXT_TARGETS_STORE": str(store)})


@pytest.fixture(scope="session")
def real_store(tmp_path_factory):
    if not REAL.is_dir():
        pytest.skip("../shared/realcorpus is absent")
    return build_store(tmp_path_factory.mktemp("targets_real"), SUBSET)


@pytest.fixture(scope="module")
def executed(real_store):
    return run(real_store)


def test_targets_notebook_runs_without_errors_or_warnings(executed):
    assert_clean(executed)


def test_targets_notebook_draws_the_provinces_figure(executed):
    saved = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    for nb in (executed, saved):
        assert len(images(nb)) == 1, "the GDP growth targets of the provinces"


def test_targets_notebook_reads_the_provinces_and_pairs_outcomes(executed):
    text = plain_text(executed)
    for province in ("广东省", "云南省", "新疆维吾尔自治区"):
        assert province in text
    assert "sentence" in text or "exact" in text  # how a national outcome's subject matched


if __name__ == "__main__":  # refresh the saved outputs
    import tempfile

    import nbformat

    with tempfile.TemporaryDirectory() as tmp:
        nb = run(build_store(Path(tmp), SUBSET))
    nbformat.write(nbformat.from_dict(nb), NOTEBOOK)
    print(f"wrote {NOTEBOOK}")
