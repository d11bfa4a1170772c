"""Compile a pattern with the standard library's ``re`` engine when that gives the same matches.

The ``regex`` module is what govtext's patterns are written for (``\\p{Han}``, repeated group names,
variable-length lookbehind), but on many patterns the standard library's engine is several times
faster: a long alternation of words (the qualifier and numeral word lists), a character class
scanned across a whole text. :func:`compile` returns an ``re`` pattern when the pattern can be
read by ``re`` with exactly the matches ``regex`` (version 0, the default) gives it, and the
``regex`` pattern otherwise:

- the class escapes whose meaning differs between the engines (``\\d``, ``\\s``, ``\\w``, their
  negations, ``\\p{…}``/``\\P{…}``) are replaced by the explicit character ranges ``regex`` itself
  matches (read once per process from the installed ``regex``, over every code point), so
  ``re``'s own Unicode tables never decide a match;
- a pattern with anything whose meaning could differ is left to ``regex``: word boundaries
  (``\\b``, ``\\B``, which use ``\\w``), ``IGNORECASE`` (full case folding), ``VERBOSE`` and
  comments (a ``[`` there would be misread), inline flags, POSIX classes, fuzzy or recursive
  constructs, branch resets, an escape ``re`` does not know; and a
  pattern ``re`` refuses (repeated group names, variable-length lookbehind) stays with ``regex``.

Use it where ``re`` was measured faster on real text (``benchmarks/profile_regex.py``); ``re``
is slower on some patterns (an alternation it cannot index by first character, whose branches
start with lookarounds). Callers must not use ``regex``-only match methods (``captures``,
``overlapped=``) on what it returns.

>>> p = compile(r"\\p{Han}{2}\\d+")
>>> type(p).__module__, p.search("第一章第12条").group()
('re', '章第12')
>>> type(compile(r"\\b中国")).__module__
'_regex'
"""
from __future__ import annotations

import re
import sys
import warnings
from functools import lru_cache
from typing import Union

import regex

__all__ = ["chars_of", "compile", "compile_bmp", "has_astral", "translate"]

Pattern = Union["re.Pattern[str]", "regex.Pattern[str]"]

_FLAGS = ((regex.MULTILINE, re.MULTILINE), (regex.DOTALL, re.DOTALL))
_ALLOWED = regex.MULTILINE | regex.DOTALL | regex.UNICODE | regex.VERSION0  # not VERBOSE: a comment may hold a [
_LETTER_ESCAPES = set("nrtfvaxuUAZ")          # ASCII letters that mean the same in both engines
_QUANTIFIER = re.compile(r"\{(?:\d+(?:,\d*)?|,\d+)\}")
_CLASS_ESCAPE = re.compile(r"\\(?:[dDsSwW]|[pP](?:\{[^{}]*\}|[A-Za-z]))")


def _all_code_points() -> str:
    """Every code point once, in order (lone surrogates included), as one string (4.4 MB: not kept)."""
    n = sys.maxunicode + 1
    buf = bytearray(4 * n)
    buf[0::4] = bytes(range(256)) * (n // 256)
    buf[1::4] = b"".join(bytes([m]) * 256 for m in range(256)) * (n // 65536)
    buf[2::4] = b"".join(bytes([h]) * 65536 for h in range(n // 65536))
    return buf.decode("utf-32-le", "surrogatepass")


# the class escapes govtext's patterns use, read together in one pass over every code point
# (the negations \D, \S, \W, \P{…} are their complements)
_COMMON = (r"\d", r"\s", r"\w", r"\p{Han}", r"\p{P}", r"\p{L}", r"\p{N}")
_RUNS: dict[str, list[tuple[int, int]]] = {}


def _runs(escape: str) -> list[tuple[int, int]]:
    """The code points ``regex`` matches with a positive class escape, as ``[first, last]`` runs."""
    if escape not in _RUNS:
        every = _all_code_points()
        for e in {escape, *_COMMON} - set(_RUNS):
            _RUNS[e] = [(m.start(), m.end() - 1) for m in regex.finditer(f"(?:{e})+", every)]
    return _RUNS[escape]


def _complement(runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The runs of code points outside ``runs`` (ascending, disjoint)."""
    out, last = [], -1
    for a, b in runs:
        if a > last + 1:
            out.append((last + 1, a - 1))
        last = b
    if last < sys.maxunicode:
        out.append((last + 1, sys.maxunicode))
    return out


def _regex_runs(escape: str) -> list[tuple[int, int]]:
    """The code points ``regex`` matches with ``escape`` (positive or negated), as runs."""
    if escape[1] in "DSWP":  # a negation: the complement of the positive escape's runs
        return _complement(_runs("\\" + escape[1].lower() + escape[2:]))
    return _runs(escape)


@lru_cache(maxsize=None)
def _extra_runs(escape: str) -> list[tuple[int, int]] | None:
    """For ``\\d``: the code points ``regex`` matches beyond what ``re``'s own ``\\d`` matches, as
    runs, when ``re``'s set lies inside ``regex``'s (checked over every code point); ``None``
    otherwise, and for the other escapes: ``re``'s ``\\s`` and ``\\w`` match code points ``regex``'s
    do not (``\\x1c``, ``²``), so those and the negations (where ``regex`` matches fewer) need
    explicit ranges, and those of ``\\s``, ``\\S`` are few and cheap anyway."""
    if escape != "\\d":
        return None
    n = sys.maxunicode + 1
    every = _all_code_points()
    mine = bytearray(n)
    for m in re.finditer(f"(?:{escape})+", every):
        mine[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    del every
    theirs = bytearray(n)
    for a, b in _regex_runs(escape):
        theirs[a:b + 1] = b"\x01" * (b + 1 - a)
    m_bits, t_bits = int.from_bytes(mine, "little"), int.from_bytes(theirs, "little")
    if m_bits & ~t_bits:
        return None                              # re matches a code point regex does not
    only = (t_bits & ~m_bits).to_bytes(n, "little")
    return [(m.start(), m.end() - 1) for m in re.finditer(b"\x01+", only)]


@lru_cache(maxsize=None)
def _ranges(escape: str) -> str:
    """A body for an ``re`` character class matching exactly the code points ``regex`` matches
    with the class escape ``escape``: ``re``'s own escape plus the ranges only ``regex`` matches
    where ``re``'s set lies inside ``regex``'s (cheap to compile: ``re`` tests its own escape by
    category, while an explicit class of thousands of code points costs milliseconds to compile),
    else every range written out."""
    extra = _extra_runs(escape)
    runs = _regex_runs(escape) if extra is None else extra
    body = "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in runs)
    return body if extra is None else body + escape   # the escape last: a following "-" is an error


def translate(pattern: str, flags: int = 0, bmp: bool = False) -> tuple[str, int] | None:
    """``(pattern, flags)`` for ``re`` with the matches ``regex`` gives ``pattern``, or ``None``; with
    ``bmp``, the matches on a text without astral characters (:func:`has_astral`) only: ``\\d`` stays
    ``re``'s own where the code points only ``regex`` takes for a digit are all astral (its class
    with those ranges written out is tested some two times slower)."""
    if flags & ~_ALLOWED:
        return None
    out: list[str] = []
    i, n, in_class = 0, len(pattern), False
    while i < n:
        c = pattern[i]
        if c == "\\":
            m = _CLASS_ESCAPE.match(pattern, i)
            if m:
                body = "\\d" if bmp and m.group() == "\\d" and _astral_only_extra_digits() else _ranges(m.group())
                out.append(body if in_class else f"[{body}]")
                i = m.end()
                continue
            nxt = pattern[i + 1:i + 2]
            if not nxt or (nxt.isascii() and nxt.isalpha() and (nxt not in _LETTER_ESCAPES or in_class and nxt in "AZ")):
                return None                      # \b, \B, \G, \X, \N{…}, \L<…> and the like
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
            elif c == "[" and pattern[i + 1:i + 2] in (":", "=", "."):
                return None                      # a POSIX class or collating element
            out.append(c)
            i += 1
            continue
        if c == "[":
            in_class = True
            out.append(c)
            i += 1
            if pattern[i:i + 1] == "^":
                out.append("^")
                i += 1
            if pattern[i:i + 1] == "]":          # a leading ] is a literal in both engines
                out.append("\\]")
                i += 1
            continue
        if c == "(" and pattern[i + 1:i + 2] == "?":
            kind = pattern[i + 2:i + 3]
            if kind == "P":
                if pattern[i + 3:i + 4] not in ("<", "="):
                    return None
            elif kind == "<":
                if pattern[i + 3:i + 4] not in ("=", "!"):
                    return None
            elif kind not in (":", "=", "!", ">"):
                return None                      # inline flags, comments, branch reset, recursion, conditionals
        if c == "{":
            if not _QUANTIFIER.match(pattern, i):
                return None                      # a literal brace, or regex's fuzzy matching
        out.append(c)
        i += 1
    if in_class:
        return None
    re_flags = 0
    for a, b in _FLAGS:
        if flags & a:
            re_flags |= b
    return "".join(out), re_flags


@lru_cache(maxsize=1)
def _astral_only_extra_digits() -> bool:
    """Do ``re``'s ``\\d`` and ``regex``'s match the same characters below U+10000?"""
    extra = _extra_runs("\\d")
    return extra is not None and all(a > 0xFFFF for a, _b in extra)


_RE_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def has_astral(text: str) -> bool:
    """Has ``text`` a character beyond U+FFFF (where a pattern of :func:`compile_bmp` may miss)?

    >>> has_astral("第12条"), has_astral("\U00016130")
    (False, True)
    """
    return _RE_ASTRAL.search(text) is not None


@lru_cache(maxsize=None)
def compile_bmp(pattern: str, flags: int = 0) -> "re.Pattern[str] | None":
    """An ``re`` pattern with the matches of ``regex.compile(pattern, flags)`` on every text without
    an astral character (:func:`has_astral`), or ``None`` when ``re`` cannot read it so."""
    done = translate(pattern, flags, bmp=True)
    if done is None:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)
            return re.compile(*done)
    except re.error:
        return None


@lru_cache(maxsize=None)
def compile(pattern: str, flags: int = 0) -> Pattern:
    """An ``re`` pattern with the matches of ``regex.compile(pattern, flags)``, else that ``regex`` pattern."""
    done = translate(pattern, flags)
    if done is not None:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", FutureWarning)
                return re.compile(*done)
        except re.error:
            pass                                 # repeated group names, variable-length lookbehind
    return regex.compile(pattern, flags)


@lru_cache(maxsize=None)
def chars_of(escape: str) -> frozenset[str]:
    """The characters ``regex`` matches with the class escape ``escape`` (``\\d``: every decimal digit
    it knows, not the ASCII ones alone), for a test of one character without a pattern.

    >>> sorted(c for c in chars_of(r"\\d") if c.isascii()), "٣" in chars_of(r"\\d"), "²" in chars_of(r"\\d")
    (['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'], True, False)
    """
    return frozenset(chr(c) for a, b in _regex_runs(escape) for c in range(a, b + 1))
