"""Document numbers (发文字号): ``冀群组发〔2014〕34号`` → prefix 冀群组发, year 2014, serial 34.

The one recogniser of document numbers, for the doc_number facts and for the document's own
``doc_number`` (``parse``). The shape is :data:`govtext.text.patterns.DOC_NUMBER`: 机关代字 + year
in brackets + serial + 号 (GB/T 9704-2012). The year may sit in ``〔〕`` (the standard), ``[]``,
``（）``, ``()`` or ``【】``, and a mistyped pair (``〔2023】``) is still read; the serial may carry
``第``; spaces between the parts are allowed and dropped from ``number``. The prefix is the run of
Chinese characters before the year, cut after a word that cannot be part of an issuer's code
(``根据``, ``印发``, ``的`` … from ``lexicons/docnumber_stops.txt``).

>>> parse_doc_number("冀群组发〔2014〕34号")
{'number': '冀群组发〔2014〕34号', 'prefix': '冀群组发', 'year': 2014, 'serial': 34}
>>> [f["number"] for _s, _e, f in find_doc_numbers("根据国办发〔2020]20号文件精神")]
['国办发〔2020]20号']
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator, Optional

import regex

from govtext.lexicons import load_words
from govtext.text.patterns import DOC_NUMBER

__all__ = ["find_doc_numbers", "parse_doc_number", "trim_prefix"]

_SPACE = regex.compile(r"\s+")


@lru_cache(maxsize=1)
def _stops() -> tuple[str, ...]:
    return tuple(sorted(load_words("docnumber_stops.txt"), key=len, reverse=True))


def trim_prefix(prefix: str) -> str:
    """Cut the prefix after the last word that cannot belong to an issuer's code.

    >>> trim_prefix("根据冀群组发"), trim_prefix("国办发")
    ('冀群组发', '国办发')
    """
    best = 0
    for stop in _stops():
        i = prefix.rfind(stop)
        if i >= 0:
            best = max(best, i + len(stop))
    return prefix[best:]


def _fields(m: "regex.Match", prefix: str) -> dict:
    number = prefix + _SPACE.sub("", m.string[m.end("prefix"):m.end()])
    return {"number": number, "prefix": prefix, "year": int(m["year"]), "serial": int(m["serial"])}


def parse_doc_number(text: str) -> Optional[dict]:
    """Fields of one document number written alone (``None`` when it is not one).

    >>> parse_doc_number("国办发[2013]101号")
    {'number': '国办发[2013]101号', 'prefix': '国办发', 'year': 2013, 'serial': 101}
    >>> parse_doc_number("国办发 〔2013〕 第101号")["number"], parse_doc_number("群组发〔2014〕") is None
    ('国办发〔2013〕第101号', True)
    """
    m = DOC_NUMBER.fullmatch(text.strip())
    return _fields(m, m["prefix"]) if m else None


def find_doc_numbers(text: str) -> Iterator[tuple[int, int, dict]]:
    """``(start, end, fields)`` of every document number in ``text``, its prefix trimmed.

    >>> [(s, e, f["number"]) for s, e, f in find_doc_numbers("根据冀群组发〔2014〕34号文件")]
    [(2, 15, '冀群组发〔2014〕34号')]
    """
    for m in DOC_NUMBER.finditer(text):
        prefix = trim_prefix(m["prefix"])
        if prefix:
            yield m.end("prefix") - len(prefix), m.end(), _fields(m, prefix)
