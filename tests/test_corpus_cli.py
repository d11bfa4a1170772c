"""The convert, query and index commands: what `make run` runs, exit codes, files written."""
from __future__ import annotations

import json
import os
import shutil

import pytest
from typer.testing import CliRunner

from conftest import CORPUS, STEMS
from corpus_helpers import read_lines
from govtext.cli import app

runner = CliRunner()


@pytest.fixture
def converted(tmp_path, monkeypatch):
    """`make run`'s exact command, run in a copy of the project's corpus/ folder."""
    shutil.copytree(CORPUS, tmp_path / "corpus")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["convert", "corpus", "--output", "out/facts.jsonl", "--errors", "out/errors.jsonl",
                                 "--summary", "--workers", "1"])
    return tmp_path, result


def test_make_run_command(converted):
    root, result = converted
    assert result.exit_code == 0, result.output
    assert sorted(r["id"] for r in read_lines(root / "out" / "facts.jsonl")) == [f"{s}.txt" for s in STEMS]
    assert "facts per kind" in result.output and "money" in result.output and "total" in result.output
    assert not (root / "out" / "errors.jsonl").exists()


def test_a_failed_document_gives_exit_code_1_and_an_error_line(tmp_path):
    (tmp_path / "ok.txt").write_text("下降90%", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\xff" * 100)
    result = runner.invoke(app, ["convert", str(tmp_path), "-o", str(tmp_path / "o.jsonl"), "-w", "1", "--quiet"])
    assert result.exit_code == 1
    assert [e["id"] for e in read_lines(tmp_path / "o.errors.jsonl")] == ["bad.txt"]


@pytest.mark.parametrize(
    "args,code,message",
    [(["--format", "csv"], 2, "'csv' is not one of 'jsonl', 'parquet'"),
     ([], 1, "no documents found in")],
    ids=["bad-format", "nothing-to-convert"],
)
def test_convert_refusals_are_one_sentence(tmp_path, args, code, message):
    (tmp_path / "empty").mkdir()
    result = runner.invoke(app, ["convert", str(tmp_path / "empty"), "-o", str(tmp_path / "out" / "o.jsonl"), *args])
    assert result.exit_code == code and message in result.output
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "args,message",
    [(["--errors", "e.jsonl"], "--errors does not apply with --scheduler: failures go to OUT/_errors/"),
     (["--workers", "2", "--scheduler", "tcp://127.0.0.1:1"], "--workers does not apply with a scheduler address"),
     (["--excel"], None)],
    ids=["errors-with-scheduler", "workers-with-an-address", "excel-is-for-query"],
)
def test_options_a_path_cannot_honour_are_refused(tmp_path, args, message):
    (tmp_path / "a.txt").write_text("下降90%", encoding="utf-8")
    base = ["convert", str(tmp_path / "a.txt"), "-o", str(tmp_path / "parts")]
    if "--scheduler" not in args:
        base += ["--scheduler", "synchronous"]
    result = runner.invoke(app, base + args)
    assert result.exit_code == 2
    assert message is None or message in result.output
    assert not (tmp_path / "parts").exists()


def test_scheduler_runs_honour_resume_and_max_mb(tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text("下降90%", encoding="utf-8")
    (tmp_path / "c" / "big.txt").write_text("下降90%。" * 40000, encoding="utf-8")
    args = ["convert", str(tmp_path / "c"), "-o", str(tmp_path / "parts"), "--scheduler", "synchronous", "--max-mb", "0.1"]
    first = runner.invoke(app, args)
    assert first.exit_code == 1 and "1 failed" in first.output
    errors = [e for p in (tmp_path / "parts" / "_errors").glob("*.jsonl") for e in read_lines(p)]
    assert [(e["id"], e["stage"]) for e in errors] == [("big.txt", "read")] and "too large" in errors[0]["message"]
    again = runner.invoke(app, args + ["--resume"])
    assert again.exit_code == 0, again.output  # the one failure is known: nothing new went wrong
    assert "converted 0 documents, 1 already done" in again.output and "1 had failed before, none new" in again.output


def test_query_prints_a_table_and_writes_files(converted):
    root, _ = converted
    sql = "SELECT kind, count(*) AS n FROM facts GROUP BY kind ORDER BY kind"
    shown = runner.invoke(app, ["query", "out/facts.jsonl", sql])
    assert shown.exit_code == 0 and "money" in shown.output and "percent" in shown.output
    for name, header in (("k.csv", None), ("k.parquet", None), ("k.xlsx", None), ("k.dta", None)):
        written = runner.invoke(app, ["query", "out/facts.jsonl", sql, "--output", name])
        assert written.exit_code == 0 and (root / name).exists(), written.output
    assert (root / "k.csv").read_text(encoding="utf-8").splitlines()[0] == "kind,n"


def test_query_formats_for_programs(converted):
    sql = "SELECT kind, count(*) AS n, list(DISTINCT doc_id ORDER BY doc_id)[1:1] AS first FROM facts WHERE kind IN ('money', 'percent') GROUP BY kind ORDER BY kind"
    as_csv = runner.invoke(app, ["query", "out/facts.jsonl", sql, "--format", "csv"])
    assert as_csv.output.splitlines()[0] == "kind,n,first" and as_csv.output.splitlines()[1].startswith("money,")
    as_json = json.loads(runner.invoke(app, ["query", "out/facts.jsonl", sql, "-f", "json"]).output)
    assert [row["kind"] for row in as_json] == ["money", "percent"] and isinstance(as_json[0]["n"], int)
    assert isinstance(as_json[0]["first"], list)
    lines = runner.invoke(app, ["query", "out/facts.jsonl", sql, "-f", "jsonl"]).output.splitlines()
    assert [json.loads(line) for line in lines] == as_json


def test_a_query_table_never_breaks_a_value():
    import io

    import pandas as pd
    from rich.console import Console

    from govtext.cli.query_cmd import show_table

    long = "全区公务接待费比上年下降90%，压缩会议经费500万元，坚决刹住“四风”。" * 3
    df = pd.DataFrame({"doc_id": ["jl/000_13e6af247fa6ec72.txt", "b"], "value": [123456789.5, 12.0], "sentence": [long, "短"]})
    for width, terminal in ((60, True), (400, True), (60, False)):
        buf = io.StringIO()
        show_table(df, 50, Console(file=buf, width=width, force_terminal=terminal, color_system=None))
        lines = buf.getvalue().splitlines()
        rows = [line for line in lines if "│" in line]
        assert len(rows) == 2 and len(lines) == 6  # one line per row: no value wraps onto a second line
        assert "jl/000_13e6af247fa6ec72.txt" in rows[0] and "123456789.5" in rows[0]  # ids and numbers whole
        assert (long in rows[0]) is (not terminal or width == 400)  # a pipe, or room enough, gets long texts whole


def test_query_bad_sql_is_one_line(converted):
    result = runner.invoke(app, ["query", "out/facts.jsonl", "SELECT nope FROM facts"])
    assert result.exit_code == 1 and result.output.startswith("govtext: ") and len(result.output.splitlines()) == 1


def test_index_then_query_the_duckdb_file(converted):
    root, _ = converted
    assert runner.invoke(app, ["index", "out/facts.jsonl"]).exit_code == 0
    result = runner.invoke(app, ["query", "out/facts.duckdb", "SELECT count(*) AS n FROM documents", "--output", "n.csv"])
    assert result.exit_code == 0 and (root / "n.csv").read_text().split() == ["n", str(len(STEMS))]


def test_jsonl_input_with_fields(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"doc": "d1", "body": "落实资金500万元"}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["convert", str(src), "-o", str(tmp_path / "o.jsonl"), "--text-field", "body",
                                 "--id-field", "doc", "-w", "1", "-q"])
    assert result.exit_code == 0
    assert [(r["id"], r["facts"][0]["value"]) for r in read_lines(tmp_path / "o.jsonl")] == [("d1", 5000000)]


class _Stream:
    def __init__(self, tty):
        self.tty = tty

    def isatty(self):
        return self.tty


@pytest.mark.parametrize(
    "quiet,tty,notebook,shown",
    [(False, True, False, True), (True, True, False, False), (False, False, False, False), (False, False, True, True),
     (True, False, True, False)],
    ids=["terminal", "quiet-on-terminal", "piped", "notebook", "quiet-in-a-notebook"],
)
def test_progress_where_a_person_watches(monkeypatch, quiet, tty, notebook, shown):
    from govtext.corpus import progress

    monkeypatch.setattr(progress, "in_notebook", lambda: notebook)
    assert progress.want_progress(quiet, _Stream(tty)) is shown


def test_progress_bar_counts_documents_and_failures():
    from govtext.corpus.progress import Progress

    bar = Progress(enabled=True)
    bar.start(3)
    bar._bar.console.file = open(os.devnull, "w")  # draw somewhere harmless
    bar.advance(2)
    bar.advance(1, failed=1)
    task = bar._bar.tasks[0]
    bar.stop()
    assert (bar.done, bar.failed, task.completed, task.fields["failed"]) == (3, 1, 3, 1)


@pytest.mark.parametrize("step", ["convert", "index"])
def test_convert_and_index_show_a_live_bar_in_a_notebook(tmp_path, monkeypatch, step):
    """In a Jupyter kernel (no terminal, progress left at its default) a conversion and an index
    draw an HTML bar updated in place; ``progress=False`` draws nothing."""
    from IPython import display as ipd

    import govtext
    from govtext.corpus import progress

    shown = []

    class Handle:
        def update(self, obj):
            shown.append(obj.data)

    monkeypatch.setattr(ipd, "display", lambda obj, display_id=False: shown.append(obj.data) or Handle())
    monkeypatch.setattr(progress, "in_notebook", lambda: True)
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"落实资金{i + 1}00万元，下降90%。", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    govtext.convert([str(tmp_path / f"{i}.txt") for i in range(3)], out, workers=1, progress=False)
    assert shown == []  # asked for no bar: none
    if step == "convert":
        govtext.convert([str(tmp_path / f"{i}.txt") for i in range(3)], tmp_path / "p.jsonl", workers=1)
        first, last = "converting 0/3", "converting 3/3"
    else:
        from govtext.store import build_index

        build_index(out, tmp_path / "o.duckdb")
        first, last = "indexing 0/", "ready"
    assert shown and shown[0].startswith('<div class="govtext-progress"') and "<progress" in shown[0]
    assert first in shown[0] and last in shown[-1], (shown[0], shown[-1])
