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
    "args,message",
    [(["--format", "csv"], "unknown format 'csv'"), ([], "no documents found")],
    ids=["bad-format", "nothing-to-convert"],
)
def test_convert_refusals_are_one_sentence(tmp_path, args, message):
    result = runner.invoke(app, ["convert", str(tmp_path / "*.txt"), "-o", str(tmp_path / "o.jsonl"), *args])
    assert result.exit_code == 1 and message in result.output


def test_query_prints_a_table_and_writes_files(converted):
    root, _ = converted
    sql = "SELECT kind, count(*) AS n FROM facts GROUP BY kind ORDER BY kind"
    shown = runner.invoke(app, ["query", "out/facts.jsonl", sql])
    assert shown.exit_code == 0 and "money" in shown.output and "percent" in shown.output
    written = runner.invoke(app, ["query", "out/facts.jsonl", sql, "--csv", "k.csv", "--parquet", "k.parquet"])
    assert written.exit_code == 0
    assert (root / "k.csv").read_text(encoding="utf-8").splitlines()[0] == "kind,n" and (root / "k.parquet").exists()


def test_query_bad_sql_is_one_line(converted):
    result = runner.invoke(app, ["query", "out/facts.jsonl", "SELECT nope FROM facts"])
    assert result.exit_code == 1 and result.output.startswith("govtext: ") and len(result.output.splitlines()) == 1


def test_index_then_query_the_duckdb_file(converted):
    root, _ = converted
    assert runner.invoke(app, ["index", "out/facts.jsonl"]).exit_code == 0
    result = runner.invoke(app, ["query", "out/facts.duckdb", "SELECT count(*) AS n FROM documents", "--csv", "n.csv"])
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
    "quiet,tty,shown",
    [(False, True, True), (True, True, False), (False, False, False)],
    ids=["terminal", "quiet-on-terminal", "piped"],
)
def test_progress_only_on_a_terminal_and_not_quiet(quiet, tty, shown):
    from govtext.corpus.progress import want_progress

    assert want_progress(quiet, _Stream(tty)) is shown


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
