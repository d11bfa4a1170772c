"""Lexicon files load, validate and refuse duplicates, naming the file and line."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from govtext.lexicon_schema import ROW_MODELS
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


# ---------------------------------------------------------------- the data checked against its schema
# (in the style of dateparser's tests/test_dateparser_data_integrity.py: every data file has its
# schema, every schema its file, and the columns agree)

def _header(path) -> list[str]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            return [c.strip() for c in line.split("\t")]
    return []


def test_every_lexicon_has_a_row_model_and_every_model_a_lexicon():
    assert {p.name for p in lexicon_dir().glob("*.tsv")} == set(ROW_MODELS)


@pytest.mark.parametrize("name", sorted(ROW_MODELS))
def test_columns_are_the_models_fields(name):
    model = ROW_MODELS[name]
    fields = [f.alias or key for key, f in model.model_fields.items()]
    header = _header(lexicon_dir() / name)
    assert sorted(header) == sorted(fields) and len(header) == len(set(header))


@pytest.mark.parametrize("name, line, message", [
    ("qualifiers.tsv", "约莫\tapprox\tafterwards\n", r"qualifiers.tsv:\d+: position: Input should be 'before', 'after', 'both'"),
    ("units.tsv", "羽\tcount\t\t\t\t声||款\n", r"units.tsv:\d+: not_followed_by: Value error, an empty alternative"),
    ("boilerplate.tsv", "broken\t[unclosed\tline\n", r"boilerplate.tsv:\d+: pattern: Value error, not a regular expression"),
    ("currencies.tsv", "第纳尔\tdzd\tafter\n", r"currencies.tsv:\d+: currency: Value error, not an ISO 4217 code"),
    ("divisions.tsv", "12345\t某县\tcounty\n", r"divisions.tsv:\d+: code: Value error, not a six-digit division code"),
    ("slogan_exclusions.tsv", "(?<=\tregex\tbad\n", r"slogan_exclusions.tsv:\d+: row: Value error, not a regular expression"),
    ("quantity_contexts.tsv", "year_before\t今年\t\n", r"quantity_contexts.tsv:\d+: role: Input should be"),
    ("docnumber_marks.tsv", "号令\tordre\n", r"docnumber_marks.tsv:\d+: role: Input should be"),
])
def test_a_bad_row_names_its_file_line_and_column(tmp_path, name, line, message):
    path = tmp_path / name
    path.write_text((lexicon_dir() / name).read_text(encoding="utf-8") + line, encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        read_table(path)


def test_a_bad_row_in_a_users_lexicons_fails_at_first_use(tmp_path):
    mine = tmp_path / "lexicons"
    shutil.copytree(lexicon_dir(), mine)
    with (mine / "qualifiers.tsv").open("a", encoding="utf-8") as fh:
        fh.write("约略\tabout\tbefore\n")
    code = "import govtext; govtext.extract_facts('约500万元')"
    env = {**os.environ, "GOVTEXT_LEXICONS": str(mine)}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert proc.returncode != 0
    assert "LexiconError" in proc.stderr and "qualifiers.tsv:" in proc.stderr and "qualifier:" in proc.stderr
