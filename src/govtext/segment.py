"""Word segmentation with jieba and govtext's own lexicons, on a private ``jieba.Tokenizer``.

The tokenizer is built once, on first use (never at ``import govtext``), from jieba's default
dictionary plus every word list in ``lexicons/words/*.txt`` (jieba's user-dictionary format:
``word [freq] [tag]``), so that 四风, 九破九立, 区委书记 and 民主生活会 stay whole. jieba's
process-wide instance is never touched, so govtext's words do not leak into other code.

>>> [t.text for t in tokenize("区委书记杨超召开民主生活会")][:2]
['区委书记', '杨超']
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from functools import lru_cache

from govtext.lexicons import lexicon_dir

__all__ = ["Token", "tokenizer", "tokenize", "cut", "user_words"]

_LOCK = threading.Lock()


@dataclass(frozen=True)
class Token:
    """A word with its offsets in the ORIGINAL input (``raw[start:end] == text`` modulo wraps)."""

    text: str  # the normalized (simplified, unwrapped) form
    start: int
    end: int


def user_words() -> list[tuple[str, int | None, str | None]]:
    """``(word, freq, tag)`` from every ``lexicons/words/*.txt``, in file order."""
    words = []
    folder = lexicon_dir() / "words"
    for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split()
            freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
            tag = parts[-1] if len(parts) > 1 and not parts[-1].isdigit() else None
            words.append((parts[0], freq, tag))
    return words


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
    from govtext.text.normalize import normalize

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
