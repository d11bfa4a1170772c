"""Find boilerplate (navigation, share buttons, 责编 credits, 下转第四版 markers) in raw text.

Patterns live in ``lexicons/boilerplate.tsv``. Lines are matched in simplified script, and
the spans returned are raw offsets, so facts inside them can be dropped and the text stays
addressable.

>>> raw = "正文第一段。\\n分享到:\\n(責編:袁璐)\\n理論評論"
>>> [raw[s:e] for s, e in boilerplate_spans(raw)]
['分享到:\\n(責編:袁璐)\\n理論評論']
"""
from __future__ import annotations

from functools import lru_cache

import regex

from govtext.lexicons import load_rows
from govtext.text.normalize import simplified_lines
from govtext.text import fastre

__all__ = ["boilerplate_spans"]


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, "regex.Pattern", str], ...]:
    out = []
    for row in load_rows("boilerplate.tsv"):
        scope = row["scope"]
        if scope not in ("line", "match", "tail"):
            raise ValueError(f"boilerplate.tsv: {row['name']}: unknown scope {scope!r}")
        out.append((row["name"], fastre.compile(row["pattern"]), scope))
    return tuple(out)


def boilerplate_spans(raw: str) -> list[tuple[int, int]]:
    """Sorted, merged raw spans of boilerplate in ``raw``."""
    spans: list[tuple[int, int]] = []
    for start, body, simple in simplified_lines(raw):
        if not body.strip():
            continue
        for _name, pattern, scope in _patterns():
            m = pattern.search(simple)
            if not m:
                continue
            if scope == "tail":
                spans.append((start + (len(body) - len(body.lstrip())), len(raw.rstrip())))
                break
            if scope == "line":
                spans.append((start + len(body) - len(body.lstrip()), start + len(body.rstrip())))
            else:
                spans.append((start + m.start(), start + m.end()))
        if spans and spans[-1][1] >= len(raw.rstrip()):
            break
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged
