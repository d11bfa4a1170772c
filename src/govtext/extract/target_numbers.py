"""The numbers a target may be: the document's percent, money and quantity facts, with what those kinds
leave out and a goal needs (``1个百分点``, ranges ``5%—5.5%`` and ``2—4家``, the bound word before a
fact: ``超过500家``), and a bare number right after a level verb (``指数达到125左右``, ``规模过千亿``).
Read by :mod:`govtext.extract.targets`, which finds the goal contexts, and
:mod:`govtext.extract.target_reading`, which reads each number's predicate and subject.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

import regex

from govtext.extract.context import Context
from govtext.extract.target_vocab import QUALIFIER_COMPARATORS, qualifier_bound, vocab
from govtext.lexicons import load_table
from govtext.text.numerals import NumeralError, parse_number

__all__ = ["Atom", "RE_HAN_OR_PERCENT", "bare_atom", "find_atoms", "unit_categories"]

RE_HAN_OR_PERCENT = regex.compile(r"[\p{Han}%％]")
_RE_YEAR_SPAN_TAIL = regex.compile(r"\s*[-－—–~～]\s*\d+\s*年")
_RE_MULTIPLE = regex.compile(r"(?<![\d.])(?P<n>\d+(?:\.\d+)?)倍")


@dataclass(frozen=True)
class Atom:
    start: int
    end: int
    value: float
    unit: Optional[str]
    comparator: Optional[str] = None
    value_max: Optional[float] = None
    kind: str = "quantity"
    lead: str = ""  # a bound word the fact's span opened with (超过500家)


@lru_cache(maxsize=1)
def unit_categories() -> dict[str, str]:
    return {k: r.get("category", "") for k, r in load_table("units.tsv").items()}


@lru_cache(maxsize=1)
def _lead_re() -> "regex.Pattern":
    """The bound words a number's fact may open with, in ``vocab().before``'s order: at a position
    the first of them written there matches (an alternation tries its branches in order)."""
    return regex.compile("|".join(regex.escape(w) for w in vocab().before) or "(?!)")


def find_atoms(ctx: Context) -> list[Atom]:
    norm, text = ctx.norm, ctx.text
    found: dict[int, Atom] = {}
    units = {"money": "元", "percent": "%"}
    lead_re = _lead_re()
    for kind in ("quantity", "money", "percent"):
        for f in ctx.facts(kind):
            s, e = norm.to_norm(f.start), norm.to_norm(f.end - 1) + 1
            lead = lm.group() if (lm := lead_re.match(text, s)) else ""
            unit = units.get(kind) or f.unit
            if kind == "money" and getattr(f, "currency", "CNY") != "CNY":
                unit = f.currency  # 4万美元: the value is in that currency
            cmp_ = QUALIFIER_COMPARATORS.get(f.qualifier) if f.qualifier else None
            atom = Atom(s, e, f.value, unit, cmp_, getattr(f, "value_max", None), kind, lead)
            if s not in found or found[s].end < e:
                found[s] = atom
    for m in vocab().points.finditer(text):
        try:
            value = parse_number(m["n"])
        except NumeralError:
            continue
        cmp_ = qualifier_bound(m["q"])
        for s in [k for k in found if m.start() <= k < m.end()]:
            del found[s]
        found[m.start()] = Atom(m.start(), m.end(), value, "个百分点", cmp_, None, "points")
    for m in _RE_MULTIPLE.finditer(text):  # 增长1.5倍: a multiple, read only after a growth verb
        if m.start() not in found:
            found[m.start()] = Atom(m.start(), m.end(), float(m["n"]) if "." in m["n"] else int(m["n"]), "倍",
                                     None, None, "multiple")
    atoms = sorted(found.values(), key=lambda a: a.start)
    # ranges: 5%—5.5% (two facts), 2—4家 (a bare number before the fact)
    out: list[Atom] = []
    for a in atoms:
        if out:
            prev = out[-1]
            gap = text[prev.end:a.start]
            if (vocab().range_gap.fullmatch(gap) and prev.unit == a.unit
                    and a.kind == prev.kind and prev.value < a.value and prev.comparator is None):
                out[-1] = replace(prev, end=a.end, value_max=a.value, comparator=None)
                continue
        head = vocab().range_head.search(text, max(0, a.start - 12), a.start)
        if head and head.end() == a.start and a.value_max is None and not a.lead:
            try:
                low = parse_number(head["n"])
            except NumeralError:
                low = None
            if low is not None and low < a.value and (not out or out[-1].end <= head.start()):
                a = replace(a, start=head.start(), value=low, value_max=a.value, comparator=None)
        out.append(a)
    return out


def bare_atom(text: str, pos: int) -> Optional[Atom]:
    """A number right after a level verb that no fact took: 指数达到125左右, 规模过千亿, 14EFlops."""
    m = vocab().bare.match(text, pos)
    if not m:
        return None
    nxt = text[m.end(): m.end() + 1]
    if RE_HAN_OR_PERCENT.match(nxt) and not m["q"] and not m["u"]:
        return None  # a unit the fact kinds do not know, or no number at all
    if not m["q"] and not m["u"] and _RE_YEAR_SPAN_TAIL.match(text, m.end()):
        return None  # 实施期为2013-2025年: the first year of a span of years
    try:
        value = parse_number(m["n"])
    except NumeralError:
        return None
    cmp_ = qualifier_bound(m["q"])
    return Atom(m.start(), m.end(), value, m["u"] or None, cmp_, None, "bare")
