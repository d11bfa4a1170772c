"""A conversion killed with SIGKILL at random moments, then resumed, ends with every document
exactly once and no corrupt line (JSONL), or a Parquet file with every document once."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from corpus_helpers import read_lines, varied_corpus

SRC = Path(__file__).resolve().parent.parent / "src"


def _start(root: Path, out: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    cmd = [sys.executable, "-m", "govtext", "convert", str(root), "-o", str(out), "--workers", "2", "--resume", "--quiet"]
    return subprocess.Popen(cmd, env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


@pytest.mark.slow
@pytest.mark.parametrize("name,staging", [("out.jsonl", "out.jsonl"), ("out.parquet", "out.parquet.partial.jsonl")],
                         ids=["jsonl", "parquet"])
def test_kill_and_resume_at_random_points(tmp_path, name, staging):
    rng = random.Random(20141024)
    root, out, lines = tmp_path / "corpus", tmp_path / name, tmp_path / staging
    ids = varied_corpus(root, n=70, whole=True)  # whole texts: a run lasts long enough to be killed mid-way
    kills = 0
    for _ in range(3):
        target = _lines(lines) + rng.randint(1, 20)
        proc = _start(root, out)
        deadline = time.monotonic() + 60
        while proc.poll() is None and _lines(lines) < target and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(rng.uniform(0, 0.2))
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)  # the main process and its workers, mid-run
            kills += 1
        proc.wait()
        proc.stderr.close()
        data = lines.read_bytes() if lines.exists() else b""
        assert len(set(data.splitlines())) == len(data.splitlines())  # nothing doubled, even before resuming
    proc = _start(root, out)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    if name.endswith(".jsonl"):
        got = [r["id"] for r in read_lines(out)]  # every line parses
    else:
        got = pq.read_table(out).column("id").to_pylist()
        assert not lines.exists()
    assert sorted(got) == ids  # every document exactly once
    assert kills >= 1
