"""Document numbers (发文字号): ``冀群组发〔2014〕34号`` → prefix 冀群组发, year 2014, serial 34.

The form is 机关代字 + year in brackets + serial + 号 (GB/T 9704-2012). The year may sit in
``〔〕`` (the standard), ``[]``, ``（）``, ``()`` or ``【】``; the serial may carry ``第``. The
prefix is the run of Chinese characters before the year, cut after a word that cannot be part
of an issuer's code (``根据``, ``印发``, ``的`` … from ``lexicons/docnumber_stops.txt``).

>>> parse_doc_number("冀群组发〔2014〕34号")
{'number': '冀群组发〔2014〕34号', 'prefix': '冀群组发', 'year': 2014, 'serial': 34}
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from govtext.lexicons import load_words

__all__ = ["find_doc_numbers", "parse_doc_number"]

_NUMBER = regex.compile(
    r"(?P<prefix>[\p{Han}A-Za-z]{1,16})"
    r"(?P<open>[〔\[（(【［])(?P<year>(?:19|20)\d\d)(?P<close>[〕\]）)】］])"
    r"第?(?P<serial>\d{1,5})号"
)
_PAIRS = {"〔": "〕", "[": "]", "（": "）", "(": ")", "【": "】", "［": "］"}


@lru_cache(maxsize=1)
def _stops() -> tuple[str, ...]:
    return tuple(sorted(load_words("docnumber_stops.txt"), key=len, reverse=True))


def trim_prefix(prefix: str) -> str:
    """Cut the prefix after the last word that cannot belong to an issuer's code."""
    best = 0
    for stop in _stops():
        i = prefix.rfind(stop)
        if i >= 0:
            best = max(best, i + len(stop))
    return prefix[best:]


def parse_doc_number(text: str) -> Optional[dict]:
    """Fields of one document number written alone (``None`` when it is not one).

    >>> parse_doc_number("国办发[2013]101号")
    {'number': '国办发[2013]101号', 'prefix': '国办发', 'year': 2013, 'serial': 101}
    """
    m = _NUMBER.fullmatch(text)
    if not m or _PAIRS.get(m["open"]) != m["close"]:
        return None
    return {"number": text, "prefix": m["prefix"], "year": int(m["year"]), "serial": int(m["serial"])}


def find_doc_numbers(text: str):
    """``(start, end, fields)`` of every document number in ``text``, its prefix trimmed.

    >>> [(s, e, f["number"]) for s, e, f in find_doc_numbers("根据冀群组发〔2014〕34号文件")]
    [(2, 15, '冀群组发〔2014〕34号')]
    """
    for m in _NUMBER.finditer(text):
        if _PAIRS.get(m["open"]) != m["close"]:
            continue
        prefix = trim_prefix(m["prefix"])
        if not prefix:
            continue
        start = m.end("prefix") - len(prefix)
        fields = parse_doc_number(text[start:m.end()])
        if fields:
            yield start, m.end(), fields
