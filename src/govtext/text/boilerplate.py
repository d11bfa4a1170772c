"""Find boilerplate (navigation, share buttons, 责编 credits, 下转第四版 markers) in raw text.

Patterns live in ``lexicons/boilerplate.tsv``. Lines are matched in simplified script, and
the spans returned are raw offsets, so facts inside them can be dropped and the text stays
addressable.

>>> raw = "正文第一段。\\n分享到:\\n(責編:袁璐)\\n理論評論"
>>> [raw[s:e] for s, e in boilerplate_spans(raw)]
['分享到:\\n(責編:袁璐)\\n理論評論']

A share bar above the text (no sentence before it, sentences after it) is that line alone, not
the rest of the page:

>>> raw = "标题\\n分享到：\\n正文第一段。\\n"
>>> [raw[s:e] for s, e in boilerplate_spans(raw)]
['分享到：']
"""
from __future__ import annotations

import re
from functools import lru_cache

import regex

from govtext.lexicons import load_rows
from govtext.text.normalize import simplified_lines
from govtext.text import fastre

__all__ = ["boilerplate_spans"]


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, "regex.Pattern", str, str], ...]:
    out = []
    for row in load_rows("boilerplate.tsv"):
        scope = row["scope"]
        if scope not in ("line", "match", "tail"):
            raise ValueError(f"boilerplate.tsv: {row['name']}: unknown scope {scope!r}")
        out.append((row["name"], fastre.compile(row["pattern"]), scope, required_literal(row["pattern"])))
    return tuple(out)


def required_literal(pattern: str) -> str:
    """The longest run of plain characters every match of ``pattern`` holds (read at its top level, outside
    groups, alternatives and repeats), or ``""``: a line without it is not searched (``\\S\\s*>>\\s*\\S``
    tries every position of a line, and ``>>`` is in few lines). ``""`` too for a pattern the standard
    library cannot read or one that ignores case.

    >>> required_literal(r"\\S\\s*>>\\s*\\S"), required_literal(r"^\\s*(?:相关阅读|延伸阅读)\\s*$"), required_literal(r"^\\s*分享到")
    ('>>', '', '分享到')
    """
    try:
        parsed = re._parser.parse(pattern)  # type: ignore[attr-defined]
    except (re.error, AttributeError, RecursionError):
        return ""
    if parsed.state.flags & re.IGNORECASE:
        return ""
    best, run = "", []
    for op, arg in [*parsed, (None, None)]:
        if op is re._constants.LITERAL:  # type: ignore[attr-defined]
            run.append(chr(arg))
            continue
        if len(run) > len(best):
            best = "".join(run)
        run = []
    return best


def boilerplate_spans(raw: str) -> list[tuple[int, int]]:
    """Sorted, merged raw spans of boilerplate in ``raw``."""
    spans: list[tuple[int, int]] = []
    running = False   # has a line of running text (a sentence end) come before?
    lines = simplified_lines(raw)
    # the patterns whose required literal the text holds somewhere (a line without it is not searched;
    # most documents hold few of them): the others are left out of the loop over the lines
    whole = "\n".join(simple for _start, _body, simple in lines)
    patterns = [p for p in _patterns() if p[3] in whole]
    end = len(raw.rstrip())
    for start, body, simple in lines:
        if not body.strip():
            continue
        for _name, pattern, scope, required in patterns:
            m = pattern.search(simple) if required in simple else None
            if not m:
                continue
            if scope == "tail" and (running or "。" not in raw[start + len(body):]):
                spans.append((start + (len(body) - len(body.lstrip())), end))
                break
            if scope in ("line", "tail"):  # (a share bar above the text, sentences after it: that line alone)
                spans.append((start + len(body) - len(body.lstrip()), start + len(body.rstrip())))
            else:
                spans.append((start + m.start(), start + m.end()))
        if spans and spans[-1][1] >= end:
            break
        running = running or "。" in simple
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged
