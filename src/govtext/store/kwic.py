"""Keyword in context over the stored texts: :meth:`KwicMethods.kwic`.

A keyword is found as a reader would find it: in simplified and traditional characters alike
(``四风`` finds ``四風``) and across a line wrap or stray spaces between its characters
(``四\\n风``). Offsets are those of the raw stored text, so ``text[start:end] == keyword``.
DuckDB picks the documents that hold the keyword (one regular expression, RE2 and Python alike);
Python finds the offsets in those only.

>>> [bool(re.fullmatch(kwic_pattern("四风", wraps=w), "四\\n風")) for w in (True, False)]
[True, False]
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from govtext.store.base import StoreBase

__all__ = ["KwicMethods", "kwic_pattern", "char_variants", "KWIC_COLUMNS"]

KWIC_COLUMNS = ["doc_id", "start", "end", "left", "keyword", "right", "issuer", "date"]
_CONFIGS = ("t2s", "s2t", "s2tw", "s2hk", "t2tw", "t2hk")
_SPACE = "[ \\t\\n\\r\\f\\v\u00a0\u3000]"  # the same class in RE2 and Python: spaces, line breaks, NBSP, U+3000
_GAP = _SPACE + "*"
_CLASS_ESCAPE = re.compile(r"([\\\]\[^-])")


@lru_cache(maxsize=None)
def _converter(config: str):
    import opencc  # deferred: a third-party import with a dictionary load

    return opencc.OpenCC(config)


@lru_cache(maxsize=4096)
def char_variants(char: str) -> frozenset:
    """``char`` and its simplified and traditional forms: ``风`` → {风, 風}."""
    forms = {char}
    simplified = _converter("t2s").convert(char)
    if len(simplified) == 1:
        forms.add(simplified)
    for base in tuple(forms):
        for config in _CONFIGS[1:]:
            other = _converter(config).convert(base)
            if len(other) == 1:
                forms.add(other)
    return frozenset(forms)


def kwic_pattern(term: str, variants: bool = True, wraps: bool = True) -> str:
    """The regular expression :meth:`KwicMethods.kwic` looks for (valid in RE2 and in Python)."""
    parts = []
    for char in term:
        if char.isspace():
            parts.append(_SPACE + "+")
            continue
        forms = sorted(char_variants(char)) if variants else [char]
        parts.append("[" + "".join(_CLASS_ESCAPE.sub(r"\\\1", f) for f in forms) + "]")
    joiner = _GAP if wraps else ""
    pattern = parts[0]
    for prev, part in zip(parts, parts[1:]):
        pattern += (part if _SPACE + "+" in (prev, part) else joiner + part)
    return pattern


class KwicMethods(StoreBase):
    def kwic(self, term: str, width: int = 20, limit: Optional[int] = None, *, variants: bool = True,
             wraps: bool = True):
        """Keyword in context: every occurrence of ``term`` in the stored texts with ``width``
        characters each side, as ``[doc_id, start, end, left, keyword, right, issuer, date]``;
        ``keyword`` is the text as written (``text[start:end]``). ``variants`` finds simplified
        and traditional forms alike, ``wraps`` a keyword broken by a line wrap or spaces."""
        import pandas as pd  # deferred: a heavy third-party import

        if not isinstance(term, str) or not term.strip():
            raise ValueError("kwic() needs a non-empty search term")
        width = int(width)
        if width < 0:
            raise ValueError("width must be >= 0")
        term = term.strip()
        pattern = kwic_pattern(term, variants=variants, wraps=wraps)
        found = re.compile(pattern)
        cursor = self.con.execute(
            "SELECT id, text, issuer, date FROM documents WHERE regexp_matches(text, $pattern) ORDER BY id",
            {"pattern": pattern})
        rows: list[tuple] = []
        while limit is None or len(rows) < limit:
            batch = cursor.fetchmany(256)
            if not batch:
                break
            for doc_id, text, issuer, date in batch:
                for m in found.finditer(text):
                    a, b = m.span()
                    rows.append((doc_id, a, b, text[max(0, a - width):a], m.group(), text[b:b + width], issuer, date))
        if limit is not None:
            rows = rows[: int(limit)]
        return pd.DataFrame(rows, columns=KWIC_COLUMNS)
