"""The documents one document cites: its 《》 titles and 发文字号, each with its relation.

Input is what extraction already found: the ``doc_title`` and ``doc_number`` facts of the
document, each with the words around it. A title followed by its number in brackets
(``《…的意见》（国发〔2015〕43号）``, ``《…规定》（公安部令第123号）``) is one reference with both.
Not references: a short name defined in place (``（以下简称《实施意见》）``: later uses of the short
name are references to the full title), the document itself (``本《规划》``, its own number and
title), and titles that name no document (certificates, newspapers, books: no 文种, no number, no
cue). Each reference gets its relation from :func:`govtext.links.cues.relation_of`; the items of
a list share the cues around the list.

>>> from govtext.extract import extract_facts
>>> text = "根据《国务院关于促进融资担保行业加快发展的意见》（国发〔2015〕43号）和《融资担保公司监督管理条例》，制定本办法。"
>>> [(r.relation, r.cited_title, r.cited_number) for r in find_references(text, extract_facts(text))]
[('basis', '国务院关于促进融资担保行业加快发展的意见', '国发〔2015〕43号'), ('basis', '融资担保公司监督管理条例', None)]
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Optional

import regex

from govtext.lexicons import load_rows
from govtext.links.cues import relation_of
from govtext.links.keys import ORDER_NUMBER, number_key, number_keys, title_key
from govtext.links.keys import _simplified as _keys_simplified

__all__ = ["Reference", "FactWindow", "find_references", "references_from_windows", "WINDOW"]

WINDOW = 80  # characters of context kept on each side of a fact

_ALIAS = regex.compile(r"(?:以下简称|以下称|下称|简称)\s*(?:《[^《》]*》\s*[、，,和及]?\s*)*$")
_SELF = regex.compile(r"本\s*$")
# Between two items of one list: connectors, then perhaps a phrase describing the next item
# (《甲》和2016年发布的《乙》) or its issuer (《甲》和国务院《乙》).
_LIST_GAP = regex.compile(
    r"^[\s、和及与或并以其者暨]*$|^[\s、和及与或并以其者暨]+(?:[^，,；;。：:《》\n]{0,30}的|[\p{Han}]{1,8})$")
_NUMBER_AFTER_TITLE = regex.compile(r"^\s*[（(]\s*$")
_ORDER_AFTER_TITLE = regex.compile(r"^\s*[（(]\s*(?P<number>" + ORDER_NUMBER.pattern + r")\s*[）)]?")
_CLOSE = regex.compile(r"^\s*[）)]")
_DATE = regex.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_PURE_DATE = regex.compile(r"^[\d\s年月日]*$")


@lru_cache(maxsize=1)
def _title_ends() -> tuple[str, ...]:
    return tuple(sorted((r["ending"] for r in load_rows("citation_title_ends.tsv")), key=len, reverse=True))


@dataclass(frozen=True)
class FactWindow:
    """One ``doc_title`` or ``doc_number`` fact with the raw words around it."""

    kind: str
    start: int
    end: int
    label: str  # the title (doc_title) or the number (doc_number), as extracted
    doc_type: Optional[str]
    left: str  # up to WINDOW characters before ``start``
    right: str  # up to WINDOW characters after ``end``


@dataclass(frozen=True)
class Reference:
    """A document cited by another: what it is called, how it is cited, and where."""

    relation: str
    cited_title: Optional[str]
    cited_number: Optional[str]
    start: int
    end: int
    context_date: Optional[str] = None  # a full date written just before it (…1995年10月28日发布的《…》)

    @property
    def number_key(self) -> Optional[str]:
        return number_key(self.cited_number)

    @property
    def title_key(self) -> str:
        return title_key(self.cited_title)


def _field(fact: Any, name: str) -> Any:
    return fact.get(name) if isinstance(fact, dict) else getattr(fact, name, None)


def windows(text: str, facts: Iterable[Any]) -> list[FactWindow]:
    """The doc_title and doc_number facts of ``text`` (records or dicts) as windows, in text order."""
    out = []
    for f in facts:
        kind = _field(f, "kind")
        if kind not in ("doc_title", "doc_number"):
            continue
        s, e = _field(f, "start"), _field(f, "end")
        label = _field(f, "title") if kind == "doc_title" else _field(f, "number")
        out.append(FactWindow(kind, s, e, label or "", _field(f, "doc_type"), text[max(0, s - WINDOW):s], text[e:e + WINDOW]))
    return sorted(out, key=lambda w: (w.start, w.end))


def find_references(text: str, facts: Iterable[Any], title: Optional[str] = None,
                    doc_number: Optional[str] = None) -> list[Reference]:
    """The references of one document: ``facts`` are its facts (extract_facts or Document.facts);
    ``title`` and ``doc_number`` are its own, so it does not cite itself."""
    return references_from_windows(windows(text, facts), title=title, doc_number=doc_number)


def _simplified(text: str) -> str:
    return _keys_simplified(text.replace("\n", "\x1f").replace("\r", "\x1f"))


def _same_number(number: str, own_key: Optional[str]) -> bool:
    """Whether ``number`` is the document's own (words glued before the issuer code aside)."""
    return own_key is not None and own_key in number_keys(number)


@lru_cache(maxsize=1)
def _type_words() -> frozenset[str]:
    return frozenset(r["doc_type"] for r in load_rows("doc_types.tsv"))


def _is_document(w: FactWindow, has_number: bool) -> bool:
    """Whether a 《》 title names a document: it carries a number, or ends in a 文种 or a word of
    citation_title_ends.tsv, or holds 关于; a bare 文种 (《意见》, 《规划（草案）》) is a short name
    of no particular document."""
    core = regex.sub(r"(?:\s*[（(][^（）()]{1,24}[）)])+$", "", w.label).strip()
    if core in _type_words() or len(core) < 2:
        return False
    if has_number or w.doc_type:
        return True
    return "关于" in core or core.endswith(_title_ends())


def _context_date(left: str) -> Optional[str]:
    clause = left[-40:]
    found = None
    for m in _DATE.finditer(clause):
        found = m
    if not found:
        return None
    tail = clause[found.end():]
    if any(c in tail for c in "，,。；;\n\x1f"):
        return None
    y, mo, d = found.groups()
    return f"{y}-{int(mo):02d}-{int(d):02d}"


def references_from_windows(facts: list[FactWindow], title: Optional[str] = None,
                            doc_number: Optional[str] = None) -> list[Reference]:
    """:func:`find_references` over facts already cut into windows (as the store does)."""
    own_number, own_title = number_key(doc_number), title_key(title)
    facts = sorted(facts, key=lambda w: (w.start, w.end))
    used_numbers: set[int] = set()
    items: list[dict] = []  # one per reference: head window, its number window or text, span
    aliases: dict[str, dict] = {}
    for i, w in enumerate(facts):
        if w.kind == "doc_number":
            if i in used_numbers:
                continue
            if number_key(w.label) is None or _same_number(w.label, own_number):
                continue
            items.append({"w": w, "title": None, "number": w.label, "start": w.start, "end": w.end, "tail": w})
            continue
        if _SELF.search(w.left):
            continue
        if _ALIAS.search(w.left) and items and w.start - items[-1]["end"] <= 40:
            aliases[title_key(w.label)] = _aliased(items, title_key(w.label))
            continue
        alias_of = aliases.get(title_key(w.label))
        if alias_of is not None:
            items.append({**alias_of, "w": w, "start": w.start, "end": w.end, "tail": w, "alias": True})
            continue
        number, end, tail = None, w.end, w
        nxt = facts[i + 1] if i + 1 < len(facts) else None
        if nxt is not None and nxt.kind == "doc_number" and nxt.start - w.end <= 3 \
                and _NUMBER_AFTER_TITLE.match(w.right[:nxt.start - w.end]):
            number, end, tail = nxt.label, nxt.end, nxt
            used_numbers.add(i + 1)
            if (m := _CLOSE.match(nxt.right)):
                end += m.end()
        elif (m := _ORDER_AFTER_TITLE.match(w.right)):
            number, end = m["number"], w.end + m.end()
        if number is not None and _same_number(number, own_number):
            continue
        if not _is_document(w, number is not None):
            continue
        items.append({"w": w, "title": w.label, "number": number, "start": w.start, "end": end, "tail": tail})
    # Lists: items separated only by 、和及与 share the words before the first and after the last.
    out: list[Reference] = []
    k = 0
    while k < len(items):
        j = k
        while j + 1 < len(items) and not items[j + 1].get("alias") and not items[j].get("alias"):
            gap_len = items[j + 1]["start"] - items[j]["end"]
            gap = items[j + 1]["w"].left[len(items[j + 1]["w"].left) - gap_len:] if 0 <= gap_len <= WINDOW else None
            if gap is None or not _LIST_GAP.match(_after_brackets(gap)):
                break
            j += 1
        head, tail = items[k], items[j]
        left = _simplified(head["w"].left)
        right_raw = tail["tail"].right[tail["end"] - tail["tail"].end:]  # after the closing bracket
        right = _simplified(right_raw)
        for it in items[k:j + 1]:
            cited = it["title"]
            relation = relation_of(left, right, cited_title=cited)
            date = _context_date(_simplified(it["w"].left)) if it is head else None
            if cited is not None and title_key(cited) == own_title and date is None \
                    and relation not in ("repeals", "amends", "amended_by"):
                continue  # the document naming itself; an earlier version it repeals is another
            out.append(Reference(relation, cited, it["number"], it["start"], it["end"], date))
        k = j + 1
    return out


def _aliased(items: list[dict], alias: str) -> dict:
    """The reference a short name stands for: of the last few, the one whose title ends in it
    (《中华人民共和国药品管理法》和《…实施条例》（以下简称《药品管理法》《药品管理法实施条例》）),
    else the last."""
    for item in reversed(items[-3:]):
        if item.get("title") and title_key(item["title"]).endswith(alias):
            return item
    return items[-1]


def _after_brackets(gap: str) -> str:
    return regex.sub(r"[（(][^（）()]{0,60}[）)]", "", gap)
