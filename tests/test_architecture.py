"""The layers import only downward, and nothing hides an import inside a function.

The contract lives in ``pyproject.toml`` (``[tool.importlinter]``): text -> values -> extract ->
structure -> corpus, store, cli, spaCy, with lexicons, records and reading beneath them all.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "govtext"

# Imports that stay inside functions on purpose: optional extras, and heavy loads deferred so
# that ``import govtext`` stays cheap. Each is (module file, imported module).
DEFERRED = {
    ("text/normalize.py", "opencc"),                  # OpenCC's dictionaries, on first conversion
    ("text/numerals.py", "cn2an"),                    # rare numerals only
    ("text/segmentation.py", "jieba"),                # the dictionary, on first segmentation
    ("text/postag.py", "jieba"),
    ("text/postag.py", "jieba.posseg"),
    ("reading.py", "charset_normalizer"),             # encoding detection, for bytes only
    ("rendering.py", "govtext.spacy_component"),      # spaCy, only when a Doc is rendered
    # the corpus layer: DuckDB, pandas and Arrow load when a store or a Parquet file is used
    # (``govtext --help`` stays fast); Dask, trafilatura and IPython are optional extras
    ("corpus/convert.py", "pyarrow.parquet"),
    ("corpus/parquet.py", "pyarrow"),
    ("corpus/parquet.py", "pyarrow.parquet"),
    ("corpus/loading.py", "trafilatura"),
    ("corpus/progress.py", "IPython.display"),        # only inside a notebook
    ("cli/index_cmd.py", "duckdb"),
    ("cli/query_cmd.py", "duckdb"),
    ("cli/links_cmd.py", "duckdb"),
    ("store/opening.py", "duckdb"),
    ("store/files.py", "pyarrow.parquet"),
    ("store/export.py", "pandas"),
    ("store/export.py", "pandas.io.stata"),
    ("store/export.py", "openpyxl.cell.cell"),
    ("store/kwic.py", "pandas"),
    ("store/kwic.py", "opencc"),
    ("dask.py", "dask"),
    ("dask.py", "dask.bag"),
    ("dask.py", "dask.callbacks"),
    ("dask.py", "distributed"),
    ("dask.py", "pyarrow.parquet"),
    ("links/diffusion.py", "matplotlib.pyplot"),      # the optional plot helper
    ("store/links.py", "govtext.links.graph"),        # networkx, only when a graph is built
}


def test_import_contract_is_kept():
    importlinter = pytest.importorskip("importlinter.cli")
    code = importlinter.lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True)
    assert code == 0, "an import goes against the layers of pyproject.toml [tool.importlinter] (see the output)"


def _function_imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) or (
                isinstance(node, ast.If) and "__main__" in ast.unparse(node.test)):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Import):
                    found += [(inner.lineno, a.name) for a in inner.names]
                elif isinstance(inner, ast.ImportFrom) and inner.level == 0:
                    found.append((inner.lineno, inner.module or ""))
    return found


def test_no_import_hides_in_a_function():
    hidden = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if rel == "__init__.py":
            continue  # govtext/__init__.py: the PEP 562 lazy table is the point of that module
        for line, module in _function_imports(path):
            if (rel, module) not in DEFERRED:
                hidden.append(f"{rel}:{line}: {module}")
    assert not hidden, "imports inside functions (move them to the top, or list a deferred heavy load):\n" + "\n".join(hidden)


def test_the_probe_sees_a_function_import(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("import os\n\ndef f():\n    from govtext.records import Money\n    return Money\n", encoding="utf-8")
    assert _function_imports(probe) == [(4, "govtext.records")]


# Shapes that text/patterns.py (and lexicons/qualifiers.tsv, date_words.tsv) hold once.
RETYPED = ["一二三四五六七八九", "〇零", "十百千万", "百千万亿", "左右|以上", "以上|以下", "至|到|-"]


def test_no_numeral_class_or_qualifier_list_is_retyped():
    found = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if rel == "text/patterns.py":
            continue
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.lstrip().startswith(("#", ">>>")) and any(shape in line for shape in RETYPED):
                found.append(f"{rel}:{lineno}: {line.strip()[:80]}")
    assert not found, "compose text/patterns.py's fragments instead:\n" + "\n".join(found)
