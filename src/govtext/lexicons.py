"""Load govtext's data files from ``lexicons/`` (shipped inside the wheel as ``govtext/lexicons``).

Every table is a UTF-8 TSV: leading ``#`` lines state what it holds and its columns, the first
other line names the columns, each later line is one entry. The first column is the key and
must be unique; ``|`` separates alternatives inside a cell (aliases). Loading validates and
refuses duplicates, so a bad edit fails loudly at first use, naming the file and line.

>>> units = load_table("units.tsv")
>>> units["个"]["category"]
'count'
"""
from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

from pydantic import ValidationError

from govtext.lexicon_schema import ROW_MODELS

__all__ = ["LexiconError", "lexicon_dir", "load_table", "load_rows", "load_words", "read_table", "split_alts"]


class LexiconError(ValueError):
    """A lexicon file is missing or malformed (the message names the file and line)."""


@lru_cache(maxsize=1)
def lexicon_dir() -> Path:
    """Where the lexicons live: ``$GOVTEXT_LEXICONS``, the installed package, or the source tree."""
    env = os.environ.get("GOVTEXT_LEXICONS")
    if env:
        return Path(env)
    try:
        packaged = resources.files("govtext") / "lexicons"
        if packaged.is_dir():
            return Path(str(packaged))
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - odd importers
        pass
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "lexicons"
        if candidate.is_dir() and (candidate / "units.tsv").exists():
            return candidate
    raise LexiconError("govtext lexicons not found: set GOVTEXT_LEXICONS or reinstall govtext")


def _path(name: str) -> Path:
    path = lexicon_dir() / name
    if not path.is_file():
        raise LexiconError(f"{path}: lexicon file not found")
    return path


def split_alts(cell: str | None) -> list[str]:
    """``"個|箇"`` → ``["個", "箇"]``; empty cells give ``[]``."""
    if not cell:
        return []
    return [part.strip() for part in cell.split("|") if part.strip()]


@lru_cache(maxsize=None)
def load_rows(name: str) -> tuple[dict[str, str], ...]:
    """All rows of a TSV lexicon as dicts keyed by column name (duplicates in column 1 refused)."""
    return read_table(_path(name))


def read_table(path: Path) -> tuple[dict[str, str], ...]:
    """Parse one TSV lexicon file (see the module docstring for the format); a file named like one
    of govtext's lexicons is checked against its row model (:mod:`govtext.lexicon_schema`)."""
    model = ROW_MODELS.get(path.name)
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    seen: dict[str, int] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        if len(cells) > len(header):
            raise LexiconError(f"{path}:{lineno}: {len(cells)} cells but {len(header)} columns ({'/'.join(header)})")
        cells += [""] * (len(header) - len(cells))
        key = cells[0]
        if not key:
            raise LexiconError(f"{path}:{lineno}: empty key in column {header[0]!r}")
        if key in seen:
            raise LexiconError(f"{path}:{lineno}: duplicate key {key!r} (first on line {seen[key]})")
        seen[key] = lineno
        row = dict(zip(header, cells))
        if model is not None:
            _check_row(model, row, path, lineno)
        rows.append(row)
    if header is None:
        raise LexiconError(f"{path}: no header line")
    return tuple(rows)


def _check_row(model, row: dict[str, str], path: Path, lineno: int) -> None:
    try:
        model.model_validate(row)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'row'}: {err['msg']}"
            + (f" (got {err['input']!r})" if isinstance(err.get("input"), str) else "")
            for err in exc.errors())
        raise LexiconError(f"{path}:{lineno}: {problems}") from None


@lru_cache(maxsize=None)
def load_table(name: str) -> dict[str, dict[str, str]]:
    """A TSV lexicon as ``{key: row}``."""
    rows = load_rows(name)
    first = next(iter(rows[0])) if rows else None
    return {row[first]: row for row in rows} if first else {}


@lru_cache(maxsize=None)
def load_words(name: str) -> tuple[str, ...]:
    """A plain word list: one entry a line (first whitespace-separated field), ``#`` comments."""
    path = _path(name)
    words: list[str] = []
    seen: set[str] = set()
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word = line.split()[0]
        if word in seen:
            raise LexiconError(f"{path}:{lineno}: duplicate entry {word!r}")
        seen.add(word)
        words.append(word)
    return tuple(words)


@lru_cache(maxsize=None)
def numeral_words(role: str) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """The words of ``role`` in ``lexicons/numeral_words.tsv`` (in file order) and, per word, the words
    right after it that undo it (its ``unless_next`` pairs)."""
    row = load_table("numeral_words.tsv")[role]
    unless: dict[str, list[str]] = {}
    for pair in split_alts(row["unless_next"]):
        word, _, nxt = pair.partition("=")
        unless.setdefault(word, []).append(nxt)
    return tuple(split_alts(row["words"])), {w: tuple(n) for w, n in unless.items()}
__all__ += ["numeral_words"]
