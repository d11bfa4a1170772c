"""The same conversion on a Dask cluster: a LocalCluster with two workers, read back as one store."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_helpers import read_lines, varied_corpus
from govtext.corpus.convert import convert as local_convert
from govtext.store import open_store

distributed = pytest.importorskip("distributed")  # the optional [dask] extra
from govtext.dask import convert  # noqa: E402


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0") as c:
        yield c


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "corpus").mkdir()
    ids = varied_corpus(tmp_path / "corpus", n=6, whole=True)
    (tmp_path / "corpus" / "bad.txt").write_bytes(b"\x00\x01" * 64)
    return tmp_path / "corpus", ids


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_cluster_conversion_matches_local(tmp_path, cluster, corpus, fmt):
    root, ids = corpus
    summary = convert([str(root)], tmp_path / "parts", scheduler=cluster.scheduler_address, format=fmt, npartitions=3)
    assert (summary.converted, summary.failed) == (len(ids), 1)
    assert sorted(p.name for p in (tmp_path / "parts").glob("part-*")) == [f"part-0000{i}.{fmt}" for i in range(3)]
    errors = [e for p in (tmp_path / "parts" / "_errors").glob("*.jsonl") for e in read_lines(p)]
    assert [(e["id"], e["stage"]) for e in errors] == [("bad.txt", "read")]
    local_convert([str(root)], tmp_path / "local.jsonl", workers=1)
    with open_store(tmp_path / "parts") as parts, open_store(tmp_path / "local.jsonl") as local:
        assert sorted(parts.sql("SELECT id FROM documents")["id"]) == ids
        key = ["doc_id", "n"]
        assert parts.facts().sort_values(key).reset_index(drop=True)[["doc_id", "text", "value"]].equals(
            local.facts().sort_values(key).reset_index(drop=True)[["doc_id", "text", "value"]])


def test_a_client_and_a_bag_of_records(tmp_path, cluster):
    import dask.bag as db

    bag = db.from_sequence([{"id": "r1", "text": "覆盖率达90%"}, {"id": "r2", "text": "落实资金500万元"}], npartitions=2)
    with distributed.Client(cluster) as client:
        summary = convert(bag, tmp_path / "out", scheduler=client)
    assert summary.kinds == {"money": 1, "percent": 1}
    with open_store(tmp_path / "out") as store:
        assert store.facts()["doc_id"].tolist() == ["r1", "r2"]


def test_a_rerun_replaces_earlier_parts(tmp_path, corpus):
    root, ids = corpus
    convert([str(root)], tmp_path / "p", scheduler="synchronous", npartitions=4)
    convert([str(root)], tmp_path / "p", scheduler="synchronous", npartitions=2)
    assert len(list((tmp_path / "p").glob("part-*.jsonl"))) == 2
    with open_store(tmp_path / "p") as store:
        assert len(store.sql("SELECT * FROM documents")) == len(ids)


def test_cli_scheduler_option_writes_parts(tmp_path, cluster, corpus):
    from typer.testing import CliRunner

    from govtext.cli import app

    root, ids = corpus
    result = CliRunner().invoke(app, ["convert", str(root), "-o", str(tmp_path / "parts"), "--scheduler",
                                      cluster.scheduler_address, "--quiet"])
    assert result.exit_code == 1  # bad.txt failed, and the exit code says so
    with open_store(tmp_path / "parts") as store:
        assert sorted(store.sql("SELECT id FROM documents")["id"]) == ids


# --------------------------------------------------------------------------- plain scripts on a local cluster

CLUSTER_SCRIPT = '''\
import json, os, sys, time
import dask.bag as db
import govtext.dask

RECORDS, OUT, HOLD = sys.argv[1:4]
RESUME = "--resume" in sys.argv
records = [json.loads(line) for line in open(RECORDS, encoding="utf-8")]


def hold(record):
    """Holds one document until the test says go, after telling which worker holds it."""
    if record["id"] == "d007" and not os.path.exists(os.path.join(HOLD, "go")):
        with open(os.path.join(HOLD, "pid.tmp"), "w") as stream:
            stream.write(str(os.getpid()))
        os.replace(os.path.join(HOLD, "pid.tmp"), os.path.join(HOLD, "pid"))
        deadline = time.time() + 900
        while not os.path.exists(os.path.join(HOLD, "go")) and time.time() < deadline:
            time.sleep(0.05)
    return record


cluster = govtext.dask.local_cluster(n_workers=2)
bag = db.from_sequence(records, npartitions=8).map(hold)
summary = govtext.dask.convert(bag, OUT, scheduler=cluster, resume=RESUME, progress=False)
print(json.dumps({"converted": summary.converted, "skipped": summary.skipped, "failed": summary.failed}))
'''


def _cluster_run(tmp_path, *extra):
    import os
    import subprocess
    import sys

    src = str(Path(__file__).resolve().parent.parent / "src")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH", "")) if p)}
    script = tmp_path / "cluster_convert.py"
    script.write_text(CLUSTER_SCRIPT, encoding="utf-8")
    args = [sys.executable, str(script), str(tmp_path / "records.jsonl"), str(tmp_path / "parts"), str(tmp_path / "hold"), *extra]
    return subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path)


@pytest.fixture
def records(tmp_path):
    import json

    from conftest import STEMS, corpus_text

    ids = [f"d{i:03d}" for i in range(24)]
    with open(tmp_path / "records.jsonl", "w", encoding="utf-8") as stream:
        for i, rid in enumerate(ids):
            text = corpus_text(STEMS[i % len(STEMS)])[: 400 + 40 * i]
            stream.write(json.dumps({"id": rid, "text": text}, ensure_ascii=False) + "\n")
    (tmp_path / "hold").mkdir()
    return ids


def _wait_for(path, proc, what):
    import time

    deadline = time.monotonic() + 600  # a hang guard, not a timing assertion
    while not path.exists():
        assert proc.poll() is None, f"the script ended before {what}: {proc.communicate()[1][-3000:]}"
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        time.sleep(0.05)


def _ids_in(parts):
    return sorted(r["id"] for p in sorted(parts.glob("part-*.jsonl")) for r in read_lines(p))


@pytest.mark.slow
def test_a_worker_killed_mid_run_loses_and_doubles_nothing(tmp_path, records):
    import json
    import os
    import signal

    proc = _cluster_run(tmp_path)
    _wait_for(tmp_path / "hold" / "pid", proc, "a worker held a document")
    os.kill(int((tmp_path / "hold" / "pid").read_text()), signal.SIGKILL)  # the worker holding d007, mid-run
    (tmp_path / "hold" / "go").touch()
    out, err = proc.communicate(timeout=900)
    assert proc.returncode == 0, err[-3000:]
    assert json.loads(out.splitlines()[-1]) == {"converted": len(records), "skipped": 0, "failed": 0}
    assert _ids_in(tmp_path / "parts") == records  # every document exactly once
    assert not list((tmp_path / "parts").glob("*.tmp-*"))


@pytest.mark.slow
def test_kill_9_of_the_script_ends_its_cluster_and_resume_gives_each_document_once(tmp_path, records):
    import json
    import os
    import signal
    import time

    import psutil

    proc = _cluster_run(tmp_path)
    _wait_for(tmp_path / "hold" / "pid", proc, "a worker held a document")
    started = psutil.Process(proc.pid).children(recursive=True)
    assert len(started) >= 3  # the cluster's process and its two workers
    killed = time.monotonic()
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    _gone, alive = psutil.wait_procs(started, timeout=180)
    ended = time.monotonic() - killed
    assert alive == [] and ended < 5, f"{len(alive)} left; the last ended {ended:.1f} s after the kill"  # the target
    written = _ids_in(tmp_path / "parts")  # the parts finished before the kill, each whole

    (tmp_path / "hold" / "go").touch()
    resumed = _cluster_run(tmp_path, "--resume")
    out, err = resumed.communicate(timeout=900)
    assert resumed.returncode == 0, err[-3000:]
    assert json.loads(out.splitlines()[-1]) == {"converted": len(records) - len(written), "skipped": len(written), "failed": 0}
    assert _ids_in(tmp_path / "parts") == records


# --------------------------------------------------------------------------- the scale-out recipes of docs/dask.md


def test_the_multi_machine_recipes_are_there_and_call_govtext_as_it_is():
    """docs/dask.md's SSH, SLURM and Kubernetes recipes need machines, so they are shown, not run
    (```py, ```bash): here they must at least compile, pass govtext.dask.convert only parameters it
    has, and use only options `govtext convert` has."""
    import ast
    import inspect
    import re

    from test_docs import DOCS, blocks

    import govtext.dask
    from govtext.cli import app
    from typer.main import get_command

    page = (DOCS / "dask.md").read_text(encoding="utf-8")
    for heading in ("## A cluster on this machine", "### Over SSH", "### SLURM (dask-jobqueue)", "### Kubernetes"):
        assert f"\n{heading}\n" in page
    known = set(inspect.signature(govtext.dask.convert).parameters)
    recipes = [b for b in blocks(page) if b.lang == "py"]
    assert {"SSHCluster", "SLURMCluster", "KubeCluster"} <= {n.id for b in recipes for n in ast.walk(ast.parse(b.code))
                                                             if isinstance(n, ast.Name)}
    calls = 0
    for block in recipes:
        for node in ast.walk(ast.parse(block.code)):
            if isinstance(node, ast.Call) and ast.unparse(node.func) == "govtext.dask.convert":
                calls += 1
                assert {k.arg for k in node.keywords} <= known, (block.line, {k.arg for k in node.keywords} - known)
    assert calls == 3
    options = {o for p in get_command(app).commands["convert"].params for o in p.opts}
    shell = [line for b in blocks(page) if b.lang in ("bash", "console") for line in b.code.splitlines()
             if re.search(r"\bgovtext convert\b", line)]
    assert shell and all(set(re.findall(r"\s(--?[a-z][a-z-]*)", line)) <= options for line in shell), shell
