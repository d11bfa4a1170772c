"""The CLI is a thin layer: exact outputs on small inputs, one-sentence errors with exit 1."""
from __future__ import annotations

import json
import subprocess
import sys

from typer.testing import CliRunner

from govtext.cli import app

runner = CliRunner()


def test_extract_prints_jsonl(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("帮助落实修路资金500万元。", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--kind", "money"])
    assert result.exit_code == 0
    assert [json.loads(l) for l in result.output.splitlines()] == [
        {"kind": "money", "text": "500万元", "start": 8, "end": 13, "value": 5000000, "currency": "CNY", "qualifier": None,
         "value_max": None, "subject": "修路资金"}
    ]


def test_extract_reads_gbk(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("公务接待费下降90%，涉及金额3139.8万元。".encode("gbk"))
    result = runner.invoke(app, ["extract", str(path), "-k", "percent"])
    assert result.exit_code == 0 and '"value": 90' in result.output


def test_extract_missing_file_is_one_clear_sentence(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "none.txt")])
    assert result.exit_code == 2  # a missing input is a wrong command
    assert "none.txt: no such file" in result.output


def test_extract_binary_file(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(b"\x00\xff" * 100)
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 1 and "binary" in result.output


def test_schema_document():
    result = runner.invoke(app, ["schema", "document"])
    assert result.exit_code == 0 and json.loads(result.output)["title"] == "Document"


def test_python_dash_m_works():
    out = subprocess.run([sys.executable, "-m", "govtext", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "extract" in out.stdout


def test_import_is_cheap():
    code = ("import sys, govtext; heavy = [m for m in ('jieba', 'opencc', 'cn2an', 'spacy', 'duckdb', 'pandas') "
            "if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_public_functions_stay_functions_after_submodule_imports():
    code = ("import govtext, govtext.rendering, govtext.evaluation, govtext.structure; "
            "print(callable(govtext.render), callable(govtext.evaluate), callable(govtext.parse))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True True True"


def test_no_third_party_noise_on_stderr(tmp_path):
    """jieba's "Building prefix dict", spaCy's or DuckDB's chatter never reach the user's stderr."""
    import os
    from pathlib import Path

    src = str(Path(__file__).resolve().parent.parent / "src")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH", "")) if p)}
    (tmp_path / "c").mkdir()
    for i in range(3):
        (tmp_path / "c" / f"{i}.txt").write_text(f"关于开展活动的通知\n区委书记杨超落实“四风”整治资金{i + 1}00万元，下降90%。", encoding="utf-8")
    runs = [
        [sys.executable, "-c", "import govtext; govtext.nlp()('四风'); govtext.render('坚决刹住四风')"],
        [sys.executable, "-m", "govtext", "extract", str(tmp_path / "c" / "0.txt")],
        [sys.executable, "-m", "govtext", "convert", str(tmp_path / "c"), "-o", str(tmp_path / "o.jsonl"), "-w", "2", "-q"],
        [sys.executable, "-m", "govtext", "query", str(tmp_path / "o.jsonl"), "SELECT count(*) AS n FROM facts"],
    ]
    for cmd in runs:
        run = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600)
        assert run.returncode == 0 and run.stderr == "", (cmd, run.stderr)


def test_help_shows_flags_as_flags_and_whole_help_texts():
    import os

    env = {**os.environ, "COLUMNS": "60"}
    out = subprocess.run([sys.executable, "-m", "govtext", "convert", "--help"], capture_output=True, text=True, env=env).stdout
    assert "<bool>" not in out and "--resume  " in out and "-q, --quiet" in out
    joined = " ".join(out.split())
    assert ("Run on Dask: a scheduler address (tcp://host:8786), or processes, threads or synchronous on this machine."
            in joined)  # whole, however narrow the terminal
    assert "Example: govtext convert corpus -o out/facts.jsonl --errors out/errors.jsonl --summary\n" in out
    kinds = subprocess.run([sys.executable, "-m", "govtext", "extract", "--help"], capture_output=True, text=True, env=env).stdout
    assert "doc_number, doc_title, date, money, percent, quantity, change, slogan, person" in " ".join(kinds.split())


def test_parse_and_convert_give_a_file_the_same_id(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text("关于开展活动的通知\n下降90%", encoding="utf-8")
    parsed = json.loads(runner.invoke(app, ["parse", str(path), "--indent", "0"]).output)
    runner.invoke(app, ["convert", str(path), "-o", str(tmp_path / "o.jsonl"), "-w", "1", "-q"])
    converted = json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8"))
    assert parsed["id"] == converted["id"] == "notice.txt"
