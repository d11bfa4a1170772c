"""Lexicon files load, validate and refuse duplicates, naming the file and line."""
from __future__ import annotations

import pytest

from govtext.lexicons import LexiconError, lexicon_dir, load_rows, read_table


def test_every_tsv_lexicon_loads():
    names = sorted(p.name for p in lexicon_dir().glob("*.tsv"))
    assert "units.tsv" in names
    for name in names:
        assert load_rows(name), name


def test_duplicates_are_refused(tmp_path):
    path = tmp_path / "t.tsv"
    path.write_text("# test\nkey\tvalue\n个\tcount\n个\tother\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"t.tsv:4: duplicate key '个'"):
        read_table(path)


def test_too_many_cells_are_refused(tmp_path):
    path = tmp_path / "t.tsv"
    path.write_text("key\tvalue\n个\tcount\textra\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="t.tsv:2"):
        read_table(path)


def test_lexicons_ship_in_the_package_tree():
    # the wheel force-includes lexicons/ as govtext/lexicons; in a source checkout we find the folder
    assert (lexicon_dir() / "units.tsv").is_file()
