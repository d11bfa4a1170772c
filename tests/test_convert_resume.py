"""A conversion killed with SIGKILL at random moments, then resumed, ends with every document
exactly once and no corrupt line."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from corpus_helpers import read_lines, varied_corpus

SRC = Path(__file__).resolve().parent.parent / "src"


def _start(root: Path, out: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    cmd = [sys.executable, "-m", "govtext", "convert", str(root), "-o", str(out), "--workers", "2", "--resume", "--quiet"]
    return subprocess.Popen(cmd, env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def test_kill_and_resume_at_random_points(tmp_path):
    rng = random.Random(20141024)
    root, out = tmp_path / "corpus", tmp_path / "out.jsonl"
    ids = varied_corpus(root, n=90)
    kills = 0
    for _ in range(3):
        target = _lines(out) + rng.randint(1, 25)
        proc = _start(root, out)
        deadline = time.monotonic() + 60
        while proc.poll() is None and _lines(out) < target and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(rng.uniform(0, 0.2))
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)  # the main process and its workers, mid-run
            kills += 1
        proc.wait()
        proc.stderr.close()
        data = out.read_bytes() if out.exists() else b""
        assert len(set(data.splitlines())) == len(data.splitlines())  # nothing doubled, even before resuming
    proc = _start(root, out)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    rows = read_lines(out)  # every line parses
    assert sorted(r["id"] for r in rows) == ids  # every document exactly once
    assert kills >= 1, kills
