"""examples/links.ipynb runs top to bottom on real documents and draws its figures.

The store it reads (the national regulations, the gov.cn pages and the 2026 provincial work
reports of ../shared/realcorpus/) is converted once per test session; the test skips when
../shared is absent. Saved outputs are not compared with fresh ones: they follow every change of
extraction and metadata; refresh them with ``python tests/test_links_notebook.py``.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from notebooks import REAL, ROOT, assert_clean, build_store, images, plain_text, run_notebook

NOTEBOOK = ROOT / "examples" / "links.ipynb"
SUBSET = ['*_regulations/0[0-6]??.txt', 'provincial_gwr_*/[0-9]*.txt', 'govcn_*/[0-9]*.txt']


def run(store: Path) -> dict:
    return run_notebook(NOTEBOOK, {"GOVTEXT_LINKS_STORE": str(store)})


@pytest.fixture(scope="session")
def real_store(tmp_path_factory):
    if not REAL.is_dir():
        pytest.skip("../shared/realcorpus is absent")
    return build_store(tmp_path_factory.mktemp("links_real"), SUBSET)


@pytest.fixture(scope="module")
def executed(real_store):
    return run(real_store)


def test_links_notebook_runs_without_errors_or_warnings(executed):
    assert_clean(executed)


def test_links_notebook_draws_its_figures_as_png(executed):
    saved = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    for nb in (executed, saved):
        assert len(images(nb)) == 2, "the neighbourhood graph and the adoption curve"


def test_links_notebook_finds_and_resolves_links(executed):
    shown = plain_text(executed)
    assert "lawrefbook_regulations" in shown and "provincial_gwr_2026" in shown
    assert "广东省" in shown  # a province of the 两新 curve


if __name__ == "__main__":  # refresh the saved outputs
    import tempfile

    import nbformat

    with tempfile.TemporaryDirectory() as tmp:
        nb = run(build_store(Path(tmp), SUBSET))
    nbformat.write(nbformat.from_dict(nb), NOTEBOOK)
    print(f"wrote {NOTEBOOK}")
