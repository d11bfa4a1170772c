"""Bylines as the layout reads them: the authors a byline line names, and names set to width.

A byline is read once, by :func:`govtext.extract.bylines.byline_persons` — the reader the person
facts come from — so ``parse`` (``Document.authors``, the ``byline`` role of a line) and the
person extractor cannot disagree. Photo credits (``王维俊摄``) are captions, not bylines, and a
``签发人`` beside a document number is no author.

>>> byline_names("海曙记者站 许玉芬 毛一波"), byline_names("●白 雪"), byline_names("本报记者 张三 李四")
(['许玉芬', '毛一波'], ['白雪'], ['张三', '李四'])
>>> byline_names("区领导主持召开座谈会。 王维俊摄") is None, byline_names("某政发〔2014〕5号 签发人：张三") is None
(True, True)
"""
from __future__ import annotations

from typing import Optional

import regex

from govtext.extract.bylines import byline_persons
from govtext.text.normalize import to_simplified_lines

__all__ = ["byline_names", "split_names"]

_NOT_AUTHORS = ("摄影", "签发人")   # a photo credit, the signer of a document number


def byline_names(text: str, simple: Optional[str] = None) -> Optional[list[str]]:
    """The authors named by a byline line (one line of text), or ``None`` when it is no byline.

    ``simple`` is ``to_simplified(text)`` when the caller converted its lines together (one OpenCC
    call for a page's lines instead of one a line); the line is read as ``simplified_lines(text)``
    would give it, without going through (and evicting) that function's cache of whole documents.
    """
    if len(text.splitlines()) == 1 and text[-1] not in "\r\n":
        if simple is None:
            simple = to_simplified_lines([text])[0]
        found = list(byline_persons(text, lines=((0, text, simple if len(simple) == len(text) else text),)))
    else:
        found = list(byline_persons(text))
    if not found or any(title in _NOT_AUTHORS for _s, _e, _name, title, _org in found):
        return None
    names: list[str] = []
    for _s, _e, name, _title, _org in found:
        if name not in names:
            names.append(name)
    return names


_RE_NAME_SEP = regex.compile(r"[\s、，,]+")


def split_names(names: str) -> list[str]:
    """Names set in a line: split on spaces, rejoining characters spaced out to column width.

    >>> split_names("白 雪")
    ['白雪']
    >>> split_names("许玉芬 毛一波")
    ['许玉芬', '毛一波']
    >>> split_names("李 明达")  # a spaced-out surname before a two-character given name
    ['李明达']
    """
    tokens = [t for t in _RE_NAME_SEP.split(names.strip()) if t]
    out: list[str] = []
    buf = ""
    for tok in tokens:
        if len(tok) == 1:
            buf += tok
            continue
        if len(buf) == 1 and len(tok) == 2:
            out.append(buf + tok)
            buf = ""
            continue
        if buf:
            out.append(buf)
            buf = ""
        out.append(tok)
    if buf:
        out.append(buf)
    return out
