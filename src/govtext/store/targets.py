"""Targets over the store: :class:`TargetMethods` (the ``target`` facts, FACTS.md §2).

``targets()`` is a table of every stored target with its document's region, issuer and year;
``targets_vs_outcomes()`` pairs a target of year N with what a document of year N+1 of the same
region reports for the same subject (``增长6%左右`` in the 2025 report against ``较上年增长6.2%``
in the 2026 one), and says how the subjects were matched.

Outcomes are read from the facts of the later document: a ``change`` with the target's subject
for a growth or reduction target; for a level target, an amount (percent, money, quantity) whose
own clause names the subject right before it (``城镇调查失业率5.1%``, ``粮食产量达到1.3万亿斤``).
Facts inside a target of the later document are its new goals, never outcomes. Subjects match
``exact`` (equal once quotes and spaces are gone) or by ``head`` (one ends with the other, two
characters at least: ``地区生产总值`` and ``全省地区生产总值``); synonyms (``国内生产总值`` / ``GDP``)
are not merged, as the specification asks.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Optional

import pandas as pd
import regex

from govtext.extract.target_vocab import alternation
from govtext.lexicons import load_rows
from govtext.store.base import StoreBase
from govtext.store.sql import filter_clauses

__all__ = ["TargetMethods", "subject_match"]

_TARGET_COLUMNS = [
    "doc_id", "doc_title", "issuer", "doc_type", "date", "year", "region", "province", "city", "county",
    "subject", "measure", "value", "value_max", "unit", "comparator", "deadline", "strength", "text", "sentence",
    "start", "end",
]
_TARGETS_SQL = """
SELECT doc_id, doc_title, issuer, doc_type, date, year, region, province, city, county,
       fact->>'subject' AS subject, fact->>'measure' AS measure, value, value_max, unit,
       fact->>'comparator' AS comparator, fact->>'deadline' AS deadline, fact->>'strength' AS strength,
       text, sentence, start, "end"
FROM facts WHERE kind = 'target'
"""
# what a later document may report: changes (with their subject) and amounts (with the words before
# them, read from the stored text: a level's subject stands in its own clause)
_OUTCOMES_SQL = """
SELECT f.doc_id, f.kind, f.start, f."end", f.text, f.sentence, f.value, f.unit, f.fact->>'currency' AS currency,
       f.fact->>'subject' AS subject, f.fact->>'direction' AS direction, f.fact->>'unit' AS change_unit,
       COALESCE(substring(d.text, (greatest(f.start - 40, 0) + 1)::BIGINT, least(40, f.start)::BIGINT), '') AS lft
FROM facts f JOIN documents d ON d.id = f.doc_id
WHERE f.kind IN ('change', 'percent', 'money', 'quantity') AND f.doc_id IN (SELECT unnest($docs))
ORDER BY f.doc_id, f.start
"""
_SPANS_SQL = "SELECT doc_id, start, \"end\" FROM facts WHERE kind = 'target' AND doc_id IN (SELECT unnest($docs))"
_CLAUSE_STOPS = regex.compile(r"[，。；：！？,;:!?\n]")
_SENTENCE_STOPS = regex.compile(r"[。；！？;!?\n]")
_QUOTES = regex.compile(r"[“”‘’\"'\s]")
_OUTCOME_COLUMNS = [
    "region", "province", "subject", "measure", "value", "value_max", "unit", "comparator", "target_year",
    "target_doc", "target_text", "outcome_value", "outcome_unit", "outcome_text", "outcome_sentence",
    "outcome_doc", "outcome_year", "outcome_subject", "subject_match", "gap",
]


@lru_cache(maxsize=1)
def _level_link() -> "regex.Pattern":
    """A verb or link ending the words before an outcome's value (``lexicons/target_links.tsv``:
    达到, 为, 稳定在 …), dropped to read the indicator."""
    return regex.compile(rf"(?:{alternation(r['word'] for r in load_rows('target_links.tsv')).pattern})?$")


def subject_match(target: Optional[str], other: Optional[str]) -> Optional[str]:
    """How two subjects match: ``"exact"``, ``"head"`` (one ends with the other, two characters at
    least), or None.

    >>> subject_match("地区生产总值", "地区生产总值"), subject_match("地区生产总值", "全省地区生产总值")
    ('exact', 'head')
    >>> subject_match("国内生产总值", "GDP") is None, subject_match("值", "总值") is None
    (True, True)
    """
    if not isinstance(target, str) or not isinstance(other, str) or not target or not other:
        return None
    a, b = _QUOTES.sub("", target), _QUOTES.sub("", other)
    if a == b:
        return "exact"
    short, long_ = sorted((a, b), key=len)
    return "head" if len(short) >= 2 and long_.endswith(short) else None


def _target_year(row: Any) -> Optional[int]:
    """A target's year: its deadline's, else its document's."""
    deadline = row.deadline
    if isinstance(deadline, str) and regex.match(r"\d{4}", deadline):
        return int(deadline[:4])
    return None if pd.isna(row.year) else int(row.year)


class TargetMethods(StoreBase):
    def targets(self, where: Optional[str] = None, **filters: Any):
        """One row per target fact: the document (``doc_id``, ``doc_title``, ``issuer``, ``doc_type``,
        ``date``, ``year``, ``region``, ``province``, ``city``, ``county``), the goal (``subject``,
        ``measure``, ``value``, ``value_max``, ``unit``, ``comparator``, ``deadline``, ``strength``)
        and its ``text`` and ``sentence``; ``column=value`` filters (a list means any of) and a
        ``where`` SQL condition over these columns narrow it."""
        clauses, params = filter_clauses(filters, _TARGET_COLUMNS, "targets")
        if where:
            clauses.append(f"({where})")
        query = f"SELECT * FROM ({_TARGETS_SQL}) AS t" + (" WHERE " + " AND ".join(clauses) if clauses else "")
        return self.con.execute(query + " ORDER BY doc_id, start", params).df()

    def targets_vs_outcomes(self, subject: Optional[str] = None, region: str = "province"):
        """Each target of year N (its deadline's year, else its document's) beside the first outcome
        a document of year N+1 of the same ``region`` (``"province"``, ``"city"``, ``"county"`` or
        ``"region"``, the full path) reports for a matching subject. ``subject`` keeps the targets
        whose subject matches it (exactly or by head). Columns: the target's ``region``,
        ``province``, ``subject``, ``measure``, ``value``, ``value_max``, ``unit``, ``comparator``,
        ``target_year``, ``target_doc``, ``target_text``; the outcome's ``outcome_value`` (negative
        for a fall against a growth target), ``outcome_unit``, ``outcome_text``,
        ``outcome_sentence``, ``outcome_doc``, ``outcome_year``, ``outcome_subject``; how the
        subjects matched (``subject_match``: ``exact``, ``head``, or ``sentence`` when a change names
        no subject and the target's stands earlier in its sentence) and ``gap`` (outcome minus target
        value). A document with no date takes the earliest year its own targets are due (a work
        report's 主要预期目标). Targets with no outcome found keep empty outcome columns."""
        if region not in ("province", "city", "county", "region"):
            raise ValueError(f"unknown region level {region!r}: use province, city, county or region")
        targets = self.targets()
        if subject is not None:
            targets = targets[[subject_match(subject, s) is not None for s in targets["subject"]]]
        docs = self.con.execute(
            f'SELECT d.id, COALESCE(d.year, t.due) AS year, d."{region}" AS place FROM documents d LEFT JOIN '
            "(SELECT doc_id, min(TRY_CAST(substring(fact->>'deadline', 1, 4) AS INTEGER)) AS due FROM facts "
            "WHERE kind = 'target' GROUP BY doc_id) t ON t.doc_id = d.id").df()
        by_place_year: dict[tuple, list[str]] = {}
        for doc_id, year, place in docs.itertuples(index=False):
            if not pd.isna(place) and not pd.isna(year):
                by_place_year.setdefault((place, int(year)), []).append(doc_id)
        rows = []
        needed: set[str] = set()
        plan = []
        for t in targets.itertuples(index=False):
            year = _target_year(t)
            place = getattr(t, region)
            later = by_place_year.get((place, year + 1), []) if year is not None and not pd.isna(place) else []
            plan.append((t, year, later))
            needed.update(later)
        outcomes = self._outcomes(sorted(needed))
        for t, year, later in plan:
            found = None
            for doc_id in later:
                for o in outcomes.get(doc_id, []):
                    found = _outcome_for(t, o)
                    if found:
                        break
                if found:
                    break
            row = {"region": t.region, "province": t.province, "subject": t.subject, "measure": t.measure,
                   "value": t.value, "value_max": t.value_max, "unit": t.unit, "comparator": t.comparator,
                   "target_year": year, "target_doc": t.doc_id, "target_text": t.text}
            if found:
                o, value, osubject, match = found
                row.update(outcome_value=value, outcome_unit=o["unit"], outcome_text=o["text"],
                           outcome_sentence=o["sentence"], outcome_doc=o["doc_id"], outcome_year=year + 1,
                           outcome_subject=osubject, subject_match=match, gap=value - t.value)
            rows.append(row)
        return pd.DataFrame(rows, columns=_OUTCOME_COLUMNS)

    def _outcomes(self, doc_ids: list[str]) -> dict[str, list[dict]]:
        """Changes and amounts of ``doc_ids`` that lie in no target of their document, by document."""
        if not doc_ids:
            return {}
        spans: dict[str, list[tuple[int, int]]] = {}
        for doc_id, start, end in self.con.execute(_SPANS_SQL, {"docs": doc_ids}).fetchall():
            spans.setdefault(doc_id, []).append((start, end))
        out: dict[str, list[dict]] = {}
        cols = ["doc_id", "kind", "start", "end", "text", "sentence", "value", "unit", "currency", "subject",
                "direction", "change_unit", "lft"]
        for values in self.con.execute(_OUTCOMES_SQL, {"docs": doc_ids}).fetchall():
            o = dict(zip(cols, values))
            if any(s < o["end"] and o["start"] < e for s, e in spans.get(o["doc_id"], [])):
                continue  # the later document's own goal
            if o["kind"] == "change":
                o["unit"] = o["change_unit"]
            elif o["kind"] == "money":
                o["unit"] = "元" if o["currency"] in (None, "CNY") else o["currency"]
            elif o["kind"] == "percent":
                o["unit"] = "%"
            out.setdefault(o["doc_id"], []).append(o)
        return out


def _outcome_for(t: Any, o: dict) -> Optional[tuple[dict, float, Optional[str], str]]:
    """``(outcome, value, its subject, match)`` when ``o`` reports on target ``t``, else None."""
    unit = t.unit if isinstance(t.unit, str) else None
    if o["value"] is None or (o["unit"] or None) != unit:
        return None
    if t.measure in ("growth", "reduction"):
        if o["kind"] != "change":
            return None
        match = subject_match(t.subject, o["subject"])
        if not match and not o["subject"] and isinstance(t.subject, str) and len(t.subject) >= 2:
            # 国内生产总值超过126万亿元，增长5.2%: the change's subject is earlier in its sentence
            if t.subject in _SENTENCE_STOPS.split(o["lft"])[-1]:
                match = "sentence"
        if not match:
            return None
        rising = o["direction"] == "increase"
        value = o["value"] if rising == (t.measure == "growth") else -o["value"]
        return o, value, o["subject"], match
    if o["kind"] == "change":
        return None
    clause = _level_link().sub("", _CLAUSE_STOPS.split(o["lft"])[-1])
    subject = _QUOTES.sub("", t.subject) if isinstance(t.subject, str) else ""
    if len(subject) < 2:
        return None
    if clause.endswith(subject):  # 城镇调查失业率5.1%, 全省粮食产量达到1.3万亿斤
        return o, o["value"], clause, "exact" if clause == subject else "head"
    for size in range(len(clause), max(2, len(subject) - 2) - 1, -1):  # 居民人均可支配收入 for 全体居民…
        if size and subject.endswith(clause[-size:]):
            return o, o["value"], clause[-size:], "head"
    return None
