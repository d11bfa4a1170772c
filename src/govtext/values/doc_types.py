"""Document types (文种): the one reading of ``lexicons/doc_types.tsv``.

A title's type is the longest ``doc_type`` it ends with, once a trailing note in brackets is set
aside (``（试行）``, ``（2018—2020年）``, ``（2013年修订）``, ``（征求意见稿）``); a companion word
(``…工作总结和2017年工作打算``) gives the type of the first conjunct. :func:`doc_type_of` reports
the type as written (the metadata's ``doc_type``: ``实施意见``); :func:`title_doc_type` its base
type (a doc_title fact's ``doc_type``: ``意见``). Both read :func:`find_doc_type`.

>>> doc_type_of("关于做好春耕工作的通知"), title_doc_type("区级机关公务用车配备使用管理实施细则")
('通知', '细则')
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

import regex

from govtext.lexicons import load_rows

__all__ = ["doc_type_of", "find_doc_type", "title_doc_type"]

# A note in brackets after the type: （试行）, （2018—2020年）, （2013年修订）, （征求意见稿）.
_TRAILING_NOTE = regex.compile(r"(?:\s*[（(][^（）()]{1,20}[）)])+$")
_JOINED = regex.compile(r"^(?P<head>.+?)(?:和|及|暨|与|以及)[^和及暨与]{1,20}$")
# Categories of doc_types.tsv that name official or rule documents (news genres are articles).
OFFICIAL = ("official", "subtype")


@lru_cache(maxsize=1)
def _doc_types() -> tuple[tuple[str, str, str], ...]:
    """(doc_type, base, category), longest first."""
    rows = [(r["doc_type"], r["base"], r["category"]) for r in load_rows("doc_types.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def find_doc_type(title: str, categories: Sequence[str] = OFFICIAL) -> Optional[tuple[str, str]]:
    """``(doc_type, base)`` of the longest type of ``categories`` that ``title`` ends with, or ``None``.

    >>> find_doc_type("优化营商环境行动方案（2018—2020年）"), find_doc_type("焦裕禄")
    (('方案', '方案'), None)
    >>> find_doc_type("中华人民共和国森林法"), find_doc_type("领导干部的工作方法")
    (('法', '法'), None)
    """
    text = _TRAILING_NOTE.sub("", title.strip().rstrip("。"))
    for name, base, category in _doc_types():
        if text.endswith(name) and category == "none":
            return None  # 方法, 兵法: a word ending in a type word is no type
        if category in categories and text.endswith(name):
            return name, base
    if any(category == "companion" and text.endswith(name) for name, _base, category in _doc_types()):
        head = _JOINED.match(text)  # 2016年工作总结和2017年工作打算: the first conjunct's type
        if head:
            return find_doc_type(head["head"], categories)
    return None


def doc_type_of(title: str, categories: Sequence[str] = OFFICIAL) -> Optional[str]:
    """The longest document type ``title`` ends with (a trailing note in brackets is ignored).

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
    >>> doc_type_of("某省数字化转型行动方案（2021—2023）"), doc_type_of("某某许可结果公示（第三批）")
    ('方案', '公示')
    """
    found = find_doc_type(title, categories)
    return found[0] if found else None


def title_doc_type(title: str) -> Optional[str]:
    """The base 文种 a title in 《》 ends in, or ``None`` (books, films, articles, compilations).

    >>> title_doc_type("区级机关公务用车配备使用管理实施细则"), title_doc_type("焦裕禄")
    ('细则', None)
    >>> title_doc_type("关于开展第二批党的群众路线教育实践活动的指导意见")
    '意见'
    >>> title_doc_type("财务管理办法（试行）"), title_doc_type("优化营商环境行动方案（2018—2020年）")
    ('办法', '方案')
    """
    found = find_doc_type(title, OFFICIAL)
    return found[1] if found else None
