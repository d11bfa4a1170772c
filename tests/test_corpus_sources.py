"""Discovery: which files and records a corpus holds, and the stable id each gets."""
from __future__ import annotations

import json

import pytest

from govtext.corpus import Corpus
from govtext.corpus.sources import iter_sources


@pytest.fixture
def tree(tmp_path):
    (tmp_path / "2014" / "jl").mkdir(parents=True)
    (tmp_path / "2014" / "jl" / "a.txt").write_text("通知一", encoding="utf-8")
    (tmp_path / "b.txt").write_text("通知二", encoding="utf-8")
    (tmp_path / "c.html").write_text("<html><body><p>正文</p></body></html>", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "d.txt").write_text("x", encoding="utf-8")
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "b.jsonl").write_text('{"kind":"date","text":"2014年"}\n', encoding="utf-8")
    (tmp_path / "notes.md").write_text("-", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "pattern,expected",
    [
        ("{root}", [("b.txt", "txt"), ("c.html", "html"), ("2014/jl/a.txt", "txt")]),
        ("{root}/*.txt", [("b.txt", "txt")]),
        ("{root}/**/*.txt", [("2014/jl/a.txt", "txt"), ("b.txt", "txt")]),
        ("{root}/2014", [("jl/a.txt", "txt")]),
        ("{root}/b.txt", [("b.txt", "txt")]),
    ],
    ids=["folder-walks-text-and-html", "glob-root-is-fixed-part", "recursive-glob", "sub-folder-is-root", "single-file"],
)
def test_ids_are_paths_relative_to_the_root(tree, pattern, expected):
    assert [(s.id, s.kind) for s in iter_sources([pattern.format(root=tree)])] == expected


def test_folder_walk_skips_jsonl_but_a_named_jsonl_is_read(tree):
    assert not any(s.kind == "record" for s in iter_sources([str(tree)]))
    assert [s.kind for s in iter_sources([str(tree / "gold" / "b.jsonl")])] == ["record"]


def test_jsonl_records_take_the_id_and_text_fields(tmp_path):
    path = tmp_path / "docs.jsonl"
    rows = [{"doc": "x1", "body": "正文一"}, {"body": "正文二"}, "not an object", {"doc": "x4"}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n{broken\n", encoding="utf-8")
    got = [(s.id, s.text, s.error) for s in iter_sources([str(path)], text_field="body", id_field="doc")]
    assert got == [
        ("x1", "正文一", None),
        ("docs.jsonl:2", "正文二", None),
        ("docs.jsonl:3", None, "line 3: not a JSON object"),
        ("x4", None, "line 4: no string field 'body'"),
        ("docs.jsonl:6", None, got[4][2]),
    ]
    assert got[4][2].startswith("line 6: not JSON")


def test_corpus_counts_and_lists_without_reading(tree):
    corpus = Corpus.from_path(tree)
    assert len(corpus) == 3
    assert [s.id for s in corpus] == ["b.txt", "c.html", "2014/jl/a.txt"]  # a folder's files, then its sub-folders


def test_a_missing_named_file_is_still_a_source(tmp_path):
    assert [s.id for s in iter_sources([str(tmp_path / "gone.txt")])] == ["gone.txt"]
