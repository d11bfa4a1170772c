#!/usr/bin/env python3
"""Score fact extraction on gold written for real documents that stay in ``../shared/realcorpus/``.

A gold set (``tests/fixtures/realgold``, ``tests/fixtures/realtargets``) holds ``sources.tsv``
(``stem``, ``path`` under ``../shared/realcorpus/``, optional window ``start``/``end``),
``ann/<stem>.ann`` (annotations as surfaces, see ``scripts/locate_gold.py``) and
``gold/<stem>.jsonl`` (located facts). The table has the reference scorer's layout, plus how
often the described noun (quantity entity, money and change subject) is right on matched facts.

    python scripts/score_real.py tests/fixtures/realgold --show 5
    python scripts/score_real.py tests/fixtures/realgold --kind target --json

To score another version of govtext (the "first score" of a set), dump its predictions with that
version's interpreter, then score them here (dumping needs nothing of this repository's code):

    /work/baseline/.venv/bin/python scripts/score_real.py tests/fixtures/realgold --dump /tmp/preds
    python scripts/score_real.py tests/fixtures/realgold --pred-dir /tmp/preds
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REALCORPUS = ROOT.parent / "shared" / "realcorpus"


def _sources(base: Path) -> dict[str, str]:
    rows, header = {}, None
    for line in (base / "sources.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        row = dict(zip(header, cells))
        rows[row["stem"]] = row["path"]
    return rows


def dump(base: Path, out: Path) -> None:
    """Write the installed govtext's facts for every stem of the set to ``out/<stem>.jsonl``."""
    from govtext import extract_facts

    out.mkdir(parents=True, exist_ok=True)
    for stem, rel in _sources(base).items():
        text = (REALCORPUS / rel).read_text(encoding="utf-8")
        facts = [f.model_dump(mode="json") for f in extract_facts(text)]
        (out / f"{stem}.jsonl").write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in facts), encoding="utf-8")
    print(f"{out}: {len(_sources(base))} documents")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("set", type=Path, help="gold set folder (with sources.tsv, gold/)")
    ap.add_argument("--show", type=int, default=0, help="print up to N misses per kind")
    ap.add_argument("--kind", action="append", default=[], help="score only these kinds (repeatable)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--pred-dir", type=Path, help="score saved predictions (<stem>.jsonl) instead of running govtext")
    ap.add_argument("--dump", type=Path, metavar="DIR", help="only write the installed govtext's predictions to DIR")
    args = ap.parse_args(argv)
    if not REALCORPUS.is_dir():
        print(f"{REALCORPUS}: the real corpus is not beside the project", file=sys.stderr)
        return 2
    if args.dump:
        dump(args.set, args.dump)
        return 0
    from govtext.evaluation import evaluate, format_table

    predict = None
    if args.kind and not args.pred_dir:
        from govtext import extract_facts

        def predict(text: str) -> list[dict]:
            return [f.model_dump(mode="json") for f in extract_facts(text) if f.kind in args.kind]
    gold = args.set / "gold"
    if args.kind:  # score a subset: gold and predictions restricted to the kinds asked for
        import tempfile

        tmp = Path(tempfile.mkdtemp())
        for f in gold.glob("*.jsonl"):
            lines = [l for l in f.read_text(encoding="utf-8").splitlines() if l.strip() and json.loads(l)["kind"] in args.kind]
            (tmp / f.name).write_text("".join(l + "\n" for l in lines), encoding="utf-8")
        (tmp / "sources.tsv").write_text((args.set / "sources.tsv").read_text(encoding="utf-8"), encoding="utf-8")
        gold = tmp
        if args.pred_dir:
            ptmp = Path(tempfile.mkdtemp())
            for f in args.pred_dir.glob("*.jsonl"):
                lines = [l for l in f.read_text(encoding="utf-8").splitlines() if l.strip() and json.loads(l)["kind"] in args.kind]
                (ptmp / f.name).write_text("".join(l + "\n" for l in lines), encoding="utf-8")
            args.pred_dir = ptmp
    result = evaluate(REALCORPUS, gold, pred_dir=args.pred_dir, predict=predict)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False))
    else:
        print(format_table(result, show=args.show, attributes=True))
        if args.show:
            for stem, why, g, p in result.attr_misses[: args.show * 4]:
                print(f"  [{stem}] {why}: gold={json.dumps(g, ensure_ascii=False)} pred={json.dumps(p, ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
