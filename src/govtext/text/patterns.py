"""Pattern fragments shared by every recogniser: one place for each shape govtext reads.

>>> DOC_NUMBER.search("某政发〔2014〕5号")["serial"]
'5'
>>> regex.match("增加" + not_followed_by("值|率"), "增加值") is None
True
"""
from __future__ import annotations

from typing import Iterable, Union

import regex

from govtext.lexicons import split_alts

__all__ = ["DOC_NUMBER", "not_followed_by", "words"]


def words(alternatives: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first, in their order otherwise (``(?!)`` for none)."""
    unique = list(dict.fromkeys(alternatives))
    return "|".join(regex.escape(w) for w in sorted(unique, key=len, reverse=True)) or "(?!)"


def not_followed_by(cell: Union[str, Iterable[str]]) -> str:
    """The guard of a lexicon's ``not_followed_by`` column (``值|率``): a negative lookahead over the
    alternatives, or ``""`` when the cell is empty."""
    alts = split_alts(cell) if isinstance(cell, str) else list(cell)
    return f"(?!{'|'.join(map(regex.escape, alts))})" if alts else ""

# 发文字号: 机关代字 (Chinese or Latin letters), the year in brackets of any of the kinds in use
# (〔〕 the standard, [] ［］ 【】 （） (); a mistyped pair such as 〔2023】 still reads), 第, serial, 号
DOC_NUMBER = regex.compile(
    r"(?P<prefix>[\p{Han}A-Za-z]{1,16})\s*(?P<open>[〔\[［【(（])\s*(?P<year>(?:19|20)\d{2})\s*(?P<close>[〕\]］】)）])\s*"
    r"第?\s*(?P<serial>\d{1,5})\s*号"
)
