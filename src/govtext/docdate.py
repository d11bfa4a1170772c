"""The document's own date (成文日期, dateline or publication time), in one place.

Shared by date resolution (year-less dates take their year from it) and by the document
metadata (``Document.date``). Looks for a full date standing alone at the head or the foot of
the document (``（2014年 3月 9日）`` under a title, ``2014年4月3日`` under a signature) or a
web dateline (``2014年10月24日14:32  来源:辽宁日报``). Event dates inside sentences are not
the document's date.

>>> document_date("关于…的通知\\n正文。\\n中共河北省委\\n2014年4月3日\\n")
'2014-04-03'
>>> document_date("2014年2月25日，洮北区召开会议。") is None
True
"""
from __future__ import annotations

from typing import Optional

import regex

from govtext.text.normalize import NormText, normalize

__all__ = ["document_date"]

_FULL = r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
# a line that is only a date, possibly in brackets, possibly followed by 印发/发布
_RE_DATE_LINE = regex.compile(rf"^\s*[（(]?\s*{_FULL}\s*[）)]?\s*$")
_RE_DATELINE = regex.compile(rf"^\s*{_FULL}\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s+(?:来源|來源)")
_RE_NUMERIC_DATELINE = regex.compile(
    r"^\s*(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:来源|來源)"
)


def _iso(m: "regex.Match") -> str:
    return f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}"


def document_date(raw: str, norm: Optional[NormText] = None) -> Optional[str]:
    """ISO date of the document itself, or ``None`` when the text has none."""
    lines = [ln for ln in raw.splitlines() if ln.strip()]
    if not lines:
        return None
    head, foot = lines[:12], lines[-6:]
    for line in head:
        for pattern in (_RE_DATELINE, _RE_NUMERIC_DATELINE):
            m = pattern.match(line)
            if m:
                return _iso(m)
    # signature date at the foot (成文日期), before any 印发 line
    for line in reversed(foot):
        m = _RE_DATE_LINE.match(line)
        if m:
            return _iso(m)
    for line in head:
        m = _RE_DATE_LINE.match(line)
        if m:
            return _iso(m)
    return None
