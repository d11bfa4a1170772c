#!/usr/bin/env python3
"""Pass rates of govtext on the forms the peers' own test suites test (issue 14, peer cases).

``tests/fixtures/peercases/cases.tsv`` holds sentences of our own, in a government or news register
where natural, one for each form that a peer suite tests (Recognizers-Text Chinese specs: currency,
dimension, temperature, age, percentage, date and date period; JioNLP money and time parsing;
cn2an); ``origin`` names the suite whose form a row mirrors. Columns:

- ``kind``: ``date``, ``money``, ``quantity``, ``percent``, or ``any`` (no fact of any kind).
- ``context``: text put before ``text`` (a dated lead, ``2021年6月14日，``, that anchors relative and
  year-less dates as a document's date would; ``\\n`` is a line break); facts inside it are not
  looked at.
- ``doc_date``: the document's date, passed to ``extract_facts(text, doc_date=…)`` (the reference
  date a peer case gives), usually empty.
- ``expect``: ``field=value`` pairs joined by ``;`` (``value=3870000;unit=亩``), or ``none``.
  A positive row passes when a fact of ``kind`` carries every field as written (numbers within
  0.5 %, as the reference scorer compares them); a ``none`` row passes when no fact of ``kind``
  comes out.
- ``scope``: ``in``, or ``out_of_scope`` where FACTS.md puts the peer's form outside the contract
  (``note`` gives the reason). Such a row is counted apart: it passes when nothing false comes out
  (no fact of ``kind``, or, when ``expect`` gives a value, only facts with that value).

    python scripts/score_peers.py             # the table: positives and negatives per kind
    python scripts/score_peers.py --show      # and every failing row with what came out
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "fixtures" / "peercases" / "cases.tsv"
KINDS = ("date", "money", "quantity", "percent")
NUMERIC_FIELDS = frozenset({"value", "value_max", "by_value", "from_value", "to_value"})


def load_cases(path: Path = CASES) -> list[dict[str, str]]:
    """The rows of the case table, each a dict of its columns plus ``line`` (1-based)."""
    rows, header = [], None
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        row = dict(zip(header, cells))
        row["line"] = str(n)
        rows.append(row)
    return rows


def expected(row: dict[str, str]) -> dict[str, str] | None:
    """The fields a row expects, or ``None`` for a ``none`` row."""
    if row["expect"].strip() == "none":
        return None
    return dict(pair.split("=", 1) for pair in row["expect"].split(";"))


def _same(field: str, want: str, got) -> bool:
    if want == "null":
        return got is None
    if field in NUMERIC_FIELDS and isinstance(got, (int, float)):
        w = float(want)
        return abs(float(got) - w) <= abs(w) * 0.005 + 1e-9
    return str(got) == want


def matches(fact: dict, want: dict[str, str]) -> bool:
    """The fact (``model_dump``) carries every field of ``want``."""
    return all(_same(k, v, fact.get(k)) for k, v in want.items())


def facts_of(row: dict[str, str]) -> list[dict]:
    """The facts of the row's kind found in ``text`` (read after its ``context``)."""
    from govtext import extract_facts

    context = row.get("context", "").replace("\\n", "\n")
    facts = [f.model_dump(mode="json") for f in extract_facts(context + row["text"], doc_date=row.get("doc_date") or None)]
    kinds = KINDS if row["kind"] == "any" else (row["kind"],)
    return [f for f in facts if f["kind"] in kinds and f["start"] >= len(context)]


def check(row: dict[str, str]) -> tuple[bool, list[dict]]:
    """Whether the row passes, and the facts of its kind that came out."""
    facts = facts_of(row)
    want = expected(row)
    if row["scope"] == "out_of_scope":
        return (not facts if want is None else all(matches(f, want) for f in facts)), facts
    if want is None:
        return not facts, facts
    return any(matches(f, want) for f in facts), facts


def category(row: dict[str, str]) -> str:
    if row["scope"] == "out_of_scope":
        return "out_of_scope"
    return "negative" if expected(row) is None else "positive"


def table(rows: list[dict[str, str]], show: bool = False) -> str:
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    failures = []
    for row in rows:
        ok, facts = check(row)
        c = counts[(row["kind"], category(row))]
        c[0] += ok
        c[1] += 1
        if not ok:
            failures.append((row, facts))
    lines = [f"{'kind':10}{'positives':>14}{'negatives':>14}{'out_of_scope':>14}"]
    tot = {"positive": [0, 0], "negative": [0, 0], "out_of_scope": [0, 0]}

    def cell(pair):
        return f"{pair[0]}/{pair[1]}" + (f" {pair[0] / pair[1]:.0%}" if pair[1] else "")

    for kind in (*KINDS, "any"):
        cells = []
        for cat in ("positive", "negative", "out_of_scope"):
            pair = counts.get((kind, cat), [0, 0])
            tot[cat][0] += pair[0]
            tot[cat][1] += pair[1]
            cells.append(cell(pair) if pair[1] else "-")
        lines.append(f"{kind:10}" + "".join(f"{c:>14}" for c in cells))
    lines.append(f"{'all':10}" + "".join(f"{cell(tot[c]):>14}" for c in ("positive", "negative", "out_of_scope")))
    if show:
        for row, facts in failures:
            got = [{k: f.get(k) for k in ("text", "value", "unit", "value_max", "end_value", "currency", "qualifier",
                                          "part", "relation") if f.get(k) is not None} for f in facts]
            lines.append(f"FAIL line {row['line']} [{row['kind']}/{category(row)}] {row['text']!r} expect {row['expect']} -> {got}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", type=Path, default=CASES)
    ap.add_argument("--show", action="store_true", help="list every failing row with the facts of its kind")
    args = ap.parse_args(argv)
    print(table(load_cases(args.cases), show=args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
