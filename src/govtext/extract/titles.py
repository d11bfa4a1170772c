"""Titled works in 《》: ``《信访案件包保制度》`` → title 信访案件包保制度, doc_type 制度.

The span keeps the brackets and any line wrap inside them. ``title`` is the text inside, in
simplified script, with layout whitespace (wraps, stray spaces at punctuation) removed but a
real separator space kept (``《密切联系群众 发扬优良作风》``). ``doc_type`` is the base 文种
of the longest ``lexicons/doc_types.tsv`` entry the title ends in (``…实施细则`` → ``细则``),
or ``None`` for books, films, articles and compilations.

>>> from govtext.extract import extract_facts
>>> [(f.title, f.doc_type) for f in extract_facts("制定了《洮北\\n区关于干部“走读”问题若干规定》", kinds=["doc_title"])]
[('洮北区关于干部“走读”问题若干规定', '规定')]
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator, Optional

import regex

from govtext.extract.context import Context
from govtext.lexicons import load_rows
from govtext.records import FactBase

__all__ = ["extract_doc_titles", "clean_title", "title_doc_type"]

# 《…》 (one level of nested 《…》 allowed; 〈…〉 is plain text), no sentence end inside, bounded length.
_TITLE = regex.compile(r"《(?P<body>(?:[^《》。！？]|《[^《》。！？]{1,60}》){1,150}?)》")
_SPACE = r"[ \t\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff]"
_WRAP = regex.compile(rf"{_SPACE}*(?:\r?\n|\r)[\s]*")
_PUNCT = r"[\p{P}\p{S}]"
_EDGE_SPACE = regex.compile(rf"{_SPACE}+(?={_PUNCT})|(?<={_PUNCT}){_SPACE}+|^{_SPACE}+|{_SPACE}+$")
_RUN_SPACE = regex.compile(rf"{_SPACE}+")

# A note in brackets after the type: （试行）, （2018—2020年）, （2013年修订）, （征求意见稿）.
_TRAILING_NOTE = regex.compile(r"(?:\s*[（(][^（）()]{1,20}[）)])+$")

# Categories of doc_types.tsv that name official or rule documents (news genres are articles).
_OFFICIAL_CATEGORIES = ("official", "subtype")


@lru_cache(maxsize=1)
def _doc_types() -> tuple[tuple[str, str], ...]:
    rows = [(r["doc_type"], r["base"]) for r in load_rows("doc_types.tsv") if r["category"] in _OFFICIAL_CATEGORIES]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def clean_title(body: str) -> str:
    """The title inside the brackets: simplified, wraps and stray spaces removed.

    >>> clean_title("王怀忠的两\\n面人生")
    '王怀忠的两面人生'
    >>> clean_title("密切联系群众 发扬优良作风")
    '密切联系群众 发扬优良作风'
    >>> clean_title("關於征求對市委常委班子意見建議的函")
    '关于征求对市委常委班子意见建议的函'
    """
    from govtext.text.normalize import to_simplified

    text = _WRAP.sub("", body)
    text = _EDGE_SPACE.sub("", text)
    text = _RUN_SPACE.sub(" ", text)
    return to_simplified(text)


def title_doc_type(title: str) -> Optional[str]:
    """The base 文种 the title ends in, or ``None`` (books, films, articles, compilations).

    >>> title_doc_type("区级机关公务用车配备使用管理实施细则"), title_doc_type("焦裕禄")
    ('细则', None)
    >>> title_doc_type("关于开展第二批党的群众路线教育实践活动的指导意见")
    '意见'
    >>> title_doc_type("财务管理办法（试行）"), title_doc_type("优化营商环境行动方案（2018—2020年）")
    ('办法', '方案')
    """
    core = _TRAILING_NOTE.sub("", title.strip())
    for doc_type, base in _doc_types():
        if core.endswith(doc_type):
            return base
    return None


def extract_doc_titles(ctx: Context) -> Iterator[FactBase]:
    """Every 《…》 in the raw input (found there so the wrap stays inside the span)."""
    for m in _TITLE.finditer(ctx.raw):
        title = clean_title(m["body"])
        if not title.strip():
            continue
        yield ctx.make_raw("doc_title", m.start(), m.end(), title=title, doc_type=title_doc_type(title))
