"""Document types (文种): the one reading of ``lexicons/doc_types.tsv``.

:func:`doc_type_of` gives the longest type a document's title ends with (the metadata's
``doc_type``); :func:`title_doc_type` the base type of a work cited in 《》 (a doc_title fact's
``doc_type``).

>>> doc_type_of("关于做好春耕工作的通知"), title_doc_type("区级机关公务用车配备使用管理实施细则")
('通知', '细则')
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

import regex

from govtext.lexicons import load_rows

__all__ = ["doc_type_of", "title_doc_type"]

_TRAILING_NOTE = regex.compile(r"[（(](?:试行|暂行|草案|征求意见稿|修订|修订稿|送审稿|\d{4}年[^）)]{0,8})[）)]$")
_JOINED = regex.compile(r"^(?P<head>.+?)(?:和|及|暨|与|以及)[^和及暨与]{1,20}$")
# A note in brackets after the type: （试行）, （2018—2020年）, （2013年修订）, （征求意见稿）.
_TITLE_NOTE = regex.compile(r"(?:\s*[（(][^（）()]{1,20}[）)])+$")

# Categories of doc_types.tsv that name official or rule documents (news genres are articles).
_OFFICIAL_CATEGORIES = ("official", "subtype")


@lru_cache(maxsize=1)
def _official_types() -> tuple[tuple[str, str], ...]:
    rows = [(r["doc_type"], r["base"]) for r in load_rows("doc_types.tsv") if r["category"] in _OFFICIAL_CATEGORIES]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def _doc_types() -> tuple[tuple[str, str], ...]:
    """(doc_type, category), longest first."""
    rows = [(r["doc_type"], r["category"]) for r in load_rows("doc_types.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def doc_type_of(title: str, categories: Sequence[str] = ("official", "subtype")) -> Optional[str]:
    """The longest document type ``title`` ends with (a trailing ``（试行）`` is ignored).

    >>> doc_type_of("中共魏都区委关于在全区党员中深入开展党的群众路线教育实践活动的实施意见")
    '实施意见'
    >>> doc_type_of("区级机关公务用车管理办法（试行）")
    '管理办法'
    >>> doc_type_of("──洮北区党的群众路线教育实践活动综述", ("news",))
    '综述'
    >>> doc_type_of("青石镇2016年工作总结和2017年工作打算")
    '工作总结'
    >>> doc_type_of("新风扑面情暖民心") is None
    True
    """
    text = _TRAILING_NOTE.sub("", title.strip().rstrip("。"))
    for name, category in _doc_types():
        if category in categories and text.endswith(name):
            return name
    if any(category == "companion" and text.endswith(name) for name, category in _doc_types()):
        head = _JOINED.match(text)  # 2016年工作总结和2017年工作打算: the first conjunct's type
        if head:
            return doc_type_of(head["head"], categories)
    return None


def title_doc_type(title: str) -> Optional[str]:
    """The base 文种 the title ends in, or ``None`` (books, films, articles, compilations).

    >>> title_doc_type("区级机关公务用车配备使用管理实施细则"), title_doc_type("焦裕禄")
    ('细则', None)
    >>> title_doc_type("关于开展第二批党的群众路线教育实践活动的指导意见")
    '意见'
    >>> title_doc_type("财务管理办法（试行）"), title_doc_type("优化营商环境行动方案（2018—2020年）")
    ('办法', '方案')
    """
    core = _TITLE_NOTE.sub("", title.strip())
    for doc_type, base in _official_types():
        if core.endswith(doc_type):
            return base
    return None
