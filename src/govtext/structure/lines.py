"""Split a raw document into lines and give each line its layout role.

A :class:`Line` keeps its raw span (edges trimmed) and two simplified views: ``text`` with
spaces kept (bylines space names out) and ``flat`` with every space removed and full-width
digits folded (what the other rules read). :func:`intrinsic_roles` marks what a line is by its
own shape: boilerplate, 发文字号 (also in brackets), 版头 (``…文件``), date lines, subtitles
(``——…``), bylines (read by :mod:`govtext.structure.bylines`), photo captions, 印发/抄送 lines,
份号/密级/紧急程度 and registration marks, page numbers and web navigation, Markdown headings
(``## 第一章``). A line of spaces and zero-width characters alone is blank. Page chrome and
labelled fields need the page around them (:mod:`govtext.structure.roles`); titles, signatures
and headings the neighbouring lines (:mod:`govtext.structure.metadata`, :mod:`govtext.structure.sections`).

>>> lines = split_lines("新风扑面 情暖民心\\n\\n——海曙深入开展活动纪实\\n\\n海曙记者站 许玉芬 毛一波\\n")
>>> [(ln.flat, ln.blank_before) for ln in lines]
[('新风扑面情暖民心', False), ('——海曙深入开展活动纪实', True), ('海曙记者站许玉芬毛一波', True)]
>>> intrinsic_roles(lines)
['body', 'subtitle', 'byline']
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Optional, Sequence

import regex

from govtext.lexicons import load_rows
from govtext.structure.bylines import byline_names
from govtext.text.normalize import NormText, normalize, simplified_lines, to_simplified_lines
from govtext.text.organs import organ_name
from govtext.text.patterns import DATE_NUMERALS, DOC_NUMBER, SMALL_NUMERALS
from govtext.text import fastre
from govtext.values.doc_numbers import find_doc_numbers

__all__ = ["Line", "split_lines", "intrinsic_roles", "marker", "has_marker", "genre", "DATE_ONLY", "ROLES"]

ROLES = (
    "body", "boilerplate", "doc_number", "masthead", "dateline", "issued", "copied", "subtitle",
    "byline", "caption", "title", "kicker", "recipients", "signature", "heading", "docmark", "navigation",
)
MARKER_ROLES = ("meeting", "enacted", "lead")  # layout markers read by metadata, never a line's role
_SPACE = regex.compile(r"[\s\u3000\u00a0]+")
# edges of a line: spaces and the zero-width characters wiki and web text leave (a line of them alone is blank)
_LEAD = fastre.compile(r"^[\s\u200b-\u200d\u2060\ufeff\u00ad]+")
_TRAIL = fastre.compile(r"[\s\u200b-\u200d\u2060\ufeff\u00ad]+$")
_MARKDOWN = fastre.compile(r"^(?P<marks>#{1,6})[ \t]+(?P<text>\S.*?)[ \t#]*$")
# 发文字号 (text/patterns.DOC_NUMBER) on a line of its own (maybe with 签发人)
_DOC_NUMBER_LINE = regex.compile(rf"^[（(]?{DOC_NUMBER.pattern}[）)]?(?:\s*签发人[:：]?\s*\S+.*)?$")
# a date standing alone, possibly in brackets: the 成文日期 under a signature or a title, in
# Arabic figures (GB/T 9704-2012) or in Chinese numerals with a zero as 〇, ○ or 零 (the 1999 standard:
# 二○○五年一月五日)
DATE_ONLY = regex.compile(r"^[（(]?(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日"
                          rf"|[{DATE_NUMERALS}]{{4}}年[{SMALL_NUMERALS}]{{1,2}}月[{SMALL_NUMERALS}]{{1,3}}日)[）)]?$")
_MASTHEAD = regex.compile(r"^\p{Han}[\p{Han}（）()、]{2,40}文件$")
_SENTENCE_END = set("。！？；;!?…")
_HEAD_LINES = 15          # the 版头 and 发文字号 sit within the first lines
_SIGNERS = regex.compile(r"^\p{Han}{2,4}(?:[ \t\u3000]+\p{Han}{2,4})?$")
_BYLINE_MAX = 30          # a byline is a short line of its own
_WRAP_STUB = 4            # the longest tail a hard wrap leaves of a subtitle on its own line


@dataclass(frozen=True)
class Line:
    """One non-blank raw line: raw span (edges trimmed), simplified views, blank-line context."""

    index: int
    start: int
    end: int
    text: str
    flat: str
    blank_before: bool
    blank_after: bool

    @property
    def ends_sentence(self) -> bool:
        """Does the line end like a sentence (``。！？；``, maybe inside a closing quote)?"""
        s = self.flat.rstrip("”’」』)）")
        return bool(s) and s[-1] in _SENTENCE_END

    @property
    def markdown(self) -> int:
        """The level of a Markdown heading line (``# 标题`` 1, ``## 第一章`` 2), else 0."""
        m = _MARKDOWN.match(self.text)
        return len(m["marks"]) if m else 0

    @property
    def unmarked(self) -> str:
        """``flat`` without the ``#`` marks of a Markdown heading."""
        return self.flat.lstrip("#") if self.markdown else self.flat

    @cached_property
    def marker_chars(self) -> frozenset[str]:
        """The characters of ``text`` that layout markers need (see :func:`has_marker`), found once."""
        return frozenset(_needs_class().findall(self.text))

    @property
    def titleish(self) -> bool:
        """Short, and without the punctuation of running text: could be a title or heading."""
        return 0 < len(self.flat) <= 40 and not self.ends_sentence and "。" not in self.flat


def split_lines(raw: str, norm: Optional[NormText] = None) -> list[Line]:
    """The non-blank lines of ``raw`` in order (see :class:`Line`)."""
    norm = norm if norm is not None else normalize(raw)
    rows: list[list] = []  # [start, end, stripped, flat, blank_before, blank_after, simplified or None]
    blank = False
    # the lines in simplified script, converted once for the text (boilerplate_spans read them
    # already): an edge trimmed off a line is spaces and zero-width characters, which no OpenCC
    # phrase holds, so the trimmed line converts as the same stretch of the whole line
    for start, body, simple in simplified_lines(raw):
        lead = _LEAD.match(body)
        lead = lead.end() if lead else 0
        trail = _TRAIL.search(body, lead)
        stripped = body[lead: trail.start() if trail else len(body)]
        if not stripped:
            blank = True
            if rows:
                rows[-1][5] = True
            continue
        s = start + lead
        e = s + len(stripped)
        flat = norm.text[norm.to_norm(s): norm.to_norm(e)].replace("\n", "")
        flat = _SPACE.sub("", flat)
        # (simplified_lines keeps a line whose length OpenCC changes as it was: converted alone below)
        rows.append([s, e, stripped, flat, blank, False, None if simple is body else simple[lead:lead + len(stripped)]])
        blank = False
    alone = [row[2] for row in rows if row[6] is None]
    if alone:
        converted = iter(to_simplified_lines(alone))  # one OpenCC call, each line as alone
        for row in rows:
            if row[6] is None:
                row[6] = next(converted)
    return [_line(i, s, e, text, flat, before, after)
            for i, (s, e, _stripped, flat, before, after, text) in enumerate(rows)]


def _line(index: int, start: int, end: int, text: str, flat: str, blank_before: bool, blank_after: bool) -> Line:
    """``Line(index, start, end, text, flat, blank_before, blank_after)`` with its fields set at once
    (a frozen dataclass's ``__init__`` sets each through ``object.__setattr__``; a document has
    thousands of lines)."""
    ln = object.__new__(Line)
    ln.__dict__.update(index=index, start=start, end=end, text=text, flat=flat, blank_before=blank_before,
                       blank_after=blank_after)
    return ln


@lru_cache(maxsize=1)
def _markers() -> tuple[tuple[str, str, "regex.Pattern", str, str], ...]:
    out = []
    for row in load_rows("layout_markers.tsv"):
        if row["role"] not in ROLES + MARKER_ROLES:
            raise ValueError(f"layout_markers.tsv: {row['name']}: unknown role {row['role']!r}")
        out.append((row["name"], row["role"], fastre.compile(row["pattern"]), row.get("genre") or "",
                    row.get("needs") or ""))
    return tuple(out)


def genre(text: str, role: str) -> Optional[str]:
    """The news genre (a doc_type) that a line of ``role`` marks by its shape, or ``None``.

    >>> genre("本报评论员", "byline"), genre("——一论推进学习教育常态化制度化", "subtitle")
    ('评论', '评论')
    >>> genre("本报记者 张明远", "byline") is None
    True
    """
    for _name, r, pattern, kind, _needs in _markers():
        if r == role and pattern.search(text):
            return kind or None
    return None


@lru_cache(maxsize=8192)  # the layout passes ask about the same line again (and pages repeat their chrome)
def marker(text: str, role: str) -> Optional["regex.Match"]:
    """The first layout marker of ``role`` matching ``text`` (a simplified line), or ``None``.

    >>> marker("本报评论员", "byline") is not None
    True
    >>> marker("2014年10月24日14:32  来源:辽宁日报", "dateline")["source"]
    '辽宁日报'
    """
    gate = _role_gate(role)
    if gate is not None and gate.search(text) is None:
        return None  # none of the characters any marker of the role needs: one scan, not one a pattern
    for pattern, needs in _patterns_of(role):
        if needs is not None and needs.search(text) is None:
            continue  # a line with none of the characters every match contains
        m = pattern.search(text)
        if m:
            return m
    return None


@lru_cache(maxsize=None)
def _patterns_of(role: str) -> tuple[tuple["regex.Pattern", Optional["re.Pattern"]], ...]:
    """The marker patterns of ``role`` with their ``needs`` characters (as one character class:
    a single scan of the line), in file order (marker() runs for every line and role)."""
    return tuple((pattern, re.compile("[" + "".join(map(re.escape, needs)) + "]") if needs else None)
                 for _name, r, pattern, _genre, needs in _markers() if r == role)


@lru_cache(maxsize=None)
def _role_gate(role: str) -> Optional["re.Pattern"]:
    """The ``needs`` characters of all the markers of ``role`` as one class, when every marker
    lists some (a line with none of them matches no marker of the role), else ``None``."""
    rows = [needs for _name, r, _pattern, _genre, needs in _markers() if r == role]
    if not rows or not all(rows):
        return None
    return re.compile("[" + "".join(map(re.escape, sorted(set("".join(rows))))) + "]")


@lru_cache(maxsize=None)
def _needs_class() -> "re.Pattern":
    """Every ``needs`` character of every marker as one class: one scan of a line finds which of
    them it holds (:attr:`Line.marker_chars`)."""
    chars = sorted({c for _name, _r, _pattern, _genre, needs in _markers() for c in needs})
    return re.compile("[" + "".join(map(re.escape, chars)) + "]")


@lru_cache(maxsize=None)
def _needs_sets(role: str) -> tuple[Optional[frozenset[str]], tuple[tuple["regex.Pattern", Optional[frozenset[str]]], ...]]:
    """:func:`_role_gate` and :func:`_patterns_of` of ``role`` with their characters as sets."""
    gate = _role_gate(role)
    return (frozenset(c for _name, r, _p, _g, needs in _markers() if r == role for c in needs) if gate is not None else None,
            tuple((pattern, frozenset(needs) if needs else None)
                  for _name, r, pattern, _genre, needs in _markers() if r == role))


def has_marker(ln: Line, role: str) -> bool:
    """``marker(ln.text, role) is not None``, with the ``needs`` tests made on the characters of
    :attr:`Line.marker_chars` (found in one scan of the line, kept with it: the layout passes ask
    about a line's seven roles and their patterns, and one scan a test was most of their cost)."""
    return _has_marker(ln.text, role, ln.marker_chars)


def _has_marker(text: str, role: str, present: frozenset[str]) -> bool:
    """``marker(text, role) is not None`` for ``present``, the ``needs`` characters ``text`` holds."""
    gate, patterns = _needs_sets(role)
    if gate is not None and gate.isdisjoint(present):
        return False
    for pattern, needs in patterns:
        if needs is not None and needs.isdisjoint(present):
            continue
        if pattern.search(text):
            return True
    return False


_LINE_MARKER_ROLES = ("dateline", "issued", "copied", "docmark", "navigation", "byline", "caption")


@lru_cache(maxsize=1)
def _line_marker_sets() -> tuple[tuple[str, Optional[frozenset[str]], tuple], ...]:
    """``(role, *_needs_sets(role))`` of the roles :func:`_role` tries, in its order."""
    return tuple((role, *_needs_sets(role)) for role in _LINE_MARKER_ROLES)


def _uncovered(spans: Sequence[tuple[int, int]], ln: Line) -> str:
    """The characters of the line's raw text that no span covers."""
    cuts = [(max(a, ln.start) - ln.start, min(b, ln.end) - ln.start) for a, b in spans
            if a < ln.end and b > ln.start and a < b]
    if not cuts:
        return ln.text[:ln.end - ln.start]  # no span touches the line (most lines)
    keep = [True] * (ln.end - ln.start)
    for a, b in cuts:
        keep[a:b] = [False] * (b - a)
    return "".join(c for c, k in zip(ln.text, keep) if k)


def intrinsic_roles(lines: Sequence[Line], boilerplate: Sequence[tuple[int, int]] = ()) -> list[str]:
    """A role for each line judged from the line itself (``body`` when nothing fits)."""
    short = [ln.text for ln in lines if len(ln.flat) <= _BYLINE_MAX]  # byline candidates: one OpenCC call
    simple = dict(zip(short, to_simplified_lines(short)))
    roles = []
    for ln in lines:
        roles.append(_role(ln, boilerplate, simple))
    _mark_wrapped_subtitles(lines, roles)
    for i in range(len(lines) - 1):  # a subtitle set directly above its byline has no blank after it
        if roles[i] == "body" and roles[i + 1] == "byline" and _subtitle_like(lines[i]):
            roles[i] = "subtitle"
    _mark_caption_blocks(lines, roles)
    _mark_signers(lines, roles)
    _mark_mastheads(lines, roles)
    return roles


def _mark_signers(lines: Sequence[Line], roles: list[str]) -> None:
    """Further 签发人 names set on the lines under ``…号　签发人：张建国`` (GB/T 9704 7.2.6: two
    names a line) belong to the 发文字号 line, not to the title below."""
    for k in range(min(len(lines), _HEAD_LINES)):
        if roles[k] == "doc_number" and "签发人" in lines[k].flat:
            j = k + 1
            while j < len(lines) and roles[j] == "body" and not lines[j - 1].blank_after and _SIGNERS.match(lines[j].text):
                roles[j] = "doc_number"
                j += 1
            return


def _mark_mastheads(lines: Sequence[Line], roles: list[str]) -> None:
    """The 版头 beyond ``…文件``: organ names directly above the 发文字号 (``XX领导小组办公室``,
    no 文件) or above a ``…文件`` line (a joint 版头 of several organs), and a bare ``文件``."""
    for k in range(min(len(lines), _HEAD_LINES)):
        if roles[k] == "body" and lines[k].flat == "文件":
            roles[k] = "masthead"  # (also when set under the 发文字号 of a joint 版头)
    for k in range(min(len(lines), _HEAD_LINES)):
        if roles[k] not in ("doc_number", "masthead"):
            continue
        j = k - 1
        while j >= 0 and roles[j] == "body" and organ_name(lines[j].flat):
            roles[j] = "masthead"
            j -= 1
        if roles[k] == "doc_number":
            return


def _role(ln: Line, boilerplate: Sequence[tuple[int, int]], simple: Optional[dict[str, str]] = None) -> str:
    if boilerplate and _uncovered(boilerplate, ln).strip() == "":
        return "boilerplate"
    if ln.markdown > 1:
        return "heading"  # ``## 第一章 总则``: a Markdown section heading (``#`` is the title)
    if _DOC_NUMBER_LINE.match(ln.flat) or _order_number_line(ln):
        return "doc_number"
    if _MASTHEAD.match(ln.flat):
        return "masthead"
    if DATE_ONLY.match(ln.flat):
        return "dateline"
    present, text = ln.marker_chars, ln.text
    for role, gate, patterns in _line_marker_sets():  # has_marker(ln, role) for each role, inlined
        if gate is None or not gate.isdisjoint(present):
            for pattern, needs in patterns:
                if (needs is None or not needs.isdisjoint(present)) and pattern.search(text):
                    return role
        if role == "byline" and len(ln.flat) <= _BYLINE_MAX and byline_names(ln.text, (simple or {}).get(ln.text)):
            return role  # read by the one byline reader (structure.bylines, extract.bylines)
    # a dash line is a subtitle only when it reads like one (dash-led list items run on)
    if ln.blank_after and _subtitle_like(ln):
        return "subtitle"
    return "body"


_ORDER_LINE_MAX = 40   # an order or announcement number set alone under its title is short


def _order_number_line(ln: Line) -> bool:
    """Is the line one order or announcement number alone (``国家税务总局公告2023年第5号``, and with the
    joint issuers spaced apart ``财政部 税务总局公告2023年第5号``, as a portal sets it under the title)?"""
    if not ln.flat.endswith("号") or len(ln.flat) > _ORDER_LINE_MAX:
        return False
    flat = _SPACE.sub("", ln.flat)
    found = next(find_doc_numbers(flat), None)
    return found is not None and found[0] == 0 and found[1] == len(flat)


_RE_RUNNING_TEXT = regex.compile(r"[，,：:]")


def _mark_wrapped_subtitles(lines: Sequence[Line], roles: list[str]) -> None:
    """A dash subtitle that a hard wrap at the column width broke before its last characters
    (``——…实践活动纪`` / ``实``): both lines are the subtitle when the stub ends the block and
    only headline lines (no running text) stand above them."""
    lengths = sorted(len(ln.flat) for ln in lines)
    width = lengths[(3 * len(lengths)) // 4] if lengths else 0
    for i in range(min(len(lines), _HEAD_LINES) - 1):
        a, b = lines[i], lines[i + 1]
        if roles[i] != "body":
            continue
        if (roles[i + 1] == "body" and _subtitle_like(a) and not a.blank_after
                and len(a.flat) >= 0.85 * width and len(b.flat) <= _WRAP_STUB and b.titleish
                and (b.blank_after or i + 2 < len(lines) and roles[i + 2] == "byline")):
            roles[i] = roles[i + 1] = "subtitle"
            return
        if not a.titleish or _RE_RUNNING_TEXT.search(a.flat):
            return  # running text: past the head


def _subtitle_like(ln: Line) -> bool:
    return has_marker(ln, "subtitle") and ln.titleish and "，" not in ln.flat


def _mark_caption_blocks(lines: Sequence[Line], roles: list[str]) -> None:
    """A blank-line-separated block whose last line ends in a photo credit, or that says 图为, is a caption."""
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and not lines[j].blank_after:
            j += 1
        block = range(i, j + 1)
        if all(roles[k] == "body" for k in block):
            # (a block of one line is read once; the lines of a longer block are joined with spaces,
            # which no marker needs: the joined text holds the needed characters its lines hold)
            if has_marker(lines[j], "caption") or j > i and _has_marker(
                    " ".join(lines[k].text for k in block), "caption", frozenset().union(*(lines[k].marker_chars for k in block))):
                for k in block:
                    roles[k] = "caption"
        i = j + 1
