"""examples/targets.ipynb runs top to bottom on real documents and draws its figure.

The store it reads (the 2026 provincial work reports and the national work reports of
../shared/realcorpus/) is converted once per test session; the test skips when ../shared is
absent. Saved outputs are not compared with fresh ones (they follow every change of extraction);
refresh them with ``python tests/test_targets_notebook.py``.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "examples" / "targets.ipynb"
REAL = ROOT.parent / "shared" / "realcorpus"
SUBSET = ["provincial_gwr_*/[0-9]*.txt", "national_gwr_*/[0-9]*.txt"]
sys.path.insert(0, str(ROOT / "scripts"))


def build_store(folder: Path) -> Path:
    from govtext.corpus.convert import convert
    from govtext.store import build_index

    convert([str(REAL / s) for s in SUBSET], str(folder / "real.jsonl"), workers=2)
    return Path(build_index(folder / "real.jsonl", folder / "real.duckdb"))


def run(store: Path):
    import gen_docs

    old = {k: os.environ.get(k) for k in ("PYTHONPATH", "GOVTEXT_TARGETS_STORE")}
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), old["PYTHONPATH"]) if p)
    os.environ["GOVTEXT_TARGETS_STORE"] = str(store)
    try:
        return json.loads(json.dumps(gen_docs.run_notebook(NOTEBOOK, timeout=300)))
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@pytest.fixture(scope="session")
def real_store(tmp_path_factory):
    if not REAL.is_dir():
        pytest.skip("../shared/realcorpus is absent")
    return build_store(tmp_path_factory.mktemp("targets_real"))


@pytest.fixture(scope="module")
def executed(real_store):
    return run(real_store)


def code_cells(nb: dict) -> list[dict]:
    return [c for c in nb["cells"] if c["cell_type"] == "code"]


def shown(nb: dict) -> str:
    return "\n".join("".join(o.get("data", {}).get("text/plain", "")) for c in code_cells(nb) for o in c.get("outputs", []))


def test_targets_notebook_runs_without_errors_or_warnings(executed):
    for cell in code_cells(executed):
        for out in cell.get("outputs", []):
            assert out["output_type"] != "error", "".join(cell["source"])
            assert out.get("name") != "stderr", f"warning printed by:\n{''.join(cell['source'])}\n{out['text']}"


def test_targets_notebook_draws_the_provinces_figure(executed):
    saved = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    for nb in (executed, saved):
        images = [o for c in code_cells(nb) for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
        assert len(images) == 1, "the GDP growth targets of the provinces"


def test_targets_notebook_reads_the_provinces_and_pairs_outcomes(executed):
    text = shown(executed)
    for province in ("广东省", "云南省", "新疆维吾尔自治区"):
        assert province in text
    assert "sentence" in text or "exact" in text  # how a national outcome's subject matched


if __name__ == "__main__":  # refresh the saved outputs
    import tempfile

    import nbformat

    with tempfile.TemporaryDirectory() as tmp:
        nb = run(build_store(Path(tmp)))
    nbformat.write(nbformat.from_dict(nb), NOTEBOOK)
    print(f"wrote {NOTEBOOK}")
