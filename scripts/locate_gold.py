#!/usr/bin/env python3
"""Turn hand annotations (surface strings, no offsets) into gold JSONL with exact offsets.

Each ``ann/<stem>.ann`` line is ``kind|surface|key=value key=value ...`` in text order;
``\\n`` in the surface stands for a line break, values are JSON when they parse
(``12``, ``null``, ``["a","b"]``), else plain strings. The surface is searched from the
start of the previous fact (facts may nest), skipping spans already used by the same kind;
``after=STRING`` moves the search past the next occurrence of STRING first.
Lines starting with ``#`` and blank lines are ignored.

    python scripts/locate_gold.py tests/fixtures/heldout
    python scripts/locate_gold.py tests/fixtures/realgold      # texts named in sources.tsv

A set whose texts stay outside the repository (real documents in ``../shared/realcorpus/``)
has ``sources.tsv`` (columns ``stem``, ``path`` relative to ``../shared/realcorpus/``, and an
optional window ``start``/``end`` for gold written on an excerpt); the search for a stem's
first fact then starts at its window, and a fact outside the window is refused.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from govtext.evaluation import read_sources

DEFAULTS = {
    "date": {"end_value": None, "inferred_year": False, "part": None, "relation": None},
    "quantity": {"entity": None, "qualifier": None, "value_max": None},
    "money": {"currency": "CNY", "qualifier": None, "value_max": None, "subject": None},
    "percent": {"qualifier": None},
    "change": {"subject": None, "from_value": None, "to_value": None, "by_value": None, "unit": None, "basis": None},
    "slogan": {"components": []},
    "doc_title": {"doc_type": None},
    "doc_number": {"prefix": None, "year": None, "serial": None},
    "person": {"title": None, "org": None},
    "target": {"value_max": None, "unit": None, "deadline": None, "strength": None, "subject": None},
}
ORDER = {
    "date": ["value", "end_value", "inferred_year", "part", "relation"],
    "quantity": ["value", "unit", "entity", "qualifier", "value_max"],
    "money": ["value", "value_max", "currency", "qualifier", "subject"],
    "percent": ["value", "qualifier"],
    "change": ["direction", "subject", "from_value", "to_value", "by_value", "unit", "basis"],
    "slogan": ["name", "components"],
    "doc_title": ["title", "doc_type"],
    "doc_number": ["number", "prefix", "year", "serial"],
    "person": ["name", "title", "org"],
    "target": ["subject", "measure", "value", "value_max", "unit", "comparator", "deadline", "strength"],
}


def _value(raw: str):
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        return raw


def convert(text: str, ann: str, window: tuple = (None, None)) -> list[dict]:
    wstart, wend = window
    facts, cursor, used = [], wstart or 0, set()
    for n, line in enumerate(ann.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, surface, *rest = line.split("|")
        surface = surface.replace("\\n", "\n")
        fields = {}
        for tok in " ".join(rest).split():
            key, _, val = tok.partition("=")
            fields[key] = _value(val)
        pos = cursor
        anchor = fields.pop("after", None)
        if anchor is not None:
            a = text.find(str(anchor), pos)
            if a < 0:
                raise SystemExit(f"line {n}: anchor {anchor!r} not found")
            pos = a + len(str(anchor))
        start = text.find(surface, pos)
        while start >= 0 and (kind, start, start + len(surface)) in used:
            start = text.find(surface, start + 1)
        if start < 0:
            raise SystemExit(f"line {n}: {surface!r} not found after offset {pos}")
        end = start + len(surface)
        if wend is not None and start >= wend:
            raise SystemExit(f"line {n}: {surface!r} found only at {start}, after the window's end {wend}")
        used.add((kind, start, end))
        cursor = start
        fact = {"kind": kind, "text": surface, "start": start, "end": end}
        if kind == "date":  # ISO strings even where they look like numbers (2014)
            fields = {k: (str(v) if k in ("value", "end_value") and v is not None else v) for k, v in fields.items()}
        if kind == "target" and fields.get("deadline") is not None:
            fields["deadline"] = str(fields["deadline"])
        merged = {**DEFAULTS[kind], **fields}
        unknown = set(merged) - set(ORDER[kind])
        if unknown:
            raise SystemExit(f"line {n}: unknown fields {unknown}")
        fact.update({k: merged[k] for k in ORDER[kind]})
        assert text[start:end] == surface
        facts.append(fact)
    return sorted(facts, key=lambda f: (f["start"], f["end"]))


REALCORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "realcorpus"


def main(root: str) -> None:
    base = Path(root)
    (base / "gold").mkdir(exist_ok=True)
    sources = read_sources(base / "sources.tsv") if (base / "sources.tsv").exists() else {}
    for ann in sorted((base / "ann").glob("*.ann")):
        if sources:
            if ann.stem not in sources:
                raise SystemExit(f"{ann}: stem not listed in {base / 'sources.tsv'}")
            rel, start, end = sources[ann.stem]
            text = (REALCORPUS / rel).read_text(encoding="utf-8")
        else:
            start = end = None
            text = (base / f"{ann.stem}.txt").read_text(encoding="utf-8")
        facts = convert(text, ann.read_text(encoding="utf-8"), (start, end))
        out = base / "gold" / f"{ann.stem}.jsonl"
        out.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in facts), encoding="utf-8")
        print(f"{out}: {len(facts)} facts")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/fixtures/heldout")
