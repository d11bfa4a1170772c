"""Headings and the section hierarchy.

Official documents number their headings (GB/T 9704-2012: ``一、`` / ``（一）`` / ``1．`` /
``（1）``, see ``lexicons/numbering.tsv``); a heading is either a line of its own
(``一、把握总体要求``) or run in, ending at the first ``。`` (``（一）指导思想。以党的…``).
News features use short unnumbered headings standing alone between paragraphs
(``示范引领 真学深思 学习教育入脑入心``); photo captions look alike, so in a run of short lines
a line in the two-part spaced style, or else the last line, is the heading and the rest are
captions.

>>> enumerator("（一）指导思想。以党的十八大精神为指导")
('（一）', 2)
>>> enumerator("4.8万件实事") is None
True
>>> heading_title("（一）指导思想。以党的十八大精神为指导", 3)
'指导思想'
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

import regex

from govtext.lexicons import load_rows
from govtext.structure.lines import Line
from govtext.text import fastre

__all__ = ["enumerator", "heading_title", "column_width", "mark_news_headings"]

_RUN_IN_STOP = regex.compile(r"[。；！？：:]")
_MAX_RUN_IN = 50


@lru_cache(maxsize=1)
def _enumerators() -> tuple[tuple[int, "regex.Pattern"], ...]:
    out = []
    for row in load_rows("numbering.tsv"):
        out.append((int(row["level"]), fastre.compile(row["pattern"])))
    return tuple(out)


def enumerator(text: str) -> Optional[tuple[str, int]]:
    """``(enumerator, level)`` when ``text`` opens with a heading number, else ``None``."""
    for level, pattern in _enumerators():
        m = pattern.match(text)
        if m:
            return m.group(), level
    return None


def heading_title(text: str, enum_len: int) -> str:
    """The heading's words: the run-in part up to the first ``。`` (or the whole short line)."""
    rest = text[enum_len:].strip()
    m = _RUN_IN_STOP.search(rest)
    if m and m.start() <= _MAX_RUN_IN:
        return rest[: m.start()]
    if len(rest) <= _MAX_RUN_IN:
        return rest
    comma = rest.find("，")
    return rest[:comma] if 0 < comma <= 30 else rest[:30]


def column_width(lines: Sequence[Line]) -> int:
    """The printed column width: the 75th percentile of line lengths."""
    lengths = sorted(len(ln.flat) for ln in lines)
    return lengths[(3 * len(lengths)) // 4] if lengths else 0


def mark_news_headings(lines: Sequence[Line], roles: list[str]) -> None:
    """Mark unnumbered headings (and the captions beside them) in a news layout, in place.

    A candidate is a short line standing alone after a finished sentence. In a run of
    candidates followed by body text, the heading is the line in the spaced two-part style,
    else the whole run when it is one or two plain lines (a kicker and a heading), else the
    last line; the others are photo captions. A run with no body after it is captions.
    A lone line with a comma is left in the body (it may be a wrapped sentence).
    """
    width = column_width(lines)
    n = len(lines)
    i = 0
    while i < n:
        if not _is_candidate(lines, roles, i, width):
            i += 1
            continue
        j = i
        while j + 1 < n and _is_candidate(lines, roles, j + 1, width):
            j += 1
        run = list(range(i, j + 1))
        plain = [k for k in run if "，" not in lines[k].flat]
        follows_body = j + 1 < n and roles[j + 1] == "body"
        if not follows_body:
            heads = [k for k in plain if _two_part(lines[k])]
        elif not plain:
            heads = []
            if len(run) == 1:
                run = []
        else:
            spaced = [k for k in plain if _two_part(lines[k])]
            if spaced:
                heads = [spaced[-1]]
            elif len(plain) == len(run) <= 2:
                heads = run
            else:
                heads = [plain[-1]]
        for k in run:
            roles[k] = "heading" if k in heads else "caption"
        i = j + 1


def _two_part(ln: Line) -> bool:
    """The spaced two- or three-part heading style: ``以上率下 树行动标杆``."""
    return len(ln.text.split()) >= 2


def _is_candidate(lines: Sequence[Line], roles: Sequence[str], i: int, width: int) -> bool:
    ln = lines[i]
    if roles[i] != "body" or not ln.titleish or len(ln.flat) > 30 or enumerator(ln.flat):
        return False
    if len(ln.flat) >= max(8, 0.8 * width):
        return False  # a full line of a wrapped paragraph
    starts_block = i == 0 or ln.blank_before or roles[i - 1] != "body" or lines[i - 1].ends_sentence
    if not starts_block:
        return False
    return "，" not in ln.flat or (ln.blank_before and ln.blank_after)
