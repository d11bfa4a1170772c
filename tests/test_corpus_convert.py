"""Bulk conversion: one line per document, nothing lost, resume after a torn write, Parquet."""
from __future__ import annotations

import itertools
import json

import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus_helpers import read_lines, varied_corpus
from govtext.corpus.convert import convert, default_errors_path
from govtext.corpus.sink import done_ids, line_id, repair
from govtext.records import Document


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "corpus"
    return root, varied_corpus(root, n=8)


@pytest.mark.parametrize("workers", [1, 2], ids=["in-process", "two-processes"])
def test_every_document_once_and_valid(tmp_path, corpus, workers):
    root, ids = corpus
    out = tmp_path / "out.jsonl"
    summary = convert([str(root)], out, workers=workers)
    rows = read_lines(out)
    assert sorted(r["id"] for r in rows) == ids
    assert summary.converted == len(ids) and summary.ok and not (tmp_path / "out.errors.jsonl").exists()
    for row in rows:
        text = row.pop("text")
        doc = Document.model_validate(row)
        assert doc.chars == len(text) and all(text[f.start:f.end] == f.text for f in doc.facts)
    assert summary.kinds == {k: sum(1 for r in rows for f in r["facts"] if f["kind"] == k) for k in summary.kinds}


def test_resume_skips_what_is_written_and_cuts_a_torn_line(tmp_path, corpus):
    root, ids = corpus
    out = tmp_path / "out.jsonl"
    convert([str(root)], out, workers=1)
    lines = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:3]) + lines[3][:40])  # a crash in the middle of the fourth line
    summary = convert([str(root)], out, workers=1, resume=True)
    assert (summary.skipped, summary.converted) == (3, len(ids) - 3)
    assert sorted(r["id"] for r in read_lines(out)) == ids


def test_without_resume_the_output_starts_afresh(tmp_path, corpus):
    root, ids = corpus
    out = tmp_path / "out.jsonl"
    convert([str(root)], out, workers=1)
    convert([str(root)], out, workers=1)
    assert len(read_lines(out)) == len(ids)


def test_duplicate_ids_are_reported_not_written_twice(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id":"a","text":"下降90%"}\n{"id":"a","text":"上升5%"}\n', encoding="utf-8")
    summary = convert([str(src)], tmp_path / "out.jsonl", workers=1, id_field="id")
    assert [r["text"] for r in read_lines(tmp_path / "out.jsonl")] == ["下降90%"]
    (error,) = read_lines(tmp_path / "out.errors.jsonl")
    assert (error["id"], error["stage"], summary.failed) == ("a", "id", 1)


def test_errors_are_rewritten_on_resume_for_documents_still_failing(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id":"a","text":"下降90%"}\n{"id":"b","text":""}\n', encoding="utf-8")
    for _ in range(2):
        convert([str(src)], tmp_path / "out.jsonl", workers=1, id_field="id", resume=True)
    assert [e["id"] for e in read_lines(tmp_path / "out.errors.jsonl")] == ["b"]
    assert [r["id"] for r in read_lines(tmp_path / "out.jsonl")] == ["a"]


@pytest.mark.parametrize("workers", [1, 2], ids=["in-process", "two-processes"])
def test_parquet_output_and_resume(tmp_path, corpus, workers):
    root, ids = corpus
    out = tmp_path / "out.parquet"
    convert([str(root / "sub")], out, workers=workers, format="parquet")
    first = pq.read_table(out).column("id").to_pylist()
    summary = convert([str(root)], out, workers=workers, resume=True)
    table = pq.read_table(out)
    assert summary.skipped == 0  # ids under sub/ were relative to sub/, so they differ
    assert sorted(table.column("id").to_pylist()) == sorted(ids + first)
    facts = [json.loads(f) for f in table.column("facts").to_pylist()]
    assert all(isinstance(f, list) for f in facts) and not (tmp_path / "out.parquet.partial.jsonl").exists()


def test_default_errors_path_is_beside_the_output():
    assert default_errors_path("out/facts.jsonl") == "out/facts.errors.jsonl"


@pytest.mark.parametrize(
    "line,expected",
    [
        (b'{"id":"a/b.txt","x":1}\n', "a/b.txt"),
        (b'{"id":"q\\"uote","x":1}\n', 'q"uote'),
        (b'{"x":1,"id":"late"}\n', "late"),
        (b'{"x":1}\n', None),
        (b"garbage\n", None),
    ],
    ids=["id-first", "escaped-quote", "id-later", "no-id", "not-json"],
)
def test_line_id(line, expected):
    assert line_id(line) == expected


def test_repair_is_a_no_op_on_whole_lines_and_cuts_everything_without_newline(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(b'{"id":"a"}\n')
    assert repair(str(path)) == 0 and done_ids(str(path)) == {"a"}
    path.write_bytes(b'{"id":"a"')
    assert repair(str(path)) == 9 and path.read_bytes() == b"" and done_ids(str(path)) == set()


@pytest.mark.parametrize("batch", [1, 2, 3], ids=["batches-of-1", "batches-of-2", "batches-of-3"])
def test_a_document_that_kills_its_worker_takes_no_other_document_with_it(batch):
    from govtext.corpus.pool import run_pool
    from govtext.corpus.sources import Source

    ids = [f"d{i}" for i in range(6)]
    sources = [Source(id=i, kind="record", text=f"覆盖率达{n}0%") for n, i in enumerate(ids, 1)]
    sources.insert(3, Source(id="die", kind="record", text="覆盖率达5%"))
    results = []
    run_pool(iter([sources[i:i + batch] for i in range(0, len(sources), batch)]), results.append, workers=2,
             task="corpus_killer:convert_or_die")
    assert sorted(r.id for r in results if r.ok) == ids
    assert [r.error for r in results if not r.ok] == [
        {"id": "die", "stage": "parse", "message": "the worker process died on this document"}]


@given(ids=st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=8, unique=True), cut=st.floats(0, 1))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_crash_at_any_byte_leaves_exactly_the_whole_lines(tmp_path_factory, ids, cut):
    from govtext.corpus.sink import JsonlSink

    path = tmp_path_factory.mktemp("sink") / "out.jsonl"
    lines = [(json.dumps({"id": i, "text": "正文" * 5}, ensure_ascii=False) + "\n").encode("utf-8") for i in ids]
    with JsonlSink(str(path), append=False) as sink:
        sink.write(lines)
    data = path.read_bytes()
    keep = int(len(data) * cut)
    path.write_bytes(data[:keep])  # the process died after writing `keep` bytes
    repair(str(path))
    whole = [i for i, end in zip(ids, itertools.accumulate(map(len, lines))) if end <= keep]
    assert sorted(done_ids(str(path))) == sorted(whole)
    assert [json.loads(l)["id"] for l in path.read_bytes().splitlines()] == whole


def test_output_lines_validate_as_documents(tmp_path):
    """Every line `govtext convert` writes is a Document record, text included."""
    from govtext.corpus.convert import convert
    from govtext.records import Document

    src = tmp_path / "a.txt"
    src.write_text("全区公务接待费下降90%。", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    convert([src], out, workers=1)
    line = out.read_text(encoding="utf-8").splitlines()[0]
    doc = Document.model_validate_json(line)
    assert doc.text == "全区公务接待费下降90%。" and doc.facts


def test_output_folder_is_created(tmp_path):
    from govtext.corpus.convert import convert

    src = tmp_path / "a.txt"
    src.write_text("修路资金500万元。", encoding="utf-8")
    out = tmp_path / "new" / "deeper" / "facts.jsonl"
    convert([src], out, workers=1)
    assert out.exists() and (tmp_path / "new" / "deeper").is_dir()
