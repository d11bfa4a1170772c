"""Document numbers (发文字号): ``冀群组发〔2014〕34号`` → prefix 冀群组发, year 2014, serial 34.

Found and read by :mod:`govtext.values.doc_numbers`, the recogniser ``parse`` uses for the
document's own number too. The normalized text joins wrapped lines, so a title's last word can
meet the number on the next line (``……的决定`` / blank line / ``国发〔2018〕44号`` reads
``决定国发〔2018〕44号``): an issuer's code never runs across a blank line, nor across a line
break after a title's type word (``lexicons/doc_types.tsv``); a wrap inside a code
(``冀群`` / ``组发〔2014〕34号`` in running text) is kept.

>>> from govtext.extract import extract_facts
>>> [(f.number, f.prefix, f.year, f.serial) for f in extract_facts("（群组发〔2014〕7号）精神", kinds=["doc_number"])]
[('群组发〔2014〕7号', '群组发', 2014, 7)]
>>> [f.number for f in extract_facts("国务院关于表彰的决定\\n\\n国发〔2018〕44号\\n", kinds=["doc_number"])]
['国发〔2018〕44号']
"""
from __future__ import annotations

from typing import Iterator

from govtext.extract.context import Context
from govtext.records import FactBase
from govtext.values.doc_numbers import find_doc_numbers, parse_doc_number
from govtext.values.doc_types import find_doc_type

__all__ = ["extract_doc_numbers"]


def _code_start(ctx: Context, start: int, prefix_end: int) -> int:
    """Where the issuer's code really starts: after the last line break inside the prefix that
    ends a paragraph or a title (the prefix ``[start, prefix_end)`` is in the normalized text)."""
    text, raw = ctx.text, ctx.raw
    cut = start
    for i in range(start + 1, prefix_end):
        gap = raw[ctx.to_raw(i - 1, i)[1]:ctx.to_raw(i, i + 1)[0]]
        breaks = gap.count("\n")
        if breaks >= 2 or (breaks == 1 and find_doc_type(text[cut:i])):
            cut = i
    return cut


def extract_doc_numbers(ctx: Context) -> Iterator[FactBase]:
    for start, end, fields in find_doc_numbers(ctx.text):
        prefix_end = start + len(fields["prefix"])
        if ctx.text[start:prefix_end] != fields["prefix"]:
            yield ctx.make("doc_number", start, end, **fields)  # a later serial under a shared code (13号)
            continue
        cut = _code_start(ctx, start, prefix_end)
        if cut != start:
            moved = parse_doc_number(ctx.text[cut:end])
            if moved is None:  # an order number: the same fields, a shorter prefix
                moved = dict(fields, prefix=fields["prefix"][cut - start:], number=fields["number"][cut - start:])
            start, fields = cut, moved
        yield ctx.make("doc_number", start, end, **fields)
