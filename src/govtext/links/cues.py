"""The relation of a citing document to a cited one, from the words around the reference.

The cue vocabulary is ``lexicons/citation_cues.tsv`` (its header states the rules); this module
loads it, checks every row, and applies it to the words before and after one reference.

>>> relation_of("为贯彻落实", "，进一步办好新时代职业教育")
'implements'
>>> relation_of("1987年3月27日国务院发布的", "同时废止。")
'repeals'
>>> relation_of("中共中央、国务院印发的", "要求完善规范性文件制定程序")
'mentions'
>>> relation_of("现将", "印发给你们，请认真贯彻执行。")
'issues'
>>> relation_of("", "已经国务院同意，现转发给你们，请认真贯彻执行。")
'forwards'
>>> relation_of("根据2019年3月24日", "修订", cited_title="国务院关于修改部分行政法规的决定")
'amended_by'
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from govtext.lexicons import LexiconError, lexicon_dir, load_rows
from govtext.links.keys import is_amending_title
from govtext.text.patterns import SMALL_NUMERALS

__all__ = ["RELATIONS", "Cue", "cues", "relation_of", "clause_before", "after_text", "CLAUSE_MARKS"]

# The relation vocabulary, in the order the docs list it.
RELATIONS = ("basis", "implements", "forwards", "issues", "amends", "amended_by", "repeals", "mentions")
_SIDES = ("before", "after")
_REACHES = ("clause", "sentence")
LEXICON = "citation_cues.tsv"

CLAUSE_MARKS = "，,；;。：:！!？?\n\r\x1f"
SENTENCE_MARKS = "；;。！!？?\n\r\x1f"
_CLAUSE = regex.compile(f"[{regex.escape(CLAUSE_MARKS)}]")
_SENTENCE = regex.compile(f"[{regex.escape(SENTENCE_MARKS)}]")
# Brackets right after a reference: its number (（国发〔2015〕43号）), a short name (（以下简称…）).
_BRACKETS_AFTER = regex.compile(r"^(?:\s*[（(][^（）()]{0,60}[）)])+")
_DESCRIPTOR = ("的", "了")
# 《…》 inside a decision's name written without brackets, in a regulation's header:
# …会议关于修改《甲》等六件地方性法规的决定修正
_INSIDE_AMENDING = regex.compile(rf"^[^，,；;。\n\x1f《》]{{0,30}}的决定(?:第[{SMALL_NUMERALS}]+次)?(?:修正|修订|修改)")


@dataclass(frozen=True)
class Cue:
    name: str
    relation: str
    side: str
    pattern: "regex.Pattern[str]"
    gap: int
    reach: str


@lru_cache(maxsize=1)
def cues() -> tuple[Cue, ...]:
    """The rows of ``citation_cues.tsv``, checked: known relation, side and reach, a pattern that
    compiles, a whole-number gap."""
    path = lexicon_dir() / LEXICON
    out = []
    for i, row in enumerate(load_rows(LEXICON), start=1):
        where = f"{path}: row {i} ({row.get('name')!r})"
        if row.get("relation") not in RELATIONS or row["relation"] == "mentions":
            raise LexiconError(f"{where}: relation must be one of {', '.join(RELATIONS[:-1])}")
        if row.get("side") not in _SIDES:
            raise LexiconError(f"{where}: side must be before or after")
        if row.get("reach") not in _REACHES:
            raise LexiconError(f"{where}: reach must be clause or sentence")
        if not (row.get("gap") or "").isdigit():
            raise LexiconError(f"{where}: gap must be a whole number of characters")
        try:
            pattern = regex.compile(row["pattern"])
        except regex.error as exc:
            raise LexiconError(f"{where}: bad pattern: {exc}") from None
        if pattern.search(""):
            raise LexiconError(f"{where}: the pattern matches the empty string")
        out.append(Cue(row["name"], row["relation"], row["side"], pattern, int(row["gap"]), row["reach"]))
    return tuple(out)


def clause_before(left: str) -> str:
    """The words of the reference's own clause before it (from the last clause mark on)."""
    cut = 0
    for m in _CLAUSE.finditer(left):
        cut = m.end()
    return left[cut:]


def after_text(right: str) -> str:
    """The words after a reference, its bracketed number or short name skipped."""
    m = _BRACKETS_AFTER.match(right)
    return right[m.end():] if m else right


_TITLES = regex.compile(r"《[^《》]*(?:《[^《》]*》[^《》]*)*》")


def _before(clause: str) -> Optional[tuple[int, Cue]]:
    """The closest before-cue: (distance, cue); titles in between count as one character each
    (根据《甲》、《乙》和国务院《丙》: 根据 applies to 丙)."""
    clause = _TITLES.sub("《", clause)
    best = None
    for cue in cues():
        if cue.side != "before":
            continue
        for m in cue.pattern.finditer(clause):
            gap = clause[m.end():]
            if len(gap) > cue.gap or gap.startswith(_DESCRIPTOR):
                continue
            if best is None or len(gap) < best[0]:
                best = (len(gap), cue)
    return best


def _after(right: str, reach: str) -> Optional[tuple[int, Cue]]:
    clause = right[:m.start()] if (m := _CLAUSE.search(right)) else right
    sentence = right[:m.start()] if (m := _SENTENCE.search(right)) else right
    best = None
    for cue in cues():
        if cue.side != "after" or cue.reach != reach:
            continue
        scope = clause if reach == "clause" else sentence
        for m in cue.pattern.finditer(scope):
            gap = scope[:m.start()]
            if reach == "clause" and len(gap) > cue.gap:
                break
            if reach == "sentence" and ("《" in gap or len(gap) > cue.gap):
                break
            if best is None or len(gap) < best[0]:
                best = (len(gap), cue)
            break
    return best


def relation_of(left: str, right: str, cited_title: Optional[str] = None) -> str:
    """The relation named by the words ``left`` (before) and ``right`` (after) of a reference:
    an after-cue in its clause, else a before-cue in its clause, else an after-cue later in the
    sentence, else ``mentions``. ``left`` and ``right`` are simplified text."""
    after = after_text(right)
    if _INSIDE_AMENDING.match(after):
        return "mentions"  # named inside the title of a decision that amended the citing document
    found = _after(after, "clause") or _before(clause_before(left)) or _after(after, "sentence")
    if found is None:
        return "mentions"
    relation = found[1].relation
    if relation == "amends" and found[1].side == "after" and is_amending_title(cited_title):
        return "amended_by"
    return relation
