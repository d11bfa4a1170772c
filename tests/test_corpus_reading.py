"""Files in every encoding are read and their encoding recorded; bad files are one error each."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import corpus_text
from corpus_helpers import read_lines
from govtext.corpus import Corpus
from govtext.corpus import loading
from govtext.corpus.convert import MissingExtra, convert
from govtext.corpus.sources import Source
from govtext.corpus.work import convert_source

SIMPLIFIED = corpus_text("000_13e6af247fa6ec72")[:1900]  # ends after 帮助落实修路资金500万元
TRADITIONAL = corpus_text("003_3f83a78025f6d1a7")[:800].encode("big5", errors="ignore").decode("big5")


@pytest.mark.parametrize(
    "text,encoding,recorded",
    [
        (SIMPLIFIED, "gbk", "gb18030"),
        (TRADITIONAL, "big5", "big5"),
        (SIMPLIFIED, "utf-8-sig", "utf-8-sig"),
        (SIMPLIFIED, "utf-8", "utf-8"),
    ],
    ids=["gbk", "big5", "utf8-bom", "utf8"],
)
def test_encodings_are_decoded_and_recorded(tmp_path, text, encoding, recorded):
    (tmp_path / "doc.txt").write_bytes(text.encode(encoding))
    out = tmp_path / "out.jsonl"
    summary = convert([str(tmp_path)], out, workers=1)
    (row,) = read_lines(out)
    assert summary.ok and row["id"] == "doc.txt"
    assert row["text"] == text and row["encoding"].startswith(recorded) and row["chars"] == len(text)
    for fact in row["facts"]:
        assert text[fact["start"]:fact["end"]] == fact["text"]


def test_gbk_facts_are_the_utf8_facts(tmp_path):
    (tmp_path / "a.txt").write_bytes(SIMPLIFIED.encode("gbk"))
    (tmp_path / "b.txt").write_bytes(SIMPLIFIED.encode("utf-8"))
    convert([str(tmp_path)], tmp_path / "out.jsonl", workers=1)
    a, b = read_lines(tmp_path / "out.jsonl")
    assert a["facts"] == b["facts"] and a["sha256"] == b["sha256"] and a["facts"]


def _deny(monkeypatch, name):
    """Make reading ``name`` fail as an unreadable file does (chmod does not stop root)."""
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == name:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)


@pytest.mark.parametrize(
    "name,content,stage,message",
    [
        ("binary.txt", b"\x00\x01\x02\xff" * 200, "read", "binary data, not a text file"),
        ("empty.txt", b"", "read", "empty document"),
        ("blank.txt", "  \n\u3000\n".encode("utf-8"), "read", "empty document"),
        ("denied.txt", "通知".encode("utf-8"), "read", "permission denied"),
        ("mojibake.txt", bytes(range(128, 256)) * 10, "read", "not text in UTF-8, GB18030/GBK or Big5"),
        ("png.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "read", "binary data"),
    ],
    ids=["binary", "zero-bytes", "only-whitespace", "permission-denied", "undecodable", "image-named-txt"],
)
def test_a_bad_file_is_one_error_line_and_the_run_goes_on(tmp_path, monkeypatch, name, content, stage, message):
    (tmp_path / "good.txt").write_bytes(SIMPLIFIED.encode("gbk"))
    (tmp_path / name).write_bytes(content)
    _deny(monkeypatch, "denied.txt")
    out, errors = tmp_path / "out" / "facts.jsonl", tmp_path / "errors.jsonl"
    out.parent.mkdir()
    summary = convert([str(tmp_path)], out, workers=1, errors=errors)
    assert [r["id"] for r in read_lines(out)] == ["good.txt"]
    (error,) = read_lines(errors)
    assert error["id"] == name and error["stage"] == stage and message in error["message"]
    assert (summary.converted, summary.failed, summary.ok) == (1, 1, False)


def test_a_file_that_vanished_after_listing(tmp_path):
    path = tmp_path / "gone.txt"
    path.write_text("通知", encoding="utf-8")
    source = Source(id="gone.txt", kind="txt", path=str(path))
    path.unlink()
    assert convert_source(source).error == {"id": "gone.txt", "stage": "read", "message": f"{path}: no such file"}


def test_html_main_text_is_extracted(tmp_path):
    pytest.importorskip("trafilatura")  # the optional [html] extra
    body = "".join(f"<p>{line}</p>" for line in SIMPLIFIED.splitlines() if line.strip())
    page = f"<html><head><title>t</title></head><body><nav>首页 | 登录</nav><article>{body}</article></body></html>"
    (tmp_path / "page.html").write_bytes(page.encode("gbk"))
    (text,) = Corpus.from_path(tmp_path).texts()
    assert "帮助筹资172万元" in text.text and "登录" not in text.text


def test_html_without_the_extra_is_one_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(loading, "html_available", lambda: False)
    monkeypatch.setattr("govtext.corpus.convert.html_available", lambda: False)
    (tmp_path / "page.html").write_text("<p>正文</p>", encoding="utf-8")
    with pytest.raises(MissingExtra, match=r"pip install 'govtext\[html\]'"):
        convert([str(tmp_path)], tmp_path / "out.jsonl", workers=1)
    with pytest.raises(Exception, match=r"govtext\[html\]"):
        list(Corpus.from_path(tmp_path).texts())


def test_lone_surrogates_in_jsonl_records_are_replaced_keeping_offsets(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "s", "text": "\ud800覆盖率达90%"}) + "\n", encoding="utf-8")
    convert([str(src)], tmp_path / "out.jsonl", workers=1, id_field="id")
    (row,) = read_lines(tmp_path / "out.jsonl")
    assert row["text"] == "\ufffd覆盖率达90%" and [f["start"] for f in row["facts"]] == [5]


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path):
    (tmp_path / "big.txt").write_text("通知。" * 400, encoding="utf-8")
    (tmp_path / "small.txt").write_text("下降90%", encoding="utf-8")
    summary = convert([str(tmp_path)], tmp_path / "o.jsonl", workers=1, max_bytes=1000)
    (error,) = read_lines(tmp_path / "o.errors.jsonl")
    assert error["id"] == "big.txt" and "too large (0.0 MB, the limit is" in error["message"]
    assert [r["id"] for r in read_lines(tmp_path / "o.jsonl")] == ["small.txt"] and summary.failed == 1

