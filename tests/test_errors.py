"""Errors that say what happened (issue 15): each wrong input gets one sentence that names it and
says what would be right, from the library and from the command line alike."""
from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import govtext
from corpus_helpers import read_lines
from govtext.cli import app
from govtext.records import FACT_KINDS
from govtext.store import NotGovtextOutput, open_store

runner = CliRunner()
KNOWN = "known kinds: " + ", ".join(FACT_KINDS)


@pytest.fixture
def store(tmp_path):
    line = {"id": "a", "date": "2014-04-03", "facts": [{"kind": "money", "text": "500万元", "start": 4, "end": 9, "value": 5000000}],
            "text": "落实资金500万元。"}
    path = tmp_path / "out.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    with open_store(path) as s:
        yield s


# --------------------------------------------------------------------------- a missing input


def test_convert_a_missing_input_exits_2_and_creates_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["convert", "nosuchdir", "-o", "out/x.jsonl"])
    assert result.exit_code == 2 and result.output == "govtext: nosuchdir: no such file or folder\n"
    assert not (tmp_path / "out").exists()


def test_convert_a_pattern_matching_nothing_exits_2(tmp_path):
    result = runner.invoke(app, ["convert", str(tmp_path / "*.txt"), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2 and "*.txt: no file matches this pattern" in result.output
    assert not (tmp_path / "o.jsonl").exists()


@pytest.mark.parametrize("command", ["extract", "parse", "show"])
def test_one_file_commands_on_a_missing_file_exit_2(tmp_path, command):
    result = runner.invoke(app, [command, str(tmp_path / "none.txt")])
    assert result.exit_code == 2 and result.output == f"govtext: {tmp_path / 'none.txt'}: no such file\n"


# --------------------------------------------------------------------------- not govtext output


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("notes.txt", "买菜\n洗衣服\n", "not govtext output (its first line is not a document written by govtext convert)"),
        ("records.jsonl", '{"id": "a", "text": "下降90%"}\n', "not govtext output"),  # an input corpus, not converted
        ("list.jsonl", "[1, 2]\n", "not govtext output"),
    ],
    ids=["text-file", "unconverted-records", "not-objects"],
)
def test_a_store_on_something_that_is_not_govtext_output(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(NotGovtextOutput, match=re.escape(message)):
        govtext.open(path)
    result = runner.invoke(app, ["query", str(path), "SELECT 1"])
    assert result.exit_code == 1 and result.output.startswith(f"govtext: {path}: not govtext output")


def test_a_store_on_a_foreign_parquet_or_duckdb_file(tmp_path):
    pq.write_table(pa.table({"name": ["x"]}), tmp_path / "other.parquet")
    with pytest.raises(NotGovtextOutput, match="other.parquet: not govtext output \\(no column id, facts\\)"):
        govtext.open(tmp_path / "other.parquet")
    duckdb.connect(str(tmp_path / "other.duckdb")).execute("CREATE TABLE t AS SELECT 1 AS x").close()
    with pytest.raises(NotGovtextOutput, match="other.duckdb: not a govtext index"):
        govtext.open(tmp_path / "other.duckdb")
    (tmp_path / "junk.duckdb").write_bytes(b"not a database at all" * 100)
    with pytest.raises(NotGovtextOutput, match="junk.duckdb: not a DuckDB file"):
        govtext.open(tmp_path / "junk.duckdb")


def test_an_empty_output_is_an_empty_store(tmp_path):
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")  # a run whose every document failed
    with govtext.open(tmp_path / "empty.jsonl") as store:
        assert len(store.facts()) == 0


# --------------------------------------------------------------------------- unknown kinds and formats


@pytest.mark.parametrize("call", [
    lambda s: s.facts(kind="moneys"), lambda s: s.facts(kind=["money", "moneys"]), lambda s: s.timeline(kind="moneys"),
], ids=["facts", "facts-list", "timeline"])
def test_store_methods_name_an_unknown_kind_and_list_the_known(store, call):
    with pytest.raises(ValueError, match=f"unknown fact kind 'moneys'; {KNOWN}"):
        call(store)


def test_extract_facts_names_an_unknown_kind_and_lists_the_known():
    with pytest.raises(ValueError, match="unknown fact kind 'moneys'; known kinds: doc_number, doc_title, date, money"):
        govtext.extract_facts("下降90%", kinds=["moneys"])


@pytest.mark.parametrize("command", ["extract", "show"])
def test_the_cli_names_an_unknown_kind_and_lists_the_known(tmp_path, command):
    (tmp_path / "a.txt").write_text("下降90%", encoding="utf-8")
    result = runner.invoke(app, [command, str(tmp_path / "a.txt"), "--kind", "moneys"])
    assert result.exit_code == 2 and "'moneys' is not one of 'doc_number', 'doc_title', 'date', 'money'" in result.output


@pytest.mark.parametrize(
    "path,what,message",
    [("a.txt", "facts", "a.txt: unknown export format '.txt'; use .csv, .parquet, .dta, .xlsx"),
     ("a", "facts", "unknown export format '\\(no suffix\\)'"),
     ("a.csv", "fact", "unknown table 'fact': export 'facts', 'documents' or a SELECT query")],
    ids=["suffix", "no-suffix", "table-name"],
)
def test_export_names_an_unknown_format_or_table(store, tmp_path, path, what, message):
    with pytest.raises(ValueError, match=message):
        store.export(tmp_path / path, what)
    assert not (tmp_path / path).exists()


def test_the_cli_names_an_unknown_output_format(store, tmp_path):
    result = runner.invoke(app, ["query", store.source, "SELECT 1", "--output", str(tmp_path / "a.txt")])
    assert result.exit_code == 2 and "unknown export format '.txt'; use .csv, .parquet, .dta, .xlsx" in result.output
    result = runner.invoke(app, ["query", store.source, "SELECT 1", "--format", "xml"])
    assert result.exit_code == 2 and "'xml' is not one of 'table', 'csv', 'json', 'jsonl'" in result.output


@pytest.mark.parametrize("name,suffix", [("x.txt", "'.txt'"), ("x", "'(no suffix)'"), ("x.jsonl", "'.jsonl'")],
                         ids=["txt", "no-suffix", "jsonl"])
def test_index_refuses_an_output_that_is_no_duckdb_file(store, tmp_path, name, suffix):
    # the index must end in .duckdb, the one suffix govtext.open reads as an index: refused before anything is written
    out = tmp_path / name
    message = f"{out}: unknown index format {suffix}; use .duckdb"
    result = runner.invoke(app, ["index", store.source, "-o", str(out), "-q"])
    assert result.exit_code == 2 and f"govtext: {message}" in result.output
    with pytest.raises(ValueError, match=re.escape(message)):
        govtext.store.build_index(store.source, out)
    assert not out.exists() and list(tmp_path.iterdir()) == [tmp_path / "out.jsonl"]


# --------------------------------------------------------------------------- extract_facts arguments


def test_a_single_kind_given_as_a_string_is_that_kind():
    assert [f.kind for f in govtext.extract_facts("资金500万元，下降90%", kinds="money")] == ["money"]


@pytest.mark.parametrize("bad", ["April 2014", "2014/04/03", "2014-13-01", "2014-02-30", "", 20140403],
                         ids=["words", "slashes", "month-13", "feb-30", "empty", "int"])
def test_a_doc_date_that_is_not_an_iso_date_is_a_value_error(bad):
    with pytest.raises(ValueError, match=f"doc_date must be an ISO date such as 2014-04-03 \\(or a datetime.date\\), not {bad!r}"):
        govtext.extract_facts("7月10日", doc_date=bad)
    with pytest.raises(ValueError, match="doc_date must be an ISO date"):
        govtext.parse("7月10日", doc_date=bad)


@pytest.mark.parametrize("good", ["2014-04-03", "2014-04", "2014", datetime.date(2014, 4, 3), datetime.datetime(2014, 4, 3, 9)],
                         ids=["day", "month", "year", "date", "datetime"])
def test_iso_dates_and_dates_anchor_year_less_dates(good):
    (fact,) = govtext.extract_facts("7月10日召开", doc_date=good, kinds="date")
    assert fact.value == "2014-07-10"


def test_the_cli_refuses_a_doc_date_that_is_not_iso(tmp_path):
    (tmp_path / "a.txt").write_text("7月10日", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--doc-date", "April 2014"])
    assert result.exit_code == 2 and "'April 2014' is not an ISO date such as 2014-04-03" in result.output


@pytest.mark.parametrize("call", [govtext.extract_facts, govtext.parse], ids=["extract_facts", "parse"])
def test_a_path_gets_a_hint_to_read_it_first(call):
    with pytest.raises(TypeError, match=r"must be str, not PosixPath \(read the file first: govtext.read_text\(path\)"):
        call(Path("corpus/000_13e6af247fa6ec72.txt"))


# --------------------------------------------------------------------------- an empty file


@pytest.mark.parametrize("command", ["extract", "parse", "show"])
@pytest.mark.parametrize("content", [b"", b"  \n\n\t", "\u3000\n".encode("utf-8")], ids=["empty", "blank", "ideographic-space"])
def test_an_empty_file_is_an_error_not_silence(tmp_path, command, content):
    (tmp_path / "empty.txt").write_bytes(content)
    result = runner.invoke(app, [command, str(tmp_path / "empty.txt")])
    assert result.exit_code == 1 and result.output == f"govtext: {tmp_path / 'empty.txt'}: empty file, nothing to read\n"


# --------------------------------------------------------------------------- --resume: known failures and new ones


def test_resume_separates_known_failures_from_new_ones(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "ok.txt").write_text("下降90%", encoding="utf-8")
    (corpus / "bad.txt").write_bytes(b"\x00\xff" * 100)
    args = ["convert", str(corpus), "-o", str(tmp_path / "o.jsonl"), "-w", "1"]

    first = runner.invoke(app, args)
    assert first.exit_code == 1 and f"; 1 failed, see {tmp_path / 'o.errors.jsonl'}" in first.output

    again = runner.invoke(app, args + ["--resume"])  # a finished run, resumed: nothing new went wrong
    assert again.exit_code == 0, again.output
    assert "converted 0 documents, 1 already done" in again.output
    assert "; 1 failed (1 had failed before, none new)" in again.output

    (corpus / "worse.txt").write_bytes(b"\x00\x01" * 100)
    new = runner.invoke(app, args + ["--resume"])
    assert new.exit_code == 1 and "; 2 failed (1 had failed before, 1 new)" in new.output
    assert sorted(e["id"] for e in read_lines(tmp_path / "o.errors.jsonl")) == ["bad.txt", "worse.txt"]
