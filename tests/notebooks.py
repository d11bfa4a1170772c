"""Running the example notebooks in tests: one runner, one store builder, one cleanliness check.

Used by test_notebook.py (tutorial), test_links_notebook.py and test_targets_notebook.py.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "realcorpus"
sys.path.insert(0, str(ROOT / "scripts"))
import gen_docs  # noqa: E402


def build_store(folder: Path, subset: list[str]) -> Path:
    """Convert the real documents matching ``subset`` (globs under ../shared/realcorpus) and index them."""
    from govtext.corpus.convert import convert
    from govtext.store import build_index

    convert([str(REAL / s) for s in subset], str(folder / "real.jsonl"), workers=2)
    return Path(build_index(folder / "real.jsonl", folder / "real.duckdb"))


def run_notebook(notebook: Path, env: dict[str, str | None]) -> dict:
    """Execute ``notebook`` with the repository's src on PYTHONPATH and ``env`` set (None unsets),
    restoring the environment after; the result as plain dicts, like a saved file."""
    env = {"PYTHONPATH": os.pathsep.join(p for p in (str(ROOT / "src"), os.environ.get("PYTHONPATH")) if p), **env}
    old = {k: os.environ.get(k) for k in env}
    for k, v in env.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
    try:
        return json.loads(json.dumps(gen_docs.run_notebook(notebook, timeout=300)))
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def code_cells(nb: dict) -> list[dict]:
    return [c for c in nb["cells"] if c["cell_type"] == "code"]


def plain_text(nb: dict) -> str:
    """Every text/plain result the notebook shows, joined."""
    return "\n".join("".join(o.get("data", {}).get("text/plain", "")) for c in code_cells(nb) for o in c.get("outputs", []))


def images(nb: dict) -> list[dict]:
    return [o for c in code_cells(nb) for o in c.get("outputs", []) if "image/png" in o.get("data", {})]


def assert_clean(nb: dict) -> None:
    """No cell raised and none printed to stderr (warnings)."""
    for cell in code_cells(nb):
        for out in cell.get("outputs", []):
            assert out["output_type"] != "error", "".join(cell["source"])
            assert out.get("name") != "stderr", f"warning printed by:\n{''.join(cell['source'])}\n{out['text']}"
