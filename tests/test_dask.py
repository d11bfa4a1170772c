"""The same conversion on a Dask cluster: a LocalCluster with two workers, read back as one store."""
from __future__ import annotations

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
