"""Conversion runs a researcher can trust: one writer per output, nothing left running after a
kill -9, plain scripts (no ``if __name__ == "__main__":``) that convert in parallel, and a broken
installation that is reported as such, never as a failure of every document.

No timed assertions: waits poll for a state with a generous deadline (the machine is shared)."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from typer.testing import CliRunner

from corpus_helpers import read_lines, varied_corpus
from govtext.cli import app
from govtext.corpus.convert import convert
from govtext.corpus.lock import OutputLocked, holder, output_lock
from govtext.corpus.pool import WorkerPool, WorkerStartError
from govtext.corpus.sources import Source

SRC = Path(__file__).resolve().parent.parent / "src"
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(SRC), os.environ.get("PYTHONPATH", "")) if p)}
runner = CliRunner()


def _govtext(*args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "govtext", *args], env=kw.pop("env", ENV), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kw)


def _until(condition, what: str, seconds: float = 300) -> None:
    """Poll ``condition`` until it holds; fail (not a timing assertion: a hang guard) after ``seconds``."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.05)


def _lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


@pytest.mark.slow
def test_kill_9_of_convert_ends_every_process_it_started_and_resume_gives_each_document_once(tmp_path):
    root, out = tmp_path / "corpus", tmp_path / "out.jsonl"
    ids = varied_corpus(root, n=60, whole=True)  # whole texts: the run lasts long enough to be caught mid-way
    first = _govtext("convert", str(root), "-o", str(out), "--workers", "2", "--quiet")
    _until(lambda: _lines(out) > 0 or first.poll() is not None, "the first documents")
    os.kill(first.pid, signal.SIGSTOP)  # frozen mid-run, holding its lock, so nothing here depends on timing
    _until(lambda: psutil.Process(first.pid).status() in (psutil.STATUS_STOPPED, psutil.STATUS_ZOMBIE), "the stop")
    assert psutil.Process(first.pid).status() == psutil.STATUS_STOPPED, "the run ended before it could be stopped"
    started = psutil.Process(first.pid).children(recursive=True)
    assert len(started) >= 3  # the zygote and two workers

    second = _govtext("convert", str(root), "-o", str(out), "--resume", "--quiet")  # one writer per output
    _out, err = second.communicate(timeout=300)
    assert second.returncode == 2
    assert f"{out} is being written by another conversion (pid {first.pid} on {socket.gethostname()}" in err

    killed = time.monotonic()
    os.kill(first.pid, signal.SIGKILL)  # the parent only: its processes must end by themselves
    first.communicate()
    _gone, alive = psutil.wait_procs(started, timeout=120)
    ended = time.monotonic() - killed
    assert alive == []
    # the target: nothing left 5 s after the kill (the kernel kills them with the parent:
    # PR_SET_PDEATHSIG, so this holds even on a loaded machine)
    assert ended < 5, f"the last process ended {ended:.1f} s after the kill"
    assert holder(out)["pid"] == first.pid  # the dead run's lock is left behind …

    resumed = _govtext("convert", str(root), "-o", str(out), "--resume", "--quiet")
    _out, err = resumed.communicate(timeout=600)
    assert resumed.returncode == 0, err  # … and blocks nobody
    assert sorted(r["id"] for r in read_lines(out)) == ids  # every document exactly once
    assert not Path(f"{out}.lock").exists()


def test_a_second_conversion_of_a_held_output_or_errors_file_exits_2_naming_the_holder(tmp_path):
    (tmp_path / "a.txt").write_text("下降90%", encoding="utf-8")
    out, errors = tmp_path / "o.jsonl", tmp_path / "e.jsonl"
    for held in (out, errors):
        with output_lock(held):
            result = runner.invoke(app, ["convert", str(tmp_path / "a.txt"), "-o", str(out), "--errors", str(errors)])
        assert result.exit_code == 2, result.output
        assert f"{held} is being written by another conversion (pid {os.getpid()} on {socket.gethostname()}" in result.output
        assert not out.exists()


def test_a_lock_left_by_a_dead_process_never_blocks(tmp_path):
    out = tmp_path / "o.jsonl"
    code = f"from govtext.corpus.lock import output_lock; import os, signal; held = output_lock({str(out)!r}); held.__enter__(); os.kill(os.getpid(), signal.SIGKILL)"
    subprocess.run([sys.executable, "-c", code], env=ENV)
    assert Path(f"{out}.lock").exists() and holder(out)["pid"] != os.getpid()
    with output_lock(out):
        assert holder(out)["pid"] == os.getpid()
    with pytest.raises(OutputLocked):
        with output_lock(out), output_lock(out):
            pass


SCRIPTS = {
    "Corpus.convert": "s = govtext.Corpus.from_path(ROOT).convert(OUT, workers=2)",
    "govtext.convert": "s = govtext.convert([ROOT], OUT, workers=2)",
    "dask-processes": "s = govtext.dask.convert([ROOT], OUT, workers=2)",
}


@pytest.mark.parametrize("name", SCRIPTS)
def test_a_plain_script_without_a_main_guard_converts_in_parallel(tmp_path, name):
    root = tmp_path / "corpus"
    ids = varied_corpus(root, n=6)
    out = tmp_path / ("parts" if name.startswith("dask") else "out.jsonl")
    script = tmp_path / "convert_corpus.py"
    script.write_text("\n".join([
        "import json",
        "import govtext, govtext.dask",
        f"ROOT, OUT = {str(root)!r}, {str(out)!r}",
        'print("the script ran")  # once: workers never import it again',
        SCRIPTS[name],
        "print(json.dumps([s.converted, s.failed]))",
    ]) + "\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(script)], env=ENV, capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["the script ran", json.dumps([len(ids), 0])]
    assert "Traceback" not in run.stderr and "RuntimeError" not in run.stderr
    files = sorted(out.glob("part-*.jsonl")) if out.is_dir() else [out]
    assert sorted(r["id"] for f in files for r in read_lines(f)) == ids


def test_a_broken_installation_fails_before_any_document_and_blames_none(tmp_path):
    root = tmp_path / "corpus"
    varied_corpus(root, n=4)
    env = {**ENV, "GOVTEXT_LEXICONS": str(tmp_path / "no-lexicons")}
    for workers in ("1", "2"):
        run = _govtext("convert", str(root), "-o", str(tmp_path / "o.jsonl"), "-w", workers, env=env)
        _out, err = run.communicate(timeout=300)
        assert run.returncode == 1 and "lexicon file not found" in err, err
        assert "Traceback" not in err.split("could not start")[0]
        assert _lines(tmp_path / "o.jsonl") == 0 and not (tmp_path / "o.errors.jsonl").exists()


def test_a_worker_that_cannot_start_is_a_machinery_error():
    with pytest.raises(WorkerStartError, match="No module named 'no_such_module'"):
        WorkerPool(2, task="no_such_module:convert_batch")


def test_a_worker_killed_from_outside_takes_no_document_with_it_and_closing_leaves_no_process():
    pool = WorkerPool(2)
    started = [psutil.Process(pid) for pid in pool.pids()]
    assert len(started) == 3 and all(p.is_running() for p in started)  # the zygote and two workers
    os.kill(started[-1].pid, signal.SIGKILL)
    psutil.wait_procs(started[-1:], timeout=120)
    results = [r for i in range(4) for r in pool.convert([Source(id=f"d{i}", kind="record", text=f"覆盖率达{i + 1}0%")])]
    assert [(r.id, r.ok) for r in results] == [(f"d{i}", True) for i in range(4)]
    started += [psutil.Process(pid) for pid in pool.pids() if pid not in {p.pid for p in started}]
    pool.close()
    _gone, alive = psutil.wait_procs(started, timeout=120)
    assert alive == []


def test_library_convert_refuses_a_missing_input_before_writing(tmp_path):
    from govtext.corpus.sources import MissingInput

    with pytest.raises(MissingInput, match="nosuchdir: no such file or folder"):
        convert([str(tmp_path / "nosuchdir")], tmp_path / "out" / "x.jsonl")
    assert not (tmp_path / "out").exists()


POOL_SCRIPT = ("import signal, sys, time\n"
               # a terminal's foreground process has Python's Ctrl-C handler; a script started from a
               # background job (a CI runner's `cmd &`) inherits SIGINT ignored and would never see it
               "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
               "from govtext.corpus.pool import WorkerPool\n"
               "pool = WorkerPool(2)\n"
               "print(' '.join(map(str, pool.pids())), flush=True)\n"
               "time.sleep(600)\n")


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["kill-TERM", "ctrl-c"])
def test_workers_end_when_their_parent_dies_by_any_signal(sig):
    """``kill`` of the parent, and Ctrl-C (SIGINT to the whole process group, as a terminal sends
    it: workers ignore it, the parent ends); SIGKILL is the slow test above."""
    parent = subprocess.Popen([sys.executable, "-c", POOL_SCRIPT], env=ENV, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, start_new_session=True)
    started = [psutil.Process(int(pid)) for pid in parent.stdout.readline().split()]
    assert len(started) == 3, parent.stderr.read()  # the zygote and two workers
    killed = time.monotonic()
    if sig == signal.SIGINT:
        os.killpg(parent.pid, sig)
    else:
        os.kill(parent.pid, sig)
    parent.communicate(timeout=120)
    _gone, alive = psutil.wait_procs(started, timeout=120)
    ended = time.monotonic() - killed
    assert alive == [] and ended < 5, f"{len(alive)} left; the last ended {ended:.1f} s after {sig.name}"
