"""examples/tutorial.ipynb runs top to bottom, and its saved outputs are the ones it produces.

The notebook is executed with nbclient on the venv's ``python3`` kernel (ipykernel), in its own
folder, as a researcher would run it. When it changes, refresh the saved outputs and the docs
page made from them with ``python scripts/gen_docs.py --run-notebook``.
"""
from __future__ import annotations

import json

import pytest
from notebooks import ROOT, assert_clean, code_cells, images, run_notebook

NOTEBOOK = ROOT / "examples" / "tutorial.ipynb"
REFRESH = "run `python scripts/gen_docs.py --run-notebook` to refresh the saved outputs"


def text_outputs(cell: dict) -> list[str]:
    """The text a code cell shows: streams and the text/plain of results (images left out)."""
    shown = []
    for out in cell.get("outputs", []):
        if out["output_type"] == "stream":
            shown.append("".join(out["text"]))
        elif "text/plain" in out.get("data", {}) and "image/png" not in out["data"]:
            shown.append("".join(out["data"]["text/plain"]))
    return shown


@pytest.fixture(scope="module")
def executed():
    return run_notebook(NOTEBOOK, {"MPLBACKEND": None})


@pytest.fixture(scope="module")
def saved():
    return json.loads(NOTEBOOK.read_text(encoding="utf-8"))


def test_notebook_runs_without_errors_or_warnings(executed):
    assert_clean(executed)


def test_saved_notebook_has_every_output(saved):
    cells = code_cells(saved)
    assert cells and all(c["execution_count"] is not None for c in cells), REFRESH
    assert [c["execution_count"] for c in cells] == list(range(1, len(cells) + 1)), "run it top to bottom: " + REFRESH


def test_saved_outputs_are_what_the_notebook_prints(executed, saved):
    for ran, kept in zip(code_cells(executed), code_cells(saved), strict=True):
        assert text_outputs(ran) == text_outputs(kept), f"stale output of:\n{''.join(kept['source'])}\n{REFRESH}"


def test_notebook_draws_a_matplotlib_chart(executed, saved):
    for nb in (executed, saved):
        assert images(nb), "the tutorial must save at least one chart"


def test_notebook_ends_with_tables_by_district(saved):
    shown = "\n".join(t for c in code_cells(saved) for t in text_outputs(c))
    for district in ("洮北区", "魏都区", "河北省", "抚顺市", "海曙区"):
        assert district in shown
