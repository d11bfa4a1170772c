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
from govtext.records import FactBase
from govtext.text.normalize import to_simplified
from govtext.text.patterns import file_name_spans
from govtext.values.doc_types import title_doc_type

__all__ = ["extract_doc_titles", "clean_title"]

# 《…》 (one level of nested 《…》 allowed; 〈…〉 is plain text), no sentence end inside, bounded length.
_TITLE = regex.compile(r"《(?P<body>(?:[^《》。！？]|《[^《》。！？]{1,60}》){1,150}?)》")
_SPACE = r"[ \t\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff]"
_WRAP = regex.compile(rf"{_SPACE}*(?:\r?\n|\r)[\s]*")
_PUNCT = r"[\p{P}\p{S}]"
_EDGE_SPACE = regex.compile(rf"{_SPACE}+(?={_PUNCT})|(?<={_PUNCT}){_SPACE}+|^{_SPACE}+|{_SPACE}+$")
_RUN_SPACE = regex.compile(rf"{_SPACE}+")

def clean_title(body: str) -> str:
    """The title inside the brackets: simplified, wraps and stray spaces removed.

    >>> clean_title("王怀忠的两\\n面人生")
    '王怀忠的两面人生'
    >>> clean_title("密切联系群众 发扬优良作风")
    '密切联系群众 发扬优良作风'
    >>> clean_title("關於征求對市委常委班子意見建議的函")
    '关于征求对市委常委班子意见建议的函'
    """
    text = _WRAP.sub("", body)
    text = _EDGE_SPACE.sub("", text)
    text = _RUN_SPACE.sub(" ", text)
    return to_simplified(text)


def extract_doc_titles(ctx: Context) -> Iterator[FactBase]:
    """Every 《…》 in the raw input (found there so the wrap stays inside the span), except one inside
    an attachment's file name (``附件3《农贸市场经营管理规范》地方标准研制时间计划表.pdf``: a file, as the
    numbers and dates inside it are no facts)."""
    files = file_name_spans(ctx.raw) if "." in ctx.raw else []
    for m in _TITLE.finditer(ctx.raw):
        if any(s <= m.start() and m.end() <= e for s, e in files):
            continue
        title = clean_title(m["body"])
        if not title.strip():
            continue
        yield ctx.make_raw("doc_title", m.start(), m.end(), title=title, doc_type=title_doc_type(title))
