"""Word segmentation with jieba and govtext's own lexicons, on a private ``jieba.Tokenizer``.

The tokenizer is built once, on first use (never at ``import govtext``), from jieba's default
dictionary plus every word list in ``lexicons/words/*.txt`` (jieba's user-dictionary format:
``word [freq] [tag]``), so that 四风, 九破九立, 区委书记 and 民主生活会 stay whole. jieba's
process-wide instance is never touched, so govtext's words do not leak into other code.

``lexicons/words/slogans.txt`` is generated from ``lexicons/slogans.tsv`` by
:func:`generated_word_lists` (``python -m govtext.text.segmentation --write``); a test checks that the
file on disk matches its source.

>>> [t.text for t in tokenize("区委书记杨超召开民主生活会")][:2]
['区委书记', '杨超']
>>> cut("一个个四风顽疾")
['一个个', '四风', '顽疾']
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from govtext.lexicons import LexiconError, lexicon_dir, load_rows, split_alts
from govtext.text.normalize import normalize, to_simplified

__all__ = ["Token", "tokenizer", "tokenize", "cut", "user_words", "generated_word_lists", "write_word_lists"]

_LOCK = threading.Lock()
_SLOGAN_FREQ = 20000  # high enough that a formula beats any split of it (四风 over 四/风)
_HEADER = (
    "# words/slogans.txt — GENERATED from lexicons/slogans.tsv by `python -m govtext.text.segmentation --write`;\n"
    "# do not edit: add formulas to slogans.tsv instead. Format: jieba user dictionary (word freq tag).\n"
)


@dataclass(frozen=True)
class Token:
    """A word with its offsets in the ORIGINAL input (``raw[start:end] == text`` modulo wraps)."""

    text: str  # the normalized (simplified, unwrapped) form
    start: int
    end: int


def _parse_line(line: str, where: str) -> tuple[str, int | None, str | None]:
    parts = line.split()
    if len(parts) > 3:
        raise LexiconError(f"{where}: expected 'word [freq] [tag]', got {line!r}")
    freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
    tag = parts[-1] if len(parts) > 1 and not parts[-1].isdigit() else None
    return parts[0], freq, tag


def user_words() -> list[tuple[str, int | None, str | None]]:
    """``(word, freq, tag)`` from every ``lexicons/words/*.txt``, in file order."""
    words = []
    folder = lexicon_dir() / "words"
    for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            line = line.strip()
            if line and not line.startswith("#"):
                words.append(_parse_line(line, f"{path}:{lineno}"))
    return words


def generated_word_lists() -> dict[str, str]:
    """``{file name: content}`` of the word lists generated from TSV lexicons: every slogan name
    (and simplified alias) that jieba can hold as one word (no punctuation inside)."""
    lines, seen = [], set()
    for row in load_rows("slogans.tsv"):
        for word in [row["name"], *(to_simplified(a) for a in split_alts(row.get("aliases")))]:
            if word not in seen and word.isalnum():
                seen.add(word)
                lines.append(f"{word} {_SLOGAN_FREQ} nz\n")
    return {"slogans.txt": _HEADER + "".join(lines)}


def write_word_lists(folder: Path | None = None) -> list[Path]:
    """Write the generated word lists into ``folder`` (default ``lexicons/words``)."""
    folder = folder or lexicon_dir() / "words"
    written = []
    for name, content in generated_word_lists().items():
        path = folder / name
        path.write_text(content, encoding="utf-8")
        written.append(path)
    return written


@lru_cache(maxsize=1)
def tokenizer():
    """The shared govtext tokenizer (built lazily, once per process, thread-safe)."""
    with _LOCK:
        import jieba

        logging.getLogger("jieba").setLevel(logging.WARNING)  # jieba's own chatter only
        tk = jieba.Tokenizer()
        tk.initialize()
        for word, freq, tag in user_words():
            tk.add_word(word, freq=freq, tag=tag)
        return tk


def cut(text: str) -> list[str]:
    """Segment an already-clean string (no offsets): ``cut("四风问题")`` → ``['四风', '问题']``."""
    return tokenizer().lcut(text, HMM=True) if text else []


def tokenize(text: str) -> list[Token]:
    """Segment ``text`` (raw input) on its normalized view; every token carries raw offsets."""
    nt = normalize(text)
    tokens: list[Token] = []
    pos = 0
    for word in cut(nt.text):
        start, end = pos, pos + len(word)
        pos = end
        if word.isspace():
            continue
        rs, re_ = nt.to_raw(start, end)
        tokens.append(Token(word, rs, re_))
    return tokens


if __name__ == "__main__":  # python -m govtext.text.segmentation --write
    import sys

    if sys.argv[1:] != ["--write"]:
        sys.exit("usage: python -m govtext.text.segmentation --write   (regenerates lexicons/words/slogans.txt)")
    for written in write_word_lists():
        print(written)
