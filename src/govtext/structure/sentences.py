"""Split a paragraph into sentences, in normalized text, reporting raw spans.

A sentence ends at ``。！？`` or an ellipsis ``……`` (with any closing quotes or brackets that
follow), or at the paragraph's end. Semicolons do not end a sentence.

>>> from govtext.text.normalize import normalize
>>> raw = "“火车跑得快，全靠车头带。”活动中，区委书记\\n杨超上了党课。好！"
>>> norm = normalize(raw)
>>> [raw[s:e] for s, e in sentence_spans(norm, 0, len(raw))]
['“火车跑得快，全靠车头带。”', '活动中，区委书记\\n杨超上了党课。', '好！']
"""
from __future__ import annotations

import regex

from govtext.text.normalize import NormText

__all__ = ["sentence_spans"]

_END = regex.compile(r"(?:[。！？!?]+|…{2,}|\.{6})[”’」』）)】]*")


def sentence_spans(norm: NormText, start: int, end: int) -> list[tuple[int, int]]:
    """Raw ``(start, end)`` spans of the sentences inside the raw span ``[start, end)``."""
    ns, ne = norm.to_norm(start), norm.to_norm(end)
    text = norm.text
    out: list[tuple[int, int]] = []
    pos = ns
    for m in _END.finditer(text, ns, ne):
        _add(norm, pos, m.end(), out)
        pos = m.end()
    _add(norm, pos, ne, out)
    return out


def _add(norm: NormText, s: int, e: int, out: list[tuple[int, int]]) -> None:
    text = norm.text
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append(norm.to_raw(s, e))
