"""Part-of-speech tagging with jieba's model over govtext's tokenizer, loaded once and cheaply.

``jieba.posseg`` builds a tagger for jieba's process-wide tokenizer when it is imported, reading
the 349,000 lines of its dictionary one by one for the tags (about half a second), and govtext
then needed a second table for its own tokenizer. :class:`Tagger` runs the same algorithm
(dictionary DAG, then jieba's part-of-speech HMM on runs of unknown characters) on one tag
table read in a single pass, and its HMM tables come from jieba's own data modules. Results
are plain ``(word, tag)`` tuples; a test checks them against ``jieba.posseg``.

>>> tagger().lcut("区长胡玉华")
[('区长', 'nnt'), ('胡玉华', 'nr')]
"""
from __future__ import annotations

import importlib.util
import re
import sys
import threading
from functools import lru_cache, reduce
from operator import itemgetter, or_
from pathlib import Path
from typing import Callable, Iterator

from govtext.text.segmentation import tokenizer, user_words, word_routes

__all__ = ["Hmm", "Tagger", "tagger", "pos_pairs", "pos_tokenizer", "word_tags"]

_LOCK = threading.Lock()
Pair = tuple[str, str]

# jieba.posseg's block patterns, unchanged (the standard library's engine, as jieba uses)
_RE_HAN_INTERNAL = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+)")
_RE_SKIP_INTERNAL = re.compile("(\r\n|\\s)")
_RE_HAN_DETAIL = re.compile("([\u4E00-\u9FD5]+)")
_RE_SKIP_DETAIL = re.compile("([\\.0-9]+|[a-zA-Z0-9]+)")
_RE_ENG = re.compile("[a-zA-Z0-9]+")
_RE_NUM = re.compile("[\\.0-9]+")
_RE_HAN_RUN = re.compile("[\u4E00-\u9FD5]+")  # what _RE_HAN_DETAIL splits out, whole


def word_tags(dictionary) -> dict[str, str]:
    """``{word: tag}`` of a jieba dictionary file (``word freq tag`` per line), read a block of
    lines at a time (one split per block, tags shared), with jieba's rule for a bad line.

    >>> import io
    >>> word_tags(io.BytesIO("四风 3 n\\n整改 20 v\\n".encode()))
    {'四风': 'n', '整改': 'v'}
    """
    tags: dict[str, str] = {}
    with dictionary as fh:
        for lines in iter(lambda: fh.readlines(1 << 20), []):
            fields = b"".join(lines).decode("utf-8").split()
            if len(fields) == 3 * len(lines):
                tags.update(zip(fields[0::3], map(sys.intern, fields[2::3])))
                continue
            for raw in lines:  # a blank or malformed line in this block: line by line, as jieba
                line = raw.strip().decode("utf-8")
                if line:
                    parts = line.split(" ")
                    if len(parts) != 3:
                        raise ValueError(f"invalid POS dictionary entry: {line!r}")
                    tags[parts[0]] = sys.intern(parts[2])
    return tags


def _jieba_hmm() -> tuple[dict, dict, dict, dict, Callable]:
    """jieba's part-of-speech HMM (char states, start, transition, emission, viterbi): from
    ``jieba.posseg`` when something imported it already, else from its data modules alone."""
    loaded = sys.modules.get("jieba.posseg")
    if loaded is not None:
        return loaded.char_state_tab_P, loaded.start_P, loaded.trans_P, loaded.emit_P, loaded.viterbi
    import jieba

    folder = Path(jieba.__file__).parent / "posseg"
    mods = {}
    for name in ("char_state_tab", "prob_start", "prob_trans", "prob_emit", "viterbi"):
        spec = importlib.util.spec_from_file_location(f"govtext._jieba_posseg_{name}", folder / f"{name}.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mods[name] = mod
    return (mods["char_state_tab"].P, mods["prob_start"].P, mods["prob_trans"].P, mods["prob_emit"].P,
            mods["viterbi"].viterbi)


_MIN_FLOAT = -3.14e100  # jieba's emission floor for an unseen character
_MIN_INF = float("-inf")


class Hmm:
    """jieba's part-of-speech HMM (``jieba.posseg.viterbi``) with the same sums in the same order,
    so the same path, four ways faster:

    - states are numbered in their sort order (a tuple's hash is computed at every lookup; an int's
      is itself), so comparing numbers breaks ties as comparing the states does;
    - only the transitions that exist are visited (BMES tags make the table sparse): ``into[y]``
      maps the states with a transition to ``y`` to its log probability;
    - a state with many predecessors (B and S: any E or S before) visits them by decreasing
      probability and stops at the first whose probability plus the greatest transition into ``y``
      falls below the best sum found: floating-point addition is monotonic, so no later state can
      reach or tie it;
    - a set of states is an int with bit ``y`` set for state ``y``, so a candidate state is reachable
      when its predecessors' bits meet the live states' bits (one ``&``, not a set test of each live
      state), and a first character's probabilities are read once per character.

    The best predecessor is the greatest ``(probability, state)``, as in jieba.
    """

    def __init__(self, states: dict, start_p: dict, trans_p: dict, emit_p: dict):
        names = sorted(trans_p)
        ids = {y: i for i, y in enumerate(names)}
        self.names = names
        self._ids = ids
        self._char_states = states
        self._char_ids: dict[str, tuple[int, ...]] = {}
        self._start = [start_p[y] for y in names]
        self._emit = [emit_p[y] for y in names]
        self._trans = [{ids[y]: p for y, p in trans_p[y0].items()} for y0 in names]
        self._has_next = [bool(t) for t in self._trans]
        into: list[dict[int, float]] = [{} for _ in names]
        for y0, nexts in enumerate(self._trans):
            for y, p in nexts.items():
                into[y][y0] = p
        self._into = into
        self._bits = [1 << y for y in range(len(names))]  # a set of states as an int: bit y for state y
        self._into_masks = [reduce(or_, (self._bits[y0] for y0 in d), 0) for d in into]
        self._top = [max(d.values()) if d else _MIN_INF for d in into]
        self._wide = [len(d) > 4 for d in into]
        self._wide_sources = frozenset(y0 for d in into if len(d) > 4 for y0 in d)
        self._all = tuple(range(len(names)))
        self._info: dict[str, tuple] = {}
        self._firsts: dict[str, tuple[dict[int, float], dict[int, int], int]] = {}

    def _states_of(self, ch: str) -> tuple[int, ...]:
        got = self._char_ids.get(ch)
        if got is None:
            tab = self._char_states.get(ch)
            got = self._all if tab is None else tuple(sorted(self._ids[y] for y in tab))
            self._char_ids[ch] = got
        return got

    def _char_info(self, ch: str) -> tuple:
        """``(y, emission of ch in y, y's predecessors (a dict), their set (bits), y is wide, top)`` for
        each state ``y`` of ``ch``, in state order: read once per character instead of once per step."""
        got = self._info.get(ch)
        if got is None:
            emit, into, into_masks, wide, top = self._emit, self._into, self._into_masks, self._wide, self._top
            got = self._info[ch] = tuple((y, emit[y].get(ch, _MIN_FLOAT), into[y], into_masks[y], wide[y], top[y])
                                         for y in self._states_of(ch))
        return got

    def _first(self, ch: str) -> tuple[dict[int, float], dict[int, int], int, list[tuple[int, float]]]:
        """The probabilities of the first character's states (start + emission), their back pointers
        (none), their set (bits) and those with many successors by decreasing probability (the
        second step's ``ranked``, a sort of up to all states otherwise made at every call), read once
        per character (none is changed afterwards)."""
        got = self._firsts.get(ch)
        if got is None:
            v = {row[0]: self._start[row[0]] + row[1] for row in self._char_info(ch)}
            ranked = sorted([kv for kv in v.items() if kv[0] in self._wide_sources], key=_SECOND, reverse=True)
            got = self._firsts[ch] = (v, dict.fromkeys(v, -1), reduce(or_, map(self._bits.__getitem__, v), 0), ranked)
        return got

    def viterbi(self, obs: str) -> tuple[float, list]:
        """``jieba.posseg.viterbi(obs, ...)``: ``(probability, [state per character])``."""
        emit, trans, has_next = self._emit, self._trans, self._has_next
        wide_sources = self._wide_sources
        bits = self._bits
        v, first_mem, live, first_ranked = self._first(obs[0])
        mem_path: list[dict] = [first_mem]
        for t in range(1, len(obs)):
            ch = obs[t]
            if t > 1:
                live = reduce(or_, map(bits.__getitem__, v), 0)
            # the states of ch that a live state leads to (jieba: the union of the live states'
            # transitions, intersected with ch's states), found from each candidate's predecessors
            info = [row for row in self._char_info(ch) if row[3] & live]
            if not info:  # none of ch's states is reachable: every reachable state, as jieba
                expect = set().union(*[trans[x] for x in v if has_next[x]])
                obs_states = expect if expect else self._all
                info = [(y, emit[y].get(ch, _MIN_FLOAT), self._into[y], None, self._wide[y], self._top[y])
                        for y in obs_states]
            # the live states with many successors, by decreasing probability (when needed)
            ranked = first_ranked if t == 1 else None
            nv: dict[int, float] = {}
            mem: dict[int, int] = {}
            for y, em, sources, _set, is_wide, ty in info:
                bp = by = None
                if not is_wide:
                    for y0, p in sources.items():
                        vy0 = v.get(y0)
                        if vy0 is not None:
                            s = vy0 + p + em
                            if bp is None or s > bp or (s == bp and y0 > by):
                                bp, by = s, y0
                else:
                    if ranked is None:
                        ranked = sorted([kv for kv in v.items() if kv[0] in wide_sources], key=_SECOND, reverse=True)
                    for y0, vy0 in ranked:
                        if bp is not None and vy0 + ty + em < bp:
                            break
                        p = sources.get(y0)
                        if p is not None:
                            s = vy0 + p + em
                            if bp is None or s > bp or (s == bp and y0 > by):
                                bp, by = s, y0
                if bp is None or bp == _MIN_INF:  # no finite path: jieba's tie-break over all
                    bp, by = max((v[y0] + trans[y0].get(y, _MIN_INF) + em, y0) for y0 in v if has_next[y0])
                nv[y] = bp
                mem[y] = by
            v = nv
            mem_path.append(mem)
        prob, state = max(zip(v.values(), v))  # the greatest (probability, state); mem_path[-1] has v's states
        names = self.names
        route: list = [None] * len(obs)
        for i in range(len(obs) - 1, -1, -1):
            route[i] = names[state]
            state = mem_path[i][state]
        return prob, route


_SECOND = itemgetter(1)  # the probability of a (state, probability) pair


@lru_cache(maxsize=4096)
def _between_blocks(blk: str) -> tuple[Pair, ...]:
    """jieba's pairs for the text between two blocks (punctuation, spaces): the same few strings
    (``，``, ``。``, ``、``) recur, so they are read once."""
    out: list[Pair] = []
    for x in _RE_SKIP_INTERNAL.split(blk):
        if _RE_SKIP_INTERNAL.match(x):
            out.append((x, "x"))
            continue
        for xx in x:
            if _RE_NUM.match(xx):
                out.append((xx, "m"))
            elif _RE_ENG.match(x):  # sic: jieba tests the whole block here
                out.append((xx, "eng"))
            else:
                out.append((xx, "x"))
    return tuple(out)


class Tagger:
    """jieba's ``POSTokenizer.lcut`` (with HMM) over ``tokenizer`` and the tag table ``tags``."""

    def __init__(self, tokenizer, tags: dict[str, str]):
        self.tokenizer = tokenizer
        self.tags = tags
        states, start, trans, emit, _ = _jieba_hmm()
        self.hmm = Hmm(states, start, trans, emit)
        self._routes = word_routes(tokenizer)  # shared with the segmenter
        # a run the HMM cuts, and a block between punctuation, recur in the overlapping windows
        # extractors tag (each block is cut alone, so its words depend on the block only)
        self._hmm_words = lru_cache(maxsize=16384)(self._hmm_tuple)
        self._block_words = lru_cache(maxsize=16384)(self._block_tuple)
        self._blocks_total = None  # the tokenizer's total when the block cache was filled

    def lcut(self, sentence: str) -> list[Pair]:
        out: list[Pair] = []
        total = self.tokenizer.total
        if total != self._blocks_total:  # words were added to the tokenizer: cached cuts are stale
            self._block_words.cache_clear()
            self._hmm_words.cache_clear()
            self._blocks_total = total
        block_words = self._block_words
        # split with one group: the blocks of Han characters, letters and digits at the odd places,
        # the text between them (no character of a block, possibly empty) at the even ones
        for i, blk in enumerate(_RE_HAN_INTERNAL.split(sentence)):
            if i & 1:
                out.extend(block_words(blk))
                continue
            if blk:
                out.extend(_between_blocks(blk))
        return out

    def _block_tuple(self, block: str) -> tuple[Pair, ...]:
        """jieba's ``POSTokenizer.__cut_DAG`` of a block of Han characters, letters and digits: the
        route's words (:meth:`govtext.text.segmentation.WordRoutes.pieces`) with their tags."""
        out: list[Pair] = []
        tags = self.tags
        for piece, run in self._routes.pieces(block):
            if run:
                self._flush(piece, out)
            else:
                out.append((piece, tags.get(piece, "x")))
        return tuple(out)

    def _flush(self, buf: str, out: list[Pair]) -> None:
        """A run of single characters: one word, an unknown run for the HMM, or known characters."""
        tags = self.tags
        if len(buf) == 1:
            out.append((buf, tags.get(buf, "x")))
        elif not self.tokenizer.FREQ.get(buf):
            if _RE_HAN_RUN.fullmatch(buf):  # Han characters only (the usual run): one HMM cut, as _cut_detail's
                out.extend(self._hmm_words(buf))
            else:
                out.extend(self._cut_detail(buf))
        else:
            out.extend([(ch, tags.get(ch, "x")) for ch in buf])

    def _cut_detail(self, sentence: str) -> Iterator[Pair]:
        for blk in _RE_HAN_DETAIL.split(sentence):
            if _RE_HAN_DETAIL.match(blk):
                yield from self._hmm_words(blk)
                continue
            for x in _RE_SKIP_DETAIL.split(blk):
                if x:
                    yield x, "m" if _RE_NUM.match(x) else "eng" if _RE_ENG.match(x) else "x"

    def _hmm_tuple(self, sentence: str) -> tuple[Pair, ...]:
        return tuple(self._hmm(sentence))

    def _hmm(self, sentence: str) -> Iterator[Pair]:
        _prob, pos_list = self.hmm.viterbi(sentence)
        begin = nexti = 0
        for i, char in enumerate(sentence):
            pos = pos_list[i][0]
            if pos == "B":
                begin = i
            elif pos == "E":
                yield sentence[begin:i + 1], pos_list[i][1]
                nexti = i + 1
            elif pos == "S":
                yield char, pos_list[i][1]
                nexti = i + 1
        if nexti < len(sentence):
            yield sentence[nexti:], pos_list[nexti][1]


@lru_cache(maxsize=1)
def tagger() -> Tagger:
    """The shared tagger over :func:`govtext.text.segmentation.tokenizer`, with govtext's word tags."""
    tk = tokenizer()
    with _LOCK:
        loaded = sys.modules.get("jieba.posseg")
        if loaded is not None and tk.dictionary == loaded.dt.tokenizer.dictionary:
            tags = dict(loaded.dt.word_tag_tab)
        else:
            tags = word_tags(tk.get_dict_file())
        tags.update({word: tag for word, _freq, tag in user_words() if tag})  # as add_word records them
        return Tagger(tk, tags)


@lru_cache(maxsize=1)
def pos_tokenizer():
    """jieba's own part-of-speech tagger over :func:`~govtext.text.segmentation.tokenizer`, holding govtext's word tags.

    One tagger for every caller: jieba moves the user words' tags into the first tagger built on
    a tokenizer, so a second tagger would silently lack them. The tag table of jieba's own word
    list is copied from the one ``jieba.posseg`` loads at import instead of being read again.
    """
    tk = tokenizer()
    with _LOCK:
        import jieba
        import jieba.posseg as pseg

        if tk.dictionary == jieba.dt.dictionary:
            tagger = pseg.POSTokenizer.__new__(pseg.POSTokenizer)
            tagger.tokenizer, tagger.word_tag_tab = tk, dict(pseg.dt.word_tag_tab)
        else:
            tagger = pseg.POSTokenizer(tk)
        tagger.makesure_userdict_loaded()
        return tagger


@lru_cache(maxsize=16384)
def pos_pairs(text: str) -> tuple[tuple[str, str], ...]:
    """``(word, tag)`` pairs of a short clean string (:func:`tagger`, the same
    tags as :func:`pos_tokenizer`), cached: the windows extractors tag (a name after a title,
    the words around a number) recur.

    >>> pos_pairs("区长胡玉华")
    (('区长', 'nnt'), ('胡玉华', 'nr'))
    """
    return tuple(tagger().lcut(text)) if text else ()
