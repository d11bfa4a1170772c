"""Which document of a corpus a reference names: by document number first, then by title.

:class:`Resolver` indexes the corpus once (id, title, doc_number, issuer, date of each
document) and answers :meth:`Resolver.resolve` for each reference with ``(target_id, match,
score, candidates)``. ``match`` is one of :data:`MATCHES`:

- ``doc_number``: the cited number is the 发文字号 of exactly one document (score 1.0; 0.9 when
  the cited title disagrees with the document's title);
- ``title``: the cited title equals one document's title once both are normalized (script,
  quotes, spaces, 的, a leading 中华人民共和国: score 1.0), or once a leading issuer is set aside
  on either side (the issuers, where both are known, agreeing: 0.95);
- ``title_fuzzy``: equal but for a trailing note in brackets (``（试行）``, ``（2018—2020年）``: 0.85),
  or the cited title is the plan a notice of the corpus carries (``…关于印发X的通知`` for X: 0.8);
- ``None``: nothing of the corpus, or several documents equally well; then ``candidates`` lists
  them. Versions of one title are not equal: the one whose date is written with the reference
  (``1995年10月28日国务院发布的《信访条例》``) wins, else the latest dated on or before the citing
  document (before it, for ``amends`` and ``repeals``), its score less by 0.1.

A document never resolves to itself.

>>> docs = [{"id": "a", "title": "国务院关于加强安全生产工作的通知", "doc_number": "国发〔2010〕23号", "issuer": "国务院"},
...         {"id": "b", "title": "山东省人民政府关于加强安全生产工作的通知", "issuer": "山东省人民政府"}]
>>> r = Resolver(docs)
>>> r.resolve(cited_number="国发[2010]23号")[:3]
('a', 'doc_number', 1.0)
>>> r.resolve(cited_title="国务院关于加强安全生产工作的通知")[:3]
('a', 'title', 1.0)
>>> r.resolve(cited_title="关于加强安全生产工作的通知")
(None, None, None, ['a', 'b'])
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Iterable, Optional

from govtext.links.keys import bare_key, carried_key, issuer_key, number_key, number_keys, split_issuer, title_key

__all__ = ["Resolver", "MATCHES"]

MATCHES = ("doc_number", "title", "title_fuzzy", None)
_EARLIER = ("amends", "repeals")  # the cited version came before the citing document


@dataclass(frozen=True)
class _Doc:
    id: str
    key: str
    issuer: str  # issuer key: from the title's own issuer part, else the document's issuer
    date: Optional[str]


def _get(doc: Any, name: str) -> Any:
    value = doc.get(name) if isinstance(doc, dict) else getattr(doc, name, None)
    if value is None or value != value:  # None or NaN (from a DataFrame)
        return None
    return value


class Resolver:
    """An index of a corpus's numbers and titles (see the module docstring)."""

    def __init__(self, documents: Iterable[Any]):
        self.docs: dict[str, _Doc] = {}
        self.by_number: dict[str, list[str]] = defaultdict(list)
        self.by_key: dict[str, list[str]] = defaultdict(list)
        self.by_core: dict[str, list[str]] = defaultdict(list)
        self.by_bare: dict[str, list[str]] = defaultdict(list)
        self.by_carried: dict[str, list[str]] = defaultdict(list)
        for doc in documents:
            doc_id = _get(doc, "id")
            if doc_id is None:
                continue
            doc_id = str(doc_id)
            key = title_key(_get(doc, "title"))
            own_issuer, core = split_issuer(key)
            self.docs[doc_id] = _Doc(doc_id, key, own_issuer or issuer_key(_get(doc, "issuer")), _get(doc, "date"))
            nkey = number_key(_get(doc, "doc_number"))
            if nkey:
                self.by_number[nkey].append(doc_id)
            if len(key) >= 2:
                self.by_key[key].append(doc_id)
                self.by_core[core].append(doc_id)
                self.by_bare[bare_key(split_issuer(key)[1])].append(doc_id)
                carried = carried_key(key)
                if carried and len(carried) >= 4:
                    self.by_carried[bare_key(carried)].append(doc_id)

    def __len__(self) -> int:
        return len(self.docs)

    def resolve(self, cited_title: Optional[str] = None, cited_number: Optional[str] = None,
                source_id: Optional[str] = None, source_date: Optional[str] = None,
                context_date: Optional[str] = None, relation: Optional[str] = None) -> tuple[Optional[str], Optional[str], Optional[float], list[str]]:
        """``(target_id, match, score, candidates)`` of one reference; ``candidates`` is empty
        when it resolved or nothing matched."""
        key = title_key(cited_title)
        nkey = next((k for k in number_keys(cited_number) if k in self.by_number), None)
        if nkey:
            ids = [i for i in self.by_number[nkey] if i != source_id]
            if len(ids) > 1 and key:
                same = [i for i in ids if self.docs[i].key == key]
                ids = same or ids
            if len(ids) == 1:
                doc = self.docs[ids[0]]
                agrees = not key or not doc.key or split_issuer(doc.key)[1] == split_issuer(key)[1]
                return ids[0], "doc_number", 1.0 if agrees else 0.9, []
            if len(ids) > 1:
                return None, None, None, sorted(ids)
        if len(key) < 2:
            return None, None, None, []
        issuer, core = split_issuer(key)
        steps = (
            ("title", 1.0, self.by_key.get(key, ())),
            ("title", 0.95, self._same_issuer(self.by_core.get(core, ()), issuer)),
            ("title_fuzzy", 0.85, self._same_issuer(self.by_bare.get(bare_key(core), ()), issuer)),
            ("title_fuzzy", 0.8, self.by_carried.get(bare_key(key), ())),
        )
        for match, score, found in steps:
            ids = [i for i in found if i != source_id]
            if context_date:  # a date written with the reference names the version: others are not it
                ids = [i for i in ids if not self.docs[i].date or self.docs[i].date[:10] == context_date]
            if not ids:
                continue
            if len(ids) == 1:
                return ids[0], match, score, []
            chosen, less = self._version(ids, source_date, context_date, strict=relation in _EARLIER)
            if chosen is not None:
                return chosen, match, round(score - less, 2), []
            return None, None, None, sorted(ids)
        return None, None, None, []

    def _same_issuer(self, ids: Iterable[str], issuer: str) -> list[str]:
        """Documents whose issuer agrees with the issuer written in the cited title (when both are known)."""
        if not issuer:
            return list(ids)
        return [i for i in ids if not self.docs[i].issuer
                or issuer in self.docs[i].issuer or self.docs[i].issuer in issuer]

    def _version(self, ids: list[str], source_date: Optional[str], context_date: Optional[str],
                 strict: bool = False) -> tuple[Optional[str], float]:
        """Among versions of one title (same key, several dates): the one dated as the citation
        says, else the latest on or before the citing document (before it, when ``strict``: what
        is amended or repealed came first); (None, 0) when that is no choice."""
        docs = [self.docs[i] for i in ids]
        if len({d.key for d in docs}) != 1:
            return None, 0.0
        if context_date:
            same = [d.id for d in docs if d.date and d.date[:10] == context_date]
            if len(same) == 1:
                return same[0], 0.0
        if not source_date or any(not d.date for d in docs):
            return None, 0.0
        earlier = sorted((d.date, d.id) for d in docs
                         if d.date[:10] < source_date[:10] or (not strict and d.date[:10] == source_date[:10]))
        if not earlier or (len(earlier) > 1 and earlier[-1][0] == earlier[-2][0]):
            return None, 0.0
        return earlier[-1][1], 0.1
