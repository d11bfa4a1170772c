"""Reports and speeches delivered at a meeting: the meeting line and the speaker line.

A 政府工作报告 or a speech sets, under its title, the line that says when and where it was
delivered — ``——2026年1月27日在吉林省第十四届人民代表大会第五次会议上``, in brackets
``（2026年1月27日在…会议上）``, without a dash, or wrapped over two lines — and then the speaker,
with a title or without (``省长 胡玉亭``, ``四川省人民政府省长 施小琳``, ``习　近　平``), maybe on the
meeting line itself (``…会议上 陕西省省长 赵刚``). The meeting line is the subtitle and its date
the document's date; the speaker is the author. The meeting-line pattern lives in
``lexicons/layout_markers.tsv`` (role ``meeting``); titles come from ``lexicons/official_titles.tsv``.

>>> from govtext.structure.lines import split_lines
>>> lines = split_lines("2026年某省政府工作报告\\n——2026年1月26日在某省第十四届\\n人民代表大会第五次会议上\\n省长 王明\\n")
>>> m = meeting_at(lines, 1)
>>> m.lines, m.date, m.text
([1, 2], '2026-01-26', '2026年1月26日在某省第十四届人民代表大会第五次会议上')
>>> speaker(lines[3].text)
('省长', ['王明'])
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

import regex

from govtext.extract.names import is_name
from govtext.lexicons import load_rows
from govtext.structure.bylines import split_names
from govtext.structure.fields import iso_date
from govtext.structure.lines import Line, marker
from govtext.text.patterns import DATE_NUMERALS

__all__ = ["Meeting", "meeting_at", "speaker"]

_OPENS = regex.compile(
    rf"^[（(]?\s*(?:——|──|――|—|－－|--|－|-)?\s*[\d{DATE_NUMERALS}]{{4}}\s*年\s*[\d{DATE_NUMERALS}]{{1,3}}\s*月"
    rf"\s*[\d{DATE_NUMERALS}]{{1,3}}\s*日\s*(?:在|于)"
)
_WRAP_LINES = 2      # a meeting line wrapped at the column width takes at most two more lines
_NAME = r"\p{Han}(?:[ \t\u3000]*\p{Han}){1,3}"
_RE_NAME = regex.compile(_NAME)


@dataclass
class Meeting:
    """A meeting line: its line indexes, date (ISO), text (without dash or brackets), type word and
    the speaker set on the same line (``None`` when the line ends with the meeting)."""

    lines: list[int]
    date: Optional[str]
    text: str
    kind: Optional[str]
    rest: Optional[str]


_RE_SPACE = regex.compile(r"\s")


def meeting_at(lines: Sequence[Line], i: int) -> Optional[Meeting]:
    """The meeting line starting at line ``i`` (wrapped lines rejoined), or ``None``."""
    if not _OPENS.match(lines[i].flat):
        return None
    text = lines[i].text
    idx = [i]
    for _ in range(_WRAP_LINES + 1):
        m = marker(text, "meeting")
        if m:
            end = m.end("kind") if m["kind"] else m.end("occasion") + 1  # through 上 (and 的讲话)
            inner = _RE_SPACE.sub("", text[m.start("date"): end])
            return Meeting(idx, iso_date(m["date"]), inner, m["kind"], m["rest"])
        nxt = idx[-1] + 1
        if nxt >= len(lines) or lines[idx[-1]].blank_after or len(idx) > _WRAP_LINES:
            return None
        text += lines[nxt].text
        idx.append(nxt)
    return None


@lru_cache(maxsize=1)
def _speaker_pattern() -> "regex.Pattern":
    titles = sorted((row["title"] for row in load_rows("official_titles.tsv")), key=len, reverse=True)
    alt = "|".join(regex.escape(t) for t in titles)
    return regex.compile(rf"^(?P<title>\p{{Han}}{{0,16}}?(?:{alt}))[ \t\u3000]+(?P<names>{_NAME}(?:[ \t\u3000、，,]+{_NAME})*)$")


def speaker(text: str) -> Optional[tuple[Optional[str], list[str]]]:
    """``(title, names)`` of a speaker line (``省长 胡玉亭``; a name alone: ``习　近　平``), else ``None``.

    >>> speaker("四川省人民政府省长 施小琳"), speaker("习　近　平")
    (('四川省人民政府省长', ['施小琳']), (None, ['习近平']))
    >>> speaker("各位代表") is None, speaker("省长赵刚作政府工作报告") is None
    (True, True)
    """
    text = text.strip()
    m = _speaker_pattern().match(text)
    if m:
        names = split_names(m["names"])
        if names and all(is_name(n) for n in names):
            return m["title"], names
        return None
    if _RE_NAME.fullmatch(text):
        flat = _RE_SPACE.sub("", text)
        if is_name(flat):
            return None, [flat]
    return None
