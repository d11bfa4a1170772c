"""Resolve the place a document belongs to: province / city / county.

Names and short names of divisions (``lexicons/divisions.tsv``, with former names such as
江东区) are found in the issuer, title, subtitle, byline and body. Each mention scores its
division (issuer 5, title and subtitle 3, byline 3, body 1); a division's chain score adds its
ancestors' scores, so 洮北区 is backed by 白城市 and 吉林省. The best chain is cut at the
finest level whose own evidence is substantial (at least 3 and a quarter of the strongest
level above it): one passing mention of 兰考县 does not make a 河北省 notice a county document.

>>> r = resolve_region(issuer="中共魏都区委", title="中共魏都区委关于…的实施意见")
>>> (r.province, r.city, r.county, r.code)
('河南省', '许昌市', '魏都区', '411002')
>>> resolve_region(subtitle="海曙深入开展党的群众路线教育实践活动纪实").county
'海曙区'
>>> resolve_region(body="江东区开展活动。江东区召开会议。江东区").county
'江东区'
>>> resolve_region(title="关于做好春耕工作的通知") is None
True
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from govtext.lexicons import load_rows, split_alts
from govtext.records import Region
from govtext.text.wordtrie import longest_word_end, word_trie

__all__ = ["resolve_region", "find_mentions", "Division", "divisions"]

WEIGHTS = {"issuer": 5.0, "title": 3.0, "subtitle": 3.0, "byline": 3.0, "body": 1.0}
_MIN_OWN = 3.0
_MIN_SHARE = 0.25


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    level: str
    parent: Optional[str]


@lru_cache(maxsize=1)
def divisions() -> tuple[dict[str, Division], dict[str, tuple[str, ...]], int]:
    """(code → Division, surface → codes, longest surface length)."""
    stop = {row["surface"] for row in load_rows("division_stopnames.tsv")}
    by_code: dict[str, Division] = {}
    surfaces: dict[str, list[str]] = defaultdict(list)
    for row in load_rows("divisions.tsv"):
        code = row["code"]
        by_code[code] = Division(code, row["name"], row["level"], row["parent"] or None)
        for s in [row["name"], *split_alts(row["former"]), *split_alts(row["short"])]:
            if len(s) >= 2 and s not in stop and code not in surfaces[s]:
                surfaces[s].append(code)
    longest = max(len(s) for s in surfaces)
    return by_code, {s: tuple(c) for s, c in surfaces.items()}, longest


@lru_cache(maxsize=1)
def _surface_index() -> tuple["re.Pattern", frozenset[str], dict]:
    """(a character that starts a surface followed by one that is second in some surface, the
    surfaces' first two characters, the surfaces as a :func:`~govtext.text.wordtrie.word_trie`). A trie
    walk needs no compiled pattern: the 800 tries compiled as regular expressions cost 1.4 s (a corpus run
    met some hundred of them)."""
    trie = word_trie(divisions()[1])
    heads = frozenset(surface[:2] for surface in divisions()[1])
    pairs = [h for h in heads if len(h) == 2]
    starts = re.compile("[" + "".join(re.escape(c) for c in sorted({h[0] for h in pairs})) + "]"
                        "(?=[" + "".join(re.escape(c) for c in sorted({h[1] for h in pairs})) + "])")
    return starts, heads, trie


def find_mentions(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """Leftmost-longest division mentions in ``text``: ``(start, end, codes)``.

    >>> [(s, e, c) for s, e, c in find_mentions("洮北区和白城")]
    [(0, 3, ('220802',)), (4, 6, ('220800',))]
    """
    surfaces = divisions()[1]
    starts, heads, trie = _surface_index()
    out = []
    pos = 0
    # a mention has two characters at least: the scan stops only where a surface's first
    # character is followed by some surface's second (a third of all characters start a
    # surface); the first two together must still open one. The candidates are one-character
    # matches, so finditer yields every one; those inside a mention found are skipped
    for f in starts.finditer(text):
        i = f.start()
        if i < pos or text[i:i + 2] not in heads:
            continue
        end = longest_word_end(trie, text, i)
        if end > i + 1:
            out.append((i, end, surfaces[text[i:end]]))
            pos = end
    return out


def _chain(code: str, by_code: dict[str, Division]) -> list[Division]:
    """The division and its ancestors, finest first."""
    out = []
    seen = set()
    while code and code in by_code and code not in seen:
        seen.add(code)
        d = by_code[code]
        out.append(d)
        code = d.parent or ""
    return out


def resolve_region(
    issuer: Optional[str] = None, title: Optional[str] = None, subtitle: Optional[str] = None,
    byline: Optional[str] = None, body: Optional[str] = None,
) -> Optional[Region]:
    """The document's :class:`~govtext.records.Region`, or ``None`` when no place is evident."""
    by_code, _, _ = divisions()
    own: dict[str, float] = defaultdict(float)
    for source, text in (("issuer", issuer), ("title", title), ("subtitle", subtitle), ("byline", byline), ("body", body)):
        if not text:
            continue
        for _s, _e, codes in find_mentions(text):
            for code in codes:
                own[code] += WEIGHTS[source] / len(codes)
    if not own:
        return None
    def chain_score(code: str) -> float:
        return sum(own.get(d.code, 0.0) for d in _chain(code, by_code))
    best = max(own, key=lambda c: (chain_score(c), -len(_chain(c, by_code)), c))
    chain = _chain(best, by_code)  # finest first
    # cut the chain at the finest level with substantial evidence of its own
    keep = None
    for i, d in enumerate(chain):
        above = max((own.get(a.code, 0.0) for a in chain[i + 1:]), default=0.0)
        if own.get(d.code, 0.0) >= _MIN_OWN and own.get(d.code, 0.0) >= _MIN_SHARE * above:
            keep = i
            break
    if keep is None:
        return None
    region = {"province": None, "city": None, "county": None}
    for d in chain[keep:]:
        region[d.level] = d.name
    return Region(**region, code=chain[keep].code)
