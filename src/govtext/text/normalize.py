"""A clean, simplified view of a raw document that remembers where every character came from.

Extractors read :attr:`NormText.text`: traditional characters converted to simplified
(OpenCC ``t2s``), full-width digits, letters and ``％`` folded to ASCII, ASCII punctuation
next to Chinese folded to its full-width form, spaces between Chinese characters removed,
and hard line wraps (newspaper and PDF columns, blank lines inside sentences) joined.
Every character of the clean text maps back to one raw character, so a span found in the
clean text reports raw offsets that slice the original input exactly.

>>> nt = normalize("2014年 3月 9日，群众\\n\\n路线")
>>> nt.text
'2014年3月9日，群众路线'
>>> s, e = nt.to_raw(0, 9)
>>> nt.raw[s:e]
'2014年 3月 9日'
"""
from __future__ import annotations

import bisect
import re
from array import array
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version as _dist_version
from typing import Iterator

import regex

from govtext.lexicons import lexicon_dir, load_rows
from govtext.text.patterns import SMALL_NUMERALS
from govtext.text import fastre

__all__ = ["NormText", "normalize", "normalize_lines", "simplified_lines", "to_simplified", "to_simplified_lines"]

_HSPACE = r"[ \t\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff]"
# Characters that make a neighbouring space meaningless (Chinese script and punctuation).
# (full-width digits and letters are not among them: ２１ ２１ keeps its space as 21 21 does)
_CJK = r"[\p{Han}\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uffef\u2010-\u206f\u2190-\u21ff\u25a0-\u25ff\u2600-\u26ff]"
# Runs of spaces start only where a run starts ((?<!…)): without that left boundary, every
# position inside a long run of spaces would rescan the run (quadratic time).
_RE_NEWLINE_RUN = regex.compile(rf"(?<!{_HSPACE}){_HSPACE}*(?:\r?\n|\r)(?:{_HSPACE}|\r?\n|\r)*")
_RE_INNER_SPACE = regex.compile(rf"(?<={_CJK}){_HSPACE}+|(?<!{_HSPACE}){_HSPACE}+(?={_CJK})")
_HSPACE_CHARS = frozenset(" \t\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff")  # the characters of _HSPACE
# _RE_NEWLINE_RUN's runs found from their first line break: the engine scans for a class at a match's
# start, where the lookbehind made it try every position (_newline_runs adds the spaces before)
_RE_BREAK_RUN = re.compile(rf"[\r\n][{_HSPACE[1:-1]}\r\n]*")
# A line that starts with an enumerator, a dash or a bullet starts a new block (a decimal number
# such as 17.3万亿元 that a wrap put at the head of a line is no enumerator).
_RE_BLOCK_START = regex.compile(
    rf"^(?:[{SMALL_NUMERALS}]+[、．.]|[（(][{SMALL_NUMERALS}\d]+[）)]|\d+(?:[．.](?!\d)|、)|——|──|[●■◆▲★☆【]|第[{SMALL_NUMERALS}百\d]+[章节条部分節條])"
)
_HARD_END = set("。！？!?；;：:…")
# Besides letters, digits and Chinese, a layout wrap may fall after a character that cannot end a
# sentence (a comma, a decimal point, U+E010 printed for one, a sign, an opening bracket or quotation mark) and before one
# that cannot start a line of its own (a closing mark, a sign, sentence punctuation)
_WRAP_BEFORE = frozenset("，,、.．\ue010%％‰（(“‘《〈【·/～~×+-—°≥≤±")
_WRAP_AFTER = frozenset("%％‰.．\ue010，,、）)”’》〉】。；;：:！？!?…·/～~×°′″≥≤±")
_CLOSERS = set("”’」』）)】》")
_RE_ASCII_PAIR = regex.compile(r"\(([^()\n]{0,80}?\p{Han}[^()\n]{0,80}?)\)")
_TEXTISH = fastre.compile(rf"{_CJK}|[\p{{L}}\p{{N}}]")
_RE_HSPACE = fastre.compile(_HSPACE)
_TEXTISH_CHARS: dict[str, bool] = {}  # _TEXTISH's answer per character: the class of \p{L} is a long list
# of ranges for the engine (about 2 µs a test), and the characters around line breaks are few


def _textish(ch: str) -> bool:
    """Does ``_TEXTISH`` match the character ``ch``?"""
    got = _TEXTISH_CHARS.get(ch)
    if got is None:
        got = _TEXTISH_CHARS[ch] = _TEXTISH.match(ch) is not None
    return got


@dataclass(frozen=True)
class NormText:
    """The normalized view of ``raw``: ``text`` plus ``offsets[i]`` = raw index of ``text[i]``."""

    raw: str
    text: str
    offsets: array  # len(text) + 1 entries; the last one is len(raw)

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean span ``[start, end)`` to the raw span covering the same characters."""
        if end <= start:
            pos = self.offsets[min(max(start, 0), len(self.text))]
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1

    def raw_slice(self, start: int, end: int) -> str:
        s, e = self.to_raw(start, end)
        return self.raw[s:e]

    def to_norm(self, raw_pos: int) -> int:
        """The first clean index whose raw position is at or after ``raw_pos``."""
        return bisect.bisect_left(self.offsets, raw_pos, 0, len(self.text))


@lru_cache(maxsize=1)
def _opencc():
    import opencc  # deferred: import govtext must stay cheap

    return opencc.OpenCC("t2s")


_RE_SURROGATE = regex.compile(r"[\ud800-\udfff]")


@lru_cache(maxsize=1)
def _triggers() -> "re.Pattern | None":
    """The characters up to U+FFFF without which OpenCC's t2s leaves a text of such characters as it is
    (``lexicons/opencc_triggers.tsv``), as one character class of the standard library's engine (which
    scans a class of these alone in a few nanoseconds a character, and one with astral characters a
    hundred times slower); ``None`` (every text is converted) when the file was read from another
    version of the opencc package than the one installed, or is not in the lexicon directory."""
    if not (lexicon_dir() / "opencc_triggers.tsv").is_file():
        return None
    rows = load_rows("opencc_triggers.tsv")
    try:
        installed = _dist_version("opencc")
    except PackageNotFoundError:
        return None
    if not rows or any(row["opencc"] != installed for row in rows):
        return None
    chars = sorted({c for row in rows for c in row["chars"] if ord(c) <= 0xFFFF})
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")


def to_simplified(text: str) -> str:
    """Traditional → simplified with OpenCC (``遼寧日報`` → ``辽宁日报``).

    Lone surrogates (from ``surrogateescape`` decoding) cannot pass through OpenCC's UTF-8
    interface; they are stood in for by U+FFFD and put back afterwards. Of a text without astral
    characters, OpenCC sees only the lines that hold one of its triggers (:func:`_triggers`): no
    dictionary key holds a line break, so each line converts as it would in the whole text, and a
    line without a trigger converts to itself (most documents are written in simplified script: a
    line or two of theirs, if any, is converted).
    """
    if not text:
        return text
    if _RE_SURROGATE.search(text) is None:
        triggers = _triggers()
        if triggers is None or fastre.has_astral(text):
            return _fold_variants(_opencc().convert(text))
        m = triggers.search(text)
        if m is None:
            return _fold_variants(text)
        spans: list[tuple[int, int]] = []  # the lines that hold a trigger
        while m is not None:
            start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
            end = len(text) if end < 0 else end
            spans.append((start, end))
            m = triggers.search(text, end)
        if spans[0] == (0, len(text)):
            return _fold_variants(_opencc().convert(text))
        converted = _opencc().convert("\n".join(text[s:e] for s, e in spans)).split("\n")
        if len(converted) != len(spans):
            return _fold_variants(_opencc().convert(text))
        pieces, pos = [], 0
        for (s, e), line in zip(spans, converted):
            pieces += (text[pos:s], line)
            pos = e
        pieces.append(text[pos:])
        return _fold_variants("".join(pieces))
    holes = [m.start() for m in _RE_SURROGATE.finditer(text)]
    out = _opencc().convert(_RE_SURROGATE.sub("\ufffd", text))
    if len(out) != len(text):
        return text
    chars = list(out)
    for i in holes:
        chars[i] = text[i]
    return _fold_variants("".join(chars))


@lru_cache(maxsize=1)
def _variants() -> tuple[dict[int, str], "regex.Pattern | None"]:
    """The Chinese characters of charmap.tsv's always-fold rows: Hong Kong and Taiwan variant forms
    OpenCC's ``t2s`` leaves as they are (``衞`` → ``卫``, ``敍`` → ``叙``)."""
    table = {c: v for c, v in _tables()[0].items() if regex.match(r"\p{Han}", chr(c))}
    if not table:
        return table, None
    return table, fastre.compile("[" + "".join(regex.escape(chr(c)) for c in sorted(table)) + "]")


@lru_cache(maxsize=1)
def _phrase_marks() -> tuple[dict[str, list[tuple[int, str, str]]], "regex.Pattern | None"]:
    """script_phrases.tsv by the character each word differs in from its simplified form (座 of 座标, 著 of
    随著): ``{mark: [(index of the mark in the word, word, simplified)]}``, and a class of the marks
    (searched for alone: one scan of the text, the words tried only where a mark stands)."""
    words = _script_phrases()
    by_mark: dict[str, list[tuple[int, str, str]]] = {}
    for w, v in sorted(words.items(), key=lambda kv: -len(kv[0])):
        k = next(i for i, (a, b) in enumerate(zip(w, v)) if a != b) if w != v else 0
        by_mark.setdefault(w[k], []).append((k, w, v))
    if not by_mark:
        return by_mark, None
    return by_mark, fastre.compile("[" + "".join(regex.escape(c) for c in sorted(by_mark)) + "]")


def _fold_phrases(text: str) -> str:
    by_mark, marks = _phrase_marks()
    if marks is None:
        return text
    out, pos = [], 0
    for m in marks.finditer(text):
        i = m.start()
        if i < pos:
            continue
        for k, w, v in by_mark[m.group()]:
            s = i - k
            if s >= pos and text.startswith(w, s) and not _keep_word_across(text, s, s + len(w)):
                out.append(text[pos:s])
                out.append(v)
                pos = s + len(w)
                break
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _fold_variants(text: str) -> str:
    table, pattern = _variants()
    if pattern is not None and pattern.search(text) is not None:
        text = pattern.sub(lambda m: table[ord(m.group())], text)
    return _fold_phrases(text)


def _keep_word_across(text: str, start: int, end: int) -> bool:
    """Does a word of ``lexicons/script_keep_words.tsv`` run across an edge of the phrase ``text[start:end]``,
    sharing its last character (随著名 is 随 + 著名, not 随着 + 名) or its first (显著重要 is 显著 + 重要)?"""
    keep = _script_keep_words()
    return text[end - 1:end + 1] in keep or (start > 0 and text[start - 1:start + 1] in keep)


@lru_cache(maxsize=1)
def _script_keep_words() -> frozenset[str]:
    """``lexicons/script_keep_words.tsv``: two-character words whose character a phrase folds keeps its reading in."""
    return frozenset(row["word"] for row in load_rows("script_keep_words.tsv"))


@lru_cache(maxsize=1)
def _script_phrases() -> dict[str, str]:
    """``lexicons/script_phrases.tsv``: words t2s leaves in a regional or old form → the simplified word."""
    return {row["from"]: row["to"] for row in load_rows("script_phrases.tsv")}


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], dict[str, dict[str, str]]]:
    """(always-fold table, {condition: {char: folded}}) from ``lexicons/charmap.tsv``."""
    always: dict[int, str] = {}
    cond: dict[str, dict[str, str]] = {"near_cjk": {}, "digits": {}, "pair_cjk": {}}
    for row in load_rows("charmap.tsv"):
        src, dst, when = row["from"], row["to"], row["when"]
        if len(src) != 1 or len(dst) != 1:
            raise ValueError(f"charmap.tsv: {src!r} → {dst!r} must map one character to one")
        if when == "always":
            always[ord(src)] = dst
        elif when in cond:
            cond[when][src] = dst
        else:
            raise ValueError(f"charmap.tsv: unknown condition {when!r} for {src!r}")
    for i in range(10):  # full-width digits
        always[0xFF10 + i] = str(i)
    for i in range(26):  # full-width letters
        always[0xFF21 + i] = chr(ord("A") + i)
        always[0xFF41 + i] = chr(ord("a") + i)
    return always, cond


def _line_lengths(raw: str) -> list[int]:
    """The length of each line without its spaces (0 for a line of spaces; a space between ``\r``
    and ``\n`` is such a line, counted or not: the threshold reads only lengths above 0)."""
    return [len(line) for line in _RE_HSPACE.sub("", raw).splitlines()]


def _wrap_threshold(raw: str) -> int:
    """Lines at least this long that stop without punctuation were wrapped by the layout."""
    lengths = sorted(n for n in _line_lengths(raw) if n)
    if not lengths:
        return 20
    width = lengths[(3 * len(lengths)) // 4]
    return max(6, min(int(width * 0.6), 20))


def _is_soft_break(raw: str, run_start: int, run_end: int, line_start: int, threshold: int) -> bool:
    """Is the line break in ``raw[run_start:run_end]`` a layout wrap inside a sentence?"""
    if run_start == 0 or run_end >= len(raw):
        return False
    prev, nxt = raw[run_start - 1], raw[run_end]
    if not (_textish(prev) or prev in _WRAP_BEFORE) or not (_textish(nxt) or nxt in _WRAP_AFTER):
        return False
    if prev in _HARD_END:
        return False
    if prev in _CLOSERS and run_start >= 2 and raw[run_start - 2] in _HARD_END:
        return False
    if run_start - line_start < threshold:
        return False  # too short even with its spaces
    line = raw[line_start:run_start]
    if _RE_HSPACE.search(line) is not None and len(_RE_HSPACE.sub("", line)) < threshold:
        return False
    next_line_end = raw.find("\n", run_end)
    next_line = raw[run_end: next_line_end if next_line_end >= 0 else len(raw)]
    return not _RE_BLOCK_START.match(next_line)


# Spaces web and PDF conversion leave inside a number: after a decimal point (36. 5) and between
# groups of three digits before a Chinese character (1 250万元); each pattern opens on a literal
# character, and the digit before it is tested in code (a lookbehind would slow the search)
_RE_DECIMAL_SPACE = fastre.compile(rf"[.．]({_HSPACE}+)[0-9]")
_RE_GROUP_SPACE = fastre.compile(rf"[0-9]{{1,3}}(?:{_HSPACE}[0-9]{{3}})+(?=[.．][0-9]|\p{{Han}})")
_DIGITS = frozenset("0123456789")
_RE_NUMBER_SPACE_HINT = fastre.compile(rf"[0-9.．]{_HSPACE}")  # where either pattern could match


def _number_spaces(raw: str) -> list[tuple[int, int]]:
    """The spaces inside numbers (see ``_RE_DECIMAL_SPACE``, ``_RE_GROUP_SPACE``)."""
    spans = []
    if _RE_NUMBER_SPACE_HINT.search(raw) is None:
        return spans
    if "." in raw or "．" in raw:
        for m in _RE_DECIMAL_SPACE.finditer(raw):
            if m.start() > 0 and raw[m.start() - 1] in _DIGITS:
                spans.append(m.span(1))
    for m in _RE_GROUP_SPACE.finditer(raw):
        if m.start() > 0 and raw[m.start() - 1] in _DIGITS:
            continue
        for i in range(m.start(), m.end()):
            if raw[i] in _HSPACE_CHARS:
                spans.append((i, i + 1))
    return spans


def _newline_runs(raw: str) -> Iterator[tuple[int, int]]:
    """The spans of ``_RE_NEWLINE_RUN.finditer(raw)``: each maximal run of spaces and line breaks that
    holds a line break (a run's spaces before its first break are spaces alone, and the character
    before the run is neither)."""
    for m in _RE_BREAK_RUN.finditer(raw):
        s, e = m.span()
        while s > 0 and raw[s - 1] in _HSPACE_CHARS:
            s -= 1
        yield s, e


def _deletions(raw: str) -> list[tuple[int, int]]:
    """Raw spans to drop from the clean view, in order, non-overlapping."""
    threshold = None  # computed at the first line break (a single line never needs it)
    line_start = 0
    # spaces inside the lines, read over the whole text: a line between two breaks neither starts nor
    # ends with a space (the break's run holds them), and a run of spaces next to a break, found
    # too, is dropped with the break anyway (all of the run but one newline character goes)
    spans = [sm.span() for sm in _RE_INNER_SPACE.finditer(raw)] if _RE_HSPACE.search(raw) is not None else []
    spans.extend(_number_spaces(raw))
    for s, e in _newline_runs(raw):
        if threshold is None:
            threshold = _wrap_threshold(raw)
        if _is_soft_break(raw, s, e, line_start, threshold) or s == 0 or e == len(raw):
            spans.append((s, e))
        else:  # keep exactly one newline character of the run
            nl = raw.find("\n", s, e)
            if nl < 0:
                nl = raw.find("\r", s, e)
            if nl > s:
                spans.append((s, nl))
            if nl + 1 < e:
                spans.append((nl + 1, e))
        line_start = e
    # the spaces at the text's edges (before a final newline at its end)
    lead = 0
    while lead < len(raw) and raw[lead] in _HSPACE_CHARS:
        lead += 1
    if lead:
        spans.append((0, lead))
    end = len(raw) - 1 if raw.endswith("\n") else len(raw)
    tail = end
    while tail > 0 and raw[tail - 1] in _HSPACE_CHARS:
        tail -= 1
    if tail < end:
        spans.append((tail, end))
    if raw.startswith("\ufeff"):
        spans.append((0, 1))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


@lru_cache(maxsize=1)
def _always_pattern() -> "regex.Pattern":
    return fastre.compile("[" + "".join(regex.escape(chr(c)) for c in sorted(_tables()[0])) + "]")


def _fold_always(text: str) -> str:
    """``text.translate`` by the always-fold table, touching only the characters it maps (a
    dictionary ``translate`` looks up every character; these are rare)."""
    table = _tables()[0]
    return _always_pattern().sub(lambda m: table[ord(m.group())], text)


@lru_cache(maxsize=1)
def _fold_patterns():
    _, cond = _tables()
    pats = []  # (pattern, table, the class of the table's characters: a text without them is not searched)
    if cond["near_cjk"]:
        chars = regex.escape("".join(cond["near_cjk"]))
        pats.append((regex.compile(rf"(?<={_CJK})[{chars}]|[{chars}](?={_CJK})"), cond["near_cjk"], fastre.compile(f"[{chars}]")))
    if cond["digits"]:
        chars = regex.escape("".join(cond["digits"]))
        pats.append((regex.compile(rf"(?<=\d)[{chars}](?=\d)"), cond["digits"], fastre.compile(f"[{chars}]")))
    return pats, cond["pair_cjk"]


# A full-width comma used as a thousands separator (12，480.50万元, as web pages print it): digit
# groups of three after one to three digits; the character before the number is tested in code
_RE_FW_GROUPS = fastre.compile(r"[0-9]{1,3}(?:，[0-9]{3})+(?![0-9])")
_NUMBER_CHARS = frozenset("0123456789.,，")


_RE_FW_GROUP_HINT = fastre.compile(r"[0-9]，[0-9]")


def _fold_fw_groups(text: str) -> str:
    if _RE_FW_GROUP_HINT.search(text) is None:
        return text

    def fold(m: "regex.Match") -> str:
        if m.start() > 0 and text[m.start() - 1] in _NUMBER_CHARS:
            return m.group()
        return m.group().replace("，", ",")

    return _RE_FW_GROUPS.sub(fold, text)


def _fold_conditional(text: str) -> str:
    pats, pair = _fold_patterns()
    for pattern, table, chars in pats:
        if chars.search(text) is not None:
            text = pattern.sub(lambda m: table[m.group()], text)
    text = _fold_fw_groups(text)
    if "(" in pair and ")" in pair and "(" in text:
        open_, close = pair["("], pair[")"]
        text = _RE_ASCII_PAIR.sub(lambda m: open_ + m.group(1) + close, text)
    return text


def _simplify_same_length(text: str) -> str:
    """OpenCC over the whole text; where a conversion changes length, fall back line by line."""
    out = to_simplified(text)
    if len(out) == len(text):
        return out
    parts = []
    for line in text.splitlines(keepends=True):
        conv = to_simplified(line)
        if len(conv) != len(line):
            conv = "".join(c2 if len(c2 := to_simplified(c)) == 1 else c for c in line)
        parts.append(conv)
    return "".join(parts)


_IDENTITY = array("l")  # 0, 1, 2, …: the offsets of kept characters are copied from it, not counted one by one
_IDENTITY_KEPT = 1 << 20   # grown for texts up to this length (8 MB); a longer text builds its own


def _identity(n: int) -> array:
    """An array holding ``0 … n - 1`` at least (the shared one unless ``n`` is very large)."""
    global _IDENTITY
    if len(_IDENTITY) >= n:
        return _IDENTITY
    if n > _IDENTITY_KEPT:
        return array("l", range(n))
    grown = array("l", _IDENTITY)
    grown.extend(range(len(grown), max(n, min(2 * len(grown), _IDENTITY_KEPT))))
    _IDENTITY = grown  # replaced whole, never changed in place
    return grown


def normalize(raw: str) -> NormText:
    """Build the clean view of ``raw`` with its offset map (see module docstring)."""
    if not isinstance(raw, str):
        raise TypeError(f"normalize() takes str, not {type(raw).__name__}")
    keep = array("l")
    ident = _identity(len(raw))
    pieces: list[str] = []
    pos = 0
    for s, e in _deletions(raw):
        if s > pos:
            keep.extend(ident[pos:s])
            pieces.append(raw[pos:s])
        pos = max(pos, e)
    if pos < len(raw):
        keep.extend(ident[pos:len(raw)])
        pieces.append(raw[pos:])
    keep.append(len(raw))
    text = "".join(pieces)
    text = _fold_always(text)
    text = _fold_conditional(text)
    text = _simplify_same_length(text)
    return NormText(raw=raw, text=text, offsets=keep)


def normalize_lines(lines: list[str]) -> list[str]:
    """``[normalize(line).text for line in lines]`` for lines without line breaks, with the
    character maps and OpenCC run once over all of them instead of once per line (no dictionary
    word spans a line break, so each line converts as it would alone).

    >>> normalize_lines(["（2014年 3月 9日）", "遼寧日報 ２０１４"])
    ['（2014年3月9日）', '辽宁日报2014']
    """
    if any("\n" in line or "\r" in line for line in lines):
        return [normalize(line).text for line in lines]
    kept = []
    for line in lines:
        if _RE_HSPACE.search(line) is None:
            kept.append(line)  # no space, no line break: _deletions(line) is empty
            continue
        pieces, pos = [], 0
        for s, e in _deletions(line):
            pieces.append(line[pos:s])
            pos = max(pos, e)
        pieces.append(line[pos:])
        kept.append("".join(pieces))
    folded = _fold_conditional(_fold_always("\n".join(kept)))
    parts = folded.split("\n")
    if len(parts) != len(lines) or _RE_SURROGATE.search(folded):
        return [normalize(line).text for line in lines]
    out = to_simplified(folded).split("\n")
    if len(out) == len(parts) and all(len(a) == len(b) for a, b in zip(out, parts)):
        return out
    return [_simplify_same_length(part) for part in parts]


@lru_cache(maxsize=4)
def simplified_lines(raw: str) -> tuple[tuple[int, str, str], ...]:
    """``(raw start, body, simplified body)`` of every line of ``raw`` (``body`` without its
    line break; the simplified body is ``body`` itself where OpenCC would change its length),
    converted in one OpenCC call and shared by the line readers (boilerplate, bylines).

    >>> simplified_lines("遼寧日報\\r\\n正文")
    ((0, '遼寧日報', '辽宁日报'), (6, '正文', '正文'))
    """
    starts, bodies, pos = [], [], 0
    for line in raw.splitlines(keepends=True):
        starts.append(pos)
        bodies.append(line.rstrip("\r\n"))
        pos += len(line)
    return tuple((start, body, simple if len(simple) == len(body) else body)
                 for start, body, simple in zip(starts, bodies, to_simplified_lines(bodies)))


def to_simplified_lines(lines: list[str]) -> list[str]:
    """``[to_simplified(line) for line in lines]`` for lines without line breaks, in one OpenCC
    call (no dictionary word spans a line break, so each line converts as it would alone).

    >>> to_simplified_lines(["遼寧日報", "", "會議"])
    ['辽宁日报', '', '会议']
    """
    joined = "\n".join(lines)
    if joined.count("\n") == len(lines) - 1 and not _RE_SURROGATE.search(joined):
        out = to_simplified(joined).split("\n")
        if len(out) == len(lines):
            return out
    return [to_simplified(line) for line in lines]
