"""Word segmentation with jieba and govtext's own lexicons, on a private ``jieba.Tokenizer``.

The tokenizer is built once, on first use (never at ``import govtext``), from jieba's default
dictionary plus every word list in ``lexicons/words/*.txt`` (jieba's user-dictionary format:
``word [freq] [tag]``), so that 四风, 九破九立, 区委书记 and 民主生活会 stay whole. jieba's
process-wide instance is never touched, so govtext's words do not leak into other code.

Word lists that follow from a TSV lexicon are built when the tokenizer is built
(:func:`generated_words`: the slogans of ``slogans.tsv`` and the officials' titles of
``official_titles.tsv``), from the lexicon directory in use, so a user's own copy
(``GOVTEXT_LEXICONS``) reaches the segmenter.

>>> [t.text for t in tokenize("区委书记杨超召开民主生活会")][:2]
['区委书记', '杨超']
>>> cut("一个个四风顽疾")
['一个个', '四风', '顽疾']
"""
from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from math import log
from pathlib import Path

from govtext.lexicons import LexiconError, lexicon_dir, load_rows, split_alts
from govtext.text.normalize import normalize, to_simplified
from govtext.text.organs import fused_titles

__all__ = ["Token", "tokenizer", "tokenize", "cut", "Segmenter", "segmenter", "WordRoutes", "word_routes", "user_words", "generated_words", "word_edges", "word_frequency"]

_LOCK = threading.Lock()
_SLOGAN_FREQ = 20000  # high enough that a formula beats any split of it (四风 over 四/风)
_TITLE_FREQ = 2000  # a title beats a split of it (区委/副书记); one jieba counts higher keeps its count
_TITLE_TAG = "nnt"  # 职务 (job title)


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


def _read_word_list(path: Path) -> list[tuple[str, int | None, str | None]]:
    words = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.strip()
        if line and not line.startswith("#"):
            words.append(_parse_line(line, f"{path}:{lineno}"))
    return words


def _slogan_words() -> list[tuple[str, int | None, str | None]]:
    words, seen = [], set()
    for row in load_rows("slogans.tsv"):
        for word in [row["name"], *(to_simplified(a) for a in split_alts(row.get("aliases")))]:
            if word not in seen and word.isalnum():
                seen.add(word)
                words.append((word, _SLOGAN_FREQ, "nz"))
    return words


def _title_words(known: Mapping[str, int]) -> list[tuple[str, int | None, str | None]]:
    words, seen = [], set()
    for row in load_rows("official_titles.tsv"):
        for word in [row["title"], *(written for written, _level in fused_titles(row))]:
            if word not in seen and word.isalnum():
                seen.add(word)
                words.append((word, max(_TITLE_FREQ, known.get(word) or 0), _TITLE_TAG))
    return words


def generated_words(known: Mapping[str, int] | None = None) -> dict[str, list[tuple[str, int | None, str | None]]]:
    """The word lists built from TSV lexicons when the tokenizer is built, by list name.

    ``slogans.txt`` holds every slogan name (and simplified alias) of ``slogans.tsv`` that jieba
    can hold as one word (no punctuation inside); ``officials.txt`` every written form of a title
    of ``official_titles.tsv`` (the title and the titles with a party-committee prefix fused in,
    :func:`govtext.text.organs.fused_titles`), tagged ``nnt`` (职务), at a count that keeps it whole
    or at its count in ``known`` (the tokenizer's own dictionary) when that is higher. Read from
    the lexicon directory in use, so a slogan or a title added to a user's copy
    (``GOVTEXT_LEXICONS``) reaches the segmenter.

    >>> ("区委副书记", 2000, "nnt") in generated_words()["officials.txt"]
    True
    """
    return {"officials.txt": _title_words(known or {}), "slogans.txt": _slogan_words()}


def user_words(known: Mapping[str, int] | None = None) -> list[tuple[str, int | None, str | None]]:
    """``(word, freq, tag)`` of every word list, in list-name order: the hand-kept
    ``lexicons/words/*.txt`` and the lists :func:`generated_words` builds (which replace a file of
    the same name, such as an old ``words/slogans.txt`` in a user's copy); ``known`` as there."""
    folder = lexicon_dir() / "words"
    lists = {path.name: path for path in folder.glob("*.txt")} if folder.is_dir() else {}
    generated = generated_words(known)
    words: list[tuple[str, int | None, str | None]] = []
    for name in sorted({*lists, *generated}):
        words += generated[name] if name in generated else _read_word_list(lists[name])
    return words


@lru_cache(maxsize=1)
def tokenizer():
    """The shared govtext tokenizer (built lazily, once per process, thread-safe)."""
    with _LOCK:
        import jieba

        logging.getLogger("jieba").setLevel(logging.WARNING)  # jieba's own chatter only
        tk = jieba.Tokenizer()
        tk.initialize()
        for word, freq, tag in user_words(tk.FREQ):
            tk.add_word(word, freq=freq, tag=tag)
        return tk


def cut(text: str) -> list[str]:
    """Segment an already-clean string (no offsets): ``cut("四风问题")`` → ``['四风', '问题']``
    (``tokenizer().lcut(text, HMM=True)``, see :class:`Segmenter`)."""
    return segmenter().lcut(text) if text else []


_MISS = object()  # not in the route's cache of word probabilities
_STOP = object()  # in it: no dictionary word starts with the fragment
_MAX_FRAGMENTS = 200_000  # fragments the route's cache holds before it starts again (some 25 MB at most)


class WordRoutes:
    """jieba's best dictionary route of a block (``Tokenizer.get_DAG`` + ``calc``) over ``tokenizer``,
    with each word's ``log freq - log total`` computed once per tokenizer total; shared by the
    segmenter and the part-of-speech tagger (:mod:`govtext.text.postag`)."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer
        self._logp_total, self._logp, self._logtotal = None, {}, 0.0

    def route(self, sentence: str) -> list[int]:
        """``get_DAG`` + ``calc`` in one backward pass, with the same sums in the same order (so the
        same route): the best ``(log freq - log total + prob[x + 1], x)`` over the dictionary words
        ``sentence[k:x + 1]``, or ``x = k`` alone when none is a word. Returns ``x`` (where the word
        from ``k`` ends) for every ``k``. The candidates come by increasing ``x``, so a tie goes to
        the later one (jieba's ``max`` over ``(probability, x)``).

        A fragment's entry is read once per tokenizer total: its ``log freq - log total``, ``None``
        for a prefix of words (freq 0), or :data:`_STOP` for a fragment no word starts with (one
        lookup then ends the walk, instead of a miss here and another in the dictionary). The
        fragments kept are bounded (:data:`_MAX_FRAGMENTS`; past it the table starts again)."""
        tk = self.tokenizer
        tk.check_initialized()
        if self._logp_total != tk.total or len(self._logp) > _MAX_FRAGMENTS:
            self._logp_total, self._logp, self._logtotal = tk.total, {}, log(tk.total)
        freq, logp, logtotal = tk.FREQ, self._logp, self._logtotal
        n = len(sentence)
        prob = [0.0] * (n + 1)
        ends = [0] * n
        stop = _STOP
        for k in range(n - 1, -1, -1):
            bp = None
            bx = i = k
            frag = sentence[k]
            while True:
                p = logp.get(frag, _MISS)
                if p is _MISS:
                    f = freq.get(frag)
                    p = logp[frag] = stop if f is None else log(f) - logtotal if f else None
                if p is stop:
                    break  # no word starts with frag
                if p is not None:
                    c = p + prob[i + 1]
                    if bp is None or c >= bp:
                        bp, bx = c, i
                i += 1
                if i >= n:
                    break
                frag = sentence[k:i + 1]
            prob[k] = 0.0 - logtotal + prob[k + 1] if bp is None else bp
            ends[k] = bx
        return ends

    def pieces(self, block: str) -> list[tuple[str, bool]]:
        """jieba's walk of a block's route (``Tokenizer.__cut_DAG``, ``POSTokenizer.__cut_DAG``): the
        route's words in order, ``(word, False)`` for a word of two characters or more and
        ``(run, True)`` for each run of one-character steps between them, which the caller reads as
        one character, a dictionary word, or an unknown run for an HMM. One walk for the segmenter
        and the tagger.

        >>> word_routes(tokenizer()).pieces("四风问题")
        [('四风', False), ('问题', False)]
        """
        ends = self.route(block)
        out: list[tuple[str, bool]] = []
        x, run, n = 0, -1, len(block)  # run: where the current run of one-character steps began
        while x < n:
            y = ends[x] + 1
            if y - x == 1:
                if run < 0:
                    run = x
            else:
                if run >= 0:
                    out.append((block[run:x], True))
                    run = -1
                out.append((block[x:y], False))
            x = y
        if run >= 0:
            out.append((block[run:], True))
        return out


@lru_cache(maxsize=4)
def word_routes(tokenizer) -> WordRoutes:
    """The :class:`WordRoutes` of ``tokenizer``, one per tokenizer: the segmenter and the tagger share
    its table of fragments."""
    return WordRoutes(tokenizer)


# jieba's block patterns of Tokenizer.cut, unchanged (its accurate mode)
_RE_HAN_DEFAULT = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)", re.U)
_RE_SKIP_DEFAULT = re.compile("(\r\n|\\s)", re.U)


class Segmenter:
    """``tokenizer.lcut(text, HMM=True)`` (jieba's accurate mode: the dictionary route of each block,
    and jieba's word HMM, ``jieba.finalseg``, on runs of single characters that are no word), with
    the route of :class:`WordRoutes` and the words of each block cached: a block is cut alone, so
    its words depend on the block (and the dictionary) only, and the windows extractors segment
    recur. A test checks the words against ``tokenizer.lcut``."""

    def __init__(self, tokenizer):
        from jieba import finalseg  # (loaded with the tokenizer)

        self.tokenizer = tokenizer
        self.routes = word_routes(tokenizer)
        self._hmm_cut, self._forced = finalseg.cut, finalseg.Force_Split_Words
        self._block_words = lru_cache(maxsize=16384)(self._block_tuple)
        self._version = None  # the dictionary's total and forced splits when the cache was filled

    def lcut(self, sentence: str) -> list[str]:
        version = (self.tokenizer.total, len(self._forced))
        if version != self._version:  # words were added to the dictionary: cached cuts are stale
            self._block_words.cache_clear()
            self._version = version
        out: list[str] = []
        for blk in _RE_HAN_DEFAULT.split(sentence):
            if not blk:
                continue
            if _RE_HAN_DEFAULT.match(blk):
                out.extend(self._block_words(blk))
                continue
            for x in _RE_SKIP_DEFAULT.split(blk):
                if _RE_SKIP_DEFAULT.match(x):
                    out.append(x)
                else:
                    out.extend(x)  # one character at a time
        return out

    def _block_tuple(self, block: str) -> tuple[str, ...]:
        """jieba's ``Tokenizer.__cut_DAG`` of one block."""
        out: list[str] = []
        for piece, run in self.routes.pieces(block):
            if run:
                self._flush(piece, out)
            else:
                out.append(piece)
        return tuple(out)

    def _flush(self, buf: str, out: list[str]) -> None:
        """A run of single characters: one character, an unknown run for the HMM, or a word's characters."""
        if len(buf) == 1:
            out.append(buf)
        elif not self.tokenizer.FREQ.get(buf):
            out.extend(self._hmm_cut(buf))
        else:
            out.extend(buf)


@lru_cache(maxsize=1)
def segmenter() -> Segmenter:
    """The shared :class:`Segmenter` over :func:`tokenizer`."""
    return Segmenter(tokenizer())


def word_frequency(word: str) -> int:
    """How often the segmenter's dictionary (jieba's and ours) counts ``word``; 0 for a word it does
    not know: ``word_frequency("问题") > 0``, ``word_frequency("三防指") == 0``."""
    return tokenizer().FREQ.get(word) or 0


def word_edges(words: Iterable[str], start: int = 0) -> list[int]:
    """Where the words of a segmentation that begins at offset ``start`` begin and end, ascending:
    ``word_edges(["四风", "问题"], 10)`` → ``[10, 12, 14]``. A span is one word when its ends are
    neighbours in the list, and cuts a word when either end is missing from it."""
    edges = [start]
    for word in words:
        edges.append(edges[-1] + len(word))
    return edges


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
