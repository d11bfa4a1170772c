"""Group classified lines into paragraphs with raw spans.

Layout lines (title, subtitle, byline, caption, signature …) keep their own paragraphs, one per
run of the same role. Body lines are joined across layout wraps and split where the normalized
view keeps a hard line break (:mod:`govtext.text.normalize` decides soft against hard breaks).
Boilerplate is left out (it stays addressable in ``Document.boilerplate``).

>>> from govtext.structure.lines import split_lines, intrinsic_roles
>>> from govtext.text.normalize import normalize
>>> raw = "新风扑面 情暖民心\\n\\n第一段正文写到这里。\\n第二段正文。\\n"
>>> norm = normalize(raw)
>>> lines = split_lines(raw, norm)
>>> roles = ["title", "body", "body"]
>>> [(raw[s:e], role) for s, e, role in build_paragraphs(lines, roles, norm)]
[('新风扑面 情暖民心', 'title'), ('第一段正文写到这里。', 'body'), ('第二段正文。', 'body')]
"""
from __future__ import annotations

import bisect
from typing import Sequence

from govtext.structure.lines import Line
from govtext.text.normalize import NormText

__all__ = ["build_paragraphs", "PARAGRAPH_ROLE"]

# line role -> Paragraph.role
PARAGRAPH_ROLE = {
    "body": "body", "heading": "heading", "caption": "caption", "byline": "byline",
    "title": "title", "kicker": "title", "subtitle": "title",
    "masthead": "meta", "doc_number": "meta", "dateline": "meta", "issued": "meta", "copied": "meta",
    "recipients": "meta", "signature": "meta", "docmark": "meta",
    "boilerplate": "boilerplate", "navigation": "boilerplate",
}


def _hard_breaks(norm: NormText) -> list[int]:
    """Raw positions of the line breaks the normalized view keeps."""
    text, offsets, out = norm.text, norm.offsets, []
    i = text.find("\n")
    while i >= 0:
        out.append(offsets[i])
        i = text.find("\n", i + 1)
    return out


def _trim(start: int, end: int, boilerplate: Sequence[tuple[int, int]], raw: str) -> tuple[int, int]:
    for a, b in boilerplate:
        if a <= start < b:
            start = b
        if a < end <= b:
            end = a
    while start < end and raw[start].isspace():
        start += 1
    while end > start and raw[end - 1].isspace():
        end -= 1
    return start, end


def build_paragraphs(
    lines: Sequence[Line], roles: Sequence[str], norm: NormText, boilerplate: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int, str]]:
    """``(start, end, paragraph_role)`` in text order; boilerplate lines are skipped."""
    breaks = _hard_breaks(norm)
    out: list[tuple[int, int, str]] = []
    cur: list[int] = []

    def flush() -> None:
        if cur:
            first, last = lines[cur[0]], lines[cur[-1]]
            s, e = _trim(first.start, last.end, boilerplate, norm.raw)
            if e > s:
                out.append((s, e, PARAGRAPH_ROLE[roles[cur[0]]]))
            cur.clear()

    for i, ln in enumerate(lines):
        role = roles[i]
        if role in ("boilerplate", "navigation"):
            flush()
            continue
        if cur:
            prev = cur[-1]
            same = roles[prev] == role
            if role == "body" and same:
                k = bisect.bisect_left(breaks, lines[prev].end)
                same = not (k < len(breaks) and breaks[k] < ln.start)
            elif role in ("caption",) and same:
                same = not lines[prev].blank_after
            elif role in ("heading", "byline", "dateline", "subtitle", "recipients"):
                same = False
            if not same:
                flush()
        cur.append(i)
    flush()
    return out
