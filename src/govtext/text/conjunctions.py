"""The conjunctions that join list members, from ``lexicons/conjunctions.tsv``.

>>> conjunctions("members")
'和、及与'
>>> conjunctions("members", marks=False)
'和及与'
"""
from __future__ import annotations

from functools import lru_cache

from govtext.lexicons import load_rows

__all__ = ["conjunctions"]


@lru_cache(maxsize=None)
def conjunctions(*joins: str, marks: bool = True) -> str:
    """The one-character joiners whose ``joins`` column is one of ``joins`` (every row when none
    is named), in lexicon order, as one string for ``in`` tests and character classes; ``marks``
    False leaves out punctuation marks (the enumeration comma)."""
    return "".join(r["word"] for r in load_rows("conjunctions.tsv")
                   if (not joins or r["joins"] in joins) and (marks or not r["mark"]))
