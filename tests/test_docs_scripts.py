"""The documentation's examples also run as a plain script, as a reader pastes them into a file.

tests/test_docs.py runs each page's blocks in one interactive session; a page whose examples
start processes (conversions, Dask, clusters) must also work from ``python page.py``, with no
``if __name__ == "__main__":`` in sight, since that is where multiprocessing used to import the
script again in every worker. Such a page is turned into one script, its ```console steps
becoming ``subprocess.run`` calls in page order, and run in a copy of the repository's corpus.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from test_docs import DOCS, HAND_PAGES, ROOT, blocks, console_steps, workdir

STARTS_PROCESSES = re.compile(r"\.convert\(|govtext\.dask|local_cluster|Corpus\.")


def _script(page: str) -> str:
    lines = ["import subprocess"]
    for block in blocks((DOCS / page).read_text(encoding="utf-8")):
        if block.lang == "python":
            lines.append(block.code)
        elif block.lang == "console":
            lines += [f"subprocess.run({cmd!r}, shell=True, check=True, stdout=subprocess.DEVNULL)"
                      for cmd, _ in console_steps(block.code)]
    return "\n".join(lines) + "\n"


PAGES = [p for p in HAND_PAGES if any(b.lang == "python" and STARTS_PROCESSES.search(b.code)
                                      for b in blocks((DOCS / p).read_text(encoding="utf-8")))]


def test_the_pages_that_start_processes_are_found():
    assert {"corpus.md", "dask.md"} <= set(PAGES)


@pytest.mark.slow
@pytest.mark.parametrize("page", PAGES)
def test_page_examples_run_as_a_plain_script(page, tmp_path):
    work = workdir(tmp_path)
    script = work / f"{page[:-3]}_examples.py"
    script.write_text(_script(page), encoding="utf-8")
    pythonpath = os.pathsep.join(p for p in (str(ROOT / "src"), os.environ.get("PYTHONPATH", "")) if p)
    env = {**os.environ, "PATH": f"{work / '.bin'}{os.pathsep}{os.environ.get('PATH', '')}",
           "PYTHONPATH": pythonpath, "MPLBACKEND": "Agg", "PYTHONIOENCODING": "utf-8"}
    run = subprocess.run([sys.executable, str(script)], cwd=work, env=env, capture_output=True, text=True, timeout=1200)
    assert run.returncode == 0, f"docs/{page} as a script:\n{run.stderr[-4000:]}"
    assert "An attempt has been made to start a new process" not in run.stderr
